// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/MonthlyReportPdf.h"

#include "core/analytics/ChurnRiskService.h"
#include "core/analytics/ComplaintSlaRollup.h"
#include "ui/dashboard/ChartExport.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardTab.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>
#include <cstdio>

namespace caredesk::ui {

namespace {

core::DashboardFilter monthFilter(const QDate &month)
{
    core::DashboardFilter filter;
    filter.from = QDate(month.year(), month.month(), 1);
    filter.to = filter.from.addMonths(1).addDays(-1);
    filter.bucket = core::DashboardFilter::Bucket::Week;
    return filter;
}

core::DashboardFilter yearFilter(const QDate &month)
{
    core::DashboardFilter filter;
    filter.to = QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1);
    filter.from = QDate(month.year(), month.month(), 1).addMonths(-11);
    filter.bucket = core::DashboardFilter::Bucket::Month;
    return filter;
}

/** A clock stopped at the end of the report's month (or now, if that is earlier), so SLA states are as of then. */
class MonthEndClock final : public core::Clock {
public:
    MonthEndClock(const core::Clock &real, const QDate &monthEnd) : m_real(real)
    {
        m_end = QDateTime(monthEnd.addDays(1), QTime(0, 0)).toUTC().addMSecs(-1);
    }
    [[nodiscard]] QDateTime nowUtc() const override { return std::min(m_real.nowUtc(), m_end); }

private:
    const core::Clock &m_real;
    QDateTime m_end;
};

QString direction(double now, double before, int decimals, const QString &rose, const QString &fell,
                  const QString &same)
{
    const double scale = std::pow(10.0, decimals);
    const double a = std::round(now * scale) / scale;
    const double b = std::round(before * scale) / scale;
    if (a > b) {
        return rose;
    }
    if (a < b) {
        return fell;
    }
    return same;
}

QString shareOrDash(const core::SlaShare &share)
{
    const auto p = share.percent();
    return p ? DashboardCharts::percent(*p) : MonthlyReportPdf::tr("no complaint due yet");
}

QString monthName(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString section(const QString &title, bool pageBreak)
{
    return QStringLiteral("<h2 style=\"%1\">%2</h2>")
        .arg(pageBreak ? QStringLiteral("page-break-before:always") : QString(), title.toHtmlEscaped());
}

/** A chart block: its title, the rendered chart (added to @p document as a resource), caption, numbers. */
QString chartBlock(QTextDocument &document, const ChartSpec &spec, int &counter)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(spec.title.toHtmlEscaped());
    if (!spec.emptyText.isEmpty()) {
        delete spec.chart;
        return out + QStringLiteral("<p><i>%1</i></p>").arg(spec.emptyText.toHtmlEscaped());
    }
    if (spec.chart) {
        const QSize size(760, 340);
        const QImage image = ChartExport::renderChart(spec.chart, size, 2.0);
        const QUrl url(QStringLiteral("caredesk://report/chart-%1.png").arg(++counter));
        document.addResource(QTextDocument::ImageResource, url, image);
        out += QStringLiteral("<p><img src=\"%1\" width=\"540\" height=\"%2\"></p>")
                   .arg(url.toString())
                   .arg(540 * size.height() / size.width());
    }
    if (!spec.caption.isEmpty()) {
        out += QStringLiteral("<p style=\"font-size:8pt; color:#444\">%1</p>").arg(spec.caption.toHtmlEscaped());
    }
    out += ChartExport::numbersHtml(spec.numbers);
    return out;
}

/** The repeat complainants without names: how many, and how many complaints they made. */
ChartSpec repeatCounts(const core::ComplaintDashboard &d)
{
    ChartSpec spec;
    spec.title = MonthlyReportPdf::tr("Repeat complainants");
    spec.numbers.headers = {MonthlyReportPdf::tr("Complaints in the month"), MonthlyReportPdf::tr("Customers")};
    QMap<int, int> byCount;
    for (const core::RepeatComplainant &c : d.repeatComplainants) {
        ++byCount[c.complaints];
    }
    for (auto it = byCount.cbegin(); it != byCount.cend(); ++it) {
        spec.numbers.rows << QStringList{DashboardCharts::integer(it.key()), DashboardCharts::integer(it.value())};
    }
    spec.caption = MonthlyReportPdf::tr("Counts only; the names are in CareDesk under Dashboards → Complaints.");
    if (d.repeatComplainants.isEmpty()) {
        spec.emptyText = MonthlyReportPdf::tr("No customer complained more than once this month.");
    }
    return spec;
}

} // namespace

