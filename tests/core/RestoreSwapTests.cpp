// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Backup.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void mustOk(const Status &status)
{
    INFO((status ? QString() : status.error().message + QStringLiteral(" | ") + status.error().detail).toStdString());
    REQUIRE(status.ok());
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CustomerId addCustomer(Database &db, const QString &name)
{
    Customer c;
    c.name = name;
    return must(CustomerRepository(db).add(c)).id;
}

QString password()
{
    return QString::fromLatin1(TemporaryDatabase::password);
}

QString admin()
{
    return QString::fromLatin1(TemporaryDatabase::adminUser);
}

} // namespace

TEST_CASE("A restored database is swapped in with the current one kept aside, and the swap can be undone",
          "[privacy][restore]")
{
    TemporaryDatabase temp;
    addCustomer(temp.db(), QStringLiteral("Before Backup"));
    const QString backup = QDir(temp.dir()).filePath(QStringLiteral("site.cdbackup"));
    mustOk(temp.db().backup(backup));
    const CustomerId later = addCustomer(temp.db(), QStringLiteral("After Backup"));
    const QString restored = QDir(temp.dir()).filePath(QStringLiteral("restored.caredesk"));
    mustOk(Database::restore(backup, restored, admin(), password()));

    // Refused while the current database is open: nothing moves.
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 15, 30));
    CHECK(Database::swapInRestored(temp.path(), restored, now).error().code == ErrorCode::Locked);
    CHECK(QFileInfo::exists(restored));

    temp.close();
    const QByteArray currentBytes = bytesOf(temp.path());
    const QByteArray currentKeyRing = bytesOf(KeyRing::pathFor(temp.path()));
    const QByteArray restoredBytes = bytesOf(restored);
    const QByteArray restoredKeyRing = bytesOf(KeyRing::pathFor(restored));

    const QString kept = must(Database::swapInRestored(temp.path(), restored, now));
    CHECK(kept == temp.path() + QStringLiteral(".kept-20261124-101530"));
    CHECK(bytesOf(temp.path()) == restoredBytes);
    CHECK(bytesOf(KeyRing::pathFor(temp.path())) == restoredKeyRing);
    CHECK(bytesOf(kept) == currentBytes);
    CHECK(bytesOf(KeyRing::pathFor(kept)) == currentKeyRing);
    CHECK_FALSE(QFileInfo::exists(restored));
    CHECK_FALSE(QFileInfo::exists(KeyRing::pathFor(restored)));
    {
        auto opened = must(Database::open(temp.path(), admin(), password()));
        CHECK(CustomerRepository(*opened).findById(later).error().code == ErrorCode::NotFound);
    }

    mustOk(Database::undoSwap(temp.path(), kept, restored));
    CHECK(bytesOf(temp.path()) == currentBytes);
    CHECK(bytesOf(KeyRing::pathFor(temp.path())) == currentKeyRing);
    CHECK(QFileInfo::exists(restored));
    CHECK_FALSE(QFileInfo::exists(kept));
    {
        auto opened = must(Database::open(temp.path(), admin(), password()));
        CHECK(must(CustomerRepository(*opened).findById(later)).name == QStringLiteral("After Backup"));
    }

    // Swap again and confirm: the kept copy is deleted, the restored one stays in place.
    const QByteArray restoredNow = bytesOf(restored);
    const QString keptAgain = must(Database::swapInRestored(temp.path(), restored, now));
    CHECK(keptAgain == kept);
    mustOk(Database::discardKept(keptAgain));
    CHECK_FALSE(QFileInfo::exists(keptAgain));
    CHECK_FALSE(QFileInfo::exists(KeyRing::pathFor(keptAgain)));
    CHECK(bytesOf(temp.path()) == restoredNow);
    CHECK(Database::discardKept(temp.path()).error().code == ErrorCode::Usage);
    temp.reopen();
}

