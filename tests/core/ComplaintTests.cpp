// SPDX-License-Identifier: GPL-3.0-or-later
// Complaints: the state machine, permissions, SLA escalation, survey intake and the report figures.
#include "core/complaints/ComplaintReport.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/complaints/ComplaintsDemo.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/core/CliRunner.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;
using caredesk::test::CliRun;
using caredesk::test::runCli;

namespace {

QDateTime at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute));
}

const QDate monday(2026, 11, 23);

template <typename T> T must(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail)
             .toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void mustOk(const Status &status)
{
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

CustomerId addCustomer(Database &db, const Clock &clock, const QString &name, const QString &phone)
{
    CustomerRepository customers(db, clock);
    Customer c;
    c.name = name;
    c.phone = phone;
    c.sex = Sex::Female;
    c.birthDate = QDate(1978, 5, 2);
    return must(customers.add(c)).id;
}

Complaint draft(CustomerId customer, ComplaintCategory category = ComplaintCategory::ServiceProcess)
{
    Complaint c;
    c.customerId = customer;
    c.category = category;
    c.severity = defaultSeverity(category);
    c.slaClass = defaultSlaClass(c.severity);
    c.description = QStringLiteral("取药排队等了四十分钟，窗口只开了一个。");
    return c;
}

/** 640 customers, then the complaints demo (seed 7) at @p clock's now. */
ComplaintsDemo::Stats seedComplaintsDemo(Database &db, const Clock &clock)
{
    CustomerRepository customers(db, clock);
    QList<Customer> batch;
    for (int i = 0; i < 640; ++i) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(i);
        c.phone = QStringLiteral("139%1").arg(10000000 + i);
        batch << c;
    }
    mustOk(customers.addBulk(batch));
    return must(ComplaintsDemo::generate(db.connectionName(), QStringLiteral("admin"), clock, 7));
}

qint64 countRows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::unique_ptr<Database> openAs(TemporaryDatabase &temp, const QString &user, Role role)
{
    const QString password = QStringLiteral("Desk-Password-2026");
    mustOk(temp.db().addUser(user, role, password, KdfParams::fastForTests()));
    temp.close();
    auto opened = Database::open(temp.path(), user, password);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("Categories carry their default severity and SLA class", "[complaints]")
{
    CHECK(defaultSeverity(ComplaintCategory::MedicationError) == ComplaintSeverity::High);
    CHECK(defaultSeverity(ComplaintCategory::AdverseDrugReaction) == ComplaintSeverity::Medium);
    CHECK(defaultSeverity(ComplaintCategory::ProductUse) == ComplaintSeverity::Medium);
    CHECK(defaultSeverity(ComplaintCategory::ServiceProcess) == ComplaintSeverity::Low);
    CHECK(defaultSeverity(ComplaintCategory::Attitude) == ComplaintSeverity::Low);
    CHECK(defaultSeverity(ComplaintCategory::Billing) == ComplaintSeverity::Low);
    CHECK(defaultSeverity(ComplaintCategory::Environment) == ComplaintSeverity::Low);
    CHECK(defaultSlaClass(ComplaintSeverity::High) == SlaClass::Urgent);
    CHECK(defaultSlaClass(ComplaintSeverity::Medium) == SlaClass::General);
    for (ComplaintState s : allComplaintStates()) {
        CHECK(complaintStateFromId(complaintStateId(s)) == s);
    }
    for (ComplaintCategory c : allComplaintCategories()) {
        CHECK(complaintCategoryFromId(complaintCategoryId(c)) == c);
    }
}

TEST_CASE("Recording a complaint validates the customer, the text and the visit", "[complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    const CustomerId li = addCustomer(temp.db(), clock, QStringLiteral("李娜"), QStringLiteral("13900139000"));
    VisitRepository visits(temp.db(), clock);
    Visit v;
    v.customerId = li;
    v.at = at(monday, 8, 45);
    v.department = QStringLiteral("药房");
    const VisitId liVisit = must(visits.addVisit(v)).id;
    ComplaintRepository complaints(temp.db(), clock);

    Complaint empty = draft(wang);
    empty.description = QStringLiteral("   ");
    CHECK(complaints.create(empty).error().code == ErrorCode::Validation);
    Complaint wrongVisit = draft(wang);
    wrongVisit.visitId = liVisit;
    CHECK(complaints.create(wrongVisit).error().code == ErrorCode::Validation);
    CHECK(complaints.create(draft(9999)).error().code == ErrorCode::NotFound);

    CustomerRepository customers(temp.db(), clock);
    must(customers.merge(wang, li, {}));
    CHECK(complaints.create(draft(li)).error().code == ErrorCode::NotFound);

    Complaint ok = draft(wang);
    ok.owner = QStringLiteral("liufang");
    const Complaint saved = must(complaints.create(ok));
    CHECK(saved.state == ComplaintState::Received);
    CHECK(saved.createdBy == QStringLiteral("admin"));
    CHECK(saved.receivedAt == clock.nowUtc());
    const Complaint read = must(complaints.findById(saved.id));
    CHECK(read.description == ok.description);
    CHECK(read.owner == QStringLiteral("liufang"));
    const QList<ComplaintEvent> events = must(complaints.history(saved.id));
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).kind == ComplaintEventKind::Received);
    CHECK(countRows(temp.db().connection(), QStringLiteral("SELECT COUNT(*) FROM complaint")) == 1);
}

