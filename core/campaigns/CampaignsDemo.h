// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QString>

namespace caredesk::core {

/**
 * Demo campaigns over the last year, run after customers, visits (RecordsDemo) and loyalty exist: a flu-season SMS
 * reminder with a 10% holdout, a hypertension health lecture (健康讲座) with attendance, a free check-up day
 * (免费体检), a win-back SMS to dormant customers with a holdout, and a draft patient association meeting
 * (病友联谊会). Audiences are built through CampaignRepository as of the day before each start (so "dormant" means
 * dormant then); participation is recorded deterministically (own SplitMix64); conversions come from the demo
 * visits. One transaction; linear in the number of customers.
 */
class CampaignsDemo final {
public:
    struct Stats {
        int campaigns = 0;
        int members = 0; ///< target and holdout
        int contacted = 0;
        int responded = 0;
        int attended = 0;
    };

    [[nodiscard]] static Result<Stats> generate(const QString &connectionName, const QString &userName,
                                                const Clock &clock, quint64 seed);
};

} // namespace caredesk::core
