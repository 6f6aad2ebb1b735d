// SPDX-License-Identifier: GPL-3.0-or-later
// Staff administration, the sign-in back-off, and masking with audited reveal.
#include "core/audit/AuditLog.h"
#include "core/auth/LoginThrottle.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/PhoneNumber.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

#include <unistd.h>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QString adminName = QString::fromLatin1(TemporaryDatabase::adminUser);
const QString adminPassword = QString::fromLatin1(TemporaryDatabase::password);
const QString staffPassword = QStringLiteral("Counter-Staff-77");
const QDateTime t0 = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

std::optional<StaffMember> member(Database &db, const QString &name)
{
    auto staff = db.staff();
    REQUIRE(staff.ok());
    for (const StaffMember &m : *staff) {
        if (m.userName == name) {
            return m;
        }
    }
    return std::nullopt;
}

QStringList actions(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action || ' ' || subject FROM audit_event ORDER BY id")));
    QStringList list;
    while (q.next()) {
        list << q.value(0).toString();
    }
    return list;
}

std::unique_ptr<Database> openAs(const QString &path, const QString &user, const QString &password,
                                 const Clock &clock = Clock::system())
{
    auto opened = Database::open(path, user, password, clock);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

} // namespace

TEST_CASE("adding, disabling, re-enabling and removing staff keep the keyring and staff list together", "[access]")
{
    TemporaryDatabase tdb;
    Database &db = tdb.db();
    REQUIRE(db.addUser(QStringLiteral("sunli"), Role::Reception, staffPassword, KdfParams::fastForTests()).ok());
    REQUIRE(db.addUser(QStringLiteral("admin2"), Role::Administrator, staffPassword, KdfParams::fastForTests()).ok());
    auto sunli = member(db, QStringLiteral("sunli"));
    REQUIRE(sunli);
    CHECK(sunli->role == Role::Reception);
    CHECK(sunli->hasKeySlot);
    CHECK_FALSE(sunli->disabled);
    CHECK(KeyRing::load(KeyRing::pathFor(tdb.path()))->slot(QStringLiteral("sunli")) != nullptr);

    // Yourself: never.
    CHECK(db.disableUser(adminName).error().code == ErrorCode::Conflict);
    CHECK(db.removeUser(adminName).error().code == ErrorCode::Conflict);
    CHECK(db.disableUser(QStringLiteral("nobody")).error().code == ErrorCode::NotFound);

    REQUIRE(db.disableUser(QStringLiteral("sunli")).ok());
    sunli = member(db, QStringLiteral("sunli"));
    CHECK(sunli->disabled);
    CHECK_FALSE(sunli->hasKeySlot);
    CHECK(KeyRing::load(KeyRing::pathFor(tdb.path()))->slot(QStringLiteral("sunli")) == nullptr);
    CHECK(actions(db).contains(QStringLiteral("user.disable user:sunli")));

    // The last administrator who can sign in stays.
    REQUIRE(db.disableUser(QStringLiteral("admin2")).ok());
    tdb.close();
    CHECK(Database::open(tdb.path(), QStringLiteral("sunli"), staffPassword).error().code == ErrorCode::AuthFailed);
    {
        auto other = openAs(tdb.path(), adminName, adminPassword);
        // admin2 is disabled, so removing "admin" would leave nobody: but admin cannot remove itself anyway; the
        // rule is checked from admin2's side after re-enabling below.
        const QString fresh = QStringLiteral("Reset-By-Admin-88");
        REQUIRE(other->resetPassword(QStringLiteral("sunli"), fresh, KdfParams::fastForTests()).ok());
        CHECK(other->resetPassword(QStringLiteral("sunli"), QStringLiteral("short")).error().code ==
              ErrorCode::Validation);
        auto again = member(*other, QStringLiteral("sunli"));
        CHECK_FALSE(again->disabled);
        CHECK(again->hasKeySlot);
        CHECK(again->mustChangePassword);
        REQUIRE(other->resetPassword(QStringLiteral("admin2"), fresh, KdfParams::fastForTests()).ok());
    }
    {
        auto second = openAs(tdb.path(), QStringLiteral("admin2"), QStringLiteral("Reset-By-Admin-88"));
        CHECK(second->mustChangePassword());
        REQUIRE(second->disableUser(adminName).ok());
        // Now admin2 is the only enabled administrator: it cannot disable itself and nobody else is left.
        CHECK(second->disableUser(QStringLiteral("admin2")).error().code == ErrorCode::Conflict);
        REQUIRE(second->resetPassword(adminName, adminPassword, KdfParams::fastForTests()).ok());
        REQUIRE(second->removeUser(QStringLiteral("sunli")).ok());
        auto removed = member(*second, QStringLiteral("sunli"));
        REQUIRE(removed); // the row stays so the audit trail still names them
        CHECK(removed->removed);
        CHECK(
            second
                ->resetPassword(QStringLiteral("sunli"), QStringLiteral("Reset-By-Admin-99"), KdfParams::fastForTests())
                .error()
                .code == ErrorCode::Conflict);
        CHECK(actions(*second).contains(QStringLiteral("user.remove user:sunli")));
    }
}