TEST_CASE("The state machine goes one step at a time and closes only after the outcome call", "[complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    const ComplaintId id = must(complaints.create(draft(wang))).id;

    auto skipped = complaints.transition(id, ComplaintState::Investigating);
    REQUIRE_FALSE(skipped.ok());
    CHECK(skipped.error().code == ErrorCode::Validation);
    CHECK(skipped.error().message.contains(complaintStateLabel(ComplaintState::Acknowledged)));

    clock.set(at(monday, 10));
    const Complaint acknowledged =
        must(complaints.transition(id, ComplaintState::Acknowledged, QStringLiteral("已致电")));
    CHECK(acknowledged.firstResponseAt == at(monday, 10).toUTC());
    must(complaints.transition(id, ComplaintState::Investigating));

    auto closeEarly = complaints.transition(id, ComplaintState::Closed);
    REQUIRE_FALSE(closeEarly.ok());
    CHECK(closeEarly.error().message.contains(QStringLiteral("outcome")));

    // Resolving says exactly what is missing.
    TransitionDetails onlyResolution;
    onlyResolution.resolution = QStringLiteral("增开一个取药窗口");
    auto incomplete = complaints.transition(id, ComplaintState::Resolved, {}, onlyResolution);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().message.contains(QStringLiteral("root cause")));
    CHECK(incomplete.error().message.contains(QStringLiteral("corrective action")));
    CHECK_FALSE(incomplete.error().message.contains(QStringLiteral("the resolution")));
    CHECK(must(complaints.findById(id)).resolution.isEmpty()); // nothing saved from the refused step

    must(complaints.updateInvestigation(id, {QStringLiteral("午间排班不足"), QStringLiteral("午间增加一名药师"),
                                             QStringLiteral("药房"), QStringLiteral("李药师")}));
    clock.set(at(monday, 15));
    const Complaint resolved = must(complaints.transition(id, ComplaintState::Resolved, {}, onlyResolution));
    CHECK(resolved.resolvedAt == at(monday, 15).toUTC());
    CHECK(resolved.responsibleStaff == QStringLiteral("李药师"));

    CHECK(complaints.transition(id, ComplaintState::Closed).error().code == ErrorCode::Validation);
    TransitionDetails callWithoutScore;
    callWithoutScore.outcomeCallResult = QStringLiteral("客户表示理解");
    auto noScore = complaints.transition(id, ComplaintState::OutcomeTold, {}, callWithoutScore);
    REQUIRE_FALSE(noScore.ok());
    CHECK(noScore.error().message.contains(QStringLiteral("satisfaction")));
    TransitionDetails call = callWithoutScore;
    call.outcomeSatisfaction = 6;
    CHECK(complaints.transition(id, ComplaintState::OutcomeTold, {}, call).error().code == ErrorCode::Validation);
    call.outcomeSatisfaction = 4;
    must(complaints.transition(id, ComplaintState::OutcomeTold, {}, call));
    clock.set(at(monday.addDays(1), 9));
    const Complaint closed = must(complaints.transition(id, ComplaintState::Closed));
    CHECK(closed.closedAt == at(monday.addDays(1), 9).toUTC());
    CHECK(closed.outcomeSatisfaction == 4);
    CHECK(complaints.transition(id, ComplaintState::Closed).error().code == ErrorCode::Validation);

    // Reopening needs a reason, counts, and clears the resolution time, the closing time and the outcome call.
    CHECK(complaints.reopen(id, {}).error().code == ErrorCode::Validation);
    const Complaint reopened = must(complaints.reopen(id, QStringLiteral("客户再次来电：窗口仍只开一个")));
    CHECK(reopened.state == ComplaintState::Investigating);
    CHECK(reopened.reopenCount == 1);
    CHECK_FALSE(reopened.resolvedAt.isValid());
    CHECK_FALSE(reopened.closedAt.isValid());
    CHECK(reopened.outcomeCallResult.isEmpty());
    CHECK(reopened.firstResponseAt == at(monday, 10).toUTC());
    CHECK(reopened.rootCause == QStringLiteral("午间排班不足"));

    const QList<ComplaintEvent> events = must(complaints.history(id));
    QStringList kinds;
    for (const ComplaintEvent &e : events) {
        kinds << complaintEventKindId(e.kind) + QLatin1Char(':') +
                     (e.toState ? complaintStateId(*e.toState) : QString());
        CHECK(e.userName == QStringLiteral("admin"));
    }
    CHECK(kinds == QStringList{QStringLiteral("received:received"), QStringLiteral("transition:acknowledged"),
                               QStringLiteral("transition:investigating"), QStringLiteral("investigation:"),
                               QStringLiteral("transition:resolved"), QStringLiteral("transition:outcome_told"),
                               QStringLiteral("transition:closed"), QStringLiteral("reopen:investigating")});
    CHECK(events.at(5).note == QStringLiteral("客户表示理解"));
}

