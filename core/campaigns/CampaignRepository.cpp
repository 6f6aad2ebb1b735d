// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/CampaignRepository.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/campaigns/SegmentCompiler.h"
#include "core/common/Tr.h"
#include "core/customers/CustomerRepository.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

/** One customer a segment selected, with what building an audience needs to know. */
struct CampaignRepository::Candidate {
    CustomerId id = 0;
    bool merged = false;
    QString phone;
    QString phone2;
    QString email;
    QString address;
};

namespace {

const QString campaignColumns = QStringLiteral(
    "id, name, kind, goal, start_date, end_date, channel, invite_channel, purpose, cost, conversion_days, "
    "holdout_percent, status, segment_id, audience_built_at, started_at, finished_at, created_by, created_at, "
    "updated_at");

/** How far ahead of the clock a recorded time may be (workstations' clocks differ a little). */
constexpr int allowedFutureMinutes = 5;

Campaign campaignFromRow(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = campaignKindFromId(q.value(2).toString()).value_or(CampaignKind::Marketing);
    c.goal = q.value(3).toString();
    c.startDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.channel = campaignChannelFromId(q.value(6).toString()).value_or(CampaignChannel::Sms);
    c.inviteChannel = channelFromId(q.value(7).toString());
    c.purpose = q.value(8).toString();
    c.costCents = q.value(9).toLongLong();
    c.conversionDays = q.value(10).toInt();
    c.holdoutPercent = q.value(11).toInt();
    c.status = campaignStatusFromId(q.value(12).toString()).value_or(CampaignStatus::Draft);
    if (!q.value(13).isNull()) {
        c.segmentId = q.value(13).toLongLong();
    }
    c.audienceBuiltAt = fromIso(q.value(14).toString());
    c.startedAt = fromIso(q.value(15).toString());
    c.finishedAt = fromIso(q.value(16).toString());
    c.createdBy = q.value(17).toString();
    c.createdAt = fromIso(q.value(18).toString());
    c.updatedAt = fromIso(q.value(19).toString());
    return c;
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}

/** The conversion window [start, end) as stored times: local midnight of the first day, conversionDays long. */
std::pair<QString, QString> conversionWindow(const Campaign &c)
{
    const QDateTime start = QDateTime(c.startDate, QTime(0, 0)).toUTC();
    return {iso(start), iso(QDateTime(c.startDate.addDays(c.conversionDays), QTime(0, 0)).toUTC())};
}

bool isMobile(const QString &phone)
{
    if (phone.size() != 11 || !phone.startsWith(QLatin1Char('1'))) {
        return false;
    }
    return std::all_of(phone.cbegin(), phone.cend(), [](QChar ch) { return ch.isDigit(); });
}

/** The contact detail @p channel would use, empty when there is none. */
QString contactFor(ContactChannel channel, const QString &phone, const QString &phone2, const QString &email,
                   const QString &address)
{
    switch (channel) {
    case ContactChannel::Sms:
    case ContactChannel::WeChat:
        if (isMobile(phone)) {
            return phone;
        }
        return isMobile(phone2) ? phone2 : QString();
    case ContactChannel::Phone: return phone.isEmpty() ? phone2 : phone;
    case ContactChannel::Email: return email.trimmed();
    case ContactChannel::Mail: return address.trimmed();
    case ContactChannel::None: break;
    }
    return {};
}

/** SplitMix64: a well-mixed hash of the campaign and customer ids, so the holdout split is stable. */
quint64 holdoutRank(CampaignId campaign, CustomerId customer)
{
    quint64 z = static_cast<quint64>(campaign) * 0x9E3779B97F4A7C15ULL + static_cast<quint64>(customer);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/** One CSV cell: formula-looking text gets a leading ', then RFC 4180 quoting where needed. */
QString csvCell(QString text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')) || text != text.trimmed()) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells) {
        out << csvCell(cell);
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), CampaignsTr::tr("The campaigns could not be read."));
}

Error writeError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), CampaignsTr::tr("The campaign could not be saved; nothing was changed."));
}

Error draftOnly()
{
    return makeError(ErrorCode::Conflict, CampaignsTr::tr("The audience of a campaign that has started is frozen. "
                                                          "Create a new campaign to reach other people."));
}

} // namespace

CampaignRepository::CampaignRepository(Database &database, const Clock &clock)
    : CampaignRepository(database.connectionName(), database.session().userName, clock)
{
    m_role = database.session().role;
}

