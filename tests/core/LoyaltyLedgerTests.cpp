// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/LoyaltyDemo.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

/** Noon local time on @p day, so that Clock::today() is @p day in any time zone. */
QDateTime noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0));
}

void setDay(FixedClock &clock, const QDate &day)
{
    clock.set(noon(day));
}

CustomerId addCustomer(Database &db, const Clock &clock, const QString &name,
                       std::optional<CustomerId> referredBy = std::nullopt)
{
    CustomerRepository repo(db, clock);
    Customer c;
    c.name = name;
    c.referredBy = referredBy;
    auto added = repo.add(c);
    INFO((added ? QString() : added.error().message + QStringLiteral(" | ") + added.error().detail).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

/** Earns @p yuan whole currency units of OTC spend (1 point per ¥1 by default). */
qint64 earn(LoyaltyLedger &ledger, CustomerId id, qint64 yuan, qint64 source = 1)
{
    auto earned =
        ledger.earnForPurchase(id, QStringLiteral("purchase"), source, {PurchaseLine{ProductClass::Otc, yuan * 100}});
    INFO((earned ? QString() : earned.error().message + QStringLiteral(" | ") + earned.error().detail).toStdString());
    REQUIRE(earned.ok());
    return *earned;
}

qint64 balanceOf(const LoyaltyLedger &ledger, CustomerId id, const QDate &day)
{
    auto b = ledger.balance(id, day);
    REQUIRE(b.ok());
    return *b;
}

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

LoyaltyLot lotOf(const LoyaltyLedger &ledger, CustomerId customer, qint64 entryId)
{
    const QList<LoyaltyLot> lots = must(ledger.lots(customer));
    for (const LoyaltyLot &lot : lots) {
        if (lot.entryId == entryId) {
            return lot;
        }
    }
    FAIL("no such lot " << entryId);
    return {};
}

qint64 lastEntryId(const LoyaltyLedger &ledger, CustomerId customer)
{
    const QList<LoyaltyEntry> list = must(ledger.entries(customer));
    REQUIRE_FALSE(list.isEmpty());
    qint64 id = 0;
    for (const LoyaltyEntry &e : list) {
        id = std::max(id, e.id);
    }
    return id;
}

} // namespace

TEST_CASE("Loyalty programme defaults, validation, saving and permission", "[loyalty]")
{
    TemporaryDatabase temp;
    const LoyaltyProgram defaults;
    CHECK(defaults.pointsPerUnit(ProductClass::Otc) == 1.0);
    CHECK(defaults.pointsPerUnit(ProductClass::Rx) == 0.0);
    CHECK(defaults.rxExcluded());
    CHECK(defaults.expiryMonths() == 12);
    CHECK(defaults.qualificationMonths() == 12);
    CHECK(defaults.referralReward() == 200);
    CHECK(defaults.tierFor(999) == QStringLiteral("standard"));
    CHECK(defaults.tierFor(1000) == QStringLiteral("silver"));
    CHECK(defaults.tierFor(5000) == QStringLiteral("gold"));
    CHECK(defaults.tierFor(20000) == QStringLiteral("vip"));
    CHECK(defaults.valueCents(250) == 250); // 100 points = ¥1
    CHECK(defaults.pointsFor(ProductClass::Device, 1999) == 19);

    auto loaded = LoyaltyProgram::load(temp.db());
    REQUIRE(loaded.ok());
    CHECK(*loaded == defaults); // the migration's settings are the defaults

    LoyaltyProgram changed = defaults;
    changed.setPointsPerUnit(ProductClass::Service, 2.5);
    changed.setExpiryMonths(24);
    changed.setTiers({{QStringLiteral("standard"), 0}, {QStringLiteral("gold"), 3000}});
    REQUIRE(LoyaltyProgram::save(temp.db(), changed).ok());
    CHECK(*LoyaltyProgram::load(temp.db()) == changed);

    LoyaltyProgram broken = defaults;
    broken.setTiers({{QStringLiteral("standard"), 0}, {QStringLiteral("silver"), 0}});
    auto refused = LoyaltyProgram::save(temp.db(), broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);

    REQUIRE(temp.db()
                .addUser(QStringLiteral("li.na"), Role::Reception, QStringLiteral("Reception-Desk-77"),
                         KdfParams::fastForTests())
                .ok());
    temp.close();
    auto desk = Database::open(temp.path(), QStringLiteral("li.na"), QStringLiteral("Reception-Desk-77"));
    REQUIRE(desk.ok());
    auto denied = LoyaltyProgram::save(**desk, defaults);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(*LoyaltyProgram::load(**desk) == changed); // nothing was saved
}

TEST_CASE("Rx exclusion: Rx lines earn nothing and points cannot pay for Rx", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 10)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("李娜"));
    LoyaltyLedger ledger(temp.db(), clock);

    // ¥123.45 OTC -> 123, ¥500 Rx -> 0, ¥19.99 device -> 19, ¥100 service -> 100.
    auto earned = ledger.earnForPurchase(id, QStringLiteral("purchase"), 7,
                                         {{ProductClass::Otc, 12345},
                                          {ProductClass::Rx, 50000},
                                          {ProductClass::Device, 1999},
                                          {ProductClass::Service, 10000}});
    REQUIRE(earned.ok());
    CHECK(*earned == 242);
    CHECK(*ledger.earnForPurchase(id, QStringLiteral("purchase"), 8, {{ProductClass::Rx, 90000}}) == 0);
    CHECK(must(ledger.entries(id)).size() == 1); // an Rx-only purchase writes nothing
    const LoyaltyLot lot = must(ledger.lots(id)).value(0);
    CHECK(lot.points == 242);
    CHECK(lot.expiresOn == QDate(2026, 1, 10));

    auto rx = ledger.redeem(id, 10, QStringLiteral("towards a prescription"), ProductClass::Rx);
    REQUIRE_FALSE(rx.ok());
    CHECK(rx.error().code == ErrorCode::Validation);
    CHECK(balanceOf(ledger, id, clock.today()) == 242);
    CHECK(ledger.redeem(id, 42, QStringLiteral("blood pressure monitor"), ProductClass::Device).ok());
    CHECK(balanceOf(ledger, id, clock.today()) == 200);

    // A site that lifts the exclusion (and gives Rx a rate) earns and redeems on Rx.
    LoyaltyProgram program = ledger.program();
    program.setRxExcluded(false);
    program.setPointsPerUnit(ProductClass::Rx, 1);
    REQUIRE(LoyaltyProgram::save(temp.db(), program).ok());
    REQUIRE(ledger.reloadProgram().ok());
    CHECK(*ledger.earnForPurchase(id, QStringLiteral("purchase"), 9, {{ProductClass::Rx, 50000}}) == 500);
    CHECK(ledger.redeem(id, 10, QStringLiteral("prescription"), ProductClass::Rx).ok());
    CHECK(balanceOf(ledger, id, clock.today()) == 690);
}

