// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpRepository.h"

#include "core/audit/AuditLog.h"
#include "core/common/Tr.h"
#include "core/customers/PhoneNumber.h"
#include "core/followups/FollowUpConsent.h"
#include "core/followups/FollowUpSql.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace caredesk::core {

using followups::dateFrom;
using followups::dateValue;

namespace {

constexpr int maxTextLength = 4000;

const QString taskColumns = QStringLiteral(
    "t.id, t.customer_id, t.kind, t.due_date, t.due_time, t.original_due_date, t.priority, t.assignee, t.script, "
    "t.notes, t.status, t.outcome, t.result, t.completed_at, t.completed_by, t.cancel_reason, t.reschedule_count, "
    "t.visit_id, t.survey_response_id, t.complaint_id, t.rule_id, t.created_at, t.created_by");
constexpr int taskColumnCount = 23;

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant idValue(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

FollowUpTask taskFromRow(const QSqlQuery &q)
{
    FollowUpTask t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.kind = followUpKindFromId(q.value(2).toString()).value_or(FollowUpKind::PostVisitCall);
    t.dueDate = dateFrom(q.value(3));
    t.dueTime = q.value(4).isNull() ? QTime() : QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
    t.originalDueDate = dateFrom(q.value(5));
    t.priority = q.value(6).toInt();
    t.assignee = q.value(7).toString();
    t.script = q.value(8).toString();
    t.notes = q.value(9).toString();
    t.status = followUpStatusFromId(q.value(10).toString()).value_or(FollowUpStatus::Open);
    t.outcome = q.value(11).isNull() ? std::nullopt : followUpOutcomeFromId(q.value(11).toString());
    t.result = q.value(12).toString();
    t.completedAt = fromIso(q.value(13).toString());
    t.completedBy = q.value(14).toString();
    t.cancelReason = q.value(15).toString();
    t.rescheduleCount = q.value(16).toInt();
    t.visitId = optionalId(q.value(17));
    t.surveyResponseId = optionalId(q.value(18));
    t.complaintId = optionalId(q.value(19));
    t.ruleId = optionalId(q.value(20));
    t.createdAt = fromIso(q.value(21).toString());
    t.createdBy = q.value(22).toString();
    return t;
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), FollowUpsTr::tr("The follow-ups could not be read."));
}

Error writeError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), FollowUpsTr::tr("The follow-up could not be saved; nothing was changed."));
}

Error supervisorsOnly()
{
    return makeError(ErrorCode::PermissionDenied,
                     FollowUpsTr::tr("Only service officers, managers and administrators can do this. Ask one of "
                                     "them."));
}

QVariant auditOutcome(const std::optional<FollowUpOutcome> &outcome)
{
    return outcome ? QVariant(followUpOutcomeId(*outcome)) : QVariant();
}

/** The audit changes between two versions of a task; the result and the reasons staff type only as "changed". */
AuditChanges taskChanges(const FollowUpTask &b, const FollowUpTask &a)
{
    AuditChanges c;
    c.value(QStringLiteral("status"), followUpStatusId(b.status), followUpStatusId(a.status))
        .value(QStringLiteral("outcome"), auditOutcome(b.outcome), auditOutcome(a.outcome))
        .value(QStringLiteral("due_date"), auditValue(b.dueDate), auditValue(a.dueDate))
        .value(QStringLiteral("reschedule_count"), b.rescheduleCount, a.rescheduleCount)
        .value(QStringLiteral("assignee"), b.assignee, a.assignee)
        .value(QStringLiteral("completed_at"), b.completedAt.isValid() ? QVariant(b.completedAt) : QVariant(),
               a.completedAt.isValid() ? QVariant(a.completedAt) : QVariant())
        .identifying(QStringLiteral("result"), b.result, a.result)
        .identifying(QStringLiteral("cancel_reason"), b.cancelReason, a.cancelReason);
    return c;
}

/** The queue's order: by due date (so overdue first), tasks with a time first by time, then priority. */
const QString queueOrder = QStringLiteral("t.due_date, t.due_time IS NULL, t.due_time, t.priority DESC, t.id");

} // namespace

