// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk::core {

/**
 * How likely a customer is to stay away (流失预警). None, Low, Medium and High are early warning by score;
 * Lapsed is for customers already long gone (see ChurnSettings::lapsedOverdueRatio and lapsedAfterDays): they are
 * for win-back, not early warning, whatever their score.
 */
enum class ChurnBand { None, Low, Medium, High, Lapsed };

/**
 * The group whose visit rhythm a customer is compared with when their own history is short, and by which the
 * retention curves are split. Chronic: customer.chronic_medication is set (regular medication needs); Pharmacy:
 * at least half of the customer's visits are purchases; Clinic: everyone else.
 */
enum class ChurnSegment { Chronic, Pharmacy, Clinic };

/** Why a customer scores: each reason is one contributor to the score. */
enum class ChurnReasonCode {
    Overdue,           ///< days since the last visit well past the expected interval
    RefillGap,         ///< the supply of the last purchase with days of supply ran out and no visit came since
    Detractor,         ///< a survey answer with NPS ≤ 6 or CSAT ≤ 2 within ChurnSettings::detractorDays
    OpenComplaint,     ///< a complaint that is not closed yet
    ComplaintBreached, ///< an open complaint running past its SLA time limit (replaces OpenComplaint)
    TierDowngrade,     ///< qualifying loyalty points will be below the current tier's threshold soon
};

/**
 * One contributor with the figures its words need. Which figures a code fills:
 *  - Overdue: days = days since the last visit, usualDays = expected interval, ratio = overdue ratio;
 *  - RefillGap: days = days since the supply ran out, date = the day of that purchase;
 *  - Detractor: date = the day of the answer, days = its NPS (−1 when it had only CSAT), ratio = its CSAT (0: none);
 *  - OpenComplaint, ComplaintBreached: date = the day the complaint was received;
 *  - TierDowngrade: days = qualifying points short of the threshold, date = the day the shortfall is reached,
 *    tier = the current tier id.
 */
struct ChurnReason {
    ChurnReasonCode code = ChurnReasonCode::Overdue;
    int points = 0; ///< what it adds to the score
    int days = 0;
    double usualDays = 0;
    double ratio = 0;
    QDate date;
    QString tier;
    friend bool operator==(const ChurnReason &, const ChurnReason &) = default;
};

/** A customer's churn risk as of the last rebuild, explaining itself. */
struct ChurnRisk {
    CustomerId customerId = 0;
    ChurnBand band = ChurnBand::None;
    int score = 0;              ///< 0…100, the sum of the reasons' points, capped
    QList<ChurnReason> reasons; ///< every contributor, largest first (ties: in ChurnReasonCode order)
    double expectedIntervalDays = 0;
    double overdueRatio = 0; ///< days since last visit ÷ expected interval
    int daysSinceLastVisit = 0;
    QDate lastVisitOn;  ///< local day
    QDate firstVisitOn; ///< local day
    int visitDays = 0;  ///< distinct days with a visit
    ChurnSegment segment = ChurnSegment::Clinic;
    QDateTime computedAt; ///< UTC, when the snapshot was rebuilt
};

/** Stable ids stored in the database and used by the CLI: none, low, medium, high, lapsed. */
QString churnBandId(ChurnBand band);
std::optional<ChurnBand> churnBandFromId(const QString &id);
/** Translated name of a band ("High risk", "Lapsed", ...). */
QString churnBandLabel(ChurnBand band);
/** All bands, lowest first. */
const QList<ChurnBand> &allChurnBands();

/** Stable ids: chronic, pharmacy, clinic. */
QString churnSegmentId(ChurnSegment segment);
std::optional<ChurnSegment> churnSegmentFromId(const QString &id);
/** Translated name of a segment ("Chronic medication", "Pharmacy shoppers", "Clinic patients"). */
QString churnSegmentLabel(ChurnSegment segment);
const QList<ChurnSegment> &allChurnSegments();

/** Stable ids of reason codes: overdue, refill_gap, detractor, open_complaint, complaint_breached, tier_downgrade. */
QString churnReasonId(ChurnReasonCode code);
std::optional<ChurnReasonCode> churnReasonFromId(const QString &id);

/** One reason in words for people (AnalyticsTr), e.g. "Last visit 96 days ago, usually every 30 days (3.2× overdue)".
 */
QString reasonText(const ChurnReason &reason);
/** The first @p limit reasons of @p risk in words, largest contributor first; all of them when @p limit < 0. */
QStringList reasonTexts(const ChurnRisk &risk, int limit = 3);

/** The reasons as compact text for storage ("overdue:40:96:30:3.2::;detractor:20:3:0:0:2026-11-02:"). */
QString encodeChurnReasons(const QList<ChurnReason> &reasons);
/** Reads encodeChurnReasons(); unknown codes are skipped. */
QList<ChurnReason> decodeChurnReasons(const QString &text);

} // namespace caredesk::core
