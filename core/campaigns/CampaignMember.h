// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/Campaign.h"

#include <QDateTime>
#include <QString>

namespace caredesk::core {

/** One member of a campaign's audience as the members list shows it. */
struct CampaignMember {
    qint64 id = 0; ///< campaign_member row; the keyset of memberPage()
    CampaignId campaignId = 0;
    CustomerId customerId = 0;
    QString name;
    QString memberNumber;
    CampaignGroup group = CampaignGroup::Target;
    QDateTime contactedAt; ///< UTC; invalid when not contacted
    QDateTime respondedAt;
    QString response;
    QDateTime attendedAt;
    bool converted = false; ///< a visit inside the conversion window (CampaignEvaluation)
};

/** What to record about one member (CampaignRepository::recordParticipation); invalid times change nothing. */
struct Participation {
    CustomerId customerId = 0;
    QDateTime contactedAt;
    QDateTime respondedAt;
    QString response; ///< kept only with respondedAt
    QDateTime attendedAt;
};

} // namespace caredesk::core
