// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Migrator.h"
#include "core/storage/RecoveryKey.h"
#include "core/storage/SqlErrors.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace caredesk;
using core::Database;
using core::ErrorCode;
using test::FileSnapshot;
using test::TemporaryDatabase;

namespace {

const QString adminUser = QString::fromLatin1(TemporaryDatabase::adminUser);
const QString adminPassword = QString::fromLatin1(TemporaryDatabase::password);

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

/** Opening must fail with @p code and leave every file in the folder exactly as it was. */
void requireFailsUnchanged(const QString &dir, const QString &path, const QString &user, const QString &password,
                           ErrorCode code)
{
    const FileSnapshot before(dir);
    auto opened = Database::open(path, user, password);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == code);
    CHECK_FALSE(opened.error().message.isEmpty());
    const FileSnapshot after(dir);
    INFO(before.differences(after).toStdString());
    CHECK(before == after);
}

/**
 * A wrong password must leave the database and every key slot as they were; the keyring records only the failed
 * attempt (for the back-off and, after the next sign-in, the audit trail).
 */
void requireWrongPasswordRecordedOnly(const QString &dir, const QString &path, const QString &user,
                                      const QString &password)
{
    const FileSnapshot before(dir);
    auto ringBefore = core::KeyRing::load(core::KeyRing::pathFor(path));
    REQUIRE(ringBefore.ok());
    auto opened = Database::open(path, user, password);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::AuthFailed);
    CHECK_FALSE(opened.error().message.isEmpty());
    const FileSnapshot after(dir);
    for (auto it = before.files().cbegin(); it != before.files().cend(); ++it) {
        if (!it.key().endsWith(QStringLiteral(".keyring"))) {
            INFO(it.key().toStdString());
            CHECK(after.files().value(it.key()) == it.value());
        }
    }
    CHECK(after.files().keys() == before.files().keys());
    auto ringAfter = core::KeyRing::load(core::KeyRing::pathFor(path));
    REQUIRE(ringAfter.ok());
    REQUIRE(ringAfter->keySlots().size() == ringBefore->keySlots().size());
    for (int i = 0; i < ringBefore->keySlots().size(); ++i) {
        CHECK(ringAfter->keySlots().at(i).userName == ringBefore->keySlots().at(i).userName);
        CHECK(ringAfter->keySlots().at(i).wrappedKey == ringBefore->keySlots().at(i).wrappedKey);
    }
    CHECK(ringAfter->pendingLoginFailures().size() == ringBefore->pendingLoginFailures().size() + 1);
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A new database opens again with the administrator's password", "[database]")
{
    TemporaryDatabase temp;
    CHECK(temp.db().session().role == core::Role::Administrator);
    CHECK(temp.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(temp.db().siteName() == QStringLiteral("Test Site"));
    CHECK(QFileInfo::exists(core::KeyRing::pathFor(temp.path())));
    temp.reopen();
    CHECK(temp.db().session().userName == adminUser);
    CHECK(temp.db().siteName() == QStringLiteral("Test Site"));
    CHECK(temp.db().profile() == core::SiteProfile::Clinic);
    auto problems = temp.db().checkIntegrity();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("Every connection gets the storage settings", "[database]")
{
    TemporaryDatabase temp;
    const QSqlDatabase db = temp.db().connection();
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt() == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);
    CHECK_FALSE(scalar(db, QStringLiteral("PRAGMA cipher_version")).toString().isEmpty());
    CHECK(temp.db().engineDescription().contains(QStringLiteral("SQLCipher")));

    auto extra = temp.db().openExtraConnection(QStringLiteral("extra-test"));
    REQUIRE(extra.ok());
    {
        const QSqlDatabase other = QSqlDatabase::database(*extra, false);
        CHECK(scalar(other, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(scalar(other, QStringLiteral("SELECT count(*) FROM staff")).toInt() == 1);
    }
    QSqlDatabase::removeDatabase(*extra);
}

TEST_CASE("Personal data never appears in plain text in the files", "[database][security]")
{
    const QByteArray marker("MARKER-zhang-wei-13800138000");
    TemporaryDatabase temp;
    QSqlQuery query(temp.db().connection());
    REQUIRE(
        core::execPrepared(query, QStringLiteral("UPDATE staff SET display_name = ?"), {QString::fromLatin1(marker)}));
    query.finish();
    // While open: the database, its -wal and -shm files.
    CHECK(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));
    CHECK_FALSE(test::anyFileContains(temp.dir(), marker));
    temp.close();
    // After close: nothing in the folder at all, and no lock file left behind.
    CHECK_FALSE(test::anyFileContains(temp.dir(), marker));
    CHECK_FALSE(QFileInfo::exists(temp.path() + QStringLiteral(".lock")));
    temp.reopen();
    CHECK(scalar(temp.db().connection(), QStringLiteral("SELECT display_name FROM staff")).toByteArray() == marker);
}

TEST_CASE("Failed opens say why and leave the files unchanged, a wrong password only recorded", "[database][errors]")
{
    TemporaryDatabase temp;
    temp.close();
    const QString dir = temp.dir();
    const QString path = temp.path();

    SECTION("wrong password")
    {
        requireWrongPasswordRecordedOnly(dir, path, adminUser, QStringLiteral("Wrong-Horse-42"));
    }
    SECTION("unknown user gets the same message as a wrong password")
    {
        auto wrongUser = Database::open(path, QStringLiteral("nobody"), adminPassword);
        auto wrongPassword = Database::open(path, adminUser, QStringLiteral("Wrong-Horse-42"));
        REQUIRE_FALSE(wrongUser.ok());
        REQUIRE_FALSE(wrongPassword.ok());
        CHECK(wrongUser.error().message == wrongPassword.error().message);
        requireWrongPasswordRecordedOnly(dir, path, QStringLiteral("nobody"), adminPassword);
    }
    SECTION("missing file")
    {
        auto opened = Database::open(dir + QStringLiteral("/absent.db"), adminUser, adminPassword);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/absent.db")));
    }
    SECTION("missing keyring")
    {
        REQUIRE(QFile::rename(core::KeyRing::pathFor(path), dir + QStringLiteral("/elsewhere")));
        requireFailsUnchanged(dir, path, adminUser, adminPassword, ErrorCode::KeyringMissing);
    }
    SECTION("damaged keyring")
    {
        QFile keyring(core::KeyRing::pathFor(path));
        REQUIRE(keyring.open(QIODevice::ReadWrite));
        const QByteArray text = keyring.readAll();
        keyring.resize(0);
        keyring.write(text.left(text.size() / 2));
        keyring.close();
        requireFailsUnchanged(dir, path, adminUser, adminPassword, ErrorCode::KeyringDamaged);
    }
    SECTION("truncated database")
    {
        QFile file(path);
        REQUIRE(file.resize(file.size() - 100));
        requireFailsUnchanged(dir, path, adminUser, adminPassword, ErrorCode::Corrupt);
    }
    SECTION("corrupt first page")
    {
        overwrite(path, 200, QByteArray(64, '\x5a'));
        requireFailsUnchanged(dir, path, adminUser, adminPassword, ErrorCode::Corrupt);
    }
    SECTION("a plain SQLite database is not a CareDesk database")
    {
        const QString plainPath = dir + QStringLiteral("/plain.db");
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(plainPath);
            REQUIRE(plain.open());
            QSqlQuery(plain).exec(QStringLiteral("CREATE TABLE t(x)"));
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        REQUIRE(QFile::copy(core::KeyRing::pathFor(path), core::KeyRing::pathFor(plainPath)));
        requireFailsUnchanged(dir, plainPath, adminUser, adminPassword, ErrorCode::NotCareDesk);
    }
    SECTION("a random file with a keyring is reported as damaged")
    {
        const QString junkPath = dir + QStringLiteral("/junk.db");
        QFile junk(junkPath);
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, '\x17'));
        junk.close();
        REQUIRE(QFile::copy(core::KeyRing::pathFor(path), core::KeyRing::pathFor(junkPath)));
        requireFailsUnchanged(dir, junkPath, adminUser, adminPassword, ErrorCode::Corrupt);
    }
    SECTION("a keyring from another database")
    {
        TemporaryDatabase other;
        other.close();
        REQUIRE(QFile::remove(core::KeyRing::pathFor(path)));
        REQUIRE(QFile::copy(core::KeyRing::pathFor(other.path()), core::KeyRing::pathFor(path)));
        requireFailsUnchanged(dir, path, adminUser, adminPassword, ErrorCode::Corrupt);
    }
    SECTION("a database from a newer CareDesk")
    {
        temp.reopen();
        QSqlQuery(temp.db().connection())
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        temp.close();
        requireFailsUnchanged(dir, path, adminUser, adminPassword, ErrorCode::TooNew);
    }
}

