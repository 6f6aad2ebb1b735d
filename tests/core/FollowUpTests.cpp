// SPDX-License-Identifier: GPL-3.0-or-later
// Follow-up tasks: manual tasks and their checks, outcome with or without a new day, reschedule history, the day
// queue's order and "next", the supervisor's figures against hand-computed values, and the refusals in core.
#include "core/customers/CustomerRepository.h"
#include "core/customers/PhoneNumber.h"
#include "core/demo/DemoGenerator.h"
#include "core/followups/FollowUpRepository.h"
#include "core/followups/FollowUpRuleEngine.h"
#include "core/followups/FollowUpsDemo.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

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

CustomerId addCustomer(TemporaryDatabase &temp, const QString &name)
{
    CustomerRepository customers(temp.db());
    Customer c;
    c.name = name;
    c.phone = QStringLiteral("13812345678");
    auto added = customers.add(c);
    REQUIRE(added.ok());
    return added->id;
}

FollowUpTaskId addTask(FollowUpRepository &repo, CustomerId customer, const QString &assignee, const QDate &due,
                       int priority = 0)
{
    FollowUpTask t;
    t.customerId = customer;
    t.kind = FollowUpKind::MedicationAdherence;
    t.assignee = assignee;
    t.dueDate = due;
    t.priority = priority;
    t.script = QStringLiteral("Ask whether the tablets are taken twice a day.");
    auto saved = repo.create(t);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    return saved->id;
}

QList<FollowUpTaskId> ids(const QList<FollowUpQueueRow> &rows)
{
    QList<FollowUpTaskId> out;
    for (const FollowUpQueueRow &row : rows) {
        out << row.task.id;
    }
    return out;
}

} // namespace

TEST_CASE("a manual follow-up is checked before it is saved", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate today(2026, 3, 3);
    FixedClock clock(local(today));
    FollowUpRepository repo(temp.db(), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("王芳"));

    FollowUpTask t;
    t.customerId = id;
    t.assignee = QStringLiteral("liufang");
    t.dueDate = today.addDays(-1);
    CHECK(repo.create(t).error().code == ErrorCode::Validation); // in the past
    t.dueDate = today;
    t.assignee = QStringLiteral("nobody");
    CHECK(repo.create(t).error().code == ErrorCode::Validation); // no such account
    REQUIRE(temp.db().addUser(QStringLiteral("gone"), Role::Reception, QStringLiteral("Disabled-Acct-5512"),
                              KdfParams::fastForTests()));
    QSqlQuery(temp.db().connection()).exec(QStringLiteral("UPDATE staff SET disabled = 1 WHERE user_name = 'gone'"));
    t.assignee = QStringLiteral("gone");
    CHECK(repo.create(t).error().code == ErrorCode::Validation); // disabled account
    t.assignee = QStringLiteral("liufang");
    t.customerId = 99999;
    CHECK(repo.create(t).error().code == ErrorCode::NotFound);

    const CustomerId merged = addCustomer(temp, QStringLiteral("王芳芳"));
    CustomerRepository customers(temp.db(), clock);
    REQUIRE(customers.merge(id, merged, {}).ok());
    t.customerId = merged;
    CHECK(repo.create(t).error().code == ErrorCode::NotFound);

    t.customerId = id;
    t.dueTime = QTime(15, 30);
    auto saved = repo.create(t);
    REQUIRE(saved.ok());
    auto found = repo.find(saved->id);
    REQUIRE(found.ok());
    CHECK(found->dueDate == today);
    CHECK(found->originalDueDate == today);
    CHECK(found->dueTime == QTime(15, 30));
    CHECK(found->status == FollowUpStatus::Open);
    CHECK(found->createdBy == QStringLiteral("admin"));
    CHECK_FALSE(found->ruleId.has_value());
}