TEST_CASE("Redemption is FIFO across expiry lots and can be larger than one lot", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 10)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("王伟"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, id, 100); // expires 2026-01-10
    const qint64 lotA = lastEntryId(ledger, id);
    setDay(clock, QDate(2025, 3, 1));
    earn(ledger, id, 200); // expires 2026-03-01
    const qint64 lotC = lastEntryId(ledger, id);
    setDay(clock, QDate(2025, 2, 1)); // an adjustment dated between them: expires 2026-02-01
    const qint64 lotB = must(ledger.adjust(id, 50, QStringLiteral("goodwill"))).id;

    setDay(clock, QDate(2025, 4, 1));
    const QList<LoyaltyLot> order = must(ledger.lots(id));
    REQUIRE(order.size() == 3);
    CHECK(order[0].entryId == lotA);
    CHECK(order[1].entryId == lotB);
    CHECK(order[2].entryId == lotC);

    const LoyaltyEntry redeemed = must(ledger.redeem(id, 120, QStringLiteral("health check"), ProductClass::Service));
    CHECK(redeemed.points == -120);
    CHECK(lotOf(ledger, id, lotA).remaining == 0);
    CHECK(lotOf(ledger, id, lotB).remaining == 30);
    CHECK(lotOf(ledger, id, lotC).remaining == 200);
    CHECK(balanceOf(ledger, id, clock.today()) == 230);

    // Larger than any single lot: 30 from B, 200 from C.
    auto tooMuch = ledger.redeem(id, 231, QString(), ProductClass::Otc);
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().code == ErrorCode::Conflict);
    CHECK(tooMuch.error().message.contains(QStringLiteral("230")));
    CHECK(ledger.redeem(id, 215, QString(), ProductClass::Otc).ok());
    CHECK(lotOf(ledger, id, lotB).remaining == 0);
    CHECK(lotOf(ledger, id, lotC).remaining == 15);
    CHECK(balanceOf(ledger, id, clock.today()) == 15);

    // Adjustments need a reason; a negative one consumes lots like a redemption.
    CHECK(ledger.adjust(id, -5, QStringLiteral(" ")).error().code == ErrorCode::Validation);
    CHECK(ledger.adjust(id, -16, QStringLiteral("correction")).error().code == ErrorCode::Conflict);
    CHECK(ledger.adjust(id, -5, QStringLiteral("correction")).ok());
    CHECK(lotOf(ledger, id, lotC).remaining == 10);
}

