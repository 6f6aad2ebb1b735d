// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/feedback/SatisfactionScore.h"
#include "core/feedback/SurveyRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

CustomerId addCustomer(CustomerRepository &repo, const QString &name, const QString &phone,
                       const QDateTime &lastActivity = {})
{
    Customer c;
    c.name = name;
    c.phone = phone;
    c.lastActivityAt = lastActivity;
    auto added = repo.add(c);
    INFO((added ? QString() : added.error().message + QStringLiteral(" | ") + added.error().detail).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

qint64 countRows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Visit purchase(CustomerId customer, const QDateTime &at)
{
    Visit v;
    v.customerId = customer;
    v.kind = VisitKind::Purchase;
    v.at = at;
    v.department = QStringLiteral("药房");
    v.staff = QStringLiteral("李药师");
    v.waitingMinutes = 4;
    v.daysSupply = 30;
    v.items = {{0, QStringLiteral("阿莫西林胶囊"), ProductClass::Rx, 2, 1850},
               {0, QStringLiteral("医用口罩"), ProductClass::Otc, 1, 1200},
               {0, QStringLiteral("电子血压计"), ProductClass::Device, 1, 19900}};
    return v;
}

} // namespace

TEST_CASE("A visit with items is saved, read back and moves last activity forward", "[visits]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    const CustomerId id =
        addCustomer(customers, QStringLiteral("张伟"), QStringLiteral("13800138000"), fixedNow.addDays(-10));

    auto saved = visits.addVisit(purchase(id, fixedNow.addDays(-2)));
    INFO((saved ? QString() : saved.error().message + QStringLiteral(" | ") + saved.error().detail).toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->id > 0);
    CHECK(saved->amountCents == 2 * 1850 + 1200 + 19900); // amount 0 with items: the items' total
    CHECK(saved->createdBy == QStringLiteral("admin"));
    CHECK(customers.findById(id)->lastActivityAt == fixedNow.addDays(-2));

    // An older visit does not move last activity back.
    Visit older;
    older.customerId = id;
    older.kind = VisitKind::Consultation;
    older.at = fixedNow.addDays(-30);
    older.department = QStringLiteral("内科");
    older.amountCents = 5000;
    REQUIRE(visits.addVisit(older).ok());
    CHECK(customers.findById(id)->lastActivityAt == fixedNow.addDays(-2));

    auto found = visits.findVisit(saved->id);
    REQUIRE(found.ok());
    CHECK(found->kind == VisitKind::Purchase);
    CHECK(found->at == fixedNow.addDays(-2));
    CHECK(found->waitingMinutes == 4);
    CHECK(found->daysSupply == 30);
    REQUIRE(found->items.size() == 3);
    CHECK(found->items[0].name == QStringLiteral("阿莫西林胶囊"));
    CHECK(found->items[0].productClass == ProductClass::Rx);
    CHECK(found->items[0].quantity == 2);
    CHECK(found->items[2].unitPriceCents == 19900);

    auto all = visits.visitsOf(id);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == saved->id); // newest first
    CHECK(all->at(1).items.isEmpty());
    CHECK_FALSE(all->at(1).waitingMinutes.has_value());
    auto recent = visits.visitsOf(id, fixedNow.addDays(-7), fixedNow);
    REQUIRE(recent.ok());
    CHECK(recent->size() == 1);
    CHECK(visits.findVisit(9999).error().code == ErrorCode::NotFound);
}

