// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns: segment compilation per criterion, audiences with exclusions by reason and a reproducible holdout,
// the evaluation against hand-worked figures, and the audited contact-list export with its permission rule.
#include "core/audit/AuditLog.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/campaigns/CampaignsDemo.h"
#include "core/campaigns/SegmentCompiler.h"
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void must(const Status &status)
{
    INFO((status ? QString() : status.error().message + QStringLiteral(" | ") + status.error().detail).toStdString());
    REQUIRE(status.ok());
}

QDateTime utc(const QDate &day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0)).toUTC();
}

std::unique_ptr<Database> openAs(TemporaryDatabase &temp, const QString &user, Role role)
{
    const QString password = QStringLiteral("Desk-Password-2026");
    must(temp.db().addUser(user, role, password, KdfParams::fastForTests()));
    temp.close();
    return must(Database::open(temp.path(), user, password));
}

/** Ids the compiled segment selects (activity status aside, which is applied in C++). */
QSet<CustomerId> matching(Database &db, const SegmentFilter &filter)
{
    const CompiledSegment compiled =
        must(SegmentCompiler::compile(filter, fixedNow.date(), QStringLiteral("standard")));
    QSqlQuery q(db.connection());
    REQUIRE(execPrepared(q, QStringLiteral("SELECT c.id FROM customer c WHERE ") + compiled.where, compiled.values));
    QSet<CustomerId> ids;
    while (q.next()) {
        ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

void grant(CustomerRepository &customers, CustomerId id, ContactChannel channel, const QString &purpose, bool granted,
           const QDateTime &at)
{
    ConsentEvent e;
    e.customerId = id;
    e.channel = channel;
    e.purpose = purpose;
    e.granted = granted;
    e.at = at;
    must(customers.recordConsent(e));
}

struct SegmentFixture {
    TemporaryDatabase temp;
    FixedClock clock{fixedNow.addDays(-500)};
    CustomerRepository customers{temp.db(), clock};
    VisitRepository visits{temp.db(), clock};
    CustomerId a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;

    CustomerId add(const QString &name, Sex sex, const QDate &born, const QString &region, const QStringList &tags,
                   SourceChannel source, const QDateTime &lastActivity, CustomerKind kind = CustomerKind::Individual)
    {
        Customer x;
        x.name = name;
        x.kind = kind;
        x.sex = sex;
        x.birthDate = born;
        x.region = region;
        x.tags = tags;
        x.source = source;
        x.lastActivityAt = lastActivity;
        return must(customers.add(x)).id;
    }

    void visit(CustomerId who, VisitKind kind, const QDate &day, const QString &department)
    {
        Visit v;
        v.customerId = who;
        v.kind = kind;
        v.at = utc(day);
        v.department = department;
        v.amountCents = 1000;
        must(visits.addVisit(v));
    }

    void tier(CustomerId who, const QString &from, const QString &to, const QString &day)
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(execPrepared(q,
                             QStringLiteral("INSERT INTO loyalty_tier_event(customer_id, at, from_tier, to_tier, "
                                            "recorded_at) VALUES (?, ?, ?, ?, ?)"),
                             {who, day, from, to, iso(fixedNow)}));
    }

    SegmentFixture()
    {
        const QString beijing = QStringLiteral("北京市朝阳区");
        a = add(QStringLiteral("王芳"), Sex::Female, QDate(1950, 5, 1), beijing, {QStringLiteral("高血压")},
                SourceChannel::WalkIn, fixedNow.addDays(-60));
        b = add(QStringLiteral("李强"), Sex::Male, QDate(1990, 1, 1), QStringLiteral("上海市浦东新区"),
                {QStringLiteral("糖尿病")}, SourceChannel::Referral, fixedNow.addDays(-10));
        c = add(QStringLiteral("陈静"), Sex::Female, QDate(1985, 12, 1), beijing, {}, SourceChannel::Online,
                fixedNow.addDays(-5));
        d = add(QStringLiteral("华康科技有限公司"), Sex::Unknown, {}, beijing, {}, SourceChannel::Unknown,
                fixedNow.addDays(-5), CustomerKind::Organisation);
        e = add(QStringLiteral("赵磊"), Sex::Male, {}, QStringLiteral("广州市天河区"), {}, SourceChannel::WalkIn,
                fixedNow.addDays(-250));
        f = add(QStringLiteral("孙丽"), Sex::Female, {}, QStringLiteral("广州市天河区"), {}, SourceChannel::WalkIn,
                fixedNow.addDays(-400));
        clock.set(fixedNow);
        visit(a, VisitKind::Consultation, QDate(2026, 9, 26), QStringLiteral("内科"));
        visit(b, VisitKind::Purchase, QDate(2026, 3, 1), QStringLiteral("药房"));
        visit(e, VisitKind::HealthCheck, QDate(2026, 3, 20), QStringLiteral("体检中心"));
        tier(b, QStringLiteral("standard"), QStringLiteral("silver"), QStringLiteral("2026-01-01"));
        tier(b, QStringLiteral("silver"), QStringLiteral("gold"), QStringLiteral("2026-06-01"));
        tier(a, QStringLiteral("standard"), QStringLiteral("silver"), QStringLiteral("2026-02-01"));
        tier(a, QStringLiteral("silver"), QStringLiteral("standard"), QStringLiteral("2026-08-01"));
    }
};

} // namespace

