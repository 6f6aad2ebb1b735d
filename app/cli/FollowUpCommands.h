// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/**
 * `caredesk-cli followups due --db FILE --user NAME [--date DATE] [--all] [--format text|json|csv]`: runs the
 * follow-up rule sweep, then lists the open follow-ups due on or before DATE (default today) of the signed-in user,
 * or of every assignee with --all (supervisor roles only). Phones are masked.
 */
int cmdFollowUps(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
