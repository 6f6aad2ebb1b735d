// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/SecureBytes.h"

#include <QSqlDriver>

#include <memory>

namespace caredesk::core {

/** Cipher settings that are fixed per database and recorded in its keyring. */
struct CipherSettings {
    int pageSize = 4096; ///< PRAGMA cipher_page_size
    bool useHmac = true; ///< PRAGMA cipher_use_hmac
    int kdfIter = 64000; ///< PRAGMA kdf_iter (unused with a raw key, recorded for SQLCipher 4 compatibility mode)
};

class SqlCipherDriverPrivate;

/**
 * A Qt SQL driver over a statically linked SQLCipher, written against the public QSqlDriver/QSqlResult API.
 * Registered in-process as "QSQLCIPHER" by registerSqlCipherDriver(); Database creates instances directly so that
 * it can hand over the key without it passing through connection strings.
 *
 * Connect options (semicolon separated): QSQLCIPHER_READONLY, QSQLCIPHER_NO_CREATE (fail if the file is missing),
 * QSQLCIPHER_BUSY_TIMEOUT=ms.
 *
 * With a key set, open() applies it (raw key, x'…') and the cipher settings before anything reads the file, and
 * wipes the key. Without a key the file is a plain SQLite database (used by the benchmark's plain comparison).
 * lastError().nativeErrorCode() is the SQLite extended result code as a decimal string.
 */
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    /** Raw 32-byte data key, consumed (and wiped) by the next open(). */
    void setKey(SecureBytes key);
    void setCipherSettings(const CipherSettings &settings);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    /** The sqlite3* handle, as QVariant of type "sqlite3*". */
    QVariant handle() const override;

    /** SQLCipher's version string (PRAGMA cipher_version) of the open connection. */
    QString cipherVersion() const;

private:
    friend class SqlCipherResult;
    std::unique_ptr<SqlCipherDriverPrivate> d;
};

/** Registers the driver under the name "QSQLCIPHER"; idempotent. */
void registerSqlCipherDriver();

/** The SQLite library version the static SQLCipher carries (sqlite3_libversion()). */
QString sqlCipherSqliteVersion();

} // namespace caredesk::core
