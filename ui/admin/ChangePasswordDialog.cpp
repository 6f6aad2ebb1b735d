// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/ChangePasswordDialog.h"

#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"
#include "ui/widgets/PasswordStrengthMeter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

ChangePasswordDialog::ChangePasswordDialog(core::Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Change Password"));
    m_intro = new QLabel(tr("Signed in as %1.").arg(database.session().userName), this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
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
    RecordForm::addRow(form, tr("C&urrent password:"), m_current);
    RecordForm::addRow(form, tr("&New password:"), m_password);
    form->addRow(QString(), m_meter);
    RecordForm::addRow(form, tr("C&onfirm new password:"), m_confirm);
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("&Change Password"), [this] { save(); }, &m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_meter->setPassword(text, m_database.session().userName); });
    m_current->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    m_current->clear();
    m_password->clear();
    m_confirm->clear();
}

void ChangePasswordDialog::setForced(bool forced)
{
    m_intro->setText(forced ? tr("An administrator set your password. Choose your own password now; until you do, "
                                 "you cannot continue. Type the password you were given as the current password.")
                            : tr("Signed in as %1.").arg(m_database.session().userName));
}

void ChangePasswordDialog::save()
{
    if (m_password->text() != m_confirm->text()) {
        RecordForm::setError(m_error, tr("The two new passwords differ. Type the same password twice."));
        m_confirm->selectAll();
        m_confirm->setFocus();
        return;
    }
    QString current = m_current->text();
    QString password = m_password->text();
    const core::Status status = m_database.changeOwnPassword(current, password, m_kdf);
    core::wipe(current);
    core::wipe(password);
    if (!status) {
        RecordForm::setError(m_error, status.error().message);
        (status.error().code == core::ErrorCode::AuthFailed ? m_current : m_password)->setFocus();
        return;
    }
    accept();
}

} // namespace caredesk::ui