FollowUpRepository::FollowUpRepository(Database &database, const Clock &clock)
    : m_connectionName(database.connectionName()), m_userName(database.session().userName),
      m_role(database.session().role), m_clock(clock)
{
}

FollowUpRepository::FollowUpRepository(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
    m_role = followups::enabledStaffRole(connection(), userName);
}

QSqlDatabase FollowUpRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool FollowUpRepository::canSupervise(Role role)
{
    return followups::supervises(role);
}

bool FollowUpRepository::isSupervisor() const
{
    return m_role && canSupervise(*m_role);
}

Status FollowUpRepository::mayWork(const FollowUpTask &task) const
{
    if (!m_role) {
        return makeError(ErrorCode::PermissionDenied,
                         FollowUpsTr::tr("Sign in with an enabled staff account to work on follow-ups."));
    }
    if (task.assignee.compare(m_userName, Qt::CaseInsensitive) == 0 || isSupervisor()) {
        return {};
    }
    return makeError(ErrorCode::PermissionDenied,
                     FollowUpsTr::tr("This follow-up is assigned to %1. Only they, or a service officer, manager or "
                                     "administrator, can work on it.")
                         .arg(task.assignee));
}

Result<FollowUpTask> FollowUpRepository::create(FollowUpTask task)
{
    if (!m_role) {
        return makeError(ErrorCode::PermissionDenied,
                         FollowUpsTr::tr("Sign in with an enabled staff account to add follow-ups."));
    }
    const QDate today = m_clock.today();
    QStringList problems;
    task.assignee = task.assignee.trimmed();
    task.script = task.script.trimmed();
    task.notes = task.notes.trimmed();
    if (!task.dueDate.isValid()) {
        problems << FollowUpsTr::tr("Choose the day the call is due.");
    } else if (task.dueDate < today) {
        problems << FollowUpsTr::tr("The due day lies in the past. Choose today or a later day.");
    }
    if (task.script.size() > maxTextLength || task.notes.size() > maxTextLength) {
        problems << FollowUpsTr::tr("The script and the notes must each stay under %1 characters.").arg(maxTextLength);
    }
    QSqlDatabase db = connection();
    if (!followups::enabledStaffRole(db, task.assignee)) {
        problems << FollowUpsTr::tr("Choose who makes the call: an enabled staff account.");
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {task.customerId})) {
        return readError(q);
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
                         FollowUpsTr::tr("The customer does not exist. Search for the customer again."));
    }
    if (!q.value(0).isNull()) {
        return makeError(ErrorCode::NotFound, FollowUpsTr::tr("This customer was merged into another record. Add "
                                                              "the follow-up on the customer that was kept."));
    }
    q.finish();
    if (auto allowed = FollowUpConsent(db).allows(task.customerId, task.kind); !allowed) {
        return allowed.error();
    } else if (!*allowed) {
        return makeError(ErrorCode::Validation, FollowUpConsent::refusal(task.kind));
    }
    const QDateTime now = m_clock.nowUtc();
    task.id = 0;
    task.originalDueDate = task.dueDate;
    task.status = FollowUpStatus::Open;
    task.outcome.reset();
    task.rescheduleCount = 0;
    task.history.clear();
    task.ruleId.reset();
    task.createdAt = now;
    task.createdBy = m_userName;
    return transact<FollowUpTask>(
        db, FollowUpsTr::tr("The follow-up could not be saved."), [&]() -> Result<FollowUpTask> {
            QSqlQuery insert(db);
            if (!execPrepared(
                    insert,
                    QStringLiteral("INSERT INTO follow_up_task(customer_id, kind, due_date, due_time, "
                                   "original_due_date, priority, assignee, script, notes, status, visit_id, "
                                   "survey_response_id, complaint_id, created_at, created_by) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,'open',?,?,?,?,?)"),
                    {task.customerId, followUpKindId(task.kind), dateValue(task.dueDate),
                     task.dueTime.isValid() ? QVariant(task.dueTime.toString(QStringLiteral("HH:mm"))) : QVariant(),
                     dateValue(task.dueDate), task.priority, task.assignee, task.script, task.notes,
                     idValue(task.visitId), idValue(task.surveyResponseId), idValue(task.complaintId), iso(now),
                     m_userName})) {
                return writeError(insert);
            }
            task.id = insert.lastInsertId().toLongLong();
            insert.finish();
            AuditEntry entry{QStringLiteral("followup.create"), QStringLiteral("followup"), QString::number(task.id),
                             QStringLiteral("customer=%1").arg(task.customerId), {}};
            entry.changes.initial(QStringLiteral("kind"), followUpKindId(task.kind))
                .initial(QStringLiteral("due_date"), auditValue(task.dueDate))
                .initial(QStringLiteral("due_time"),
                         task.dueTime.isValid() ? QVariant(task.dueTime.toString(QStringLiteral("HH:mm"))) : QVariant())
                .initial(QStringLiteral("priority"), task.priority)
                .initial(QStringLiteral("assignee"), task.assignee)
                .initial(QStringLiteral("visit_id"), idValue(task.visitId))
                .initial(QStringLiteral("survey_response_id"), idValue(task.surveyResponseId))
                .initial(QStringLiteral("complaint_id"), idValue(task.complaintId))
                .initialIdentifying(QStringLiteral("script"), !task.script.isEmpty())
                .initialIdentifying(QStringLiteral("notes"), !task.notes.isEmpty());
            if (Status recorded = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !recorded) {
                return recorded.error();
            }
            return task;
        });
}

