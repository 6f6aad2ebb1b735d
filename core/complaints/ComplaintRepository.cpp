// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintRepository.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace caredesk::core {

namespace {

const QString columns = QStringLiteral(
    "c.id, c.customer_id, c.received_at, c.channel, c.category, c.severity, c.sla_class, c.needs_priority, "
    "c.description, c.visit_id, c.staff, c.department, c.owner, c.state, c.waiting_on_customer, "
    "c.first_response_at, c.resolved_at, c.closed_at, c.resolution, c.root_cause, c.corrective_action, "
    "c.responsible_department, c.responsible_staff, c.outcome_call_result, c.outcome_satisfaction, c.reopen_count, "
    "c.adr_drug, c.adr_onset_date, c.adr_reported_manufacturer_at, c.adr_reported_regulator_at, c.source_survey_id, "
    "c.created_by, c.created_at");
constexpr int columnCount = 33;

const QString insertSql = QStringLiteral(
    "INSERT INTO complaint(customer_id, received_at, channel, category, severity, sla_class, needs_priority, "
    "description, visit_id, staff, department, owner, state, waiting_on_customer, adr_drug, adr_onset_date, "
    "source_survey_id, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

const QString updateSql = QStringLiteral(
    "UPDATE complaint SET channel = ?, category = ?, severity = ?, sla_class = ?, needs_priority = ?, "
    "description = ?, visit_id = ?, staff = ?, department = ?, owner = ?, state = ?, waiting_on_customer = ?, "
    "first_response_at = ?, resolved_at = ?, closed_at = ?, resolution = ?, root_cause = ?, corrective_action = ?, "
    "responsible_department = ?, responsible_staff = ?, outcome_call_result = ?, outcome_satisfaction = ?, "
    "reopen_count = ?, adr_drug = ?, adr_onset_date = ?, adr_reported_manufacturer_at = ?, "
    "adr_reported_regulator_at = ? WHERE id = ?");

QVariant nullableIso(const QDateTime &at)
{
    return at.isValid() ? QVariant(iso(at)) : QVariant();
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Complaint complaintFromRow(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.receivedAt = fromIso(q.value(2).toString());
    c.channel = complaintChannelFromId(q.value(3).toString()).value_or(ComplaintChannel::Other);
    c.category = complaintCategoryFromId(q.value(4).toString()).value_or(ComplaintCategory::Other);
    c.severity = severityFromId(q.value(5).toString()).value_or(ComplaintSeverity::Low);
    c.slaClass = slaClassFromId(q.value(6).toString()).value_or(SlaClass::General);
    c.needsPriority = needsPriorityFromId(q.value(7).toString()).value_or(NeedsPriority::General);
    c.description = q.value(8).toString();
    c.visitId = optionalId(q.value(9));
    c.staff = q.value(10).toString();
    c.department = q.value(11).toString();
    c.owner = q.value(12).toString();
    c.state = complaintStateFromId(q.value(13).toString()).value_or(ComplaintState::Received);
    c.waitingOnCustomer = q.value(14).toInt() != 0;
    c.firstResponseAt = fromIso(q.value(15).toString());
    c.resolvedAt = fromIso(q.value(16).toString());
    c.closedAt = fromIso(q.value(17).toString());
    c.resolution = q.value(18).toString();
    c.rootCause = q.value(19).toString();
    c.correctiveAction = q.value(20).toString();
    c.responsibleDepartment = q.value(21).toString();
    c.responsibleStaff = q.value(22).toString();
    c.outcomeCallResult = q.value(23).toString();
    c.outcomeSatisfaction = optionalInt(q.value(24));
    c.reopenCount = q.value(25).toInt();
    c.adrDrug = q.value(26).toString();
    c.adrOnsetDate = QDate::fromString(q.value(27).toString(), Qt::ISODate);
    c.adrReportedManufacturerAt = fromIso(q.value(28).toString());
    c.adrReportedRegulatorAt = fromIso(q.value(29).toString());
    c.sourceSurveyId = optionalId(q.value(30));
    c.createdBy = q.value(31).toString();
    c.createdAt = fromIso(q.value(32).toString());
    return c;
}

QVariantList updateValues(const Complaint &c)
{
    return {complaintChannelId(c.channel),
            complaintCategoryId(c.category),
            severityId(c.severity),
            slaClassId(c.slaClass),
            needsPriorityId(c.needsPriority),
            c.description,
            nullableId(c.visitId),
            c.staff,
            c.department,
            c.owner,
            complaintStateId(c.state),
            c.waitingOnCustomer ? 1 : 0,
            nullableIso(c.firstResponseAt),
            nullableIso(c.resolvedAt),
            nullableIso(c.closedAt),
            c.resolution,
            c.rootCause,
            c.correctiveAction,
            c.responsibleDepartment,
            c.responsibleStaff,
            c.outcomeCallResult,
            nullableInt(c.outcomeSatisfaction),
            c.reopenCount,
            c.adrDrug,
            nullableDate(c.adrOnsetDate),
            nullableIso(c.adrReportedManufacturerAt),
            nullableIso(c.adrReportedRegulatorAt),
            c.id};
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), ComplaintsTr::tr("The complaints could not be read."));
}

Error writeError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), ComplaintsTr::tr("The complaint could not be saved; nothing was changed."));
}

Error tooLong(const QString &what)
{
    return makeError(ErrorCode::Validation, ComplaintsTr::tr("%1 is too long; keep it under %2 characters.")
                                                .arg(what)
                                                .arg(ComplaintRepository::maxTextLength));
}

bool isReopen(ComplaintState from, ComplaintState to)
{
    return to == ComplaintState::Investigating &&
           (from == ComplaintState::Resolved || from == ComplaintState::OutcomeTold || from == ComplaintState::Closed);
}

