// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QString>

namespace caredesk::core {

class Database;

/**
 * Loyalty histories for the demo database: deterministic for a seed (own SplitMix64, no std distributions).
 * A share of the existing customers get two years of earns, some redemptions, expired lots, referral rewards
 * and a few lapsed members; expiry and tier evaluation then run up to today, so balances and tiers are realistic.
 */
class LoyaltyDemo final {
public:
    struct Stats {
        int members = 0; ///< customers given a history
        int entries = 0; ///< ledger entries written (including expiries)
        int tierEvents = 0;
    };

    /**
     * Writes the histories for customers already in the database, acting as @p userName on @p connectionName.
     * @p sharePercent of the individual customers become members. Returns what was written.
     */
    [[nodiscard]] static Result<Stats> generate(const QString &connectionName, const QString &userName, quint64 seed,
                                                const Clock &clock = Clock::system(), int sharePercent = 35);
    [[nodiscard]] static Result<Stats> generate(Database &database, quint64 seed, const Clock &clock = Clock::system(),
                                                int sharePercent = 35);
};

} // namespace caredesk::core
