// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditChain.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QtEndian>

#include <sodium.h>

namespace caredesk::core {

namespace {

constexpr char kdfContext[crypto_kdf_CONTEXTBYTES + 1] = "CDaudit1";
constexpr quint64 kdfSubkeyId = 1;
constexpr auto formatTag = "caredesk-audit-v1";

struct Registry {
    QMutex mutex;
    QHash<QString, std::shared_ptr<AuditChain>> chains;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

void appendField(QByteArray &out, const QByteArray &field)
{
    char length[4];
    qToBigEndian<quint32>(quint32(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

} // namespace

AuditChain::AuditChain(const SecureBytes &dataKey) : m_key(crypto_auth_hmacsha512256_KEYBYTES)
{
    ensureSodium();
    static_assert(crypto_auth_hmacsha512256_KEYBYTES >= crypto_kdf_BYTES_MIN);
    if (dataKey.size() != crypto_kdf_KEYBYTES ||
        crypto_kdf_derive_from_key(m_key.data(), m_key.size(), kdfSubkeyId, kdfContext, dataKey.data()) != 0) {
        // Cannot happen with a 32-byte data key; a random key then makes every entry fail verification loudly.
        randombytes_buf(m_key.data(), m_key.size());
    }
}

QByteArray AuditChain::canonical(const AuditEvent &event, const QByteArray &prevHmac)
{
    QByteArray out;
    out.reserve(256 + event.detail.size() + event.changes.size());
    appendField(out, QByteArray(formatTag));
    char seq[8];
    qToBigEndian<qint64>(event.seq, seq);
    appendField(out, QByteArray(seq, 8));
    const QString at = iso(event.at);
    for (const QString *text : {&at, &event.userName, &event.action, &event.entity, &event.entityId, &event.subject,
                                &event.detail, &event.changes}) {
        appendField(out, text->toUtf8());
    }
    appendField(out, prevHmac);
    return out;
}

QByteArray AuditChain::genesis()
{
    return QByteArray(crypto_auth_hmacsha512256_BYTES, '\0');
}

QByteArray AuditChain::sign(const AuditEvent &event, const QByteArray &prevHmac) const
{
    const QByteArray message = canonical(event, prevHmac);
    QByteArray mac(crypto_auth_hmacsha512256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha512256(reinterpret_cast<unsigned char *>(mac.data()),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              static_cast<unsigned long long>(message.size()), m_key.data());
    return mac;
}

void AuditChain::attach(const QString &connectionName, std::shared_ptr<AuditChain> chain)
{
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    r.chains.insert(connectionName, std::move(chain));
}

void AuditChain::detach(const QString &connectionName)
{
    std::shared_ptr<AuditChain> released;
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    released = r.chains.take(connectionName);
}

std::shared_ptr<AuditChain> AuditChain::forConnection(const QString &connectionName)
{
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    return r.chains.value(connectionName);
}

void AuditChain::committed(const QString &connectionName) const
{
    if (m_listener && connectionName == m_mainConnection) {
        m_listener();
    }
}

void AuditChain::setCommitListener(const QString &mainConnection, std::function<void()> listener)
{
    m_mainConnection = mainConnection;
    m_listener = std::move(listener);
}

} // namespace caredesk::core
