// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/RecordsDemo.h"

#include "core/feedback/SurveyRepository.h"
#include "core/storage/SqlErrors.h"
#include "core/visits/VisitRepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace caredesk::core {

namespace {

/** SplitMix64, as in DemoGenerator: tiny, fast and the same everywhere. */
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
    /** Uniform in [0, n). */
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    /** Uniform in [low, high]. */
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

struct Product {
    const char *name;
    ProductClass productClass;
    int priceCents;
};

constexpr std::array<Product, 8> rxProducts{{{"阿莫西林胶囊", ProductClass::Rx, 1850},
                                             {"硝苯地平缓释片", ProductClass::Rx, 3200},
                                             {"盐酸二甲双胍片", ProductClass::Rx, 2600},
                                             {"阿托伐他汀钙片", ProductClass::Rx, 5800},
                                             {"氯沙坦钾片", ProductClass::Rx, 4200},
                                             {"头孢克肟分散片", ProductClass::Rx, 3650},
                                             {"Amlodipine 5 mg", ProductClass::Rx, 2980},
                                             {"甲钴胺片", ProductClass::Rx, 2250}}};
constexpr std::array<Product, 8> otcProducts{{{"布洛芬缓释胶囊", ProductClass::Otc, 1590},
                                              {"维生素C片", ProductClass::Otc, 1200},
                                              {"感冒灵颗粒", ProductClass::Otc, 1680},
                                              {"板蓝根颗粒", ProductClass::Otc, 1500},
                                              {"复方甘草片", ProductClass::Otc, 800},
                                              {"蒙脱石散", ProductClass::Otc, 1980},
                                              {"Vitamin D3 drops", ProductClass::Otc, 6800},
                                              {"碘伏消毒液", ProductClass::Otc, 990}}};
constexpr std::array<Product, 6> deviceProducts{{{"电子血压计", ProductClass::Device, 19900},
                                                 {"血糖试纸（50片）", ProductClass::Device, 12800},
                                                 {"医用外科口罩（10只）", ProductClass::Device, 1200},
                                                 {"电子体温计", ProductClass::Device, 2500},
                                                 {"制氧机滤芯", ProductClass::Device, 8800},
                                                 {"护腰带", ProductClass::Device, 15800}}};
constexpr std::array<Product, 4> serviceProducts{{{"血压测量", ProductClass::Service, 0},
                                                  {"中药代煎", ProductClass::Service, 3000},
                                                  {"用药咨询", ProductClass::Service, 0},
                                                  {"送药上门", ProductClass::Service, 800}}};

constexpr std::array<const char *, 8> clinicDepartments{"内科",   "外科", "儿科",   "妇产科",
                                                        "口腔科", "眼科", "中医科", "康复科"};
constexpr std::array<const char *, 3> pharmacyCounters{"处方药柜台", "非处方药区", "医疗器械区"};
constexpr std::array<const char *, 10> doctors{"刘医生", "陈医生", "王医生",     "张医生", "李医生",
                                               "赵医生", "黄医生", "Dr. Miller", "周医生", "吴医生"};
constexpr std::array<const char *, 5> pharmacists{"李药师", "王药师", "孙药师", "Grace Chen", "何药师"};
constexpr std::array<const char *, 4> serviceOfficers{"客服小王", "客服小李", "客服小赵", "Emily Zhou"};

constexpr std::array<const char *, 8> promoterComments{"医生很耐心，讲解清楚",     "服务热情，环境干净",
                                                       "药师用药指导很详细，谢谢", "挂号方便，等候时间短",
                                                       "非常满意，会推荐给家人",   "Very friendly staff, thank you",
                                                       "回访电话很贴心",           "价格合理，服务周到"};
constexpr std::array<const char *, 6> passiveComments{"总体还可以，就是排队有点久",
                                                      "环境一般，希望改进",
                                                      "服务不错，价格偏高",
                                                      "停车不太方便",
                                                      "取药窗口人多",
                                                      "OK overall"};
constexpr std::array<const char *, 6> detractorComments{"等了一个多小时，体验很差", "工作人员态度冷淡",
                                                        "收费不透明，不满意",       "药品缺货，跑了两次",
                                                        "诊断过程太匆忙",           "Waited too long, no explanation"};
constexpr std::array<const char *, 6> contactSummaries{"用药回访：按时服药，无不良反应",
                                                       "复诊提醒已送达",
                                                       "咨询慢病用药报销政策",
                                                       "预约体检时间",
                                                       "询问检查报告结果",
                                                       "社区义诊活动邀请"};

/** Month weight for visits: more in winter (colds, flu, chronic flare-ups), fewer in summer. */
int seasonWeight(int month)
{
    switch (month) {
    case 12:
    case 1:
    case 2: return 100;
    case 3:
    case 11: return 80;
    case 6:
    case 7:
    case 8: return 40;
    default: return 65;
    }
}

/** A time between @p from and @p to, drawn with the seasonal weight (rejection sampling, bounded). */
QDateTime seasonalTime(Rng &rng, const QDateTime &from, const QDateTime &to)
{
    const qint64 span = std::max<qint64>(1, from.secsTo(to) / 86400);
    QDateTime day;
    for (int attempt = 0; attempt < 6; ++attempt) {
        day = from.addDays(rng.below(static_cast<int>(std::min<qint64>(span, 5000))));
        if (rng.below(100) < seasonWeight(day.date().month())) {
            break;
        }
    }
    // Opening hours 08:00-18:00 Beijing time = 00:00-10:00 UTC.
    const QDateTime at(day.date(), QTime(rng.below(10), rng.below(60)), Qt::UTC);
    return std::min(at, to);
}

const Product &pickProduct(Rng &rng, bool chronic)
{
    const int roll = rng.below(100);
    if (roll < (chronic ? 55 : 25)) {
        return rng.pick(rxProducts);
    }
    if (roll < 80) {
        return rng.pick(otcProducts);
    }
    if (roll < 94) {
        return rng.pick(deviceProducts);
    }
    return rng.pick(serviceProducts);
}

Visit makeVisit(Rng &rng, const Customer &c, const QDateTime &at, bool pharmacy)
{
    Visit v;
    v.customerId = c.id;
    v.at = at;
    const int roll = rng.below(100);
    if (pharmacy) {
        v.kind = roll < 85   ? VisitKind::Purchase
                 : roll < 91 ? VisitKind::Consultation
                 : roll < 97 ? VisitKind::HealthCheck
                             : VisitKind::Event;
        v.department = u(rng.pick(pharmacyCounters));
        v.staff = u(rng.pick(pharmacists));
    } else {
        v.kind = roll < 48   ? VisitKind::Consultation
                 : roll < 63 ? VisitKind::Examination
                 : roll < 78 ? VisitKind::FollowUp
                 : roll < 88 ? VisitKind::HealthCheck
                 : roll < 97 ? VisitKind::Purchase
                             : VisitKind::Event;
        v.department =
            !c.categories.isEmpty() && rng.chance(70) ? c.categories.first() : u(rng.pick(clinicDepartments));
        v.staff = v.kind == VisitKind::Purchase ? u(rng.pick(pharmacists)) : u(rng.pick(doctors));
    }
    if (v.kind != VisitKind::Event && rng.chance(75)) {
        // Mostly short waits, a long tail: the minimum of two draws.
        v.waitingMinutes = std::min(rng.between(1, 75), rng.between(1, 75));
    }
    switch (v.kind) {
    case VisitKind::Purchase: {
        const int count = 1 + std::min(rng.below(4), rng.below(4));
        for (int i = 0; i < count; ++i) {
            const Product &p = pickProduct(rng, c.chronicMedication);
            v.items.append(
                VisitItem{0, u(p.name), p.productClass, 1 + (rng.chance(25) ? rng.below(3) : 0), p.priceCents});
            if (p.productClass == ProductClass::Rx && c.chronicMedication) {
                v.daysSupply = rng.chance(70) ? 30 : 14;
            }
        }
        // amountCents stays 0: the repository takes the items' total.
        break;
    }
    case VisitKind::Consultation: v.amountCents = pharmacy ? 0 : 1000 * rng.between(2, 30); break;
    case VisitKind::Examination: v.amountCents = 1000 * rng.between(8, 120); break;
    case VisitKind::FollowUp: v.amountCents = 500 * rng.between(0, 20); break;
    case VisitKind::HealthCheck: v.amountCents = pharmacy ? 0 : 10000 * rng.between(2, 12); break;
    case VisitKind::Event: v.amountCents = 0; break;
    }
    return v;
}

/** A survey response about @p visit: mostly promoters and passives, about 15% detractors, CSAT following NPS. */
SurveyResponse makeResponse(Rng &rng, const Visit &visit, const SurveyTemplate &survey, const QDateTime &now)
{
    SurveyResponse r;
    r.customerId = visit.customerId;
    r.templateId = survey.id;
    r.visitId = visit.id;
    r.at = std::min(now, visit.at.addSecs(3600 * rng.between(1, 72)));
    r.department = visit.department;
    r.staff = visit.staff;
    const int channel = rng.below(100);
    r.channel = channel < 40   ? SurveyChannel::Paper
                : channel < 70 ? SurveyChannel::Kiosk
                : channel < 95 ? SurveyChannel::Phone
                               : SurveyChannel::Interview;
    const bool longWait = visit.waitingMinutes && *visit.waitingMinutes > 45;
    const int group = rng.below(100) + (longWait ? 15 : 0); // long waits make people less happy
    int base = 0;                                           // typical dimension score
    const char *comment = nullptr;
    if (group < 55) {
        r.nps = rng.chance(55) ? 10 : 9;
        r.csat = rng.chance(70) ? 5 : 4;
        base = 5;
        comment = rng.chance(25) ? rng.pick(promoterComments) : nullptr;
    } else if (group < 85) {
        r.nps = rng.chance(50) ? 8 : 7;
        r.csat = rng.chance(60) ? 4 : 3;
        base = 4;
        comment = rng.chance(25) ? rng.pick(passiveComments) : nullptr;
    } else {
        r.nps = rng.between(0, 6);
        r.csat = rng.chance(50) ? 2 : (rng.chance(50) ? 3 : 1);
        base = 2;
        comment = rng.chance(50) ? rng.pick(detractorComments) : nullptr;
    }
    if (rng.chance(6)) {
        r.nps.reset(); // some forms leave the recommend question blank
    }
    if (comment) {
        r.comment = u(comment);
    }
    for (const SurveyDimension &d : survey.dimensions) {
        if (d.retired || rng.chance(8)) {
            continue;
        }
        int score = base + rng.between(-1, 1);
        if (d.key == QLatin1String("waiting_time") && longWait) {
            score -= 2;
        }
        r.scores.append(DimensionScore{d.id, d.key, {}, std::clamp(score, 1, 5)});
    }
    return r;
}

} // namespace

