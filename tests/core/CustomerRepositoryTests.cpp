// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerValidator.h"
#include "core/demo/DemoGenerator.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

Customer person(const QString &name, const QString &phone = {}, const QDate &birth = {})
{
    Customer c;
    c.name = name;
    c.phone = phone;
    c.birthDate = birth;
    return c;
}

CustomerId add(CustomerRepository &repo, const Customer &c)
{
    auto added = repo.add(c);
    INFO((added ? QString() : added.error().message + QStringLiteral(" | ") + added.error().detail).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

QStringList namesOf(const SearchResult &result)
{
    QStringList names;
    for (const SearchHit &hit : result.hits) {
        names << hit.customer.name;
    }
    return names;
}

/** Every row of @p table where @p column = @p id, as typed values with rowid: for byte-equality checks. */
QList<QVariantList> rowsOf(QSqlDatabase db, const QString &table, const QString &where)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT rowid, * FROM %1 WHERE %2 ORDER BY rowid").arg(table, where)));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row << q.value(i);
            row << QVariant(q.value(i).typeId());
        }
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("Customers are validated field by field", "[customers][validation]")
{
    const QDate today(2026, 11, 24);
    Customer c;
    auto errors = CustomerValidator::validate(c, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("name"));

    c = person(QStringLiteral("  张  伟 "), QStringLiteral("+86 138-0013-8000"), QDate(1985, 3, 2));
    c.email = QStringLiteral("zw@example.com");
    CHECK(CustomerValidator::validate(c, today).isEmpty());
    CHECK(c.name == QStringLiteral("张 伟"));
    CHECK(c.phone == QStringLiteral("13800138000"));

    c.birthDate = QDate(2027, 1, 1);
    c.email = QStringLiteral("zw@");
    c.phone = QStringLiteral("12345");
    errors = CustomerValidator::validate(c, today);
    QStringList fields;
    for (const FieldError &e : errors) {
        fields << e.field;
        CHECK_FALSE(e.message.isEmpty());
    }
    CHECK(fields.contains(QStringLiteral("birthDate")));
    CHECK(fields.contains(QStringLiteral("email")));
    CHECK(fields.contains(QStringLiteral("phone")));

    // An ID number fills in the birth date, and must agree with one that is given.
    c = person(QStringLiteral("王芳"));
    c.idNumber = QStringLiteral("11010519491231002x");
    CHECK(CustomerValidator::validate(c, today).isEmpty());
    CHECK(c.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(c.birthDate == QDate(1949, 12, 31));
    c.birthDate = QDate(1950, 1, 1);
    errors = CustomerValidator::validate(c, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("idNumber"));
}

TEST_CASE("Adding, reading and updating a customer", "[customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository repo(temp.db(), clock);
    Customer c = person(QStringLiteral("张伟"), QStringLiteral("138 0013 8000"), QDate(1985, 3, 2));
    c.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("高血压")};
    c.categories = QStringList{QStringLiteral("内科")};
    auto added = repo.add(c);
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->memberNumber == QStringLiteral("M%1").arg(added->id, 8, 10, QLatin1Char('0')));
    CHECK(added->phone == QStringLiteral("13800138000"));
    CHECK(added->tags == QStringList{QStringLiteral("VIP"), QStringLiteral("高血压")});
    CHECK(added->createdAt == fixedNow);

    Customer changed = *added;
    changed.name = QStringLiteral("张伟明");
    changed.tags = QStringList{QStringLiteral("VIP")};
    auto updated = repo.update(changed);
    REQUIRE(updated.ok());
    CHECK(updated->name == QStringLiteral("张伟明"));
    CHECK(updated->tags == QStringList{QStringLiteral("VIP")});
    CHECK(namesOf(*repo.search(QStringLiteral("伟明"))) == QStringList{QStringLiteral("张伟明")});

    auto invalid = repo.add(person(QString()));
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == ErrorCode::Validation);

    Customer sameNumber = person(QStringLiteral("李四"));
    sameNumber.memberNumber = added->memberNumber;
    auto clash = repo.add(sameNumber);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);
    CHECK(*repo.count({}) == 1); // nothing half-written
    CHECK(repo.findById(9999).error().code == ErrorCode::NotFound);
}