TEST_CASE("Each segment criterion selects exactly the customers it describes", "[campaigns]")
{
    SegmentFixture fx;
    Database &db = fx.temp.db();
    using Ids = QSet<CustomerId>;

    CHECK(matching(db, {}) == Ids{fx.a, fx.b, fx.c, fx.d, fx.e, fx.f});

    SegmentFilter f;
    f.kind = CustomerKind::Organisation;
    CHECK(matching(db, f) == Ids{fx.d});

    f = {};
    f.sex = Sex::Female;
    CHECK(matching(db, f) == Ids{fx.a, fx.c, fx.f});

    f = {};
    f.minAge = 40; // 陈静 turns 41 on 2026-12-01: 40 on the 24th of November; unknown birth dates never match
    CHECK(matching(db, f) == Ids{fx.a, fx.c});
    f.maxAge = 40;
    CHECK(matching(db, f) == Ids{fx.c});
    f = {};
    f.maxAge = 39;
    CHECK(matching(db, f) == Ids{fx.b});

    f = {};
    f.regions = {QStringLiteral("上海市浦东新区"), QStringLiteral("广州市天河区")};
    CHECK(matching(db, f) == Ids{fx.b, fx.e, fx.f});

    f = {};
    f.tags = {QStringLiteral("高血压"), QStringLiteral("糖尿病")};
    CHECK(matching(db, f) == Ids{fx.a, fx.b});

    f = {};
    f.sources = {SourceChannel::Referral, SourceChannel::Online};
    CHECK(matching(db, f) == Ids{fx.b, fx.c});

    // The latest tier event counts (王芳 was downgraded back); no event means the base tier.
    f = {};
    f.loyaltyTiers = {QStringLiteral("gold")};
    CHECK(matching(db, f) == Ids{fx.b});
    f.loyaltyTiers = {QStringLiteral("silver")};
    CHECK(matching(db, f).isEmpty());
    f.loyaltyTiers = {QStringLiteral("standard")};
    CHECK(matching(db, f) == Ids{fx.a, fx.c, fx.d, fx.e, fx.f});

    f = {};
    f.lastVisitBefore = QDate(2026, 6, 1);
    CHECK(matching(db, f) == Ids{fx.b, fx.e});
    f = {};
    f.lastVisitSince = QDate(2026, 6, 1);
    CHECK(matching(db, f) == Ids{fx.a});

    f = {};
    f.visitDepartment = QStringLiteral("内科");
    CHECK(matching(db, f) == Ids{fx.a});
    f = {};
    f.visitKinds = {VisitKind::HealthCheck, VisitKind::Purchase};
    CHECK(matching(db, f) == Ids{fx.b, fx.e});
    f.visitFrom = QDate(2026, 3, 1);
    f.visitTo = QDate(2026, 3, 1); // the whole day, both ends inclusive
    CHECK(matching(db, f) == Ids{fx.b});
    f.visitFrom = QDate(2026, 3, 2);
    f.visitTo = QDate(2026, 12, 31);
    CHECK(matching(db, f) == Ids{fx.e});

    // Values are bound, never spliced into the SQL.
    f = {};
    f.regions = {QStringLiteral("x' OR '1'='1")};
    CHECK(matching(db, f).isEmpty());

    // Criteria combine with AND.
    f = {};
    f.sex = Sex::Female;
    f.regions = {QStringLiteral("北京市朝阳区")};
    f.minAge = 60;
    CHECK(matching(db, f) == Ids{fx.a});
}

