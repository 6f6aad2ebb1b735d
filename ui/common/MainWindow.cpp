// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MainWindow.h"

#include "core/auth/Permission.h"
#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "ui/admin/AdministrationPage.h"
#include "ui/admin/AuditPage.h"
#include "ui/admin/ChangePasswordDialog.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/common/EmptyStatePage.h"
#include "ui/common/MessageBox.h"
#include "ui/common/OwnConnectionJob.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/customers/CustomerProfilePage.h"
#include "ui/customers/CustomersPage.h"
#include "ui/dashboard/DashboardsPage.h"
#include "ui/feedback/FeedbackPage.h"
#include "ui/followups/FollowUpsPage.h"
#include "ui/loyalty/LoyaltyPage.h"
#include "ui/privacy/AnonymiseDialog.h"
#include "ui/privacy/PrivacyExportDialog.h"
#include "ui/privacy/RestoreDialog.h"
#include "ui/session/ScreenLockController.h"
#include "ui/visits/VisitsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caredesk::ui {

namespace {

constexpr auto allAreas =
    std::array{MainWindow::Area::Customers, MainWindow::Area::Visits,     MainWindow::Area::Feedback,
               MainWindow::Area::Loyalty,   MainWindow::Area::Complaints, MainWindow::Area::FollowUps,
               MainWindow::Area::Campaigns, MainWindow::Area::Dashboards, MainWindow::Area::Administration};
static_assert(allAreas.size() == MainWindow::areaCount);

int indexOf(MainWindow::Area area)
{
    return static_cast<int>(area);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<core::Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    Q_ASSERT(m_database);
    setWindowTitle(tr("CareDesk — %1").arg(m_database->siteName()));

    createNavigation();
    createMenus();
    createStatusBar();
    installAreaPages();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    // Problems with the file itself (a damaged database, an audit trail that does not add up) stay in view.
    m_warningBanner = new QLabel(central);
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    m_warningBanner->setWordWrap(true);
    m_warningBanner->setTextFormat(Qt::PlainText);
    m_warningBanner->setStyleSheet(QStringLiteral("QLabel#warningBanner { background: #fbe3e4; color: #8a1f11; "
                                                  "border-bottom: 1px solid #d9534f; padding: 8px 12px; }"));
    m_warningBanner->hide();
    right->addWidget(m_warningBanner);
    right->addWidget(m_pages, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    // Fits a 1366x768 laptop with its taskbar and grows on larger screens, without covering them entirely.
    QSize size(1240, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        size = size.boundedTo(QSize(available.width() * 92 / 100, available.height() * 90 / 100));
    }
    resize(size);
    setMinimumSize(760, 480);

    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
    runStartupChecks();
}

MainWindow::~MainWindow()
{
    // The background jobs (the start-up check, the loyalty catch-up, the follow-up sweep, badge counts, dashboards)
    // must end before the database closes. They are stopped rather than waited for: at a million customers the
    // check reads 6 GB and a sweep's first run writes for minutes. What an interrupted job had begun is rolled
    // back, and its next run starts again.
    m_database->stopBackgroundWork();
    // The loyalty catch-up stops after its current batch (what it wrote stays right; the next start goes on).
    m_stopCatchUp->store(true);
    m_catchUpJob.waitForFinished();
    m_badgeJob.waitForFinished();
    const auto checks = findChildren<QFutureWatcher<core::Result<QStringList>> *>();
    for (auto *watcher : checks) {
        watcher->waitForFinished();
    }
}

QString MainWindow::areaName(Area area)
{
    switch (area) {
    case Area::Customers: return tr("Customers");
    case Area::Visits: return tr("Visits");
    case Area::Feedback: return tr("Feedback");
    case Area::Loyalty: return tr("Loyalty");
    case Area::Complaints: return tr("Complaints");
    case Area::FollowUps: return tr("Follow-ups");
    case Area::Campaigns: return tr("Campaigns");
    case Area::Dashboards: return tr("Dashboards");
    case Area::Administration: return tr("Administration");
    }
    return {};
}

QString MainWindow::areaDescription(Area area)
{
    switch (area) {
    case Area::Customers:
        return tr("Individual and organisational customers: contact details, consent, tags and history, with quick "
                  "search and duplicate checks.");
    case Area::Visits:
        return tr("Visits and purchases: consultations, examinations and pharmacy sales, with staff, items and "
                  "amounts.");
    case Area::Feedback:
        return tr("Satisfaction surveys and feedback forms: overall score, likelihood to recommend and scores by "
                  "service dimension.");
    case Area::Loyalty:
        return tr("Membership tiers and points: what each member earned, redeemed and has left, and when points "
                  "expire.");
    case Area::Complaints:
        return tr("Complaints from receipt to closure, with time limits, root cause, corrective action and the "
                  "customer's satisfaction with the result.");
    case Area::FollowUps:
        return tr("The follow-up queue: calls after visits, medication checks, surveys and win-back of dormant "
                  "customers, with results and timeliness.");
    case Area::Campaigns:
        return tr("Campaigns and community activities such as health lectures and free check-ups: participants, "
                  "responses and conversions.");
    case Area::Dashboards:
        return tr("Trends in satisfaction, complaints, churn warnings and loyalty, by department, staff member and "
                  "period, with printable reports.");
    case Area::Administration: return tr("Staff accounts and roles, backups, imports and the audit trail.");
    }
    return {};
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(1);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); "
                                               "border: none; border-right: 1px solid palette(mid); padding: 8px; }"
                                               "QListWidget#navigation::item { padding: 6px 8px; border-radius: 4px; }"
                                               "QListWidget#navigation::item:selected { "
                                               "background: palette(highlight); color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    int widest = 0;
    const QFontMetrics metrics(navigationFont);
    for (Area area : allAreas) {
        auto *item = new QListWidgetItem(areaName(area), m_navigation);
        item->setToolTip(QKeySequence(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_1 + indexOf(area))))
                             .toString(QKeySequence::NativeText));
        widest = qMax(widest, metrics.horizontalAdvance(item->text()));
        m_pages->addWidget(new EmptyStatePage(areaName(area), areaDescription(area), m_pages));
    }
    // Wide enough for the longest name in the running language plus the item padding.
    m_navigation->setFixedWidth(qMax(160, widest + metrics.horizontalAdvance(QStringLiteral(" (99)")) + 56));

    // Arrow keys, clicks and the View menu all end up here.
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChanged);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_screenLock = new ScreenLockController(*m_database, this);
    connect(m_screenLock, &ScreenLockController::signOutRequested, this, &QWidget::close);
    // Locking closes the connections: the loyalty catch-up stops after its batch and goes on after the unlock.
    connect(m_screenLock, &ScreenLockController::lockedChanged, this, [this](bool locked) {
        if (locked) {
            m_stopCatchUp->store(true);
        } else if (!m_catchUpJob.isRunning()) {
            m_stopCatchUp = std::make_shared<std::atomic_bool>(false);
            startLoyaltyCatchUp();
        }
    });
    QAction *lockAction = fileMenu->addAction(tr("&Lock"));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setToolTip(tr("Hide every window until your password is entered again"));
    connect(lockAction, &QAction::triggered, m_screenLock, &ScreenLockController::lock);
    QAction *backupAction = fileMenu->addAction(tr("&Back Up…"));
    backupAction->setObjectName(QStringLiteral("backupAction"));
    const bool mayBackUp = core::roleAllows(m_database->session().role, core::Permission::RunBackups);
    backupAction->setEnabled(mayBackUp);
    backupAction->setToolTip(mayBackUp ? tr("Write an encrypted, checked copy of the database and its keyring")
                                       : tr("Only an administrator or a manager can make a backup."));
    connect(backupAction, &QAction::triggered, this, &MainWindow::chooseBackupFile);
    QAction *restoreAction = fileMenu->addAction(tr("&Restore from Backup…"));
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    restoreAction->setEnabled(mayBackUp);
    restoreAction->setToolTip(mayBackUp ? tr("Restore a backup into a new file, check it, then put it in place")
                                        : tr("Only an administrator or a manager can restore a backup."));
    connect(restoreAction, &QAction::triggered, this, &MainWindow::chooseRestore);
    fileMenu->addSeparator();
    QAction *passwordAction = fileMenu->addAction(tr("Change &Password…"));
    passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(passwordAction, &QAction::triggered, this, &MainWindow::changePassword);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("Vie&w"));
    m_viewMenu = viewMenu;
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (Area area : allAreas) {
        const int index = indexOf(area);
        QAction *action = viewMenu->addAction(areaName(area));
        action->setObjectName(QStringLiteral("showArea%1").arg(index + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_1 + index))));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, area] {
            showArea(area);
            // Ctrl+digit goes straight to the page's list; the arrow keys in the navigation keep focus there.
            if (QWidget *shown = m_pages->currentWidget(); shown->focusProxy()) {
                shown->setFocus(Qt::ShortcutFocusReason);
            }
        });
        m_areaActions.at(static_cast<std::size_t>(index)) = action;
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About CareDesk"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::installAreaPages()
{
    auto *customers = new CustomersPage(*m_database, m_pages);
    setPage(Area::Customers, customers);
    // The page's actions live in the Customers menu and the window, so F3, Ctrl+F and Ctrl+N work from any area.
    QMenu *customersMenu = new QMenu(tr("&Customers"), this);
    customersMenu->setObjectName(QStringLiteral("customersMenu"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), customersMenu);
    m_newCustomerAction = customers->newCustomerAction();
    for (QAction *action : {customers->findAction(), customers->newCustomerAction()}) {
        action->setShortcutContext(Qt::WindowShortcut);
        customersMenu->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, [this] { showArea(Area::Customers); });
    }
    QAction *duplicatesAction = customersMenu->addAction(tr("Review &Duplicates…"));
    duplicatesAction->setObjectName(QStringLiteral("reviewDuplicatesAction"));
    connect(duplicatesAction, &QAction::triggered, this, [this, customers] {
        showArea(Area::Customers);
        customers->showDuplicates();
    });
    // Privacy requests concern the customer whose profile is open.
    customersMenu->addSeparator();
    const bool mayHandlePrivacy = core::roleAllows(m_database->session().role, core::Permission::HandlePrivacyRequests);
    QAction *exportDataAction = customersMenu->addAction(tr("&Export Personal Data…"));
    exportDataAction->setObjectName(QStringLiteral("exportPersonalDataAction"));
    QAction *anonymiseAction = customersMenu->addAction(tr("&Anonymise Customer…"));
    anonymiseAction->setObjectName(QStringLiteral("anonymiseAction"));
    const auto profileShown = [customers] { return customers->profilePage()->isVisible(); };
    connect(customersMenu, &QMenu::aboutToShow, this, [=] {
        const bool shown = profileShown();
        for (QAction *action : {exportDataAction, anonymiseAction}) {
            action->setEnabled(shown && mayHandlePrivacy);
            action->setToolTip(!mayHandlePrivacy ? tr("Only a manager or an administrator handles privacy requests.")
                                                 : tr("Open a customer's profile first."));
        }
    });
    connect(exportDataAction, &QAction::triggered, this, [this, customers, profileShown] {
        if (!profileShown()) {
            return;
        }
        PrivacyExportDialog dialog(*m_database, core::Clock::system(), customers->profilePage()->customerId(), this);
        dialog.exec();
    });
    connect(anonymiseAction, &QAction::triggered, this, [this, customers, profileShown] {
        if (!profileShown()) {
            return;
        }
        AnonymiseDialog dialog(*m_database, core::Clock::system(), customers->profilePage()->customerId(), this);
        connect(&dialog, &AnonymiseDialog::anonymised, customers->profilePage(), &CustomerProfilePage::reload);
        dialog.exec();
    });

    auto *visits = new VisitsPage(*m_database, core::Clock::system(), m_pages);
    setPage(Area::Visits, visits);
    connect(visits, &VisitsPage::openCustomer, this, [this, customers](core::CustomerId id) {
        showArea(Area::Customers);
        customers->openCustomer(id);
    });
    setPage(Area::Loyalty, new LoyaltyPage(*m_database, core::Clock::system(), m_pages));

    auto *feedback = new FeedbackPage(*m_database, core::Clock::system(), m_pages);
    setPage(Area::Feedback, feedback);
    connect(feedback, &FeedbackPage::openCustomer, this, [this, customers](core::CustomerId id) {
        showArea(Area::Customers);
        customers->openCustomer(id);
    });

    auto *complaints = new ComplaintsPage(*m_database, core::Clock::system(), m_pages);
    setPage(Area::Complaints, complaints);
    auto *followUps = new FollowUpsPage(*m_database, core::Clock::system(), m_pages);
    setPage(Area::FollowUps, followUps);
    auto *campaigns = new CampaignsPage(*m_database, core::Clock::system(), m_pages);
    setPage(Area::Campaigns, campaigns);
    const core::Role role = m_database->session().role;
    if (core::roleAllows(role, core::Permission::ViewDashboards)) {
        auto *dashboards = new DashboardsPage(*m_database, core::Clock::system(), m_pages);
        setPage(Area::Dashboards, dashboards);
        connect(dashboards, &DashboardsPage::openCustomer, this, [this, customers](core::CustomerId id) {
            showArea(Area::Customers);
            customers->openCustomer(id);
        });
    } else {
        setPage(Area::Dashboards,
                new EmptyStatePage(areaName(Area::Dashboards),
                                   tr("Dashboards are for service officers, managers and administrators. Ask one of "
                                      "them for the figures you need."),
                                   m_pages));
    }
    auto *administration = new QTabWidget(m_pages);
    administration->setObjectName(QStringLiteral("administrationTabs"));
    administration->setDocumentMode(true);
    administration->addTab(new AdministrationPage(*m_database, core::Clock::system(), administration),
                           tr("Staff and security"));
    if (core::roleAllows(role, core::Permission::ViewAudit)) {
        auto *audit = new AuditPage(*m_database, core::Clock::system(), administration);
        connect(audit, &AuditPage::auditWarningAcknowledged, this, [this] {
            QStringList lines = m_warningBanner->text().split(QLatin1Char('\n'));
            lines.removeAll(m_auditBannerLine);
            m_warningBanner->setText(lines.join(QLatin1Char('\n')));
            m_warningBanner->setVisible(!m_warningBanner->text().isEmpty());
        });
        administration->addTab(audit, tr("Audit trail"));
    }
    administration->setFocusProxy(administration->widget(0));
    setPage(Area::Administration, administration);

    const auto showProfile = [this, customers](core::CustomerId id) {
        showArea(Area::Customers);
        customers->openCustomer(id);
    };
    connect(complaints, &ComplaintsPage::openCustomer, this, showProfile);
    connect(followUps, &FollowUpsPage::openCustomer, this, showProfile);
    connect(campaigns, &CampaignsPage::openCustomer, this, showProfile);
    // The receiving page is the context: if a page is replaced (setPage), its connections go with it.
    connect(customers->profilePage(), &CustomerProfilePage::complaintRequested, complaints,
            [this, complaints](core::CustomerId id) {
                showArea(Area::Complaints);
                complaints->newComplaintFor(id);
            });
    connect(customers->profilePage(), &CustomerProfilePage::followUpRequested, followUps,
            [this, followUps](core::CustomerId id) {
                showArea(Area::FollowUps);
                followUps->newFollowUpFor(id);
            });

    // The navigation says how much is waiting: escalations for this user and follow-ups due today. The counts are
    // read on every change of area (the first one just below) and each quarter minute.
    auto *badgeTimer = new QTimer(this);
    connect(badgeTimer, &QTimer::timeout, this, &MainWindow::updateBadges);
    badgeTimer->start(15 * 1000);

    m_navigation->setCurrentRow(indexOf(Area::Customers));
    // Once the window is shown: reception starts typing a name the moment it opens.
    QTimer::singleShot(0, customers, &CustomersPage::focusSearch);
}

