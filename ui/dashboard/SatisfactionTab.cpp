// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/SatisfactionTab.h"

#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QLabel>

namespace caredesk::ui {

SatisfactionTab::SatisfactionTab(core::Database &database, const core::Clock &clock, QWidget *parent)
    : DashboardTab(database, clock, parent)
{
    m_summary = addSummary(QStringLiteral("satisfactionSummary"));
    m_nps = addCard(QStringLiteral("npsTrendCard"), tr("NPS trend with 95% interval"), 0, 0);
    m_csat = addCard(QStringLiteral("csatTrendCard"), tr("CSAT trend (share scoring 4 or 5)"), 0, 1);
    m_dimensions = addCard(QStringLiteral("dimensionScoresCard"), tr("Dimension scores (0–100)"), 1, 0);
    m_matrix = addCard(QStringLiteral("importanceMatrixCard"), tr("Importance × performance"), 1, 1);
    m_departments = addCard(QStringLiteral("departmentComparisonCard"), tr("NPS by department"), 2, 0);
    m_staff = addCard(QStringLiteral("staffComparisonCard"), tr("NPS by staff member"), 2, 1);
    for (ChartCard *card : {m_nps, m_csat, m_dimensions, m_matrix, m_departments, m_staff}) {
        card->setFigureHeight(300);
    }
}

void SatisfactionTab::load(const core::DashboardFilter &filter)
{
    run<core::SatisfactionDashboard>(
        [filter](const QString &connection) { return core::SatisfactionDashboard::build(connection, filter); },
        [this](const core::SatisfactionDashboard &d) { showDashboard(d); });
}

void SatisfactionTab::showDashboard(const core::SatisfactionDashboard &d)
{
    m_current = d;
    m_summary->setText(DashboardCharts::satisfactionSummary(d));
    DashboardCharts::show(m_nps, DashboardCharts::npsTrend(d));
    DashboardCharts::show(m_csat, DashboardCharts::csatTrend(d));
    DashboardCharts::show(m_dimensions, DashboardCharts::dimensionScores(d));
    DashboardCharts::show(m_matrix, DashboardCharts::importanceMatrix(d));
    DashboardCharts::show(m_departments, DashboardCharts::departmentComparison(d));
    DashboardCharts::show(m_staff, DashboardCharts::staffComparison(d));
}

} // namespace caredesk::ui
