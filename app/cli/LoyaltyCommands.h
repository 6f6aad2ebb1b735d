// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/**
 * `caredesk-cli loyalty statement --db FILE --user NAME --customer ID [--from DATE] [--to DATE]
 * [--format text|json|csv]`: a member's points statement (default: the twelve months up to today, as text).
 */
int cmdLoyalty(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
