// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace caredesk::cli {

class CliContext;

/**
 * `caredesk-cli report complaints --db FILE --user NAME --from DATE --to DATE --format json|csv`: complaints
 * received in the period by category and severity, the share within SLA for first response and resolution, the
 * median and P90 resolution time in business hours and the reopen rate. Figures only, no personal data.
 */
int reportComplaints(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