TEST_CASE("Only one CareDesk may have a database open", "[database][errors]")
{
    TemporaryDatabase temp;
    const FileSnapshot before(temp.dir());
    auto second = Database::open(temp.path(), adminUser, adminPassword);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(FileSnapshot(temp.dir()) == before);
    temp.close();
    auto third = Database::open(temp.path(), adminUser, adminPassword);
    CHECK(third.ok());
}

TEST_CASE("A full disk is reported as such and loses nothing", "[database][errors]")
{
    TemporaryDatabase temp;
    QSqlDatabase db = temp.db().connection();
    const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
    REQUIRE(db.transaction());
    QSqlQuery query(db);
    bool failed = false;
    for (int i = 0; i < 200 && !failed; ++i) {
        failed = !core::execPrepared(query, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"),
                                     {QStringLiteral("filler-%1").arg(i), QString(2000, QLatin1Char('x'))});
    }
    REQUIRE(failed);
    const core::Error error = core::databaseError(query.lastError(), QStringLiteral("unused"));
    CHECK(error.code == ErrorCode::DiskFull);
    CHECK(error.message.contains(QStringLiteral("disk is full")));
    query.finish();
    db.rollback();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'filler-%'")).toInt() == 0);
}

TEST_CASE("Creating refuses bad input and existing files", "[database][errors]")
{
    QTemporaryDir dir;
    Database::CreateOptions options;
    options.path = dir.filePath(QStringLiteral("new.db"));
    options.adminUser = QStringLiteral("admin");
    options.password = QStringLiteral("Correct-Horse-42");
    options.siteName = QStringLiteral("Site");
    options.kdf = core::KdfParams::fastForTests();

    SECTION("weak password")
    {
        options.password = QStringLiteral("12345678");
        auto created = Database::create(options);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::Validation);
    }
    SECTION("bad user name")
    {
        options.adminUser = QStringLiteral("a b");
        auto created = Database::create(options);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::Validation);
    }
    SECTION("missing site name")
    {
        options.siteName = QStringLiteral("  ");
        auto created = Database::create(options);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::Validation);
    }
    SECTION("existing file")
    {
        auto created = Database::create(options);
        REQUIRE(created.ok());
        created->database.reset();
        const FileSnapshot before(dir.path());
        auto again = Database::create(options);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(FileSnapshot(dir.path()) == before);
    }
    SECTION("missing folder")
    {
        options.path = dir.filePath(QStringLiteral("no/such/folder/new.db"));
        auto created = Database::create(options);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::NotFound);
    }
    // Nothing half-made is left behind by any refusal above.
    if (!QFileInfo::exists(options.path)) {
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_CASE("Staff accounts: administrators add them, others may not", "[database][auth]")
{
    TemporaryDatabase temp;
    REQUIRE(temp.db().addUser(QStringLiteral("li.na"), core::Role::Reception, QStringLiteral("Reception-Desk-77"),
                              core::KdfParams::fastForTests()));
    auto duplicate = temp.db().addUser(QStringLiteral("li.na"), core::Role::Manager, QStringLiteral("Another-Pass-99"),
                                       core::KdfParams::fastForTests());
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    temp.close();

    auto reception = Database::open(temp.path(), QStringLiteral("li.na"), QStringLiteral("Reception-Desk-77"));
    REQUIRE(reception.ok());
    CHECK((*reception)->session().role == core::Role::Reception);
    auto denied = (*reception)
                      ->addUser(QStringLiteral("mallory"), core::Role::Administrator,
                                QStringLiteral("Sneaky-Admin-123"), core::KdfParams::fastForTests());
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK((*reception)->keyRing().slot(QStringLiteral("mallory")) == nullptr);
}

TEST_CASE("The recovery key adds a working administrator when every password is lost", "[database][recovery]")
{
    TemporaryDatabase temp;
    const QString recoveryKey = temp.recoveryKey();
    REQUIRE(recoveryKey.size() == 14 * 4 + 13);
    temp.close();

    SECTION("the right key")
    {
        REQUIRE(Database::recover(temp.path(), recoveryKey.toLower(), QStringLiteral("rescue"),
                                  QStringLiteral("Brand-New-Pass-88"), core::KdfParams::fastForTests()));
        auto opened = Database::open(temp.path(), QStringLiteral("rescue"), QStringLiteral("Brand-New-Pass-88"));
        REQUIRE(opened.ok());
        CHECK((*opened)->session().role == core::Role::Administrator);
        // The recovery is in the audit trail, the chain and its head in the keyring stay intact.
        CHECK((*opened)->auditWarning().isEmpty());
        QSqlQuery q((*opened)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT user_name, entity_id FROM audit_event WHERE action = 'user.recover'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("rescue"));
        CHECK(q.value(1).toString() == QStringLiteral("rescue"));
        q.finish();
        auto verified = (*opened)->verifyAudit();
        REQUIRE(verified.ok());
        CHECK(verified->intact());
        // The old administrator's slot is still there.
        opened->reset();
        CHECK(Database::open(temp.path(), QString::fromLatin1(TemporaryDatabase::adminUser),
                             QString::fromLatin1(TemporaryDatabase::password))
                  .ok());
    }
    SECTION("a mistyped key")
    {
        QString typo = recoveryKey;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const FileSnapshot before(temp.dir());
        auto status = Database::recover(temp.path(), typo, QStringLiteral("rescue"),
                                        QStringLiteral("Brand-New-Pass-88"), core::KdfParams::fastForTests());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Validation);
        CHECK(FileSnapshot(temp.dir()) == before);
    }
    SECTION("another database's key")
    {
        TemporaryDatabase other;
        const FileSnapshot before(temp.dir());
        auto status = Database::recover(temp.path(), other.recoveryKey(), QStringLiteral("rescue"),
                                        QStringLiteral("Brand-New-Pass-88"), core::KdfParams::fastForTests());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::AuthFailed);
        CHECK(FileSnapshot(temp.dir()) == before);
    }
}

