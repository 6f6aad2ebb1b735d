// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/customers/Customer.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace caredesk::core {
class Database;
class VisitRepository;
struct VisitListFilter;
} // namespace caredesk::core

namespace caredesk::ui {

class VisitTableModel;

/**
 * The Visits area (就诊与消费): the site's visits and purchases, newest first, for one day (today to begin with;
 * previous and next day with Alt+Left and Alt+Right) or a period, by kind and department, with the period's totals
 * computed in the database. Enter or a double-click on a row asks for the customer's profile (openCustomer()).
 */
class VisitsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitsPage)

public:
    enum class Span { Day, Period };

    explicit VisitsPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                        QWidget *parent = nullptr);
    ~VisitsPage() override;

    [[nodiscard]] VisitTableModel *model() const { return m_model; }
    [[nodiscard]] Span span() const;
    /** The day shown (Span::Day) or the first day of the period. */
    [[nodiscard]] QDate fromDate() const;
    /** The day shown (Span::Day) or the last day of the period (inclusive). */
    [[nodiscard]] QDate toDate() const;
    /** Shows one day. */
    void showDay(const QDate &day);
    /** Shows the days from @p from to @p to, both included (swapped when reversed). */
    void showPeriod(const QDate &from, const QDate &to);
    /** One day or the period, back or forward by its own length. */
    void stepBack();
    void stepForward();
    /** Rows read per page; small values are for tests. */
    void setPageSize(int rows);
    /** Reads the list, totals and department choices again, keeping day, filters and selection where possible. */
    void refresh();

Q_SIGNALS:
    /** The highlighted row was opened (Enter or double-click): show this customer's profile. */
    void openCustomer(core::CustomerId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] core::VisitListFilter currentFilter() const;
    void applyFilter();
    void onSpanChanged();
    void reloadDepartments();
    void updateTotals();
    void updateEmptyState();
    void openCurrent();
    void shift(int direction);

    const core::Clock &m_clock;
    std::unique_ptr<core::VisitRepository> m_repository;
    VisitTableModel *m_model = nullptr;
    QComboBox *m_span = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_today = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_content = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_totals = nullptr;
    bool m_shown = false;
};

} // namespace caredesk::ui