TEST_CASE("Reception may record complaints and notes but not handle them", "[complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    Complaint adr = draft(wang, ComplaintCategory::AdverseDrugReaction);
    adr.adrDrug = QStringLiteral("阿莫西林胶囊");
    const ComplaintId adrId = must(ComplaintRepository(temp.db(), clock).create(adr)).id;
    auto desk = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    ComplaintRepository complaints(*desk, clock);
    const ComplaintId id = must(complaints.create(draft(wang))).id;
    mustOk(complaints.addNote(id, QStringLiteral("客户下午会再来")));
    CHECK(complaints.transition(id, ComplaintState::Acknowledged).error().code == ErrorCode::PermissionDenied);
    CHECK(complaints.assign(id, QStringLiteral("liufang")).error().code == ErrorCode::PermissionDenied);
    CHECK(complaints.pause(id).error().code == ErrorCode::PermissionDenied);
    CHECK(complaints.markAdrReported(adrId, AdrRecipient::Regulator).error().code == ErrorCode::PermissionDenied);
    CHECK(must(complaints.findById(id)).state == ComplaintState::Received);
    CHECK(must(complaints.history(id)).size() == 2);
    CHECK_FALSE(ComplaintRepository::canHandle(Role::Pharmacist));
    CHECK(ComplaintRepository::canHandle(Role::ServiceOfficer));
}

TEST_CASE("Escalation levels follow the rule at chosen times", "[complaints][sla]")
{
    const SlaEngine engine{BusinessCalendar(), SlaPolicy()};
    const BusinessCalendar &calendar = engine.calendar();
    Complaint c;
    c.id = 1;
    c.receivedAt = at(monday, 9).toUTC();
    c.severity = ComplaintSeverity::Low;
    c.slaClass = SlaClass::General;
    const auto after = [&](int minutes) { return calendar.addBusinessMinutes(c.receivedAt, minutes); };

    SlaEvaluation e = engine.evaluate(c, {}, after(1000));
    CHECK(e.firstResponse.status == SlaStatus::OnTrack);
    CHECK(e.firstResponse.leftMinutes == 440);
    CHECK(e.escalation == EscalationLevel::None);
    CHECK(e.firstResponse.due == after(1440));
    CHECK(e.resolution.due == after(2880));

    e = engine.evaluate(c, {}, after(1080)); // 75 % of the first-response allowance
    CHECK(e.firstResponse.status == SlaStatus::Warning);
    CHECK(e.escalation == EscalationLevel::Owner);
    CHECK(e.escalatedClock == SlaClockKind::FirstResponse);

    e = engine.evaluate(c, {}, after(1500));
    CHECK(e.firstResponse.status == SlaStatus::Breached);
    CHECK(e.escalation == EscalationLevel::Supervisor);
    CHECK(e.minutesToBreach() == -60);

    e = engine.evaluate(c, {}, after(2170)); // more than 50 % of the allowance beyond the deadline
    CHECK(e.escalation == EscalationLevel::Manager);

    // Answered in time: the first-response clock is met and no longer escalates.
    c.firstResponseAt = after(600);
    e = engine.evaluate(c, {}, after(2170));
    CHECK(e.firstResponse.status == SlaStatus::Met);
    CHECK(e.resolution.status == SlaStatus::Warning);
    CHECK(e.escalation == EscalationLevel::Owner);
    e = engine.evaluate(c, {}, after(2900));
    CHECK(e.escalation == EscalationLevel::Supervisor);
    e = engine.evaluate(c, {}, after(4400));
    CHECK(e.escalation == EscalationLevel::Manager);
    c.resolvedAt = after(3000);
    e = engine.evaluate(c, {}, after(4400));
    CHECK(e.resolution.status == SlaStatus::MetLate);
    CHECK(e.escalation == EscalationLevel::None);

    // Any resolution breach of an urgent or high-severity complaint goes to the manager.
    Complaint urgent;
    urgent.receivedAt = c.receivedAt;
    urgent.severity = ComplaintSeverity::High;
    urgent.slaClass = SlaClass::Urgent;
    urgent.firstResponseAt = after(30);
    e = engine.evaluate(urgent, {}, after(1441));
    CHECK(e.resolution.status == SlaStatus::Breached);
    CHECK(e.escalation == EscalationLevel::Manager);

    // Waiting on the customer stops the clocks; the deadline moves by the paused business time.
    Complaint paused = c;
    paused.firstResponseAt = {};
    paused.resolvedAt = {};
    paused.waitingOnCustomer = true;
    const QList<ComplaintEvent> events{{1, 1, after(100), {}, ComplaintEventKind::Pause, {}, {}, {}},
                                       {2, 1, after(700), {}, ComplaintEventKind::Resume, {}, {}, {}},
                                       {3, 1, after(900), {}, ComplaintEventKind::Pause, {}, {}, {}}};
    e = engine.evaluate(paused, events, after(1500));
    CHECK(e.paused);
    CHECK(e.firstResponse.usedMinutes == 100 + 200);
    CHECK(e.firstResponse.status == SlaStatus::OnTrack);
    CHECK(e.escalation == EscalationLevel::None);
}

