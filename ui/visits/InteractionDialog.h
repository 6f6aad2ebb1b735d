// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/visits/Visit.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caredesk::core {
class Clock;
class VisitRepository;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * Logs one contact with a customer: channel, direction, time, staff member, a summary (required) and optionally
 * the visit it was about. Enter in a one-line field or Ctrl+Enter anywhere saves.
 */
class InteractionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionDialog)

public:
    /** @p staffName (the signed-in user) is the default staff member; the time defaults to @p clock's now. */
    InteractionDialog(const core::Customer &customer, core::VisitRepository &visits, const core::Clock &clock,
                      const QString &staffName, QWidget *parent = nullptr);
    ~InteractionDialog() override;

    /** Preselects the linked visit (e.g. when opened from a visit); unknown ids leave "None". */
    void setLinkedVisit(core::VisitId visitId);
    /** The interaction as saved, with its id (valid once the dialog was accepted). */
    [[nodiscard]] const core::Interaction &savedInteraction() const { return m_saved; }

private:
    void save();

    const core::Customer m_customer;
    core::VisitRepository &m_visits;
    const core::Clock &m_clock;
    core::Interaction m_saved;

    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_staff = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_summaryError = nullptr;
    QComboBox *m_visit = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