TEST_CASE("Search by Chinese substring, pinyin, phone, member number and ID tail", "[customers][search]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository repo(temp.db(), clock);
    const CustomerId zhangWei = add(repo, person(QStringLiteral("张伟"), QStringLiteral("13800138000")));
    add(repo, person(QStringLiteral("李伟"), QStringLiteral("13911112222")));
    add(repo, person(QStringLiteral("王芳"), QStringLiteral("010-88886666")));
    add(repo, person(QStringLiteral("张伟华"), QStringLiteral("13700001234")));
    Customer mary = person(QStringLiteral("Mary Smith"), QStringLiteral("+44 20 7946 0958"));
    const CustomerId maryId = add(repo, mary);
    Customer withId = person(QStringLiteral("欧阳娜娜"));
    withId.idNumber = QStringLiteral("11010519491231002X");
    add(repo, withId);

    auto names = [&](const QString &query) { return namesOf(*repo.search(query)); };

    CHECK(names(QStringLiteral("伟")).size() == 3);
    CHECK_FALSE(names(QStringLiteral("伟")).contains(QStringLiteral("王芳")));
    // Exact name ranks before the longer name that contains it.
    CHECK(names(QStringLiteral("张伟")) == QStringList{QStringLiteral("张伟"), QStringLiteral("张伟华")});
    CHECK(names(QStringLiteral("zhangwei")).first() == QStringLiteral("张伟"));
    CHECK(names(QStringLiteral("zw")).contains(QStringLiteral("张伟")));
    CHECK(names(QStringLiteral("ouyang")) == QStringList{QStringLiteral("欧阳娜娜")});
    CHECK(names(QStringLiteral("8000")) == QStringList{QStringLiteral("张伟")});
    CHECK(names(QStringLiteral("6666")) == QStringList{QStringLiteral("王芳")});
    CHECK(names(QStringLiteral("002x")) == QStringList{QStringLiteral("欧阳娜娜")});
    CHECK(names(QStringLiteral("smi")) == QStringList{QStringLiteral("Mary Smith")});
    CHECK(names(QStringLiteral("徐")).isEmpty());
    CHECK(names(QStringLiteral("\"*(")).isEmpty());

    // Exact member number and full phone come first.
    const QString member = repo.findById(maryId)->memberNumber;
    auto byMember = repo.search(member.toLower());
    REQUIRE(byMember.ok());
    REQUIRE_FALSE(byMember->hits.isEmpty());
    CHECK(byMember->hits.first().customer.id == maryId);
    CHECK(byMember->hits.first().tier == 0);
    auto byPhone = repo.search(QStringLiteral("138 0013 8000"));
    REQUIRE_FALSE(byPhone->hits.isEmpty());
    CHECK(byPhone->hits.first().customer.id == zhangWei);
    CHECK(byPhone->hits.first().tier == 0);

    // Filters apply to search too.
    CustomerFilter organisations;
    organisations.kind = CustomerKind::Organisation;
    CHECK(repo.search(QStringLiteral("伟"), organisations)->hits.isEmpty());
}

TEST_CASE("Keyset paging walks the whole list once in order", "[customers][list]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository repo(temp.db(), clock);
    DemoGenerator generator(temp.db(), clock);
    DemoGenerator::Options options;
    options.customers = 230;
    options.seed = 7;
    REQUIRE(generator.generate(options).ok());
    REQUIRE(*repo.count({}) == 230);

    for (CustomerSort sort : {CustomerSort::Name, CustomerSort::MemberNumber, CustomerSort::LastActivity}) {
        for (bool ascending : {true, false}) {
            QList<CustomerId> seen;
            std::optional<CustomerCursor> cursor;
            QStringList keys;
            for (;;) {
                auto page = repo.page({}, sort, ascending, cursor, 50);
                REQUIRE(page.ok());
                for (const Customer &c : *page) {
                    seen << c.id;
                    keys << CustomerRepository::cursorFor(c, sort).key.toString();
                }
                if (page->size() < 50) {
                    break;
                }
                cursor = CustomerRepository::cursorFor(page->constLast(), sort);
            }
            CHECK(seen.size() == 230);
            CHECK(QSet<CustomerId>(seen.begin(), seen.end()).size() == 230);
            QStringList sorted = keys;
            std::stable_sort(sorted.begin(), sorted.end(),
                             [ascending](const QString &a, const QString &b) { return ascending ? a < b : a > b; });
            CHECK(keys == sorted);
        }
    }
}

