// SPDX-License-Identifier: GPL-3.0-or-later
// Every write leaves its audit entry (issue 8): complaints, follow-ups and their rules, the loyalty ledger and
// programme, survey responses and templates, campaigns and segments, bulk customers and settings. Each operation
// runs through the real repository; the trail is read back as the administrator. Refused operations leave neither
// a change nor an entry, a failing audit write rolls the change back, typed texts never reach the trail and the
// chain stays intact.
#include "core/audit/AuditLog.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/followups/FollowUpRuleEngine.h"
#include "core/followups/FollowUpRules.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/SqlErrors.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void must(const Status &status)
{
    INFO((status ? QString() : status.error().message + QStringLiteral(" | ") + status.error().detail).toStdString());
    REQUIRE(status.ok());
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, sql, values));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 auditRows(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_event"));
}

/** The newest entry with @p action, read through the administrator's AuditLog; fails the test when there is none. */
AuditEvent newest(Database &admin, const QString &action)
{
    AuditFilter filter;
    filter.action = action;
    const QList<AuditEvent> events = must(AuditLog(admin).page(filter, 0, 1));
    INFO(action.toStdString());
    REQUIRE(events.size() == 1);
    return events.first();
}

qint64 countOf(Database &admin, const QString &action)
{
    AuditFilter filter;
    filter.action = action;
    return must(AuditLog(admin).count(filter));
}

QJsonObject changesOf(const AuditEvent &event)
{
    return QJsonDocument::fromJson(event.changes.toUtf8()).object();
}

/** [before, after] of @p field in @p event's changes. */
QJsonArray pair(const AuditEvent &event, const QString &field)
{
    const QJsonValue value = changesOf(event).value(field);
    INFO(QString(event.action + QLatin1Char(' ') + field + QLatin1Char(' ') + event.changes).toStdString());
    REQUIRE(value.isArray());
    return value.toArray();
}

/** True when @p text appears nowhere in the trail (subject, detail, changes). */
bool absentFromTrail(QSqlDatabase db, const QString &text)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM audit_event WHERE instr(subject, ?) > 0 OR "
                                 "instr(detail, ?) > 0 OR instr(changes, ?) > 0"),
                  {text, text, text}) == 0;
}

void requireIntact(Database &db)
{
    const AuditVerification verified = must(db.verifyAudit());
    INFO(verified.message.toStdString());
    CHECK(verified.intact());
}

std::unique_ptr<Database> openAs(TemporaryDatabase &temp, const QString &user, Role role)
{
    const QString password = QStringLiteral("Desk-Password-2026");
    must(temp.db().addUser(user, role, password, KdfParams::fastForTests()));
    temp.close();
    return must(Database::open(temp.path(), user, password));
}

CustomerId addCustomer(Database &db, const Clock &clock, const QString &name, std::optional<CustomerId> referredBy = {})
{
    Customer c;
    c.name = name;
    c.phone = QStringLiteral("13900001234");
    c.referredBy = referredBy;
    return must(CustomerRepository(db, clock).add(c)).id;
}

} // namespace