TEST_CASE("Pausing keeps waiting_on_customer current and the queue sorts by time to breach", "[complaints][sla]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    Complaint general = draft(wang);
    const ComplaintId older = must(complaints.create(general)).id;
    clock.set(at(monday, 10));
    Complaint urgent = draft(wang, ComplaintCategory::MedicationError);
    urgent.slaClass = SlaClass::Urgent;
    const ComplaintId medication = must(complaints.create(urgent)).id;
    clock.set(at(monday, 11));
    const ComplaintId newest = must(complaints.create(draft(wang))).id;

    // Both general ones answered at 11:00; the newest then waits on the customer, so its clocks stand still.
    must(complaints.transition(older, ComplaintState::Acknowledged));
    must(complaints.transition(newest, ComplaintState::Acknowledged));
    CHECK(must(complaints.pause(newest, QStringLiteral("等客户提供购药小票"))).waitingOnCustomer);
    CHECK(complaints.pause(newest).error().code == ErrorCode::Validation);

    const QDateTime now = at(monday.addDays(2), 16);
    QList<ComplaintQueueRow> rows = must(complaints.queue({}, now));
    REQUIRE(rows.size() == 3);
    // Wednesday 16:00: the urgent one has 270 minutes left (first response and 24 h resolution alike), the older
    // general one 2880 - 1230 = 1650, the paused one all of its 2880.
    CHECK(rows.at(0).complaint.id == medication);
    CHECK(rows.at(1).complaint.id == older);
    CHECK(rows.at(2).complaint.id == newest);
    CHECK(rows.at(2).sla.paused);
    CHECK(rows.at(0).customerName == QStringLiteral("王芳"));
    CHECK(rows.at(0).sla.minutesToBreach() == 270);
    CHECK(rows.at(1).sla.minutesToBreach() == 1650);
    CHECK(rows.at(2).sla.minutesToBreach() == 2880);

    clock.set(at(monday.addDays(2), 16));
    const Complaint resumed = must(complaints.resume(newest));
    CHECK_FALSE(resumed.waitingOnCustomer);
    rows = must(complaints.queue({}, now));
    const auto paused = SlaEngine::pauses(must(complaints.history(newest)));
    REQUIRE(paused.size() == 1);
    CHECK(paused.at(0).to == at(monday.addDays(2), 16).toUTC());

    ComplaintQueueFilter mine;
    mine.owner = QStringLiteral("liufang");
    CHECK(must(complaints.queue(mine, now)).isEmpty());
    must(complaints.assign(older, QStringLiteral("liufang")));
    REQUIRE(must(complaints.queue(mine, now)).size() == 1);
    ComplaintQueueFilter medicationOnly;
    medicationOnly.category = ComplaintCategory::MedicationError;
    CHECK(must(complaints.queue(medicationOnly, now)).size() == 1);
}

TEST_CASE("Alerts go to the owner, the supervisors or the managers by level", "[complaints][sla]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    Complaint c = draft(wang);
    c.owner = QStringLiteral("liufang");
    const ComplaintId id = must(complaints.create(c)).id;
    const BusinessCalendar calendar;
    const QDateTime received = at(monday, 9);

    const QDateTime warning = calendar.addBusinessMinutes(received, 1100);
    CHECK(must(complaints.alerts(warning, Role::ServiceOfficer, QStringLiteral("liufang"))).size() == 1);
    CHECK(must(complaints.alerts(warning, Role::ServiceOfficer, QStringLiteral("chenjing"))).isEmpty());
    CHECK(must(complaints.alerts(warning, Role::Manager, QStringLiteral("zhaomin"))).isEmpty());

    const QDateTime breached = calendar.addBusinessMinutes(received, 1500);
    const QList<ComplaintAlert> supervisor = must(complaints.alerts(breached, Role::ServiceOfficer, {}));
    REQUIRE(supervisor.size() == 1);
    CHECK(supervisor.at(0).complaintId == id);
    CHECK(supervisor.at(0).level == EscalationLevel::Supervisor);
    CHECK(supervisor.at(0).clock == SlaClockKind::FirstResponse);
    CHECK(supervisor.at(0).leftMinutes == -60);
    CHECK(must(complaints.alerts(breached, Role::Manager, QStringLiteral("zhaomin"))).size() == 1);
    CHECK(must(complaints.alerts(breached, Role::Reception, QStringLiteral("sunli"))).isEmpty());

    const QDateTime far = calendar.addBusinessMinutes(received, 2200);
    CHECK(must(complaints.alerts(far, Role::ServiceOfficer, QStringLiteral("chenjing"))).isEmpty());
    CHECK(must(complaints.alerts(far, Role::ServiceOfficer, QStringLiteral("liufang"))).size() == 1);
    const QList<ComplaintAlert> manager = must(complaints.alerts(far, Role::Administrator, QStringLiteral("admin")));
    REQUIRE(manager.size() == 1);
    CHECK(manager.at(0).level == EscalationLevel::Manager);
}