TEST_CASE("Filters: kind, status, tag, region, consent", "[customers][list]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository repo(temp.db(), clock);
    Customer recent = person(QStringLiteral("近期"));
    recent.lastActivityAt = fixedNow.addDays(-10);
    recent.tags = QStringList{QStringLiteral("VIP")};
    recent.region = QStringLiteral("北京市朝阳区");
    Customer dormant = person(QStringLiteral("沉睡"));
    dormant.lastActivityAt = fixedNow.addDays(-200);
    Customer lost = person(QStringLiteral("流失"));
    lost.lastActivityAt = fixedNow.addDays(-400);
    Customer org = person(QStringLiteral("华信科技有限公司"));
    org.kind = CustomerKind::Organisation;
    const CustomerId recentId = add(repo, recent);
    const CustomerId dormantId = add(repo, dormant);
    const CustomerId lostId = add(repo, lost);
    add(repo, org);

    auto ids = [&](const CustomerFilter &filter) {
        QList<CustomerId> out;
        for (const Customer &c : *repo.page(filter, CustomerSort::Name, true, std::nullopt, 100)) {
            out << c.id;
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    CustomerFilter f;
    f.status = ActivityStatus::Dormant;
    CHECK(ids(f) == QList<CustomerId>{dormantId});
    f.status = ActivityStatus::Lost;
    CHECK(ids(f) == QList<CustomerId>{lostId});
    CHECK(repo.statusOf(*repo.findById(lostId)) == ActivityStatus::Lost);
    CHECK(repo.statusOf(*repo.findById(recentId)) == ActivityStatus::Active);
    f = {};
    f.tag = QStringLiteral("VIP");
    CHECK(ids(f) == QList<CustomerId>{recentId});
    f = {};
    f.region = QStringLiteral("北京市朝阳区");
    CHECK(ids(f) == QList<CustomerId>{recentId});
    f = {};
    f.kind = CustomerKind::Organisation;
    CHECK(*repo.count(f) == 1);

    // Consent is a history: the latest event per channel and purpose decides.
    REQUIRE(repo.recordConsent(
        {0, dormantId, ContactChannel::Sms, QStringLiteral("marketing"), true, fixedNow.addDays(-5), {}, {}}));
    f = {};
    f.marketingConsent = true;
    CHECK(ids(f) == QList<CustomerId>{dormantId});
    REQUIRE(repo.recordConsent({0,
                                dormantId,
                                ContactChannel::Sms,
                                QStringLiteral("marketing"),
                                false,
                                fixedNow.addDays(-1),
                                {},
                                QStringLiteral("withdrawn by phone")}));
    CHECK(ids(f).isEmpty());
    CHECK(repo.consentHistory(dormantId)->size() == 2);
    CHECK(repo.findById(dormantId)->consents.isEmpty());

    // Thresholds come from settings.
    REQUIRE(repo.setActivityThresholds(30, 60));
    CustomerRepository reread(temp.db(), clock);
    CHECK(reread.dormantAfterDays() == 30);
    CHECK(reread.statusOf(*repo.findById(dormantId)) == ActivityStatus::Lost);
    CHECK_FALSE(repo.setActivityThresholds(60, 30).ok());
}

TEST_CASE("Duplicates are found at entry with the reason they matched", "[customers][duplicates]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository repo(temp.db(), clock);
    const CustomerId original =
        add(repo, person(QStringLiteral("张伟"), QStringLiteral("13800138000"), QDate(1985, 3, 2)));
    Customer withId = person(QStringLiteral("李娜"));
    withId.idNumber = QStringLiteral("11010519491231002X");
    const CustomerId idHolder = add(repo, withId);

    auto samePhone = repo.findDuplicates(person(QStringLiteral("张小伟"), QStringLiteral("+86 13800138000")));
    REQUIRE(samePhone->size() == 1);
    CHECK(samePhone->first().customer.id == original);
    CHECK(samePhone->first().reasons.contains(QStringLiteral("same phone number")));

    auto sameBirth = repo.findDuplicates(person(QStringLiteral("张伟"), {}, QDate(1985, 3, 2)));
    REQUIRE(sameBirth->size() == 1);
    CHECK(sameBirth->first().reasons.contains(QStringLiteral("same name and date of birth")));

    auto pinyin = repo.findDuplicates(person(QStringLiteral("章威"), QStringLiteral("13912348000")));
    REQUIRE(pinyin->size() == 1);
    CHECK(pinyin->first().reasons.contains(QStringLiteral("same pinyin and last four phone digits")));
    // The same rule on the second phone number (its own index).
    Customer twoPhones = person(QStringLiteral("王芳"), QStringLiteral("13700001111"));
    twoPhones.phone2 = QStringLiteral("13600002222");
    const CustomerId twoPhonesId = add(repo, twoPhones);
    auto bySecondPhone = repo.findDuplicates(person(QStringLiteral("汪方"), QStringLiteral("13955552222")));
    REQUIRE(bySecondPhone->size() == 1);
    CHECK(bySecondPhone->first().customer.id == twoPhonesId);
    CHECK(bySecondPhone->first().reasons.contains(QStringLiteral("same pinyin and last four phone digits")));

    Customer sameId = person(QStringLiteral("李 娜"));
    sameId.idNumber = QStringLiteral("11010519491231002x");
    auto byId = repo.findDuplicates(sameId);
    REQUIRE_FALSE(byId->isEmpty());
    CHECK(byId->first().customer.id == idHolder);
    CHECK(byId->first().score == 100);

    CHECK(repo.findDuplicates(person(QStringLiteral("赵六"), QStringLiteral("13700000000")))->isEmpty());
    // A customer is not a duplicate of itself.
    Customer self = *repo.findById(original);
    CHECK(repo.findDuplicates(self)->isEmpty());
}

TEST_CASE("The batch scan finds the generator's deliberate duplicates", "[customers][duplicates]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    DemoGenerator generator(temp.db(), clock);
    DemoGenerator::Options options;
    options.customers = 600;
    options.duplicatePercent = 5;
    auto stats = generator.generate(options);
    REQUIRE(stats.ok());
    REQUIRE(stats->duplicates > 5);
    CustomerRepository repo(temp.db(), clock);
    auto pairs = repo.scanDuplicates(1000);
    REQUIRE(pairs.ok());
    CHECK(pairs->size() >= stats->duplicates);
    for (qsizetype i = 1; i < pairs->size(); ++i) {
        CHECK(pairs->at(i - 1).score >= pairs->at(i).score);
    }
    CHECK_FALSE(pairs->first().reasons.isEmpty());
}

TEST_CASE("Merge moves every link and un-merge restores rows and links exactly", "[customers][merge]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository repo(temp.db(), clock);
    Customer a = person(QStringLiteral("张伟"), QStringLiteral("13800138000"), QDate(1985, 3, 2));
    a.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("高血压")};
    a.email = QStringLiteral("old@example.com");
    Customer b = person(QStringLiteral("张 伟"), QStringLiteral("13800138000"));
    b.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("糖尿病")};
    b.email = QStringLiteral("new@example.com");
    b.lastActivityAt = fixedNow.addDays(-3);
    const CustomerId survivor = add(repo, a);
    const CustomerId merged = add(repo, b);
    Customer org = person(QStringLiteral("明德中学"));
    org.kind = CustomerKind::Organisation;
    const CustomerId orgId = add(repo, org);
    Customer referred = person(QStringLiteral("王芳"));
    referred.referredBy = merged;
    referred.organisationId = orgId;
    const CustomerId referredId = add(repo, referred);
    REQUIRE(repo.recordConsent({0, merged, ContactChannel::Sms, QStringLiteral("marketing"), true, {}, {}, {}}));
    REQUIRE(repo.recordConsent({0, survivor, ContactChannel::Phone, QStringLiteral("service"), true, {}, {}, {}}));

    QSqlDatabase db = temp.db().connection();
    const QString both = QStringLiteral("id IN (%1, %2, %3)").arg(survivor).arg(merged).arg(referredId);
    const auto customersBefore = rowsOf(db, QStringLiteral("customer"), both);
    const auto tagsBefore = rowsOf(db, QStringLiteral("customer_tag"), QStringLiteral("1"));
    const auto consentsBefore = rowsOf(db, QStringLiteral("consent_event"), QStringLiteral("1"));
    const auto searchBefore = rowsOf(db, QStringLiteral("customer_search"), QStringLiteral("1"));

    auto preview = repo.previewMerge(survivor, merged);
    REQUIRE(preview.ok());
    CHECK(preview->differingFields.contains(QStringLiteral("email")));
    CHECK(preview->differingFields.contains(QStringLiteral("name")));
    QStringList kinds;
    for (const LinkedRecord &record : preview->moving) {
        kinds << record.kindLabel;
    }
    CHECK(kinds.count(QStringLiteral("Tag")) == 2);
    CHECK(kinds.count(QStringLiteral("Consent record")) == 1);
    CHECK(kinds.count(QStringLiteral("Referred customer")) == 1);

    auto journal = repo.merge(survivor, merged, {QStringLiteral("email")});
    REQUIRE(journal.ok());
    const Customer after = *repo.findById(survivor);
    CHECK(after.email == QStringLiteral("new@example.com"));
    CHECK(after.name == QStringLiteral("张伟"));
    CHECK(after.tags == QStringList({QStringLiteral("VIP"), QStringLiteral("糖尿病"), QStringLiteral("高血压")}));
    CHECK(after.consents.size() == 2);
    CHECK(after.lastActivityAt == fixedNow.addDays(-3));
    CHECK(repo.findById(merged)->mergedInto == survivor);
    CHECK(repo.findById(referredId)->referredBy == survivor);
    CHECK(*repo.count({}) == 3);
    CHECK(namesOf(*repo.search(QStringLiteral("张伟"))) == QStringList{QStringLiteral("张伟")});
    CHECK(repo.mergeHistory(merged)->size() == 1);
    CHECK_FALSE(repo.merge(survivor, merged, {}).ok()); // already merged

    REQUIRE(repo.unmerge(*journal));
    CHECK(rowsOf(db, QStringLiteral("customer"), both) == customersBefore);
    CHECK(rowsOf(db, QStringLiteral("customer_tag"), QStringLiteral("1")) == tagsBefore);
    CHECK(rowsOf(db, QStringLiteral("consent_event"), QStringLiteral("1")) == consentsBefore);
    CHECK(rowsOf(db, QStringLiteral("customer_search"), QStringLiteral("1")).size() == searchBefore.size());
    CHECK(namesOf(*repo.search(QStringLiteral("张伟"))).size() == 2);
    CHECK(repo.mergeHistory(merged)->first().undoneAt.isValid());
    CHECK(repo.unmerge(*journal).error().code == ErrorCode::Conflict);
    auto integrity = temp.db().checkIntegrity();
    REQUIRE(integrity.ok());
    INFO(integrity->join(QStringLiteral(" | ")).toStdString());
    CHECK(integrity->isEmpty());
}