CampaignRepository::CampaignRepository(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

QSqlDatabase CampaignRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool CampaignRepository::mayManage(Role role)
{
    return roleAllows(role, Permission::ManageCampaigns);
}

bool CampaignRepository::canManage() const
{
    return !m_role || mayManage(*m_role);
}

Status CampaignRepository::requireManage(const QString &what) const
{
    if (canManage()) {
        return {};
    }
    return makeError(ErrorCode::PermissionDenied,
                     CampaignsTr::tr("Only a service officer, a manager or an administrator can %1. You are signed "
                                     "in as %2 (%3).")
                         .arg(what, m_userName, roleDisplayName(*m_role)));
}

namespace {

/** The audit changes between two versions of a campaign; name and goal (typed by staff) only as "changed". */
AuditChanges campaignChanges(const Campaign &b, const Campaign &a)
{
    AuditChanges c;
    c.value(QStringLiteral("kind"), campaignKindId(b.kind), campaignKindId(a.kind))
        .value(QStringLiteral("status"), campaignStatusId(b.status), campaignStatusId(a.status))
        .value(QStringLiteral("start_date"), b.startDate, a.startDate)
        .value(QStringLiteral("end_date"), b.endDate, a.endDate)
        .value(QStringLiteral("channel"), campaignChannelId(b.channel), campaignChannelId(a.channel))
        .value(QStringLiteral("invite_channel"), channelId(b.inviteChannel), channelId(a.inviteChannel))
        .value(QStringLiteral("purpose"), b.purpose, a.purpose)
        .value(QStringLiteral("cost_cents"), b.costCents, a.costCents)
        .value(QStringLiteral("conversion_days"), b.conversionDays, a.conversionDays)
        .value(QStringLiteral("holdout_percent"), b.holdoutPercent, a.holdoutPercent)
        .value(QStringLiteral("segment_id"), auditValue(b.segmentId), auditValue(a.segmentId))
        .value(QStringLiteral("started_at"), auditValue(b.startedAt), auditValue(a.startedAt))
        .value(QStringLiteral("finished_at"), auditValue(b.finishedAt), auditValue(a.finishedAt))
        .identifying(QStringLiteral("name"), b.name, a.name)
        .identifying(QStringLiteral("goal"), b.goal, a.goal);
    return c;
}

/** The same for a new campaign. */
AuditChanges campaignCreated(const Campaign &a)
{
    AuditChanges c;
    c.initial(QStringLiteral("kind"), campaignKindId(a.kind))
        .initial(QStringLiteral("status"), campaignStatusId(a.status))
        .initial(QStringLiteral("start_date"), a.startDate)
        .initial(QStringLiteral("end_date"), a.endDate)
        .initial(QStringLiteral("channel"), campaignChannelId(a.channel))
        .initial(QStringLiteral("invite_channel"), channelId(a.inviteChannel))
        .initial(QStringLiteral("purpose"), a.purpose)
        .initial(QStringLiteral("cost_cents"), a.costCents)
        .initial(QStringLiteral("conversion_days"), a.conversionDays)
        .initial(QStringLiteral("holdout_percent"), a.holdoutPercent)
        .initial(QStringLiteral("segment_id"), auditValue(a.segmentId))
        .initialIdentifying(QStringLiteral("name"), !a.name.isEmpty())
        .initialIdentifying(QStringLiteral("goal"), !a.goal.isEmpty());
    return c;
}

} // namespace

// --- Segments ---

Result<QList<CampaignSegment>> CampaignRepository::segments() const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT id, name, filter, created_by, created_at, updated_at FROM "
                                        "campaign_segment ORDER BY name, id"))) {
        return readError(q);
    }
    QList<CampaignSegment> list;
    while (q.next()) {
        CampaignSegment s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        auto filter = SegmentFilter::fromJson(q.value(2).toString());
        if (!filter) {
            return filter.error();
        }
        s.filter = *filter;
        s.createdBy = q.value(3).toString();
        s.createdAt = fromIso(q.value(4).toString());
        s.updatedAt = fromIso(q.value(5).toString());
        list.append(s);
    }
    return list;
}

Result<CampaignSegment> CampaignRepository::segment(qint64 id) const
{
    auto all = segments();
    if (!all) {
        return all.error();
    }
    for (const CampaignSegment &s : *all) {
        if (s.id == id) {
            return s;
        }
    }
    return makeError(ErrorCode::NotFound, CampaignsTr::tr("Segment %1 does not exist any more.").arg(id));
}

Result<CampaignSegment> CampaignRepository::saveSegment(CampaignSegment segment)
{
    if (auto allowed = requireManage(CampaignsTr::tr("save segments")); !allowed) {
        return allowed.error();
    }
    segment.name = segment.name.trimmed();
    if (segment.name.isEmpty()) {
        return makeError(ErrorCode::Validation, CampaignsTr::tr("Give the segment a name."));
    }
    if (auto compiled = SegmentCompiler::compile(segment.filter, m_clock.today(), QStringLiteral("standard"));
        !compiled) {
        return compiled.error();
    }
    const QDateTime now = m_clock.nowUtc();
    // The segment and its audit entry in one transaction. The filter holds criteria, not people, but it may name
    // tags and regions typed by staff: the trail says only that it changed.
    AuditEntry entry{segment.id == 0 ? QStringLiteral("campaign_segment.create")
                                     : QStringLiteral("campaign_segment.update"),
                     QStringLiteral("campaign_segment"), {}, {}, {}};
    if (segment.id != 0) {
        auto stored = this->segment(segment.id);
        if (!stored) {
            return stored.error();
        }
        entry.changes.identifying(QStringLiteral("name"), stored->name, segment.name)
            .identifying(QStringLiteral("filter"), stored->filter.toJson(), segment.filter.toJson());
    } else {
        entry.changes.initialIdentifying(QStringLiteral("name"), true)
            .initialIdentifying(QStringLiteral("filter"), true);
    }
    auto saved = transact<CampaignSegment>(connection(), CampaignsTr::tr("The segment could not be saved."),
                                           [&]() -> Result<CampaignSegment> {
        QSqlQuery q(connection());
        CampaignSegment written = segment;
        if (written.id == 0) {
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO campaign_segment(name, filter, created_by, created_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?)"),
                              {written.name, written.filter.toJson(), m_userName, iso(now), iso(now)})) {
                return writeError(q);
            }
            written.id = q.lastInsertId().toLongLong();
            written.createdBy = m_userName;
            written.createdAt = now;
        } else {
            if (!execPrepared(q,
                              QStringLiteral("UPDATE campaign_segment SET name = ?, filter = ?, updated_at = ? "
                                             "WHERE id = ?"),
                              {written.name, written.filter.toJson(), iso(now), written.id})) {
                return writeError(q);
            }
            if (q.numRowsAffected() == 0) {
                return makeError(ErrorCode::NotFound,
                                 CampaignsTr::tr("Segment %1 does not exist any more.").arg(written.id));
            }
        }
        q.finish();
        written.updatedAt = now;
        entry.entityId = QString::number(written.id);
        if (!entry.changes.isEmpty()) {
            if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
                return audited.error();
            }
        }
        return written;
    });
    return saved;
}