QString effective(const QString &given, const QString &stored)
{
    const QString trimmed = given.trimmed();
    return trimmed.isEmpty() ? stored : trimmed;
}

/** Whether @p role sees an alert at @p level on a complaint owned by @p owner, when signed in as @p user. */
bool audienceIncludes(EscalationLevel level, Role role, const QString &user, const QString &owner)
{
    if (level == EscalationLevel::None) {
        return false;
    }
    if (!owner.isEmpty() && owner.compare(user, Qt::CaseInsensitive) == 0) {
        return true;
    }
    switch (level) {
    case EscalationLevel::None:
    case EscalationLevel::Owner: return false;
    case EscalationLevel::Supervisor:
        return role == Role::ServiceOfficer || role == Role::Manager || role == Role::Administrator;
    case EscalationLevel::Manager: return role == Role::Manager || role == Role::Administrator;
    }
    return false;
}

/**
 * The audit changes between two versions of a complaint: states, classification, owner, clocks and dates with
 * before/after; the texts staff type (description, findings, outcome call, drug, staff names) only as "changed".
 */
AuditChanges complaintChanges(const Complaint &b, const Complaint &a)
{
    AuditChanges c;
    c.value(QStringLiteral("state"), complaintStateId(b.state), complaintStateId(a.state))
        .value(QStringLiteral("channel"), complaintChannelId(b.channel), complaintChannelId(a.channel))
        .value(QStringLiteral("category"), complaintCategoryId(b.category), complaintCategoryId(a.category))
        .value(QStringLiteral("severity"), severityId(b.severity), severityId(a.severity))
        .value(QStringLiteral("sla_class"), slaClassId(b.slaClass), slaClassId(a.slaClass))
        .value(QStringLiteral("needs_priority"), needsPriorityId(b.needsPriority), needsPriorityId(a.needsPriority))
        .value(QStringLiteral("owner"), b.owner, a.owner)
        .value(QStringLiteral("department"), b.department, a.department)
        .value(QStringLiteral("responsible_department"), b.responsibleDepartment, a.responsibleDepartment)
        .value(QStringLiteral("visit_id"), auditValue(b.visitId), auditValue(a.visitId))
        .value(QStringLiteral("waiting_on_customer"), b.waitingOnCustomer, a.waitingOnCustomer)
        .value(QStringLiteral("first_response_at"), auditValue(b.firstResponseAt), auditValue(a.firstResponseAt))
        .value(QStringLiteral("resolved_at"), auditValue(b.resolvedAt), auditValue(a.resolvedAt))
        .value(QStringLiteral("closed_at"), auditValue(b.closedAt), auditValue(a.closedAt))
        .value(QStringLiteral("outcome_satisfaction"), nullableInt(b.outcomeSatisfaction),
               nullableInt(a.outcomeSatisfaction))
        .value(QStringLiteral("reopen_count"), b.reopenCount, a.reopenCount)
        .value(QStringLiteral("adr_onset_date"), auditValue(b.adrOnsetDate), auditValue(a.adrOnsetDate))
        .value(QStringLiteral("adr_reported_manufacturer_at"), auditValue(b.adrReportedManufacturerAt),
               auditValue(a.adrReportedManufacturerAt))
        .value(QStringLiteral("adr_reported_regulator_at"), auditValue(b.adrReportedRegulatorAt),
               auditValue(a.adrReportedRegulatorAt))
        .identifying(QStringLiteral("description"), b.description, a.description)
        .identifying(QStringLiteral("staff"), b.staff, a.staff)
        .identifying(QStringLiteral("resolution"), b.resolution, a.resolution)
        .identifying(QStringLiteral("root_cause"), b.rootCause, a.rootCause)
        .identifying(QStringLiteral("corrective_action"), b.correctiveAction, a.correctiveAction)
        .identifying(QStringLiteral("responsible_staff"), b.responsibleStaff, a.responsibleStaff)
        .identifying(QStringLiteral("outcome_call_result"), b.outcomeCallResult, a.outcomeCallResult)
        .identifying(QStringLiteral("adr_drug"), b.adrDrug, a.adrDrug);
    return c;
}

/** The same for a new complaint: classification with its values, the typed texts only as "set". */
AuditChanges complaintCreated(const Complaint &c)
{
    AuditChanges changes;
    changes.initial(QStringLiteral("state"), complaintStateId(c.state))
        .initial(QStringLiteral("channel"), complaintChannelId(c.channel))
        .initial(QStringLiteral("category"), complaintCategoryId(c.category))
        .initial(QStringLiteral("severity"), severityId(c.severity))
        .initial(QStringLiteral("sla_class"), slaClassId(c.slaClass))
        .initial(QStringLiteral("needs_priority"), needsPriorityId(c.needsPriority))
        .initial(QStringLiteral("owner"), c.owner)
        .initial(QStringLiteral("department"), c.department)
        .initial(QStringLiteral("visit_id"), auditValue(c.visitId))
        .initial(QStringLiteral("received_at"), auditValue(c.receivedAt))
        .initial(QStringLiteral("adr_onset_date"), auditValue(c.adrOnsetDate))
        .initialIdentifying(QStringLiteral("description"), !c.description.isEmpty())
        .initialIdentifying(QStringLiteral("staff"), !c.staff.isEmpty())
        .initialIdentifying(QStringLiteral("adr_drug"), !c.adrDrug.isEmpty());
    return changes;
}

