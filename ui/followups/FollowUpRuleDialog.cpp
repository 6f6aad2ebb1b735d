// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpRuleDialog.h"

#include "ui/common/RecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caredesk::ui {

FollowUpRuleDialog::FollowUpRuleDialog(const core::FollowUpRule &rule, const QList<core::FollowUpStaff> &staff,
                                       QWidget *parent)
    : QDialog(parent), m_rule(rule)
{
    setObjectName(QStringLiteral("followUpRuleDialog"));
    setWindowTitle(tr("Follow-up rule: %1").arg(core::followUpRuleDisplayName(rule)));
    m_enabled = new QCheckBox(tr("Rule is o&n"), this);
    m_enabled->setObjectName(QStringLiteral("followUpRuleEnabled"));
    m_enabled->setChecked(rule.enabled);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("followUpRuleDays"));
    m_days->setRange(0, 366);
    m_days->setValue(rule.days);
    auto *kinds = new QWidget(this);
    auto *kindsLayout = new QHBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    for (core::VisitKind kind : core::allVisitKinds()) {
        auto *box = new QCheckBox(core::visitKindLabel(kind), kinds);
        box->setObjectName(QStringLiteral("followUpRuleKind_") + core::visitKindId(kind));
        box->setChecked(rule.visitKinds.contains(kind));
        kindsLayout->addWidget(box);
        m_kinds << box;
    }
    m_assigneeRule = new QComboBox(this);
    m_assigneeRule->setObjectName(QStringLiteral("followUpRuleAssigneeRule"));
    for (core::FollowUpAssigneeRule r : {core::FollowUpAssigneeRule::Fixed, core::FollowUpAssigneeRule::ComplaintOwner,
                                         core::FollowUpAssigneeRule::VisitRecorder}) {
        m_assigneeRule->addItem(core::followUpAssigneeRuleLabel(r), static_cast<int>(r));
    }
    m_assigneeRule->setCurrentIndex(m_assigneeRule->findData(static_cast<int>(rule.assigneeRule)));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("followUpRuleAssignee"));
    m_assignee->addItem(tr("Service desk default"), QString());
    for (const core::FollowUpStaff &s : staff) {
        m_assignee->addItem(s.userName, s.userName);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(rule.assignee)));
    m_priority = new QSpinBox(this);
    m_priority->setObjectName(QStringLiteral("followUpRulePriority"));
    m_priority->setRange(0, 9);
    m_priority->setValue(rule.priority);
    m_script = new QPlainTextEdit(rule.script, this);
    m_script->setObjectName(QStringLiteral("followUpRuleScript"));
    m_script->setPlaceholderText(
        tr("Leave empty for the standard script: %1").arg(core::followUpDefaultScript(rule.taskKind)));
    m_script->setTabChangesFocus(true);
    m_script->setFixedHeight(m_script->fontMetrics().height() * 4 + 12);

    auto *summary = new QLabel(core::followUpTriggerLabel(rule.trigger), this);
    summary->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Trigger:"), summary);
    form->addRow(QString(), m_enabled);
    RecordForm::addRow(
        form, rule.trigger == core::FollowUpTrigger::Refill ? tr("&Days before it runs out:") : tr("&Days after:"),
        m_days);
    if (rule.trigger == core::FollowUpTrigger::AfterVisit) {
        RecordForm::addRow(form, tr("&Visit kinds:"), kinds->findChild<QCheckBox *>(), kinds);
    } else {
        kinds->hide();
    }
    RecordForm::addRow(form, tr("&Calls go to:"), m_assigneeRule);
    RecordForm::addRow(form, tr("&Account or fallback:"), m_assignee);
    RecordForm::addRow(form, tr("&Priority:"), m_priority);
    RecordForm::addRow(form, tr("&Script:"), m_script);
    m_error = RecordForm::messageBar(this);
    QPushButton *saveButton = nullptr;
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("Sa&ve"), [this] { accept(); }, &saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

core::FollowUpRule FollowUpRuleDialog::rule() const
{
    core::FollowUpRule r = m_rule;
    r.enabled = m_enabled->isChecked();
    r.days = m_days->value();
    if (r.trigger == core::FollowUpTrigger::AfterVisit) {
        r.visitKinds.clear();
        for (qsizetype i = 0; i < m_kinds.size(); ++i) {
            if (m_kinds.at(i)->isChecked()) {
                r.visitKinds << core::allVisitKinds().at(i);
            }
        }
    }
    r.assigneeRule = static_cast<core::FollowUpAssigneeRule>(m_assigneeRule->currentData().toInt());
    r.assignee = m_assignee->currentData().toString();
    r.priority = m_priority->value();
    r.script = m_script->toPlainText();
    return r;
}

void FollowUpRuleDialog::showError(const QString &message)
{
    RecordForm::setError(m_error, message);
}

} // namespace caredesk::ui