TEST_CASE("Expiry at the boundary day: usable the day before, expired on the day", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 10)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("张敏"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, id, 100);
    const qint64 lot = lastEntryId(ledger, id);

    setDay(clock, QDate(2026, 1, 9));
    CHECK(*ledger.runExpiry(clock.today()) == 0);
    CHECK(balanceOf(ledger, id, clock.today()) == 100);
    CHECK(ledger.redeem(id, 40, QStringLiteral("last day"), ProductClass::Otc).ok());

    setDay(clock, QDate(2026, 1, 10));
    CHECK(balanceOf(ledger, id, clock.today()) == 0); // expired today even before the run
    auto late = ledger.redeem(id, 1, QString(), ProductClass::Otc);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
    CHECK(*ledger.runExpiry(clock.today()) == 1);
    CHECK(*ledger.runExpiry(clock.today()) == 0);
    setDay(clock, QDate(2026, 6, 1));
    CHECK(*ledger.runExpiry(clock.today()) == 0); // never twice

    const QList<LoyaltyEntry> list = must(ledger.entries(id));
    REQUIRE(list.size() == 3);
    CHECK(list[2].kind == LoyaltyEntryKind::Expire);
    CHECK(list[2].points == -60);
    CHECK(list[2].onDate == QDate(2026, 1, 10));
    CHECK(list[2].sourceId == lot);
    CHECK(balanceOf(ledger, id, QDate(2026, 1, 9)) == 60);
    CHECK(balanceOf(ledger, id, QDate(2026, 1, 10)) == 0);
    CHECK(lotOf(ledger, id, lot).remaining == 0);
}