TEST_CASE("Every complaint write leaves one entry with its field changes", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    const CustomerId customer = addCustomer(db, clock, QStringLiteral("王芳"));
    ComplaintRepository complaints(db, clock);

    const QString description = QStringLiteral("SECRET-DESCRIPTION 窗口只开了一个");
    Complaint draft;
    draft.customerId = customer;
    draft.category = ComplaintCategory::ServiceProcess;
    draft.severity = defaultSeverity(draft.category);
    draft.slaClass = defaultSlaClass(draft.severity);
    draft.description = description;
    const Complaint created = must(complaints.create(draft));
    AuditEvent e = newest(db, QStringLiteral("complaint.create"));
    CHECK(e.entity == QStringLiteral("complaint"));
    CHECK(e.entityId == QString::number(created.id));
    CHECK(e.userName == QStringLiteral("admin"));
    CHECK(e.at == fixedNow);
    CHECK(e.detail == QStringLiteral("customer=%1").arg(customer));
    CHECK(pair(e, QStringLiteral("state")) == QJsonArray{QJsonValue(), QStringLiteral("received")});
    CHECK(changesOf(e).value(QStringLiteral("description")).toString() == QStringLiteral("set"));

    clock.set(fixedNow.addSecs(600));
    must(complaints.transition(created.id, ComplaintState::Acknowledged));
    e = newest(db, QStringLiteral("complaint.transition"));
    CHECK(e.entityId == QString::number(created.id));
    CHECK(pair(e, QStringLiteral("state")) == QJsonArray{QStringLiteral("received"), QStringLiteral("acknowledged")});
    CHECK(pair(e, QStringLiteral("first_response_at")).at(1).toString() == iso(fixedNow.addSecs(600)));

    must(complaints.pause(created.id, QStringLiteral("SECRET-PAUSE-NOTE")));
    e = newest(db, QStringLiteral("complaint.pause"));
    CHECK(pair(e, QStringLiteral("waiting_on_customer")) == QJsonArray{false, true});
    CHECK(changesOf(e).value(QStringLiteral("note")).toString() == QStringLiteral("set"));
    must(complaints.resume(created.id));
    CHECK(pair(newest(db, QStringLiteral("complaint.resume")), QStringLiteral("waiting_on_customer")) ==
          QJsonArray{true, false});

    must(complaints.assign(created.id, QStringLiteral("admin")));
    CHECK(pair(newest(db, QStringLiteral("complaint.assign")), QStringLiteral("owner")) ==
          QJsonArray{QString(), QStringLiteral("admin")});
    // Assigning to the owner it already has changes nothing and records nothing.
    const qint64 beforeSameOwner = auditRows(db.connection());
    must(complaints.assign(created.id, QStringLiteral("admin")));
    CHECK(auditRows(db.connection()) == beforeSameOwner);

    const QString note = QStringLiteral("SECRET-NOTE 客户说下周再来");
    must(complaints.addNote(created.id, note));
    e = newest(db, QStringLiteral("complaint.note"));
    CHECK(e.entityId == QString::number(created.id));
    CHECK(changesOf(e).value(QStringLiteral("note")).toString() == QStringLiteral("set"));

    must(complaints.transition(created.id, ComplaintState::Investigating));
    InvestigationUpdate findings;
    findings.rootCause = QStringLiteral("SECRET-ROOT-CAUSE");
    findings.correctiveAction = QStringLiteral("SECRET-CORRECTIVE");
    findings.responsibleDepartment = QStringLiteral("药房");
    must(complaints.updateInvestigation(created.id, findings));
    e = newest(db, QStringLiteral("complaint.investigation"));
    CHECK(changesOf(e).value(QStringLiteral("root_cause")).toString() == QStringLiteral("changed"));
    CHECK(pair(e, QStringLiteral("responsible_department")) == QJsonArray{QString(), QStringLiteral("药房")});

    TransitionDetails resolved;
    resolved.resolution = QStringLiteral("SECRET-RESOLUTION");
    must(complaints.transition(created.id, ComplaintState::Resolved, {}, resolved));
    TransitionDetails told;
    told.outcomeCallResult = QStringLiteral("SECRET-CALL-RESULT");
    told.outcomeSatisfaction = 4;
    must(complaints.transition(created.id, ComplaintState::OutcomeTold, {}, told));
    e = newest(db, QStringLiteral("complaint.transition"));
    CHECK(pair(e, QStringLiteral("outcome_satisfaction")) == QJsonArray{QJsonValue(), 4});
    CHECK(changesOf(e).value(QStringLiteral("outcome_call_result")).toString() == QStringLiteral("changed"));
    must(complaints.transition(created.id, ComplaintState::Closed));
    CHECK(pair(newest(db, QStringLiteral("complaint.transition")), QStringLiteral("state")) ==
          QJsonArray{QStringLiteral("outcome_told"), QStringLiteral("closed")});

    // Refused: an invalid step and a reopen without a reason leave no entry and no change.
    const qint64 beforeRefused = auditRows(db.connection());
    CHECK(complaints.transition(created.id, ComplaintState::Acknowledged).error().code == ErrorCode::Validation);
    CHECK(complaints.reopen(created.id, QString()).error().code == ErrorCode::Validation);
    CHECK(auditRows(db.connection()) == beforeRefused);
    CHECK(must(complaints.findById(created.id)).state == ComplaintState::Closed);

    must(complaints.reopen(created.id, QStringLiteral("SECRET-REOPEN-REASON")));
    e = newest(db, QStringLiteral("complaint.reopen"));
    CHECK(pair(e, QStringLiteral("state")) == QJsonArray{QStringLiteral("closed"), QStringLiteral("investigating")});
    CHECK(pair(e, QStringLiteral("reopen_count")) == QJsonArray{0, 1});

    // Adverse drug reactions: the drug only as "changed", the report date with its value.
    draft.category = ComplaintCategory::AdverseDrugReaction;
    const Complaint adr = must(complaints.create(draft));
    must(complaints.setAdrDetails(adr.id, QStringLiteral("SECRET-DRUG 阿莫西林"), QDate(2026, 11, 20)));
    e = newest(db, QStringLiteral("complaint.adr_details"));
    CHECK(e.entityId == QString::number(adr.id));
    CHECK(changesOf(e).value(QStringLiteral("adr_drug")).toString() == QStringLiteral("changed"));
    CHECK(pair(e, QStringLiteral("adr_onset_date")) == QJsonArray{QJsonValue(), QStringLiteral("2026-11-20")});
    must(complaints.markAdrReported(adr.id, AdrRecipient::Manufacturer));
    e = newest(db, QStringLiteral("complaint.adr_reported"));
    CHECK(pair(e, QStringLiteral("adr_reported_manufacturer_at")).at(1).toString() == iso(clock.nowUtc()));
    const qint64 beforeTwice = auditRows(db.connection());
    CHECK(complaints.markAdrReported(adr.id, AdrRecipient::Manufacturer).error().code == ErrorCode::Validation);
    CHECK(auditRows(db.connection()) == beforeTwice);

    // Opened from a detractor survey: a create entry naming the response, once however often it is asked.
    SurveyResponse answer;
    answer.customerId = customer;
    answer.nps = 2;
    answer.comment = QStringLiteral("SECRET-SURVEY-COMMENT");
    const SurveyResponse saved = must(SurveyRepository(db, clock).addResponse(answer));
    const ComplaintId fromSurvey = must(complaints.openFromSurvey(saved.id));
    e = newest(db, QStringLiteral("complaint.create"));
    CHECK(e.entityId == QString::number(fromSurvey));
    CHECK(e.detail.contains(QStringLiteral("survey_response=%1").arg(saved.id)));
    const qint64 createsBefore = countOf(db, QStringLiteral("complaint.create"));
    CHECK(must(complaints.openFromSurvey(saved.id)) == fromSurvey);
    CHECK(countOf(db, QStringLiteral("complaint.create")) == createsBefore);

    for (const QString &typed : {description, note, QStringLiteral("SECRET-PAUSE-NOTE"), findings.rootCause,
                                 findings.correctiveAction, resolved.resolution, told.outcomeCallResult,
                                 QStringLiteral("SECRET-REOPEN-REASON"), QStringLiteral("SECRET-DRUG"),
                                 QStringLiteral("SECRET-SURVEY-COMMENT"), QStringLiteral("王芳")}) {
        INFO(typed.toStdString());
        CHECK(absentFromTrail(db.connection(), typed));
    }
    requireIntact(db);

    // Reception may not handle complaints: refused in core, no entry, no change.
    auto reception = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    const qint64 beforeReception = auditRows(reception->connection());
    ComplaintRepository asReception(*reception, clock);
    CHECK(asReception.transition(adr.id, ComplaintState::Acknowledged).error().code == ErrorCode::PermissionDenied);
    CHECK(asReception.assign(adr.id, QStringLiteral("sunli")).error().code == ErrorCode::PermissionDenied);
    CHECK(auditRows(reception->connection()) == beforeReception);
    CHECK(must(asReception.findById(adr.id)).state == ComplaintState::Received);
    // Any staff member may add a note: recorded under their name.
    must(asReception.addNote(adr.id, QStringLiteral("SECRET-RECEPTION-NOTE")));
    CHECK(scalar(reception->connection(),
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'complaint.note' AND "
                                "user_name = 'sunli' AND entity_id = ?"),
                 {QString::number(adr.id)}) == 1);
    CHECK(absentFromTrail(reception->connection(), QStringLiteral("SECRET-RECEPTION-NOTE")));
    // Checking the chain is for administrators: back as admin.
    reception.reset();
    temp.reopen();
    requireIntact(temp.db());
}

