// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/FollowUpConsent.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QSqlError>

namespace caredesk::core {

FollowUpConsent::FollowUpConsent(QSqlDatabase db) : m_latest(db)
{
    m_prepared = m_latest.prepare(
        QStringLiteral("SELECT granted FROM consent_event WHERE customer_id = ? AND channel = ? AND purpose = ? "
                       "ORDER BY at DESC, id DESC LIMIT 1"));
}

QString FollowUpConsent::purposeOf(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::WinBack: return QStringLiteral("marketing");
    case FollowUpKind::Survey: return QStringLiteral("survey");
    case FollowUpKind::PostVisitCall:
    case FollowUpKind::MedicationAdherence:
    case FollowUpKind::ComplaintClosure:
    case FollowUpKind::RefillReminder: return QStringLiteral("service");
    }
    return QStringLiteral("service");
}

Result<bool> FollowUpConsent::allows(CustomerId customerId, FollowUpKind kind)
{
    const QString purpose = purposeOf(kind);
    if (!m_prepared) {
        return databaseError(m_latest.lastError(), FollowUpsTr::tr("The consent history could not be read."));
    }
    m_latest.addBindValue(customerId);
    m_latest.addBindValue(channelId(ContactChannel::Phone));
    m_latest.addBindValue(purpose);
    if (!m_latest.exec()) {
        return databaseError(m_latest.lastError(), FollowUpsTr::tr("The consent history could not be read."));
    }
    const bool known = m_latest.next();
    const bool granted = known && m_latest.value(0).toInt() != 0;
    m_latest.finish();
    if (purpose == QLatin1String("marketing")) {
        return granted; // opt-in
    }
    return !known || granted; // opt-out: only a withdrawal stops it
}

QString FollowUpConsent::refusal(FollowUpKind kind)
{
    if (kind == FollowUpKind::WinBack) {
        return FollowUpsTr::tr("This customer has not agreed to marketing calls by phone, so no win-back call can be "
                               "planned. If the customer agrees, record the consent on the profile first.");
    }
    if (kind == FollowUpKind::Survey) {
        return FollowUpsTr::tr("This customer withdrew consent to survey calls by phone, so no survey call can be "
                               "planned.");
    }
    return FollowUpsTr::tr("This customer withdrew consent to service calls by phone, so no call can be planned. "
                           "Record a new consent on the profile if the customer agrees again.");
}

} // namespace caredesk::core