TEST_CASE("A detractor survey opens one complaint however often it is asked", "[complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    VisitRepository visits(temp.db(), clock);
    Visit v;
    v.customerId = wang;
    v.at = at(monday, 8, 40);
    v.department = QStringLiteral("内科");
    v.staff = QStringLiteral("刘医生");
    const VisitId visit = must(visits.addVisit(v)).id;
    SurveyRepository surveys(temp.db(), clock);
    SurveyResponse r;
    r.customerId = wang;
    r.nps = 2;
    r.csat = 1;
    r.visitId = visit;
    r.department = QStringLiteral("内科");
    r.staff = QStringLiteral("刘医生");
    r.comment = QStringLiteral("医生态度冷淡");
    const qint64 response = must(surveys.addResponse(r)).id;

    ComplaintRepository complaints(QStringLiteral("%1").arg(temp.db().connectionName()), QStringLiteral("rules"),
                                   clock);
    const ComplaintId first = must(complaints.openFromSurvey(response, {}));
    const ComplaintId second = must(complaints.openFromSurvey(response, QStringLiteral("再次调用")));
    CHECK(first == second);
    CHECK(countRows(temp.db().connection(), QStringLiteral("SELECT COUNT(*) FROM complaint")) == 1);
    CHECK(countRows(temp.db().connection(), QStringLiteral("SELECT COUNT(*) FROM complaint_event")) == 1);
    const Complaint c = must(complaints.findById(first));
    CHECK(c.customerId == wang);
    CHECK(c.visitId == visit);
    CHECK(c.sourceSurveyId == response);
    CHECK(c.category == ComplaintCategory::ServiceProcess);
    CHECK(c.channel == ComplaintChannel::Survey);
    CHECK(c.description == QStringLiteral("医生态度冷淡"));
    CHECK(c.department == QStringLiteral("内科"));
    CHECK(c.createdBy == QStringLiteral("rules"));
    CHECK(complaints.openFromSurvey(424242).error().code == ErrorCode::NotFound);
}

TEST_CASE("ADR reporting is stamped once per recipient and the report holds no name", "[complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(at(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    const ComplaintId other = must(complaints.create(draft(wang))).id;
    CHECK(complaints.markAdrReported(other, AdrRecipient::Manufacturer).error().code == ErrorCode::Validation);
    Complaint adr = draft(wang, ComplaintCategory::AdverseDrugReaction);
    adr.description = QStringLiteral("服药后全身出现红疹");
    const ComplaintId id = must(complaints.create(adr)).id;
    CHECK(complaints.markAdrReported(id, AdrRecipient::Regulator).error().code == ErrorCode::Validation);
    must(complaints.setAdrDetails(id, QStringLiteral("头孢克肟分散片"), QDate(2026, 11, 21)));
    clock.set(at(monday, 11));
    const Complaint reported = must(complaints.markAdrReported(id, AdrRecipient::Regulator));
    CHECK(reported.adrReportedRegulatorAt == at(monday, 11).toUTC());
    CHECK_FALSE(reported.adrReportedManufacturerAt.isValid());
    CHECK(complaints.markAdrReported(id, AdrRecipient::Regulator).error().code == ErrorCode::Validation);

    const AdrReport report = must(complaints.adrReport(id, QStringLiteral("liufang"), QStringLiteral("示范诊所")));
    CHECK(report.patientInitials == QStringLiteral("W.F."));
    CHECK(report.sex == Sex::Female);
    CHECK(report.ageBand == QStringLiteral("40–49"));
    CHECK(report.drug == QStringLiteral("头孢克肟分散片"));
    CHECK(report.onsetDate == QDate(2026, 11, 21));
    CHECK(report.reaction == adr.description);
    CHECK(report.reportedRegulatorAt == at(monday, 11).toUTC());
    CHECK(complaints.adrReport(other, {}, {}).error().code == ErrorCode::Validation);
}

