// SPDX-License-Identifier: GPL-3.0-or-later
// Reception's hot paths: search as you type, the list's first and a deep page, opening a profile.
// Each operation runs on the encrypted database and on its unencrypted twin, alternately, and reports both.
#include "bench/BenchFixture.h"
#include "bench/LatencyRecorder.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/timeline/CustomerTimeline.h"
#include "core/visits/VisitRepository.h"

#include <benchmark/benchmark.h>

#include <QSqlQuery>

#include <functional>

using namespace caredesk;
using namespace caredesk::core;
using caredesk::bench::BenchFixture;
using caredesk::bench::LatencyRecorder;

namespace {

/** Runs @p op on both databases once per iteration; reports p50/p95 for each and the encrypted ÷ plain ratio. */
void runPair(benchmark::State &state, const std::function<void(CustomerRepository &, std::size_t)> &op)
{
    BenchFixture &fixture = BenchFixture::instance();
    CustomerRepository encrypted(fixture.database(), fixture.clock());
    CustomerRepository plain(QString::fromLatin1(BenchFixture::plainConnection),
                             QString::fromLatin1(BenchFixture::user), fixture.clock());
    LatencyRecorder enc;
    LatencyRecorder pln;
    std::size_t i = 0;
    for (auto _ : state) {
        enc.start();
        op(encrypted, i);
        enc.stop();
        pln.start();
        op(plain, i);
        pln.stop();
        ++i;
    }
    enc.report(state);
    pln.report(state, "plain_");
    const double plainP50 = pln.percentile(50);
    state.counters["enc_over_plain"] = plainP50 > 0 ? enc.percentile(50) / plainP50 : 0;
}

/** Every prefix of every query, as a receptionist types them. */
const QStringList &keystrokes()
{
    static const QStringList all = [] {
        const QStringList queries{QStringLiteral("张伟"),    QStringLiteral("王芳"),      QStringLiteral("欧阳"),
                                  QStringLiteral("李娜"),    QStringLiteral("zhangwei"),  QStringLiteral("wangf"),
                                  QStringLiteral("zw"),      QStringLiteral("lj"),        QStringLiteral("8000"),
                                  QStringLiteral("1381234"), QStringLiteral("M00001234"), QStringLiteral("mary"),
                                  QStringLiteral("002x")};
        QStringList out;
        for (const QString &query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                out << query.left(n);
            }
        }
        return out;
    }();
    return all;
}

void BM_SearchAsYouType(benchmark::State &state)
{
    runPair(state, [](CustomerRepository &repo, std::size_t i) {
        auto result = repo.search(keystrokes().at(static_cast<qsizetype>(i) % keystrokes().size()));
        benchmark::DoNotOptimize(result);
    });
    state.SetLabel("per keystroke, 13-query mix");
}

void BM_ListFirstPage(benchmark::State &state)
{
    runPair(state, [](CustomerRepository &repo, std::size_t) {
        auto page = repo.page({}, CustomerSort::Name, true, std::nullopt, 100);
        benchmark::DoNotOptimize(page);
    });
    state.SetLabel("100 rows by name");
}

void BM_ListDeepPage(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    // The cursor of the customer half way down the list, found once.
    QSqlQuery q(fixture.database().connection());
    q.exec(QStringLiteral("SELECT name_sort, id FROM customer WHERE merged_into IS NULL ORDER BY name_sort, id "
                          "LIMIT 1 OFFSET %1")
               .arg(fixture.customers() / 2));
    q.next();
    const CustomerCursor cursor{q.value(0), q.value(1).toLongLong()};
    q.finish();
    runPair(state, [&cursor](CustomerRepository &repo, std::size_t) {
        auto page = repo.page({}, CustomerSort::Name, true, cursor, 100);
        benchmark::DoNotOptimize(page);
    });
    state.SetLabel("100 rows from the middle");
}

void BM_FilteredFirstPage(benchmark::State &state)
{
    CustomerFilter filter;
    filter.status = ActivityStatus::Dormant;
    runPair(state, [&filter](CustomerRepository &repo, std::size_t) {
        auto page = repo.page(filter, CustomerSort::Name, true, std::nullopt, 100);
        benchmark::DoNotOptimize(page);
    });
    state.SetLabel("dormant customers, 100 rows");
}

