// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace caredesk::ui {

/** Asks for one consent change: channel, purpose, given or withdrawn, and a note (what the customer said). */
class ConsentChangeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentChangeDialog)

public:
    explicit ConsentChangeDialog(const QString &customerName, QWidget *parent = nullptr);
    ~ConsentChangeDialog() override;

    /** The event to record for @p customerId (time and staff member are filled in by the repository). */
    [[nodiscard]] core::ConsentEvent event(core::CustomerId customerId) const;

private:
    QComboBox *m_channel = nullptr;
    QComboBox *m_purpose = nullptr;
    QRadioButton *m_granted = nullptr;
    QRadioButton *m_withdrawn = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace caredesk::ui
