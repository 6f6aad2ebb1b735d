// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace caredesk::cli {

class CliContext;

/**
 * `caredesk-cli report monthly --db FILE --user NAME --month YYYY-MM --out FILE.pdf [--force]`: the monthly
 * management report as a PDF (the same as Dashboards → Monthly report in the program). Manager or administrator.
 * Refuses an existing --out unless --force; the file is written under a temporary name beside it and renamed when
 * complete, so it is never half-written. Figures only, no customer names.
 *
 * Unlike the other commands this one renders charts, so it needs caredesk_ui and a QApplication (on the offscreen
 * platform: see main.cpp).
 */
int reportMonthly(CliContext &ctx, const QStringList &args);

} // namespace caredesk::cli
