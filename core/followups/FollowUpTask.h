// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace caredesk::core {

using FollowUpTaskId = qint64;

/** What a follow-up call is for (DOMAIN.md, Follow-up). */
enum class FollowUpKind { PostVisitCall, MedicationAdherence, Survey, ComplaintClosure, WinBack, RefillReminder };

/** Open until the call is done (an outcome recorded) or the task is cancelled. */
enum class FollowUpStatus { Open, Done, Cancelled };

/** How a call went. NoAnswer and CallbackRequested may keep the task open with a new due date. */
enum class FollowUpOutcome { ReachedOk, ReachedIssue, NoAnswer, WrongNumber, Declined, CallbackRequested };

/** One move of a task's due date. */
struct FollowUpReschedule {
    QDate fromDate;
    QDate toDate;
    QString reason;
    std::optional<FollowUpOutcome> outcome; ///< the unanswered attempt that caused it, if any
    QDateTime at;                           ///< UTC
    QString userName;
};

/** A follow-up (回访) task: one call to one customer, assigned to one staff account. */
struct FollowUpTask {
    FollowUpTaskId id = 0; ///< 0 until saved
    CustomerId customerId = 0;
    FollowUpKind kind = FollowUpKind::PostVisitCall;
    QDate dueDate;         ///< local business day
    QTime dueTime;         ///< optional (invalid: any time of the day)
    QDate originalDueDate; ///< the first due date (set when saved)
    int priority = 0;      ///< higher first within a day
    QString assignee;      ///< staff user name
    QString script;        ///< what to say or ask
    QString notes;
    FollowUpStatus status = FollowUpStatus::Open;
    std::optional<FollowUpOutcome> outcome;
    QString result;        ///< what the customer said
    QDateTime completedAt; ///< UTC, when done or cancelled
    QString completedBy;
    QString cancelReason;
    int rescheduleCount = 0;
    QList<FollowUpReschedule> history; ///< oldest first; filled by FollowUpRepository::find()
    std::optional<qint64> visitId;
    std::optional<qint64> surveyResponseId;
    std::optional<qint64> complaintId;
    std::optional<qint64> ruleId; ///< the rule that created it; none for manual tasks
    QDateTime createdAt;
    QString createdBy;

    /** Open and due before @p today. */
    [[nodiscard]] bool isOverdue(const QDate &today) const
    {
        return status == FollowUpStatus::Open && dueDate.isValid() && dueDate < today;
    }
};

// Stable ids stored in the database and used on the command line.
QString followUpKindId(FollowUpKind kind);
std::optional<FollowUpKind> followUpKindFromId(const QString &id);
QString followUpStatusId(FollowUpStatus status);
std::optional<FollowUpStatus> followUpStatusFromId(const QString &id);
QString followUpOutcomeId(FollowUpOutcome outcome);
std::optional<FollowUpOutcome> followUpOutcomeFromId(const QString &id);

// Translated names for people.
QString followUpKindLabel(FollowUpKind kind);
QString followUpStatusLabel(FollowUpStatus status);
QString followUpOutcomeLabel(FollowUpOutcome outcome);
/** The translated standard script for @p kind, shown where a rule or task has none of its own. */
QString followUpDefaultScript(FollowUpKind kind);
/** What staff should say for @p task: its own script, or the standard one for its kind. */
QString followUpScriptFor(const FollowUpTask &task);

/** All values in display order; the outcomes' order is the digit keys 1–6 of the outcome dialog. */
const QList<FollowUpKind> &allFollowUpKinds();
const QList<FollowUpOutcome> &allFollowUpOutcomes();
/** Outcomes after which the call may be tried again on another day. */
bool outcomeAllowsReschedule(FollowUpOutcome outcome);

} // namespace caredesk::core
