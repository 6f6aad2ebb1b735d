// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "core/visits/Visit.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caredesk::core {
class Clock;
class ComplaintRepository;
class CustomerRepository;
class Database;
class VisitRepository;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * Takes a complaint (投诉受理): the customer (found by name, phone or member number, or given when opened from a
 * profile), channel, category — the severity and SLA class follow it until changed by hand — needs priority,
 * description, the visit it is about (staff and department filled in from it), and the owner. Enter in a one-line
 * field or Ctrl+Enter anywhere saves.
 */
class ComplaintIntakeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintIntakeDialog)

public:
    /** @p customerId preselects the customer (0: search for one). */
    ComplaintIntakeDialog(core::Database &database, core::ComplaintRepository &complaints, const core::Clock &clock,
                          core::CustomerId customerId = 0, QWidget *parent = nullptr);
    ~ComplaintIntakeDialog() override;

    /** The complaint as saved (valid once accepted). */
    [[nodiscard]] const core::Complaint &savedComplaint() const { return m_saved; }

private:
    void search(const QString &text);
    void setCustomer(core::CustomerId id);
    void onCategoryChanged();
    void onSeverityChanged();
    void onVisitChanged();
    void save();

    core::Database &m_database;
    core::ComplaintRepository &m_complaints;
    const core::Clock &m_clock;
    std::unique_ptr<core::CustomerRepository> m_customers;
    std::unique_ptr<core::VisitRepository> m_visits;
    core::CustomerId m_customerId = 0;
    QList<core::Visit> m_recentVisits;
    core::Complaint m_saved;
    bool m_severityTouched = false;
    bool m_slaTouched = false;
    QString m_prefilledStaff;
    QString m_prefilledDepartment;

    QLineEdit *m_search = nullptr;
    QComboBox *m_customer = nullptr;
    QLabel *m_customerError = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_slaClass = nullptr;
    QComboBox *m_priority = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_descriptionError = nullptr;
    QComboBox *m_visit = nullptr;
    QLineEdit *m_staff = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_adrDrug = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