TEST_CASE("Activity status in a segment follows the customers' own dormant and lost rule", "[campaigns]")
{
    SegmentFixture fx;
    CampaignRepository repo(fx.temp.db(), fx.clock);
    SegmentFilter f;
    f.activity = {ActivityStatus::Dormant};
    CHECK(must(repo.previewSegment(f, ContactChannel::Sms, QStringLiteral("marketing"))).matched == 1); // 赵磊
    f.activity = {ActivityStatus::Lost};
    CHECK(must(repo.previewSegment(f, ContactChannel::Sms, QStringLiteral("marketing"))).matched == 1); // 孙丽
    f.activity = {ActivityStatus::Active};
    CHECK(must(repo.previewSegment(f, ContactChannel::Sms, QStringLiteral("marketing"))).matched == 4);
    // The site's thresholds decide: dormant after 300 days and lost after 500, 赵磊 (249 days) is active again
    // and 孙丽 (400 days) only dormant.
    must(fx.customers.setActivityThresholds(300, 500));
    CampaignRepository after(fx.temp.db(), fx.clock);
    f.activity = {ActivityStatus::Active};
    CHECK(must(after.previewSegment(f, ContactChannel::Sms, QStringLiteral("marketing"))).matched == 5);
    f.activity = {ActivityStatus::Lost};
    CHECK(must(after.previewSegment(f, ContactChannel::Sms, QStringLiteral("marketing"))).matched == 0);
    f.activity = {ActivityStatus::Dormant, ActivityStatus::Lost};
    CHECK(must(after.previewSegment(f, ContactChannel::Sms, QStringLiteral("marketing"))).matched == 1);
}

TEST_CASE("A segment filter survives its JSON form and refuses criteria it cannot evaluate", "[campaigns]")
{
    SegmentFilter f;
    f.kind = CustomerKind::Individual;
    f.sex = Sex::Male;
    f.minAge = 18;
    f.maxAge = 65;
    f.regions = {QStringLiteral("北京市朝阳区")};
    f.tags = {QStringLiteral("VIP")};
    f.sources = {SourceChannel::Campaign};
    f.activity = {ActivityStatus::Dormant, ActivityStatus::Lost};
    f.loyaltyTiers = {QStringLiteral("gold")};
    f.lastVisitBefore = QDate(2026, 1, 1);
    f.visitDepartment = QStringLiteral("口腔科");
    f.visitKinds = {VisitKind::Consultation};
    f.visitFrom = QDate(2025, 1, 1);
    f.visitTo = QDate(2025, 12, 31);
    CHECK(must(SegmentFilter::fromJson(f.toJson())) == f);
    CHECK(must(SegmentFilter::fromJson(QString())).isEmpty());
    CHECK_FALSE(SegmentFilter::fromJson(QStringLiteral("[1,2]")).ok());
    CHECK_FALSE(SegmentFilter::fromJson(QStringLiteral("{\"minAge\": \"old\"}")).ok());

    // A later version's criterion (RFM class) is kept on a round trip but never silently ignored.
    const SegmentFilter later = must(SegmentFilter::fromJson(QStringLiteral("{\"rfmClasses\": [\"champions\"]}")));
    CHECK(later.unsupported.contains(QStringLiteral("rfmClasses")));
    CHECK(QJsonDocument::fromJson(later.toJson().toUtf8()).object().contains(QStringLiteral("rfmClasses")));
    auto compiled = SegmentCompiler::compile(later, fixedNow.date(), QStringLiteral("standard"));
    REQUIRE_FALSE(compiled.ok());
    CHECK(compiled.error().code == ErrorCode::Usage);
}