/** Customer @p id, following merges to the record that was kept; 0 when it does not exist. */
Result<CustomerId> survivingCustomer(QSqlQuery &q, CustomerId id)
{
    for (int hop = 0; hop < 8; ++hop) {
        if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {id})) {
            return readError(q);
        }
        if (!q.next()) {
            q.finish();
            return CustomerId{0};
        }
        const QVariant merged = q.value(0);
        q.finish();
        if (merged.isNull()) {
            return id;
        }
        id = merged.toLongLong();
    }
    return CustomerId{0};
}

} // namespace

ComplaintRepository::ComplaintRepository(Database &database, const Clock &clock)
    : ComplaintRepository(database.connectionName(), database.session().userName, clock)
{
    m_role = database.session().role;
}

ComplaintRepository::ComplaintRepository(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

QSqlDatabase ComplaintRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ComplaintRepository::canHandle(Role role)
{
    return roleAllows(role, Permission::HandleComplaints);
}

Status ComplaintRepository::requireHandler() const
{
    if (m_role && !canHandle(*m_role)) {
        return makeError(ErrorCode::PermissionDenied,
                         ComplaintsTr::tr("Only customer-service officers, managers and administrators can handle "
                                          "complaints. Ask one of them to do this."));
    }
    return {};
}

QStringList ComplaintRepository::validate(const Complaint &complaint, const QDateTime &now)
{
    QStringList problems;
    if (complaint.customerId <= 0) {
        problems << ComplaintsTr::tr("Choose the customer who complained.");
    }
    if (complaint.description.trimmed().isEmpty()) {
        problems << ComplaintsTr::tr("Describe the complaint in the customer's words.");
    } else if (complaint.description.size() > maxTextLength) {
        problems << ComplaintsTr::tr("The description is too long; keep it under %1 characters.").arg(maxTextLength);
    }
    if (complaint.receivedAt.isValid() && complaint.receivedAt > now.addSecs(60 * allowedFutureMinutes)) {
        problems << ComplaintsTr::tr("The time received lies in the future. Check the date and the time.");
    }
    if (complaint.staff.size() > 100 || complaint.department.size() > 100 || complaint.owner.size() > 100) {
        problems << ComplaintsTr::tr("Staff, department and owner names must be under 100 characters.");
    }
    return problems;
}

QString ComplaintRepository::transitionProblem(const Complaint &complaint, ComplaintState to,
                                               const TransitionDetails &details)
{
    const ComplaintState from = complaint.state;
    if (isReopen(from, to)) {
        return {};
    }
    const std::optional<ComplaintState> next = nextState(from);
    if (!next) {
        return ComplaintsTr::tr("The complaint is closed. Reopen it to work on it again.");
    }
    if (to != *next) {
        if (to == ComplaintState::Closed) {
            return ComplaintsTr::tr("A complaint can only be closed after the outcome call: tell the customer the "
                                    "result and record their satisfaction first.");
        }
        return ComplaintsTr::tr("A complaint moves one step at a time: from \"%1\" the next step is \"%2\".")
            .arg(complaintStateLabel(from), complaintStateLabel(*next));
    }
    switch (to) {
    case ComplaintState::Resolved: {
        QStringList missing;
        if (effective(details.resolution, complaint.resolution).trimmed().isEmpty()) {
            missing << ComplaintsTr::tr("the resolution");
        }
        if (effective(details.rootCause, complaint.rootCause).trimmed().isEmpty()) {
            missing << ComplaintsTr::tr("the root cause");
        }
        if (effective(details.correctiveAction, complaint.correctiveAction).trimmed().isEmpty()) {
            missing << ComplaintsTr::tr("the corrective action");
        }
        if (!missing.isEmpty()) {
            return ComplaintsTr::tr("To resolve the complaint, record %1.").arg(missing.join(ComplaintsTr::tr(", ")));
        }
        return {};
    }
    case ComplaintState::OutcomeTold: {
        QStringList missing;
        if (effective(details.outcomeCallResult, complaint.outcomeCallResult).trimmed().isEmpty()) {
            missing << ComplaintsTr::tr("what the customer was told and said");
        }
        const std::optional<int> satisfaction =
            details.outcomeSatisfaction ? details.outcomeSatisfaction : complaint.outcomeSatisfaction;
        if (!satisfaction || *satisfaction < 1 || *satisfaction > 5) {
            missing << ComplaintsTr::tr("their satisfaction with the outcome (1 to 5)");
        }
        if (!missing.isEmpty()) {
            return ComplaintsTr::tr("To record the outcome call, enter %1.").arg(missing.join(ComplaintsTr::tr(", ")));
        }
        return {};
    }
    case ComplaintState::Closed:
        if (complaint.outcomeCallResult.trimmed().isEmpty()) {
            return ComplaintsTr::tr("A complaint can only be closed after the outcome call: tell the customer the "
                                    "result and record their satisfaction first.");
        }
        return {};
    case ComplaintState::Received:
    case ComplaintState::Acknowledged:
    case ComplaintState::Investigating: return {};
    }
    return {};
}

Status ComplaintRepository::addEvent(QSqlQuery &q, ComplaintId id, ComplaintEventKind kind, const QDateTime &at,
                                     const QString &note, std::optional<ComplaintState> from,
                                     std::optional<ComplaintState> to) const
{
    if (!execPrepared(q,
                      QStringLiteral("INSERT INTO complaint_event(complaint_id, at, user_name, kind, from_state, "
                                     "to_state, note) VALUES (?,?,?,?,?,?,?)"),
                      {id, iso(at), m_userName, complaintEventKindId(kind),
                       from ? QVariant(complaintStateId(*from)) : QVariant(),
                       to ? QVariant(complaintStateId(*to)) : QVariant(), note.trimmed()})) {
        return writeError(q);
    }
    return {};
}

Result<ComplaintId> ComplaintRepository::insert(QSqlQuery &q, Complaint &c, const QDateTime &now) const
{
    // The customer must exist and not be merged away; a linked visit must be theirs.
    if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {c.customerId})) {
        return readError(q);
    }
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, ComplaintsTr::tr("The customer does not exist. Search for the "
                                                               "customer again and record the complaint there."));
    }
    const bool merged = !q.value(0).isNull();
    q.finish();
    if (merged) {
        return makeError(ErrorCode::NotFound, ComplaintsTr::tr("This customer was merged into another record. "
                                                               "Record the complaint on the customer that was kept."));
    }
    if (c.visitId) {
        if (!execPrepared(q, QStringLiteral("SELECT customer_id FROM visit WHERE id = ?"), {*c.visitId})) {
            return readError(q);
        }
        const bool ours = q.next() && q.value(0).toLongLong() == c.customerId;
        q.finish();
        if (!ours) {
            return makeError(ErrorCode::Validation, ComplaintsTr::tr("The linked visit belongs to another customer. "
                                                                     "Choose one of this customer's visits."));
        }
    }
    c.state = ComplaintState::Received;
    c.createdBy = m_userName;
    c.createdAt = now;
    if (!execPrepared(q, insertSql,
                      {c.customerId, iso(c.receivedAt), complaintChannelId(c.channel), complaintCategoryId(c.category),
                       severityId(c.severity), slaClassId(c.slaClass), needsPriorityId(c.needsPriority), c.description,
                       nullableId(c.visitId), c.staff, c.department, c.owner, complaintStateId(c.state),
                       c.waitingOnCustomer ? 1 : 0, c.adrDrug, nullableDate(c.adrOnsetDate),
                       nullableId(c.sourceSurveyId), c.createdBy, iso(c.createdAt)})) {
        return writeError(q);
    }
    c.id = q.lastInsertId().toLongLong();
    if (auto status =
            addEvent(q, c.id, ComplaintEventKind::Received, c.receivedAt, {}, std::nullopt, ComplaintState::Received);
        !status) {
        return status.error();
    }
    AuditEntry entry{QStringLiteral("complaint.create"), QStringLiteral("complaint"), QString::number(c.id),
                     QStringLiteral("customer=%1").arg(c.customerId), complaintCreated(c)};
    if (c.sourceSurveyId) {
        entry.detail += QStringLiteral(" survey_response=%1").arg(*c.sourceSurveyId);
    }
    if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
        return audited.error();
    }
    return c.id;
}

