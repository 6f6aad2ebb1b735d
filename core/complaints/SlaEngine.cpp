// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/SlaEngine.h"

#include "core/common/Tr.h"

#include <algorithm>
#include <limits>

namespace caredesk::core {

namespace {

int severityRank(SlaStatus status)
{
    switch (status) {
    case SlaStatus::Breached: return 4;
    case SlaStatus::Warning: return 3;
    case SlaStatus::OnTrack: return 2;
    case SlaStatus::MetLate: return 1;
    case SlaStatus::Met: return 0;
    }
    return 0;
}

} // namespace

qint64 SlaEvaluation::minutesToBreach() const
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (const SlaClockState *c : {&firstResponse, &resolution}) {
        if (c->running()) {
            best = std::min(best, c->leftMinutes);
        }
    }
    return best;
}

SlaStatus SlaEvaluation::worstStatus() const
{
    return severityRank(firstResponse.status) >= severityRank(resolution.status) ? firstResponse.status
                                                                                 : resolution.status;
}

SlaEngine::SlaEngine(BusinessCalendar calendar, SlaPolicy policy)
    : m_calendar(std::move(calendar)), m_policy(std::move(policy))
{
}

QList<TimeInterval> SlaEngine::pauses(const QList<ComplaintEvent> &events)
{
    QList<ComplaintEvent> sorted;
    for (const ComplaintEvent &e : events) {
        if (e.kind == ComplaintEventKind::Pause || e.kind == ComplaintEventKind::Resume) {
            sorted << e;
        }
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const ComplaintEvent &a, const ComplaintEvent &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    QList<TimeInterval> intervals;
    bool open = false;
    for (const ComplaintEvent &e : std::as_const(sorted)) {
        if (e.kind == ComplaintEventKind::Pause && !open) {
            intervals.append({e.at, {}});
            open = true;
        } else if (e.kind == ComplaintEventKind::Resume && open) {
            intervals.last().to = e.at;
            open = false;
        }
    }
    return intervals;
}

SlaClockState SlaEngine::clock(const QDateTime &received, qint64 allowed, int warningPercent, const QDateTime &metAt,
                               const QList<TimeInterval> &pauses, const QDateTime &now) const
{
    SlaClockState c;
    c.allowedMinutes = allowed;
    // An open pause ends "now" for the deadline: the deadline the complaint has if the customer answers now.
    QList<TimeInterval> closed = pauses;
    for (TimeInterval &p : closed) {
        if (!p.to.isValid()) {
            p.to = std::max(now, p.from);
        }
    }
    c.due = m_calendar.addBusinessMinutes(received, allowed, closed);
    if (metAt.isValid()) {
        c.metAt = metAt;
        c.usedMinutes = m_calendar.businessMinutesBetween(received, metAt, closed);
        c.status = c.usedMinutes <= allowed ? SlaStatus::Met : SlaStatus::MetLate;
    } else {
        c.usedMinutes = m_calendar.businessMinutesBetween(received, now, closed);
        if (c.usedMinutes > allowed) {
            c.status = SlaStatus::Breached;
        } else if (c.usedMinutes * 100 >= allowed * warningPercent) {
            c.status = SlaStatus::Warning;
        } else {
            c.status = SlaStatus::OnTrack;
        }
    }
    c.leftMinutes = allowed - c.usedMinutes;
    return c;
}

SlaEvaluation SlaEngine::evaluate(const Complaint &complaint, const QList<ComplaintEvent> &events,
                                  const QDateTime &now) const
{
    const SlaTarget &target = m_policy.target(complaint.slaClass);
    const QList<TimeInterval> paused = pauses(events);
    SlaEvaluation e;
    e.paused = complaint.isOpen() && complaint.waitingOnCustomer;
    e.firstResponse = clock(complaint.receivedAt, target.firstResponseMinutes, target.warningPercent,
                            complaint.firstResponseAt, paused, now);
    e.resolution =
        clock(complaint.receivedAt, target.resolutionMinutes, target.warningPercent, complaint.resolvedAt, paused, now);

    const auto levelOf = [&](const SlaClockState &c, SlaClockKind kind) {
        if (!c.running()) {
            return EscalationLevel::None;
        }
        if (c.status == SlaStatus::Breached) {
            const bool farOver = c.usedMinutes * 2 > c.allowedMinutes * 3;
            const bool critical = kind == SlaClockKind::Resolution && (complaint.slaClass == SlaClass::Urgent ||
                                                                       complaint.severity == ComplaintSeverity::High);
            return farOver || critical ? EscalationLevel::Manager : EscalationLevel::Supervisor;
        }
        return c.status == SlaStatus::Warning ? EscalationLevel::Owner : EscalationLevel::None;
    };
    const EscalationLevel first = levelOf(e.firstResponse, SlaClockKind::FirstResponse);
    const EscalationLevel resolution = levelOf(e.resolution, SlaClockKind::Resolution);
    if (resolution >= first && resolution != EscalationLevel::None) {
        e.escalation = resolution;
        e.escalatedClock = SlaClockKind::Resolution;
    } else if (first != EscalationLevel::None) {
        e.escalation = first;
        e.escalatedClock = SlaClockKind::FirstResponse;
    }
    return e;
}

QString slaStatusLabel(SlaStatus status)
{
    switch (status) {
    case SlaStatus::OnTrack: return ComplaintsTr::tr("On track");
    case SlaStatus::Warning: return ComplaintsTr::tr("Due soon");
    case SlaStatus::Breached: return ComplaintsTr::tr("Overdue");
    case SlaStatus::Met: return ComplaintsTr::tr("Met");
    case SlaStatus::MetLate: return ComplaintsTr::tr("Met late");
    }
    return {};
}

QString escalationLevelLabel(EscalationLevel level)
{
    switch (level) {
    case EscalationLevel::None: return ComplaintsTr::tr("None");
    case EscalationLevel::Owner: return ComplaintsTr::tr("Owner");
    case EscalationLevel::Supervisor: return ComplaintsTr::tr("Supervisor");
    case EscalationLevel::Manager: return ComplaintsTr::tr("Manager");
    }
    return {};
}

QString slaStatusId(SlaStatus status)
{
    switch (status) {
    case SlaStatus::OnTrack: return QStringLiteral("on_track");
    case SlaStatus::Warning: return QStringLiteral("warning");
    case SlaStatus::Breached: return QStringLiteral("breached");
    case SlaStatus::Met: return QStringLiteral("met");
    case SlaStatus::MetLate: return QStringLiteral("met_late");
    }
    return {};
}

QString escalationLevelId(EscalationLevel level)
{
    switch (level) {
    case EscalationLevel::None: return QStringLiteral("none");
    case EscalationLevel::Owner: return QStringLiteral("owner");
    case EscalationLevel::Supervisor: return QStringLiteral("supervisor");
    case EscalationLevel::Manager: return QStringLiteral("manager");
    }
    return {};
}

} // namespace caredesk::core
