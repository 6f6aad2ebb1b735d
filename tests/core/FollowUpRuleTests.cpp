// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up rule engine: each trigger makes the right task (due date, assignee, links), a second run makes
// nothing, the documented repeat behaviour, the detractor hook once per response, refills skipped or cancelled.
#include "core/customers/CustomerRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/followups/FollowUpRuleEngine.h"
#include "core/followups/FollowUpRules.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDate today(2026, 3, 3);

QDateTime local(const QDate &day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0));
}

void addStaff(TemporaryDatabase &temp)
{
    REQUIRE(temp.db().addUser(QStringLiteral("liufang"), Role::ServiceOfficer, QStringLiteral("Service-Desk-7781"),
                              KdfParams::fastForTests()));
    REQUIRE(temp.db().addUser(QStringLiteral("sunli"), Role::Reception, QStringLiteral("Front-Desk-4471"),
                              KdfParams::fastForTests()));
}

CustomerId addCustomer(TemporaryDatabase &temp, const QString &name, const QDateTime &lastActivity = {})
{
    CustomerRepository customers(temp.db());
    Customer c;
    c.name = name;
    c.lastActivityAt = lastActivity.toUTC();
    auto added = customers.add(c);
    REQUIRE(added.ok());
    return added->id;
}

void phoneConsent(TemporaryDatabase &temp, CustomerId id, const QString &purpose, bool granted, const QDateTime &at)
{
    ConsentEvent event;
    event.customerId = id;
    event.channel = ContactChannel::Phone;
    event.purpose = purpose;
    event.granted = granted;
    event.at = at.toUTC();
    REQUIRE(CustomerRepository(temp.db()).recordConsent(event).ok());
}

VisitId addVisit(TemporaryDatabase &temp, const Clock &clock, CustomerId id, VisitKind kind, const QDateTime &at,
                 const QString &by = QStringLiteral("liufang"), std::optional<int> daysSupply = std::nullopt)
{
    VisitRepository visits(temp.db().connectionName(), by, clock);
    Visit v;
    v.customerId = id;
    v.kind = kind;
    v.at = at.toUTC();
    v.daysSupply = daysSupply;
    auto saved = visits.addVisit(v);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    return saved->id;
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

/** Only the rule with @p id stays on, so each test sees one trigger at a time. */
void onlyRule(TemporaryDatabase &temp, FollowUpRuleId id)
{
    exec(temp.db().connection(), QStringLiteral("UPDATE follow_up_rule SET enabled = (id = ?)"), {id});
}

FollowUpSweep runEngine(TemporaryDatabase &temp, FixedClock &clock,
                        const FollowUpRuleEngine::ComplaintOpener &opener = {})
{
    FollowUpRuleEngine engine(temp.db(), clock);
    engine.setComplaintOpener(opener);
    auto sweep = engine.run();
    INFO((sweep ? QString() : sweep.error().message + QStringLiteral(" | ") + sweep.error().detail).toStdString());
    REQUIRE(sweep.ok());
    return *sweep;
}

QList<FollowUpTask> tasksOf(TemporaryDatabase &temp, CustomerId id, FixedClock &clock, bool openOnly = true)
{
    QList<FollowUpTask> tasks;
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT id FROM follow_up_task WHERE customer_id = ? %1 ORDER BY id")
                          .arg(openOnly ? QStringLiteral("AND status = 'open'") : QString())));
    q.addBindValue(id);
    REQUIRE(q.exec());
    FollowUpRepository repo(temp.db(), clock);
    while (q.next()) {
        auto task = repo.find(q.value(0).toLongLong());
        REQUIRE(task.ok());
        tasks << *task;
    }
    return tasks;
}

} // namespace

