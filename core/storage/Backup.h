// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace caredesk::core {

/**
 * The one-file backup format and its building blocks, used by Database::backup() and Database::restore().
 *
 * Layout (integers big-endian): magic "CAREDESK-BACKUP" and a NUL (16 bytes), format version (quint32), keyring
 * length (quint64), database length (quint64), BLAKE2b-256 (crypto_generichash, 32 bytes) of everything before the
 * hash followed by the payload; then the payload: the keyring bytes, then the database bytes. The database part is
 * a SQLCipher file under the database's own data key and cipher settings, so the backup holds no plaintext; the
 * keyring lets each staff password unlock it as before.
 */
class Backup final {
public:
    /** The format version this program writes and reads. */
    static constexpr quint32 formatVersion = 1;

    /**
     * Writes the backup file @p path (which must not exist) from @p keyRing and the encrypted database file
     * @p databasePath, reading and hashing the database in chunks so that memory stays small whatever its size.
     * Atomic and flushed to disk like writeNewFile(), with its errors (Conflict, ReadOnly, DiskFull, Io); Io also
     * when @p databasePath cannot be read. @p written (optional) gets the file's size.
     */
    static Status writeFile(const QString &path, const QByteArray &keyRing, const QString &databasePath,
                            qint64 *written = nullptr);

    /**
     * Reads the backup file @p path in one pass, in chunks: checks its magic, version, sizes and hash, writes the
     * database part to the new file @p databaseOut and returns the keyring bytes. @p databaseOut is left only when
     * every check passed. NotFound or Io when @p path cannot be read; NotCareDesk when the magic is wrong, TooNew
     * for a newer format, Corrupt when it is truncated or its hash does not match (a flipped byte); writeNewFile()'s
     * errors for @p databaseOut.
     */
    static Result<QByteArray> extract(const QString &path, const QString &databaseOut);

    /**
     * Copies the database open on @p db into a new encrypted file @p targetPath (which must not exist) under
     * @p dataKey and @p settings with sqlcipher_export. The key is handed to SQLCipher as a bound parameter from
     * guarded memory and wiped. On failure the target is removed.
     */
    static Status exportTo(const QSqlDatabase &db, const SecureBytes &dataKey, const CipherSettings &settings,
                           const QString &targetPath);

    /**
     * Opens the encrypted database file @p path read-only with @p dataKey and @p settings and runs
     * PRAGMA integrity_check. Corrupt when it cannot be decrypted or the check finds problems.
     */
    static Status checkDatabaseFile(const QString &path, const SecureBytes &dataKey, const CipherSettings &settings);

    /**
     * Writes @p bytes to @p path atomically (QSaveFile, fsync) as a new file: Conflict if @p path exists,
     * ReadOnly, DiskFull or Io on failure, leaving nothing behind.
     */
    static Status writeNewFile(const QString &path, const QByteArray &bytes);

    /** A file name beside @p path that does not exist yet, for temporary files ("." + name + "." + tag + random). */
    static QString temporaryPathBeside(const QString &path, const QString &tag);

    /** Removes @p path and the journal, WAL, shared-memory and lock files SQLite may have left beside it. */
    static void removeDatabaseFiles(const QString &path);
};

} // namespace caredesk::core