Result<Complaint> ComplaintRepository::create(Complaint complaint)
{
    const QDateTime now = m_clock.nowUtc();
    const QStringList problems = validate(complaint, now);
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    complaint.description = complaint.description.trimmed();
    complaint.staff = complaint.staff.simplified();
    complaint.department = complaint.department.simplified();
    complaint.owner = complaint.owner.trimmed();
    complaint.adrDrug = complaint.adrDrug.simplified();
    complaint.receivedAt = complaint.receivedAt.isValid() ? complaint.receivedAt.toUTC() : now;
    complaint.waitingOnCustomer = false;
    QSqlDatabase db = connection();
    return transact<Complaint>(db, ComplaintsTr::tr("The complaint could not be saved."), [&]() -> Result<Complaint> {
        QSqlQuery q(db);
        auto id = insert(q, complaint, now);
        if (!id) {
            return id.error();
        }
        return complaint;
    });
}

Result<QList<Complaint>> ComplaintRepository::readComplaints(const QString &where, const QVariantList &values,
                                                             const QString &order) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM complaint c WHERE ") + where +
                          QStringLiteral(" ORDER BY ") + order,
                      values)) {
        return readError(q);
    }
    QList<Complaint> list;
    while (q.next()) {
        list << complaintFromRow(q);
    }
    return list;
}

Result<Complaint> ComplaintRepository::findById(ComplaintId id) const
{
    auto found = readComplaints(QStringLiteral("c.id = ?"), {id}, QStringLiteral("c.id"));
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(ErrorCode::NotFound, ComplaintsTr::tr("The complaint does not exist. Reload the list."));
    }
    return found->first();
}

Result<QList<Complaint>> ComplaintRepository::complaintsOf(CustomerId customerId) const
{
    return readComplaints(QStringLiteral("c.customer_id = ?"), {customerId},
                          QStringLiteral("c.received_at DESC, c.id DESC"));
}

Result<QList<Complaint>> ComplaintRepository::receivedIn(const QDateTime &from, const QDateTime &to) const
{
    return readComplaints(QStringLiteral("c.received_at >= ? AND c.received_at < ?"), {iso(from), iso(to)},
                          QStringLiteral("c.received_at, c.id"));
}

namespace {

ComplaintEvent eventFromRow(const QSqlQuery &q)
{
    ComplaintEvent e;
    e.id = q.value(0).toLongLong();
    e.complaintId = q.value(1).toLongLong();
    e.at = fromIso(q.value(2).toString());
    e.userName = q.value(3).toString();
    e.kind = complaintEventKindFromId(q.value(4).toString()).value_or(ComplaintEventKind::Note);
    e.fromState = q.value(5).isNull() ? std::nullopt : complaintStateFromId(q.value(5).toString());
    e.toState = q.value(6).isNull() ? std::nullopt : complaintStateFromId(q.value(6).toString());
    e.note = q.value(7).toString();
    return e;
}

const QString eventColumns = QStringLiteral("id, complaint_id, at, user_name, kind, from_state, to_state, note");

} // namespace

Result<QList<ComplaintEvent>> ComplaintRepository::history(ComplaintId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + eventColumns +
                          QStringLiteral(" FROM complaint_event WHERE complaint_id = ? ORDER BY at, id"),
                      {id})) {
        return readError(q);
    }
    QList<ComplaintEvent> events;
    while (q.next()) {
        events << eventFromRow(q);
    }
    return events;
}

