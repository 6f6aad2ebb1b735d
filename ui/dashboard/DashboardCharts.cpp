// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardCharts.h"

#include "core/analytics/ChurnDashboard.h"
#include "core/analytics/ComplaintDashboard.h"
#include "core/analytics/CustomerValue.h"
#include "core/analytics/LoyaltyDashboard.h"
#include "core/analytics/SatisfactionDashboard.h"
#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/ChartStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace caredesk::ui {

namespace {

QChart *newChart()
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    return chart;
}

QString periodLabel(const QDate &start, core::DashboardFilter::Bucket bucket)
{
    return bucket == core::DashboardFilter::Bucket::Week ? start.toString(QStringLiteral("MM-dd"))
                                                         : start.toString(QStringLiteral("yyyy-MM"));
}

/** An x axis that names bucket i at value i. */
/** Axis labels: "2026-11" becomes "26-11" so twelve of them fit under a half-width chart. */
/** The first day of the month the churn snapshot was computed in: that month has not ended yet. */
QDate monthInProgress(const core::ChurnDashboardData &d)
{
    const QDate day = d.computedAt.isValid() ? d.computedAt.toLocalTime().date() : QDate();
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

/** The caption line that explains the "*" on figures of monthInProgress(). */
QString inProgressNote(const core::ChurnDashboardData &d)
{
    return DashboardCharts::tr("* This month so far (to %1).")
        .arg(QLocale().toString(d.computedAt.toLocalTime().date(), QLocale::ShortFormat));
}

QStringList shortLabels(const QStringList &labels)
{
    QStringList out;
    for (const QString &label : labels) {
        out << (label.size() == 7 && label.at(4) == QLatin1Char('-') ? label.mid(2) : label);
    }
    return out;
}

/** Months under bars ("26-01"): slanted when there are more than six, and never cut to "…" by Qt Charts, which
 * measures each label against one bar group's width. */
QBarCategoryAxis *monthBarAxis(const QStringList &fullLabels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(shortLabels(fullLabels));
    axis->setLabelsAngle(fullLabels.size() > 6 ? -45 : 0);
    axis->setTruncateLabels(false);
    return axis;
}

QCategoryAxis *periodAxis(const QStringList &fullLabels)
{
    const QStringList labels = shortLabels(fullLabels);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Thin out labels so that two years of months stay readable.
    const int step = labels.size() > 18 ? 3 : (labels.size() > 7 ? 2 : 1);
    for (int i = 0; i < labels.size(); i += step) {
        axis->append(labels.at(i), i);
    }
    axis->setRange(-0.5, std::max<double>(0.5, labels.size() - 0.5));
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *valueAxis(double min, double max, const QString &title, const QString &format = QStringLiteral("%.0f"))
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    if (format == QLatin1String("%.0f")) {
        axis->applyNiceNumbers(); // whole-number ticks at round steps (0, 10, 20 … rather than 0, 13, 25, 38)
    }
    return axis;
}

double niceMax(double value)
{
    if (value <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x)) {
        chart->addAxis(x, Qt::AlignBottom);
    }
    if (!chart->axes(Qt::Vertical).contains(y)) {
        chart->addAxis(y, Qt::AlignLeft);
    }
    series->attachAxis(x);
    series->attachAxis(y);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(false);
    }
}

QString shareText(const core::SlaShare &share)
{
    const auto p = share.percent();
    return p ? DashboardCharts::percent(*p) : DashboardCharts::tr("–");
}

QString hoursText(const std::optional<double> &hours)
{
    return hours ? DashboardCharts::tr("%1 h").arg(DashboardCharts::number(*hours, 1)) : DashboardCharts::tr("–");
}

/**
 * An axis label for a long category: its words up to the first bracket or comma ("服务流程（延误、手续、配送）" →
 * "服务流程"), at most @p maxChars characters. Qt Charts elides every label of an axis to "…" when one is too
 * long, so axes get these and the numbers table keeps the full text.
 */
QString axisLabel(const QString &label, int maxChars = 12)
{
    static const QString breaks = QStringLiteral("（(，,、;；。:：");
    qsizetype end = label.size();
    for (const QChar c : breaks) {
        const qsizetype at = label.indexOf(c);
        if (at > 0) {
            end = std::min(end, at);
        }
    }
    const QString head = label.left(end).trimmed();
    return head.size() > maxChars ? head.left(maxChars - 1) + QChar(0x2026) : head;
}

/** Horizontal bars of @p rows (label, value), first row on top. */
QChart *horizontalBars(const QList<std::pair<QString, double>> &rows, const QString &setName, const QColor &colour,
                       double max, const QString &axisTitle)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(setName);
    set->setColor(colour);
    set->setBorderColor(colour);
    QStringList categories;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        categories << axisLabel(it->first);
        *set << it->second;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    // A vertical category axis measures labels against the height of one bar: with many bars Qt would cut every
    // label to "…" (or turn them on end). The labels are short (axisLabel), so show them whole and level.
    y->setTruncateLabels(false);
    y->setLabelsAngle(0);
    auto *x = valueAxis(0, max, axisTitle);
    attach(chart, series, x, y);
    chart->legend()->hide();
    return chart;
}