TEST_CASE("A damaged database fails the quick check and opens read-only: reads work, writes are refused",
          "[privacy][integrity]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    DemoGenerator::Options options;
    options.customers = 300;
    must(DemoGenerator(temp.db(), clock).generate(options));
    CHECK(must(temp.db().quickCheck()).isEmpty());
    temp.close();

    const qint64 pageSize = 4096;
    const QByteArray original = bytesOf(temp.path());
    const qint64 pages = original.size() / pageSize;
    REQUIRE(pages > 20);
    const QString damaged = QDir(temp.dir()).filePath(QStringLiteral("damaged.caredesk"));
    std::unique_ptr<Database> db;
    QStringList problems;
    // Flip bytes in one page after another, from the back, until one opens (the damage must not be in what opening
    // reads) and the quick check finds it.
    for (qint64 page = pages - 2; page > pages / 2 && !db; --page) {
        QByteArray bytes = original;
        for (int i = 100; i < 140; ++i) {
            bytes[page * pageSize + i] = char(bytes.at(page * pageSize + i) ^ 0x5a);
        }
        Backup::removeDatabaseFiles(damaged);
        QFile::remove(KeyRing::pathFor(damaged));
        {
            QFile out(damaged);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        REQUIRE(QFile::copy(KeyRing::pathFor(temp.path()), KeyRing::pathFor(damaged)));
        auto opened = Database::open(damaged, admin(), password());
        if (!opened) {
            continue;
        }
        auto found = (*opened)->quickCheck();
        if (found && !found->isEmpty()) {
            problems = *found;
            db = std::move(opened).value();
        }
    }
    REQUIRE(db);
    CHECK_FALSE(problems.isEmpty());

    mustOk(db->setReadOnly(true));
    CHECK(db->isReadOnly());
    QSqlQuery read(db->connection());
    REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM staff")));
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() >= 1);
    const int minutes = db->autoLockMinutes();
    const Status refused = db->setAutoLockMinutes(minutes == 5 ? 6 : 5);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ReadOnly);
    CHECK(refused.error().message.contains(QStringLiteral("damaged")));
    CHECK(db->autoLockMinutes() == minutes);
    // An extra connection (a worker's) is read-only too.
    const QString extra = must(db->openExtraConnection(QStringLiteral("privacy-test-extra")));
    {
        QSqlQuery write(QSqlDatabase::database(extra));
        CHECK_FALSE(write.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('x.y', '1')")));
    }
    QSqlDatabase::removeDatabase(extra);
    mustOk(db->setReadOnly(false));
    CHECK_FALSE(db->isReadOnly());
    db.reset();
    temp.reopen();
}

