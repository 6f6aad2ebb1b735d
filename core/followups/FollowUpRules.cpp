// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpRules.h"

#include "core/audit/AuditLog.h"
#include "core/common/Tr.h"
#include "core/followups/FollowUpSql.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace caredesk::core {

namespace {

const QString ruleColumns = QStringLiteral("id, trigger_kind, enabled, task_kind, visit_kinds, days, assignee_rule, "
                                           "assignee, script, priority, name");

FollowUpRule ruleFromRow(const QSqlQuery &q)
{
    FollowUpRule r;
    r.id = q.value(0).toLongLong();
    r.trigger = followUpTriggerFromId(q.value(1).toString()).value_or(FollowUpTrigger::AfterVisit);
    r.enabled = q.value(2).toBool();
    r.taskKind = followUpKindFromId(q.value(3).toString()).value_or(FollowUpKind::PostVisitCall);
    for (const QString &kind : q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto k = visitKindFromId(kind.trimmed())) {
            r.visitKinds << *k;
        }
    }
    r.days = q.value(5).toInt();
    r.assigneeRule = followUpAssigneeRuleFromId(q.value(6).toString()).value_or(FollowUpAssigneeRule::Fixed);
    r.assignee = q.value(7).toString();
    r.script = q.value(8).toString();
    r.priority = q.value(9).toInt();
    r.name = q.value(10).toString();
    return r;
}

} // namespace

FollowUpRules::FollowUpRules(Database &database, const Clock &clock)
    : m_connectionName(database.connectionName()), m_userName(database.session().userName),
      m_role(database.session().role), m_clock(clock)
{
}

FollowUpRules::FollowUpRules(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
    m_role = followups::enabledStaffRole(connection(), userName);
}

QSqlDatabase FollowUpRules::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QList<FollowUpRule>> FollowUpRules::rules() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + ruleColumns + QStringLiteral(" FROM follow_up_rule ORDER BY id"))) {
        return databaseError(q.lastError(), FollowUpsTr::tr("The follow-up rules could not be read."));
    }
    QList<FollowUpRule> rules;
    while (q.next()) {
        rules << ruleFromRow(q);
    }
    return rules;
}

Result<FollowUpRule> FollowUpRules::rule(FollowUpRuleId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT ") + ruleColumns + QStringLiteral(" FROM follow_up_rule WHERE id = ?"),
                      {id})) {
        return databaseError(q.lastError(), FollowUpsTr::tr("The follow-up rule could not be read."));
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, FollowUpsTr::tr("There is no follow-up rule %1.").arg(id));
    }
    return ruleFromRow(q);
}

Result<FollowUpRule> FollowUpRules::update(const FollowUpRule &rule)
{
    if (!m_role || !followups::supervises(*m_role)) {
        return makeError(ErrorCode::PermissionDenied,
                         FollowUpsTr::tr("Only service officers, managers and administrators can change follow-up "
                                         "rules."));
    }
    auto stored = this->rule(rule.id);
    if (!stored) {
        return stored;
    }
    QStringList problems;
    if (rule.days < 0 || rule.days > 366) {
        problems << FollowUpsTr::tr("The number of days must be between 0 and 366.");
    }
    if (stored->trigger == FollowUpTrigger::AfterVisit && rule.visitKinds.isEmpty()) {
        problems << FollowUpsTr::tr("Choose at least one kind of visit that is followed up.");
    }
    QSqlDatabase db = connection();
    const QString assignee = rule.assignee.trimmed();
    if (!assignee.isEmpty() && !followups::enabledStaffRole(db, assignee)) {
        problems << FollowUpsTr::tr("%1 is not an enabled staff account. Choose another one.").arg(assignee);
    }
    if (rule.script.size() > 4000) {
        problems << FollowUpsTr::tr("The script must stay under 4000 characters.");
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    QStringList kinds;
    for (VisitKind kind : rule.visitKinds) {
        kinds << visitKindId(kind);
    }
    const bool turnedOn = rule.enabled && !stored->enabled;
    QStringList storedKinds;
    for (VisitKind kind : stored->visitKinds) {
        storedKinds << visitKindId(kind);
    }
    AuditEntry entry{QStringLiteral("followup_rule.update"), QStringLiteral("followup_rule"), QString::number(rule.id),
                     QStringLiteral("trigger=%1").arg(followUpTriggerId(stored->trigger)), {}};
    entry.changes.value(QStringLiteral("enabled"), stored->enabled, rule.enabled)
        .value(QStringLiteral("task_kind"), followUpKindId(stored->taskKind), followUpKindId(rule.taskKind))
        .value(QStringLiteral("visit_kinds"), storedKinds.join(QLatin1Char(',')), kinds.join(QLatin1Char(',')))
        .value(QStringLiteral("days"), stored->days, rule.days)
        .value(QStringLiteral("assignee_rule"), followUpAssigneeRuleId(stored->assigneeRule),
               followUpAssigneeRuleId(rule.assigneeRule))
        .value(QStringLiteral("assignee"), stored->assignee, assignee)
        .value(QStringLiteral("priority"), stored->priority, rule.priority)
        .identifying(QStringLiteral("name"), stored->name, rule.name.trimmed())
        .identifying(QStringLiteral("script"), stored->script, rule.script.trimmed());
    const QString failed = FollowUpsTr::tr("The follow-up rule could not be saved.");
    QString sql = QStringLiteral("UPDATE follow_up_rule SET enabled = ?, task_kind = ?, visit_kinds = ?, days = ?, "
                                 "assignee_rule = ?, assignee = ?, script = ?, priority = ?, name = ?, "
                                 "updated_at = ?, updated_by = ?");
    if (turnedOn) {
        sql += QStringLiteral(", watermark = 0, watermark_at = ''");
    }
    sql += QStringLiteral(" WHERE id = ?");
    // The rule and its audit entry together: a rule that changes silently would make the tasks unexplainable.
    auto saved = transact<bool>(db, failed, [&]() -> Result<bool> {
        QSqlQuery q(db);
        if (!execPrepared(q, sql,
                          {rule.enabled ? 1 : 0, followUpKindId(rule.taskKind), kinds.join(QLatin1Char(',')),
                           rule.days, followUpAssigneeRuleId(rule.assigneeRule), assignee, rule.script.trimmed(),
                           rule.priority, rule.name.trimmed(), iso(m_clock.nowUtc()), m_userName, rule.id})) {
            return databaseError(q.lastError(), failed);
        }
        q.finish();
        if (entry.changes.isEmpty()) {
            return true;
        }
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            return audited.error();
        }
        return true;
    });
    if (!saved) {
        return saved.error();
    }
    return this->rule(rule.id);
}

} // namespace caredesk::core