ChartSpec comparison(const QList<core::SatisfactionComparisonRow> &rows, const core::SatisfactionDashboard &d,
                     const QString &title, const QString &whatHeader, const QString &emptyText)
{
    ChartSpec spec;
    spec.title = title;
    spec.numbers.headers = {whatHeader,
                            DashboardCharts::tr("Responses"),
                            DashboardCharts::tr("NPS"),
                            DashboardCharts::tr("95% interval"),
                            DashboardCharts::tr("NPS* (shrunk)"),
                            DashboardCharts::tr("CSAT"),
                            DashboardCharts::tr("Sample")};
    for (const core::SatisfactionComparisonRow &row : rows) {
        spec.numbers.rows << QStringList{
            row.label,
            DashboardCharts::integer(row.responses),
            DashboardCharts::number(row.nps.nps),
            DashboardCharts::tr("%1 to %2")
                .arg(DashboardCharts::number(row.nps.low), DashboardCharts::number(row.nps.high)),
            DashboardCharts::number(row.shrunkNps),
            row.csat.n > 0 ? DashboardCharts::percent(row.csat.percent) : DashboardCharts::tr("–"),
            row.smallSample ? DashboardCharts::tr("small sample") : DashboardCharts::tr("ok")};
    }
    spec.caption = DashboardCharts::tr("NPS* pulls small groups toward the site's NPS of %1: (n·NPS + %2·site)/(n + "
                                       "%2). * marks fewer than %3 answers.")
                       .arg(DashboardCharts::number(d.siteNps.nps))
                       .arg(core::SatisfactionDashboard::shrinkageK)
                       .arg(core::SatisfactionScore::smallSampleThreshold);
    if (rows.isEmpty()) {
        spec.emptyText = emptyText;
        return spec;
    }
    QChart *chart = newChart();
    auto *raw = new QBarSet(DashboardCharts::tr("NPS"));
    raw->setColor(ChartStyle::sky());
    raw->setBorderColor(ChartStyle::sky());
    auto *shrunk = new QBarSet(DashboardCharts::tr("NPS* (shrunk)"));
    shrunk->setColor(ChartStyle::blue());
    shrunk->setBorderColor(ChartStyle::blue());
    QStringList categories;
    // Eight bars leave room for every name; with more, Qt Charts drops every other label.
    const int shown = std::min<int>(static_cast<int>(rows.size()), 8);
    double low = 0;
    double high = 0;
    for (int i = shown - 1; i >= 0; --i) {
        const auto &row = rows.at(i);
        const QString label = axisLabel(row.label);
        categories << (row.smallSample ? label + DashboardCharts::smallSampleMark() : label);
        *raw << row.nps.nps;
        *shrunk << row.shrunkNps;
        low = std::min({low, row.nps.nps, row.shrunkNps});
        high = std::max({high, row.nps.nps, row.shrunkNps});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(raw);
    series->append(shrunk);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    // As in the bar chart above: whole, level labels (short through axisLabel) instead of a column of "…".
    y->setTruncateLabels(false);
    y->setLabelsAngle(0);
    auto *x = valueAxis(low < 0 ? -niceMax(-low) : 0, niceMax(high), DashboardCharts::tr("NPS"));
    attach(chart, series, x, y);
    spec.chart = chart;
    if (rows.size() > shown) {
        spec.caption +=
            QLatin1Char(' ') +
            DashboardCharts::tr("The chart shows the top %1; Numbers lists all %2.").arg(shown).arg(rows.size());
    }
    return spec;
}

} // namespace

QString DashboardCharts::number(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) {
        value = 0; // no "-0"
    }
    return QLocale().toString(value, 'f', decimals);
}

QString DashboardCharts::integer(qint64 value)
{
    return QLocale().toString(value);
}

QString DashboardCharts::percent(double value, int decimals)
{
    return tr("%1%").arg(number(value, decimals));
}

QString DashboardCharts::money(qint64 cents)
{
    return tr("¥%1").arg(QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2));
}

QString DashboardCharts::npsText(const core::NpsResult &nps)
{
    return tr("%1 (95% interval %2 to %3, n = %4)")
        .arg(number(nps.nps), number(nps.low), number(nps.high), integer(nps.n));
}

QString DashboardCharts::smallSampleMark()
{
    return QStringLiteral(" *");
}

// ---------------------------------------------------------------- satisfaction

ChartSpec DashboardCharts::npsTrend(const core::SatisfactionDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("NPS trend with 95% interval");
    spec.numbers.headers = {tr("Period"), tr("Answers"),   tr("NPS"),       tr("Low"),
                            tr("High"),   tr("Promoters"), tr("Detractors")};
    QStringList labels;
    for (const core::SatisfactionTrendPoint &p : d.trend) {
        labels << periodLabel(p.periodStart, d.filter.bucket);
        spec.numbers.rows << QStringList{labels.last(),
                                         integer(p.nps.n),
                                         p.nps.n > 0 ? number(p.nps.nps) : tr("–"),
                                         p.nps.n > 0 ? number(p.nps.low) : tr("–"),
                                         p.nps.n > 0 ? number(p.nps.high) : tr("–"),
                                         integer(p.nps.promoters),
                                         integer(p.nps.detractors)};
    }
    if (d.nps.n == 0) {
        spec.emptyText = tr("No one answered the recommend question in this period. Choose a longer period, or "
                            "record survey responses under Feedback.");
        return spec;
    }
    QChart *chart = newChart();
    auto *line = new QLineSeries;
    line->setName(tr("NPS"));
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    for (int i = 0; i < d.trend.size(); ++i) {
        const auto &p = d.trend.at(i);
        if (p.nps.n == 0) {
            continue;
        }
        line->append(i, p.nps.nps);
        upper->append(i, p.nps.high);
        lower->append(i, p.nps.low);
    }
    auto *band = new QAreaSeries(upper, lower);
    band->setName(tr("95% interval"));
    QColor fill = ChartStyle::blue();
    fill.setAlpha(50);
    band->setColor(fill);
    band->setBorderColor(Qt::transparent);
    QPen pen(ChartStyle::blue());
    pen.setWidth(3);
    line->setPen(pen);
    line->setPointsVisible(true);
    auto *x = periodAxis(labels);
    auto *y = valueAxis(-100, 100, tr("NPS"));
    y->setTickCount(5);
    attach(chart, band, x, y);
    attach(chart, line, x, y);
    spec.chart = chart;
    spec.caption = tr("Period NPS %1. The band is where the true NPS lies with 95% confidence; wide bands mean few "
                      "answers.")
                       .arg(npsText(d.nps));
    return spec;
}

