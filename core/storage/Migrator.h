// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace caredesk::core {

/**
 * Applies the numbered SQL migrations embedded in core (":/migrations/NNNN_name.sql"), one transaction each,
 * recording progress in PRAGMA user_version.
 */
class Migrator final {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    /** Every embedded migration in version order (1, 2, …, without gaps). */
    static const QList<Migration> &migrations();
    /** The newest schema version this program knows. */
    static int latestVersion();

    /** PRAGMA user_version of @p db. */
    static Result<int> currentVersion(const QSqlDatabase &db);

    /**
     * Brings @p db from its current version up to @p targetVersion (default: latest). Each migration runs in its
     * own transaction and is rolled back completely if any statement fails. Refuses (TooNew) a database newer
     * than @p targetVersion without touching it.
     */
    static Status migrate(QSqlDatabase db, int targetVersion = -1);
};

} // namespace caredesk::core
