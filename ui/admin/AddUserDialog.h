// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class PasswordStrengthMeter;

/**
 * Adds a staff account (core::Database::addUser, which writes the staff row and the key slot): user name, role,
 * password twice with the strength meter. Problems show inline; the dialog accepts once the account exists.
 */
class AddUserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddUserDialog)

public:
    explicit AddUserDialog(core::Database &database, QWidget *parent = nullptr);
    ~AddUserDialog() override;

    /** Password hashing cost for the new slot (tests use the cheapest). */
    void setKdf(const core::KdfParams &kdf) { m_kdf = kdf; }
    [[nodiscard]] QString userName() const;

private:
    void save();
    void updateMeter();

    core::Database &m_database;
    core::KdfParams m_kdf = core::KdfParams::production();
    QLineEdit *m_userName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