void MainWindow::updateBadges()
{
    if (m_database->isSuspended()) {
        return; // locked: the key is wiped, nothing can be read until the password is entered again
    }
    if (m_badgeJob.isRunning()) {
        return; // the counts being read now are as new
    }
    // The escalations evaluate open complaints' clocks (about a second at 1M customers): counted on a connection
    // of their own, off the UI thread, every change of area and each quarter minute.
    using Counts = std::pair<int, int>;
    auto *watcher = new QFutureWatcher<core::Result<Counts>>(this);
    connect(watcher, &QFutureWatcher<core::Result<Counts>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const core::Result<Counts> counts = watcher->result();
        if (counts) {
            showBadges(counts->first, counts->second);
        }
    });
    const core::Session session = m_database->session();
    QFuture<core::Result<Counts>> future = runOnOwnConnection<Counts>(
        *m_database, QStringLiteral("caredesk-badges"), core::Database::backgroundCacheKib,
        [session](const QString &connection) -> core::Result<Counts> {
            Counts counts{0, 0};
            const QDateTime now = core::Clock::system().nowUtc();
            if (auto alerts = core::ComplaintRepository(connection, session.userName)
                                  .alerts(now, session.role, session.userName)) {
                counts.first = static_cast<int>(alerts->size());
            }
            if (auto queue = core::FollowUpRepository(connection, session.userName)
                                 .dayQueue(session.userName, core::Clock::system().today())) {
                counts.second = static_cast<int>(queue->size());
            }
            return counts;
        });
    m_badgeJob = QFuture<void>(future);
    watcher->setFuture(future);
}