Result<QHash<ComplaintId, QList<ComplaintEvent>>> ComplaintRepository::pauseEvents(const QList<ComplaintId> &ids) const
{
    QHash<ComplaintId, QList<ComplaintEvent>> byComplaint;
    QSqlQuery q(connection());
    const QString base = QStringLiteral("SELECT ") + eventColumns +
                         QStringLiteral(" FROM complaint_event WHERE kind IN ('pause', 'resume')");
    const auto collect = [&](const QString &sql, const QVariantList &values) -> Status {
        if (!execPrepared(q, sql, values)) {
            return readError(q);
        }
        while (q.next()) {
            const ComplaintEvent e = eventFromRow(q);
            byComplaint[e.complaintId] << e;
        }
        q.finish();
        return {};
    };
    if (ids.isEmpty()) {
        if (auto status = collect(base + QStringLiteral(" ORDER BY complaint_id, at, id"), {}); !status) {
            return status.error();
        }
        return byComplaint;
    }
    // SQLite binds at most 999 values per statement.
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QList<ComplaintId> part = ids.mid(start, chunk);
        QStringList marks;
        QVariantList values;
        for (ComplaintId id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        const QString sql = base + QStringLiteral(" AND complaint_id IN (") + marks.join(QLatin1Char(',')) +
                            QStringLiteral(") ORDER BY complaint_id, at, id");
        if (auto status = collect(sql, values); !status) {
            return status.error();
        }
    }
    return byComplaint;
}

Result<Complaint> ComplaintRepository::change(ComplaintId id, bool needsHandler, const QString &action,
                                              const Change &body, const QString &note, bool alwaysRecord)
{
    if (needsHandler) {
        if (auto allowed = requireHandler(); !allowed) {
            return allowed.error();
        }
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = connection();
    return transact<Complaint>(db, ComplaintsTr::tr("The complaint could not be saved; nothing was changed."),
                               [&]() -> Result<Complaint> {
                                   auto current = findById(id);
                                   if (!current) {
                                       return current.error();
                                   }
                                   Complaint complaint = *current;
                                   QSqlQuery q(db);
                                   if (auto status = body(complaint, q, now); !status) {
                                       return status.error();
                                   }
                                   if (!execPrepared(q, updateSql, updateValues(complaint))) {
                                       return writeError(q);
                                   }
                                   q.finish();
                                   // In the same transaction: no change without its entry, nothing when unchanged.
                                   AuditChanges changes = complaintChanges(*current, complaint);
                                   if (changes.isEmpty() && !alwaysRecord) {
                                       return complaint;
                                   }
                                   changes.initialIdentifying(QStringLiteral("note"), !note.trimmed().isEmpty());
                                   const AuditEntry entry{action, QStringLiteral("complaint"),
                                                          QString::number(complaint.id), {}, changes};
                                   if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry);
                                       !audited) {
                                       return audited.error();
                                   }
                                   return complaint;
                               });
}

Result<Complaint> ComplaintRepository::transition(ComplaintId id, ComplaintState to, const QString &note,
                                                  const TransitionDetails &details)
{
    for (const QString *text :
         {&details.resolution, &details.rootCause, &details.correctiveAction, &details.outcomeCallResult, &note}) {
        if (text->size() > maxTextLength) {
            return tooLong(ComplaintsTr::tr("The text"));
        }
    }
    QString action = QStringLiteral("complaint.transition"); // the body says when it is a reopen
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        const QString problem = transitionProblem(c, to, details);
        if (!problem.isEmpty()) {
            return makeError(ErrorCode::Validation, problem);
        }
        const ComplaintState from = c.state;
        const bool reopening = isReopen(from, to);
        if (reopening && note.trimmed().isEmpty()) {
            return makeError(ErrorCode::Validation,
                             ComplaintsTr::tr("Say why the complaint is reopened, so the next person knows."));
        }
        if (c.waitingOnCustomer) {
            c.waitingOnCustomer = false;
            if (auto status = addEvent(q, c.id, ComplaintEventKind::Resume, now,
                                       ComplaintsTr::tr("Clock running again with the change of state."));
                !status) {
                return status;
            }
        }
        c.resolution = effective(details.resolution, c.resolution);
        c.rootCause = effective(details.rootCause, c.rootCause);
        c.correctiveAction = effective(details.correctiveAction, c.correctiveAction);
        c.outcomeCallResult = effective(details.outcomeCallResult, c.outcomeCallResult);
        if (details.outcomeSatisfaction) {
            c.outcomeSatisfaction = details.outcomeSatisfaction;
        }
        c.state = to;
        QString eventNote = note;
        if (reopening) {
            c.reopenCount += 1;
            c.resolvedAt = {};
            c.closedAt = {};
            c.outcomeCallResult.clear();
            c.outcomeSatisfaction.reset();
            action = QStringLiteral("complaint.reopen");
            return addEvent(q, c.id, ComplaintEventKind::Reopen, now, eventNote, from, to);
        }
        switch (to) {
        case ComplaintState::Acknowledged:
            if (!c.firstResponseAt.isValid()) {
                c.firstResponseAt = now;
            }
            break;
        case ComplaintState::Resolved: c.resolvedAt = now; break;
        case ComplaintState::OutcomeTold:
            if (eventNote.trimmed().isEmpty()) {
                eventNote = c.outcomeCallResult;
            }
            break;
        case ComplaintState::Closed: c.closedAt = now; break;
        case ComplaintState::Received:
        case ComplaintState::Investigating: break;
        }
        return addEvent(q, c.id, ComplaintEventKind::Transition, now, eventNote, from, to);
    };
    return change(id, true, action, body, note);
}