Result<FollowUpTask> FollowUpRepository::find(FollowUpTaskId id) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM follow_up_task t WHERE t.id = ?"),
                      {id})) {
        return readError(q);
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
                         FollowUpsTr::tr("The follow-up no longer exists. Reload the list and try again."));
    }
    FollowUpTask task = taskFromRow(q);
    q.finish();
    if (!execPrepared(q,
                      QStringLiteral("SELECT from_date, to_date, reason, outcome, at, user_name FROM "
                                     "follow_up_reschedule WHERE task_id = ? ORDER BY id"),
                      {id})) {
        return readError(q);
    }
    while (q.next()) {
        FollowUpReschedule r;
        r.fromDate = dateFrom(q.value(0));
        r.toDate = dateFrom(q.value(1));
        r.reason = q.value(2).toString();
        r.outcome = q.value(3).isNull() ? std::nullopt : followUpOutcomeFromId(q.value(3).toString());
        r.at = fromIso(q.value(4).toString());
        r.userName = q.value(5).toString();
        task.history << r;
    }
    return task;
}

Result<FollowUpTask> FollowUpRepository::loadOpen(FollowUpTaskId id) const
{
    auto task = find(id);
    if (!task) {
        return task;
    }
    if (auto allowed = mayWork(*task); !allowed) {
        return allowed.error();
    }
    if (task->status != FollowUpStatus::Open) {
        return makeError(ErrorCode::Conflict,
                         FollowUpsTr::tr("This follow-up is already %1. Reload the list to see what is still open.")
                             .arg(followUpStatusLabel(task->status).toLower()));
    }
    return task;
}