TEST_CASE("Report figures match a small set worked out by hand", "[complaints][report]")
{
    const SlaEngine engine{BusinessCalendar(), SlaPolicy()};
    const BusinessCalendar &calendar = engine.calendar();
    const QDateTime received = at(monday, 8, 30).toUTC();
    const auto after = [&](int minutes) { return calendar.addBusinessMinutes(received, minutes); };
    QList<Complaint> set;
    // Five resolved in 2, 4, 6, 8 and 30 business hours; all answered within an hour except the last (25 h).
    const int hours[] = {2, 4, 6, 8, 30};
    for (int i = 0; i < 5; ++i) {
        Complaint c;
        c.id = i + 1;
        c.receivedAt = received;
        c.category = i < 3 ? ComplaintCategory::ServiceProcess : ComplaintCategory::MedicationError;
        c.severity = defaultSeverity(c.category);
        c.slaClass = SlaClass::General;
        c.state = ComplaintState::Closed;
        c.firstResponseAt = after(i == 4 ? 25 * 60 : 60);
        c.resolvedAt = after(hours[i] * 60);
        c.reopenCount = i == 1 ? 1 : 0;
        set << c;
    }
    // Reopened and investigating again; and one still open within its time.
    Complaint reopened;
    reopened.id = 6;
    reopened.receivedAt = received;
    reopened.category = ComplaintCategory::Billing;
    reopened.state = ComplaintState::Investigating;
    reopened.firstResponseAt = after(30);
    reopened.reopenCount = 1;
    set << reopened;
    Complaint fresh;
    fresh.id = 7;
    fresh.receivedAt = after(1000);
    fresh.category = ComplaintCategory::Billing;
    set << fresh;

    const QDateTime now = after(2000); // fresh has used 1000 of 1440 minutes; reopened has used 2000 of 2880
    const ComplaintReport r = ComplaintReport::compute(set, {}, engine, received, now, now);
    CHECK(r.total == 7);
    CHECK(r.byCategory.value(ComplaintCategory::ServiceProcess) == 3);
    CHECK(r.byCategory.value(ComplaintCategory::MedicationError) == 2);
    CHECK(r.byCategory.value(ComplaintCategory::Billing) == 2);
    CHECK(r.bySeverity.value(ComplaintSeverity::High) == 2);
    CHECK(r.bySeverity.value(ComplaintSeverity::Low) == 5);
    // First response: six answered (five in time, one after 25 h); fresh is still within its time.
    CHECK(r.firstResponse.decided == 6);
    CHECK(r.firstResponse.within == 5);
    // Resolution (48 h general): five met in time; the reopened one and fresh are still running within time.
    CHECK(r.resolution.decided == 5);
    CHECK(r.resolution.within == 5);
    CHECK(r.resolved == 5);
    CHECK(r.medianResolutionHours == Approx(6.0));
    CHECK(r.p90ResolutionHours == Approx(30.0)); // rank ⌈0.9 × 5⌉ = 5
    CHECK(r.everResolved == 6);
    CHECK(r.reopened == 2);
    CHECK(*r.reopenRatePercent() == Approx(100.0 * 2 / 6));

    CHECK(ComplaintReport::median({4.0, 1.0, 3.0, 2.0}) == Approx(2.5));
    CHECK(ComplaintReport::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == Approx(9.0));
    CHECK(ComplaintReport::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90) == Approx(10.0));
    CHECK_FALSE(ComplaintReport::median({}).has_value());
}


TEST_CASE("caredesk-cli report complaints prints the period's figures", "[complaints][cli]")
{
    TemporaryDatabase temp;
    const QDate mon(2025, 11, 17);
    FixedClock clock(at(mon.addDays(-30), 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    must(complaints.create(draft(wang))); // October: outside the period
    TransitionDetails resolution{QStringLiteral("已处理"), QStringLiteral("原因"), QStringLiteral("措施"), {}, {}};
    TransitionDetails call{{}, {}, {}, QStringLiteral("客户满意"), 5};
    const auto runLoop = [&](ComplaintId id, const QDateTime &ack, const QDateTime &resolved) {
        clock.set(ack);
        must(complaints.transition(id, ComplaintState::Acknowledged));
        must(complaints.transition(id, ComplaintState::Investigating));
        clock.set(resolved);
        must(complaints.transition(id, ComplaintState::Resolved, {}, resolution));
        must(complaints.transition(id, ComplaintState::OutcomeTold, {}, call));
        must(complaints.transition(id, ComplaintState::Closed));
    };
    // 4 business hours (09:00–12:00, 13:30–14:30) and 7.5 (Monday 10:00 to Tuesday 10:00).
    clock.set(at(mon, 9));
    const ComplaintId first = must(complaints.create(draft(wang))).id;
    runLoop(first, at(mon, 9, 30), at(mon, 14, 30));
    clock.set(at(mon, 10));
    Complaint medication = draft(wang, ComplaintCategory::MedicationError);
    const ComplaintId second = must(complaints.create(medication)).id;
    runLoop(second, at(mon, 10, 30), at(mon.addDays(1), 10));
    // Acknowledged but never resolved: long past its deadline today.
    clock.set(at(mon.addDays(1), 9));
    Complaint billing = draft(wang, ComplaintCategory::Billing);
    const ComplaintId third = must(complaints.create(billing)).id;
    clock.set(at(mon.addDays(1), 9, 30));
    must(complaints.transition(third, ComplaintState::Acknowledged));
    temp.close();

    const QString password = QString::fromLatin1(TemporaryDatabase::password);
    QStringList args{QStringLiteral("report"),   QStringLiteral("complaints"),
                     QStringLiteral("--db"),     temp.path(),
                     QStringLiteral("--user"),   QStringLiteral("admin"),
                     QStringLiteral("--from"),   QStringLiteral("2025-11-01"),
                     QStringLiteral("--to"),     QStringLiteral("2025-11-30"),
                     QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun run = runCli(args, {password});
    INFO(run.err.toStdString());
    INFO(run.out.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("total")).toInt() == 3);
    const QJsonObject categories = report.value(QStringLiteral("by_category")).toObject();
    CHECK(categories.value(QStringLiteral("medication_error")).toInt() == 1);
    CHECK(categories.value(QStringLiteral("service_process")).toInt() == 1);
    CHECK(categories.value(QStringLiteral("billing")).toInt() == 1);
    CHECK(report.value(QStringLiteral("by_severity")).toObject().value(QStringLiteral("high")).toInt() == 1);
    const QJsonObject firstResponse = report.value(QStringLiteral("first_response")).toObject();
    CHECK(firstResponse.value(QStringLiteral("decided")).toInt() == 3);
    CHECK(firstResponse.value(QStringLiteral("within")).toInt() == 3);
    const QJsonObject resolutionShare = report.value(QStringLiteral("resolution")).toObject();
    CHECK(resolutionShare.value(QStringLiteral("decided")).toInt() == 3);
    CHECK(resolutionShare.value(QStringLiteral("within")).toInt() == 2);
    CHECK(resolutionShare.value(QStringLiteral("percent")).toDouble() == Approx(66.67));
    const QJsonObject hours = report.value(QStringLiteral("resolution_hours")).toObject();
    CHECK(hours.value(QStringLiteral("median")).toDouble() == Approx(5.75));
    CHECK(hours.value(QStringLiteral("p90")).toDouble() == Approx(7.5));
    CHECK(report.value(QStringLiteral("reopen")).toObject().value(QStringLiteral("percent")).toDouble() == 0.0);

    args[args.size() - 1] = QStringLiteral("csv");
    const CliRun csv = runCli(args, {password});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("resolution_hours,median,5.75")));
    CHECK(csv.out.contains(QStringLiteral("category,medication_error,1")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("王芳")));

    args[args.size() - 1] = QStringLiteral("xml");
    CHECK(runCli(args, {password}).exitCode == 4);
}

