// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpRule.h"

#include "core/common/Tr.h"

#include <QStringList>

namespace caredesk::core {

QString followUpTriggerId(FollowUpTrigger trigger)
{
    switch (trigger) {
    case FollowUpTrigger::AfterVisit: return QStringLiteral("after_visit");
    case FollowUpTrigger::Detractor: return QStringLiteral("detractor");
    case FollowUpTrigger::ComplaintResolved: return QStringLiteral("complaint_resolved");
    case FollowUpTrigger::Dormant: return QStringLiteral("dormant");
    case FollowUpTrigger::Refill: return QStringLiteral("refill");
    }
    return {};
}

std::optional<FollowUpTrigger> followUpTriggerFromId(const QString &id)
{
    for (FollowUpTrigger t : {FollowUpTrigger::AfterVisit, FollowUpTrigger::Detractor,
                              FollowUpTrigger::ComplaintResolved, FollowUpTrigger::Dormant, FollowUpTrigger::Refill}) {
        if (followUpTriggerId(t) == id) {
            return t;
        }
    }
    return std::nullopt;
}

QString followUpAssigneeRuleId(FollowUpAssigneeRule rule)
{
    switch (rule) {
    case FollowUpAssigneeRule::Fixed: return QStringLiteral("fixed");
    case FollowUpAssigneeRule::ComplaintOwner: return QStringLiteral("complaint_owner");
    case FollowUpAssigneeRule::VisitRecorder: return QStringLiteral("visit_recorder");
    }
    return {};
}

std::optional<FollowUpAssigneeRule> followUpAssigneeRuleFromId(const QString &id)
{
    for (FollowUpAssigneeRule r :
         {FollowUpAssigneeRule::Fixed, FollowUpAssigneeRule::ComplaintOwner, FollowUpAssigneeRule::VisitRecorder}) {
        if (followUpAssigneeRuleId(r) == id) {
            return r;
        }
    }
    return std::nullopt;
}

QString followUpTriggerLabel(FollowUpTrigger trigger)
{
    switch (trigger) {
    case FollowUpTrigger::AfterVisit: return FollowUpsTr::tr("Call after a visit");
    case FollowUpTrigger::Detractor: return FollowUpsTr::tr("Unhappy survey answer");
    case FollowUpTrigger::ComplaintResolved: return FollowUpsTr::tr("Complaint resolved");
    case FollowUpTrigger::Dormant: return FollowUpsTr::tr("Customer turned dormant");
    case FollowUpTrigger::Refill: return FollowUpsTr::tr("Medication about to run out");
    }
    return {};
}

QString followUpAssigneeRuleLabel(FollowUpAssigneeRule rule)
{
    switch (rule) {
    case FollowUpAssigneeRule::Fixed: return FollowUpsTr::tr("A fixed staff account");
    case FollowUpAssigneeRule::ComplaintOwner: return FollowUpsTr::tr("The complaint's owner");
    case FollowUpAssigneeRule::VisitRecorder: return FollowUpsTr::tr("Whoever recorded the visit");
    }
    return {};
}

QString followUpRuleDisplayName(const FollowUpRule &rule)
{
    return rule.name.isEmpty() ? followUpTriggerLabel(rule.trigger) : rule.name;
}

QString followUpRuleSummary(const FollowUpRule &rule)
{
    switch (rule.trigger) {
    case FollowUpTrigger::AfterVisit: {
        QStringList kinds;
        for (VisitKind kind : rule.visitKinds) {
            kinds << visitKindLabel(kind);
        }
        return FollowUpsTr::tr("%n day(s) after a visit: %1", nullptr, rule.days)
            .arg(kinds.isEmpty() ? FollowUpsTr::tr("no kind chosen") : kinds.join(QStringLiteral(", ")));
    }
    case FollowUpTrigger::Detractor:
        return FollowUpsTr::tr("NPS 0–6 or CSAT 1–2 opens a complaint, call within %n day(s)", nullptr, rule.days);
    case FollowUpTrigger::ComplaintResolved:
        return FollowUpsTr::tr("Verification call %n day(s) after a complaint is resolved", nullptr, rule.days);
    case FollowUpTrigger::Dormant:
        return FollowUpsTr::tr("Win-back call %n day(s) after a customer turns dormant", nullptr, rule.days);
    case FollowUpTrigger::Refill:
        return FollowUpsTr::tr("Reminder %n day(s) before a purchase's supply runs out", nullptr, rule.days);
    }
    return {};
}

} // namespace caredesk::core
