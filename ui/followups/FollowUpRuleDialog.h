// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/FollowUpRepository.h"
#include "core/followups/FollowUpRule.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace caredesk::ui {

/** Edits one follow-up rule: on or off, days, visit kinds, who gets the calls, the script. Enter saves. */
class FollowUpRuleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpRuleDialog)

public:
    FollowUpRuleDialog(const core::FollowUpRule &rule, const QList<core::FollowUpStaff> &staff,
                       QWidget *parent = nullptr);
    /** The rule as edited. */
    [[nodiscard]] core::FollowUpRule rule() const;
    /** Shows a refusal from core in the dialog. */
    void showError(const QString &message);

private:
    core::FollowUpRule m_rule;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_days = nullptr;
    QList<QCheckBox *> m_kinds;
    QComboBox *m_assigneeRule = nullptr;
    QComboBox *m_assignee = nullptr;
    QSpinBox *m_priority = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace caredesk::ui
