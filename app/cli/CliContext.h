// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk::cli {

/** Exit codes, documented in `caredesk-cli --help` and README. */
enum ExitCode : int {
    ExitOk = 0,
    ExitIntegrity = 1, ///< integrity problem (or an unexpected internal failure)
    ExitAuth = 2,      ///< authentication failed or not permitted
    ExitFile = 3,      ///< file missing, unreadable, damaged or not a CareDesk database
    ExitUsage = 4,     ///< usage error or invalid input
    ExitLocked = 5,    ///< locked by another process
};

/**
 * What every command shares: output streams, reading secrets (from stdin one per line when it is not a terminal,
 * otherwise a prompt with echo off) and turning a core Error into one line on stderr plus an exit code.
 */
class CliContext final {
public:
    CliContext();

    /** Reads one secret; std::nullopt at end of input. The caller wipes the returned string after use. */
    std::optional<QString> readSecret(const QString &prompt);
    /** Reads a new password and its confirmation; prints the problem and returns nullopt if they differ. */
    std::optional<QString> readNewPassword(const QString &prompt);

    void out(const QString &line);
    /** Prints "caredesk-cli: <message>" on stderr and returns the exit code for @p error. */
    int fail(const core::Error &error);
    /** Prints a usage problem and returns ExitUsage. */
    int usage(const QString &message);

    static int exitCodeFor(core::ErrorCode code);

private:
    bool m_interactive = false;
};

} // namespace caredesk::cli
