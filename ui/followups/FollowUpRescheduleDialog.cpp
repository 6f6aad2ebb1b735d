// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpRescheduleDialog.h"

#include "ui/common/RecordForm.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caredesk::ui {

FollowUpRescheduleDialog::FollowUpRescheduleDialog(const QDate &current, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpRescheduleDialog"));
    setWindowTitle(tr("Move the call to another day"));
    m_date = new QDateEdit(std::max(today, current).addDays(1), this);
    m_date->setObjectName(QStringLiteral("followUpRescheduleDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("followUpRescheduleReason"));
    m_reason->setPlaceholderText(tr("For example: the customer asked to be called next week"));
    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&New day:"), m_date);
    RecordForm::addRow(form, tr("&Why:"), m_reason);
    m_error = RecordForm::messageBar(this);
    QPushButton *saveButton = nullptr;
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("&Move"),
        [this] {
            if (reason().isEmpty()) {
                RecordForm::setError(m_error, tr("Say why the call moves to another day."));
                m_reason->setFocus();
                return;
            }
            accept();
        },
        &saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QDate FollowUpRescheduleDialog::date() const
{
    return m_date->date();
}

QString FollowUpRescheduleDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace caredesk::ui
