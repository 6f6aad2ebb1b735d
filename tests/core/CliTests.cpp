// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real caredesk-cli binary the way a script would: arguments, secrets on stdin, exit codes.
#include "core/storage/Database.h"
#include "tests/core/CliRunner.h"
#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace caredesk;
using caredesk::test::CliRun;
using caredesk::test::runCli;

namespace {

const QString password = QStringLiteral("Front-Desk-2026!");

/** A database made with `caredesk-cli init`; returns its recovery key. */
QString initDatabase(const QString &db)
{
    const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("--site"), QStringLiteral("仁和药房"),
                            QStringLiteral("--profile"), QStringLiteral("pharmacy")},
                           {password, password});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    static const QRegularExpression pattern(QStringLiteral("Recovery key: ((?:[A-Z2-7]{4}-){13}[A-Z2-7]{4})"));
    const auto match = pattern.match(run.out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE("caredesk-cli init, verify and exit codes", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("site.db"));
    const QString recoveryKey = initDatabase(db);
    CHECK_FALSE(recoveryKey.isEmpty());

    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                             QStringLiteral("admin")};
    CliRun run = runCli(verify, {password});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("ok"));

    run = runCli(verify, {QStringLiteral("not-the-password")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QStringLiteral("caredesk-cli: ")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0); // one line on stderr

    run = runCli({QStringLiteral("verify"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                  QStringLiteral("--user"), QStringLiteral("admin")},
                 {password});
    CHECK(run.exitCode == 3);

    run = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db}, {password});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("--user")));

    run = runCli({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 4);

    run =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")},
               {password, password});
    CHECK(run.exitCode == 4); // exists already
    run = runCli({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("b.db")),
                  QStringLiteral("--user"), QStringLiteral("admin")},
                 {password, QStringLiteral("something-else-1")});
    CHECK(run.exitCode == 4); // confirmation differs
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("b.db"))));

    SECTION("locked by another process")
    {
        auto held = core::Database::open(db, QStringLiteral("admin"), password);
        REQUIRE(held.ok());
        run = runCli(verify, {password});
        CHECK(run.exitCode == 5);
    }
    SECTION("users: add-user then sign in as the new user")
    {
        run = runCli({QStringLiteral("add-user"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--new-user"), QStringLiteral("wang.fang"),
                      QStringLiteral("--role"), QStringLiteral("pharmacist")},
                     {password, QStringLiteral("Counter-Staff-55"), QStringLiteral("Counter-Staff-55")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        run = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                      QStringLiteral("wang.fang")},
                     {QStringLiteral("Counter-Staff-55")});
        CHECK(run.exitCode == 0);
        run = runCli(
            {QStringLiteral("add-user"), QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("wang.fang"), QStringLiteral("--new-user"), QStringLiteral("x.y"), QStringLiteral("--role"),
             QStringLiteral("admin")},
            {QStringLiteral("Counter-Staff-55"), QStringLiteral("Another-Pass-77"), QStringLiteral("Another-Pass-77")});
        CHECK(run.exitCode == 2); // a pharmacist may not add accounts
    }
    SECTION("recover with the recovery key")
    {
        run = runCli({QStringLiteral("recover"), QStringLiteral("--db"), db, QStringLiteral("--new-user"),
                      QStringLiteral("rescue")},
                     {recoveryKey, QStringLiteral("Spare-Keeper-99"), QStringLiteral("Spare-Keeper-99")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        run = runCli(
            {QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rescue")},
            {QStringLiteral("Spare-Keeper-99")});
        CHECK(run.exitCode == 0);
    }
}

TEST_CASE("The recovery key opens the file in Debian's sqlcipher shell", "[cli][recovery]")
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    REQUIRE_FALSE(shell.isEmpty()); // installed by the README's commands
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("site.db"));
    const QString recoveryKey = initDatabase(db);

    const CliRun pragma = runCli({QStringLiteral("recovery-pragma")}, {recoveryKey});
    REQUIRE(pragma.exitCode == 0);
    CHECK(pragma.out.contains(QStringLiteral("PRAGMA key = \"x'")));

    QProcess sqlcipher;
    sqlcipher.start(shell, {db});
    REQUIRE(sqlcipher.waitForStarted());
    sqlcipher.write(pragma.out.toUtf8());
    sqlcipher.write("SELECT value FROM meta WHERE key = 'site_name';\n.quit\n");
    sqlcipher.closeWriteChannel();
    REQUIRE(sqlcipher.waitForFinished(30000));
    CHECK(QString::fromUtf8(sqlcipher.readAllStandardOutput()).trimmed() == QStringLiteral("仁和药房"));

    const CliRun bad = runCli({QStringLiteral("recovery-pragma")}, {QStringLiteral("AAAA-BBBB")});
    CHECK(bad.exitCode == 4);
}
