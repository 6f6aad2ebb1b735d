// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpRuleEngine.h"

#include "core/complaints/ComplaintRepository.h"

#include "core/audit/AuditLog.h"
#include "core/common/Tr.h"
#include "core/followups/FollowUpConsent.h"
#include "core/followups/FollowUpRules.h"
#include "core/followups/FollowUpSql.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

using followups::dateValue;

int FollowUpSweep::created() const
{
    int sum = 0;
    for (const FollowUpRuleRun &run : rules) {
        sum += run.created;
    }
    return sum;
}

int FollowUpSweep::cancelled() const
{
    int sum = 0;
    for (const FollowUpRuleRun &run : rules) {
        sum += run.cancelled;
    }
    return sum;
}

namespace {

QDate localDay(const QString &isoText)
{
    return fromIso(isoText).toLocalTime().date();
}

/** What one run shares: the connection, now, the staff accounts and the prepared insert. */
class Sweep final {
public:
    Sweep(QSqlDatabase db, const QDateTime &now, const QString &user)
        : m_db(db), m_now(now), m_today(now.toLocalTime().date()), m_user(user), m_insert(db), m_consent(db)
    {
    }

    Status prepare()
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!execPrepared(q, QStringLiteral("SELECT user_name, role FROM staff WHERE disabled = 0 "
                                            "ORDER BY user_name"))) {
            return fail(q);
        }
        QString service;
        QString manager;
        QString admin;
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QString role = q.value(1).toString();
            m_staff.insert(name.toLower(), name);
            if (role == QLatin1String("service") && service.isEmpty()) {
                service = name;
            } else if (role == QLatin1String("manager") && manager.isEmpty()) {
                manager = name;
            } else if (role == QLatin1String("admin") && admin.isEmpty()) {
                admin = name;
            }
        }
        m_default = !service.isEmpty() ? service : (!manager.isEmpty() ? manager : admin);
        if (m_default.isEmpty()) {
            m_default = m_user;
        }
        if (!m_insert.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO follow_up_task(customer_id, kind, due_date, original_due_date, priority, "
                "assignee, script, status, visit_id, survey_response_id, complaint_id, rule_id, source_kind, "
                "source_id, spell, created_at, created_by) VALUES (?,?,?,?,?,?,?,'open',?,?,?,?,?,?,?,?,?)"))) {
            return fail(m_insert);
        }
        return {};
    }

    /** The account the task goes to: @p candidate by the rule's assignee rule, else the rule's, else the default. */
    QString assignee(const FollowUpRule &rule, const QString &candidate) const
    {
        if (rule.assigneeRule != FollowUpAssigneeRule::Fixed) {
            const auto it = m_staff.constFind(candidate.trimmed().toLower());
            if (it != m_staff.constEnd()) {
                return it.value();
            }
        }
        const auto fixed = m_staff.constFind(rule.assignee.trimmed().toLower());
        return fixed != m_staff.constEnd() ? fixed.value() : m_default;
    }

    struct NewTask {
        CustomerId customerId = 0;
        QDate due;
        QString assignee;
        QVariant visitId;
        QVariant surveyId;
        QVariant complaintId;
        QString sourceKind;
        qint64 sourceId = 0;
        QString spell;
    };

    /** Inserts unless the rule already made this task; @p created counts the new ones. */
    bool insert(const FollowUpRule &rule, const NewTask &t, int &created)
    {
        // No call the customer's consent does not allow (a win-back call needs marketing consent by phone).
        auto allowed = m_consent.allows(t.customerId, rule.taskKind);
        if (!allowed) {
            return false;
        }
        if (!*allowed) {
            ++m_noConsent;
            return true;
        }
        if (!run(m_insert, {t.customerId, followUpKindId(rule.taskKind), dateValue(t.due), dateValue(t.due),
                            rule.priority, t.assignee, rule.script, t.visitId, t.surveyId, t.complaintId, rule.id,
                            t.sourceKind, t.sourceId, t.spell, iso(m_now), m_user})) {
            return false;
        }
        if (m_insert.numRowsAffected() == 1) {
            ++created;
            m_createdIds << m_insert.lastInsertId().toLongLong();
        }
        return true;
    }

    Error fail(const QSqlQuery &q) const
    {
        return databaseError(q.lastError(), FollowUpsTr::tr("The follow-up rules could not run; no task was "
                                                            "created. Try again."));
    }

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
    QString m_user;
    QSqlQuery m_insert;
    QHash<QString, QString> m_staff; ///< lower-case name → name, enabled accounts only
    QString m_default;
    QList<qint64> m_createdIds; ///< tasks the current rule created, for its audit entry
    FollowUpConsent m_consent;
    int m_noConsent = 0; ///< tasks the current rule did not create for want of consent
};

