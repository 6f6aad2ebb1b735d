// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caredesk::core {
class ComplaintRepository;
}

namespace caredesk::ui {

/**
 * The steps of a complaint that need texts: resolving (resolution, root cause, corrective action, who was
 * responsible), the outcome call (what the customer was told and said, satisfaction 1–5) and updating the
 * investigation's findings alone. Saves through ComplaintRepository and shows its refusal inline.
 */
class ComplaintStepDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintStepDialog)

public:
    enum class Mode { Resolve, OutcomeCall, Findings };

    ComplaintStepDialog(Mode mode, const core::Complaint &complaint, core::ComplaintRepository &repository,
                        QWidget *parent = nullptr);
    ~ComplaintStepDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }

private:
    void save();

    const Mode m_mode;
    const core::Complaint m_complaint;
    core::ComplaintRepository &m_repository;
    QPlainTextEdit *m_resolution = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QPlainTextEdit *m_correctiveAction = nullptr;
    QLineEdit *m_responsibleDepartment = nullptr;
    QLineEdit *m_responsibleStaff = nullptr;
    QPlainTextEdit *m_callResult = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
