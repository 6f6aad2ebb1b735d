// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/CampaignEvaluation.h"

namespace caredesk::core {

namespace {

std::optional<double> ratio(int part, int whole)
{
    return whole > 0 ? std::optional<double>(static_cast<double>(part) / whole) : std::nullopt;
}

} // namespace

int CampaignEvaluation::excludedTotal() const
{
    int total = 0;
    for (int n : excluded) {
        total += n;
    }
    return total;
}

std::optional<double> CampaignEvaluation::participationRate() const
{
    return ratio(participants, contacted);
}

std::optional<double> CampaignEvaluation::attendanceRate() const
{
    return ratio(attended, contacted);
}

std::optional<double> CampaignEvaluation::targetConversionRate() const
{
    return ratio(targetConversions, targetSize);
}

std::optional<double> CampaignEvaluation::holdoutConversionRate() const
{
    return ratio(holdoutConversions, holdoutSize);
}

std::optional<double> CampaignEvaluation::upliftPoints() const
{
    const auto target = targetConversionRate();
    const auto holdout = holdoutConversionRate();
    if (!target || !holdout) {
        return std::nullopt;
    }
    return (*target - *holdout) * 100.0;
}

std::optional<double> CampaignEvaluation::incrementalConversions() const
{
    const auto holdout = holdoutConversionRate();
    if (!holdout) {
        return std::nullopt;
    }
    return targetConversions - *holdout * targetSize;
}

CampaignEvaluation::CostBasis CampaignEvaluation::costBasis() const
{
    if (hasHoldout()) {
        const auto incremental = incrementalConversions();
        return incremental && *incremental > 0 ? CostBasis::Incremental : CostBasis::None;
    }
    return targetConversions > 0 ? CostBasis::AllConversions : CostBasis::None;
}

std::optional<double> CampaignEvaluation::costPerConversionCents() const
{
    switch (costBasis()) {
    case CostBasis::Incremental: return static_cast<double>(costCents) / *incrementalConversions();
    case CostBasis::AllConversions: return static_cast<double>(costCents) / targetConversions;
    case CostBasis::None: break;
    }
    return std::nullopt;
}

} // namespace caredesk::core
