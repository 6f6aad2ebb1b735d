// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly management report: its figures, its written summary, the PDF, and `caredesk-cli report monthly`.
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/dashboard/MonthlyReportPdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace caredesk;
using caredesk::core::FixedClock;
using caredesk::test::TemporaryDatabase;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Pages in a PDF written by Qt: one "/Type /Page" object per page (the page tree says /Pages). */
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QStringList &stdinLines = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(CAREDESK_CLI_PATH));
    process.setArguments(args);
    process.start();
    REQUIRE(process.waitForStarted());
    for (const QString &line : stdinLines) {
        process.write(line.toUtf8() + '\n');
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("the monthly report gathers the month and the one before and writes a multi-page PDF", "[dashboard]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    core::DemoGenerator generator(temp.db(), clock);
    core::DemoGenerator::Options options;
    options.seed = 7;
    options.customers = 300;
    REQUIRE(generator.generate(options).ok());

    auto data = ui::MonthlyReportPdf::gather(temp.db().connectionName(), temp.db().session().userName,
                                             QStringLiteral("仁和诊所"), QDate(2026, 10, 15), clock);
    INFO((data ? std::string() : data.error().message.toStdString()));
    REQUIRE(data.ok());
    CHECK(data->month == QDate(2026, 10, 1));
    CHECK(data->satisfaction.filter.from == QDate(2026, 10, 1));
    CHECK(data->satisfaction.filter.to == QDate(2026, 10, 31));
    CHECK(data->previousSatisfaction.filter.from == QDate(2026, 9, 1));
    CHECK(data->satisfactionYear.filter.from == QDate(2025, 11, 1));
    REQUIRE(data->churn.has_value()); // the administrator may read churn risk
    CHECK(data->churn->computedAt.isValid());

    const QStringList summary = ui::MonthlyReportPdf::summary(*data);
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    REQUIRE(summary.size() >= 3);
    // The complaint sentence carries both months' counts.
    const QString complaints = ui::MonthlyReportPdf::tr("%1 complaints were received (%2 the month before).")
                                   .arg(data->complaints.report.total)
                                   .arg(data->previousComplaints.report.total);
    CHECK(summary.contains(complaints));
    CHECK(summary.first().contains(QStringLiteral("NPS")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ui::MonthlyReportPdf::write(*data, path).ok());
    const QByteArray pdf = readAll(path);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pageCount(pdf) >= 4);
    // Nothing is left beside it: the temporary file was renamed.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    if (const QString keep = qEnvironmentVariable("CAREDESK_GRAB_DIR"); !keep.isEmpty()) {
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("monthly-report.pdf")));
    }

    // A folder that does not exist is refused in words, and nothing is written.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    auto refused = ui::MonthlyReportPdf::write(*data, nowhere);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == core::ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("gathering the monthly report reports progress, can be cancelled and says who moved band", "[dashboard]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    core::DemoGenerator generator(temp.db(), clock);
    core::DemoGenerator::Options options;
    options.seed = 11;
    options.customers = 150;
    REQUIRE(generator.generate(options).ok());

    // Cancelled after the third step: an error that says so, and no later step runs.
    int last = 0;
    auto cancelled = ui::MonthlyReportPdf::gather(temp.db().connectionName(), temp.db().session().userName,
                                                  QStringLiteral("仁和诊所"), QDate(2026, 10, 15), clock,
                                                  [&last](int done, int total) {
                                                      CHECK(total == ui::MonthlyReportPdf::gatherSteps);
                                                      last = done;
                                                      return done < 3;
                                                  });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().detail == QStringLiteral("cancelled"));
    CHECK(last == 3);

    // Run to the end: every step reported, in order, ending at the total; churn moves are there for the manager.
    QList<int> steps;
    auto data =
        ui::MonthlyReportPdf::gather(temp.db().connectionName(), temp.db().session().userName,
                                     QStringLiteral("仁和诊所"), QDate(2026, 10, 15), clock, [&steps](int done, int) {
                                         steps << done;
                                         return true;
                                     });
    REQUIRE(data.ok());
    REQUIRE_FALSE(steps.isEmpty());
    CHECK(steps.constLast() == ui::MonthlyReportPdf::gatherSteps);
    CHECK(std::is_sorted(steps.cbegin(), steps.cend()));
    REQUIRE(data->churnMoves.has_value());
    const QString moved = ui::MonthlyReportPdf::tr("%1 customers moved into high risk this month, %2 recovered (no "
                                                   "longer at risk).")
                              .arg(data->churnMoves->intoHigh)
                              .arg(data->churnMoves->recovered);
    CHECK(ui::MonthlyReportPdf::summary(*data).contains(moved));
}

TEST_CASE("caredesk-cli report monthly writes the PDF with the usual exit codes", "[dashboard]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.caredesk"));
    const QString password = QStringLiteral("Front-Desk-2026!");
    Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--scale"), QStringLiteral("150")},
                     {password, password});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    const QString out = dir.filePath(QStringLiteral("monthly.pdf"));
    const auto args = [&](const QString &user, const QString &monthText) {
        return QStringList{QStringLiteral("report"),  QStringLiteral("monthly"),
                           QStringLiteral("--db"),    db,
                           QStringLiteral("--user"),  user,
                           QStringLiteral("--month"), monthText,
                           QStringLiteral("--out"),   out};
    };

    run = runCli(args(QStringLiteral("zhaomin"), month), {password});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(readAll(out).startsWith("%PDF"));
    CHECK(pageCount(readAll(out)) >= 4);

    // An existing file is kept unless --force.
    const QByteArray before = readAll(out);
    run = runCli(args(QStringLiteral("zhaomin"), month), {password});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("--force")));
    CHECK(readAll(out) == before);
    run = runCli(args(QStringLiteral("zhaomin"), month) << QStringLiteral("--force"), {password});
    CHECK(run.exitCode == 0);

    // A month that is not YYYY-MM is a usage error, before any password is asked.
    run = runCli(args(QStringLiteral("zhaomin"), QStringLiteral("2026-13")), {});
    CHECK(run.exitCode == 4);
    // Reception may not write it; a wrong password is an authentication failure.
    QFile::remove(out);
    run = runCli(args(QStringLiteral("sunli"), month), {password});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
    run = runCli(args(QStringLiteral("zhaomin"), month), {QStringLiteral("wrong-password-1")});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
}
