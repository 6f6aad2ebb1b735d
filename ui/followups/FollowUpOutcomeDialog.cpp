// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpOutcomeDialog.h"

#include "ui/common/RecordForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace caredesk::ui {

FollowUpOutcomeDialog::FollowUpOutcomeDialog(const core::FollowUpQueueRow &row, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpOutcomeDialog"));
    setWindowTitle(tr("Record the call"));
    auto *who =
        new QLabel(tr("%1 (%2) · %3 · %4")
                       .arg(row.customerName, row.memberNumber, row.phone, core::followUpKindLabel(row.task.kind)),
                   this);
    who->setObjectName(QStringLiteral("followUpOutcomeCustomer"));
    who->setTextFormat(Qt::PlainText);
    who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    auto *script = new QLabel(core::followUpScriptFor(row.task), this);
    script->setObjectName(QStringLiteral("followUpOutcomeScript"));
    script->setTextFormat(Qt::PlainText);
    script->setWordWrap(true);

    auto *box = new QGroupBox(tr("Outcome (press 1–6)"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_outcomes = new QButtonGroup(this);
    int digit = 1;
    for (core::FollowUpOutcome outcome : core::allFollowUpOutcomes()) {
        auto *button = new QRadioButton(tr("&%1  %2").arg(digit).arg(core::followUpOutcomeLabel(outcome)), box);
        button->setObjectName(QStringLiteral("outcome_") + core::followUpOutcomeId(outcome));
        m_outcomes->addButton(button, static_cast<int>(outcome));
        boxLayout->addWidget(button);
        ++digit;
    }
    connect(m_outcomes, &QButtonGroup::idClicked, this, &FollowUpOutcomeDialog::updateReschedule);

    m_result = new QLineEdit(this);
    m_result->setObjectName(QStringLiteral("followUpOutcomeResult"));
    m_result->setPlaceholderText(tr("What the customer said"));
    m_again = new QCheckBox(tr("Try &again on"), this);
    m_again->setObjectName(QStringLiteral("followUpOutcomeAgain"));
    m_againDate = new QDateEdit(today.addDays(1), this);
    m_againDate->setObjectName(QStringLiteral("followUpOutcomeAgainDate"));
    m_againDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_againDate->setCalendarPopup(true);
    m_againDate->setMinimumDate(today);
    m_againDate->setAccessibleName(tr("Day to try again"));
    connect(m_again, &QCheckBox::toggled, m_againDate, &QWidget::setEnabled);
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addWidget(m_againDate);
    againRow->addStretch(1);

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&Result:"), m_result);
    m_error = RecordForm::messageBar(this);
    QPushButton *saveButton = nullptr;
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("&Save and next"), [this] { save(); }, &saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(script);
    layout->addWidget(box);
    layout->addLayout(form);
    layout->addLayout(againRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateReschedule();
    box->setFocusPolicy(Qt::StrongFocus);
    box->setFocus();
}

std::optional<core::FollowUpOutcome> FollowUpOutcomeDialog::outcome() const
{
    const int id = m_outcomes->checkedId();
    return id < 0 ? std::nullopt : std::optional<core::FollowUpOutcome>(static_cast<core::FollowUpOutcome>(id));
}

QString FollowUpOutcomeDialog::result() const
{
    return m_result->text().trimmed();
}

std::optional<QDate> FollowUpOutcomeDialog::rescheduleTo() const
{
    return m_again->isEnabled() && m_again->isChecked() ? std::optional<QDate>(m_againDate->date()) : std::nullopt;
}

void FollowUpOutcomeDialog::setOutcome(core::FollowUpOutcome outcome)
{
    if (auto *button = m_outcomes->button(static_cast<int>(outcome))) {
        button->setChecked(true);
    }
    updateReschedule();
    m_result->setFocus();
}

void FollowUpOutcomeDialog::updateReschedule()
{
    const auto chosen = outcome();
    const bool allowed = chosen && core::outcomeAllowsReschedule(*chosen);
    m_again->setEnabled(allowed);
    m_againDate->setEnabled(allowed && m_again->isChecked());
    if (allowed && !m_again->isChecked()) {
        m_again->setChecked(true); // an unanswered call is tried again tomorrow unless told otherwise
    }
}

void FollowUpOutcomeDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && key >= Qt::Key_1 && key < Qt::Key_1 + core::allFollowUpOutcomes().size()) {
        setOutcome(core::allFollowUpOutcomes().at(key - Qt::Key_1));
        return;
    }
    QDialog::keyPressEvent(event);
}

void FollowUpOutcomeDialog::save()
{
    if (!outcome()) {
        RecordForm::setError(m_error, tr("Choose how the call went: press 1 to 6."));
        return;
    }
    accept();
}

} // namespace caredesk::ui
