// SPDX-License-Identifier: GPL-3.0-or-later
// The Follow-ups area: the queue worked by keyboard (move, next, outcome by digit, another day, profile), the
// counter and the empty state, the supervisor tab hidden for reception, the models under QAbstractItemModelTester.
#include "core/customers/CustomerRepository.h"
#include "core/customers/PhoneNumber.h"
#include "core/followups/FollowUpRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/followups/FollowUpFiguresTableModel.h"
#include "ui/followups/FollowUpOutcomeDialog.h"
#include "ui/followups/FollowUpRescheduleDialog.h"
#include "ui/followups/FollowUpRuleTableModel.h"
#include "ui/followups/FollowUpTaskTableModel.h"
#include "ui/followups/FollowUpsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;
using ui::FollowUpsPage;
using ui::FollowUpTaskTableModel;

namespace {

const QDate today(2026, 3, 3);

/** Answers the next modal dialog of type @p D with @p answer, once it shows. */
template <typename D> void whenDialog(QWidget *context, const std::function<void(D *)> &answer, bool *seen)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer, seen] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog == nullptr || !dialog->isVisible()) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        *seen = true;
        answer(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll->start();
}

struct Fixture {
    TemporaryDatabase temp;
    FixedClock clock{QDateTime(today, QTime(9, 0))};
    CustomerId customer = 0;
    QList<FollowUpTaskId> tasks;

    Fixture()
    {
        REQUIRE(temp.db().addUser(QStringLiteral("sunli"), Role::Reception, QStringLiteral("Front-Desk-4471"),
                                  KdfParams::fastForTests()));
        CustomerRepository customers(temp.db(), clock);
        Customer c;
        c.name = QStringLiteral("王芳");
        c.phone = QStringLiteral("13812345678");
        auto added = customers.add(c);
        REQUIRE(added.ok());
        customer = added->id;
        FixedClock earlier(QDateTime(today.addDays(-5), QTime(9, 0)));
        FollowUpRepository repo(temp.db(), earlier);
        const QList<std::pair<QDate, int>> due{{today.addDays(-1), 0}, {today, 2}, {today, 0}};
        for (const auto &[day, priority] : due) {
            FollowUpTask t;
            t.customerId = customer;
            t.kind = FollowUpKind::PostVisitCall;
            t.assignee = QStringLiteral("admin");
            t.dueDate = day;
            t.priority = priority;
            t.script = QStringLiteral("Ask how the knee feels after the injection.");
            auto saved = repo.create(t);
            REQUIRE(saved.ok());
            tasks << saved->id;
        }
    }
};

} // namespace

