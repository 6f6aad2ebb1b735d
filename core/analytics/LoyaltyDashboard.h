// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/DashboardFilter.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

/** Members in one tier. */
struct LoyaltyTierShare {
    QString tierId;
    QString label; ///< LoyaltyProgram::tierName()
    qint64 members = 0;
    double percent = 0; ///< of all members
};

/** Points flows of one month (on_date), with reversals counted against what they reverse (as LoyaltyOverview). */
struct LoyaltyFlowMonth {
    QDate month;         ///< first of the month
    qint64 earned = 0;   ///< purchase earns and referral rewards, less their reversals
    qint64 redeemed = 0; ///< redemptions less reversed redemptions (positive)
    qint64 expired = 0;  ///< expire entries written (positive)
    qint64 adjusted = 0; ///< manual adjustments, signed
};

/**
 * The loyalty dashboard (issue 6): tier distribution, points liability (points and money at the redemption value),
 * earned / redeemed / expired per month and the redemption rate over the filter's period. Department, staff and
 * visit kind do not apply. Read from the rollup tables of migration 8 kept by triggers on the ledger, so the cost
 * does not grow with the ledger.
 *
 * Definitions: liability is the points still held at the end of asOf — every entry up to asOf summed, less the
 * lots already past their expiry day that runExpiry() has not written yet (they count as expired, as in
 * LoyaltyLedger::balance()). Members are customers (not merged away) with ledger entries or a tier; their tier is
 * the one last evaluated (the base tier when never evaluated). Members, tiers and membersWithPoints are as of now
 * (the rollup keeps the current state only); membersWithPoints counts members whose ledger sum is above 0. The
 * redemption rate is redeemed ÷ earned over the period.
 */
struct LoyaltyDashboard {
    DashboardFilter filter;
    QDate asOf;                       ///< the filter's last day, or today when the period ends later
    qint64 members = 0;               ///< see above
    qint64 membersWithPoints = 0;     ///< members whose ledger sum is above 0, now
    qint64 outstandingPoints = 0;     ///< the liability in points at the end of asOf
    qint64 outstandingValueCents = 0; ///< what they are worth at the redemption rate
    qint64 pendingExpiryPoints = 0;   ///< of the ledger's sum, points past expiry not yet written (left out above)
    QList<LoyaltyTierShare> tiers;    ///< every programme tier lowest first (0s included), then unknown ids
    QList<LoyaltyFlowMonth> months;   ///< every month of the period, oldest first
    qint64 earned = 0;                ///< over the period
    qint64 redeemed = 0;
    qint64 expired = 0;
    std::optional<double> redemptionRate; ///< redeemed ÷ earned over the period, 0..; nullopt when nothing was earned

    /**
     * Builds the dashboard on @p connectionName (read only); asOf comes from @p clock. Validation for an invalid
     * period; Internal on a database error.
     */
    [[nodiscard]] static Result<LoyaltyDashboard> build(const QString &connectionName, const DashboardFilter &filter,
                                                        const Clock &clock = Clock::system());
};

} // namespace caredesk::core
