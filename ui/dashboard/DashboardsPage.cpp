// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardsPage.h"

#include "core/analytics/SatisfactionDashboard.h"
#include "core/storage/Database.h"
#include "core/visits/Visit.h"
#include "ui/common/MessageBox.h"
#include "ui/common/OwnConnectionJob.h"
#include "ui/dashboard/ChurnTab.h"
#include "ui/dashboard/ComplaintsTab.h"
#include "ui/dashboard/LoyaltyTab.h"
#include "ui/dashboard/MonthlyReportPdf.h"
#include "ui/dashboard/SatisfactionTab.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>

namespace caredesk::ui {

namespace {

QComboBox *makeCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(8);
    combo->setMaxVisibleItems(20);
    return combo;
}

QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

/** Keeps @p combo's choice (by data) while its items are replaced by "All" and @p values. */
void refill(QComboBox *combo, const QString &allText, const QList<std::pair<QString, QString>> &values)
{
    const QSignalBlocker block(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto &[label, value] : values) {
        combo->addItem(label, value);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

DashboardsPage::DashboardsPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock)
{
    auto *title = new QLabel(tr("Dashboards"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_preset = makeCombo(QStringLiteral("dashboardPeriodPreset"), this);
    m_preset->addItem(tr("Last 3 months"), static_cast<int>(Preset::Last3Months));
    m_preset->addItem(tr("Last 6 months"), static_cast<int>(Preset::Last6Months));
    m_preset->addItem(tr("Last 12 months"), static_cast<int>(Preset::Last12Months));
    m_preset->addItem(tr("This year"), static_cast<int>(Preset::ThisYear));
    m_preset->addItem(tr("Custom period"), static_cast<int>(Preset::Custom));
    auto *presetLabel = new QLabel(tr("&Period:"), this);
    presetLabel->setBuddy(m_preset);
    m_from = makeDateEdit(QStringLiteral("dashboardFrom"), tr("First day"), this);
    m_to = makeDateEdit(QStringLiteral("dashboardTo"), tr("Last day"), this);

    m_department = makeCombo(QStringLiteral("dashboardDepartment"), this);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    m_staff = makeCombo(QStringLiteral("dashboardStaff"), this);
    auto *staffLabel = new QLabel(tr("S&taff:"), this);
    staffLabel->setBuddy(m_staff);
    m_visitKind = makeCombo(QStringLiteral("dashboardVisitKind"), this);
    auto *kindLabel = new QLabel(tr("Visit &kind:"), this);
    kindLabel->setBuddy(m_visitKind);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setToolTip(tr("Compute the figures again (F5)"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardsPage::reload);
    m_report = new QPushButton(tr("&Monthly report…"), this);
    m_report->setObjectName(QStringLiteral("dashboardMonthlyReport"));
    m_report->setToolTip(tr("Write the monthly management report as a PDF"));
    connect(m_report, &QPushButton::clicked, this, &DashboardsPage::writeMonthlyReport);

    // The title and the report actions on one line, the filters on the next: in Chinese and on a 1366-pixel laptop
    // one line cut the combo boxes short.
    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch(1);
    heading->addWidget(m_refresh);
    heading->addWidget(m_report);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(presetLabel);
    filters->addWidget(m_preset);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(departmentLabel);
    filters->addWidget(m_department);
    filters->addWidget(staffLabel);
    filters->addWidget(m_staff);
    filters->addWidget(kindLabel);
    filters->addWidget(m_visitKind);
    filters->addStretch(1);

    m_satisfaction = new SatisfactionTab(database, clock, this);
    m_satisfaction->setObjectName(QStringLiteral("satisfactionTab"));
    m_churn = new ChurnTab(database, clock, this);
    m_churn->setObjectName(QStringLiteral("churnTab"));
    m_complaints = new ComplaintsTab(database, clock, this);
    m_complaints->setObjectName(QStringLiteral("complaintsTab"));
    m_loyalty = new LoyaltyTab(database, clock, this);
    m_loyalty->setObjectName(QStringLiteral("loyaltyTab"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(m_satisfaction, tr("&Satisfaction"));
    m_tabs->addTab(m_churn, tr("C&hurn early warning"));
    m_tabs->addTab(m_complaints, tr("&Complaints"));
    m_tabs->addTab(m_loyalty, tr("&Loyalty and value"));
    for (DashboardTab *tab : {static_cast<DashboardTab *>(m_satisfaction), static_cast<DashboardTab *>(m_churn),
                              static_cast<DashboardTab *>(m_complaints), static_cast<DashboardTab *>(m_loyalty)}) {
        connect(tab, &DashboardTab::openCustomer, this, &DashboardsPage::openCustomer);
        m_dirty << tab;
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardsPage::loadCurrentTab);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(heading);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardsPage::onPresetChanged);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &DashboardsPage::filterChanged);
    }
    for (QComboBox *combo : {m_department, m_staff, m_visitKind}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardsPage::filterChanged);
    }
    reloadChoices();
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Last12Months)));
    }
    onPresetChanged();
}

