// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace caredesk::core {

struct AuditEvent;

/**
 * The secret side of one database's audit chain. Each audit_event row carries
 * hmac = HMAC-SHA-512/256(audit key, canonical(seq, at, user, action, entity, entity id, subject, detail, changes,
 * prev_hmac)), where prev_hmac is the previous row's hmac (32 zero bytes before the first row). The audit key is
 * derived from the database's data key with crypto_kdf_derive_from_key (context "CDaudit1", subkey 1), so only
 * someone who can unlock the database can write a valid entry.
 *
 * A Database attaches its chain to every connection it opens (by connection name) and detaches it when it closes;
 * AuditLog looks it up by connection name, so AuditLog(connectionName, userName) works on any of them, worker
 * threads included. The key stays in guarded memory inside this object and is wiped when the last holder lets go.
 */
class AuditChain final {
public:
    /** Derives the audit key from @p dataKey (32 bytes). */
    explicit AuditChain(const SecureBytes &dataKey);
    AuditChain(const AuditChain &) = delete;
    AuditChain &operator=(const AuditChain &) = delete;

    /** The HMAC (32 bytes) of @p event (seq, at, userName, action, entity, entityId, subject, detail, changes). */
    [[nodiscard]] QByteArray sign(const AuditEvent &event, const QByteArray &prevHmac) const;
    /** The prev_hmac of the first entry: 32 zero bytes. */
    [[nodiscard]] static QByteArray genesis();
    /** The bytes that are signed: a format tag, then every field length-prefixed (4-byte big-endian). */
    [[nodiscard]] static QByteArray canonical(const AuditEvent &event, const QByteArray &prevHmac);

    /** Makes @p chain the one for @p connectionName (replacing any earlier one). */
    static void attach(const QString &connectionName, std::shared_ptr<AuditChain> chain);
    /** Forgets @p connectionName's chain; the key is wiped when nothing else holds it. */
    static void detach(const QString &connectionName);
    /** The chain attached to @p connectionName; null when there is none (not opened through Database). */
    [[nodiscard]] static std::shared_ptr<AuditChain> forConnection(const QString &connectionName);

    /**
     * Called by AuditLog after it committed an entry on its own (no outer transaction). On the database's main
     * connection this lets the Database save the chain's head to the keyring when that is due.
     */
    void committed(const QString &connectionName) const;
    /** Sets what committed() calls for @p mainConnection; an empty function clears it. */
    void setCommitListener(const QString &mainConnection, std::function<void()> listener);

private:
    SecureBytes m_key;
    QString m_mainConnection;
    std::function<void()> m_listener;
};

} // namespace caredesk::core
