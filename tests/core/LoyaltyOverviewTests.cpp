// SPDX-License-Identifier: GPL-3.0-or-later
// The programme overview (LoyaltyLedger::overview) against a small ledger whose figures are worked out by hand.
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

/** Noon local time on @p day, so that Clock::today() is @p day in any time zone. */
void setDay(FixedClock &clock, const QDate &day)
{
    clock.set(QDateTime(day, QTime(12, 0)));
}

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

CustomerId addCustomer(Database &db, const Clock &clock, const QString &name,
                       std::optional<CustomerId> referredBy = std::nullopt)
{
    CustomerRepository repo(db, clock);
    Customer c;
    c.name = name;
    c.referredBy = referredBy;
    return must(repo.add(c)).id;
}

/** Earns @p yuan of OTC spend: 1 point per ¥1 under the default programme. */
void earn(LoyaltyLedger &ledger, CustomerId id, qint64 yuan)
{
    REQUIRE(must(ledger.earnForPurchase(id, QStringLiteral("purchase"), 1, {{ProductClass::Otc, yuan * 100}})) == yuan);
}

qint64 tierCount(const LoyaltyOverview &overview, const QString &tier)
{
    for (const LoyaltyTierCount &count : overview.tiers) {
        if (count.tierId == tier) {
            return count.members;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("The loyalty overview adds up liability, flows, tiers and expiry as worked out by hand",
          "[core][loyalty][overview]")
{
    TemporaryDatabase temp;
    FixedClock clock(QDateTime(QDate(2024, 11, 1), QTime(12, 0)));
    const CustomerId a = addCustomer(temp.db(), clock, QStringLiteral("A"));
    const CustomerId b = addCustomer(temp.db(), clock, QStringLiteral("B"));
    const CustomerId c = addCustomer(temp.db(), clock, QStringLiteral("C"));
    const CustomerId d = addCustomer(temp.db(), clock, QStringLiteral("D"));
    const CustomerId e = addCustomer(temp.db(), clock, QStringLiteral("E"));
    const CustomerId f = addCustomer(temp.db(), clock, QStringLiteral("F"));
    const CustomerId h = addCustomer(temp.db(), clock, QStringLiteral("H, referred by C"), c);
    addCustomer(temp.db(), clock, QStringLiteral("Never in the programme"));
    LoyaltyLedger ledger(temp.db(), clock);

    setDay(clock, QDate(2024, 12, 1));
    earn(ledger, a, 400); // lot 1 of A, expires 2025-12-01
    earn(ledger, e, 90);  // expires 2025-12-01; the expiry run below writes it off
    setDay(clock, QDate(2025, 1, 20));
    earn(ledger, f, 70); // expires 2026-01-20; nobody runs the expiry for it
    setDay(clock, QDate(2025, 3, 1));
    earn(ledger, a, 600); // lot 2 of A, expires 2026-03-01
    earn(ledger, b, 250); // expires 2026-03-01
    // A qualified with 1000 points in twelve months: silver from today, as last evaluated.
    REQUIRE(must(ledger.evaluateAllTiers(QDate(2025, 3, 1))) == 1);
    setDay(clock, QDate(2025, 4, 1));
    must(ledger.redeem(a, 500, QStringLiteral("blood pressure monitor"), ProductClass::Device)); // 400 + 100
    const LoyaltyEntry undone = must(ledger.redeem(a, 100, QStringLiteral("mistake"), ProductClass::Otc));
    must(ledger.reverse(undone.id, QStringLiteral("typed twice")));
    setDay(clock, QDate(2025, 5, 1));
    earn(ledger, c, 150);                 // expires 2026-05-01
    must(ledger.referralReward(c, h, 1)); // 200 more for C, expires 2026-05-01
    earn(ledger, d, 80);
    const QList<LoyaltyEntry> dEntries = must(ledger.entries(d));
    REQUIRE(dEntries.size() == 1);
    must(ledger.reverse(dEntries.first().id, QStringLiteral("returned the goods")));
    setDay(clock, QDate(2026, 2, 10));
    REQUIRE(must(ledger.runExpiry(QDate(2025, 12, 1))) == 1); // E's 90; A's first lot was used up

    SECTION("at the end of 2026-02-10")
    {
        const LoyaltyOverview o = must(ledger.overview(QDate(2026, 2, 10)));
        CHECK(o.windowStart == QDate(2025, 2, 11));
        // Earned from 2025-02-11: A 600 + B 250 + C 150 + referral 200 + D 80 - D's reversal 80.
        CHECK(o.earned == 1200);
        // Redeemed: 500 + 100 - the 100 given back.
        CHECK(o.redeemed == 500);
        // Expired: E's 90 written by the run, F's 70 due on 2026-01-20 but not run yet.
        CHECK(o.expired == 160);
        REQUIRE(o.redemptionRate.has_value());
        CHECK(*o.redemptionRate == Approx(500.0 / 1200.0));
        // Left: A 500 of lot 2, B 250, C 350.
        CHECK(o.outstandingPoints == 1100);
        CHECK(o.membersWithPoints == 3);
        CHECK(o.outstandingValueCents == 1100); // 100 points are ¥1: ¥11.00
        // Expiring by 2026-03-12: A's 500 and B's 250 (2026-03-01); C's expire in May.
        CHECK(o.expiringPoints == 750);
        CHECK(o.expiringMembers == 2);
        // A..F are in the programme (H and the last customer have no entries): A silver, the rest standard.
        REQUIRE(o.tiers.size() == 4);
        CHECK(o.tiers.at(0).tierId == QStringLiteral("standard"));
        CHECK(tierCount(o, QStringLiteral("standard")) == 5);
        CHECK(tierCount(o, QStringLiteral("silver")) == 1);
        CHECK(tierCount(o, QStringLiteral("gold")) == 0);
        CHECK(tierCount(o, QStringLiteral("vip")) == 0);
    }

    SECTION("on an earlier day later entries do not count")
    {
        const LoyaltyOverview o = must(ledger.overview(QDate(2025, 4, 1)));
        // From 2024-04-02: A 400 + 600, E 90, F 70, B 250.
        CHECK(o.earned == 1410);
        CHECK(o.redeemed == 500);
        CHECK(o.expired == 0);
        // A 500, B 250, E 90, F 70; E's later expiry entry is not seen yet.
        CHECK(o.outstandingPoints == 910);
        CHECK(o.membersWithPoints == 4);
        CHECK(o.expiringPoints == 0);
        CHECK(tierCount(o, QStringLiteral("standard")) == 3); // B, E, F; C and D join in May
        CHECK(tierCount(o, QStringLiteral("silver")) == 1);
    }

    SECTION("before anything happened")
    {
        const LoyaltyOverview o = must(ledger.overview(QDate(2024, 11, 30)));
        CHECK(o.earned == 0);
        CHECK_FALSE(o.redemptionRate.has_value());
        CHECK(o.outstandingPoints == 0);
        CHECK(tierCount(o, QStringLiteral("standard")) == 0);
    }

    SECTION("an invalid day is refused")
    {
        auto o = ledger.overview(QDate());
        REQUIRE_FALSE(o.ok());
        CHECK(o.error().code == ErrorCode::Validation);
    }
}

TEST_CASE("The loyalty overview agrees with every member's balance, statement and tier on demo data",
          "[core][loyalty][overview]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    const QDate today(2026, 11, 24);
    FixedClock clock(QDateTime(today, QTime(12, 0)));
    DemoGenerator generator(temp.db(), clock);
    DemoGenerator::Options options;
    options.seed = 424242;
    options.customers = 300;
    REQUIRE(generator.generate(options).ok()); // with two years of loyalty histories, expired up to today
    LoyaltyLedger ledger(temp.db(), clock);
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT e.customer_id FROM loyalty_entry e JOIN customer c ON "
                                  "c.id = e.customer_id WHERE c.merged_into IS NULL")));
    QList<CustomerId> members;
    while (q.next()) {
        members << q.value(0).toLongLong();
    }
    REQUIRE(members.size() > 20);

    for (const QDate &day : {today, today.addDays(-100)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const LoyaltyOverview o = must(ledger.overview(day));
        qint64 outstanding = 0;
        qint64 withPoints = 0;
        qint64 expiring = 0;
        for (CustomerId id : std::as_const(members)) {
            const qint64 balance = must(ledger.balance(id, day));
            outstanding += balance;
            withPoints += balance > 0 ? 1 : 0;
            if (day == today) {
                expiring += must(ledger.statement(id, day, day)).expiring30;
            }
        }
        CHECK(o.outstandingPoints == outstanding);
        CHECK(o.membersWithPoints == withPoints);
        CHECK(o.outstandingValueCents == outstanding * 100 / ledger.program().pointsPerCurrencyUnitRedeemed());
        if (day == today) {
            CHECK(o.expiringPoints == expiring);
        }
        CHECK(o.earned > 0);
        CHECK(o.redeemed > 0);
        CHECK(o.earned >= o.redeemed);
    }

    const LoyaltyOverview now = must(ledger.overview(today));
    QMap<QString, qint64> tiers;
    for (CustomerId id : std::as_const(members)) {
        ++tiers[must(ledger.currentTier(id))];
    }
    qint64 counted = 0;
    for (const LoyaltyTierCount &tier : now.tiers) {
        INFO(tier.tierId.toStdString());
        CHECK(tier.members == tiers.value(tier.tierId));
        counted += tier.members;
    }
    CHECK(counted == members.size());
}
