// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/LoyaltyTab.h"

#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QLabel>

namespace caredesk::ui {

LoyaltyTab::LoyaltyTab(core::Database &database, const core::Clock &clock, QWidget *parent)
    : DashboardTab(database, clock, parent)
{
    m_summary = addSummary(QStringLiteral("loyaltySummary"));
    m_tiers = addCard(QStringLiteral("tierDistributionCard"), tr("Members by tier"), 0, 0);
    m_flows = addCard(QStringLiteral("pointsFlowsCard"), tr("Points earned, redeemed and expired"), 0, 1);
    m_segments = addCard(QStringLiteral("rfmSegmentsCard"), tr("Customers by value segment (RFM)"), 1, 0);
    m_liability = addCard(QStringLiteral("liabilityCard"), tr("Points liability and redemption"), 1, 1);
    m_lifetime = addCard(QStringLiteral("lifetimeValueCard"), tr("Customer lifetime value (estimate)"), 2, 0);
    for (ChartCard *card : {m_tiers, m_flows, m_segments, m_liability, m_lifetime}) {
        card->setFigureHeight(280);
    }
}

core::Result<LoyaltyTab::Data> LoyaltyTab::compute(const QString &connectionName, const QString &userName,
                                                   const core::DashboardFilter &filter, const core::Clock &clock)
{
    auto loyalty = core::LoyaltyDashboard::build(connectionName, filter, clock);
    if (!loyalty) {
        return loyalty.error();
    }
    // Value segments come from the churn snapshot; a role that may not compute it still sees the loyalty figures.
    if (auto refreshed = refreshChurnSnapshot(connectionName, userName, clock);
        !refreshed && refreshed.error().code != core::ErrorCode::PermissionDenied) {
        return refreshed.error();
    }
    auto value = core::CustomerValue::build(connectionName);
    if (!value) {
        return value.error();
    }
    return Data{*loyalty, *value};
}

void LoyaltyTab::load(const core::DashboardFilter &filter)
{
    const QString user = database().session().userName;
    const core::Clock *clockPtr = &clock();
    run<Data>(
        [filter, user, clockPtr](const QString &connection) { return compute(connection, user, filter, *clockPtr); },
        [this](const Data &figures) { showData(figures); });
}

void LoyaltyTab::showData(const Data &figures)
{
    m_current = figures;
    m_summary->setText(DashboardCharts::loyaltySummary(figures.loyalty));
    DashboardCharts::show(m_tiers, DashboardCharts::tierDistribution(figures.loyalty));
    DashboardCharts::show(m_flows, DashboardCharts::pointsFlows(figures.loyalty));
    DashboardCharts::show(m_liability, DashboardCharts::liability(figures.loyalty));
    DashboardCharts::show(m_segments, DashboardCharts::rfmSegments(figures.value));
    DashboardCharts::show(m_lifetime, DashboardCharts::lifetimeValue(figures.value));
}

} // namespace caredesk::ui
