// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/Complaint.h"

#include "core/common/Tr.h"

namespace caredesk::core {

namespace {

template <typename T, typename IdOf> std::optional<T> fromId(const QList<T> &all, IdOf idOf, const QString &id)
{
    for (T value : all) {
        if (idOf(value) == id) {
            return value;
        }
    }
    return std::nullopt;
}

const QList<ComplaintEventKind> &allEventKinds()
{
    static const QList<ComplaintEventKind> kinds{ComplaintEventKind::Received,    ComplaintEventKind::Transition,
                                                 ComplaintEventKind::Reopen,      ComplaintEventKind::Pause,
                                                 ComplaintEventKind::Resume,      ComplaintEventKind::Assign,
                                                 ComplaintEventKind::Note,        ComplaintEventKind::Investigation,
                                                 ComplaintEventKind::AdrDrug,     ComplaintEventKind::AdrManufacturer,
                                                 ComplaintEventKind::AdrRegulator};
    return kinds;
}

} // namespace

ComplaintSeverity defaultSeverity(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::MedicationError: return ComplaintSeverity::High;
    case ComplaintCategory::AdverseDrugReaction:
    case ComplaintCategory::ProductUse: return ComplaintSeverity::Medium;
    case ComplaintCategory::ServiceProcess:
    case ComplaintCategory::Attitude:
    case ComplaintCategory::Billing:
    case ComplaintCategory::Environment:
    case ComplaintCategory::Other: return ComplaintSeverity::Low;
    }
    return ComplaintSeverity::Low;
}

SlaClass defaultSlaClass(ComplaintSeverity severity)
{
    return severity == ComplaintSeverity::High ? SlaClass::Urgent : SlaClass::General;
}

std::optional<ComplaintState> nextState(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received: return ComplaintState::Acknowledged;
    case ComplaintState::Acknowledged: return ComplaintState::Investigating;
    case ComplaintState::Investigating: return ComplaintState::Resolved;
    case ComplaintState::Resolved: return ComplaintState::OutcomeTold;
    case ComplaintState::OutcomeTold: return ComplaintState::Closed;
    case ComplaintState::Closed: return std::nullopt;
    }
    return std::nullopt;
}

const QList<ComplaintChannel> &allComplaintChannels()
{
    static const QList<ComplaintChannel> all{ComplaintChannel::InPerson, ComplaintChannel::Phone,
                                             ComplaintChannel::Online,   ComplaintChannel::Letter,
                                             ComplaintChannel::Survey,   ComplaintChannel::Other};
    return all;
}

const QList<ComplaintCategory> &allComplaintCategories()
{
    static const QList<ComplaintCategory> all{
        ComplaintCategory::MedicationError, ComplaintCategory::AdverseDrugReaction,
        ComplaintCategory::ProductUse,      ComplaintCategory::ServiceProcess,
        ComplaintCategory::Attitude,        ComplaintCategory::Billing,
        ComplaintCategory::Environment,     ComplaintCategory::Other};
    return all;
}

const QList<ComplaintSeverity> &allSeverities()
{
    static const QList<ComplaintSeverity> all{ComplaintSeverity::High, ComplaintSeverity::Medium,
                                              ComplaintSeverity::Low};
    return all;
}

const QList<SlaClass> &allSlaClasses()
{
    static const QList<SlaClass> all{SlaClass::Urgent, SlaClass::General, SlaClass::Complex};
    return all;
}

const QList<NeedsPriority> &allNeedsPriorities()
{
    static const QList<NeedsPriority> all{NeedsPriority::Urgent, NeedsPriority::Important, NeedsPriority::General};
    return all;
}

const QList<ComplaintState> &allComplaintStates()
{
    static const QList<ComplaintState> all{ComplaintState::Received,      ComplaintState::Acknowledged,
                                           ComplaintState::Investigating, ComplaintState::Resolved,
                                           ComplaintState::OutcomeTold,   ComplaintState::Closed};
    return all;
}

