// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpsDemo.h"

#include "core/common/Tr.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/followups/FollowUpRuleEngine.h"
#include "core/followups/FollowUpSql.h"
#include "core/followups/FollowUpTask.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

using followups::dateValue;

namespace {

/** SplitMix64: the same numbers on every platform. */
class Random final {
public:
    explicit Random(quint64 seed) : m_state(seed ^ 0x5f0c1d2a3b4e5f60ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /** 0 … n−1 */
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }

private:
    quint64 m_state;
};

struct DueTask {
    qint64 id = 0;
    QString assignee;
    QDate due;
    bool fromComplaint = false;
};

constexpr int overdueLeftPerUser = 6;
constexpr int todayLeftPerUser = 14;
constexpr int minimumQueue = 12;

QString at(const QDate &day, int minuteOfDay)
{
    return iso(QDateTime(day, QTime(0, 0)).addSecs(60LL * minuteOfDay));
}

} // namespace

Result<FollowUpsDemo::Stats> FollowUpsDemo::generate(const QString &connectionName, const QString &userName,
                                                     const Clock &clock, quint64 seed)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QDateTime now = clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    const QString failed = FollowUpsTr::tr("The demo follow-ups could not be generated.");
    return transact<Stats>(db, failed, [&]() -> Result<Stats> {
        QSqlQuery q(db);
        auto sqlError = [&](const QSqlQuery &query) { return databaseError(query.lastError(), failed); };

        // Weekly catch-up sweeps over the last five weeks. Each step starts the rules afresh, so its windows reach
        // back from that day; the last step is now, which leaves proper watermarks for the next real run.
        FollowUpRuleEngine engine(connectionName, userName, clock);
        for (int week = 4; week >= 0; --week) {
            if (!q.exec(QStringLiteral("UPDATE follow_up_rule SET watermark = 0, watermark_at = ''"))) {
                return sqlError(q);
            }
            auto sweep = engine.run(week == 0 ? now : now.addDays(-7 * week));
            if (!sweep) {
                return sweep.error();
            }
        }
        // Complaints the detractor rule opened were handled like the others: older ones closed, recent ones under
        // way, the newest still waiting for someone to take them.
        if (!execPrepared(q, QStringLiteral("SELECT id, received_at FROM complaint WHERE source_survey_id IS NOT NULL "
                                            "AND state = 'received' ORDER BY id"))) {
            return sqlError(q);
        }
        QList<std::pair<ComplaintId, QDateTime>> opened;
        while (q.next()) {
            opened.append({q.value(0).toLongLong(), fromIso(q.value(1).toString())});
        }
        q.finish();
        for (const auto &[id, received] : std::as_const(opened)) {
            const qint64 ageHours = received.secsTo(now) / 3600;
            if (ageHours < 20) {
                continue;
            }
            FixedClock stepClock(received);
            ComplaintRepository officer(connectionName, QStringLiteral("liufang"), stepClock);
            const auto stepTo = [&](int hours) { stepClock.set(received.addSecs(qint64(hours) * 3600)); };
            Status handled;
            const auto step = [&handled](auto &&write) {
                if (handled.ok()) {
                    if (auto r = write(); !r) {
                        handled = r.error();
                    }
                }
            };
            stepTo(2);
            step([&] { return officer.assign(id, QStringLiteral("liufang")); });
            step([&] {
                return officer.transition(id, ComplaintState::Acknowledged,
                                          QStringLiteral("已致电客户，了解满意度调查中反映的问题。"));
            });
            if (ageHours >= 30) {
                stepTo(26);
                step([&] { return officer.transition(id, ComplaintState::Investigating); });
            }
            if (ageHours >= 24 * 5) {
                stepTo(50);
                TransitionDetails resolved;
                resolved.resolution = QStringLiteral("向客户说明情况并致歉，已安排专人跟进。");
                resolved.rootCause = QStringLiteral("高峰时段人手不足，沟通解释不到位。");
                resolved.correctiveAction = QStringLiteral("高峰时段增加导诊人员，晨会强调解释规范。");
                step([&] { return officer.transition(id, ComplaintState::Resolved, {}, resolved); });
                stepTo(74);
                TransitionDetails told;
                told.outcomeCallResult = QStringLiteral("电话告知处理结果，客户表示理解。");
                told.outcomeSatisfaction = 4;
                step([&] { return officer.transition(id, ComplaintState::OutcomeTold, {}, told); });
                stepTo(76);
                step([&] { return officer.transition(id, ComplaintState::Closed); });
            }
            if (!handled.ok()) {
                return handled.error();
            }
        }
        // Their verification calls, as the next sweep would create them.
        if (auto sweep = engine.run(now); !sweep) {
            return sweep.error();
        }

        // A sweep that ran every hour would have created each task when its event happened.
        int dormantDays = 180;
        if (q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'customers.dormant_after_days'")) &&
            q.next()) {
            dormantDays = std::max(1, q.value(0).toInt());
        }
        q.finish();
        if (!execPrepared(
                q,
                QStringLiteral("UPDATE follow_up_task SET created_at = coalesce("
                               "(SELECT e.at FROM complaint_event e WHERE e.id = (SELECT max(e2.id) FROM "
                               "complaint_event e2 WHERE e2.complaint_id = follow_up_task.complaint_id AND "
                               "e2.to_state IN ('resolved', 'outcome_told', 'closed')) AND follow_up_task.kind = "
                               "'complaint_closure'), "
                               "(SELECT r.at FROM survey_response r WHERE r.id = follow_up_task.survey_response_id), "
                               "(SELECT v.at FROM visit v WHERE v.id = follow_up_task.visit_id), "
                               "CASE WHEN source_kind = 'customer' AND spell <> '' THEN "
                               "strftime('%Y-%m-%dT%H:%M:%fZ', spell, ?) END, created_at) "
                               "WHERE rule_id IS NOT NULL"),
                {QStringLiteral("+%1 days").arg(dormantDays)})) {
            return sqlError(q);
        }

        // Who is left a queue: the demo accounts that exist.
        QStringList people;
        for (const QString &name : {userName, QStringLiteral("liufang"), QStringLiteral("sunli")}) {
            if (followups::enabledStaffRole(db, name) && !people.contains(name, Qt::CaseInsensitive)) {
                people << name;
            }
        }
        if (people.isEmpty()) {
            people << userName;
        }
        Random random(seed);
        QSqlQuery update(db);
        // Spread the calls over the team; complaint calls stay with the complaint's owner.
        if (!execPrepared(q, QStringLiteral("SELECT id FROM follow_up_task WHERE complaint_id IS NULL ORDER BY id"))) {
            return sqlError(q);
        }
        QList<qint64> all;
        while (q.next()) {
            all << q.value(0).toLongLong();
        }
        q.finish();
        if (!update.prepare(QStringLiteral("UPDATE follow_up_task SET assignee = ? WHERE id = ?"))) {
            return sqlError(update);
        }
        for (qint64 id : std::as_const(all)) {
            if (!run(update, {people.at(random.below(static_cast<int>(people.size()))), id})) {
                return sqlError(update);
            }
        }

        // Past-due calls: most done (some late, some after an unanswered try), a few left overdue; today's calls
        // beyond a day's work were made this morning.
        if (!execPrepared(q,
                          QStringLiteral("SELECT id, assignee, due_date, complaint_id IS NOT NULL FROM "
                                         "follow_up_task WHERE status = 'open' AND due_date <= ? "
                                         "ORDER BY due_date DESC, id"),
                          {dateValue(today)})) {
            return sqlError(q);
        }
        QList<DueTask> due;
        while (q.next()) {
            due.append(
                {q.value(0).toLongLong(), q.value(1).toString(), followups::dateFrom(q.value(2)), q.value(3).toBool()});
        }
        q.finish();
        QSqlQuery done(db);
        QSqlQuery retry(db);
        QSqlQuery history(db);
        if (!done.prepare(QStringLiteral("UPDATE follow_up_task SET status = 'done', outcome = ?, result = ?, "
                                         "completed_at = ?, completed_on = ?, completed_by = assignee WHERE id = ?")) ||
            !retry.prepare(QStringLiteral("UPDATE follow_up_task SET due_date = ?, reschedule_count = "
                                          "reschedule_count + 1 WHERE id = ?")) ||
            !history.prepare(QStringLiteral("INSERT INTO follow_up_reschedule(task_id, from_date, to_date, reason, "
                                            "outcome, at, user_name) VALUES (?, ?, ?, ?, 'no_answer', ?, ?)"))) {
            return sqlError(done.lastError().isValid() ? done : (retry.lastError().isValid() ? retry : history));
        }
        const QList<std::pair<FollowUpOutcome, QString>> outcomes{
            {FollowUpOutcome::ReachedOk, FollowUpsTr::tr("Feeling better, no questions.")},
            {FollowUpOutcome::ReachedOk, FollowUpsTr::tr("Satisfied, will come again.")},
            {FollowUpOutcome::ReachedOk, FollowUpsTr::tr("Understood the advice.")},
            {FollowUpOutcome::ReachedOk, QString()},
            {FollowUpOutcome::ReachedOk, QString()},
            {FollowUpOutcome::ReachedIssue, FollowUpsTr::tr("Still has symptoms; booked a follow-up visit.")},
            {FollowUpOutcome::ReachedIssue, FollowUpsTr::tr("Unhappy with the waiting time.")},
            {FollowUpOutcome::Declined, FollowUpsTr::tr("Busy, did not want to talk.")},
            {FollowUpOutcome::WrongNumber, FollowUpsTr::tr("Number no longer in use.")},
        };
        Stats stats;
        QHash<QString, int> overdueLeft;
        QHash<QString, int> todayLeft;
        for (const DueTask &task : std::as_const(due)) {
            const QString who = task.assignee.toLower();
            if (task.due == today) {
                if (todayLeft[who]++ < todayLeftPerUser) {
                    ++stats.open;
                    continue;
                }
            } else if (overdueLeft[who] < overdueLeftPerUser && random.below(100) < 35) {
                ++overdueLeft[who];
                ++stats.open;
                continue;
            }
            QDate effectiveDue = task.due;
            if (task.due < today && random.below(100) < 15) {
                // Nobody answered: tried again a day or two later.
                const QDate again = std::min(today, task.due.addDays(1 + random.below(2)));
                if (!run(history, {task.id, dateValue(task.due), dateValue(again),
                                   followUpOutcomeLabel(FollowUpOutcome::NoAnswer),
                                   at(task.due, 10 * 60 + random.below(7 * 60)), task.assignee}) ||
                    !run(retry, {dateValue(again), task.id})) {
                    return sqlError(history.lastError().isValid() ? history : retry);
                }
                ++stats.rescheduled;
                effectiveDue = again;
                if (again == today && todayLeft[who]++ < todayLeftPerUser) {
                    ++stats.open;
                    continue;
                }
            }
            // Most calls on the day, some one to three days late, never after today.
            const int late = random.below(100) < 22 ? 1 + random.below(3) : 0;
            const QDate day = std::min(today, effectiveDue.addDays(late));
            const int minute = day == today ? 8 * 60 + 30 + random.below(90) : 9 * 60 + random.below(8 * 60);
            const auto &[outcome, text] = outcomes.at(random.below(static_cast<int>(outcomes.size())));
            if (!run(done, {followUpOutcomeId(outcome), text, at(day, minute), dateValue(day), task.id})) {
                return sqlError(done);
            }
            ++stats.done;
        }
        // A few manual medication-adherence checks, so that even a small demo has a queue for everyone.
        QHash<QString, int> queued;
        if (!execPrepared(q,
                          QStringLiteral("SELECT assignee, count(*) FROM follow_up_task WHERE status = 'open' AND "
                                         "due_date <= ? GROUP BY assignee"),
                          {dateValue(today)})) {
            return sqlError(q);
        }
        while (q.next()) {
            queued.insert(q.value(0).toString().toLower(), q.value(1).toInt());
        }
        q.finish();
        if (!execPrepared(q, QStringLiteral("SELECT id FROM customer WHERE merged_into IS NULL AND kind = "
                                            "'individual' ORDER BY chronic_medication DESC, id LIMIT 200"))) {
            return sqlError(q);
        }
        QList<qint64> customers;
        while (q.next()) {
            customers << q.value(0).toLongLong();
        }
        q.finish();
        if (!update.prepare(QStringLiteral(
                "INSERT INTO follow_up_task(customer_id, kind, due_date, original_due_date, priority, assignee, "
                "script, status, created_at, created_by) VALUES (?, 'medication_adherence', ?, ?, 1, ?, ?, 'open', "
                "?, ?)"))) {
            return sqlError(update);
        }
        const QString script; // the standard script of the kind, in the reader's language
        for (const QString &person : std::as_const(people)) {
            for (int n = queued.value(person.toLower()); n < minimumQueue && !customers.isEmpty(); ++n, ++stats.open) {
                const qint64 customer = customers.at(random.below(static_cast<int>(customers.size())));
                const QDate day = today.addDays(-random.below(3));
                if (!run(update, {customer, dateValue(day), dateValue(day), person, script,
                                  at(day.addDays(-7), 9 * 60 + random.below(8 * 60)), userName})) {
                    return sqlError(update);
                }
            }
        }

        if (!q.exec(QStringLiteral("SELECT count(*) FROM follow_up_task")) || !q.next()) {
            return sqlError(q);
        }
        stats.tasks = q.value(0).toInt();
        q.finish();
        return stats;
    });
}

} // namespace caredesk::core
