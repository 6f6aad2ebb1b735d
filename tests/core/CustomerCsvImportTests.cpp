// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerCsvImport.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QStringEncoder>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QList<int> problemLines(const CsvImportReport &report)
{
    QList<int> lines;
    for (const CsvImportProblem &problem : report.problems) {
        lines << problem.line;
    }
    return lines;
}

} // namespace

TEST_CASE("csv import reads quoted fields, line breaks, a BOM and GB18030", "[csvimport]")
{
    QList<int> lines;
    const QList<QStringList> records = CustomerCsvImport::parseCsv(
        QStringLiteral("name,notes\r\n\"Smith, Mary\",\"said \"\"hi\"\"\nthen left\"\r\n\r\nBob,\n"), &lines);
    REQUIRE(records.size() == 3);
    CHECK(records.at(1) == QStringList{QStringLiteral("Smith, Mary"), QStringLiteral("said \"hi\"\nthen left")});
    CHECK(records.at(2) == QStringList{QStringLiteral("Bob"), QString()});
    CHECK(lines == QList<int>{1, 2, 5}); // the quoted line break and the blank line count as lines

    QString encoding;
    CHECK(CustomerCsvImport::decode(QByteArrayLiteral("\xEF\xBB\xBFname\n"), &encoding) == QStringLiteral("name\n"));
    CHECK(encoding == QStringLiteral("UTF-8"));
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray bytes = gb.encode(QString::fromUtf8("姓名\n张伟\n"));
    CHECK(CustomerCsvImport::decode(bytes, &encoding) == QString::fromUtf8("姓名\n张伟\n"));
    CHECK(encoding == QStringLiteral("GB18030"));
}

