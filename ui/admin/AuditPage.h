// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/customers/Customer.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class AuditEventTableModel;

/**
 * The audit trail for administrators (审计日志): who did what to which record and when, newest first, filtered by
 * user, kind of record, action and period; Export… writes the filtered entries as CSV (itself audited); Verify
 * integrity checks the whole tamper-evident chain and says in words whether it is intact or which entry is wrong.
 * Enter on an entry about a customer asks for that customer's profile (openCustomer()).
 */
class AuditPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                       QWidget *parent = nullptr);
    ~AuditPage() override;

    /** Reads the filter lists and the entries again. */
    void reload();
    [[nodiscard]] AuditEventTableModel *model() const { return m_model; }
    /** The filter the controls describe. */
    [[nodiscard]] core::AuditFilter currentFilter() const;
    /** Exports the filtered entries to @p path (what Export… does after asking for the file); false on failure. */
    bool exportTo(const QString &path);
    /** Runs the integrity check and shows its result (what Verify integrity does); true when intact. */
    bool verifyIntegrity();
    /**
     * Acknowledges the audit warning with @p reason (what "Acknowledge warning…" does after asking for it):
     * core records it and watches the trail from the newest entry on. False, with a message, when refused.
     */
    bool acknowledgeWarning(const QString &reason);
    void setPageSize(int rows);

signals:
    void openCustomer(core::CustomerId id);
    /** The audit warning was acknowledged: the window's warning banner can go. */
    void auditWarningAcknowledged();

private:
    void applyFilter();
    void askAcknowledgement();
    void updateAcknowledge();
    void chooseExportFile();
    void activateRow(const QModelIndex &index);
    void fillCombo(QComboBox *combo, const QStringList &values, const QString &anyText);

    core::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<core::AuditLog> m_audit;
    AuditEventTableModel *m_model = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    bool m_allowed = false;
};

} // namespace caredesk::ui
