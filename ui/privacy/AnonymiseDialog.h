// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Clock;
class Database;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * "Anonymise…" from a customer's profile: says what is removed and what is kept, lists any legal hold (and then
 * offers nothing to confirm), and anonymises only after the user typed the customer's member number. Irreversible;
 * the rule and the audit entry are in core (PrivacyService::anonymise).
 */
class AnonymiseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnonymiseDialog)

public:
    AnonymiseDialog(core::Database &database, const core::Clock &clock, core::CustomerId customerId,
                    QWidget *parent = nullptr);
    ~AnonymiseDialog() override;

signals:
    /** The customer was anonymised (the profile reloads). */
    void anonymised(core::CustomerId id);

private:
    void updateButton();
    void anonymiseNow();

    core::Database &m_database;
    const core::Clock &m_clock;
    core::CustomerId m_customerId;
    QString m_memberNumber;
    bool m_held = false;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_anonymiseButton = nullptr;
};

} // namespace caredesk::ui