Result<Complaint> ComplaintRepository::reopen(ComplaintId id, const QString &reason)
{
    return transition(id, ComplaintState::Investigating, reason);
}

Result<Complaint> ComplaintRepository::pause(ComplaintId id, const QString &note)
{
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        if (!c.isOpen()) {
            return makeError(ErrorCode::Validation, ComplaintsTr::tr("The complaint is closed; there is no clock to "
                                                                     "stop."));
        }
        if (c.waitingOnCustomer) {
            return makeError(ErrorCode::Validation,
                             ComplaintsTr::tr("The complaint is already waiting on the customer."));
        }
        c.waitingOnCustomer = true;
        return addEvent(q, c.id, ComplaintEventKind::Pause, now, note);
    };
    return change(id, true, QStringLiteral("complaint.pause"), body, note);
}

Result<Complaint> ComplaintRepository::resume(ComplaintId id, const QString &note)
{
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        if (!c.waitingOnCustomer) {
            return makeError(ErrorCode::Validation, ComplaintsTr::tr("The complaint is not waiting on the customer."));
        }
        c.waitingOnCustomer = false;
        return addEvent(q, c.id, ComplaintEventKind::Resume, now, note);
    };
    return change(id, true, QStringLiteral("complaint.resume"), body, note);
}

Result<Complaint> ComplaintRepository::assign(ComplaintId id, const QString &owner, const QString &note)
{
    const QString name = owner.trimmed();
    if (name.size() > 100) {
        return tooLong(ComplaintsTr::tr("The owner's user name"));
    }
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        if (c.owner == name) {
            return {};
        }
        const QString text = note.trimmed().isEmpty()
                                 ? (name.isEmpty()      ? ComplaintsTr::tr("Unassigned (was %1)").arg(c.owner)
                                    : c.owner.isEmpty() ? ComplaintsTr::tr("Assigned to %1").arg(name)
                                                        : ComplaintsTr::tr("%1 → %2").arg(c.owner, name))
                                 : note;
        c.owner = name;
        return addEvent(q, c.id, ComplaintEventKind::Assign, now, text);
    };
    return change(id, true, QStringLiteral("complaint.assign"), body, note);
}

Status ComplaintRepository::addNote(ComplaintId id, const QString &note)
{
    if (note.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, ComplaintsTr::tr("Write the note first."));
    }
    if (note.size() > maxTextLength) {
        return tooLong(ComplaintsTr::tr("The note"));
    }
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        return addEvent(q, c.id, ComplaintEventKind::Note, now, note);
    };
    auto changed = change(id, false, QStringLiteral("complaint.note"), body, note, true);
    if (!changed) {
        return changed.error();
    }
    return {};
}

Result<Complaint> ComplaintRepository::updateInvestigation(ComplaintId id, const InvestigationUpdate &update)
{
    for (const QString *text : {&update.rootCause, &update.correctiveAction}) {
        if (text->size() > maxTextLength) {
            return tooLong(ComplaintsTr::tr("The text"));
        }
    }
    if (update.responsibleDepartment.size() > 100 || update.responsibleStaff.size() > 100) {
        return tooLong(ComplaintsTr::tr("The responsible department or staff"));
    }
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        c.rootCause = update.rootCause.trimmed();
        c.correctiveAction = update.correctiveAction.trimmed();
        c.responsibleDepartment = update.responsibleDepartment.simplified();
        c.responsibleStaff = update.responsibleStaff.simplified();
        return addEvent(q, c.id, ComplaintEventKind::Investigation, now,
                        ComplaintsTr::tr("Root cause: %1 · Corrective action: %2 · Responsible: %3 %4")
                            .arg(c.rootCause, c.correctiveAction, c.responsibleDepartment, c.responsibleStaff)
                            .simplified());
    };
    return change(id, true, QStringLiteral("complaint.investigation"), body);
}

Result<Complaint> ComplaintRepository::setAdrDetails(ComplaintId id, const QString &drug, const QDate &onset)
{
    if (drug.size() > 200) {
        return tooLong(ComplaintsTr::tr("The drug name"));
    }
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        if (c.category != ComplaintCategory::AdverseDrugReaction) {
            return makeError(ErrorCode::Validation,
                             ComplaintsTr::tr("Only adverse drug reactions have a suspected drug. Change the "
                                              "category first."));
        }
        c.adrDrug = drug.simplified();
        c.adrOnsetDate = onset;
        return addEvent(q, c.id, ComplaintEventKind::AdrDrug, now,
                        onset.isValid() ? ComplaintsTr::tr("%1, since %2").arg(c.adrDrug, onset.toString(Qt::ISODate))
                                        : c.adrDrug);
    };
    return change(id, true, QStringLiteral("complaint.adr_details"), body);
}

Result<Complaint> ComplaintRepository::markAdrReported(ComplaintId id, AdrRecipient recipient, const QString &note)
{
    const auto body = [&](Complaint &c, QSqlQuery &q, const QDateTime &now) -> Status {
        if (c.category != ComplaintCategory::AdverseDrugReaction) {
            return makeError(ErrorCode::Validation,
                             ComplaintsTr::tr("Only adverse drug reactions are reported to the manufacturer or the "
                                              "regulator."));
        }
        if (c.adrDrug.isEmpty()) {
            return makeError(ErrorCode::Validation,
                             ComplaintsTr::tr("Record the suspected drug before marking the reaction reported."));
        }
        QDateTime &at =
            recipient == AdrRecipient::Manufacturer ? c.adrReportedManufacturerAt : c.adrReportedRegulatorAt;
        if (at.isValid()) {
            return makeError(ErrorCode::Validation,
                             recipient == AdrRecipient::Manufacturer
                                 ? ComplaintsTr::tr("The reaction was already reported to the manufacturer.")
                                 : ComplaintsTr::tr("The reaction was already reported to the regulator."));
        }
        at = now;
        return addEvent(q, c.id,
                        recipient == AdrRecipient::Manufacturer ? ComplaintEventKind::AdrManufacturer
                                                                : ComplaintEventKind::AdrRegulator,
                        now, note);
    };
    return change(id, true, QStringLiteral("complaint.adr_reported"), body, note);
}

