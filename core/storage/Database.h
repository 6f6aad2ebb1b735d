// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditVerifier.h"
#include "core/auth/Role.h"
#include "core/common/Clock.h"
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

/** One staff account as the Administration page lists it. */
struct StaffMember {
    QString userName;
    Role role = Role::Reception;
    bool disabled = false;           ///< cannot sign in (no key slot); an administrator re-enables by a new password
    bool removed = false;            ///< removed: kept only so the audit trail still names them
    bool mustChangePassword = false; ///< after a reset, until the user picks their own
    bool hasKeySlot = false;
    QDateTime createdAt;
    QDateTime lastLoginAt; ///< invalid when never
    int failedSignIns = 0; ///< wrong passwords since the last good sign-in (keyring)
    QDateTime lockedUntil; ///< invalid when not locked (keyring)
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
     * open() with the time from @p clock, which also stamps the sign-in back-off (LoginThrottle) kept in the
     * keyring: a wrong password counts against the account and is remembered for the audit trail
     * ("auth.login_failed", written at the next good sign-in by anyone); while the account must wait or is locked
     * the attempt is refused with TooManyAttempts, saying when to try again, without checking the password.
     * A good sign-in records "auth.login", clears the count and sets the staff list's last sign-in.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &userName, const QString &password,
                                                  const Clock &clock);

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
     * the database. AuthFailed when it does not unlock this database's key. While suspended (see suspend()) the
     * right password also resumes: the key is unwrapped again and the connections reopen.
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
    /**
     * Checks the whole audit chain: every entry's HMAC, the links, the sequence without gaps and the head kept in
     * the keyring (so an edited or deleted entry, a cut-off tail and an older copy of the file put back are found).
     * A broken chain is a result (intact() false, with the first bad entry and a sentence), not an error; it also
     * becomes auditWarning(). PermissionDenied unless administrator or manager.
     */
    [[nodiscard]] Result<AuditVerification> verifyAudit() const;
    /**
     * Empty while the audit chain is intact; otherwise, translated, what the check at unlock (the keyring's head
     * entry and the entries after it) or the last verifyAudit() found. The database opens anyway (the data may be
     * needed for care); the application shows this to administrators. While it stands the keyring's head is not
     * moved, so the evidence stays.
     */
    [[nodiscard]] QString auditWarning() const;
    /**
     * After an administrator has looked into auditWarning() (for example an older copy of the file was put back on
     * purpose after a disk failure): records "audit.acknowledge" with the keyring's old head and @p reason, then
     * makes the newest entry the keyring's head, so the check at unlock watches the trail from here on and the
     * warning goes. The trail itself is not changed: an edited or missing entry is still reported by verifyAudit().
     * PermissionDenied unless administrator; Validation when there is no warning or the reason is shorter than
     * five characters; Locked while suspended.
     */
    [[nodiscard]] Status acknowledgeAuditWarning(const QString &reason);
    /**
     * Saves the newest committed audit entry as the keyring's head now (it is also saved every few seconds after
     * an entry, on suspend and on close). Does nothing inside a transaction. Io/ReadOnly/DiskFull from the save.
     */
    [[nodiscard]] Status flushAuditHead();
    /**
     * The start-up check: PRAGMA quick_check on a connection of its own (opened and removed in the calling thread,
     * so it may run on a worker thread while the pages read). An empty list means healthy; otherwise the first
     * problems found. Damage that stops the check itself is reported as a problem too, not as an error; errors are
     * only for a check that could not start (suspended, disk gone).
     */
    [[nodiscard]] Result<QStringList> quickCheck() const;
    /**
     * Stops a quickCheck() running on another thread at once (sqlite3_interrupt on its connection) and makes any
     * later one return at once: for closing the window, so that the process does not stay behind for minutes with
     * the database locked while a check of a large file ends. A stopped check returns an error, not a result.
     */
    void stopQuickCheck() const;
    /**
     * For closing the window: stops the quick check (stopQuickCheck()), interrupts the statement running on every
     * extra connection (openExtraConnection(): sweeps, catch-ups, dashboards, badge counts) and refuses new ones,
     * so that closing does not wait for a long background job. An interrupted statement fails with SQLITE_INTERRUPT
     * and SQLite rolls back its transaction, so nothing is left half-written; the jobs' next run starts again.
     * Not undone: call it only when the work on this database is over.
     */
    void stopBackgroundWork() const;
    /**
     * Read-only mode for a damaged database: PRAGMA query_only on every connection this Database has open and opens
     * later (extra connections too), so SQLite refuses every write; the refusal reaches people as ReadOnly "This
     * database is open read-only because it is damaged; restore the latest backup." Reads keep working.
     */
    [[nodiscard]] Status setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const;

    /**
     * Locks the database while the screen is locked: closes every connection it opened (they stay registered under
     * their names, so pages keep them, but every query fails until resume()) and wipes the data key from memory.
     * Does nothing when already suspended.
     */
    void suspend();
    [[nodiscard]] bool isSuspended() const;
    /**
     * Unwraps the data key again from the signed-in user's slot with @p password and reopens the connections
     * suspend() closed, under the same names and settings. AuthFailed (staying suspended) when the password is wrong.
     */
    [[nodiscard]] Status resume(const QString &password);

    /**
     * Puts a restored database (made by restore() beside the current one) in place of the current one, which must be
     * closed (Locked while any CareDesk has it open): the current file and keyring are renamed to
     * CURRENT.kept-YYYYMMDD-HHMMSS (and .keyring), then the restored pair is renamed to CURRENT. Any failure puts
     * every file back where it was. Returns the kept path, for undoSwap() or discardKept().
     */
    static Result<QString> swapInRestored(const QString &currentPath, const QString &restoredPath,
                                          const QDateTime &nowLocal = QDateTime::currentDateTime());
    /** Goes back after swapInRestored(): the restored pair returns to @p restoredPath, the kept one to CURRENT. */
    static Status undoSwap(const QString &currentPath, const QString &keptPath, const QString &restoredPath);
    /** The user confirmed the restore: deletes the kept database and its keyring (and any -wal/-shm). */
    static Status discardKept(const QString &keptPath);

    /** The connection for the thread that opened the database. */
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString connectionName() const;
    /**
     * Opens another connection to the same file (for a worker thread); the caller removes it with
     * QSqlDatabase::removeDatabase(name) when done. @p cacheKib sets its page cache (the app's 32 MiB unless
     * given): background jobs that read once through large tables need little, and each one's cache adds to the
     * app's memory while it runs.
     */
    [[nodiscard]] Result<QString> openExtraConnection(const QString &name, int cacheKib = 0) const;
    /** Page cache for background jobs that read a table once (start-up catch-ups, counts). */
    static constexpr int backgroundCacheKib = 4096;

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

    // ---- Staff administration (Permission::ManageUsers unless said otherwise; writes are audited "user.*") ----
    // Order of writes: the staff row is changed inside a transaction, the keyring is saved (atomically), then the
    // transaction commits; a failed save rolls the row back, a failed commit puts the old keyring back. A crash
    // between save and commit leaves an account that cannot sign in (never one that can but should not).

    /** Every staff account, removed ones included, by user name. */
    [[nodiscard]] Result<QList<StaffMember>> staff() const;
    /**
     * Disables @p userName: removes the key slot (so the password no longer opens anything) and marks the row.
     * Conflict for your own account or the last enabled administrator; NotFound for an unknown name.
     */
    [[nodiscard]] Status disableUser(const QString &userName);
    /** Like disableUser(), and the account is marked removed; the row stays so the audit trail names them. */
    [[nodiscard]] Status removeUser(const QString &userName);
    /**
     * Sets a new password for @p userName (re-wrapping the data key into a new slot), which also re-enables a
     * disabled account and clears its sign-in lock; the user must change it at the next sign-in
     * (mustChangePassword()). Validation if the password breaks PasswordPolicy; Conflict for a removed account.
     */
    [[nodiscard]] Status resetPassword(const QString &userName, const QString &newPassword,
                                       const KdfParams &kdf = KdfParams::production());
    /**
     * Any signed-in user: replaces their own slot after checking @p oldPassword (AuthFailed when wrong) and
     * clears the must-change flag. Validation when @p newPassword breaks the policy or equals the old one.
     */
    [[nodiscard]] Status changeOwnPassword(const QString &oldPassword, const QString &newPassword,
                                           const KdfParams &kdf = KdfParams::production());
    /** True when an administrator reset the signed-in user's password and they have not chosen their own yet. */
    [[nodiscard]] bool mustChangePassword() const;
    /** Days after the last backup before the status bar reminds (setting security.backup_reminder_days, 7). */
    [[nodiscard]] int backupReminderDays() const;
    /** Sets backupReminderDays (1–365); PermissionDenied unless ManageSettings. */
    [[nodiscard]] Status setBackupReminderDays(int days);

private:
    explicit Database(std::unique_ptr<DatabasePrivate> d);
    /** After a good sign-in: audit entries, last sign-in, back-off cleared (best effort, never fails the open). */
    void finishSignIn(const QDateTime &now);
    [[nodiscard]] Status changeAccount(const QString &userName, const QString &action);
    std::unique_ptr<DatabasePrivate> d;
};

struct Database::Created {
    std::unique_ptr<Database> database;
    QString recoveryKey;
};

} // namespace caredesk::core
