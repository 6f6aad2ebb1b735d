// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/campaigns/CampaignsDemo.h"
#include "core/complaints/ComplaintsDemo.h"
#include "core/customers/ChineseIdNumber.h"
#include "core/customers/CustomerRepository.h"
#include "core/demo/LoyaltyDemo.h"
#include "core/demo/RecordsDemo.h"
#include "core/followups/FollowUpsDemo.h"
#include "core/storage/Database.h"

#include <array>

namespace caredesk::core {

namespace {

/** SplitMix64: tiny, fast and the same everywhere. */
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
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

// Common surnames, most frequent first (picked with a bias toward the front, as in life).
constexpr std::array<const char *, 40> surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                                "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
                                                "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                                                "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "欧阳"};
constexpr std::array<const char *, 60> givenChars{
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "建", "文", "辉",
    "鹏", "宇", "浩", "婷", "雪", "琳", "晨", "欣", "佳", "怡", "子", "涵", "轩", "梓", "博",
    "思", "雨", "嘉", "俊", "峰", "慧", "颖", "瑶", "凯", "斌", "志", "海", "春", "兰", "燕"};
constexpr std::array<const char *, 24> englishFirst{
    "Mary",  "John",   "Linda", "David", "Susan", "James",   "Emily", "Daniel", "Grace", "Peter", "Alice", "Thomas",
    "Helen", "Robert", "Laura", "Kevin", "Sarah", "Michael", "Anna",  "Mark",   "Julia", "Paul",  "Emma",  "George"};
constexpr std::array<const char *, 20> englishLast{"Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson",  "Moore",
                                                   "Clark", "Walker",  "Young", "Allen",  "King",   "Wright",  "Scott",
                                                   "Green", "Baker",   "Adams", "Nelson", "Hill",   "Campbell"};
struct Region {
    const char *name;
    const char *areaCode;
    const char *idPrefix;
};
constexpr std::array<Region, 14> regions{{{"北京市朝阳区", "010", "110105"},
                                          {"北京市海淀区", "010", "110108"},
                                          {"北京市东城区", "010", "110101"},
                                          {"北京市西城区", "010", "110102"},
                                          {"上海市浦东新区", "021", "310115"},
                                          {"上海市徐汇区", "021", "310104"},
                                          {"上海市静安区", "021", "310106"},
                                          {"广州市天河区", "020", "440106"},
                                          {"广州市越秀区", "020", "440104"},
                                          {"深圳市南山区", "0755", "440305"},
                                          {"深圳市福田区", "0755", "440304"},
                                          {"杭州市西湖区", "0571", "330106"},
                                          {"成都市武侯区", "028", "510107"},
                                          {"南京市鼓楼区", "025", "320106"}}};
constexpr std::array<const char *, 12> streets{"建国路",   "中关村大街", "长安街",   "世纪大道", "淮海中路", "天河路",
                                               "深南大道", "文三路",     "人民南路", "中山路",   "解放路",   "和平里"};
constexpr std::array<const char *, 10> organisations{
    "华信科技有限公司", "海淀实验小学",     "明德中学",
    "康宁养老院",       "东方航空服务公司", "Greenfield International School",
    "阳光幼儿园",       "远景建筑设计院",   "Pacific Trading Ltd.",
    "市第三中学"};
constexpr std::array<const char *, 10> tagPool{"VIP",  "慢病管理", "高血压",   "糖尿病", "孕产",
                                               "儿童", "老年",     "术后随访", "过敏史", "员工家属"};
constexpr std::array<const char *, 8> clinicCategories{"内科",   "外科", "儿科",   "妇产科",
                                                       "口腔科", "眼科", "中医科", "康复科"};
constexpr std::array<const char *, 4> mobilePrefixes{"13", "15", "18", "17"};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString digitsOf(Rng &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        out += QLatin1Char(static_cast<char>('0' + rng.below(10)));
    }
    return out;
}

QString chineseName(Rng &rng)
{
    // Bias toward common surnames: the minimum of two draws.
    const int index =
        std::min(rng.below(static_cast<int>(surnames.size())), rng.below(static_cast<int>(surnames.size())));
    QString name = u(surnames[static_cast<std::size_t>(index)]) + u(rng.pick(givenChars));
    if (rng.chance(65)) {
        name += u(rng.pick(givenChars));
    }
    return name;
}

