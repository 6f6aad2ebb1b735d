// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/Campaign.h"

#include "core/common/Tr.h"

#include <array>
#include <utility>

namespace caredesk::core {

namespace {

template <typename E, std::size_t N> QString idOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, id] : table) {
        if (e == value) {
            return QString::fromLatin1(id);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, const char *>, N> &table, const QString &id)
{
    for (const auto &[e, text] : table) {
        if (id == QLatin1String(text)) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CampaignKind, const char *>, 6> kinds{
    {{CampaignKind::Marketing, "marketing"},
     {CampaignKind::HealthLecture, "health_lecture"},
     {CampaignKind::FreeCheckup, "free_checkup"},
     {CampaignKind::PatientAssociation, "patient_association"},
     {CampaignKind::Reminder, "reminder"},
     {CampaignKind::WinBack, "win_back"}}};
constexpr std::array<std::pair<CampaignChannel, const char *>, 6> channels{{{CampaignChannel::Sms, "sms"},
                                                                            {CampaignChannel::Phone, "phone"},
                                                                            {CampaignChannel::Email, "email"},
                                                                            {CampaignChannel::WeChat, "wechat"},
                                                                            {CampaignChannel::Mail, "mail"},
                                                                            {CampaignChannel::Event, "event"}}};
constexpr std::array<std::pair<CampaignStatus, const char *>, 3> statuses{
    {{CampaignStatus::Draft, "draft"}, {CampaignStatus::Running, "running"}, {CampaignStatus::Finished, "finished"}}};
constexpr std::array<std::pair<CampaignGroup, const char *>, 2> groups{
    {{CampaignGroup::Target, "target"}, {CampaignGroup::Holdout, "holdout"}}};
constexpr std::array<std::pair<ExclusionReason, const char *>, 4> reasons{
    {{ExclusionReason::Merged, "merged"},
     {ExclusionReason::NoConsent, "no_consent"},
     {ExclusionReason::ConsentWithdrawn, "consent_withdrawn"},
     {ExclusionReason::NoContact, "no_contact"}}};

} // namespace

void Campaign::setChannel(CampaignChannel value)
{
    channel = value;
    if (const auto contact = contactChannelFor(value)) {
        inviteChannel = *contact;
    }
}

bool Campaign::isEvent() const
{
    return channel == CampaignChannel::Event || kind == CampaignKind::HealthLecture ||
           kind == CampaignKind::FreeCheckup || kind == CampaignKind::PatientAssociation;
}

QString campaignKindId(CampaignKind kind)
{
    return idOf(kinds, kind);
}
std::optional<CampaignKind> campaignKindFromId(const QString &id)
{
    return fromId(kinds, id);
}
QString campaignChannelId(CampaignChannel channel)
{
    return idOf(channels, channel);
}
std::optional<CampaignChannel> campaignChannelFromId(const QString &id)
{
    return fromId(channels, id);
}
QString campaignStatusId(CampaignStatus status)
{
    return idOf(statuses, status);
}
std::optional<CampaignStatus> campaignStatusFromId(const QString &id)
{
    return fromId(statuses, id);
}
QString campaignGroupId(CampaignGroup group)
{
    return idOf(groups, group);
}
std::optional<CampaignGroup> campaignGroupFromId(const QString &id)
{
    return fromId(groups, id);
}
QString exclusionReasonId(ExclusionReason reason)
{
    return idOf(reasons, reason);
}
std::optional<ExclusionReason> exclusionReasonFromId(const QString &id)
{
    return fromId(reasons, id);
}

std::optional<ContactChannel> contactChannelFor(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::Sms: return ContactChannel::Sms;
    case CampaignChannel::Phone: return ContactChannel::Phone;
    case CampaignChannel::Email: return ContactChannel::Email;
    case CampaignChannel::WeChat: return ContactChannel::WeChat;
    case CampaignChannel::Mail: return ContactChannel::Mail;
    case CampaignChannel::Event: break;
    }
    return std::nullopt;
}

QString campaignKindLabel(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Marketing: return CampaignsTr::tr("Marketing");
    case CampaignKind::HealthLecture: return CampaignsTr::tr("Health lecture");
    case CampaignKind::FreeCheckup: return CampaignsTr::tr("Free check-up");
    case CampaignKind::PatientAssociation: return CampaignsTr::tr("Patient association meeting");
    case CampaignKind::Reminder: return CampaignsTr::tr("Reminder");
    case CampaignKind::WinBack: return CampaignsTr::tr("Win-back");
    }
    return {};
}

QString campaignChannelLabel(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::Sms: return CampaignsTr::tr("SMS");
    case CampaignChannel::Phone: return CampaignsTr::tr("Phone");
    case CampaignChannel::Email: return CampaignsTr::tr("Email");
    case CampaignChannel::WeChat: return CampaignsTr::tr("WeChat");
    case CampaignChannel::Mail: return CampaignsTr::tr("Post");
    case CampaignChannel::Event: return CampaignsTr::tr("Event (face to face)");
    }
    return {};
}

QString campaignStatusLabel(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft: return CampaignsTr::tr("Draft");
    case CampaignStatus::Running: return CampaignsTr::tr("Running");
    case CampaignStatus::Finished: return CampaignsTr::tr("Finished");
    }
    return {};
}

QString campaignGroupLabel(CampaignGroup group)
{
    return group == CampaignGroup::Holdout ? CampaignsTr::tr("Holdout") : CampaignsTr::tr("Target");
}

QString exclusionReasonLabel(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::Merged: return CampaignsTr::tr("Merged into another customer");
    case ExclusionReason::NoConsent: return CampaignsTr::tr("No consent for this channel and purpose");
    case ExclusionReason::ConsentWithdrawn: return CampaignsTr::tr("Consent withdrawn");
    case ExclusionReason::NoContact: return CampaignsTr::tr("No contact details for the channel");
    }
    return {};
}

const QList<CampaignKind> &allCampaignKinds()
{
    static const QList<CampaignKind> all{CampaignKind::Marketing,   CampaignKind::HealthLecture,
                                         CampaignKind::FreeCheckup, CampaignKind::PatientAssociation,
                                         CampaignKind::Reminder,    CampaignKind::WinBack};
    return all;
}

const QList<CampaignChannel> &allCampaignChannels()
{
    static const QList<CampaignChannel> all{CampaignChannel::Sms,    CampaignChannel::Phone, CampaignChannel::Email,
                                            CampaignChannel::WeChat, CampaignChannel::Mail,  CampaignChannel::Event};
    return all;
}

const QList<ExclusionReason> &allExclusionReasons()
{
    static const QList<ExclusionReason> all{ExclusionReason::Merged, ExclusionReason::NoConsent,
                                            ExclusionReason::ConsentWithdrawn, ExclusionReason::NoContact};
    return all;
}

} // namespace caredesk::core
