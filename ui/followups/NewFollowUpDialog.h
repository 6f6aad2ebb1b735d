// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/followups/FollowUpTask.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

/**
 * A follow-up added by hand: the customer (searched by name, phone or member number), kind, due day, who calls
 * and what to say. Saves through FollowUpRepository::create(); its message shows inline when refused.
 */
class NewFollowUpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFollowUpDialog)

public:
    NewFollowUpDialog(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);
    /** Starts with @p id chosen (from a customer's profile). */
    void setCustomer(core::CustomerId id);
    /** The saved task (valid after accept()). */
    [[nodiscard]] const core::FollowUpTask &saved() const { return m_saved; }

private:
    void search();
    void save();

    core::Database &m_database;
    const core::Clock &m_clock;
    QLineEdit *m_search = nullptr;
    QComboBox *m_customer = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_assignee = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_error = nullptr;
    core::FollowUpTask m_saved;
};

} // namespace caredesk::ui