QString complaintChannelId(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::InPerson: return QStringLiteral("in_person");
    case ComplaintChannel::Phone: return QStringLiteral("phone");
    case ComplaintChannel::Online: return QStringLiteral("online");
    case ComplaintChannel::Letter: return QStringLiteral("letter");
    case ComplaintChannel::Survey: return QStringLiteral("survey");
    case ComplaintChannel::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ComplaintChannel> complaintChannelFromId(const QString &id)
{
    return fromId(allComplaintChannels(), complaintChannelId, id);
}

QString complaintCategoryId(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::MedicationError: return QStringLiteral("medication_error");
    case ComplaintCategory::AdverseDrugReaction: return QStringLiteral("adverse_drug_reaction");
    case ComplaintCategory::ProductUse: return QStringLiteral("product_use");
    case ComplaintCategory::ServiceProcess: return QStringLiteral("service_process");
    case ComplaintCategory::Attitude: return QStringLiteral("attitude");
    case ComplaintCategory::Billing: return QStringLiteral("billing");
    case ComplaintCategory::Environment: return QStringLiteral("environment");
    case ComplaintCategory::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ComplaintCategory> complaintCategoryFromId(const QString &id)
{
    return fromId(allComplaintCategories(), complaintCategoryId, id);
}

QString severityId(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::High: return QStringLiteral("high");
    case ComplaintSeverity::Medium: return QStringLiteral("medium");
    case ComplaintSeverity::Low: return QStringLiteral("low");
    }
    return QStringLiteral("low");
}

std::optional<ComplaintSeverity> severityFromId(const QString &id)
{
    return fromId(allSeverities(), severityId, id);
}

QString slaClassId(SlaClass slaClass)
{
    switch (slaClass) {
    case SlaClass::Urgent: return QStringLiteral("urgent");
    case SlaClass::General: return QStringLiteral("general");
    case SlaClass::Complex: return QStringLiteral("complex");
    }
    return QStringLiteral("general");
}

std::optional<SlaClass> slaClassFromId(const QString &id)
{
    return fromId(allSlaClasses(), slaClassId, id);
}

QString needsPriorityId(NeedsPriority priority)
{
    switch (priority) {
    case NeedsPriority::Urgent: return QStringLiteral("urgent");
    case NeedsPriority::Important: return QStringLiteral("important");
    case NeedsPriority::General: return QStringLiteral("general");
    }
    return QStringLiteral("general");
}

std::optional<NeedsPriority> needsPriorityFromId(const QString &id)
{
    return fromId(allNeedsPriorities(), needsPriorityId, id);
}

QString complaintStateId(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received: return QStringLiteral("received");
    case ComplaintState::Acknowledged: return QStringLiteral("acknowledged");
    case ComplaintState::Investigating: return QStringLiteral("investigating");
    case ComplaintState::Resolved: return QStringLiteral("resolved");
    case ComplaintState::OutcomeTold: return QStringLiteral("outcome_told");
    case ComplaintState::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("received");
}

std::optional<ComplaintState> complaintStateFromId(const QString &id)
{
    return fromId(allComplaintStates(), complaintStateId, id);
}

QString complaintEventKindId(ComplaintEventKind kind)
{
    switch (kind) {
    case ComplaintEventKind::Received: return QStringLiteral("received");
    case ComplaintEventKind::Transition: return QStringLiteral("transition");
    case ComplaintEventKind::Reopen: return QStringLiteral("reopen");
    case ComplaintEventKind::Pause: return QStringLiteral("pause");
    case ComplaintEventKind::Resume: return QStringLiteral("resume");
    case ComplaintEventKind::Assign: return QStringLiteral("assign");
    case ComplaintEventKind::Note: return QStringLiteral("note");
    case ComplaintEventKind::Investigation: return QStringLiteral("investigation");
    case ComplaintEventKind::AdrDrug: return QStringLiteral("adr_drug");
    case ComplaintEventKind::AdrManufacturer: return QStringLiteral("adr_manufacturer");
    case ComplaintEventKind::AdrRegulator: return QStringLiteral("adr_regulator");
    }
    return QStringLiteral("note");
}

std::optional<ComplaintEventKind> complaintEventKindFromId(const QString &id)
{
    return fromId(allEventKinds(), complaintEventKindId, id);
}

QString complaintChannelLabel(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::InPerson: return ComplaintsTr::tr("In person");
    case ComplaintChannel::Phone: return ComplaintsTr::tr("Phone");
    case ComplaintChannel::Online: return ComplaintsTr::tr("WeChat / online");
    case ComplaintChannel::Letter: return ComplaintsTr::tr("Letter or form");
    case ComplaintChannel::Survey: return ComplaintsTr::tr("Satisfaction survey");
    case ComplaintChannel::Other: return ComplaintsTr::tr("Other");
    }
    return {};
}

