// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AddUserDialog.h"

#include "core/auth/Role.h"
#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"
#include "ui/widgets/PasswordStrengthMeter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

AddUserDialog::AddUserDialog(core::Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Add Staff Account"));
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setMaxLength(32);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (core::Role role : core::allRoles()) {
        m_role->addItem(core::roleDisplayName(role), core::roleId(role));
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_error = RecordForm::messageBar(this);

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&User name:"), m_userName);
    RecordForm::addRow(form, tr("&Role:"), m_role);
    RecordForm::addRow(form, tr("&Password:"), m_password);
    form->addRow(QString(), m_meter);
    RecordForm::addRow(form, tr("C&onfirm password:"), m_confirm);
    auto *hint = new QLabel(tr("The new colleague signs in with this password. Tell it to them in person; CareDesk "
                               "never stores or remembers passwords."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("&Add Account"), [this] { save(); }, &m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this, &AddUserDialog::updateMeter);
    connect(m_userName, &QLineEdit::textChanged, this, &AddUserDialog::updateMeter);
    RecordForm::setTabOrder({m_userName, m_role, m_password, m_confirm});
    m_userName->setFocus();
}

AddUserDialog::~AddUserDialog()
{
    m_password->clear();
    m_confirm->clear();
}

QString AddUserDialog::userName() const
{
    return m_userName->text().trimmed();
}

void AddUserDialog::updateMeter()
{
    m_meter->setPassword(m_password->text(), userName());
}

void AddUserDialog::save()
{
    if (userName().isEmpty()) {
        RecordForm::setError(m_error, tr("Enter a user name."));
        m_userName->setFocus();
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        RecordForm::setError(m_error, tr("The two passwords differ. Type the same password twice."));
        m_confirm->selectAll();
        m_confirm->setFocus();
        return;
    }
    const auto role = core::roleFromId(m_role->currentData().toString()).value_or(core::Role::Reception);
    QString password = m_password->text();
    const core::Status status = m_database.addUser(userName(), role, password, m_kdf);
    core::wipe(password);
    if (!status) {
        RecordForm::setError(m_error, status.error().message);
        return;
    }
    accept();
}

} // namespace caredesk::ui
