// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/customers/Customer.h"
#include "core/followups/FollowUpTask.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace caredesk::core {

/**
 * Consent for follow-up calls (PIPL: contact only for the purpose the person agreed to). A follow-up is a call by
 * phone, so the phone channel's consent history decides, for the purpose of the call's kind:
 * - a win-back call is marketing: only with marketing consent by phone given and not withdrawn (opt-in);
 * - a survey call needs the survey purpose not withdrawn;
 * - care calls (after a visit, medication adherence, complaint closure, refill reminder) are service: allowed unless
 *   the customer withdrew service calls by phone.
 * The latest event per purpose wins (time, then id), as in the consent history.
 */
class FollowUpConsent final {
public:
    explicit FollowUpConsent(QSqlDatabase db);

    /** "marketing", "survey" or "service" for calls of @p kind. */
    [[nodiscard]] static QString purposeOf(FollowUpKind kind);
    /** Whether customer @p customerId may be called for @p kind. */
    [[nodiscard]] Result<bool> allows(CustomerId customerId, FollowUpKind kind);
    /** The translated refusal for a call of @p kind: what is missing and what to do. */
    [[nodiscard]] static QString refusal(FollowUpKind kind);

private:
    QSqlQuery m_latest;
    bool m_prepared = false;
};

} // namespace caredesk::core
