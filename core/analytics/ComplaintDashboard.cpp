// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ComplaintDashboard.h"

#include "core/common/Tr.h"
#include "core/complaints/ComplaintRepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>

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

bool matches(const Complaint &c, const DashboardFilter &filter)
{
    return (filter.department.isEmpty() || c.department == filter.department) &&
           (filter.staff.isEmpty() || c.staff == filter.staff);
}

} // namespace

ComplaintDashboard ComplaintDashboard::compute(const QList<Complaint> &complaints, const ComplaintReport &report,
                                               const DashboardFilter &filter)
{
    ComplaintDashboard d;
    d.filter = filter;
    d.report = report;

    for (ComplaintCategory category : allCategories()) {
        d.categories.append({category, complaintCategoryLabel(category), report.byCategory.value(category)});
    }
    std::stable_sort(
        d.categories.begin(), d.categories.end(),
        [](const ComplaintCategoryCount &a, const ComplaintCategoryCount &b) { return a.count > b.count; });
    for (ComplaintSeverity severity : {ComplaintSeverity::High, ComplaintSeverity::Medium, ComplaintSeverity::Low}) {
        d.severities.append({severity, severityLabel(severity), report.bySeverity.value(severity)});
    }

    QHash<QString, int> causes;
    QHash<CustomerId, RepeatComplainant> byCustomer;
    QMap<QDate, ComplaintMonthCount> months;
    for (const QDate &month :
         DashboardFilter{filter.from, filter.to, {}, {}, {}, DashboardFilter::Bucket::Month}.bucketStarts()) {
        months.insert(month, {month, 0, 0});
    }
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

    QList<RootCauseCount> sorted;
    for (auto it = causes.constBegin(); it != causes.constEnd(); ++it) {
        sorted.append({it.key(), it.key(), it.value(), 0, 0, false});
    }
    std::sort(sorted.begin(), sorted.end(), [](const RootCauseCount &a, const RootCauseCount &b) {
        return a.count != b.count ? a.count > b.count : a.rootCause < b.rootCause;
    });
    if (sorted.size() > paretoBars) {
        RootCauseCount other{QString(), AnalyticsTr::tr("Other causes"), 0, 0, 0, true};
        for (qsizetype i = paretoBars - 1; i < sorted.size(); ++i) {
            other.count += sorted.at(i).count;
        }
        sorted.resize(paretoBars - 1);
        sorted.append(other);
    }
    int running = 0;
    for (RootCauseCount &row : sorted) {
        running += row.count;
        row.percent = 100.0 * row.count / d.withRootCause;
        row.cumulativePercent = 100.0 * running / d.withRootCause;
    }
    d.pareto = sorted;

    for (const RepeatComplainant &who : std::as_const(byCustomer)) {
        if (who.complaints >= 2) {
            d.repeatComplainants << who;
        }
    }
    std::sort(d.repeatComplainants.begin(), d.repeatComplainants.end(),
              [](const RepeatComplainant &a, const RepeatComplainant &b) {
                  if (a.complaints != b.complaints) {
                      return a.complaints > b.complaints;
                  }
                  if (a.lastReceivedAt != b.lastReceivedAt) {
                      return a.lastReceivedAt > b.lastReceivedAt;
                  }
                  return a.customerId < b.customerId;
              });
    return d;
}

Result<ComplaintDashboard> ComplaintDashboard::build(const QString &connectionName, const DashboardFilter &filter,
                                                     const Clock &clock)
{
    if (!filter.isValid()) {
        return makeError(ErrorCode::Validation,
                         AnalyticsTr::tr("Choose a period whose first day is not after its last day."));
    }
    ComplaintRepository repository(connectionName, QString(), clock);
    auto received = repository.receivedIn(filter.fromUtc(), filter.toUtcExclusive());
    if (!received) {
        return received.error();
    }
    QList<Complaint> complaints;
    QList<ComplaintId> ids;
    for (const Complaint &c : std::as_const(*received)) {
        if (matches(c, filter)) {
            complaints << c;
            ids << c.id;
        }
    }
    QHash<ComplaintId, QList<ComplaintEvent>> events;
    if (!ids.isEmpty()) {
        auto pauses = repository.pauseEvents(ids);
        if (!pauses) {
            return pauses.error();
        }
        events = *pauses;
    }
    auto engine = repository.slaEngine();
    if (!engine) {
        return engine.error();
    }
    const ComplaintReport report = ComplaintReport::compute(complaints, events, *engine, filter.fromUtc(),
                                                            filter.toUtcExclusive(), clock.nowUtc());
    return compute(complaints, report, filter);
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