TEST_CASE("The time limits and the business calendar record what changed", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    SlaPolicy policy = must(SlaPolicy::load(temp.db()));
    SlaTarget urgent = policy.target(SlaClass::Urgent);
    const int was = urgent.resolutionMinutes;
    urgent.resolutionMinutes = was + 60;
    policy.setTarget(SlaClass::Urgent, urgent);
    must(SlaPolicy::save(temp.db(), policy));
    const AuditEvent e = newest(temp.db(), QStringLiteral("complaints.sla_policy"));
    CHECK(e.entity == QStringLiteral("sla_policy"));
    CHECK(pair(e, slaClassId(SlaClass::Urgent) + QStringLiteral(".resolution_min")) == QJsonArray{was, was + 60});
    CHECK(changesOf(e).size() == 1);

    BusinessCalendar calendar = must(BusinessCalendar::load(temp.db()));
    BusinessHours saturday = calendar.hours(6);
    const bool worked = saturday.working;
    saturday.working = !worked;
    calendar.setHours(6, saturday);
    must(BusinessCalendar::save(temp.db(), calendar));
    CHECK(pair(newest(temp.db(), QStringLiteral("complaints.calendar")), QStringLiteral("6.working")) ==
          QJsonArray{worked, !worked});
    requireIntact(temp.db());
}