TEST_CASE("Invalid visits are refused with reasons", "[visits][validation]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    const CustomerId id = addCustomer(customers, QStringLiteral("王芳"), QStringLiteral("13900139000"));

    Visit future = purchase(id, fixedNow.addSecs(60 * 30));
    auto result = visits.addVisit(future);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Validation);
    CHECK(result.error().message.contains(QStringLiteral("future")));
    CHECK(visits.addVisit(purchase(id, fixedNow.addSecs(60 * 2))).ok()); // small clock skew is fine

    Visit negative = purchase(id, fixedNow.addDays(-1));
    negative.amountCents = -1;
    CHECK(visits.addVisit(negative).error().code == ErrorCode::Validation);

    Visit badItem = purchase(id, fixedNow.addDays(-1));
    badItem.items[1].quantity = 0;
    badItem.items[2].name = QStringLiteral("  ");
    result = visits.addVisit(badItem);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("Item 2")));
    CHECK(result.error().message.contains(QStringLiteral("Item 3 needs a name")));

    CHECK(visits.addVisit(purchase(424242, fixedNow.addDays(-1))).error().code == ErrorCode::NotFound);
    CHECK(countRows(temp.db().connection(), QStringLiteral("SELECT count(*) FROM visit")) == 1);
}

TEST_CASE("A failing item rolls back the whole visit and the activity update", "[visits][transaction]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    const QDateTime before = fixedNow.addDays(-20);
    const CustomerId id = addCustomer(customers, QStringLiteral("陈静"), QStringLiteral("13700137000"), before);
    QSqlDatabase db = temp.db().connection();
    // A database-level failure after the visit row and the activity update were written: only rollback can undo.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER test_reject_item BEFORE INSERT ON visit_item WHEN NEW.name = "
                                  "'reject-me' BEGIN SELECT RAISE(ABORT, 'rejected by test'); END")));
    Visit v = purchase(id, fixedNow.addDays(-1));
    v.items[2].name = QStringLiteral("reject-me");
    auto result = visits.addVisit(v);
    REQUIRE_FALSE(result.ok());
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM visit")) == 0);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM visit_item")) == 0);
    CHECK(customers.findById(id)->lastActivityAt == before);

    // The same visit without the rejected item goes through.
    v.items.removeLast();
    REQUIRE(visits.addVisit(v).ok());
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM visit_item")) == 2);
    CHECK(customers.findById(id)->lastActivityAt == fixedNow.addDays(-1));
}

TEST_CASE("Bulk visits save in one go and update last activity to the latest", "[visits][bulk]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    const CustomerId a = addCustomer(customers, QStringLiteral("刘洋"), QStringLiteral("13600136000"));
    const CustomerId b = addCustomer(customers, QStringLiteral("赵敏"), QStringLiteral("13500135000"));
    QList<Visit> batch;
    for (int i = 0; i < 50; ++i) {
        batch << purchase(i % 2 == 0 ? a : b, fixedNow.addDays(-i - 1));
    }
    REQUIRE(visits.addVisitsBulk(batch).ok());
    CHECK(batch.first().id > 0);
    CHECK(visits.visitsOf(a)->size() == 25);
    CHECK(customers.findById(a)->lastActivityAt == fixedNow.addDays(-1));
    CHECK(customers.findById(b)->lastActivityAt == fixedNow.addDays(-2));

    QList<Visit> bad{purchase(a, fixedNow.addDays(-1)), purchase(a, fixedNow.addDays(3))};
    CHECK(visits.addVisitsBulk(bad).error().code == ErrorCode::Validation);
    QList<Visit> unknown{purchase(a, fixedNow.addDays(-1)), purchase(777, fixedNow.addDays(-1))};
    CHECK_FALSE(visits.addVisitsBulk(unknown).ok());
    CHECK(countRows(temp.db().connection(), QStringLiteral("SELECT count(*) FROM visit")) == 50);
}

