// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace caredesk::cli {

/** Runs `caredesk-cli` with @p arguments (argv without the program name); returns the process exit code. */
int runCli(const QStringList &arguments);

} // namespace caredesk::cli
