// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loyalty/LoyaltyEntry.h"

#include "core/common/Tr.h"

namespace caredesk::core {

namespace {
constexpr LoyaltyEntryKind allKinds[] = {LoyaltyEntryKind::Earn,    LoyaltyEntryKind::Redeem,
                                         LoyaltyEntryKind::Expire,  LoyaltyEntryKind::Adjust,
                                         LoyaltyEntryKind::Reverse, LoyaltyEntryKind::Referral};
}

QString loyaltyEntryKindId(LoyaltyEntryKind kind)
{
    switch (kind) {
    case LoyaltyEntryKind::Earn: return QStringLiteral("earn");
    case LoyaltyEntryKind::Redeem: return QStringLiteral("redeem");
    case LoyaltyEntryKind::Expire: return QStringLiteral("expire");
    case LoyaltyEntryKind::Adjust: return QStringLiteral("adjust");
    case LoyaltyEntryKind::Reverse: return QStringLiteral("reverse");
    case LoyaltyEntryKind::Referral: return QStringLiteral("referral");
    }
    return QStringLiteral("earn");
}

std::optional<LoyaltyEntryKind> loyaltyEntryKindFromId(const QString &id)
{
    for (LoyaltyEntryKind kind : allKinds) {
        if (loyaltyEntryKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString loyaltyEntryKindName(LoyaltyEntryKind kind)
{
    switch (kind) {
    case LoyaltyEntryKind::Earn: return LoyaltyTr::tr("Earned");
    case LoyaltyEntryKind::Redeem: return LoyaltyTr::tr("Redeemed");
    case LoyaltyEntryKind::Expire: return LoyaltyTr::tr("Expired");
    case LoyaltyEntryKind::Adjust: return LoyaltyTr::tr("Adjusted");
    case LoyaltyEntryKind::Reverse: return LoyaltyTr::tr("Reversed");
    case LoyaltyEntryKind::Referral: return LoyaltyTr::tr("Referral reward");
    }
    return {};
}

} // namespace caredesk::core