Result<FollowUpTask> FollowUpRepository::recordOutcome(FollowUpTaskId id, FollowUpOutcome outcome,
                                                       const QString &result, const std::optional<QDate> &rescheduleTo)
{
    auto loaded = loadOpen(id);
    if (!loaded) {
        return loaded;
    }
    FollowUpTask task = *loaded;
    const QString text = result.trimmed();
    if (text.size() > maxTextLength) {
        return makeError(ErrorCode::Validation,
                         FollowUpsTr::tr("The result must stay under %1 characters.").arg(maxTextLength));
    }
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    if (rescheduleTo) {
        if (!outcomeAllowsReschedule(outcome)) {
            return makeError(ErrorCode::Validation,
                             FollowUpsTr::tr("Only a call with no answer or one the customer asked to repeat can be "
                                             "tried again on another day. Leave the new day empty."));
        }
        if (!rescheduleTo->isValid() || *rescheduleTo < today) {
            return makeError(ErrorCode::Validation,
                             FollowUpsTr::tr("The new day lies in the past. Choose today or a later day."));
        }
    }
    QSqlDatabase db = connection();
    return transact<FollowUpTask>(
        db, FollowUpsTr::tr("The outcome could not be saved."), [&]() -> Result<FollowUpTask> {
            QSqlQuery q(db);
            if (rescheduleTo) {
                const QString reason = text.isEmpty() ? followUpOutcomeLabel(outcome) : text;
                if (!execPrepared(
                        q,
                        QStringLiteral("INSERT INTO follow_up_reschedule(task_id, from_date, to_date, reason, "
                                       "outcome, at, user_name) VALUES (?,?,?,?,?,?,?)"),
                        {id, dateValue(task.dueDate), dateValue(*rescheduleTo), reason, followUpOutcomeId(outcome),
                         iso(now), m_userName}) ||
                    !execPrepared(q,
                                  QStringLiteral("UPDATE follow_up_task SET due_date = ?, reschedule_count = "
                                                 "reschedule_count + 1 WHERE id = ? AND status = 'open'"),
                                  {dateValue(*rescheduleTo), id})) {
                    return writeError(q);
                }
            } else if (!execPrepared(
                           q,
                           QStringLiteral("UPDATE follow_up_task SET status = 'done', outcome = ?, result = ?, "
                                          "completed_at = ?, completed_on = ?, completed_by = ? "
                                          "WHERE id = ? AND status = 'open'"),
                           {followUpOutcomeId(outcome), text, iso(now), dateValue(today), m_userName, id})) {
                return writeError(q);
            }
            q.finish();
            return audited(QStringLiteral("followup.outcome"), task, rescheduleTo ? text : QString());
        });
}

Result<FollowUpTask> FollowUpRepository::reschedule(FollowUpTaskId id, const QDate &to, const QString &reason)
{
    auto loaded = loadOpen(id);
    if (!loaded) {
        return loaded;
    }
    const QString why = reason.trimmed();
    const QDateTime now = m_clock.nowUtc();
    if (!to.isValid() || to < now.toLocalTime().date()) {
        return makeError(ErrorCode::Validation,
                         FollowUpsTr::tr("The new day lies in the past. Choose today or a later day."));
    }
    if (why.isEmpty()) {
        return makeError(ErrorCode::Validation, FollowUpsTr::tr("Say why the call moves to another day."));
    }
    QSqlDatabase db = connection();
    return transact<FollowUpTask>(
        db, FollowUpsTr::tr("The follow-up could not be moved."), [&]() -> Result<FollowUpTask> {
            QSqlQuery q(db);
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO follow_up_reschedule(task_id, from_date, to_date, reason, "
                                             "outcome, at, user_name) VALUES (?,?,?,?,NULL,?,?)"),
                              {id, dateValue(loaded->dueDate), dateValue(to), why, iso(now), m_userName}) ||
                !execPrepared(q,
                              QStringLiteral("UPDATE follow_up_task SET due_date = ?, reschedule_count = "
                                             "reschedule_count + 1 WHERE id = ?"),
                              {dateValue(to), id})) {
                return writeError(q);
            }
            q.finish();
            return audited(QStringLiteral("followup.reschedule"), *loaded, why);
        });
}

Result<FollowUpTask> FollowUpRepository::reassign(FollowUpTaskId id, const QString &assignee)
{
    if (!isSupervisor()) {
        return supervisorsOnly();
    }
    auto loaded = loadOpen(id);
    if (!loaded) {
        return loaded;
    }
    QSqlDatabase db = connection();
    const QString to = assignee.trimmed();
    if (!followups::enabledStaffRole(db, to)) {
        return makeError(ErrorCode::Validation, FollowUpsTr::tr("Choose an enabled staff account to give it to."));
    }
    return transact<FollowUpTask>(db, FollowUpsTr::tr("The follow-up could not be reassigned."),
                                  [&]() -> Result<FollowUpTask> {
                                      QSqlQuery q(db);
                                      if (!execPrepared(q,
                                                        QStringLiteral("UPDATE follow_up_task SET assignee = ? "
                                                                       "WHERE id = ?"),
                                                        {to, id})) {
                                          return writeError(q);
                                      }
                                      q.finish();
                                      return audited(QStringLiteral("followup.reassign"), *loaded);
                                  });
}