TEST_CASE("a reset password must be changed, and only the account's own old password changes it", "[access]")
{
    TemporaryDatabase tdb;
    REQUIRE(tdb.db()
                .addUser(QStringLiteral("liufang"), Role::ServiceOfficer, staffPassword, KdfParams::fastForTests())
                .ok());
    REQUIRE(
        tdb.db()
            .resetPassword(QStringLiteral("liufang"), QStringLiteral("Reset-By-Admin-88"), KdfParams::fastForTests())
            .ok());
    tdb.close();
    CHECK(Database::open(tdb.path(), QStringLiteral("liufang"), staffPassword).error().code == ErrorCode::AuthFailed);
    {
        auto db = openAs(tdb.path(), QStringLiteral("liufang"), QStringLiteral("Reset-By-Admin-88"));
        CHECK(db->mustChangePassword());
        // Not an administrator: no staff list, no resets.
        CHECK(db->staff().error().code == ErrorCode::PermissionDenied);
        CHECK(db->resetPassword(adminName, QStringLiteral("Hijack-Attempt-55")).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(db->changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("Own-Choice-Pass-31"),
                                    KdfParams::fastForTests())
                  .error()
                  .code == ErrorCode::AuthFailed);
        CHECK(db->changeOwnPassword(QStringLiteral("Reset-By-Admin-88"), QStringLiteral("Reset-By-Admin-88"),
                                    KdfParams::fastForTests())
                  .error()
                  .code == ErrorCode::Validation);
        REQUIRE(db->changeOwnPassword(QStringLiteral("Reset-By-Admin-88"), QStringLiteral("Own-Choice-Pass-31"),
                                      KdfParams::fastForTests())
                    .ok());
        CHECK_FALSE(db->mustChangePassword());
    }
    CHECK(Database::open(tdb.path(), QStringLiteral("liufang"), QStringLiteral("Reset-By-Admin-88")).error().code ==
          ErrorCode::AuthFailed);
    auto db = openAs(tdb.path(), QStringLiteral("liufang"), QStringLiteral("Own-Choice-Pass-31"));
    CHECK_FALSE(db->mustChangePassword());
}

TEST_CASE("the back-off schedule doubles from the third failure and locks at the tenth", "[access]")
{
    CHECK(LoginThrottle::delaySeconds(2) == 0);
    CHECK(LoginThrottle::delaySeconds(3) == 5);
    CHECK(LoginThrottle::delaySeconds(4) == 10);
    CHECK(LoginThrottle::delaySeconds(5) == 20);
    CHECK(LoginThrottle::delaySeconds(9) == 300);
    LoginAttempts attempts;
    for (int i = 0; i < 10; ++i) {
        LoginThrottle::registerFailure(attempts, t0);
    }
    CHECK(attempts.lockedUntil == t0.addSecs(15 * 60));
    CHECK(LoginThrottle::nextAttemptAt(attempts, t0.addSecs(60)) == t0.addSecs(15 * 60));
    CHECK_FALSE(LoginThrottle::nextAttemptAt(attempts, t0.addSecs(15 * 60 + 1)).isValid());
    LoginThrottle::registerFailure(attempts, t0.addSecs(16 * 60)); // an expired lock starts the count again
    CHECK(attempts.failures == 1);
    CHECK_FALSE(attempts.lockedUntil.isValid());
}

