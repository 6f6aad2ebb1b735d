// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

#include <array>
#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class ScreenLockController;

/**
 * The main window of a signed-in session: navigation on the left, one page per area, the site and the signed-in
 * user in the status bar. Owns the open database; closing the window closes it.
 */
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** The areas in navigation order; View menu shortcuts are Ctrl+1 … Ctrl+9 in this order. */
    enum class Area {
        Customers,
        Visits,
        Feedback,
        Loyalty,
        Complaints,
        FollowUps,
        Campaigns,
        Dashboards,
        Administration
    };
    Q_ENUM(Area)
    static constexpr int areaCount = 9;

    explicit MainWindow(std::unique_ptr<core::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] core::Database &database() const { return *m_database; }

    /** Replaces the page of @p area (the window takes ownership and deletes the page it replaces). */
    void setPage(Area area, QWidget *page);
    [[nodiscard]] QWidget *page(Area area) const;

    void showArea(Area area);
    [[nodiscard]] Area currentArea() const;

    /** Translated name of an area, as navigation and the View menu show it. */
    [[nodiscard]] static QString areaName(Area area);
    /** Locks after the idle limit and on Ctrl+L (File > Lock). */
    [[nodiscard]] ScreenLockController *screenLock() const { return m_screenLock; }
    /**
     * A backup restored from File > Restore… that the user chose to put in place: the window closed so that the
     * application can close the database, swap the files and open it again. Empty otherwise.
     */
    [[nodiscard]] QString pendingRestore() const { return m_pendingRestore; }
    /** Writes a backup to @p path (File > Back Up… after asking where); says how it went; true on success. */
    bool backUpTo(const QString &path);

private:
    static QString areaDescription(Area area);
    void createNavigation();
    void createMenus();
    void createStatusBar();
    void installAreaPages();
    void showAbout();
    void onAreaChanged(int row);
    void updateBadges();
    void showBadges(int escalations, int due);
    void chooseBackupFile();
    void updateBackupStatus();
    void chooseRestore();
    void changePassword();
    void runStartupChecks();
    void startLoyaltyCatchUp();
    void showWarningBanner(const QString &text);

    std::unique_ptr<core::Database> m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_viewMenu = nullptr;
    std::array<QAction *, areaCount> m_areaActions{};
    ScreenLockController *m_screenLock = nullptr;
    QPointer<QAction> m_newCustomerAction;
    QLabel *m_backupLabel = nullptr;
    QLabel *m_warningBanner = nullptr;
    QString m_auditBannerLine; ///< the audit warning line of the banner, removed when it is acknowledged
    QString m_pendingRestore;
    /** Set when the window closes: the loyalty catch-up stops after its current batch. */
    std::shared_ptr<std::atomic_bool> m_stopCatchUp = std::make_shared<std::atomic_bool>(false);
    QFuture<void> m_catchUpJob;
    QFuture<void> m_badgeJob;
};

} // namespace caredesk::ui
