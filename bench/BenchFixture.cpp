// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchFixture.h"

#include "core/analytics/ComplaintSlaRollup.h"
#include "core/audit/AuditChain.h"
#include "core/demo/BulkGenerator.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Migrator.h"
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
    core::AuditChain::detach(QString::fromLatin1(plainConnection));
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

bool BenchFixture::generate(const QString &cacheDir, quint64 seed, const QString &generatedMarker)
{
    BenchFixture &f = *this;
    const int customers = m_customers;
    QFile::remove(generatedMarker);
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
    generate.bulkLoad = true;      // indexes built and rollups filled after the rows (the same end state)
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
                       "in %6 s (indexes %8 s, rollups %9 s): %7 rows/s")
            .arg(stats->rows())
            .arg(stats->visits)
            .arg(stats->surveyResponses)
            .arg(stats->complaints)
            .arg(stats->loyaltyEntries)
            .arg(stats->seconds, 0, 'f', 1)
            .arg(f.m_rowsPerSecond, 0, 'f', 0)
            .arg(stats->indexSeconds, 0, 'f', 1)
            .arg(stats->rollupSeconds, 0, 'f', 1));
    // The complaints' SLA outcomes settled, as the first dashboard or `caredesk-cli` run would leave them, so the
    // dashboards are measured in their steady state.
    return f.settleComplaints() && f.writeMarker(generatedMarker);
}

bool BenchFixture::settleComplaints()
{
    QElapsedTimer timer;
    timer.start();
    auto settled = core::ComplaintSlaRollup::settle(m_database->connectionName(), m_clock);
    if (!settled) {
        say(QStringLiteral("bench: ") + settled.error().message + QStringLiteral(" ") + settled.error().detail);
        return false;
    }
    say(QStringLiteral("bench: settled %1 complaints in %2 s")
            .arg(*settled)
            .arg(static_cast<double>(timer.nsecsElapsed()) / 1e9, 0, 'f', 1));
    return true;
}

bool BenchFixture::writeMarker(const QString &path) const
{
    // "rows_per_s rows schema": the schema is the one the databases beside it were made (or migrated) at.
    QFile marker(path);
    return marker.open(QIODevice::WriteOnly) &&
           marker.write(QByteArray::number(m_rowsPerSecond) + ' ' + QByteArray::number(m_rows) + ' ' +
                        QByteArray::number(core::Migrator::latestVersion())) > 0;
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
    // Two stages, each cached: the encrypted database (generated and settled: ".generated" holds its figures), then
    // its plain twin (".complete"). An interrupted export starts again from the generated database.
    const QString generated = stem + QStringLiteral(".generated");
    // The markers hold "rows_per_s rows schema": the schema version the plain twin (and the app's copy) were made
    // at. A cached database from an older schema is brought up to date by the app's own migrations when it is
    // opened (what a clinic's file goes through too), its complaints settled again, and the twin made anew.
    int markerSchema = 0;
    const auto readFigures = [&f, &markerSchema](const QString &path) {
        QFile marker(path);
        if (marker.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> figures = marker.readAll().split(' ');
            f.m_rowsPerSecond = figures.value(0).toDouble();
            f.m_rows = figures.value(1).toLongLong();
            markerSchema = figures.value(2).toInt();
        }
    };
    bool upToDate = false;
    if (QFile::exists(done)) {
        readFigures(done);
        if (!f.reopenDatabase()) {
            return false;
        }
        upToDate = markerSchema == core::Migrator::latestVersion();
        say(upToDate ? QStringLiteral("bench: reusing cached databases %1").arg(stem)
                     : QStringLiteral("bench: the cached databases %1 were made at schema %2; updated to %3, "
                                      "settling and exporting the plain twin again")
                           .arg(stem)
                           .arg(markerSchema)
                           .arg(core::Migrator::latestVersion()));
    } else if (QFile::exists(generated) && QFile::exists(f.m_encryptedPath)) {
        readFigures(generated);
        say(QStringLiteral("bench: reusing the generated database %1; exporting its plain twin again").arg(stem));
        if (!f.reopenDatabase()) {
            return false;
        }
    } else if (!f.generate(cacheDir, seed, generated)) {
        return false;
    } else {
        markerSchema = core::Migrator::latestVersion();
    }
    if (!upToDate) {
        if (markerSchema != core::Migrator::latestVersion() && (!f.settleComplaints() || !f.writeMarker(generated))) {
            return false;
        }
        QFile::remove(done);
        for (const QString &file : {f.m_plainPath, f.appCopyPath(), core::KeyRing::pathFor(f.appCopyPath())}) {
            for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                          QStringLiteral("-shm")}) {
                QFile::remove(file + suffix);
            }
        }
        // The unencrypted twin: same schema and rows, written by SQLCipher's own export. The export creates the
        // indexes before it copies the rows, so the new file gets a big page cache and no journal while it is
        // written (a throwaway file until the marker says it is complete).
        QElapsedTimer exportTimer;
        exportTimer.start();
        {
            // An existing empty file: a reopened database's connection may not create files (ATTACH would fail).
            QFile empty(f.m_plainPath);
            if (!empty.open(QIODevice::WriteOnly)) {
                say(QStringLiteral("bench: cannot create %1").arg(f.m_plainPath));
                return false;
            }
        }
        QSqlDatabase db = f.m_database->connection();
        if (!exec(db, QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(f.m_plainPath)) ||
            !exec(db, QStringLiteral("PRAGMA plain.journal_mode = OFF")) ||
            !exec(db, QStringLiteral("PRAGMA plain.synchronous = OFF")) ||
            !exec(db, QStringLiteral("PRAGMA plain.cache_size = -8388608")) ||
            !exec(db, QStringLiteral("SELECT sqlcipher_export('plain')")) ||
            !exec(db, QStringLiteral("DETACH DATABASE plain"))) {
            return false;
        }
        say(QStringLiteral("bench: exported the plain twin in %1 s")
                .arg(static_cast<double>(exportTimer.nsecsElapsed()) / 1e9, 0, 'f', 1));
        if (!f.writeMarker(done)) {
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
    // Imports and other audited writes on the twin need an audit chain: a throwaway key (the twin's trail is not
    // verified; its copied entries were signed with the real one).
    core::AuditChain::attach(QString::fromLatin1(plainConnection),
                             std::make_shared<core::AuditChain>(core::SecureBytes::random(32)));
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
