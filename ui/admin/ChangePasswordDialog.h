// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class PasswordStrengthMeter;

/**
 * Any signed-in user changes their own password (core::Database::changeOwnPassword): current password, new one
 * twice with the strength meter. After an administrator's reset it is forced: setForced(true) explains why, and
 * the app keeps asking until it is done (Cancel then signs out; see the lead's wiring notes).
 */
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    explicit ChangePasswordDialog(core::Database &database, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    void setKdf(const core::KdfParams &kdf) { m_kdf = kdf; }
    /** Says that an administrator set this password and it must be changed now. */
    void setForced(bool forced);

private:
    void save();

    core::Database &m_database;
    core::KdfParams m_kdf = core::KdfParams::production();
    QLabel *m_intro = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
