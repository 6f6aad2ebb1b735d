// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace caredesk::test {

/** What one run of caredesk-cli gave back. */
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs the built caredesk-cli with @p args, typing @p stdinLines (passwords) on its standard input. */
CliRun runCli(const QStringList &args, const QStringList &stdinLines = {});

} // namespace caredesk::test