Result<SlaEngine> ComplaintRepository::slaEngine() const
{
    auto calendar = BusinessCalendar::load(m_connectionName);
    if (!calendar) {
        return calendar.error();
    }
    auto policy = SlaPolicy::load(m_connectionName);
    if (!policy) {
        return policy.error();
    }
    return SlaEngine(*calendar, *policy);
}

namespace {

/** The queue's SELECT of @p selected for @p filter (the complaint columns, then the customer's name and member number), newest first. */
QString queueSelect(const QString &selected, const ComplaintQueueFilter &filter, QVariantList &values)
{
    QStringList where{QStringLiteral("1")};
    if (filter.openOnly) {
        where << QStringLiteral("c.state <> 'closed'");
    } else {
        if (filter.from.isValid()) {
            where << QStringLiteral("c.received_at >= ?");
            values << iso(filter.from);
        }
        if (filter.to.isValid()) {
            where << QStringLiteral("c.received_at < ?");
            values << iso(filter.to);
        }
    }
    if (filter.category) {
        where << QStringLiteral("c.category = ?");
        values << complaintCategoryId(*filter.category);
    }
    if (filter.state) {
        where << QStringLiteral("c.state = ?");
        values << complaintStateId(*filter.state);
    }
    if (!filter.owner.isEmpty()) {
        where << QStringLiteral("c.owner = ?");
        values << filter.owner;
    }
    return QStringLiteral("SELECT ") + selected +
           QStringLiteral(", cu.name, cu.member_number FROM complaint c JOIN customer cu ON cu.id = c.customer_id "
                          "WHERE ") +
           where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC");
}

} // namespace

Result<QList<ComplaintQueueRow>> ComplaintRepository::queue(const ComplaintQueueFilter &filter,
                                                            const QDateTime &now) const
{
    QVariantList values;
    QSqlQuery q(connection());
    if (!execPrepared(q, queueSelect(columns, filter, values), values)) {
        return readError(q);
    }
    QList<ComplaintQueueRow> rows;
    QList<ComplaintId> ids;
    while (q.next()) {
        ComplaintQueueRow row;
        row.complaint = complaintFromRow(q);
        row.customerName = q.value(columnCount).toString();
        row.memberNumber = q.value(columnCount + 1).toString();
        ids << row.complaint.id;
        rows << row;
    }
    q.finish();
    if (rows.isEmpty()) {
        return rows;
    }
    auto engine = slaEngine();
    if (!engine) {
        return engine.error();
    }
    auto pauses = pauseEvents(ids);
    if (!pauses) {
        return pauses.error();
    }
    for (ComplaintQueueRow &row : rows) {
        row.sla = engine->evaluate(row.complaint, pauses->value(row.complaint.id), now);
    }
    // Soonest to breach (or most overdue) first; rows with no running clock keep the newest-first order after them.
    std::stable_sort(rows.begin(), rows.end(), [](const ComplaintQueueRow &a, const ComplaintQueueRow &b) {
        return a.sla.minutesToBreach() < b.sla.minutesToBreach();
    });
    return rows;
}

Result<QList<ComplaintAlert>> ComplaintRepository::alerts(const QDateTime &now, Role role, const QString &user) const
{
    // Every open complaint's clocks are evaluated, one row at a time: at a million customers tens of thousands are
    // open, and holding them all (as queue() does) took some 70 MB each time the navigation badge was counted. Only
    // the escalations this user sees are kept.
    QSqlDatabase db = connection();
    QList<ComplaintId> open;
    {
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("SELECT id FROM complaint WHERE state <> 'closed'"))) {
            return readError(q);
        }
        while (q.next()) {
            open << q.value(0).toLongLong();
        }
    }
    if (open.isEmpty()) {
        return QList<ComplaintAlert>();
    }
    auto engine = slaEngine();
    if (!engine) {
        return engine.error();
    }
    auto pauses = pauseEvents(open);
    if (!pauses) {
        return pauses.error();
    }
    open.clear();
    QVariantList values;
    QSqlQuery q(db);
    if (!execPrepared(q, queueSelect(columns, ComplaintQueueFilter{}, values), values)) {
        return readError(q);
    }
    struct Found {
        ComplaintAlert alert;
        qint64 minutesToBreach = 0; ///< the queue's order, which breaks ties
    };
    std::vector<Found> found;
    while (q.next()) {
        const Complaint complaint = complaintFromRow(q);
        const SlaEvaluation sla = engine->evaluate(complaint, pauses->value(complaint.id), now);
        if (!audienceIncludes(sla.escalation, role, user, complaint.owner)) {
            continue;
        }
        ComplaintAlert a;
        a.complaintId = complaint.id;
        a.customerId = complaint.customerId;
        a.customerName = q.value(columnCount).toString();
        a.category = complaint.category;
        a.state = complaint.state;
        a.owner = complaint.owner;
        a.level = sla.escalation;
        a.clock = sla.escalatedClock.value_or(SlaClockKind::Resolution);
        const SlaClockState &c = a.clock == SlaClockKind::FirstResponse ? sla.firstResponse : sla.resolution;
        a.status = c.status;
        a.due = c.due;
        a.leftMinutes = c.leftMinutes;
        found.push_back({std::move(a), sla.minutesToBreach()});
    }
    if (q.lastError().isValid()) {
        return readError(q);
    }
    q.finish();
    // Worst first: level, then time left, then as the queue orders them (soonest to breach, then newest).
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.alert.level != b.alert.level) {
            return a.alert.level > b.alert.level;
        }
        if (a.alert.leftMinutes != b.alert.leftMinutes) {
            return a.alert.leftMinutes < b.alert.leftMinutes;
        }
        return a.minutesToBreach < b.minutesToBreach;
    });
    QList<ComplaintAlert> alerts;
    alerts.reserve(static_cast<qsizetype>(found.size()));
    for (Found &f : found) {
        alerts << std::move(f.alert);
    }
    return alerts;
}

