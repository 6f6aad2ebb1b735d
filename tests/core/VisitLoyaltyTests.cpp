// SPDX-License-Identifier: GPL-3.0-or-later
// Where visits and loyalty meet: the referrer is rewarded when the referred customer completes a first visit.
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace caredesk::core;
using caredesk::test::TemporaryDatabase;

TEST_CASE("A referred customer's first visit pays the referrer once, and only then", "[loyalty][visits]")
{
    TemporaryDatabase temp;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    LoyaltyLedger ledger(temp.db(), clock);

    Customer referrer;
    referrer.name = QStringLiteral("王芳");
    const CustomerId referrerId = customers.add(referrer)->id;
    Customer referred;
    referred.name = QStringLiteral("李娜");
    referred.referredBy = referrerId;
    const CustomerId referredId = customers.add(referred)->id;
    Customer walkIn;
    walkIn.name = QStringLiteral("赵磊");
    const CustomerId walkInId = customers.add(walkIn)->id;

    const auto visit = [&](CustomerId id) {
        Visit v;
        v.customerId = id;
        auto saved = visits.addVisit(v);
        REQUIRE(saved.ok());
        return saved->id;
    };

    // Nobody referred the walk-in: no reward anywhere.
    auto none = ledger.rewardReferralAfterVisit(walkInId, visit(walkInId));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    auto first = ledger.rewardReferralAfterVisit(referredId, visit(referredId));
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->customerId == referrerId);
    CHECK((*first)->points == ledger.program().referralReward());
    CHECK(*ledger.balance(referrerId) == ledger.program().referralReward());

    // A second visit, or asking again about the first, pays nothing more.
    auto second = ledger.rewardReferralAfterVisit(referredId, visit(referredId));
    REQUIRE(second.ok());
    CHECK_FALSE(second->has_value());
    CHECK(*ledger.balance(referrerId) == ledger.program().referralReward());
    CHECK(*ledger.balance(referredId) == 0);
}

TEST_CASE("A purchase and its points are saved together or not at all", "[loyalty][visits]")
{
    TemporaryDatabase temp;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    LoyaltyLedger ledger(temp.db(), clock);
    Customer shopper;
    shopper.name = QStringLiteral("陈静");
    const Customer saved = *customers.add(shopper);

    Visit purchase;
    purchase.customerId = saved.id;
    purchase.kind = VisitKind::Purchase;
    purchase.items = {VisitItem{0, QStringLiteral("布洛芬缓释胶囊"), ProductClass::Otc, 2, 1850}};
    const auto earn = [&](const Visit &v) -> Status {
        auto earned = ledger.earnForPurchase(v.customerId, QStringLiteral("visit"), v.id,
                                             {{v.items.first().productClass, v.items.first().totalCents()}});
        if (!earned) {
            return earned.error();
        }
        return {};
    };

    SECTION("both saved")
    {
        auto done = visits.addVisit(purchase, earn);
        REQUIRE(done.ok());
        CHECK(*ledger.balance(saved.id) == 37); // ¥37.00 of OTC at 1 point per ¥1
        REQUIRE(ledger.entries(saved.id)->size() == 1);
        CHECK(ledger.entries(saved.id)->first().sourceId == done->id);
    }
    SECTION("a failure alongside leaves neither the visit nor the points")
    {
        auto failed = visits.addVisit(purchase, [&](const Visit &v) -> Status {
            if (Status earned = earn(v); !earned) {
                return earned;
            }
            return makeError(ErrorCode::Internal, QStringLiteral("printer jammed"));
        });
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().message == QStringLiteral("printer jammed"));
        CHECK(visits.visitsOf(saved.id)->isEmpty());
        CHECK(*ledger.balance(saved.id) == 0);
        CHECK(ledger.entries(saved.id)->isEmpty());
        CHECK_FALSE(customers.findById(saved.id)->lastActivityAt.isValid());
        // The connection is usable again afterwards: the rollback closed the transaction.
        CHECK(visits.addVisit(purchase, earn).ok());
        CHECK(*ledger.balance(saved.id) == 37);
    }
}

TEST_CASE("Programme settings refuse nameless and repeated tiers", "[loyalty]")
{
    LoyaltyProgram program;
    REQUIRE(program.validate().ok());
    QList<LoyaltyTier> tiers = program.tiers();
    tiers.append({QStringLiteral("  "), tiers.constLast().threshold + 1000});
    program.setTiers(tiers);
    REQUIRE_FALSE(program.validate().ok());
    CHECK(program.validate().error().code == ErrorCode::Validation);
    tiers.last().id = QStringLiteral("Gold");
    program.setTiers(tiers);
    CHECK_FALSE(program.validate().ok()); // "gold" is there already, whatever the case
    tiers.last().id = QStringLiteral("diamond");
    program.setTiers(tiers);
    CHECK(program.validate().ok());
}
