// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/ProductClass.h"
#include "core/common/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace caredesk::core {

class Database;

/** A membership tier and the qualifying points (earned within the rolling window) it needs. */
struct LoyaltyTier {
    QString id;           ///< stable: "standard", "silver", "gold", "vip", or a site's own
    qint64 threshold = 0; ///< qualifying points needed; the first tier has 0
    friend bool operator==(const LoyaltyTier &, const LoyaltyTier &) = default;
};

/**
 * The loyalty programme's settings (DOMAIN.md, Loyalty and membership), kept in the setting table under
 * `loyalty.*`. A value type: load(), change, save().
 *
 * Defaults: 1 point per ¥1 on OTC, devices and services; prescription drugs (Rx) neither earn nor can be paid for
 * with points (pharmacy inducement rules); lots expire 12 months after they were earned; tiers standard 0,
 * silver 1000, gold 5000 and VIP 20000 qualifying points within a rolling 12 months; 200 points to a referrer when
 * the referred customer completes a first visit; 100 points are worth ¥1 when redeemed.
 */
class LoyaltyProgram final {
public:
    LoyaltyProgram();

    /** Points earned per currency unit (¥1) spent on @p productClass; 0 when it earns nothing. */
    [[nodiscard]] double pointsPerUnit(ProductClass productClass) const;
    void setPointsPerUnit(ProductClass productClass, double points);
    /** When true (the default) Rx lines earn nothing, whatever their rate, and Rx items cannot be paid with points. */
    [[nodiscard]] bool rxExcluded() const { return m_rxExcluded; }
    void setRxExcluded(bool excluded) { m_rxExcluded = excluded; }
    /** Months after the earn day on which a lot expires; 0 means points never expire. */
    [[nodiscard]] int expiryMonths() const { return m_expiryMonths; }
    void setExpiryMonths(int months) { m_expiryMonths = months; }
    /** Length of the rolling window whose earned points decide the tier. */
    [[nodiscard]] int qualificationMonths() const { return m_qualificationMonths; }
    void setQualificationMonths(int months) { m_qualificationMonths = months; }
    /** Tiers from lowest to highest threshold. */
    [[nodiscard]] const QList<LoyaltyTier> &tiers() const { return m_tiers; }
    void setTiers(const QList<LoyaltyTier> &tiers) { m_tiers = tiers; }
    /** Points paid to a referrer once per referred customer. */
    [[nodiscard]] qint64 referralReward() const { return m_referralReward; }
    void setReferralReward(qint64 points) { m_referralReward = points; }
    /** How many points make one currency unit when redeemed (for display). */
    [[nodiscard]] qint64 pointsPerCurrencyUnitRedeemed() const { return m_pointsPerUnitRedeemed; }
    void setPointsPerCurrencyUnitRedeemed(qint64 points) { m_pointsPerUnitRedeemed = points; }

    /** Points a line of @p amountCents earns: rounded down; 0 for Rx when excluded. */
    [[nodiscard]] qint64 pointsFor(ProductClass productClass, qint64 amountCents) const;
    /** Whether points may pay for an item of @p productClass. */
    [[nodiscard]] bool canRedeemFor(ProductClass productClass) const;
    /** The tier id that @p qualifyingPoints reach (the first tier for anything below the second threshold). */
    [[nodiscard]] QString tierFor(qint64 qualifyingPoints) const;
    /** The id of the lowest tier ("standard" by default). */
    [[nodiscard]] QString baseTier() const;
    /** Translated name of a tier id; unknown ids (a site's own tiers) are shown as they are. */
    [[nodiscard]] static QString tierName(const QString &tierId);
    /** Display value of @p points in cents at the redemption rate. */
    [[nodiscard]] qint64 valueCents(qint64 points) const;

    /** Validation error (message says which setting and why) when the settings cannot work. */
    [[nodiscard]] Status validate() const;

    /** Reads the settings from the open connection @p connectionName; missing keys keep their defaults. */
    [[nodiscard]] static Result<LoyaltyProgram> load(const QString &connectionName);
    [[nodiscard]] static Result<LoyaltyProgram> load(Database &database);
    /**
     * Validates and saves in one transaction. PermissionDenied unless the session is an administrator or a manager;
     * Validation when validate() fails.
     */
    [[nodiscard]] static Status save(Database &database, const LoyaltyProgram &program);

    friend bool operator==(const LoyaltyProgram &, const LoyaltyProgram &) = default;

private:
    QMap<int, double> m_pointsPerUnit; ///< by ProductClass
    bool m_rxExcluded = true;
    int m_expiryMonths = 12;
    int m_qualificationMonths = 12;
    QList<LoyaltyTier> m_tiers;
    qint64 m_referralReward = 200;
    qint64 m_pointsPerUnitRedeemed = 100;
};

} // namespace caredesk::core