TEST_CASE("The lock screen checks the signed-in account's password without reopening", "[database][auth][lock]")
{
    TemporaryDatabase temp;
    CHECK(temp.db().verifyPassword(QString::fromLatin1(TemporaryDatabase::password)).ok());
    auto wrong = temp.db().verifyPassword(QStringLiteral("not-the-password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::AuthFailed);

    // Another account's password does not unlock the admin's screen.
    REQUIRE(temp.db().addUser(QStringLiteral("li.na"), core::Role::Reception, QStringLiteral("Reception-Desk-77"),
                              core::KdfParams::fastForTests()));
    CHECK_FALSE(temp.db().verifyPassword(QStringLiteral("Reception-Desk-77")).ok());
}

TEST_CASE("Only an administrator changes the idle time before the screen locks", "[database][auth][lock]")
{
    TemporaryDatabase temp;
    CHECK(temp.db().autoLockMinutes() == 10);
    REQUIRE(temp.db().setAutoLockMinutes(3));
    CHECK(temp.db().autoLockMinutes() == 3);
    REQUIRE(temp.db().setAutoLockMinutes(0));
    CHECK(temp.db().autoLockMinutes() == 0);
    auto tooLong = temp.db().setAutoLockMinutes(241);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == ErrorCode::Validation);
    CHECK(temp.db().autoLockMinutes() == 0);

    REQUIRE(temp.db().addUser(QStringLiteral("li.na"), core::Role::Reception, QStringLiteral("Reception-Desk-77"),
                              core::KdfParams::fastForTests()));
    temp.close();
    auto reception = Database::open(temp.path(), QStringLiteral("li.na"), QStringLiteral("Reception-Desk-77"));
    REQUIRE(reception.ok());
    auto denied = (*reception)->setAutoLockMinutes(60);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK((*reception)->autoLockMinutes() == 0);
}
