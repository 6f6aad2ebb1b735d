// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace caredesk::core {

// Translation contexts for code that is not a QObject, one per core module.
struct StorageTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::StorageTr)
};
struct AuthTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::AuthTr)
};
struct CustomersTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::CustomersTr)
};
struct CommonTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::CommonTr)
};
struct VisitsTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::VisitsTr)
};
struct FeedbackTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::FeedbackTr)
};
struct LoyaltyTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::LoyaltyTr)
};
struct TimelineTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::TimelineTr)
};

struct AuditTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::AuditTr)
};
struct ComplaintsTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::ComplaintsTr)
};
struct FollowUpsTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::FollowUpsTr)
};
struct CampaignsTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::CampaignsTr)
};
struct AnalyticsTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::AnalyticsTr)
};
struct PrivacyTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::core::PrivacyTr)
};
} // namespace caredesk::core
