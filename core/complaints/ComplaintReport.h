// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/SlaEngine.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace caredesk::core {

/** Share of the complaints whose clock is decided that met it in time. */
struct SlaShare {
    int decided = 0; ///< clocks that were met (in time or late) or are running past their deadline
    int within = 0;  ///< of those, met in time
    /** within / decided × 100; nullopt when nothing is decided. */
    [[nodiscard]] std::optional<double> percent() const
    {
        return decided > 0 ? std::optional<double>(100.0 * within / decided) : std::nullopt;
    }
    /** Counts one clock: met in time is decided and within; late or breached only decided; running not at all. */
    void count(const SlaClockState &clock);
};

/**
 * Complaint figures for a period (by received_at): counts by category and severity, the share within SLA for the
 * first response and the resolution, median and P90 of the resolution time in business hours, and the reopen
 * rate. Worked out in C++ over an ordered list (SQLite 3.15 has no window functions).
 *
 * Definitions: a clock is "decided" when it was met (in time or late) or is still running past its deadline at
 * @c now; open clocks still within their allowance are left out. Resolution time is the business time from
 * receipt to resolved_at with waiting-on-customer time left out, over complaints that are resolved. The median of
 * an even count is the mean of the two middle values; P90 is the nearest-rank value (rank ⌈0.9 n⌉). The reopen rate
 * is the complaints reopened at least once over the complaints that were ever resolved.
 */
struct ComplaintReport {
    QDateTime from; ///< inclusive, UTC
    QDateTime to;   ///< exclusive, UTC
    int total = 0;
    QMap<ComplaintCategory, int> byCategory;
    QMap<ComplaintSeverity, int> bySeverity;
    SlaShare firstResponse;
    SlaShare resolution;
    int resolved = 0;                            ///< complaints with a resolution time
    std::optional<double> medianResolutionHours; ///< business hours
    std::optional<double> p90ResolutionHours;    ///< business hours
    int everResolved = 0;                        ///< reached resolved at least once
    int reopened = 0;                            ///< reopened at least once
    /** reopened / everResolved × 100; nullopt when none was resolved. */
    [[nodiscard]] std::optional<double> reopenRatePercent() const
    {
        return everResolved > 0 ? std::optional<double>(100.0 * reopened / everResolved) : std::nullopt;
    }

    /**
     * The figures for @p complaints (those received in the period, ordered by received_at) with their pause and
     * resume events by complaint, at @p now.
     */
    [[nodiscard]] static ComplaintReport compute(const QList<Complaint> &complaints,
                                                 const QHash<ComplaintId, QList<ComplaintEvent>> &events,
                                                 const SlaEngine &engine, const QDateTime &from, const QDateTime &to,
                                                 const QDateTime &now);
    /** Reads the period [@p from, @p to) from the database on @p connectionName and computes it at @p clock's now. */
    [[nodiscard]] static Result<ComplaintReport> build(const QString &connectionName, const QDateTime &from,
                                                       const QDateTime &to, const Clock &clock = Clock::system());

    /** The median of @p values (any order); nullopt when empty. */
    [[nodiscard]] static std::optional<double> median(QList<double> values);
    /** The nearest-rank @p percent percentile of @p values; nullopt when empty. */
    [[nodiscard]] static std::optional<double> percentile(QList<double> values, int percent);
};

} // namespace caredesk::core