TEST_CASE("Building an audience counts every excluded customer under its reason", "[campaigns]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow.addDays(-30));
    CustomerRepository customers(temp.db(), clock);
    CampaignRepository repo(temp.db(), clock);
    auto person = [&](const QString &name, const QString &phone) {
        Customer x;
        x.name = name;
        x.phone = phone;
        return must(customers.add(x)).id;
    };
    const QString marketing = QStringLiteral("marketing");
    const CustomerId ok = person(QStringLiteral("张一"), QStringLiteral("13800000001"));
    grant(customers, ok, ContactChannel::Sms, marketing, true, fixedNow.addDays(-30));
    const CustomerId withdrawn = person(QStringLiteral("张二"), QStringLiteral("13800000002"));
    grant(customers, withdrawn, ContactChannel::Sms, marketing, true, fixedNow.addDays(-30));
    grant(customers, withdrawn, ContactChannel::Sms, marketing, false, fixedNow.addDays(-20));
    const CustomerId otherChannel = person(QStringLiteral("张三"), QStringLiteral("13800000003"));
    grant(customers, otherChannel, ContactChannel::WeChat, marketing, true, fixedNow.addDays(-30));
    const CustomerId otherPurpose = person(QStringLiteral("张四"), QStringLiteral("13800000004"));
    grant(customers, otherPurpose, ContactChannel::Sms, QStringLiteral("service"), true, fixedNow.addDays(-30));
    const CustomerId landline = person(QStringLiteral("张五"), QStringLiteral("010-88886666"));
    grant(customers, landline, ContactChannel::Sms, marketing, true, fixedNow.addDays(-30));
    const CustomerId regranted = person(QStringLiteral("张六"), QStringLiteral("13800000006"));
    grant(customers, regranted, ContactChannel::Sms, marketing, false, fixedNow.addDays(-30));
    grant(customers, regranted, ContactChannel::Sms, marketing, true, fixedNow.addDays(-25));
    const CustomerId duplicate = person(QStringLiteral("张一"), QStringLiteral("13800000007"));
    grant(customers, duplicate, ContactChannel::Sms, marketing, true, fixedNow.addDays(-30));
    clock.set(fixedNow);
    must(customers.merge(ok, duplicate, {}));

    const CampaignSegment everyone = must(repo.saveSegment({0, QStringLiteral("Everyone"), {}, {}, {}, {}}));
    Campaign c;
    c.name = QStringLiteral("Spring offer");
    c.setChannel(CampaignChannel::Sms);
    c.startDate = fixedNow.date();
    c.endDate = fixedNow.date().addDays(7);
    c.segmentId = everyone.id;
    c = must(repo.addCampaign(c));

    const AudienceSummary summary = must(repo.buildAudience(c.id));
    CHECK(summary.target == 2);
    CHECK(summary.holdout == 0);
    CHECK(summary.excluded.value(ExclusionReason::Merged) == 1);
    CHECK(summary.excluded.value(ExclusionReason::ConsentWithdrawn) == 1);
    CHECK(summary.excluded.value(ExclusionReason::NoConsent) == 2); // another channel, another purpose
    CHECK(summary.excluded.value(ExclusionReason::NoContact) == 1); // a landline cannot take an SMS
    QSet<CustomerId> members;
    for (const CampaignMember &m : must(repo.memberPage(c.id, 0, 100))) {
        members.insert(m.customerId);
    }
    CHECK(members == QSet<CustomerId>{ok, regranted});

    const SegmentPreview preview = must(repo.previewSegment({}, ContactChannel::Sms, marketing));
    CHECK(preview.matched == 6);
    CHECK(preview.eligible == 2);
    CHECK(preview.excluded == summary.excluded);

    const CampaignEvaluation evaluation = must(repo.evaluate(c.id));
    CHECK(evaluation.excluded == summary.excluded);
    CHECK(evaluation.excludedTotal() == 5);

    // A phone campaign reaches the landline (and needs phone consent, which nobody has).
    grant(customers, landline, ContactChannel::Phone, marketing, true, fixedNow);
    CHECK(must(repo.previewSegment({}, ContactChannel::Phone, marketing)).eligible == 1);
}

