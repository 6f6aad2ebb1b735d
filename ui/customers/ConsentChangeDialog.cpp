// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/ConsentChangeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace caredesk::ui {

ConsentChangeDialog::ConsentChangeDialog(const QString &customerName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Record Consent Change"));

    auto *intro = new QLabel(tr("What did %1 agree to or withdraw?").arg(customerName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("consentChannel"));
    for (auto channel : {core::ContactChannel::Sms, core::ContactChannel::Phone, core::ContactChannel::WeChat,
                         core::ContactChannel::Email, core::ContactChannel::Mail}) {
        m_channel->addItem(core::channelName(channel), static_cast<int>(channel));
    }
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    for (const QString &purpose : core::consentPurposes()) {
        m_purpose->addItem(core::purposeName(purpose), purpose);
    }
    m_granted = new QRadioButton(tr("&Given"), this);
    m_granted->setObjectName(QStringLiteral("consentGranted"));
    m_granted->setChecked(true);
    m_withdrawn = new QRadioButton(tr("&Withdrawn"), this);
    m_withdrawn->setObjectName(QStringLiteral("consentWithdrawn"));
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_granted);
    choice->addWidget(m_withdrawn);
    choice->addStretch(1);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setPlaceholderText(tr("Optional, e.g. signed form at reception"));
    m_note->setMinimumWidth(300);

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Consent:"), choice);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveConsent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

ConsentChangeDialog::~ConsentChangeDialog() = default;

core::ConsentEvent ConsentChangeDialog::event(core::CustomerId customerId) const
{
    core::ConsentEvent event;
    event.customerId = customerId;
    event.channel = static_cast<core::ContactChannel>(m_channel->currentData().toInt());
    event.purpose = m_purpose->currentData().toString();
    event.granted = m_granted->isChecked();
    event.note = m_note->text().simplified();
    return event;
}

} // namespace caredesk::ui