TEST_CASE("follow-up rules seeded by the migration are sensible", "[followups]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(today));
    FollowUpRules store(temp.db(), clock);
    auto rules = store.rules();
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 5);
    CHECK(rules->at(0).trigger == FollowUpTrigger::AfterVisit);
    CHECK(rules->at(0).days == 3);
    CHECK(rules->at(0).visitKinds == QList<VisitKind>{VisitKind::Consultation, VisitKind::Examination});
    CHECK(rules->at(1).trigger == FollowUpTrigger::Detractor);
    CHECK(rules->at(2).trigger == FollowUpTrigger::ComplaintResolved);
    CHECK(rules->at(2).assigneeRule == FollowUpAssigneeRule::ComplaintOwner);
    CHECK(rules->at(3).trigger == FollowUpTrigger::Dormant);
    CHECK(rules->at(4).trigger == FollowUpTrigger::Refill);
    CHECK(rules->at(4).days == 3);
    for (const FollowUpRule &rule : *rules) {
        CHECK(rule.enabled);
        // Seeded rules carry no text of their own: tasks show the standard script in the reader's language.
        CHECK(rule.script.isEmpty());
        FollowUpTask task;
        task.kind = rule.taskKind;
        CHECK(followUpScriptFor(task) == followUpDefaultScript(rule.taskKind));
        CHECK_FALSE(followUpScriptFor(task).isEmpty());
        task.script = QStringLiteral("问候客户近况");
        CHECK(followUpScriptFor(task) == QStringLiteral("问候客户近况"));
    }
}

TEST_CASE("a consultation gets a post-visit call after N days once, by whoever recorded it", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    onlyRule(temp, 1);
    FixedClock clock(local(today, 17));
    const CustomerId wang = addCustomer(temp, QStringLiteral("王芳"));
    const CustomerId old = addCustomer(temp, QStringLiteral("李强"));
    const VisitId visit = addVisit(temp, clock, wang, VisitKind::Consultation, local(today.addDays(-1), 9));
    addVisit(temp, clock, wang, VisitKind::Purchase, local(today.addDays(-1), 11)); // not a kind of the rule
    addVisit(temp, clock, old, VisitKind::Consultation, local(today.addDays(-20))); // too old on the first run

    FollowUpSweep first = runEngine(temp, clock);
    REQUIRE(first.rules.size() == 1);
    CHECK(first.created() == 1);
    const QList<FollowUpTask> tasks = tasksOf(temp, wang, clock);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).kind == FollowUpKind::PostVisitCall);
    CHECK(tasks.at(0).dueDate == today.addDays(2)); // visit day + 3
    CHECK(tasks.at(0).assignee == QStringLiteral("liufang"));
    CHECK(tasks.at(0).visitId == visit);
    CHECK(tasks.at(0).ruleId == 1);
    CHECK(tasksOf(temp, old, clock).isEmpty());

    // Idempotent: nothing new, however often it runs.
    CHECK(runEngine(temp, clock).created() == 0);
    CHECK(runEngine(temp, clock).created() == 0);

    // A second visit the same day is one call; a visit on another day is a call of its own.
    addVisit(temp, clock, wang, VisitKind::Examination, local(today.addDays(-1), 15));
    CHECK(runEngine(temp, clock).created() == 0);
    addVisit(temp, clock, wang, VisitKind::Examination, local(today, 10), QStringLiteral("sunli"));
    CHECK(runEngine(temp, clock).created() == 1);
    const QList<FollowUpTask> after = tasksOf(temp, wang, clock);
    REQUIRE(after.size() == 2);
    CHECK(after.at(1).dueDate == today.addDays(3));
    CHECK(after.at(1).assignee == QStringLiteral("sunli"));

    // A visit recorded by someone who is no staff account goes to the service desk default.
    const CustomerId zhao = addCustomer(temp, QStringLiteral("赵敏"));
    addVisit(temp, clock, zhao, VisitKind::Consultation, local(today, 9), QStringLiteral("王医生"));
    CHECK(runEngine(temp, clock).created() == 1);
    CHECK(tasksOf(temp, zhao, clock).value(0).assignee == QStringLiteral("liufang"));
}

