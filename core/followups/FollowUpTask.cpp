// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpTask.h"

#include "core/common/Tr.h"

namespace caredesk::core {

const QList<FollowUpKind> &allFollowUpKinds()
{
    static const QList<FollowUpKind> kinds{FollowUpKind::PostVisitCall, FollowUpKind::MedicationAdherence,
                                           FollowUpKind::Survey,        FollowUpKind::ComplaintClosure,
                                           FollowUpKind::WinBack,       FollowUpKind::RefillReminder};
    return kinds;
}

const QList<FollowUpOutcome> &allFollowUpOutcomes()
{
    static const QList<FollowUpOutcome> outcomes{FollowUpOutcome::ReachedOk, FollowUpOutcome::ReachedIssue,
                                                 FollowUpOutcome::NoAnswer,  FollowUpOutcome::WrongNumber,
                                                 FollowUpOutcome::Declined,  FollowUpOutcome::CallbackRequested};
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

QString followUpDefaultScript(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::PostVisitCall:
        return FollowUpsTr::tr("Ask how the customer feels since the visit, whether the advice was clear and if "
                               "anything is unresolved.");
    case FollowUpKind::MedicationAdherence:
        return FollowUpsTr::tr("Ask whether the medication is taken as prescribed and about any side effects.");
    case FollowUpKind::Survey:
        return FollowUpsTr::tr("Thank the customer for the feedback, apologise, ask what went wrong and what would "
                               "put it right.");
    case FollowUpKind::ComplaintClosure:
        return FollowUpsTr::tr("Confirm the resolution reached the customer and ask whether they are satisfied "
                               "with it.");
    case FollowUpKind::WinBack:
        return FollowUpsTr::tr("We have not seen the customer for a while: ask how they are and invite them to a "
                               "check-up.");
    case FollowUpKind::RefillReminder:
        return FollowUpsTr::tr("The medication runs out in a few days: remind the customer to refill and ask about "
                               "side effects.");
    }
    return {};
}

QString followUpScriptFor(const FollowUpTask &task)
{
    return task.script.trimmed().isEmpty() ? followUpDefaultScript(task.kind) : task.script;
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
