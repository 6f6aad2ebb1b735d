// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditChanges.h"
#include "core/customers/Customer.h"

namespace caredesk::core::CustomerAudit {

/**
 * The audit changes between two versions of a customer: categories, tags, kind, sex, source, channel, lifecycle,
 * chronic medication, organisation, referrer and birth date with before/after; name, phones, e-mail, address,
 * region, ID number, member number and notes only as "changed".
 */
AuditChanges changes(const Customer &before, const Customer &after);
/** The same for a new customer: non-identifying fields with their values, identifying ones as "set". */
AuditChanges created(const Customer &customer);

} // namespace caredesk::core::CustomerAudit
