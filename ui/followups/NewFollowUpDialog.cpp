// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/NewFollowUpDialog.h"

#include "core/customers/CustomerRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caredesk::ui {

NewFollowUpDialog::NewFollowUpDialog(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QDialog(parent), m_database(database), m_clock(clock)
{
    setObjectName(QStringLiteral("newFollowUpDialog"));
    setWindowTitle(tr("New follow-up"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("newFollowUpSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin, phone or member number, then Enter"));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("newFollowUpCustomer"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("newFollowUpKind"));
    for (core::FollowUpKind kind : core::allFollowUpKinds()) {
        m_kind->addItem(core::followUpKindLabel(kind), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(core::FollowUpKind::MedicationAdherence)));
    m_due = new QDateEdit(clock.today(), this);
    m_due->setObjectName(QStringLiteral("newFollowUpDue"));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(clock.today());
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("newFollowUpAssignee"));
    core::FollowUpRepository repository(database, clock);
    if (auto staff = repository.staff()) {
        for (const core::FollowUpStaff &s : *staff) {
            m_assignee->addItem(s.displayName.isEmpty() ? s.userName : tr("%1 (%2)").arg(s.displayName, s.userName),
                                s.userName);
        }
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(database.session().userName)));
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("newFollowUpScript"));
    m_script->setTabChangesFocus(true);
    m_script->setPlaceholderText(tr("What to ask or tell the customer"));
    m_script->setFixedHeight(m_script->fontMetrics().height() * 4 + 12);

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&Find customer:"), m_search);
    RecordForm::addRow(form, tr("C&ustomer:"), m_customer);
    RecordForm::addRow(form, tr("&Kind:"), m_kind);
    RecordForm::addRow(form, tr("&Due:"), m_due);
    RecordForm::addRow(form, tr("&Assigned to:"), m_assignee);
    RecordForm::addRow(form, tr("Sc&ript:"), m_script);
    m_error = RecordForm::messageBar(this);
    QPushButton *saveButton = nullptr;
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("&Save"), [this] { save(); }, &saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Enter in the search box searches instead of saving.
    connect(m_search, &QLineEdit::returnPressed, this, &NewFollowUpDialog::search);
    RecordForm::setTabOrder({m_search, m_customer, m_kind, m_due, m_assignee, m_script});
}

void NewFollowUpDialog::setCustomer(core::CustomerId id)
{
    core::CustomerRepository customers(m_database, m_clock);
    auto customer = customers.findById(id);
    if (!customer) {
        RecordForm::setError(m_error, customer.error().message);
        return;
    }
    m_customer->clear();
    m_customer->addItem(tr("%1 (%2)").arg(customer->name, customer->memberNumber), customer->id);
    m_kind->setFocus();
}

void NewFollowUpDialog::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    core::CustomerRepository customers(m_database, m_clock);
    auto found = customers.search(text, {}, 30);
    m_customer->clear();
    if (!found) {
        RecordForm::setError(m_error, found.error().message);
        return;
    }
    for (const core::SearchHit &hit : std::as_const(found->hits)) {
        m_customer->addItem(tr("%1 (%2)").arg(hit.customer.name, hit.customer.memberNumber), hit.customer.id);
    }
    RecordForm::setError(m_error, found->hits.isEmpty() ? tr("No customer matches %1.").arg(text) : QString());
    if (!found->hits.isEmpty()) {
        m_customer->setFocus();
    }
}

void NewFollowUpDialog::save()
{
    if (m_search->hasFocus()) {
        search();
        return;
    }
    if (m_customer->currentIndex() < 0) {
        RecordForm::setError(m_error, tr("Find the customer first: type a name or phone and press Enter."));
        m_search->setFocus();
        return;
    }
    core::FollowUpTask task;
    task.customerId = m_customer->currentData().toLongLong();
    task.kind = static_cast<core::FollowUpKind>(m_kind->currentData().toInt());
    task.dueDate = m_due->date();
    task.assignee = m_assignee->currentData().toString();
    task.script = m_script->toPlainText();
    core::FollowUpRepository repository(m_database, m_clock);
    auto saved = repository.create(task);
    if (!saved) {
        RecordForm::setError(m_error, saved.error().message);
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace caredesk::ui
