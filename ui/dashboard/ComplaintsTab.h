// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ComplaintDashboard.h"
#include "ui/dashboard/DashboardTab.h"

#include <QHash>

#include <optional>

class QLabel;

namespace caredesk::ui {

/**
 * Complaints (投诉): volume by category and severity, the share handled within the time limits, resolution times,
 * reopen rate, the Pareto of root causes, the monthly volume and repeat complainants (Enter opens the profile).
 */
class ComplaintsTab final : public DashboardTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsTab)

public:
    /** What the worker computes: the dashboard and the names of the repeat complainants. */
    struct Data {
        core::ComplaintDashboard dashboard;
        QHash<qint64, QString> names;
    };

    ComplaintsTab(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);

    void load(const core::DashboardFilter &filter) override;
    [[nodiscard]] const std::optional<core::ComplaintDashboard> &current() const { return m_current; }
    /** Builds the data for @p filter on @p connectionName (what load() runs on the worker). */
    [[nodiscard]] static core::Result<Data> compute(const QString &connectionName, const QString &userName,
                                                    const core::DashboardFilter &filter, const core::Clock &clock);

private:
    void showData(const Data &figures);

    QLabel *m_summary = nullptr;
    ChartCard *m_categories = nullptr;
    ChartCard *m_severities = nullptr;
    ChartCard *m_sla = nullptr;
    ChartCard *m_pareto = nullptr;
    ChartCard *m_trend = nullptr;
    ChartCard *m_repeat = nullptr;
    std::optional<core::ComplaintDashboard> m_current;
};

} // namespace caredesk::ui
