// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/** `caredesk-cli backup --db FILE --user NAME --out BACKUP`: one encrypted backup file (password on stdin). */
int cmdBackup(CliContext &ctx, const QStringList &args);

/**
 * `caredesk-cli restore --backup BACKUP --db FILE --user NAME`: restores into FILE (and its keyring), which must not
 * exist; the restore is verified with that user's password (on stdin).
 */
int cmdRestore(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