TEST_CASE("csv import is all or nothing and names every bad line", "[csvimport]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase temp;
    CustomerRepository customers(temp.db(), clock);
    Customer existing;
    existing.name = QString::fromUtf8("王芳");
    existing.phone = QStringLiteral("13800138000");
    REQUIRE(customers.add(existing).ok());
    QSqlDatabase db = temp.db().connection();
    const qint64 before = scalar(db, QStringLiteral("SELECT count(*) FROM customer"));

    const QByteArray bad = QString::fromUtf8("姓名,手机,性别,出生日期,会员号\n"
                                             "张伟,13912345678,男,1980-02-03,\n"    // 2 ok
                                             "李娜,12345,女,,\n"                    // 3 bad phone
                                             "Mary Smith,13700001111,F,1975/5/6,\n" // 4 ok
                                             "张伟,139-1234-5678,M,,\n"             // 5 same person as line 2
                                             "王芳,+86 138 0013 8000,,,\n"          // 6 already registered
                                             "赵敏,13600002222,X,,\n"               // 7 unknown sex
                                             "陈明,13600003333,,2090-01-01,\n"      // 8 future birth date
                                             "刘洋,13600004444,,,M00000001\n")      // 9 member number in use
                               .toUtf8();
    CustomerCsvImport importer(temp.db(), clock);
    auto report = importer.importData(bad);
    REQUIRE(report.ok());
    CHECK(report->rows == 8);
    CHECK(report->imported == 0);
    CHECK(problemLines(*report) == QList<int>{3, 5, 6, 7, 8, 9});
    for (const CsvImportProblem &problem : report->problems) {
        CHECK(problem.message.contains(QString::number(problem.line)));
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")) == before);

    // The corrected file goes in whole, searchable, and the import is audited with its count only.
    const QByteArray good = QString::fromUtf8("name,phone,sex,birth_date,tags\n"
                                              "张伟,13912345678,男,1980-02-03,VIP;高血压\n"
                                              "Mary Smith,13700001111,F,1975/5/6,\n"
                                              "\"欧阳, 娜娜\",13600005555,,,\n")
                                .toUtf8();
    auto dry = importer.importData(good, true);
    REQUIRE(dry.ok());
    CHECK(dry->problems.isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")) == before);
    auto imported = importer.importData(good);
    REQUIRE(imported.ok());
    INFO((imported->problems.isEmpty() ? QString() : imported->problems.front().message).toStdString());
    CHECK(imported->problems.isEmpty());
    CHECK(imported->imported == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")) == before + 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer_tag")) == 2);
    auto found = customers.search(QStringLiteral("zw"));
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->hits.isEmpty());
    CHECK(found->hits.front().customer.phone == QStringLiteral("13912345678"));
    QSqlQuery audit(db);
    REQUIRE(audit.exec(QStringLiteral("SELECT detail FROM audit_event WHERE action = 'customer.import'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString().contains(QStringLiteral("3")));
    CHECK_FALSE(audit.value(0).toString().contains(QString::fromUtf8("张伟")));
    CHECK_FALSE(audit.value(0).toString().contains(QStringLiteral("13912345678")));
}

TEST_CASE("csv import refuses unknown columns and reception staff", "[csvimport]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase temp;
    CustomerCsvImport importer(temp.db(), clock);
    auto report = importer.importData(QByteArrayLiteral("name,shoe_size\nBob,42\n"));
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.front().line == 1);
    CHECK(report->problems.front().message.contains(QStringLiteral("shoe_size")));

    const QString password = QStringLiteral("Desk-Password-2026");
    REQUIRE(temp.db().addUser(QStringLiteral("sunli"), Role::Reception, password, KdfParams::fastForTests()).ok());
    temp.close();
    auto reception = Database::open(temp.path(), QStringLiteral("sunli"), password);
    REQUIRE(reception.ok());
    CustomerCsvImport refused(**reception, clock);
    auto denied = refused.importData(QByteArrayLiteral("name\nBob\n"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar((*reception)->connection(), QStringLiteral("SELECT count(*) FROM customer")) == 0);
}

TEST_CASE("csv import writes the same keys and index documents as registering one by one", "[csvimport]")
{
    FixedClock clock(fixedNow);
    TemporaryDatabase imported;
    TemporaryDatabase registered;
    // Names repeat (the import works each distinct name out once), a name shares a token with its own phone, one
    // member number is given and the others are assigned.
    const QByteArray csv = QString::fromUtf8("name,phone,phone2,member_number,id_number\n"
                                             "张伟,13912345678,,,\n"
                                             "张伟,13912345679,01088886666,,\n"
                                             "曾晓明,13800001111,,VIP-0007,\n"
                                             "Mary Smith 13700002222,13700002222,,,\n"
                                             "单雪,13600003333,,,11010519491231002X\n"
                                             "曾晓明,13500004444,,,\n")
                               .toUtf8();
    CustomerCsvImport importer(imported.db(), clock);
    auto report = importer.importData(csv);
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.front().message).toStdString());
    REQUIRE(report->problems.isEmpty());
    CHECK(report->imported == 6);

    CustomerRepository one(registered.db(), clock);
    const QList<QStringList> records = CustomerCsvImport::parseCsv(QString::fromUtf8(csv));
    for (qsizetype r = 1; r < records.size(); ++r) {
        Customer c;
        c.name = records.at(r).at(0);
        c.phone = records.at(r).at(1);
        c.phone2 = records.at(r).at(2);
        c.memberNumber = records.at(r).at(3);
        c.idNumber = records.at(r).at(4);
        auto added = one.add(c);
        INFO(c.name.toStdString());
        REQUIRE(added.ok());
    }
    const QString keys = QStringLiteral(
        "SELECT c.id, c.name, c.name_sort, c.name_pinyin, c.phone, c.phone2, c.member_number, "
        "coalesce(c.id_number, ''), s.tokens FROM customer c JOIN customer_search s ON s.docid = c.id ORDER BY c.id");
    QSqlQuery a(imported.db().connection());
    QSqlQuery b(registered.db().connection());
    REQUIRE(a.exec(keys));
    REQUIRE(b.exec(keys));
    int rows = 0;
    while (a.next()) {
        REQUIRE(b.next());
        for (int i = 0; i < 9; ++i) {
            INFO(rows << " column " << i);
            CHECK(a.value(i).toString() == b.value(i).toString());
        }
        ++rows;
    }
    CHECK_FALSE(b.next());
    CHECK(rows == 6);
    CHECK(scalar(imported.db().connection(),
                 QStringLiteral("SELECT count(*) FROM customer WHERE member_number = 'M' || substr('0000000' || id, "
                                "-8) OR member_number = 'VIP-0007'")) == 6);
}
