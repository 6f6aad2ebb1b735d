// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ComplaintDashboard.h"
#include "core/analytics/DashboardFilter.h"
#include "core/analytics/LoyaltyDashboard.h"
#include "core/analytics/SatisfactionDashboard.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

template <typename T> void requireOk(const Result<T> &result)
{
    INFO((result.ok() ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail)
             .toStdString());
    REQUIRE(result.ok());
}

DimensionScore byKey(const QString &key, int score)
{
    DimensionScore s;
    s.key = key;
    s.score = score;
    return s;
}

/**
 * The constructed set. January, 内科, 王医生, consultations: NPS 10 9 7 3, CSAT 5 4 3 2, waiting_time 5 4 2 1,
 * staff_attitude 4 4 4 4. February, 药房, 李药师, purchases: NPS 10 10 0, CSAT 5 5 1.
 */
struct SatisfactionSet {
    explicit SatisfactionSet(TemporaryDatabase &temp, const Clock &clock)
    {
        CustomerRepository customers(temp.db(), clock);
        Customer c;
        c.name = QStringLiteral("测试客户");
        c.phone = QStringLiteral("13800000001");
        auto added = customers.add(c);
        requireOk(added);
        VisitRepository visits(temp.db(), clock);
        SurveyRepository surveys(temp.db(), clock);
        const auto add = [&](const QDateTime &at, VisitKind kind, const QString &department, const QString &staff,
                             int nps, int csat, QList<DimensionScore> scores) {
            Visit v;
            v.customerId = added->id;
            v.kind = kind;
            v.at = at.addSecs(-3600);
            v.department = department;
            v.staff = staff;
            auto visit = visits.addVisit(v);
            requireOk(visit);
            SurveyResponse r;
            r.customerId = added->id;
            r.at = at;
            r.nps = nps;
            r.csat = csat;
            r.visitId = visit->id;
            r.department = department;
            r.staff = staff;
            r.scores = std::move(scores);
            requireOk(surveys.addResponse(r));
        };
        const QString internal = QStringLiteral("内科");
        const QString wang = QStringLiteral("王医生");
        const QString wait = QStringLiteral("waiting_time");
        const QString attitude = QStringLiteral("staff_attitude");
        const int npsA[] = {10, 9, 7, 3};
        const int csatA[] = {5, 4, 3, 2};
        const int waitA[] = {5, 4, 2, 1};
        for (int i = 0; i < 4; ++i) {
            add(QDateTime(QDate(2026, 1, 5 + i), QTime(10, 0), Qt::UTC), VisitKind::Consultation, internal, wang,
                npsA[i], csatA[i], {byKey(wait, waitA[i]), byKey(attitude, 4)});
        }
        const int npsB[] = {10, 10, 0};
        const int csatB[] = {5, 5, 1};
        for (int i = 0; i < 3; ++i) {
            add(QDateTime(QDate(2026, 2, 10 + i), QTime(10, 0), Qt::UTC), VisitKind::Purchase, QStringLiteral("药房"),
                QStringLiteral("李药师"), npsB[i], csatB[i], {});
        }
        customerId = added->id;
    }
    CustomerId customerId = 0;
};

DashboardFilter janFeb()
{
    DashboardFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 2, 28);
    return f;
}

} // namespace

TEST_CASE("Shrinkage and correlation match hand-computed values", "[analytics-sat]")
{
    CHECK(SatisfactionDashboard::shrink(50, 10, 20, 30) == Approx(27.5));
    CHECK(SatisfactionDashboard::shrink(50, 0, 20) == Approx(20));
    CHECK(SatisfactionDashboard::shrinkageK == 30);
    // x = 5 4 2 1, y = 5 4 3 2: Σdxdy = 7, Σdx² = 10, Σdy² = 5, r = 7/√50.
    const auto r = SatisfactionDashboard::correlation(4, 12, 14, 46, 54, 49);
    REQUIRE(r);
    CHECK(*r == Approx(7.0 / std::sqrt(50.0)));
    CHECK_FALSE(SatisfactionDashboard::correlation(4, 16, 14, 64, 54, 56)); // x constant
    CHECK_FALSE(SatisfactionDashboard::correlation(2, 3, 3, 5, 5, 5));      // too few pairs
}

TEST_CASE("Dashboard filter buckets by Monday weeks and calendar months", "[analytics-sat]")
{
    DashboardFilter f;
    f.from = QDate(2026, 1, 14); // a Wednesday
    f.to = QDate(2026, 3, 2);
    CHECK(f.bucketStarts() == QList<QDate>{QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)});
    f.bucket = DashboardFilter::Bucket::Week;
    CHECK(f.bucketStarts().first() == QDate(2026, 1, 12));
    CHECK(f.bucketStarts().last() == QDate(2026, 3, 2));
    CHECK(f.toUtcExclusive() == QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC));
    const DashboardFilter last3 = DashboardFilter::lastMonths(QDate(2026, 3, 10), 3);
    CHECK(last3.from == QDate(2026, 1, 1));
    CHECK(last3.to == QDate(2026, 3, 10));
}

