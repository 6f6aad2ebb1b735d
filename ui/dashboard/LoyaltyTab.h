// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/CustomerValue.h"
#include "core/analytics/LoyaltyDashboard.h"
#include "ui/dashboard/DashboardTab.h"

#include <optional>

class QLabel;

namespace caredesk::ui {

/**
 * Loyalty and value (会员与价值): members by tier, points earned, redeemed and expired, the points liability and
 * redemption rate, value segments (RFM) and the lifetime value estimate.
 */
class LoyaltyTab final : public DashboardTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyTab)

public:
    struct Data {
        core::LoyaltyDashboard loyalty;
        core::CustomerValueData value;
    };

    LoyaltyTab(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);

    void load(const core::DashboardFilter &filter) override;
    [[nodiscard]] const std::optional<Data> &current() const { return m_current; }
    /** What load() runs on the worker: the churn snapshot refreshed when stale, then both dashboards. */
    [[nodiscard]] static core::Result<Data> compute(const QString &connectionName, const QString &userName,
                                                    const core::DashboardFilter &filter, const core::Clock &clock);

private:
    void showData(const Data &figures);

    QLabel *m_summary = nullptr;
    ChartCard *m_tiers = nullptr;
    ChartCard *m_flows = nullptr;
    ChartCard *m_liability = nullptr;
    ChartCard *m_segments = nullptr;
    ChartCard *m_lifetime = nullptr;
    std::optional<Data> m_current;
};

} // namespace caredesk::ui
