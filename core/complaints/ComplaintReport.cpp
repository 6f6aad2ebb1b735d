// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintReport.h"

#include "core/complaints/ComplaintRepository.h"

#include <algorithm>
#include <cmath>

namespace caredesk::core {

void SlaShare::count(const SlaClockState &clock)
{
    switch (clock.status) {
    case SlaStatus::Met:
        ++decided;
        ++within;
        break;
    case SlaStatus::MetLate:
    case SlaStatus::Breached: ++decided; break;
    case SlaStatus::OnTrack:
    case SlaStatus::Warning: break;
    }
}

std::optional<double> ComplaintReport::median(QList<double> values)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<double> ComplaintReport::percentile(QList<double> values, int percent)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const auto n = static_cast<double>(values.size());
    const auto rank = static_cast<qsizetype>(std::ceil(n * std::clamp(percent, 1, 100) / 100.0));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

ComplaintReport ComplaintReport::compute(const QList<Complaint> &complaints,
                                         const QHash<ComplaintId, QList<ComplaintEvent>> &events,
                                         const SlaEngine &engine, const QDateTime &from, const QDateTime &to,
                                         const QDateTime &now)
{
    ComplaintReport r;
    r.from = from;
    r.to = to;
    QList<double> hours;
    for (const Complaint &c : complaints) {
        ++r.total;
        r.byCategory[c.category] += 1;
        r.bySeverity[c.severity] += 1;
        const SlaEvaluation sla = engine.evaluate(c, events.value(c.id), now);
        r.firstResponse.count(sla.firstResponse);
        r.resolution.count(sla.resolution);
        if (c.resolvedAt.isValid()) {
            hours << static_cast<double>(sla.resolution.usedMinutes) / 60.0;
        }
        if (c.resolvedAt.isValid() || c.reopenCount > 0) {
            ++r.everResolved;
        }
        if (c.reopenCount > 0) {
            ++r.reopened;
        }
    }
    r.resolved = static_cast<int>(hours.size());
    r.medianResolutionHours = median(hours);
    r.p90ResolutionHours = percentile(hours, 90);
    return r;
}

Result<ComplaintReport> ComplaintReport::build(const QString &connectionName, const QDateTime &from,
                                               const QDateTime &to, const Clock &clock)
{
    ComplaintRepository repository(connectionName, QString(), clock);
    auto complaints = repository.receivedIn(from, to);
    if (!complaints) {
        return complaints.error();
    }
    QList<ComplaintId> ids;
    for (const Complaint &c : std::as_const(*complaints)) {
        ids << c.id;
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
    return compute(*complaints, events, *engine, from, to, clock.nowUtc());
}

} // namespace caredesk::core