void MainWindow::showBadges(int escalations, int due)
{
    const auto shortcutOf = [](Area area) {
        return QKeySequence(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_1 + indexOf(area))))
            .toString(QKeySequence::NativeText);
    };
    const auto label = [](const QString &name, int count) {
        return count > 0 ? tr("%1 (%2)").arg(name).arg(count) : name;
    };
    if (QListWidgetItem *item = m_navigation->item(indexOf(Area::Complaints))) {
        item->setText(label(areaName(Area::Complaints), escalations));
        item->setToolTip(escalations > 0 ? tr("%n complaint(s) need your attention", nullptr, escalations)
                                         : shortcutOf(Area::Complaints));
    }
    if (QListWidgetItem *item = m_navigation->item(indexOf(Area::FollowUps))) {
        item->setText(label(areaName(Area::FollowUps), due));
        item->setToolTip(due > 0 ? tr("%n follow-up(s) due today or overdue for you", nullptr, due)
                                 : shortcutOf(Area::FollowUps));
    }
}

void MainWindow::createStatusBar()
{
    const core::Session &session = m_database->session();

    auto *siteLabel = new QLabel(tr("Site: %1").arg(m_database->siteName()), this);
    siteLabel->setObjectName(QStringLiteral("siteLabel"));
    siteLabel->setTextFormat(Qt::PlainText);

    auto *userLabel =
        new QLabel(tr("Signed in as %1 (%2)").arg(session.userName, core::roleDisplayName(session.role)), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    userLabel->setTextFormat(Qt::PlainText);

    siteLabel->setContentsMargins(6, 0, 6, 0);
    userLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(siteLabel);
    if (session.role == core::Role::Administrator || session.role == core::Role::Manager) {
        m_backupLabel = new QLabel(this);
        m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
        m_backupLabel->setTextFormat(Qt::PlainText);
        m_backupLabel->setContentsMargins(6, 0, 6, 0);
        statusBar()->addWidget(m_backupLabel);
        updateBackupStatus();
    }
    statusBar()->addPermanentWidget(userLabel);
}

void MainWindow::updateBackupStatus()
{
    if (!m_backupLabel) {
        return;
    }
    // A reminder once the last backup is older than the site's setting (a week unless the administrator changed it).
    const int remindAfterDays = m_database->backupReminderDays();
    const auto last = m_database->lastBackupAt();
    const QDate today = core::Clock::system().today();
    bool overdue = true;
    if (!last || !last->isValid()) {
        m_backupLabel->setText(tr("No backup yet: File > Back Up…"));
    } else {
        const QDate day = last->toLocalTime().date();
        const qint64 days = day.daysTo(today);
        overdue = days > remindAfterDays;
        m_backupLabel->setText(overdue ? tr("Last backup %1, %n day(s) ago: back up now (File > Back Up…)", nullptr,
                                            static_cast<int>(days))
                                             .arg(QLocale().toString(day, QLocale::ShortFormat))
                                       : tr("Last backup %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
    }
    m_backupLabel->setStyleSheet(overdue ? QStringLiteral("QLabel { color: #8a5a00; }") : QString());
}

void MainWindow::chooseBackupFile()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("backup/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("caredesk-%1.cdbackup")
                                  .arg(core::Clock::system().today().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back Up"), suggested, tr("CareDesk backups (*.cdbackup)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(QStringLiteral("backup/folder"), QFileInfo(path).absolutePath());
    backUpTo(path);
}

bool MainWindow::backUpTo(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_database->backup(path);
    QApplication::restoreOverrideCursor();
    updateBackupStatus();
    if (!status) {
        MessageBox::warning(this, tr("Back Up"), status.error().message);
        return false;
    }
    MessageBox::information(this, tr("Back Up"),
                            tr("The backup was saved to %1 and read back without errors. Keep a copy away from this "
                               "computer; it opens only with a staff password of this site or the recovery key.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::chooseRestore()
{
    RestoreDialog dialog(m_database->path(), m_database->session().userName, this);
    if (dialog.exec() != QDialog::Accepted || dialog.restoredPath().isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Restore from Backup"),
        tr("The backup was restored into %1 and checked. Put it in place of the current database now? CareDesk "
           "closes, keeps the current database aside and asks you to sign in again; you can still go back then.")
            .arg(QDir::toNativeSeparators(dialog.restoredPath())));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_pendingRestore = dialog.restoredPath();
    close();
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(*m_database, this);
    dialog.exec();
}

void MainWindow::showWarningBanner(const QString &text)
{
    const QString shown = m_warningBanner->text();
    m_warningBanner->setText(shown.isEmpty() ? text : tr("%1\n%2").arg(shown, text));
    m_warningBanner->show();
}

void MainWindow::runStartupChecks()
{
    const core::Role role = m_database->session().role;
    if (const QString audit = m_database->auditWarning();
        !audit.isEmpty() && (role == core::Role::Administrator || role == core::Role::Manager)) {
        m_auditBannerLine = tr("Audit trail: %1").arg(audit);
        showWarningBanner(m_auditBannerLine);
    }
    // A quick integrity check on a connection of its own, off the UI thread; the pages read meanwhile.
    auto *watcher = new QFutureWatcher<core::Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<core::Result<QStringList>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const core::Result<QStringList> problems = watcher->result();
        if (!problems || problems->isEmpty()) {
            return;
        }
        (void)m_database->setReadOnly(true);
        showWarningBanner(tr("The database file is damaged, so CareDesk opened it read-only: nothing can be changed. "
                             "Restore the latest backup (File > Restore from Backup…) or call your administrator."));
        if (core::roleAllows(m_database->session().role, core::Permission::RunBackups) &&
            MessageBox::question(this, tr("Database Damaged"),
                                 tr("The integrity check found damage in the database file, so nothing can be "
                                    "changed now. Restore the latest backup? The damaged file is kept aside until "
                                    "you confirm.")) == QMessageBox::Yes) {
            chooseRestore();
        }
    });
    core::Database *database = m_database.get();
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database] { return database->quickCheck(); }));
    startLoyaltyCatchUp();
}

void MainWindow::startLoyaltyCatchUp()
{
    // Points that expired and tiers that changed while CareDesk was not running, once a day: on a connection of its
    // own, off the UI thread and in batches, so the window is usable at once and other writes go in between. Until
    // it ends, balances already count expired lots as expired; only the tier shown can be a day behind.
    if (m_database->isReadOnly()) {
        return;
    }
    using CatchUpResult = core::Result<core::LoyaltyCatchUp>;
    auto *watcher = new QFutureWatcher<CatchUpResult>(this);
    connect(watcher, &QFutureWatcher<CatchUpResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const CatchUpResult result = watcher->result();
        if (!result) {
            statusBar()->showMessage(
                tr("Loyalty expiries and tiers could not be brought up to date: %1").arg(result.error().message));
        } else if (result->complete && (result->expiries > 0 || result->tierEvents > 0)) {
            statusBar()->showMessage(tr("Loyalty brought up to date (expired lots: %1, tier changes: %2).")
                                         .arg(QLocale().toString(result->expiries),
                                              QLocale().toString(result->tierEvents)),
                                     15000);
        }
    });
    const QString user = m_database->session().userName;
    const QDate today = QDate::currentDate();
    const std::shared_ptr<std::atomic_bool> stop = m_stopCatchUp;
    QFuture<CatchUpResult> future = runOnOwnConnection<core::LoyaltyCatchUp>(
        *m_database, QStringLiteral("caredesk-loyalty-catch-up"), core::Database::backgroundCacheKib,
        [user, today, stop](const QString &connection) {
            return core::LoyaltyLedger(connection, user).catchUp(today, [stop](qint64, qint64) {
                return !stop->load();
            });
        });
    m_catchUpJob = QFuture<void>(future);
    watcher->setFuture(future);
}

void MainWindow::setPage(Area area, QWidget *page)
{
    Q_ASSERT(page);
    const int index = indexOf(area);
    QWidget *old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent) {
        m_pages->setCurrentIndex(index);
    }
}