TEST_CASE("Interactions are recorded and listed per customer", "[visits][interactions]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    const CustomerId a = addCustomer(customers, QStringLiteral("孙丽"), QStringLiteral("13400134000"));
    const CustomerId b = addCustomer(customers, QStringLiteral("Mary Smith"), QStringLiteral("13300133000"));
    auto visit = visits.addVisit(purchase(a, fixedNow.addDays(-3)));
    REQUIRE(visit.ok());

    Interaction call;
    call.customerId = a;
    call.channel = InteractionChannel::Phone;
    call.direction = Direction::Outbound;
    call.at = fixedNow.addDays(-1);
    call.staff = QStringLiteral("客服小王");
    call.summary = QStringLiteral("用药回访：无不良反应");
    call.visitId = visit->id;
    auto saved = visits.addInteraction(call);
    REQUIRE(saved.ok());
    Interaction message = call;
    message.channel = InteractionChannel::Online;
    message.direction = Direction::Inbound;
    message.visitId.reset();
    message.at = {};
    REQUIRE(visits.addInteraction(message).ok());

    auto list = visits.interactionsOf(a);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).channel == InteractionChannel::Online); // now, so newest
    CHECK(list->at(0).direction == Direction::Inbound);
    CHECK(list->at(1).visitId == visit->id);
    CHECK(list->at(1).summary == QStringLiteral("用药回访：无不良反应"));

    Interaction wrongVisit = call;
    wrongVisit.customerId = b;
    CHECK(visits.addInteraction(wrongVisit).error().code == ErrorCode::Validation);
    Interaction future = call;
    future.at = fixedNow.addDays(1);
    CHECK(visits.addInteraction(future).error().code == ErrorCode::Validation);
    CHECK(interactionChannelFromId(QStringLiteral("face_to_face")) == InteractionChannel::FaceToFace);
    CHECK(visitKindFromId(visitKindId(VisitKind::HealthCheck)) == VisitKind::HealthCheck);
    CHECK_FALSE(visitKindFromId(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("Merge moves visits, contacts and survey responses, un-merge moves them back", "[visits][merge]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    const CustomerId survivor = addCustomer(customers, QStringLiteral("周杰"), QStringLiteral("13200132000"));
    const CustomerId merged = addCustomer(customers, QStringLiteral("周 杰"), QStringLiteral("13200132000"));
    auto visit = visits.addVisit(purchase(merged, fixedNow.addDays(-4)));
    REQUIRE(visit.ok());
    Interaction call;
    call.customerId = merged;
    call.at = fixedNow.addDays(-3);
    call.summary = QStringLiteral("预约复诊");
    REQUIRE(visits.addInteraction(call).ok());
    QSqlDatabase db = temp.db().connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO survey_response(customer_id, template_id, at, channel, nps, "
                                  "created_at, created_by) VALUES (%1, 1, '2026-11-20T10:00:00.000Z', 'paper', 9, "
                                  "'2026-11-20T10:00:00.000Z', 'admin')")
                       .arg(merged)));

    auto preview = customers.previewMerge(survivor, merged);
    REQUIRE(preview.ok());
    QStringList kinds;
    for (const LinkedRecord &record : preview->moving) {
        kinds << record.kindLabel;
    }
    CHECK(kinds.count(QStringLiteral("Visit")) == 1);
    CHECK(kinds.count(QStringLiteral("Contact")) == 1);
    CHECK(kinds.count(QStringLiteral("Survey response")) == 1);

    auto journal = customers.merge(survivor, merged, {});
    REQUIRE(journal.ok());
    CHECK(visits.visitsOf(survivor)->size() == 1);
    CHECK(visits.visitsOf(merged)->isEmpty());
    CHECK(visits.interactionsOf(survivor)->size() == 1);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM survey_response WHERE customer_id = %1").arg(survivor)) ==
          1);
    CHECK(customers.findById(survivor)->lastActivityAt == fixedNow.addDays(-4));
    // A merged-away customer takes no new visits.
    CHECK(visits.addVisit(purchase(merged, fixedNow.addDays(-1))).error().code == ErrorCode::NotFound);

    REQUIRE(customers.unmerge(*journal));
    CHECK(visits.visitsOf(merged)->size() == 1);
    CHECK(visits.visitsOf(merged)->first().items.size() == 3);
    CHECK(visits.visitsOf(survivor)->isEmpty());
    CHECK(visits.interactionsOf(merged)->size() == 1);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM survey_response WHERE customer_id = %1").arg(merged)) ==
          1);
    auto integrity = temp.db().checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity->isEmpty());
}

