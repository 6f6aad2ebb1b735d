// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/privacy/AnonymiseDialog.h"

#include "core/customers/CustomerRepository.h"
#include "core/privacy/PrivacyService.h"
#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

AnonymiseDialog::AnonymiseDialog(core::Database &database, const core::Clock &clock, core::CustomerId customerId,
                                 QWidget *parent)
    : QDialog(parent), m_database(database), m_clock(clock), m_customerId(customerId)
{
    setWindowTitle(tr("Anonymise Customer"));
    auto customer = core::CustomerRepository(database, clock).findById(customerId);
    m_memberNumber = customer ? customer->memberNumber : QString();
    const QString who = customer ? tr("%1 (member no. %2)").arg(customer->name, customer->memberNumber)
                                 : tr("customer %1").arg(customerId);

    auto *explanation = new QLabel(
        tr("Anonymising %1 cannot be undone. The name becomes \"%2\"; phone numbers, e-mail, address, ID number, "
           "notes, tags and the day and month of birth are removed, and so is free text about them in visits, "
           "contacts, surveys, complaints and follow-ups. Visits, amounts, points, scores and dates stay, so "
           "reports and statistics do not change. Export the customer's data first if they asked for a copy.")
            .arg(who, core::PrivacyService::anonymisedName(customerId)),
        this);
    explanation->setWordWrap(true);

    auto *holdsLabel = new QLabel(this);
    holdsLabel->setObjectName(QStringLiteral("holds"));
    holdsLabel->setWordWrap(true);
    auto holds = core::PrivacyService(database, clock).legalHolds(customerId);
    QStringList lines;
    if (!holds) {
        lines << holds.error().message;
    } else {
        for (const core::LegalHold &hold : std::as_const(*holds)) {
            lines << hold.description;
        }
    }
    m_held = !lines.isEmpty();
    holdsLabel->setText(m_held ? tr("This customer cannot be anonymised now: %1").arg(lines.join(QLatin1Char(' ')))
                               : QString());
    holdsLabel->setVisible(m_held);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("for example: the customer's written request of 20 November"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmMemberNumber"));
    m_confirm->setPlaceholderText(m_memberNumber);
    connect(m_confirm, &QLineEdit::textChanged, this, &AnonymiseDialog::updateButton);
    // Enter while the button is still greyed says what is missing (when it is enabled, Enter presses it).
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (m_anonymiseButton && !m_anonymiseButton->isEnabled()) {
            anonymiseNow();
        }
    });

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&Reason:"), m_reason);
    RecordForm::addRow(form, tr("Type the &member number to confirm:"), m_confirm);
    m_error = RecordForm::messageBar(this);
    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("&Anonymise"), [this] { anonymiseNow(); }, &m_anonymiseButton);
    m_anonymiseButton->setObjectName(QStringLiteral("anonymiseButton"));
    m_reason->setEnabled(!m_held);
    m_confirm->setEnabled(!m_held);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(holdsLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateButton();
    m_reason->setFocus();
}

AnonymiseDialog::~AnonymiseDialog() = default;

void AnonymiseDialog::updateButton()
{
    m_anonymiseButton->setEnabled(!m_held && !m_memberNumber.isEmpty() &&
                                  m_confirm->text().trimmed().compare(m_memberNumber, Qt::CaseInsensitive) == 0);
}

void AnonymiseDialog::anonymiseNow()
{
    if (!m_anonymiseButton->isEnabled()) {
        // Ctrl+Enter reaches here too: say why nothing happened.
        RecordForm::setError(m_error, m_held ? tr("A legal hold applies; nothing was changed.")
                                             : tr("Type the customer's member number exactly to confirm."));
        return;
    }
    const core::Status status = core::PrivacyService(m_database, m_clock).anonymise(m_customerId, m_reason->text());
    if (!status) {
        RecordForm::setError(m_error, status.error().message);
        return;
    }
    emit anonymised(m_customerId);
    accept();
}

} // namespace caredesk::ui