TEST_CASE("The holdout group has the exact rounded size and the same members on every rebuild", "[campaigns]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    QList<Customer> people;
    for (int i = 0; i < 205; ++i) {
        Customer x;
        x.name = QStringLiteral("客户%1").arg(i);
        x.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        x.consents = {QStringLiteral("sms|marketing")};
        people.append(x);
    }
    must(CustomerRepository(temp.db(), clock).addBulk(people));
    CampaignRepository repo(temp.db(), clock);
    const CampaignSegment everyone = must(repo.saveSegment({0, QStringLiteral("Everyone"), {}, {}, {}, {}}));
    auto campaign = [&](int percent) {
        Campaign c;
        c.name = QStringLiteral("Holdout %1").arg(percent);
        c.setChannel(CampaignChannel::Sms);
        c.startDate = fixedNow.date();
        c.endDate = fixedNow.date();
        c.holdoutPercent = percent;
        c.segmentId = everyone.id;
        return must(repo.addCampaign(c));
    };
    auto holdoutOf = [&](CampaignId id) {
        QSet<CustomerId> ids;
        for (const CampaignMember &m : must(repo.memberPage(id, 0, 1000, CampaignGroup::Holdout))) {
            ids.insert(m.customerId);
        }
        return ids;
    };

    const Campaign ten = campaign(10);
    AudienceSummary s = must(repo.buildAudience(ten.id));
    CHECK(s.holdout == 21); // round(20.5), half up
    CHECK(s.target == 184);
    const QSet<CustomerId> first = holdoutOf(ten.id);
    CHECK(first.size() == 21);
    s = must(repo.buildAudience(ten.id));
    CHECK(holdoutOf(ten.id) == first);

    const Campaign twelve = campaign(12);
    CHECK(must(repo.buildAudience(twelve.id)).holdout == 25); // round(24.6)
    const Campaign none = campaign(0);
    CHECK(must(repo.buildAudience(none.id)).holdout == 0);
    // Another campaign draws another group.
    const Campaign tenAgain = campaign(10);
    must(repo.buildAudience(tenAgain.id));
    CHECK(holdoutOf(tenAgain.id).size() == 21);
    CHECK(holdoutOf(tenAgain.id) != first);

    // Once running the audience is frozen; holdout members are never contacted.
    must(repo.start(ten.id));
    auto rebuilt = repo.buildAudience(ten.id);
    REQUIRE_FALSE(rebuilt.ok());
    CHECK(rebuilt.error().code == ErrorCode::Conflict);
    auto contacted = repo.markContacted(ten.id, *first.cbegin());
    REQUIRE_FALSE(contacted.ok());
    CHECK(contacted.error().code == ErrorCode::Conflict);
}

namespace {

/** A campaign of 10 eligible customers, 20% holdout, started on 2026-10-01 with a 30-day window. */
struct MetricsFixture {
    TemporaryDatabase temp;
    FixedClock clock{fixedNow.addDays(-120)};
    CustomerRepository customers{temp.db(), clock};
    VisitRepository visits{temp.db(), clock};
    CampaignRepository repo{temp.db(), clock};
    Campaign campaign;
    QList<CustomerId> target;
    QList<CustomerId> holdout;
    CustomerId outsider = 0;
    const QDate start{2026, 10, 1};

    explicit MetricsFixture(int holdoutPercent)
    {
        QList<Customer> people;
        for (int i = 0; i < 11; ++i) {
            Customer x;
            x.name = QStringLiteral("Member %1").arg(i);
            x.phone = QStringLiteral("1370000%1").arg(i, 4, 10, QLatin1Char('0'));
            x.tags = {i < 10 ? QStringLiteral("in") : QStringLiteral("out")};
            x.consents = {QStringLiteral("sms|marketing")};
            people.append(x);
        }
        must(customers.addBulk(people));
        outsider = people.at(10).id;
        SegmentFilter f;
        f.tags = {QStringLiteral("in")};
        const CampaignSegment segment = must(repo.saveSegment({0, QStringLiteral("In"), f, {}, {}, {}}));
        Campaign c;
        c.name = QStringLiteral("Autumn check");
        c.setChannel(CampaignChannel::Sms);
        c.startDate = start;
        c.endDate = start.addDays(6);
        c.costCents = 12000;
        c.conversionDays = 30;
        c.holdoutPercent = holdoutPercent;
        c.segmentId = segment.id;
        campaign = must(repo.addCampaign(c));
        must(repo.buildAudience(campaign.id));
        clock.set(utc(start, 8));
        must(repo.start(campaign.id));
        for (const CampaignMember &m : must(repo.memberPage(campaign.id, 0, 100))) {
            (m.group == CampaignGroup::Target ? target : holdout).append(m.customerId);
        }
        clock.set(fixedNow);
    }

    void visit(CustomerId who, const QDateTime &at, VisitKind kind = VisitKind::Consultation)
    {
        Visit v;
        v.customerId = who;
        v.kind = kind;
        v.at = at;
        v.amountCents = 5000;
        must(visits.addVisit(v));
    }

    void survey(CustomerId who, const QDateTime &at, int csat)
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(execPrepared(q,
                             QStringLiteral("INSERT INTO survey_response(customer_id, template_id, at, channel, csat, "
                                            "created_at, created_by) VALUES (?, 1, ?, 'phone', ?, ?, 'admin')"),
                             {who, iso(at), csat, iso(at)}));
    }
};

} // namespace