TEST_CASE("Reversal of a redeemed earn, and of the redemption", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 5, 1)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("陈静"));
    LoyaltyLedger ledger(temp.db(), clock);

    SECTION("the redeemed part comes out of the other lots")
    {
        earn(ledger, id, 100);
        const qint64 lotA = lastEntryId(ledger, id);
        setDay(clock, QDate(2025, 5, 2));
        earn(ledger, id, 300);
        const qint64 lotB = lastEntryId(ledger, id);
        setDay(clock, QDate(2025, 5, 3));
        const qint64 redemption = must(ledger.redeem(id, 150, QStringLiteral("massage"), ProductClass::Service)).id;
        CHECK(lotOf(ledger, id, lotA).remaining == 0);
        CHECK(lotOf(ledger, id, lotB).remaining == 250);

        setDay(clock, QDate(2025, 5, 4));
        CHECK(ledger.reverse(lotA, QString()).error().code == ErrorCode::Validation); // reason required
        const LoyaltyEntry reversal = must(ledger.reverse(lotA, QStringLiteral("item returned")));
        CHECK(reversal.points == -100);
        CHECK(reversal.reversesEntryId == lotA);
        CHECK(lotOf(ledger, id, lotB).remaining == 150);
        CHECK(lotOf(ledger, id, lotA).reversed);
        CHECK(balanceOf(ledger, id, clock.today()) == 150);
        CHECK(ledger.reverse(lotA, QStringLiteral("again")).error().code == ErrorCode::Conflict);
        CHECK(ledger.reverse(reversal.id, QStringLiteral("undo")).error().code == ErrorCode::Validation);

        // Now the redemption: 50 go back to B, the 100 from the reversed A come back as a new lot.
        const LoyaltyEntry giveBack = must(ledger.reverse(redemption, QStringLiteral("massage cancelled")));
        CHECK(giveBack.points == 150);
        CHECK(giveBack.expiresOn == QDate(2026, 5, 4));
        CHECK(lotOf(ledger, id, lotB).remaining == 200);
        CHECK(lotOf(ledger, id, giveBack.id).points == 100);
        CHECK(lotOf(ledger, id, giveBack.id).remaining == 100);
        CHECK(balanceOf(ledger, id, clock.today()) == 300);
    }
    SECTION("refused when the rest of the balance cannot cover what was redeemed")
    {
        earn(ledger, id, 100);
        const qint64 lot = lastEntryId(ledger, id);
        const qint64 redemption = must(ledger.redeem(id, 80, QString(), ProductClass::Otc)).id;
        auto refused = ledger.reverse(lot, QStringLiteral("returned"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("80")));
        CHECK(must(ledger.entries(id)).size() == 2); // nothing written

        const LoyaltyEntry giveBack = must(ledger.reverse(redemption, QStringLiteral("cancelled")));
        CHECK(giveBack.points == 80);
        CHECK_FALSE(giveBack.expiresOn.isValid()); // all back into the original lot
        CHECK(lotOf(ledger, id, lot).remaining == 100);
        CHECK(must(ledger.reverse(lot, QStringLiteral("returned"))).points == -100);
        CHECK(balanceOf(ledger, id, clock.today()) == 0);
    }
    SECTION("points whose lot expired meanwhile are not given back")
    {
        earn(ledger, id, 100); // expires 2026-05-01
        const qint64 redemption = must(ledger.redeem(id, 30, QString(), ProductClass::Otc)).id;
        setDay(clock, QDate(2026, 5, 1));
        auto refused = ledger.reverse(redemption, QStringLiteral("late refund"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("Tier up and down at window edges", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 15)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("刘洋"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, id, 600);
    setDay(clock, QDate(2025, 5, 31));
    CHECK(*ledger.evaluateTier(id, clock.today()) == QStringLiteral("standard"));
    setDay(clock, QDate(2025, 6, 1));
    earn(ledger, id, 400);
    CHECK(*ledger.qualifyingPoints(id, QDate(2025, 6, 1)) == 1000);
    CHECK(*ledger.evaluateTier(id, clock.today()) == QStringLiteral("silver")); // exactly the threshold

    // The first earn counts through 2026-01-14 and leaves the window on 2026-01-15.
    CHECK(*ledger.qualifyingPoints(id, QDate(2026, 1, 14)) == 1000);
    CHECK(*ledger.qualifyingPoints(id, QDate(2026, 1, 15)) == 400);
    CHECK(*ledger.evaluateTier(id, QDate(2026, 1, 14)) == QStringLiteral("silver"));
    CHECK(*ledger.evaluateTier(id, QDate(2026, 1, 15)) == QStringLiteral("standard"));
    CHECK(*ledger.evaluateTier(id, QDate(2026, 1, 15)) == QStringLiteral("standard"));
    CHECK(*ledger.currentTier(id) == QStringLiteral("standard"));

    const QList<LoyaltyTierEvent> events = must(ledger.tierHistory(id));
    REQUIRE(events.size() == 2);
    CHECK(events[0].at == QDate(2025, 6, 1));
    CHECK(events[0].fromTier == QStringLiteral("standard"));
    CHECK(events[0].toTier == QStringLiteral("silver"));
    CHECK(events[0].reason == QStringLiteral("qualifying_points=1000"));
    CHECK(events[1].at == QDate(2026, 1, 15));
    CHECK(events[1].fromTier == QStringLiteral("silver"));
    CHECK(events[1].toTier == QStringLiteral("standard"));
}

TEST_CASE("A reversed earn stops qualifying from the day of the reversal", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 3, 1)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("赵磊"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, id, 5200);
    const qint64 big = lastEntryId(ledger, id);
    CHECK(*ledger.evaluateTier(id, clock.today()) == QStringLiteral("gold"));
    setDay(clock, QDate(2025, 3, 20));
    REQUIRE(ledger.reverse(big, QStringLiteral("refund")).ok());
    CHECK(*ledger.qualifyingPoints(id, QDate(2025, 3, 19)) == 5200);
    CHECK(*ledger.qualifyingPoints(id, QDate(2025, 3, 20)) == 0);
    CHECK(*ledger.evaluateTier(id, clock.today()) == QStringLiteral("standard"));
    const QList<LoyaltyTierEvent> events = must(ledger.tierHistory(id));
    REQUIRE(events.size() == 2);
    CHECK(events[1].at == QDate(2025, 3, 20));
}

namespace {

struct Outcome {
    QList<std::tuple<QString, qint64, QDate>> entries; ///< kind, points, day
    QList<std::tuple<QDate, QString, QString>> events;
    qint64 balance = 0;
    QString tier;
};

/**
 * Sixteen months of one member's life: silver, gold, redemption, a referral reward, lots expiring and the tier
 * falling back as earns leave the window. @p daily runs expiry and tier evaluation every day; otherwise they run
 * only once at the end.
 */
Outcome memberHistory(bool daily)
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 1)));
    const CustomerId member = addCustomer(temp.db(), clock, QStringLiteral("周杰"));
    const CustomerId friendId = addCustomer(temp.db(), clock, QStringLiteral("吴芳"), member);
    LoyaltyLedger ledger(temp.db(), clock);
    const QMap<QDate, std::function<void()>> plan{
        {QDate(2025, 1, 10), [&] { earn(ledger, member, 1200); }},
        {QDate(2025, 2, 1), [&] { REQUIRE(ledger.referralReward(member, friendId, 99).ok()); }},
        {QDate(2025, 3, 5), [&] { earn(ledger, member, 4000); }},
        {QDate(2025, 4, 1), [&] { REQUIRE(ledger.redeem(member, 1000, {}, ProductClass::Otc).ok()); }},
        {QDate(2026, 2, 15), [&] { REQUIRE(ledger.redeem(member, 100, {}, ProductClass::Otc).ok()); }},
        {QDate(2026, 3, 20), [&] { earn(ledger, member, 300); }},
    };
    const QDate end(2026, 4, 1);
    for (QDate day(2025, 1, 1); day <= end; day = day.addDays(1)) {
        setDay(clock, day);
        if (plan.contains(day)) {
            plan.value(day)();
        }
        if (daily || day == end) {
            REQUIRE(ledger.runExpiry(day).ok());
            REQUIRE(ledger.evaluateAllTiers(day).ok());
        }
    }
    // Running again changes nothing.
    CHECK(*ledger.runExpiry(end) == 0);
    CHECK(*ledger.evaluateAllTiers(end) == 0);
    Outcome outcome;
    for (const LoyaltyEntry &e : must(ledger.entries(member))) {
        outcome.entries.append({loyaltyEntryKindId(e.kind), e.points, e.onDate});
    }
    for (const LoyaltyTierEvent &e : must(ledger.tierHistory(member))) {
        outcome.events.append({e.at, e.fromTier, e.toTier});
    }
    outcome.balance = balanceOf(ledger, member, end);
    outcome.tier = *ledger.currentTier(member);
    return outcome;
}

} // namespace