Result<QList<CampaignRepository::Candidate>> CampaignRepository::candidates(const SegmentFilter &filter,
                                                                            const QDate &today) const
{
    QString baseTier = QStringLiteral("standard");
    if (auto program = LoyaltyProgram::load(m_connectionName)) {
        baseTier = program->baseTier();
    }
    auto compiled = SegmentCompiler::compile(filter, today, baseTier);
    if (!compiled) {
        return compiled.error();
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT c.id, c.merged_into IS NOT NULL, c.last_activity_at, c.created_at, "
                                     "c.phone, c.phone2, c.email, c.address FROM customer c WHERE %1 ORDER BY c.id")
                          .arg(compiled->where),
                      compiled->values)) {
        return readError(q);
    }
    // Activity status by the customers' own rule (CustomerRepository::statusOf), over the same clock.
    const CustomerRepository customers(m_connectionName, m_userName, m_clock);
    QList<Candidate> list;
    while (q.next()) {
        if (!compiled->activity.isEmpty()) {
            Customer probe;
            probe.lastActivityAt = fromIso(q.value(2).toString());
            probe.createdAt = fromIso(q.value(3).toString());
            if (!compiled->activity.contains(customers.statusOf(probe))) {
                continue;
            }
        }
        list.append({q.value(0).toLongLong(), q.value(1).toBool(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString()});
    }
    return list;
}

Result<QHash<CustomerId, bool>> CampaignRepository::latestConsent(ContactChannel channel, const QString &purpose) const
{
    // The latest event per customer wins, in the order CustomerRepository reads the history (time, then id).
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT customer_id, granted FROM consent_event WHERE channel = ? AND "
                                     "purpose = ? ORDER BY customer_id, at, id"),
                      {channelId(channel), purpose})) {
        return readError(q);
    }
    QHash<CustomerId, bool> latest;
    while (q.next()) {
        latest.insert(q.value(0).toLongLong(), q.value(1).toInt() != 0);
    }
    return latest;
}

Result<SegmentPreview> CampaignRepository::previewSegment(const SegmentFilter &filter, ContactChannel channel,
                                                          const QString &purpose) const
{
    auto found = candidates(filter, m_clock.today());
    if (!found) {
        return found.error();
    }
    auto consent = latestConsent(channel, purpose);
    if (!consent) {
        return consent.error();
    }
    SegmentPreview preview;
    for (const Candidate &c : *found) {
        if (c.merged) {
            ++preview.excluded[ExclusionReason::Merged];
            continue;
        }
        ++preview.matched;
        const auto it = consent->constFind(c.id);
        if (it == consent->cend()) {
            ++preview.excluded[ExclusionReason::NoConsent];
        } else if (!it.value()) {
            ++preview.excluded[ExclusionReason::ConsentWithdrawn];
        } else if (contactFor(channel, c.phone, c.phone2, c.email, c.address).isEmpty()) {
            ++preview.excluded[ExclusionReason::NoContact];
        } else {
            ++preview.eligible;
        }
    }
    return preview;
}

// --- Campaigns ---

Result<QList<Campaign>> CampaignRepository::campaigns() const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT ") + campaignColumns +
                             QStringLiteral(" FROM campaign ORDER BY start_date DESC, id DESC"))) {
        return readError(q);
    }
    QList<Campaign> list;
    while (q.next()) {
        list.append(campaignFromRow(q));
    }
    return list;
}

Result<Campaign> CampaignRepository::campaign(CampaignId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaign WHERE id = ?"),
                      {id})) {
        return readError(q);
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, CampaignsTr::tr("Campaign %1 does not exist.").arg(id));
    }
    return campaignFromRow(q);
}

