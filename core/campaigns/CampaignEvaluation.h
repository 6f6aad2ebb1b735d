// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/Campaign.h"

#include <QMap>

#include <optional>

namespace caredesk::core {

/**
 * How a campaign did (DOMAIN.md: participation rate, conversion rate, satisfaction of participants, cost per
 * conversion). The counts come from CampaignRepository::evaluate(); the rates are derived here:
 *
 * - audience = target + holdout (the eligible customers); excluded[reason] counts those the segment matched but
 *   the audience left out (merged, no consent, consent withdrawn, no contact details for the channel).
 * - participants = target members who responded or attended (responding or attending marks them contacted too).
 * - participation rate = participants ÷ contacted.
 * - attendance rate (events) = attended ÷ contacted.
 * - converted: the member had a visit of any kind but "event" at or after the campaign's first day (local
 *   midnight) and before that day + conversionDays. The same window for target and holdout, so they compare.
 * - conversion rate (target) = target conversions ÷ target size; (holdout) = holdout conversions ÷ holdout size.
 * - uplift = (target rate − holdout rate) × 100, in percentage points; only with a holdout group.
 * - incremental conversions = target conversions − holdout rate × target size (what the campaign added).
 * - cost per conversion: with a holdout group, cost ÷ incremental conversions (CostBasis::Incremental; none when
 *   nothing was added); without one, cost ÷ target conversions (CostBasis::AllConversions).
 * - satisfaction: the mean CSAT (1–5) of survey responses given by participants inside the conversion window.
 */
struct CampaignEvaluation {
    enum class CostBasis { None, Incremental, AllConversions };

    CampaignId campaignId = 0;
    qint64 costCents = 0;
    bool isEvent = false;
    int targetSize = 0;
    int holdoutSize = 0;
    QMap<ExclusionReason, int> excluded;
    int contacted = 0;    ///< target members
    int responded = 0;    ///< target members
    int attended = 0;     ///< target members
    int participants = 0; ///< target members who responded or attended
    int targetConversions = 0;
    int holdoutConversions = 0;
    int satisfactionResponses = 0;     ///< participants' responses with a CSAT inside the window
    std::optional<double> averageCsat; ///< none without such responses

    [[nodiscard]] int audience() const { return targetSize + holdoutSize; }
    [[nodiscard]] int excludedTotal() const;
    [[nodiscard]] bool hasHoldout() const { return holdoutSize > 0; }
    /** 0–1; none when nobody was contacted. */
    [[nodiscard]] std::optional<double> participationRate() const;
    [[nodiscard]] std::optional<double> attendanceRate() const;
    /** 0–1; none for an empty group. */
    [[nodiscard]] std::optional<double> targetConversionRate() const;
    [[nodiscard]] std::optional<double> holdoutConversionRate() const;
    /** Percentage points; none without a holdout group. */
    [[nodiscard]] std::optional<double> upliftPoints() const;
    /** None without a holdout group. */
    [[nodiscard]] std::optional<double> incrementalConversions() const;
    [[nodiscard]] CostBasis costBasis() const;
    /** Cents per conversion on costBasis(); none when there is no basis (no conversions, nothing added). */
    [[nodiscard]] std::optional<double> costPerConversionCents() const;
};

} // namespace caredesk::core