TEST_CASE("Idempotent catch-up after a long gap gives what daily runs give", "[loyalty]")
{
    const Outcome catchUp = memberHistory(false);
    using E = std::tuple<QString, qint64, QDate>;
    const QList<E> expectedEntries{
        {QStringLiteral("earn"), 1200, QDate(2025, 1, 10)},   {QStringLiteral("referral"), 200, QDate(2025, 2, 1)},
        {QStringLiteral("earn"), 4000, QDate(2025, 3, 5)},    {QStringLiteral("redeem"), -1000, QDate(2025, 4, 1)},
        {QStringLiteral("expire"), -200, QDate(2026, 1, 10)}, {QStringLiteral("expire"), -200, QDate(2026, 2, 1)},
        {QStringLiteral("redeem"), -100, QDate(2026, 2, 15)}, {QStringLiteral("expire"), -3900, QDate(2026, 3, 5)},
        {QStringLiteral("earn"), 300, QDate(2026, 3, 20)},
    };
    CHECK(catchUp.entries == expectedEntries);
    using T = std::tuple<QDate, QString, QString>;
    const QList<T> expectedEvents{
        {QDate(2025, 1, 10), QStringLiteral("standard"), QStringLiteral("silver")},
        {QDate(2025, 3, 5), QStringLiteral("silver"), QStringLiteral("gold")},
        {QDate(2026, 1, 10), QStringLiteral("gold"), QStringLiteral("silver")},
        {QDate(2026, 3, 5), QStringLiteral("silver"), QStringLiteral("standard")},
    };
    CHECK(catchUp.events == expectedEvents);
    CHECK(catchUp.balance == 300);
    CHECK(catchUp.tier == QStringLiteral("standard"));

    const Outcome daily = memberHistory(true);
    CHECK(daily.entries == catchUp.entries);
    CHECK(daily.events == catchUp.events);
    CHECK(daily.balance == catchUp.balance);
    CHECK(daily.tier == catchUp.tier);
}

