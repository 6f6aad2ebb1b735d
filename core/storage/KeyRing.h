// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/LoginThrottle.h"
#include "core/auth/Role.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace caredesk::core {

/** Argon2id (crypto_pwhash_ALG_ARGON2ID13) cost parameters, stored in each slot. */
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes

    /** The production setting: at least 64 MiB, tuned to about 0.3-0.6 s on a 2-core machine. */
    static KdfParams production();
    /** Cheapest parameters libsodium accepts; only for tests, which would otherwise spend minutes in the KDF. */
    static KdfParams fastForTests();
    /** Measures this machine and returns parameters with memLimit >= 64 MiB taking about @p targetMs. */
    static KdfParams tune(int targetMs);
    bool operator==(const KdfParams &) const = default;
};

/** One staff account's wrapped copy of the data key. */
struct KeySlot {
    QString userName;
    Role role = Role::Reception;
    KdfParams kdf;
    QByteArray salt;       ///< crypto_pwhash_SALTBYTES
    QByteArray nonce;      ///< XChaCha20-Poly1305 nonce
    QByteArray wrappedKey; ///< data key + tag
    QDateTime created;
};

/**
 * The keyring file beside a database (FILE.keyring): one slot per staff account, each wrapping the database's
 * random 256-bit data key with a key derived from that account's password (Argon2id) using XChaCha20-Poly1305.
 * The user name, role and database id are bound into each slot as associated data, so editing them breaks the slot.
 * Holds no personal data beyond user names and roles. Saved atomically (QSaveFile, fsync).
 */
class KeyRing final {
public:
    /** The keyring path that belongs to @p databasePath. */
    static QString pathFor(const QString &databasePath);

    /** A new, empty keyring for a new database with a fresh random id. */
    static KeyRing createNew(const QString &siteName);

    /**
     * Reads a keyring. Fails with KeyringMissing if the file does not exist and KeyringDamaged if it cannot be
     * parsed or fails its structural checks.
     */
    static Result<KeyRing> load(const QString &path);

    /** Writes atomically; fails with ReadOnly, DiskFull or Io and leaves any existing file as it was. */
    [[nodiscard]] Status save(const QString &path) const;

    /** Adds a slot for @p userName wrapping @p dataKey; Conflict if the user already has one. */
    [[nodiscard]] Status addSlot(const QString &userName, Role role, const QString &password,
                                 const SecureBytes &dataKey, const KdfParams &kdf);
    /** Replaces the slot of an existing user (password reset or change). NotFound if there is none. */
    [[nodiscard]] Status replaceSlot(const QString &userName, Role role, const QString &password,
                                     const SecureBytes &dataKey, const KdfParams &kdf);
    /** Removes a user's slot. NotFound if there is none. */
    [[nodiscard]] Status removeSlot(const QString &userName);

    /**
     * Derives the key-encryption key from @p password and unwraps the data key. Fails with AuthFailed for an
     * unknown user or a wrong password (same message for both) and KeyringDamaged if the slot is malformed.
     */
    [[nodiscard]] Result<SecureBytes> unlock(const QString &userName, const QString &password) const;

    /** True when @p dataKey is this database's key (checked against a stored keyed hash, not by opening). */
    [[nodiscard]] bool matchesKey(const SecureBytes &dataKey) const;
    /** Records the key check for @p dataKey; called once at creation. */
    void setKeyCheck(const SecureBytes &dataKey);

    [[nodiscard]] const KeySlot *slot(const QString &userName) const;
    [[nodiscard]] const QList<KeySlot> &keySlots() const { return m_slots; } // not "slots": a Qt keyword
    [[nodiscard]] QString databaseId() const { return m_databaseId; }
    [[nodiscard]] QString siteName() const { return m_siteName; }
    [[nodiscard]] CipherSettings cipherSettings() const { return m_cipher; }

    /** The audit chain's head (issue: trust); kept here so a rolled-back database copy is detected. */
    [[nodiscard]] qint64 auditSequence() const { return m_auditSequence; }
    [[nodiscard]] QByteArray auditHead() const { return m_auditHead; }
    void setAuditHead(qint64 sequence, const QByteArray &head);

    /** Failed sign-ins of @p userName (a default value when there were none). Not secret, not bound to slots. */
    [[nodiscard]] LoginAttempts loginAttempts(const QString &userName) const;
    /** Stores @p attempts; an entry with no failures and no lock is dropped. */
    void setLoginAttempts(const LoginAttempts &attempts);
    /** Wrong passwords not yet in the audit trail, oldest first (at most 100 kept). */
    [[nodiscard]] const QList<PendingLoginFailure> &pendingLoginFailures() const { return m_pendingFailures; }
    void addPendingLoginFailure(const PendingLoginFailure &failure);
    void clearPendingLoginFailures() { m_pendingFailures.clear(); }

private:
    QString m_databaseId;
    QString m_siteName;
    CipherSettings m_cipher;
    QByteArray m_keyCheck;
    QList<KeySlot> m_slots;
    qint64 m_auditSequence = 0;
    QByteArray m_auditHead;
    QList<LoginAttempts> m_attempts;
    QList<PendingLoginFailure> m_pendingFailures;
};

} // namespace caredesk::core
