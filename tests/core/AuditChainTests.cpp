// SPDX-License-Identifier: GPL-3.0-or-later
// The tamper-evident audit trail: chained HMACs, the keyring head, and what is found when someone edits, deletes,
// cuts off or rolls back entries.
#include "core/audit/AuditChanges.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerifier.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
const QString adminUser = QString::fromLatin1(TemporaryDatabase::adminUser);
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

/** Appends @p n entries "test.entry" with subjects customer:1..n. */
void appendEntries(Database &db, const Clock &clock, int n, int firstId = 1)
{
    AuditLog audit(db, clock);
    for (int i = 0; i < n; ++i) {
        mustOk(audit.record(QStringLiteral("test.entry"), QStringLiteral("customer:%1").arg(firstId + i),
                            QStringLiteral("n=%1").arg(i)));
    }
}

void rawExec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

qint64 maxSeq(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_event")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("Audit entries form a dense chain that verifies as intact", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    const qint64 before = maxSeq(temp.db()); // the sign-in may already have written entries
    appendEntries(temp.db(), clock, 5);
    AuditLog audit(temp.db(), clock);
    AuditEntry change;
    change.action = QStringLiteral("customer.update");
    change.entity = QStringLiteral("customer");
    change.entityId = QStringLiteral("7");
    change.changes.value(QStringLiteral("tier"), QStringLiteral("silver"), QStringLiteral("gold"))
        .identifying(QStringLiteral("phone"), QStringLiteral("13800138000"), QStringLiteral("13900139000"))
        .value(QStringLiteral("tags"), QStringLiteral("a"), QStringLiteral("a"));
    mustOk(audit.record(change));

    const QList<AuditEvent> events = must(audit.recent({}, 100));
    REQUIRE(events.size() == before + 6);
    CHECK(events.first().seq == before + 6);
    CHECK(events.first().subject == QStringLiteral("customer:7"));
    const QJsonObject changes = QJsonDocument::fromJson(events.first().changes.toUtf8()).object();
    CHECK(changes.value(QStringLiteral("phone")).toString() == QStringLiteral("changed"));
    CHECK(changes.value(QStringLiteral("tier")).toVariant().toStringList() ==
          QStringList({QStringLiteral("silver"), QStringLiteral("gold")}));
    CHECK_FALSE(changes.contains(QStringLiteral("tags")));                   // unchanged fields are left out
    CHECK_FALSE(events.first().changes.contains(QStringLiteral("1390013"))); // never the phone itself
    // The old three-argument form fills entity and id from "kind:id".
    CHECK(events.at(1).entity == QStringLiteral("customer"));
    CHECK(events.at(1).entityId == QStringLiteral("5"));
    for (qsizetype i = 0; i < events.size(); ++i) {
        CHECK(events.at(i).seq == events.size() - i);
    }

    const AuditVerification result = must(temp.db().verifyAudit());
    CHECK(result.intact());
    CHECK(result.entries == before + 6);
    CHECK(result.lastSeq == before + 6);
    CHECK(result.message.contains(QStringLiteral("intact")));
    CHECK(temp.db().auditWarning().isEmpty());
}

TEST_CASE("An audit entry edited in the file is found, with its number", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    appendEntries(temp.db(), clock, 6);
    const qint64 target = maxSeq(temp.db()) - 3;
    rawExec(temp.db(), QStringLiteral("UPDATE audit_event SET detail = 'n=99' WHERE seq = %1").arg(target));

    const AuditVerification result = must(temp.db().verifyAudit());
    CHECK(result.problem == AuditProblem::Edited);
    CHECK(result.badSeq == target);
    CHECK(result.message.contains(QStringLiteral("entry %1 was changed").arg(target)));
    CHECK(temp.db().auditWarning() == result.message);

    SECTION("a changed time counts too, even one that means the same moment")
    {
        rawExec(temp.db(), QStringLiteral("UPDATE audit_event SET detail = 'n=2' WHERE seq = %1").arg(target));
        CHECK(must(temp.db().verifyAudit()).intact()); // put back exactly: intact again
        rawExec(temp.db(),
                QStringLiteral("UPDATE audit_event SET at = replace(at, '.000Z', 'Z') WHERE seq = %1").arg(target + 1));
        const AuditVerification retimed = must(temp.db().verifyAudit());
        CHECK(retimed.problem == AuditProblem::Edited);
        CHECK(retimed.badSeq == target + 1);
    }
}

