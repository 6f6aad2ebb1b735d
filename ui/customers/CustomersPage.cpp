// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomersPage.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/PhoneNumber.h"
#include "core/customers/SearchTokenizer.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/CustomerEditDialog.h"
#include "ui/customers/CustomerListPage.h"
#include "ui/customers/CustomerProfilePage.h"
#include "ui/customers/DuplicatesPage.h"

#include <QAction>
#include <QKeySequence>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk::ui {

namespace {

/** What a receptionist typed into the search before pressing Ctrl+N, carried into the new-customer form. */
core::Customer draftFromSearch(const QString &text)
{
    core::Customer draft;
    const QString typed = text.simplified();
    if (typed.isEmpty()) {
        return draft;
    }
    if (auto phone = core::PhoneNumber::normalize(typed); phone) {
        draft.phone = *phone;
        return draft;
    }
    // A Chinese name, or a Latin name of two words; initials and fragments ("zw", "138") are not names.
    const bool chinese =
        std::any_of(typed.cbegin(), typed.cend(), [](QChar c) { return core::SearchTokenizer::isCjk(c); });
    const bool latinName = typed.contains(QLatin1Char(' ')) &&
                           std::none_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
    if (chinese || latinName) {
        draft.name = typed;
    }
    return draft;
}

} // namespace

CustomersPage::CustomersPage(core::Database &database, QWidget *parent)
    : CustomersPage(database, core::Clock::system(), parent)
{
}

CustomersPage::CustomersPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock),
      m_repository(std::make_unique<core::CustomerRepository>(database, clock))
{
    m_newCustomerAction = new QAction(tr("&New Customer…"), this);
    m_newCustomerAction->setObjectName(QStringLiteral("newCustomerAction"));
    m_newCustomerAction->setShortcut(QKeySequence::New);
    m_newCustomerAction->setStatusTip(tr("Register a new customer"));
    connect(m_newCustomerAction, &QAction::triggered, this, &CustomersPage::newCustomer);
    addAction(m_newCustomerAction);

    m_findAction = new QAction(tr("&Find Customer"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(QKeySequence::Find)});
    m_findAction->setStatusTip(tr("Search customers by name, pinyin, phone or member number"));
    connect(m_findAction, &QAction::triggered, this, &CustomersPage::focusSearch);
    addAction(m_findAction);

    m_list = new CustomerListPage(*m_repository, m_clock, this);
    m_list->setObjectName(QStringLiteral("customerListPage"));
    m_list->setShortcutHints(m_newCustomerAction->shortcut().toString(QKeySequence::NativeText),
                             m_findAction->shortcut().toString(QKeySequence::NativeText));
    m_profile = new CustomerProfilePage(m_database, *m_repository, m_clock, this);
    m_profile->setObjectName(QStringLiteral("customerProfilePage"));
    m_duplicates = new DuplicatesPage(*m_repository, this);
    m_duplicates->setObjectName(QStringLiteral("duplicatesPage"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_profile);
    m_stack->addWidget(m_duplicates);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &CustomerListPage::openCustomer, this, &CustomersPage::openCustomer);
    connect(m_list, &CustomerListPage::newCustomerRequested, this, &CustomersPage::newCustomer);
    connect(m_list, &CustomerListPage::findDuplicatesRequested, this, &CustomersPage::showDuplicates);
    connect(m_profile, &CustomerProfilePage::backRequested, this, &CustomersPage::showList);
    connect(m_profile, &CustomerProfilePage::editRequested, this, &CustomersPage::editCustomer);
    connect(m_profile, &CustomerProfilePage::openCustomer, this, &CustomersPage::openCustomer);
    connect(m_profile, &CustomerProfilePage::customersChanged, this, &CustomersPage::markListStale);
    connect(m_duplicates, &DuplicatesPage::backRequested, this, &CustomersPage::showList);
    connect(m_duplicates, &DuplicatesPage::openCustomer, this, &CustomersPage::openCustomer);
    connect(m_duplicates, &DuplicatesPage::customersChanged, this, &CustomersPage::markListStale);

    setFocusProxy(m_list);
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::focusSearch()
{
    showList();
    m_list->focusSearch();
}

void CustomersPage::markListStale()
{
    m_listStale = true;
}

void CustomersPage::showList()
{
    if (m_listStale) {
        m_listStale = false;
        m_list->refresh();
    }
    m_stack->setCurrentWidget(m_list);
    // Back from a profile: the highlighted row is the customer just seen; typing goes on in the search box.
    if (m_list->currentCustomerId() != 0) {
        m_list->findChild<QWidget *>(QStringLiteral("customerTable"))->setFocus(Qt::OtherFocusReason);
    } else {
        m_list->focusSearch();
    }
}

void CustomersPage::showDuplicates()
{
    m_stack->setCurrentWidget(m_duplicates);
    m_duplicates->scan();
}

void CustomersPage::openCustomer(core::CustomerId id)
{
    m_profile->showCustomer(id);
    m_stack->setCurrentWidget(m_profile);
    m_profile->setFocus(Qt::OtherFocusReason);
}

void CustomersPage::newCustomer()
{
    core::Customer draft;
    if (m_stack->currentWidget() == m_list) {
        draft = draftFromSearch(m_list->searchText());
    }
    openEditDialog(draft);
}

void CustomersPage::editCustomer(core::CustomerId id)
{
    auto customer = m_repository->findById(id);
    if (!customer) {
        MessageBox::error(this, tr("Customer Not Found"), customer.error());
        return;
    }
    openEditDialog(*customer);
}

void CustomersPage::openEditDialog(const core::Customer &customer)
{
    auto *dialog = new CustomerEditDialog(*m_repository, m_clock, m_database.profile(), customer, this);
    dialog->setObjectName(QStringLiteral("customerEditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerEditDialog::saved, this, [this](core::CustomerId id) {
        m_listStale = false;
        m_list->refresh();
        m_list->selectCustomer(id);
        openCustomer(id);
    });
    connect(dialog, &CustomerEditDialog::openExisting, this, &CustomersPage::openCustomer);
    dialog->open();
}

} // namespace caredesk::ui