void BM_OpenProfile(benchmark::State &state)
{
    // What the profile page reads: the customer, the whole timeline (registration, consent, merges, visits with
    // items, contacts, surveys, points) and the header's tier, balance and lots.
    BenchFixture &fixture = BenchFixture::instance();
    const int customers = fixture.customers();
    struct Side {
        CustomerRepository customers;
        core::VisitRepository visits;
        core::SurveyRepository surveys;
        core::LoyaltyLedger loyalty;
        core::CustomerTimeline timeline{customers, visits, surveys, loyalty};
    };
    const QString plainName = QString::fromLatin1(BenchFixture::plainConnection);
    const QString user = QString::fromLatin1(BenchFixture::user);
    core::Database &db = fixture.database();
    Side encrypted{CustomerRepository(db, fixture.clock()), core::VisitRepository(db, fixture.clock()),
                   core::SurveyRepository(db, fixture.clock()), core::LoyaltyLedger(db, fixture.clock())};
    Side plain{CustomerRepository(plainName, user, fixture.clock()),
               core::VisitRepository(plainName, user, fixture.clock()),
               core::SurveyRepository(plainName, user, fixture.clock()),
               core::LoyaltyLedger(plainName, user, fixture.clock())};
    qint64 entries = 0;
    const auto open = [customers, &entries](Side &side, std::size_t i) {
        const CustomerId id = 1 + static_cast<CustomerId>((i * 7919) % static_cast<std::size_t>(customers));
        auto customer = side.customers.findById(id);
        if (!customer) {
            return;
        }
        auto timeline = side.timeline.entries(*customer, {});
        entries += timeline ? timeline->size() : 0;
        auto tier = side.loyalty.currentTier(id);
        auto balance = side.loyalty.balance(id);
        auto lots = side.loyalty.lots(id);
        benchmark::DoNotOptimize(tier);
        benchmark::DoNotOptimize(balance);
        benchmark::DoNotOptimize(lots);
    };
    LatencyRecorder enc;
    LatencyRecorder pln;
    std::size_t i = 0;
    for (auto _ : state) {
        enc.start();
        open(encrypted, i);
        enc.stop();
        pln.start();
        open(plain, i);
        pln.stop();
        ++i;
    }
    enc.report(state);
    pln.report(state, "plain_");
    state.counters["enc_over_plain"] = pln.percentile(50) > 0 ? enc.percentile(50) / pln.percentile(50) : 0;
    state.counters["timeline_entries"] = i > 0 ? static_cast<double>(entries) / static_cast<double>(2 * i) : 0;
    state.SetLabel("customer, whole timeline, tier, balance and lots");
}

void BM_DuplicateCheckAtEntry(benchmark::State &state)
{
    runPair(state, [](CustomerRepository &repo, std::size_t i) {
        Customer draft;
        draft.name = i % 2 == 0 ? QStringLiteral("张伟") : QStringLiteral("Mary Smith");
        draft.phone = QStringLiteral("1380013%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        draft.birthDate = QDate(1980, 1, 1).addDays(static_cast<qint64>(i % 9000));
        auto candidates = repo.findDuplicates(draft);
        benchmark::DoNotOptimize(candidates);
    });
    state.SetLabel("phone + name/birth + pinyin rules");
}

} // namespace

BENCHMARK(BM_SearchAsYouType)->Unit(benchmark::kMillisecond)->Iterations(200);
BENCHMARK(BM_ListFirstPage)->Unit(benchmark::kMillisecond)->Iterations(100);
BENCHMARK(BM_ListDeepPage)->Unit(benchmark::kMillisecond)->Iterations(100);
BENCHMARK(BM_FilteredFirstPage)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_OpenProfile)->Unit(benchmark::kMillisecond)->Iterations(200);
BENCHMARK(BM_DuplicateCheckAtEntry)->Unit(benchmark::kMillisecond)->Iterations(100);