/**
 * One audit entry per rule that changed something in a sweep: counts, and the ids of the tasks it made as a range
 * (one sweep is one write transaction, so every id in the range is this rule's) plus the list when it is short.
 */
AuditEntry sweepEntry(const FollowUpRuleRun &counts, const QList<qint64> &createdIds)
{
    QString detail = QStringLiteral("trigger=%1 created=%2 cancelled=%3 complaints_opened=%4 no_consent=%5")
                         .arg(followUpTriggerId(counts.trigger))
                         .arg(counts.created)
                         .arg(counts.cancelled)
                         .arg(counts.complaintsOpened)
                         .arg(counts.noConsent);
    if (!createdIds.isEmpty()) {
        const auto [low, high] = std::minmax_element(createdIds.cbegin(), createdIds.cend());
        detail += QStringLiteral(" task_ids=%1-%2").arg(*low).arg(*high);
        constexpr qsizetype listed = 50;
        if (createdIds.size() <= listed) {
            QStringList ids;
            for (qint64 id : createdIds) {
                ids << QString::number(id);
            }
            detail += QStringLiteral(" tasks=") + ids.join(QLatin1Char(','));
        }
    }
    return {QStringLiteral("followup.rule_run"), QStringLiteral("followup_rule"), QString::number(counts.ruleId),
            detail, {}};
}

Result<qint64> maxId(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table) || !q.next()) {
        return databaseError(q.lastError(), FollowUpsTr::tr("The follow-up rules could not run."));
    }
    return q.value(0).toLongLong();
}

struct Watermark {
    qint64 id = 0;
    QString at;
};

Status runAfterVisit(Sweep &s, const FollowUpRule &rule, const Watermark &mark, Watermark &next,
                     FollowUpRuleRun &counts)
{
    auto top = maxId(s.m_db, QStringLiteral("visit"));
    if (!top) {
        return top.error();
    }
    next.id = *top;
    if (rule.visitKinds.isEmpty()) {
        return {};
    }
    QStringList marks;
    QVariantList values;
    for (VisitKind kind : rule.visitKinds) {
        marks << QStringLiteral("?");
        values << visitKindId(kind);
    }
    const QString cutoff = iso(s.m_now.addDays(-(rule.days + FollowUpRuleEngine::visitGraceDays)));
    QString sql = QStringLiteral("SELECT v.id, v.customer_id, v.at, v.created_by FROM visit v JOIN customer c ON "
                                 "c.id = v.customer_id WHERE v.kind IN (%1) AND v.at >= ? AND c.merged_into IS NULL")
                      .arg(marks.join(QLatin1Char(',')));
    values << cutoff;
    if (mark.id > 0) {
        sql += QStringLiteral(" AND v.id > ?");
        values << mark.id;
    }
    sql += QStringLiteral(" ORDER BY v.id");
    QSqlQuery q(s.m_db);
    q.setForwardOnly(true);
    if (!execPrepared(q, sql, values)) {
        return s.fail(q);
    }
    QSqlQuery same(s.m_db);
    if (!same.prepare(QStringLiteral("SELECT 1 FROM follow_up_task WHERE customer_id = ? AND due_date = ? AND "
                                     "rule_id = ? LIMIT 1"))) {
        return s.fail(same);
    }
    while (q.next()) {
        Sweep::NewTask t;
        t.customerId = q.value(1).toLongLong();
        t.due = localDay(q.value(2).toString()).addDays(rule.days);
        if (!run(same, {t.customerId, dateValue(t.due), rule.id})) {
            return s.fail(same);
        }
        const bool already = same.next();
        same.finish();
        if (already) {
            continue; // one call for the visits of one day
        }
        t.assignee = s.assignee(rule, q.value(3).toString());
        t.visitId = q.value(0);
        t.sourceKind = QStringLiteral("visit");
        t.sourceId = q.value(0).toLongLong();
        if (!s.insert(rule, t, counts.created)) {
            return s.fail(s.m_insert);
        }
    }
    return {};
}

