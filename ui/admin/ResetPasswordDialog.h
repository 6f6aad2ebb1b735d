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
 * An administrator sets a new password for a colleague (core::Database::resetPassword: the data key is wrapped
 * into a new slot, a disabled account is enabled again, and the colleague must change it at the next sign-in).
 */
class ResetPasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)

public:
    ResetPasswordDialog(core::Database &database, const QString &userName, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    void setKdf(const core::KdfParams &kdf) { m_kdf = kdf; }

private:
    void save();

    core::Database &m_database;
    QString m_userName;
    core::KdfParams m_kdf = core::KdfParams::production();
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