QStringList CampaignRepository::validate(const Campaign &c)
{
    QStringList problems;
    if (c.name.trimmed().isEmpty()) {
        problems << CampaignsTr::tr("Give the campaign a name.");
    }
    if (!c.startDate.isValid() || !c.endDate.isValid()) {
        problems << CampaignsTr::tr("Enter the first and the last day of the campaign.");
    } else if (c.endDate < c.startDate) {
        problems << CampaignsTr::tr("The campaign ends before it starts. Check the two dates.");
    }
    if (c.inviteChannel == ContactChannel::None) {
        problems << CampaignsTr::tr("Choose the channel people are invited through.");
    } else if (const auto contact = contactChannelFor(c.channel); contact && *contact != c.inviteChannel) {
        problems << CampaignsTr::tr("The invitation channel must be the campaign's channel unless it is an event.");
    }
    if (!consentPurposes().contains(c.purpose)) {
        problems << CampaignsTr::tr("Choose the purpose the customers consented to: marketing, service reminders "
                                    "or surveys.");
    }
    if (c.costCents < 0) {
        problems << CampaignsTr::tr("The cost cannot be negative.");
    }
    if (c.conversionDays < 1 || c.conversionDays > 365) {
        problems << CampaignsTr::tr("The conversion window must be between 1 and 365 days.");
    }
    if (c.holdoutPercent < 0 || c.holdoutPercent > 50) {
        problems << CampaignsTr::tr("The holdout group must be between 0 and 50 percent of the audience.");
    }
    return problems;
}

Result<Campaign> CampaignRepository::writeCampaign(const Campaign &c, bool insert)
{
    QSqlQuery q(connection());
    const QDateTime now = m_clock.nowUtc();
    const QVariantList fields{c.name.trimmed(),
                              campaignKindId(c.kind),
                              c.goal,
                              c.startDate.toString(Qt::ISODate),
                              c.endDate.toString(Qt::ISODate),
                              campaignChannelId(c.channel),
                              channelId(c.inviteChannel),
                              c.purpose,
                              c.costCents,
                              c.conversionDays,
                              c.holdoutPercent,
                              c.segmentId ? QVariant(*c.segmentId) : QVariant()};
    if (insert) {
        if (!execPrepared(q,
                          QStringLiteral("INSERT INTO campaign(name, kind, goal, start_date, end_date, channel, "
                                         "invite_channel, purpose, cost, conversion_days, holdout_percent, "
                                         "segment_id, status, created_by, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)"),
                          fields + QVariantList{m_userName, iso(now), iso(now)})) {
            return writeError(q);
        }
        return campaign(q.lastInsertId().toLongLong());
    }
    if (!execPrepared(q,
                      QStringLiteral("UPDATE campaign SET name = ?, kind = ?, goal = ?, start_date = ?, end_date = ?, "
                                     "channel = ?, invite_channel = ?, purpose = ?, cost = ?, conversion_days = ?, "
                                     "holdout_percent = ?, segment_id = ?, updated_at = ? WHERE id = ?"),
                      fields + QVariantList{iso(now), c.id})) {
        return writeError(q);
    }
    return campaign(c.id);
}

Result<Campaign> CampaignRepository::addCampaign(Campaign campaign)
{
    if (auto allowed = requireManage(CampaignsTr::tr("create campaigns")); !allowed) {
        return allowed.error();
    }
    if (const QStringList problems = validate(campaign); !problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
    }
    if (campaign.segmentId) {
        if (auto s = segment(*campaign.segmentId); !s) {
            return s.error();
        }
    }
    return transact<Campaign>(connection(), CampaignsTr::tr("The campaign could not be saved."),
                              [&]() -> Result<Campaign> {
                                  auto written = writeCampaign(campaign, true);
                                  if (!written) {
                                      return written;
                                  }
                                  const AuditEntry entry{QStringLiteral("campaign.create"), QStringLiteral("campaign"),
                                                         QString::number(written->id), {}, campaignCreated(*written)};
                                  if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry);
                                      !audited) {
                                      return audited.error();
                                  }
                                  return written;
                              });
}

Result<Campaign> CampaignRepository::updateCampaign(const Campaign &changed)
{
    if (auto allowed = requireManage(CampaignsTr::tr("change campaigns")); !allowed) {
        return allowed.error();
    }
    if (const QStringList problems = validate(changed); !problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
    }
    auto stored = campaign(changed.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->status != CampaignStatus::Draft &&
        (changed.kind != stored->kind || changed.startDate != stored->startDate || changed.channel != stored->channel ||
         changed.inviteChannel != stored->inviteChannel || changed.purpose != stored->purpose ||
         changed.conversionDays != stored->conversionDays || changed.holdoutPercent != stored->holdoutPercent ||
         changed.segmentId != stored->segmentId)) {
        return makeError(ErrorCode::Conflict,
                         CampaignsTr::tr("Once a campaign has started only its name, goal, cost and last day can "
                                         "change: its audience and results depend on the rest."));
    }
    return transact<Campaign>(connection(), CampaignsTr::tr("The campaign could not be saved."),
                              [&]() -> Result<Campaign> {
                                  auto written = writeCampaign(changed, false);
                                  if (!written) {
                                      return written;
                                  }
                                  const AuditEntry entry{QStringLiteral("campaign.update"), QStringLiteral("campaign"),
                                                         QString::number(written->id), {},
                                                         campaignChanges(*stored, *written)};
                                  if (entry.changes.isEmpty()) {
                                      return written;
                                  }
                                  if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry);
                                      !audited) {
                                      return audited.error();
                                  }
                                  return written;
                              });
}