TEST_CASE("The demo adds seasonal visits, contacts and survey responses, deterministically", "[visits][demo]")
{
    auto generate = [](TemporaryDatabase &temp) {
        FixedClock clock(fixedNow);
        DemoGenerator generator(temp.db(), clock);
        DemoGenerator::Options options;
        options.customers = 400;
        options.seed = 7;
        auto stats = generator.generate(options);
        INFO((stats ? QString() : stats.error().message + QStringLiteral(" | ") + stats.error().detail).toStdString());
        REQUIRE(stats.ok());
    };
    auto fingerprint = [](QSqlDatabase db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM visit), (SELECT sum(amount) FROM visit), "
                                      "(SELECT count(*) FROM visit_item), (SELECT count(*) FROM interaction), "
                                      "(SELECT count(*) FROM survey_response), (SELECT sum(nps) FROM survey_response), "
                                      "(SELECT count(*) FROM survey_score)")));
        REQUIRE(q.next());
        QList<qint64> values;
        for (int i = 0; i < 7; ++i) {
            values << q.value(i).toLongLong();
        }
        return values;
    };
    TemporaryDatabase first;
    generate(first);
    TemporaryDatabase second;
    generate(second);
    QSqlDatabase db = first.db().connection();
    const QList<qint64> stats = fingerprint(db);
    CHECK(stats == fingerprint(second.db().connection()));
    CHECK(stats[0] > 800);          // visits
    CHECK(stats[3] > 100);          // interactions
    CHECK(stats[4] > 150);          // survey responses
    CHECK(stats[6] > stats[4] * 3); // dimension scores

    // Detractors are a minority, promoters and passives most; CSAT follows NPS.
    auto responses = SurveyRepository(first.db(), Clock::system()).responsesIn({});
    REQUIRE(responses.ok());
    const NpsResult nps = SatisfactionScore::nps(*responses);
    CHECK(nps.detractors * 100 / nps.n >= 8);
    CHECK(nps.detractors * 100 / nps.n <= 25);
    CHECK(nps.promoters > nps.passives);
    int csatOfDetractors = 0;
    int detractorsWithCsat = 0;
    for (const SurveyResponse &r : std::as_const(*responses)) {
        if (r.nps && *r.nps <= 6 && r.csat) {
            csatOfDetractors += *r.csat;
            ++detractorsWithCsat;
        }
    }
    REQUIRE(detractorsWithCsat > 0);
    CHECK(csatOfDetractors / static_cast<double>(detractorsWithCsat) < 3.0);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM survey_response WHERE comment GLOB '*服务*' "
                                       "OR comment GLOB '*医生*'")) > 0);

    // Seasonal: more visits in winter months than in summer months (leaving out each customer's latest visit,
    // which the generator puts at the customer's last activity).
    const QString earlier = QStringLiteral("SELECT count(*) FROM visit v WHERE v.at < (SELECT max(w.at) FROM visit w "
                                           "WHERE w.customer_id = v.customer_id) AND substr(v.at, 6, 2) IN ");
    const qint64 winter = countRows(db, earlier + QStringLiteral("('12', '01', '02')"));
    const qint64 summer = countRows(db, earlier + QStringLiteral("('06', '07', '08')"));
    CHECK(winter > summer);
    // Last activity agrees with the visits, nothing lies in the future, the database is consistent.
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM customer c WHERE EXISTS (SELECT 1 FROM visit v WHERE "
                                       "v.customer_id = c.id AND v.at > c.last_activity_at)")) == 0);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM visit WHERE at > '2026-11-24T09:35'")) == 0);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM visit_item WHERE product_class = 'rx'")) > 0);
    auto integrity = first.db().checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity->isEmpty());
}