Status runDetractor(Sweep &s, const FollowUpRule &rule, const Watermark &mark, Watermark &next, FollowUpRuleRun &counts,
                    const FollowUpRuleEngine::ComplaintOpener &opener)
{
    auto top = maxId(s.m_db, QStringLiteral("survey_response"));
    if (!top) {
        return top.error();
    }
    next.id = *top;
    QString sql = QStringLiteral("SELECT r.id, r.customer_id, r.at, r.nps, r.csat, r.comment, r.visit_id FROM "
                                 "survey_response r JOIN customer c ON c.id = r.customer_id WHERE r.at >= ? AND "
                                 "(r.nps <= 6 OR r.csat <= 2) AND c.merged_into IS NULL");
    QVariantList values{iso(s.m_now.addDays(-(rule.days + FollowUpRuleEngine::surveyWindowDays)))};
    if (mark.id > 0) {
        sql += QStringLiteral(" AND r.id > ?");
        values << mark.id;
    }
    sql += QStringLiteral(" ORDER BY r.id");
    QSqlQuery q(s.m_db);
    q.setForwardOnly(true);
    if (!execPrepared(q, sql, values)) {
        return s.fail(q);
    }
    struct Response {
        qint64 id;
        CustomerId customerId;
        QString at;
        QVariant nps;
        QVariant csat;
        QString comment;
        QVariant visitId;
    };
    QList<Response> responses;
    while (q.next()) {
        responses.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3),
                          q.value(4), q.value(5).toString(), q.value(6)});
    }
    q.finish();
    QSqlQuery look(s.m_db);
    for (const Response &r : std::as_const(responses)) {
        if (!execPrepared(look,
                          QStringLiteral("SELECT 1 FROM follow_up_task WHERE rule_id = ? AND source_kind = 'survey' "
                                         "AND source_id = ? AND spell = ''"),
                          {rule.id, r.id})) {
            return s.fail(look);
        }
        if (look.next()) {
            continue; // the hook is called once per response
        }
        QVariant complaintId;
        QString owner;
        if (!execPrepared(look, QStringLiteral("SELECT id, owner FROM complaint WHERE source_survey_id = ?"), {r.id})) {
            return s.fail(look);
        }
        if (look.next()) {
            complaintId = look.value(0);
            owner = look.value(1).toString();
        } else if (opener) {
            const QString nps = r.nps.isNull() ? FollowUpsTr::tr("not given") : r.nps.toString();
            const QString csat = r.csat.isNull() ? FollowUpsTr::tr("not given") : r.csat.toString();
            QString description = FollowUpsTr::tr("Unhappy survey answer (NPS %1, CSAT %2).").arg(nps, csat);
            if (!r.comment.trimmed().isEmpty()) {
                description = FollowUpsTr::tr("%1 The customer wrote: %2").arg(description, r.comment.trimmed());
            }
            look.finish();
            auto opened = opener(r.id, description);
            if (!opened) {
                return opened.error();
            }
            complaintId = *opened;
            ++counts.complaintsOpened;
            if (!execPrepared(look, QStringLiteral("SELECT owner FROM complaint WHERE id = ?"), {*opened})) {
                return s.fail(look);
            }
            if (look.next()) {
                owner = look.value(0).toString();
            }
        }
        look.finish();
        Sweep::NewTask t;
        t.customerId = r.customerId;
        t.due = std::max(localDay(r.at).addDays(rule.days), localDay(r.at));
        t.assignee = s.assignee(rule, owner);
        t.visitId = r.visitId;
        t.surveyId = r.id;
        t.complaintId = complaintId;
        t.sourceKind = QStringLiteral("survey");
        t.sourceId = r.id;
        if (!s.insert(rule, t, counts.created)) {
            return s.fail(s.m_insert);
        }
    }
    return {};
}

