// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/CustomerRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/admin/AdministrationPage.h"
#include "ui/admin/AuditPage.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/common/EmptyStatePage.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/OwnConnectionJob.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/customers/CustomerProfilePage.h"
#include "ui/customers/CustomersPage.h"
#include "ui/dashboard/DashboardsPage.h"
#include "ui/feedback/FeedbackPage.h"
#include "ui/followups/FollowUpsPage.h"
#include "ui/loyalty/LoyaltyPage.h"
#include "ui/visits/VisitsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <atomic>

using caredesk::core::Database;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::EmptyStatePage;
using caredesk::ui::MainWindow;
using caredesk::ui::MessageBox;

namespace {

std::unique_ptr<Database> openAsAdmin(TemporaryDatabase &temp)
{
    temp.close();
    auto opened = Database::open(temp.path(), QString::fromLatin1(TemporaryDatabase::adminUser),
                                 QString::fromLatin1(TemporaryDatabase::password));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

QString statusBarText(const QMainWindow &window)
{
    QStringList parts;
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        parts << label->text();
    }
    return parts.join(u' ');
}

/** Answers every modal message with @p answer while it lives, so no test can hang on a dialog. */
class ScopedResponder final {
public:
    explicit ScopedResponder(QMessageBox::StandardButton answer = QMessageBox::Ok)
    {
        MessageBox::setTestResponder([this, answer](const QString &, const QString &) {
            ++calls;
            return answer;
        });
    }
    ~ScopedResponder() { MessageBox::setTestResponder({}); }
    ScopedResponder(const ScopedResponder &) = delete;
    ScopedResponder &operator=(const ScopedResponder &) = delete;
    int calls = 0;
};

} // namespace

