// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/customers/CustomerCsvImport.h"
#include "core/storage/Database.h"

#include <cstdio>

namespace caredesk::cli {

int cmdImport(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("customers")) {
        return ctx.usage(CliTr::tr("Use import customers --db FILE --user NAME --csv FILE [--dry-run]."));
    }
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("csv"), CliTr::tr("The CSV file to import (first row names the columns)."),
         QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), CliTr::tr("Check every row and report, but write nothing.")}};
    if (!parse(ctx, parser, args.mid(1), options, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("csv")},
               code)) {
        return code;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::CustomerCsvImport importer(*db);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto report = importer.importFile(parser.value(QStringLiteral("csv")), dryRun);
    if (!report) {
        return ctx.fail(report.error());
    }
    if (!report->problems.isEmpty()) {
        for (const core::CsvImportProblem &problem : std::as_const(report->problems)) {
            std::fprintf(stderr, "%s\n", problem.message.toLocal8Bit().constData());
        }
        return ctx.usage(CliTr::tr("%1 problem(s) in %2 rows; nothing was imported. Correct the file and run the "
                                   "import again.")
                             .arg(report->problems.size())
                             .arg(report->rows));
    }
    if (dryRun) {
        ctx.out(CliTr::tr("%1 rows checked (%2): no problems. Nothing was written (dry run).")
                    .arg(report->rows)
                    .arg(report->encoding));
    } else {
        ctx.out(CliTr::tr("%1 customers imported (%2).").arg(report->imported).arg(report->encoding));
    }
    return ExitOk;
}

} // namespace caredesk::cli