TEST_CASE("Follow-up task writes and rule changes are audited", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    must(db.addUser(QStringLiteral("liufang"), Role::ServiceOfficer, QStringLiteral("Service-Desk-7781"),
                    KdfParams::fastForTests()));
    must(db.addUser(QStringLiteral("sunli"), Role::Reception, QStringLiteral("Front-Desk-4471"),
                    KdfParams::fastForTests()));
    const CustomerId customer = addCustomer(db, clock, QStringLiteral("李强"));
    FollowUpRepository repo(db, clock);
    const QDate today = clock.today();

    FollowUpTask task;
    task.customerId = customer;
    task.kind = FollowUpKind::MedicationAdherence;
    task.dueDate = today.addDays(2);
    task.assignee = QStringLiteral("liufang");
    task.notes = QStringLiteral("SECRET-TASK-NOTES");
    const FollowUpTask created = must(repo.create(task));
    AuditEvent e = newest(db, QStringLiteral("followup.create"));
    CHECK(e.entity == QStringLiteral("followup"));
    CHECK(e.entityId == QString::number(created.id));
    CHECK(e.userName == QStringLiteral("admin"));
    CHECK(e.detail == QStringLiteral("customer=%1").arg(customer));
    CHECK(pair(e, QStringLiteral("assignee")) == QJsonArray{QJsonValue(), QStringLiteral("liufang")});
    CHECK(pair(e, QStringLiteral("due_date")).at(1).toString() == today.addDays(2).toString(Qt::ISODate));
    CHECK(changesOf(e).value(QStringLiteral("notes")).toString() == QStringLiteral("set"));

    must(repo.reschedule(created.id, today.addDays(5), QStringLiteral("SECRET-RESCHEDULE-REASON")));
    e = newest(db, QStringLiteral("followup.reschedule"));
    CHECK(pair(e, QStringLiteral("due_date")) ==
          QJsonArray{today.addDays(2).toString(Qt::ISODate), today.addDays(5).toString(Qt::ISODate)});
    CHECK(pair(e, QStringLiteral("reschedule_count")) == QJsonArray{0, 1});
    CHECK(changesOf(e).value(QStringLiteral("reason")).toString() == QStringLiteral("set"));

    must(repo.reassign(created.id, QStringLiteral("sunli")));
    CHECK(pair(newest(db, QStringLiteral("followup.reassign")), QStringLiteral("assignee")) ==
          QJsonArray{QStringLiteral("liufang"), QStringLiteral("sunli")});

    must(repo.recordOutcome(created.id, FollowUpOutcome::NoAnswer, QStringLiteral("SECRET-TRY-AGAIN"),
                            today.addDays(6)));
    e = newest(db, QStringLiteral("followup.outcome"));
    CHECK(pair(e, QStringLiteral("due_date")).at(1).toString() == today.addDays(6).toString(Qt::ISODate));
    CHECK_FALSE(changesOf(e).contains(QStringLiteral("status")));
    must(repo.recordOutcome(created.id, FollowUpOutcome::ReachedOk, QStringLiteral("SECRET-CALL-RESULT")));
    e = newest(db, QStringLiteral("followup.outcome"));
    CHECK(pair(e, QStringLiteral("status")) == QJsonArray{QStringLiteral("open"), QStringLiteral("done")});
    CHECK(pair(e, QStringLiteral("outcome")) == QJsonArray{QJsonValue(), QStringLiteral("reached_ok")});
    CHECK(changesOf(e).value(QStringLiteral("result")).toString() == QStringLiteral("changed"));

    // A task that is done cannot be cancelled: no entry.
    const qint64 beforeRefused = auditRows(db.connection());
    CHECK(repo.cancel(created.id, QStringLiteral("too late")).error().code == ErrorCode::Conflict);
    CHECK(auditRows(db.connection()) == beforeRefused);

    task.notes.clear();
    const FollowUpTask second = must(repo.create(task));
    // Reception may not reassign (and this is not their task): refused, no entry, unchanged.
    FollowUpRepository asReception(db.connectionName(), QStringLiteral("sunli"), clock);
    CHECK(asReception.reassign(second.id, QStringLiteral("sunli")).error().code == ErrorCode::PermissionDenied);
    CHECK(asReception.cancel(second.id, QStringLiteral("no")).error().code == ErrorCode::PermissionDenied);
    CHECK(auditRows(db.connection()) == beforeRefused + 1);
    CHECK(must(repo.find(second.id)).assignee == QStringLiteral("liufang"));
    must(repo.cancel(second.id, QStringLiteral("SECRET-CANCEL-REASON")));
    e = newest(db, QStringLiteral("followup.cancel"));
    CHECK(e.entityId == QString::number(second.id));
    CHECK(pair(e, QStringLiteral("status")) == QJsonArray{QStringLiteral("open"), QStringLiteral("cancelled")});
    CHECK(changesOf(e).value(QStringLiteral("cancel_reason")).toString() == QStringLiteral("changed"));

    // Rules: field-level changes; the script only as "changed"; reception refused.
    FollowUpRules rules(db, clock);
    FollowUpRule rule = must(rules.rule(1));
    const int days = rule.days;
    rule.days = days + 2;
    rule.script = QStringLiteral("SECRET-RULE-SCRIPT");
    must(rules.update(rule));
    e = newest(db, QStringLiteral("followup_rule.update"));
    CHECK(e.entity == QStringLiteral("followup_rule"));
    CHECK(e.entityId == QStringLiteral("1"));
    CHECK(pair(e, QStringLiteral("days")) == QJsonArray{days, days + 2});
    CHECK(changesOf(e).value(QStringLiteral("script")).toString() == QStringLiteral("changed"));
    const qint64 beforeRule = auditRows(db.connection());
    FollowUpRules receptionRules(db.connectionName(), QStringLiteral("sunli"), clock);
    rule.days = days;
    CHECK(receptionRules.update(rule).error().code == ErrorCode::PermissionDenied);
    CHECK(auditRows(db.connection()) == beforeRule);
    CHECK(must(rules.rule(1)).days == days + 2);

    for (const QString &typed :
         {QStringLiteral("SECRET-TASK-NOTES"), QStringLiteral("SECRET-RESCHEDULE-REASON"),
          QStringLiteral("SECRET-TRY-AGAIN"), QStringLiteral("SECRET-CALL-RESULT"),
          QStringLiteral("SECRET-CANCEL-REASON"), QStringLiteral("SECRET-RULE-SCRIPT"), QStringLiteral("李强")}) {
        INFO(typed.toStdString());
        CHECK(absentFromTrail(db.connection(), typed));
    }
    requireIntact(db);
}

TEST_CASE("A rule sweep leaves one entry per rule naming the tasks it created", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    QSqlQuery only(db.connection());
    REQUIRE(only.exec(QStringLiteral("UPDATE follow_up_rule SET enabled = (id = 1)")));
    const CustomerId first = addCustomer(db, clock, QStringLiteral("王芳"));
    const CustomerId second = addCustomer(db, clock, QStringLiteral("赵敏"));
    VisitRepository visits(db, clock);
    for (CustomerId id : {first, second}) {
        Visit v;
        v.customerId = id;
        v.kind = VisitKind::Consultation;
        v.at = fixedNow.addSecs(-3600);
        must(visits.addVisit(v));
    }
    FollowUpRuleEngine engine(db, clock);
    const FollowUpSweep sweep = must(engine.run());
    REQUIRE(sweep.created() == 2);
    const AuditEvent e = newest(db, QStringLiteral("followup.rule_run"));
    CHECK(e.entity == QStringLiteral("followup_rule"));
    CHECK(e.entityId == QStringLiteral("1"));
    CHECK(e.userName == QStringLiteral("admin"));
    CHECK(e.detail.contains(QStringLiteral("created=2")));
    // The administrator finds the tasks from the entry.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM follow_up_task WHERE rule_id = 1 ORDER BY id")));
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    REQUIRE(ids.size() == 2);
    CHECK(e.detail.contains(QStringLiteral("task_ids=%1-%2").arg(ids.first(), ids.last())));
    CHECK(e.detail.contains(QStringLiteral("tasks=") + ids.join(QLatin1Char(','))));
    // A sweep with nothing to do writes nothing.
    const qint64 before = auditRows(db.connection());
    CHECK(must(engine.run()).created() == 0);
    CHECK(auditRows(db.connection()) == before);
    requireIntact(db);
}