TEST_CASE("A deleted audit entry in the middle is found", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    appendEntries(temp.db(), clock, 6);
    const qint64 target = maxSeq(temp.db()) - 2;
    rawExec(temp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq = %1").arg(target));

    AuditVerification result = must(temp.db().verifyAudit());
    CHECK(result.problem == AuditProblem::Missing);
    CHECK(result.badSeq == target);
    CHECK(result.message.contains(QStringLiteral("entry %1 is missing").arg(target)));

    SECTION("renumbering the rest to close the gap does not hide it")
    {
        rawExec(temp.db(), QStringLiteral("UPDATE audit_event SET seq = seq - 1 WHERE seq > %1").arg(target));
        result = must(temp.db().verifyAudit());
        CHECK_FALSE(result.intact());
        CHECK(result.badSeq == target);
    }
}

TEST_CASE("Cutting off the newest audit entries is found against the keyring head", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    appendEntries(temp.db(), clock, 6);
    mustOk(temp.db().flushAuditHead());
    const qint64 head = maxSeq(temp.db());
    CHECK(temp.db().keyRing().auditSequence() == head);
    CHECK(must(KeyRing::load(KeyRing::pathFor(temp.path()))).auditSequence() == head);

    rawExec(temp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq > %1").arg(head - 2));
    const AuditVerification result = must(temp.db().verifyAudit());
    CHECK(result.problem == AuditProblem::Truncated);
    CHECK(result.lastSeq == head - 2);
    CHECK(result.message.contains(QStringLiteral("ends at entry %1").arg(head - 2)));
    CHECK(result.message.contains(QStringLiteral("recorded entry %1").arg(head)));

    // Closing must not move the head back over the evidence, and the next unlock says so.
    temp.close();
    CHECK(must(KeyRing::load(KeyRing::pathFor(temp.path()))).auditSequence() == head);
    temp.reopen();
    CHECK_FALSE(temp.db().auditWarning().isEmpty());
    CHECK(temp.db().auditWarning().contains(QStringLiteral("older copy")));
}

TEST_CASE("An older copy of the database file put back in place is found at unlock and by verify", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    appendEntries(temp.db(), clock, 3);
    temp.close(); // checkpoints the WAL into the file and saves the head
    const QString oldCopy = temp.path() + QStringLiteral(".old");
    const QString oldKeyRing = oldCopy + QStringLiteral(".keyring");
    copyFile(temp.path(), oldCopy);
    copyFile(KeyRing::pathFor(temp.path()), oldKeyRing);

    temp.reopen();
    CHECK(temp.db().auditWarning().isEmpty());
    appendEntries(temp.db(), clock, 4, 100);
    const qint64 newest = maxSeq(temp.db());
    temp.close();
    CHECK(must(KeyRing::load(KeyRing::pathFor(temp.path()))).auditSequence() == newest);

    SECTION("the old file with the current keyring: the chain is behind the head")
    {
        copyFile(oldCopy, temp.path());
        temp.reopen();
        const QString warning = temp.db().auditWarning();
        CHECK(warning.contains(QStringLiteral("older copy of the database was put back")));
        const AuditVerification result = must(temp.db().verifyAudit());
        CHECK(result.problem == AuditProblem::Truncated);
        CHECK(result.badSeq == result.lastSeq + 1);
        // Working on in the old copy does not wash the evidence out of the keyring.
        appendEntries(temp.db(), clock, 10, 200);
        temp.close();
        CHECK(must(KeyRing::load(KeyRing::pathFor(temp.path()))).auditSequence() == newest);
    }
    SECTION("an old copy that was worked on elsewhere: the entry at the head differs")
    {
        // The copy goes on a life of its own (with its own keyring), writing more entries than the original.
        {
            auto copy = must(Database::open(oldCopy, adminUser, adminPassword));
            appendEntries(*copy, clock, 8, 300);
        }
        copyFile(oldCopy, temp.path());
        temp.reopen();
        CHECK(temp.db().auditWarning().contains(QStringLiteral("older or another copy")));
        const AuditVerification result = must(temp.db().verifyAudit());
        CHECK(result.problem == AuditProblem::Diverged);
        CHECK(result.badSeq == newest);
    }
}

TEST_CASE("An administrator acknowledges an audit warning with a reason and the trail is watched from there",
          "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    appendEntries(temp.db(), clock, 3);
    CHECK(temp.db().acknowledgeAuditWarning(QStringLiteral("nothing wrong")).error().code == ErrorCode::Validation);
    temp.close();
    const QString oldCopy = temp.path() + QStringLiteral(".old");
    copyFile(temp.path(), oldCopy);
    temp.reopen();
    appendEntries(temp.db(), clock, 4, 100);
    temp.close();
    copyFile(oldCopy, temp.path()); // an older copy put back, on purpose this time
    temp.reopen();
    REQUIRE_FALSE(temp.db().auditWarning().isEmpty());

    REQUIRE(temp.db().addUser(QStringLiteral("zhaomin"), Role::Manager, QStringLiteral("Manager-Desk-2026"),
                              KdfParams::fastForTests()));
    temp.close();
    {
        auto manager = must(Database::open(temp.path(), QStringLiteral("zhaomin"), QStringLiteral("Manager-Desk-2026")));
        REQUIRE_FALSE(manager->auditWarning().isEmpty());
        CHECK(manager->acknowledgeAuditWarning(QStringLiteral("restored after disk failure")).error().code ==
              ErrorCode::PermissionDenied);
    }
    temp.reopen();
    REQUIRE_FALSE(temp.db().auditWarning().isEmpty());
    CHECK(temp.db().acknowledgeAuditWarning(QStringLiteral("ok")).error().code == ErrorCode::Validation);
    REQUIRE(temp.db().acknowledgeAuditWarning(QStringLiteral("Restored the copy of 1 Dec after a disk failure")));
    CHECK(temp.db().auditWarning().isEmpty());
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM audit_event WHERE action = 'audit.acknowledge'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("disk failure")));
    q.finish();
    const AuditVerification result = must(temp.db().verifyAudit());
    CHECK(result.intact());
    temp.close();
    temp.reopen();
    CHECK(temp.db().auditWarning().isEmpty());
    // New entries go on from the new head without a warning.
    appendEntries(temp.db(), clock, 2, 400);
    temp.close();
    temp.reopen();
    CHECK(temp.db().auditWarning().isEmpty());
}

