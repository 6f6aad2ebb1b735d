// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerText.h"

#include "core/customers/ChineseIdNumber.h"
#include "core/customers/PhoneNumber.h"

#include <QStringList>

namespace caredesk::ui {

QString CustomerText::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : tr("Not known");
}

QString CustomerText::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString CustomerText::localDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString CustomerText::maskedPhone(const QString &normalized)
{
    return normalized.isEmpty() ? QString() : core::PhoneNumber::masked(normalized);
}

QString CustomerText::maskedIdNumber(const QString &normalized)
{
    return normalized.isEmpty() ? QString() : core::ChineseIdNumber::masked(normalized);
}

QString CustomerText::age(const QDate &birthDate, const QDate &today)
{
    const int years = core::ageOn(birthDate, today);
    return years < 0 ? tr("Age not known") : tr("Age %1").arg(years);
}

QString CustomerText::fieldLabel(const QString &key)
{
    if (key == QLatin1String("name")) {
        return tr("Name");
    }
    if (key == QLatin1String("sex")) {
        return tr("Sex");
    }
    if (key == QLatin1String("birth_date")) {
        return tr("Date of birth");
    }
    if (key == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (key == QLatin1String("phone2")) {
        return tr("Second phone");
    }
    if (key == QLatin1String("email")) {
        return tr("Email");
    }
    if (key == QLatin1String("address")) {
        return tr("Address");
    }
    if (key == QLatin1String("region")) {
        return tr("Region");
    }
    if (key == QLatin1String("id_number")) {
        return tr("ID number");
    }
    if (key == QLatin1String("source")) {
        return tr("Source");
    }
    if (key == QLatin1String("preferred_channel")) {
        return tr("Preferred channel");
    }
    if (key == QLatin1String("notes")) {
        return tr("Notes");
    }
    if (key == QLatin1String("lifecycle")) {
        return tr("Lifecycle stage");
    }
    return key;
}

QString CustomerText::fieldValue(const core::Customer &c, const QString &key)
{
    QString value;
    if (key == QLatin1String("name")) {
        value = c.name;
    } else if (key == QLatin1String("sex")) {
        value = core::sexName(c.sex);
    } else if (key == QLatin1String("birth_date")) {
        value = date(c.birthDate);
    } else if (key == QLatin1String("phone")) {
        value = maskedPhone(c.phone);
    } else if (key == QLatin1String("phone2")) {
        value = maskedPhone(c.phone2);
    } else if (key == QLatin1String("email")) {
        value = c.email;
    } else if (key == QLatin1String("address")) {
        value = c.address;
    } else if (key == QLatin1String("region")) {
        value = c.region;
    } else if (key == QLatin1String("id_number")) {
        value = maskedIdNumber(c.idNumber);
    } else if (key == QLatin1String("source")) {
        value = core::sourceName(c.source);
    } else if (key == QLatin1String("preferred_channel")) {
        value = core::channelName(c.preferredChannel);
    } else if (key == QLatin1String("notes")) {
        value = c.notes;
    } else if (key == QLatin1String("lifecycle")) {
        value = core::lifecycleName(c.lifecycle);
    }
    return value.isEmpty() ? tr("(empty)") : value;
}

QString CustomerText::consentKey(core::ContactChannel channel, const QString &purpose)
{
    return tr("%1 · %2").arg(core::channelName(channel), core::purposeName(purpose));
}

QString CustomerText::reasons(const QStringList &reasons)
{
    return reasons.join(tr("; ", "separates the reasons why two customers may be the same person"));
}

QString CustomerText::summaryLine(const core::Customer &c)
{
    QStringList parts{c.name};
    if (!c.phone.isEmpty()) {
        parts << maskedPhone(c.phone);
    }
    if (c.kind == core::CustomerKind::Individual) {
        parts << (c.birthDate.isValid() ? tr("born %1").arg(date(c.birthDate)) : tr("birth date not known"));
    }
    parts << c.memberNumber;
    return parts.join(QStringLiteral(" · "));
}

} // namespace caredesk::ui
