// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/privacy/PrivacyService.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

void mustOk(const Status &status)
{
    INFO((status ? QString() : status.error().message + QStringLiteral(" | ") + status.error().detail).toStdString());
    REQUIRE(status.ok());
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString text(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

/** A customer with many records and no hold: visits, surveys, loyalty; no open or ADR-reported complaint. */
CustomerId richCustomer(QSqlDatabase db)
{
    return scalar(
        db, QStringLiteral("SELECT c.id FROM customer c WHERE c.merged_into IS NULL AND c.phone <> '' "
                           "AND EXISTS (SELECT 1 FROM survey_response s WHERE s.customer_id = c.id) "
                           "AND EXISTS (SELECT 1 FROM loyalty_entry l WHERE l.customer_id = c.id) "
                           "AND NOT EXISTS (SELECT 1 FROM complaint k WHERE k.customer_id = c.id AND (k.state <> "
                           "'closed' OR k.adr_reported_manufacturer_at IS NOT NULL OR k.adr_reported_regulator_at IS "
                           "NOT NULL)) ORDER BY (SELECT count(*) FROM visit v WHERE v.customer_id = c.id) + "
                           "(SELECT count(*) FROM complaint k WHERE k.customer_id = c.id) * 5 + "
                           "(SELECT count(*) FROM follow_up_task f WHERE f.customer_id = c.id) * 3 + "
                           "(SELECT count(*) FROM campaign_member m WHERE m.customer_id = c.id) * 3 DESC, c.id "
                           "LIMIT 1"));
}

struct Figures {
    qint64 customers = 0;
    qint64 visits = 0;
    qint64 visitAmount = 0;
    qint64 items = 0;
    qint64 surveys = 0;
    qint64 csatSum = 0;
    qint64 npsSum = 0;
    qint64 scoreSum = 0;
    qint64 complaints = 0;
    qint64 points = 0;
    qint64 tierEvents = 0;
    qint64 followUps = 0;
    qint64 members = 0;
    qint64 ofCustomerVisits = 0;
    qint64 ofCustomerPoints = 0;
    qint64 ofCustomerCsat = 0;
    bool operator==(const Figures &) const = default;
};

Figures figures(QSqlDatabase db, CustomerId id)
{
    Figures f;
    f.customers = scalar(db, QStringLiteral("SELECT count(*) FROM customer"));
    f.visits = scalar(db, QStringLiteral("SELECT count(*) FROM visit"));
    f.visitAmount = scalar(db, QStringLiteral("SELECT total(amount) FROM visit"));
    f.items = scalar(db, QStringLiteral("SELECT count(*) FROM visit_item"));
    f.surveys = scalar(db, QStringLiteral("SELECT count(*) FROM survey_response"));
    f.csatSum = scalar(db, QStringLiteral("SELECT total(csat) FROM survey_response"));
    f.npsSum = scalar(db, QStringLiteral("SELECT total(nps) FROM survey_response"));
    f.scoreSum = scalar(db, QStringLiteral("SELECT total(score) FROM survey_score"));
    f.complaints = scalar(db, QStringLiteral("SELECT count(*) FROM complaint"));
    f.points = scalar(db, QStringLiteral("SELECT total(points) FROM loyalty_entry"));
    f.tierEvents = scalar(db, QStringLiteral("SELECT count(*) FROM loyalty_tier_event"));
    f.followUps = scalar(db, QStringLiteral("SELECT count(*) FROM follow_up_task"));
    f.members = scalar(db, QStringLiteral("SELECT count(*) FROM campaign_member"));
    f.ofCustomerVisits = scalar(db, QStringLiteral("SELECT count(*) FROM visit WHERE customer_id = ?"), {id});
    f.ofCustomerPoints =
        scalar(db, QStringLiteral("SELECT total(points) FROM loyalty_entry WHERE customer_id = ?"), {id});
    f.ofCustomerCsat =
        scalar(db, QStringLiteral("SELECT total(csat) FROM survey_response WHERE customer_id = ?"), {id});
    return f;
}

struct Demo {
    TemporaryDatabase temp;
    FixedClock clock{fixedNow};
    Demo()
    {
        DemoGenerator::Options options;
        options.customers = 200;
        must(DemoGenerator(temp.db(), clock).generate(options));
    }
};

} // namespace

TEST_CASE("A privacy export holds every row about the customer and nothing of another", "[privacy]")
{
    Demo demo;
    QSqlDatabase db = demo.temp.db().connection();
    const CustomerId a = richCustomer(db);
    // B: anyone else whose name and phone cannot occur inside A's own data by accident.
    const QString nameA = text(db, QStringLiteral("SELECT name FROM customer WHERE id = ?"), {a});
    QSqlQuery pick(db);
    REQUIRE(pick.exec(QStringLiteral("SELECT id, name, phone FROM customer WHERE merged_into IS NULL AND phone <> '' "
                                     "AND length(name) >= 2 ORDER BY id")));
    CustomerId b = 0;
    QString nameB;
    QString phoneB;
    const QString phoneA = text(db, QStringLiteral("SELECT phone FROM customer WHERE id = ?"), {a});
    while (pick.next()) {
        const QString name = pick.value(1).toString();
        if (pick.value(0).toLongLong() != a && !nameA.contains(name) && !name.contains(nameA) &&
            pick.value(2).toString() != phoneA) {
            b = pick.value(0).toLongLong();
            nameB = name;
            phoneB = pick.value(2).toString();
            break;
        }
    }
    REQUIRE(b != 0);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("export.json"));
    PrivacyService privacy(demo.temp.db(), demo.clock);
    const PrivacyExport exported = must(privacy.exportTo(a, path));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    REQUIRE(json.value(QStringLiteral("customerId")).toInteger() == a);
    const QJsonObject records = json.value(QStringLiteral("records")).toObject();

    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("customer"), QStringLiteral("SELECT count(*) FROM customer WHERE id = ? OR merged_into = ?")},
        {QStringLiteral("customer_tag"), QStringLiteral("SELECT count(*) FROM customer_tag WHERE customer_id IN "
                                                        "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("consent_event"), QStringLiteral("SELECT count(*) FROM consent_event WHERE customer_id IN "
                                                         "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("visit"), QStringLiteral("SELECT count(*) FROM visit WHERE customer_id IN "
                                                 "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("visit_item"), QStringLiteral("SELECT count(*) FROM visit_item i JOIN visit v ON v.id = "
                                                      "i.visit_id WHERE v.customer_id IN (SELECT id FROM customer "
                                                      "WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("interaction"), QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id IN "
                                                       "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("survey_response"),
         QStringLiteral("SELECT count(*) FROM survey_response WHERE customer_id IN "
                        "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("survey_score"), QStringLiteral("SELECT count(*) FROM survey_score s JOIN survey_response r ON "
                                                        "r.id = s.response_id WHERE r.customer_id IN (SELECT id FROM "
                                                        "customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("complaint"), QStringLiteral("SELECT count(*) FROM complaint WHERE customer_id IN "
                                                     "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("complaint_event"),
         QStringLiteral("SELECT count(*) FROM complaint_event e JOIN complaint k ON k.id = e.complaint_id WHERE "
                        "k.customer_id IN (SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("follow_up_task"), QStringLiteral("SELECT count(*) FROM follow_up_task WHERE customer_id IN "
                                                          "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("loyalty_entry"), QStringLiteral("SELECT count(*) FROM loyalty_entry WHERE customer_id IN "
                                                         "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("loyalty_tier_event"),
         QStringLiteral("SELECT count(*) FROM loyalty_tier_event WHERE customer_id IN "
                        "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
        {QStringLiteral("campaign_member"),
         QStringLiteral("SELECT count(*) FROM campaign_member WHERE customer_id IN "
                        "(SELECT id FROM customer WHERE id = ? OR merged_into = ?)")},
    };
    qint64 total = 0;
    for (const auto &[table, sql] : expected) {
        INFO(table.toStdString());
        REQUIRE(records.contains(table));
        const qint64 rows = scalar(db, sql, {a, a});
        CHECK(records.value(table).toArray().size() == rows);
        REQUIRE(exported.section(table) != nullptr);
        CHECK(exported.section(table)->rows.size() == rows);
        total += rows;
    }
    CHECK(total > 10); // the chosen customer really has records in many tables
    CHECK(records.value(QStringLiteral("visit")).toArray().size() > 0);
    CHECK(records.value(QStringLiteral("survey_score")).toArray().size() > 0);
    CHECK(records.value(QStringLiteral("customer")).toArray().first().toObject().value(QStringLiteral("name")) ==
          nameA);

    // Every row is A's: no customer_id of anyone else, and B's name and phone appear nowhere.
    for (auto it = records.begin(); it != records.end(); ++it) {
        for (const QJsonValue &row : it.value().toArray()) {
            const QJsonValue owner = row.toObject().value(QStringLiteral("customer_id"));
            if (!owner.isUndefined()) {
                INFO(it.key().toStdString());
                CHECK(owner.toInteger() == a);
            }
        }
    }
    const QString all = QString::fromUtf8(bytes);
    CHECK_FALSE(all.contains(nameB));
    CHECK_FALSE(all.contains(phoneB));
    CHECK(all.contains(phoneA));

    // Audited with the id only.
    const QList<AuditEvent> audit = must(AuditLog(demo.temp.db(), demo.clock).recent(QStringLiteral("privacy.export")));
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().subject == QStringLiteral("customer:%1").arg(a));
    CHECK_FALSE(audit.first().detail.contains(nameA));
}

TEST_CASE("Only administrators and managers handle privacy requests", "[privacy]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    Customer c;
    c.name = QStringLiteral("张晓燕");
    c.phone = QStringLiteral("13800138000");
    const CustomerId id = must(CustomerRepository(temp.db(), clock).add(c)).id;
    const QString password = QStringLiteral("Reception-Pass-77");
    mustOk(temp.db().addUser(QStringLiteral("sunli"), Role::Reception, password, KdfParams::fastForTests()));
    temp.close();
    auto reception = must(Database::open(temp.path(), QStringLiteral("sunli"), password));
    PrivacyService privacy(*reception, clock);
    CHECK(privacy.collect(id).error().code == ErrorCode::PermissionDenied);
    CHECK(privacy.anonymise(id, QStringLiteral("request")).error().code == ErrorCode::PermissionDenied);
    CHECK(privacy.setLegalHold(id, QStringLiteral("court")).error().code == ErrorCode::PermissionDenied);
    CHECK(must(CustomerRepository(*reception, clock).findById(id)).name == QStringLiteral("张晓燕"));
}

TEST_CASE("Anonymising replaces personal data and keeps every statistic", "[privacy]")
{
    Demo demo;
    QSqlDatabase db = demo.temp.db().connection();
    const CustomerId a = richCustomer(db);
    CustomerRepository customers(demo.temp.db(), demo.clock);
    const Customer before = must(customers.findById(a));
    // Free text about them that must go.
    REQUIRE(QSqlQuery(db).exec(
        QStringLiteral("UPDATE visit SET notes = 'knee pain, daughter Li Na' WHERE customer_id = %1").arg(a)));
    const Figures was = figures(db, a);
    const qint64 auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_event"));

    PrivacyService privacy(demo.temp.db(), demo.clock);
    mustOk(privacy.anonymise(a, QStringLiteral("request of 2026-11-20")));

    CHECK(figures(db, a) == was);
    const Customer after = must(customers.findById(a));
    CHECK(after.name == PrivacyService::anonymisedName(a));
    CHECK(after.phone.isEmpty());
    CHECK(after.phone2.isEmpty());
    CHECK(after.email.isEmpty());
    CHECK(after.address.isEmpty());
    CHECK(after.idNumber.isEmpty());
    CHECK(after.notes.isEmpty());
    CHECK(after.tags.isEmpty());
    CHECK(after.memberNumber != before.memberNumber);
    CHECK(after.region == before.region);
    CHECK(after.sex == before.sex);
    if (before.birthDate.isValid()) {
        CHECK(after.birthDate == QDate(before.birthDate.year(), 7, 1));
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM visit WHERE customer_id = ? AND notes <> ''"), {a}) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM survey_response WHERE customer_id = ? AND comment <> ''"),
                 {a}) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = ? AND summary <> ''"), {a}) ==
          0);

    // The search index no longer finds the old name or phone, but finds the new name.
    for (const SearchHit &hit : must(customers.search(before.phone)).hits) {
        CHECK(hit.customer.id != a);
    }
    for (const SearchHit &hit : must(customers.search(before.name)).hits) {
        CHECK(hit.customer.id != a);
    }
    bool found = false;
    for (const SearchHit &hit : must(customers.search(after.memberNumber)).hits) {
        found = found || hit.customer.id == a;
    }
    CHECK(found);

    // Nothing of the old identity is left in the export either.
    const QString json = QString::fromUtf8(must(privacy.collect(a)).toJsonBytes());
    CHECK_FALSE(json.contains(before.name));
    CHECK_FALSE(json.contains(before.phone));
    CHECK_FALSE(json.contains(QStringLiteral("daughter Li Na")));

    // Audited once, by id; the trail only grew.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_event")) == auditBefore + 1);
    const QList<AuditEvent> audit =
        must(AuditLog(demo.temp.db(), demo.clock).recent(QStringLiteral("customer.anonymise")));
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().subject == QStringLiteral("customer:%1").arg(a));

    // Irreversible and not twice.
    CHECK(must(privacy.isAnonymised(a)));
    CHECK(privacy.anonymise(a, {}).error().code == ErrorCode::Conflict);
}

