// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

using CampaignId = qint64;
using SegmentId = qint64;

/** What a campaign is for (DOMAIN.md, Campaigns and community). */
enum class CampaignKind { Marketing, HealthLecture, FreeCheckup, PatientAssociation, Reminder, WinBack };

/**
 * How the campaign reaches people. Event stands for face-to-face community activities (lectures, check-ups,
 * association meetings); people are still invited through a contact channel (Campaign::inviteChannel).
 */
enum class CampaignChannel { Sms, Phone, Email, WeChat, Mail, Event };

/** Draft (audience may be rebuilt) → running (audience frozen, participation recorded) → finished. */
enum class CampaignStatus { Draft, Running, Finished };

/** Which group of the audience a member is in; holdout members are deliberately not contacted. */
enum class CampaignGroup { Target, Holdout };

/** Why a customer the segment matched is not in the audience. */
enum class ExclusionReason { Merged, NoConsent, ConsentWithdrawn, NoContact };

/**
 * A marketing campaign or community activity: goal, period, channel, consent purpose, cost, how conversions are
 * counted (a visit within conversionDays of the start) and how big a holdout group is kept back.
 */
struct Campaign {
    CampaignId id = 0; ///< 0 until saved
    QString name;
    CampaignKind kind = CampaignKind::Marketing;
    QString goal;
    QDate startDate; ///< local business day
    QDate endDate;   ///< inclusive
    CampaignChannel channel = CampaignChannel::Sms;
    /**
     * The consent channel people are invited through. For every channel but Event it is the channel itself
     * (setChannel() keeps them in step); for events it is chosen (SMS invitations by default).
     */
    ContactChannel inviteChannel = ContactChannel::Sms;
    QString purpose = QStringLiteral("marketing"); ///< consent purpose: "marketing", "service" (reminders), "survey"
    qint64 costCents = 0;
    int conversionDays = 30; ///< a visit within this many days of the start counts as a conversion
    int holdoutPercent = 0;  ///< 0 = no holdout group; at most 50
    CampaignStatus status = CampaignStatus::Draft;
    std::optional<SegmentId> segmentId;
    QDateTime audienceBuiltAt; ///< UTC; invalid until the audience was built
    QDateTime startedAt;       ///< UTC
    QDateTime finishedAt;      ///< UTC
    QString createdBy;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC

    /** Sets the channel and, for channels other than Event, the invite channel to match. */
    void setChannel(CampaignChannel value);
    /** The consent channel that decides who may be contacted: inviteChannel (== channel unless an event). */
    [[nodiscard]] ContactChannel consentChannel() const { return inviteChannel; }
    /** True for community activities where attendance is counted (lectures, check-ups, association meetings, or
     * any campaign run as an event). */
    [[nodiscard]] bool isEvent() const;
};

// Stable ids stored in the database.
QString campaignKindId(CampaignKind kind);
std::optional<CampaignKind> campaignKindFromId(const QString &id);
QString campaignChannelId(CampaignChannel channel);
std::optional<CampaignChannel> campaignChannelFromId(const QString &id);
QString campaignStatusId(CampaignStatus status);
std::optional<CampaignStatus> campaignStatusFromId(const QString &id);
QString campaignGroupId(CampaignGroup group);
std::optional<CampaignGroup> campaignGroupFromId(const QString &id);
QString exclusionReasonId(ExclusionReason reason);
std::optional<ExclusionReason> exclusionReasonFromId(const QString &id);

/** The consent channel matching a campaign channel; nullopt for Event (invitations choose their own). */
std::optional<ContactChannel> contactChannelFor(CampaignChannel channel);

// Translated names for people (CampaignsTr).
QString campaignKindLabel(CampaignKind kind);
QString campaignChannelLabel(CampaignChannel channel);
QString campaignStatusLabel(CampaignStatus status);
QString campaignGroupLabel(CampaignGroup group);
/** "Consent withdrawn", "No contact details for the channel", … */
QString exclusionReasonLabel(ExclusionReason reason);

/** All values in display order. */
const QList<CampaignKind> &allCampaignKinds();
const QList<CampaignChannel> &allCampaignChannels();
const QList<ExclusionReason> &allExclusionReasons();

} // namespace caredesk::core
