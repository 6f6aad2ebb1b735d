// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ComplaintsTab.h"

#include "core/analytics/ComplaintSlaRollup.h"
#include "core/customers/CustomerRepository.h"
#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QLabel>

namespace caredesk::ui {

ComplaintsTab::ComplaintsTab(core::Database &database, const core::Clock &clock, QWidget *parent)
    : DashboardTab(database, clock, parent)
{
    m_summary = addSummary(QStringLiteral("complaintSummary"));
    m_categories = addCard(QStringLiteral("complaintCategoriesCard"), tr("Complaints by category"), 0, 0);
    m_severities = addCard(QStringLiteral("complaintSeveritiesCard"), tr("Complaints by severity"), 0, 1);
    m_sla = addCard(QStringLiteral("complaintSlaCard"), tr("Handled within the time limit"), 1, 0);
    m_pareto = addCard(QStringLiteral("rootCauseParetoCard"), tr("Root causes (Pareto)"), 1, 1);
    m_trend = addCard(QStringLiteral("complaintTrendCard"), tr("Complaints per month"), 2, 0);
    m_repeat = addCard(QStringLiteral("repeatComplainantsCard"), tr("Repeat complainants"), 2, 1);
    for (ChartCard *card : {m_categories, m_severities, m_sla, m_pareto, m_trend, m_repeat}) {
        card->setFigureHeight(280);
    }
}

core::Result<ComplaintsTab::Data> ComplaintsTab::compute(const QString &connectionName, const QString &userName,
                                                         const core::DashboardFilter &filter, const core::Clock &clock)
{
    // Complaints whose SLA outcome is not worked out yet are evaluated live either way; settling them here makes
    // the next view cheap. A database that cannot be written (read only after damage) keeps the live path.
    if (auto settled = core::ComplaintSlaRollup::settle(connectionName, clock); !settled) {
        qInfo("complaint SLA outcomes not settled: %s", qPrintable(settled.error().detail));
    }
    auto dashboard = core::ComplaintDashboard::build(connectionName, filter, clock);
    if (!dashboard) {
        return dashboard.error();
    }
    Data data{*dashboard, {}};
    core::CustomerRepository customers(connectionName, userName, clock);
    for (const core::RepeatComplainant &c : std::as_const(data.dashboard.repeatComplainants)) {
        if (auto customer = customers.findById(c.customerId)) {
            data.names.insert(c.customerId, customer->name);
        }
    }
    return data;
}

void ComplaintsTab::load(const core::DashboardFilter &filter)
{
    const QString user = database().session().userName;
    const core::Clock *clockPtr = &clock();
    run<Data>(
        [filter, user, clockPtr](const QString &connection) { return compute(connection, user, filter, *clockPtr); },
        [this](const Data &figures) { showData(figures); });
}

void ComplaintsTab::showData(const Data &figures)
{
    const core::ComplaintDashboard &d = figures.dashboard;
    m_current = d;
    m_summary->setText(DashboardCharts::complaintSummary(d));
    DashboardCharts::show(m_categories, DashboardCharts::complaintCategories(d));
    DashboardCharts::show(m_severities, DashboardCharts::complaintSeverities(d));
    DashboardCharts::show(m_sla, DashboardCharts::complaintSla(d));
    DashboardCharts::show(m_pareto, DashboardCharts::rootCausePareto(d));
    DashboardCharts::show(m_trend, DashboardCharts::complaintTrend(d));
    DashboardCharts::show(m_repeat, DashboardCharts::repeatComplainants(d, figures.names));
}

} // namespace caredesk::ui
