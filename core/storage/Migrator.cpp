// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// The migrations qrc lives in a static library: nothing references its initialiser, so the linker would drop it.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace caredesk::core {

const QList<Migrator::Migration> &Migrator::migrations()
{
    static const QList<Migration> all = [] {
        initMigrationResources();
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch()) {
                continue;
            }
            QFile source(QStringLiteral(":/migrations/") + file);
            if (!source.open(QIODevice::ReadOnly)) {
                continue;
            }
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int Migrator::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return databaseError(query.lastError(), StorageTr::tr("The database's schema version could not be read."));
    }
    return query.value(0).toInt();
}

Status Migrator::migrate(QSqlDatabase db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    if (*current > target) {
        return makeError(ErrorCode::TooNew,
                         StorageTr::tr("This database was written by a newer version of CareDesk (schema %1; this "
                                       "program knows up to %2). Install the newer CareDesk to open it; the file was "
                                       "not changed.")
                             .arg(*current)
                             .arg(target));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current || migration.version > target) {
            continue;
        }
        if (!db.transaction()) {
            return databaseError(db.lastError(), StorageTr::tr("The database could not start an update."));
        }
        QSqlQuery query(db);
        // The driver runs every statement of a multi-statement string in reset(); user_version is part of the
        // same transaction, so a failure leaves both schema and version as they were.
        const bool ok =
            query.exec(migration.sql) && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!ok) {
            const QSqlError error = query.lastError();
            query.finish();
            db.rollback();
            return databaseError(error, StorageTr::tr("Updating the database to schema %1 failed; it was left at "
                                                      "schema %2. Report this to your administrator.")
                                            .arg(migration.version)
                                            .arg(*current));
        }
        query.finish();
        if (!db.commit()) {
            const QSqlError error = db.lastError();
            db.rollback();
            return databaseError(
                error, StorageTr::tr("Updating the database to schema %1 could not be saved.").arg(migration.version));
        }
    }
    return {};
}

} // namespace caredesk::core
