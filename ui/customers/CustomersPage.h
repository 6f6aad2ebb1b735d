// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QWidget>

#include <memory>

class QAction;
class QStackedWidget;

namespace caredesk::core {
class Clock;
class CustomerRepository;
class Database;
} // namespace caredesk::core

namespace caredesk::ui {

class CustomerListPage;
class CustomerProfilePage;
class DuplicatesPage;

/**
 * The Customers area of the main window: the list (search, filters), a customer's profile and the duplicate
 * review, with the new/edit dialogs. Back from a profile returns to the list as it was left.
 */
class CustomersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)

public:
    explicit CustomersPage(core::Database &database, QWidget *parent = nullptr);
    /** With an injected clock, for tests and reproducible screenshots. */
    CustomersPage(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);
    ~CustomersPage() override;

    /** Shows the list with the cursor in the search box (F3 / Ctrl+F from anywhere in the main window). */
    void focusSearch();
    /** Ctrl+N: register a new customer. */
    [[nodiscard]] QAction *newCustomerAction() const { return m_newCustomerAction; }
    /** F3 and Ctrl+F: find a customer. */
    [[nodiscard]] QAction *findAction() const { return m_findAction; }

    void showList();
    void showDuplicates();
    void openCustomer(core::CustomerId id);
    void newCustomer();
    void editCustomer(core::CustomerId id);

    [[nodiscard]] CustomerListPage *listPage() const { return m_list; }
    [[nodiscard]] CustomerProfilePage *profilePage() const { return m_profile; }
    [[nodiscard]] DuplicatesPage *duplicatesPage() const { return m_duplicates; }
    [[nodiscard]] core::CustomerRepository &repository() const { return *m_repository; }

private:
    void openEditDialog(const core::Customer &customer);
    void markListStale();

    core::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<core::CustomerRepository> m_repository;
    QStackedWidget *m_stack = nullptr;
    CustomerListPage *m_list = nullptr;
    CustomerProfilePage *m_profile = nullptr;
    DuplicatesPage *m_duplicates = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_findAction = nullptr;
    bool m_listStale = false;
};

} // namespace caredesk::ui
