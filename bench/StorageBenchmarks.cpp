// SPDX-License-Identifier: GPL-3.0-or-later
// Unlock (Argon2id + open + first read), integrity check, and bulk registration throughput.
#include "bench/BenchFixture.h"
#include "bench/LatencyRecorder.h"
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QSqlQuery>

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
        benchmark::DoNotOptimize(problems);
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
    state.SetLabel("whole database");
}

void BM_BulkRegistration(benchmark::State &state)
{
    // Adds generated customers in batches (the path imports and the demo take) to the encrypted database, then
    // removes them again inside the same transaction-free cleanup so the cached data stays the same.
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
        QElapsedTimer timer;
        timer.start();
        auto status = repo.addBulk(batch);
        seconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!status) {
            state.SkipWithError("bulk add failed");
            break;
        }
        rows += batch.size();
        state.PauseTiming();
        QSqlDatabase db = fixture.database().connection();
        db.transaction();
        QSqlQuery q(db);
        const QString ids = QStringLiteral("(SELECT id FROM customer WHERE id > %1)").arg(fixture.customers());
        q.exec(QStringLiteral("DELETE FROM customer_search WHERE docid IN ") + ids);
        q.exec(QStringLiteral("DELETE FROM customer_tag WHERE customer_id IN ") + ids);
        q.exec(QStringLiteral("DELETE FROM consent_event WHERE customer_id IN ") + ids);
        q.exec(QStringLiteral("DELETE FROM customer WHERE id > %1").arg(fixture.customers()));
        q.finish();
        db.commit();
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = seconds > 0 ? static_cast<double>(rows) / seconds : 0;
    state.counters["generation_rows_per_s"] = fixture.generationRowsPerSecond();
    state.SetLabel("validated, indexed, encrypted, one transaction");
}

} // namespace

BENCHMARK(BM_Unlock)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_IntegrityCheck)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_BulkRegistration)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(2);
