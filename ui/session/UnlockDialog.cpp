// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/UnlockDialog.h"

#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "ui/session/SessionStyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {
Q_LOGGING_CATEGORY(lcUnlock, "caredesk.ui.unlock")
} // namespace

UnlockDialog::UnlockDialog(const QString &databasePath, QWidget *parent) : QDialog(parent), m_path(databasePath)
{
    setWindowTitle(tr("Sign In to CareDesk"));

    auto *heading = new QLabel(tr("Sign in"), this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setFont(SessionStyle::headingFont(heading->font()));

    // The site name sits in the keyring beside the database, readable without a password; if the keyring cannot
    // be read, Database::open will say why when the user tries to sign in.
    const QFileInfo file(databasePath);
    auto *siteLabel = new QLabel(this);
    siteLabel->setObjectName(QStringLiteral("siteLabel"));
    siteLabel->setTextFormat(Qt::PlainText);
    siteLabel->setWordWrap(true);
    auto keyRing = core::KeyRing::load(core::KeyRing::pathFor(databasePath));
    if (keyRing && !keyRing->siteName().isEmpty()) {
        siteLabel->setText(keyRing->siteName());
        QFont siteFont = siteLabel->font();
        siteFont.setBold(true);
        siteLabel->setFont(siteFont);
    } else {
        siteLabel->hide();
    }

    auto *fileLabel = new QLabel(tr("Database: %1").arg(file.fileName()), this);
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    fileLabel->setTextFormat(Qt::PlainText);
    fileLabel->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    fileLabel->setForegroundRole(QPalette::PlaceholderText);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setMaxLength(64);
    m_userName->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->installEventFilter(this);

    m_capsLockHint = new QLabel(tr("Caps Lock is on."), this);
    m_capsLockHint->setObjectName(QStringLiteral("capsLockHint"));
    m_capsLockHint->setStyleSheet(SessionStyle::hintStyleSheet());
    m_capsLockHint->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_capsLockHint);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(SessionStyle::errorStyleSheet());
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_unlockButton = buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Not buttons->accepted: the dialog accepts only once the database is open.
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(siteLabel);
    layout->addWidget(fileLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The error message can add lines; the layout grows the dialog for it (an explicit minimum size would not).
    m_userName->setMinimumWidth(300);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_userName, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    connect(m_password, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    updateUnlockButton();
    m_userName->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setUserName(const QString &userName)
{
    m_userName->setText(userName);
    if (!userName.isEmpty()) {
        m_password->setFocus();
    }
}

QString UnlockDialog::userName() const
{
    return m_userName->text().trimmed();
}

std::unique_ptr<core::Database> UnlockDialog::takeDatabase()
{
    return std::move(m_database);
}

bool UnlockDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Qt cannot ask the keyboard for Caps Lock portably; a letter whose case disagrees with Shift tells us cheaply.
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (text.size() == 1 && (text.at(0).isUpper() || text.at(0).isLower())) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            m_capsLockHint->setVisible(text.at(0).isUpper() != shift);
            SessionStyle::growToFit(this);
        }
    } else if (watched == m_password && event->type() == QEvent::FocusOut) {
        m_capsLockHint->hide();
    }
    return QDialog::eventFilter(watched, event);
}

void UnlockDialog::updateUnlockButton()
{
    m_unlockButton->setEnabled(!m_userName->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void UnlockDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    SessionStyle::growToFit(this);
}

void UnlockDialog::setBusy(bool busy)
{
    m_userName->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    if (busy) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        QGuiApplication::restoreOverrideCursor();
    }
}

void UnlockDialog::unlock()
{
    const QString user = userName();
    if (user.isEmpty() || m_password->text().isEmpty() || m_database) {
        return;
    }
    // Take the only reference to the password's buffer so wipe() below overwrites the characters themselves.
    QString password = m_password->text();
    m_password->clear();
    showError({});
    setBusy(true);
    // Argon2id blocks the GUI thread for about half a second; let the wait cursor and greyed fields paint first.
    // Database::open must run on this thread: its QSqlDatabase connection belongs to the thread that opens it.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto opened = core::Database::open(m_path, user, password);
    core::wipe(password);
    setBusy(false);

    if (!opened) {
        const core::Error &error = opened.error();
        qCInfo(lcUnlock).noquote() << "unlock failed:" << static_cast<int>(error.code) << error.detail;
        showError(error.message.isEmpty() ? tr("The database could not be opened.") : error.message);
        m_password->setFocus();
        return;
    }
    m_database = std::move(opened.value());
    accept();
}

} // namespace caredesk::ui