TEST_CASE("Campaign metrics match figures worked out by hand", "[campaigns]")
{
    MetricsFixture fx(20);
    REQUIRE(fx.target.size() == 8);
    REQUIRE(fx.holdout.size() == 2);
    const auto &t = fx.target;
    const QDateTime day1 = utc(fx.start, 11);
    // Contacted 6 of 8; t0 and t1 responded, t1 and t2 attended (t2 without a reply): 3 participants.
    must(fx.repo.markContacted(fx.campaign.id, t[0], day1));
    must(fx.repo.markContacted(fx.campaign.id, t[3], day1));
    must(fx.repo.markContacted(fx.campaign.id, t[4], day1));
    must(fx.repo.markContacted(fx.campaign.id, t[5], day1));
    must(fx.repo.markResponded(fx.campaign.id, t[0], QStringLiteral("会来"), day1.addSecs(3600)));
    must(fx.repo.markResponded(fx.campaign.id, t[1], QStringLiteral("OK"), day1.addSecs(7200)));
    must(fx.repo.markAttended(fx.campaign.id, t[1], utc(fx.start.addDays(2), 14)));
    must(fx.repo.markAttended(fx.campaign.id, t[2], utc(fx.start.addDays(2), 14)));

    // Conversions: visits in [2026-10-01, 2026-10-31). t0..t5 convert; t6 too late; t7's "event" visit is no
    // conversion; one of the two holdout members converts; an outsider's visit counts for nobody.
    for (int i = 0; i < 6; ++i) {
        fx.visit(t[i], utc(fx.start.addDays(3 + i)));
    }
    fx.visit(t[6], utc(fx.start.addDays(30)));
    fx.visit(t[7], utc(fx.start.addDays(2)), VisitKind::Event);
    fx.visit(fx.holdout[0], utc(fx.start.addDays(10)));
    fx.visit(fx.outsider, utc(fx.start.addDays(10)));
    fx.visit(t[0], utc(fx.start.addDays(-1))); // before the start: not a conversion (t0 converts later anyway)

    // Satisfaction: participants' CSAT in the window (4 and 2); not t0's answer after it, not a non-participant's.
    fx.survey(t[0], utc(fx.start.addDays(5)), 4);
    fx.survey(t[2], utc(fx.start.addDays(6)), 2);
    fx.survey(t[0], utc(fx.start.addDays(40)), 5);
    fx.survey(t[3], utc(fx.start.addDays(5)), 1);

    const CampaignEvaluation e = must(fx.repo.evaluate(fx.campaign.id));
    CHECK(e.audience() == 10);
    CHECK(e.contacted == 6); // responding or attending marks the member contacted
    CHECK(e.responded == 2);
    CHECK(e.attended == 2);
    CHECK(e.participants == 3);
    CHECK(*e.participationRate() == Approx(0.5));
    CHECK(*e.attendanceRate() == Approx(2.0 / 6.0));
    CHECK(e.targetConversions == 6);
    CHECK(e.holdoutConversions == 1);
    CHECK(*e.targetConversionRate() == Approx(0.75));
    CHECK(*e.holdoutConversionRate() == Approx(0.5));
    CHECK(*e.upliftPoints() == Approx(25.0));
    CHECK(*e.incrementalConversions() == Approx(2.0)); // 6 - 0.5 × 8
    CHECK(e.costBasis() == CampaignEvaluation::CostBasis::Incremental);
    CHECK(*e.costPerConversionCents() == Approx(6000.0)); // ¥120 / 2, not ¥120 / 6
    CHECK(e.satisfactionResponses == 2);
    CHECK(*e.averageCsat == Approx(3.0));

    int convertedMembers = 0;
    for (const CampaignMember &m : must(fx.repo.memberPage(fx.campaign.id, 0, 100))) {
        convertedMembers += m.converted ? 1 : 0;
        if (m.customerId == t[2]) {
            CHECK(m.contactedAt == utc(fx.start.addDays(2), 14));
            CHECK(m.attendedAt.isValid());
        }
        if (m.customerId == t[0]) {
            CHECK(m.response == QStringLiteral("会来"));
        }
    }
    CHECK(convertedMembers == 7);
}

