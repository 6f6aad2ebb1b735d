// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/SatisfactionDashboard.h"

#include "core/common/Tr.h"
#include "core/feedback/SurveyRepository.h"
#include "core/storage/SqlErrors.h"
#include "core/visits/Visit.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace caredesk::core {

namespace {

/** The sums of analytics_survey_day over some of its rows. */
struct SurveyCounts {
    qint64 responses = 0;
    qint64 nNps = 0;
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    qint64 nCsat = 0;
    qint64 topTwo = 0;

    void add(const SurveyCounts &o)
    {
        responses += o.responses;
        nNps += o.nNps;
        promoters += o.promoters;
        passives += o.passives;
        detractors += o.detractors;
        nCsat += o.nCsat;
        topTwo += o.topTwo;
    }
    static SurveyCounts read(const QSqlQuery &q, int first)
    {
        SurveyCounts c;
        c.responses = q.value(first).toLongLong();
        c.nNps = q.value(first + 1).toLongLong();
        c.promoters = q.value(first + 2).toLongLong();
        c.passives = q.value(first + 3).toLongLong();
        c.detractors = q.value(first + 4).toLongLong();
        c.nCsat = q.value(first + 5).toLongLong();
        c.topTwo = q.value(first + 6).toLongLong();
        return c;
    }
};

const QString countColumns = QStringLiteral("sum(responses), sum(n_nps), sum(promoters), sum(passives), "
                                            "sum(detractors), sum(n_csat), sum(csat_top2)");

// The rollup keeps counts, not answers; SatisfactionScore::npsOf() is fed representative answers (10, 8, 0) so the
// formula and its interval stay in one place.
NpsResult npsFrom(const SurveyCounts &c)
{
    QList<int> answers;
    answers.reserve(static_cast<qsizetype>(c.promoters + c.passives + c.detractors));
    answers.insert(answers.size(), static_cast<qsizetype>(c.promoters), 10);
    answers.insert(answers.size(), static_cast<qsizetype>(c.passives), 8);
    answers.insert(answers.size(), static_cast<qsizetype>(c.detractors), 0);
    return SatisfactionScore::npsOf(answers);
}

CsatResult csatFrom(const SurveyCounts &c)
{
    CsatResult result;
    result.n = static_cast<int>(c.nCsat);
    result.topTwo = static_cast<int>(c.topTwo);
    result.percent = c.nCsat == 0 ? 0.0 : 100.0 * static_cast<double>(c.topTwo) / static_cast<double>(c.nCsat);
    result.smallSample = SatisfactionScore::isSmallSample(result.n);
    return result;
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

/** Filters over a rollup's department, staff and visit kind; department and staff only when @p all. */
QString scopeOf(const DashboardFilter &filter, bool all, QVariantList &values)
{
    QString where;
    if (all && !filter.department.isEmpty()) {
        where += QStringLiteral(" AND department = ?");
        values << filter.department;
    }
    if (all && !filter.staff.isEmpty()) {
        where += QStringLiteral(" AND staff = ?");
        values << filter.staff;
    }
    if (!filter.visitKind.isEmpty()) {
        where += QStringLiteral(" AND visit_kind = ?");
        values << filter.visitKind;
    }
    return where;
}

enum class Rollup { Survey, Dimension };

/**
 * The rows of the period as a subquery with a "period" column: whole months from the month rollup (migration 12),
 * the partial months at either end from the day rollup (migration 8), or only day rows when @p daysOnly (weekly
 * trend). Department and staff filters only when @p all.
 */
QString sourceOf(Rollup rollup, const DashboardFilter &filter, bool all, bool daysOnly, QVariantList &values)
{
    const QString columns =
        rollup == Rollup::Survey
            ? QStringLiteral("department, staff, visit_kind, responses, n_nps, promoters, passives, detractors, "
                             "n_csat, csat_top2")
            : QStringLiteral("department, staff, visit_kind, dimension_key, n, score_sum, n_pair, sum_x, sum_y, "
                             "sum_xx, sum_yy, sum_xy");
    const QString dayTable =
        rollup == Rollup::Survey ? QStringLiteral("analytics_survey_day") : QStringLiteral("analytics_dimension_day");
    const QString monthTable = rollup == Rollup::Survey ? QStringLiteral("analytics_survey_month")
                                                        : QStringLiteral("analytics_dimension_month");
    QList<DashboardFilter::KeyRange> ranges;
    if (daysOnly) {
        ranges.append({false, isoDay(filter.from), isoDay(filter.to)});
    } else {
        ranges = filter.rollupRanges();
    }
    QStringList parts;
    for (const DashboardFilter::KeyRange &range : std::as_const(ranges)) {
        const QString key = range.months ? QStringLiteral("month") : QStringLiteral("day");
        values << range.first << range.last;
        parts << QStringLiteral("SELECT %1 AS period, %2 FROM %3 WHERE %1 >= ? AND %1 <= ?%4")
                     .arg(key, columns, range.months ? monthTable : dayTable, scopeOf(filter, all, values));
    }
    return QStringLiteral(" FROM (") + parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(")");
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The satisfaction figures could not be read."));
}

Result<QList<SatisfactionComparisonRow>> comparison(QSqlDatabase &db, const DashboardFilter &filter,
                                                    const QString &column, const QString &noneLabel, double siteNps)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList values;
    const QString source = sourceOf(Rollup::Survey, filter, true, false, values);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + column + QStringLiteral(", ") + countColumns + source +
                          QStringLiteral(" GROUP BY ") + column,
                      values)) {
        return readError(q);
    }
    QList<SatisfactionComparisonRow> rows;
    while (q.next()) {
        const SurveyCounts c = SurveyCounts::read(q, 1);
        SatisfactionComparisonRow row;
        row.name = q.value(0).toString();
        row.label = row.name.isEmpty() ? noneLabel : row.name;
        row.responses = static_cast<int>(c.responses);
        row.nps = npsFrom(c);
        row.csat = csatFrom(c);
        row.shrunkNps = SatisfactionDashboard::shrink(row.nps.nps, row.nps.n, siteNps);
        row.smallSample = row.nps.smallSample;
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const SatisfactionComparisonRow &a, const SatisfactionComparisonRow &b) {
        if (a.shrunkNps != b.shrunkNps) {
            return a.shrunkNps > b.shrunkNps;
        }
        if (a.responses != b.responses) {
            return a.responses > b.responses;
        }
        return a.name < b.name;
    });
    return rows;
}

} // namespace