ChartSpec DashboardCharts::csatTrend(const core::SatisfactionDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("CSAT trend (share scoring 4 or 5)");
    spec.numbers.headers = {tr("Period"), tr("Overall scores"), tr("4 or 5"), tr("CSAT")};
    QStringList labels;
    for (const core::SatisfactionTrendPoint &p : d.trend) {
        labels << periodLabel(p.periodStart, d.filter.bucket);
        spec.numbers.rows << QStringList{labels.last(), integer(p.csat.n), integer(p.csat.topTwo),
                                         p.csat.n > 0 ? percent(p.csat.percent) : tr("–")};
    }
    if (d.csat.n == 0) {
        spec.emptyText = tr("No overall satisfaction scores in this period. Choose a longer period, or record survey "
                            "responses under Feedback.");
        return spec;
    }
    QChart *chart = newChart();
    auto *line = new QLineSeries;
    line->setName(tr("CSAT"));
    for (int i = 0; i < d.trend.size(); ++i) {
        if (d.trend.at(i).csat.n > 0) {
            line->append(i, d.trend.at(i).csat.percent);
        }
    }
    QPen pen(ChartStyle::orange());
    pen.setWidth(3);
    line->setPen(pen);
    line->setPointsVisible(true);
    auto *y = valueAxis(0, 100, tr("% scoring 4 or 5"));
    y->setTickCount(6);
    attach(chart, line, periodAxis(labels), y);
    chart->legend()->hide();
    spec.chart = chart;
    spec.caption = tr("Period CSAT %1 of %2 overall scores.").arg(percent(d.csat.percent), integer(d.csat.n));
    return spec;
}

ChartSpec DashboardCharts::dimensionScores(const core::SatisfactionDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Dimension scores (0–100)");
    spec.numbers.headers = {tr("Dimension"), tr("Scores"), tr("Score"), tr("Importance"), tr("Sample")};
    QList<std::pair<QString, double>> rows;
    for (const core::DimensionInsight &dim : d.dimensions) {
        spec.numbers.rows << QStringList{dim.label, integer(dim.n), number(dim.score, 1),
                                         dim.importance ? number(*dim.importance, 2) : tr("–"),
                                         dim.smallSample ? tr("small sample") : tr("ok")};
        if (dim.n > 0) {
            rows.append({dim.smallSample ? dim.label + smallSampleMark() : dim.label, std::round(dim.score)});
        }
    }
    if (rows.isEmpty()) {
        spec.emptyText = tr("No dimension scores in this period.");
        return spec;
    }
    spec.chart = horizontalBars(rows, tr("Score"), ChartStyle::green(), 100, tr("Mean score, 0–100"));
    spec.caption = tr("* fewer than %1 scores: read with care.").arg(core::SatisfactionScore::smallSampleThreshold);
    return spec;
}

ChartSpec DashboardCharts::importanceMatrix(const core::SatisfactionDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Importance × performance");
    spec.numbers.headers = {tr("Dimension"), tr("Importance"), tr("Score"), tr("Pairs"), tr("Quadrant")};
    QList<const core::DimensionInsight *> placed;
    for (const core::DimensionInsight &dim : d.dimensions) {
        spec.numbers.rows << QStringList{dim.label, dim.importance ? number(*dim.importance, 2) : tr("–"),
                                         number(dim.score, 1), integer(dim.pairs),
                                         core::SatisfactionDashboard::quadrantLabel(dim.quadrant)};
        if (dim.importance) {
            placed << &dim;
        }
    }
    if (placed.isEmpty()) {
        spec.emptyText = tr("Importance needs at least %1 responses with both a dimension score and an overall score. "
                            "Choose a longer period.")
                             .arg(core::SatisfactionDashboard::minimumPairs);
        return spec;
    }
    QChart *chart = newChart();
    // The axes fit the dimensions with a margin: real dimensions differ by a few points and hundredths, and on a
    // full 0–100 by −1–1 grid they sat on top of each other with unreadable labels.
    double minImportance = 1;
    double maxImportance = -1;
    double minScore = 100;
    double maxScore = 0;
    for (const auto *dim : placed) {
        minImportance = std::min(minImportance, *dim->importance);
        maxImportance = std::max(maxImportance, *dim->importance);
        minScore = std::min(minScore, dim->score);
        maxScore = std::max(maxScore, dim->score);
    }
    const double importancePad = std::max(0.05, (maxImportance - minImportance) * 0.3);
    const double scorePad = std::max(2.0, (maxScore - minScore) * 0.3);
    auto *x = valueAxis(std::max(-1.0, minImportance - importancePad), std::min(1.0, maxImportance + importancePad),
                        tr("Importance (correlation with overall score)"), QStringLiteral("%.2f"));
    auto *y = valueAxis(std::max(0.0, std::floor(minScore - scorePad)), std::min(100.0, std::ceil(maxScore + scorePad)),
                        tr("Score, 0–100"));
    const QList<core::ImportanceQuadrant> quadrants{
        core::ImportanceQuadrant::Concentrate, core::ImportanceQuadrant::KeepUp, core::ImportanceQuadrant::LowPriority,
        core::ImportanceQuadrant::PossibleOverkill};
    const QList<QColor> colours{ChartStyle::vermillion(), ChartStyle::green(), ChartStyle::grey(), ChartStyle::blue()};
    const QList<QScatterSeries::MarkerShape> shapes{
        QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeCircle,
        QScatterSeries::MarkerShapeRectangle};
    for (int q = 0; q < quadrants.size(); ++q) {
        // An empty series per quadrant gives the legend its names; each dimension is a series for its label.
        auto *legendSeries = new QScatterSeries;
        legendSeries->setName(core::SatisfactionDashboard::quadrantLabel(quadrants.at(q)));
        legendSeries->setColor(colours.at(q));
        legendSeries->setBorderColor(colours.at(q));
        legendSeries->setMarkerShape(shapes.at(q));
        legendSeries->setMarkerSize(11);
        attach(chart, legendSeries, x, y);
    }
    // Dimensions often lie within a few points and hundredths of each other, and their names (longer in Chinese)
    // then overlap: each point carries a number and the caption says which dimension it is.
    QStringList key;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const auto *dim = placed.at(i);
        const auto q = std::max<qsizetype>(0, quadrants.indexOf(dim->quadrant));
        key << tr("%1 %2").arg(i + 1).arg(axisLabel(dim->label, 16));
        auto *point = new QScatterSeries;
        point->setName(dim->label);
        point->append(*dim->importance, dim->score);
        point->setColor(colours.at(q));
        point->setBorderColor(colours.at(q));
        point->setMarkerShape(shapes.at(q));
        point->setMarkerSize(11);
        point->setPointLabelsFormat(QString::number(i + 1));
        point->setPointLabelsVisible(true);
        point->setPointLabelsClipping(false);
        attach(chart, point, x, y);
        hideFromLegend(chart, point);
    }
    QPen guide(ChartStyle::grey());
    guide.setStyle(Qt::DashLine);
    auto *vertical = new QLineSeries;
    vertical->append(d.meanImportance, y->min());
    vertical->append(d.meanImportance, y->max());
    vertical->setPen(guide);
    auto *horizontal = new QLineSeries;
    horizontal->append(x->min(), d.meanScore);
    horizontal->append(x->max(), d.meanScore);
    horizontal->setPen(guide);
    attach(chart, vertical, x, y);
    attach(chart, horizontal, x, y);
    hideFromLegend(chart, vertical);
    hideFromLegend(chart, horizontal);
    spec.chart = chart;
    spec.caption = tr("Dashed lines: mean importance %1 and mean score %2. Top left (important, scored low) is "
                      "where to concentrate.")
                       .arg(number(d.meanImportance, 2), number(d.meanScore, 1)) +
                   QLatin1Char('\n') + key.join(tr(" · "));
    return spec;
}

