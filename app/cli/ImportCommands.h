// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/**
 * `caredesk-cli import customers --db FILE --user NAME --csv FILE [--dry-run]`: all or nothing; every problem is
 * printed with its line number and then nothing is written (exit 4). Password on stdin.
 */
int cmdImport(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
