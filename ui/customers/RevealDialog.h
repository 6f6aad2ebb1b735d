// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerRepository.h"

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
 * Asks why a masked phone or ID number is needed, then reveals it through core::CustomerRepository::reveal (which
 * records "customer.reveal" with the reason). The caller shows revealedValue() for that view only and forgets it.
 */
class RevealDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealDialog)

public:
    RevealDialog(core::Database &database, const core::Clock &clock, core::CustomerId customerId,
                 core::MaskedField field, QWidget *parent = nullptr);
    ~RevealDialog() override;

    /** The clear value after the dialog was accepted. */
    [[nodiscard]] QString revealedValue() const { return m_value; }
    /** The reason given, to reveal a second field of the same view with it. */
    [[nodiscard]] QString reason() const;

    /** Translated field name: "phone number", "second phone number", "ID number". */
    [[nodiscard]] static QString fieldName(core::MaskedField field);

private:
    void reveal();

    core::Database &m_database;
    const core::Clock &m_clock;
    core::CustomerId m_customerId = 0;
    core::MaskedField m_field = core::MaskedField::Phone;
    QString m_value;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_revealButton = nullptr;
};

} // namespace caredesk::ui