TEST_CASE("MainWindow lists nine areas and shows each one's page", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();

    auto *navigation = child<QListWidget>(window, "navigation");
    auto *pages = child<QStackedWidget>(window, "pages");
    REQUIRE(navigation->count() == MainWindow::areaCount);
    REQUIRE(pages->count() == MainWindow::areaCount);
    CHECK(navigation->currentRow() == 0);
    CHECK(navigation->item(0)->text() == MainWindow::areaName(MainWindow::Area::Customers));
    CHECK(navigation->item(8)->text() == MainWindow::areaName(MainWindow::Area::Administration));

    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        CHECK(pages->currentIndex() == row);
        CHECK(window.currentArea() == static_cast<MainWindow::Area>(row));
        if (row == 0) {
            CHECK(qobject_cast<caredesk::ui::CustomersPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::Feedback)) {
            CHECK(qobject_cast<caredesk::ui::FeedbackPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::Visits)) {
            CHECK(qobject_cast<caredesk::ui::VisitsPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::Loyalty)) {
            CHECK(qobject_cast<caredesk::ui::LoyaltyPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::Complaints)) {
            CHECK(qobject_cast<caredesk::ui::ComplaintsPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::FollowUps)) {
            CHECK(qobject_cast<caredesk::ui::FollowUpsPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::Campaigns)) {
            CHECK(qobject_cast<caredesk::ui::CampaignsPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        if (row == static_cast<int>(MainWindow::Area::Dashboards)) {
            CHECK(qobject_cast<caredesk::ui::DashboardsPage *>(pages->currentWidget()) != nullptr);
            continue;
        }
        // Administration: staff and security, and for administrators the audit trail.
        auto *tabs = qobject_cast<QTabWidget *>(pages->currentWidget());
        REQUIRE(tabs != nullptr);
        REQUIRE(tabs->count() == 2);
        CHECK(qobject_cast<caredesk::ui::AdministrationPage *>(tabs->widget(0)) != nullptr);
        CHECK(qobject_cast<caredesk::ui::AuditPage *>(tabs->widget(1)) != nullptr);
    }
}

TEST_CASE("MainWindow switches pages with the arrow keys and the View menu", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    auto *navigation = child<QListWidget>(window, "navigation");
    auto *pages = child<QStackedWidget>(window, "pages");

    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(pages->currentIndex() == 1);
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(pages->currentIndex() == 2);
    QTest::keyClick(navigation, Qt::Key_Up);
    CHECK(pages->currentIndex() == 1);

    for (int index = 0; index < MainWindow::areaCount; ++index) {
        auto *action = child<QAction>(window, QStringLiteral("showArea%1").arg(index + 1).toLatin1().constData());
        CHECK(action->shortcut() == QKeySequence(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_1 + index))));
        action->trigger();
        CHECK(pages->currentIndex() == index);
        CHECK(navigation->currentRow() == index);
        CHECK(action->isChecked());
    }
    navigation->setCurrentRow(3);
    CHECK(child<QAction>(window, "showArea4")->isChecked());
    CHECK(child<QAction>(window, "quitAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    CHECK(window.menuBar()->actions().size() == 4); // File, Customers, View, Help
}

TEST_CASE("F3 and Ctrl+N reach the customers from any area", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *pages = child<QStackedWidget>(window, "pages");
    window.showArea(MainWindow::Area::Dashboards);
    REQUIRE(pages->currentIndex() == static_cast<int>(MainWindow::Area::Dashboards));
    QTest::keyClick(&window, Qt::Key_F3);
    CHECK(window.currentArea() == MainWindow::Area::Customers);
    auto *customers = qobject_cast<caredesk::ui::CustomersPage *>(pages->currentWidget());
    REQUIRE(customers != nullptr);
    auto *search = customers->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
    REQUIRE(search != nullptr);
    QTRY_VERIFY(search->hasFocus());
    auto *customersMenu = child<QMenu>(window, "customersMenu");
    CHECK(customersMenu->actions().contains(customers->newCustomerAction()));
    CHECK(customers->newCustomerAction()->shortcut() == QKeySequence(QKeySequence::New));
}

TEST_CASE("Ctrl+N records a complaint in the Complaints area and a customer elsewhere", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *customers = qobject_cast<caredesk::ui::CustomersPage *>(window.page(MainWindow::Area::Customers));
    REQUIRE(customers != nullptr);
    QAction *newComplaint =
        window.page(MainWindow::Area::Complaints)->findChild<QAction *>(QStringLiteral("complaintsNewAction"));
    REQUIRE(newComplaint != nullptr);
    QSignalSpy complaintTriggered(newComplaint, &QAction::triggered);

    window.showArea(MainWindow::Area::Complaints);
    CHECK(customers->newCustomerAction()->shortcut().isEmpty());
    // Answer the intake dialog the shortcut opens by closing it.
    QTimer::singleShot(200, [] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            modal->close();
        }
    });
    QTest::keyClick(window.page(MainWindow::Area::Complaints), Qt::Key_N, Qt::ControlModifier);
    CHECK(complaintTriggered.count() == 1);

    window.showArea(MainWindow::Area::Visits);
    CHECK(customers->newCustomerAction()->shortcut() == QKeySequence(QKeySequence::New));
}

TEST_CASE("Ctrl+5 and Ctrl+6 land in the complaint queue and the follow-up queue, ready for the keyboard",
          "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    child<QAction>(window, "showArea5")->trigger();
    auto *complaints =
        window.page(MainWindow::Area::Complaints)->findChild<QWidget *>(QStringLiteral("complaintsTable"));
    REQUIRE(complaints != nullptr);
    QTRY_VERIFY(complaints->hasFocus());
    child<QAction>(window, "showArea6")->trigger();
    auto *queue = window.page(MainWindow::Area::FollowUps)->findChild<QWidget *>(QStringLiteral("followUpsQueueTable"));
    REQUIRE(queue != nullptr);
    QTRY_VERIFY(queue->hasFocus());
}

TEST_CASE("MainWindow shows site, user and role", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("CareDesk — Test Site"));
    const QString status = statusBarText(window);
    CHECK(status.contains(QStringLiteral("Test Site")));
    CHECK(status.contains(QString::fromLatin1(TemporaryDatabase::adminUser)));
    CHECK(status.contains(caredesk::core::roleDisplayName(caredesk::core::Role::Administrator)));
}

