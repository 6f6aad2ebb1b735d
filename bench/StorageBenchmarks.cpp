// SPDX-License-Identifier: GPL-3.0-or-later
// Unlock (Argon2id + open + first read), integrity check, and bulk registration throughput.
#include "bench/BenchFixture.h"
#include "bench/LatencyRecorder.h"
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace caredesk;
using caredesk::bench::BenchFixture;
using caredesk::bench::LatencyRecorder;

namespace {

void BM_Unlock(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    fixture.closeDatabase();
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        auto opened = core::Database::open(fixture.encryptedPath(), QString::fromLatin1(BenchFixture::user),
                                           QString::fromLatin1(BenchFixture::password));
        latency.stop();
        if (!opened) {
            state.SkipWithError("unlock failed");
            break;
        }
    }
    latency.report(state);
    state.SetLabel("Argon2id + open + checks (no plain equivalent)");
    if (!fixture.reopenDatabase()) {
        state.SkipWithError("reopen failed");
    }
}

void BM_IntegrityCheck(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    QSqlDatabase plain = QSqlDatabase::database(QString::fromLatin1(BenchFixture::plainConnection), false);
    LatencyRecorder enc;
    LatencyRecorder pln;
    for (auto _ : state) {
        enc.start();
        auto problems = fixture.database().checkIntegrity();
        enc.stop();
        if (!problems || !problems->isEmpty()) {
            state.SkipWithError("the benchmark database fails its integrity check");
            break;
        }
        pln.start();
        QSqlQuery q(plain);
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        while (q.next()) {
        }
        q.exec(QStringLiteral("PRAGMA foreign_key_check"));
        while (q.next()) {
        }
        pln.stop();
    }
    enc.report(state);
    pln.report(state, "plain_");
    state.counters["enc_over_plain"] = pln.percentile(50) > 0 ? enc.percentile(50) / pln.percentile(50) : 0;
    const double megabytes = static_cast<double>(QFileInfo(fixture.encryptedPath()).size()) / 1e6;
    state.counters["db_mb"] = megabytes;
    state.counters["mb_per_s"] = enc.percentile(50) > 0 ? megabytes / (enc.percentile(50) / 1000) : 0;
    state.SetLabel("integrity_check + foreign_key_check, whole database");
}

void BM_Backup(benchmark::State &state)
{
    // Database::backup(): sqlcipher_export to a new encrypted file, written (streamed) as one backup file, read back
    // into a check copy and that copy's integrity check. The plain comparison does the same on the unencrypted twin:
    // export, a copy of the file, its integrity check.
    BenchFixture &fixture = BenchFixture::instance();
    QTemporaryDir dir(QFileInfo(fixture.encryptedPath()).absolutePath() + QStringLiteral("/backup-XXXXXX"));
    QSqlDatabase plain = QSqlDatabase::database(QString::fromLatin1(BenchFixture::plainConnection), false);
    LatencyRecorder enc;
    LatencyRecorder pln;
    double backupBytes = 0;
    int n = 0;
    for (auto _ : state) {
        const QString out = dir.filePath(QStringLiteral("bench-%1.cdbackup").arg(n));
        const QString plainOut = dir.filePath(QStringLiteral("plain-%1.db").arg(n));
        ++n;
        enc.start();
        auto status = fixture.database().backup(out);
        enc.stop();
        if (!status) {
            const std::string why =
                QString(status.error().message + QLatin1Char(' ') + status.error().detail).toStdString();
            state.SkipWithError(why.c_str());
            break;
        }
        backupBytes = static_cast<double>(QFileInfo(out).size());
        QFile::remove(out);
        {
            // The twin's connection may not create files (ATTACH would fail on a missing one): an empty file is an
            // empty database.
            QFile empty(plainOut);
            empty.open(QIODevice::WriteOnly);
        }
        // The same steps on the twin: export, the copy written out and read back into a file of its own, and
        // that file's integrity check.
        const QString plainCheck = plainOut + QStringLiteral(".check");
        pln.start();
        QSqlQuery q(plain);
        bool ok = q.exec(QStringLiteral("ATTACH DATABASE '%1' AS copy KEY ''").arg(plainOut)) &&
                  q.exec(QStringLiteral("SELECT sqlcipher_export('copy')")) &&
                  q.exec(QStringLiteral("DETACH DATABASE copy")) && QFile::copy(plainOut, plainCheck) &&
                  q.exec(QStringLiteral("ATTACH DATABASE '%1' AS checked KEY ''").arg(plainCheck)) &&
                  q.exec(QStringLiteral("PRAGMA checked.integrity_check"));
        while (ok && q.next()) {
            ok = q.value(0).toString() == QLatin1String("ok");
        }
        q.finish();
        ok = ok && q.exec(QStringLiteral("DETACH DATABASE checked"));
        pln.stop();
        q.finish();
        QFile::remove(plainOut);
        QFile::remove(plainCheck);
        if (!ok) {
            state.SkipWithError("plain export failed");
            break;
        }
    }
    enc.report(state);
    pln.report(state, "plain_");
    state.counters["enc_over_plain"] = pln.percentile(50) > 0 ? enc.percentile(50) / pln.percentile(50) : 0;
    const double megabytes = static_cast<double>(QFileInfo(fixture.encryptedPath()).size()) / 1e6;
    state.counters["db_mb"] = megabytes;
    state.counters["backup_mb"] = backupBytes / 1e6;
    state.counters["mb_per_s"] = enc.percentile(50) > 0 ? megabytes / (enc.percentile(50) / 1000) : 0;
    state.SetLabel("Database::backup, whole database");
}

void BM_BulkRegistration(benchmark::State &state)
{
    // Adds generated customers in one batch (the path imports and the demo take) to the encrypted database.
    BenchFixture &fixture = BenchFixture::instance();
    core::DemoGenerator::Options options;
    options.customers = static_cast<int>(state.range(0));
    options.seed = 999;
    options.duplicatePercent = 0;
    const QList<core::Customer> prepared = core::DemoGenerator::makeCustomers(options, fixture.clock().nowUtc());
    core::CustomerRepository repo(fixture.database(), fixture.clock());
    double seconds = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        QList<core::Customer> batch = prepared;
        for (core::Customer &c : batch) {
            c.organisationId.reset();
        }
        // In a transaction that is rolled back afterwards (addBulk joins it), so the cached data stays the same.
        QSqlDatabase db = fixture.database().connection();
        db.transaction();
        QElapsedTimer timer;
        timer.start();
        auto status = repo.addBulk(batch);
        seconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
        db.rollback();
        if (!status) {
            state.SkipWithError("bulk add failed");
            break;
        }
        rows += batch.size();
    }
    state.counters["rows_per_s"] = seconds > 0 ? static_cast<double>(rows) / seconds : 0;
    state.counters["generation_rows_per_s"] = fixture.generationRowsPerSecond();
    state.SetLabel("validated, indexed, encrypted, one transaction");
}

} // namespace

BENCHMARK(BM_Unlock)->Unit(benchmark::kMillisecond)->Iterations(5);
// One run each: at the large scale each reads (and the backup writes) the whole 6 GB file, for minutes.
BENCHMARK(BM_IntegrityCheck)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Backup)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_BulkRegistration)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(2);
