// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/customers/Customer.h"
#include "core/visits/Visit.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk::core {

/**
 * Which customers a campaign segment selects: every criterion that is set must hold (AND); within a list criterion
 * any listed value is enough (OR). An empty filter selects every customer.
 *
 * Stored as a JSON object (toJson()/fromJson()); SQL never reads it. SegmentCompiler turns it into parameterised
 * SQL. Criteria that a later CareDesk adds (RFM value class, churn risk band) are kept on a round trip in
 * unsupported(); a filter that has any of them is refused by SegmentCompiler rather than silently ignored.
 */
struct SegmentFilter {
    std::optional<CustomerKind> kind;
    std::optional<Sex> sex;
    std::optional<int> minAge; ///< whole years on the day the segment is evaluated; unknown birth dates never match
    std::optional<int> maxAge; ///< inclusive
    QStringList regions;       ///< exact region (地域) text
    QStringList tags;          ///< the customer has at least one of them
    QList<SourceChannel> sources;
    /** Active, dormant or lost as CustomerRepository::statusOf() decides with the site's thresholds. */
    QList<ActivityStatus> activity;
    /** Tier ids as last evaluated (the latest loyalty_tier_event; the programme's base tier when there is none). */
    QStringList loyaltyTiers;
    QDate lastVisitBefore; ///< the last visit was on a day before this one (customers without visits never match)
    QDate lastVisitSince;  ///< the last visit was on this day or later
    // "Visited": at least one visit that meets all of the following that are set.
    QString visitDepartment;
    QList<VisitKind> visitKinds;
    QDate visitFrom; ///< inclusive
    QDate visitTo;   ///< inclusive

    /** Keys this version does not understand (e.g. "rfmClasses", "churnBands"), kept as they were. */
    QJsonObject unsupported;

    [[nodiscard]] bool hasVisitCriterion() const;
    [[nodiscard]] bool isEmpty() const;
    /** Compact JSON text for the database. */
    [[nodiscard]] QString toJson() const;
    /** Reads toJson() text; Validation error when it is not a JSON object or a value has the wrong shape. */
    [[nodiscard]] static Result<SegmentFilter> fromJson(const QString &text);
    /** One line for people: "Age 60–; Tags: 高血压, 糖尿病; Dormant" ("All customers" when empty). */
    [[nodiscard]] QString describe() const;

    friend bool operator==(const SegmentFilter &, const SegmentFilter &) = default;
};

/** A saved segment (campaign_segment). */
struct CampaignSegment {
    qint64 id = 0; ///< 0 until saved
    QString name;
    SegmentFilter filter;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace caredesk::core
