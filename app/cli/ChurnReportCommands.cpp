// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ChurnReportCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/analytics/ChurnRiskService.h"
#include "core/audit/AuditLog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace caredesk::cli {

namespace {

constexpr int defaultTop = 100;
constexpr int maxTop = 1000000;

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

/** One CSV field, quoted when it needs to be (RFC 4180). */
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        out << csvField(field);
    }
    return out.join(QLatin1Char(','));
}

QJsonObject rowJson(const core::ChurnRiskRow &row)
{
    const core::ChurnRisk &r = row.risk;
    QJsonArray reasons;
    for (const core::ChurnReason &reason : r.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("code"), core::churnReasonId(reason.code)},
                                   {QStringLiteral("points"), reason.points},
                                   {QStringLiteral("text"), core::reasonText(reason)}});
    }
    return {{QStringLiteral("customer_id"), r.customerId},
            {QStringLiteral("member_number"), row.memberNumber},
            {QStringLiteral("name"), row.customerName},
            {QStringLiteral("band"), core::churnBandId(r.band)},
            {QStringLiteral("score"), r.score},
            {QStringLiteral("segment"), core::churnSegmentId(r.segment)},
            {QStringLiteral("last_visit_on"), r.lastVisitOn.toString(Qt::ISODate)},
            {QStringLiteral("days_since_last_visit"), r.daysSinceLastVisit},
            {QStringLiteral("expected_interval_days"), rounded(r.expectedIntervalDays)},
            {QStringLiteral("overdue_ratio"), rounded(r.overdueRatio)},
            {QStringLiteral("reasons"), reasons}};
}

} // namespace

int reportChurn(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("top"), CliTr::tr("How many customers to list (default %1).").arg(defaultTop),
         QStringLiteral("N")},
        {QStringLiteral("band"), CliTr::tr("Only this band: none, low, medium, high or lapsed."),
         QStringLiteral("BAND")},
        {QStringLiteral("format"), CliTr::tr("json or csv."), QStringLiteral("FORMAT")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("format")},
               code)) {
        return code;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        return ctx.usage(CliTr::tr("--format must be json or csv, not %1.").arg(format));
    }
    int top = defaultTop;
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1 || top > maxTop) {
            return ctx.usage(CliTr::tr("--top must be a whole number from 1 to %1.").arg(maxTop));
        }
    }
    core::ChurnListFilter filter;
    if (parser.isSet(QStringLiteral("band"))) {
        filter.band = core::churnBandFromId(parser.value(QStringLiteral("band")));
        if (!filter.band) {
            return ctx.usage(CliTr::tr("--band must be none, low, medium, high or lapsed, not %1.")
                                 .arg(parser.value(QStringLiteral("band"))));
        }
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::ChurnRiskService service(*db);
    auto stale = service.isStale();
    if (!stale) {
        return ctx.fail(stale.error());
    }
    if (*stale) {
        QTextStream err(stderr);
        int shown = -1;
        auto rebuilt = service.rebuild([&](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(std::min<qint64>(100, done * 100 / total)) : 0;
            if (percent >= shown + 10 || (percent == 100 && shown != 100)) {
                err << CliTr::tr("Working out churn figures: %1%").arg(percent) << Qt::endl;
                shown = percent;
            }
        });
        if (!rebuilt) {
            return ctx.fail(rebuilt.error());
        }
    }
    QList<core::ChurnRiskRow> rows;
    std::optional<core::ChurnCursor> after;
    while (rows.size() < top) {
        const int want = std::min<int>(core::ChurnRiskService::maxPageSize, top - static_cast<int>(rows.size()));
        auto page = service.atRiskAfter(filter, after, want);
        if (!page) {
            return ctx.fail(page.error());
        }
        rows += *page;
        if (page->size() < want) {
            break;
        }
        after = core::ChurnRiskService::cursorFor(page->constLast());
    }
    auto info = service.snapshotInfo();
    if (!info) {
        return ctx.fail(info.error());
    }
    // Names leave the encrypted file here: record it first, so nothing is printed without its audit entry.
    core::AuditLog audit(*db);
    if (auto recorded =
            audit.record(QStringLiteral("report.churn"), QString(),
                         QStringLiteral("customers=%1 band=%2 format=%3")
                             .arg(rows.size())
                             .arg(filter.band ? core::churnBandId(*filter.band) : QStringLiteral("warning"), format));
        !recorded) {
        return ctx.fail(recorded.error());
    }

    if (format == QLatin1String("csv")) {
        ctx.out(QStringLiteral("customer_id,member_number,name,band,score,segment,last_visit_on,"
                               "days_since_last_visit,expected_interval_days,overdue_ratio,reasons"));
        for (const core::ChurnRiskRow &row : std::as_const(rows)) {
            const core::ChurnRisk &r = row.risk;
            ctx.out(csvLine({QString::number(r.customerId), row.memberNumber, row.customerName,
                             core::churnBandId(r.band), QString::number(r.score), core::churnSegmentId(r.segment),
                             r.lastVisitOn.toString(Qt::ISODate), QString::number(r.daysSinceLastVisit),
                             QString::number(rounded(r.expectedIntervalDays), 'f', 2),
                             QString::number(rounded(r.overdueRatio), 'f', 2),
                             core::reasonTexts(r, -1).join(QStringLiteral("; "))}));
        }
        return ExitOk;
    }
    QJsonArray list;
    for (const core::ChurnRiskRow &row : std::as_const(rows)) {
        list.append(rowJson(row));
    }
    const QJsonObject doc{
        {QStringLiteral("computed_at"), info->computedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("computed_for"), info->computedFor.toString(Qt::ISODate)},
        {QStringLiteral("band"), filter.band ? core::churnBandId(*filter.band) : QStringLiteral("warning")},
        {QStringLiteral("customers"), list}};
    ctx.out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

} // namespace caredesk::cli
