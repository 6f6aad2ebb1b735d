// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/ChartNumbersTableModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace caredesk::core {
struct SatisfactionDashboard;
struct SatisfactionComparisonRow;
struct NpsResult;
struct ComplaintDashboard;
struct LoyaltyDashboard;
struct ChurnDashboardData;
struct CustomerValueData;
} // namespace caredesk::core

namespace caredesk::ui {

class ChartCard;

/** A chart ready to show or print: the chart (owned by whoever takes it), its numbers, a caption, an empty state. */
struct ChartSpec {
    QString title;
    QChart *chart = nullptr; ///< nullptr for figures that are only a table
    ChartNumbers numbers;
    QString caption;
    QString emptyText; ///< non-empty: there is nothing to show for the period, and this says so in words
};

/**
 * Builds the dashboards' charts and their numbers from the core figures, the same for the screen and for the monthly
 * report, so both always show the same thing.
 */
class DashboardCharts final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::DashboardCharts)

public:
    DashboardCharts() = delete;

    // Satisfaction
    [[nodiscard]] static ChartSpec npsTrend(const core::SatisfactionDashboard &d);
    [[nodiscard]] static ChartSpec csatTrend(const core::SatisfactionDashboard &d);
    [[nodiscard]] static ChartSpec dimensionScores(const core::SatisfactionDashboard &d);
    [[nodiscard]] static ChartSpec importanceMatrix(const core::SatisfactionDashboard &d);
    [[nodiscard]] static ChartSpec departmentComparison(const core::SatisfactionDashboard &d);
    [[nodiscard]] static ChartSpec staffComparison(const core::SatisfactionDashboard &d);

    // Complaints
    [[nodiscard]] static ChartSpec complaintCategories(const core::ComplaintDashboard &d);
    [[nodiscard]] static ChartSpec complaintSeverities(const core::ComplaintDashboard &d);
    [[nodiscard]] static ChartSpec complaintSla(const core::ComplaintDashboard &d);
    /** Says that median and P90 resolution times come from histogram buckets (within one bucket of exact). */
    [[nodiscard]] static QString resolutionBucketsNote();
    [[nodiscard]] static ChartSpec rootCausePareto(const core::ComplaintDashboard &d);
    [[nodiscard]] static ChartSpec complaintTrend(const core::ComplaintDashboard &d);
    /** Repeat complainants with the display names found for their ids (@p names; ids not in it show as "#id"). */
    [[nodiscard]] static ChartSpec repeatComplainants(const core::ComplaintDashboard &d,
                                                      const QHash<qint64, QString> &names);

    // Loyalty
    [[nodiscard]] static ChartSpec tierDistribution(const core::LoyaltyDashboard &d);
    [[nodiscard]] static ChartSpec pointsFlows(const core::LoyaltyDashboard &d);
    [[nodiscard]] static ChartSpec liability(const core::LoyaltyDashboard &d);

    // Churn and value (from the churn snapshot)
    [[nodiscard]] static ChartSpec churnTrend(const core::ChurnDashboardData &d);
    /** The retention triangle as a shaded table (no chart: a heatmap table reads better). */
    [[nodiscard]] static ChartSpec cohortRetention(const core::ChurnDashboardData &d);
    [[nodiscard]] static ChartSpec retentionCurves(const core::ChurnDashboardData &d);
    [[nodiscard]] static ChartSpec rfmSegments(const core::CustomerValueData &d);
    [[nodiscard]] static ChartSpec lifetimeValue(const core::CustomerValueData &d);
    [[nodiscard]] static QString churnSummary(const core::ChurnDashboardData &d);

    /** One-line summaries shown above each tab (and in the report). */
    [[nodiscard]] static QString satisfactionSummary(const core::SatisfactionDashboard &d);
    [[nodiscard]] static QString complaintSummary(const core::ComplaintDashboard &d);
    [[nodiscard]] static QString loyaltySummary(const core::LoyaltyDashboard &d);

    /** Puts @p spec into @p card (the card takes the chart). */
    static void show(ChartCard *card, const ChartSpec &spec);

    // Formatting shared with the report.
    [[nodiscard]] static QString number(double value, int decimals = 0);
    [[nodiscard]] static QString integer(qint64 value);
    [[nodiscard]] static QString percent(double value, int decimals = 0);
    [[nodiscard]] static QString money(qint64 cents);
    [[nodiscard]] static QString npsText(const core::NpsResult &nps);
    [[nodiscard]] static QString smallSampleMark();
};

} // namespace caredesk::ui
