// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/privacy/RestoreDialog.h"

#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace caredesk::ui {

RestoreDialog::RestoreDialog(const QString &currentPath, const QString &userName, QWidget *parent)
    : QDialog(parent), m_currentPath(QFileInfo(currentPath).absoluteFilePath()), m_userName(userName)
{
    setWindowTitle(tr("Restore from Backup"));
    auto *explanation = new QLabel(
        tr("The backup is restored into a new file beside the current database and checked with your password. "
           "Then CareDesk closes the current database, puts the restored one in its place and keeps the current one "
           "aside until you confirm, so you can still go back."),
        this);
    explanation->setWordWrap(true);

    m_backup = new QLineEdit(this);
    m_backup->setObjectName(QStringLiteral("backupPath"));
    // The newest backup in the folder backups were last written to is the likely one (after damage, the one to use).
    if (const QString folder = QSettings().value(QStringLiteral("backup/folder")).toString(); !folder.isEmpty()) {
        const QFileInfoList backups = QDir(folder).entryInfoList({QStringLiteral("*.cdbackup")}, QDir::Files,
                                                                 QDir::Time);
        if (!backups.isEmpty()) {
            m_backup->setText(QDir::toNativeSeparators(backups.first().absoluteFilePath()));
        }
    }
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browse"));
    connect(browseButton, &QPushButton::clicked, this, &RestoreDialog::browse);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_backup, 1);
    rowLayout->addWidget(browseButton);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("Backup &file:"), m_backup, row);
    RecordForm::addRow(form, tr("Your &password (%1):").arg(userName), m_password);
    m_error = RecordForm::messageBar(this);
    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("&Restore"), [this] { restoreNow(); }, &m_restoreButton);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    if (m_backup->text().isEmpty()) {
        m_backup->setFocus();
    } else {
        m_password->setFocus(); // the newest backup is already chosen
    }
}

RestoreDialog::~RestoreDialog()
{
    QString typed = m_password->text();
    m_password->clear();
    core::wipe(typed);
}

void RestoreDialog::setBackupPath(const QString &path)
{
    m_backup->setText(QDir::toNativeSeparators(path));
    m_password->setFocus();
}

QString RestoreDialog::restoredPathFor(const QString &currentPath, const QDateTime &now)
{
    return currentPath + QStringLiteral(".restored-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void RestoreDialog::browse()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Restore from Backup"), QFileInfo(m_currentPath).absolutePath(),
                                     tr("CareDesk backups (*.cdbackup);;All files (*)"));
    if (!chosen.isEmpty()) {
        setBackupPath(chosen);
    }
}

void RestoreDialog::restoreNow()
{
    const QString backup = QDir::fromNativeSeparators(m_backup->text().trimmed());
    if (backup.isEmpty()) {
        RecordForm::setError(m_error, tr("Choose the backup file to restore."));
        return;
    }
    if (m_password->text().isEmpty()) {
        RecordForm::setError(m_error, tr("Enter your password; the restored database is checked with it."));
        return;
    }
    const QString target = restoredPathFor(m_currentPath, QDateTime::currentDateTime());
    QString password = m_password->text();
    m_password->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = core::Database::restore(backup, target, m_userName, password);
    QApplication::restoreOverrideCursor();
    core::wipe(password);
    if (!status) {
        RecordForm::setError(m_error, status.error().message);
        m_password->setFocus();
        return;
    }
    m_restoredPath = target;
    accept();
}

} // namespace caredesk::ui