TEST_CASE("a follow-up call is planned only as far as the customer's phone consent allows", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate today(2026, 11, 24);
    FixedClock clock(local(today));
    FollowUpRepository repo(temp.db(), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("赵敏"));
    CustomerRepository customers(temp.db(), clock);
    const auto consent = [&](const QString &purpose, bool granted, int hour) {
        ConsentEvent e;
        e.customerId = id;
        e.channel = ContactChannel::Phone;
        e.purpose = purpose;
        e.granted = granted;
        e.at = local(today.addDays(-1), hour).toUTC();
        REQUIRE(customers.recordConsent(e).ok());
    };
    const auto plan = [&](FollowUpKind kind) {
        FollowUpTask t;
        t.customerId = id;
        t.kind = kind;
        t.assignee = QStringLiteral("liufang");
        t.dueDate = today.addDays(1);
        return repo.create(t);
    };
    // Care calls need no opt-in; a win-back call is marketing and does.
    CHECK(plan(FollowUpKind::PostVisitCall).ok());
    auto winBack = plan(FollowUpKind::WinBack);
    REQUIRE_FALSE(winBack.ok());
    CHECK(winBack.error().code == ErrorCode::Validation);
    CHECK(winBack.error().message.contains(QStringLiteral("marketing calls")));
    // Consent to marketing by SMS is not consent to a call.
    ConsentEvent sms;
    sms.customerId = id;
    sms.channel = ContactChannel::Sms;
    sms.purpose = QStringLiteral("marketing");
    sms.at = local(today.addDays(-2)).toUTC();
    REQUIRE(customers.recordConsent(sms).ok());
    CHECK_FALSE(plan(FollowUpKind::WinBack).ok());
    consent(QStringLiteral("marketing"), true, 9);
    CHECK(plan(FollowUpKind::WinBack).ok());
    // Withdrawn later: the latest event wins, for marketing and for service calls alike.
    consent(QStringLiteral("marketing"), false, 11);
    CHECK_FALSE(plan(FollowUpKind::WinBack).ok());
    consent(QStringLiteral("service"), false, 12);
    auto care = plan(FollowUpKind::MedicationAdherence);
    REQUIRE_FALSE(care.ok());
    CHECK(care.error().message.contains(QStringLiteral("withdrew")));
    CHECK(plan(FollowUpKind::Survey).ok()); // survey calls were not withdrawn
}

TEST_CASE("recording an outcome closes the task or tries again another day in one step", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate today(2026, 3, 3);
    FixedClock clock(local(today));
    FollowUpRepository officer(temp.db().connectionName(), QStringLiteral("liufang"), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("李强"));
    const FollowUpTaskId task = addTask(officer, id, QStringLiteral("liufang"), today);

    // Only unanswered calls or callbacks may move; the new day cannot be in the past.
    CHECK(officer.recordOutcome(task, FollowUpOutcome::ReachedOk, {}, today.addDays(1)).error().code ==
          ErrorCode::Validation);
    CHECK(officer.recordOutcome(task, FollowUpOutcome::NoAnswer, {}, today.addDays(-1)).error().code ==
          ErrorCode::Validation);

    auto retried = officer.recordOutcome(task, FollowUpOutcome::NoAnswer, QString(), today.addDays(1));
    REQUIRE(retried.ok());
    CHECK(retried->status == FollowUpStatus::Open);
    CHECK(retried->dueDate == today.addDays(1));
    CHECK(retried->originalDueDate == today);
    CHECK(retried->rescheduleCount == 1);
    REQUIRE(retried->history.size() == 1);
    CHECK(retried->history.at(0).fromDate == today);
    CHECK(retried->history.at(0).toDate == today.addDays(1));
    CHECK(retried->history.at(0).outcome == FollowUpOutcome::NoAnswer);
    CHECK(retried->history.at(0).reason == followUpOutcomeLabel(FollowUpOutcome::NoAnswer));

    clock.advanceDays(1);
    auto moved = officer.reschedule(task, today.addDays(4), QStringLiteral("Customer travelling until Friday"));
    REQUIRE(moved.ok());
    CHECK(moved->rescheduleCount == 2);
    CHECK(moved->history.at(1).reason == QStringLiteral("Customer travelling until Friday"));
    CHECK_FALSE(moved->history.at(1).outcome.has_value());
    CHECK(officer.reschedule(task, today.addDays(5), QString()).error().code == ErrorCode::Validation);

    clock.advanceDays(3);
    auto done = officer.recordOutcome(task, FollowUpOutcome::ReachedIssue, QStringLiteral("Dizzy in the mornings"));
    REQUIRE(done.ok());
    CHECK(done->status == FollowUpStatus::Done);
    CHECK(done->outcome == FollowUpOutcome::ReachedIssue);
    CHECK(done->result == QStringLiteral("Dizzy in the mornings"));
    CHECK(done->completedBy == QStringLiteral("liufang"));
    CHECK(done->completedAt == clock.nowUtc());
    CHECK(officer.recordOutcome(task, FollowUpOutcome::ReachedOk, {}).error().code == ErrorCode::Conflict);
    CHECK(officer.cancel(task, QStringLiteral("late")).error().code == ErrorCode::Conflict);
}