double SatisfactionDashboard::shrink(double nps, int n, double siteNps, int k)
{
    const int weight = std::max(0, n) + std::max(0, k);
    return weight == 0 ? siteNps : (std::max(0, n) * nps + std::max(0, k) * siteNps) / weight;
}

std::optional<double> SatisfactionDashboard::correlation(qint64 n, double sumX, double sumY, double sumXX, double sumYY,
                                                         double sumXY)
{
    if (n < minimumPairs) {
        return std::nullopt;
    }
    const auto count = static_cast<double>(n);
    const double varX = count * sumXX - sumX * sumX;
    const double varY = count * sumYY - sumY * sumY;
    // Integer sums make these exact; anything below a tiny epsilon is no spread at all.
    if (varX <= 1e-9 || varY <= 1e-9) {
        return std::nullopt;
    }
    const double r = (count * sumXY - sumX * sumY) / std::sqrt(varX * varY);
    return std::clamp(r, -1.0, 1.0);
}

ImportanceQuadrant SatisfactionDashboard::quadrantOf(const DimensionInsight &dimension, double meanImportance,
                                                     double meanScore)
{
    if (!dimension.importance) {
        return ImportanceQuadrant::Undetermined;
    }
    const bool important = *dimension.importance >= meanImportance;
    const bool above = dimension.score >= meanScore;
    if (important) {
        return above ? ImportanceQuadrant::KeepUp : ImportanceQuadrant::Concentrate;
    }
    return above ? ImportanceQuadrant::PossibleOverkill : ImportanceQuadrant::LowPriority;
}

