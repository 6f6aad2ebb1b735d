// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction figures against values computed by hand (the working is in the comments).
#include "core/feedback/SatisfactionScore.h"

#include <catch2/catch.hpp>

using namespace caredesk::core;

namespace {

SurveyResponse answer(std::optional<int> nps, std::optional<int> csat = std::nullopt)
{
    SurveyResponse r;
    r.customerId = 1;
    r.nps = nps;
    r.csat = csat;
    return r;
}

DimensionScore scoreOf(const QString &key, int score)
{
    DimensionScore s;
    s.key = key;
    s.label = key;
    s.score = score;
    return s;
}

} // namespace

TEST_CASE("NPS and its 95% interval match a hand computation", "[feedback][nps]")
{
    // 10 answers: 5 promoters (9, 10), 3 passives (7, 8), 2 detractors (0-6).
    // pP = 0.5, pD = 0.2, NPS = (0.5 - 0.2) * 100 = 30.
    // Var = [pP + pD - (pP - pD)^2] / n = (0.5 + 0.2 - 0.09) / 10 = 0.061.
    // Half-width = 1.96 * sqrt(0.061) * 100 = 1.96 * 0.2469817807 * 100 = 48.4084290181.
    // Interval = 30 -/+ 48.4084290181 = [-18.4084290181, 78.4084290181].
    const QList<int> answers{10, 9, 9, 10, 9, 7, 8, 7, 6, 0};
    const NpsResult r = SatisfactionScore::npsOf(answers);
    CHECK(r.n == 10);
    CHECK(r.promoters == 5);
    CHECK(r.passives == 3);
    CHECK(r.detractors == 2);
    CHECK(r.nps == Approx(30.0));
    CHECK(r.low == Approx(-18.4084290181).margin(1e-6));
    CHECK(r.high == Approx(78.4084290181).margin(1e-6));
    CHECK(r.smallSample);

    // 4 answers, 2 promoters and 2 detractors: NPS 0, Var = (0.5 + 0.5 - 0) / 4 = 0.25, half-width 1.96 * 0.5 * 100.
    const NpsResult even = SatisfactionScore::npsOf({10, 9, 0, 5});
    CHECK(even.nps == Approx(0.0).margin(1e-9));
    CHECK(even.low == Approx(-98.0));
    CHECK(even.high == Approx(98.0));

    // All promoters: Var = (1 + 0 - 1) / 3 = 0, so the interval collapses onto 100.
    const NpsResult all = SatisfactionScore::npsOf({9, 10, 10});
    CHECK(all.nps == Approx(100.0));
    CHECK(all.low == Approx(100.0));
    CHECK(all.high == Approx(100.0));

    // Out-of-range answers are ignored; nothing answered gives zeros.
    CHECK(SatisfactionScore::npsOf({11, -1}).n == 0);
    const NpsResult none = SatisfactionScore::npsOf({});
    CHECK(none.nps == 0.0);
    CHECK(none.smallSample);
}

TEST_CASE("NPS counts only responses that answered the NPS question", "[feedback][nps]")
{
    QList<SurveyResponse> responses{answer(10, 5), answer(std::nullopt, 5), answer(3, 2), answer(std::nullopt, 1)};
    const NpsResult r = SatisfactionScore::nps(responses);
    CHECK(r.n == 2);
    CHECK(r.promoters == 1);
    CHECK(r.detractors == 1);
    CHECK(r.nps == Approx(0.0).margin(1e-9));
}

