// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::ui {

/**
 * File > Restore…: choose a backup and enter your password; the backup is restored into a NEW file beside the
 * current database (checked with that password before anything else happens) and the dialog accepts with
 * restoredPath(). Nothing is replaced here: the caller closes the current database and calls
 * core::Database::swapInRestored(), which keeps the current one aside until the user confirms.
 */
class RestoreDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const QString &currentPath, const QString &userName, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    /** Pre-fills the backup to restore (the latest one, when known). */
    void setBackupPath(const QString &path);
    /** Where the backup was restored to; empty until it succeeded. */
    [[nodiscard]] QString restoredPath() const { return m_restoredPath; }
    /** CURRENT.restored-YYYYMMDD-HHMMSS, the new file a restore writes (local time @p now). */
    [[nodiscard]] static QString restoredPathFor(const QString &currentPath, const QDateTime &now);

private:
    void browse();
    void restoreNow();

    QString m_currentPath;
    QString m_userName;
    QString m_restoredPath;
    QLineEdit *m_backup = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace caredesk::ui
