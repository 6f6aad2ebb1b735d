// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Backup.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace caredesk::core {

namespace {

const QByteArray magic("CAREDESK-BACKUP\0", 16);
constexpr int hashSize = 32; // crypto_generichash_BYTES
constexpr int headerSize = 16 + 4 + 8 + 8 + hashSize;
constexpr std::size_t rawKeySize = 32;

/** BLAKE2b-256 over the bytes given to it, in pieces. */
class PayloadHash final {
public:
    PayloadHash()
    {
        ensureSodium();
        crypto_generichash_init(&m_state, nullptr, 0, hashSize);
    }
    void add(const QByteArray &bytes)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    QByteArray result()
    {
        QByteArray hash(hashSize, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(hash.data()), hashSize);
        return hash;
    }

private:
    crypto_generichash_state m_state{};
};

/** Files are copied in pieces of this size: memory stays at a few of them whatever the database's size. */
constexpr qint64 chunkSize = qint64(1) << 20;

Error alreadyExists(const QString &nativePath)
{
    return makeError(ErrorCode::Conflict,
                     StorageTr::tr("%1 already exists. Choose another file name, or move the old file away "
                                   "first.")
                         .arg(nativePath));
}

Error unreadable(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Io,
                     StorageTr::tr("%1 could not be read. Check that the disk is connected and that you may read "
                                   "the file, then try again.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

/** Flushes and fsyncs @p file (open, written) and commits it; on failure the error for @p path, nothing left. */
Status commitNewFile(QSaveFile &file, const QString &path, bool ok)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    ok = ok && file.flush();
#ifdef Q_OS_UNIX
    if (ok) {
        if (const int fd = file.handle(); fd >= 0) {
            ok = ::fsync(fd) == 0;
        }
    }
#endif
    const int error = errno;
    if (ok && QFileInfo::exists(path)) {
        file.cancelWriting();
        return alreadyExists(nativePath);
    }
    if (ok && file.commit()) {
        return {};
    }
    const QString detail = QStringLiteral("%1 (errno %2)").arg(file.errorString()).arg(error);
    file.cancelWriting();
    if (error == ENOSPC || file.error() == QFileDevice::ResourceError) {
        return makeError(ErrorCode::DiskFull,
                         StorageTr::tr("The disk is full, so %1 could not be written. Free some space, then try "
                                       "again.")
                             .arg(nativePath),
                         detail);
    }
    if (error == EACCES || error == EROFS || file.error() == QFileDevice::PermissionsError) {
        return makeError(ErrorCode::ReadOnly,
                         StorageTr::tr("CareDesk cannot write %1. Choose a folder you can write to, then try again.")
                             .arg(nativePath),
                         detail);
    }
    return makeError(ErrorCode::Io,
                     StorageTr::tr("%1 could not be written. Check that the disk is connected and working, then try "
                                   "again.")
                         .arg(nativePath),
                     detail);
}

Error corrupt(const QString &fileName, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     StorageTr::tr("The backup %1 is damaged (it is truncated or some bytes changed) and cannot be "
                                   "restored. Use another copy of the backup.")
                         .arg(QDir::toNativeSeparators(fileName)),
                     detail);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString sqliteMessage(sqlite3 *handle)
{
    return QStringLiteral("SQLite %1: %2")
        .arg(sqlite3_extended_errcode(handle))
        .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace

Status Backup::writeFile(const QString &path, const QByteArray &keyRing, const QString &databasePath, qint64 *written)
{
    if (QFileInfo::exists(path)) {
        return alreadyExists(QDir::toNativeSeparators(path));
    }
    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly)) {
        return unreadable(databasePath, database.errorString());
    }
    const qint64 databaseSize = database.size();
    QByteArray prefix;
    {
        QDataStream stream(&prefix, QIODevice::WriteOnly);
        stream.setByteOrder(QDataStream::BigEndian);
        stream.writeRawData(magic.constData(), static_cast<int>(magic.size()));
        stream << formatVersion << static_cast<quint64>(keyRing.size()) << static_cast<quint64>(databaseSize);
    }
    PayloadHash hash;
    hash.add(prefix);
    hash.add(keyRing);
    QSaveFile file(path);
    errno = 0;
    // The hash comes before the payload: a placeholder first, the real one once the payload is written.
    bool ok = file.open(QIODevice::WriteOnly) && file.write(prefix) == prefix.size() &&
              file.write(QByteArray(hashSize, '\0')) == hashSize && file.write(keyRing) == keyRing.size();
    qint64 copied = 0;
    while (ok && copied < databaseSize) {
        const QByteArray chunk = database.read(std::min(chunkSize, databaseSize - copied));
        if (chunk.isEmpty()) {
            file.cancelWriting();
            return unreadable(databasePath, database.errorString());
        }
        hash.add(chunk);
        ok = file.write(chunk) == chunk.size();
        copied += chunk.size();
    }
    ok = ok && file.seek(prefix.size()) && file.write(hash.result()) == hashSize;
    if (written) {
        *written = static_cast<qint64>(headerSize) + keyRing.size() + databaseSize;
    }
    return commitNewFile(file, path, ok);
}

Result<QByteArray> Backup::extract(const QString &path, const QString &databaseOut)
{
    QFile in(path);
    if (!in.exists()) {
        return makeError(
            ErrorCode::NotFound,
            StorageTr::tr("There is no file at %1. Check the file name.").arg(QDir::toNativeSeparators(path)));
    }
    if (!in.open(QIODevice::ReadOnly)) {
        return unreadable(path, in.errorString());
    }
    const QByteArray head = in.read(headerSize);
    if (!head.startsWith(magic)) {
        return makeError(ErrorCode::NotCareDesk,
                         StorageTr::tr("%1 is not a CareDesk backup. Choose a file made with CareDesk's backup.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (head.size() < headerSize) {
        return corrupt(path, QStringLiteral("header truncated"));
    }
    QDataStream stream(head.mid(magic.size(), 4 + 8 + 8));
    stream.setByteOrder(QDataStream::BigEndian);
    quint32 version = 0;
    quint64 keyRingSize = 0;
    quint64 databaseSize = 0;
    stream >> version >> keyRingSize >> databaseSize;
    if (version > formatVersion) {
        return makeError(ErrorCode::TooNew,
                         StorageTr::tr("The backup %1 was made by a newer version of CareDesk (format %2). Install "
                                       "the newer CareDesk to restore it.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version));
    }
    const auto available = static_cast<quint64>(std::max<qint64>(0, in.size() - headerSize));
    if (version < 1 || keyRingSize == 0 || databaseSize == 0 || keyRingSize > available ||
        databaseSize != available - keyRingSize) {
        return corrupt(path, QStringLiteral("version %1, sizes %2 + %3 of %4")
                                 .arg(version)
                                 .arg(keyRingSize)
                                 .arg(databaseSize)
                                 .arg(available));
    }
    PayloadHash hash;
    hash.add(head.left(headerSize - hashSize));
    const QByteArray keyRing = in.read(static_cast<qint64>(keyRingSize));
    if (static_cast<quint64>(keyRing.size()) != keyRingSize) {
        return unreadable(path, in.errorString());
    }
    hash.add(keyRing);
    if (QFileInfo::exists(databaseOut)) {
        return alreadyExists(QDir::toNativeSeparators(databaseOut));
    }
    QSaveFile out(databaseOut);
    errno = 0;
    bool ok = out.open(QIODevice::WriteOnly);
    quint64 copied = 0;
    while (ok && copied < databaseSize) {
        const QByteArray chunk = in.read(static_cast<qint64>(std::min<quint64>(chunkSize, databaseSize - copied)));
        if (chunk.isEmpty()) {
            out.cancelWriting();
            return unreadable(path, in.errorString());
        }
        hash.add(chunk);
        ok = out.write(chunk) == chunk.size();
        copied += static_cast<quint64>(chunk.size());
    }
    if (ok && sodium_memcmp(head.constData() + (headerSize - hashSize), hash.result().constData(), hashSize) != 0) {
        out.cancelWriting();
        return corrupt(path, QStringLiteral("hash mismatch"));
    }
    if (auto status = commitNewFile(out, databaseOut, ok); !status) {
        return status.error();
    }
    return keyRing;
}

Status Backup::exportTo(const QSqlDatabase &db, const SecureBytes &dataKey, const CipherSettings &settings,
                        const QString &targetPath)
{
    sqlite3 *handle = sqliteHandle(db);
    if (handle == nullptr || dataKey.size() != rawKeySize) {
        return makeError(ErrorCode::Internal, StorageTr::tr("The backup could not be made: the database is not open."));
    }
    if (QFileInfo::exists(targetPath)) {
        return makeError(
            ErrorCode::Conflict,
            StorageTr::tr("%1 already exists. Choose another file name.").arg(QDir::toNativeSeparators(targetPath)));
    }
    const auto failed = [&targetPath](const QString &detail) {
        removeDatabaseFiles(targetPath);
        return makeError(ErrorCode::Io,
                         StorageTr::tr("The database could not be copied for the backup. Check that there is enough "
                                       "free space in the backup folder, then try again."),
                         detail);
    };

    {
        // The connection may have been opened without SQLITE_OPEN_CREATE, which ATTACH inherits: SQLite takes an
        // empty file as an empty database.
        QFile empty(targetPath);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return makeError(ErrorCode::Io,
                             StorageTr::tr("The backup could not be started in %1. Check that you may write to the "
                                           "folder, then try again.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(targetPath).absolutePath())),
                             empty.errorString());
        }
    }

    // "x'<64 hex digits>'" in guarded memory, bound as a parameter so that it never appears in SQL text.
    constexpr std::size_t hexSize = rawKeySize * 2;
    constexpr std::size_t literalSize = hexSize + 3;
    SecureBytes literal(literalSize + 1);
    auto *text = reinterpret_cast<char *>(literal.data());
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, hexSize + 1, dataKey.data(), dataKey.size());
    text[literalSize - 1] = '\'';
    text[literalSize] = '\0';

    const QByteArray target = QFileInfo(targetPath).absoluteFilePath().toUtf8();
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "ATTACH DATABASE ? AS backup KEY ?", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, target.constData(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, text, static_cast<int>(literalSize), SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(stmt);
    literal.clear();
    if (rc != SQLITE_OK) {
        return failed(QStringLiteral("attach: ") + sqliteMessage(handle));
    }
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA backup.cipher_page_size = ") +
                               QByteArray::number(settings.pageSize) +
                               QByteArrayLiteral("; PRAGMA backup.cipher_use_hmac = ") +
                               (settings.useHmac ? QByteArrayLiteral("ON") : QByteArrayLiteral("OFF")) +
                               QByteArrayLiteral("; PRAGMA backup.kdf_iter = ") + QByteArray::number(settings.kdfIter) +
                               QByteArrayLiteral("; SELECT sqlcipher_export('backup');");
    rc = sqlite3_exec(handle, pragmas.constData(), nullptr, nullptr, nullptr);
    // sqlcipher_export 3.4.1 copies schema and rows but not the header fields the schema check reads.
    for (const char *field : {"application_id", "user_version"}) {
        if (rc != SQLITE_OK) {
            break;
        }
        const QByteArray read = QByteArrayLiteral("PRAGMA main.") + field;
        rc = sqlite3_prepare_v2(handle, read.constData(), -1, &stmt, nullptr);
        qint64 value = 0;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt) == SQLITE_ROW ? SQLITE_OK : SQLITE_ERROR;
            value = sqlite3_column_int64(stmt, 0);
        }
        sqlite3_finalize(stmt);
        if (rc == SQLITE_OK) {
            const QByteArray write =
                QByteArrayLiteral("PRAGMA backup.") + field + QByteArrayLiteral(" = ") + QByteArray::number(value);
            rc = sqlite3_exec(handle, write.constData(), nullptr, nullptr, nullptr);
        }
    }
    const QString exportError = rc == SQLITE_OK ? QString() : sqliteMessage(handle);
    const int detachRc = sqlite3_exec(handle, "DETACH DATABASE backup", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return failed(QStringLiteral("export: ") + exportError);
    }
    if (detachRc != SQLITE_OK) {
        return failed(QStringLiteral("detach: ") + sqliteMessage(handle));
    }
    return {};
}

Status Backup::checkDatabaseFile(const QString &path, const SecureBytes &dataKey, const CipherSettings &settings)
{
    const QString name = QStringLiteral("caredesk-backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        auto *driver = new SqlCipherDriver;
        driver->setKey(SecureBytes(dataKey.data(), dataKey.size()));
        driver->setCipherSettings(settings);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name); // takes ownership of driver
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_READONLY;QSQLCIPHER_NO_CREATE"));
        QStringList problems;
        QString detail;
        if (!db.open()) {
            detail = db.lastError().text();
            problems << detail;
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                detail = query.lastError().text();
                problems << detail;
            }
            while (query.next()) {
                if (query.value(0).toString() != QLatin1String("ok")) {
                    problems << query.value(0).toString();
                }
            }
            query.finish();
            db.close();
        }
        if (!problems.isEmpty()) {
            status = makeError(ErrorCode::Corrupt,
                               StorageTr::tr("The database copy in the backup failed its integrity check. Run "
                                             "\"verify\" on the database, then make the backup again."),
                               problems.first().left(200));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Status Backup::writeNewFile(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path)) {
        return alreadyExists(QDir::toNativeSeparators(path));
    }
    QSaveFile file(path);
    errno = 0;
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    return commitNewFile(file, path, ok);
}

QString Backup::temporaryPathBeside(const QString &path, const QString &tag)
{
    const QFileInfo info(path);
    QString candidate;
    do {
        candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2-%3").arg(info.fileName(), tag, QUuid::createUuid().toString(QUuid::Id128).left(12)));
    } while (QFileInfo::exists(candidate));
    return candidate;
}

void Backup::removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral(".lock")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace caredesk::core
