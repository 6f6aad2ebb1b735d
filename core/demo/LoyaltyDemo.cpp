// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/LoyaltyDemo.h"

#include "core/common/Tr.h"
#include "core/customers/CustomerRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QSet>
#include <QSqlDatabase>

#include <algorithm>

namespace caredesk::core {

namespace {

/** SplitMix64, as in DemoGenerator: the same sequence everywhere. */
class Rng final {
public:
    explicit Rng(quint64 seed) : m_state(seed ^ 0x4C4F59414C5459ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [0, n). */
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

enum class Action { Purchase, Redeem, Referral };

struct Planned {
    QDate day;
    int sequence = 0; ///< keeps the plan's order within a day
    Action action = Action::Purchase;
    CustomerId customer = 0;
    CustomerId referred = 0;
    QList<PurchaseLine> lines;
    qint64 points = 0;
};

} // namespace

namespace {
Result<LoyaltyDemo::Stats> replay(LoyaltyLedger &ledger, FixedClock &when, const QList<Planned> &plan,
                                  const QDate &today, int members);
} // namespace

Result<LoyaltyDemo::Stats> LoyaltyDemo::generate(const QString &connectionName, const QString &userName, quint64 seed,
                                                 const Clock &clock, int sharePercent)
{
    Rng rng(seed);
    const QDate today = clock.today();
    const QDate start = today.addDays(-730);

    // Every individual customer, in creation order (deterministic for a seed).
    CustomerRepository customers(connectionName, userName, clock);
    CustomerFilter filter;
    filter.kind = CustomerKind::Individual;
    QList<Customer> all;
    std::optional<CustomerCursor> cursor;
    for (;;) {
        auto page = customers.page(filter, CustomerSort::Created, true, cursor, 1000);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        all += *page;
        cursor = CustomerRepository::cursorFor(page->constLast(), CustomerSort::Created);
    }

    QList<Planned> plan;
    QSet<CustomerId> members;
    QList<CustomerId> memberOrder;
    QList<std::pair<CustomerId, CustomerId>> referrals; // referrer, referred
    int sequence = 0;
    for (const Customer &c : std::as_const(all)) {
        if (!rng.chance(sharePercent)) {
            continue;
        }
        members.insert(c.id);
        if (c.referredBy) {
            referrals.append({*c.referredBy, c.id});
        } else if (memberOrder.size() > 1 && rng.chance(8)) {
            referrals.append({memberOrder.at(rng.below(static_cast<int>(memberOrder.size()))), c.id});
        }
        memberOrder.append(c.id);
        const int profile = rng.below(100); // 0-9 lapsed, 10-19 big spenders, the rest ordinary
        const bool lapsed = profile < 10;
        const bool heavy = profile >= 10 && profile < 20;
        const int purchases = heavy ? rng.between(15, 40) : rng.between(2, 14);
        const int span = lapsed ? 240 : 730;
        for (int i = 0; i < purchases; ++i) {
            Planned p;
            p.day = start.addDays(rng.below(span));
            p.sequence = sequence++;
            p.customer = c.id;
            p.lines.append({ProductClass::Otc, qint64(rng.between(20, heavy ? 1500 : 400)) * 100 + rng.below(100)});
            if (rng.chance(30)) {
                p.lines.append({ProductClass::Rx, qint64(rng.between(30, 800)) * 100});
            }
            if (rng.chance(10)) {
                p.lines.append({ProductClass::Service, qint64(rng.between(50, 600)) * 100});
            }
            if (rng.chance(8)) {
                p.lines.append({ProductClass::Device, qint64(rng.between(80, 1200)) * 100});
            }
            plan.append(p);
            if (rng.chance(heavy ? 35 : 20)) {
                Planned r;
                r.action = Action::Redeem;
                r.day = p.day.addDays(rng.between(1, 90));
                r.sequence = sequence++;
                r.customer = c.id;
                r.points = qint64(rng.between(1, 8)) * 100;
                plan.append(r);
            }
        }
    }
    // Referral rewards: the referrer (a member) is paid on the referred customer's first visit.
    for (const auto &[referrer, referred] : std::as_const(referrals)) {
        if (members.contains(referrer) && rng.chance(70)) {
            Planned r;
            r.action = Action::Referral;
            r.day = start.addDays(rng.below(730));
            r.sequence = sequence++;
            r.customer = referrer;
            r.referred = referred;
            plan.append(r);
        }
    }
    std::sort(plan.begin(), plan.end(), [](const Planned &a, const Planned &b) {
        return a.day != b.day ? a.day < b.day : a.sequence < b.sequence;
    });

    FixedClock when(QDateTime(start, QTime(12, 0)));
    LoyaltyLedger ledger(connectionName, userName, when);
    // One transaction for the whole history (each ledger write joins it): thousands of small commits, each
    // synced to disk, would make the demo crawl.
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.transaction()) {
        return databaseError(db.lastError(), LoyaltyTr::tr("The demo loyalty history could not be saved."));
    }
    Result<Stats> result = replay(ledger, when, plan, today, static_cast<int>(members.size()));
    if (!result || !db.commit()) {
        const Error error = result ? databaseError(db.lastError(), LoyaltyTr::tr("The demo loyalty history could "
                                                                                 "not be saved."))
                                   : result.error();
        db.rollback();
        return error;
    }
    return result;
}

namespace {

/** Writes @p plan through @p ledger day by day, then catches up expiry and tiers as of @p today. */
Result<LoyaltyDemo::Stats> replay(LoyaltyLedger &ledger, FixedClock &when, const QList<Planned> &plan,
                                  const QDate &today, int members)
{
    LoyaltyDemo::Stats stats;
    stats.members = members;
    for (const Planned &p : std::as_const(plan)) {
        if (p.day > today) {
            continue;
        }
        when.set(QDateTime(p.day, QTime(12, 0)));
        switch (p.action) {
        case Action::Purchase: {
            auto earned = ledger.earnForPurchase(p.customer, QStringLiteral("purchase"), p.sequence + 1, p.lines);
            if (!earned) {
                return earned.error();
            }
            stats.entries += *earned > 0 ? 1 : 0;
            break;
        }
        case Action::Redeem: {
            auto redeemed = ledger.redeem(p.customer, p.points, LoyaltyTr::tr("Demo redemption"), ProductClass::Otc);
            if (redeemed) {
                ++stats.entries;
            } else if (redeemed.error().code != ErrorCode::Conflict) { // not enough points: skip, as at a till
                return redeemed.error();
            }
            break;
        }
        case Action::Referral: {
            auto paid = ledger.referralReward(p.customer, p.referred, p.sequence + 1);
            if (paid) {
                ++stats.entries;
            } else if (paid.error().code != ErrorCode::Conflict) {
                return paid.error();
            }
            break;
        }
        }
    }
    when.set(QDateTime(today, QTime(12, 0)));
    auto expired = ledger.runExpiry(today);
    if (!expired) {
        return expired.error();
    }
    stats.entries += *expired;
    auto tiers = ledger.evaluateAllTiers(today);
    if (!tiers) {
        return tiers.error();
    }
    stats.tierEvents = *tiers;
    return stats;
}

} // namespace

Result<LoyaltyDemo::Stats> LoyaltyDemo::generate(Database &database, quint64 seed, const Clock &clock, int sharePercent)
{
    return generate(database.connectionName(), database.session().userName, seed, clock, sharePercent);
}

} // namespace caredesk::core