TEST_CASE("MainWindow::setPage replaces an area's page", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    auto *pages = child<QStackedWidget>(window, "pages");

    window.showArea(MainWindow::Area::Dashboards);
    auto *replacement = new QLabel(QStringLiteral("dashboards page"));
    window.setPage(MainWindow::Area::Dashboards, replacement);
    CHECK(pages->count() == MainWindow::areaCount);
    CHECK(window.page(MainWindow::Area::Dashboards) == replacement);
    CHECK(pages->currentWidget() == replacement);
    CHECK(replacement->parent() == pages);

    window.showArea(MainWindow::Area::Administration);
    CHECK(qobject_cast<QTabWidget *>(pages->currentWidget()) != nullptr);

    // Replacing a page that other areas talk to drops those connections instead of leaving them dangling.
    window.setPage(MainWindow::Area::Complaints, new QLabel(QStringLiteral("complaints page")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *customers = qobject_cast<caredesk::ui::CustomersPage *>(window.page(MainWindow::Area::Customers));
    REQUIRE(customers != nullptr);
    window.showArea(MainWindow::Area::Customers);
    emit customers->profilePage()->complaintRequested(1);
    CHECK(window.currentArea() == MainWindow::Area::Customers);
}

TEST_CASE("About names the version, the engine and the licence", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    ScopedResponder responder;
    child<QAction>(window, "aboutAction")->trigger();
    CHECK(responder.calls == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral(CAREDESK_VERSION)));
    CHECK(MessageBox::lastText().contains(window.database().engineDescription()));
    CHECK(MessageBox::lastText().contains(QStringLiteral("GPL-3.0-or-later")));
}

TEST_CASE("MessageBox's test hook answers modal messages and records them", "[ui][messagebox]")
{
    SECTION("a question gets the responder's answer")
    {
        QString seenTitle;
        MessageBox::setTestResponder([&](const QString &title, const QString &) {
            seenTitle = title;
            return QMessageBox::Yes;
        });
        CHECK(MessageBox::question(nullptr, QStringLiteral("Delete"), QStringLiteral("Delete it?")) ==
              QMessageBox::Yes);
        CHECK(seenTitle == QStringLiteral("Delete"));
        CHECK(MessageBox::lastText() == QStringLiteral("Delete it?"));
        MessageBox::setTestResponder({});
    }
    SECTION("a core error shows its message, never its detail")
    {
        ScopedResponder responder;
        const auto error = caredesk::core::makeError(caredesk::core::ErrorCode::Io, QStringLiteral("Try again."),
                                                     QStringLiteral("SELECT * FROM customers failed"));
        MessageBox::error(nullptr, QStringLiteral("Saving failed"), error);
        CHECK(responder.calls == 1);
        CHECK(MessageBox::lastTitle() == QStringLiteral("Saving failed"));
        CHECK(MessageBox::lastText() == QStringLiteral("Try again."));
    }
    SECTION("messages without a title get the application's")
    {
        ScopedResponder responder;
        MessageBox::warning(nullptr, {}, QStringLiteral("Careful."));
        CHECK_FALSE(MessageBox::lastTitle().isEmpty());
        CHECK(MessageBox::lastText() == QStringLiteral("Careful."));
    }
}

TEST_CASE("MainWindow speaks the users' Chinese terms with the embedded translation", "[ui][mainwindow][translations]")
{
    TemporaryDatabase temp;
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    MainWindow window(openAsAdmin(temp));
    QCoreApplication::removeTranslator(&translator);

    auto *navigation = child<QListWidget>(window, "navigation");
    CHECK(navigation->item(static_cast<int>(MainWindow::Area::Customers))->text() == QStringLiteral("客户"));
    CHECK(navigation->item(static_cast<int>(MainWindow::Area::Complaints))->text() == QStringLiteral("投诉"));
    CHECK(navigation->item(static_cast<int>(MainWindow::Area::FollowUps))->text() == QStringLiteral("回访"));
    CHECK(navigation->item(static_cast<int>(MainWindow::Area::Loyalty))->text().contains(QStringLiteral("会员")));
    CHECK(navigation->item(static_cast<int>(MainWindow::Area::Feedback))->text().contains(QStringLiteral("满意度")));
    CHECK(statusBarText(window).contains(QStringLiteral("管理员")));
    CHECK(window.windowTitle() == QStringLiteral("CareDesk — Test Site"));
}

namespace {

/** The Alt+letter of a text with a mnemonic ("Record &Visit…" -> 'v'), or 0. */
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

} // namespace

TEST_CASE("On a customer's profile in the main window every Alt+letter is unique and Alt+V records a visit",
          "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    std::unique_ptr<Database> database = openAsAdmin(temp);
    caredesk::core::CustomerRepository customers(*database);
    caredesk::core::Customer c;
    c.name = QStringLiteral("周慧");
    const caredesk::core::CustomerId id = customers.add(c)->id;
    caredesk::core::VisitRepository visits(*database);

    MainWindow window(std::move(database));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *page = qobject_cast<caredesk::ui::CustomersPage *>(window.page(MainWindow::Area::Customers));
    REQUIRE(page != nullptr);
    page->openCustomer(id);
    REQUIRE(page->profilePage()->isVisible());

    // Two visible owners of one letter make Qt only move the focus between them instead of acting.
    QMap<QChar, QStringList> owners;
    for (QAction *menu : window.menuBar()->actions()) {
        owners[mnemonicOf(menu->text())] << menu->text();
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible()) {
            owners[mnemonicOf(button->text())] << button->text();
        }
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy() != nullptr) {
            owners[mnemonicOf(label->text())] << label->text();
        }
    }
    owners.remove(QChar());
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO("Alt+" << QString(it.key()).toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }

    bool sawDialog = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &window, [&sawDialog, &poll] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr || !dialog->isVisible()) {
            return;
        }
        poll.stop();
        sawDialog = true;
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll.start();
    QTest::keyClick(&window, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!poll.isActive(), 3000);
    CHECK(sawDialog);
    CHECK(visits.visitsOf(id)->size() == 1);
}