TEST_CASE("Suspending on lock closes the connections and wipes the key, and only the right password resumes",
          "[privacy][lock]")
{
    TemporaryDatabase temp;
    const CustomerId id = addCustomer(temp.db(), QStringLiteral("王晓明"));
    const QString name = temp.db().connectionName();
    const QString extra = must(temp.db().openExtraConnection(QStringLiteral("privacy-lock-extra")));

    temp.db().suspend();
    CHECK(temp.db().isSuspended());
    CHECK_FALSE(temp.db().connection().isOpen());
    CHECK_FALSE(QSqlDatabase::database(extra, false).isOpen());
    {
        QSqlQuery q(temp.db().connection());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM customer")));
    }
    auto whileLocked = CustomerRepository(temp.db()).findById(id);
    CHECK_FALSE(whileLocked.ok());
    CHECK(temp.db().openExtraConnection(QStringLiteral("privacy-lock-new")).error().code == ErrorCode::Locked);
    CHECK(temp.db().quickCheck().error().code == ErrorCode::Locked);

    CHECK(temp.db().resume(QStringLiteral("Wrong-Password-1")).error().code == ErrorCode::AuthFailed);
    CHECK(temp.db().isSuspended());
    CHECK_FALSE(temp.db().connection().isOpen());

    mustOk(temp.db().resume(password()));
    CHECK_FALSE(temp.db().isSuspended());
    CHECK(temp.db().connectionName() == name);
    CHECK(must(CustomerRepository(temp.db()).findById(id)).name == QStringLiteral("王晓明"));
    {
        QSqlQuery q(QSqlDatabase::database(extra, false));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customer")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        // The per-connection settings came back too.
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    QSqlDatabase::removeDatabase(extra);
    addCustomer(temp.db(), QStringLiteral("李华"));
}

// Hidden (run with "[.privacy-scale]"): what the start-up quick check costs on a file of about 100 MB.
TEST_CASE("The quick check of a large database", "[.privacy-scale]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    DemoGenerator::Options options;
    options.customers = 60000;
    must(DemoGenerator(temp.db(), clock).generate(options));
    QSqlQuery(temp.db().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QElapsedTimer timer;
    timer.start();
    CHECK(must(temp.db().quickCheck()).isEmpty());
    WARN("quick_check of " << QFileInfo(temp.path()).size() / (1024 * 1024) << " MiB took " << timer.elapsed()
                           << " ms");
}

TEST_CASE("Closing stops the start-up check instead of waiting for it, and leaves no connection behind",
          "[storage][check]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    QList<Customer> batch;
    for (int i = 0; i < 20000; ++i) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(i);
        c.phone = QStringLiteral("139%1").arg(10000000 + i);
        batch << c;
    }
    mustOk(CustomerRepository(temp.db(), clock).addBulk(batch));
    CHECK(must(temp.db().quickCheck()).isEmpty());
    const auto checkConnections = [] {
        int open = 0;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            open += name.startsWith(QStringLiteral("caredesk-check-")) ? 1 : 0;
        }
        return open;
    };
    CHECK(checkConnections() == 0);

    // Stopped while it runs on another thread (as the window's close does): it comes back as an error, not as a
    // clean bill of health, and its connection is gone.
    Result<QStringList> running = QStringList();
    std::atomic<bool> done{false};
    std::thread worker([&] {
        running = temp.db().quickCheck();
        done = true;
    });
    while (checkConnections() == 0 && !done) {
        QThread::usleep(200);
    }
    temp.db().stopQuickCheck();
    worker.join();
    REQUIRE_FALSE(running.ok());
    CHECK(running.error().message.contains(QStringLiteral("stopped")));
    CHECK(checkConnections() == 0);

    // And a check that starts after the stop does not read the file at all.
    const Result<QStringList> later = temp.db().quickCheck();
    REQUIRE_FALSE(later.ok());
    CHECK(checkConnections() == 0);
}

TEST_CASE("Closing interrupts the background jobs' statements, rolls back what they began and refuses new ones",
          "[storage][check]")
{
    TemporaryDatabase temp;
    const QString name = QStringLiteral("caredesk-test-background-job");
    std::atomic<bool> running{false};
    std::atomic<bool> ended{false};
    QString failure;
    bool began = false;
    std::thread worker([&] {
        const auto end = qScopeGuard([&] { ended = true; });
        auto opened = temp.db().openExtraConnection(name);
        if (!opened) {
            failure = opened.error().message;
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery q(db);
            began = q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                    q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('background-job', 'half-way')")) &&
                    q.exec(QStringLiteral("CREATE TEMP TABLE counted(i INTEGER)"));
            running = true;
            // A statement that never ends unless it is interrupted, inside the write transaction.
            if (q.exec(QStringLiteral("INSERT INTO counted WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n) SELECT i FROM n"))) {
                failure = QStringLiteral("the endless statement ended by itself");
            } else {
                failure = q.lastError().databaseText();
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    while (!running && !ended) {
        QThread::usleep(200);
    }
    QThread::msleep(50); // well into the endless statement
    temp.db().stopBackgroundWork();
    worker.join();
    CHECK(began);
    CHECK(failure.contains(QStringLiteral("interrupt")));

    // What the job had begun is gone, and the main connection can write again.
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'background-job'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    CHECK(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('after-close', '1')")));

    // A job that starts after the stop gets no connection.
    const Result<QString> later = temp.db().openExtraConnection(QStringLiteral("caredesk-test-later-job"));
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().message.contains(QStringLiteral("closing")));
    CHECK_FALSE(QSqlDatabase::contains(QStringLiteral("caredesk-test-later-job")));
}
