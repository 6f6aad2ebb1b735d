// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/DashboardFilter.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/complaints/ComplaintReport.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace caredesk::core {

/** What the SLA rollup does not hold: running clocks of open complaints and every clock of pending ones. */
struct ComplaintSlaLive {
    SlaShare firstResponse;  ///< decided clocks to add to the rollup's
    SlaShare resolution;     ///< the same for resolution
    QMap<int, qint64> hours; ///< resolution-time buckets of pending resolved complaints
    int evaluated = 0;       ///< complaints evaluated one by one (pending, or settled with breach_live)
};

/**
 * The SLA half of the complaint rollups (migrations 12 and 14). A clock that has been met never changes its outcome,
 * so it is worked out once with the business calendar and stored (analytics_complaint_outcome); triggers add it to
 * the per-period SLA counts and the resolution-time histogram in the same transaction. A clock still running has
 * either not breached yet or breaches at one instant, the moment more than its allowance of business time is used;
 * that instant is stored with the outcome too (fr_breach_at, res_breach_at; NULL when the clock cannot breach in its
 * current state, e.g. paused before its deadline), so the dashboard counts the running clocks past their deadline at
 * any "now" with one aggregate instead of evaluating each. Anything an outcome or an instant depends on (receipt,
 * first response, resolution, SLA class, pauses, the working week, holidays, the policy) puts the complaint back on
 * analytics_complaint_pending; settle() works those out again. Until then the dashboard evaluates a pending
 * complaint live, so its figures are right either way; settling only makes them cheap. The rare clock whose instant
 * cannot be proven (breach_live) is evaluated live too. Outcomes and instants are worked out in the local time zone
 * the business calendar uses: a database moved to another zone keeps the figures of the old one until re-settled.
 *
 * Resolution times are kept in buckets: quarter hours below 24 business hours, whole hours to 120, eight hours to
 * 600, then 100 hours; the median and P90 are interpolated within the bucket that holds their rank, so they are
 * exact to within that bucket's width (15 minutes for anything under a working day's worth of days).
 */
class ComplaintSlaRollup final {
public:
    /** Complaints settled per transaction. */
    static constexpr int batchSize = 2000;

    /** The bucket that holds @p minutes business minutes (negative counts as 0). */
    [[nodiscard]] static int bucketOf(qint64 minutes);
    /** First minute of @p bucket. */
    [[nodiscard]] static qint64 bucketStart(int bucket);
    /** First minute after @p bucket. */
    [[nodiscard]] static qint64 bucketEnd(int bucket);

    /**
     * The value of rank @p rank (1-based, in ascending order) of the values counted in @p histogram (bucket → count),
     * in business hours, interpolated linearly within its bucket; nullopt when the rank is not in the histogram.
     */
    [[nodiscard]] static std::optional<double> rankHours(const QMap<int, qint64> &histogram, qint64 rank);
    /** Median as ComplaintReport defines it (mean of the two middle ranks of an even count), from buckets. */
    [[nodiscard]] static std::optional<double> medianHours(const QMap<int, qint64> &histogram);
    /** Nearest-rank @p percent percentile (rank ⌈percent·n/100⌉), from buckets. */
    [[nodiscard]] static std::optional<double> percentileHours(const QMap<int, qint64> &histogram, int percent);

    /**
     * What the rollup lacks at @p now for the complaints received in @p filter's period (and department and staff,
     * when set): the running clocks of settled open complaints whose stored breach instant is not after @p now
     * (one aggregate through an index over open complaints only), and, evaluated one by one, all clocks of pending
     * complaints and the running clocks of settled ones marked breach_live. Internal on a database error.
     */
    [[nodiscard]] static Result<ComplaintSlaLive> live(const QString &connectionName, const DashboardFilter &filter,
                                                       const QDateTime &now);

    /** Complaints waiting to be settled. Internal on a database error. */
    [[nodiscard]] static Result<qint64> pendingCount(const QString &connectionName);
    /**
     * Works out the stored outcome (the met clocks, and when each running clock breaches) of every pending
     * complaint on @p connectionName (which must be writable), in transactions of batchSize. @p progress (done,
     * total) may return false to stop after the current batch; what is settled stays settled. Returns how many were
     * settled. Internal on a database error (that batch is rolled back and stays pending; a complaint changed by
     * another connection meanwhile simply waits for the next run).
     */
    [[nodiscard]] static Result<qint64> settle(const QString &connectionName, const Clock &clock = Clock::system(),
                                               const std::function<bool(qint64, qint64)> &progress = {});
};

} // namespace caredesk::core