TEST_CASE("An audit entry rolls back with the write it belongs to and the chain stays dense", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    AuditLog audit(temp.db(), clock);
    const qint64 start = maxSeq(temp.db());
    QSqlDatabase db = temp.db().connection();
    REQUIRE(db.transaction());
    mustOk(audit.record(QStringLiteral("test.rolled_back"), QStringLiteral("customer:1")));
    mustOk(audit.record(QStringLiteral("test.rolled_back"), QStringLiteral("customer:2")));
    CHECK(maxSeq(temp.db()) == start + 2);
    REQUIRE(db.rollback());
    CHECK(maxSeq(temp.db()) == start);

    mustOk(audit.record(QStringLiteral("test.kept"), QStringLiteral("customer:3")));
    CHECK(maxSeq(temp.db()) == start + 1);
    CHECK(must(audit.recent(QStringLiteral("test.rolled_back"))).isEmpty());
    CHECK(must(temp.db().verifyAudit()).intact());
}

TEST_CASE("AuditLog over an extra connection signs with the same key", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    const QString name = must(temp.db().openExtraConnection(QStringLiteral("audit-worker")));
    {
        AuditLog worker(name, adminUser, clock);
        mustOk(worker.record(QStringLiteral("test.worker"), QStringLiteral("visit:9"), QStringLiteral("count=3")));
    }
    QSqlDatabase::removeDatabase(name);
    const AuditVerification result = must(temp.db().verifyAudit());
    CHECK(result.intact());
    const QList<AuditEvent> events = must(AuditLog(temp.db(), clock).recent(QStringLiteral("test.worker")));
    REQUIRE(events.size() == 1);
    CHECK(events.first().entity == QStringLiteral("visit"));

    // A connection CareDesk did not open has no key and cannot write entries.
    AuditLog stranger(QStringLiteral("no-such-connection"), adminUser, clock);
    const Status refused = stranger.record(QStringLiteral("test.forged"), QString());
    CHECK_FALSE(refused.ok());
}