QString SatisfactionDashboard::quadrantLabel(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::Concentrate: return AnalyticsTr::tr("Concentrate here");
    case ImportanceQuadrant::KeepUp: return AnalyticsTr::tr("Keep up the good work");
    case ImportanceQuadrant::LowPriority: return AnalyticsTr::tr("Low priority");
    case ImportanceQuadrant::PossibleOverkill: return AnalyticsTr::tr("Possible overkill");
    case ImportanceQuadrant::Undetermined: break;
    }
    return AnalyticsTr::tr("Not enough answers");
}

Result<SatisfactionDashboard> SatisfactionDashboard::build(const QString &connectionName, const DashboardFilter &filter)
{
    if (!filter.isValid()) {
        return makeError(ErrorCode::Validation,
                         AnalyticsTr::tr("Choose a period whose first day is not after its last day."));
    }
    SatisfactionDashboard d;
    d.filter = filter;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Trend and totals: one row per month or day (days only for weekly buckets), cut into buckets here.
    QVariantList values;
    QString source = sourceOf(Rollup::Survey, filter, true, filter.bucket == DashboardFilter::Bucket::Week, values);
    if (!execPrepared(q, QStringLiteral("SELECT period, ") + countColumns + source + QStringLiteral(" GROUP BY period"),
                      values)) {
        return readError(q);
    }
    const QList<QDate> starts = filter.bucketStarts();
    QHash<QDate, SurveyCounts> byBucket;
    SurveyCounts total;
    while (q.next()) {
        const SurveyCounts c = SurveyCounts::read(q, 1);
        const QString period = q.value(0).toString();
        const QDate day = QDate::fromString(period.size() == 7 ? period + QStringLiteral("-01") : period, Qt::ISODate);
        byBucket[DashboardFilter::bucketStart(day, filter.bucket)].add(c);
        total.add(c);
    }
    q.finish();
    for (const QDate &start : starts) {
        const SurveyCounts c = byBucket.value(start);
        d.trend.append({start, static_cast<int>(c.responses), npsFrom(c), csatFrom(c)});
    }
    d.responses = static_cast<int>(total.responses);
    d.nps = npsFrom(total);
    d.csat = csatFrom(total);

    // The site: period and visit kind only.
    values.clear();
    source = sourceOf(Rollup::Survey, filter, false, false, values);
    if (!execPrepared(q, QStringLiteral("SELECT ") + countColumns + source, values) || !q.next()) {
        return readError(q);
    }
    d.siteNps = npsFrom(SurveyCounts::read(q, 0));
    q.finish();

    // Dimensions with the sums for their importance, labelled and ordered by the newest version that has each key.
    QHash<QString, QString> labels;
    QHash<QString, QPair<qint64, int>> order; // key → (newest template id, position there)
    if (!execPrepared(q, QStringLiteral("SELECT key, label, template_id, position FROM survey_dimension "
                                        "ORDER BY template_id, position"))) {
        return readError(q);
    }
    while (q.next()) {
        SurveyDimension dimension;
        dimension.key = q.value(0).toString();
        dimension.label = q.value(1).toString();
        labels.insert(dimension.key, dimension.displayLabel());
        order.insert(dimension.key, {q.value(2).toLongLong(), q.value(3).toInt()});
    }
    q.finish();
    values.clear();
    source = sourceOf(Rollup::Dimension, filter, true, false, values);
    if (!execPrepared(q,
                      QStringLiteral("SELECT dimension_key, sum(n), sum(score_sum), sum(n_pair), sum(sum_x), "
                                     "sum(sum_y), sum(sum_xx), sum(sum_yy), sum(sum_xy)") +
                          source + QStringLiteral(" GROUP BY dimension_key"),
                      values)) {
        return readError(q);
    }
    while (q.next()) {
        DimensionInsight insight;
        insight.key = q.value(0).toString();
        insight.label = labels.value(insight.key, defaultDimensionLabel(insight.key));
        const qint64 n = q.value(1).toLongLong();
        const qint64 sum = q.value(2).toLongLong();
        insight.n = static_cast<int>(n);
        // The mean of SatisfactionScore::scaled(x, 5) = 100·(x − 1)/4, which is linear, from the sum of x.
        insight.score = n == 0 ? 0.0 : 100.0 * static_cast<double>(sum - n) / (4.0 * static_cast<double>(n));
        insight.smallSample = SatisfactionScore::isSmallSample(insight.n);
        insight.pairs = q.value(3).toInt();
        insight.importance = correlation(q.value(3).toLongLong(), q.value(4).toDouble(), q.value(5).toDouble(),
                                         q.value(6).toDouble(), q.value(7).toDouble(), q.value(8).toDouble());
        d.dimensions << insight;
    }
    q.finish();
    std::sort(d.dimensions.begin(), d.dimensions.end(), [&order](const DimensionInsight &a, const DimensionInsight &b) {
        const auto oa = order.value(a.key, {0, 0});
        const auto ob = order.value(b.key, {0, 0});
        if (oa.first != ob.first) {
            return oa.first > ob.first;
        }
        if (oa.second != ob.second) {
            return oa.second < ob.second;
        }
        return a.key < b.key;
    });
    int withImportance = 0;
    for (const DimensionInsight &insight : std::as_const(d.dimensions)) {
        if (insight.importance) {
            d.meanImportance += *insight.importance;
            d.meanScore += insight.score;
            ++withImportance;
        }
    }
    if (withImportance > 0) {
        d.meanImportance /= withImportance;
        d.meanScore /= withImportance;
    }
    for (DimensionInsight &insight : d.dimensions) {
        insight.quadrant = quadrantOf(insight, d.meanImportance, d.meanScore);
    }

    auto departments = comparison(db, filter, QStringLiteral("department"), AnalyticsTr::tr("(no department recorded)"),
                                  d.siteNps.nps);
    if (!departments) {
        return departments.error();
    }
    d.departments = *departments;
    auto staff = comparison(db, filter, QStringLiteral("staff"), AnalyticsTr::tr("(no staff recorded)"), d.siteNps.nps);
    if (!staff) {
        return staff.error();
    }
    d.staff = *staff;
    return d;
}

