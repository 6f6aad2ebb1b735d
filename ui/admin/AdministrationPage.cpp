// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AdministrationPage.h"

#include "core/auth/Permission.h"
#include "core/storage/Database.h"
#include "ui/admin/AddUserDialog.h"
#include "ui/admin/PermissionMatrixTableModel.h"
#include "ui/admin/ResetPasswordDialog.h"
#include "ui/admin/StaffTableModel.h"
#include "ui/common/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

AdministrationPage::AdministrationPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock),
      m_allowed(core::roleAllows(database.session().role, core::Permission::ManageUsers))
{
    m_notAllowed = new QLabel(tr("Only administrators manage staff accounts and security settings. Ask your "
                                 "administrator if an account or a setting needs changing."),
                              this);
    m_notAllowed->setObjectName(QStringLiteral("notAllowedLabel"));
    m_notAllowed->setWordWrap(true);
    m_notAllowed->setVisible(!m_allowed);

    // Staff accounts
    m_staffModel = new StaffTableModel(this);
    m_staffView = new QTableView(this);
    m_staffView->setObjectName(QStringLiteral("staffTable"));
    m_staffView->setModel(m_staffModel);
    m_staffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staffView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staffView->verticalHeader()->hide();
    m_staffView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_staffView->horizontalHeader()->setSectionResizeMode(StaffTableModel::UserName, QHeaderView::Stretch);
    m_addButton = new QPushButton(tr("&Add Account…"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_disableButton = new QPushButton(tr("&Disable…"), this);
    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_removeButton = new QPushButton(tr("Re&move…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_resetButton = new QPushButton(tr("&Reset Password…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    auto *staffButtons = new QHBoxLayout;
    staffButtons->addWidget(m_addButton);
    staffButtons->addWidget(m_disableButton);
    staffButtons->addWidget(m_removeButton);
    staffButtons->addWidget(m_resetButton);
    staffButtons->addStretch(1);
    auto *staffBox = new QGroupBox(tr("Staff accounts"), this);
    auto *staffLayout = new QVBoxLayout(staffBox);
    staffLayout->addWidget(m_staffView, 1);
    staffLayout->addLayout(staffButtons);

    // What each role may do
    m_matrixModel = new PermissionMatrixTableModel(this);
    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("permissionMatrix"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setSectionResizeMode(PermissionMatrixTableModel::Permission,
                                                           QHeaderView::Stretch);
    auto *matrixBox = new QGroupBox(tr("What each role may do"), this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrixView);

    // Security settings
    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_backupReminder = new QSpinBox(this);
    m_backupReminder->setObjectName(QStringLiteral("backupReminderDays"));
    m_backupReminder->setRange(1, 365);
    m_backupReminder->setSuffix(tr(" days"));
    for (QSpinBox *spin : {m_autoLock, m_backupReminder}) {
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0000 min")) * 2);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_saveSettingsButton = new QPushButton(tr("&Save Settings"), this);
    m_saveSettingsButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_settingsStatus = new QLabel(this);
    m_settingsStatus->setObjectName(QStringLiteral("settingsStatus"));
    auto *settingsBox = new QGroupBox(tr("Security settings"), this);
    auto *settingsForm = new QFormLayout(settingsBox);
    auto *lockLabel = new QLabel(tr("&Lock the screen after:"), settingsBox);
    lockLabel->setBuddy(m_autoLock);
    settingsForm->addRow(lockLabel, m_autoLock);
    auto *backupLabel = new QLabel(tr("Remind about &backups after:"), settingsBox);
    backupLabel->setBuddy(m_backupReminder);
    settingsForm->addRow(backupLabel, m_backupReminder);
    auto *settingsButtons = new QHBoxLayout;
    settingsButtons->addWidget(m_saveSettingsButton);
    settingsButtons->addWidget(m_settingsStatus, 1);
    settingsForm->addRow(settingsButtons);
    auto *passwordRules = new QLabel(tr("CareDesk never remembers passwords. After 3 wrong passwords each further "
                                        "attempt must wait longer; after 10 the account is locked for 15 minutes or "
                                        "until an administrator resets its password. The lock screen counts the "
                                        "same way."),
                                     settingsBox);
    passwordRules->setObjectName(QStringLiteral("passwordRulesNote"));
    passwordRules->setWordWrap(true);
    settingsForm->addRow(passwordRules);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notAllowed);
    layout->addWidget(staffBox, 2);
    layout->addWidget(matrixBox, 3);
    layout->addWidget(settingsBox);

    staffBox->setEnabled(m_allowed);
    settingsBox->setEnabled(m_allowed);

    connect(m_addButton, &QPushButton::clicked, this, &AdministrationPage::addUser);
    connect(m_disableButton, &QPushButton::clicked, this, &AdministrationPage::toggleDisabled);
    connect(m_removeButton, &QPushButton::clicked, this, &AdministrationPage::removeUser);
    connect(m_resetButton, &QPushButton::clicked, this, &AdministrationPage::resetPassword);
    connect(m_saveSettingsButton, &QPushButton::clicked, this, &AdministrationPage::saveSettings);
    connect(m_staffView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdministrationPage::updateButtons);
    connect(m_staffModel, &QAbstractItemModel::modelReset, this, &AdministrationPage::updateButtons);
    reload();
}

AdministrationPage::~AdministrationPage() = default;

void AdministrationPage::reload()
{
    const QString selected = currentRow() >= 0 ? m_staffModel->memberAt(currentRow()).userName : QString();
    m_autoLock->setValue(m_database.autoLockMinutes());
    m_backupReminder->setValue(m_database.backupReminderDays());
    if (!m_allowed) {
        m_staffModel->setStaff({});
        return;
    }
    auto staff = m_database.staff();
    if (!staff) {
        MessageBox::error(this, tr("Staff Accounts"), staff.error());
        return;
    }
    m_staffModel->setStaff(*staff);
    selectUser(selected);
}

int AdministrationPage::currentRow() const
{
    const QModelIndex index = m_staffView->selectionModel()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void AdministrationPage::selectUser(const QString &userName)
{
    const int row = userName.isEmpty() ? -1 : m_staffModel->rowOf(userName);
    if (row >= 0) {
        m_staffView->selectRow(row);
    }
    updateButtons();
}

void AdministrationPage::updateButtons()
{
    const int row = currentRow();
    const bool some = m_allowed && row >= 0;
    const bool removed = some && m_staffModel->memberAt(row).removed;
    const bool disabled = some && (m_staffModel->memberAt(row).disabled || !m_staffModel->memberAt(row).hasKeySlot);
    const bool self =
        some && m_staffModel->memberAt(row).userName.compare(m_database.session().userName, Qt::CaseInsensitive) == 0;
    // A disabled account comes back with a new password: the same button, saying so.
    m_disableButton->setText(disabled ? tr("&Enable…") : tr("&Disable…"));
    m_disableButton->setEnabled(some && !removed && !self);
    m_removeButton->setEnabled(some && !removed && !self);
    m_resetButton->setEnabled(some && !removed);
}

void AdministrationPage::addUser()
{
    AddUserDialog dialog(m_database, this);
    dialog.setKdf(m_kdf);
    if (dialog.exec() == QDialog::Accepted) {
        const QString name = dialog.userName();
        reload();
        selectUser(name);
    }
}

void AdministrationPage::toggleDisabled()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const core::StaffMember member = m_staffModel->memberAt(row);
    if (member.disabled || !member.hasKeySlot) {
        resetPassword();
        return;
    }
    if (MessageBox::question(this, tr("Disable Account"),
                             tr("Disable %1? Their password stops working at once. To let them back in, choose "
                                "Enable and give them a new password.")
                                 .arg(member.userName)) != QMessageBox::Yes) {
        return;
    }
    if (auto status = m_database.disableUser(member.userName); !status) {
        MessageBox::error(this, tr("Disable Account"), status.error());
    }
    reload();
}

void AdministrationPage::removeUser()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const QString name = m_staffModel->memberAt(row).userName;
    if (MessageBox::question(this, tr("Remove Account"),
                             tr("Remove %1? They can no longer sign in, and the account cannot be used again. Their "
                                "name stays in the audit trail and on the records they made.")
                                 .arg(name)) != QMessageBox::Yes) {
        return;
    }
    if (auto status = m_database.removeUser(name); !status) {
        MessageBox::error(this, tr("Remove Account"), status.error());
    }
    reload();
}

void AdministrationPage::resetPassword()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const QString name = m_staffModel->memberAt(row).userName;
    ResetPasswordDialog dialog(m_database, name, this);
    dialog.setKdf(m_kdf);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        MessageBox::information(
            this, tr("Password Reset"),
            tr("%1 can now sign in with the new password and must then choose their own.").arg(name));
    }
}

void AdministrationPage::saveSettings()
{
    core::Status status = m_database.setAutoLockMinutes(m_autoLock->value());
    if (status) {
        status = m_database.setBackupReminderDays(m_backupReminder->value());
    }
    if (!status) {
        MessageBox::error(this, tr("Security Settings"), status.error());
        m_settingsStatus->clear();
        return;
    }
    m_settingsStatus->setText(tr("Saved."));
}

} // namespace caredesk::ui
