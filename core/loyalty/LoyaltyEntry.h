// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/ProductClass.h"
#include "core/customers/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

/** What a ledger entry did. */
enum class LoyaltyEntryKind { Earn, Redeem, Expire, Adjust, Reverse, Referral };

/** Stable ids stored in the database: "earn", "redeem", "expire", "adjust", "reverse", "referral". */
QString loyaltyEntryKindId(LoyaltyEntryKind kind);
std::optional<LoyaltyEntryKind> loyaltyEntryKindFromId(const QString &id);
/** Translated, for people. */
QString loyaltyEntryKindName(LoyaltyEntryKind kind);

/** One row of the append-only points ledger. */
struct LoyaltyEntry {
    qint64 id = 0;
    CustomerId customerId = 0;
    LoyaltyEntryKind kind = LoyaltyEntryKind::Earn;
    qint64 points = 0; ///< signed: positive adds, negative consumes
    QDateTime at;      ///< UTC, when it was recorded
    QDate onDate;      ///< the business day it counts on (an expiry counts on the lot's expiry day)
    QDate expiresOn;   ///< lots only (earn, referral, positive adjust, a reversal that gave points back)
    QString reason;
    QString staff;
    QString sourceKind; ///< "purchase", "visit", "lot" (an expiry), … or empty
    qint64 sourceId = 0;
    std::optional<qint64> reversesEntryId;
    std::optional<CustomerId> referredCustomerId; ///< referral rewards
    std::optional<ProductClass> productClass;     ///< redemptions: what the points paid for
};

/** A lot: points that were added together and expire together. */
struct LoyaltyLot {
    qint64 entryId = 0;
    LoyaltyEntryKind kind = LoyaltyEntryKind::Earn;
    QDate earnedOn;
    QDate expiresOn;      ///< invalid: never expires. Usable through the day before; expired on this day.
    qint64 points = 0;    ///< what the lot held when it was added
    qint64 remaining = 0; ///< not yet redeemed, expired or reversed
    bool reversed = false;
};

/** One line of a tier evaluation's history: the tier changed on @p at. */
struct LoyaltyTierEvent {
    qint64 id = 0;
    CustomerId customerId = 0;
    QDate at;
    QString fromTier;
    QString toTier;
    QString reason; ///< technical: "qualifying_points=1200"
};

/** One ledger line of a statement with the balance after it. */
struct LoyaltyStatementLine {
    LoyaltyEntry entry;
    qint64 balanceAfter = 0;
};

/** A member statement for a period (printable by the UI, `caredesk-cli loyalty statement`). */
struct LoyaltyStatement {
    CustomerId customerId = 0;
    QString memberNumber;
    QString name;
    QDate from;
    QDate to;
    qint64 openingBalance = 0; ///< at the end of the day before @p from
    QList<LoyaltyStatementLine> lines;
    qint64 closingBalance = 0;   ///< at the end of @p to
    QString tier;                ///< tier id as last evaluated
    qint64 qualifyingPoints = 0; ///< in the window ending at @p to
    qint64 expiring30 = 0;       ///< points that expire within 30 days after @p to (inclusive of day 30)
    qint64 expiring60 = 0;
    qint64 expiring90 = 0;
};

/** One line of a purchase for earning: its product class and amount. */
struct PurchaseLine {
    ProductClass productClass = ProductClass::Otc;
    qint64 amountCents = 0;
};

} // namespace caredesk::core