Result<AudienceSummary> CampaignRepository::buildAudience(CampaignId id)
{
    if (auto allowed = requireManage(CampaignsTr::tr("build campaign audiences")); !allowed) {
        return allowed.error();
    }
    auto c = campaign(id);
    if (!c) {
        return c.error();
    }
    if (c->status != CampaignStatus::Draft) {
        return draftOnly();
    }
    if (!c->segmentId) {
        return makeError(ErrorCode::Usage, CampaignsTr::tr("Choose the segment the campaign is for first."));
    }
    auto seg = segment(*c->segmentId);
    if (!seg) {
        return seg.error();
    }
    auto found = candidates(seg->filter, m_clock.today());
    if (!found) {
        return found.error();
    }
    auto consent = latestConsent(c->consentChannel(), c->purpose);
    if (!consent) {
        return consent.error();
    }
    AudienceSummary summary;
    QList<CustomerId> eligible;
    for (const Candidate &cand : *found) {
        if (cand.merged) {
            ++summary.excluded[ExclusionReason::Merged];
            continue;
        }
        const auto it = consent->constFind(cand.id);
        if (it == consent->cend()) {
            ++summary.excluded[ExclusionReason::NoConsent];
        } else if (!it.value()) {
            ++summary.excluded[ExclusionReason::ConsentWithdrawn];
        } else if (contactFor(c->consentChannel(), cand.phone, cand.phone2, cand.email, cand.address).isEmpty()) {
            ++summary.excluded[ExclusionReason::NoContact];
        } else {
            eligible.append(cand.id);
        }
    }
    // Exact size round(percent × eligible), half up, in integers; members ranked by a hash seeded with the id.
    const qint64 holdoutCount = (static_cast<qint64>(c->holdoutPercent) * eligible.size() * 2 + 100) / 200;
    QList<std::pair<quint64, CustomerId>> ranked;
    ranked.reserve(eligible.size());
    for (CustomerId customer : std::as_const(eligible)) {
        ranked.append({holdoutRank(id, customer), customer});
    }
    std::sort(ranked.begin(), ranked.end());
    summary.holdout = static_cast<int>(holdoutCount);
    summary.target = static_cast<int>(eligible.size() - holdoutCount);

    const QString failed = CampaignsTr::tr("The audience could not be saved; the campaign was left as it was.");
    return transact<AudienceSummary>(connection(), failed, [&]() -> Result<AudienceSummary> {
        QSqlQuery q(connection());
        if (!execPrepared(q, QStringLiteral("DELETE FROM campaign_member WHERE campaign_id = ?"), {id}) ||
            !execPrepared(q, QStringLiteral("DELETE FROM campaign_exclusion WHERE campaign_id = ?"), {id})) {
            return writeError(q);
        }
        QSqlQuery insert(connection());
        if (!insert.prepare(QStringLiteral("INSERT INTO campaign_member(campaign_id, customer_id, grp) "
                                           "VALUES (?, ?, ?)"))) {
            return writeError(insert);
        }
        const QString target = campaignGroupId(CampaignGroup::Target);
        const QString holdout = campaignGroupId(CampaignGroup::Holdout);
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            if (!run(insert, {id, ranked.at(i).second, i < holdoutCount ? holdout : target})) {
                return writeError(insert);
            }
        }
        for (auto it = summary.excluded.cbegin(); it != summary.excluded.cend(); ++it) {
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO campaign_exclusion(campaign_id, reason, customers) "
                                             "VALUES (?, ?, ?)"),
                              {id, exclusionReasonId(it.key()), it.value()})) {
                return writeError(q);
            }
        }
        const QDateTime now = m_clock.nowUtc();
        if (!execPrepared(q,
                          QStringLiteral("UPDATE campaign SET audience_filter = ?, audience_built_at = ?, "
                                         "updated_at = ? WHERE id = ? AND status = 'draft'"),
                          {seg->filter.toJson(), iso(now), iso(now), id})) {
            return writeError(q);
        }
        if (q.numRowsAffected() != 1) {
            return draftOnly();
        }
        q.finish();
        int excluded = 0;
        for (auto it = summary.excluded.cbegin(); it != summary.excluded.cend(); ++it) {
            excluded += it.value();
        }
        const AuditEntry entry{QStringLiteral("campaign.audience"), QStringLiteral("campaign"), QString::number(id),
                               QStringLiteral("segment=%1 target=%2 holdout=%3 excluded=%4")
                                   .arg(*c->segmentId)
                                   .arg(summary.target)
                                   .arg(summary.holdout)
                                   .arg(excluded),
                               {}};
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            return audited.error();
        }
        return summary;
    });
}

