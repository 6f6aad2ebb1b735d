// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboards area on the offscreen platform: cards and their numbers, export, the worker, filters, win-back.
#include "core/analytics/ComplaintDashboard.h"
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/feedback/SurveyRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/dashboard/AtRiskTableModel.h"
#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/ChartNumbersTableModel.h"
#include "ui/dashboard/ChurnTab.h"
#include "ui/dashboard/ComplaintsTab.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardsPage.h"
#include "ui/dashboard/LoyaltyTab.h"
#include "ui/dashboard/SatisfactionTab.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace caredesk;
using caredesk::core::FixedClock;
using caredesk::test::TemporaryDatabase;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

void generate(TemporaryDatabase &temp, const FixedClock &clock, int customers)
{
    core::DemoGenerator generator(temp.db(), clock);
    core::DemoGenerator::Options options;
    options.seed = 20261120;
    options.customers = customers;
    auto stats = generator.generate(options);
    INFO((stats ? std::string() : QString(stats.error().message + u" / " + stats.error().detail).toStdString()));
    REQUIRE(stats.ok());
}

/** The numbers row whose first column is @p label; empty when there is none. */
QStringList numbersRow(const ui::ChartCard &card, const QString &label)
{
    for (const QStringList &row : card.numbersModel()->numbers().rows) {
        if (row.value(0) == label) {
            return row;
        }
    }
    return {};
}

/** Ten responses with hand-counted NPS: 内科 3 promoters, 1 passive, 1 detractor; 外科 1 promoter, 1 passive, 2
 * detractors. Whole site: 4 promoters, 3 detractors of 9 → NPS 11.1; 内科 40; 外科 −25. */
void addConstructedResponses(TemporaryDatabase &temp, const FixedClock &clock)
{
    core::CustomerRepository customers(temp.db(), clock);
    core::Customer person;
    person.name = QStringLiteral("测试客户");
    person.phone = QStringLiteral("13800138000");
    auto added = customers.add(person);
    REQUIRE(added.ok());
    core::SurveyRepository surveys(temp.db(), clock);
    const QList<std::pair<QString, int>> answers{
        {QStringLiteral("内科"), 10}, {QStringLiteral("内科"), 10}, {QStringLiteral("内科"), 9},
        {QStringLiteral("内科"), 8},  {QStringLiteral("内科"), 3},  {QStringLiteral("外科"), 10},
        {QStringLiteral("外科"), 2},  {QStringLiteral("外科"), 2},  {QStringLiteral("外科"), 7}};
    int day = 2;
    for (const auto &[department, nps] : answers) {
        core::SurveyResponse response;
        response.customerId = added->id;
        response.at = QDateTime(QDate(2026, 11, day++), QTime(3, 0), Qt::UTC);
        response.nps = nps;
        response.csat = nps >= 9 ? 5 : 3;
        response.department = department;
        auto saved = surveys.addResponse(response);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
    }
}

bool waitComputed(ui::DashboardTab *tab)
{
    return QTest::qWaitFor([tab] { return !tab->isComputing(); }, 60000);
}

} // namespace

