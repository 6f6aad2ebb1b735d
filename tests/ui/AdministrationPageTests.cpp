// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Permission.h"
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/admin/AddUserDialog.h"
#include "ui/admin/AdministrationPage.h"
#include "ui/admin/ChangePasswordDialog.h"
#include "ui/admin/PermissionMatrixTableModel.h"
#include "ui/admin/ResetPasswordDialog.h"
#include "ui/admin/StaffTableModel.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/RevealDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace caredesk;
using core::FixedClock;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

/** Answers the next modal dialog of type @p D once it shows. */
template <typename D> void whenDialog(QWidget *context, const std::function<void(D *)> &answer)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog == nullptr || !dialog->isVisible()) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        answer(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll->start();
}

struct ResponderGuard {
    ~ResponderGuard() { ui::MessageBox::setTestResponder({}); }
};

} // namespace

TEST_CASE("the administration page adds, disables, enables and removes staff by keyboard", "[access][ui]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    ui::AdministrationPage page(temp.db(), clock);
    page.setKdf(core::KdfParams::fastForTests());
    page.resize(1100, 800);
    page.show();
    ResponderGuard guard;
    ui::MessageBox::setTestResponder([](const QString &, const QString &) { return QMessageBox::Yes; });

    auto *table = child<QTableView>(page, "staffTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *matrix = child<QTableView>(page, "permissionMatrix");
    QAbstractItemModelTester matrixTester(matrix->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(matrix->model()->rowCount() == core::allPermissions().size());
    CHECK_FALSE(child<QLabel>(page, "notAllowedLabel")->isVisible());
    REQUIRE(table->model()->rowCount() == 1);

    // Add: name, role, password twice, Enter.
    whenDialog<ui::AddUserDialog>(&page, [](ui::AddUserDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("sunli"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")),
                         QStringLiteral("Counter-Staff-77"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassword")),
                         QStringLiteral("Counter-Staff-77"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassword")), Qt::Key_Return);
    });
    child<QPushButton>(page, "addUserButton")->click();
    REQUIRE(table->model()->rowCount() == 2);
    const int row = static_cast<ui::StaffTableModel *>(table->model())->rowOf(QStringLiteral("sunli"));
    REQUIRE(row >= 0);
    CHECK(table->currentIndex().row() == row);
    CHECK(table->model()->index(row, ui::StaffTableModel::Status).data().toString() == QStringLiteral("Active"));

    // The administrator cannot disable or remove their own account (the buttons say so by being off).
    table->selectRow(static_cast<ui::StaffTableModel *>(table->model())->rowOf(QStringLiteral("admin")));
    CHECK_FALSE(child<QPushButton>(page, "disableButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "removeButton")->isEnabled());

    table->selectRow(row);
    auto *disable = child<QPushButton>(page, "disableButton");
    REQUIRE(disable->isEnabled());
    disable->click();
    CHECK(ui::MessageBox::lastTitle() == QStringLiteral("Disable Account"));
    CHECK(table->model()->index(row, ui::StaffTableModel::Status).data().toString() == QStringLiteral("Disabled"));
    CHECK(disable->text() == QStringLiteral("&Enable…"));
    CHECK(temp.db().keyRing().slot(QStringLiteral("sunli")) == nullptr);

    // Enable = a new password; mismatched confirmation first stays in the dialog with a message.
    QString firstError;
    whenDialog<ui::ResetPasswordDialog>(&page, [&firstError](ui::ResetPasswordDialog *dialog) {
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassword"));
        QTest::keyClicks(password, QStringLiteral("Reset-By-Admin-88"));
        QTest::keyClicks(confirm, QStringLiteral("Reset-By-Admin-89"));
        QTest::keyClick(confirm, Qt::Key_Return);
        firstError = dialog->findChild<QLabel *>(QStringLiteral("saveError"))->text();
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("Reset-By-Admin-88"));
        QTest::keyClick(confirm, Qt::Key_Return);
    });
    disable->click();
    CHECK(firstError.contains(QStringLiteral("differ")));
    CHECK(table->model()->index(row, ui::StaffTableModel::Status).data().toString() ==
          QStringLiteral("Must change password"));
    CHECK(temp.db().keyRing().slot(QStringLiteral("sunli")) != nullptr);

    child<QPushButton>(page, "removeButton")->click();
    CHECK(table->model()->index(row, ui::StaffTableModel::Status).data().toString() == QStringLiteral("Removed"));
    CHECK_FALSE(child<QPushButton>(page, "resetPasswordButton")->isEnabled());

    // Security settings.
    child<QSpinBox>(page, "autoLockMinutes")->setValue(5);
    child<QSpinBox>(page, "backupReminderDays")->setValue(3);
    child<QPushButton>(page, "saveSettingsButton")->click();
    CHECK(temp.db().autoLockMinutes() == 5);
    CHECK(temp.db().backupReminderDays() == 3);
    const QImage shot = page.grab().toImage();
    CHECK(shot.save(QStringLiteral("/tmp/caredesk-administration-page.png")));
}

TEST_CASE("the administration page only explains itself to other roles, and core still refuses", "[access][ui]")
{
    TemporaryDatabase temp;
    REQUIRE(temp.db()
                .addUser(QStringLiteral("zhaomin"), core::Role::Manager, QStringLiteral("Manager-Desk-31"),
                         core::KdfParams::fastForTests())
                .ok());
    temp.close();
    auto db = core::Database::open(temp.path(), QStringLiteral("zhaomin"), QStringLiteral("Manager-Desk-31"));
    REQUIRE(db.ok());
    FixedClock clock(fixedNow);
    ui::AdministrationPage page(**db, clock);
    page.show();
    CHECK(child<QLabel>(page, "notAllowedLabel")->isVisible());
    CHECK(child<QTableView>(page, "staffTable")->model()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(page, "addUserButton")->isEnabled());
    CHECK((*db)->staff().error().code == core::ErrorCode::PermissionDenied);
}

TEST_CASE("change password dialog checks the current password and clears the forced change", "[access][ui]")
{
    TemporaryDatabase temp;
    REQUIRE(temp.db()
                .addUser(QStringLiteral("liufang"), core::Role::ServiceOfficer, QStringLiteral("Service-Desk-31"),
                         core::KdfParams::fastForTests())
                .ok());
    REQUIRE(temp.db()
                .resetPassword(QStringLiteral("liufang"), QStringLiteral("Reset-By-Admin-88"),
                               core::KdfParams::fastForTests())
                .ok());
    temp.close();
    auto db = core::Database::open(temp.path(), QStringLiteral("liufang"), QStringLiteral("Reset-By-Admin-88"));
    REQUIRE(db.ok());
    REQUIRE((*db)->mustChangePassword());
    ui::ChangePasswordDialog dialog(**db);
    dialog.setKdf(core::KdfParams::fastForTests());
    dialog.setForced(true);
    dialog.show();
    auto *current = child<QLineEdit>(dialog, "currentPassword");
    auto *password = child<QLineEdit>(dialog, "password");
    auto *confirm = child<QLineEdit>(dialog, "confirmPassword");
    QTest::keyClicks(current, QStringLiteral("not-it"));
    QTest::keyClicks(password, QStringLiteral("Own-Choice-Pass-31"));
    QTest::keyClicks(confirm, QStringLiteral("Own-Choice-Pass-31"));
    QTest::keyClick(confirm, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "saveError")->text().contains(QStringLiteral("current password")));
    current->clear();
    QTest::keyClicks(current, QStringLiteral("Reset-By-Admin-88"));
    QTest::keyClick(confirm, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE((*db)->mustChangePassword());
}

TEST_CASE("the reveal dialog needs a reason and records it", "[access][ui]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    core::CustomerRepository repo(temp.db(), clock);
    core::Customer c;
    c.name = QStringLiteral("李四");
    c.phone = QStringLiteral("13700001111");
    auto added = repo.add(c);
    REQUIRE(added.ok());
    ui::RevealDialog dialog(temp.db(), clock, added->id, core::MaskedField::Phone);
    dialog.show();
    auto *reason = child<QLineEdit>(dialog, "revealReason");
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "saveError")->text().isEmpty());
    QTest::keyClicks(reason, QStringLiteral("calling back"));
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.revealedValue() == QStringLiteral("13700001111"));
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'customer.reveal'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
