// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/RevealDialog.h"

#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

RevealDialog::RevealDialog(core::Database &database, const core::Clock &clock, core::CustomerId customerId,
                           core::MaskedField field, QWidget *parent)
    : QDialog(parent), m_database(database), m_clock(clock), m_customerId(customerId), m_field(field)
{
    setWindowTitle(tr("Reveal %1").arg(fieldName(field)));
    auto *intro = new QLabel(tr("The full %1 is shown for this view only. Say why you need it; your name, the time "
                                "and the reason go into the audit trail.")
                                 .arg(fieldName(field)),
                             this);
    intro->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revealReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("For example: calling back about the appointment"));
    m_error = RecordForm::messageBar(this);
    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&Reason:"), m_reason);
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("Re&veal"), [this] { reveal(); }, &m_revealButton);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

RevealDialog::~RevealDialog() = default;

QString RevealDialog::reason() const
{
    return m_reason->text().simplified();
}

QString RevealDialog::fieldName(core::MaskedField field)
{
    switch (field) {
    case core::MaskedField::Phone: return tr("phone number");
    case core::MaskedField::Phone2: return tr("second phone number");
    case core::MaskedField::IdNumber: return tr("ID number");
    }
    return {};
}

void RevealDialog::reveal()
{
    core::CustomerRepository repository(m_database, m_clock);
    auto value = repository.reveal(m_customerId, m_field, m_reason->text());
    if (!value) {
        RecordForm::setError(m_error, value.error().message);
        m_reason->setFocus();
        return;
    }
    m_value = *value;
    accept();
}

} // namespace caredesk::ui