Customer makeIndividual(Rng &rng, const QDateTime &now)
{
    Customer c;
    const bool english = rng.chance(8);
    c.name = english ? u(rng.pick(englishFirst)) + QLatin1Char(' ') + u(rng.pick(englishLast)) : chineseName(rng);
    c.sex = rng.chance(52) ? Sex::Female : Sex::Male;
    const Region &region = rng.pick(regions);
    c.region = u(region.name);
    c.address = c.region + u(rng.pick(streets)) + QString::number(1 + rng.below(300)) + u("号");
    const QDate today = now.date();
    c.birthDate = QDate(1940, 1, 1).addDays(rng.below(static_cast<int>(QDate(1940, 1, 1).daysTo(today.addYears(-1)))));
    if (rng.chance(88)) {
        c.phone = u(rng.pick(mobilePrefixes)) + QString::number(rng.below(10)) + digitsOf(rng, 8);
    } else {
        c.phone = QLatin1String(region.areaCode) + QLatin1Char('-') + QString::number(2 + rng.below(7)) +
                  digitsOf(rng, QLatin1String(region.areaCode).size() == 3 ? 7 : 6);
    }
    if (rng.chance(10)) {
        c.phone2 = u(rng.pick(mobilePrefixes)) + QString::number(rng.below(10)) + digitsOf(rng, 8);
    }
    if (!english && rng.chance(30)) {
        const QString sequence =
            QStringLiteral("%1").arg(rng.below(500) * 2 + (c.sex == Sex::Male ? 1 : 0), 3, 10, QLatin1Char('0'));
        const QString first17 =
            QLatin1String(region.idPrefix) + c.birthDate.toString(QStringLiteral("yyyyMMdd")) + sequence;
        c.idNumber = first17 + ChineseIdNumber::checkCharacter(first17);
    }
    if (english || rng.chance(15)) {
        c.email = QStringLiteral("user%1@example.com").arg(rng.next() % 1000000);
    }
    static const std::array<SourceChannel, 5> sources{SourceChannel::WalkIn, SourceChannel::WalkIn,
                                                      SourceChannel::Referral, SourceChannel::Campaign,
                                                      SourceChannel::Online};
    c.source = rng.pick(sources);
    static const std::array<ContactChannel, 5> channels{ContactChannel::Phone, ContactChannel::Sms,
                                                        ContactChannel::WeChat, ContactChannel::WeChat,
                                                        ContactChannel::None};
    c.preferredChannel = rng.pick(channels);
    if (rng.chance(30)) {
        c.tags << u(rng.pick(tagPool));
        if (rng.chance(30)) {
            c.tags << u(rng.pick(tagPool));
        }
        c.tags.removeDuplicates();
    }
    if (rng.chance(40)) {
        c.categories << u(rng.pick(clinicCategories));
    }
    c.chronicMedication = rng.chance(20);
    if (rng.chance(45)) {
        c.consents << QStringLiteral("sms|marketing");
    }
    if (rng.chance(70)) {
        c.consents << QStringLiteral("sms|service");
    }
    if (rng.chance(25)) {
        c.consents << QStringLiteral("wechat|marketing");
    }
    c.createdAt = now.addSecs(-static_cast<qint64>(rng.below(3 * 365)) * 86400 - rng.below(86400));
    // Activity: most recent, a tail that is dormant or lost.
    const int daysAgo = rng.chance(70) ? rng.below(170) : rng.below(720);
    c.lastActivityAt = std::max(c.createdAt, now.addSecs(-static_cast<qint64>(daysAgo) * 86400 - rng.below(86400)));
    c.lifecycle = rng.chance(5) ? LifecycleStage::Potential : LifecycleStage::Active;
    return c;
}

} // namespace

DemoGenerator::DemoGenerator(Database &database, const Clock &clock)
    : DemoGenerator(database.connectionName(), database.session().userName, clock)
{
}

