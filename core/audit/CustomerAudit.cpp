// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/CustomerAudit.h"

namespace caredesk::core::CustomerAudit {

AuditChanges changes(const Customer &before, const Customer &after)
{
    AuditChanges c;
    c.value(QStringLiteral("kind"), kindId(before.kind), kindId(after.kind))
        .value(QStringLiteral("sex"), sexId(before.sex), sexId(after.sex))
        .value(QStringLiteral("birth_date"), auditValue(before.birthDate), auditValue(after.birthDate))
        .value(QStringLiteral("source"), sourceId(before.source), sourceId(after.source))
        .value(QStringLiteral("preferred_channel"), channelId(before.preferredChannel),
               channelId(after.preferredChannel))
        .value(QStringLiteral("lifecycle"), lifecycleId(before.lifecycle), lifecycleId(after.lifecycle))
        .value(QStringLiteral("chronic_medication"), before.chronicMedication, after.chronicMedication)
        .value(QStringLiteral("organisation_id"), auditValue(before.organisationId), auditValue(after.organisationId))
        .value(QStringLiteral("referred_by"), auditValue(before.referredBy), auditValue(after.referredBy))
        .value(QStringLiteral("tags"), before.tags, after.tags)
        .value(QStringLiteral("categories"), before.categories, after.categories)
        .identifying(QStringLiteral("name"), before.name, after.name)
        .identifying(QStringLiteral("phone"), before.phone, after.phone)
        .identifying(QStringLiteral("phone2"), before.phone2, after.phone2)
        .identifying(QStringLiteral("email"), before.email, after.email)
        .identifying(QStringLiteral("address"), before.address, after.address)
        .identifying(QStringLiteral("region"), before.region, after.region)
        .identifying(QStringLiteral("id_number"), before.idNumber, after.idNumber)
        .identifying(QStringLiteral("member_number"), before.memberNumber, after.memberNumber)
        .identifying(QStringLiteral("notes"), before.notes, after.notes);
    return c;
}

AuditChanges created(const Customer &customer)
{
    AuditChanges c;
    c.initial(QStringLiteral("kind"), kindId(customer.kind))
        .initial(QStringLiteral("sex"), sexId(customer.sex))
        .initial(QStringLiteral("birth_date"), auditValue(customer.birthDate))
        .initial(QStringLiteral("source"), sourceId(customer.source))
        .initial(QStringLiteral("lifecycle"), lifecycleId(customer.lifecycle))
        .initial(QStringLiteral("tags"), customer.tags.isEmpty() ? QVariant() : QVariant(customer.tags))
        .initial(QStringLiteral("categories"),
                 customer.categories.isEmpty() ? QVariant() : QVariant(customer.categories))
        .initialIdentifying(QStringLiteral("name"), !customer.name.isEmpty())
        .initialIdentifying(QStringLiteral("phone"), !customer.phone.isEmpty())
        .initialIdentifying(QStringLiteral("id_number"), !customer.idNumber.isEmpty())
        .initialIdentifying(QStringLiteral("address"), !customer.address.isEmpty());
    return c;
}

} // namespace caredesk::core::CustomerAudit
