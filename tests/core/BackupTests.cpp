// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/visits/VisitRepository.h"
#include "tests/core/CliRunner.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace caredesk;
using namespace caredesk::core;
using test::FileSnapshot;
using test::TemporaryDatabase;
using caredesk::test::CliRun;
using caredesk::test::runCli;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
const QString adminPassword = QString::fromLatin1(TemporaryDatabase::password);

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result.value());
}

void mustOk(const Status &status)
{
    INFO((status ? QString() : status.error().message + QStringLiteral(" | ") + status.error().detail).toStdString());
    REQUIRE(status.ok());
}

/** A few customers and visits, so the copy has something to compare. */
void fill(Database &db, const Clock &clock)
{
    CustomerRepository customers(db, clock);
    VisitRepository visits(db, clock);
    const QStringList names{QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜")};
    for (int i = 0; i < names.size(); ++i) {
        Customer c;
        c.name = names.at(i);
        c.phone = QStringLiteral("1380013800%1").arg(i);
        const Customer saved = must(customers.add(c));
        Visit v;
        v.customerId = saved.id;
        v.kind = VisitKind::Purchase;
        v.at = fixedNow.addDays(-i);
        v.department = QStringLiteral("药房");
        v.staff = QStringLiteral("李药师");
        v.items = {{0, QStringLiteral("阿莫西林胶囊"), ProductClass::Rx, 2, 1850 + i}};
        (void)must(visits.addVisit(v));
    }
}

/** Rows of a query as text lines, to compare two databases. */
QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QStringList lines;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            values << q.value(i).toString();
        }
        lines << values.join(QLatin1Char('|'));
    }
    return lines;
}

const QStringList comparisons{
    QStringLiteral("SELECT count(*) FROM customer"),
    QStringLiteral("SELECT count(*) FROM visit"),
    QStringLiteral("SELECT count(*) FROM visit_item"),
    QStringLiteral("SELECT id, name, phone, member_number FROM customer ORDER BY id"),
    QStringLiteral("SELECT id, customer_id, kind, at, amount FROM visit ORDER BY id"),
    QStringLiteral("SELECT name FROM sqlite_master ORDER BY name"),
};

QStringList contentOf(const QSqlDatabase &db)
{
    QStringList all;
    for (const QString &sql : comparisons) {
        all << rows(db, sql);
    }
    return all;
}