TEST_CASE("a chart card toggles its numbers and exports PNG and PDF", "[dashboard]")
{
    ui::ChartCard card(QStringLiteral("Test chart"));
    card.resize(600, 400);
    auto *chart = new QChart;
    auto *line = new QLineSeries;
    line->append(0, 1);
    line->append(1, 3);
    chart->addSeries(line);
    chart->createDefaultAxes();
    card.setChart(chart);
    ui::ChartNumbers numbers;
    numbers.headers = {QStringLiteral("x"), QStringLiteral("y")};
    numbers.rows = {{QStringLiteral("0"), QStringLiteral("1")}, {QStringLiteral("1"), QStringLiteral("3")}};
    card.setNumbers(numbers);
    QAbstractItemModelTester tester(card.numbersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    card.show();

    CHECK(card.chart() == chart);
    CHECK_FALSE(card.numbersShown());
    child<QAbstractButton>(card, "chartNumbersButton")->click();
    CHECK(card.numbersShown());
    CHECK(card.numbersView()->isVisible());
    CHECK(card.numbersModel()->rowCount() == 2);
    CHECK(card.numbersModel()->data(card.numbersModel()->index(1, 1)).toString() == QStringLiteral("3"));
    child<QAbstractButton>(card, "chartNumbersButton")->click();
    CHECK_FALSE(card.numbersShown());

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    REQUIRE(card.exportTo(png).ok());
    REQUIRE(card.exportTo(pdf).ok());
    QFile pngFile(png);
    REQUIRE(pngFile.open(QIODevice::ReadOnly));
    CHECK(pngFile.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    CHECK(pngFile.size() > 1000);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(4) == QByteArray("%PDF"));

    // An unwritable place fails in words and leaves nothing behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing/chart.png"));
    auto failed = card.exportTo(nowhere);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == core::ErrorCode::Io);
    CHECK_FALSE(QFile::exists(nowhere));

    card.setEmptyText(QStringLiteral("Nothing here"));
    CHECK(card.isEmptyState());
    CHECK(child<QLabel>(card, "chartEmptyState")->isVisible());
}

