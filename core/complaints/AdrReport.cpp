// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/AdrReport.h"

#include "core/customers/SearchTokenizer.h"

namespace caredesk::core {

QString AdrReport::initialsOf(const QString &name)
{
    const QString initials = SearchTokenizer::pinyinInitials(name.trimmed());
    QString out;
    for (QChar c : initials) {
        if (c.isLetterOrNumber()) {
            out += c.toUpper();
            out += QLatin1Char('.');
        }
    }
    return out;
}

QString AdrReport::ageBandOf(const QDate &birthDate, const QDate &on)
{
    const int age = ageOn(birthDate, on);
    if (age < 0) {
        return {};
    }
    if (age >= 80) {
        return QStringLiteral("80+");
    }
    const int low = age / 10 * 10;
    return QStringLiteral("%1–%2").arg(low).arg(low + 9);
}

} // namespace caredesk::core
