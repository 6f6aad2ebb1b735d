// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include "core/common/SecureBytes.h"

#include "app/cli/CliTr.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace caredesk::cli {

namespace {

/** Reads a line from stdin without echo when it is a terminal. */
std::optional<std::string> readLine(bool interactive)
{
    termios saved{};
    const bool restoreEcho = interactive && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restoreEcho) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool ok = static_cast<bool>(std::getline(std::cin, line));
    if (restoreEcho) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!ok) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

} // namespace

CliContext::CliContext() : m_interactive(isatty(STDIN_FILENO) != 0)
{
}

std::optional<QString> CliContext::readSecret(const QString &prompt)
{
    if (m_interactive) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fputs(": ", stderr);
        std::fflush(stderr);
    }
    auto line = readLine(m_interactive);
    if (!line) {
        return std::nullopt;
    }
    QString secret = QString::fromUtf8(line->data(), static_cast<qsizetype>(line->size()));
    sodium_memzero(line->data(), line->size());
    return secret;
}

std::optional<QString> CliContext::readNewPassword(const QString &prompt)
{
    auto first = readSecret(prompt);
    if (!first) {
        usage(CliTr::tr("Expected the new password on standard input."));
        return std::nullopt;
    }
    auto second = readSecret(CliTr::tr("Repeat the password"));
    if (!second || *second != *first) {
        usage(CliTr::tr("The two passwords differ. Type the same password twice."));
        core::wipe(*first);
        if (second) {
            core::wipe(*second);
        }
        return std::nullopt;
    }
    core::wipe(*second);
    return first;
}

void CliContext::out(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CliContext::fail(const core::Error &error)
{
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = (QStringLiteral("caredesk-cli: ") + message).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString &message)
{
    return fail(core::makeError(core::ErrorCode::Usage, message));
}

int CliContext::exitCodeFor(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::AuthFailed:
    case ErrorCode::TooManyAttempts:
    case ErrorCode::PermissionDenied: return ExitAuth;
    case ErrorCode::NotFound:
    case ErrorCode::NotCareDesk:
    case ErrorCode::KeyringMissing:
    case ErrorCode::KeyringDamaged:
    case ErrorCode::Corrupt:
    case ErrorCode::TooNew:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Io: return ExitFile;
    case ErrorCode::Locked: return ExitLocked;
    case ErrorCode::Usage:
    case ErrorCode::Validation:
    case ErrorCode::Conflict: return ExitUsage;
    case ErrorCode::Integrity:
    case ErrorCode::Internal: return ExitIntegrity;
    }
    return ExitIntegrity;
}

} // namespace caredesk::cli