TEST_CASE("the satisfaction tab shows hand-counted NPS and follows the department filter", "[dashboard]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    addConstructedResponses(temp, clock);

    ui::DashboardsPage page(temp.db(), clock);
    page.resize(1440, 860);
    page.show();
    auto *tab = page.satisfactionTab();
    REQUIRE(waitComputed(tab));
    REQUIRE(tab->current().has_value());
    CHECK(tab->errorText().isEmpty());

    auto *nps = child<ui::ChartCard>(*tab, "npsTrendCard");
    CHECK_FALSE(nps->isEmptyState());
    REQUIRE(nps->chart() != nullptr);
    CHECK(nps->chart()->series().size() == 2); // the band and the line
    QAbstractItemModelTester tester(nps->numbersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList november = numbersRow(*nps, QStringLiteral("2026-11"));
    REQUIRE(november.size() == 7);
    CHECK(november.at(1) == QStringLiteral("9"));  // answers
    CHECK(november.at(2) == QStringLiteral("11")); // (4 − 3) / 9
    CHECK(november.at(5) == QStringLiteral("4"));  // promoters
    CHECK(november.at(6) == QStringLiteral("3"));  // detractors
    // Months without answers are listed with 0, not left out.
    CHECK(numbersRow(*nps, QStringLiteral("2026-10")).value(1) == QStringLiteral("0"));

    auto *departments = child<ui::ChartCard>(*tab, "departmentComparisonCard");
    const QStringList internal = numbersRow(*departments, QStringLiteral("内科"));
    REQUIRE(internal.size() == 7);
    CHECK(internal.at(1) == QStringLiteral("5"));
    CHECK(internal.at(2) == QStringLiteral("40"));
    // NPS* = (5·40 + 30·11.1)/(5 + 30) = 15.2: pulled toward the site.
    CHECK(internal.at(4) == QStringLiteral("15"));
    CHECK(internal.at(6) == ui::DashboardCharts::tr("small sample"));

    auto *department = child<QComboBox>(page, "dashboardDepartment");
    const int surgery = department->findData(QStringLiteral("外科"));
    REQUIRE(surgery > 0);
    department->setCurrentIndex(surgery);
    CHECK(tab->isComputing());
    REQUIRE(waitComputed(tab));
    november = numbersRow(*nps, QStringLiteral("2026-11"));
    REQUIRE(november.size() == 7);
    CHECK(november.at(1) == QStringLiteral("4"));
    CHECK(november.at(2) == QStringLiteral("-25"));
    CHECK(tab->current()->filter.department == QStringLiteral("外科"));

    // A period without responses says so in words.
    page.setPeriod(QDate(2020, 1, 1), QDate(2020, 3, 31));
    REQUIRE(waitComputed(tab));
    CHECK(nps->isEmptyState());
    CHECK_FALSE(child<QLabel>(*nps, "chartEmptyState")->text().isEmpty());
    CHECK(child<QLabel>(*tab, "satisfactionSummary")->text().contains(QStringLiteral("No survey responses")));
}

TEST_CASE("a newer filter discards the result of an older one", "[dashboard]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    addConstructedResponses(temp, clock);
    ui::DashboardsPage page(temp.db(), clock);
    page.show();
    auto *tab = page.satisfactionTab();
    // Three changes in a row: only the last one may be shown.
    page.setPeriod(QDate(2020, 1, 1), QDate(2020, 3, 31));
    page.setPreset(ui::DashboardsPage::Preset::Last6Months);
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(waitComputed(tab));
    REQUIRE(tab->current().has_value());
    CHECK(tab->current()->filter.from == QDate(2026, 11, 1));
    CHECK(tab->current()->nps.n == 9);
}

TEST_CASE("the dashboards on a demo database show figures, and win-back creates a follow-up", "[dashboard]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    // CAREDESK_GRAB_SCALE=2000 gives the demo's full size when looking at the pictures (see CAREDESK_GRAB_DIR).
    const int scale = qEnvironmentVariableIntValue("CAREDESK_GRAB_SCALE");
    generate(temp, clock, scale > 0 ? scale : 300);

    ui::DashboardsPage page(temp.db(), clock);
    page.resize(1440, 860);
    page.show();
    QSignalSpy opened(&page, &ui::DashboardsPage::openCustomer);

    // Complaints: the numbers equal the core's figures for the same period.
    page.tabs()->setCurrentWidget(page.complaintsTab());
    REQUIRE(waitComputed(page.complaintsTab()));
    REQUIRE(page.complaintsTab()->current().has_value());
    CHECK(page.complaintsTab()->errorText().isEmpty());
    auto core = core::ComplaintDashboard::build(temp.db().connectionName(), page.filter(), clock);
    REQUIRE(core.ok());
    CHECK(page.complaintsTab()->current()->report.total == core->report.total);
    auto *categories = child<ui::ChartCard>(*page.complaintsTab(), "complaintCategoriesCard");
    int sum = 0;
    for (const QStringList &row : categories->numbersModel()->numbers().rows) {
        sum += row.value(1).toInt();
    }
    CHECK(sum == core->report.total);
    CHECK(core->report.total > 0);
    CHECK_FALSE(categories->isEmptyState());

    // Loyalty and value.
    page.tabs()->setCurrentWidget(page.loyaltyTab());
    REQUIRE(waitComputed(page.loyaltyTab()));
    INFO(page.loyaltyTab()->errorText().toStdString());
    REQUIRE(page.loyaltyTab()->current().has_value());
    CHECK(page.loyaltyTab()->current()->loyalty.members > 0);
    CHECK_FALSE(child<ui::ChartCard>(*page.loyaltyTab(), "tierDistributionCard")->isEmptyState());
    CHECK_FALSE(child<ui::ChartCard>(*page.loyaltyTab(), "rfmSegmentsCard")->isEmptyState());

    // Churn early warning: the list, its model, and one click to a win-back task.
    page.tabs()->setCurrentWidget(page.churnTab());
    REQUIRE(waitComputed(page.churnTab()));
    INFO(page.churnTab()->errorText().toStdString());
    REQUIRE(page.churnTab()->current().has_value());
    CHECK(page.churnTab()->current()->computedAt.isValid());
    ui::AtRiskTableModel *model = page.churnTab()->atRiskModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() > 0);
    auto *table = child<QTableView>(*page.churnTab(), "atRiskTable");
    table->setCurrentIndex(model->index(0, 0));
    const core::CustomerId first = model->rowAt(model->index(0, 0))->risk.customerId;
    CHECK_FALSE(model->data(model->index(0, ui::AtRiskTableModel::Reasons)).toString().isEmpty());

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).value<core::CustomerId>() == first);

    core::FollowUpRepository followUps(temp.db(), clock);
    auto before = followUps.openTasksOf(first);
    REQUIRE(before.ok());
    const auto winBacks = [](const QList<core::FollowUpTask> &tasks) {
        return std::count_if(tasks.begin(), tasks.end(),
                             [](const core::FollowUpTask &t) { return t.kind == core::FollowUpKind::WinBack; });
    };
    const auto winBacksBefore = winBacks(*before);
    // A win-back call needs consent to marketing calls by phone (core refuses it otherwise).
    core::ConsentEvent consent;
    consent.customerId = first;
    consent.channel = core::ContactChannel::Phone;
    consent.purpose = QStringLiteral("marketing");
    consent.at = clock.nowUtc();
    REQUIRE(core::CustomerRepository(temp.db(), clock).recordConsent(consent).ok());
    auto *winBack = child<QPushButton>(*page.churnTab(), "createWinBackButton");
    auto *notice = child<QLabel>(*page.churnTab(), "atRiskNotice");
    if (winBacksBefore == 0) {
        winBack->click();
        auto after = followUps.openTasksOf(first);
        REQUIRE(after.ok());
        CHECK(winBacks(*after) == 1);
        CHECK(notice->isVisible());
    }
    // Twice is refused in words: there is already an open win-back task.
    const QString created = notice->text();
    winBack->click();
    auto again = followUps.openTasksOf(first);
    REQUIRE(again.ok());
    CHECK(winBacks(*again) == 1);
    CHECK(notice->text() != created);

    // The cohort heatmap and the retention curves have figures.
    CHECK_FALSE(child<ui::ChartCard>(*page.churnTab(), "retentionCurvesCard")->isEmptyState());
    auto *heatmap = child<QTableView>(*page.churnTab(), "cohortHeatmap");
    CHECK(heatmap->model()->rowCount() > 0);
    QAbstractItemModelTester heatmapTester(heatmap->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int shaded = 0;
    for (int row = 0; row < heatmap->model()->rowCount(); ++row) {
        // M0 is 100 % for every cohort that has customers.
        const QModelIndex m0 = heatmap->model()->index(row, 2);
        if (m0.data(ui::ChartNumbersTableModel::ShadeRole).isValid()) {
            ++shaded;
            CHECK(m0.data(ui::ChartNumbersTableModel::ShadeRole).toDouble() == Approx(1.0));
        }
    }
    CHECK(shaded > 0);
    // Cells of the month in progress carry a "*" and lie on one diagonal (cohort month + k = this month).
    QSet<QString> starredMonths;
    for (int row = 0; row < heatmap->model()->rowCount(); ++row) {
        const QDate cohort =
            QDate::fromString(heatmap->model()->index(row, 0).data().toString() + QStringLiteral("-01"), Qt::ISODate);
        for (int column = 3; column < heatmap->model()->columnCount(); ++column) {
            if (heatmap->model()->index(row, column).data().toString().endsWith(QLatin1Char('*'))) {
                starredMonths.insert(cohort.addMonths(column - 2).toString(QStringLiteral("yyyy-MM")));
            }
        }
    }
    CHECK(starredMonths.size() <= 1);

    // CAREDESK_GRAB_DIR=folder saves a picture of every tab, for a person to look at.
    const QString grabDir = qEnvironmentVariable("CAREDESK_GRAB_DIR");
    for (int i = 0; i < page.tabs()->count() && !grabDir.isEmpty(); ++i) {
        page.tabs()->setCurrentIndex(i);
        REQUIRE(waitComputed(qobject_cast<ui::DashboardTab *>(page.tabs()->currentWidget())));
        QTest::qWait(50);
        page.grab().save(QDir(grabDir).filePath(QStringLiteral("dash-%1.png").arg(i)));
    }
}
