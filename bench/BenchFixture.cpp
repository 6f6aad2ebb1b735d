// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchFixture.h"

#include "core/demo/BulkGenerator.h"
#include "core/storage/KeyRing.h"
#include "core/storage/SqlCipherDriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace caredesk::bench {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        say(QStringLiteral("bench: ") + q.lastError().text());
        return false;
    }
    return true;
}

} // namespace

BenchFixture &BenchFixture::instance()
{
    static BenchFixture fixture;
    return fixture;
}

void BenchFixture::shutdown()
{
    instance().m_database.reset();
    if (QSqlDatabase::contains(QString::fromLatin1(plainConnection))) {
        QSqlDatabase::database(QString::fromLatin1(plainConnection), false).close();
        QSqlDatabase::removeDatabase(QString::fromLatin1(plainConnection));
    }
}

bool BenchFixture::reopenDatabase()
{
    auto opened = core::Database::open(m_encryptedPath, QString::fromLatin1(user), QString::fromLatin1(password));
    if (!opened) {
        say(QStringLiteral("bench: cannot open the encrypted database: ") + opened.error().message);
        return false;
    }
    m_database = std::move(opened.value());
    return true;
}

bool BenchFixture::prepare(const QString &cacheDir, int customers, quint64 seed)
{
    BenchFixture &f = instance();
    QDir().mkpath(cacheDir);
    const QString stem =
        QDir(cacheDir).filePath(QStringLiteral("bench-b%1-s%2-n%3").arg(generatorVersion).arg(seed).arg(customers));
    f.m_encryptedPath = stem + QStringLiteral(".db");
    f.m_plainPath = stem + QStringLiteral("-plain.db");
    f.m_customers = customers;
    const QString done = stem + QStringLiteral(".complete");
    if (!QFile::exists(done)) {
        for (const QString &path : {f.m_encryptedPath, f.m_plainPath}) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral(".keyring"), QStringLiteral(".lock")}) {
                QFile::remove(path + suffix);
            }
        }
        say(QStringLiteral("bench: generating %1 customers (seed %2) into %3").arg(customers).arg(seed).arg(cacheDir));
        core::Database::CreateOptions options;
        options.path = f.m_encryptedPath;
        options.adminUser = QString::fromLatin1(user);
        options.password = QString::fromLatin1(password);
        options.siteName = QStringLiteral("Benchmark Clinic");
        auto created = core::Database::create(options);
        if (!created) {
            say(QStringLiteral("bench: ") + created.error().message);
            return false;
        }
        f.m_database = std::move(created->database);
        core::BulkGenerator::Options generate;
        generate.seed = seed;
        generate.customers = customers;
        generate.throwawayFile = true; // a fresh cache file: no journal while loading, WAL again afterwards
        auto stats = core::BulkGenerator::generate(*f.m_database, f.m_clock, generate, [](int doneRows, int total) {
            if (doneRows % 100000 == 0 || doneRows == total) {
                say(QStringLiteral("bench:   %1 / %2 customers").arg(doneRows).arg(total));
            }
        });
        if (!stats) {
            say(QStringLiteral("bench: ") + stats.error().message + QStringLiteral(" ") + stats.error().detail);
            return false;
        }
        f.m_rowsPerSecond = stats->rowsPerSecond();
        f.m_rows = stats->rows();
        say(QStringLiteral("bench: generated %1 rows (%2 visits, %3 survey responses, %4 complaints, %5 ledger rows) "
                           "in %6 s: %7 rows/s")
                .arg(stats->rows())
                .arg(stats->visits)
                .arg(stats->surveyResponses)
                .arg(stats->complaints)
                .arg(stats->loyaltyEntries)
                .arg(stats->seconds, 0, 'f', 1)
                .arg(f.m_rowsPerSecond, 0, 'f', 0));
        // The unencrypted twin: same schema and rows, written by SQLCipher's own export.
        QSqlDatabase db = f.m_database->connection();
        if (!exec(db, QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(f.m_plainPath)) ||
            !exec(db, QStringLiteral("SELECT sqlcipher_export('plain')")) ||
            !exec(db, QStringLiteral("DETACH DATABASE plain"))) {
            return false;
        }
        QFile marker(done);
        if (!marker.open(QIODevice::WriteOnly)) {
            return false;
        }
        marker.write(QByteArray::number(f.m_rowsPerSecond) + ' ' + QByteArray::number(f.m_rows));
    } else {
        QFile marker(done);
        if (marker.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> figures = marker.readAll().split(' ');
            f.m_rowsPerSecond = figures.value(0).toDouble();
            f.m_rows = figures.value(1).toLongLong();
        }
        say(QStringLiteral("bench: reusing cached databases %1").arg(stem));
        if (!f.reopenDatabase()) {
            return false;
        }
    }
    auto *driver = new core::SqlCipherDriver; // no key: the plain twin
    QSqlDatabase plain = QSqlDatabase::addDatabase(driver, QString::fromLatin1(plainConnection));
    plain.setDatabaseName(f.m_plainPath);
    plain.setConnectOptions(QStringLiteral("QSQLCIPHER_NO_CREATE"));
    if (!plain.open()) {
        say(QStringLiteral("bench: cannot open the plain twin: ") + plain.lastError().text());
        return false;
    }
    // The same per-connection settings as the encrypted one, so the comparison is fair.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
          "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) {
        if (!exec(plain, QString::fromLatin1(pragma))) {
            return false;
        }
    }
    return true;
}

} // namespace caredesk::bench
