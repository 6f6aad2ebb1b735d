// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnRisk.h"
#include "core/analytics/ChurnSettings.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

/** What is known about one customer on one day, gathered by ChurnRiskService::rebuild() (or built by a test). */
struct ChurnFacts {
    CustomerId customerId = 0;
    QDate today;
    QDate firstVisitOn;                 ///< local day of the first visit
    QDate lastVisitOn;                  ///< local day of the last visit
    int visitDays = 0;                  ///< distinct days with a visit (gaps = visitDays − 1)
    std::optional<double> ownMedianGap; ///< median of the customer's gaps; nullopt without gaps
    ChurnSegment segment = ChurnSegment::Clinic;
    std::optional<double> segmentMedianGap; ///< median gap of the segment; nullopt when it has none
    QDate lastSupplyOn;                     ///< the last visit with days of supply (invalid: none)
    // RefillGap counts only while lastVisitOn is not after the supply ran out (lastSupplyOn + lastSupplyDays).
    int lastSupplyDays = 0;                 ///< its days of supply
    QDate detractorOn;                      ///< the latest detractor answer (invalid: none in the window)
    int detractorNps = -1;                  ///< its NPS, −1 when none
    int detractorCsat = 0;                  ///< its CSAT, 0 when none
    QDate openComplaintOn;                  ///< the oldest open complaint's receipt day (invalid: none)
    bool complaintBreached = false;         ///< an open complaint runs past its SLA time limit
    QString tier;                           ///< current tier id when a downgrade is coming, else empty
    qint64 tierPointsShort = 0;             ///< qualifying points missing at the lookahead day
    QDate tierShortOn;                      ///< the lookahead day
};

/**
 * The churn-risk arithmetic, free of the database (ChurnSettings documents each definition). Static functions.
 */
class ChurnScorer final {
public:
    ChurnScorer() = delete;

    /** Days between consecutive entries of @p visitDays (ascending, distinct). */
    [[nodiscard]] static QList<int> gaps(const QList<QDate> &visitDays);
    /** The median of @p values (the mean of the two middle ones for an even count); nullopt when empty. */
    [[nodiscard]] static std::optional<double> median(QList<int> values);
    /**
     * The expected revisit interval in days: (g · median(@p gaps) + m · @p segmentMedian) / (g + m), the segment
     * median alone without gaps, the own median alone without a segment median, settings.defaultIntervalDays with
     * neither; never below settings.minimumIntervalDays.
     */
    [[nodiscard]] static double expectedInterval(const QList<int> &gaps, std::optional<double> segmentMedian,
                                                 const ChurnSettings &settings);
    /** As expectedInterval() from the own median of @p gapCount gaps (nullopt when there are none). */
    [[nodiscard]] static double expectedInterval(std::optional<double> ownMedian, int gapCount,
                                                 std::optional<double> segmentMedian, const ChurnSettings &settings);
    /** Fills the visit fields of @p facts (first, last, count, own median gap) from @p visitDays (ascending). */
    static void setVisitDays(ChurnFacts &facts, const QList<QDate> &visitDays);
    /** Days since the last visit ÷ @p expectedIntervalDays (0 when the interval is not positive). */
    [[nodiscard]] static double overdueRatio(int daysSinceLastVisit, double expectedIntervalDays);
    /**
     * The band of @p score, or Lapsed when @p overdueRatio ≥ settings.lapsedOverdueRatio or @p daysSinceLastVisit
     * > settings.lapsedAfterDays.
     */
    [[nodiscard]] static ChurnBand band(int score, double overdueRatio, int daysSinceLastVisit,
                                        const ChurnSettings &settings);
    /**
     * Scores @p facts: each reason's points (see ChurnSettings), the sum capped at 100, the band, and the reasons
     * largest first. computedAt is left invalid.
     */
    [[nodiscard]] static ChurnRisk score(const ChurnFacts &facts, const ChurnSettings &settings);
};

} // namespace caredesk::core
