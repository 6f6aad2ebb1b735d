// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/CampaignsDemo.h"

#include "core/campaigns/CampaignRepository.h"
#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QTime>

namespace caredesk::core {

namespace {

/** SplitMix64: the same numbers for a seed on every platform. */
class Rng final {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

/** Local @p day at @p hour, in UTC. */
QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toUTC();
}

struct Plan {
    const char *name;
    const char *goal;
    CampaignKind kind;
    CampaignChannel channel;
    ContactChannel invite;
    const char *purpose;
    int startDaysAgo; ///< negative: in the future
    int lengthDays;
    qint64 costCents;
    int conversionDays;
    int holdoutPercent;
    const char *segmentName;
    SegmentFilter filter;
    int contactPercent; ///< of target members reached
    int respondPercent; ///< of those reached
    int attendPercent;  ///< of responders (events); walk-ins without a reply come on top at a tenth of this
    const char *response;
};

QList<Plan> plans()
{
    SegmentFilter seniors;
    seniors.kind = CustomerKind::Individual;
    seniors.minAge = 60;
    SegmentFilter hypertension;
    hypertension.kind = CustomerKind::Individual;
    hypertension.tags = QStringList{u("高血压"), u("慢病管理")};
    SegmentFilter adults;
    adults.kind = CustomerKind::Individual;
    adults.minAge = 40;
    SegmentFilter dormant;
    dormant.kind = CustomerKind::Individual;
    dormant.activity = {ActivityStatus::Dormant};
    SegmentFilter diabetes;
    diabetes.kind = CustomerKind::Individual;
    diabetes.tags = QStringList{u("糖尿病")};
    return {
        {"流感季疫苗接种提醒", "提醒 60 岁以上老人接种流感疫苗", CampaignKind::Reminder, CampaignChannel::Sms,
         ContactChannel::Sms, "service", 75, 14, 48000, 30, 10, "60 岁以上老人", seniors, 97, 8, 0, "已预约接种"},
        {"高血压健康讲座", "社区高血压防治知识讲座，邀请慢病客户参加", CampaignKind::HealthLecture,
         CampaignChannel::Event, ContactChannel::Sms, "marketing", 150, 1, 150000, 30, 0, "高血压与慢病管理客户",
         hypertension, 92, 30, 65, "报名参加"},
        {"社区免费体检日", "40 岁以上居民免费测血压、血糖", CampaignKind::FreeCheckup, CampaignChannel::Event,
         ContactChannel::Sms, "marketing", 240, 2, 300000, 60, 0, "40 岁以上成人", adults, 90, 25, 70, "预约体检"},
        {"沉睡客户回访优惠", "唤醒半年未到店的客户", CampaignKind::WinBack, CampaignChannel::Sms, ContactChannel::Sms,
         "marketing", 30, 45, 20000, 30, 20, "沉睡客户", dormant, 96, 5, 0, "回复了解优惠"},
        {"糖尿病病友联谊会", "病友交流控糖经验，营养师讲解", CampaignKind::PatientAssociation, CampaignChannel::Event,
         ContactChannel::WeChat, "marketing", -21, 1, 80000, 30, 0, "糖尿病客户", diabetes, 0, 0, 0, ""},
    };
}

} // namespace

Result<CampaignsDemo::Stats> CampaignsDemo::generate(const QString &connectionName, const QString &userName,
                                                     const Clock &clock, quint64 seed)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QString failed = CampaignsTr::tr("The demo campaigns could not be saved.");
    if (!db.transaction()) {
        return databaseError(db.lastError(), failed);
    }
    Stats stats;
    Rng rng(seed ^ 0xCA3F'A161'0000'0007ULL);
    const QDate today = clock.today();
    const QDateTime now = clock.nowUtc();
    // The repository reads this clock: set to the day each step happened.
    FixedClock when(now);
    CampaignRepository repo(connectionName, userName, when);

    auto fail = [&](const Error &error) -> Result<Stats> {
        db.rollback();
        return error;
    };
    for (const Plan &plan : plans()) {
        const QDate start = today.addDays(-plan.startDaysAgo);
        const QDate end = start.addDays(plan.lengthDays - 1);
        const bool future = start > today;
        when.set(future ? now : at(start.addDays(-1), 9));

        CampaignSegment segment;
        segment.name = u(plan.segmentName);
        segment.filter = plan.filter;
        auto savedSegment = repo.saveSegment(segment);
        if (!savedSegment) {
            return fail(savedSegment.error());
        }
        Campaign c;
        c.name = u(plan.name);
        c.goal = u(plan.goal);
        c.kind = plan.kind;
        c.setChannel(plan.channel);
        c.inviteChannel = plan.invite;
        c.purpose = QString::fromLatin1(plan.purpose);
        c.startDate = start;
        c.endDate = end;
        c.costCents = plan.costCents;
        c.conversionDays = plan.conversionDays;
        c.holdoutPercent = plan.holdoutPercent;
        c.segmentId = savedSegment->id;
        auto saved = repo.addCampaign(c);
        if (!saved) {
            return fail(saved.error());
        }
        ++stats.campaigns;
        auto audience = repo.buildAudience(saved->id);
        if (!audience) {
            return fail(audience.error());
        }
        stats.members += audience->target + audience->holdout;
        if (future) {
            continue; // the draft stays a draft
        }
        when.set(at(start, 8));
        if (auto started = repo.start(saved->id); !started) {
            return fail(started.error());
        }

        // Participation, recorded as of now (all of it lies in the past).
        when.set(now);
        QList<Participation> participation;
        qint64 after = 0;
        for (;;) {
            auto page = repo.memberPage(saved->id, after, CampaignRepository::maxPageSize, CampaignGroup::Target);
            if (!page) {
                return fail(page.error());
            }
            if (page->isEmpty()) {
                break;
            }
            after = page->constLast().id;
            for (const CampaignMember &m : std::as_const(*page)) {
                if (!rng.chance(plan.contactPercent)) {
                    continue;
                }
                Participation p;
                p.customerId = m.customerId;
                // Events invite a week ahead; messages go out over the first days.
                const QDate contactDay = c.isEvent() ? start.addDays(-7 + rng.below(5))
                                                     : start.addDays(rng.below(std::min(plan.lengthDays, 3)));
                p.contactedAt = at(contactDay, 10 + rng.below(6), rng.below(60));
                if (p.contactedAt > now) {
                    continue;
                }
                const bool responded = rng.chance(plan.respondPercent);
                if (responded) {
                    p.respondedAt = p.contactedAt.addSecs(600 + rng.below(36 * 3600));
                    p.response = u(plan.response);
                }
                if (c.isEvent() && rng.chance(responded ? plan.attendPercent : plan.attendPercent / 10)) {
                    p.attendedAt = at(start.addDays(plan.lengthDays - 1), 14, rng.below(60));
                }
                for (QDateTime *t : {&p.respondedAt, &p.attendedAt}) {
                    if (t->isValid() && *t > now) {
                        *t = QDateTime();
                    }
                }
                if (!p.respondedAt.isValid()) {
                    p.response.clear();
                }
                ++stats.contacted;
                stats.responded += p.respondedAt.isValid() ? 1 : 0;
                stats.attended += p.attendedAt.isValid() ? 1 : 0;
                participation.append(p);
            }
        }
        if (auto recorded = repo.recordParticipation(saved->id, participation); !recorded) {
            return fail(recorded.error());
        }
        if (end < today) {
            when.set(at(end.addDays(1), 18));
            if (auto finished = repo.finish(saved->id); !finished) {
                return fail(finished.error());
            }
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, failed);
    }
    return stats;
}

} // namespace caredesk::core