Status runComplaintResolved(Sweep &s, const FollowUpRule &rule, const Watermark &mark, Watermark &next,
                            FollowUpRuleRun &counts)
{
    auto top = maxId(s.m_db, QStringLiteral("complaint_event"));
    if (!top) {
        return top.error();
    }
    next.id = *top;
    QString sql = QStringLiteral(
        "SELECT e.id, e.at, k.id, k.customer_id, k.owner, k.reopen_count, k.visit_id, k.source_survey_id FROM "
        "complaint_event e JOIN complaint k ON k.id = e.complaint_id JOIN customer c ON c.id = k.customer_id "
        "WHERE e.to_state IN ('resolved', 'outcome_told', 'closed') "
        "AND k.state IN ('resolved', 'outcome_told', 'closed') AND e.at >= ? AND c.merged_into IS NULL");
    QVariantList values{iso(s.m_now.addDays(-FollowUpRuleEngine::complaintWindowDays))};
    if (mark.id > 0) {
        sql += QStringLiteral(" AND e.id > ?");
        values << mark.id;
    }
    sql += QStringLiteral(" ORDER BY e.id");
    QSqlQuery q(s.m_db);
    q.setForwardOnly(true);
    if (!execPrepared(q, sql, values)) {
        return s.fail(q);
    }
    while (q.next()) {
        Sweep::NewTask t;
        t.customerId = q.value(3).toLongLong();
        t.due = localDay(q.value(1).toString()).addDays(rule.days);
        t.assignee = s.assignee(rule, q.value(4).toString());
        t.visitId = q.value(6);
        t.surveyId = q.value(7);
        t.complaintId = q.value(2);
        t.sourceKind = QStringLiteral("complaint");
        t.sourceId = q.value(2).toLongLong();
        t.spell = QString::number(q.value(5).toInt());
        if (!s.insert(rule, t, counts.created)) {
            return s.fail(s.m_insert);
        }
    }
    return {};
}

Status runDormant(Sweep &s, const FollowUpRule &rule, const Watermark &mark, Watermark &next, FollowUpRuleRun &counts)
{
    QSqlQuery q(s.m_db);
    q.setForwardOnly(true);
    int dormantDays = 180;
    if (!execPrepared(q, QStringLiteral("SELECT value FROM setting WHERE key = 'customers.dormant_after_days'"))) {
        return s.fail(q);
    }
    if (q.next()) {
        dormantDays = std::max(1, q.value(0).toInt());
    }
    q.finish();
    // A visit of a customer with an open win-back call: they came back, the call is moot.
    auto top = maxId(s.m_db, QStringLiteral("visit"));
    if (!top) {
        return top.error();
    }
    next.id = *top;
    if (!mark.at.isEmpty() && *top > mark.id) { // not on the first run: it has no visits to compare with
        if (!execPrepared(q, QStringLiteral("SELECT customer_id, max(at) FROM visit WHERE id > ? GROUP BY customer_id"),
                          {mark.id})) {
            return s.fail(q);
        }
        QList<std::pair<CustomerId, QString>> back;
        while (q.next()) {
            back.append({q.value(0).toLongLong(), q.value(1).toString()});
        }
        q.finish();
        QSqlQuery cancel(s.m_db);
        if (!cancel.prepare(QStringLiteral(
                "UPDATE follow_up_task SET status = 'cancelled', cancel_reason = ?, completed_at = ?, "
                "completed_on = ?, completed_by = ? WHERE customer_id = ? AND rule_id = ? AND status = 'open' "
                "AND spell < ?"))) {
            return s.fail(cancel);
        }
        for (const auto &[customerId, at] : std::as_const(back)) {
            const QString reason =
                FollowUpsTr::tr("The customer came back on %1.").arg(localDay(at).toString(Qt::ISODate));
            if (!run(cancel, {reason, iso(s.m_now), dateValue(s.m_today), s.m_user, customerId, rule.id, at})) {
                return s.fail(cancel);
            }
            counts.cancelled += cancel.numRowsAffected();
        }
    }
    const QString cutoff = iso(s.m_now.addDays(-dormantDays));
    const QString from =
        mark.at.isEmpty() ? iso(s.m_now.addDays(-(dormantDays + FollowUpRuleEngine::dormantWindowDays))) : mark.at;
    next.at = cutoff;
    if (from >= cutoff) {
        return {};
    }
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, last_activity_at FROM customer WHERE last_activity_at >= ? AND "
                                     "last_activity_at < ? AND last_activity_at <> '' AND merged_into IS NULL "
                                     "ORDER BY last_activity_at, id"),
                      {from, cutoff})) {
        return s.fail(q);
    }
    while (q.next()) {
        Sweep::NewTask t;
        t.customerId = q.value(0).toLongLong();
        const QString last = q.value(1).toString();
        t.due = fromIso(last).addDays(dormantDays).toLocalTime().date().addDays(rule.days);
        t.assignee = s.assignee(rule, {});
        t.sourceKind = QStringLiteral("customer");
        t.sourceId = t.customerId;
        t.spell = last;
        if (!s.insert(rule, t, counts.created)) {
            return s.fail(s.m_insert);
        }
    }
    return {};
}