TEST_CASE("Without a holdout cost per conversion divides by all conversions", "[campaigns]")
{
    MetricsFixture fx(0);
    REQUIRE(fx.target.size() == 10);
    fx.visit(fx.target[0], utc(fx.start.addDays(1)));
    fx.visit(fx.target[1], utc(fx.start.addDays(29)));
    fx.visit(fx.target[2], utc(fx.start.addDays(1)));
    const CampaignEvaluation e = must(fx.repo.evaluate(fx.campaign.id));
    CHECK_FALSE(e.hasHoldout());
    CHECK_FALSE(e.upliftPoints().has_value());
    CHECK_FALSE(e.participationRate().has_value()); // nobody contacted yet
    CHECK(e.costBasis() == CampaignEvaluation::CostBasis::AllConversions);
    CHECK(*e.costPerConversionCents() == Approx(4000.0));

    // Participation waits for the start, and never lies in the future.
    auto future = fx.repo.markContacted(fx.campaign.id, fx.target[0], fixedNow.addDays(1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::Validation);
    auto stranger = fx.repo.markContacted(fx.campaign.id, fx.outsider);
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().code == ErrorCode::Conflict);
}

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qint64 auditCount(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'campaign.export'")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/** A running SMS campaign whose target members have awkward names; returns the campaign id. */
CampaignId exportCampaign(Database &db, FixedClock &clock, CustomerId *withdrawer = nullptr)
{
    CustomerRepository customers(db, clock);
    QList<Customer> people;
    const QStringList names{QStringLiteral("=HYPERLINK(\"http://x\")"),
                            QStringLiteral("Smith, John \"JJ\""),
                            QStringLiteral("+cmd"),
                            QStringLiteral("@SUM(A1)"),
                            QStringLiteral("-2+3"),
                            QStringLiteral("王芳"),
                            QStringLiteral("撤回者")};
    for (int i = 0; i < names.size(); ++i) {
        Customer x;
        x.name = names.at(i);
        x.phone = QStringLiteral("1350000%1").arg(i, 4, 10, QLatin1Char('0'));
        x.consents = {QStringLiteral("sms|marketing")};
        people.append(x);
    }
    must(customers.addBulk(people));
    CampaignRepository repo(db, clock);
    const CampaignSegment everyone = must(repo.saveSegment({0, QStringLiteral("Everyone"), {}, {}, {}, {}}));
    Campaign c;
    c.name = QStringLiteral("Export");
    c.setChannel(CampaignChannel::Sms);
    c.startDate = fixedNow.date();
    c.endDate = fixedNow.date();
    c.segmentId = everyone.id;
    c = must(repo.addCampaign(c));
    must(repo.buildAudience(c.id));
    must(repo.start(c.id));
    // Withdrawn after the audience was built: left out of the file.
    grant(customers, people.last().id, ContactChannel::Sms, QStringLiteral("marketing"), false, fixedNow);
    if (withdrawer) {
        *withdrawer = people.last().id;
    }
    return c.id;
}

} // namespace

TEST_CASE("The contact list is quoted, formula-safe CSV with a BOM and an audit entry", "[campaigns]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    const CampaignId id = exportCampaign(temp.db(), clock);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.csv"));
    CampaignRepository repo(temp.db(), clock);

    // A draft cannot be exported.
    Campaign draft = must(repo.campaign(id));
    draft.id = 0;
    draft = must(repo.addCampaign(draft));
    CHECK(repo.exportContacts(draft.id, path).error().code == ErrorCode::Conflict);
    CHECK_FALSE(QFile::exists(path));

    const ContactExport written = must(repo.exportContacts(id, path));
    CHECK(written.rows == 6);
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0) == QStringLiteral("Name,Mobile,Member number"));
    CHECK(lines.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",13500000000,M00000001")));
    CHECK(lines.contains(QStringLiteral("\"Smith, John \"\"JJ\"\"\",13500000001,M00000002")));
    CHECK(lines.contains(QStringLiteral("'+cmd,13500000002,M00000003")));
    CHECK(lines.contains(QStringLiteral("'@SUM(A1),13500000003,M00000004")));
    CHECK(lines.contains(QStringLiteral("'-2+3,13500000004,M00000005")));
    CHECK(lines.contains(QStringLiteral("王芳,13500000005,M00000006")));
    CHECK_FALSE(text.contains(QStringLiteral("撤回者")));

    const QList<AuditEvent> audit = must(AuditLog(temp.db(), clock).recent(QStringLiteral("campaign.export")));
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).subject == QStringLiteral("campaign:%1").arg(id));
    CHECK(audit.at(0).detail == QStringLiteral("rows=6 channel=sms"));
    CHECK(audit.at(0).userName == QStringLiteral("admin"));
    CHECK_FALSE(audit.at(0).detail.contains(QStringLiteral("王芳")));
}