TEST_CASE("a detractor survey opens one complaint through the hook and a call linked to it", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    onlyRule(temp, 2);
    FixedClock clock(local(today, 16));
    QSqlDatabase db = temp.db().connection();
    const CustomerId id = addCustomer(temp, QStringLiteral("陈静"));
    auto addResponse = [&](std::optional<int> nps, std::optional<int> csat) {
        exec(db,
             QStringLiteral("INSERT INTO survey_response(customer_id, template_id, at, channel, csat, nps, comment, "
                            "created_at, created_by) VALUES (?, 1, ?, 'paper', ?, ?, 'waited an hour', ?, 'admin')"),
             {id, local(today, 9).toUTC().toString(Qt::ISODateWithMs), csat ? QVariant(*csat) : QVariant(),
              nps ? QVariant(*nps) : QVariant(), local(today, 9).toUTC().toString(Qt::ISODateWithMs)});
        return scalar(db, QStringLiteral("SELECT max(id) FROM survey_response"));
    };
    const qint64 detractor = addResponse(3, 4);
    addResponse(9, 5); // promoter: nothing
    const qint64 unhappy = addResponse(std::nullopt, 2);

    QList<qint64> calls;
    QStringList descriptions;
    const auto opener = [&](qint64 surveyId, const QString &description) -> Result<qint64> {
        calls << surveyId;
        descriptions << description;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO complaint(customer_id, received_at, channel, category, severity, sla_class, needs_priority, "
            "description, owner, state, source_survey_id, created_by, created_at) VALUES (?, ?, 'survey', "
            "'service_process', 'low', 'general', 'general', ?, 'sunli', 'received', ?, 'admin', ?)"));
        const QString now = clock.nowUtc().toString(Qt::ISODateWithMs);
        for (const QVariant &v : QVariantList{id, now, description, surveyId, now}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return makeError(ErrorCode::Internal, QStringLiteral("fake complaint failed"), q.lastError().text());
        }
        return q.lastInsertId().toLongLong();
    };
    FollowUpSweep sweep = runEngine(temp, clock, opener);
    CHECK(sweep.created() == 2);
    REQUIRE(sweep.rules.size() == 1);
    CHECK(sweep.rules.at(0).complaintsOpened == 2);
    CHECK(calls == QList<qint64>{detractor, unhappy});
    CHECK(descriptions.value(0).contains(QStringLiteral("NPS 3")));
    CHECK(descriptions.value(0).contains(QStringLiteral("waited an hour")));

    const QList<FollowUpTask> tasks = tasksOf(temp, id, clock);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks.at(0).kind == FollowUpKind::Survey);
    CHECK(tasks.at(0).surveyResponseId == detractor);
    CHECK(tasks.at(0).complaintId ==
          scalar(db, QStringLiteral("SELECT id FROM complaint WHERE source_survey_id = ?"), {detractor}));
    CHECK(tasks.at(0).assignee == QStringLiteral("sunli")); // the complaint's owner
    CHECK(tasks.at(0).dueDate == today.addDays(1));
    CHECK(tasks.at(0).priority == 3);

    // Runs again, and again after the watermark is wiped: the hook is not called a second time for a response.
    CHECK(runEngine(temp, clock, opener).created() == 0);
    exec(db, QStringLiteral("UPDATE follow_up_rule SET watermark = 0 WHERE id = 2"));
    CHECK(runEngine(temp, clock, opener).created() == 0);
    CHECK(calls.size() == 2);
}