ChartSpec DashboardCharts::departmentComparison(const core::SatisfactionDashboard &d)
{
    return comparison(d.departments, d, tr("NPS by department"), tr("Department"),
                      tr("No responses name a department in this period."));
}

ChartSpec DashboardCharts::staffComparison(const core::SatisfactionDashboard &d)
{
    return comparison(d.staff, d, tr("NPS by staff member"), tr("Staff"),
                      tr("No responses name a staff member in this period."));
}

QString DashboardCharts::satisfactionSummary(const core::SatisfactionDashboard &d)
{
    if (d.responses == 0) {
        return tr("No survey responses in this period.");
    }
    return tr("%1 responses · NPS %2 · CSAT %3 · site NPS %4 (the prior for NPS*)")
        .arg(integer(d.responses), npsText(d.nps), d.csat.n > 0 ? percent(d.csat.percent) : tr("–"),
             number(d.siteNps.nps));
}

// ---------------------------------------------------------------- complaints

ChartSpec DashboardCharts::complaintCategories(const core::ComplaintDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Complaints by category");
    spec.numbers.headers = {tr("Category"), tr("Complaints"), tr("Share")};
    QList<std::pair<QString, double>> rows;
    int max = 0;
    for (const core::ComplaintCategoryCount &c : d.categories) {
        spec.numbers.rows << QStringList{c.label, integer(c.count),
                                         d.report.total > 0 ? percent(100.0 * c.count / d.report.total) : tr("–")};
        rows.append({c.label, c.count});
        max = std::max(max, c.count);
    }
    if (d.report.total == 0) {
        spec.emptyText = tr("No complaints were received in this period.");
        return spec;
    }
    spec.chart =
        horizontalBars(rows, tr("Complaints"), ChartStyle::vermillion(), niceMax(max * 1.15), tr("Complaints"));
    return spec;
}

ChartSpec DashboardCharts::complaintSeverities(const core::ComplaintDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Complaints by severity");
    spec.numbers.headers = {tr("Severity"), tr("Complaints"), tr("Share")};
    QList<std::pair<QString, double>> rows;
    int max = 0;
    for (const core::ComplaintSeverityCount &s : d.severities) {
        spec.numbers.rows << QStringList{s.label, integer(s.count),
                                         d.report.total > 0 ? percent(100.0 * s.count / d.report.total) : tr("–")};
        rows.append({s.label, s.count});
        max = std::max(max, s.count);
    }
    if (d.report.total == 0) {
        spec.emptyText = tr("No complaints were received in this period.");
        return spec;
    }
    spec.chart = horizontalBars(rows, tr("Complaints"), ChartStyle::orange(), niceMax(max * 1.15), tr("Complaints"));
    return spec;
}

QString DashboardCharts::resolutionBucketsNote()
{
    return tr("Median and P90 are read from a histogram of resolution times (quarter hours below 24 business "
              "hours, whole hours to 120, coarser beyond), so they are within one bucket of the exact value.");
}

