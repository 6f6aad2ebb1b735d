// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerValidator.h"
#include "core/customers/SearchTokenizer.h"
#include "core/demo/BulkGenerator.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

const QStringList generatedTables{
    QStringLiteral("customer"),      QStringLiteral("customer_tag"),       QStringLiteral("consent_event"),
    QStringLiteral("visit"),         QStringLiteral("visit_item"),         QStringLiteral("survey_response"),
    QStringLiteral("survey_score"),  QStringLiteral("complaint"),          QStringLiteral("complaint_event"),
    QStringLiteral("loyalty_entry"), QStringLiteral("loyalty_allocation"), QStringLiteral("follow_up_task")};

BulkGenerator::Stats generate(Database &db, const Clock &clock, quint64 seed, int customers)
{
    BulkGenerator::Options options;
    options.seed = seed;
    options.customers = customers;
    auto stats = BulkGenerator::generate(db, clock, options);
    INFO((stats ? QString() : stats.error().message + QStringLiteral(" | ") + stats.error().detail).toStdString());
    REQUIRE(stats.ok());
    return *stats;
}

/** SHA-256 of every row of @p table in id order (and of the search index), to compare two databases. */
QByteArray tableHash(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    const QString sql = table == QLatin1String("customer_search")
                            ? QStringLiteral("SELECT docid, tokens FROM customer_search ORDER BY docid")
                            : QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
    REQUIRE(q.exec(sql));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            hash.addData(q.value(i).isNull() ? QByteArrayLiteral("\x01NULL") : q.value(i).toString().toUtf8());
            hash.addData(QByteArrayLiteral("\x1f"));
        }
        hash.addData(QByteArrayLiteral("\n"));
    }
    return hash.result().toHex();
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("bulk generator gives the same rows for the same seed", "[bench][bulk]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase first;
    TemporaryDatabase second;
    TemporaryDatabase other;
    const BulkGenerator::Stats a = generate(first.db(), clock, 42, 300);
    const BulkGenerator::Stats b = generate(second.db(), clock, 42, 300);
    generate(other.db(), clock, 43, 300);
    CHECK(a.rows() == b.rows());
    CHECK(a.customers == 300);
    // Roughly the ratios of the large scale: 10 visits, 1 survey, 0.2 complaints and about 5 ledger rows each.
    CHECK(a.visits > 2500);
    CHECK(a.visits < 3500);
    CHECK(a.surveyResponses > 200);
    CHECK(a.complaints > 30);
    CHECK(a.loyaltyEntries > 900);
    CHECK(a.loyaltyAllocations > 100);
    CHECK(a.visitItems > 0);
    CHECK(a.complaintEvents > a.complaints);
    CHECK(a.followUps > 0);
    bool anyDifferent = false;
    for (const QString &table : generatedTables + QStringList{QStringLiteral("customer_search")}) {
        INFO(table.toStdString());
        const QByteArray hash = tableHash(first.db().connection(), table);
        CHECK(hash == tableHash(second.db().connection(), table));
        anyDifferent = anyDifferent || hash != tableHash(other.db().connection(), table);
    }
    CHECK(anyDifferent);
}

TEST_CASE("bulk generator data is consistent and searchable", "[bench][bulk]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase temp;
    const BulkGenerator::Stats stats = generate(temp.db(), clock, 7, 400);
    QSqlDatabase db = temp.db().connection();

    // Every row counted, and the file is sound.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM visit")) == stats.visits);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM loyalty_entry")) == stats.loyaltyEntries);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM survey_score")) == stats.surveyScores);
    auto problems = temp.db().checkIntegrity();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    QSqlQuery fk(db);
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());

    // Loyalty: every balance the ledger reports equals the sum of the customer's entries (expiries are written),
    // and no lot is overdrawn.
    LoyaltyLedger ledger(temp.db(), clock);
    QSqlQuery sums(db);
    REQUIRE(sums.exec(QStringLiteral("SELECT customer_id, sum(points) FROM loyalty_entry GROUP BY customer_id")));
    int checked = 0;
    while (sums.next()) {
        auto balance = ledger.balance(sums.value(0).toLongLong());
        REQUIRE(balance.ok());
        CHECK(*balance == sums.value(1).toLongLong());
        ++checked;
    }
    CHECK(checked > 100);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM loyalty_entry e WHERE e.points > 0 AND e.points < "
                                    "(SELECT coalesce(sum(points), 0) FROM loyalty_allocation a WHERE a.lot_entry_id "
                                    "= e.id)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM loyalty_entry e WHERE e.points < 0 AND -e.points <> "
                                    "(SELECT sum(points) FROM loyalty_allocation a WHERE a.entry_id = e.id)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM loyalty_entry WHERE kind = 'expire'")) > 0);

    // Activity and complaint history agree with the rows behind them.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer c WHERE c.last_activity_at <> coalesce((SELECT "
                                    "max(at) FROM visit v WHERE v.customer_id = c.id), c.created_at)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM complaint c WHERE c.state <> (SELECT to_state FROM "
                                    "complaint_event e WHERE e.complaint_id = c.id ORDER BY e.id DESC LIMIT 1)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM visit v WHERE v.kind = 'purchase' AND v.amount <> (SELECT "
                                    "sum(quantity * unit_price) FROM visit_item i WHERE i.visit_id = v.id)")) == 0);

    // Customers pass the same validation as registration, and the index holds exactly what the repository writes.
    CustomerRepository customers(temp.db(), clock);
    for (CustomerId id = 1; id <= 400; id += 13) {
        auto customer = customers.findById(id);
        REQUIRE(customer.ok());
        Customer copy = *customer;
        INFO(customer->name.toStdString() << " " << customer->phone.toStdString());
        CHECK(CustomerValidator::validate(copy, clock.today()).isEmpty());
        CHECK(copy.phone == customer->phone);
        SearchTokenizer::Input input;
        input.name = customer->name;
        input.phones = QStringList{customer->phone, customer->phone2};
        input.phones.removeAll(QString());
        input.memberNumber = customer->memberNumber;
        input.idNumber = customer->idNumber;
        QSqlQuery tokens(db);
        REQUIRE(tokens.exec(QStringLiteral("SELECT tokens FROM customer_search WHERE docid = %1").arg(id)));
        REQUIRE(tokens.next());
        CHECK(tokens.value(0).toString() == SearchTokenizer::document(input));
    }

    // Search finds a generated customer by name, by pinyin initials, by the last four of the phone, by member number.
    auto customer = customers.findById(17);
    REQUIRE(customer.ok());
    const auto finds = [&](const QString &query) {
        auto result = customers.search(query, {}, 500);
        REQUIRE(result.ok());
        return std::any_of(result->hits.cbegin(), result->hits.cend(),
                           [](const SearchHit &hit) { return hit.customer.id == 17; });
    };
    CHECK(finds(customer->name));
    CHECK(finds(customer->memberNumber));
    CHECK(finds(customer->phone.right(4)));
    CHECK(finds(SearchTokenizer::pinyinInitials(customer->name)));
}

