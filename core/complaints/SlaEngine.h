// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/BusinessCalendar.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/SlaPolicy.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace caredesk::core {

/** Where one SLA clock stands. */
enum class SlaStatus {
    OnTrack,  ///< running, less than the warning share used
    Warning,  ///< running, at least the warning share used
    Breached, ///< running past its deadline
    Met,      ///< done within the allowance
    MetLate,  ///< done, but after the deadline
};

/** Who must act. Higher levels include the lower ones' audience. */
enum class EscalationLevel { None, Owner, Supervisor, Manager };

/** The two clocks of a complaint. */
enum class SlaClockKind { FirstResponse, Resolution };

/** One clock's figures, all in business minutes with waiting-on-customer time left out. */
struct SlaClockState {
    QDateTime due;             ///< UTC deadline (while paused: the deadline if the customer answered now)
    qint64 allowedMinutes = 0; ///< the allowance from the policy
    qint64 usedMinutes = 0;    ///< from receipt to when it was met, or to now while running
    qint64 leftMinutes = 0;    ///< allowed − used; negative when overdue
    SlaStatus status = SlaStatus::OnTrack;
    QDateTime metAt; ///< UTC; invalid while running

    [[nodiscard]] bool running() const
    {
        return status == SlaStatus::OnTrack || status == SlaStatus::Warning || status == SlaStatus::Breached;
    }
};

/** What SlaEngine::evaluate() found for one complaint at one moment. */
struct SlaEvaluation {
    SlaClockState firstResponse;
    SlaClockState resolution;
    bool paused = false; ///< waiting on the customer: the clocks stand still
    EscalationLevel escalation = EscalationLevel::None;
    std::optional<SlaClockKind> escalatedClock; ///< the clock that set the level

    /** Business minutes until the next running clock breaches (negative: already overdue); huge when none runs. */
    [[nodiscard]] qint64 minutesToBreach() const;
    /** The worst status over both clocks, running ones first (Breached > Warning > OnTrack > MetLate > Met). */
    [[nodiscard]] SlaStatus worstStatus() const;
};

/**
 * Works out a complaint's deadlines and escalation from stored facts only (received_at, first_response_at,
 * resolved_at and the pause/resume events) and a given "now", so the answer is the same whether the computer ran
 * all week or was off.
 *
 * Both clocks start at received_at and count business time (BusinessCalendar) minus the intervals between a
 * 'pause' and the next 'resume' event (waiting on the customer). The first-response clock stops at
 * first_response_at, the resolution clock at resolved_at; a reopen clears resolved_at, so the resolution clock
 * runs on from receipt (the customer has been waiting all along).
 *
 * Escalation rule, over the clocks still running (a met clock never escalates):
 *  - Owner: at least warningPercent of a clock's allowance is used;
 *  - Supervisor: a clock is past its deadline;
 *  - Manager: a clock is past its deadline by more than 50 % of its allowance (used > 1.5 × allowed), or the
 *    resolution clock of an urgent-class or high-severity complaint is past its deadline at all.
 * The level is the highest any running clock reaches.
 */
class SlaEngine final {
public:
    SlaEngine(BusinessCalendar calendar, SlaPolicy policy);

    /** @p events are the complaint's history (any order; only pause and resume matter), @p now in UTC. */
    [[nodiscard]] SlaEvaluation evaluate(const Complaint &complaint, const QList<ComplaintEvent> &events,
                                         const QDateTime &now) const;
    /** The intervals between each 'pause' and the following 'resume'; the last stays open while paused. */
    [[nodiscard]] static QList<TimeInterval> pauses(const QList<ComplaintEvent> &events);

    [[nodiscard]] const BusinessCalendar &calendar() const { return m_calendar; }
    [[nodiscard]] const SlaPolicy &policy() const { return m_policy; }

private:
    [[nodiscard]] SlaClockState clock(const QDateTime &received, qint64 allowed, int warningPercent,
                                      const QDateTime &metAt, const QList<TimeInterval> &pauses,
                                      const QDateTime &now) const;

    BusinessCalendar m_calendar;
    SlaPolicy m_policy;
};

QString slaStatusLabel(SlaStatus status);
QString escalationLevelLabel(EscalationLevel level);
QString slaStatusId(SlaStatus status);
QString escalationLevelId(EscalationLevel level);

} // namespace caredesk::core
