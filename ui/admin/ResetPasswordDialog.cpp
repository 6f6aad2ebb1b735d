// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/ResetPasswordDialog.h"

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

ResetPasswordDialog::ResetPasswordDialog(core::Database &database, const QString &userName, QWidget *parent)
    : QDialog(parent), m_database(database), m_userName(userName)
{
    setWindowTitle(tr("Reset Password of %1").arg(userName));
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
    RecordForm::addRow(form, tr("&New password:"), m_password);
    form->addRow(QString(), m_meter);
    RecordForm::addRow(form, tr("C&onfirm password:"), m_confirm);
    auto *hint = new QLabel(tr("%1 must choose their own password when they next sign in. Resetting also unlocks the "
                               "account and re-enables it if it was disabled.")
                                .arg(userName),
                            this);
    hint->setWordWrap(true);
    auto *buttons = RecordForm::saveCancelButtons(
        this, tr("&Reset Password"), [this] { save(); }, &m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_meter->setPassword(text, m_userName); });
    m_password->setFocus();
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    m_password->clear();
    m_confirm->clear();
}

void ResetPasswordDialog::save()
{
    if (m_password->text() != m_confirm->text()) {
        RecordForm::setError(m_error, tr("The two passwords differ. Type the same password twice."));
        m_confirm->selectAll();
        m_confirm->setFocus();
        return;
    }
    QString password = m_password->text();
    const core::Status status = m_database.resetPassword(m_userName, password, m_kdf);
    core::wipe(password);
    if (!status) {
        RecordForm::setError(m_error, status.error().message);
        return;
    }
    accept();
}

} // namespace caredesk::ui