TEST_CASE("bulk generator refuses anyone but an administrator", "[bench][bulk]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase temp;
    const QString password = QStringLiteral("Desk-Password-2026");
    REQUIRE(temp.db().addUser(QStringLiteral("zhaomin"), Role::Manager, password, KdfParams::fastForTests()).ok());
    temp.close();
    auto manager = Database::open(temp.path(), QStringLiteral("zhaomin"), password);
    REQUIRE(manager.ok());
    BulkGenerator::Options options;
    options.customers = 10;
    auto refused = BulkGenerator::generate(**manager, clock, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar((*manager)->connection(), QStringLiteral("SELECT count(*) FROM customer")) == 0);
}

namespace {

/** SHA-256 of every row of @p table ordered by all its columns (rollup tables have no id column). */
QByteArray contentHash(QSqlDatabase db, const QString &table)
{
    QSqlQuery columns(db);
    REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    QStringList order;
    while (columns.next()) {
        order << QString::number(order.size() + 1);
    }
    REQUIRE_FALSE(order.isEmpty());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QLatin1Char(',')))));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            hash.addData(q.value(i).isNull() ? QByteArrayLiteral("\x01NULL") : q.value(i).toString().toUtf8());
            hash.addData(QByteArrayLiteral("\x1f"));
        }
        hash.addData(QByteArrayLiteral("\n"));
    }
    return hash.result().toHex();
}

QStringList namesOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

} // namespace

TEST_CASE("bulk load builds the same indexes and fills the rollups exactly as the triggers do", "[bench][bulk]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase live;
    TemporaryDatabase bulk;
    BulkGenerator::Options options;
    options.seed = 11;
    options.customers = 400;
    auto a = BulkGenerator::generate(live.db(), clock, options);
    REQUIRE(a.ok());
    options.bulkLoad = true;
    auto b = BulkGenerator::generate(bulk.db(), clock, options);
    INFO((b ? QString() : b.error().message + QStringLiteral(" | ") + b.error().detail).toStdString());
    REQUIRE(b.ok());
    CHECK(a->rows() == b->rows());
    QSqlDatabase liveDb = live.db().connection();
    QSqlDatabase bulkDb = bulk.db().connection();

    // Every index and trigger is back, with the definition the migrations gave it.
    const QString schema = QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') "
                                          "FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 1");
    const QStringList liveSchema = namesOf(liveDb, schema);
    CHECK(liveSchema.size() > 60);
    CHECK(liveSchema == namesOf(bulkDb, schema));

    // The rows and every derived table: the rollups the triggers keep (migrations 8, 9 and 12) hold the same rows.
    const QStringList derived = namesOf(
        liveDb, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'analytics%' OR "
                               "name IN ('customer_activity', 'churn_risk', 'churn_band_count')) ORDER BY name"));
    CHECK(derived.contains(QStringLiteral("analytics_survey_day")));
    CHECK(derived.contains(QStringLiteral("analytics_loyalty_member")));
    CHECK(derived.contains(QStringLiteral("customer_activity")));
    int nonEmpty = 0;
    for (const QString &table : generatedTables + derived) {
        INFO(table.toStdString());
        CHECK(contentHash(liveDb, table) == contentHash(bulkDb, table));
        nonEmpty += scalar(liveDb, QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0 ? 1 : 0;
    }
    CHECK(nonEmpty > 15);
    CHECK(tableHash(liveDb, QStringLiteral("customer_search")) == tableHash(bulkDb, QStringLiteral("customer_search")));
    auto problems = bulk.db().checkIntegrity();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    // And the triggers work again afterwards: one more visit moves the customer's activity rollup.
    const qint64 visitsBefore =
        scalar(bulkDb, QStringLiteral("SELECT visit_count FROM customer_activity WHERE customer_id = 5"));
    QSqlQuery insert(bulkDb);
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO visit(customer_id, kind, at, department, staff, amount, created_at, "
                                       "created_by) VALUES (5, 'consultation', '2026-11-24T08:00:00.000Z', '', '', 0, "
                                       "'2026-11-24T08:00:00.000Z', 'admin')")));
    CHECK(scalar(bulkDb, QStringLiteral("SELECT visit_count FROM customer_activity WHERE customer_id = 5")) ==
          visitsBefore + 1);
}