Result<FollowUpTask> FollowUpRepository::cancel(FollowUpTaskId id, const QString &reason)
{
    auto loaded = loadOpen(id);
    if (!loaded) {
        return loaded;
    }
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return makeError(ErrorCode::Validation, FollowUpsTr::tr("Say why the follow-up is cancelled."));
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = connection();
    return transact<FollowUpTask>(
        db, FollowUpsTr::tr("The follow-up could not be cancelled."), [&]() -> Result<FollowUpTask> {
            QSqlQuery q(db);
            if (!execPrepared(q,
                              QStringLiteral("UPDATE follow_up_task SET status = 'cancelled', "
                                             "cancel_reason = ?, completed_at = ?, completed_on = ?, "
                                             "completed_by = ? WHERE id = ?"),
                              {why, iso(now), dateValue(now.toLocalTime().date()), m_userName, id})) {
                return writeError(q);
            }
            q.finish();
            return audited(QStringLiteral("followup.cancel"), *loaded);
        });
}

Result<FollowUpTask> FollowUpRepository::audited(const QString &action, const FollowUpTask &before,
                                                 const QString &reason) const
{
    auto after = find(before.id);
    if (!after) {
        return after;
    }
    AuditEntry entry{action, QStringLiteral("followup"), QString::number(before.id),
                     QStringLiteral("customer=%1").arg(before.customerId), taskChanges(before, *after)};
    entry.changes.initialIdentifying(QStringLiteral("reason"), !reason.isEmpty());
    if (Status recorded = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !recorded) {
        return recorded.error();
    }
    return after;
}

Result<QList<FollowUpQueueRow>> FollowUpRepository::readQueue(const QString &where, const QVariantList &values,
                                                              const QString &order, int limit) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + taskColumns +
                  QStringLiteral(", c.name, c.member_number, c.phone FROM follow_up_task t JOIN customer c ON "
                                 "c.id = t.customer_id WHERE ") +
                  where + QStringLiteral(" ORDER BY ") + order;
    QVariantList bound = values;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bound << limit;
    }
    if (!execPrepared(q, sql, bound)) {
        return readError(q);
    }
    QList<FollowUpQueueRow> rows;
    while (q.next()) {
        FollowUpQueueRow row;
        row.task = taskFromRow(q);
        row.customerName = q.value(taskColumnCount).toString();
        row.memberNumber = q.value(taskColumnCount + 1).toString();
        // Lists carry the mask only, whoever reads them: the whole number comes from CustomerRepository::reveal,
        // which checks the right and writes the reason to the audit trail.
        row.phone = PhoneNumber::masked(q.value(taskColumnCount + 2).toString());
        rows << row;
    }
    return rows;
}

Result<QList<FollowUpQueueRow>> FollowUpRepository::dayQueue(const QString &assignee, const QDate &day) const
{
    if (!m_role || (assignee.compare(m_userName, Qt::CaseInsensitive) != 0 && !isSupervisor())) {
        return supervisorsOnly();
    }
    return readQueue(QStringLiteral("t.assignee = ? AND t.status = 'open' AND t.due_date <= ?"),
                     {assignee, dateValue(day)}, queueOrder, 0);
}

Result<QList<FollowUpQueueRow>> FollowUpRepository::dayQueueAll(const QDate &day) const
{
    if (!isSupervisor()) {
        return supervisorsOnly();
    }
    return readQueue(QStringLiteral("t.status = 'open' AND t.due_date <= ?"), {dateValue(day)},
                     QStringLiteral("t.assignee, ") + queueOrder, 0);
}