DashboardsPage::~DashboardsPage()
{
    // The report job holds a reference to the database: stop it and let it finish first.
    *m_reportCancel = true;
    m_reportJob.waitForFinished();
}

core::DashboardFilter DashboardsPage::filter() const
{
    core::DashboardFilter f;
    f.from = std::min(m_from->date(), m_to->date());
    f.to = std::max(m_from->date(), m_to->date());
    f.department = m_department->currentData().toString();
    f.staff = m_staff->currentData().toString();
    f.visitKind = m_visitKind->currentData().toString();
    // Weeks for short periods, so a quarter still has a trend worth reading.
    f.bucket = f.from.daysTo(f.to) <= 100 ? core::DashboardFilter::Bucket::Week : core::DashboardFilter::Bucket::Month;
    return f;
}

void DashboardsPage::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
}

void DashboardsPage::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockPreset(m_preset);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
        m_from->setEnabled(true);
        m_to->setEnabled(true);
    }
    filterChanged();
}

void DashboardsPage::onPresetChanged()
{
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    const QDate today = m_clock.today();
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        core::DashboardFilter range;
        switch (preset) {
        case Preset::Last3Months: range = core::DashboardFilter::lastMonths(today, 3); break;
        case Preset::Last6Months: range = core::DashboardFilter::lastMonths(today, 6); break;
        case Preset::ThisYear:
            range.from = QDate(today.year(), 1, 1);
            range.to = today;
            break;
        default: range = core::DashboardFilter::lastMonths(today, 12); break;
        }
        m_from->setDate(range.from);
        m_to->setDate(range.to);
    }
    filterChanged();
}

void DashboardsPage::reloadChoices()
{
    const QString connection = m_database.connectionName();
    QList<std::pair<QString, QString>> departments;
    if (auto choices = core::SatisfactionDashboard::departmentChoices(connection)) {
        for (const QString &d : *choices) {
            departments.append({d, d});
        }
    }
    refill(m_department, tr("All departments"), departments);
    QList<std::pair<QString, QString>> staff;
    if (auto choices = core::SatisfactionDashboard::staffChoices(connection)) {
        for (const QString &s : *choices) {
            staff.append({s, s});
        }
    }
    refill(m_staff, tr("All staff"), staff);
    QList<std::pair<QString, QString>> kinds;
    for (core::VisitKind kind : core::allVisitKinds()) {
        kinds.append({core::visitKindLabel(kind), core::visitKindId(kind)});
    }
    refill(m_visitKind, tr("All visit kinds"), kinds);
}

void DashboardsPage::reload()
{
    reloadChoices();
    filterChanged();
}

void DashboardsPage::filterChanged()
{
    m_dirty = {m_satisfaction, m_churn, m_complaints, m_loyalty};
    loadCurrentTab();
}

