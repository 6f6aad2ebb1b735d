// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/complaints/Complaint.h"
#include "core/customers/Customer.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace caredesk::core {
class ComplaintRepository;
class Database;
struct ComplaintQueueFilter;
} // namespace caredesk::core

namespace caredesk::ui {

class ComplaintAlertTableModel;
class ComplaintDetailWidget;
class ComplaintTableModel;

/**
 * The Complaints area (投诉管理): the queue of open complaints sorted by time to breach (or every complaint
 * received in a period), coloured by SLA status; the escalations for the signed-in user; and the selected
 * complaint in full with a button for each step. Ctrl+N records a new complaint; Enter on a row moves to its
 * steps; Enter on an escalation selects its complaint.
 */
class ComplaintsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsPage)

public:
    explicit ComplaintsPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                            QWidget *parent = nullptr);
    ~ComplaintsPage() override;

    /** Reads queue, escalations and the selected complaint again, keeping filters and selection. */
    void reload();
    /** Opens the intake dialog for @p id (from a customer's profile); reloads and selects the new complaint. */
    void newComplaintFor(core::CustomerId id);
    /** Opens the intake dialog with a customer search. */
    void newComplaint();
    /** Selects complaint @p id in the queue (showing all of the period if it is not open). */
    void selectComplaint(core::ComplaintId id);

    [[nodiscard]] ComplaintTableModel *model() const { return m_model; }
    [[nodiscard]] ComplaintAlertTableModel *alertModel() const { return m_alerts; }
    [[nodiscard]] ComplaintDetailWidget *detail() const { return m_detail; }

Q_SIGNALS:
    /** Show this customer's profile. */
    void openCustomer(core::CustomerId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** The queue is first read when the page is first shown (not while the main window is being built). */
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] core::ComplaintQueueFilter currentFilter() const;
    void openIntake(core::CustomerId id);
    void onSelectionChanged();
    void updateScope();
    void updateEmptyState();
    void openSettings();

    bool m_shownOnce = false;
    core::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<core::ComplaintRepository> m_repository;
    ComplaintTableModel *m_model = nullptr;
    ComplaintAlertTableModel *m_alerts = nullptr;
    QComboBox *m_scope = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_mine = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_settings = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_content = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_alertsTitle = nullptr;
    QTableView *m_alertTable = nullptr;
    ComplaintDetailWidget *m_detail = nullptr;
    bool m_reloading = false;
    bool m_columnsSized = false;
};

} // namespace caredesk::ui