Status CampaignRepository::setStatus(CampaignId id, CampaignStatus from, CampaignStatus to)
{
    auto c = campaign(id);
    if (!c) {
        return c.error();
    }
    if (c->status != from) {
        return makeError(ErrorCode::Conflict, to == CampaignStatus::Running
                                                  ? CampaignsTr::tr("Only a draft campaign can be started.")
                                                  : CampaignsTr::tr("Only a running campaign can be finished."));
    }
    if (to == CampaignStatus::Running && !c->audienceBuiltAt.isValid()) {
        return makeError(ErrorCode::Conflict, CampaignsTr::tr("Build the audience before starting the campaign."));
    }
    const QDateTime now = m_clock.nowUtc();
    const QString column = to == CampaignStatus::Running ? QStringLiteral("started_at") : QStringLiteral("finished_at");
    return transact<void>(connection(), CampaignsTr::tr("The campaign could not be saved."), [&]() -> Status {
        QSqlQuery q(connection());
        if (!execPrepared(q,
                          QStringLiteral("UPDATE campaign SET status = ?, %1 = ?, updated_at = ? WHERE id = ? AND "
                                         "status = ?")
                              .arg(column),
                          {campaignStatusId(to), iso(now), iso(now), id, campaignStatusId(from)})) {
            return writeError(q);
        }
        if (q.numRowsAffected() != 1) {
            return makeError(ErrorCode::Conflict, CampaignsTr::tr("The campaign was changed meanwhile. Reload it."));
        }
        q.finish();
        AuditEntry entry{to == CampaignStatus::Running ? QStringLiteral("campaign.start")
                                                       : QStringLiteral("campaign.finish"),
                         QStringLiteral("campaign"), QString::number(id), {}, {}};
        entry.changes.value(QStringLiteral("status"), campaignStatusId(from), campaignStatusId(to))
            .value(column, QVariant(), now);
        return AuditLog(m_connectionName, m_userName, m_clock).record(entry);
    });
}

Status CampaignRepository::start(CampaignId id)
{
    if (auto allowed = requireManage(CampaignsTr::tr("start campaigns")); !allowed) {
        return allowed;
    }
    return setStatus(id, CampaignStatus::Draft, CampaignStatus::Running);
}

Status CampaignRepository::finish(CampaignId id)
{
    if (auto allowed = requireManage(CampaignsTr::tr("finish campaigns")); !allowed) {
        return allowed;
    }
    return setStatus(id, CampaignStatus::Running, CampaignStatus::Finished);
}

// --- Members and participation ---

Result<QList<CampaignMember>> CampaignRepository::memberPage(CampaignId id, qint64 afterId, int limit,
                                                             std::optional<CampaignGroup> group) const
{
    auto c = campaign(id);
    if (!c) {
        return c.error();
    }
    const auto [windowStart, windowEnd] = conversionWindow(*c);
    QVariantList values{windowStart, windowEnd, id, afterId};
    QString groupClause;
    if (group) {
        groupClause = QStringLiteral(" AND m.grp = ?");
        values << campaignGroupId(*group);
    }
    values << std::clamp(limit, 1, maxPageSize);
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT m.id, m.customer_id, c.name, c.member_number, m.grp, m.contacted_at, "
                                     "m.responded_at, m.response, m.attended_at, EXISTS (SELECT 1 FROM visit v "
                                     "WHERE v.customer_id = m.customer_id AND v.kind <> 'event' AND v.at >= ? AND "
                                     "v.at < ?) FROM campaign_member m JOIN customer c ON c.id = m.customer_id "
                                     "WHERE m.campaign_id = ? AND m.id > ?%1 ORDER BY m.id LIMIT ?")
                          .arg(groupClause),
                      values)) {
        return readError(q);
    }
    QList<CampaignMember> members;
    while (q.next()) {
        CampaignMember m;
        m.id = q.value(0).toLongLong();
        m.campaignId = id;
        m.customerId = q.value(1).toLongLong();
        m.name = q.value(2).toString();
        m.memberNumber = q.value(3).toString();
        m.group = campaignGroupFromId(q.value(4).toString()).value_or(CampaignGroup::Target);
        m.contactedAt = fromIso(q.value(5).toString());
        m.respondedAt = fromIso(q.value(6).toString());
        m.response = q.value(7).toString();
        m.attendedAt = fromIso(q.value(8).toString());
        m.converted = q.value(9).toBool();
        members.append(m);
    }
    return members;
}

