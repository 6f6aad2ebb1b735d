// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace caredesk::core {

/**
 * The definitions behind churn early warning, retention and value figures, with their defaults. Kept in the
 * setting table under `churn.*` (missing keys keep the defaults); a value type.
 *
 *  - Visit days: visits are counted by local day; several visits on one day are one visit day.
 *  - Gaps: days between consecutive visit days.
 *  - Expected interval = (g · own median gap + m · segment median gap) / (g + m), with g the customer's number of
 *    gaps and m = priorWeight; the segment median alone when the customer has no gap yet; defaultIntervalDays when
 *    the segment has no gaps either. Never below minimumIntervalDays.
 *  - Overdue ratio = days since the last visit day ÷ expected interval.
 *  - Lapse: a customer lapses lapseDays after a visit day with no later visit day within that time (the lapse
 *    date). They are active from their first visit day until their next lapse date.
 *  - Lapsed band: overdue ratio ≥ lapsedOverdueRatio or more than lapsedAfterDays since the last visit day.
 */
struct ChurnSettings {
    double priorWeight = 3;        ///< m, in gaps: how strongly a short history is pulled toward the segment
    int defaultIntervalDays = 30;  ///< expected interval when nothing at all is known
    int minimumIntervalDays = 7;   ///< expected interval never below this (weekly regulars are not "overdue")
    int lapseDays = 180;           ///< L: days without a visit after which a customer counts as churned
    double lapsedOverdueRatio = 4; ///< overdue ratio from which a customer is Lapsed rather than at risk
    int lapsedAfterDays = 365;     ///< days since last visit after which a customer is Lapsed
    int detractorDays = 90;        ///< how long a detractor answer counts as recent
    int tierLookaheadDays = 30;    ///< a tier downgrade within this many days counts as coming
    int staleAfterHours = 24;      ///< the snapshot is stale once older than this, or from an earlier day

    // Score points (the score is their sum, capped at 100) and band thresholds.
    int overduePointsPerRatio = 40; ///< overdue: 40 × (ratio − 1) points when ratio > 1 …
    int overdueMaxPoints = 60;      ///< … at most this many
    int refillBasePoints = 10;      ///< refill gap: this plus one per day past the supply …
    int refillMaxPoints = 30;       ///< … at most this many
    int detractorPoints = 20;
    int openComplaintPoints = 15;
    int breachedComplaintPoints = 25;
    int tierDowngradePoints = 10;
    int lowFrom = 20;    ///< score from which the band is Low
    int mediumFrom = 40; ///< … Medium
    int highFrom = 60;   ///< … High

    // Value (RFM, lifetime value).
    int newCustomerDays = 90;     ///< first visit within this many days: "New patients"
    double maxExpectedYears = 10; ///< lifetime value: expected remaining years are capped at this

    /** Reads `churn.*` settings from the open connection @p connectionName; missing keys keep the defaults. */
    [[nodiscard]] static Result<ChurnSettings> load(const QString &connectionName);
};

} // namespace caredesk::core
