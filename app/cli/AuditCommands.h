// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/**
 * `caredesk-cli audit verify --db FILE --user NAME`: checks the whole audit chain against its HMACs and the keyring
 * head (administrator or manager). Exit 0 and "intact: …" on stdout when whole; 1 with where and what is wrong on
 * stderr otherwise.
 * `caredesk-cli audit list --db FILE --user NAME [--from DATE] [--to DATE] [--action A] [--entity E] [--by USER]
 * [--limit N] [--format text|csv]`: the newest entries first (administrator only).
 */
int cmdAudit(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
