// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/followups/FollowUpRule.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace caredesk::core {

class Database;

/**
 * The follow-up rules stored in the database (seeded by the migration with sensible defaults for a clinic and a
 * pharmacy). Anyone signed in may read them; changing them needs a ServiceOfficer, Manager or Administrator.
 */
class FollowUpRules final {
public:
    explicit FollowUpRules(Database &database, const Clock &clock = Clock::system());
    FollowUpRules(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Every rule, by id. */
    [[nodiscard]] Result<QList<FollowUpRule>> rules() const;
    [[nodiscard]] Result<FollowUpRule> rule(FollowUpRuleId id) const;
    /**
     * Saves @p rule's settings (enabled, days, visit kinds, assignee rule and account, script, priority, name); its
     * trigger cannot change. Turning a rule on starts it afresh: its first run looks only at recent events, so
     * nothing long past floods the queues. PermissionDenied unless a supervisor; Validation for days out of
     * 0–366, an AfterVisit rule without visit kinds or an assignee that is not an enabled staff account (an
     * empty assignee means the service desk default: the first service officer, else manager, else administrator).
     */
    [[nodiscard]] Result<FollowUpRule> update(const FollowUpRule &rule);

private:
    [[nodiscard]] QSqlDatabase connection() const;

    QString m_connectionName;
    QString m_userName;
    std::optional<Role> m_role;
    const Clock &m_clock;
};

} // namespace caredesk::core
