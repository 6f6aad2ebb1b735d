// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/storage/KeyRing.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace caredesk::core {
class Clock;
class Database;
} // namespace caredesk::core

namespace caredesk::ui {

class PermissionMatrixTableModel;
class StaffTableModel;

/**
 * Administration, for administrators: staff accounts (add, disable or enable, remove, reset a password, each
 * confirmed), the read-only "what each role may do" matrix, and security settings (screen lock, backup reminder).
 * Core enforces the rules (Permission::ManageUsers, ManageSettings); for other roles the page only says so.
 */
class AdministrationPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationPage)

public:
    AdministrationPage(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);
    ~AdministrationPage() override;

    /** Reads the staff list and settings again. */
    void reload();
    /** Password hashing cost for new slots (tests use the cheapest). */
    void setKdf(const core::KdfParams &kdf) { m_kdf = kdf; }

Q_SIGNALS:
    /** Part of every page's contract; this page lists no customers. */
    void openCustomer(core::CustomerId id);

private:
    [[nodiscard]] int currentRow() const;
    void updateButtons();
    void addUser();
    void toggleDisabled();
    void removeUser();
    void resetPassword();
    void saveSettings();
    void selectUser(const QString &userName);

    core::Database &m_database;
    const core::Clock &m_clock;
    core::KdfParams m_kdf = core::KdfParams::production();
    bool m_allowed = false;
    StaffTableModel *m_staffModel = nullptr;
    PermissionMatrixTableModel *m_matrixModel = nullptr;
    QLabel *m_notAllowed = nullptr;
    QTableView *m_staffView = nullptr;
    QTableView *m_matrixView = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QSpinBox *m_backupReminder = nullptr;
    QPushButton *m_saveSettingsButton = nullptr;
    QLabel *m_settingsStatus = nullptr;
};

} // namespace caredesk::ui
