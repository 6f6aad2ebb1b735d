// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace caredesk::cli {

class CliContext;

/**
 * `caredesk-cli report satisfaction --db FILE --user NAME --from DATE --to DATE [--department D] [--staff S]
 * --format json|csv`: the responses of the period with NPS (and its 95% interval), CSAT and each dimension's score.
 */
int cmdReport(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
