// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoVocabulary.h"

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

using demo::englishFirst;
using demo::englishLast;
using demo::givenChars;
using demo::Region;
using demo::regions;
using demo::Rng;
using demo::streets;
using demo::surnames;
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
    // Marketing calls by phone (win-back calls need them): most of those who agreed to marketing texts. Taken from
    // the number rather than a new draw, so the rest of the demo stays as it was.
    if (c.consents.contains(QStringLiteral("sms|marketing")) && !c.phone.isEmpty() &&
        c.phone.back() < QLatin1Char('7')) {
        c.consents << QStringLiteral("phone|marketing");
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
