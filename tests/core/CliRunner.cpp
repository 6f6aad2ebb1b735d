// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/CliRunner.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace caredesk::test {

CliRun runCli(const QStringList &args, const QStringList &stdinLines)
{
    QProcess process;
    process.setProgram(QStringLiteral(CAREDESK_CLI_PATH));
    process.setArguments(args);
    process.start();
    REQUIRE(process.waitForStarted());
    for (const QString &line : stdinLines) {
        process.write(line.toUtf8() + '\n');
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace caredesk::test
