// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/followups/FollowUpRule.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace caredesk::core {

class Database;

/** What one rule did in one run. */
struct FollowUpRuleRun {
    FollowUpRuleId ruleId = 0;
    FollowUpTrigger trigger = FollowUpTrigger::AfterVisit;
    int created = 0;          ///< tasks created
    int cancelled = 0;        ///< open tasks the run found no longer needed (refilled, customer came back)
    int complaintsOpened = 0; ///< Detractor: complaints opened through the hook
    int noConsent = 0;        ///< calls not planned because the customer's consent does not allow them
};

/** What a run of the engine did, rule by rule (enabled rules only). */
struct FollowUpSweep {
    QList<FollowUpRuleRun> rules;
    [[nodiscard]] int created() const;
    [[nodiscard]] int cancelled() const;
};

/**
 * The catch-up sweep that turns events into follow-up tasks by the rules in FollowUpRules. Safe to run as often
 * as one likes (each page show, each CLI call):
 *
 * - Incremental: each rule keeps a watermark in its row (the highest visit, survey response or complaint event
 *   id it has looked at; for the dormancy rule the activity cut-off it swept to), so a run reads only what is new,
 *   through indexes. Only a rule's first run after it is turned on reads by time.
 * - Never the same task twice: a UNIQUE index on (rule, source kind, source id, spell) and INSERT OR IGNORE.
 * - One transaction per run; any failure rolls the whole run back and the next run tries again.
 * - Audited: one "followup.rule_run" entry per rule that created or cancelled tasks in the run, with the counts and
 *   the created task ids (range, and the list when short), as the signed-in user or "system".
 *
 * What each trigger does:
 * - AfterVisit: each visit of the rule's kinds gets a call due `days` after the visit's local day. Several such
 *   visits of one customer on the same day get one call (the first); a visit on another day gets its own call.
 * - Detractor: a survey response with NPS ≤ 6 or CSAT ≤ 2 opens a complaint through the complaint hook (once per
 *   response; an existing complaint for the response is reused) and a call due `days` after the response, linked to
 *   the complaint. Without a hook the call is created without a complaint.
 * - ComplaintResolved: a complaint event into resolved, outcome_told or closed creates a verification call due
 *   `days` after it, once per complaint and reopening (a complaint reopened and resolved again gets another call);
 *   skipped when the complaint has been reopened since.
 * - Dormant: a customer whose last activity crossed customers.dormant_after_days since the last run gets a win-back
 *   call due `days` after the day they turned dormant, once per dormancy spell (the spell is the last activity it
 *   began with: a new visit and a new dormancy give a new call). A visit of a customer with an open win-back call
 *   cancels it. Customers who never had any activity are left out.
 * - Refill: a purchase with days of supply gets a reminder due `days` before the supply runs out (not before the
 *   purchase day); skipped when the customer made a later purchase already, and a new purchase cancels the open
 *   reminders of the customer's earlier purchases.
 *
 * First run policy (a rule just turned on, or a new database): only tasks still worth doing are created: visits of
 * the last `days` + 7 days, survey responses of the last `days` + 14 days, complaint events of the last 30 days,
 * customers who turned dormant in the last 14 days, refills due no more than 7 days ago. The same windows apply to
 * events recorded late (back-dated), so a run never floods the queues with stale calls.
 *
 * Assignee: by the rule's FollowUpAssigneeRule; when that gives no enabled staff account, the rule's assignee; when
 * that is empty or not enabled, the service desk default (first service officer by name, else manager, else
 * administrator).
 */
class FollowUpRuleEngine final {
public:
    /** Opens a complaint for a detractor survey response and returns its id (ComplaintRepository::openFromSurvey). */
    using ComplaintOpener = std::function<Result<qint64>(qint64 surveyResponseId, const QString &description)>;

    static constexpr int visitGraceDays = 7;
    static constexpr int surveyWindowDays = 14;
    static constexpr int complaintWindowDays = 30;
    static constexpr int dormantWindowDays = 14;
    static constexpr int refillGraceDays = 7;

    explicit FollowUpRuleEngine(Database &database, const Clock &clock = Clock::system());
    FollowUpRuleEngine(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Replaces how complaints are opened for detractors (ComplaintRepository::openFromSurvey unless set; tests). */
    void setComplaintOpener(ComplaintOpener opener) { m_opener = std::move(opener); }

    /** Runs every enabled rule as of @p now (UTC). Fails only on a database error or a failing complaint hook. */
    [[nodiscard]] Result<FollowUpSweep> run(const QDateTime &now);
    /** run() as of the clock's now. */
    [[nodiscard]] Result<FollowUpSweep> run() { return run(m_clock.nowUtc()); }

private:
    [[nodiscard]] QSqlDatabase connection() const;

    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
    ComplaintOpener m_opener;
};

} // namespace caredesk::core