TEST_CASE("File > Back Up writes a checked backup and the status bar reminds when there is none",
          "[ui][mainwindow][backup]")
{
    TemporaryDatabase temp;
    REQUIRE(temp.db().addUser(QStringLiteral("li.na"), caredesk::core::Role::Reception,
                              QStringLiteral("Reception-Desk-77"), caredesk::core::KdfParams::fastForTests()));
    QTemporaryDir dir;
    {
        MainWindow window(openAsAdmin(temp));
        auto *backup = child<QAction>(window, "backupAction");
        CHECK(backup->isEnabled());
        auto *label = child<QLabel>(window, "backupLabel");
        CHECK(label->text().contains(QStringLiteral("No backup yet")));

        ScopedResponder responder;
        const QString path = dir.filePath(QStringLiteral("site.cdbackup"));
        REQUIRE(window.backUpTo(path));
        CHECK(responder.calls == 1);
        CHECK(QFileInfo(path).size() > 0);
        CHECK(label->text().startsWith(QStringLiteral("Last backup")));
        CHECK_FALSE(label->text().contains(QStringLiteral("back up now")));
        // A second backup to the same file is refused with a message, and the first one stays.
        const qint64 size = QFileInfo(path).size();
        CHECK_FALSE(window.backUpTo(path));
        CHECK(responder.calls == 2);
        CHECK(QFileInfo(path).size() == size);
    }
    temp.close();
    auto reception = Database::open(temp.path(), QStringLiteral("li.na"), QStringLiteral("Reception-Desk-77"));
    REQUIRE(reception.ok());
    MainWindow window(std::move(reception).value());
    CHECK_FALSE(child<QAction>(window, "backupAction")->isEnabled());
    CHECK(window.findChild<QLabel *>(QStringLiteral("backupLabel")) == nullptr);
}