TEST_CASE("Alerts are the queue's escalations for the user, worst first, at any instant", "[complaints][sla]")
{
    // alerts() reads the open complaints one at a time instead of through queue(); this holds it to what the
    // queue says, over the demo's mix (paused, reopened, breached, warning, met) at instants from now to a week on.
    TemporaryDatabase temp;
    const QDateTime now = at(QDate(2026, 11, 25), 15, 20);
    FixedClock clock(now);
    seedComplaintsDemo(temp.db(), clock);
    ComplaintRepository complaints(temp.db(), clock);
    // The rule the header states: the owner sees their own; supervisor level goes to service officers, managers
    // and administrators; manager level to managers and administrators.
    const auto sees = [](EscalationLevel level, Role role, const QString &user, const QString &owner) {
        if (level == EscalationLevel::None) {
            return false;
        }
        if (!owner.isEmpty() && owner.compare(user, Qt::CaseInsensitive) == 0) {
            return true;
        }
        return (level == EscalationLevel::Supervisor &&
                (role == Role::ServiceOfficer || role == Role::Manager || role == Role::Administrator)) ||
               (level == EscalationLevel::Manager && (role == Role::Manager || role == Role::Administrator));
    };
    QSet<QString> owners;
    for (const ComplaintQueueRow &row : must(complaints.queue({}, now))) {
        owners.insert(row.complaint.owner);
    }
    REQUIRE(owners.size() >= 2);
    QList<std::pair<Role, QString>> viewers{{Role::Manager, QStringLiteral("zhaomin")},
                                           {Role::Administrator, QStringLiteral("admin")},
                                           {Role::Reception, QStringLiteral("sunli")}};
    for (const QString &owner : std::as_const(owners)) {
        viewers.append({Role::ServiceOfficer, owner});
    }
    const SlaEngine engine = must(complaints.slaEngine());
    int compared = 0;
    int pausedKeptOut = 0; ///< escalations a paused clock holds back: gone if the pauses were not read
    for (const int hours : {0, 2, 6, 26, 50, 75, 170}) {
        const QDateTime when = now.addSecs(hours * 3600);
        const QList<ComplaintQueueRow> queue = must(complaints.queue({}, when));
        for (const auto &[role, user] : std::as_const(viewers)) {
            QList<const ComplaintQueueRow *> expected;
            for (const ComplaintQueueRow &row : queue) {
                if (sees(row.sla.escalation, role, user, row.complaint.owner)) {
                    expected << &row;
                }
            }
            const auto leftOf = [](const ComplaintQueueRow *row) {
                const SlaClockKind raised = row->sla.escalatedClock.value_or(SlaClockKind::Resolution);
                return raised == SlaClockKind::FirstResponse ? row->sla.firstResponse.leftMinutes
                                                            : row->sla.resolution.leftMinutes;
            };
            std::stable_sort(expected.begin(), expected.end(), [&](const auto *a, const auto *b) {
                if (a->sla.escalation != b->sla.escalation) {
                    return a->sla.escalation > b->sla.escalation;
                }
                return leftOf(a) < leftOf(b);
            });
            const QList<ComplaintAlert> alerts = must(complaints.alerts(when, role, user));
            INFO("at +" << hours << " h for " << user.toStdString());
            for (const ComplaintQueueRow &row : queue) {
                if (row.complaint.waitingOnCustomer &&
                    sees(engine.evaluate(row.complaint, {}, when).escalation, role, user, row.complaint.owner) &&
                    !sees(row.sla.escalation, role, user, row.complaint.owner)) {
                    ++pausedKeptOut;
                }
            }
            REQUIRE(alerts.size() == expected.size());
            for (qsizetype i = 0; i < alerts.size(); ++i) {
                const ComplaintQueueRow &row = *expected.at(i);
                const ComplaintAlert &a = alerts.at(i);
                CHECK(a.complaintId == row.complaint.id);
                CHECK(a.customerId == row.complaint.customerId);
                CHECK(a.customerName == row.customerName);
                CHECK(a.owner == row.complaint.owner);
                CHECK(a.state == row.complaint.state);
                CHECK(a.level == row.sla.escalation);
                CHECK(a.clock == row.sla.escalatedClock.value_or(SlaClockKind::Resolution));
                CHECK(a.leftMinutes == leftOf(&row));
                ++compared;
            }
        }
    }
    // Enough escalations to mean something, and paused clocks that keep some out.
    CHECK(compared >= 20);
    CHECK(pausedKeptOut > 0);
}

