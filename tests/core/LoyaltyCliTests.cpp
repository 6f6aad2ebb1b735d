// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real caredesk-cli binary: `loyalty statement` over a database with a small points history.
#include "core/customers/CustomerRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "tests/core/CliRunner.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;
using caredesk::test::CliRun;
using caredesk::test::runCli;


TEST_CASE("caredesk-cli loyalty statement prints the statement and fails clearly", "[loyalty][cli]")
{
    TemporaryDatabase temp;
    const QDate today = QDate::currentDate();
    CustomerId id = 0;
    QString memberNumber;
    {
        CustomerRepository customers(temp.db());
        Customer c;
        c.name = QStringLiteral("黄丽");
        auto added = customers.add(c);
        REQUIRE(added.ok());
        id = added->id;
        memberNumber = added->memberNumber;
        LoyaltyLedger ledger(temp.db());
        REQUIRE(*ledger.earnForPurchase(id, QStringLiteral("purchase"), 5,
                                        {{ProductClass::Otc, 25000}, {ProductClass::Rx, 80000}}) == 250);
        REQUIRE(ledger.redeem(id, 50, QStringLiteral("vitamin C"), ProductClass::Otc).ok());
    }
    temp.close();
    const QString password = QString::fromLatin1(TemporaryDatabase::password);
    const QStringList base{QStringLiteral("loyalty"), QStringLiteral("statement"), QStringLiteral("--db"), temp.path(),
                           QStringLiteral("--user"),  QStringLiteral("admin")};
    const QStringList customer{QStringLiteral("--customer"), QString::number(id)};

    CliRun run = runCli(base + customer, {password});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(memberNumber));
    CHECK(run.out.contains(QStringLiteral("黄丽")));
    CHECK(run.out.contains(QStringLiteral("Opening balance: 0")));
    CHECK(run.out.contains(QStringLiteral("Closing balance: 200 (worth 2.00)")));
    CHECK(run.out.contains(QStringLiteral("Tier: Standard")));
    CHECK(run.out.contains(QStringLiteral("vitamin C")));
    // Entries with running balance: +250 -> 250, -50 -> 200.
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("\\s250\\s+250\\s"))));
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("\\s-50\\s+200\\s"))));

    run = runCli(base + customer + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, {password});
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("closing_balance")).toInt() == 200);
    CHECK(json.value(QStringLiteral("member_number")).toString() == memberNumber);
    const QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("earn"));
    CHECK(entries.at(0).toObject().value(QStringLiteral("expires_on")).toString() ==
          today.addMonths(12).toString(Qt::ISODate));
    CHECK(entries.at(1).toObject().value(QStringLiteral("balance")).toInt() == 200);

    run = runCli(base + customer + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, {password});
    REQUIRE(run.exitCode == 0);
    const QStringList csv = run.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(csv.size() == 4); // header, opening, two entries
    CHECK(csv.at(3).startsWith(today.toString(Qt::ISODate) + QStringLiteral(",redeem,-50,200,")));

    // A period before the history: nothing in it.
    run = runCli(base + customer + QStringList{QStringLiteral("--to"), today.addDays(-1).toString(Qt::ISODate)},
                 {password});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Closing balance: 0")));

    run = runCli(base + customer, {QStringLiteral("not-the-password")});
    CHECK(run.exitCode == 2);

    run = runCli(base, {password});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("--customer")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);

    run = runCli(base + QStringList{QStringLiteral("--customer"), QStringLiteral("abc")}, {password});
    CHECK(run.exitCode == 4);

    run = runCli(base + QStringList{QStringLiteral("--customer"), QStringLiteral("987654")}, {password});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("987654")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);

    run = runCli(base + customer + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}, {password});
    CHECK(run.exitCode == 4);
}