ChartSpec DashboardCharts::complaintSla(const core::ComplaintDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Handled within the time limit");
    const core::ComplaintReport &r = d.report;
    spec.numbers.headers = {tr("Measure"), tr("Decided"), tr("Within limit"), tr("Share")};
    spec.numbers.rows << QStringList{tr("First response"), integer(r.firstResponse.decided),
                                     integer(r.firstResponse.within), shareText(r.firstResponse)};
    spec.numbers.rows << QStringList{tr("Resolution"), integer(r.resolution.decided), integer(r.resolution.within),
                                     shareText(r.resolution)};
    spec.numbers.rows << QStringList{
        tr("Median resolution time"), integer(r.resolved), {}, hoursText(r.medianResolutionHours)};
    spec.numbers.rows << QStringList{
        tr("P90 resolution time"), integer(r.resolved), {}, hoursText(r.p90ResolutionHours)};
    spec.numbers.rows << QStringList{tr("Reopened"), integer(r.everResolved), integer(r.reopened),
                                     r.reopenRatePercent() ? percent(*r.reopenRatePercent()) : tr("–")};
    if (r.firstResponse.decided == 0 && r.resolution.decided == 0) {
        spec.emptyText = tr("No complaint in this period has reached a time limit yet.");
        return spec;
    }
    QList<std::pair<QString, double>> rows{{tr("First response"), std::round(r.firstResponse.percent().value_or(0))},
                                           {tr("Resolution"), std::round(r.resolution.percent().value_or(0))}};
    spec.chart = horizontalBars(rows, tr("% within limit"), ChartStyle::green(), 100, tr("% within the time limit"));
    spec.caption = tr("Resolution time: median %1, P90 %2 (business hours). Reopen rate %3.")
                       .arg(hoursText(r.medianResolutionHours), hoursText(r.p90ResolutionHours),
                            r.reopenRatePercent() ? percent(*r.reopenRatePercent()) : tr("–"));
    if (d.resolutionTimesFromBuckets && r.medianResolutionHours) {
        spec.caption += QLatin1Char(' ') + resolutionBucketsNote();
    }
    return spec;
}