Result<ComplaintId> ComplaintRepository::openFromSurvey(qint64 surveyResponseId, const QString &description)
{
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = connection();
    return transact<ComplaintId>(
        db, ComplaintsTr::tr("The complaint could not be opened from the survey."), [&]() -> Result<ComplaintId> {
            QSqlQuery q(db);
            if (!execPrepared(q, QStringLiteral("SELECT id FROM complaint WHERE source_survey_id = ?"),
                              {surveyResponseId})) {
                return readError(q);
            }
            if (q.next()) {
                const ComplaintId existing = q.value(0).toLongLong();
                q.finish();
                return existing;
            }
            q.finish();
            if (!execPrepared(q,
                              QStringLiteral("SELECT customer_id, visit_id, department, staff, comment, nps, csat, at "
                                             "FROM survey_response WHERE id = ?"),
                              {surveyResponseId})) {
                return readError(q);
            }
            if (!q.next()) {
                q.finish();
                return makeError(ErrorCode::NotFound, ComplaintsTr::tr("The survey response does not exist."));
            }
            Complaint c;
            const CustomerId answeredBy = q.value(0).toLongLong();
            c.visitId = optionalId(q.value(1));
            c.department = q.value(2).toString();
            c.staff = q.value(3).toString();
            const QString comment = q.value(4).toString().trimmed();
            const std::optional<int> nps = optionalInt(q.value(5));
            // The customer said it when answering: the time limits run from then, never from the future.
            const QDateTime answeredAt = fromIso(q.value(7).toString());
            q.finish();
            auto customer = survivingCustomer(q, answeredBy);
            if (!customer) {
                return customer.error();
            }
            if (*customer == 0) {
                return makeError(ErrorCode::NotFound,
                                 ComplaintsTr::tr("The customer who answered the survey no longer exists."));
            }
            c.customerId = *customer;
            if (c.visitId && *customer != answeredBy) {
                c.visitId.reset(); // the visit may have stayed with the merged record
            }
            c.receivedAt = answeredAt.isValid() && answeredAt < now ? answeredAt : now;
            c.channel = ComplaintChannel::Survey;
            c.category = ComplaintCategory::ServiceProcess;
            c.severity = defaultSeverity(c.category);
            c.slaClass = defaultSlaClass(c.severity);
            c.sourceSurveyId = surveyResponseId;
            c.description = description.trimmed();
            if (c.description.isEmpty()) {
                c.description = comment;
            }
            if (c.description.isEmpty()) {
                c.description = nps ? ComplaintsTr::tr("Detractor survey response (would recommend: %1 of 10), "
                                                       "no comment given.")
                                          .arg(*nps)
                                    : ComplaintsTr::tr("Dissatisfied survey response, no comment given.");
            }
            c.description = c.description.left(maxTextLength);
            return insert(q, c, now);
        });
}

Result<AdrReport> ComplaintRepository::adrReport(ComplaintId id, const QString &reporter, const QString &siteName) const
{
    auto complaint = findById(id);
    if (!complaint) {
        return complaint.error();
    }
    if (complaint->category != ComplaintCategory::AdverseDrugReaction) {
        return makeError(ErrorCode::Validation,
                         ComplaintsTr::tr("Only adverse drug reactions have a report for the manufacturer or the "
                                          "regulator."));
    }
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT name, sex, birth_date FROM customer WHERE id = ?"),
                      {complaint->customerId})) {
        return readError(q);
    }
    AdrReport r;
    const QDate today = m_clock.today();
    if (q.next()) {
        r.patientInitials = AdrReport::initialsOf(q.value(0).toString());
        r.sex = sexFromId(q.value(1).toString());
        r.ageBand = AdrReport::ageBandOf(QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                         complaint->receivedAt.toLocalTime().date());
    }
    r.complaintId = complaint->id;
    r.siteName = siteName;
    r.drug = complaint->adrDrug;
    r.reaction = complaint->description;
    r.onsetDate = complaint->adrOnsetDate;
    r.receivedAt = complaint->receivedAt;
    QStringList actions;
    for (const QString &text : {complaint->resolution, complaint->correctiveAction}) {
        if (!text.isEmpty()) {
            actions << text;
        }
    }
    r.actionsTaken = actions.join(QLatin1Char('\n'));
    r.reportedManufacturerAt = complaint->adrReportedManufacturerAt;
    r.reportedRegulatorAt = complaint->adrReportedRegulatorAt;
    r.reporter = reporter;
    r.reportDate = today;
    return r;
}

Result<QList<ComplaintStaff>> ComplaintRepository::handlers() const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT user_name, role FROM staff WHERE disabled = 0 AND role IN "
                                        "('service', 'manager', 'admin') ORDER BY user_name"))) {
        return readError(q);
    }
    QList<ComplaintStaff> staff;
    while (q.next()) {
        staff << ComplaintStaff{q.value(0).toString(), roleFromId(q.value(1).toString()).value_or(Role::Reception)};
    }
    return staff;
}

} // namespace caredesk::core
