// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace caredesk::core {
class Clock;
class CustomerRepository;
struct CustomerFilter;
} // namespace caredesk::core

namespace caredesk::ui {

class CustomerTableModel;

/**
 * Find anyone in one keystroke's time: search as you type (name, pinyin, phone, member number), filters, the
 * list or the ranked results, and the keyboard path search box -> Down -> Enter.
 */
class CustomerListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListPage)

public:
    CustomerListPage(core::CustomerRepository &repository, const core::Clock &clock, QWidget *parent = nullptr);
    ~CustomerListPage() override;

    /** Puts the cursor in the search box with its text selected, so typing replaces it. */
    void focusSearch();
    /** Reads the list, filter choices and count again, keeping search text, filters and selection. */
    void refresh();

    [[nodiscard]] CustomerTableModel *model() const { return m_model; }
    [[nodiscard]] QString searchText() const;
    void setSearchText(const QString &text);
    /** The highlighted customer, or 0. */
    [[nodiscard]] core::CustomerId currentCustomerId() const;
    /** Highlights @p id if it is in the list (loading further pages if needed); returns whether it was found. */
    bool selectCustomer(core::CustomerId id);

    /** Shortcut texts shown in the tooltips (the actions live in CustomersPage). */
    void setShortcutHints(const QString &newCustomer, const QString &find);

Q_SIGNALS:
    void openCustomer(core::CustomerId id);
    void newCustomerRequested();
    void findDuplicatesRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void applyFilter();
    [[nodiscard]] core::CustomerFilter currentFilter() const;
    void reloadFilterChoices();
    void onModelReloaded();
    void updateCountAndEmptyState();
    void openCurrent();
    void clearSearchOrFocus();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateSorting();
    void selectRow(int row);
    void updateTooltips();

    core::CustomerRepository &m_repository;
    CustomerTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_consent = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicatesButton = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_content = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QString m_newShortcut;
    QString m_findShortcut;
};

} // namespace caredesk::ui
