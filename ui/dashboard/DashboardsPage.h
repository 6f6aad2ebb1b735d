// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/DashboardFilter.h"
#include "core/common/Clock.h"
#include "core/customers/Customer.h"

#include <QFuture>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QPushButton;
class QTabWidget;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class ChurnTab;
class ComplaintsTab;
class DashboardTab;
class LoyaltyTab;
class SatisfactionTab;

/**
 * The Dashboards area for managers and department heads (管理看板): Satisfaction, Churn early warning, Complaints,
 * and Loyalty and value, over a period (last 3, 6 or 12 months, this year, or custom), department, staff and visit
 * kind. Every chart has its numbers one click away and exports to PNG or PDF. Figures are computed off the UI
 * thread; only the tab on screen is computed, the others when they are opened.
 */
class DashboardsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardsPage)

public:
    enum class Preset { Last3Months, Last6Months, Last12Months, ThisYear, Custom };

    explicit DashboardsPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                            QWidget *parent = nullptr);
    ~DashboardsPage() override;

    /** Reads the filter choices again and recomputes the tab on screen (the others when next shown). */
    void reload();
    /** The filter the controls describe now. */
    [[nodiscard]] core::DashboardFilter filter() const;
    void setPreset(Preset preset);
    /** Chooses a custom period. */
    void setPeriod(const QDate &from, const QDate &to);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] SatisfactionTab *satisfactionTab() const { return m_satisfaction; }
    [[nodiscard]] ChurnTab *churnTab() const { return m_churn; }
    [[nodiscard]] ComplaintsTab *complaintsTab() const { return m_complaints; }
    [[nodiscard]] LoyaltyTab *loyaltyTab() const { return m_loyalty; }

Q_SIGNALS:
    /** The user asked to see this customer's profile. */
    void openCustomer(core::CustomerId id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadChoices();
    void onPresetChanged();
    void filterChanged();
    void loadCurrentTab();
    void writeMonthlyReport();

    core::Database &m_database;
    const core::Clock &m_clock;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_staff = nullptr;
    QComboBox *m_visitKind = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_report = nullptr;
    QTabWidget *m_tabs = nullptr;
    SatisfactionTab *m_satisfaction = nullptr;
    ChurnTab *m_churn = nullptr;
    ComplaintsTab *m_complaints = nullptr;
    LoyaltyTab *m_loyalty = nullptr;
    QList<DashboardTab *> m_dirty;
    bool m_shown = false;
    QFuture<void> m_reportJob; ///< gathering the monthly report
    std::shared_ptr<std::atomic_bool> m_reportCancel = std::make_shared<std::atomic_bool>(false); ///< stops it
};

} // namespace caredesk::ui
