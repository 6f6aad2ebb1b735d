// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/session/FirstRunDialog.h"
#include "ui/session/UnlockDialog.h"
#include "ui/widgets/PasswordStrengthMeter.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using caredesk::core::Database;
using caredesk::core::KdfParams;
using caredesk::core::KeyRing;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::FirstRunDialog;
using caredesk::ui::PasswordStrengthMeter;
using caredesk::ui::UnlockDialog;

namespace {

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

const QString adminUser = QString::fromLatin1(TemporaryDatabase::adminUser);
const QString goodPassword = QString::fromLatin1(TemporaryDatabase::password);

} // namespace

TEST_CASE("UnlockDialog shows the database's file and site name", "[ui][session]")
{
    TemporaryDatabase temp;
    temp.close();
    UnlockDialog dialog(temp.path());
    dialog.show();

    CHECK(child<QLabel>(dialog, "fileLabel")->text().contains(QFileInfo(temp.path()).fileName()));
    CHECK_FALSE(child<QLabel>(dialog, "fileLabel")->text().contains(temp.dir()));
    CHECK(child<QLabel>(dialog, "siteLabel")->text() == QStringLiteral("Test Site"));
    CHECK(child<QLineEdit>(dialog, "password")->echoMode() == QLineEdit::Password);
    CHECK_FALSE(child<QPushButton>(dialog, "unlockButton")->isEnabled());
}

TEST_CASE("UnlockDialog keeps the dialog open and explains a wrong password", "[ui][session]")
{
    TemporaryDatabase temp;
    temp.close();
    UnlockDialog dialog(temp.path());
    dialog.show();

    typeInto(child<QLineEdit>(dialog, "userName"), adminUser);
    typeInto(child<QLineEdit>(dialog, "password"), QStringLiteral("Wrong-Horse-42"));
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    REQUIRE(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);

    auto *error = child<QLabel>(dialog, "errorLabel");
    REQUIRE(QTest::qWaitFor([&] { return !error->text().isEmpty(); }, 5000));
    CHECK(error->isVisible());
    CHECK(error->wordWrap());
    CHECK_FALSE(error->text().contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLineEdit>(dialog, "password")->text().isEmpty());
    CHECK(child<QLineEdit>(dialog, "password")->isEnabled());
    CHECK(child<QLineEdit>(dialog, "userName")->text() == adminUser);
    CHECK(dialog.takeDatabase() == nullptr);

    SECTION("and then unlocks with the right one")
    {
        typeInto(child<QLineEdit>(dialog, "password"), goodPassword);
        QTest::mouseClick(unlock, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
        CHECK_FALSE(dialog.isVisible());
        auto database = dialog.takeDatabase();
        REQUIRE(database != nullptr);
        CHECK(database->session().userName == adminUser);
        CHECK(database->siteName() == QStringLiteral("Test Site"));
        CHECK(dialog.takeDatabase() == nullptr);
    }
}

TEST_CASE("UnlockDialog unlocks with Enter in the password field", "[ui][session]")
{
    TemporaryDatabase temp;
    temp.close();
    UnlockDialog dialog(temp.path());
    dialog.show();
    dialog.setUserName(adminUser);
    auto *password = child<QLineEdit>(dialog, "password");
    QTest::keyClicks(password, goodPassword);
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    CHECK(dialog.takeDatabase() != nullptr);
}

TEST_CASE("UnlockDialog shows core's message when the keyring is missing", "[ui][session]")
{
    TemporaryDatabase temp;
    temp.close();
    REQUIRE(QFile::remove(KeyRing::pathFor(temp.path())));
    UnlockDialog dialog(temp.path());
    dialog.show();
    CHECK_FALSE(child<QLabel>(dialog, "siteLabel")->isVisible());

    typeInto(child<QLineEdit>(dialog, "userName"), adminUser);
    typeInto(child<QLineEdit>(dialog, "password"), goodPassword);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);

    auto *error = child<QLabel>(dialog, "errorLabel");
    REQUIRE(QTest::qWaitFor([&] { return !error->text().isEmpty(); }, 5000));
    const auto expected = Database::open(temp.path(), adminUser, goodPassword);
    REQUIRE_FALSE(expected.ok());
    CHECK(error->text() == expected.error().message);
    CHECK(dialog.isVisible());
}