TEST_CASE("the follow-up queue is worked by keyboard", "[followups][ui]")
{
    Fixture f;
    FollowUpsPage page(f.temp.db(), f.clock);
    page.resize(1100, 560);
    page.show();
    QAbstractItemModelTester queueTester(page.queueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester overdueTester(page.overdueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester figuresTester(page.figuresModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester rulesTester(page.rulesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto *table = page.findChild<QTableView *>(QStringLiteral("followUpsQueueTable"));
    auto *counter = page.findChild<QLabel *>(QStringLiteral("followUpsCounter"));
    REQUIRE(table);
    REQUIRE(counter);
    CHECK(counter->text() == QStringLiteral("3 due, 1 overdue"));
    // Overdue first, then the higher priority.
    CHECK(page.currentTaskId() == f.tasks.at(0));
    CHECK(page.queueModel()->data(page.queueModel()->index(1, FollowUpTaskTableModel::Phone)).toString() ==
          PhoneNumber::masked(QStringLiteral("13812345678")));
    CHECK(page.rulesModel()->rowCount() == 5);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    CHECK(page.currentTaskId() == f.tasks.at(1));
    QTest::keyClick(table, Qt::Key_K);
    CHECK(page.currentTaskId() == f.tasks.at(0));
    QTest::keyClick(table, Qt::Key_N);
    CHECK(page.currentTaskId() == f.tasks.at(1));
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(page.currentTaskId() == f.tasks.at(2));
    QTest::keyClick(table, Qt::Key_N); // wraps round
    CHECK(page.currentTaskId() == f.tasks.at(0));

    QSignalSpy profile(&page, &FollowUpsPage::openCustomer);
    QTest::keyClick(table, Qt::Key_P);
    REQUIRE(profile.size() == 1);
    CHECK(profile.at(0).at(0).toLongLong() == f.customer);

    // Enter: the outcome dialog shows the whole phone; 1 = reached, text, Enter saves and moves on.
    bool seen = false;
    QString shownCustomer;
    whenDialog<ui::FollowUpOutcomeDialog>(
        &page,
        [&shownCustomer](ui::FollowUpOutcomeDialog *dialog) {
            shownCustomer = dialog->findChild<QLabel *>(QStringLiteral("followUpOutcomeCustomer"))->text();
            QTest::keyClick(dialog, Qt::Key_1);
            auto *result = dialog->findChild<QLineEdit *>(QStringLiteral("followUpOutcomeResult"));
            QTest::keyClicks(result, QStringLiteral("Much better"));
            QTest::keyClick(result, Qt::Key_Return);
        },
        &seen);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(seen);
    CHECK(shownCustomer.contains(QStringLiteral("13812345678")));
    FollowUpRepository repo(f.temp.db(), f.clock);
    auto done = repo.find(f.tasks.at(0));
    REQUIRE(done.ok());
    CHECK(done->status == FollowUpStatus::Done);
    CHECK(done->outcome == FollowUpOutcome::ReachedOk);
    CHECK(done->result == QStringLiteral("Much better"));
    CHECK(counter->text() == QStringLiteral("2 due, 0 overdue"));
    CHECK(page.currentTaskId() == f.tasks.at(1));
    CHECK(page.queueModel()->isRevealed(f.tasks.at(0)));

    // R: another day with a reason.
    seen = false;
    whenDialog<ui::FollowUpRescheduleDialog>(
        &page,
        [](ui::FollowUpRescheduleDialog *dialog) {
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("followUpRescheduleReason"));
            QTest::keyClicks(reason, QStringLiteral("Customer at work until Thursday"));
            QTest::keyClick(reason, Qt::Key_Return);
        },
        &seen);
    QTest::keyClick(table, Qt::Key_R);
    QTRY_VERIFY(seen);
    auto moved = repo.find(f.tasks.at(1));
    REQUIRE(moved.ok());
    CHECK(moved->dueDate == today.addDays(1));
    CHECK(moved->history.value(0).reason == QStringLiteral("Customer at work until Thursday"));
    CHECK(counter->text() == QStringLiteral("1 due, 0 overdue"));

    // O and 3 (no answer): tried again tomorrow, so today's queue is empty and says so.
    seen = false;
    whenDialog<ui::FollowUpOutcomeDialog>(
        &page,
        [](ui::FollowUpOutcomeDialog *dialog) {
            QTest::keyClick(dialog, Qt::Key_3);
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("followUpOutcomeResult")), Qt::Key_Return);
        },
        &seen);
    QTest::keyClick(table, Qt::Key_O);
    QTRY_VERIFY(seen);
    auto retried = repo.find(f.tasks.at(2));
    REQUIRE(retried.ok());
    CHECK(retried->status == FollowUpStatus::Open);
    CHECK(retried->dueDate == today.addDays(1));
    CHECK(retried->history.value(0).outcome == FollowUpOutcome::NoAnswer);
    auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("followUpsQueueStack"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("followUpsEmptyState"));
    REQUIRE(empty);
    CHECK(stack->currentWidget() == empty);
    CHECK(empty->text().startsWith(QStringLiteral("No follow-ups due today")));
    CHECK(counter->text() == QStringLiteral("0 due, 0 overdue"));

    // The supervisor tab: the figures count the three tasks, one done on time.
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("followUpsTabs"));
    REQUIRE(tabs->count() == 3);
    tabs->setCurrentIndex(1);
    REQUIRE(page.figuresModel()->rowCount() == 1);
    CHECK(page.figuresModel()->figuresAt(0).due == 3);
    CHECK(page.figuresModel()->figuresAt(0).done == 1);
    CHECK(page.figuresModel()->figuresAt(0).doneOnTime == 0); // it was due yesterday
    QCoreApplication::processEvents();
    CHECK(page.grab().save(QStringLiteral("/tmp/followups-supervisor.png")));
}

TEST_CASE("the follow-up page as the demo login and reception", "[followups][ui]")
{
    Fixture f;
    {
        FollowUpsPage page(f.temp.db(), f.clock);
        page.resize(1100, 520);
        page.show();
        QCoreApplication::processEvents();
        CHECK(page.grab().save(QStringLiteral("/tmp/followups-queue.png")));
    }
    f.temp.close();
    auto desk = Database::open(f.temp.path(), QStringLiteral("sunli"), QStringLiteral("Front-Desk-4471"));
    REQUIRE(desk.ok());
    FollowUpsPage page(**desk, f.clock);
    page.show();
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("followUpsTabs"));
    REQUIRE(tabs);
    CHECK(tabs->count() == 2); // no supervisor tab
    for (int i = 0; i < tabs->count(); ++i) {
        CHECK_FALSE(tabs->tabText(i).contains(QStringLiteral("upervisor")));
    }
    CHECK_FALSE(page.findChild<QWidget *>(QStringLiteral("followUpsEditRuleButton"))->isEnabled());
    auto *empty = page.findChild<QLabel *>(QStringLiteral("followUpsEmptyState"));
    CHECK(empty->isVisible());
    CHECK(page.findChild<QLabel *>(QStringLiteral("followUpsCounter"))->text() == QStringLiteral("0 due, 0 overdue"));
}
