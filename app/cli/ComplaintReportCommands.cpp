// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ComplaintReportCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/complaints/ComplaintReport.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace caredesk::cli {

namespace {

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QString text(const std::optional<double> &value)
{
    return value ? QString::number(rounded(*value), 'f', 2) : QString();
}

QJsonObject shareJson(const core::SlaShare &share)
{
    return {{QStringLiteral("decided"), share.decided},
            {QStringLiteral("within"), share.within},
            {QStringLiteral("percent"), json(share.percent())}};
}

} // namespace

int reportComplaints(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    QList<QCommandLineOption> options{dbOption(), userOption()};
    options += reportPeriodOptions();
    if (!parse(ctx, parser, args, options,
               {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("from"), QStringLiteral("to"),
                QStringLiteral("format")},
               code)) {
        return code;
    }
    const auto period = parseReportPeriod(ctx, parser, code);
    if (!period) {
        return code;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    const QString &format = period->format;
    const QDateTime &start = period->start;
    const QDateTime &end = period->end;
    auto report = core::ComplaintReport::build(db->connectionName(), start, end);
    if (!report) {
        return ctx.fail(report.error());
    }
    const core::ComplaintReport &r = *report;

    if (format == QLatin1String("csv")) {
        ctx.out(QStringLiteral("measure,key,value"));
        const auto line = [&](const QString &measure, const QString &key, const QString &value) {
            ctx.out(QStringLiteral("%1,%2,%3").arg(measure, key, value));
        };
        line(QStringLiteral("total"), {}, QString::number(r.total));
        for (core::ComplaintCategory category : core::allComplaintCategories()) {
            line(QStringLiteral("category"), core::complaintCategoryId(category),
                 QString::number(r.byCategory.value(category)));
        }
        for (core::ComplaintSeverity severity : core::allSeverities()) {
            line(QStringLiteral("severity"), core::severityId(severity), QString::number(r.bySeverity.value(severity)));
        }
        line(QStringLiteral("first_response"), QStringLiteral("decided"), QString::number(r.firstResponse.decided));
        line(QStringLiteral("first_response"), QStringLiteral("within"), QString::number(r.firstResponse.within));
        line(QStringLiteral("first_response"), QStringLiteral("percent"), text(r.firstResponse.percent()));
        line(QStringLiteral("resolution"), QStringLiteral("decided"), QString::number(r.resolution.decided));
        line(QStringLiteral("resolution"), QStringLiteral("within"), QString::number(r.resolution.within));
        line(QStringLiteral("resolution"), QStringLiteral("percent"), text(r.resolution.percent()));
        line(QStringLiteral("resolution_hours"), QStringLiteral("resolved"), QString::number(r.resolved));
        line(QStringLiteral("resolution_hours"), QStringLiteral("median"), text(r.medianResolutionHours));
        line(QStringLiteral("resolution_hours"), QStringLiteral("p90"), text(r.p90ResolutionHours));
        line(QStringLiteral("reopen"), QStringLiteral("ever_resolved"), QString::number(r.everResolved));
        line(QStringLiteral("reopen"), QStringLiteral("reopened"), QString::number(r.reopened));
        line(QStringLiteral("reopen"), QStringLiteral("percent"), text(r.reopenRatePercent()));
        return ExitOk;
    }

    QJsonObject categories;
    for (core::ComplaintCategory category : core::allComplaintCategories()) {
        categories.insert(core::complaintCategoryId(category), r.byCategory.value(category));
    }
    QJsonObject severities;
    for (core::ComplaintSeverity severity : core::allSeverities()) {
        severities.insert(core::severityId(severity), r.bySeverity.value(severity));
    }
    const QJsonObject out{
        {QStringLiteral("from"), period->from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period->to.toString(Qt::ISODate)},
        {QStringLiteral("total"), r.total},
        {QStringLiteral("by_category"), categories},
        {QStringLiteral("by_severity"), severities},
        {QStringLiteral("first_response"), shareJson(r.firstResponse)},
        {QStringLiteral("resolution"), shareJson(r.resolution)},
        {QStringLiteral("resolution_hours"), QJsonObject{{QStringLiteral("resolved"), r.resolved},
                                                         {QStringLiteral("median"), json(r.medianResolutionHours)},
                                                         {QStringLiteral("p90"), json(r.p90ResolutionHours)}}},
        {QStringLiteral("reopen"), QJsonObject{{QStringLiteral("ever_resolved"), r.everResolved},
                                               {QStringLiteral("reopened"), r.reopened},
                                               {QStringLiteral("percent"), json(r.reopenRatePercent())}}}};
    ctx.out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

} // namespace caredesk::cli