TEST_CASE("Anonymising is refused while a legal hold applies", "[privacy]")
{
    Demo demo;
    QSqlDatabase db = demo.temp.db().connection();
    PrivacyService privacy(demo.temp.db(), demo.clock);
    const CustomerId a = richCustomer(db);
    const QString name = must(CustomerRepository(demo.temp.db(), demo.clock).findById(a)).name;

    SECTION("an explicit hold set by an administrator")
    {
        CHECK(privacy.setLegalHold(a, QStringLiteral("  ")).error().code == ErrorCode::Validation);
        mustOk(privacy.setLegalHold(a, QStringLiteral("Court letter 2026-118")));
        const QList<LegalHold> holds = must(privacy.legalHolds(a));
        REQUIRE(holds.size() == 1);
        CHECK(holds.first().kind == LegalHold::Kind::Explicit);
        const Status refused = privacy.anonymise(a, QStringLiteral("request"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("Court letter 2026-118")));
        CHECK(must(CustomerRepository(demo.temp.db(), demo.clock).findById(a)).name == name);
        mustOk(privacy.clearLegalHold(a));
        CHECK(privacy.clearLegalHold(a).error().code == ErrorCode::NotFound);
        mustOk(privacy.anonymise(a, QStringLiteral("request")));
        CHECK(must(AuditLog(demo.temp.db(), demo.clock).recent(QStringLiteral("customer.legal_hold"))).size() == 1);
        CHECK(must(AuditLog(demo.temp.db(), demo.clock).recent(QStringLiteral("customer.legal_hold_clear"))).size() ==
              1);
    }
    SECTION("an open complaint")
    {
        const CustomerId withOpen =
            scalar(db, QStringLiteral("SELECT customer_id FROM complaint WHERE state <> 'closed' ORDER BY id LIMIT 1"));
        const Status refused = privacy.anonymise(withOpen, QStringLiteral("request"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(must(privacy.legalHolds(withOpen)).first().kind != LegalHold::Kind::Explicit);
        CHECK_FALSE(must(privacy.isAnonymised(withOpen)));
    }
}