TEST_CASE("the day queue puts overdue first then due time then priority and next walks it", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate today(2026, 3, 3);
    FixedClock clock(local(today.addDays(-3)));
    FollowUpRepository repo(temp.db(), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("赵敏"));
    const FollowUpTaskId low = addTask(repo, id, QStringLiteral("liufang"), today, 0);
    const FollowUpTaskId high = addTask(repo, id, QStringLiteral("liufang"), today, 2);
    const FollowUpTaskId overdue = addTask(repo, id, QStringLiteral("liufang"), today.addDays(-2), 0);
    FollowUpTask timed;
    timed.customerId = id;
    timed.assignee = QStringLiteral("liufang");
    timed.dueDate = today;
    timed.dueTime = QTime(9, 0);
    auto timedSaved = repo.create(timed);
    REQUIRE(timedSaved.ok());
    addTask(repo, id, QStringLiteral("liufang"), today.addDays(1)); // tomorrow: not in today's queue
    addTask(repo, id, QStringLiteral("sunli"), today);              // someone else's
    clock.set(local(today));

    FollowUpRepository officer(temp.db().connectionName(), QStringLiteral("liufang"), clock);
    auto queue = officer.dayQueue(QStringLiteral("liufang"), today);
    REQUIRE(queue.ok());
    CHECK(ids(*queue) == QList<FollowUpTaskId>{overdue, timedSaved->id, high, low});
    CHECK(queue->at(0).customerName == QStringLiteral("赵敏"));
    // The queue carries the mask only, even for a role with the reveal right; the number comes from an audited reveal.
    CHECK(queue->at(0).phone == PhoneNumber::masked(QStringLiteral("13812345678")));
    CHECK_FALSE(queue->at(0).phone.contains(QStringLiteral("1234")));

    auto next = officer.nextTask(QStringLiteral("liufang"), today, high);
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->task.id == low);
    next = officer.nextTask(QStringLiteral("liufang"), today, low); // wraps round
    CHECK((*next)->task.id == overdue);
    // Done: it leaves the queue and next is the one that now stands in its place.
    REQUIRE(officer.recordOutcome(timedSaved->id, FollowUpOutcome::ReachedOk, {}).ok());
    next = officer.nextTask(QStringLiteral("liufang"), today, timedSaved->id);
    CHECK((*next)->task.id == high);
}