core::Result<MonthlyReportData> MonthlyReportPdf::gather(const QString &connectionName, const QString &userName,
                                                         const QString &siteName, const QDate &month,
                                                         const core::Clock &clock,
                                                         const std::function<bool(int, int)> &progress)
{
    MonthlyReportData data;
    data.siteName = siteName;
    data.month = QDate(month.year(), month.month(), 1);
    data.generatedAt = clock.nowUtc();
    const core::DashboardFilter current = monthFilter(data.month);
    const core::DashboardFilter previous = monthFilter(data.month.addMonths(-1));
    const core::DashboardFilter year = yearFilter(data.month);
    const MonthEndClock monthEnd(clock, current.to);
    const MonthEndClock previousEnd(clock, previous.to);

    int done = 0;
    const auto take = [&done, &progress](auto result, auto &into) -> std::optional<core::Error> {
        if (!result) {
            return result.error();
        }
        into = std::move(result).value();
        if (progress && !progress(++done, gatherSteps)) {
            return core::makeError(core::ErrorCode::Internal, tr("The monthly report was cancelled."),
                                   QStringLiteral("cancelled"));
        }
        return std::nullopt;
    };
    // Complaint outcomes not yet worked out would be evaluated live three times over; settle them once first.
    qint64 settled = 0;
    if (auto e = take(core::ComplaintSlaRollup::settle(connectionName, clock), settled)) {
        if (e->detail == QStringLiteral("cancelled")) {
            return *e;
        }
        // A database that cannot be written keeps the live path.
    }
    if (auto e = take(core::SatisfactionDashboard::build(connectionName, current), data.satisfaction)) {
        return *e;
    }
    if (auto e = take(core::SatisfactionDashboard::build(connectionName, previous), data.previousSatisfaction)) {
        return *e;
    }
    if (auto e = take(core::SatisfactionDashboard::build(connectionName, year), data.satisfactionYear)) {
        return *e;
    }
    if (auto e = take(core::ComplaintDashboard::build(connectionName, current, monthEnd), data.complaints)) {
        return *e;
    }
    if (auto e =
            take(core::ComplaintDashboard::build(connectionName, previous, previousEnd), data.previousComplaints)) {
        return *e;
    }
    if (auto e = take(core::ComplaintDashboard::build(connectionName, year, monthEnd), data.complaintsYear)) {
        return *e;
    }
    if (auto e = take(core::LoyaltyDashboard::build(connectionName, current, monthEnd), data.loyalty)) {
        return *e;
    }
    if (auto e = take(core::LoyaltyDashboard::build(connectionName, previous, previousEnd), data.previousLoyalty)) {
        return *e;
    }
    if (auto e = take(core::LoyaltyDashboard::build(connectionName, year, monthEnd), data.loyaltyYear)) {
        return *e;
    }
    auto refreshed = DashboardTab::refreshChurnSnapshot(connectionName, userName, clock);
    if (!refreshed && refreshed.error().code != core::ErrorCode::PermissionDenied) {
        return refreshed.error();
    }
    if (progress && !progress(++done, gatherSteps)) {
        return core::makeError(core::ErrorCode::Internal, tr("The monthly report was cancelled."),
                               QStringLiteral("cancelled"));
    }
    if (refreshed) {
        auto churn = core::ChurnDashboard::build(connectionName);
        if (!churn) {
            return churn.error();
        }
        data.churn = *churn;
        auto value = core::CustomerValue::build(connectionName);
        if (!value) {
            return value.error();
        }
        data.value = *value;
        auto moves = core::ChurnRiskService(connectionName, userName, clock).bandMoves(current.from, current.to);
        if (!moves) {
            return moves.error();
        }
        data.churnMoves = *moves;
    }
    if (progress) {
        progress(gatherSteps, gatherSteps);
    }
    return data;
}

