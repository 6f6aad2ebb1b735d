// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

using ComplaintId = qint64;

/** How the complaint reached the site. */
enum class ComplaintChannel { InPerson, Phone, Online, Letter, Survey, Other };

/** What the complaint is about (DOMAIN.md, Complaints); each has a default severity. */
enum class ComplaintCategory {
    MedicationError,
    AdverseDrugReaction,
    ProductUse,
    ServiceProcess,
    Attitude,
    Billing,
    Environment,
    Other
};

enum class ComplaintSeverity { High, Medium, Low };

/** Which time limits apply: urgent 24 h, general 48 h, complex 72 h of business time (by default). */
enum class SlaClass { Urgent, General, Complex };

/** The customer's need behind it (DOMAIN.md, needs priority). */
enum class NeedsPriority { Urgent, Important, General };

/** The closed loop, in order; a complaint moves forward one step at a time, or is reopened to Investigating. */
enum class ComplaintState { Received, Acknowledged, Investigating, Resolved, OutcomeTold, Closed };

/** What a history entry records. */
enum class ComplaintEventKind {
    Received,
    Transition,
    Reopen,
    Pause,
    Resume,
    Assign,
    Note,
    Investigation,
    AdrDrug,
    AdrManufacturer,
    AdrRegulator
};

/** A complaint (投诉) with its investigation, outcome call and, for adverse drug reactions, the reporting. */
struct Complaint {
    ComplaintId id = 0; ///< 0 until saved
    CustomerId customerId = 0;
    QDateTime receivedAt; ///< UTC; the SLA clocks start here; invalid means now when created
    ComplaintChannel channel = ComplaintChannel::InPerson;
    ComplaintCategory category = ComplaintCategory::ServiceProcess;
    ComplaintSeverity severity = ComplaintSeverity::Low;
    SlaClass slaClass = SlaClass::General;
    NeedsPriority needsPriority = NeedsPriority::General;
    QString description;
    std::optional<qint64> visitId; ///< the visit it is about; must belong to the same customer
    QString staff;                 ///< staff member the complaint is about (free text)
    QString department;
    QString owner; ///< user name of the officer handling it; empty while unassigned
    ComplaintState state = ComplaintState::Received;
    bool waitingOnCustomer = false; ///< the SLA clock is paused
    QDateTime firstResponseAt;      ///< UTC; set when acknowledged
    QDateTime resolvedAt;           ///< UTC; cleared on reopen
    QDateTime closedAt;             ///< UTC; cleared on reopen
    QString resolution;
    QString rootCause;
    QString correctiveAction; ///< 整改措施
    QString responsibleDepartment;
    QString responsibleStaff;
    QString outcomeCallResult;              ///< what the customer was told and said (结果告知)
    std::optional<int> outcomeSatisfaction; ///< 1–5, the customer's satisfaction with the outcome
    int reopenCount = 0;
    QString adrDrug;                      ///< adverse drug reaction: the suspected drug
    QDate adrOnsetDate;                   ///< adverse drug reaction: when the reaction began; invalid if unknown
    QDateTime adrReportedManufacturerAt;  ///< UTC; invalid until reported
    QDateTime adrReportedRegulatorAt;     ///< UTC; invalid until reported
    std::optional<qint64> sourceSurveyId; ///< the detractor survey response that opened it
    QString createdBy;
    QDateTime createdAt;

    /** Not closed yet. */
    [[nodiscard]] bool isOpen() const { return state != ComplaintState::Closed; }
};

/** One entry of a complaint's history: a transition, pause, resume, assignment, note or report. */
struct ComplaintEvent {
    qint64 id = 0;
    ComplaintId complaintId = 0;
    QDateTime at; ///< UTC
    QString userName;
    ComplaintEventKind kind = ComplaintEventKind::Note;
    std::optional<ComplaintState> fromState;
    std::optional<ComplaintState> toState;
    QString note;
};

/** Medication error high; adverse reaction and product use medium; everything else low. */
ComplaintSeverity defaultSeverity(ComplaintCategory category);
/** High severity is urgent, everything else general; an officer may choose complex. */
SlaClass defaultSlaClass(ComplaintSeverity severity);
/** The state after @p state in the closed loop; nullopt after Closed. */
std::optional<ComplaintState> nextState(ComplaintState state);

// Stable ids stored in the database and used on the command line.
QString complaintChannelId(ComplaintChannel channel);
std::optional<ComplaintChannel> complaintChannelFromId(const QString &id);
QString complaintCategoryId(ComplaintCategory category);
std::optional<ComplaintCategory> complaintCategoryFromId(const QString &id);
QString severityId(ComplaintSeverity severity);
std::optional<ComplaintSeverity> severityFromId(const QString &id);
QString slaClassId(SlaClass slaClass);
std::optional<SlaClass> slaClassFromId(const QString &id);
QString needsPriorityId(NeedsPriority priority);
std::optional<NeedsPriority> needsPriorityFromId(const QString &id);
QString complaintStateId(ComplaintState state);
std::optional<ComplaintState> complaintStateFromId(const QString &id);
QString complaintEventKindId(ComplaintEventKind kind);
std::optional<ComplaintEventKind> complaintEventKindFromId(const QString &id);

// Translated names for people.
QString complaintChannelLabel(ComplaintChannel channel);
QString complaintCategoryLabel(ComplaintCategory category);
QString severityLabel(ComplaintSeverity severity);
QString slaClassLabel(SlaClass slaClass);
QString needsPriorityLabel(NeedsPriority priority);
QString complaintStateLabel(ComplaintState state);
/** The verb on a button that moves a complaint into @p state: "Acknowledge", "Start investigation", … */
QString complaintTransitionLabel(ComplaintState state);
QString complaintEventKindLabel(ComplaintEventKind kind);

/** All values in display order. */
const QList<ComplaintChannel> &allComplaintChannels();
const QList<ComplaintCategory> &allComplaintCategories();
const QList<ComplaintSeverity> &allSeverities();
const QList<SlaClass> &allSlaClasses();
const QList<NeedsPriority> &allNeedsPriorities();
const QList<ComplaintState> &allComplaintStates();

} // namespace caredesk::core