TEST_CASE("The navigation counts the follow-ups due for the signed-in user", "[ui][mainwindow]")
{
    TemporaryDatabase temp;
    caredesk::core::CustomerRepository customers(temp.db());
    caredesk::core::Customer customer;
    customer.name = QStringLiteral("王芳");
    customer.phone = QStringLiteral("13800138000");
    auto saved = customers.add(customer);
    REQUIRE(saved.ok());
    caredesk::core::FollowUpTask task;
    task.customerId = saved->id;
    task.kind = caredesk::core::FollowUpKind::MedicationAdherence;
    task.assignee = QString::fromLatin1(TemporaryDatabase::adminUser);
    task.dueDate = QDate::currentDate();
    REQUIRE(caredesk::core::FollowUpRepository(temp.db()).create(task).ok());

    MainWindow window(openAsAdmin(temp));
    auto *navigation = child<QListWidget>(window, "navigation");
    // Counted off the UI thread: the badge appears when the count is in.
    QTRY_COMPARE(navigation->item(static_cast<int>(MainWindow::Area::FollowUps))->text(),
                 QStringLiteral("%1 (1)").arg(MainWindow::areaName(MainWindow::Area::FollowUps)));
    CHECK(navigation->item(static_cast<int>(MainWindow::Area::Complaints))->text() ==
          MainWindow::areaName(MainWindow::Area::Complaints));
}

TEST_CASE("Opening the window catches up loyalty expiry off the UI thread, once a day", "[ui][mainwindow]")
{
    using namespace caredesk::core;
    TemporaryDatabase temp;
    // A lot earned long ago, so its expiry day has passed by today; nobody has run the expiry since.
    FixedClock longAgo(QDateTime(QDate::currentDate().addYears(-2), QTime(12, 0), Qt::UTC));
    CustomerId id = 0;
    {
        CustomerRepository customers(temp.db(), longAgo);
        Customer c;
        c.name = QStringLiteral("孙丽");
        c.phone = QStringLiteral("13800138000");
        id = customers.add(c)->id;
        LoyaltyLedger ledger(temp.db(), longAgo);
        REQUIRE(ledger.adjust(id, 100, QStringLiteral("opening balance")).ok());
    }
    {
        MainWindow window(openAsAdmin(temp));
        window.show();
        // The window is usable before the catch-up ends; it says when it did something.
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("expired lots: 1")),
                                 20000);
    }
    temp.close();
    auto reopened = Database::open(temp.path(), QString::fromLatin1(TemporaryDatabase::adminUser),
                                   QString::fromLatin1(TemporaryDatabase::password));
    REQUIRE(reopened.ok());
    LoyaltyLedger ledger(**reopened);
    const QList<LoyaltyEntry> entries = *ledger.entries(id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).kind == LoyaltyEntryKind::Expire);
    CHECK(entries.at(1).points == -100);
    // Recorded for today: a second start the same day has nothing to do.
    CHECK_FALSE(ledger.catchUp(QDate::currentDate())->ran);
}

TEST_CASE("Background jobs run on the app's own pool, never on Qt's global one that painting waits for",
          "[ui][mainwindow]")
{
    // Qt's raster engine hands parts of large fills to QThreadPool::globalInstance() and blocks until they are
    // done: a job holding those threads froze the window. A job that waits until released must leave the global
    // pool idle and show up on caredesk::ui::backgroundPool().
    TemporaryDatabase temp;
    std::atomic<bool> release{false};
    std::atomic<bool> started{false};
    QFuture<caredesk::core::Result<int>> job = caredesk::ui::runOnOwnConnection<int>(
        temp.db(), QStringLiteral("caredesk-test-pool"), caredesk::core::Database::backgroundCacheKib,
        [&](const QString &) -> caredesk::core::Result<int> {
            started = true;
            while (!release) {
                QThread::msleep(5);
            }
            return 7;
        });
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
    CHECK(caredesk::ui::backgroundPool()->activeThreadCount() == 1);
    CHECK(QThreadPool::globalInstance()->activeThreadCount() == 0);
    CHECK(caredesk::ui::backgroundPool() != QThreadPool::globalInstance());
    release = true;
    job.waitForFinished();
    REQUIRE(job.result().ok());
    CHECK(job.result().value() == 7);
}
