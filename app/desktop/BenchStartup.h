// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace caredesk::core {
class Database;
}

namespace caredesk::app {

/**
 * The benchmark suite's way to time the desktop app (caredesk-bench, BM_AppStartup). Only when the environment has
 * CAREDESK_BENCH_STARTUP=1: the user name and password are read from standard input (two lines, as caredesk-cli
 * reads secrets) instead of the unlock dialog, so the password is still needed; once the main window shows the
 * customer list's first page the app prints "ready <ms since start>", pages the list to its end (fetchMore, as
 * scrolling does), prints "rows <n>", "scrolled <ms>" and "peak_mb <VmHWM>" and quits. The unlock's own peak (the
 * KDF's memory) is printed as "unlock_peak_mb" right after it, and the peak is reset then, so peak_mb is the most
 * the app held with the database open. Nothing personal is printed.
 */
namespace BenchStartup {

[[nodiscard]] bool isRequested();
/** Unlocks @p path with the credentials on stdin; nullptr (and a line on stderr) when that fails. */
[[nodiscard]] std::unique_ptr<core::Database> unlockFromStdin(const QString &path);
/** Watches @p window until the customer list has its first page, then reports and quits as described above. */
void watch(QWidget *window);

} // namespace BenchStartup

} // namespace caredesk::app
