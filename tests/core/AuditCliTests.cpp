// SPDX-License-Identifier: GPL-3.0-or-later
// `caredesk-cli audit verify|list` as a script uses it: exit codes and where the chain is broken, in words.
#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/core/CliRunner.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace caredesk;
using namespace caredesk::core;
using caredesk::test::CliRun;
using caredesk::test::runCli;

namespace {

const QString password = QStringLiteral("Front-Desk-2026!");

QStringList verifyArgs(const QString &db, const QString &user = QStringLiteral("admin"))
{
    return {
        QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), user};
}

} // namespace

TEST_CASE("caredesk-cli audit verify exits 0 on an intact chain and 1 saying which entry is wrong", "[audit][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("site.db"));
    CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--site"), QStringLiteral("仁和药房")},
                     {password, password});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    {
        auto opened = Database::open(db, QStringLiteral("admin"), password);
        REQUIRE(opened.ok());
        AuditLog audit(**opened);
        for (int i = 1; i <= 5; ++i) {
            REQUIRE(audit.record(QStringLiteral("test.entry"), QStringLiteral("customer:%1").arg(i)).ok());
        }
        REQUIRE((*opened)->addUser(QStringLiteral("sunli"), Role::Reception, password, KdfParams::fastForTests()));
    }

    run = runCli(verifyArgs(db), {password});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("intact")));

    run = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                  QStringLiteral("admin"), QStringLiteral("--action"), QStringLiteral("test."),
                  QStringLiteral("--format"), QStringLiteral("csv")},
                 {password});
    CHECK(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("test.entry")) == 5);
    CHECK(run.out.startsWith(QStringLiteral("seq,at,user,action")));

    // A reception account may neither verify nor list: exit 2.
    run = runCli(verifyArgs(db, QStringLiteral("sunli")), {password});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("administrator or a manager")));
    run = runCli({QStringLiteral("audit"), QStringLiteral("bogus")});
    CHECK(run.exitCode == 4);

    qint64 edited = 0;
    {
        auto opened = Database::open(db, QStringLiteral("admin"), password);
        REQUIRE(opened.ok());
        QSqlQuery q((*opened)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT seq FROM audit_event WHERE action = 'test.entry' AND subject = "
                                      "'customer:3'")));
        REQUIRE(q.next());
        edited = q.value(0).toLongLong();
        q.finish();
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_event SET subject = 'customer:4' WHERE seq = %1").arg(edited)));
    }
    run = runCli(verifyArgs(db), {password});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("caredesk-cli: ")));
    CHECK(run.err.contains(QStringLiteral("entry %1 was changed").arg(edited)));
    CHECK(run.out.isEmpty());
}