TEST_CASE("Every loyalty ledger write and the programme settings are audited", "[audit-coverage]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    const CustomerId referrer = addCustomer(db, clock, QStringLiteral("王芳"));
    const CustomerId referred = addCustomer(db, clock, QStringLiteral("李强"), referrer);
    LoyaltyLedger ledger(db, clock);

    CHECK(must(ledger.earnForPurchase(referrer, QStringLiteral("visit"), 77, {{ProductClass::Otc, 200000}})) == 2000);
    AuditEvent e = newest(db, QStringLiteral("loyalty_entry.earn"));
    CHECK(e.entity == QStringLiteral("loyalty_entry"));
    CHECK(e.userName == QStringLiteral("admin"));
    CHECK(e.detail == QStringLiteral("customer=%1 source=visit:77").arg(referrer));
    CHECK(pair(e, QStringLiteral("points")) == QJsonArray{QJsonValue(), 2000});
    const QString earnId = e.entityId;
    CHECK(earnId == QString::number(must(ledger.entries(referrer)).constLast().id));

    const LoyaltyEntry redeemed =
        must(ledger.redeem(referrer, 300, QStringLiteral("SECRET-REDEEM-REASON"), ProductClass::Otc));
    e = newest(db, QStringLiteral("loyalty_entry.redeem"));
    CHECK(e.entityId == QString::number(redeemed.id));
    CHECK(pair(e, QStringLiteral("points")) == QJsonArray{QJsonValue(), -300});
    CHECK(pair(e, QStringLiteral("product_class")) == QJsonArray{QJsonValue(), QStringLiteral("otc")});
    CHECK(changesOf(e).value(QStringLiteral("reason")).toString() == QStringLiteral("set"));

    const LoyaltyEntry adjusted = must(ledger.adjust(referrer, 50, QStringLiteral("SECRET-ADJUST-REASON")));
    CHECK(newest(db, QStringLiteral("loyalty_entry.adjust")).entityId == QString::number(adjusted.id));
    const LoyaltyEntry reversed = must(ledger.reverse(redeemed.id, QStringLiteral("SECRET-REVERSE-REASON")));
    e = newest(db, QStringLiteral("loyalty_entry.reverse"));
    CHECK(e.entityId == QString::number(reversed.id));
    CHECK(pair(e, QStringLiteral("reverses_entry_id")) == QJsonArray{QJsonValue(), redeemed.id});
    CHECK(pair(e, QStringLiteral("points")) == QJsonArray{QJsonValue(), 300});

    Visit firstVisit;
    firstVisit.customerId = referred;
    firstVisit.kind = VisitKind::Purchase;
    firstVisit.at = fixedNow.addSecs(-60);
    const VisitId visitId = must(VisitRepository(db, clock).addVisit(firstVisit)).id;
    const std::optional<LoyaltyEntry> reward = must(ledger.rewardReferralAfterVisit(referred, visitId));
    REQUIRE(reward.has_value());
    e = newest(db, QStringLiteral("loyalty_entry.referral"));
    CHECK(e.entityId == QString::number(reward->id));
    CHECK(e.detail.contains(QStringLiteral("referred=%1").arg(referred)));

    // Refused: more than the balance, no reason, an entry reversed twice. Nothing written, no entry.
    const qint64 beforeRefused = auditRows(db.connection());
    const qint64 entriesBefore = must(ledger.entries(referrer)).size();
    CHECK(ledger.redeem(referrer, 999999, QStringLiteral("too much"), ProductClass::Otc).error().code ==
          ErrorCode::Conflict);
    CHECK(ledger.adjust(referrer, 10, QString()).error().code == ErrorCode::Validation);
    CHECK(ledger.reverse(redeemed.id, QStringLiteral("again")).error().code == ErrorCode::Conflict);
    CHECK(auditRows(db.connection()) == beforeRefused);
    CHECK(must(ledger.entries(referrer)).size() == entriesBefore);

    // The tier: one customer's change with before/after, then a summary for a run over everyone.
    CHECK(must(ledger.evaluateTier(referrer, clock.today())) == QStringLiteral("silver"));
    e = newest(db, QStringLiteral("customer.tier"));
    CHECK(e.entityId == QString::number(referrer));
    CHECK(pair(e, QStringLiteral("tier")) == QJsonArray{QStringLiteral("standard"), QStringLiteral("silver")});
    must(ledger.earnForPurchase(referred, QStringLiteral("visit"), visitId, {{ProductClass::Otc, 150000}}));
    CHECK(must(ledger.evaluateAllTiers(clock.today())) == 1);
    e = newest(db, QStringLiteral("loyalty_tier.evaluate_all"));
    CHECK(e.entity == QStringLiteral("loyalty_tier"));
    CHECK(e.detail.contains(QStringLiteral("events=1")));
    const qint64 beforeIdle = auditRows(db.connection());
    CHECK(must(ledger.evaluateAllTiers(clock.today())) == 0); // nothing changed: nothing recorded
    CHECK(auditRows(db.connection()) == beforeIdle);

    // Expiry: one summary entry per run with the counts, as "system" when nobody is signed in.
    const QDate later = clock.today().addMonths(ledger.program().expiryMonths()).addDays(1);
    LoyaltyLedger worker(db.connectionName(), QString(), clock);
    const int expired = must(worker.runExpiry(later));
    CHECK(expired == 4); // the earn, the adjustment, the reward and the referred customer's earn
    e = newest(db, QStringLiteral("loyalty_entry.expire_run"));
    CHECK(e.userName == QStringLiteral("system"));
    CHECK(e.detail.startsWith(QStringLiteral("as_of=%1 entries=4 ").arg(later.toString(Qt::ISODate))));
    CHECK(e.detail.contains(QStringLiteral("customers=2")));
    CHECK(must(worker.runExpiry(later)) == 0);
    CHECK(countOf(db, QStringLiteral("loyalty_entry.expire_run")) == 1);

    // The programme: each changed setting with old and new value; a manager may, reception may not.
    LoyaltyProgram program = must(LoyaltyProgram::load(db));
    const int months = program.expiryMonths();
    program.setExpiryMonths(months + 6);
    must(LoyaltyProgram::save(db, program));
    e = newest(db, QStringLiteral("loyalty_program.save"));
    CHECK(e.entity == QStringLiteral("loyalty_program"));
    CHECK(pair(e, QStringLiteral("expiry_months")) ==
          QJsonArray{QString::number(months), QString::number(months + 6)});
    CHECK(changesOf(e).size() == 1);

    for (const QString &typed :
         {QStringLiteral("SECRET-REDEEM-REASON"), QStringLiteral("SECRET-ADJUST-REASON"),
          QStringLiteral("SECRET-REVERSE-REASON"), QStringLiteral("王芳"), QStringLiteral("李强")}) {
        INFO(typed.toStdString());
        CHECK(absentFromTrail(db.connection(), typed));
    }
    requireIntact(db);

    auto reception = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    const qint64 beforeReception = auditRows(reception->connection());
    program.setExpiryMonths(months);
    CHECK(LoyaltyProgram::save(*reception, program).error().code == ErrorCode::PermissionDenied);
    CHECK(auditRows(reception->connection()) == beforeReception);
    CHECK(must(LoyaltyProgram::load(*reception)).expiryMonths() == months + 6);
}

