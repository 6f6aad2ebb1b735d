// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandSupport.h"

#include "app/cli/CliTr.h"
#include "core/common/SecureBytes.h"

#include <QDate>

namespace caredesk::cli {

using core::Database;

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), CliTr::tr("The CareDesk database file."), QStringLiteral("FILE")};
}
QCommandLineOption userOption()
{
    return {QStringLiteral("user"), CliTr::tr("Your CareDesk user name."), QStringLiteral("NAME")};
}

/** Parses @p args against @p options; on a problem prints it and returns false with @p exitCode set. */
bool parse(CliContext &ctx, QCommandLineParser &parser, const QStringList &args,
           const QList<QCommandLineOption> &options, const QStringList &required, int &exitCode)
{
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("caredesk-cli")} + args)) {
        exitCode = ctx.usage(parser.errorText());
        return false;
    }
    for (const QString &name : required) {
        if (parser.value(name).isEmpty()) {
            exitCode = ctx.usage(CliTr::tr("--%1 is required. Run caredesk-cli help for the usage.").arg(name));
            return false;
        }
    }
    return true;
}

/** Reads the password and unlocks; prints the failure and sets @p exitCode on error. */
std::unique_ptr<Database> unlock(CliContext &ctx, const QString &db, const QString &user, int &exitCode)
{
    auto password = ctx.readSecret(CliTr::tr("Password for %1").arg(user));
    if (!password) {
        exitCode = ctx.usage(CliTr::tr("Expected the password on standard input."));
        return nullptr;
    }
    auto opened = Database::open(db, user, *password);
    core::wipe(*password);
    if (!opened) {
        exitCode = ctx.fail(opened.error());
        return nullptr;
    }
    return std::move(opened.value());
}

std::optional<QDate> parseDate(CliContext &ctx, const QString &option, const QString &text, int &exitCode)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        exitCode = ctx.usage(CliTr::tr("--%1 takes a date as YYYY-MM-DD, not %2.").arg(option, text));
        return std::nullopt;
    }
    return date;
}

} // namespace caredesk::cli
