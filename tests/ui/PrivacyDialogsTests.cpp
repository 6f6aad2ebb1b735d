// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/privacy/PrivacyService.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/common/MessageBox.h"
#include "ui/privacy/AnonymiseDialog.h"
#include "ui/privacy/PrivacyExportDialog.h"
#include "ui/privacy/PrivacyExportPdf.h"
#include "ui/privacy/RestoreDialog.h"
#include "ui/session/LockScreenDialog.h"
#include "ui/session/ScreenLockController.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caredesk;
using caredesk::core::CustomerId;
using caredesk::core::Database;
using caredesk::test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

core::Customer addCustomer(Database &db, const core::Clock &clock)
{
    core::Customer c;
    c.name = QStringLiteral("陈美玲");
    c.phone = QStringLiteral("13912345678");
    c.address = QStringLiteral("上海市徐汇区漕溪北路 88 号");
    auto added = core::CustomerRepository(db, clock).add(c);
    REQUIRE(added.ok());
    return *added;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The export dialog writes the JSON and the readable PDF", "[ui][privacy]")
{
    TemporaryDatabase temp;
    core::FixedClock clock(fixedNow);
    const core::Customer customer = addCustomer(temp.db(), clock);
    QTemporaryDir out;
    const QString json = out.filePath(QStringLiteral("chen.json"));
    ui::MessageBox::setTestResponder([](const QString &, const QString &) { return QMessageBox::Ok; });

    ui::PrivacyExportDialog dialog(temp.db(), clock, customer.id);
    dialog.show();
    dialog.setJsonPath(json);
    CHECK(child<QCheckBox>(dialog, "writePdf")->isChecked());
    QTest::keyClick(child<QLineEdit>(dialog, "jsonPath"), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    ui::MessageBox::setTestResponder({});

    CHECK(QString::fromUtf8(bytesOf(json)).contains(QStringLiteral("陈美玲")));
    const QString pdf = ui::PrivacyExportDialog::pdfPathFor(json);
    CHECK(pdf == out.filePath(QStringLiteral("chen.pdf")));
    CHECK(bytesOf(pdf).startsWith("%PDF"));
    auto data = core::PrivacyService(temp.db(), clock).collect(customer.id);
    REQUIRE(data.ok());
    const QString html = ui::PrivacyExportPdf::html(*data);
    CHECK(html.contains(QStringLiteral("陈美玲")));
    CHECK(html.contains(QStringLiteral("13912345678")));
}

TEST_CASE("Anonymising from the dialog needs the member number typed", "[ui][privacy]")
{
    TemporaryDatabase temp;
    core::FixedClock clock(fixedNow);
    const core::Customer customer = addCustomer(temp.db(), clock);

    ui::AnonymiseDialog dialog(temp.db(), clock, customer.id);
    QSignalSpy done(&dialog, &ui::AnonymiseDialog::anonymised);
    dialog.show();
    auto *button = child<QPushButton>(dialog, "anonymiseButton");
    auto *confirm = child<QLineEdit>(dialog, "confirmMemberNumber");
    CHECK_FALSE(child<QLabel>(dialog, "holds")->isVisible());
    CHECK_FALSE(button->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "reason"), QStringLiteral("written request"));
    QTest::keyClicks(confirm, QStringLiteral("WRONG"));
    CHECK_FALSE(button->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return); // Enter does nothing but say why
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "saveError")->isVisible());
    CHECK(core::CustomerRepository(temp.db(), clock).findById(customer.id)->name == customer.name);

    confirm->clear();
    QTest::keyClicks(confirm, customer.memberNumber);
    CHECK(button->isEnabled());
    const QString png = QDir(temp.dir()).filePath(QStringLiteral("anonymise-dialog.png"));
    dialog.grab().save(png);
    if (qEnvironmentVariableIsSet("CAREDESK_SCREENSHOT_DIR")) {
        dialog.grab().save(
            QDir(qEnvironmentVariable("CAREDESK_SCREENSHOT_DIR")).filePath(QStringLiteral("anonymise-dialog.png")));
    }
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    REQUIRE(done.count() == 1);
    const core::Customer after = *core::CustomerRepository(temp.db(), clock).findById(customer.id);
    CHECK(after.name == core::PrivacyService::anonymisedName(customer.id));
    CHECK(after.phone.isEmpty());
    CHECK(after.address.isEmpty());
}

