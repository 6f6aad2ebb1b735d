// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/followups: what the follow-up repository, the rules and the engine share.

#include "core/auth/Role.h"
#include "core/common/Result.h"
#include "core/storage/SqlErrors.h"

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

/**
 * Runs @p body in a transaction, committing when it succeeds and rolling back on any error; inside a transaction
 * someone else opened it joins with a savepoint so that the caller's commit covers it.
 */
template <typename T, typename Body> Result<T> transact(QSqlDatabase db, const QString &failed, Body body)
{
    if (inTransaction(db)) {
        QSqlQuery savepoint(db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT follow_up_write"))) {
            return databaseError(savepoint.lastError(), failed);
        }
        Result<T> result = body();
        if (!result) {
            savepoint.exec(QStringLiteral("ROLLBACK TO follow_up_write"));
        }
        savepoint.exec(QStringLiteral("RELEASE follow_up_write"));
        return result;
    }
    if (!db.transaction()) {
        return databaseError(db.lastError(), failed);
    }
    Result<T> result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, failed);
    }
    return result;
}

} // namespace caredesk::core::followups
