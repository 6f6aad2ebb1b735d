// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/DashboardFilter.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintReport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace caredesk::core {

/** Complaints of one category in the period. */
struct ComplaintCategoryCount {
    ComplaintCategory category = ComplaintCategory::Other;
    QString label; ///< complaintCategoryLabel()
    int count = 0;
};

/** Complaints of one severity in the period. */
struct ComplaintSeverityCount {
    ComplaintSeverity severity = ComplaintSeverity::Low;
    QString label; ///< severityLabel()
    int count = 0;
};

/** One bar of the root-cause Pareto. */
struct RootCauseCount {
    QString rootCause; ///< as recorded (trimmed); '' on the row that gathers the rest (isOther)
    QString label;     ///< rootCause, or a translated "Other causes" for the gathered row
    int count = 0;
    double percent = 0;           ///< of the complaints with a root cause recorded
    double cumulativePercent = 0; ///< running total of percent, 100 on the last row
    bool isOther = false;
};

/** A customer who complained more than once in the period (ids only: the UI looks the name up when shown). */
struct RepeatComplainant {
    CustomerId customerId = 0;
    int complaints = 0;
    QDateTime lastReceivedAt; ///< UTC
};

/** Complaints received in one month of the period. */
struct ComplaintMonthCount {
    QDate month; ///< first of the month
    int received = 0;
    int resolved = 0; ///< of those, resolved by now
};

/**
 * The complaints dashboard (issue 6): ComplaintReport's figures (volume by category and severity, SLA shares for
 * first response and resolution, median and P90 resolution business hours, reopen rate: see its definitions) plus a
 * Pareto of root causes, repeat complainants and the monthly volume. Complaints are chosen by received_at within the
 * filter's period and, when set, the filter's department and staff (the complaint's own department and staff);
 * visit kind does not apply to complaints.
 *
 * build() reads the complaint rollups of migration 12 (whole months from month rows, the partial months at either
 * end from day rows), so its cost does not grow with the number of complaints: counts, root causes and reopens are
 * kept by triggers; met SLA clocks come from outcomes worked out once (ComplaintSlaRollup); running clocks of open
 * complaints are counted as breached from the instants stored with their outcomes (migration 14), in one aggregate
 * over an index of open complaints; only clocks not yet settled are evaluated one by one at now. Median
 * and P90 are interpolated from the resolution-time histogram (resolutionTimesFromBuckets); repeat complainants are
 * looked up among the customers with two or more complaints ever (analytics_complaint_customer, migration 15).
 */
struct ComplaintDashboard {
    /** Root causes beyond this many bars are gathered into one "Other causes" bar. */
    static constexpr int paretoBars = 12;

    DashboardFilter filter;
    ComplaintReport report;                      ///< totals, SLA shares, resolution times, reopen rate
    QList<ComplaintCategoryCount> categories;    ///< every category, largest first (0s last, in enum order)
    QList<ComplaintSeverityCount> severities;    ///< high, medium, low
    QList<RootCauseCount> pareto;                ///< by count, largest first; then name
    int withRootCause = 0;                       ///< complaints whose root cause is recorded
    int withoutRootCause = 0;                    ///< the rest (not yet investigated)
    QList<RepeatComplainant> repeatComplainants; ///< two or more in the period, most first
    QList<ComplaintMonthCount> trend;            ///< every month of the period, oldest first
    /** Median and P90 are interpolated within histogram buckets (ComplaintSlaRollup), not from every value. */
    bool resolutionTimesFromBuckets = false;

    /**
     * Builds the dashboard on @p connectionName (read only) with SLA clocks evaluated at @p clock's now.
     * Validation for an invalid period; Internal on a database error.
     */
    [[nodiscard]] static Result<ComplaintDashboard> build(const QString &connectionName, const DashboardFilter &filter,
                                                          const Clock &clock = Clock::system());
    /** The same for [@p from, @p to] (days, inclusive), all departments and staff. */
    [[nodiscard]] static Result<ComplaintDashboard> build(const QString &connectionName, const QDate &from,
                                                          const QDate &to, const Clock &clock = Clock::system());
    /**
     * The figures for @p complaints (already chosen, ordered by received_at) over @p report, from every row: pure,
     * the reference the rollups are tested against.
     */
    [[nodiscard]] static ComplaintDashboard compute(const QList<Complaint> &complaints, const ComplaintReport &report,
                                                    const DashboardFilter &filter);
};

} // namespace caredesk::core