TEST_CASE("The anonymise dialog shows a legal hold and offers nothing to confirm", "[ui][privacy]")
{
    TemporaryDatabase temp;
    core::FixedClock clock(fixedNow);
    const core::Customer customer = addCustomer(temp.db(), clock);
    REQUIRE(
        core::PrivacyService(temp.db(), clock).setLegalHold(customer.id, QStringLiteral("Inspection 2026-07")).ok());
    ui::AnonymiseDialog dialog(temp.db(), clock, customer.id);
    dialog.show();
    auto *holds = child<QLabel>(dialog, "holds");
    CHECK(holds->isVisible());
    CHECK(holds->text().contains(QStringLiteral("Inspection 2026-07")));
    CHECK_FALSE(child<QLineEdit>(dialog, "confirmMemberNumber")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "anonymiseButton")->isEnabled());
}

TEST_CASE("The restore dialog restores into a new file beside the current database", "[ui][privacy]")
{
    TemporaryDatabase temp;
    core::FixedClock clock(fixedNow);
    addCustomer(temp.db(), clock);
    const QString backup = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    REQUIRE(temp.db().backup(backup).ok());

    ui::RestoreDialog dialog(temp.path(), QString::fromLatin1(TemporaryDatabase::adminUser));
    dialog.show();
    dialog.setBackupPath(backup);
    auto *password = child<QLineEdit>(dialog, "password");
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "saveError")->isVisible());
    CHECK(dialog.restoredPath().isEmpty());

    QTest::keyClicks(password, QString::fromLatin1(TemporaryDatabase::password));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    const QString restored = dialog.restoredPath();
    REQUIRE_FALSE(restored.isEmpty());
    CHECK(restored.startsWith(temp.path() + QStringLiteral(".restored-")));
    CHECK(QFileInfo::exists(restored));
    CHECK(QFileInfo::exists(temp.path())); // nothing replaced yet
}

TEST_CASE("Locking the screen wipes the key and closes the database until the password is entered",
          "[ui][privacy][lock]")
{
    TemporaryDatabase temp;
    core::FixedClock clock(fixedNow);
    const core::Customer customer = addCustomer(temp.db(), clock);
    QDialog form;
    auto *field = new QLineEdit(&form);
    field->setText(QStringLiteral("half-typed 复诊"));
    form.show();

    ui::ScreenLockController controller(temp.db());
    controller.setIdleLimit(0);
    controller.lock();
    REQUIRE(controller.isLocked());
    CHECK(temp.db().isSuspended());
    CHECK_FALSE(temp.db().connection().isOpen());
    CHECK_FALSE(core::CustomerRepository(temp.db(), clock).findById(customer.id).ok());
    CHECK_FALSE(form.isVisible());

    ui::LockScreenDialog *lock = controller.lockScreen();
    REQUIRE(lock != nullptr);
    auto *password = child<QLineEdit>(*lock, "lockPassword");
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(controller.isLocked());
    CHECK(temp.db().isSuspended());

    QTest::keyClicks(password, QString::fromLatin1(TemporaryDatabase::password));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(controller.isLocked());
    CHECK_FALSE(temp.db().isSuspended());
    CHECK(core::CustomerRepository(temp.db(), clock).findById(customer.id)->name == customer.name);
    CHECK(form.isVisible());
    CHECK(field->text() == QStringLiteral("half-typed 复诊"));
}