TEST_CASE("supervisor figures match hand-computed completion and on-time rates", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate d1(2026, 3, 1);
    const QDate d2(2026, 3, 2);
    const QDate d3(2026, 3, 3);
    FixedClock clock(local(QDate(2026, 2, 25)));
    FollowUpRepository admin(temp.db(), clock);
    FollowUpRepository liufang(temp.db().connectionName(), QStringLiteral("liufang"), clock);
    FollowUpRepository sunli(temp.db().connectionName(), QStringLiteral("sunli"), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("陈静"));
    const FollowUpTaskId a = addTask(admin, id, QStringLiteral("liufang"), d1);
    const FollowUpTaskId b = addTask(admin, id, QStringLiteral("liufang"), d2);
    addTask(admin, id, QStringLiteral("liufang"), d2); // C: stays open, overdue on d3
    addTask(admin, id, QStringLiteral("liufang"), d3); // D: open, due today
    const FollowUpTaskId e = addTask(admin, id, QStringLiteral("liufang"), d1);
    addTask(admin, id, QStringLiteral("liufang"), QDate(2026, 3, 5)); // F: outside the period
    const FollowUpTaskId g = addTask(admin, id, QStringLiteral("sunli"), d1);
    const FollowUpTaskId h = addTask(admin, id, QStringLiteral("sunli"), d3);

    clock.set(local(d1));
    REQUIRE(liufang.recordOutcome(a, FollowUpOutcome::ReachedOk, {}).ok());  // on time
    REQUIRE(liufang.cancel(e, QStringLiteral("Customer moved away")).ok());  // not counted
    REQUIRE(sunli.recordOutcome(g, FollowUpOutcome::NoAnswer, {}, d2).ok()); // tried again d2
    clock.set(local(d2));
    REQUIRE(sunli.recordOutcome(g, FollowUpOutcome::ReachedOk, QStringLiteral("fine")).ok()); // on time (due d2)
    clock.set(local(d3));
    REQUIRE(liufang.recordOutcome(b, FollowUpOutcome::Declined, {}).ok()); // a day late
    REQUIRE(sunli.recordOutcome(h, FollowUpOutcome::ReachedOk, {}).ok());  // on time

    auto figures = liufang.figures(d1, d3);
    REQUIRE(figures.ok());
    REQUIRE(figures->size() == 2);
    const FollowUpFigures &l = figures->at(0);
    CHECK(l.assignee == QStringLiteral("liufang"));
    CHECK(l.due == 4);
    CHECK(l.done == 2);
    CHECK(l.doneOnTime == 1);
    CHECK(l.overdueOpen == 1);
    CHECK(*l.completionRate() == Approx(0.5));
    CHECK(*l.onTimeRate() == Approx(0.5));
    const FollowUpFigures &s = figures->at(1);
    CHECK(s.assignee == QStringLiteral("sunli"));
    CHECK(s.due == 2);
    CHECK(s.done == 2);
    CHECK(s.doneOnTime == 2);
    CHECK(s.overdueOpen == 0);
    CHECK(*s.completionRate() == Approx(1.0));

    auto overdue = admin.overdue(d3);
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).task.dueDate == d2);
    CHECK(overdue->at(0).task.assignee == QStringLiteral("liufang"));
}

