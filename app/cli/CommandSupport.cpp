// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandSupport.h"

#include "app/cli/CliTr.h"
#include "core/common/SecureBytes.h"

#include <QDate>
#include <QTimeZone>

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

QList<QCommandLineOption> reportPeriodOptions()
{
    return {{QStringLiteral("from"), CliTr::tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")},
            {QStringLiteral("to"), CliTr::tr("Last day of the period, included (YYYY-MM-DD)."), QStringLiteral("DATE")},
            {QStringLiteral("format"), CliTr::tr("json or csv."), QStringLiteral("FORMAT")}};
}

std::optional<ReportPeriod> parseReportPeriod(CliContext &ctx, const QCommandLineParser &parser, int &exitCode)
{
    ReportPeriod period;
    period.format = parser.value(QStringLiteral("format"));
    if (period.format != QLatin1String("json") && period.format != QLatin1String("csv")) {
        exitCode = ctx.usage(CliTr::tr("--format must be json or csv, not %1.").arg(period.format));
        return std::nullopt;
    }
    const auto from = parseDate(ctx, QStringLiteral("from"), parser.value(QStringLiteral("from")), exitCode);
    if (!from) {
        return std::nullopt;
    }
    const auto to = parseDate(ctx, QStringLiteral("to"), parser.value(QStringLiteral("to")), exitCode);
    if (!to) {
        return std::nullopt;
    }
    if (*from > *to) {
        exitCode = ctx.usage(CliTr::tr("--from (%1) is after --to (%2). Give the earlier date first.")
                                 .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return std::nullopt;
    }
    // Days are the site's local days: from the start of --from to the end of --to.
    period.from = *from;
    period.to = *to;
    period.start = QDateTime(*from, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
    period.end = QDateTime(to->addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
    return period;
}

} // namespace caredesk::cli