ChartSpec DashboardCharts::rootCausePareto(const core::ComplaintDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Root causes (Pareto)");
    spec.numbers.headers = {tr("Root cause"), tr("Complaints"), tr("Share"), tr("Cumulative")};
    for (const core::RootCauseCount &c : d.pareto) {
        spec.numbers.rows << QStringList{c.label, integer(c.count), percent(c.percent, 1),
                                         percent(c.cumulativePercent, 1)};
    }
    spec.caption = tr("%1 complaints with a root cause recorded, %2 without (not yet investigated).")
                       .arg(integer(d.withRootCause), integer(d.withoutRootCause));
    // Causes are phrases: the axis numbers them by rank and the caption says which is which.
    QStringList key;
    for (int i = 0; i < d.pareto.size(); ++i) {
        key << tr("%1 %2").arg(i + 1).arg(axisLabel(d.pareto.at(i).label, 16));
    }
    if (!key.isEmpty()) {
        spec.caption += QLatin1Char('\n') + key.join(tr(" · "));
    }
    if (d.pareto.isEmpty()) {
        spec.emptyText = tr("No root causes recorded for complaints of this period yet.");
        return spec;
    }
    QChart *chart = newChart();
    auto *set = new QBarSet(tr("Complaints"));
    set->setColor(ChartStyle::vermillion());
    set->setBorderColor(ChartStyle::vermillion());
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    QPen pen(ChartStyle::blue());
    pen.setWidth(2);
    cumulative->setPen(pen);
    cumulative->setPointsVisible(true);
    QStringList categories;
    int max = 0;
    for (int i = 0; i < d.pareto.size(); ++i) {
        const auto &c = d.pareto.at(i);
        categories << QString::number(i + 1); // the caption names each rank; the numbers table has them in full
        *set << c.count;
        cumulative->append(i, c.cumulativePercent);
        max = std::max(max, c.count);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Root cause (by rank, see below)"));
    auto *y = valueAxis(0, niceMax(max), tr("Complaints"));
    auto *right = valueAxis(0, 100, tr("Cumulative %"));
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    cumulative->attachAxis(x);
    cumulative->attachAxis(right);
    spec.chart = chart;
    return spec;
}

ChartSpec DashboardCharts::complaintTrend(const core::ComplaintDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Complaints per month");
    spec.numbers.headers = {tr("Month"), tr("Received"), tr("Resolved by now")};
    QStringList labels;
    int max = 0;
    for (const core::ComplaintMonthCount &m : d.trend) {
        labels << m.month.toString(QStringLiteral("yyyy-MM"));
        spec.numbers.rows << QStringList{labels.last(), integer(m.received), integer(m.resolved)};
        max = std::max(max, m.received);
    }
    if (d.report.total == 0) {
        spec.emptyText = tr("No complaints were received in this period.");
        return spec;
    }
    QChart *chart = newChart();
    auto *received = new QBarSet(tr("Received"));
    received->setColor(ChartStyle::vermillion());
    auto *resolved = new QBarSet(tr("Resolved by now"));
    resolved->setColor(ChartStyle::green());
    for (const core::ComplaintMonthCount &m : d.trend) {
        *received << m.received;
        *resolved << m.resolved;
    }
    auto *series = new QBarSeries;
    series->append(received);
    series->append(resolved);
    auto *x = monthBarAxis(labels);
    attach(chart, series, x, valueAxis(0, niceMax(max), tr("Complaints")));
    spec.chart = chart;
    return spec;
}

ChartSpec DashboardCharts::repeatComplainants(const core::ComplaintDashboard &d, const QHash<qint64, QString> &names)
{
    ChartSpec spec;
    spec.title = tr("Repeat complainants");
    spec.numbers.headers = {tr("Customer"), tr("Complaints"), tr("Last received")};
    for (const core::RepeatComplainant &c : d.repeatComplainants) {
        spec.numbers.rows << QStringList{
            names.value(c.customerId, tr("#%1").arg(c.customerId)), integer(c.complaints),
            QLocale().toString(c.lastReceivedAt.toLocalTime().date(), QLocale::ShortFormat)};
        spec.numbers.rowIds << c.customerId;
    }
    spec.caption = tr("Customers with two or more complaints in the period. Enter or double-click opens the profile.");
    if (d.repeatComplainants.isEmpty()) {
        spec.emptyText = tr("No customer complained more than once in this period.");
    }
    return spec;
}

QString DashboardCharts::complaintSummary(const core::ComplaintDashboard &d)
{
    const core::ComplaintReport &r = d.report;
    if (r.total == 0) {
        return tr("No complaints were received in this period.");
    }
    return tr("%1 complaints · first response within limit %2 · resolution within limit %3 · median %4, P90 %5 · "
              "reopened %6 · %7 repeat complainants")
        .arg(integer(r.total), shareText(r.firstResponse), shareText(r.resolution), hoursText(r.medianResolutionHours),
             hoursText(r.p90ResolutionHours), r.reopenRatePercent() ? percent(*r.reopenRatePercent()) : tr("–"),
             integer(d.repeatComplainants.size()));
}

// ---------------------------------------------------------------- loyalty

ChartSpec DashboardCharts::tierDistribution(const core::LoyaltyDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Members by tier");
    spec.numbers.headers = {tr("Tier"), tr("Members"), tr("Share")};
    QList<std::pair<QString, double>> rows;
    qint64 max = 0;
    for (const core::LoyaltyTierShare &t : d.tiers) {
        spec.numbers.rows << QStringList{t.label, integer(t.members), percent(t.percent, 1)};
        rows.append({t.label, static_cast<double>(t.members)});
        max = std::max(max, t.members);
    }
    if (d.members == 0) {
        spec.emptyText = tr("No loyalty members yet. Points are earned when visits with an amount are recorded.");
        return spec;
    }
    spec.chart = horizontalBars(rows, tr("Members"), ChartStyle::purple(), niceMax(max * 1.15), tr("Members"));
    return spec;
}

ChartSpec DashboardCharts::pointsFlows(const core::LoyaltyDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Points earned, redeemed and expired");
    spec.numbers.headers = {tr("Month"), tr("Earned"), tr("Redeemed"), tr("Expired"), tr("Adjusted")};
    QStringList labels;
    qint64 max = 0;
    for (const core::LoyaltyFlowMonth &m : d.months) {
        labels << m.month.toString(QStringLiteral("yyyy-MM"));
        spec.numbers.rows << QStringList{labels.last(), integer(m.earned), integer(m.redeemed), integer(m.expired),
                                         integer(m.adjusted)};
        max = std::max({max, m.earned, m.redeemed, m.expired});
    }
    if (d.earned == 0 && d.redeemed == 0 && d.expired == 0) {
        spec.emptyText = tr("No points were earned, redeemed or expired in this period.");
        return spec;
    }
    QChart *chart = newChart();
    auto *earned = new QBarSet(tr("Earned"));
    earned->setColor(ChartStyle::blue());
    auto *redeemed = new QBarSet(tr("Redeemed"));
    redeemed->setColor(ChartStyle::orange());
    auto *expired = new QBarSet(tr("Expired"));
    expired->setColor(ChartStyle::grey());
    for (const core::LoyaltyFlowMonth &m : d.months) {
        *earned << static_cast<double>(m.earned);
        *redeemed << static_cast<double>(m.redeemed);
        *expired << static_cast<double>(m.expired);
    }
    auto *series = new QBarSeries;
    series->append(earned);
    series->append(redeemed);
    series->append(expired);
    auto *x = monthBarAxis(labels);
    attach(chart, series, x, valueAxis(0, niceMax(static_cast<double>(max)), tr("Points")));
    spec.chart = chart;
    spec.caption = tr("Redemption rate over the period: %1 (redeemed ÷ earned).")
                       .arg(d.redemptionRate ? percent(*d.redemptionRate * 100.0) : tr("–"));
    return spec;
}

ChartSpec DashboardCharts::liability(const core::LoyaltyDashboard &d)
{
    ChartSpec spec;
    spec.title = tr("Points liability and redemption");
    spec.numbers.headers = {tr("Measure"), tr("Value")};
    spec.numbers.rows << QStringList{tr("Members"), integer(d.members)};
    spec.numbers.rows << QStringList{tr("Members holding points"), integer(d.membersWithPoints)};
    spec.numbers.rows << QStringList{
        tr("Points outstanding on %1").arg(QLocale().toString(d.asOf, QLocale::ShortFormat)),
        integer(d.outstandingPoints)};
    spec.numbers.rows << QStringList{tr("Worth at the redemption value"), money(d.outstandingValueCents)};
    spec.numbers.rows << QStringList{tr("Past expiry, not yet written off"), integer(d.pendingExpiryPoints)};
    spec.numbers.rows << QStringList{tr("Earned in the period"), integer(d.earned)};
    spec.numbers.rows << QStringList{tr("Redeemed in the period"), integer(d.redeemed)};
    spec.numbers.rows << QStringList{tr("Expired in the period"), integer(d.expired)};
    spec.numbers.rows << QStringList{tr("Redemption rate"),
                                     d.redemptionRate ? percent(*d.redemptionRate * 100.0, 1) : tr("–")};
    return spec;
}

QString DashboardCharts::loyaltySummary(const core::LoyaltyDashboard &d)
{
    if (d.members == 0) {
        return tr("No loyalty members yet.");
    }
    return tr("%1 members · %2 points outstanding (%3) · redemption rate %4")
        .arg(integer(d.members), integer(d.outstandingPoints), money(d.outstandingValueCents),
             d.redemptionRate ? percent(*d.redemptionRate * 100.0) : tr("–"));
}

// ---------------------------------------------------------------- churn and value

namespace {

QString notComputedText()
{
    return DashboardCharts::tr("Churn figures have not been computed yet. They are computed when this tab opens; "
                               "press Refresh to try again.");
}

} // namespace

ChartSpec DashboardCharts::churnTrend(const core::ChurnDashboardData &d)
{
    ChartSpec spec;
    spec.title = tr("Churn rate per month");
    spec.numbers.headers = {tr("Month"), tr("Active at start"), tr("Lapsed"), tr("Came back"), tr("Churn rate")};
    QStringList labels;
    double max = 0;
    // The month in progress has had only some of its days to lapse in: in the table (marked), not on the line.
    const QDate thisMonth = monthInProgress(d);
    bool marked = false;
    for (const core::ChurnMonth &m : d.trend) {
        labels << m.month.toString(QStringLiteral("yyyy-MM"));
        const bool inProgress = m.month == thisMonth;
        marked = marked || inProgress;
        spec.numbers.rows << QStringList{inProgress ? tr("%1*").arg(labels.last()) : labels.last(),
                                         integer(m.activeAtStart), integer(m.lapsed), integer(m.returned),
                                         m.rate() ? percent(*m.rate() * 100.0, 1) : tr("–")};
        max = std::max(max, m.rate().value_or(0) * 100.0);
    }
    if (!d.computedAt.isValid()) {
        spec.emptyText = notComputedText();
        return spec;
    }
    if (d.trend.isEmpty()) {
        spec.emptyText = tr("No visits yet, so no churn to show.");
        return spec;
    }
    QChart *chart = newChart();
    auto *line = new QLineSeries;
    line->setName(tr("Churn rate"));
    for (int i = 0; i < d.trend.size(); ++i) {
        if (const auto rate = d.trend.at(i).rate(); rate && d.trend.at(i).month != thisMonth) {
            line->append(i, *rate * 100.0);
        }
    }
    QPen pen(ChartStyle::vermillion());
    pen.setWidth(3);
    line->setPen(pen);
    line->setPointsVisible(true);
    attach(
        chart, line, periodAxis(labels),
        valueAxis(0, niceMax(std::max(1.0, max * 1.2)), tr("% of active customers lapsing"), QStringLiteral("%.1f")));
    chart->legend()->hide();
    spec.chart = chart;
    spec.caption = tr("A customer lapses %1 days after a visit with no later one. Over the last 12 months %2 of "
                      "active customers lapsed.")
                       .arg(core::ChurnSettings().lapseDays)
                       .arg(d.annualChurnRate ? percent(*d.annualChurnRate * 100.0, 1) : tr("–"));
    if (marked) {
        spec.caption += QLatin1Char(' ') + inProgressNote(d);
    }
    return spec;
}

ChartSpec DashboardCharts::cohortRetention(const core::ChurnDashboardData &d)
{
    ChartSpec spec;
    spec.title = tr("Cohort retention (by month of first visit)");
    int months = 0;
    for (const core::CohortRow &row : d.cohorts) {
        months = std::max(months, static_cast<int>(row.retained.size()));
    }
    spec.numbers.headers = {tr("First visit"), tr("Customers")};
    for (int k = 0; k < months; ++k) {
        spec.numbers.headers << tr("M%1").arg(k);
    }
    // The newest diagonal is the month in progress: marked, so that "0%" on its second day does not read as a fall.
    const QDate thisMonth = monthInProgress(d);
    bool marked = false;
    for (const core::CohortRow &row : d.cohorts) {
        QStringList cells{row.month.toString(QStringLiteral("yyyy-MM")), integer(row.size)};
        QList<double> shades{-1.0, -1.0};
        for (int k = 0; k < months; ++k) {
            const auto share = row.share(k);
            const bool inProgress = share && k > 0 && row.month.addMonths(k) == thisMonth;
            marked = marked || inProgress;
            cells << (!share ? QString()
                             : inProgress ? tr("%1*").arg(percent(*share * 100.0))
                                          : percent(*share * 100.0));
            shades << (share ? *share : -1.0);
        }
        spec.numbers.rows << cells;
        spec.numbers.shades << shades;
    }
    spec.caption = tr("Share of each month's new customers who visited again k months later (M0 is the first month). "
                      "Darker is better.");
    if (marked) {
        spec.caption += QLatin1Char(' ') + inProgressNote(d);
    }
    if (!d.computedAt.isValid()) {
        spec.emptyText = notComputedText();
    } else if (d.cohorts.isEmpty()) {
        spec.emptyText = tr("No first visits in the last 12 months.");
    }
    return spec;
}

ChartSpec DashboardCharts::retentionCurves(const core::ChurnDashboardData &d)
{
    ChartSpec spec;
    spec.title = tr("Retention curves (Kaplan–Meier) by segment");
    spec.numbers.headers = {tr("Segment"), tr("Customers"), tr("Lapsed"), tr("Median time to lapse"),
                            tr("Retained after 1 year")};
    for (const core::KaplanMeierCurve &curve : d.curves) {
        spec.numbers.rows << QStringList{
            core::churnSegmentLabel(curve.segment), integer(curve.customers), integer(curve.events),
            curve.medianDays ? tr("%1 days").arg(integer(*curve.medianDays)) : tr("not reached"),
            percent(core::KaplanMeier::survivalAt(curve.points, 365) * 100.0)};
    }
    if (!d.computedAt.isValid()) {
        spec.emptyText = notComputedText();
        return spec;
    }
    if (d.curves.isEmpty()) {
        spec.emptyText = tr("No visits yet, so no retention to show.");
        return spec;
    }
    QChart *chart = newChart();
    int maxDay = 30;
    for (const core::KaplanMeierCurve &curve : d.curves) {
        if (!curve.points.isEmpty()) {
            maxDay = std::max(maxDay, curve.points.last().day);
        }
    }
    auto *x = valueAxis(0, niceMax(maxDay), tr("Days since first visit"));
    auto *y = valueAxis(0, 100, tr("% still retained"));
    y->setTickCount(6);
    QStringList medians;
    for (int i = 0; i < d.curves.size(); ++i) {
        const core::KaplanMeierCurve &curve = d.curves.at(i);
        auto *line = new QLineSeries;
        // Only the segment in the legend, so it fits in any language; the medians go into the caption.
        line->setName(core::churnSegmentLabel(curve.segment));
        medians << (curve.medianDays
                        ? tr("%1 %2 days").arg(core::churnSegmentLabel(curve.segment), integer(*curve.medianDays))
                        : tr("%1 not reached").arg(core::churnSegmentLabel(curve.segment)));
        // A step function: flat until the next day with an event, then down.
        double survival = 1;
        line->append(0, 100);
        for (const core::KaplanMeierPoint &p : curve.points) {
            line->append(p.day, survival * 100.0);
            survival = p.survival;
            line->append(p.day, survival * 100.0);
        }
        QPen pen(ChartStyle::colour(i));
        pen.setWidth(2);
        pen.setStyle(i == 1 ? Qt::DashLine : (i == 2 ? Qt::DotLine : Qt::SolidLine));
        line->setPen(pen);
        attach(chart, line, x, y);
    }
    QPen guide(ChartStyle::grey());
    guide.setStyle(Qt::DashDotLine);
    auto *half = new QLineSeries;
    half->append(0, 50);
    half->append(x->max(), 50);
    half->setPen(guide);
    attach(chart, half, x, y);
    hideFromLegend(chart, half);
    spec.chart = chart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    spec.caption = tr("Time from the first visit to lapsing; customers still active are counted until today. The "
                      "median is where a curve crosses 50%.") +
                   QLatin1Char(' ') + tr("Median time to lapse: %1.").arg(QLocale().createSeparatedList(medians));
    return spec;
}

ChartSpec DashboardCharts::rfmSegments(const core::CustomerValueData &d)
{
    ChartSpec spec;
    spec.title = tr("Customers by value segment (RFM)");
    spec.numbers.headers = {tr("Segment"), tr("Customers"), tr("Average yearly spend"), tr("Average lifetime value")};
    QList<std::pair<QString, double>> rows;
    int max = 0;
    int total = 0;
    for (const core::RfmSegmentFigures &s : d.segments) {
        spec.numbers.rows << QStringList{core::rfmSegmentLabel(s.segment), integer(s.customers),
                                         money(s.averageYearlySpendCents), money(s.averageLifetimeValueCents)};
        rows.append({core::rfmSegmentLabel(s.segment), static_cast<double>(s.customers)});
        max = std::max(max, s.customers);
        total += s.customers;
    }
    if (!d.computedAt.isValid()) {
        spec.emptyText = notComputedText();
        return spec;
    }
    if (total == 0) {
        spec.emptyText = tr("No customers with visits yet.");
        return spec;
    }
    spec.chart = horizontalBars(rows, tr("Customers"), ChartStyle::blue(), niceMax(max * 1.15), tr("Customers"));
    spec.caption = tr("Recency, frequency and spend over the last 365 days, each scored 1–5 by quintile.");
    return spec;
}

ChartSpec DashboardCharts::lifetimeValue(const core::CustomerValueData &d)
{
    ChartSpec spec;
    spec.title = tr("Customer lifetime value (estimate)");
    const core::LifetimeValueSummary &v = d.lifetimeValue;
    spec.numbers.headers = {tr("Measure"), tr("Value")};
    spec.numbers.rows << QStringList{tr("Annual churn rate"),
                                     v.annualChurnRate ? percent(*v.annualChurnRate * 100.0, 1) : tr("–")};
    spec.numbers.rows << QStringList{tr("Expected remaining years"), number(v.expectedYears, 1)};
    spec.numbers.rows << QStringList{tr("Customers with an estimate"), integer(v.customers)};
    spec.numbers.rows << QStringList{tr("Average yearly spend"), money(v.averageYearlySpendCents)};
    spec.numbers.rows << QStringList{tr("Average lifetime value"), money(v.averageLifetimeValueCents)};
    spec.numbers.rows << QStringList{tr("Total lifetime value"), money(v.totalLifetimeValueCents)};
    spec.caption = tr("Yearly spend × expected remaining years (1 ÷ annual churn rate, at most %1). Lapsed customers "
                      "count as 0.")
                       .arg(number(core::ChurnSettings().maxExpectedYears));
    if (!d.computedAt.isValid()) {
        spec.emptyText = notComputedText();
    }
    return spec;
}

QString DashboardCharts::churnSummary(const core::ChurnDashboardData &d)
{
    if (!d.computedAt.isValid()) {
        return notComputedText();
    }
    return tr("High risk %1 · medium %2 · low %3 · lapsed %4 · computed %5")
        .arg(integer(d.bands.high), integer(d.bands.medium), integer(d.bands.low), integer(d.bands.lapsed),
             QLocale().toString(d.computedAt.toLocalTime(), QLocale::ShortFormat));
}

// ---------------------------------------------------------------- cards

void DashboardCharts::show(ChartCard *card, const ChartSpec &spec)
{
    card->setNumbers(spec.numbers);
    card->setCaption(spec.caption);
    if (spec.chart) {
        card->setChart(spec.chart);
        card->setNumbersOnly(false);
    } else {
        card->setNumbersOnly(true);
    }
    card->setEmptyText(spec.emptyText);
}

} // namespace caredesk::ui