DemoGenerator::DemoGenerator(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

QList<Customer> DemoGenerator::makeCustomers(const Options &options, const QDateTime &now)
{
    Rng rng(options.seed);
    QList<Customer> out;
    out.reserve(options.customers);
    const int organisationCount = std::max(options.customers >= 50 ? 1 : 0, options.customers / 200);
    for (int i = 0; i < organisationCount && out.size() < options.customers; ++i) {
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.name = u(organisations[static_cast<std::size_t>(i) % organisations.size()]);
        if (i >= static_cast<int>(organisations.size())) {
            org.name += QStringLiteral(" %1").arg(i / static_cast<int>(organisations.size()) + 1);
        }
        org.region = u(rng.pick(regions).name);
        org.phone = QStringLiteral("010-6%1").arg(digitsOf(rng, 7));
        org.source = SourceChannel::Campaign;
        org.notes = u("团体服务协议");
        org.createdAt = now.addDays(-400 - rng.below(300));
        org.lastActivityAt = now.addDays(-rng.below(60));
        out << org;
    }
    while (out.size() < options.customers) {
        const bool duplicate = out.size() > organisationCount + 10 && rng.chance(options.duplicatePercent);
        if (duplicate) {
            const Customer &original =
                out.at(organisationCount + rng.below(static_cast<int>(out.size()) - organisationCount));
            if (original.kind == CustomerKind::Individual) {
                Customer copy = makeIndividual(rng, now);
                switch (rng.below(3)) {
                case 0: // the same person registered again with the same phone
                    copy.name = original.name;
                    copy.phone = original.phone;
                    break;
                case 1: // same name and birth date, new phone
                    copy.name = original.name;
                    copy.birthDate = original.birthDate;
                    copy.sex = original.sex;
                    break;
                default: // same phone, name typed differently
                    copy.phone = original.phone;
                    copy.birthDate = original.birthDate;
                    break;
                }
                copy.idNumber.clear();
                copy.notes = QStringLiteral("demo-duplicate");
                out << copy;
                continue;
            }
        }
        out << makeIndividual(rng, now);
    }
    return out;
}

Result<DemoGenerator::Stats> DemoGenerator::generate(const Options &options,
                                                     const std::function<void(int, int)> &progress)
{
    const QDateTime now = m_clock.nowUtc();
    QList<Customer> all = makeCustomers(options, now);
    CustomerRepository repository(m_connectionName, m_userName, m_clock);
    Stats stats;
    QList<CustomerId> organisationIds;
    for (qsizetype start = 0; start < all.size(); start += options.batchSize) {
        QList<Customer> batch = all.mid(start, options.batchSize);
        for (Customer &c : batch) {
            // One member in five belongs to an organisation that is already saved.
            if (c.kind == CustomerKind::Individual && !organisationIds.isEmpty() && (c.phone.size() % 5 == 0)) {
                c.organisationId =
                    organisationIds.at(static_cast<qsizetype>(c.birthDate.day()) % organisationIds.size());
            }
        }
        if (auto status = repository.addBulk(batch); !status) {
            return status.error();
        }
        std::copy(batch.cbegin(), batch.cend(), all.begin() + start); // with their ids, for the records below
        for (const Customer &c : std::as_const(batch)) {
            if (c.kind == CustomerKind::Organisation) {
                organisationIds << c.id;
                ++stats.organisations;
            }
            stats.duplicates += c.notes == QLatin1String("demo-duplicate") ? 1 : 0;
        }
        stats.customers += static_cast<int>(batch.size());
        if (progress) {
            progress(stats.customers, static_cast<int>(all.size()));
        }
    }
    if (auto records = RecordsDemo::generate(m_connectionName, m_userName, m_clock, all, options.seed); !records) {
        return records.error();
    }
    if (auto loyalty = LoyaltyDemo::generate(m_connectionName, m_userName, options.seed, m_clock); !loyalty) {
        return loyalty.error();
    }
    // Complaints before follow-ups: resolved complaints get their verification calls from the rules.
    if (auto complaints = ComplaintsDemo::generate(m_connectionName, m_userName, m_clock, options.seed); !complaints) {
        return complaints.error();
    }
    if (auto followUps = FollowUpsDemo::generate(m_connectionName, m_userName, m_clock, options.seed); !followUps) {
        return followUps.error();
    }
    if (auto campaigns = CampaignsDemo::generate(m_connectionName, m_userName, m_clock, options.seed); !campaigns) {
        return campaigns.error();
    }
    return stats;
}

} // namespace caredesk::core