QStringList MonthlyReportPdf::summary(const MonthlyReportData &data)
{
    QStringList lines;
    const core::NpsResult &nps = data.satisfaction.nps;
    const core::NpsResult &npsBefore = data.previousSatisfaction.nps;
    const QString n = DashboardCharts::integer(nps.n);
    if (nps.n == 0) {
        lines << tr("No one answered the recommend question this month.");
    } else if (npsBefore.n == 0) {
        lines << tr("NPS was %1 (n = %2); there were no answers the month before.")
                     .arg(DashboardCharts::number(nps.nps), n);
    } else {
        const QString a = DashboardCharts::number(npsBefore.nps);
        const QString b = DashboardCharts::number(nps.nps);
        lines << direction(nps.nps, npsBefore.nps, 0, tr("NPS rose from %1 to %2 (n = %3).").arg(a, b, n),
                           tr("NPS fell from %1 to %2 (n = %3).").arg(a, b, n),
                           tr("NPS stayed at %1 (n = %2).").arg(b, n));
    }
    if (nps.n > 0 && nps.smallSample) {
        lines.last() += QLatin1Char(' ') +
                        tr("Fewer than %1 answers: read with care.").arg(core::SatisfactionScore::smallSampleThreshold);
    }
    const core::CsatResult &csat = data.satisfaction.csat;
    const core::CsatResult &csatBefore = data.previousSatisfaction.csat;
    if (csat.n > 0) {
        const QString a = DashboardCharts::percent(csatBefore.percent);
        const QString b = DashboardCharts::percent(csat.percent);
        lines << (csatBefore.n == 0 ? tr("%1 of overall scores were 4 or 5 (CSAT).").arg(b)
                                    : direction(csat.percent, csatBefore.percent, 0,
                                                tr("CSAT (scores of 4 or 5) rose from %1 to %2.").arg(a, b),
                                                tr("CSAT (scores of 4 or 5) fell from %1 to %2.").arg(a, b),
                                                tr("CSAT (scores of 4 or 5) stayed at %1.").arg(b)));
    }
    QStringList concentrate;
    const core::DimensionInsight *weakest = nullptr;
    for (const core::DimensionInsight &dim : data.satisfaction.dimensions) {
        if (dim.n > 0 && (!weakest || dim.score < weakest->score)) {
            weakest = &dim;
        }
        if (dim.quadrant == core::ImportanceQuadrant::Concentrate) {
            concentrate << dim.label;
        }
    }
    if (weakest) {
        lines << tr("The weakest dimension was %1, scoring %2 of 100.")
                     .arg(weakest->label, DashboardCharts::number(weakest->score));
    }
    if (!concentrate.isEmpty()) {
        lines << tr("Important to customers but scored below average: %1.")
                     .arg(QLocale().createSeparatedList(concentrate));
    }

    const core::ComplaintReport &c = data.complaints.report;
    const core::ComplaintReport &cBefore = data.previousComplaints.report;
    lines << tr("%1 complaints were received (%2 the month before).")
                 .arg(DashboardCharts::integer(c.total), DashboardCharts::integer(cBefore.total));
    if (c.total > 0) {
        const bool compared = cBefore.firstResponse.decided > 0 && cBefore.resolution.decided > 0;
        lines << (compared ? tr("Within the first-response limit: %1 (was %2); within the resolution limit: %3 (was "
                                "%4).")
                                 .arg(shareOrDash(c.firstResponse), shareOrDash(cBefore.firstResponse),
                                      shareOrDash(c.resolution), shareOrDash(cBefore.resolution))
                           : tr("Within the first-response limit: %1; within the resolution limit: %2.")
                                 .arg(shareOrDash(c.firstResponse), shareOrDash(c.resolution)));
        if (c.medianResolutionHours) {
            lines << tr("Resolution took %1 business hours at the median and %2 at P90.")
                         .arg(DashboardCharts::number(*c.medianResolutionHours, 1),
                              DashboardCharts::number(c.p90ResolutionHours.value_or(0), 1));
            if (data.complaints.resolutionTimesFromBuckets) {
                lines.last() += QLatin1Char(' ') + tr("(Read from a histogram of resolution times: within one "
                                                      "bucket, a quarter hour for times under a day, of exact.)");
            }
        }
        if (!data.complaints.pareto.isEmpty()) {
            const core::RootCauseCount &top = data.complaints.pareto.first();
            lines << tr("The most frequent root cause was %1 (%2 complaints, %3 of those with a cause).")
                         .arg(top.label, DashboardCharts::integer(top.count), DashboardCharts::percent(top.percent));
        }
        if (!data.complaints.repeatComplainants.isEmpty()) {
            lines << tr("%n customer(s) complained more than once.", nullptr,
                        static_cast<int>(data.complaints.repeatComplainants.size()));
        }
    }

    if (data.churn && data.churn->computedAt.isValid()) {
        const core::ChurnBandCounts &b = data.churn->bands;
        lines << tr("%1 customers are at high churn risk and %2 at medium risk (as of %3).")
                     .arg(DashboardCharts::integer(b.high), DashboardCharts::integer(b.medium),
                          QLocale().toString(data.churn->computedFor, QLocale::ShortFormat));
        if (data.churnMoves) {
            lines << tr("%1 customers moved into high risk this month, %2 recovered (no longer at risk).")
                         .arg(DashboardCharts::integer(data.churnMoves->intoHigh),
                              DashboardCharts::integer(data.churnMoves->recovered));
        }
        for (const core::ChurnMonth &m : data.churn->trend) {
            if (m.month == data.month && m.rate()) {
                lines << tr("%1 of the customers active at the start of the month lapsed during it (%2 of %3).")
                             .arg(DashboardCharts::percent(*m.rate() * 100.0, 1), DashboardCharts::integer(m.lapsed),
                                  DashboardCharts::integer(m.activeAtStart));
            }
        }
    }

    const core::LoyaltyDashboard &l = data.loyalty;
    if (l.members > 0) {
        lines << tr("Members earned %1 points and redeemed %2 (redemption rate %3); %4 points are outstanding, "
                    "worth %5.")
                     .arg(DashboardCharts::integer(l.earned), DashboardCharts::integer(l.redeemed),
                          l.redemptionRate ? DashboardCharts::percent(*l.redemptionRate * 100.0) : tr("–"),
                          DashboardCharts::integer(l.outstandingPoints),
                          DashboardCharts::money(l.outstandingValueCents));
    }
    return lines;
}

