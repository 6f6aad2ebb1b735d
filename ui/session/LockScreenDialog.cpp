// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/LockScreenDialog.h"

#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "ui/session/SessionStyle.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

LockScreenDialog::LockScreenDialog(const core::Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("CareDesk Is Locked"));
    setWindowModality(Qt::ApplicationModal);

    auto *heading = new QLabel(tr("Locked"), this);
    heading->setFont(SessionStyle::headingFont(heading->font()));
    auto *explanation = new QLabel(
        tr("CareDesk is locked (after a while without use, or with Ctrl+L), so that patients' details are not left "
           "on screen. %1 is signed in: enter the password to go on where you left off.")
            .arg(database.session().userName),
        this);
    explanation->setObjectName(QStringLiteral("lockExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("lockError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(SessionStyle::errorStyleSheet());
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_unlockButton = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    QPushButton *signOut = buttons->addButton(tr("&Sign Out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setToolTip(tr("Closes CareDesk. Entries that were not saved are discarded."));
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreenDialog::tryUnlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreenDialog::signOutRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    // The wrapped texts keep their whole height when the error appears or grows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    explanation->setMinimumWidth(460);
}

LockScreenDialog::~LockScreenDialog() = default;

void LockScreenDialog::reject()
{
    // Escape must not unlock; the dialog goes away only with the password or by signing out.
}

void LockScreenDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

void LockScreenDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_password->clear();
    m_errorLabel->hide();
    m_password->setFocus();
}

void LockScreenDialog::tryUnlock()
{
    QString password = m_password->text();
    m_password->clear();
    const core::Status status = m_database.verifyPassword(password);
    core::wipe(password);
    if (!status) {
        m_errorLabel->setText(status.error().message);
        m_errorLabel->show();
        adjustSize();
        m_password->setFocus();
        return;
    }
    m_errorLabel->hide();
    emit unlocked();
}

} // namespace caredesk::ui
