// SPDX-License-Identifier: GPL-3.0-or-later
// Kaplan–Meier retention on small data sets with answers worked out by hand.
#include "core/analytics/KaplanMeier.h"

#include <catch2/catch.hpp>

using namespace caredesk::core;

TEST_CASE("Kaplan-Meier with censoring matches the hand-worked estimate", "[churn]")
{
    // Durations 2, 3+, 4, 4, 5+, 6 (+ = censored), given out of order.
    const QList<KaplanMeierObservation> observations{{4, true},  {2, true}, {5, false},
                                                     {3, false}, {6, true}, {4, true}};
    const QList<KaplanMeierPoint> curve = KaplanMeier::estimate(observations);
    REQUIRE(curve.size() == 5);
    // t=2: 6 at risk, 1 event: S = 5/6. t=3: one censored, S unchanged. t=4: 4 at risk, 2 events: S = 5/6 · 2/4.
    // t=5: censored. t=6: 1 at risk, 1 event: S = 0.
    CHECK(curve.at(0).day == 2);
    CHECK(curve.at(0).atRisk == 6);
    CHECK(curve.at(0).events == 1);
    CHECK(curve.at(0).survival == Approx(5.0 / 6));
    CHECK(curve.at(1).day == 3);
    CHECK(curve.at(1).atRisk == 5);
    CHECK(curve.at(1).censored == 1);
    CHECK(curve.at(1).survival == Approx(5.0 / 6));
    CHECK(curve.at(2).day == 4);
    CHECK(curve.at(2).atRisk == 4);
    CHECK(curve.at(2).events == 2);
    CHECK(curve.at(2).survival == Approx(5.0 / 12));
    CHECK(curve.at(3).day == 5);
    CHECK(curve.at(3).atRisk == 2);
    CHECK(curve.at(3).survival == Approx(5.0 / 12));
    CHECK(curve.at(4).day == 6);
    CHECK(curve.at(4).atRisk == 1);
    CHECK(curve.at(4).survival == Approx(0));
    CHECK(KaplanMeier::median(curve) == 4);
    CHECK(KaplanMeier::survivalAt(curve, 1) == Approx(1));
    CHECK(KaplanMeier::survivalAt(curve, 3) == Approx(5.0 / 6));
    CHECK(KaplanMeier::survivalAt(curve, 100) == Approx(0));
}

TEST_CASE("Kaplan-Meier median is missing when the curve stays above one half", "[churn]")
{
    const QList<KaplanMeierPoint> curve = KaplanMeier::estimate({{1, true}, {2, false}, {3, false}, {4, false}});
    REQUIRE(curve.size() == 4);
    CHECK(curve.constLast().survival == Approx(0.75));
    CHECK_FALSE(KaplanMeier::median(curve).has_value());
    CHECK(KaplanMeier::estimate({}).isEmpty());
}

TEST_CASE("Kaplan-Meier counts those censored on an event day as at risk there", "[churn]")
{
    // Day 2: two events and one censored among four: S = 1 − 2/4 = 0.5, the median is day 2 exactly.
    const QList<KaplanMeierPoint> curve = KaplanMeier::estimate({{2, true}, {2, true}, {2, false}, {7, true}});
    REQUIRE(curve.size() == 2);
    CHECK(curve.at(0).atRisk == 4);
    CHECK(curve.at(0).survival == Approx(0.5));
    CHECK(KaplanMeier::median(curve) == 2);
    CHECK(curve.at(1).atRisk == 1);
    CHECK(curve.at(1).survival == Approx(0));
}

TEST_CASE("A customer's retention observation runs from the first visit to the first lapse", "[churn]")
{
    const QDate today(2026, 11, 24);
    // A gap of 200 days after 1 March: lapsed 180 days after it, 180 days from the first visit.
    const auto gap = KaplanMeier::observation({QDate(2026, 3, 1), QDate(2026, 9, 17)}, today, 180);
    CHECK(gap.event);
    CHECK(gap.days == 180);
    // Regular visits, the last 200 days ago: lapsed 180 days after it.
    const auto last = KaplanMeier::observation({QDate(2025, 11, 1), QDate(2026, 1, 1), QDate(2026, 5, 8)}, today, 180);
    CHECK(last.event);
    CHECK(last.days == 61 + 127 + 180);
    // A gap longer than the lapse time ends the first spell there, whatever came later.
    const auto first = KaplanMeier::observation({QDate(2025, 1, 1), QDate(2025, 3, 1), QDate(2026, 5, 8)}, today, 180);
    CHECK(first.event);
    CHECK(first.days == 59 + 180);
    // Still coming: censored at today.
    const auto active = KaplanMeier::observation({QDate(2026, 10, 1), QDate(2026, 11, 20)}, today, 180);
    CHECK_FALSE(active.event);
    CHECK(active.days == 54);
}