Status runRefill(Sweep &s, const FollowUpRule &rule, const Watermark &mark, Watermark &next, FollowUpRuleRun &counts)
{
    auto top = maxId(s.m_db, QStringLiteral("visit"));
    if (!top) {
        return top.error();
    }
    next.id = *top;
    QString sql = QStringLiteral("SELECT v.id, v.customer_id, v.at, v.days_supply, v.created_by, c.merged_into FROM "
                                 "visit v JOIN customer c ON c.id = v.customer_id WHERE v.kind = 'purchase'");
    QVariantList values;
    const QDate oldest = s.m_today.addDays(-FollowUpRuleEngine::refillGraceDays);
    // On a first run with no open reminders of this rule there is nothing for a later purchase to cancel (a
    // reminder is only made for a purchase with no later one), so only purchases whose reminder can still be due
    // are read: the database leaves out the rest (a day's margin for the local day), the loop checks exactly.
    bool cancelling = true;
    if (mark.id > 0) {
        sql += QStringLiteral(" AND v.id > ?");
        values << mark.id;
    } else {
        // Longest supply is 366 days: older purchases cannot be due within the grace days.
        sql += QStringLiteral(" AND v.at >= ?");
        values << iso(s.m_now.addDays(-(366 + FollowUpRuleEngine::refillGraceDays)));
        QSqlQuery open(s.m_db);
        if (!execPrepared(open,
                          QStringLiteral("SELECT 1 FROM follow_up_task WHERE rule_id = ? AND status = 'open' LIMIT 1"),
                          {rule.id})) {
            return s.fail(open);
        }
        cancelling = open.next();
        if (!cancelling) {
            const QString margin = dateValue(oldest.addDays(-1)).toString();
            sql += QStringLiteral(" AND v.days_supply IS NOT NULL AND (v.at >= ? OR "
                                  "julianday(v.at) + v.days_supply - ? >= julianday(?))");
            values << margin << rule.days << margin;
        }
    }
    sql += QStringLiteral(" ORDER BY v.id");
    QSqlQuery q(s.m_db);
    q.setForwardOnly(true);
    if (!execPrepared(q, sql, values)) {
        return s.fail(q);
    }
    QSqlQuery cancel(s.m_db);
    QSqlQuery later(s.m_db);
    if (!cancel.prepare(QStringLiteral(
            "UPDATE follow_up_task SET status = 'cancelled', cancel_reason = ?, completed_at = ?, completed_on = ?, "
            "completed_by = ? WHERE customer_id = ? AND rule_id = ? AND status = 'open' AND visit_id IN "
            "(SELECT id FROM visit WHERE customer_id = ? AND at < ?)"))) {
        return s.fail(cancel);
    }
    if (!later.prepare(QStringLiteral("SELECT 1 FROM visit WHERE customer_id = ? AND at > ? AND kind = 'purchase' "
                                      "LIMIT 1"))) {
        return s.fail(later);
    }
    while (q.next()) {
        const CustomerId customerId = q.value(1).toLongLong();
        const QString at = q.value(2).toString();
        const QDate day = localDay(at);
        if (cancelling) {
            const QString reason =
                FollowUpsTr::tr("A later purchase was recorded on %1.").arg(day.toString(Qt::ISODate));
            if (!run(cancel,
                     {reason, iso(s.m_now), dateValue(s.m_today), s.m_user, customerId, rule.id, customerId, at})) {
                return s.fail(cancel);
            }
            counts.cancelled += cancel.numRowsAffected();
        }
        if (q.value(3).isNull() || !q.value(5).isNull()) {
            continue;
        }
        const QDate due = std::max(day, day.addDays(q.value(3).toInt() - rule.days));
        if (due < oldest) {
            continue;
        }
        if (!run(later, {customerId, at})) {
            return s.fail(later);
        }
        const bool refilled = later.next();
        later.finish();
        if (refilled) {
            continue;
        }
        Sweep::NewTask t;
        t.customerId = customerId;
        t.due = due;
        t.assignee = s.assignee(rule, q.value(4).toString());
        t.visitId = q.value(0);
        t.sourceKind = QStringLiteral("visit");
        t.sourceId = q.value(0).toLongLong();
        if (!s.insert(rule, t, counts.created)) {
            return s.fail(s.m_insert);
        }
    }
    return {};
}

} // namespace