TEST_CASE("a resolved complaint gets a verification call by its owner once per resolution", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    onlyRule(temp, 3);
    FixedClock clock(local(today, 16));
    QSqlDatabase db = temp.db().connection();
    const CustomerId id = addCustomer(temp, QStringLiteral("周杰"));
    auto addComplaint = [&](const QString &owner, const QString &state) {
        const QString at = local(today.addDays(-1)).toUTC().toString(Qt::ISODateWithMs);
        exec(db,
             QStringLiteral("INSERT INTO complaint(customer_id, received_at, channel, category, severity, sla_class, "
                            "needs_priority, description, owner, state, created_by, created_at) VALUES (?, ?, "
                            "'phone', 'attitude', 'low', 'general', 'general', 'rude', ?, ?, 'admin', ?)"),
             {id, at, owner, state, at});
        return scalar(db, QStringLiteral("SELECT max(id) FROM complaint"));
    };
    auto addEvent = [&](qint64 complaint, const QString &from, const QString &to, const QDate &day) {
        exec(db,
             QStringLiteral("INSERT INTO complaint_event(complaint_id, at, user_name, kind, from_state, to_state) "
                            "VALUES (?, ?, 'admin', 'transition', ?, ?)"),
             {complaint, local(day).toUTC().toString(Qt::ISODateWithMs), from, to});
    };
    const qint64 owned = addComplaint(QStringLiteral("sunli"), QStringLiteral("resolved"));
    addEvent(owned, QStringLiteral("received"), QStringLiteral("acknowledged"), today.addDays(-2));
    addEvent(owned, QStringLiteral("investigating"), QStringLiteral("resolved"), today.addDays(-1));
    const qint64 orphan = addComplaint(QStringLiteral("王医生"), QStringLiteral("closed"));
    addEvent(orphan, QStringLiteral("resolved"), QStringLiteral("closed"), today);
    const qint64 open = addComplaint(QStringLiteral("sunli"), QStringLiteral("investigating"));
    addEvent(open, QStringLiteral("acknowledged"), QStringLiteral("investigating"), today);

    CHECK(runEngine(temp, clock).created() == 2);
    const QList<FollowUpTask> tasks = tasksOf(temp, id, clock);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks.at(0).kind == FollowUpKind::ComplaintClosure);
    CHECK(tasks.at(0).complaintId == owned);
    CHECK(tasks.at(0).assignee == QStringLiteral("sunli"));
    CHECK(tasks.at(0).dueDate == today.addDays(1)); // resolved yesterday + 2
    CHECK(tasks.at(1).complaintId == orphan);
    CHECK(tasks.at(1).assignee == QStringLiteral("liufang")); // owner is no account: the service desk default

    // Telling the outcome after resolving is the same resolution: no second call.
    addEvent(owned, QStringLiteral("resolved"), QStringLiteral("outcome_told"), today);
    exec(db, QStringLiteral("UPDATE complaint SET state = 'outcome_told' WHERE id = ?"), {owned});
    CHECK(runEngine(temp, clock).created() == 0);
    // Reopened and resolved again: a new verification call.
    exec(db, QStringLiteral("UPDATE complaint SET state = 'resolved', reopen_count = 1 WHERE id = ?"), {owned});
    addEvent(owned, QStringLiteral("investigating"), QStringLiteral("resolved"), today);
    CHECK(runEngine(temp, clock).created() == 1);
}

