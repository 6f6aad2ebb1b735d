// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/FollowUpRepository.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace caredesk::ui {

/**
 * How a follow-up call went: the outcome by digit key (1–6, as listed), what the customer said, and for an
 * unanswered call or a callback another day to try again. Enter saves. The customer's whole phone number shows here.
 */
class FollowUpOutcomeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpOutcomeDialog)

public:
    FollowUpOutcomeDialog(const core::FollowUpQueueRow &row, const QDate &today, QWidget *parent = nullptr);

    [[nodiscard]] std::optional<core::FollowUpOutcome> outcome() const;
    [[nodiscard]] QString result() const;
    /** The day to try again, when chosen. */
    [[nodiscard]] std::optional<QDate> rescheduleTo() const;
    /** Selects @p outcome as the digit key would. */
    void setOutcome(core::FollowUpOutcome outcome);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateReschedule();
    void save();

    QButtonGroup *m_outcomes = nullptr;
    QLineEdit *m_result = nullptr;
    QCheckBox *m_again = nullptr;
    QDateEdit *m_againDate = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace caredesk::ui