core::Status MonthlyReportPdf::write(const MonthlyReportData &data, const QString &path)
{
    const QFileInfo target(path);
    const auto failed = [&path](const QString &detail) {
        return core::makeError(core::ErrorCode::Io,
                               tr("The report could not be saved to %1. Choose a folder you can write to and check "
                                  "that the disk has space.")
                                   .arg(QDir::toNativeSeparators(path)),
                               detail);
    };
    if (!target.absoluteDir().exists()) {
        return core::makeError(core::ErrorCode::NotFound,
                               tr("The folder %1 does not exist. Choose another place for the report.")
                                   .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // Never half-written: the printer writes a temporary file beside the target, renamed once complete.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open()) {
        return failed(temporary.errorString());
    }
    temporary.close();
    const QString temporaryPath = temporary.fileName();

    QTextDocument document;
    const QString title = tr("Monthly management report");
    QString html = QStringLiteral("<html><body style=\"font-size:10pt\">");
    html += QStringLiteral("<h1>%1</h1><p><b>%2</b><br>%3<br>%4</p>")
                .arg(title.toHtmlEscaped(), data.siteName.toHtmlEscaped(),
                     tr("Month: %1 (compared with %2)")
                         .arg(monthName(data.month), monthName(data.month.addMonths(-1)))
                         .toHtmlEscaped(),
                     tr("Prepared %1")
                         .arg(QLocale().toString(data.generatedAt.toLocalTime(), QLocale::ShortFormat))
                         .toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("What changed").toHtmlEscaped());
    for (const QString &line : summary(data)) {
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    int counter = 0;
    html += section(tr("Satisfaction"), true);
    html += QStringLiteral("<p>%1</p>").arg(DashboardCharts::satisfactionSummary(data.satisfaction).toHtmlEscaped());
    html += chartBlock(document, DashboardCharts::npsTrend(data.satisfactionYear), counter);
    html += chartBlock(document, DashboardCharts::csatTrend(data.satisfactionYear), counter);
    html += chartBlock(document, DashboardCharts::dimensionScores(data.satisfaction), counter);
    html += chartBlock(document, DashboardCharts::importanceMatrix(data.satisfaction), counter);
    html += chartBlock(document, DashboardCharts::departmentComparison(data.satisfaction), counter);
    html += chartBlock(document, DashboardCharts::staffComparison(data.satisfaction), counter);

    html += section(tr("Complaints"), true);
    html += QStringLiteral("<p>%1</p>").arg(DashboardCharts::complaintSummary(data.complaints).toHtmlEscaped());
    html += chartBlock(document, DashboardCharts::complaintCategories(data.complaints), counter);
    html += chartBlock(document, DashboardCharts::complaintSeverities(data.complaints), counter);
    html += chartBlock(document, DashboardCharts::complaintSla(data.complaints), counter);
    html += chartBlock(document, DashboardCharts::rootCausePareto(data.complaints), counter);
    html += chartBlock(document, DashboardCharts::complaintTrend(data.complaintsYear), counter);
    html += chartBlock(document, repeatCounts(data.complaints), counter);

    if (data.churn) {
        html += section(tr("Churn early warning"), true);
        html += QStringLiteral("<p>%1</p>").arg(DashboardCharts::churnSummary(*data.churn).toHtmlEscaped());
        html += chartBlock(document, DashboardCharts::churnTrend(*data.churn), counter);
        html += chartBlock(document, DashboardCharts::retentionCurves(*data.churn), counter);
        html += chartBlock(document, DashboardCharts::cohortRetention(*data.churn), counter);
    }

    html += section(tr("Loyalty and value"), true);
    html += QStringLiteral("<p>%1</p>").arg(DashboardCharts::loyaltySummary(data.loyalty).toHtmlEscaped());
    html += chartBlock(document, DashboardCharts::tierDistribution(data.loyalty), counter);
    html += chartBlock(document, DashboardCharts::pointsFlows(data.loyaltyYear), counter);
    html += chartBlock(document, DashboardCharts::liability(data.loyalty), counter);
    if (data.value) {
        html += chartBlock(document, DashboardCharts::rfmSegments(*data.value), counter);
        html += chartBlock(document, DashboardCharts::lifetimeValue(*data.value), counter);
    }
    html += QStringLiteral("<p style=\"font-size:8pt; color:#555\">%1</p>")
                .arg(tr("Figures only: this report names no customer. Days are counted in UTC for satisfaction and in "
                        "local time for churn.")
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    document.setHtml(html);

    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(temporaryPath);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        printer.setDocName(tr("%1 – %2").arg(title, data.month.toString(QStringLiteral("yyyy-MM"))));
        printer.setCreator(QStringLiteral("CareDesk"));
        document.print(&printer);
        if (printer.printerState() == QPrinter::Error) {
            QFile::remove(temporaryPath);
            return failed(QStringLiteral("QPrinter error"));
        }
    }
    if (QFileInfo(temporaryPath).size() == 0) {
        QFile::remove(temporaryPath);
        return failed(QStringLiteral("empty output"));
    }
    // rename(2) replaces an existing target in one step; whether that is allowed is the caller's decision.
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporaryPath);
        return failed(QStringLiteral("rename failed"));
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace caredesk::ui
