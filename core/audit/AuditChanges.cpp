// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditChanges.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace caredesk::core {

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return value.toLongLong();
    case QMetaType::Double: return value.toDouble();
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QStringList: return QJsonArray::fromStringList(value.toStringList());
    default: return value.toString();
    }
}

} // namespace

AuditChanges &AuditChanges::value(const QString &field, const QVariant &before, const QVariant &after)
{
    const QJsonValue b = jsonOf(before);
    const QJsonValue a = jsonOf(after);
    if (b != a) {
        m_fields.insert(field, QJsonArray{b, a});
    }
    return *this;
}

AuditChanges &AuditChanges::identifying(const QString &field, const QVariant &before, const QVariant &after)
{
    if (jsonOf(before) != jsonOf(after)) {
        m_fields.insert(field, QStringLiteral("changed"));
    }
    return *this;
}

AuditChanges &AuditChanges::initial(const QString &field, const QVariant &value)
{
    const QJsonValue v = jsonOf(value);
    if (!v.isNull() && v != QJsonValue(QString())) {
        m_fields.insert(field, QJsonArray{QJsonValue(QJsonValue::Null), v});
    }
    return *this;
}

AuditChanges &AuditChanges::initialIdentifying(const QString &field, bool set)
{
    if (set) {
        m_fields.insert(field, QStringLiteral("set"));
    }
    return *this;
}

QString AuditChanges::toJson() const
{
    if (m_fields.isEmpty()) {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(m_fields).toJson(QJsonDocument::Compact));
}

} // namespace caredesk::core
