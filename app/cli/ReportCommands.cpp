// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReportCommands.h"

#include "app/cli/ChurnReportCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/ComplaintReportCommands.h"
#include "core/feedback/SatisfactionScore.h"
#include "core/feedback/SurveyRepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace caredesk::cli {

namespace {

using core::SatisfactionScore;

/** Figures rounded to two decimals, so output is stable and readable. */
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString number(double value)
{
    return QString::number(rounded(value), 'f', 2);
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

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

int reportSatisfaction(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("department"), CliTr::tr("Only responses for this department."), QStringLiteral("D")},
        {QStringLiteral("staff"), CliTr::tr("Only responses about this staff member."), QStringLiteral("S")}};
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
    core::SurveyFilter filter;
    filter.from = period->start;
    filter.to = period->end;
    filter.department = parser.value(QStringLiteral("department"));
    filter.staff = parser.value(QStringLiteral("staff"));
    core::SurveyRepository surveys(*db);
    auto responses = surveys.responsesIn(filter);
    if (!responses) {
        return ctx.fail(responses.error());
    }
    const core::NpsResult nps = SatisfactionScore::nps(*responses);
    const core::CsatResult csat = SatisfactionScore::csat(*responses);
    const QList<core::DimensionResult> dimensions = SatisfactionScore::dimensions(*responses);

    if (format == QLatin1String("csv")) {
        // Summary block, an empty line, then one line per response with a column per dimension.
        ctx.out(csvLine({QStringLiteral("measure"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("n"),
                         QStringLiteral("value"), QStringLiteral("low"), QStringLiteral("high"),
                         QStringLiteral("small_sample")}));
        const auto flag = [](bool small) { return small ? QStringLiteral("1") : QStringLiteral("0"); };
        ctx.out(csvLine({QStringLiteral("nps"), QString(), QString(), QString::number(nps.n), number(nps.nps),
                         number(nps.low), number(nps.high), flag(nps.smallSample)}));
        ctx.out(csvLine({QStringLiteral("csat"), QString(), QString(), QString::number(csat.n), number(csat.percent),
                         QString(), QString(), flag(csat.smallSample)}));
        for (const core::DimensionResult &d : dimensions) {
            ctx.out(csvLine({QStringLiteral("dimension"), d.key, d.label, QString::number(d.n), number(d.score),
                             QString(), QString(), flag(d.smallSample)}));
        }
        ctx.out(QString());
        QStringList header{QStringLiteral("id"),      QStringLiteral("at"),         QStringLiteral("customer_id"),
                           QStringLiteral("channel"), QStringLiteral("department"), QStringLiteral("staff"),
                           QStringLiteral("csat"),    QStringLiteral("nps")};
        for (const core::DimensionResult &d : dimensions) {
            header << d.key;
        }
        header << QStringLiteral("comment");
        ctx.out(csvLine(header));
        for (const core::SurveyResponse &r : std::as_const(*responses)) {
            QStringList line{
                QString::number(r.id), isoUtc(r.at), QString::number(r.customerId), core::surveyChannelId(r.channel),
                r.department,          r.staff,      optionalNumber(r.csat),        optionalNumber(r.nps)};
            for (const core::DimensionResult &d : dimensions) {
                QString value;
                for (const core::DimensionScore &s : r.scores) {
                    if (s.key == d.key) {
                        value = QString::number(s.score);
                    }
                }
                line << value;
            }
            line << r.comment;
            ctx.out(csvLine(line));
        }
        return ExitOk;
    }

    QJsonArray dimensionArray;
    for (const core::DimensionResult &d : dimensions) {
        dimensionArray.append(QJsonObject{{QStringLiteral("key"), d.key},
                                          {QStringLiteral("label"), d.label},
                                          {QStringLiteral("score"), rounded(d.score)},
                                          {QStringLiteral("n"), d.n},
                                          {QStringLiteral("small_sample"), d.smallSample}});
    }
    QJsonArray responseArray;
    for (const core::SurveyResponse &r : std::as_const(*responses)) {
        QJsonObject scores;
        for (const core::DimensionScore &s : r.scores) {
            scores.insert(s.key, s.score);
        }
        responseArray.append(
            QJsonObject{{QStringLiteral("id"), r.id},
                        {QStringLiteral("at"), isoUtc(r.at)},
                        {QStringLiteral("customer_id"), r.customerId},
                        {QStringLiteral("template_id"), r.templateId},
                        {QStringLiteral("channel"), core::surveyChannelId(r.channel)},
                        {QStringLiteral("department"), r.department},
                        {QStringLiteral("staff"), r.staff},
                        {QStringLiteral("csat"), optionalJson(r.csat)},
                        {QStringLiteral("nps"), optionalJson(r.nps)},
                        {QStringLiteral("visit_id"), r.visitId ? QJsonValue(*r.visitId) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("scores"), scores},
                        {QStringLiteral("comment"), r.comment}});
    }
    const QJsonObject summary{{QStringLiteral("nps"), QJsonObject{{QStringLiteral("n"), nps.n},
                                                                  {QStringLiteral("promoters"), nps.promoters},
                                                                  {QStringLiteral("passives"), nps.passives},
                                                                  {QStringLiteral("detractors"), nps.detractors},
                                                                  {QStringLiteral("nps"), rounded(nps.nps)},
                                                                  {QStringLiteral("low"), rounded(nps.low)},
                                                                  {QStringLiteral("high"), rounded(nps.high)},
                                                                  {QStringLiteral("small_sample"), nps.smallSample}}},
                              {QStringLiteral("csat"), QJsonObject{{QStringLiteral("n"), csat.n},
                                                                   {QStringLiteral("top_two"), csat.topTwo},
                                                                   {QStringLiteral("percent"), rounded(csat.percent)},
                                                                   {QStringLiteral("small_sample"), csat.smallSample}}},
                              {QStringLiteral("dimensions"), dimensionArray}};
    const QJsonObject report{{QStringLiteral("from"), period->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), period->to.toString(Qt::ISODate)},
                             {QStringLiteral("department"), filter.department},
                             {QStringLiteral("staff"), filter.staff},
                             {QStringLiteral("summary"), summary},
                             {QStringLiteral("responses"), responseArray}};
    ctx.out(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

} // namespace

int cmdReport(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == QLatin1String("satisfaction")) {
        return reportSatisfaction(ctx, args.mid(1));
    }
    if (args.value(0) == QLatin1String("complaints")) {
        return reportComplaints(ctx, args.mid(1));
    }
    if (args.value(0) == QLatin1String("churn")) {
        return reportChurn(ctx, args.mid(1));
    }
    return ctx.usage(
        CliTr::tr("Use report satisfaction|complaints --db FILE --user NAME --from DATE --to DATE "
                  "--format json|csv, or report churn --db FILE --user NAME [--top N] --format json|csv."));
}

} // namespace caredesk::cli