TEST_CASE("a customer turning dormant gets one win-back call per dormancy spell", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    onlyRule(temp, 4);
    FixedClock clock(local(today, 12));
    const QDateTime now = clock.nowUtc();
    // customers.dormant_after_days is 180 by default.
    const CustomerId recent = addCustomer(temp, QStringLiteral("吴磊"), now.addDays(-185));
    const CustomerId longGone = addCustomer(temp, QStringLiteral("郑爽"), now.addDays(-300));
    const CustomerId active = addCustomer(temp, QStringLiteral("冯娟"), now.addDays(-170));
    // A win-back call is marketing: only with consent to marketing calls by phone.
    const CustomerId noConsent = addCustomer(temp, QStringLiteral("韩梅"), now.addDays(-186));
    const CustomerId withdrawn = addCustomer(temp, QStringLiteral("秦岚"), now.addDays(-184));
    for (CustomerId id : {recent, longGone, active, withdrawn}) {
        phoneConsent(temp, id, QStringLiteral("marketing"), true, now.addDays(-400));
    }
    phoneConsent(temp, withdrawn, QStringLiteral("marketing"), false, now.addDays(-200));

    FollowUpSweep first = runEngine(temp, clock);
    CHECK(first.created() == 1);
    REQUIRE(first.rules.size() == 1);
    CHECK(first.rules.at(0).noConsent == 2);
    CHECK(tasksOf(temp, noConsent, clock).isEmpty());
    CHECK(tasksOf(temp, withdrawn, clock).isEmpty());
    const QList<FollowUpTask> tasks = tasksOf(temp, recent, clock);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).kind == FollowUpKind::WinBack);
    // Turned dormant 5 days ago; the call is due 3 days after that.
    CHECK(tasks.at(0).dueDate == now.addDays(-5).toLocalTime().date().addDays(3));
    CHECK(tasks.at(0).assignee == QStringLiteral("liufang"));
    CHECK(tasksOf(temp, longGone, clock).isEmpty()); // outside the first run's window
    CHECK(runEngine(temp, clock).created() == 0);

    // Eleven days on, the customer who was still active has crossed the line: the next run picks them up.
    clock.advanceDays(11);
    CHECK(runEngine(temp, clock).created() == 1);
    REQUIRE(tasksOf(temp, active, clock).size() == 1);

    // The first customer comes back: the open call is cancelled. Dormant again half a year later: a new call.
    addVisit(temp, clock, recent, VisitKind::Consultation, clock.nowUtc().addSecs(-3600));
    FollowUpSweep back = runEngine(temp, clock);
    CHECK(back.cancelled() == 1);
    CHECK(back.created() == 0);
    CHECK(tasksOf(temp, recent, clock).isEmpty());
    clock.advanceDays(183);
    CHECK(runEngine(temp, clock).created() >= 1);
    const QList<FollowUpTask> again = tasksOf(temp, recent, clock, false);
    REQUIRE(again.size() == 2);
    CHECK(again.at(0).status == FollowUpStatus::Cancelled);
    CHECK(again.at(1).status == FollowUpStatus::Open);
    CHECK(runEngine(temp, clock).created() == 0);
}

TEST_CASE("a purchase with days of supply gets a refill reminder unless a later purchase exists", "[followups]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    addStaff(temp);
    onlyRule(temp, 5);
    exec(temp.db().connection(), QStringLiteral("UPDATE follow_up_rule SET assignee = 'sunli' WHERE id = 5"));
    FixedClock clock(local(today, 18));
    const CustomerId li = addCustomer(temp, QStringLiteral("李娜"));
    const CustomerId he = addCustomer(temp, QStringLiteral("何平"));
    const VisitId bought =
        addVisit(temp, clock, li, VisitKind::Purchase, local(today.addDays(-2)), QStringLiteral("liufang"), 30);
    // 何平 bought a 30-day supply 20 days ago and came again 5 days ago (without a supply): no reminder.
    addVisit(temp, clock, he, VisitKind::Purchase, local(today.addDays(-20)), QStringLiteral("liufang"), 30);
    addVisit(temp, clock, he, VisitKind::Purchase, local(today.addDays(-5)));

    CHECK(runEngine(temp, clock).created() == 1);
    const QList<FollowUpTask> tasks = tasksOf(temp, li, clock);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).kind == FollowUpKind::RefillReminder);
    CHECK(tasks.at(0).dueDate == today.addDays(-2 + 30 - 3));
    CHECK(tasks.at(0).visitId == bought);
    CHECK(tasks.at(0).assignee == QStringLiteral("sunli"));
    CHECK(tasksOf(temp, he, clock).isEmpty());
    CHECK(runEngine(temp, clock).created() == 0);

    // 李娜 refills early: the old reminder is cancelled and the new purchase gets its own.
    addVisit(temp, clock, li, VisitKind::Purchase, local(today, 17), QStringLiteral("liufang"), 60);
    FollowUpSweep refill = runEngine(temp, clock);
    CHECK(refill.cancelled() == 1);
    CHECK(refill.created() == 1);
    const QList<FollowUpTask> now = tasksOf(temp, li, clock);
    REQUIRE(now.size() == 1);
    CHECK(now.at(0).dueDate == today.addDays(57));
}