TEST_CASE("Survey responses and template versions are audited without the comment", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    const CustomerId customer = addCustomer(db, clock, QStringLiteral("王芳"));
    SurveyRepository surveys(db, clock);

    SurveyResponse answer;
    answer.customerId = customer;
    answer.csat = 4;
    answer.nps = 9;
    answer.comment = QStringLiteral("SECRET-COMMENT 医生很耐心");
    answer.staff = QStringLiteral("王医生");
    const SurveyResponse saved = must(surveys.addResponse(answer));
    AuditEvent e = newest(db, QStringLiteral("survey_response.create"));
    CHECK(e.entity == QStringLiteral("survey_response"));
    CHECK(e.entityId == QString::number(saved.id));
    CHECK(e.userName == QStringLiteral("admin"));
    CHECK(e.detail == QStringLiteral("customer=%1").arg(customer));
    CHECK(pair(e, QStringLiteral("csat")) == QJsonArray{QJsonValue(), 4});
    CHECK(pair(e, QStringLiteral("nps")) == QJsonArray{QJsonValue(), 9});
    CHECK(changesOf(e).value(QStringLiteral("comment")).toString() == QStringLiteral("set"));

    const qint64 beforeRefused = auditRows(db.connection());
    const qint64 responsesBefore = scalar(db.connection(), QStringLiteral("SELECT count(*) FROM survey_response"));
    answer.csat = 9;
    CHECK(surveys.addResponse(answer).error().code == ErrorCode::Validation);
    answer.csat = 3;
    answer.customerId = 999999;
    CHECK(surveys.addResponse(answer).error().code == ErrorCode::NotFound);
    CHECK(auditRows(db.connection()) == beforeRefused);
    CHECK(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM survey_response")) == responsesBefore);

    // Inside a caller's transaction the response joins it: rolled back with it, entry and all.
    REQUIRE(db.connection().transaction());
    answer.customerId = customer;
    must(surveys.addResponse(answer));
    REQUIRE(db.connection().rollback());
    CHECK(auditRows(db.connection()) == beforeRefused);
    CHECK(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM survey_response")) == responsesBefore);

    QList<SurveyResponse> batch;
    for (int i = 0; i < 3; ++i) {
        SurveyResponse r;
        r.customerId = customer;
        r.csat = 5;
        batch << r;
    }
    must(surveys.addResponsesBulk(batch));
    e = newest(db, QStringLiteral("survey_response.create_bulk"));
    CHECK(e.detail == QStringLiteral("count=3 ids=%1-%2").arg(batch.first().id).arg(batch.last().id));

    const SurveyTemplate current = must(surveys.current(SiteProfile::Clinic));
    const SurveyTemplate next = must(surveys.addDimension(current.id, QStringLiteral("停车方便")));
    e = newest(db, QStringLiteral("survey_template.version"));
    CHECK(e.entity == QStringLiteral("survey_template"));
    CHECK(e.entityId == QString::number(next.id));
    CHECK(pair(e, QStringLiteral("version")) == QJsonArray{current.version, current.version + 1});
    CHECK(pair(e, QStringLiteral("dimensions")).at(1).toArray().size() ==
          pair(e, QStringLiteral("dimensions")).at(0).toArray().size() + 1);

    CHECK(absentFromTrail(db.connection(), QStringLiteral("SECRET-COMMENT")));
    CHECK(absentFromTrail(db.connection(), QStringLiteral("王医生")));
    requireIntact(db);

    auto reception = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    const qint64 beforeReception = auditRows(reception->connection());
    CHECK(SurveyRepository(*reception, clock).addDimension(next.id, QStringLiteral("环境")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(auditRows(reception->connection()) == beforeReception);
}

TEST_CASE("Campaign, segment and participation writes are audited", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    QList<Customer> people;
    for (int i = 0; i < 4; ++i) {
        Customer x;
        x.name = QStringLiteral("客户%1").arg(i);
        x.phone = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
        x.consents = {QStringLiteral("sms|marketing")};
        people << x;
    }
    must(CustomerRepository(db, clock).addBulk(people));
    AuditEvent e = newest(db, QStringLiteral("customer.create_bulk"));
    CHECK(e.entity == QStringLiteral("customer"));
    CHECK(e.detail == QStringLiteral("count=4 ids=%1-%2").arg(people.first().id).arg(people.last().id));

    CampaignRepository repo(db, clock);
    CampaignSegment segment = must(repo.saveSegment({0, QStringLiteral("Everyone"), {}, {}, {}, {}}));
    e = newest(db, QStringLiteral("campaign_segment.create"));
    CHECK(e.entity == QStringLiteral("campaign_segment"));
    CHECK(e.entityId == QString::number(segment.id));
    segment.name = QStringLiteral("Everyone with SMS");
    must(repo.saveSegment(segment));
    e = newest(db, QStringLiteral("campaign_segment.update"));
    CHECK(changesOf(e).value(QStringLiteral("name")).toString() == QStringLiteral("changed"));
    CHECK_FALSE(changesOf(e).contains(QStringLiteral("filter")));

    Campaign c;
    c.name = QStringLiteral("Flu jabs");
    c.goal = QStringLiteral("SECRET-GOAL");
    c.setChannel(CampaignChannel::Sms);
    c.startDate = fixedNow.date();
    c.endDate = fixedNow.date().addDays(10);
    c.segmentId = segment.id;
    c = must(repo.addCampaign(c));
    e = newest(db, QStringLiteral("campaign.create"));
    CHECK(e.entityId == QString::number(c.id));
    CHECK(pair(e, QStringLiteral("status")) == QJsonArray{QJsonValue(), QStringLiteral("draft")});
    CHECK(pair(e, QStringLiteral("segment_id")) == QJsonArray{QJsonValue(), segment.id});
    c.costCents = 5000;
    c = must(repo.updateCampaign(c));
    e = newest(db, QStringLiteral("campaign.update"));
    CHECK(pair(e, QStringLiteral("cost_cents")) == QJsonArray{0, 5000});
    CHECK(changesOf(e).size() == 1);

    must(repo.buildAudience(c.id));
    e = newest(db, QStringLiteral("campaign.audience"));
    CHECK(e.entityId == QString::number(c.id));
    CHECK(e.detail.contains(QStringLiteral("target=4")));
    must(repo.start(c.id));
    e = newest(db, QStringLiteral("campaign.start"));
    CHECK(pair(e, QStringLiteral("status")) == QJsonArray{QStringLiteral("draft"), QStringLiteral("running")});

    const qint64 beforeRefused = auditRows(db.connection());
    CHECK(repo.start(c.id).error().code == ErrorCode::Conflict);
    CHECK(repo.markContacted(c.id, 999999).error().code == ErrorCode::Conflict);
    CHECK(auditRows(db.connection()) == beforeRefused);

    must(repo.markResponded(c.id, people.at(1).id, QStringLiteral("SECRET-RESPONSE")));
    e = newest(db, QStringLiteral("campaign.participation"));
    CHECK(e.entityId == QString::number(c.id));
    CHECK(e.detail == QStringLiteral("count=1 customers=%1").arg(people.at(1).id));
    CHECK(pair(e, QStringLiteral("responded_at")) == QJsonArray{QJsonValue(), iso(fixedNow)});
    CHECK(changesOf(e).value(QStringLiteral("response")).toString() == QStringLiteral("changed"));
    must(repo.finish(c.id));
    CHECK(pair(newest(db, QStringLiteral("campaign.finish")), QStringLiteral("status")) ==
          QJsonArray{QStringLiteral("running"), QStringLiteral("finished")});

    CHECK(absentFromTrail(db.connection(), QStringLiteral("SECRET-GOAL")));
    CHECK(absentFromTrail(db.connection(), QStringLiteral("SECRET-RESPONSE")));
    CHECK(absentFromTrail(db.connection(), QStringLiteral("客户")));
    CHECK(absentFromTrail(db.connection(), QStringLiteral("13900000001")));
    requireIntact(db);

    auto reception = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    const qint64 beforeReception = auditRows(reception->connection());
    CampaignRepository asReception(*reception, clock);
    c.id = 0;
    CHECK(asReception.addCampaign(c).error().code == ErrorCode::PermissionDenied);
    CHECK(asReception.saveSegment({0, QStringLiteral("Mine"), {}, {}, {}, {}}).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(auditRows(reception->connection()) == beforeReception);
}

TEST_CASE("Customer paths that write leave entries, and a profile view is recorded", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    CustomerRepository customers(db, clock);
    const CustomerId id = addCustomer(db, clock, QStringLiteral("王芳"));
    CHECK(newest(db, QStringLiteral("customer.create")).entityId == QString::number(id));
    must(customers.recordView(id));
    AuditEvent e = newest(db, QStringLiteral("customer.view"));
    CHECK(e.entity == QStringLiteral("customer"));
    CHECK(e.entityId == QString::number(id));

    Customer changed = must(customers.findById(id));
    changed.tags = {QStringLiteral("慢病")};
    must(customers.update(changed));
    CHECK(pair(newest(db, QStringLiteral("customer.update")), QStringLiteral("tags")).at(1) ==
          QJsonArray{QStringLiteral("慢病")});

    Interaction call;
    call.customerId = id;
    call.summary = QStringLiteral("SECRET-CALL-SUMMARY");
    const Interaction savedCall = must(VisitRepository(db, clock).addInteraction(call));
    e = newest(db, QStringLiteral("interaction.create"));
    CHECK(e.entity == QStringLiteral("interaction"));
    CHECK(e.entityId == QString::number(savedCall.id));
    CHECK(changesOf(e).value(QStringLiteral("summary")).toString() == QStringLiteral("set"));
    CHECK(absentFromTrail(db.connection(), QStringLiteral("SECRET-CALL-SUMMARY")));

    must(customers.setActivityThresholds(200, 400));
    e = newest(db, QStringLiteral("setting.change"));
    CHECK(e.entityId == QStringLiteral("customers.activity_thresholds"));
    CHECK(pair(e, QStringLiteral("lost_after_days")).at(1).toInt() == 400);
    const qint64 before = auditRows(db.connection());
    CHECK(customers.setActivityThresholds(300, 100).error().code == ErrorCode::Validation);
    CHECK(auditRows(db.connection()) == before);

    // A new staff account (the other account changes were audited already).
    must(db.addUser(QStringLiteral("liufang"), Role::ServiceOfficer, QStringLiteral("Service-Desk-7781"),
                    KdfParams::fastForTests()));
    e = newest(db, QStringLiteral("user.create"));
    CHECK(e.entity == QStringLiteral("user"));
    CHECK(e.entityId == QStringLiteral("liufang"));
    CHECK(e.detail == roleId(Role::ServiceOfficer));
    CHECK(absentFromTrail(db.connection(), QStringLiteral("Service-Desk-7781")));
    const qint64 beforeDuplicate = auditRows(db.connection());
    CHECK(db.addUser(QStringLiteral("liufang"), Role::Reception, QStringLiteral("Service-Desk-7782"),
                     KdfParams::fastForTests())
              .error()
              .code == ErrorCode::Conflict);
    CHECK(auditRows(db.connection()) == beforeDuplicate);

    // An empty batch writes nothing and records nothing.
    QList<Customer> none;
    must(customers.addBulk(none));
    CHECK(auditRows(db.connection()) == beforeDuplicate);
    requireIntact(db);
}

TEST_CASE("When the audit entry cannot be written the change is rolled back", "[audit-coverage]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Database &db = temp.db();
    const CustomerId customer = addCustomer(db, clock, QStringLiteral("王芳"));
    LoyaltyLedger ledger(db, clock);
    must(ledger.adjust(customer, 100, QStringLiteral("opening balance")));
    FollowUpRepository followUps(db, clock);
    FollowUpTask task;
    task.customerId = customer;
    task.dueDate = clock.today().addDays(1);
    task.assignee = QStringLiteral("admin");
    const FollowUpTask open = must(followUps.create(task));

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_event "
                                  "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    const auto rows = [&](const QString &table) {
        return scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    };
    const qint64 complaints = rows(QStringLiteral("complaint"));
    const qint64 events = rows(QStringLiteral("complaint_event"));
    Complaint draft;
    draft.customerId = customer;
    draft.description = QStringLiteral("排队太久");
    CHECK_FALSE(ComplaintRepository(db, clock).create(draft).ok());
    CHECK(rows(QStringLiteral("complaint")) == complaints);
    CHECK(rows(QStringLiteral("complaint_event")) == events);

    const qint64 entries = rows(QStringLiteral("loyalty_entry"));
    CHECK_FALSE(ledger.adjust(customer, -40, QStringLiteral("correction")).ok());
    CHECK(rows(QStringLiteral("loyalty_entry")) == entries);
    CHECK(must(ledger.balance(customer)) == 100);

    CHECK_FALSE(followUps.cancel(open.id, QStringLiteral("no longer needed")).ok());
    CHECK(must(followUps.find(open.id)).status == FollowUpStatus::Open);

    const qint64 responses = rows(QStringLiteral("survey_response"));
    SurveyResponse answer;
    answer.customerId = customer;
    answer.csat = 2;
    CHECK_FALSE(SurveyRepository(db, clock).addResponse(answer).ok());
    CHECK(rows(QStringLiteral("survey_response")) == responses);

    QList<Customer> batch{Customer{}};
    batch[0].name = QStringLiteral("新客户");
    const qint64 people = rows(QStringLiteral("customer"));
    CHECK_FALSE(CustomerRepository(db, clock).addBulk(batch).ok());
    CHECK(rows(QStringLiteral("customer")) == people);

    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_audit")));
    requireIntact(db);
}
