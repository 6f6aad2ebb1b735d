// SPDX-License-Identifier: GPL-3.0-or-later
// RFM quintiles and segments with hand-computed cells, and the lifetime value estimate.
#include "core/analytics/ChurnRiskService.h"
#include "core/analytics/CustomerValue.h"
#include "core/customers/CustomerRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> void mustOk(const Result<T> &result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
}

} // namespace

TEST_CASE("RFM quintiles of ten distinct values go by exact ranks", "[churn]")
{
    // Higher is better: the two lowest score 1, the next two 2, ... the two highest 5.
    const QList<qint64> spend{400, 100, 1000, 700, 200, 900, 300, 600, 800, 500};
    CHECK(CustomerValue::quintiles(spend, true) == QList<int>{2, 1, 5, 4, 1, 5, 2, 3, 4, 3});
    // Recency in days, fewer is better: 365 and 200 score 1, ... 5 and 1 score 5.
    const QList<qint64> days{5, 50, 1, 200, 30, 10, 90, 365, 20, 60};
    CHECK(CustomerValue::quintiles(days, false) == QList<int>{5, 3, 5, 1, 3, 4, 2, 1, 4, 2});
    CHECK(CustomerValue::quintiles({}, true).isEmpty());
    CHECK(CustomerValue::quintiles({42}, true) == QList<int>{1});
}

TEST_CASE("RFM ties take the score of the first rank of their run", "[churn]")
{
    // Six customers without a visit this year all score 1; the 3s start at rank 6 (score 4), 7 and 9 score 5.
    CHECK(CustomerValue::quintiles({0, 3, 0, 0, 9, 0, 3, 0, 7, 0}, true) == QList<int>{1, 4, 1, 1, 5, 1, 4, 1, 5, 1});
}

TEST_CASE("RFM segments have healthcare names and documented rules", "[churn]")
{
    const ChurnSettings s; // lapse after 180 days, new for 90 days
    CHECK(CustomerValue::segmentFor(1, 1, 4, 200, 900, s) == RfmSegment::HighValueLapsed);
    CHECK(CustomerValue::segmentFor(1, 1, 3, 180, 900, s) == RfmSegment::Lapsed);
    CHECK(CustomerValue::segmentFor(5, 1, 1, 3, 60, s) == RfmSegment::NewPatients);
    CHECK(CustomerValue::segmentFor(4, 4, 1, 10, 400, s) == RfmSegment::LoyalRegulars);
    CHECK(CustomerValue::segmentFor(3, 3, 5, 10, 400, s) == RfmSegment::SteadyPatients);
    CHECK(CustomerValue::segmentFor(2, 4, 5, 100, 400, s) == RfmSegment::AtRisk);
    CHECK(CustomerValue::segmentFor(3, 2, 5, 50, 400, s) == RfmSegment::NeedsAttention);
    for (RfmSegment segment : allRfmSegments()) {
        CHECK(rfmSegmentFromId(rfmSegmentId(segment)) == segment);
        const QString label = rfmSegmentLabel(segment).toLower();
        CHECK_FALSE(label.isEmpty());
        CHECK_FALSE(label.contains(QStringLiteral("whale")));
        CHECK_FALSE(label.contains(QStringLiteral("hibernat")));
    }
    CHECK(CustomerValue::expectedYears(0.25, 10) == Approx(4));
    CHECK(CustomerValue::expectedYears(0.05, 10) == Approx(10));
    CHECK(CustomerValue::expectedYears(std::nullopt, 10) == Approx(10));
    CHECK(CustomerValue::expectedYears(0.0, 10) == Approx(10));
}

TEST_CASE("The snapshot scores ten customers into hand-computed RFM cells", "[churn]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    // Customer i: last visit 5 + 20i days ago, 10 − i visits 30 days apart before it, ¥10 each. So recency,
    // frequency and money all fall with i: i = 0, 1 score 5 on each; 2, 3 score 4; ... 8, 9 score 1.
    QList<CustomerId> ids;
    for (int i = 0; i < 10; ++i) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(i);
        c.phone = QStringLiteral("1370000%1").arg(1000 + i);
        auto added = customers.add(c);
        mustOk(added);
        ids << added->id;
        for (int k = 0; k < 10 - i; ++k) {
            Visit v;
            v.customerId = added->id;
            v.at = fixedNow.addDays(-(5 + 20 * i + 30 * k));
            v.amountCents = 1000;
            mustOk(visits.addVisit(v));
        }
    }
    ChurnRiskService service(temp.db(), clock);
    mustOk(service.rebuild());

    auto cell0 = CustomerValue::cellOf(temp.db().connectionName(), ids.at(0));
    mustOk(cell0);
    REQUIRE(cell0->has_value());
    CHECK((*cell0)->recency == 5);
    CHECK((*cell0)->frequency == 5);
    CHECK((*cell0)->monetary == 5);
    CHECK((*cell0)->segment == RfmSegment::LoyalRegulars);
    CHECK((*cell0)->yearlySpendCents == 10000);
    auto cell5 = CustomerValue::cellOf(temp.db().connectionName(), ids.at(5));
    mustOk(cell5);
    CHECK((*cell5)->recency == 3);
    CHECK((*cell5)->frequency == 3);
    CHECK((*cell5)->segment == RfmSegment::SteadyPatients);
    auto cell9 = CustomerValue::cellOf(temp.db().connectionName(), ids.at(9));
    mustOk(cell9);
    CHECK((*cell9)->recency == 1);
    CHECK((*cell9)->segment == RfmSegment::Lapsed); // 185 days since the last visit
    CHECK((*cell9)->lifetimeValueCents == 0);

    auto value = CustomerValue::build(temp.db());
    mustOk(value);
    CHECK(value->computedAt == fixedNow);
    auto count = [&](RfmSegment segment) { return value->segments.at(allRfmSegments().indexOf(segment)).customers; };
    CHECK(count(RfmSegment::LoyalRegulars) == 4);
    CHECK(count(RfmSegment::SteadyPatients) == 2);
    CHECK(count(RfmSegment::NeedsAttention) == 3);
    CHECK(count(RfmSegment::Lapsed) == 1);
    CHECK(count(RfmSegment::NewPatients) == 0);
    for (int s = 0; s < 5; ++s) {
        for (int f = 0; f < 5; ++f) {
            CHECK(value->grid[size_t(s)][size_t(f)] == (s == f ? 2 : 0));
        }
    }
    // Loyal regulars spend 10, 9, 8 and 7 visits' worth: ¥85 on average.
    CHECK(value->segments.at(allRfmSegments().indexOf(RfmSegment::LoyalRegulars)).averageYearlySpendCents == 8500);
    const LifetimeValueSummary &clv = value->lifetimeValue;
    CHECK(clv.customers == 9);
    CHECK(clv.expectedYears > 0);
    CHECK(clv.expectedYears <= ChurnSettings{}.maxExpectedYears);
    CHECK((*cell0)->lifetimeValueCents == std::llround(10000 * clv.expectedYears));
    CHECK(clv.averageYearlySpendCents == (10000 + 9000 + 8000 + 7000 + 6000 + 5000 + 4000 + 3000 + 2000) / 9);
}

TEST_CASE("Value figures are empty before the first rebuild", "[churn]")
{
    TemporaryDatabase temp;
    auto empty = CustomerValue::build(temp.db());
    mustOk(empty);
    CHECK_FALSE(empty->computedAt.isValid());
    CHECK(empty->segments.size() == allRfmSegments().size());
    auto cell = CustomerValue::cellOf(temp.db().connectionName(), 1);
    mustOk(cell);
    CHECK_FALSE(cell->has_value());
}
