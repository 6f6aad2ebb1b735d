// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MonthlyReportCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/auth/Role.h"
#include "ui/dashboard/MonthlyReportPdf.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace caredesk::cli {

int reportMonthly(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("month"), CliTr::tr("The report's month, YYYY-MM."), QStringLiteral("YYYY-MM")},
        {QStringLiteral("out"), CliTr::tr("Where to write the PDF."), QStringLiteral("FILE")},
        {QStringLiteral("force"), CliTr::tr("Replace --out if it exists.")}};
    if (!parse(ctx, parser, args, options,
               {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("month"), QStringLiteral("out")}, code)) {
        return code;
    }
    static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QString monthText = parser.value(QStringLiteral("month"));
    const QDate month = monthPattern.match(monthText).hasMatch()
                            ? QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate)
                            : QDate();
    if (!month.isValid()) {
        return ctx.usage(CliTr::tr("--month takes a month as YYYY-MM, for example 2026-11."));
    }
    const QString out = parser.value(QStringLiteral("out"));
    const QFileInfo target(out);
    if (target.exists() && !parser.isSet(QStringLiteral("force"))) {
        return ctx.fail(core::makeError(core::ErrorCode::Conflict,
                                        CliTr::tr("%1 exists. Choose another file name, or add --force to replace it.")
                                            .arg(QDir::toNativeSeparators(out))));
    }
    if (target.exists() && target.isDir()) {
        return ctx.usage(CliTr::tr("--out must name a file, not a folder."));
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        return ctx.fail(core::makeError(core::ErrorCode::Internal,
                                        CliTr::tr("The monthly report needs the graphical libraries; run it as "
                                                  "caredesk-cli report monthly …")));
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    // A central permission matrix is on its way; until then the command checks the role itself.
    const core::Role role = db->session().role;
    if (role != core::Role::Manager && role != core::Role::Administrator) {
        return ctx.fail(core::makeError(core::ErrorCode::PermissionDenied,
                                        CliTr::tr("Only a manager or an administrator may write the monthly report.")));
    }
    auto data = ui::MonthlyReportPdf::gather(db->connectionName(), db->session().userName, db->siteName(), month,
                                             core::Clock::system());
    if (!data) {
        return ctx.fail(data.error());
    }
    if (auto written = ui::MonthlyReportPdf::write(*data, out); !written) {
        return ctx.fail(written.error());
    }
    ctx.out(CliTr::tr("Wrote the monthly report for %1 to %2.")
                .arg(monthText, QDir::toNativeSeparators(target.absoluteFilePath())));
    return ExitOk;
}

} // namespace caredesk::cli