TEST_CASE("Referral reward is paid once only per referred customer", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 6, 1)));
    const CustomerId referrer = addCustomer(temp.db(), clock, QStringLiteral("孙丽"));
    const CustomerId other = addCustomer(temp.db(), clock, QStringLiteral("马强"));
    const CustomerId referred = addCustomer(temp.db(), clock, QStringLiteral("朱红"), referrer);
    LoyaltyLedger ledger(temp.db(), clock);

    const LoyaltyEntry paid = must(ledger.referralReward(referrer, referred, 41));
    CHECK(paid.points == 200);
    CHECK(paid.kind == LoyaltyEntryKind::Referral);
    CHECK(paid.referredCustomerId == referred);
    CHECK(paid.expiresOn == QDate(2026, 6, 1));
    auto twice = ledger.referralReward(referrer, referred, 42);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(ledger.referralReward(other, referred, 43).error().code == ErrorCode::Validation);
    CHECK(ledger.referralReward(referrer, referrer, 44).error().code == ErrorCode::Validation);
    CHECK(ledger.referralReward(referrer, 999999, 45).error().code == ErrorCode::NotFound);
    CHECK(balanceOf(ledger, referrer, clock.today()) == 200);
    CHECK(balanceOf(ledger, other, clock.today()) == 0);
    // The database refuses a second one even past the repository.
    QSqlQuery q(temp.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO loyalty_entry(customer_id, kind, points, at, on_date, "
                                      "referred_customer_id) VALUES (%1, 'referral', 200, 'x', '2025-06-01', %2)")
                           .arg(other)
                           .arg(referred)));
}

TEST_CASE("The ledger is append-only: updates and deletes are refused", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 6, 1)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("胡军"));
    const CustomerId other = addCustomer(temp.db(), clock, QStringLiteral("郭敏"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, id, 100);
    REQUIRE(ledger.redeem(id, 10, QString(), ProductClass::Otc).ok());
    REQUIRE(ledger.evaluateTier(id, clock.today()).ok());
    REQUIRE(ledger.adjust(id, 2000, QStringLiteral("migration from paper cards")).ok());
    REQUIRE(*ledger.evaluateTier(id, clock.today()) == QStringLiteral("standard")); // adjustments do not qualify

    QSqlQuery q(temp.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE loyalty_entry SET points = 1000 WHERE kind = 'earn'")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE loyalty_entry SET reason = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM loyalty_entry")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE loyalty_allocation SET points = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM loyalty_allocation")));
    CHECK(balanceOf(ledger, id, clock.today()) == 2090);
    // Moving rows to another customer (what a merge does) is the one change allowed.
    CHECK(
        q.exec(QStringLiteral("UPDATE loyalty_entry SET customer_id = %1 WHERE customer_id = %2").arg(other).arg(id)));
    CHECK(balanceOf(ledger, other, clock.today()) == 2090);
}

