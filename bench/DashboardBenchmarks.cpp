// SPDX-License-Identifier: GPL-3.0-or-later
// Each dashboard's build() over the last twelve months (what the dashboards page shows first), on the encrypted
// database and on the unencrypted twin, also with a department (and staff) filter; the filter choices the page
// reads on every reload; the churn snapshot rebuild the churn and value dashboards read; and the one-off settling
// of complaint SLA outcomes (after bulk generation every complaint is pending; the complaints tab settles them).
#include "bench/BenchFixture.h"
#include "bench/LatencyRecorder.h"
#include "core/analytics/ChurnDashboard.h"
#include "core/analytics/ChurnRiskService.h"
#include "core/analytics/ComplaintDashboard.h"
#include "core/analytics/ComplaintSlaRollup.h"
#include "core/analytics/CustomerValue.h"
#include "core/analytics/DashboardFilter.h"
#include "core/analytics/LoyaltyDashboard.h"
#include "core/analytics/SatisfactionDashboard.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>

#include <functional>

using namespace caredesk;
using caredesk::bench::BenchFixture;
using caredesk::bench::LatencyRecorder;

namespace {

core::DashboardFilter lastTwelveMonths()
{
    core::DashboardFilter filter;
    const QDate today = BenchFixture::instance().clock().today();
    filter.from = today.addMonths(-12).addDays(1);
    filter.to = today;
    filter.bucket = core::DashboardFilter::Bucket::Month;
    return filter;
}

/** Runs @p build (returning false on failure) on both connections per iteration; p50/p95 and the ratio. */
void runPair(benchmark::State &state, const std::function<bool(const QString &)> &build)
{
    BenchFixture &fixture = BenchFixture::instance();
    const QString encrypted = fixture.database().connectionName();
    const QString plain = QString::fromLatin1(BenchFixture::plainConnection);
    LatencyRecorder enc;
    LatencyRecorder pln;
    for (auto _ : state) {
        enc.start();
        const bool a = build(encrypted);
        enc.stop();
        pln.start();
        const bool b = build(plain);
        pln.stop();
        if (!a || !b) {
            state.SkipWithError("build failed");
            break;
        }
    }
    enc.report(state);
    pln.report(state, "plain_");
    state.counters["enc_over_plain"] = pln.percentile(50) > 0 ? enc.percentile(50) / pln.percentile(50) : 0;
}

void BM_DashboardSatisfaction(benchmark::State &state)
{
    const core::DashboardFilter filter = lastTwelveMonths();
    runPair(state, [&filter](const QString &connection) {
        auto built = core::SatisfactionDashboard::build(connection, filter);
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("12 months, all departments");
}

core::DashboardFilter withDepartment(bool staffToo)
{
    core::DashboardFilter filter = lastTwelveMonths();
    filter.department = QStringLiteral("内科"); // BulkGenerator's first department
    if (staffToo) {
        filter.staff = QStringLiteral("王医生");
    }
    return filter;
}

void BM_DashboardSatisfactionDepartment(benchmark::State &state)
{
    const core::DashboardFilter filter = withDepartment(false);
    runPair(state, [&filter](const QString &connection) {
        auto built = core::SatisfactionDashboard::build(connection, filter);
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("12 months, one department");
}

void BM_DashboardSatisfactionWeekly(benchmark::State &state)
{
    core::DashboardFilter filter = lastTwelveMonths();
    filter.bucket = core::DashboardFilter::Bucket::Week;
    runPair(state, [&filter](const QString &connection) {
        auto built = core::SatisfactionDashboard::build(connection, filter);
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("12 months by week (trend from day rows)");
}

void BM_DashboardFilterChoices(benchmark::State &state)
{
    runPair(state, [](const QString &connection) {
        auto departments = core::SatisfactionDashboard::departmentChoices(connection);
        auto staff = core::SatisfactionDashboard::staffChoices(connection);
        auto kinds = core::SatisfactionDashboard::visitKindChoices(connection);
        return departments.ok() && staff.ok() && kinds.ok();
    });
    state.SetLabel("departments, staff and visit kinds for the filter bar");
}

/** Works out every pending complaint's SLA outcome once per connection (a one-off cost, like the churn rebuild). */
void BM_ComplaintSettle(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    double enc = 0;
    double pln = 0;
    qint64 settled = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto a = core::ComplaintSlaRollup::settle(fixture.database().connectionName(), fixture.clock());
        enc += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.start();
        auto b = core::ComplaintSlaRollup::settle(QString::fromLatin1(BenchFixture::plainConnection), fixture.clock());
        pln += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!a || !b) {
            state.SkipWithError(((!a ? a.error() : b.error()).detail).toStdString().c_str());
            break;
        }
        settled = *a;
    }
    state.counters["ms"] = enc;
    state.counters["plain_ms"] = pln;
    state.counters["settled"] = static_cast<double>(settled);
    state.SetLabel("ComplaintSlaRollup::settle over the pending complaints (0 when already settled)");
}

void BM_DashboardComplaintsDepartmentStaff(benchmark::State &state)
{
    const core::DashboardFilter filter = withDepartment(true);
    runPair(state, [&filter](const QString &connection) {
        auto built = core::ComplaintDashboard::build(connection, filter, BenchFixture::instance().clock());
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("12 months, one department and staff member");
}

void BM_DashboardComplaints(benchmark::State &state)
{
    const core::DashboardFilter filter = lastTwelveMonths();
    runPair(state, [&filter](const QString &connection) {
        auto built = core::ComplaintDashboard::build(connection, filter, BenchFixture::instance().clock());
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("12 months, SLA clocks at now");
}

void BM_DashboardLoyalty(benchmark::State &state)
{
    const core::DashboardFilter filter = lastTwelveMonths();
    runPair(state, [&filter](const QString &connection) {
        auto built = core::LoyaltyDashboard::build(connection, filter, BenchFixture::instance().clock());
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("12 months");
}

/** The churn snapshot both churn dashboards read: rebuilt once per connection (a throughput figure, not latency). */
void BM_ChurnRebuild(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    double enc = 0;
    double pln = 0;
    for (auto _ : state) {
        core::ChurnRiskService encrypted(fixture.database().connectionName(), QString::fromLatin1(BenchFixture::user),
                                         fixture.clock());
        core::ChurnRiskService plain(QString::fromLatin1(BenchFixture::plainConnection),
                                     QString::fromLatin1(BenchFixture::user), fixture.clock());
        QElapsedTimer timer;
        timer.start();
        auto a = encrypted.rebuild();
        enc += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.start();
        auto b = plain.rebuild();
        pln += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!a || !b) {
            state.SkipWithError(((!a ? a.error() : b.error()).detail).toStdString().c_str());
            break;
        }
    }
    state.counters["ms"] = enc;
    state.counters["plain_ms"] = pln;
    state.counters["enc_over_plain"] = pln > 0 ? enc / pln : 0;
    state.SetLabel("ChurnRiskService::rebuild over every visit");
}

void BM_DashboardChurn(benchmark::State &state)
{
    runPair(state, [](const QString &connection) {
        auto built = core::ChurnDashboard::build(connection);
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("from the snapshot");
}

void BM_DashboardCustomerValue(benchmark::State &state)
{
    runPair(state, [](const QString &connection) {
        auto built = core::CustomerValue::build(connection);
        benchmark::DoNotOptimize(built);
        return built.ok();
    });
    state.SetLabel("RFM and lifetime value, from the snapshot");
}

} // namespace

BENCHMARK(BM_DashboardSatisfaction)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_DashboardSatisfactionDepartment)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_DashboardSatisfactionWeekly)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_DashboardFilterChoices)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_ComplaintSettle)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_DashboardComplaints)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_DashboardComplaintsDepartmentStaff)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_DashboardLoyalty)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_ChurnRebuild)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_DashboardChurn)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_DashboardCustomerValue)->Unit(benchmark::kMillisecond)->Iterations(10);