TEST_CASE("UnlockDialog hints at Caps Lock when a letter's case disagrees with Shift", "[ui][session]")
{
    TemporaryDatabase temp;
    temp.close();
    UnlockDialog dialog(temp.path());
    dialog.show();
    auto *password = child<QLineEdit>(dialog, "password");
    password->setFocus();
    auto *hint = child<QLabel>(dialog, "capsLockHint");
    QTest::keyClick(password, Qt::Key_A, Qt::NoModifier); // types "a"
    CHECK_FALSE(hint->isVisible());
    QTest::keyClicks(password, QStringLiteral("B")); // upper case without Shift: Caps Lock
    CHECK(hint->isVisible());
}

TEST_CASE("PasswordStrengthMeter shows the policy's score label and problem", "[ui][session]")
{
    PasswordStrengthMeter meter;
    meter.setPassword(QStringLiteral("password"), adminUser);
    const auto weak = caredesk::core::PasswordPolicy::assess(QStringLiteral("password"), adminUser);
    CHECK(meter.score() == weak.score);
    CHECK_FALSE(meter.isAcceptable());
    CHECK(
        child<QLabel>(meter, "strengthLabel")->text().contains(caredesk::core::PasswordPolicy::scoreLabel(weak.score)));
    CHECK(child<QLabel>(meter, "strengthProblem")->text() == weak.problem);

    meter.setPassword(goodPassword, adminUser);
    CHECK(meter.isAcceptable());
    CHECK(child<QLabel>(meter, "strengthProblem")->text().isEmpty());
}

TEST_CASE("FirstRunDialog creates a database and shows its recovery key once", "[ui][session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.db"));
    FirstRunDialog dialog(path, KdfParams::fastForTests());
    dialog.show();
    auto *next = child<QPushButton>(dialog, "nextButton");
    auto *finish = child<QPushButton>(dialog, "finishButton");

    // Step 1: the site.
    CHECK(dialog.step() == FirstRunDialog::Step::Site);
    CHECK_FALSE(next->isEnabled());
    CHECK(child<QComboBox>(dialog, "profile")->count() == 2);
    CHECK(child<QComboBox>(dialog, "language")->count() == 2);
    typeInto(child<QLineEdit>(dialog, "siteName"), QStringLiteral("Riverside Pharmacy"));
    child<QComboBox>(dialog, "profile")->setCurrentIndex(1);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(dialog.step() == FirstRunDialog::Step::Administrator);

    // Step 2: the first administrator. Next only for an acceptable password typed the same twice.
    auto *user = child<QLineEdit>(dialog, "adminUser");
    auto *password = child<QLineEdit>(dialog, "password");
    auto *confirm = child<QLineEdit>(dialog, "confirmPassword");
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(confirm->echoMode() == QLineEdit::Password);
    typeInto(user, adminUser);
    typeInto(password, QStringLiteral("password"));
    typeInto(confirm, QStringLiteral("password"));
    CHECK_FALSE(next->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, "strengthProblem")->text().isEmpty());

    typeInto(password, goodPassword);
    typeInto(confirm, goodPassword + QStringLiteral("x"));
    CHECK_FALSE(next->isEnabled());
    CHECK(child<QLabel>(dialog, "mismatchLabel")->isVisible());

    typeInto(confirm, goodPassword);
    CHECK_FALSE(child<QLabel>(dialog, "mismatchLabel")->isVisible());
    REQUIRE(next->isEnabled());
    CHECK_FALSE(QFileInfo::exists(path));
    QTest::mouseClick(next, Qt::LeftButton);

    // Step 3: created; the key is shown, and Finish waits for the confirmation.
    REQUIRE(QTest::qWaitFor([&] { return dialog.step() == FirstRunDialog::Step::RecoveryKey; }, 10000));
    CHECK(QFileInfo::exists(path));
    CHECK(QFileInfo::exists(KeyRing::pathFor(path)));
    CHECK(password->text().isEmpty());
    CHECK(confirm->text().isEmpty());
    // Shown in two lines of seven groups; the line break stands for a dash.
    const QString key = child<QLabel>(dialog, "recoveryKey")->text().replace(u'\n', u'-');
    CHECK(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$")).match(key).hasMatch());
    CHECK(child<QPushButton>(dialog, "printRecoveryKey")->isVisible());
    REQUIRE(finish->isVisible());
    CHECK_FALSE(finish->isEnabled());

    // Closing is refused until the key is stored.
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "storeFirstNote")->isVisible());

    // Click the box itself: the widget is as wide as the dialog, its centre may be past the label's end.
    auto *stored = child<QCheckBox>(dialog, "storedConfirm");
    QTest::mouseClick(stored, Qt::LeftButton, {}, QPoint(6, stored->height() / 2));
    CHECK(stored->isChecked());
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(child<QLabel>(dialog, "recoveryKey")->text().isEmpty());

    auto database = dialog.takeDatabase();
    REQUIRE(database != nullptr);
    CHECK(database->session().userName == adminUser);
    CHECK(database->session().role == caredesk::core::Role::Administrator);
    CHECK(database->siteName() == QStringLiteral("Riverside Pharmacy"));
    CHECK(database->profile() == caredesk::core::SiteProfile::Pharmacy);
    CHECK(dialog.adminUserName() == adminUser);
}