std::unique_ptr<Database> openAs(TemporaryDatabase &temp, const QString &user, Role role)
{
    const QString password = QStringLiteral("Desk-Password-2026");
    mustOk(temp.db().addUser(user, role, password, KdfParams::fastForTests()));
    temp.close();
    return must(Database::open(temp.path(), user, password));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("A backup restores into a new database with the same content", "[backup]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db(), clock);
    const QStringList before = contentOf(temp.db().connection());
    REQUIRE(before.at(0) == QStringLiteral("3"));

    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    mustOk(temp.db().backup(backupPath));
    REQUIRE(QFileInfo::exists(backupPath));
    QFile file(backupPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    CHECK(bytes.startsWith(QByteArray("CAREDESK-BACKUP")));
    // Nothing in plain text: neither a customer's name nor a phone, and no temporary file left beside it.
    CHECK_FALSE(test::anyFileContains(temp.dir(), QStringLiteral("王芳").toUtf8()));
    CHECK_FALSE(test::anyFileContains(temp.dir(), QByteArray("13800138001")));
    const QStringList leftovers = filesIn(temp.dir()).filter(QStringLiteral("cdbackup."));
    CHECK(leftovers.isEmpty());

    AuditLog audit(temp.db(), clock);
    const auto created = must(audit.recent(QStringLiteral("backup.create")));
    REQUIRE(created.size() == 1);
    CHECK(created.first().detail.startsWith(QStringLiteral("site.cdbackup (")));
    CHECK(created.first().detail.contains(QString::number(bytes.size())));

    QTemporaryDir target;
    const QString restoredPath = target.filePath(QStringLiteral("restored.db"));
    mustOk(Database::restore(backupPath, restoredPath, QStringLiteral("admin"), adminPassword));
    CHECK(filesIn(target.path()) ==
          QStringList({QStringLiteral("restored.db"), QStringLiteral("restored.db.keyring")}));

    auto restored = must(Database::open(restoredPath, QStringLiteral("admin"), adminPassword));
    CHECK(contentOf(restored->connection()) == before);
    CHECK(restored->schemaVersion() == temp.db().schemaVersion());
    CHECK(restored->siteName() == temp.db().siteName());
    CHECK(restored->keyRing().databaseId() == temp.db().keyRing().databaseId());
    CHECK(must(restored->checkIntegrity()).isEmpty());
    AuditLog restoredAudit(*restored, clock);
    const auto restoreEvents = must(restoredAudit.recent(QStringLiteral("backup.restore")));
    REQUIRE(restoreEvents.size() == 1);
    CHECK(restoreEvents.first().detail == QStringLiteral("site.cdbackup"));
}

TEST_CASE("A manager may back up and an existing backup file is never overwritten", "[backup]")
{
    TemporaryDatabase temp;
    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("old.cdbackup"));
    {
        QFile old(backupPath);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("yesterday");
    }
    auto manager = openAs(temp, QStringLiteral("zhaomin"), Role::Manager);
    const FileSnapshot before(temp.dir());
    const Status refused = manager->backup(backupPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(FileSnapshot(temp.dir()) == before);

    const QString fresh = QDir(temp.dir()).filePath(QStringLiteral("new.cdbackup"));
    mustOk(manager->backup(fresh));
    CHECK(QFileInfo(fresh).size() > 4096);
}

TEST_CASE("Reception may not make a backup and no file is written", "[backup]")
{
    TemporaryDatabase temp;
    auto reception = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    const QStringList before = filesIn(temp.dir());
    const Status refused = reception->backup(backupPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFileInfo::exists(backupPath));
    CHECK(filesIn(temp.dir()) == before);
}

TEST_CASE("A backup with one changed byte is refused and restores nothing", "[backup]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db(), clock);
    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    mustOk(temp.db().backup(backupPath));
    QFile file(backupPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    QTemporaryDir target;
    const QString restoredPath = target.filePath(QStringLiteral("restored.db"));
    const auto damagedCopy = [&](qsizetype offset, const QString &name) {
        QByteArray bad = good;
        bad[offset] = static_cast<char>(bad.at(offset) ^ 0x01);
        const QString path = QDir(temp.dir()).filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bad);
        return path;
    };
    // In the database part (the end of the file), in the keyring part (just after the 68-byte header), and in the
    // header's length field.
    for (const qsizetype offset : {good.size() - 100, qsizetype(80), qsizetype(30)}) {
        const QString path = damagedCopy(offset, QStringLiteral("bad-%1.cdbackup").arg(offset));
        const Status status = Database::restore(path, restoredPath, QStringLiteral("admin"), adminPassword);
        INFO("offset " << offset);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Corrupt);
        CHECK(status.error().message.contains(QStringLiteral("damaged")));
        CHECK(filesIn(target.path()).isEmpty());
    }

    const QString truncated = QDir(temp.dir()).filePath(QStringLiteral("short.cdbackup"));
    {
        QFile out(truncated);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(good.left(good.size() - 1));
    }
    const Status shortStatus = Database::restore(truncated, restoredPath, QStringLiteral("admin"), adminPassword);
    REQUIRE_FALSE(shortStatus.ok());
    CHECK(shortStatus.error().code == ErrorCode::Corrupt);

    const Status notBackup =
        Database::restore(KeyRing::pathFor(temp.path()), restoredPath, QStringLiteral("admin"), adminPassword);
    REQUIRE_FALSE(notBackup.ok());
    CHECK(notBackup.error().code == ErrorCode::NotCareDesk);
    CHECK(filesIn(target.path()).isEmpty());
}

TEST_CASE("A backup of several megabytes is written and read back in pieces, whole and checked", "[backup]")
{
    // Backups stream the database in 1 MiB pieces (at 1M customers it is 6 GB, more than memory): a file of
    // several pieces must come back whole, and one changed byte in a middle piece must still be found.
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    QList<Customer> batch;
    for (int i = 0; i < 12000; ++i) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(i);
        c.phone = QStringLiteral("139%1").arg(10000000 + i);
        c.address = QStringLiteral("北京市朝阳区建国路%1号").arg(i);
        batch << c;
    }
    mustOk(customers.addBulk(batch));
    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("big.cdbackup"));
    mustOk(temp.db().backup(backupPath));
    QFile file(backupPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    REQUIRE(good.size() > 3 * (1 << 20));

    QTemporaryDir target;
    const QString damaged = QDir(temp.dir()).filePath(QStringLiteral("big-bad.cdbackup"));
    {
        QByteArray bad = good;
        const qsizetype middle = bad.size() / 2;
        bad[middle] = static_cast<char>(bad.at(middle) ^ 0x40);
        QFile out(damaged);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bad);
    }
    const QString restoredPath = target.filePath(QStringLiteral("restored.db"));
    const Status status = Database::restore(damaged, restoredPath, QStringLiteral("admin"), adminPassword);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Corrupt);
    CHECK(filesIn(target.path()).isEmpty());

    mustOk(Database::restore(backupPath, restoredPath, QStringLiteral("admin"), adminPassword));
    auto restored = Database::open(restoredPath, QStringLiteral("admin"), adminPassword);
    REQUIRE(restored.ok());
    QSqlQuery q((*restored)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), max(phone) FROM customer")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 12000);
    CHECK(q.value(1).toString() == QStringLiteral("13910011999"));
}

