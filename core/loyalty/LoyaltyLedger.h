// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/loyalty/LoyaltyEntry.h"
#include "core/loyalty/LoyaltyProgram.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace caredesk::core {

class Database;
struct AuditEntry;

/** How many members are in one tier (LoyaltyOverview). */
struct LoyaltyTierCount {
    QString tierId;
    qint64 members = 0;
};

/** The programme at a glance at the end of one day: liability, flows over twelve months, tiers, expiry ahead. */
struct LoyaltyOverview {
    static constexpr int expiringWithinDays = 30;

    QDate asOf;
    QDate windowStart;                ///< first day of the twelve months ending at asOf
    qint64 membersWithPoints = 0;     ///< customers with a balance above 0
    qint64 outstandingPoints = 0;     ///< the liability: points neither redeemed nor expired at the end of asOf
    qint64 outstandingValueCents = 0; ///< what they are worth at the redemption rate
    qint64 earned = 0;                ///< in the window: purchase earns and referral rewards, less reversals of them
    qint64 redeemed = 0;              ///< in the window: redemptions less reversed redemptions
    qint64 expired = 0; ///< in the window: expiries, counting lots past expiry that runExpiry() has not written
    std::optional<double> redemptionRate; ///< redeemed ÷ earned; nullopt when nothing was earned
    /** Members (customers with ledger entries or a tier) by their tier as last evaluated on or before asOf:
     * every programme tier lowest first, 0s included, then ids the programme no longer has. */
    QList<LoyaltyTierCount> tiers;
    qint64 expiringPoints = 0;  ///< points whose lot expires in the expiringWithinDays after asOf (last day included)
    qint64 expiringMembers = 0; ///< customers those points belong to
};

/**
 * The loyalty points ledger (DOMAIN.md, Loyalty and membership). All SQL for loyalty lives here.
 *
 * The ledger is append-only (triggers refuse UPDATE and DELETE): earn, redeem, expire, adjust, reverse and referral
 * entries, each with reason, staff and source record. The balance is always derived from it. Entries that add points
 * are lots; every entry that takes points away records which lots it consumed, earliest expiry first.
 *
 * Rules:
 * - Expiry boundary: a lot earned on day D expires on D + expiryMonths (expiresOn). Its points are usable through
 *   the day before expiresOn and are expired on expiresOn itself.
 * - Tier window: an earn on day E qualifies on every day from E up to the day before E + qualificationMonths. Only
 *   purchase earns qualify (not referrals or adjustments); reversing an earn stops it qualifying from the day of the
 *   reversal. The tier is the highest one whose threshold the qualifying points reach, upgraded and downgraded on
 *   the day that happens.
 * - Reversing an earn (or a referral or positive adjustment) takes back its points except what has already expired:
 *   first what is left of the lot, then, for what was already redeemed, the customer's other lots earliest expiry
 *   first. When the balance cannot cover that it is refused (Conflict), saying the balance: reverse the redemption
 *   first or adjust.
 * - Reversing a redemption (or negative adjustment) gives the points back to the lots they came from, with their
 *   original expiry; points whose lot has expired meanwhile are not given back, and points whose lot was reversed
 *   come back as a new lot expiring expiryMonths after the reversal.
 * - Every entry can be reversed once; expiry and reverse entries cannot be reversed.
 *
 * Writes run in one transaction, with the balance checks inside it, and roll back on any error. Each entry written
 * by hand or for a purchase has its audit entry ("loyalty_entry.earn", ".redeem", ".adjust", ".reverse",
 * ".referral") in that transaction; runExpiry() and evaluateAllTiers() write one summary entry per run with counts,
 * evaluateTier() one "customer.tier" entry when the tier changed.
 */
/** What LoyaltyLedger::catchUp() did. */
struct LoyaltyCatchUp {
    bool ran = false;      ///< false: already caught up for that day
    bool complete = false; ///< ran to the end (and recorded the day)
    int expiries = 0;      ///< expire entries written
    int tierEvents = 0;    ///< tier events written
};