QString complaintCategoryLabel(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::MedicationError: return ComplaintsTr::tr("Medication error");
    case ComplaintCategory::AdverseDrugReaction: return ComplaintsTr::tr("Adverse drug reaction");
    case ComplaintCategory::ProductUse: return ComplaintsTr::tr("Product use (storage, expiry, packaging)");
    case ComplaintCategory::ServiceProcess: return ComplaintsTr::tr("Service process (delay, procedure, delivery)");
    case ComplaintCategory::Attitude: return ComplaintsTr::tr("Staff attitude");
    case ComplaintCategory::Billing: return ComplaintsTr::tr("Billing");
    case ComplaintCategory::Environment: return ComplaintsTr::tr("Environment");
    case ComplaintCategory::Other: return ComplaintsTr::tr("Other");
    }
    return {};
}

QString severityLabel(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::High: return ComplaintsTr::tr("High");
    case ComplaintSeverity::Medium: return ComplaintsTr::tr("Medium");
    case ComplaintSeverity::Low: return ComplaintsTr::tr("Low");
    }
    return {};
}

QString slaClassLabel(SlaClass slaClass)
{
    switch (slaClass) {
    case SlaClass::Urgent: return ComplaintsTr::tr("Urgent");
    case SlaClass::General: return ComplaintsTr::tr("General");
    case SlaClass::Complex: return ComplaintsTr::tr("Complex");
    }
    return {};
}

QString needsPriorityLabel(NeedsPriority priority)
{
    switch (priority) {
    case NeedsPriority::Urgent: return ComplaintsTr::tr("Urgent (safety, acute)");
    case NeedsPriority::Important: return ComplaintsTr::tr("Important (chronic care, rehabilitation)");
    case NeedsPriority::General: return ComplaintsTr::tr("General (consultation, check-up)");
    }
    return {};
}

QString complaintStateLabel(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received: return ComplaintsTr::tr("Received");
    case ComplaintState::Acknowledged: return ComplaintsTr::tr("Acknowledged");
    case ComplaintState::Investigating: return ComplaintsTr::tr("Investigating");
    case ComplaintState::Resolved: return ComplaintsTr::tr("Resolved");
    case ComplaintState::OutcomeTold: return ComplaintsTr::tr("Outcome told");
    case ComplaintState::Closed: return ComplaintsTr::tr("Closed");
    }
    return {};
}

QString complaintTransitionLabel(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received: return ComplaintsTr::tr("Receive");
    case ComplaintState::Acknowledged: return ComplaintsTr::tr("Acknowledge");
    case ComplaintState::Investigating: return ComplaintsTr::tr("Start investigation");
    case ComplaintState::Resolved: return ComplaintsTr::tr("Resolve");
    case ComplaintState::OutcomeTold: return ComplaintsTr::tr("Record outcome call");
    case ComplaintState::Closed: return ComplaintsTr::tr("Close");
    }
    return {};
}

QString complaintEventKindLabel(ComplaintEventKind kind)
{
    switch (kind) {
    case ComplaintEventKind::Received: return ComplaintsTr::tr("Complaint received");
    case ComplaintEventKind::Transition: return ComplaintsTr::tr("State changed");
    case ComplaintEventKind::Reopen: return ComplaintsTr::tr("Reopened");
    case ComplaintEventKind::Pause: return ComplaintsTr::tr("Waiting on the customer");
    case ComplaintEventKind::Resume: return ComplaintsTr::tr("Customer answered, clock running again");
    case ComplaintEventKind::Assign: return ComplaintsTr::tr("Owner changed");
    case ComplaintEventKind::Note: return ComplaintsTr::tr("Note");
    case ComplaintEventKind::Investigation: return ComplaintsTr::tr("Investigation updated");
    case ComplaintEventKind::AdrDrug: return ComplaintsTr::tr("Suspected drug recorded");
    case ComplaintEventKind::AdrManufacturer: return ComplaintsTr::tr("Reported to the manufacturer");
    case ComplaintEventKind::AdrRegulator: return ComplaintsTr::tr("Reported to the regulator");
    }
    return {};
}

} // namespace caredesk::core
