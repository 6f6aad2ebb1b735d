// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace caredesk::core {

/** A date, time or optional id as an AuditChanges value: the value itself, or null when invalid or absent. */
[[nodiscard]] inline QVariant auditValue(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}
[[nodiscard]] inline QVariant auditValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at) : QVariant();
}
template <typename T> [[nodiscard]] QVariant auditValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

/**
 * The field-level part of an audit entry, kept as compact JSON text: {"tier":["silver","gold"],"phone":"changed"}.
 * Non-identifying fields (tier, tags, category, consent, status, kind, amount, dates) carry [before, after];
 * identifying ones (names, phones, ID numbers, addresses, free text) only say that they changed, so the trail never
 * holds a second copy of personal data.
 */
class AuditChanges final {
public:
    /** Records @p field as [before, after] when the two differ; nothing when equal. */
    AuditChanges &value(const QString &field, const QVariant &before, const QVariant &after);
    /** Records only that the identifying @p field changed (when @p before != @p after); never the values. */
    AuditChanges &identifying(const QString &field, const QVariant &before, const QVariant &after);
    /** Records @p field as a new value (creation), without a before. */
    AuditChanges &initial(const QString &field, const QVariant &value);
    /** Records an identifying field as set (creation), without its value. */
    AuditChanges &initialIdentifying(const QString &field, bool set);

    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }
    /** Compact JSON text, keys sorted; empty text when there are no changes. */
    [[nodiscard]] QString toJson() const;

private:
    QJsonObject m_fields;
};

} // namespace caredesk::core