TEST_CASE("Only administrators read the whole audit trail and only they or managers verify it", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    appendEntries(temp.db(), clock, 2);
    const QString password = QStringLiteral("Desk-Password-2026");
    mustOk(temp.db().addUser(QStringLiteral("sunli"), Role::Reception, password, KdfParams::fastForTests()));
    mustOk(temp.db().addUser(QStringLiteral("zhaomin"), Role::Manager, password, KdfParams::fastForTests()));
    temp.close();
    {
        auto reception = must(Database::open(temp.path(), QStringLiteral("sunli"), password));
        AuditLog audit(*reception, clock);
        CHECK(audit.page({}).error().code == ErrorCode::PermissionDenied);
        CHECK(audit.count({}).error().code == ErrorCode::PermissionDenied);
        CHECK(audit.userNames().error().code == ErrorCode::PermissionDenied);
        QTemporaryDir dir;
        CHECK(audit.exportCsv({}, dir.filePath(QStringLiteral("a.csv"))).error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
        CHECK(reception->verifyAudit().error().code == ErrorCode::PermissionDenied);
        // recent() shows a non-administrator only their own entries.
        for (const AuditEvent &event : must(audit.recent({}, 1000))) {
            CHECK(event.userName == QStringLiteral("sunli"));
        }
    }
    {
        auto manager = must(Database::open(temp.path(), QStringLiteral("zhaomin"), password));
        CHECK(must(manager->verifyAudit()).intact());
        CHECK(AuditLog(*manager, clock).page({}).error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("The audit trail pages newest first by filter and exports a safe CSV that is itself audited", "[audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    AuditLog audit(temp.db(), clock);
    for (int i = 0; i < 25; ++i) {
        FixedClock at(fixedNow.addSecs(60 * i));
        AuditLog timed(temp.db(), at);
        mustOk(timed.record(i % 2 == 0 ? QStringLiteral("customer.update") : QStringLiteral("visit.add"),
                            i % 2 == 0 ? QStringLiteral("customer:%1").arg(i) : QStringLiteral("visit:%1").arg(i),
                            i == 4 ? QStringLiteral("=HYPERLINK(\"x\")") : QString()));
    }
    AuditFilter customers;
    customers.entity = QStringLiteral("customer");
    CHECK(must(audit.count(customers)) == 13);
    const QList<AuditEvent> first = must(audit.page(customers, 0, 5));
    REQUIRE(first.size() == 5);
    const QList<AuditEvent> second = must(audit.page(customers, first.last().seq, 5));
    REQUIRE(second.size() == 5);
    CHECK(second.first().seq < first.last().seq);
    for (const AuditEvent &event : first + second) {
        CHECK(event.entity == QStringLiteral("customer"));
    }
    AuditFilter prefix;
    prefix.action = QStringLiteral("visit.");
    CHECK(must(audit.count(prefix)) == 12);
    AuditFilter period;
    period.from = fixedNow.addSecs(60 * 10);
    period.to = fixedNow.addSecs(60 * 15);
    CHECK(must(audit.count(period)) == 5);
    CHECK(must(audit.actions()).contains(QStringLiteral("visit.add")));
    CHECK(must(audit.userNames()).contains(adminUser));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    CHECK(must(audit.exportCsv(customers, path)) == 13);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\"")); // defused and quoted
    CHECK(bytes.count("\r\n") == 14);
    const QList<AuditEvent> exported = must(audit.recent(QStringLiteral("audit.export")));
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().detail == QStringLiteral("rows=13"));
    CHECK(must(temp.db().verifyAudit()).intact());
}

TEST_CASE("Appending an audit entry costs well under a millisecond", "[audit][.perf]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    AuditLog audit(temp.db(), clock);
    constexpr int n = 2000;
    QSqlDatabase db = temp.db().connection();
    REQUIRE(db.transaction());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        mustOk(audit.record(QStringLiteral("customer.view"), QStringLiteral("customer:%1").arg(i)));
    }
    const qint64 inTransactionNs = timer.nsecsElapsed();
    REQUIRE(db.commit());
    WARN("one append inside a transaction: " << inTransactionNs / n / 1000.0 << " us");
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        mustOk(audit.record(QStringLiteral("customer.view"), QStringLiteral("customer:%1").arg(i)));
    }
    WARN("one append with its own commit: " << timer.nsecsElapsed() / 200 / 1000.0 << " us");
    timer.restart();
    const AuditVerification result = must(temp.db().verifyAudit());
    WARN("full verify of " << result.entries << " entries: " << timer.elapsed() << " ms");
    CHECK(result.intact());
}
