// SPDX-License-Identifier: GPL-3.0-or-later
// `caredesk-cli report satisfaction` over a database filled through the repositories, driven like a script.
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
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

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

/**
 * Ten responses in 内科 between 1 and 20 November (5 promoters, 3 passives, 2 detractors; CSAT 5,5,4,4,4,3,3,2,1 and
 * one without), one in 儿科 and one in October.
 */
void fill(TemporaryDatabase &temp)
{
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    SurveyRepository surveys(temp.db(), clock);
    Customer c;
    c.name = QStringLiteral("张伟");
    c.phone = QStringLiteral("13800138000");
    auto added = customers.add(c);
    REQUIRE(added.ok());
    const int nps[] = {10, 9, 9, 10, 9, 7, 8, 7, 6, 0};
    const int csat[] = {5, 5, 4, 4, 4, 3, 3, 2, 1, 0};
    for (int i = 0; i < 10; ++i) {
        SurveyResponse r;
        r.customerId = added->id;
        r.at = QDateTime(QDate(2026, 11, 2 + i), QTime(12, 0), Qt::UTC);
        r.nps = nps[i];
        r.csat = csat[i] == 0 ? std::nullopt : std::optional<int>(csat[i]);
        r.department = QStringLiteral("内科");
        r.staff = i < 5 ? QStringLiteral("刘医生") : QStringLiteral("陈医生");
        r.channel = SurveyChannel::Paper;
        // waiting_time 1 on every form (0 points), staff_attitude 4 on the first five (75 points).
        r.scores = {DimensionScore{0, QStringLiteral("waiting_time"), {}, 1}};
        if (i < 5) {
            r.scores << DimensionScore{0, QStringLiteral("staff_attitude"), {}, 4};
        }
        r.comment = i == 0 ? QStringLiteral("医生很耐心, \"非常好\"") : QString();
        REQUIRE(surveys.addResponse(r).ok());
    }
    SurveyResponse other;
    other.customerId = added->id;
    other.at = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);
    other.nps = 0;
    other.department = QStringLiteral("儿科");
    REQUIRE(surveys.addResponse(other).ok());
    other.at = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    other.department = QStringLiteral("内科");
    REQUIRE(surveys.addResponse(other).ok());
    temp.close();
}

QStringList reportArgs(const TemporaryDatabase &temp, const QString &from, const QString &to, const QString &format)
{
    return {QStringLiteral("report"),   QStringLiteral("satisfaction"),
            QStringLiteral("--db"),     temp.path(),
            QStringLiteral("--user"),   QStringLiteral("admin"),
            QStringLiteral("--from"),   from,
            QStringLiteral("--to"),     to,
            QStringLiteral("--format"), format};
}

const QString password = QString::fromLatin1(TemporaryDatabase::password);

} // namespace

