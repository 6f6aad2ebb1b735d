// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/complaints/AdrReport.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/SlaEngine.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace caredesk::core {

class Database;

/** Which complaints the queue shows. Empty members do not filter. */
struct ComplaintQueueFilter {
    bool openOnly = true; ///< only complaints not closed (any age); false: every complaint received in the period
    QDateTime from;       ///< received_at, inclusive, UTC; used when !openOnly; invalid: no lower bound
    QDateTime to;         ///< received_at, exclusive, UTC; used when !openOnly; invalid: no upper bound
    std::optional<ComplaintCategory> category;
    std::optional<ComplaintState> state;
    QString owner; ///< only this owner's complaints
};

/** A queue row: the complaint, whose it is, and where its clocks stand. */
struct ComplaintQueueRow {
    Complaint complaint;
    QString customerName;
    QString memberNumber;
    SlaEvaluation sla;
};

/** One entry of the on-screen escalation list. */
struct ComplaintAlert {
    ComplaintId complaintId = 0;
    CustomerId customerId = 0;
    QString customerName;
    ComplaintCategory category = ComplaintCategory::Other;
    ComplaintState state = ComplaintState::Received;
    QString owner;
    EscalationLevel level = EscalationLevel::None;
    SlaClockKind clock = SlaClockKind::Resolution; ///< the clock that raised it
    SlaStatus status = SlaStatus::Warning;
    QDateTime due;
    qint64 leftMinutes = 0; ///< negative when overdue
};

/** Texts a transition may need: resolved needs the first three, outcome_told the call result and satisfaction. */
struct TransitionDetails {
    QString resolution;        ///< non-empty replaces the stored one
    QString rootCause;         ///< non-empty replaces the stored one
    QString correctiveAction;  ///< non-empty replaces the stored one
    QString outcomeCallResult; ///< non-empty replaces the stored one
    std::optional<int> outcomeSatisfaction;
};

/** The investigation's findings; every field replaces the stored one. */
struct InvestigationUpdate {
    QString rootCause;
    QString correctiveAction;
    QString responsibleDepartment;
    QString responsibleStaff;
};

enum class AdrRecipient { Manufacturer, Regulator };

/** A staff account that can own complaints. */
struct ComplaintStaff {
    QString userName;
    Role role = Role::Reception;
};

/**
 * Complaints (投诉) and their history in the encrypted database. Every change writes a complaint_event with the
 * user and the time, and an audit entry ("complaint.create", "complaint.transition", ...) with the field changes
 * (typed texts only as "changed"), in the same transaction; a write that finds a transaction open joins it through
 * a savepoint.
 *
 * Who may do what (enforced here when made from a Database): any signed-in staff member may record a complaint
 * and add notes; transitions, reopening, pausing, assignment, the investigation's findings and ADR reporting need
 * ServiceOfficer, Manager or Administrator (PermissionDenied otherwise).
 *
 * The state machine: received → acknowledged → investigating → resolved → outcome_told → closed, one step at a
 * time; resolved, outcome_told and closed may be reopened to investigating. All SQL for complaints lives here.
 */
class ComplaintRepository final {
public:
    static constexpr int maxTextLength = 4000;
    /** How far in the future a receipt time may lie (clock skew between workstations). */
    static constexpr int allowedFutureMinutes = 5;

