// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnDashboard.h"
#include "ui/dashboard/DashboardTab.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caredesk::core {
class ChurnRiskService;
struct ChurnBandMoves;
}

namespace caredesk::ui {

class AtRiskTableModel;
class ChartNumbersTableModel;

/**
 * Churn early warning (流失预警): who is drifting away and why (the at-risk list with band and reasons in words;
 * one click or Alt+W creates a win-back follow-up; Enter or a double-click opens the profile), the churn rate trend,
 * the cohort retention heatmap and Kaplan–Meier retention curves by segment with their medians, and how many
 * customers moved into high risk or recovered this month. The figures come from the churn snapshot, rebuilt in the
 * background when it is stale.
 */
class ChurnTab final : public DashboardTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnTab)

public:
    ChurnTab(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);
    ~ChurnTab() override;

    void load(const core::DashboardFilter &filter) override;
    [[nodiscard]] const std::optional<core::ChurnDashboardData> &current() const { return m_current; }
    [[nodiscard]] AtRiskTableModel *atRiskModel() const { return m_model; }
    /** Creates a win-back follow-up for the highlighted customer (assigned to the signed-in user, due in 2 days). */
    void createWinBack();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showData(const core::ChurnDashboardData &d, const core::ChurnBandMoves &moves);
    void openCurrent();
    void updateButtons();

    std::unique_ptr<core::ChurnRiskService> m_service;
    QLabel *m_summary = nullptr;
    QComboBox *m_band = nullptr;
    QPushButton *m_winBack = nullptr;
    QLabel *m_notice = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyList = nullptr;
    AtRiskTableModel *m_model = nullptr;
    ChartCard *m_trend = nullptr;
    ChartCard *m_cohorts = nullptr;
    ChartCard *m_curves = nullptr;
    ChartNumbersTableModel *m_cohortModel = nullptr;
    std::optional<core::ChurnDashboardData> m_current;
};

} // namespace caredesk::ui