TEST_CASE("caredesk-cli report satisfaction prints NPS with its interval, CSAT and dimensions", "[cli][report]")
{
    TemporaryDatabase temp;
    fill(temp);
    QStringList args =
        reportArgs(temp, QStringLiteral("2026-11-01"), QStringLiteral("2026-11-20"), QStringLiteral("json"));
    args << QStringLiteral("--department") << QStringLiteral("内科");
    const CliRun run = runCli(args, {password});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    INFO(run.out.toStdString());
    REQUIRE(parseError.error == QJsonParseError::NoError);
    const QJsonObject summary = doc.object().value(QStringLiteral("summary")).toObject();
    const QJsonObject nps = summary.value(QStringLiteral("nps")).toObject();
    // 5 promoters, 3 passives, 2 detractors of 10: NPS 30, half-width 1.96 * sqrt(0.061) * 100 = 48.41.
    CHECK(nps.value(QStringLiteral("n")).toInt() == 10);
    CHECK(nps.value(QStringLiteral("promoters")).toInt() == 5);
    CHECK(nps.value(QStringLiteral("detractors")).toInt() == 2);
    CHECK(nps.value(QStringLiteral("nps")).toDouble() == Approx(30.0));
    CHECK(nps.value(QStringLiteral("low")).toDouble() == Approx(-18.41));
    CHECK(nps.value(QStringLiteral("high")).toDouble() == Approx(78.41));
    CHECK(nps.value(QStringLiteral("small_sample")).toBool());
    // CSAT: 5 of the 9 answered are 4 or 5 = 55.56%.
    const QJsonObject csat = summary.value(QStringLiteral("csat")).toObject();
    CHECK(csat.value(QStringLiteral("n")).toInt() == 9);
    CHECK(csat.value(QStringLiteral("percent")).toDouble() == Approx(55.56));
    const QJsonArray dimensions = summary.value(QStringLiteral("dimensions")).toArray();
    REQUIRE(dimensions.size() == 2);
    CHECK(dimensions.at(0).toObject().value(QStringLiteral("key")).toString() == QStringLiteral("waiting_time"));
    CHECK(dimensions.at(0).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("Waiting time"));
    CHECK(dimensions.at(0).toObject().value(QStringLiteral("score")).toDouble() == Approx(0.0));
    CHECK(dimensions.at(0).toObject().value(QStringLiteral("n")).toInt() == 10);
    CHECK(dimensions.at(1).toObject().value(QStringLiteral("score")).toDouble() == Approx(75.0));
    const QJsonArray responses = doc.object().value(QStringLiteral("responses")).toArray();
    REQUIRE(responses.size() == 10);
    CHECK(responses.at(0).toObject().value(QStringLiteral("comment")).toString() ==
          QStringLiteral("医生很耐心, \"非常好\""));
    CHECK(responses.at(9).toObject().value(QStringLiteral("csat")).isNull());

    // Without the department filter the 儿科 detractor counts too; --staff narrows to one doctor.
    CliRun all =
        runCli(reportArgs(temp, QStringLiteral("2026-11-01"), QStringLiteral("2026-11-20"), QStringLiteral("json")),
               {password});
    REQUIRE(all.exitCode == 0);
    CHECK(QJsonDocument::fromJson(all.out.toUtf8())
              .object()
              .value(QStringLiteral("summary"))
              .toObject()
              .value(QStringLiteral("nps"))
              .toObject()
              .value(QStringLiteral("n"))
              .toInt() == 11);
    QStringList staffArgs =
        reportArgs(temp, QStringLiteral("2026-11-01"), QStringLiteral("2026-11-20"), QStringLiteral("json"));
    staffArgs << QStringLiteral("--staff") << QStringLiteral("刘医生");
    CliRun staff = runCli(staffArgs, {password});
    REQUIRE(staff.exitCode == 0);
    CHECK(QJsonDocument::fromJson(staff.out.toUtf8()).object().value(QStringLiteral("responses")).toArray().size() ==
          5);

    // CSV: a summary block with a header, an empty line, then the responses with a header.
    args.replace(args.indexOf(QStringLiteral("json")), QStringLiteral("csv"));
    const CliRun csv = runCli(args, {password});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QLatin1Char('\n'));
    CHECK(lines.at(0) == QStringLiteral("measure,key,label,n,value,low,high,small_sample"));
    CHECK(lines.at(1) == QStringLiteral("nps,,,10,30.00,-18.41,78.41,1"));
    CHECK(lines.at(2) == QStringLiteral("csat,,,9,55.56,,,1"));
    CHECK(lines.at(3) == QStringLiteral("dimension,waiting_time,Waiting time,10,0.00,,,1"));
    CHECK(lines.at(5).isEmpty());
    CHECK(lines.at(6) ==
          QStringLiteral("id,at,customer_id,channel,department,staff,csat,nps,waiting_time,staff_attitude,comment"));
    CHECK(lines.at(7).endsWith(QStringLiteral(",5,10,1,4,\"医生很耐心, \"\"非常好\"\"\"")));
}

TEST_CASE("caredesk-cli report satisfaction refuses bad input with exit codes", "[cli][report]")
{
    TemporaryDatabase temp;
    fill(temp);
    CliRun run =
        runCli(reportArgs(temp, QStringLiteral("2026-13-01"), QStringLiteral("2026-11-20"), QStringLiteral("json")),
               {password});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);

    run = runCli(reportArgs(temp, QStringLiteral("2026-11-20"), QStringLiteral("2026-11-01"), QStringLiteral("json")),
                 {password});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("--from")));

    run = runCli(reportArgs(temp, QStringLiteral("2026-11-01"), QStringLiteral("2026-11-20"), QStringLiteral("xml")),
                 {password});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("json or csv")));

    run = runCli({QStringLiteral("report"), QStringLiteral("nonsense")}, {password});
    CHECK(run.exitCode == 4);

    run = runCli(reportArgs(temp, QStringLiteral("2026-11-01"), QStringLiteral("2026-11-20"), QStringLiteral("json")),
                 {QStringLiteral("not-the-password")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());

    // An empty period is not an error: zeros with the small-sample flag.
    run = runCli(reportArgs(temp, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"), QStringLiteral("json")),
                 {password});
    REQUIRE(run.exitCode == 0);
    const QJsonObject nps = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QStringLiteral("summary"))
                                .toObject()
                                .value(QStringLiteral("nps"))
                                .toObject();
    CHECK(nps.value(QStringLiteral("n")).toInt() == 0);
    CHECK(nps.value(QStringLiteral("small_sample")).toBool());
}
