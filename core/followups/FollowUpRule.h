// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/FollowUpTask.h"
#include "core/visits/Visit.h"

#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

using FollowUpRuleId = qint64;

/** What makes a rule create a task. */
enum class FollowUpTrigger {
    AfterVisit,        ///< a visit of one of the rule's kinds: a call `days` days later
    Detractor,         ///< a survey with NPS ≤ 6 or CSAT ≤ 2: a complaint is opened and a call due `days` later
    ComplaintResolved, ///< a complaint reached resolved (or later): a verification call `days` later
    Dormant,           ///< a customer turned dormant: a win-back call `days` after it, once per dormancy spell
    Refill,            ///< a purchase with days of supply: a reminder `days` before the supply runs out
};

/** Who gets the tasks a rule creates. */
enum class FollowUpAssigneeRule {
    Fixed,          ///< the rule's assignee account
    ComplaintOwner, ///< the complaint's owner when that is a staff account, else the rule's assignee
    VisitRecorder,  ///< whoever recorded the visit when that is a staff account, else the rule's assignee
};

/** One editable rule of the follow-up engine. */
struct FollowUpRule {
    FollowUpRuleId id = 0;
    FollowUpTrigger trigger = FollowUpTrigger::AfterVisit;
    bool enabled = true;
    FollowUpKind taskKind = FollowUpKind::PostVisitCall;
    QList<VisitKind> visitKinds; ///< AfterVisit only
    int days = 0;                ///< after N days; for Refill the lead days before the supply runs out
    FollowUpAssigneeRule assigneeRule = FollowUpAssigneeRule::Fixed;
    QString assignee; ///< fixed account or fallback; empty: the service desk default
    QString script;
    int priority = 0;
    QString name; ///< empty: the translated default name of the trigger
};

QString followUpTriggerId(FollowUpTrigger trigger);
std::optional<FollowUpTrigger> followUpTriggerFromId(const QString &id);
QString followUpAssigneeRuleId(FollowUpAssigneeRule rule);
std::optional<FollowUpAssigneeRule> followUpAssigneeRuleFromId(const QString &id);
/** Translated names for people. */
QString followUpTriggerLabel(FollowUpTrigger trigger);
QString followUpAssigneeRuleLabel(FollowUpAssigneeRule rule);
/** The rule's name, or the translated default for its trigger when it has none. */
QString followUpRuleDisplayName(const FollowUpRule &rule);
/** One line saying what the rule does, translated ("3 days after a Consultation or Examination"). */
QString followUpRuleSummary(const FollowUpRule &rule);

} // namespace caredesk::core