TEST_CASE("Satisfaction dashboard gives the hand-computed NPS trend, shrinkage and importance", "[analytics-sat]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    SatisfactionSet set(temp, clock);
    auto d = SatisfactionDashboard::build(temp.db().connectionName(), janFeb());
    requireOk(d);

    REQUIRE(d->trend.size() == 2);
    const SatisfactionTrendPoint &jan = d->trend.at(0);
    CHECK(jan.periodStart == QDate(2026, 1, 1));
    CHECK(jan.nps.n == 4);
    CHECK(jan.nps.nps == Approx(25.0));
    // pP = .5, pD = .25: Var = (.75 − .0625)/4, half-width 1.96·√Var·100 = 81.257.
    CHECK(jan.nps.low == Approx(25.0 - 81.2573).epsilon(1e-4));
    CHECK(jan.nps.high == Approx(100.0));
    CHECK(jan.csat.percent == Approx(50.0));
    const SatisfactionTrendPoint &feb = d->trend.at(1);
    CHECK(feb.nps.n == 3);
    CHECK(feb.nps.nps == Approx(100.0 / 3.0));
    CHECK(feb.csat.percent == Approx(200.0 / 3.0));

    CHECK(d->responses == 7);
    CHECK(d->nps.nps == Approx(200.0 / 7.0)); // 4 promoters, 2 detractors of 7
    CHECK(d->siteNps.nps == Approx(200.0 / 7.0));
    CHECK(d->csat.topTwo == 4);

    // NPS* = (n·NPS + 30·site)/(n + 30): 药房 (100 + 857.14)/33 = 29.00 above 内科 (100 + 857.14)/34 = 28.15.
    REQUIRE(d->departments.size() == 2);
    CHECK(d->departments.at(0).name == QStringLiteral("药房"));
    CHECK(d->departments.at(0).shrunkNps == Approx((100.0 + 30.0 * 200.0 / 7.0) / 33.0));
    CHECK(d->departments.at(1).name == QStringLiteral("内科"));
    CHECK(d->departments.at(1).nps.nps == Approx(25.0));
    CHECK(d->departments.at(1).shrunkNps == Approx((100.0 + 30.0 * 200.0 / 7.0) / 34.0));
    CHECK(d->departments.at(1).smallSample);
    REQUIRE(d->staff.size() == 2);
    CHECK(d->staff.at(0).name == QStringLiteral("李药师"));

    const auto dimension = [&d](const QString &key) {
        for (const DimensionInsight &insight : d->dimensions) {
            if (insight.key == key) {
                return insight;
            }
        }
        FAIL("no dimension " << key.toStdString());
        return DimensionInsight{};
    };
    const DimensionInsight wait = dimension(QStringLiteral("waiting_time"));
    CHECK(wait.n == 4);
    CHECK(wait.score == Approx(50.0)); // (100 + 75 + 25 + 0)/4
    CHECK(wait.pairs == 4);
    REQUIRE(wait.importance);
    CHECK(*wait.importance == Approx(7.0 / std::sqrt(50.0)));
    CHECK(wait.label == QStringLiteral("Waiting time"));
    const DimensionInsight attitude = dimension(QStringLiteral("staff_attitude"));
    CHECK(attitude.score == Approx(75.0));
    CHECK_FALSE(attitude.importance); // every score the same: no correlation
    CHECK(attitude.quadrant == ImportanceQuadrant::Undetermined);
    CHECK(d->dimensions.at(0).key == QStringLiteral("waiting_time")); // template order: waiting before attitude
}

TEST_CASE("Satisfaction filters by department, staff and visit kind change the numbers", "[analytics-sat]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    SatisfactionSet set(temp, clock);
    const QString connection = temp.db().connectionName();

    DashboardFilter f = janFeb();
    f.visitKind = QStringLiteral("purchase");
    auto purchases = SatisfactionDashboard::build(connection, f);
    requireOk(purchases);
    CHECK(purchases->responses == 3);
    CHECK(purchases->nps.nps == Approx(100.0 / 3.0));
    CHECK(purchases->siteNps.nps == Approx(100.0 / 3.0)); // the site under the same visit kind
    CHECK(purchases->dimensions.isEmpty());

    f = janFeb();
    f.department = QStringLiteral("内科");
    auto internal = SatisfactionDashboard::build(connection, f);
    requireOk(internal);
    CHECK(internal->responses == 4);
    CHECK(internal->nps.nps == Approx(25.0));
    CHECK(internal->siteNps.nps == Approx(200.0 / 7.0)); // department filter does not move the prior
    REQUIRE(internal->departments.size() == 1);
    CHECK(internal->trend.at(1).nps.n == 0);

    f = janFeb();
    f.staff = QStringLiteral("李药师");
    auto pharmacist = SatisfactionDashboard::build(connection, f);
    requireOk(pharmacist);
    CHECK(pharmacist->responses == 3);

    f = janFeb();
    f.from = QDate(2026, 2, 1);
    auto february = SatisfactionDashboard::build(connection, f);
    requireOk(february);
    CHECK(february->responses == 3);
    CHECK(february->trend.size() == 1);

    auto kinds = SatisfactionDashboard::visitKindChoices(connection);
    requireOk(kinds);
    CHECK(*kinds == QStringList{QStringLiteral("consultation"), QStringLiteral("purchase")});
    auto departments = SatisfactionDashboard::departmentChoices(connection);
    requireOk(departments);
    CHECK(departments->size() == 2);

    f.to = QDate(2026, 1, 1);
    CHECK(SatisfactionDashboard::build(connection, f).error().code == ErrorCode::Validation);
}

