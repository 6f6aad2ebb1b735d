// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace caredesk::core {

/**
 * Runs @p body (returning Result<T>) in a transaction on @p db: commits when it succeeds and rolls back when it
 * fails. A transaction already open is joined through a savepoint, so callers (follow-up rules, the demo) can
 * compose a complaint write with their own. Internal to the complaints module.
 */
template <typename T, typename Body> Result<T> complaintTransaction(QSqlDatabase db, const QString &failed, Body body)
{
    if (inTransaction(db)) {
        QSqlQuery savepoint(db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT complaint_write"))) {
            return databaseError(savepoint.lastError(), failed);
        }
        Result<T> result = body();
        if (!result) {
            savepoint.exec(QStringLiteral("ROLLBACK TO complaint_write"));
        }
        savepoint.exec(QStringLiteral("RELEASE complaint_write"));
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

} // namespace caredesk::core
