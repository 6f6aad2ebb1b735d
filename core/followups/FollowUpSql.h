// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/followups: what the follow-up repository, the rules and the engine share.

#include "core/auth/Role.h"
#include "core/common/Result.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace caredesk::core::followups {

/** The role of the staff account @p userName, nullopt when there is none or it is disabled. */
std::optional<Role> enabledStaffRole(QSqlDatabase db, const QString &userName);
/** ServiceOfficer, Manager and Administrator supervise follow-ups: others' tasks, rules, figures. */
bool supervises(Role role);
/** yyyy-MM-dd, or an invalid QVariant (SQL NULL) for an invalid date. */
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);

} // namespace caredesk::core::followups