Status CampaignRepository::recordParticipation(CampaignId id, const QList<Participation> &participation)
{
    auto c = campaign(id);
    if (!c) {
        return c.error();
    }
    if (c->status == CampaignStatus::Draft) {
        return makeError(ErrorCode::Conflict,
                         CampaignsTr::tr("Start the campaign before recording who was contacted or took part."));
    }
    const QDateTime latest = m_clock.nowUtc().addSecs(allowedFutureMinutes * 60);
    for (const Participation &p : participation) {
        for (const QDateTime &t : {p.contactedAt, p.respondedAt, p.attendedAt}) {
            if (t.isValid() && t > latest) {
                return makeError(ErrorCode::Validation,
                                 CampaignsTr::tr("A contact, response or attendance cannot lie in the future."));
            }
        }
    }
    const QString failed = CampaignsTr::tr("The participation could not be saved; nothing was changed.");
    // One audit entry per call: the customers as ids (all of them up to 50) and, for one customer, what changed.
    AuditEntry entry{QStringLiteral("campaign.participation"), QStringLiteral("campaign"), QString::number(id), {}, {}};
    QStringList customerIds;
    auto saved = transact<bool>(connection(), failed, [&]() -> Result<bool> {
        QSqlQuery find(connection());
        QSqlQuery update(connection());
        if (!find.prepare(QStringLiteral("SELECT id, grp, contacted_at, responded_at, response, "
                                         "attended_at FROM campaign_member WHERE campaign_id = ? AND "
                                         "customer_id = ?")) ||
            !update.prepare(QStringLiteral("UPDATE campaign_member SET contacted_at = ?, responded_at = ?, "
                                           "response = ?, attended_at = ? WHERE id = ?"))) {
            return writeError(find);
        }
        for (const Participation &p : participation) {
            if (!run(find, {id, p.customerId})) {
                return writeError(find);
            }
            if (!find.next()) {
                return makeError(ErrorCode::Conflict,
                                 CampaignsTr::tr("Customer %1 is not in this campaign's audience.").arg(p.customerId));
            }
            if (campaignGroupFromId(find.value(1).toString()) == CampaignGroup::Holdout) {
                return makeError(ErrorCode::Conflict,
                                 CampaignsTr::tr("This customer is in the holdout group, kept back on "
                                                 "purpose to measure the campaign. Do not contact them."));
            }
            const qint64 memberId = find.value(0).toLongLong();
            QDateTime contacted = p.contactedAt.isValid() ? p.contactedAt : fromIso(find.value(2).toString());
            const QDateTime responded = p.respondedAt.isValid() ? p.respondedAt : fromIso(find.value(3).toString());
            const QString response = p.respondedAt.isValid() ? p.response : find.value(4).toString();
            const QDateTime attended = p.attendedAt.isValid() ? p.attendedAt : fromIso(find.value(5).toString());
            const QDateTime wasContacted = fromIso(find.value(2).toString());
            const QDateTime wasResponded = fromIso(find.value(3).toString());
            const QDateTime wasAttended = fromIso(find.value(5).toString());
            const QString wasResponse = find.value(4).toString();
            find.finish();
            if (!contacted.isValid()) {
                // Responding or attending means they were reached.
                contacted = responded.isValid() && attended.isValid() ? std::min(responded, attended)
                            : responded.isValid()                     ? responded
                                                                      : attended;
            }
            if (!run(update,
                     {nullableTime(contacted), nullableTime(responded), response, nullableTime(attended), memberId})) {
                return writeError(update);
            }
            if (participation.size() == 1) {
                entry.changes.value(QStringLiteral("contacted_at"), auditValue(wasContacted), auditValue(contacted))
                    .value(QStringLiteral("responded_at"), auditValue(wasResponded), auditValue(responded))
                    .value(QStringLiteral("attended_at"), auditValue(wasAttended), auditValue(attended))
                    .identifying(QStringLiteral("response"), wasResponse, response);
            }
            if (customerIds.size() < 50) {
                customerIds << QString::number(p.customerId);
            }
        }
        update.finish();
        entry.detail = QStringLiteral("count=%1 customers=%2")
                           .arg(participation.size())
                           .arg(customerIds.join(QLatin1Char(',')) +
                                (participation.size() > customerIds.size() ? QStringLiteral(",...") : QString()));
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            return audited.error();
        }
        return true;
    });
    if (!saved) {
        return saved.error();
    }
    return {};
}

Status CampaignRepository::markContacted(CampaignId id, CustomerId customerId, const QDateTime &at)
{
    Participation p;
    p.customerId = customerId;
    p.contactedAt = at.isValid() ? at : m_clock.nowUtc();
    return recordParticipation(id, {p});
}

Status CampaignRepository::markResponded(CampaignId id, CustomerId customerId, const QString &response,
                                         const QDateTime &at)
{
    Participation p;
    p.customerId = customerId;
    p.respondedAt = at.isValid() ? at : m_clock.nowUtc();
    p.response = response;
    return recordParticipation(id, {p});
}

Status CampaignRepository::markAttended(CampaignId id, CustomerId customerId, const QDateTime &at)
{
    Participation p;
    p.customerId = customerId;
    p.attendedAt = at.isValid() ? at : m_clock.nowUtc();
    return recordParticipation(id, {p});
}

Result<CampaignEvaluation> CampaignRepository::evaluate(CampaignId id) const
{
    auto c = campaign(id);
    if (!c) {
        return c.error();
    }
    CampaignEvaluation e;
    e.campaignId = id;
    e.costCents = c->costCents;
    e.isEvent = c->isEvent();
    const auto [windowStart, windowEnd] = conversionWindow(*c);
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT m.grp, count(*), sum(m.contacted_at IS NOT NULL), "
                                     "sum(m.responded_at IS NOT NULL), sum(m.attended_at IS NOT NULL), "
                                     "sum(m.responded_at IS NOT NULL OR m.attended_at IS NOT NULL), "
                                     "sum(EXISTS (SELECT 1 FROM visit v WHERE v.customer_id = m.customer_id AND "
                                     "v.kind <> 'event' AND v.at >= ? AND v.at < ?)) "
                                     "FROM campaign_member m WHERE m.campaign_id = ? GROUP BY m.grp"),
                      {windowStart, windowEnd, id})) {
        return readError(q);
    }
    while (q.next()) {
        if (campaignGroupFromId(q.value(0).toString()) == CampaignGroup::Holdout) {
            e.holdoutSize = q.value(1).toInt();
            e.holdoutConversions = q.value(6).toInt();
        } else {
            e.targetSize = q.value(1).toInt();
            e.contacted = q.value(2).toInt();
            e.responded = q.value(3).toInt();
            e.attended = q.value(4).toInt();
            e.participants = q.value(5).toInt();
            e.targetConversions = q.value(6).toInt();
        }
    }
    if (!execPrepared(q, QStringLiteral("SELECT reason, customers FROM campaign_exclusion WHERE campaign_id = ?"),
                      {id})) {
        return readError(q);
    }
    while (q.next()) {
        if (const auto reason = exclusionReasonFromId(q.value(0).toString())) {
            e.excluded.insert(*reason, q.value(1).toInt());
        }
    }
    if (!execPrepared(q,
                      QStringLiteral("SELECT count(r.csat), avg(r.csat) FROM survey_response r WHERE r.csat IS NOT "
                                     "NULL AND r.at >= ? AND r.at < ? AND r.customer_id IN (SELECT m.customer_id "
                                     "FROM campaign_member m WHERE m.campaign_id = ? AND m.grp = 'target' AND "
                                     "(m.responded_at IS NOT NULL OR m.attended_at IS NOT NULL))"),
                      {windowStart, windowEnd, id}) ||
        !q.next()) {
        return readError(q);
    }
    e.satisfactionResponses = q.value(0).toInt();
    if (e.satisfactionResponses > 0) {
        e.averageCsat = q.value(1).toDouble();
    }
    return e;
}

