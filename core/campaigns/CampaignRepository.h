// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/campaigns/Campaign.h"
#include "core/campaigns/CampaignEvaluation.h"
#include "core/campaigns/CampaignMember.h"
#include "core/campaigns/SegmentFilter.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace caredesk::core {

class Database;

/** Who a segment would reach on a channel for a purpose (the live count of the segment editor). */
struct SegmentPreview {
    int matched = 0;                     ///< customers the filter selects, not counting merged-away records
    int eligible = 0;                    ///< of those: current consent and usable contact details for the channel
    QMap<ExclusionReason, int> excluded; ///< why the others were left out; Merged counts merged-away records
};

/** The result of building an audience. */
struct AudienceSummary {
    int target = 0;
    int holdout = 0;
    QMap<ExclusionReason, int> excluded;
};

/** A written contact list. */
struct ContactExport {
    QString path;
    int rows = 0; ///< people in the file (the header line not counted)
};

/**
 * Campaigns and community activities (营销活动 / 社区服务): saved segments, campaigns, their audiences with a
 * reproducible holdout group, participation, evaluation and the contact-list export. All SQL for them lives here.
 *
 * Permissions (enforced here when made from a Database; the connection-name form is for the demo and CLI and
 * trusts its caller): service officers, managers and administrators create and change segments and campaigns,
 * build audiences, start and finish campaigns and export contact lists; everyone may read them and record
 * participation (reception checks people in at a lecture).
 *
 * Contact rules per channel: SMS and WeChat need a mobile number (WeChat reaches people through the number they
 * registered with), phone any number, email an email address, post an address.
 */
class CampaignRepository final {
public:
    /** Largest page memberPage() returns. */
    static constexpr int maxPageSize = 1000;

    explicit CampaignRepository(Database &database, const Clock &clock = Clock::system());
    CampaignRepository(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** True for the roles that may create and change campaigns and export their contact lists. */
    [[nodiscard]] static bool mayManage(Role role);
    /** mayManage() for the signed-in role (true for the trusted connection-name form). */
    [[nodiscard]] bool canManage() const;

    // --- Segments ---
    /** Saved segments by name. */
    [[nodiscard]] Result<QList<CampaignSegment>> segments() const;
    [[nodiscard]] Result<CampaignSegment> segment(qint64 id) const;
    /** Adds (id 0) or updates a segment. Validation for an empty name, Usage for a filter that cannot compile. */
    [[nodiscard]] Result<CampaignSegment> saveSegment(CampaignSegment segment);
    /**
     * How many customers @p filter selects and how many of them could be contacted on @p channel for @p purpose
     * today, without saving anything.
     */
    [[nodiscard]] Result<SegmentPreview> previewSegment(const SegmentFilter &filter, ContactChannel channel,
                                                        const QString &purpose) const;

    // --- Campaigns ---
    /** Every campaign, newest start first. */
    [[nodiscard]] Result<QList<Campaign>> campaigns() const;
    /** NotFound when there is none with @p id. */
    [[nodiscard]] Result<Campaign> campaign(CampaignId id) const;
    /** Checks @p campaign's fields; translated problems, empty when it can be saved. */
    [[nodiscard]] static QStringList validate(const Campaign &campaign);
    /** Saves a new campaign as a draft (created_by/at set). Validation, PermissionDenied. */
    [[nodiscard]] Result<Campaign> addCampaign(Campaign campaign);
    /**
     * Saves changes. In a draft everything may change; once running or finished only name, goal, cost and end
     * date (Conflict otherwise, because the audience and its conversions depend on the rest).
     */
    [[nodiscard]] Result<Campaign> updateCampaign(const Campaign &campaign);

    /**
     * Evaluates the campaign's segment and stores its audience: merged customers, those without current consent
     * for the campaign's consent channel and purpose (never given, or withdrawn) and those without usable contact
     * details are excluded and counted by reason; of the eligible, round(holdout % × eligible) go to the holdout
     * group, chosen by a hash seeded with the campaign id, so rebuilding over the same customers gives the same
     * split. Replaces an earlier audience. Conflict unless the campaign is a draft; Usage without a segment.
     */
    [[nodiscard]] Result<AudienceSummary> buildAudience(CampaignId id);
    /** Draft → running: freezes the audience. Conflict when not a draft or when no audience was built. */
    [[nodiscard]] Status start(CampaignId id);
    /** Running → finished. Conflict otherwise. */
    [[nodiscard]] Status finish(CampaignId id);

    // --- Members and participation ---
    /**
     * Up to @p limit members after member row @p afterId (0: from the start), in member row order, optionally of
     * one group, with name, member number and whether they converted.
     */
    [[nodiscard]] Result<QList<CampaignMember>> memberPage(CampaignId id, qint64 afterId, int limit,
                                                           std::optional<CampaignGroup> group = std::nullopt) const;
    /**
     * Records contact, response and attendance for target members of a running or finished campaign, all or
     * nothing. A response or attendance marks the member contacted too (at that time) if they were not. Times
     * already recorded are kept unless a new one is given. Conflict for a draft, for holdout members (they are kept
     * back on purpose) and for customers who are not members; Validation for a time in the future.
     */
    [[nodiscard]] Status recordParticipation(CampaignId id, const QList<Participation> &participation);
    /** recordParticipation() for one member: contacted now (or @p at). */
    [[nodiscard]] Status markContacted(CampaignId id, CustomerId customerId, const QDateTime &at = {});
    [[nodiscard]] Status markResponded(CampaignId id, CustomerId customerId, const QString &response,
                                       const QDateTime &at = {});
    [[nodiscard]] Status markAttended(CampaignId id, CustomerId customerId, const QDateTime &at = {});

    /** The counts behind CampaignEvaluation (see there for the formulas). */
    [[nodiscard]] Result<CampaignEvaluation> evaluate(CampaignId id) const;

    /**
     * Writes the contact list of a running or finished campaign to @p path for an SMS gateway or a mail merge:
     * target members who still have current consent and contact details for the channel; columns name, phone /
     * email / address (and region) by channel, member number. UTF-8 with a BOM (Excel), CRLF lines, CSV quoting,
     * and cells starting with = + - @ (or tab, CR) prefixed with ' so a spreadsheet never runs them as formulas.
     * The file is written atomically together with an audit entry ("campaign.export", "campaign:ID", rows and
     * channel): if the entry cannot be written there is no file, and if the file cannot be written there is no
     * entry. PermissionDenied for reception and pharmacists (no file, no entry).
     */
    [[nodiscard]] Result<ContactExport> exportContacts(CampaignId id, const QString &path);

private:
    struct Candidate;
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Status requireManage(const QString &what) const;
    [[nodiscard]] Result<QList<Candidate>> candidates(const SegmentFilter &filter, const QDate &today) const;
    [[nodiscard]] Result<QHash<CustomerId, bool>> latestConsent(ContactChannel channel, const QString &purpose) const;
    [[nodiscard]] Result<Campaign> writeCampaign(const Campaign &campaign, bool insert);
    [[nodiscard]] Status setStatus(CampaignId id, CampaignStatus from, CampaignStatus to);

    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
    std::optional<Role> m_role; ///< known when made from a Database
};

} // namespace caredesk::core