TEST_CASE("failed sign-ins back off, lock, reach the audit trail and are cleared by a reset", "[access]")
{
    TemporaryDatabase tdb;
    REQUIRE(tdb.db().addUser(QStringLiteral("sunli"), Role::Reception, staffPassword, KdfParams::fastForTests()).ok());
    tdb.close();
    FixedClock clock(t0);
    const QString user = QStringLiteral("sunli");
    for (int i = 0; i < 3; ++i) {
        CHECK(Database::open(tdb.path(), user, QStringLiteral("wrong"), clock).error().code == ErrorCode::AuthFailed);
    }
    // The fourth attempt within 5 s is refused without looking at the password, even the right one.
    clock.set(t0.addSecs(2));
    auto refused = Database::open(tdb.path(), user, staffPassword, clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::TooManyAttempts);
    CHECK(refused.error().message.contains(QStringLiteral("second")));
    // Another account is not affected.
    CHECK(Database::open(tdb.path(), adminName, adminPassword, clock).ok());
    clock.set(t0.addSecs(6));
    {
        auto db = openAs(tdb.path(), user, staffPassword, clock);
        CHECK(KeyRing::load(KeyRing::pathFor(tdb.path()))->loginAttempts(user).failures == 0);
    }
    // Ten in a row lock the account for 15 minutes.
    QDateTime at = t0.addSecs(10);
    for (int i = 0; i < 10; ++i) {
        at = at.addSecs(LoginThrottle::delaySeconds(i) + 1);
        clock.set(at);
        const auto code = Database::open(tdb.path(), user, QStringLiteral("wrong"), clock).error().code;
        CHECK(code == (i == 9 ? ErrorCode::TooManyAttempts : ErrorCode::AuthFailed));
    }
    clock.set(at.addSecs(14 * 60));
    auto locked = Database::open(tdb.path(), user, staffPassword, clock);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::TooManyAttempts);
    CHECK(locked.error().message.contains(QStringLiteral("administrator")));
    {
        // The administrator signs in: the wrong passwords are written to the audit trail, and a reset unlocks.
        auto admin = openAs(tdb.path(), adminName, adminPassword, clock);
        QSqlQuery q(admin->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'auth.login_failed' AND "
                                      "subject = 'user:sunli'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 13);
        CHECK(KeyRing::load(KeyRing::pathFor(tdb.path()))->pendingLoginFailures().isEmpty());
        auto listed = member(*admin, user);
        CHECK(listed->failedSignIns == 10);
        CHECK(listed->lockedUntil.isValid());
        REQUIRE(admin->resetPassword(user, QStringLiteral("Reset-By-Admin-88"), KdfParams::fastForTests()).ok());
        CHECK_FALSE(member(*admin, user)->lockedUntil.isValid());
        CHECK(actions(*admin).contains(QStringLiteral("auth.login user:admin")));
    }
    auto db = openAs(tdb.path(), user, QStringLiteral("Reset-By-Admin-88"), clock);
    CHECK(db->mustChangePassword());
}

TEST_CASE("wrong passwords at the lock screen back off and lock like sign-in and reach the audit trail",
          "[access][lock]")
{
    TemporaryDatabase tdb;
    tdb.close();
    FixedClock clock(t0);
    auto db = openAs(tdb.path(), adminName, adminPassword, clock);
    const auto failures = [&] { return KeyRing::load(KeyRing::pathFor(tdb.path()))->loginAttempts(adminName).failures; };
    for (int i = 0; i < 3; ++i) {
        CHECK(db->verifyPassword(QStringLiteral("wrong")).error().code == ErrorCode::AuthFailed);
    }
    CHECK(failures() == 3);
    // Within the wait even the right password is refused, without checking it.
    clock.set(t0.addSecs(2));
    auto refused = db->verifyPassword(adminPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::TooManyAttempts);
    // After it the right password unlocks, the wrong ones are in the audit trail and the count starts again.
    clock.set(t0.addSecs(6));
    REQUIRE(db->verifyPassword(adminPassword).ok());
    CHECK(failures() == 0);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'auth.login_failed' AND "
                                  "subject = 'user:admin'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    q.finish();
    CHECK(db->verifyAudit()->intact());

    // While suspended (key wiped) the count goes on, and the tenth wrong password locks the screen's account.
    db->suspend();
    QDateTime at = t0.addSecs(10);
    for (int i = 0; i < 10; ++i) {
        at = at.addSecs(LoginThrottle::delaySeconds(i) + 1);
        clock.set(at);
        const auto code = db->verifyPassword(QStringLiteral("wrong")).error().code;
        CHECK(code == (i == 9 ? ErrorCode::TooManyAttempts : ErrorCode::AuthFailed));
    }
    clock.set(at.addSecs(60));
    auto locked = db->verifyPassword(adminPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::TooManyAttempts);
    CHECK(db->isSuspended());
    clock.set(at.addSecs(16 * 60));
    REQUIRE(db->verifyPassword(adminPassword).ok());
    CHECK_FALSE(db->isSuspended());
    CHECK(failures() == 0);
}