TEST_CASE("The complaints demo leaves a realistic, consistent set open at its now", "[complaints][demo]")
{
    TemporaryDatabase temp;
    const QDateTime now = at(QDate(2026, 11, 25), 15, 20); // a Wednesday afternoon
    FixedClock clock(now);
    const auto stats = seedComplaintsDemo(temp.db(), clock);
    CHECK(stats.complaints == 16);
    CHECK(stats.open >= 11);

    ComplaintRepository complaints(temp.db(), clock);
    const QList<ComplaintQueueRow> open = must(complaints.queue({}, now));
    CHECK(open.size() == stats.open);
    QSet<ComplaintState> states;
    int waiting = 0;
    int reopened = 0;
    int breached = 0;
    int warning = 0;
    for (const ComplaintQueueRow &row : open) {
        states.insert(row.complaint.state);
        waiting += row.complaint.waitingOnCustomer ? 1 : 0;
        reopened += row.complaint.reopenCount > 0 ? 1 : 0;
        breached += row.sla.worstStatus() == SlaStatus::Breached ? 1 : 0;
        warning += row.sla.worstStatus() == SlaStatus::Warning ? 1 : 0;
    }
    CHECK(states.size() == 5); // every state but closed
    CHECK(waiting == 2);
    CHECK(reopened >= 1);
    CHECK(breached >= 2);
    CHECK(warning >= 2);
    const QList<ComplaintAlert> alerts = must(complaints.alerts(now, Role::Manager, QStringLiteral("zhaomin")));
    CHECK(std::any_of(alerts.begin(), alerts.end(),
                      [](const ComplaintAlert &a) { return a.level == EscalationLevel::Manager; }));

    ComplaintQueueFilter all;
    all.openOnly = false;
    const QList<ComplaintQueueRow> everything = must(complaints.queue(all, now));
    REQUIRE(everything.size() == 16);
    int adr = 0;
    int reported = 0;
    const BusinessCalendar calendar;
    for (const ComplaintQueueRow &row : everything) {
        const Complaint &c = row.complaint;
        if (c.category == ComplaintCategory::AdverseDrugReaction) {
            ++adr;
            reported += c.adrReportedRegulatorAt.isValid() ? 1 : 0;
        }
        if (c.state == ComplaintState::Closed) {
            CHECK_FALSE(c.rootCause.isEmpty());
            CHECK_FALSE(c.correctiveAction.isEmpty());
            CHECK_FALSE(c.outcomeCallResult.isEmpty());
            CHECK(c.outcomeSatisfaction.has_value());
        }
        CHECK(c.receivedAt <= now.toUTC());
        for (const ComplaintEvent &e : must(complaints.history(c.id))) {
            CHECK(e.at <= now.toUTC());
            // Every step happened in business hours (a boundary minute such as 17:30 counts).
            const QDateTime local = e.at.toLocalTime();
            const int minute = local.time().hour() * 60 + local.time().minute();
            CHECK(calendar.isWorkingDay(local.date()));
            CHECK(minute >= 8 * 60 + 30);
            CHECK(minute <= 17 * 60 + 30);
            CHECK(QStringList{QStringLiteral("liufang"), QStringLiteral("zhaomin"), QStringLiteral("admin"),
                              QStringLiteral("sunli")}
                      .contains(e.userName));
        }
    }
    CHECK(adr == 3);
    CHECK(reported == 1);
}
