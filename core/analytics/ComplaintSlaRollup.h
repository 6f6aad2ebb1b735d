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

/** What the stored outcomes do not hold yet: running clocks of open complaints and every clock of pending ones. */
struct ComplaintSlaLive {
    SlaShare firstResponse;  ///< decided clocks to add to the rollup's
    SlaShare resolution;     ///< the same for resolution
    QMap<int, qint64> hours; ///< resolution-time buckets of pending resolved complaints
    int evaluated = 0;       ///< complaints evaluated (open or pending in the period)
};

/**
 * The SLA half of the complaint rollups (migration 12). A clock that has been met never changes its outcome, so it
 * is worked out once with the business calendar and stored (analytics_complaint_outcome); triggers add it to the
 * per-period SLA counts and the resolution-time histogram in the same transaction. Anything an outcome depends on
 * (receipt, first response, resolution, SLA class, pauses, the working week, holidays, the policy) puts the complaint
 * back on analytics_complaint_pending; settle() works those out again. Until then the dashboard evaluates a pending
 * complaint live, so its figures are right either way; settling only makes them cheap.
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
     * Evaluates at @p now the complaints received in @p filter's period (and department and staff, when set) whose
     * clocks are not all in the rollup: the running clocks of open complaints (through an index over them only) and
     * all clocks of pending ones. Internal on a database error.
     */
    [[nodiscard]] static Result<ComplaintSlaLive> live(const QString &connectionName, const DashboardFilter &filter,
                                                       const QDateTime &now);

    /** Complaints waiting to be settled. Internal on a database error. */
    [[nodiscard]] static Result<qint64> pendingCount(const QString &connectionName);
    /**
     * Works out the stored outcome of every pending complaint on @p connectionName (which must be writable), in
     * transactions of batchSize. @p progress (done, total) may return false to stop after the current batch; what
     * is settled stays settled. Returns how many were settled. Internal on a database error (that batch is rolled
     * back and stays pending; a complaint changed by another connection meanwhile simply waits for the next run).
     */
    [[nodiscard]] static Result<qint64> settle(const QString &connectionName, const Clock &clock = Clock::system(),
                                               const std::function<bool(qint64, qint64)> &progress = {});
};

} // namespace caredesk::core
