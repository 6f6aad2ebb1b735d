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
 * Runs @p body (returning Result<T>) as one write: in a transaction that commits when it succeeds and rolls back
 * when it fails. Inside a transaction someone else opened (a visit saved with its points, a follow-up sweep opening
 * complaints, the demo) it runs in a savepoint of that one: a failure undoes only this write, and the owner commits.
 * @p failed is the message for people when the database itself fails.
 */
template <typename T, typename Body> Result<T> transact(QSqlDatabase db, const QString &failed, Body body)
{
    if (inTransaction(db)) {
        QSqlQuery savepoint(db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT caredesk_write"))) {
            return databaseError(savepoint.lastError(), failed);
        }
        Result<T> result = body();
        if (!result) {
            savepoint.exec(QStringLiteral("ROLLBACK TO caredesk_write"));
        }
        savepoint.exec(QStringLiteral("RELEASE caredesk_write"));
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