TEST_CASE("The demo generator is deterministic and realistic", "[customers][demo]")
{
    DemoGenerator::Options options;
    options.customers = 500;
    options.seed = 42;
    const auto first = DemoGenerator::makeCustomers(options, fixedNow);
    const auto again = DemoGenerator::makeCustomers(options, fixedNow);
    REQUIRE(first.size() == 500);
    for (qsizetype i = 0; i < first.size(); ++i) {
        REQUIRE(first[i].name == again[i].name);
        REQUIRE(first[i].phone == again[i].phone);
        REQUIRE(first[i].birthDate == again[i].birthDate);
    }
    options.seed = 43;
    CHECK(DemoGenerator::makeCustomers(options, fixedNow).at(10).name != first.at(10).name);
    int organisations = 0;
    int withId = 0;
    int latin = 0;
    for (const Customer &c : first) {
        Customer copy = c;
        INFO(c.name.toStdString() << " " << c.phone.toStdString() << " " << c.idNumber.toStdString());
        CHECK(CustomerValidator::validate(copy, fixedNow.date()).isEmpty());
        organisations += c.kind == CustomerKind::Organisation ? 1 : 0;
        withId += c.idNumber.isEmpty() ? 0 : 1;
        latin += c.name.at(0).unicode() < 128 ? 1 : 0;
    }
    CHECK(organisations >= 1);
    CHECK(withId > 50);
    CHECK(latin > 5);
}