Result<ContactExport> CampaignRepository::exportContacts(CampaignId id, const QString &path)
{
    if (auto allowed = requireManage(CampaignsTr::tr("export contact lists")); !allowed) {
        return allowed.error();
    }
    if (m_role) {
        if (auto allowed = requirePermission(*m_role, Permission::ExportData); !allowed) {
            return allowed.error();
        }
    }
    auto c = campaign(id);
    if (!c) {
        return c.error();
    }
    if (c->status == CampaignStatus::Draft) {
        return makeError(ErrorCode::Conflict, CampaignsTr::tr("Start the campaign before exporting its contact "
                                                              "list: a draft's audience can still change."));
    }
    const ContactChannel channel = c->consentChannel();
    auto consent = latestConsent(channel, c->purpose);
    if (!consent) {
        return consent.error();
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT c.id, c.name, c.member_number, c.phone, c.phone2, c.email, c.address, "
                                     "c.region, c.merged_into IS NOT NULL FROM campaign_member m JOIN customer c ON "
                                     "c.id = m.customer_id WHERE m.campaign_id = ? AND m.grp = 'target' "
                                     "ORDER BY c.name_sort, c.id"),
                      {id})) {
        return readError(q);
    }
    QStringList header{CampaignsTr::tr("Name")};
    switch (channel) {
    case ContactChannel::Email: header << CampaignsTr::tr("Email"); break;
    case ContactChannel::Mail: header << CampaignsTr::tr("Address") << CampaignsTr::tr("Region"); break;
    case ContactChannel::Sms:
    case ContactChannel::WeChat: header << CampaignsTr::tr("Mobile"); break;
    case ContactChannel::Phone:
    case ContactChannel::None: header << CampaignsTr::tr("Phone"); break;
    }
    header << CampaignsTr::tr("Member number");
    QString text = csvLine(header);
    int rows = 0;
    while (q.next()) {
        const CustomerId customer = q.value(0).toLongLong();
        // Consent is checked again now: someone may have withdrawn it since the audience was built.
        if (q.value(8).toBool() || !consent->value(customer, false)) {
            continue;
        }
        const QString contact = contactFor(channel, q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                           q.value(6).toString());
        if (contact.isEmpty()) {
            continue;
        }
        QStringList cells{q.value(1).toString(), contact};
        if (channel == ContactChannel::Mail) {
            cells << q.value(7).toString();
        }
        cells << q.value(2).toString();
        text += csvLine(cells);
        ++rows;
    }
    q.finish();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         CampaignsTr::tr("The file could not be created. Choose a folder you can write to."),
                         file.errorString());
    }
    const QByteArray bom("\xEF\xBB\xBF");
    if (file.write(bom) != bom.size() || file.write(text.toUtf8()) < 0) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, CampaignsTr::tr("The file could not be written. Check the free space."),
                         file.errorString());
    }
    const QString failed = CampaignsTr::tr("The export could not be recorded in the audit trail, so no file was "
                                           "written.");
    AuditLog audit(m_connectionName, m_userName, m_clock);
    const QString detail = QStringLiteral("rows=%1 channel=%2").arg(rows).arg(channelId(channel));
    bool fileSaved = false;
    auto written = transact<ContactExport>(connection(), failed, [&]() -> Result<ContactExport> {
        if (auto recorded =
                audit.record(QStringLiteral("campaign.export"), QStringLiteral("campaign:%1").arg(id), detail);
            !recorded) {
            file.cancelWriting();
            return recorded.error();
        }
        if (!file.commit()) {
            return makeError(ErrorCode::Io,
                             CampaignsTr::tr("The file could not be saved. Check the folder and the free space."),
                             file.errorString());
        }
        fileSaved = true;
        return ContactExport{path, rows};
    });
    if (!written && fileSaved) {
        // The audit entry did not commit after the file was saved: no unaudited file may stay behind.
        QFile::remove(path);
    }
    return written;
}

} // namespace caredesk::core