TEST_CASE("core refuses follow-up actions the role may not take", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate today(2026, 3, 3);
    FixedClock clock(local(today));
    FollowUpRepository admin(temp.db(), clock);
    FollowUpRepository reception(temp.db().connectionName(), QStringLiteral("sunli"), clock);
    FollowUpRepository officer(temp.db().connectionName(), QStringLiteral("liufang"), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("周杰"));
    const FollowUpTaskId officers = addTask(admin, id, QStringLiteral("liufang"), today);
    const FollowUpTaskId own = addTask(admin, id, QStringLiteral("sunli"), today);

    CHECK_FALSE(reception.isSupervisor());
    CHECK(officer.isSupervisor());
    CHECK(reception.recordOutcome(officers, FollowUpOutcome::ReachedOk, {}).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(reception.reschedule(officers, today.addDays(1), QStringLiteral("x")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(reception.cancel(officers, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(reception.reassign(own, QStringLiteral("liufang")).error().code == ErrorCode::PermissionDenied);
    CHECK(reception.figures(today, today).error().code == ErrorCode::PermissionDenied);
    CHECK(reception.overdue(today).error().code == ErrorCode::PermissionDenied);
    CHECK(reception.dayQueueAll(today).error().code == ErrorCode::PermissionDenied);
    CHECK(reception.dayQueue(QStringLiteral("liufang"), today).error().code == ErrorCode::PermissionDenied);
    // Their own work is theirs.
    CHECK(reception.dayQueue(QStringLiteral("sunli"), today).ok());
    CHECK(reception.reschedule(own, today.addDays(1), QStringLiteral("Customer asked for tomorrow")).ok());
    // A supervisor works anyone's task, reassigns and cancels.
    auto moved = officer.reassign(own, QStringLiteral("liufang"));
    REQUIRE(moved.ok());
    CHECK(moved->assignee == QStringLiteral("liufang"));
    CHECK(officer.reassign(own, QStringLiteral("nobody")).error().code == ErrorCode::Validation);
    CHECK(admin.recordOutcome(officers, FollowUpOutcome::ReachedOk, {}).ok());
    CHECK(officer.cancel(own, QStringLiteral("Duplicate")).ok());
}

TEST_CASE("the follow-up demo leaves each demo account a queue for today and completes most of the past", "[followups]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    FixedClock clock(local(QDate(2026, 3, 3), 8));
    DemoGenerator generator(temp.db(), clock);
    DemoGenerator::Options options;
    options.customers = 800;
    // The generator runs the follow-up demo after customers, visits, loyalty and complaints.
    REQUIRE(generator.generate(options).ok());
    const auto count = [&temp](const QString &sql) {
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int done = count(QStringLiteral("SELECT count(*) FROM follow_up_task WHERE status = 'done'"));
    const int open = count(QStringLiteral("SELECT count(*) FROM follow_up_task WHERE status = 'open'"));
    CHECK(done > open);
    CHECK(count(QStringLiteral("SELECT count(*) FROM follow_up_reschedule")) > 0);
    FollowUpRepository repo(temp.db(), clock);
    for (const QString &user : {QStringLiteral("admin"), QStringLiteral("liufang"), QStringLiteral("sunli")}) {
        auto queue = repo.dayQueue(user, clock.today());
        REQUIRE(queue.ok());
        INFO(user.toStdString());
        CHECK(queue->size() >= 10);
        CHECK(queue->size() <= 25);
    }
    auto figures = repo.figures(clock.today().addDays(-28), clock.today());
    REQUIRE(figures.ok());
    REQUIRE_FALSE(figures->isEmpty());
    int late = 0;
    for (const FollowUpFigures &f : *figures) {
        late += f.done - f.doneOnTime;
    }
    CHECK(late > 0);
    // The demo left proper watermarks: the next sweep finds nothing new.
    FollowUpRuleEngine engine(temp.db(), clock);
    auto sweep = engine.run();
    REQUIRE(sweep.ok());
    CHECK(sweep->created() == 0);
}

TEST_CASE("caredesk-cli followups due lists the signed-in user's queue", "[followups][cli]")
{
    TemporaryDatabase temp;
    addStaff(temp);
    const QDate today = QDate::currentDate();
    FixedClock clock(local(today, 0).addSecs(60));
    FollowUpRepository repo(temp.db(), clock);
    const CustomerId id = addCustomer(temp, QStringLiteral("黄丽"));
    const FollowUpTaskId mine = addTask(repo, id, QStringLiteral("admin"), today);
    addTask(repo, id, QStringLiteral("liufang"), today);
    addTask(repo, id, QStringLiteral("admin"), today.addDays(2));
    temp.close();
    const QString password = QString::fromLatin1(TemporaryDatabase::password);
    auto cli = [&](const QStringList &extra) {
        QProcess process;
        process.setProgram(QStringLiteral(CAREDESK_CLI_PATH));
        process.setArguments(QStringList{QStringLiteral("followups"), QStringLiteral("due"), QStringLiteral("--db"),
                                         temp.path(), QStringLiteral("--user"), QStringLiteral("admin")} +
                             extra);
        process.start();
        REQUIRE(process.waitForStarted());
        process.write(password.toUtf8() + '\n');
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
    };
    auto [code, out] = cli({QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(code == 0);
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).toObject().value(QStringLiteral("id")).toInteger() == mine);
    CHECK(tasks.at(0).toObject().value(QStringLiteral("phone")).toString().endsWith(QStringLiteral("5678")));
    CHECK_FALSE(tasks.at(0).toObject().value(QStringLiteral("phone")).toString().contains(QStringLiteral("1381")));

    auto [allCode, allOut] = cli({QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(allCode == 0);
    CHECK(allOut.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3); // header and two tasks
    auto [laterCode, laterOut] = cli({QStringLiteral("--date"), today.addDays(2).toString(Qt::ISODate)});
    REQUIRE(laterCode == 0);
    CHECK(laterOut.contains(
        QStringLiteral("Follow-ups due on or before %1: 2").arg(today.addDays(2).toString(Qt::ISODate))));
    auto [badCode, badOut] = cli({QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badCode == 4);
}
