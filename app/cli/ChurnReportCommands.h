// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace caredesk::cli {

class CliContext;

/**
 * `caredesk-cli report churn --db FILE --user NAME [--top N] [--band none|low|medium|high|lapsed]
 * --format json|csv`: rebuilds the churn snapshot when it is stale (progress on stderr), then lists the at-risk
 * customers (by default the early-warning bands low, medium and high), highest score first, with band, score and
 * reasons in words. The list holds names and member numbers because the user asked for it: each listing is
 * recorded in the audit trail as "report.churn" with the count, never a name. ServiceOfficer, Manager or
 * Administrator only.
 */
int reportChurn(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