TEST_CASE("Merge moves loyalty entries and un-merge moves them back", "[loyalty][customers][merge]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 6, 1)));
    const CustomerId survivor = addCustomer(temp.db(), clock, QStringLiteral("林雪"));
    const CustomerId merged = addCustomer(temp.db(), clock, QStringLiteral("林 雪"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, survivor, 300);
    earn(ledger, merged, 900);
    REQUIRE(ledger.redeem(merged, 100, QString(), ProductClass::Otc).ok());
    earn(ledger, merged, 400);
    REQUIRE(*ledger.evaluateTier(merged, clock.today()) == QStringLiteral("silver"));

    CustomerRepository customers(temp.db(), clock);
    auto preview = customers.previewMerge(survivor, merged);
    REQUIRE(preview.ok());
    int loyaltyRows = 0;
    for (const LinkedRecord &record : preview->moving) {
        loyaltyRows += record.table.startsWith(QStringLiteral("loyalty_")) ? 1 : 0;
    }
    CHECK(loyaltyRows == 4); // three entries and one tier event
    const qint64 journal = must(customers.merge(survivor, merged, {}));
    CHECK(balanceOf(ledger, survivor, clock.today()) == 1500);
    CHECK(balanceOf(ledger, merged, clock.today()) == 0);
    CHECK(*ledger.evaluateTier(survivor, clock.today()) == QStringLiteral("silver"));
    CHECK(ledger.earnForPurchase(merged, QStringLiteral("purchase"), 1, {{ProductClass::Otc, 100}}).error().code ==
          ErrorCode::NotFound);

    REQUIRE(customers.unmerge(journal).ok());
    CHECK(balanceOf(ledger, survivor, clock.today()) == 300);
    CHECK(balanceOf(ledger, merged, clock.today()) == 1200);
    CHECK(must(ledger.entries(merged)).size() == 3);
    CHECK(must(ledger.tierHistory(merged)).size() == 1);
}

TEST_CASE("Member statement: opening, running and closing balance, expiring soon", "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 20)));
    const CustomerId id = addCustomer(temp.db(), clock, QStringLiteral("高峰"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, id, 500); // expires 2026-01-20
    setDay(clock, QDate(2025, 3, 1));
    earn(ledger, id, 700); // expires 2026-03-01
    setDay(clock, QDate(2025, 4, 1));
    REQUIRE(ledger.redeem(id, 200, QStringLiteral("vitamins"), ProductClass::Otc).ok()); // lot 1: 300 left
    setDay(clock, QDate(2025, 11, 15));
    earn(ledger, id, 50); // expires 2026-11-15

    auto statement = ledger.statement(id, QDate(2025, 3, 1), QDate(2025, 12, 1));
    REQUIRE(statement.ok());
    CHECK(statement->name == QStringLiteral("高峰"));
    CHECK_FALSE(statement->memberNumber.isEmpty());
    CHECK(statement->openingBalance == 500);
    REQUIRE(statement->lines.size() == 3);
    CHECK(statement->lines[0].balanceAfter == 1200);
    CHECK(statement->lines[1].entry.kind == LoyaltyEntryKind::Redeem);
    CHECK(statement->lines[1].balanceAfter == 1000);
    CHECK(statement->lines[2].balanceAfter == 1050);
    CHECK(statement->closingBalance == 1050);
    CHECK(statement->qualifyingPoints == 1250);
    CHECK(statement->expiring30 == 0);    // nothing by 2025-12-31
    CHECK(statement->expiring60 == 300);  // lot 1 on 2026-01-20
    CHECK(statement->expiring90 == 1000); // lot 2 expires on 2026-03-01, day 90

    // Past an expiry that has not been run yet, the statement shows it anyway.
    auto later = ledger.statement(id, QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(later.ok());
    CHECK(later->openingBalance == 1050);
    REQUIRE(later->lines.size() == 1);
    CHECK(later->lines[0].entry.kind == LoyaltyEntryKind::Expire);
    CHECK(later->lines[0].entry.points == -300);
    CHECK(later->closingBalance == 750);
    CHECK(later->expiring30 == 700);

    CHECK(ledger.statement(424242, QDate(2025, 1, 1), QDate(2025, 2, 1)).error().code == ErrorCode::NotFound);
    CHECK(ledger.statement(id, QDate(2025, 2, 1), QDate(2025, 1, 1)).error().code == ErrorCode::Validation);
}

namespace {

struct DemoSummary {
    LoyaltyDemo::Stats stats;
    QMap<QString, qint64> pointsByKind;
    QMap<QString, int> tiers;
    bool operator==(const DemoSummary &other) const
    {
        return stats.members == other.stats.members && stats.entries == other.stats.entries &&
               stats.tierEvents == other.stats.tierEvents && pointsByKind == other.pointsByKind && tiers == other.tiers;
    }
};

DemoSummary runDemo(quint64 seed)
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    FixedClock clock(noon(QDate(2026, 11, 24)));
    DemoGenerator generator(temp.db(), clock);
    DemoGenerator::Options options;
    options.seed = seed;
    options.customers = 300;
    REQUIRE(generator.generate(options).ok());
    DemoSummary summary;
    summary.stats = must(LoyaltyDemo::generate(temp.db(), seed, clock));
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT kind, sum(points) FROM loyalty_entry GROUP BY kind")));
    while (q.next()) {
        summary.pointsByKind.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT customer_id FROM loyalty_entry")));
    QList<CustomerId> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    LoyaltyLedger ledger(temp.db(), clock);
    for (CustomerId id : std::as_const(ids)) {
        summary.tiers[*ledger.currentTier(id)] += 1;
        CHECK(balanceOf(ledger, id, clock.today()) >= 0);
    }
    // Already up to date: nothing more to expire or re-tier.
    CHECK(*ledger.runExpiry(clock.today()) == 0);
    CHECK(*ledger.evaluateAllTiers(clock.today()) == 0);
    return summary;
}

} // namespace

TEST_CASE("The loyalty demo is deterministic and gives realistic histories", "[loyalty][demo]")
{
    const DemoSummary first = runDemo(7);
    CHECK(first.stats.members > 60);
    CHECK(first.pointsByKind.value(QStringLiteral("earn")) > 0);
    CHECK(first.pointsByKind.value(QStringLiteral("redeem")) < 0);
    CHECK(first.pointsByKind.value(QStringLiteral("expire")) < 0);
    CHECK(first.pointsByKind.value(QStringLiteral("referral")) > 0);
    CHECK(first.tiers.value(QStringLiteral("standard")) > 0);
    CHECK(first.tiers.value(QStringLiteral("silver")) + first.tiers.value(QStringLiteral("gold")) > 0);
    CHECK(first.stats.tierEvents > 0);
    CHECK(runDemo(7) == first);
    CHECK_FALSE(runDemo(8) == first);
}

TEST_CASE("The daily catch-up runs once a day, records the day only when it finished, and matches the runs it makes",
          "[loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(noon(QDate(2025, 1, 10)));
    const CustomerId member = addCustomer(temp.db(), clock, QStringLiteral("周杰"));
    LoyaltyLedger ledger(temp.db(), clock);
    earn(ledger, member, 1200);
    setDay(clock, QDate(2025, 3, 5));
    earn(ledger, member, 4000);

    // The day before the first lot expires: nothing due, the tiers the earns reached are written, and the day is
    // recorded.
    setDay(clock, QDate(2026, 1, 9));
    LoyaltyCatchUp first = must(ledger.catchUp(clock.today()));
    CHECK(first.ran);
    CHECK(first.complete);
    CHECK(first.expiries == 0);
    CHECK(first.tierEvents >= 1);
    const QString tierBefore = must(ledger.currentTier(member));
    CHECK(tierBefore != LoyaltyProgram().baseTier());
    // The same day again, or an earlier one: nothing runs.
    CHECK_FALSE(must(ledger.catchUp(clock.today())).ran);
    CHECK_FALSE(must(ledger.catchUp(QDate(2026, 1, 1))).ran);

    // The lot's expiry day, stopped by the caller: the expiry is written, but the day is not recorded.
    setDay(clock, QDate(2026, 1, 10));
    LoyaltyCatchUp stopped = must(ledger.catchUp(clock.today(), [](qint64, qint64) { return false; }));
    CHECK(stopped.ran);
    CHECK_FALSE(stopped.complete);
    CHECK(stopped.expiries == 1);
    LoyaltyCatchUp again = must(ledger.catchUp(clock.today()));
    CHECK(again.ran); // not recorded, so it goes through again
    CHECK(again.complete);
    CHECK(again.expiries == 0); // never twice
    CHECK(balanceOf(ledger, member, clock.today()) == 4000);

    // A year after the big earn its points leave the qualifying window: the catch-up writes the tier change, the
    // same one evaluateTier() works out, and a second evaluation finds nothing left to do.
    setDay(clock, QDate(2026, 4, 1));
    LoyaltyCatchUp later = must(ledger.catchUp(clock.today()));
    CHECK(later.complete);
    CHECK(later.expiries == 1);
    const QString tierAfter = must(ledger.currentTier(member));
    CHECK(tierAfter != tierBefore);
    CHECK(later.tierEvents >= 1);
    // Every tier event was written by one of the runs, and each run counted its own.
    CHECK(first.tierEvents + stopped.tierEvents + again.tierEvents + later.tierEvents ==
          static_cast<int>(must(ledger.tierHistory(member)).size()));
    CHECK(must(ledger.evaluateTier(member, clock.today())) == tierAfter);
    CHECK(must(ledger.evaluateAllTiers(clock.today())) == 0);
}