void DashboardsPage::loadCurrentTab()
{
    if (!m_shown && !isVisible()) {
        return; // computed when first shown
    }
    auto *tab = qobject_cast<DashboardTab *>(m_tabs->currentWidget());
    if (tab && m_dirty.contains(tab)) {
        m_dirty.removeAll(tab);
        tab->load(filter());
    }
}

void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        loadCurrentTab();
    }
}

void DashboardsPage::writeMonthlyReport()
{
    QStringList months;
    const QDate thisMonth(m_clock.today().year(), m_clock.today().month(), 1);
    for (int i = 1; i <= 12; ++i) {
        months << thisMonth.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
    }
    months.prepend(thisMonth.toString(QStringLiteral("yyyy-MM")));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Monthly report"), tr("&Month:"), months, 1, false, &ok);
    if (!ok) {
        return;
    }
    const QDate month = QDate::fromString(chosen + QStringLiteral("-01"), Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save monthly report"),
                                                      QDir(folder).filePath(tr("management-report-%1.pdf").arg(chosen)),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    // The figures are gathered on a pool thread over a connection of its own (a Qt SQL connection belongs to the
    // thread that opened it), with a progress dialog that can cancel; only painting the PDF stays on this thread.
    auto *progress = new QProgressDialog(tr("Gathering the figures for %1…").arg(chosen), tr("Cancel"), 0,
                                         MonthlyReportPdf::gatherSteps, this);
    progress->setObjectName(QStringLiteral("monthlyReportProgress"));
    progress->setWindowTitle(tr("Monthly report"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    m_reportCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_reportCancel;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    m_report->setEnabled(false);

    const core::Database *database = &m_database;
    const core::Clock *clock = &m_clock;
    const QString user = m_database.session().userName;
    const QString site = m_database.siteName();
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("caredesk-monthly-report-%1").arg(++counter);
    QPointer<QProgressDialog> dialog(progress);
    using Gathered = core::Result<MonthlyReportData>;
    auto *watcher = new QFutureWatcher<std::optional<Gathered>>(this);
    connect(watcher, &QFutureWatcher<std::optional<Gathered>>::finished, this,
            [this, watcher, dialog, cancel, chosen, path] {
                watcher->deleteLater();
                const std::optional<Gathered> figures = watcher->result();
                m_report->setEnabled(true);
                if (dialog) {
                    dialog->close();
                    dialog->deleteLater();
                }
                if (*cancel) {
                    return; // the user cancelled: nothing written, nothing to say
                }
                if (!figures->ok()) {
                    MessageBox::error(this, tr("Monthly report"), figures->error());
                    return;
                }
                QApplication::setOverrideCursor(Qt::WaitCursor);
                const core::Status status = MonthlyReportPdf::write(figures->value(), path);
                QApplication::restoreOverrideCursor();
                if (!status) {
                    MessageBox::error(this, tr("Monthly report"), status.error());
                    return;
                }
                MessageBox::information(
                    this, tr("Monthly report"),
                    tr("The report for %1 was saved to %2.").arg(chosen, QDir::toNativeSeparators(path)));
            });
    QFuture<std::optional<Gathered>> future = QtConcurrent::run(
        backgroundPool(), [this, database, clock, user, site, name, month, cancel, dialog]() -> std::optional<Gathered> {
            auto opened = database->openExtraConnection(name);
            if (!opened) {
                return Gathered(opened.error());
            }
            std::optional<Gathered> result =
                MonthlyReportPdf::gather(name, user, site, month, *clock, [this, cancel, dialog](int done, int) {
                    // Queued to the UI thread (the page outlives the job: its destructor waits for it).
                    QMetaObject::invokeMethod(
                        this,
                        [dialog, done] {
                            if (dialog) {
                                dialog->setValue(done);
                            }
                        },
                        Qt::QueuedConnection);
                    return !cancel->load();
                });
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
            return result;
        });
    m_reportJob = QFuture<void>(future);
    watcher->setFuture(future);
}

} // namespace caredesk::ui
