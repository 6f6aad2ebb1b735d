// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "core/complaints/SlaEngine.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace caredesk::core {
class Clock;
class ComplaintRepository;
class Database;
} // namespace caredesk::core

namespace caredesk::ui {

class ComplaintEventTableModel;

/**
 * One complaint in full beside the queue: its fields, SLA clocks, history, and a button for every step of the
 * closed loop. A step that is not allowed now stays disabled with a tooltip saying why (the state, a missing text
 * or the role). Steps that need texts (resolve, outcome call, findings) open ComplaintStepDialog; the others use
 * the note typed into the note field.
 */
class ComplaintDetailWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetailWidget)

public:
    ComplaintDetailWidget(core::Database &database, core::ComplaintRepository &repository, const core::Clock &clock,
                          QWidget *parent = nullptr);
    ~ComplaintDetailWidget() override;

    /** Shows complaint @p id (0: nothing selected). */
    void showComplaint(core::ComplaintId id);
    /** Reads the shown complaint again. */
    void refresh();
    [[nodiscard]] core::ComplaintId complaintId() const { return m_complaint.id; }
    [[nodiscard]] const core::Complaint &complaint() const { return m_complaint; }
    [[nodiscard]] ComplaintEventTableModel *historyModel() const { return m_history; }
    /** The button that moves the complaint into @p state (objectName "transition_" + state id). */
    [[nodiscard]] QPushButton *transitionButton(core::ComplaintState state) const;
    /** Writes the ADR report of the shown complaint to @p path, with an audit entry; false (and a message) if not. */
    bool saveAdrReport(const QString &path);
    /** Moves focus to the first enabled step button (Enter on the queue). */
    void focusFirstAction();

Q_SIGNALS:
    /** Something was written: the queue should reload. */
    void changed(core::ComplaintId id);
    void openCustomer(core::CustomerId id);

private:
    void runTransition(core::ComplaintState to);
    void runStep(int mode);
    void togglePause();
    void reopen();
    void assign();
    void addNote();
    void markReported(bool regulator);
    void chooseAdrFile();
    void updateButtons();
    void fail(const QString &message);
    void done();
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    core::Database &m_database;
    core::ComplaintRepository &m_repository;
    const core::Clock &m_clock;
    core::Complaint m_complaint;
    QString m_customerName;
    std::optional<core::SlaEvaluation> m_sla;

    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QMap<QString, QLabel *> m_fields;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QMap<core::ComplaintState, QPushButton *> m_transitions;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_pause = nullptr;
    QComboBox *m_owner = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_findings = nullptr;
    QPushButton *m_openCustomer = nullptr;
    QWidget *m_adrRow = nullptr;
    QPushButton *m_printAdr = nullptr;
    QPushButton *m_reportManufacturer = nullptr;
    QPushButton *m_reportRegulator = nullptr;
    QTableView *m_historyView = nullptr;
    ComplaintEventTableModel *m_history = nullptr;
};

} // namespace caredesk::ui
