// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/BusinessCalendar.h"
#include "core/complaints/SlaPolicy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

/**
 * The business calendar and complaint time limits: working hours and lunch per weekday, public holidays and
 * make-up working days, and per SLA class the first-response and resolution times (business hours) and the
 * warning share. Administrators edit and save; everyone else sees the settings read-only.
 */
class BusinessCalendarDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessCalendarDialog)

public:
    explicit BusinessCalendarDialog(core::Database &database, QWidget *parent = nullptr);
    ~BusinessCalendarDialog() override;

    [[nodiscard]] bool isEditable() const { return m_editable; }
    /** What the editors hold now. */
    [[nodiscard]] core::BusinessCalendar calendar() const;
    [[nodiscard]] core::SlaPolicy policy() const;

private:
    struct DayRow {
        QCheckBox *working = nullptr;
        QTimeEdit *open = nullptr;
        QTimeEdit *close = nullptr;
        QTimeEdit *lunchStart = nullptr;
        QTimeEdit *lunchEnd = nullptr;
    };
    struct SlaRow {
        QDoubleSpinBox *firstResponse = nullptr;
        QDoubleSpinBox *resolution = nullptr;
        QSpinBox *warning = nullptr;
    };

    void load();
    void addException();
    void removeException();
    void save();

    core::Database &m_database;
    bool m_editable = false;
    QList<DayRow> m_days;
    QList<SlaRow> m_sla;
    QTableWidget *m_exceptions = nullptr;
    QDateEdit *m_exceptionDate = nullptr;
    QComboBox *m_exceptionKind = nullptr;
    QLineEdit *m_exceptionName = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
