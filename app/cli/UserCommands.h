// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace caredesk::cli {

/**
 * `caredesk-cli user add|disable|enable|remove|reset-password|list --db FILE --user ADMIN [--name NAME]
 * [--role ROLE]`: staff administration. The administrator's password comes first on stdin; add, enable and
 * reset-password then read the new password twice. enable = a new password for a disabled account.
 */
int cmdUser(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
