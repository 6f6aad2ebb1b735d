// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlErrors.h"

#include "core/common/Tr.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlcipher/sqlite3.h>

#include <atomic>

namespace caredesk::core {

namespace {
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;
} // namespace

namespace {
std::atomic<bool> damagedReadOnly{false};
} // namespace

void setDamagedReadOnlyMessage(bool on)
{
    damagedReadOnly = on;
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

Error databaseError(const QSqlError &error, const QString &whatFailed)
{
    const int extended = sqliteCode(error);
    const int primary = extended & 0xff;
    const QString detail =
        QStringLiteral("sqlite %1: %2 %3").arg(extended).arg(error.databaseText(), error.driverText());
    switch (primary) {
    case sqliteFull:
        return makeError(ErrorCode::DiskFull,
                         StorageTr::tr("The disk is full, so nothing was saved. Free some space on the drive that "
                                       "holds the database, then try again."),
                         detail);
    case sqliteReadOnly:
        if (damagedReadOnly) {
            return makeError(ErrorCode::ReadOnly,
                             StorageTr::tr("This database is open read-only because it is damaged; nothing was "
                                           "saved. Restore the latest backup (File > Restore…)."),
                             detail);
        }
        return makeError(ErrorCode::ReadOnly,
                         StorageTr::tr("The database cannot be written here. Move it and its keyring to a folder "
                                       "you can write to, then open it from there."),
                         detail);
    case sqliteBusy:
    case sqliteLocked:
        return makeError(ErrorCode::Locked,
                         StorageTr::tr("The database is busy in another CareDesk window or program. Wait a moment "
                                       "and try again."),
                         detail);
    case sqliteCorrupt:
    case sqliteNotADb:
        return makeError(ErrorCode::Corrupt,
                         StorageTr::tr("The database file is damaged. Restore it from the latest backup; nothing "
                                       "further was written to it."),
                         detail);
    case sqliteIoErr:
    case sqliteCantOpen:
        return makeError(ErrorCode::Io,
                         StorageTr::tr("The database file could not be read or written. Check that the drive is "
                                       "connected and working, then try again."),
                         detail);
    default: return makeError(ErrorCode::Internal, whatFailed, detail);
    }
}

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection != nullptr && sqlite3_get_autocommit(connection) == 0;
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

bool run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, boundValue(values.at(i)));
    }
    return query.exec();
}

QVariant boundValue(const QVariant &value)
{
    // Text columns are NOT NULL DEFAULT '': an empty field arrives as a null QString, which the driver (like Qt's
    // own) binds as NULL. Only an invalid QVariant means SQL NULL here.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    // Rows are read once, in order, everywhere: without this the driver keeps a copy of every row read so far for
    // seeking back, which for a large result (tens of thousands of complaints, say) doubles what the caller holds.
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(boundValue(value));
    }
    return query.exec();
}

} // namespace caredesk::core
