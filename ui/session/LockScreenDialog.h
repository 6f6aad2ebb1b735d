// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

/**
 * Shown while CareDesk is locked: only the signed-in user's password brings the windows back (checked against the
 * keyring with core::Database::verifyPassword, the database stays open). Escape and closing do nothing; "Sign out"
 * quits, discarding what was not saved.
 */
class LockScreenDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreenDialog)

public:
    explicit LockScreenDialog(const core::Database &database, QWidget *parent = nullptr);
    ~LockScreenDialog() override;

signals:
    void unlocked();
    void signOutRequested();

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void tryUnlock();

    const core::Database &m_database;
    QLineEdit *m_password = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_unlockButton = nullptr;
};

} // namespace caredesk::ui