TEST_CASE("No audit entry means no file, and reception may not export at all", "[campaigns]")
{
    SECTION("a failing audit trail leaves no file")
    {
        TemporaryDatabase temp;
        FixedClock clock(fixedNow);
        const CampaignId id = exportCampaign(temp.db(), clock);
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_event "
                                      "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.csv"));
        auto written = CampaignRepository(temp.db(), clock).exportContacts(id, path);
        REQUIRE_FALSE(written.ok());
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary left behind
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_audit")));
        CHECK(auditCount(temp.db()) == 0);
    }
    for (const Role role : {Role::Reception, Role::Pharmacist}) {
        DYNAMIC_SECTION("refused for " << roleId(role).toStdString())
        {
            TemporaryDatabase temp;
            FixedClock clock(fixedNow);
            const CampaignId id = exportCampaign(temp.db(), clock);
            const auto other = openAs(temp, QStringLiteral("wangli"), role);
            CampaignRepository repo(*other, clock);
            CHECK_FALSE(repo.canManage());
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("contacts.csv"));
            auto written = repo.exportContacts(id, path);
            REQUIRE_FALSE(written.ok());
            CHECK(written.error().code == ErrorCode::PermissionDenied);
            CHECK_FALSE(QFile::exists(path));
            CHECK(auditCount(*other) == 0);
            // Creating campaigns and segments is refused too; reading is not.
            Campaign c = must(repo.campaign(id));
            c.id = 0;
            CHECK(repo.addCampaign(c).error().code == ErrorCode::PermissionDenied);
            CHECK(repo.saveSegment({0, QStringLiteral("Mine"), {}, {}, {}, {}}).error().code ==
                  ErrorCode::PermissionDenied);
            CHECK(must(repo.campaigns()).size() == 1);
        }
    }
    SECTION("a service officer may export")
    {
        TemporaryDatabase temp;
        FixedClock clock(fixedNow);
        const CampaignId id = exportCampaign(temp.db(), clock);
        const auto officer = openAs(temp, QStringLiteral("liufang"), Role::ServiceOfficer);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.csv"));
        CHECK(must(CampaignRepository(*officer, clock).exportContacts(id, path)).rows == 6);
        CHECK(auditCount(*officer) == 1);
    }
}

TEST_CASE("The demo campaigns are built through the real code and evaluate", "[campaigns][demo]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    DemoGenerator::Options options;
    options.customers = 400;
    must(DemoGenerator(temp.db(), clock).generate(options));
    // The generator runs the campaign demo after customers, visits and loyalty.
    CampaignRepository repo(temp.db(), clock);
    const QList<Campaign> all = must(repo.campaigns());
    REQUIRE(all.size() == 5);
    int contacted = 0;
    int drafts = 0;
    int running = 0;
    int finished = 0;
    for (const Campaign &c : all) {
        drafts += c.status == CampaignStatus::Draft ? 1 : 0;
        running += c.status == CampaignStatus::Running ? 1 : 0;
        finished += c.status == CampaignStatus::Finished ? 1 : 0;
        const CampaignEvaluation e = must(repo.evaluate(c.id));
        contacted += e.contacted;
        if (c.holdoutPercent > 0) {
            CHECK(e.holdoutSize == static_cast<int>((c.holdoutPercent * e.audience() * 2 + 100) / 200));
        }
    }
    CHECK(contacted > 0);
    CHECK(drafts == 1);
    CHECK(running == 1);
    CHECK(finished == 3);
}

// Hidden (run with "[.campaigns-scale]"): how long the demo campaigns take over 10,000 customers.
TEST_CASE("The demo campaigns stay fast at ten thousand customers", "[.campaigns-scale]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    DemoGenerator::Options options;
    options.customers = 10000;
    must(DemoGenerator(temp.db(), clock).generate(options));
    QElapsedTimer timer;
    timer.start();
    const CampaignsDemo::Stats stats =
        must(CampaignsDemo::generate(temp.db().connectionName(), temp.db().session().userName, clock, 7));
    WARN("campaign demo: " << stats.members << " members, " << stats.contacted << " contacted in " << timer.elapsed()
                           << " ms");
    timer.restart();
    CampaignRepository repo(temp.db(), clock);
    for (const Campaign &c : must(repo.campaigns())) {
        must(repo.evaluate(c.id));
    }
    WARN("evaluating all: " << timer.elapsed() << " ms");
}
