// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class LockScreenDialog;

/**
 * Locks CareDesk after a period without keyboard or mouse input, or on request (Ctrl+L): every window, dialogs
 * with half-typed entries included, is hidden (not closed, so nothing typed is lost) and the lock screen asks for
 * the signed-in user's password. Watches input application-wide through an event filter.
 */
class ScreenLockController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenLockController)

public:
    /**
     * Idle limit from the database's setting; 0 minutes never locks by itself. Locking suspends @p database
     * (connections closed, key wiped); the lock screen's password check resumes it.
     */
    explicit ScreenLockController(core::Database &database, QObject *parent = nullptr);
    ~ScreenLockController() override;

    /** Changes the idle limit (tests use milliseconds); 0 turns automatic locking off. */
    void setIdleLimit(int milliseconds);
    [[nodiscard]] int idleLimit() const { return m_idleLimitMs; }
    [[nodiscard]] bool isLocked() const { return m_locked; }
    /** The lock screen while locked; null otherwise. */
    [[nodiscard]] LockScreenDialog *lockScreen() const;

    void lock();

signals:
    void lockedChanged(bool locked);
    /** The user chose to sign out from the lock screen. */
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkIdle();
    void unlock();

    core::Database &m_database;
    int m_idleLimitMs = 0;
    bool m_locked = false;
    QElapsedTimer m_sinceInput;
    QTimer m_check;
    QList<QPointer<QWidget>> m_hidden;
    LockScreenDialog *m_lockScreen = nullptr;
};

} // namespace caredesk::ui