    explicit ComplaintRepository(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection with CareDesk's schema, acting as @p userName (no role check: demo, workers). */
    ComplaintRepository(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Whether @p role may handle complaints (transitions, assignment, ADR reporting). */
    [[nodiscard]] static bool canHandle(Role role);
    /** The problems with a new complaint that need no database, translated; empty when it can be saved. */
    [[nodiscard]] static QStringList validate(const Complaint &complaint, const QDateTime &now);
    /**
     * Why @p complaint cannot move to @p to with @p details (translated, says what is missing), or an empty string
     * when it can. Covers the order of states and the texts each step needs; not the role.
     */
    [[nodiscard]] static QString transitionProblem(const Complaint &complaint, ComplaintState to,
                                                   const TransitionDetails &details = {});

    /**
     * Records a new complaint in state received, stamped with the user and now, with a 'received' event. An
     * invalid receivedAt means now. Validation for an empty description, a visit of another customer or a
     * time in the future; NotFound for a missing or merged customer.
     */
    [[nodiscard]] Result<Complaint> create(Complaint complaint);
    /** NotFound when there is no complaint @p id. */
    [[nodiscard]] Result<Complaint> findById(ComplaintId id) const;
    /** The complaint's events, oldest first. */
    [[nodiscard]] Result<QList<ComplaintEvent>> history(ComplaintId id) const;
    /** The complaints of one customer, newest first. */
    [[nodiscard]] Result<QList<Complaint>> complaintsOf(CustomerId customerId) const;

    /**
     * Moves complaint @p id to @p to: the next state, or investigating from resolved/outcome_told/closed (a reopen,
     * which needs @p note as the reason, increments reopen_count and clears resolved_at, closed_at and the outcome
     * call). Acknowledged sets first_response_at; resolved needs resolution, root cause and corrective action;
     * outcome_told needs the call result and a satisfaction of 1–5; closed can only follow outcome_told. Non-empty
     * @p details are saved with it. A complaint waiting on the customer is resumed first. Validation says what is
     * missing; PermissionDenied for roles that may not handle complaints.
     */
    [[nodiscard]] Result<Complaint> transition(ComplaintId id, ComplaintState to, const QString &note = {},
                                               const TransitionDetails &details = {});
    /** transition(id, Investigating, reason) from resolved, outcome_told or closed. */
    [[nodiscard]] Result<Complaint> reopen(ComplaintId id, const QString &reason);
    /** Stops the SLA clocks while waiting on the customer; Validation if closed or already waiting. */
    [[nodiscard]] Result<Complaint> pause(ComplaintId id, const QString &note = {});
    /** Starts the clocks again; Validation if it was not waiting. */
    [[nodiscard]] Result<Complaint> resume(ComplaintId id, const QString &note = {});
    /** Gives the complaint to @p owner (a user name; empty unassigns). */
    [[nodiscard]] Result<Complaint> assign(ComplaintId id, const QString &owner, const QString &note = {});
    /** Adds a note to the history; any staff member may. Validation for an empty note. */
    [[nodiscard]] Status addNote(ComplaintId id, const QString &note);
    /** Saves root cause, corrective action and the responsible department and staff. */
    [[nodiscard]] Result<Complaint> updateInvestigation(ComplaintId id, const InvestigationUpdate &update);
    /** Adverse drug reactions: the suspected drug and when the reaction began (invalid: unknown). */
    [[nodiscard]] Result<Complaint> setAdrDetails(ComplaintId id, const QString &drug, const QDate &onset);
    /**
     * Marks an adverse drug reaction reported to @p recipient now. Validation unless the complaint is an ADR with
     * a drug recorded, or if it was already reported there.
     */
    [[nodiscard]] Result<Complaint> markAdrReported(ComplaintId id, AdrRecipient recipient, const QString &note = {});

    /**
     * The queue: complaints @p filter selects with customer and SLA at @p now, sorted by time to breach (the
     * soonest or most overdue first; complaints whose clocks are all met come last, newest first).
     */
    [[nodiscard]] Result<QList<ComplaintQueueRow>> queue(const ComplaintQueueFilter &filter,
                                                         const QDateTime &now) const;
    /**
     * The escalations at @p now that @p user with @p role should see: owner level goes to the owner; supervisor
     * level to ServiceOfficer, Manager and Administrator; manager level to Manager and Administrator. Worst first.
     */
    [[nodiscard]] Result<QList<ComplaintAlert>> alerts(const QDateTime &now, Role role, const QString &user) const;

    /**
     * Opens a complaint for a detractor survey response (category service_process, channel survey, customer and
     * visit from the response, department and staff from it too). Idempotent: a second call for the same
     * response returns the complaint already opened. An empty @p description uses the survey comment.
     * NotFound when the response does not exist.
     */
    [[nodiscard]] Result<ComplaintId> openFromSurvey(qint64 surveyResponseId, const QString &description = {});

    /** Complaints received in [@p from, @p to), ordered by received_at then id (reports). */
    [[nodiscard]] Result<QList<Complaint>> receivedIn(const QDateTime &from, const QDateTime &to) const;
    /** The pause and resume events of @p ids (all complaints when empty), by complaint. */
    [[nodiscard]] Result<QHash<ComplaintId, QList<ComplaintEvent>>> pauseEvents(const QList<ComplaintId> &ids) const;
    /** The printable ADR report of complaint @p id, signed by @p reporter. Validation unless it is an ADR. */
    [[nodiscard]] Result<AdrReport> adrReport(ComplaintId id, const QString &reporter, const QString &siteName) const;
    /** Enabled staff accounts that may handle complaints, by name. */
    [[nodiscard]] Result<QList<ComplaintStaff>> handlers() const;
    /** An engine over the stored calendar and policy. */
    [[nodiscard]] Result<SlaEngine> slaEngine() const;

private:
    using Change = std::function<Status(Complaint &current, QSqlQuery &q, const QDateTime &now)>;
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Status requireHandler() const;
    /**
     * Runs @p body on the stored complaint and saves it with an audit entry @p action holding the field changes
     * (and whether a @p note was given), in one transaction. No entry when nothing changed unless @p alwaysRecord.
     */
    [[nodiscard]] Result<Complaint> change(ComplaintId id, bool needsHandler, const QString &action, const Change &body,
                                           const QString &note = {}, bool alwaysRecord = false);
    [[nodiscard]] Result<QList<Complaint>> readComplaints(const QString &where, const QVariantList &values,
                                                          const QString &order) const;
    [[nodiscard]] Status addEvent(QSqlQuery &q, ComplaintId id, ComplaintEventKind kind, const QDateTime &at,
                                  const QString &note, std::optional<ComplaintState> from = std::nullopt,
                                  std::optional<ComplaintState> to = std::nullopt) const;
    [[nodiscard]] Result<ComplaintId> insert(QSqlQuery &q, Complaint &complaint, const QDateTime &now) const;

    QString m_connectionName;
    QString m_userName;
    std::optional<Role> m_role; ///< known when made from a Database
    const Clock &m_clock;
};

} // namespace caredesk::core