TEST_CASE("turning a rule on again starts it afresh and only supervisors may change rules", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    FixedClock clock(local(today, 12));
    FollowUpRules reception(temp.db().connectionName(), QStringLiteral("sunli"), clock);
    auto rule = reception.rule(1);
    REQUIRE(rule.ok());
    FollowUpRule changed = *rule;
    changed.days = 5;
    auto refused = reception.update(changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);

    FollowUpRules officer(temp.db().connectionName(), QStringLiteral("liufang"), clock);
    changed.visitKinds.clear();
    auto invalid = officer.update(changed);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == ErrorCode::Validation);
    changed.visitKinds = {VisitKind::HealthCheck};
    changed.assignee = QStringLiteral("nobody");
    CHECK(officer.update(changed).error().code == ErrorCode::Validation);
    changed.assignee = QStringLiteral("sunli");
    changed.assigneeRule = FollowUpAssigneeRule::Fixed;
    auto saved = officer.update(changed);
    REQUIRE(saved.ok());
    CHECK(saved->days == 5);
    CHECK(saved->visitKinds == QList<VisitKind>{VisitKind::HealthCheck});

    const CustomerId id = addCustomer(temp, QStringLiteral("孙悦"));
    addVisit(temp, clock, id, VisitKind::HealthCheck, local(today, 9));
    CHECK(runEngine(temp, clock).rules.value(0).created == 1);
    CHECK(tasksOf(temp, id, clock).value(0).assignee == QStringLiteral("sunli"));
    CHECK(tasksOf(temp, id, clock).value(0).dueDate == today.addDays(5));

    saved->enabled = false;
    REQUIRE(officer.update(*saved).ok());
    addVisit(temp, clock, id, VisitKind::HealthCheck, local(today.addDays(-1), 9));
    FollowUpSweep off = runEngine(temp, clock);
    for (const FollowUpRuleRun &r : off.rules) {
        CHECK(r.ruleId != 1);
    }
    saved->enabled = true;
    REQUIRE(officer.update(*saved).ok());
    CHECK(scalar(temp.db().connection(), QStringLiteral("SELECT watermark FROM follow_up_rule WHERE id = 1")) == 0);
    CHECK(runEngine(temp, clock).rules.value(0).created == 1); // yesterday's visit, found by time
}

TEST_CASE("a refill rule's first run reminds exactly the purchases due no more than seven days ago", "[followups]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    addStaff(temp);
    onlyRule(temp, 5);
    FixedClock clock(local(today, 18));
    const CustomerId due = addCustomer(temp, QStringLiteral("李娜"));
    const CustomerId late = addCustomer(temp, QStringLiteral("何平"));
    const CustomerId none = addCustomer(temp, QStringLiteral("王芳"));
    // Supply runs out in 36 days, the reminder 3 days before: due today − 7 (the oldest still made) and today − 8.
    const VisitId kept =
        addVisit(temp, clock, due, VisitKind::Purchase, local(today.addDays(-40), 23), QStringLiteral("liufang"), 36);
    addVisit(temp, clock, late, VisitKind::Purchase, local(today.addDays(-41), 0), QStringLiteral("liufang"), 36);
    addVisit(temp, clock, none, VisitKind::Purchase, local(today.addDays(-3))); // no supply: never a reminder

    CHECK(runEngine(temp, clock).created() == 1);
    const QList<FollowUpTask> tasks = tasksOf(temp, due, clock);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).visitId == kept);
    CHECK(tasks.at(0).dueDate == today.addDays(-7));
    CHECK(tasksOf(temp, late, clock).isEmpty());
    CHECK(tasksOf(temp, none, clock).isEmpty());
}