TEST_CASE("The small-sample flag switches at 30 answers", "[feedback][nps]")
{
    QList<int> answers;
    for (int i = 0; i < 29; ++i) {
        answers << (i % 3 == 0 ? 10 : i % 3 == 1 ? 8 : 4);
    }
    CHECK(SatisfactionScore::npsOf(answers).smallSample);
    answers << 9;
    const NpsResult thirty = SatisfactionScore::npsOf(answers);
    CHECK(thirty.n == 30);
    CHECK_FALSE(thirty.smallSample);
    // 11 promoters (10 tens + the 9), 10 passives, 9 detractors (4s) of 30:
    // NPS = (11 - 9) / 30 * 100 = 6.6667; Var = (11/30 + 9/30 - (2/30)^2) / 30 = (0.6666667 - 0.0044444) / 30
    // = 0.0220741; half-width = 1.96 * sqrt(0.0220741) * 100 = 29.1204.
    CHECK(thirty.promoters == 11);
    CHECK(thirty.detractors == 9);
    CHECK(thirty.nps == Approx(6.6666667).margin(1e-6));
    CHECK(thirty.high - thirty.nps == Approx(29.1204).margin(1e-3));

    QList<SurveyResponse> responses;
    for (int i = 0; i < 29; ++i) {
        responses << answer(std::nullopt, 4);
    }
    CHECK(SatisfactionScore::csat(responses).smallSample);
    responses << answer(std::nullopt, 4);
    CHECK_FALSE(SatisfactionScore::csat(responses).smallSample);
}

TEST_CASE("CSAT is the top-two-box share of 4s and 5s", "[feedback][csat]")
{
    // Overall scores 5, 4, 3, 2, 1, 4 and one without: 3 of 6 answered are 4 or 5 = 50%.
    QList<SurveyResponse> responses{answer(std::nullopt, 5),
                                    answer(std::nullopt, 4),
                                    answer(std::nullopt, 3),
                                    answer(std::nullopt, 2),
                                    answer(std::nullopt, 1),
                                    answer(std::nullopt, 4),
                                    answer(9)};
    const CsatResult r = SatisfactionScore::csat(responses);
    CHECK(r.n == 6);
    CHECK(r.topTwo == 3);
    CHECK(r.percent == Approx(50.0));
    CHECK(
        SatisfactionScore::csat({answer(std::nullopt, 5), answer(std::nullopt, 3), answer(std::nullopt, 4)}).percent ==
        Approx(200.0 / 3.0));
    CHECK(SatisfactionScore::csat({}).percent == 0.0);
}

TEST_CASE("Dimension scores are scaled to 0-100 and averaged per key", "[feedback][dimensions]")
{
    // (x - 1) / (k - 1) * 100 with k = 5: 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100.
    CHECK(SatisfactionScore::scaled(1) == 0.0);
    CHECK(SatisfactionScore::scaled(2) == Approx(25.0));
    CHECK(SatisfactionScore::scaled(3) == Approx(50.0));
    CHECK(SatisfactionScore::scaled(5) == Approx(100.0));
    CHECK(SatisfactionScore::scaled(7, 10) == Approx(100.0 * 6 / 9));

    SurveyResponse a = answer(9);
    a.scores = {scoreOf(QStringLiteral("waiting_time"), 1), scoreOf(QStringLiteral("staff_attitude"), 5)};
    SurveyResponse b = answer(7);
    b.scores = {scoreOf(QStringLiteral("waiting_time"), 2), scoreOf(QStringLiteral("staff_attitude"), 4)};
    SurveyResponse c = answer(std::nullopt, 3);
    c.scores = {scoreOf(QStringLiteral("staff_attitude"), 3)};
    const QList<DimensionResult> results = SatisfactionScore::dimensions({a, b, c});
    REQUIRE(results.size() == 2);
    // waiting_time: (0 + 25) / 2 = 12.5 over 2; staff_attitude: (100 + 75 + 50) / 3 = 75 over 3.
    CHECK(results[0].key == QStringLiteral("waiting_time"));
    CHECK(results[0].n == 2);
    CHECK(results[0].score == Approx(12.5));
    CHECK(results[1].key == QStringLiteral("staff_attitude"));
    CHECK(results[1].n == 3);
    CHECK(results[1].score == Approx(75.0));
    CHECK(results[1].smallSample);
}
