// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QDate;

namespace caredesk::cli {

/** One `caredesk-cli` command: its usage line, a translated summary, and what runs it. */
struct Command {
    QString usage;
    QString summary;
    std::function<int(CliContext &, const QStringList &)> run;
};

QCommandLineOption dbOption();
QCommandLineOption userOption();

/** Parses @p args against @p options; on a problem prints it and returns false with @p exitCode set. */
bool parse(CliContext &ctx, QCommandLineParser &parser, const QStringList &args,
           const QList<QCommandLineOption> &options, const QStringList &required, int &exitCode);

/** Reads the password and unlocks; prints the failure and sets @p exitCode on error. */
std::unique_ptr<core::Database> unlock(CliContext &ctx, const QString &db, const QString &user, int &exitCode);

/** An ISO date given to --@p option; prints a usage problem and sets @p exitCode when it is not one. */
std::optional<QDate> parseDate(CliContext &ctx, const QString &option, const QString &text, int &exitCode);

/** The period and output format every `report` command takes: --from, --to (site-local days) and --format. */
struct ReportPeriod {
    QString format;  ///< "json" or "csv"
    QDateTime start; ///< UTC, the start of --from in local time
    QDateTime end;   ///< UTC, exclusive: the end of --to in local time
    QDate from;
    QDate to;
};

/** --from, --to and --format, for a report's option list. */
QList<QCommandLineOption> reportPeriodOptions();

/**
 * Reads reportPeriodOptions() from @p parser: the format must be json or csv, both dates valid and in order.
 * Prints the problem and sets @p exitCode otherwise.
 */
std::optional<ReportPeriod> parseReportPeriod(CliContext &ctx, const QCommandLineParser &parser, int &exitCode);

} // namespace caredesk::cli
