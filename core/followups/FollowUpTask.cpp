// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpTask.h"

#include "core/common/Tr.h"

namespace caredesk::core {

const QList<FollowUpKind> &allFollowUpKinds()
{
    static const QList<FollowUpKind> kinds{FollowUpKind::PostVisitCall,    FollowUpKind::MedicationAdherence,
                                           FollowUpKind::Survey,           FollowUpKind::ComplaintClosure,
                                           FollowUpKind::WinBack,          FollowUpKind::RefillReminder};
    return kinds;
}

const QList<FollowUpOutcome> &allFollowUpOutcomes()
{
    static const QList<FollowUpOutcome> outcomes{FollowUpOutcome::ReachedOk,   FollowUpOutcome::ReachedIssue,
                                                 FollowUpOutcome::NoAnswer,    FollowUpOutcome::WrongNumber,
                                                 FollowUpOutcome::Declined,    FollowUpOutcome::CallbackRequested};
    return outcomes;
}

bool outcomeAllowsReschedule(FollowUpOutcome outcome)
{
    return outcome == FollowUpOutcome::NoAnswer || outcome == FollowUpOutcome::CallbackRequested;
}

QString followUpKindId(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::PostVisitCall: return QStringLiteral("post_visit_call");
    case FollowUpKind::MedicationAdherence: return QStringLiteral("medication_adherence");
    case FollowUpKind::Survey: return QStringLiteral("survey");
    case FollowUpKind::ComplaintClosure: return QStringLiteral("complaint_closure");
    case FollowUpKind::WinBack: return QStringLiteral("win_back");
    case FollowUpKind::RefillReminder: return QStringLiteral("refill_reminder");
    }
    return {};
}

std::optional<FollowUpKind> followUpKindFromId(const QString &id)
{
    for (FollowUpKind kind : allFollowUpKinds()) {
        if (followUpKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString followUpStatusId(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open: return QStringLiteral("open");
    case FollowUpStatus::Done: return QStringLiteral("done");
    case FollowUpStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<FollowUpStatus> followUpStatusFromId(const QString &id)
{
    for (FollowUpStatus status : {FollowUpStatus::Open, FollowUpStatus::Done, FollowUpStatus::Cancelled}) {
        if (followUpStatusId(status) == id) {
            return status;
        }
    }
    return std::nullopt;
}

QString followUpOutcomeId(FollowUpOutcome outcome)
{
    switch (outcome) {
    case FollowUpOutcome::ReachedOk: return QStringLiteral("reached_ok");
    case FollowUpOutcome::ReachedIssue: return QStringLiteral("reached_issue");
    case FollowUpOutcome::NoAnswer: return QStringLiteral("no_answer");
    case FollowUpOutcome::WrongNumber: return QStringLiteral("wrong_number");
    case FollowUpOutcome::Declined: return QStringLiteral("declined");
    case FollowUpOutcome::CallbackRequested: return QStringLiteral("callback_requested");
    }
    return {};
}

std::optional<FollowUpOutcome> followUpOutcomeFromId(const QString &id)
{
    for (FollowUpOutcome outcome : allFollowUpOutcomes()) {
        if (followUpOutcomeId(outcome) == id) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString followUpKindLabel(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::PostVisitCall: return FollowUpsTr::tr("Post-visit call");
    case FollowUpKind::MedicationAdherence: return FollowUpsTr::tr("Medication adherence check");
    case FollowUpKind::Survey: return FollowUpsTr::tr("Satisfaction follow-up");
    case FollowUpKind::ComplaintClosure: return FollowUpsTr::tr("Complaint closure call");
    case FollowUpKind::WinBack: return FollowUpsTr::tr("Win-back call");
    case FollowUpKind::RefillReminder: return FollowUpsTr::tr("Refill reminder");
    }
    return {};
}

QString followUpStatusLabel(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open: return FollowUpsTr::tr("Open");
    case FollowUpStatus::Done: return FollowUpsTr::tr("Done");
    case FollowUpStatus::Cancelled: return FollowUpsTr::tr("Cancelled");
    }
    return {};
}

QString followUpOutcomeLabel(FollowUpOutcome outcome)
{
    switch (outcome) {
    case FollowUpOutcome::ReachedOk: return FollowUpsTr::tr("Reached, all well");
    case FollowUpOutcome::ReachedIssue: return FollowUpsTr::tr("Reached, has an issue");
    case FollowUpOutcome::NoAnswer: return FollowUpsTr::tr("No answer");
    case FollowUpOutcome::WrongNumber: return FollowUpsTr::tr("Wrong number");
    case FollowUpOutcome::Declined: return FollowUpsTr::tr("Declined to talk");
    case FollowUpOutcome::CallbackRequested: return FollowUpsTr::tr("Asked to be called back");
    }
    return {};
}

} // namespace caredesk::core