namespace {

/** Distinct values of @p column (a fixed name) named on responses, from the month rollup (every response is in it). */
Result<QStringList> choicesOf(const QString &connectionName, const QString &column)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!execPrepared(
            q,
            QStringLiteral("SELECT DISTINCT %1 FROM analytics_survey_month WHERE %1 <> '' ORDER BY %1").arg(column))) {
        return readError(q);
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

} // namespace

Result<QStringList> SatisfactionDashboard::departmentChoices(const QString &connectionName)
{
    return choicesOf(connectionName, QStringLiteral("department"));
}

Result<QStringList> SatisfactionDashboard::staffChoices(const QString &connectionName)
{
    return choicesOf(connectionName, QStringLiteral("staff"));
}

Result<QStringList> SatisfactionDashboard::visitKindChoices(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(
            q, QStringLiteral("SELECT DISTINCT visit_kind FROM analytics_survey_month WHERE visit_kind <> ''"))) {
        return readError(q);
    }
    QSet<QString> present;
    while (q.next()) {
        present.insert(q.value(0).toString());
    }
    QStringList kinds;
    for (VisitKind kind : allVisitKinds()) {
        if (present.contains(visitKindId(kind))) {
            kinds << visitKindId(kind);
        }
    }
    return kinds;
}

} // namespace caredesk::core
