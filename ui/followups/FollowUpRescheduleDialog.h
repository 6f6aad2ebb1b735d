// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace caredesk::ui {

/** Another day for a follow-up call, with the reason (kept in the task's history). Enter saves. */
class FollowUpRescheduleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpRescheduleDialog)

public:
    FollowUpRescheduleDialog(const QDate &current, const QDate &today, QWidget *parent = nullptr);
    [[nodiscard]] QDate date() const;
    [[nodiscard]] QString reason() const;

private:
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace caredesk::ui