FollowUpRuleEngine::FollowUpRuleEngine(Database &database, const Clock &clock)
    : FollowUpRuleEngine(database.connectionName(), database.session().userName, clock)
{
}

FollowUpRuleEngine::FollowUpRuleEngine(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
    // A detractor's complaint is opened the way the Complaints area opens one, in the sweep's transaction.
    m_opener = [connectionName, userName, &clock](qint64 surveyResponseId, const QString &description) {
        return ComplaintRepository(connectionName, userName, clock).openFromSurvey(surveyResponseId, description);
    };
}

QSqlDatabase FollowUpRuleEngine::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<FollowUpSweep> FollowUpRuleEngine::run(const QDateTime &now)
{
    QSqlDatabase db = connection();
    FollowUpRules store(m_connectionName, m_userName, m_clock);
    auto rules = store.rules();
    if (!rules) {
        return rules.error();
    }
    return transact<FollowUpSweep>(
        db, FollowUpsTr::tr("The follow-up rules could not run."), [&]() -> Result<FollowUpSweep> {
            Sweep sweep(db, now.toUTC(), m_userName);
            if (auto ready = sweep.prepare(); !ready) {
                return ready.error();
            }
            FollowUpSweep result;
            QSqlQuery q(db);
            for (const FollowUpRule &rule : std::as_const(*rules)) {
                if (!rule.enabled) {
                    continue;
                }
                if (!execPrepared(q, QStringLiteral("SELECT watermark, watermark_at FROM follow_up_rule WHERE id = ?"),
                                  {rule.id}) ||
                    !q.next()) {
                    return sweep.fail(q);
                }
                const Watermark mark{q.value(0).toLongLong(), q.value(1).toString()};
                q.finish();
                Watermark next = mark;
                sweep.m_createdIds.clear();
                sweep.m_noConsent = 0;
                FollowUpRuleRun counts;
                counts.ruleId = rule.id;
                counts.trigger = rule.trigger;
                Status status;
                switch (rule.trigger) {
                case FollowUpTrigger::AfterVisit: status = runAfterVisit(sweep, rule, mark, next, counts); break;
                case FollowUpTrigger::Detractor:
                    status = runDetractor(sweep, rule, mark, next, counts, m_opener);
                    break;
                case FollowUpTrigger::ComplaintResolved:
                    status = runComplaintResolved(sweep, rule, mark, next, counts);
                    break;
                case FollowUpTrigger::Dormant: status = runDormant(sweep, rule, mark, next, counts); break;
                case FollowUpTrigger::Refill: status = runRefill(sweep, rule, mark, next, counts); break;
                }
                if (!status) {
                    return status.error();
                }
                counts.noConsent = sweep.m_noConsent;
                if (!execPrepared(q,
                                  QStringLiteral("UPDATE follow_up_rule SET watermark = ?, watermark_at = ? "
                                                 "WHERE id = ?"),
                                  {next.id, next.at, rule.id})) {
                    return sweep.fail(q);
                }
                q.finish();
                if (counts.created > 0 || counts.cancelled > 0 || counts.noConsent > 0) {
                    // The sweep runs as the signed-in user, or as "system" for an unattended worker.
                    const QString user = m_userName.isEmpty() ? QStringLiteral("system") : m_userName;
                    if (Status audited = AuditLog(m_connectionName, user, m_clock)
                                             .record(sweepEntry(counts, sweep.m_createdIds));
                        !audited) {
                        return audited.error();
                    }
                }
                result.rules << counts;
            }
            sweep.m_insert.finish();
            return result;
        });
}

} // namespace caredesk::core
