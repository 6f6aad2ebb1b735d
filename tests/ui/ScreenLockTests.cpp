// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/common/MainWindow.h"
#include "ui/session/LockScreenDialog.h"
#include "ui/session/ScreenLockController.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using caredesk::core::Database;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::LockScreenDialog;
using caredesk::ui::MainWindow;

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

void enterPassword(LockScreenDialog &lock, const QString &password)
{
    auto *edit = child<QLineEdit>(lock, "lockPassword");
    QTest::keyClicks(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("Idle time locks every window and only the password brings them back", "[ui][lock]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    // A half-typed entry in an open dialog must survive the lock.
    QDialog entry(&window);
    auto *field = new QLineEdit(&entry);
    field->setText(QStringLiteral("张伟 复诊"));
    entry.show();

    auto *controller = window.screenLock();
    REQUIRE(controller != nullptr);
    CHECK(controller->idleLimit() == 10 * 60 * 1000); // the database's default
    controller->setIdleLimit(150);
    QTRY_VERIFY_WITH_TIMEOUT(controller->isLocked(), 3000);
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(entry.isVisible());
    LockScreenDialog *lock = controller->lockScreen();
    REQUIRE(lock != nullptr);
    CHECK(lock->isVisible());
    CHECK(child<QLabel>(*lock, "lockExplanation")->text().contains(QString::fromLatin1(TemporaryDatabase::adminUser)));

    // Escape and a wrong password leave it locked, with a message.
    QTest::keyClick(lock, Qt::Key_Escape);
    CHECK(lock->isVisible());
    enterPassword(*lock, QStringLiteral("wrong-password"));
    CHECK(controller->isLocked());
    CHECK(child<QLabel>(*lock, "lockError")->isVisible());
    CHECK(child<QLineEdit>(*lock, "lockPassword")->text().isEmpty());

    enterPassword(*lock, QString::fromLatin1(TemporaryDatabase::password));
    CHECK_FALSE(controller->isLocked());
    CHECK(window.isVisible());
    CHECK(entry.isVisible());
    CHECK(field->text() == QStringLiteral("张伟 复诊"));
    controller->setIdleLimit(0);
}

TEST_CASE("Ctrl+L locks at once and input keeps the screen unlocked", "[ui][lock]")
{
    TemporaryDatabase temp;
    MainWindow window(openAsAdmin(temp));
    window.show();
    auto *controller = window.screenLock();
    controller->setIdleLimit(400);
    // Typing more often than the limit keeps it open.
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&window, Qt::Key_Shift);
        REQUIRE_FALSE(controller->isLocked());
    }
    controller->setIdleLimit(0);

    QAction *lockAction = window.findChild<QAction *>(QStringLiteral("lockAction"));
    REQUIRE(lockAction != nullptr);
    CHECK(lockAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    REQUIRE(controller->isLocked());
    CHECK_FALSE(window.isVisible());

    // Signing out from the lock screen closes the main window.
    QSignalSpy signOut(controller, &caredesk::ui::ScreenLockController::signOutRequested);
    child<QPushButton>(*controller->lockScreen(), "signOutButton")->click();
    CHECK(signOut.count() == 1);
}
