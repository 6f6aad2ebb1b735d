// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during a long write loop loses no acknowledged commit: a child process registers customers one by one and
// is killed with SIGKILL at a different point in each of several runs; after every kill the database must open,
// hold every customer whose add() had returned, pass the integrity and foreign-key checks, find each one through
// the search index, and keep an intact audit chain with a "customer.create" entry for each.
#include "core/audit/AuditVerifier.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;

namespace {

/** Runs the writer until @p killAfter acknowledgements (or its end), then SIGKILLs it; returns id -> counter. */
QMap<CustomerId, int> runAndKill(const QString &dbPath, int first, int count, int killAfter)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(CAREDESK_CRASH_WRITER_PATH));
    writer.setArguments({dbPath, QString::fromLatin1(test::TemporaryDatabase::adminUser),
                         QString::fromLatin1(test::TemporaryDatabase::password), QString::number(first),
                         QString::number(count)});
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start();
    REQUIRE(writer.waitForStarted());
    QMap<CustomerId, int> acked;
    QByteArray pending;
    const auto takeLines = [&] {
        pending += writer.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = pending.left(end).split(' ');
            pending.remove(0, end + 1);
            if (parts.size() == 3 && parts.at(0) == "ack") {
                acked.insert(parts.at(1).toLongLong(), parts.at(2).toInt());
            }
        }
    };
    while (acked.size() < killAfter && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(200);
        takeLines();
    }
    writer.kill(); // SIGKILL: no destructor, no flush, no unlock
    writer.waitForFinished(30000);
    takeLines(); // acknowledgements already in the pipe count too
    INFO(QString::fromUtf8(writer.readAllStandardError()).toStdString());
    REQUIRE(!acked.isEmpty());
    return acked;
}

} // namespace

TEST_CASE("kill -9 during a long write loop loses no acknowledged commit", "[crash][storage][audit]")
{
    test::TemporaryDatabase temp;
    const QString path = temp.path();
    temp.close();

    QMap<CustomerId, int> allAcked;
    // Kill points spread over the runs: early (during the first writes after open), and later in the loop.
    const QList<int> killAfter = {1, 7, 23, 4, 41, 12};
    for (int run = 0; run < killAfter.size(); ++run) {
        INFO("run " << run << ", killed after " << killAfter.at(run) << " acknowledged adds");
        const auto acked = runAndKill(path, run * 1000, 400, killAfter.at(run));
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            allAcked.insert(it.key(), it.value());
        }

        auto opened = Database::open(path, QString::fromLatin1(test::TemporaryDatabase::adminUser),
                                     QString::fromLatin1(test::TemporaryDatabase::password));
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        Database &db = **opened;
        CHECK(db.auditWarning().isEmpty());
        auto checked = db.quickCheck();
        REQUIRE(checked.ok());
        CHECK(checked->isEmpty());
        auto verified = db.verifyAudit();
        REQUIRE(verified.ok());
        INFO(verified->message.toStdString());
        CHECK(verified->intact());

        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());

        CustomerRepository repo(db);
        for (auto it = allAcked.cbegin(); it != allAcked.cend(); ++it) {
            auto found = repo.findById(it.key());
            INFO("acknowledged customer " << it.key() << " (counter " << it.value() << ")");
            REQUIRE(found.ok());
            CHECK(found->notes == QStringLiteral("crash run %1").arg(it.value()));
            q.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'customer.create' AND "
                                     "entity = 'customer' AND entity_id = ?"));
            q.addBindValue(QString::number(it.key()));
            REQUIRE(q.exec());
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 1);
        }
        // The search index is in step with the rows: the last four digits of the newest acknowledged phone find it.
        const auto newest = std::prev(acked.cend());
        auto hits = repo.search(QStringLiteral("%1").arg(newest.value() % 10000, 4, 10, QLatin1Char('0')));
        REQUIRE(hits.ok());
        bool listed = false;
        for (const SearchHit &hit : hits->hits) {
            listed = listed || hit.customer.id == newest.key();
        }
        CHECK(listed);
    }
}