class LoyaltyLedger final {
public:
    explicit LoyaltyLedger(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection with CareDesk's schema, acting as @p userName (see CustomerRepository). */
    LoyaltyLedger(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** The programme settings read when the ledger was made (or by reloadProgram()). */
    [[nodiscard]] const LoyaltyProgram &program() const { return m_program; }
    /** Re-reads the programme settings (after LoyaltyProgram::save()). */
    [[nodiscard]] Status reloadProgram();

    /**
     * Earns points for a purchase or visit: each line earns LoyaltyProgram::pointsFor() (Rx nothing when excluded).
     * Writes one earn lot expiring expiryMonths after today. Returns the points earned; 0 writes nothing.
     * NotFound for an unknown or merged-away customer; Validation for a negative amount.
     */
    [[nodiscard]] Result<qint64> earnForPurchase(CustomerId customerId, const QString &sourceKind, qint64 sourceId,
                                                 const QList<PurchaseLine> &lines, const QString &staff = {});
    /**
     * Pays @p points for an item of @p productClass, consuming lots earliest expiry first. Validation for
     * points <= 0 or an Rx item when Rx is excluded; Conflict, with the balance in the message, when the balance
     * is smaller. Returns the redeem entry.
     */
    [[nodiscard]] Result<LoyaltyEntry> redeem(CustomerId customerId, qint64 points, const QString &reason,
                                              ProductClass productClass, const QString &staff = {});
    /**
     * A manual correction: positive adds a lot, negative consumes lots earliest expiry first (Conflict when the
     * balance is smaller). Validation when @p reason is empty or points is 0.
     */
    [[nodiscard]] Result<LoyaltyEntry> adjust(CustomerId customerId, qint64 points, const QString &reason,
                                              const QString &staff = {});
    /** Reverses entry @p entryId by the rules above. NotFound, Conflict (already reversed, cannot be covered),
     * Validation (empty reason, an expiry or reversal). Returns the reverse entry. */
    [[nodiscard]] Result<LoyaltyEntry> reverse(qint64 entryId, const QString &reason, const QString &staff = {});
    /**
     * Pays the referral reward to @p referrerId for @p referredId's first visit (@p firstVisitSourceId), once per
     * referred customer (Conflict the second time). Validation when the referred customer names another referrer
     * or refers themselves. Returns the referral entry (or an error when the reward is 0).
     */
    [[nodiscard]] Result<LoyaltyEntry> referralReward(CustomerId referrerId, CustomerId referredId,
                                                      qint64 firstVisitSourceId, const QString &staff = {});

    /**
     * After @p referredId's visit @p visitId was recorded: when the customer was referred by someone and this is
     * their first visit, pays the referrer the referral reward (once only). Returns the reward entry, or nothing when
     * no reward is due (not referred, not the first visit, already paid, or the programme pays none).
     */
    [[nodiscard]] Result<std::optional<LoyaltyEntry>> rewardReferralAfterVisit(CustomerId referredId, qint64 visitId,
                                                                               const QString &staff = {});
    /**
     * Expires every lot whose expiry day is on or before @p asOf: one expire entry per lot (dated on its expiry
     * day) for what is left of it, never twice. Running it daily or once after months gives the same ledger.
     * Returns the number of expire entries written.
     */
    [[nodiscard]] Result<int> runExpiry(const QDate &asOf);
    /**
     * Brings the tier of @p customerId up to date at @p asOf, replaying every day on which qualifying points change
     * (earns, reversals, earns leaving the window) since the last recorded change: a tier event is written for each
     * change only. Daily runs and one catch-up give the same events. Returns the tier id at @p asOf.
     */
    [[nodiscard]] Result<QString> evaluateTier(CustomerId customerId, const QDate &asOf);
    /**
     * evaluateTier() for every customer with ledger entries, in transactions of tierBatchSize customers (other
     * connections may write in between); returns the number of tier events written. @p progress (customers done,
     * total) may return false to stop after the current batch.
     */
    [[nodiscard]] Result<int> evaluateAllTiers(const QDate &asOf,
                                               const std::function<bool(qint64, qint64)> &progress = {});
    /**
     * The daily catch-up the app runs at start (off the UI thread): runExpiry() and evaluateAllTiers() at @p asOf,
     * unless a complete catch-up at that day or later is recorded in the database (meta key caughtUpKey), which it
     * records when it finishes. Stopping through @p progress records nothing, so the next run goes through again.
     */
    [[nodiscard]] Result<LoyaltyCatchUp> catchUp(const QDate &asOf,
                                                 const std::function<bool(qint64, qint64)> &progress = {});
    static constexpr int tierBatchSize = 2000;
    static constexpr const char *caughtUpKey = "loyalty_caught_up_on";

    /** Balance at the end of @p asOf, derived from the ledger (lots past their expiry count as expired even when
     * runExpiry() has not run yet). */
    [[nodiscard]] Result<qint64> balance(CustomerId customerId, const QDate &asOf) const;
    /** Balance at the end of today. */
    [[nodiscard]] Result<qint64> balance(CustomerId customerId) const;
    /** Qualifying points in the window ending at @p asOf. */
    [[nodiscard]] Result<qint64> qualifyingPoints(CustomerId customerId, const QDate &asOf) const;
    /** Every lot with what remains of it, earliest expiry first. */
    [[nodiscard]] Result<QList<LoyaltyLot>> lots(CustomerId customerId) const;
    /** Every entry of @p customerId in ledger order. */
    [[nodiscard]] Result<QList<LoyaltyEntry>> entries(CustomerId customerId) const;
    /** The tier as last evaluated (the base tier when never evaluated). */
    [[nodiscard]] Result<QString> currentTier(CustomerId customerId) const;
    [[nodiscard]] Result<QList<LoyaltyTierEvent>> tierHistory(CustomerId customerId) const;
    /**
     * A member statement for [@p from, @p to]: opening balance, entries with running balance, closing balance,
     * tier and points expiring in the 30/60/90 days after @p to. NotFound for an unknown customer; Validation when
     * @p from is after @p to.
     */
    [[nodiscard]] Result<LoyaltyStatement> statement(CustomerId customerId, const QDate &from, const QDate &to) const;

    /**
     * The programme overview at the end of @p asOf (see LoyaltyOverview), computed in the database in three
     * aggregate queries whatever the number of members. Lots past their expiry count as expired even when
     * runExpiry() has not run yet, as in balance(). Validation for an invalid date.
     */
    [[nodiscard]] Result<LoyaltyOverview> overview(const QDate &asOf) const;

private:
    [[nodiscard]] QSqlDatabase connection() const;
    /** Records @p entry (just written) in the audit trail as "loyalty_entry.<kind>", in the open transaction. */
    [[nodiscard]] Status audit(const LoyaltyEntry &entry) const;
    /** Records the summary of an expiry or tier run, as the signed-in user or "system". */
    [[nodiscard]] Status auditRun(const AuditEntry &entry) const;

    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
    LoyaltyProgram m_program;
};

} // namespace caredesk::core
