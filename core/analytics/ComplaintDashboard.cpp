// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ComplaintDashboard.h"

#include "core/analytics/ComplaintSlaRollup.h"
#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace caredesk::core {

namespace {

const QList<ComplaintCategory> &allCategories()
{
    static const QList<ComplaintCategory> all{
        ComplaintCategory::MedicationError, ComplaintCategory::AdverseDrugReaction,
        ComplaintCategory::ProductUse,      ComplaintCategory::ServiceProcess,
        ComplaintCategory::Attitude,        ComplaintCategory::Billing,
        ComplaintCategory::Environment,     ComplaintCategory::Other};
    return all;
}

/** Largest first, then by name; beyond paretoBars the rest gathered into one bar; percentages of @p total. */
QList<RootCauseCount> paretoOf(const QHash<QString, int> &causes, int total)
{
    QList<RootCauseCount> sorted;
    for (auto it = causes.constBegin(); it != causes.constEnd(); ++it) {
        sorted.append({it.key(), it.key(), it.value(), 0, 0, false});
    }
    std::sort(sorted.begin(), sorted.end(), [](const RootCauseCount &a, const RootCauseCount &b) {
        return a.count != b.count ? a.count > b.count : a.rootCause < b.rootCause;
    });
    if (sorted.size() > ComplaintDashboard::paretoBars) {
        RootCauseCount other{QString(), AnalyticsTr::tr("Other causes"), 0, 0, 0, true};
        for (qsizetype i = ComplaintDashboard::paretoBars - 1; i < sorted.size(); ++i) {
            other.count += sorted.at(i).count;
        }
        sorted.resize(ComplaintDashboard::paretoBars - 1);
        sorted.append(other);
    }
    int running = 0;
    for (RootCauseCount &row : sorted) {
        running += row.count;
        row.percent = 100.0 * row.count / total;
        row.cumulativePercent = 100.0 * running / total;
    }
    return sorted;
}

void sortRepeat(QList<RepeatComplainant> &list)
{
    std::sort(list.begin(), list.end(), [](const RepeatComplainant &a, const RepeatComplainant &b) {
        if (a.complaints != b.complaints) {
            return a.complaints > b.complaints;
        }
        if (a.lastReceivedAt != b.lastReceivedAt) {
            return a.lastReceivedAt > b.lastReceivedAt;
        }
        return a.customerId < b.customerId;
    });
}

/** Categories largest first (0s last, in enum order) and the three severities, from the report's counts. */
void fillCounts(ComplaintDashboard &d)
{
    for (ComplaintCategory category : allCategories()) {
        d.categories.append({category, complaintCategoryLabel(category), d.report.byCategory.value(category)});
    }
    std::stable_sort(
        d.categories.begin(), d.categories.end(),
        [](const ComplaintCategoryCount &a, const ComplaintCategoryCount &b) { return a.count > b.count; });
    for (ComplaintSeverity severity : {ComplaintSeverity::High, ComplaintSeverity::Medium, ComplaintSeverity::Low}) {
        d.severities.append({severity, severityLabel(severity), d.report.bySeverity.value(severity)});
    }
}

QMap<QDate, ComplaintMonthCount> emptyMonths(const DashboardFilter &filter)
{
    QMap<QDate, ComplaintMonthCount> months;
    for (const QDate &month :
         DashboardFilter{filter.from, filter.to, {}, {}, {}, DashboardFilter::Bucket::Month}.bucketStarts()) {
        months.insert(month, {month, 0, 0});
    }
    return months;
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The complaint figures could not be read."));
}

/** "All" in the department and staff columns of the complaint rollups. */
QString anyScope()
{
    return QString(QChar(1));
}

/**
 * Runs @p select (columns … FROM table, no WHERE) over every key range of @p filter for its department and staff
 * scope, calling @p row for each result row; the key column is "period".
 */
Status forEachRollupRow(QSqlDatabase &db, const DashboardFilter &filter, const QString &select,
                        const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString department = filter.department.isEmpty() ? anyScope() : filter.department;
    const QString staff = filter.staff.isEmpty() ? anyScope() : filter.staff;
    for (const DashboardFilter::KeyRange &range : filter.rollupRanges()) {
        if (!execPrepared(q,
                          select + QStringLiteral(" WHERE department = ? AND staff = ? AND period >= ? AND "
                                                  "period <= ? AND length(period) = ?"),
                          {department, staff, range.first, range.last, range.months ? 7 : 10})) {
            return readError(q);
        }
        while (q.next()) {
            row(q);
        }
        q.finish();
    }
    return {};
}

/** The first day of the month a period key ('yyyy-MM' or 'yyyy-MM-dd') falls in. */
QDate monthOfKey(const QString &key)
{
    return QDate::fromString(key.left(7) + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace

ComplaintDashboard ComplaintDashboard::compute(const QList<Complaint> &complaints, const ComplaintReport &report,
                                               const DashboardFilter &filter)
{
    ComplaintDashboard d;
    d.filter = filter;
    d.report = report;
    fillCounts(d);

    QHash<QString, int> causes;
    QHash<CustomerId, RepeatComplainant> byCustomer;
    QMap<QDate, ComplaintMonthCount> months = emptyMonths(filter);
    for (const Complaint &c : complaints) {
        const QString cause = c.rootCause.trimmed();
        if (cause.isEmpty()) {
            ++d.withoutRootCause;
        } else {
            ++d.withRootCause;
            causes[cause] += 1;
        }
        RepeatComplainant &who = byCustomer[c.customerId];
        who.customerId = c.customerId;
        ++who.complaints;
        if (!who.lastReceivedAt.isValid() || c.receivedAt > who.lastReceivedAt) {
            who.lastReceivedAt = c.receivedAt;
        }
        const QDate month = DashboardFilter::bucketStart(c.receivedAt.toUTC().date(), DashboardFilter::Bucket::Month);
        ComplaintMonthCount &m = months[month];
        m.month = month;
        ++m.received;
        m.resolved += c.resolvedAt.isValid() ? 1 : 0;
    }
    d.trend = months.values();
    d.pareto = paretoOf(causes, d.withRootCause);
    for (const RepeatComplainant &who : std::as_const(byCustomer)) {
        if (who.complaints >= 2) {
            d.repeatComplainants << who;
        }
    }
    sortRepeat(d.repeatComplainants);
    return d;
}

Result<ComplaintDashboard> ComplaintDashboard::build(const QString &connectionName, const DashboardFilter &filter,
                                                     const Clock &clock)
{
    if (!filter.isValid()) {
        return makeError(ErrorCode::Validation,
                         AnalyticsTr::tr("Choose a period whose first day is not after its last day."));
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    ComplaintDashboard d;
    d.filter = filter;
    d.resolutionTimesFromBuckets = true;
    ComplaintReport &r = d.report;
    r.from = filter.fromUtc();
    r.to = filter.toUtcExclusive();

    QMap<QDate, ComplaintMonthCount> months = emptyMonths(filter);
    Status read = forEachRollupRow(
        db, filter,
        QStringLiteral("SELECT period, category, severity, received, resolved, ever_resolved, reopened, with_cause "
                       "FROM analytics_complaint_count"),
        [&](const QSqlQuery &q) {
            const int received = q.value(3).toInt();
            const int resolved = q.value(4).toInt();
            r.total += received;
            r.byCategory[complaintCategoryFromId(q.value(1).toString()).value_or(ComplaintCategory::Other)] += received;
            r.bySeverity[severityFromId(q.value(2).toString()).value_or(ComplaintSeverity::Low)] += received;
            r.everResolved += q.value(5).toInt();
            r.reopened += q.value(6).toInt();
            d.withRootCause += q.value(7).toInt();
            ComplaintMonthCount &m = months[monthOfKey(q.value(0).toString())];
            m.month = monthOfKey(q.value(0).toString());
            m.received += received;
            m.resolved += resolved;
            r.resolved += resolved;
        });
    if (!read) {
        return read.error();
    }
    d.withoutRootCause = r.total - d.withRootCause;
    d.trend = months.values();
    fillCounts(d);

    QHash<QString, int> causes;
    read = forEachRollupRow(db, filter, QStringLiteral("SELECT root_cause, n FROM analytics_complaint_cause"),
                            [&](const QSqlQuery &q) { causes[q.value(0).toString()] += q.value(1).toInt(); });
    if (!read) {
        return read.error();
    }
    d.pareto = paretoOf(causes, d.withRootCause);

    read = forEachRollupRow(
        db, filter,
        QStringLiteral("SELECT fr_decided, fr_within, res_decided, res_within FROM analytics_complaint_sla"),
        [&](const QSqlQuery &q) {
            r.firstResponse.decided += q.value(0).toInt();
            r.firstResponse.within += q.value(1).toInt();
            r.resolution.decided += q.value(2).toInt();
            r.resolution.within += q.value(3).toInt();
        });
    if (!read) {
        return read.error();
    }
    QMap<int, qint64> hours;
    read = forEachRollupRow(db, filter, QStringLiteral("SELECT bucket, n FROM analytics_complaint_hours"),
                            [&](const QSqlQuery &q) { hours[q.value(0).toInt()] += q.value(1).toLongLong(); });
    if (!read) {
        return read.error();
    }
    auto live = ComplaintSlaRollup::live(connectionName, filter, clock.nowUtc());
    if (!live) {
        return live.error();
    }
    r.firstResponse.decided += live->firstResponse.decided;
    r.firstResponse.within += live->firstResponse.within;
    r.resolution.decided += live->resolution.decided;
    r.resolution.within += live->resolution.within;
    for (auto it = live->hours.constBegin(); it != live->hours.constEnd(); ++it) {
        hours[it.key()] += it.value();
    }
    r.medianResolutionHours = ComplaintSlaRollup::medianHours(hours);
    r.p90ResolutionHours = ComplaintSlaRollup::percentileHours(hours, 90);

    // Repeat complainants through the covering index: customer ids only, a handful of columns per complaint.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString where = QStringLiteral(" WHERE received_at >= ? AND received_at < ?");
    QVariantList values{iso(r.from), iso(r.to)};
    if (!filter.department.isEmpty()) {
        where += QStringLiteral(" AND department = ?");
        values << filter.department;
    }
    if (!filter.staff.isEmpty()) {
        where += QStringLiteral(" AND staff = ?");
        values << filter.staff;
    }
    // Only customers with two or more complaints ever can qualify (kept by triggers, migration 15): their
    // complaints of the period through complaint_customer, instead of grouping every complaint of the period.
    if (!execPrepared(q,
                      QStringLiteral("SELECT customer_id, count(*), max(received_at) FROM complaint "
                                     "INDEXED BY complaint_customer") +
                          where +
                          QStringLiteral(" AND customer_id IN (SELECT customer_id FROM analytics_complaint_customer "
                                         "WHERE complaints >= 2) GROUP BY customer_id HAVING count(*) >= 2"),
                      values)) {
        return readError(q);
    }
    while (q.next()) {
        d.repeatComplainants.append({q.value(0).toLongLong(), q.value(1).toInt(), fromIso(q.value(2).toString())});
    }
    sortRepeat(d.repeatComplainants);
    return d;
}

Result<ComplaintDashboard> ComplaintDashboard::build(const QString &connectionName, const QDate &from, const QDate &to,
                                                     const Clock &clock)
{
    DashboardFilter filter;
    filter.from = from;
    filter.to = to;
    return build(connectionName, filter, clock);
}

} // namespace caredesk::core