TEST_CASE("Complaint dashboard sorts the root-cause Pareto and finds repeat complainants", "[analytics-sat]")
{
    const auto complaint = [](CustomerId customer, int day, const QString &cause, ComplaintCategory category) {
        Complaint c;
        c.id = customer * 100 + day;
        c.customerId = customer;
        c.receivedAt = QDateTime(QDate(2026, 1 + day / 28, 1 + day % 28), QTime(9, 0), Qt::UTC);
        c.category = category;
        c.rootCause = cause;
        return c;
    };
    const QString wait = QStringLiteral("排队太久");
    const QString stock = QStringLiteral("缺货");
    const QList<Complaint> list{complaint(1, 1, wait, ComplaintCategory::ServiceProcess),
                                complaint(2, 2, wait, ComplaintCategory::ServiceProcess),
                                complaint(1, 3, stock, ComplaintCategory::ProductUse),
                                complaint(3, 30, QStringLiteral(" 排队太久 "), ComplaintCategory::ServiceProcess),
                                complaint(1, 31, QString(), ComplaintCategory::Attitude),
                                complaint(2, 32, stock, ComplaintCategory::ProductUse)};
    ComplaintReport report;
    report.total = 6;
    report.byCategory[ComplaintCategory::ServiceProcess] = 3;
    report.byCategory[ComplaintCategory::ProductUse] = 2;
    report.byCategory[ComplaintCategory::Attitude] = 1;
    DashboardFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 2, 28);
    const ComplaintDashboard d = ComplaintDashboard::compute(list, report, f);

    CHECK(d.withRootCause == 5);
    CHECK(d.withoutRootCause == 1);
    REQUIRE(d.pareto.size() == 2);
    CHECK(d.pareto.at(0).rootCause == wait); // trimmed text counts together
    CHECK(d.pareto.at(0).count == 3);
    CHECK(d.pareto.at(0).cumulativePercent == Approx(60.0));
    CHECK(d.pareto.at(1).cumulativePercent == Approx(100.0));

    REQUIRE(d.repeatComplainants.size() == 2);
    CHECK(d.repeatComplainants.at(0).customerId == 1);
    CHECK(d.repeatComplainants.at(0).complaints == 3);
    CHECK(d.repeatComplainants.at(1).customerId == 2);

    CHECK(d.categories.at(0).category == ComplaintCategory::ServiceProcess);
    CHECK(d.categories.size() == 8);
    REQUIRE(d.trend.size() == 2);
    CHECK(d.trend.at(0).received == 3);
    CHECK(d.trend.at(1).received == 3);
}

TEST_CASE("Complaint dashboard over the database gives the same report as ComplaintReport", "[analytics-sat]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    auto empty = ComplaintDashboard::build(temp.db().connectionName(), QDate(2026, 1, 1), QDate(2026, 2, 28), clock);
    requireOk(empty);
    CHECK(empty->report.total == 0);
    CHECK(empty->pareto.isEmpty());
    CHECK(empty->trend.size() == 2);
}

TEST_CASE("Loyalty dashboard totals agree with the ledger's overview", "[analytics-sat]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    Customer c;
    c.name = QStringLiteral("会员甲");
    c.phone = QStringLiteral("13800000002");
    auto added = customers.add(c);
    requireOk(added);
    LoyaltyLedger ledger(temp.db(), clock);
    requireOk(ledger.adjust(added->id, 1500, QStringLiteral("opening balance")));
    requireOk(ledger.redeem(added->id, 300, QStringLiteral("gift"), ProductClass::Otc));
    auto tier = ledger.evaluateAllTiers(clock.today());
    requireOk(tier);

    DashboardFilter f = DashboardFilter::lastMonths(clock.today(), 3);
    auto d = LoyaltyDashboard::build(temp.db().connectionName(), f, clock);
    requireOk(d);
    auto overview = ledger.overview(clock.today());
    requireOk(overview);
    CHECK(d->outstandingPoints == 1200);
    CHECK(d->outstandingPoints == overview->outstandingPoints);
    CHECK(d->outstandingValueCents == overview->outstandingValueCents);
    CHECK(d->members == 1);
    CHECK(d->membersWithPoints == 1);
    CHECK(d->redeemed == 300);
    CHECK(d->earned == 0); // an adjustment is not earned
    CHECK_FALSE(d->redemptionRate);
    REQUIRE(d->months.size() == 3);
    CHECK(d->months.at(2).adjusted == 1500);
    qint64 tierMembers = 0;
    for (const LoyaltyTierShare &share : d->tiers) {
        tierMembers += share.members;
    }
    CHECK(tierMembers == 1);
    CHECK(d->tiers.first().tierId == ledger.program().baseTier());
}