QWidget *MainWindow::page(Area area) const
{
    return m_pages->widget(indexOf(area));
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(indexOf(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(qBound(0, m_navigation->currentRow(), areaCount - 1));
}

void MainWindow::onAreaChanged(int row)
{
    if (row < 0 || row >= areaCount) {
        return;
    }
    m_pages->setCurrentIndex(row);
    m_areaActions.at(static_cast<std::size_t>(row))->setChecked(true);
    updateBadges();
    // Ctrl+N makes a new record of the area on screen: a page with its own "new" action takes the key, and New
    // Customer keeps it everywhere else. Two live Ctrl+N shortcuts would be ambiguous, and neither would fire.
    if (m_newCustomerAction) {
        bool pageHasNew = false;
        const QList<QAction *> pageActions = m_pages->currentWidget()->actions();
        for (const QAction *action : pageActions) {
            pageHasNew =
                pageHasNew || (action != m_newCustomerAction && action->shortcut() == QKeySequence(QKeySequence::New));
        }
        m_newCustomerAction->setShortcut(pageHasNew ? QKeySequence() : QKeySequence(QKeySequence::New));
    }
}

void MainWindow::showAbout()
{
    const QString text =
        tr("CareDesk %1\n\nCustomer relationships for clinics and pharmacies, kept in an encrypted database on this "
           "computer.\n\nDatabase engine: %2\n\nCareDesk is free software: you can redistribute it and/or modify it "
           "under the terms of the GNU General Public License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.")
            .arg(QStringLiteral(CAREDESK_VERSION), m_database->engineDescription());
    MessageBox::about(this, tr("About CareDesk"), text);
}

} // namespace caredesk::ui