TEST_CASE("FirstRunDialog shows a creation error inline and stays on the step", "[ui][session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/new.db"));
    FirstRunDialog dialog(path, KdfParams::fastForTests());
    dialog.show();
    auto *next = child<QPushButton>(dialog, "nextButton");
    typeInto(child<QLineEdit>(dialog, "siteName"), QStringLiteral("Test Site"));
    QTest::mouseClick(next, Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, "adminUser"), adminUser);
    typeInto(child<QLineEdit>(dialog, "password"), goodPassword);
    typeInto(child<QLineEdit>(dialog, "confirmPassword"), goodPassword);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    auto *error = child<QLabel>(dialog, "errorLabel");
    REQUIRE(QTest::qWaitFor([&] { return !error->text().isEmpty(); }, 5000));
    CHECK(error->isVisible());
    CHECK(dialog.step() == FirstRunDialog::Step::Administrator);
    CHECK(dialog.isVisible());
    CHECK(dialog.takeDatabase() == nullptr);
    // The passwords stay so that the user can retry after fixing the folder.
    CHECK(child<QLineEdit>(dialog, "password")->text() == goodPassword);
}

TEST_CASE("FirstRunDialog's Back returns to the site and keeps what was typed", "[ui][session]")
{
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.filePath(QStringLiteral("new.db")), KdfParams::fastForTests());
    dialog.show();
    typeInto(child<QLineEdit>(dialog, "siteName"), QStringLiteral("Test Site"));
    QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
    REQUIRE(dialog.step() == FirstRunDialog::Step::Administrator);
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    CHECK(dialog.step() == FirstRunDialog::Step::Site);
    CHECK(child<QLineEdit>(dialog, "siteName")->text() == QStringLiteral("Test Site"));
}

TEST_CASE("FirstRunDialog remembers the chosen language for the next start", "[ui][session]")
{
    QSettings settings;
    settings.remove(QStringLiteral("ui/language"));
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.filePath(QStringLiteral("new.db")), KdfParams::fastForTests());
    dialog.show();
    auto *language = child<QComboBox>(dialog, "language");
    auto *note = child<QLabel>(dialog, "languageNote");
    CHECK_FALSE(note->isVisible());

    const int other = language->currentIndex() == 0 ? 1 : 0;
    const QString otherId = language->itemData(other).toString();
    language->setCurrentIndex(other);
    emit language->activated(other); // what a person's choice in the list sends
    CHECK(note->isVisible());
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == otherId);
    settings.remove(QStringLiteral("ui/language"));
}
