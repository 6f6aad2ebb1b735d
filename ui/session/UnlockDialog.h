// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

/**
 * Signs in to an existing database: user name and password unlock it with core::Database::open. Failures show
 * inline and leave the dialog open; on success the dialog accepts and takeDatabase() hands over the open database.
 */
class UnlockDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    explicit UnlockDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    /** Prefills the user name (the last one who signed in here) and puts the cursor in the password field. */
    void setUserName(const QString &userName);
    [[nodiscard]] QString userName() const;

    /** The unlocked database after the dialog was accepted; null before, and after the first call. */
    [[nodiscard]] std::unique_ptr<core::Database> takeDatabase();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    void updateUnlockButton();
    void showError(const QString &message);
    void setBusy(bool busy);

    QString m_path;
    std::unique_ptr<core::Database> m_database;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_capsLockHint = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace caredesk::ui
