// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnSettings.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace caredesk::core {

class Database;

/**
 * RFM segments with names fit for healthcare, decided in this order (the first that applies):
 *  - HighValueLapsed: lapsed (ChurnSettings::lapseDays or more since the last visit) and monetary score ≥ 4;
 *  - Lapsed: lapsed;
 *  - NewPatients: first visit within ChurnSettings::newCustomerDays;
 *  - LoyalRegulars: recency ≥ 4 and frequency ≥ 4;
 *  - SteadyPatients: recency ≥ 3 and frequency ≥ 3;
 *  - AtRisk: recency ≤ 2 and frequency ≥ 3 (used to come often, not lately);
 *  - NeedsAttention: everyone else.
 */
enum class RfmSegment { LoyalRegulars, SteadyPatients, NewPatients, NeedsAttention, AtRisk, Lapsed, HighValueLapsed };

/** Stable ids: loyal_regulars, steady, new, needs_attention, at_risk, lapsed, high_value_lapsed. */
QString rfmSegmentId(RfmSegment segment);
std::optional<RfmSegment> rfmSegmentFromId(const QString &id);
/** Translated name ("Loyal regulars", "High-value lapsed", ...). */
QString rfmSegmentLabel(RfmSegment segment);
const QList<RfmSegment> &allRfmSegments();

/** One customer's RFM scores (each 1…5, 5 best) and value estimate. */
struct RfmCell {
    CustomerId customerId = 0;
    int recency = 1;   ///< from days since the last visit (fewer days score higher)
    int frequency = 1; ///< from visits in the last 365 days
    int monetary = 1;  ///< from the amount in the last 365 days
    RfmSegment segment = RfmSegment::NeedsAttention;
    qint64 yearlySpendCents = 0;   ///< the amount in the last 365 days
    qint64 lifetimeValueCents = 0; ///< yearlySpendCents × expected remaining years
    friend bool operator==(const RfmCell &, const RfmCell &) = default;
};

/** One segment's figures. */
struct RfmSegmentFigures {
    RfmSegment segment = RfmSegment::NeedsAttention;
    int customers = 0;
    qint64 averageYearlySpendCents = 0;
    qint64 averageLifetimeValueCents = 0;
};

/**
 * The lifetime value estimate (simple, documented): a customer's yearly spend (amount in the last 365 days) ×
 * expected remaining years, where expected years = 1 / annual churn rate (ChurnTrend::annualRate), capped at
 * ChurnSettings::maxExpectedYears (and the cap when nobody churned). Lapsed customers are worth 0.
 */
struct LifetimeValueSummary {
    std::optional<double> annualChurnRate;
    double expectedYears = 0;
    int customers = 0;                    ///< customers with an estimate (not lapsed)
    qint64 averageYearlySpendCents = 0;   ///< over them
    qint64 averageLifetimeValueCents = 0; ///< over them
    qint64 totalLifetimeValueCents = 0;
};

/** The value dashboard: RFM segments, the recency × frequency grid and lifetime value. */
struct CustomerValueData {
    QDateTime computedAt;                     ///< UTC; invalid when the snapshot was never built
    QList<RfmSegmentFigures> segments;        ///< every segment in allRfmSegments() order, also empty ones
    std::array<std::array<int, 5>, 5> grid{}; ///< grid[recency − 1][frequency − 1]: customers
    LifetimeValueSummary lifetimeValue;
};

/**
 * RFM quintiles and segments and the lifetime value estimate. Scores are computed by ChurnRiskService::rebuild()
 * into the snapshot (table rfm_cell); build() reads it. The arithmetic is here as static functions.
 */
class CustomerValue final {
public:
    CustomerValue() = delete;

    /** Over any open connection; no permission check. */
    [[nodiscard]] static Result<CustomerValueData> build(const QString &connectionName);
    /** As build(connectionName), PermissionDenied unless ChurnRiskService::mayRead(the session's role). */
    [[nodiscard]] static Result<CustomerValueData> build(Database &database);
    /** One customer's cell in the snapshot; nullopt when not scored. */
    [[nodiscard]] static Result<std::optional<RfmCell>> cellOf(const QString &connectionName, CustomerId customerId);

    /**
     * Quintile scores 1…5 by exact ranks: with the values sorted from worst to best and n of them, the value at
     * 0-based rank r scores 1 + ⌊5r / n⌋. Ties all take the score of the first rank of their run (the lower score),
     * so equal values always score the same. @p higherIsBetter false (recency in days): smaller values score higher.
     * Scores are returned in the order of @p values.
     */
    [[nodiscard]] static QList<int> quintiles(const QList<qint64> &values, bool higherIsBetter);
    /** The segment of a customer with scores @p r, @p f, @p m (see RfmSegment for the rules). */
    [[nodiscard]] static RfmSegment segmentFor(int r, int f, int m, int daysSinceLastVisit, int daysSinceFirstVisit,
                                               const ChurnSettings &settings);
    /** 1 / @p annualChurnRate capped at @p cap; @p cap when the rate is unknown or 0. */
    [[nodiscard]] static double expectedYears(std::optional<double> annualChurnRate, double cap);
};

} // namespace caredesk::core
