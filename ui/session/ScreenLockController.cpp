// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/ScreenLockController.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "ui/session/LockScreenDialog.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace caredesk::ui {

ScreenLockController::ScreenLockController(core::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    m_sinceInput.start();
    connect(&m_check, &QTimer::timeout, this, &ScreenLockController::checkIdle);
    setIdleLimit(database.autoLockMinutes() * 60 * 1000);
    qApp->installEventFilter(this);
}

ScreenLockController::~ScreenLockController()
{
    qApp->removeEventFilter(this);
    delete m_lockScreen;
}

void ScreenLockController::setIdleLimit(int milliseconds)
{
    m_idleLimitMs = std::max(0, milliseconds);
    m_sinceInput.restart();
    if (m_idleLimitMs == 0) {
        m_check.stop();
        return;
    }
    // Checking a few times per limit is enough; a timer per keystroke would cost more than it saves.
    m_check.start(std::clamp(m_idleLimitMs / 4, 20, 5000));
}

LockScreenDialog *ScreenLockController::lockScreen() const
{
    return m_locked ? m_lockScreen : nullptr;
}

bool ScreenLockController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        if (!m_locked) {
            m_sinceInput.restart();
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLockController::checkIdle()
{
    if (!m_locked && m_idleLimitMs > 0 && m_sinceInput.elapsed() >= m_idleLimitMs) {
        lock();
    }
}

void ScreenLockController::lock()
{
    if (m_locked) {
        return;
    }
    if (!m_lockScreen) {
        m_lockScreen = new LockScreenDialog(m_database);
        connect(m_lockScreen, &LockScreenDialog::unlocked, this, &ScreenLockController::unlock);
        connect(m_lockScreen, &LockScreenDialog::signOutRequested, this, &ScreenLockController::signOutRequested);
    }
    m_locked = true;
    m_hidden.clear();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window != m_lockScreen && window->isVisible()) {
            m_hidden.append(window);
        }
    }
    // Hide dialogs before the windows under them, and show them again the other way round.
    std::stable_partition(m_hidden.begin(), m_hidden.end(),
                          [](const QPointer<QWidget> &w) { return w->windowType() == Qt::Dialog; });
    for (const QPointer<QWidget> &window : std::as_const(m_hidden)) {
        window->hide();
    }
    m_lockScreen->show();
    m_lockScreen->raise();
    m_lockScreen->activateWindow();
    emit lockedChanged(true);
    // Best effort: a trail that cannot be written must not keep the screen unlocked.
    (void)core::AuditLog(m_database.connectionName(), m_database.session().userName)
        .record(QStringLiteral("session.lock"), QStringLiteral("user:%1").arg(m_database.session().userName));
    // After the signal, so that pages can stop their timers first: no key stays in memory while locked.
    m_database.suspend();
}

void ScreenLockController::unlock()
{
    if (m_database.isSuspended()) {
        return; // the lock screen's password check reopens the database; without that nothing unlocks
    }
    m_lockScreen->hide();
    m_locked = false;
    (void)core::AuditLog(m_database.connectionName(), m_database.session().userName)
        .record(QStringLiteral("session.unlock"), QStringLiteral("user:%1").arg(m_database.session().userName));
    for (auto it = m_hidden.crbegin(); it != m_hidden.crend(); ++it) {
        if (*it) {
            (*it)->show();
        }
    }
    m_hidden.clear();
    m_sinceInput.restart();
    emit lockedChanged(false);
}

} // namespace caredesk::ui
