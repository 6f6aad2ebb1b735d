// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/SatisfactionDashboard.h"
#include "ui/dashboard/DashboardTab.h"

#include <optional>

class QLabel;

namespace caredesk::ui {

/**
 * Satisfaction (满意度): NPS trend with its 95% band, CSAT trend, dimension scores, the importance × performance
 * matrix, and NPS by department and staff with small-sample flags and shrinkage toward the site mean.
 */
class SatisfactionTab final : public DashboardTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SatisfactionTab)

public:
    SatisfactionTab(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);

    void load(const core::DashboardFilter &filter) override;
    /** The figures shown; nullopt before the first result. */
    [[nodiscard]] const std::optional<core::SatisfactionDashboard> &current() const { return m_current; }

private:
    void showDashboard(const core::SatisfactionDashboard &d);

    QLabel *m_summary = nullptr;
    ChartCard *m_nps = nullptr;
    ChartCard *m_csat = nullptr;
    ChartCard *m_dimensions = nullptr;
    ChartCard *m_matrix = nullptr;
    ChartCard *m_departments = nullptr;
    ChartCard *m_staff = nullptr;
    std::optional<core::SatisfactionDashboard> m_current;
};

} // namespace caredesk::ui
