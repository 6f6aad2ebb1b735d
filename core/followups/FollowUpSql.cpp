// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpSql.h"

#include "core/auth/Permission.h"
namespace caredesk::core::followups {

std::optional<Role> enabledStaffRole(QSqlDatabase db, const QString &userName)
{
    if (userName.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT role FROM staff WHERE user_name = ? AND disabled = 0"), {userName}) ||
        !q.next()) {
        return std::nullopt;
    }
    return roleFromId(q.value(0).toString());
}

bool supervises(Role role)
{
    return roleAllows(role, Permission::SuperviseFollowUps);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace caredesk::core::followups