Result<std::optional<FollowUpQueueRow>> FollowUpRepository::nextTask(const QString &assignee, const QDate &day,
                                                                     FollowUpTaskId current) const
{
    auto queue = dayQueue(assignee, day);
    if (!queue) {
        return queue.error();
    }
    const QList<FollowUpQueueRow> &rows = *queue;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).task.id == current) {
            if (rows.size() == 1) {
                return std::optional<FollowUpQueueRow>();
            }
            return std::optional<FollowUpQueueRow>(rows.at((i + 1) % rows.size()));
        }
    }
    // No longer in the queue (just done or moved to a later day): the one that now stands where it stood.
    auto gone = find(current);
    if (gone && !rows.isEmpty()) {
        const bool moved = gone->status == FollowUpStatus::Open && !gone->history.isEmpty();
        FollowUpTask stood = *gone;
        stood.dueDate = moved ? gone->history.constLast().fromDate : gone->dueDate;
        // The queue's order (queueOrder): due date, timed before untimed, time, priority (highest first), id.
        const auto key = [](const FollowUpTask &t) {
            return std::make_tuple(t.dueDate, !t.dueTime.isValid(), t.dueTime.isValid() ? t.dueTime : QTime(0, 0),
                                   -t.priority, t.id);
        };
        for (const FollowUpQueueRow &row : rows) {
            if (key(row.task) > key(stood)) {
                return std::optional<FollowUpQueueRow>(row);
            }
        }
    }
    return rows.isEmpty() ? std::optional<FollowUpQueueRow>() : std::optional<FollowUpQueueRow>(rows.first());
}

Result<QList<FollowUpQueueRow>> FollowUpRepository::overdue(const QDate &today, int limit) const
{
    if (!isSupervisor()) {
        return supervisorsOnly();
    }
    return readQueue(QStringLiteral("t.status = 'open' AND t.due_date < ?"), {dateValue(today)},
                     QStringLiteral("t.due_date, t.priority DESC, t.id"), std::clamp(limit, 1, 5000));
}

Result<QList<FollowUpFigures>> FollowUpRepository::figures(const QDate &from, const QDate &to) const
{
    if (!isSupervisor()) {
        return supervisorsOnly();
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    const QString today = m_clock.today().toString(Qt::ISODate);
    if (!execPrepared(q,
                      QStringLiteral("SELECT assignee, count(*), "
                                     "sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END), "
                                     "sum(CASE WHEN status = 'done' AND completed_on <= due_date THEN 1 ELSE 0 END), "
                                     "sum(CASE WHEN status = 'open' AND due_date < ? THEN 1 ELSE 0 END) "
                                     "FROM follow_up_task WHERE original_due_date >= ? AND original_due_date <= ? "
                                     "AND status <> 'cancelled' GROUP BY assignee ORDER BY assignee"),
                      {today, dateValue(from), dateValue(to)})) {
        return readError(q);
    }
    QList<FollowUpFigures> figures;
    while (q.next()) {
        FollowUpFigures f;
        f.assignee = q.value(0).toString();
        f.due = q.value(1).toInt();
        f.done = q.value(2).toInt();
        f.doneOnTime = q.value(3).toInt();
        f.overdueOpen = q.value(4).toInt();
        figures << f;
    }
    return figures;
}

Result<QList<FollowUpTask>> FollowUpRepository::openTasksOf(CustomerId customerId) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + taskColumns +
                          QStringLiteral(" FROM follow_up_task t WHERE t.customer_id = ? AND t.status = 'open' "
                                         "ORDER BY t.due_date, t.id"),
                      {customerId})) {
        return readError(q);
    }
    QList<FollowUpTask> tasks;
    while (q.next()) {
        tasks << taskFromRow(q);
    }
    return tasks;
}

Result<QList<FollowUpTask>> FollowUpRepository::tasksOf(CustomerId customerId) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + taskColumns +
                          QStringLiteral(" FROM follow_up_task t WHERE t.customer_id = ? "
                                         "ORDER BY t.due_date DESC, t.id DESC"),
                      {customerId})) {
        return readError(q);
    }
    QList<FollowUpTask> tasks;
    while (q.next()) {
        tasks << taskFromRow(q);
    }
    return tasks;
}

Result<QList<FollowUpStaff>> FollowUpRepository::staff() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q, QStringLiteral("SELECT user_name, display_name, role FROM staff WHERE disabled = 0 "
                                        "ORDER BY user_name"))) {
        return readError(q);
    }
    QList<FollowUpStaff> staff;
    while (q.next()) {
        staff.append({q.value(0).toString(), q.value(1).toString(),
                      roleFromId(q.value(2).toString()).value_or(Role::Reception)});
    }
    return staff;
}

} // namespace caredesk::core
