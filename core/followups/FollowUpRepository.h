// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/followups/FollowUpTask.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace caredesk::core {

class Database;

/** A task with what a queue shows of its customer. */
struct FollowUpQueueRow {
    FollowUpTask task;
    QString customerName;
    QString memberNumber;
    QString phone; ///< masked (PhoneNumber::masked) for every role; CustomerRepository::reveal gives the number
};

/** A staff account that can be given follow-ups. */
struct FollowUpStaff {
    QString userName;
    QString displayName;
    Role role = Role::Reception;
};

/**
 * One assignee's figures for a period. A task belongs to the period of its original due date (rescheduling does
 * not move it out); cancelled tasks are not counted.
 */
struct FollowUpFigures {
    QString assignee;
    int due = 0;         ///< tasks originally due in the period
    int done = 0;        ///< of those, done
    int doneOnTime = 0;  ///< done on or before the due date in force when done
    int overdueOpen = 0; ///< still open and due before today
    /** done / due, nullopt when nothing was due. */
    [[nodiscard]] std::optional<double> completionRate() const
    {
        return due > 0 ? std::optional<double>(static_cast<double>(done) / due) : std::nullopt;
    }
    /** doneOnTime / done, nullopt when nothing was done. */
    [[nodiscard]] std::optional<double> onTimeRate() const
    {
        return done > 0 ? std::optional<double>(static_cast<double>(doneOnTime) / done) : std::nullopt;
    }
};

/**
 * Follow-up tasks: manual ones, recording the outcome of a call (closing it or trying again another day),
 * rescheduling, reassigning, cancelling, the per-staff day queue and the supervisor's figures. All SQL for tasks
 * lives here (the rule engine writes the tasks it creates itself). Every write leaves an audit entry in its
 * transaction: followup.create, followup.outcome, followup.reschedule, followup.reassign, followup.cancel.
 *
 * Permissions (enforced here): anyone signed in works their own tasks (outcome, reschedule, cancel). Reassigning,
 * working or cancelling someone else's task, the site-wide lists and the figures need ServiceOfficer, Manager or
 * Administrator; Reception and Pharmacist get PermissionDenied for those.
 */
class FollowUpRepository final {
public:
    explicit FollowUpRepository(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection, acting as @p userName (role read from the staff table): the demo, workers. */
    FollowUpRepository(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** True for the roles that supervise follow-ups (ServiceOfficer, Manager, Administrator). */
    [[nodiscard]] static bool canSupervise(Role role);
    /** Whether the signed-in user supervises follow-ups. */
    [[nodiscard]] bool isSupervisor() const;
    [[nodiscard]] QString userName() const { return m_userName; }

    /**
     * Saves a manual task. Validation when the due date is missing or before today, the kind's script or notes are
     * too long, or the assignee is not an enabled staff account; NotFound when the customer does not exist or was
     * merged into another record.
     */
    [[nodiscard]] Result<FollowUpTask> create(FollowUpTask task);
    /** One task with its reschedule history; NotFound when there is none. */
    [[nodiscard]] Result<FollowUpTask> find(FollowUpTaskId id) const;

    /**
     * Records how the call went. Without @p rescheduleTo the task is done (outcome, result, completed at/by).
     * With it (only for NoAnswer and CallbackRequested, and not before today) the task stays open, due on
     * @p rescheduleTo, and the attempt is kept in its history: one operation, one transaction.
     * Conflict when the task is no longer open; PermissionDenied for someone else's task unless a supervisor.
     */
    [[nodiscard]] Result<FollowUpTask> recordOutcome(FollowUpTaskId id, FollowUpOutcome outcome, const QString &result,
                                                     const std::optional<QDate> &rescheduleTo = std::nullopt);
    /** Moves the due date (not before today) with a reason, kept in the history. Permissions as recordOutcome(). */
    [[nodiscard]] Result<FollowUpTask> reschedule(FollowUpTaskId id, const QDate &to, const QString &reason);
    /** Gives an open task to another enabled staff account; supervisors only. */
    [[nodiscard]] Result<FollowUpTask> reassign(FollowUpTaskId id, const QString &assignee);
    /** Cancels an open task with a reason; one's own, or anyone's for a supervisor. */
    [[nodiscard]] Result<FollowUpTask> cancel(FollowUpTaskId id, const QString &reason);

    /**
     * The day queue of @p assignee: open tasks due on or before @p day, overdue first (by due date), then due
     * time (tasks with a time first), then priority (highest first). Someone else's queue needs a supervisor.
     */
    [[nodiscard]] Result<QList<FollowUpQueueRow>> dayQueue(const QString &assignee, const QDate &day) const;
    /** As dayQueue() for every assignee (assignee, then queue order); supervisors only. */
    [[nodiscard]] Result<QList<FollowUpQueueRow>> dayQueueAll(const QDate &day) const;
    /**
     * The task after @p current in @p assignee's queue for @p day, wrapping round to the first; nullopt when the
     * queue holds nothing else. A @p current not in the queue (just done) continues where it stood in due order.
     */
    [[nodiscard]] Result<std::optional<FollowUpQueueRow>> nextTask(const QString &assignee, const QDate &day,
                                                                   FollowUpTaskId current) const;
    /** Open tasks of every assignee due before @p today, oldest first; supervisors only. */
    [[nodiscard]] Result<QList<FollowUpQueueRow>> overdue(const QDate &today, int limit = 500) const;
    /**
     * Per-assignee figures for tasks originally due from @p from to @p to (both included); overdue counts as of
     * today. Sorted by assignee. Supervisors only.
     */
    [[nodiscard]] Result<QList<FollowUpFigures>> figures(const QDate &from, const QDate &to) const;
    /** Open tasks of one customer, soonest first (for the profile). */
    /** Every task of @p customerId, open, done or cancelled, latest due date first (the profile's timeline). */
    [[nodiscard]] Result<QList<FollowUpTask>> tasksOf(CustomerId customerId) const;
    [[nodiscard]] Result<QList<FollowUpTask>> openTasksOf(CustomerId customerId) const;
    /** Enabled staff accounts, by user name: who can be given tasks. */
    [[nodiscard]] Result<QList<FollowUpStaff>> staff() const;

private:
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Status mayWork(const FollowUpTask &task) const;
    [[nodiscard]] Result<FollowUpTask> loadOpen(FollowUpTaskId id) const;
    /**
     * Inside the write's transaction: the task as saved now, after an audit entry @p action with its changes since
     * @p before (and whether a @p reason was typed). Fails, rolling the write back, when the entry cannot be written.
     */
    [[nodiscard]] Result<FollowUpTask> audited(const QString &action, const FollowUpTask &before,
                                               const QString &reason = {}) const;
    [[nodiscard]] Result<QList<FollowUpQueueRow>> readQueue(const QString &where, const QVariantList &values,
                                                            const QString &order, int limit) const;

    QString m_connectionName;
    QString m_userName;
    std::optional<Role> m_role;
    const Clock &m_clock;
};

} // namespace caredesk::core