TEST_CASE("a keyring that cannot be saved leaves the account as it was", "[access]")
{
    if (::geteuid() == 0) {
        SUCCEED("running as root: file permissions do not stop writes");
        return;
    }
    TemporaryDatabase tdb;
    Database &db = tdb.db();
    REQUIRE(db.addUser(QStringLiteral("sunli"), Role::Reception, staffPassword, KdfParams::fastForTests()).ok());
    const QString dir = tdb.dir();
    REQUIRE(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const Status status = db.disableUser(QStringLiteral("sunli"));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(status.ok());
    auto sunli = member(db, QStringLiteral("sunli"));
    CHECK_FALSE(sunli->disabled);
    CHECK(sunli->hasKeySlot);
    CHECK_FALSE(actions(db).contains(QStringLiteral("user.disable user:sunli")));
}

TEST_CASE("phones and ID numbers are masked without the reveal right and a mask is never saved", "[access]")
{
    TemporaryDatabase tdb;
    CustomerId id = 0;
    {
        CustomerRepository repo(tdb.db());
        CHECK_FALSE(repo.masksContactDetails());
        Customer c;
        c.name = QStringLiteral("张秀英");
        c.phone = QStringLiteral("13912345678");
        c.idNumber = QStringLiteral("11010519491231002X");
        auto added = repo.add(c);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        id = added->id;
    }
    REQUIRE(
        tdb.db().addUser(QStringLiteral("wangyao"), Role::Pharmacist, staffPassword, KdfParams::fastForTests()).ok());
    REQUIRE(tdb.db().addUser(QStringLiteral("sunli"), Role::Reception, staffPassword, KdfParams::fastForTests()).ok());
    tdb.close();
    {
        auto db = openAs(tdb.path(), QStringLiteral("wangyao"), staffPassword);
        CustomerRepository repo(*db);
        CHECK(repo.masksContactDetails());
        auto found = repo.findById(id);
        REQUIRE(found.ok());
        CHECK(found->phone == PhoneNumber::masked(QStringLiteral("13912345678")));
        CHECK_FALSE(found->idNumber.contains(QStringLiteral("19491231")));
        // Search by phone tail still works (it is SQL), and hands back the mask.
        auto hits = repo.search(QStringLiteral("5678"));
        REQUIRE(hits.ok());
        REQUIRE(hits->hits.size() == 1);
        CHECK(hits->hits.first().customer.phone.contains(QLatin1Char('*')));
        auto page = repo.page({}, CustomerSort::Name, true, std::nullopt, 10);
        REQUIRE(page.ok());
        CHECK(page->first().phone.contains(QLatin1Char('*')));
        // Saving with the masks untouched keeps the stored numbers.
        Customer edited = *found;
        edited.notes = QStringLiteral("prefers mornings");
        auto saved = repo.update(edited);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT phone, id_number, notes FROM customer WHERE id = %1").arg(id)));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("13912345678"));
        CHECK(q.value(1).toString() == QStringLiteral("11010519491231002X"));
        CHECK(q.value(2).toString() == QStringLiteral("prefers mornings"));
        // A pharmacist may not reveal.
        CHECK(repo.reveal(id, MaskedField::Phone, QStringLiteral("medication call")).error().code ==
              ErrorCode::PermissionDenied);
    }
    {
        auto db = openAs(tdb.path(), QStringLiteral("sunli"), staffPassword);
        CustomerRepository repo(*db);
        CHECK(repo.reveal(id, MaskedField::Phone, QStringLiteral("   ")).error().code == ErrorCode::Validation);
        auto phone = repo.reveal(id, MaskedField::Phone, QStringLiteral("calling back about the appointment"));
        REQUIRE(phone.ok());
        CHECK(*phone == QStringLiteral("13912345678"));
        auto idNumber = repo.reveal(id, MaskedField::IdNumber, QStringLiteral("insurance form"));
        REQUIRE(idNumber.ok());
        CHECK(*idNumber == QStringLiteral("11010519491231002X"));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT user_name, subject, detail FROM audit_event WHERE action = "
                                      "'customer.reveal' ORDER BY id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("sunli"));
        CHECK(q.value(1).toString() == QStringLiteral("customer:%1").arg(id));
        CHECK(q.value(2).toString().contains(QStringLiteral("reason=calling back about the appointment")));
        CHECK_FALSE(q.value(2).toString().contains(QStringLiteral("13912345678")));
        REQUIRE(q.next());
        CHECK(q.value(2).toString().contains(QStringLiteral("field=id_number")));
        CHECK_FALSE(q.next());
    }
}

TEST_CASE("the backup reminder setting is an administrator's", "[access]")
{
    TemporaryDatabase tdb;
    CHECK(tdb.db().backupReminderDays() == 7);
    REQUIRE(tdb.db().setBackupReminderDays(14).ok());
    CHECK(tdb.db().backupReminderDays() == 14);
    CHECK(tdb.db().setBackupReminderDays(0).error().code == ErrorCode::Validation);
    REQUIRE(tdb.db().addUser(QStringLiteral("zhaomin"), Role::Manager, staffPassword, KdfParams::fastForTests()).ok());
    tdb.close();
    auto db = openAs(tdb.path(), QStringLiteral("zhaomin"), staffPassword);
    CHECK(db->setBackupReminderDays(3).error().code == ErrorCode::PermissionDenied);
    CHECK(db->backupReminderDays() == 14);
}