Result<RecordsDemo::Stats> RecordsDemo::generate(const QString &connectionName, const QString &userName,
                                                 const Clock &clock, const QList<Customer> &customers, quint64 seed)
{
    const QDateTime now = clock.nowUtc();
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    SiteProfile profile = SiteProfile::Clinic;
    if (execPrepared(q, QStringLiteral("SELECT value FROM meta WHERE key = 'profile'")) && q.next()) {
        profile = siteProfileFromId(q.value(0).toString()).value_or(SiteProfile::Clinic);
    }
    q.finish();
    const bool pharmacy = profile == SiteProfile::Pharmacy;
    SurveyRepository surveys(connectionName, userName, clock);
    auto survey = surveys.current(profile);
    if (!survey) {
        return survey.error();
    }
    Rng rng(seed ^ 0x5EC0D5DE30ULL);
    QList<Visit> visits;
    visits.reserve(customers.size() * 5);
    for (const Customer &c : customers) {
        if (c.id == 0 || c.kind != CustomerKind::Individual || c.lifecycle == LifecycleStage::Potential) {
            continue;
        }
        const QDateTime last = c.lastActivityAt.isValid() ? std::min(c.lastActivityAt, now) : QDateTime();
        if (!last.isValid()) {
            continue;
        }
        const QDateTime first = c.createdAt.isValid() ? std::min(c.createdAt, last) : last.addDays(-365);
        // Regulars and chronic patients come often; most people a few times.
        int count = 1 + std::min(rng.below(8), rng.below(8));
        if (c.chronicMedication || c.tags.contains(QStringLiteral("VIP"))) {
            count += 3 + rng.below(6);
        }
        // The latest visit is the customer's last activity, so the stored value stays true.
        visits << makeVisit(rng, c, last, pharmacy);
        for (int i = 1; i < count; ++i) {
            visits << makeVisit(rng, c, seasonalTime(rng, first, last), pharmacy);
        }
    }
    VisitRepository repository(connectionName, userName, clock);
    if (auto status = repository.addVisitsBulk(visits); !status) {
        return status.error();
    }
    Stats stats;
    stats.visits = static_cast<int>(visits.size());
    QList<Interaction> interactions;
    QList<SurveyResponse> responses;
    for (const Visit &v : std::as_const(visits)) {
        stats.items += static_cast<int>(v.items.size());
        if (rng.chance(30)) {
            Interaction i;
            i.customerId = v.customerId;
            i.at = std::min(now, v.at.addSecs(3600 * rng.between(4, 96)));
            const int roll = rng.below(100);
            i.channel = roll < 50   ? InteractionChannel::Phone
                        : roll < 75 ? InteractionChannel::Sms
                        : roll < 90 ? InteractionChannel::Online
                        : roll < 95 ? InteractionChannel::FaceToFace
                        : roll < 98 ? InteractionChannel::Email
                                    : InteractionChannel::Event;
            i.direction = rng.chance(70) ? Direction::Outbound : Direction::Inbound;
            i.staff = u(rng.pick(serviceOfficers));
            i.summary = u(rng.pick(contactSummaries));
            if (i.direction == Direction::Outbound && rng.chance(70)) {
                i.visitId = v.id;
            }
            interactions << i;
        }
        if (v.kind != VisitKind::Event && rng.chance(22)) {
            responses << makeResponse(rng, v, *survey, now);
        }
    }
    if (auto status = repository.addInteractionsBulk(interactions); !status) {
        return status.error();
    }
    if (auto status = surveys.addResponsesBulk(responses); !status) {
        return status.error();
    }
    stats.interactions = static_cast<int>(interactions.size());
    stats.responses = static_cast<int>(responses.size());
    return stats;
}

} // namespace caredesk::core