TEST_CASE("Restore refuses an existing target and leaves it unchanged", "[backup]")
{
    TemporaryDatabase temp;
    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    mustOk(temp.db().backup(backupPath));

    QTemporaryDir target;
    const QString existing = target.filePath(QStringLiteral("clinic.db"));
    {
        QFile out(existing);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("the live database");
    }
    const FileSnapshot before(target.path());
    Status status = Database::restore(backupPath, existing, QStringLiteral("admin"), adminPassword);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Conflict);
    CHECK(FileSnapshot(target.path()) == before);

    // A keyring alone is enough to refuse: restoring would pair the wrong files.
    const QString other = target.filePath(QStringLiteral("other.db"));
    {
        QFile out(KeyRing::pathFor(other));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("a keyring");
    }
    const FileSnapshot withKeyRing(target.path());
    status = Database::restore(backupPath, other, QStringLiteral("admin"), adminPassword);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Conflict);
    CHECK(FileSnapshot(target.path()) == withKeyRing);
}

TEST_CASE("Restore with a wrong password fails and leaves no files", "[backup]")
{
    TemporaryDatabase temp;
    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    mustOk(temp.db().backup(backupPath));

    QTemporaryDir target;
    const QString restoredPath = target.filePath(QStringLiteral("restored.db"));
    Status status = Database::restore(backupPath, restoredPath, QStringLiteral("admin"), QStringLiteral("Wrong-42-x"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::AuthFailed);
    CHECK(filesIn(target.path()).isEmpty());

    status = Database::restore(backupPath, restoredPath, QStringLiteral("nobody"), adminPassword);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::AuthFailed);
    CHECK(filesIn(target.path()).isEmpty());

    status = Database::restore(target.filePath(QStringLiteral("missing.cdbackup")), restoredPath,
                               QStringLiteral("admin"), adminPassword);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::NotFound);
    CHECK(filesIn(target.path()).isEmpty());
}

TEST_CASE("caredesk-cli backup and restore round trip", "[backup][cli]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db(), clock);
    const QStringList before = contentOf(temp.db().connection());
    const QString receptionPassword = QStringLiteral("Desk-Password-2026");
    mustOk(temp.db().addUser(QStringLiteral("sunli"), Role::Reception, receptionPassword, KdfParams::fastForTests()));
    temp.close();

    const QString backupPath = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), temp.path(), QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("--out"), backupPath},
                        {adminPassword});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("site.cdbackup")));
    REQUIRE(QFileInfo::exists(backupPath));

    // An existing backup is not overwritten (usage error), and reception may not back up (authentication error).
    run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), temp.path(), QStringLiteral("--user"),
                  QStringLiteral("admin"), QStringLiteral("--out"), backupPath},
                 {adminPassword});
    CHECK(run.exitCode == 4);
    const QString receptionOut = QDir(temp.dir()).filePath(QStringLiteral("reception.cdbackup"));
    run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), temp.path(), QStringLiteral("--user"),
                  QStringLiteral("sunli"), QStringLiteral("--out"), receptionOut},
                 {receptionPassword});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(receptionOut));

    QTemporaryDir target;
    const QString restoredPath = target.filePath(QStringLiteral("restored.db"));
    const QStringList restore{
        QStringLiteral("restore"), QStringLiteral("--backup"), backupPath, QStringLiteral("--db"), restoredPath,
        QStringLiteral("--user"),  QStringLiteral("admin")};
    run = runCli(restore, {QStringLiteral("not-the-password")});
    CHECK(run.exitCode == 2);
    CHECK(filesIn(target.path()).isEmpty());

    run = runCli(restore, {adminPassword});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("restored.db")));

    run = runCli({QStringLiteral("verify"), QStringLiteral("--db"), restoredPath, QStringLiteral("--user"),
                  QStringLiteral("admin")},
                 {adminPassword});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("ok"));
    {
        auto restored = must(Database::open(restoredPath, QStringLiteral("admin"), adminPassword));
        CHECK(contentOf(restored->connection()) == before);
    }

    // The target now exists: a second restore is a usage error and changes nothing.
    const FileSnapshot restoredFiles(target.path());
    run = runCli(restore, {adminPassword});
    CHECK(run.exitCode == 4);
    CHECK(FileSnapshot(target.path()) == restoredFiles);

    run = runCli({QStringLiteral("restore"), QStringLiteral("--backup"), backupPath}, {adminPassword});
    CHECK(run.exitCode == 4);
}
