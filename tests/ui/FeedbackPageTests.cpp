// SPDX-License-Identifier: GPL-3.0-or-later
// The Feedback area: NPS with its interval, CSAT, dimension scores weakest first and the answers behind them, for a
// period, department and staff member; and the administrator's survey template editor.
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/common/MessageBox.h"
#include "ui/feedback/DimensionScoreTableModel.h"
#include "ui/feedback/FeedbackPage.h"
#include "ui/feedback/SurveyResponseTableModel.h"
#include "ui/feedback/SurveyTemplateDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

using caredesk::core::Customer;
using caredesk::core::CustomerId;
using caredesk::core::CustomerRepository;
using caredesk::core::Database;
using caredesk::core::DimensionScore;
using caredesk::core::FixedClock;
using caredesk::core::KdfParams;
using caredesk::core::Role;
using caredesk::core::SiteProfile;
using caredesk::core::SurveyRepository;
using caredesk::core::SurveyResponse;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::DimensionScoreTableModel;
using caredesk::ui::FeedbackPage;
using caredesk::ui::MessageBox;
using caredesk::ui::SurveyResponseTableModel;
using caredesk::ui::SurveyTemplateDialog;

namespace {

// Midday, so the local day is 3 March in every time zone the tests run in.
QDateTime feedbackNow()
{
    return QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC);
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

QString one(double value)
{
    return QLocale().toString(value, 'f', 1);
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    INFO("combo value " << value.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

struct Fixture {
    TemporaryDatabase temp;
    FixedClock clock{feedbackNow()};
    CustomerRepository customers{temp.db(), clock};
    SurveyRepository surveys{temp.db(), clock};
    Customer customer;

    Fixture()
    {
        clock.set(feedbackNow().addDays(-400));
        Customer c;
        c.name = QStringLiteral("林晓华");
        c.phone = QStringLiteral("13912345678");
        auto added = customers.add(c);
        REQUIRE(added.ok());
        customer = *added;
        clock.set(feedbackNow());
    }

    SurveyResponse answer(int daysAgo, int nps, int csat, const QString &department, const QString &staff = {})
    {
        SurveyResponse r;
        r.customerId = customer.id;
        r.at = feedbackNow().addDays(-daysAgo);
        r.nps = nps;
        r.csat = csat;
        r.department = department;
        r.staff = staff;
        r.scores = {DimensionScore{0, QStringLiteral("waiting_time"), {}, 2},
                    DimensionScore{0, QStringLiteral("staff_attitude"), {}, 5}};
        auto saved = surveys.addResponse(r);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return *saved;
    }

    /** In the default period (last 3 months): 5 promoters, 3 passives, 2 detractors; 3 more long before it. */
    void fill()
    {
        const QString internal = QStringLiteral("内科");
        const QString eyes = QStringLiteral("眼科");
        answer(1, 9, 5, internal, QStringLiteral("Dr Zhou"));
        answer(2, 10, 5, internal, QStringLiteral("Dr Zhou"));
        answer(3, 9, 4, internal);
        answer(4, 10, 5, internal);
        answer(5, 9, 4, eyes);
        answer(6, 7, 4, internal);
        answer(7, 8, 3, internal);
        answer(8, 7, 4, eyes);
        answer(9, 3, 2, eyes, QStringLiteral("Dr Zhou"));
        answer(10, 6, 1, eyes);
        // Outside the last 3 months, inside the last 12.
        answer(120, 0, 1, internal);
        answer(200, 1, 1, internal);
        answer(200, 2, 1, QStringLiteral("口腔科"));
    }
};

} // namespace

TEST_CASE("The feedback page shows NPS with its interval, CSAT and dimensions for the period", "[ui][feedback]")
{
    Fixture f;
    f.fill();
    FeedbackPage page(f.temp.db(), f.clock);
    page.show(); // the page reads its figures when it is first shown
    QAbstractItemModelTester responsesTester(page.responseModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester dimensionsTester(page.dimensionModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(page.period() == FeedbackPage::Period::Last3Months);
    // 50% promoters − 20% detractors; Var = (0.5 + 0.2 − 0.3²)/10 = 0.061, half width 1.96·√0.061 = 48.4 points.
    CHECK(child<QLabel>(page, "npsValue")->text() ==
          QStringLiteral("NPS %1 (%2 – %3), n = %4").arg(one(30.0), one(-18.4), one(78.4), QLocale().toString(10)));
    CHECK(child<QLabel>(page, "npsBreakdown")->text().contains(QStringLiteral("Promoters 5")));
    // 7 of 10 gave 4 or 5.
    CHECK(child<QLabel>(page, "csatValue")->text() ==
          QStringLiteral("CSAT %1%, n = %2").arg(one(70.0), QLocale().toString(10)));
    auto *npsWarning = child<QLabel>(page, "npsSmallSample");
    CHECK_FALSE(npsWarning->isHidden());
    CHECK(npsWarning->text().contains(QStringLiteral("Fewer than 30 answers")));
    CHECK_FALSE(child<QLabel>(page, "csatSmallSample")->isHidden());

    // Dimensions weakest first: waiting time 2 of 5 → 25, staff attitude 5 of 5 → 100.
    DimensionScoreTableModel *dimensions = page.dimensionModel();
    REQUIRE(dimensions->rowCount() == 2);
    CHECK(dimensions->resultAt(0).key == QStringLiteral("waiting_time"));
    CHECK(dimensions->index(0, DimensionScoreTableModel::Score).data().toString() == one(25.0));
    CHECK(dimensions->index(0, DimensionScoreTableModel::Answers).data().toString() == QLocale().toString(10));
    CHECK(dimensions->resultAt(1).key == QStringLiteral("staff_attitude"));

    // The answers of the period, newest first, detractors marked; the customer by name and member number.
    SurveyResponseTableModel *responses = page.responseModel();
    REQUIRE(responses->rowCount() == 10);
    CHECK(responses->responseAt(0).at == feedbackNow().addDays(-1));
    CHECK(responses->index(0, SurveyResponseTableModel::Customer).data().toString().contains(f.customer.name));
    CHECK(responses->index(0, SurveyResponseTableModel::Customer).data().toString().contains(f.customer.memberNumber));
    int detractors = 0;
    for (int row = 0; row < responses->rowCount(); ++row) {
        const QModelIndex index = responses->index(row, SurveyResponseTableModel::Nps);
        if (index.data(SurveyResponseTableModel::DetractorRole).toBool()) {
            ++detractors;
            CHECK(index.data(Qt::ForegroundRole).isValid());
        } else {
            CHECK_FALSE(index.data(Qt::ForegroundRole).isValid());
        }
    }
    CHECK(detractors == 2);
    responses->sort(SurveyResponseTableModel::Nps, Qt::AscendingOrder);
    CHECK(responses->responseAt(0).nps == 3);
    responses->sort(SurveyResponseTableModel::Date, Qt::DescendingOrder);

    // The period filter: the last 12 months take in the older answer, but not those from 200 days ago.
    const int before = page.recomputeCount();
    page.setPeriod(FeedbackPage::Period::Last12Months);
    CHECK(page.recomputeCount() == before + 1);
    CHECK(responses->rowCount() == 13);
    CHECK(child<QLabel>(page, "npsValue")->text().endsWith(QStringLiteral("n = %1").arg(QLocale().toString(13))));
    page.setCustomPeriod(QDate(2026, 2, 25), QDate(2026, 3, 1)); // 2 to 6 days ago
    CHECK(page.period() == FeedbackPage::Period::Custom);
    CHECK(responses->rowCount() == 5);
    page.setPeriod(FeedbackPage::Period::Last3Months);
    CHECK(responses->rowCount() == 10);

    // The department filter, with choices from the answers in use.
    auto *department = child<QComboBox>(page, "departmentFilter");
    CHECK(department->count() == 4); // all + 内科, 眼科, 口腔科
    const int beforeDepartment = page.recomputeCount();
    selectData(department, QStringLiteral("眼科"));
    CHECK(page.recomputeCount() == beforeDepartment + 1);
    CHECK(responses->rowCount() == 4);
    // 1 promoter, 1 passive, 2 detractors of 4.
    CHECK(child<QLabel>(page, "npsValue")->text().startsWith(QStringLiteral("NPS %1 ").arg(one(-25.0))));
    auto *staff = child<QComboBox>(page, "staffFilter");
    selectData(staff, QStringLiteral("Dr Zhou"));
    CHECK(responses->rowCount() == 1);
    department->setCurrentIndex(0);
    CHECK(responses->rowCount() == 3);
    staff->setCurrentIndex(0);
    CHECK(responses->rowCount() == 10);
}

TEST_CASE("The feedback page says so honestly when the period has no answers", "[ui][feedback]")
{
    Fixture f;
    FeedbackPage page(f.temp.db(), f.clock);
    page.show(); // the page reads its figures when it is first shown
    QAbstractItemModelTester tester(page.responseModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *content = child<QStackedWidget>(page, "feedbackContent");
    auto *empty = child<QLabel>(page, "emptyState");
    CHECK(content->currentWidget() == empty->parentWidget());
    CHECK(empty->text() ==
          QStringLiteral("No survey answers in this period. Enter paper forms from a customer's profile (Alt+S)."));
    CHECK(page.responseModel()->rowCount() == 0);
    CHECK(page.dimensionModel()->rowCount() == 0);

    // A new answer shows after a refresh (the page refreshes itself when shown again).
    f.answer(1, 10, 5, QStringLiteral("内科"));
    page.refresh();
    CHECK(content->currentWidget() != empty->parentWidget());
    CHECK(page.responseModel()->rowCount() == 1);
    CHECK(child<QComboBox>(page, "departmentFilter")->count() == 2);

    // An impossible custom period is said so inline rather than showing nothing.
    page.setCustomPeriod(QDate(2026, 3, 2), QDate(2026, 2, 1));
    CHECK_FALSE(child<QLabel>(page, "feedbackError")->isHidden());
    CHECK(page.responseModel()->rowCount() == 0);
}

TEST_CASE("An administrator renames a survey question and old answers keep their wording", "[ui][feedback]")
{
    Fixture f;
    const SurveyResponse old = f.answer(5, 9, 5, QStringLiteral("内科"));
    const QString waitingLabel = old.scores.isEmpty() ? QString() : old.scores.first().label;

    FeedbackPage page(f.temp.db(), f.clock);
    page.show(); // the page reads its figures when it is first shown
    auto *editButton = child<QPushButton>(page, "editSurveyTemplateButton");
    CHECK_FALSE(editButton->isHidden());
    CHECK(editButton->isEnabled());

    SurveyTemplateDialog dialog(f.surveys, SiteProfile::Clinic);
    const int firstVersion = dialog.surveyTemplate().version;
    CHECK(child<QLabel>(dialog, "templateVersion")->text() ==
          QStringLiteral("Version %1 · answers given on earlier versions keep their questions")
              .arg(QLocale().toString(firstVersion)));

    QString asked;
    dialog.setNamePrompt([&asked](const QString &, const QString &, const QString &text) -> std::optional<QString> {
        asked = text;
        return QStringLiteral("Queue time");
    });
    dialog.setCurrentKey(QStringLiteral("waiting_time"));
    child<QPushButton>(dialog, "renameDimensionButton")->click();
    CHECK(asked == waitingLabel);

    auto current = f.surveys.current(SiteProfile::Clinic);
    REQUIRE(current.ok());
    CHECK(current->version == firstVersion + 1);
    REQUIRE(current->dimension(QStringLiteral("waiting_time")) != nullptr);
    CHECK(current->dimension(QStringLiteral("waiting_time"))->displayLabel() == QStringLiteral("Queue time"));
    CHECK(dialog.surveyTemplate().id == current->id);
    CHECK(child<QLabel>(dialog, "templateVersion")
              ->text()
              .startsWith(QStringLiteral("Version %1 ").arg(QLocale().toString(firstVersion + 1))));
    CHECK(dialog.currentKey() == QStringLiteral("waiting_time"));

    // The answer given on version 1 still reads as it was asked.
    auto answers = f.surveys.responsesOf(f.customer.id);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 1);
    bool found = false;
    for (const DimensionScore &score : answers->first().scores) {
        if (score.key == QStringLiteral("waiting_time")) {
            found = true;
            CHECK(score.label == waitingLabel);
            CHECK(score.label != QStringLiteral("Queue time"));
        }
    }
    CHECK(found);

    // A duplicate name is refused inline and saves nothing.
    const QString staffLabel = current->dimension(QStringLiteral("staff_attitude"))->displayLabel();
    dialog.setNamePrompt([staffLabel](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return staffLabel;
    });
    child<QPushButton>(dialog, "renameDimensionButton")->click();
    CHECK_FALSE(child<QLabel>(dialog, "templateError")->isHidden());
    CHECK(f.surveys.current(SiteProfile::Clinic)->version == firstVersion + 1);

    // Move down, then retire (answering the confirmation), each a new version.
    auto *list = child<QListWidget>(dialog, "dimensionList");
    const int row = list->currentRow();
    child<QPushButton>(dialog, "moveDimensionDownButton")->click();
    CHECK(list->currentRow() == row + 1);
    CHECK(dialog.currentKey() == QStringLiteral("waiting_time"));
    CHECK(f.surveys.current(SiteProfile::Clinic)->version == firstVersion + 2);
    CHECK(child<QLabel>(dialog, "templateError")->isHidden());

    const int activeBefore = list->count();
    MessageBox::setTestResponder([](const QString &, const QString &) { return QMessageBox::Yes; });
    child<QPushButton>(dialog, "retireDimensionButton")->click();
    MessageBox::setTestResponder({});
    CHECK(list->count() == activeBefore - 1);
    auto latest = f.surveys.current(SiteProfile::Clinic);
    REQUIRE(latest.ok());
    CHECK(latest->version == firstVersion + 3);
    CHECK(latest->dimension(QStringLiteral("waiting_time"))->retired);
    CHECK_FALSE(child<QLabel>(dialog, "retiredDimensions")->isHidden());
}

TEST_CASE("A reception user sees the feedback page without the template editor", "[ui][feedback]")
{
    Fixture f;
    f.answer(2, 8, 4, QStringLiteral("内科"));
    REQUIRE(f.temp.db().addUser(QStringLiteral("li.na"), Role::Reception, QStringLiteral("Reception-Desk-77"),
                                KdfParams::fastForTests()));
    f.temp.close();
    {
        auto desk = Database::open(f.temp.path(), QStringLiteral("li.na"), QStringLiteral("Reception-Desk-77"));
        INFO((desk ? QString() : desk.error().message).toStdString());
        REQUIRE(desk.ok());
        FeedbackPage page(**desk, f.clock);
        page.show(); // the page reads its figures when it is first shown
        auto *editButton = child<QPushButton>(page, "editSurveyTemplateButton");
        CHECK(editButton->isHidden());
        CHECK_FALSE(editButton->isEnabled());
        CHECK(page.responseModel()->rowCount() == 1);
        const int versions = static_cast<int>(SurveyRepository(**desk, f.clock).versions(SiteProfile::Clinic)->size());
        page.editTemplate(); // refused quietly: nothing opens, nothing changes
        CHECK(SurveyRepository(**desk, f.clock).versions(SiteProfile::Clinic)->size() == versions);
    }
    f.temp.reopen();
}
