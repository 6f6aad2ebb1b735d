// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Result.h"
#include "core/storage/KeyRing.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace caredesk::core {

/** Clinic or pharmacy: decides defaults such as survey templates and customer categories. */
enum class SiteProfile { Clinic, Pharmacy };
QString siteProfileId(SiteProfile profile);
std::optional<SiteProfile> siteProfileFromId(const QString &id);

/** Who is signed in to an open database. */
struct Session {
    QString userName;
    Role role = Role::Reception;
};

class DatabasePrivate;

/**
 * An open, unlocked CareDesk database: a SQLCipher file plus its keyring, held by one process at a time
 * (FILE.lock). Owns a named QSqlDatabase connection for the thread that opened it.
 *
 * Every failure to create or open leaves the file's bytes as they were and says what to do.
 */
class Database final {
public:
    struct CreateOptions {
        QString path;
        QString adminUser;
        QString password;
        QString siteName;
        SiteProfile profile = SiteProfile::Clinic;
        KdfParams kdf = KdfParams::production();
    };
    struct Created;

    /**
     * Creates database, keyring and first administrator. Fails with Conflict if the file or keyring exists,
     * ReadOnly if the folder cannot be written, Validation if the user name or password breaks the rules.
     * The recovery key is returned once, to be shown once.
     */
    static Result<Created> create(const CreateOptions &options);

    /**
     * Unlocks with a staff account's password, checks the schema and migrates older databases (after taking an
     * encrypted copy FILE.before-vN). Errors: NotFound, KeyringMissing, KeyringDamaged, AuthFailed, Corrupt,
     * NotCareDesk, TooNew, Locked, ReadOnly, DiskFull.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &userName,
                                                  const QString &password);

    /**
     * Uses the recovery key to add a new administrator slot when every password is lost.
     * Validation for a malformed key, AuthFailed if the key does not belong to this database.
     */
    static Status recover(const QString &path, const QString &recoveryKey, const QString &newUser,
                          const QString &newPassword, const KdfParams &kdf = KdfParams::production());

    /**
     * Restores a backup made by backup() into a new database @p newDbPath (and its keyring beside it). Never
     * overwrites: Conflict if either file exists. NotFound if the backup is missing, NotCareDesk / TooNew / Corrupt
     * (a changed byte) if it cannot be used. The parts are written under temporary names beside @p newDbPath and
     * opened with @p userName's @p password (AuthFailed when wrong), checked (Integrity) and given an audit entry
     * "backup.restore"; only then are they renamed into place. On any failure nothing is left behind.
     */
    static Status restore(const QString &backupPath, const QString &newDbPath, const QString &userName,
                          const QString &password);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Adds a staff account; PermissionDenied unless the session is an administrator. */
    [[nodiscard]] Status addUser(const QString &userName, Role role, const QString &password,
                                 const KdfParams &kdf = KdfParams::production());

    /**
     * Checks @p password against the signed-in account's key slot, for unlocking a locked screen without closing
     * the database. AuthFailed when it does not unlock this database's key.
     */
    [[nodiscard]] Status verifyPassword(const QString &password) const;
    /** Minutes without keyboard or mouse input before the screen locks (setting security.auto_lock_minutes); 0 = never.
     */
    [[nodiscard]] int autoLockMinutes() const;
    /** Sets autoLockMinutes (0–240); PermissionDenied unless the session is an administrator. */
    [[nodiscard]] Status setAutoLockMinutes(int minutes);
    /**
     * Writes a one-file backup of this database to @p outPath (see Backup for the format): an encrypted copy made
     * with sqlcipher_export under the same data key and cipher settings, plus the keyring, so nothing in it is
     * plaintext. Written atomically, then re-read and checked (hash, decryption, integrity_check); on any failure the
     * file is removed. Records an audit entry "backup.create". PermissionDenied unless the session is an
     * administrator or manager; Conflict if @p outPath exists; NotFound if its folder does not.
     */
    [[nodiscard]] Status backup(const QString &outPath);
    /** When the last backup of this database was made (audit trail); invalid when there has been none. */
    [[nodiscard]] Result<QDateTime> lastBackupAt() const;
    /** PRAGMA integrity_check and foreign_key_check; an empty list means healthy. */
    [[nodiscard]] Result<QStringList> checkIntegrity();

    /** The connection for the thread that opened the database. */
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString connectionName() const;
    /**
     * Opens another connection to the same file (for a worker thread); the caller removes it with
     * QSqlDatabase::removeDatabase(name) when done.
     */
    [[nodiscard]] Result<QString> openExtraConnection(const QString &name) const;

    [[nodiscard]] const Session &session() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString siteName() const;
    [[nodiscard]] SiteProfile profile() const;
    [[nodiscard]] int schemaVersion() const;
    /** The schema version this program writes. */
    static int latestSchemaVersion();
    /** SQLCipher and SQLite versions of the open connection, for About and logs. */
    [[nodiscard]] QString engineDescription() const;

    /** Staff accounts as recorded in the database: user name, role, disabled. */
    [[nodiscard]] const KeyRing &keyRing() const;

private:
    explicit Database(std::unique_ptr<DatabasePrivate> d);
    std::unique_ptr<DatabasePrivate> d;
};

struct Database::Created {
    std::unique_ptr<Database> database;
    QString recoveryKey;
};

} // namespace caredesk::core
