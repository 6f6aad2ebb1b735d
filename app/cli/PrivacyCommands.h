// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/**
 * `caredesk-cli privacy export --db FILE --user NAME --customer ID --out FILE.json`: everything about one customer
 * as JSON (audited "privacy.export"). `caredesk-cli privacy anonymise --db FILE --user NAME --customer ID
 * --confirm MEMBER_NUMBER [--reason TEXT]`: irreversible, so the customer's current member number must be given.
 * Administrators and managers; password on stdin.
 */
int cmdPrivacy(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
