// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintStepDialog.h"

#include "core/complaints/ComplaintRepository.h"
#include "ui/common/RecordForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QPlainTextEdit *textEdit(const QString &objectName, const QString &text, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setMinimumWidth(420);
    return edit;
}

} // namespace

ComplaintStepDialog::ComplaintStepDialog(Mode mode, const core::Complaint &complaint,
                                         core::ComplaintRepository &repository, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_complaint(complaint), m_repository(repository)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString saveText;
    QList<QWidget *> order;
    switch (mode) {
    case Mode::Resolve:
    case Mode::Findings:
        setWindowTitle(mode == Mode::Resolve ? tr("Resolve Complaint No. %1").arg(complaint.id)
                                             : tr("Investigation Findings — Complaint No. %1").arg(complaint.id));
        if (mode == Mode::Resolve) {
            m_resolution = textEdit(QStringLiteral("stepResolution"), complaint.resolution, 3, this);
            m_resolution->setPlaceholderText(tr("What was done for the customer"));
            RecordForm::addRow(form, tr("&Resolution:"), m_resolution);
            order << m_resolution;
        }
        m_rootCause = textEdit(QStringLiteral("stepRootCause"), complaint.rootCause, 2, this);
        m_correctiveAction = textEdit(QStringLiteral("stepCorrectiveAction"), complaint.correctiveAction, 2, this);
        m_correctiveAction->setPlaceholderText(tr("What changes so that it does not happen again (整改措施)"));
        m_responsibleDepartment = new QLineEdit(
            complaint.responsibleDepartment.isEmpty() ? complaint.department : complaint.responsibleDepartment, this);
        m_responsibleDepartment->setObjectName(QStringLiteral("stepResponsibleDepartment"));
        m_responsibleStaff =
            new QLineEdit(complaint.responsibleStaff.isEmpty() ? complaint.staff : complaint.responsibleStaff, this);
        m_responsibleStaff->setObjectName(QStringLiteral("stepResponsibleStaff"));
        RecordForm::addRow(form, tr("Root &cause:"), m_rootCause);
        RecordForm::addRow(form, tr("Corrective &action:"), m_correctiveAction);
        RecordForm::addRow(form, tr("Responsible &department:"), m_responsibleDepartment);
        RecordForm::addRow(form, tr("Responsible &staff:"), m_responsibleStaff);
        order << m_rootCause << m_correctiveAction << m_responsibleDepartment << m_responsibleStaff;
        saveText = mode == Mode::Resolve ? tr("Resol&ve") : tr("Sa&ve");
        break;
    case Mode::OutcomeCall:
        setWindowTitle(tr("Outcome Call — Complaint No. %1").arg(complaint.id));
        m_callResult = textEdit(QStringLiteral("stepCallResult"), complaint.outcomeCallResult, 3, this);
        m_callResult->setPlaceholderText(tr("What the customer was told and what they said"));
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("stepSatisfaction"));
        m_satisfaction->addItem(tr("Choose…"), 0);
        for (int score = 5; score >= 1; --score) {
            m_satisfaction->addItem(tr("%1 — %2").arg(score).arg(score >= 4   ? tr("satisfied")
                                                                 : score == 3 ? tr("neutral")
                                                                              : tr("dissatisfied")),
                                    score);
        }
        RecordForm::addRow(form, tr("&Call result:"), m_callResult);
        RecordForm::addRow(form, tr("Satisfaction with the &outcome:"), m_satisfaction);
        order << m_callResult << m_satisfaction;
        saveText = tr("&Record");
        break;
    }
    m_saveError = RecordForm::messageBar(this);
    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, saveText, [this] { save(); }, &m_saveButton);
    order << m_saveButton << buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    RecordForm::setTabOrder(order);
    order.first()->setFocus();
}

ComplaintStepDialog::~ComplaintStepDialog() = default;

void ComplaintStepDialog::save()
{
    RecordForm::setError(m_saveError, {});
    core::Status status;
    if (m_mode == Mode::OutcomeCall) {
        core::TransitionDetails details;
        details.outcomeCallResult = m_callResult->toPlainText().trimmed();
        if (const int score = m_satisfaction->currentData().toInt(); score > 0) {
            details.outcomeSatisfaction = score;
        }
        auto moved = m_repository.transition(m_complaint.id, core::ComplaintState::OutcomeTold, {}, details);
        if (!moved) {
            status = moved.error();
        }
    } else {
        const core::InvestigationUpdate update{m_rootCause->toPlainText().trimmed(),
                                               m_correctiveAction->toPlainText().trimmed(),
                                               m_responsibleDepartment->text(), m_responsibleStaff->text()};
        if (m_mode == Mode::Resolve) {
            core::TransitionDetails details;
            details.resolution = m_resolution->toPlainText().trimmed();
            details.rootCause = update.rootCause;
            details.correctiveAction = update.correctiveAction;
            // Check before writing anything, so a refused step leaves no half-saved findings.
            const QString problem =
                core::ComplaintRepository::transitionProblem(m_complaint, core::ComplaintState::Resolved, details);
            if (!problem.isEmpty()) {
                RecordForm::setError(m_saveError, problem);
                return;
            }
            if (auto saved = m_repository.updateInvestigation(m_complaint.id, update); !saved) {
                status = saved.error();
            } else if (auto moved =
                           m_repository.transition(m_complaint.id, core::ComplaintState::Resolved, {}, details);
                       !moved) {
                status = moved.error();
            }
        } else if (auto saved = m_repository.updateInvestigation(m_complaint.id, update); !saved) {
            status = saved.error();
        }
    }
    if (!status) {
        RecordForm::setError(m_saveError, status.error().message);
        return;
    }
    accept();
}

} // namespace caredesk::ui
