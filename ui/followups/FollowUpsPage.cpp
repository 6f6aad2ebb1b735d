// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpsPage.h"

#include "core/customers/CustomerRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/followups/FollowUpRules.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"
#include "ui/common/OwnConnectionJob.h"
#include "ui/followups/FollowUpFiguresTableModel.h"
#include "ui/followups/FollowUpOutcomeDialog.h"
#include "ui/followups/FollowUpRescheduleDialog.h"
#include "ui/followups/FollowUpRuleDialog.h"
#include "ui/followups/FollowUpRuleTableModel.h"
#include "ui/followups/FollowUpTaskTableModel.h"
#include "ui/followups/NewFollowUpDialog.h"

#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model,
                      QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QDateEdit *makeDate(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

FollowUpsPage::FollowUpsPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock),
      m_repository(std::make_unique<core::FollowUpRepository>(database, clock))
{
    auto *title = new QLabel(tr("Follow-ups"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *newButton = new QPushButton(tr("Ne&w follow-up…"), this);
    newButton->setObjectName(QStringLiteral("followUpsNewButton"));
    connect(newButton, &QPushButton::clicked, this, [this] { newFollowUp(0); });
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(newButton);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("followUpsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    // My queue
    auto *queueTab = new QWidget(this);
    m_counter = new QLabel(queueTab);
    m_counter->setObjectName(QStringLiteral("followUpsCounter"));
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    m_counter->setFont(counterFont);
    auto *keys = new QLabel(tr("J/K move · N next · Enter record the call · R another day · P profile"), queueTab);
    keys->setObjectName(QStringLiteral("followUpsKeys"));
    keys->setEnabled(false);
    m_queueModel = new FollowUpTaskTableModel(this);
    m_queue = makeTable(QStringLiteral("followUpsQueueTable"), tr("My follow-ups due today"), m_queueModel, queueTab);
    setFocusProxy(m_queue); // Ctrl+6 lands in the queue, ready for J/K, N and Enter
    m_queue->setColumnHidden(FollowUpTaskTableModel::Assignee, true);
    m_queue->horizontalHeader()->setStretchLastSection(false);
    m_queue->horizontalHeader()->setSectionResizeMode(FollowUpTaskTableModel::Script, QHeaderView::Stretch);
    m_queue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Due, 230);
    m_queue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Kind, 170);
    m_queue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Customer, 170);
    m_queue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Phone, 120);
    m_queue->installEventFilter(this);
    connect(m_queue, &QTableView::doubleClicked, this, &FollowUpsPage::recordOutcome);
    m_empty = new QLabel(tr("No follow-ups due today. New calls appear here by themselves after visits, unhappy "
                            "survey answers, resolved complaints and refills; add one by hand with New follow-up "
                            "(Alt+W)."),
                         queueTab);
    m_empty->setObjectName(QStringLiteral("followUpsEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_queueStack = new QStackedWidget(queueTab);
    m_queueStack->setObjectName(QStringLiteral("followUpsQueueStack"));
    m_queueStack->addWidget(m_queue);
    m_queueStack->addWidget(m_empty);
    auto *outcomeButton = new QPushButton(tr("&Record outcome…"), queueTab);
    outcomeButton->setObjectName(QStringLiteral("followUpsOutcomeButton"));
    connect(outcomeButton, &QPushButton::clicked, this, &FollowUpsPage::recordOutcome);
    auto *rescheduleButton = new QPushButton(tr("Another &day…"), queueTab);
    rescheduleButton->setObjectName(QStringLiteral("followUpsRescheduleButton"));
    connect(rescheduleButton, &QPushButton::clicked, this, &FollowUpsPage::rescheduleCurrent);
    auto *profileButton = new QPushButton(tr("&Profile"), queueTab);
    profileButton->setObjectName(QStringLiteral("followUpsProfileButton"));
    connect(profileButton, &QPushButton::clicked, this, &FollowUpsPage::openProfile);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_counter);
    queueButtons->addStretch(1);
    queueButtons->addWidget(outcomeButton);
    queueButtons->addWidget(rescheduleButton);
    queueButtons->addWidget(profileButton);
    auto *queueLayout = new QVBoxLayout(queueTab);
    queueLayout->addLayout(queueButtons);
    queueLayout->addWidget(m_queueStack, 1);
    queueLayout->addWidget(keys);

    // Supervisor
    m_supervisorTab = new QWidget(this);
    const QDate today = clock.today();
    m_from = makeDate(QStringLiteral("followUpsFrom"), today.addDays(-29), m_supervisorTab);
    m_to = makeDate(QStringLiteral("followUpsTo"), today, m_supervisorTab);
    connect(m_from, &QDateEdit::dateChanged, this, &FollowUpsPage::loadSupervisor);
    connect(m_to, &QDateEdit::dateChanged, this, &FollowUpsPage::loadSupervisor);
    auto *fromLabel = new QLabel(tr("Due &from"), m_supervisorTab);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), m_supervisorTab);
    toLabel->setBuddy(m_to);
    auto *period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    m_figuresModel = new FollowUpFiguresTableModel(this);
    m_figures =
        makeTable(QStringLiteral("followUpsFiguresTable"), tr("Completion by staff"), m_figuresModel, m_supervisorTab);
    m_overdueModel = new FollowUpTaskTableModel(this);
    m_overdue = makeTable(QStringLiteral("followUpsOverdueTable"), tr("Overdue follow-ups of all staff"),
                          m_overdueModel, m_supervisorTab);
    m_overdue->horizontalHeader()->setStretchLastSection(false);
    m_overdue->horizontalHeader()->setSectionResizeMode(FollowUpTaskTableModel::Script, QHeaderView::Stretch);
    m_overdue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Due, 230);
    m_overdue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Kind, 170);
    m_overdue->horizontalHeader()->resizeSection(FollowUpTaskTableModel::Customer, 170);
    auto *supervisorLayout = new QVBoxLayout(m_supervisorTab);
    supervisorLayout->addLayout(period);
    supervisorLayout->addWidget(m_figures, 1);
    supervisorLayout->addWidget(new QLabel(tr("Overdue, all staff:"), m_supervisorTab));
    supervisorLayout->addWidget(m_overdue, 2);

    // Rules
    auto *rulesTab = new QWidget(this);
    m_rulesModel = new FollowUpRuleTableModel(this);
    m_rules = makeTable(QStringLiteral("followUpsRulesTable"), tr("Follow-up rules"), m_rulesModel, rulesTab);
    m_rules->horizontalHeader()->resizeSection(FollowUpRuleTableModel::Name, 200);
    m_rules->horizontalHeader()->resizeSection(FollowUpRuleTableModel::Summary, 380);
    connect(m_rules, &QTableView::doubleClicked, this, &FollowUpsPage::editRule);
    m_editRule = new QPushButton(tr("&Edit rule…"), rulesTab);
    m_editRule->setObjectName(QStringLiteral("followUpsEditRuleButton"));
    connect(m_editRule, &QPushButton::clicked, this, &FollowUpsPage::editRule);
    const bool supervisor = m_repository->isSupervisor();
    m_editRule->setEnabled(supervisor);
    if (!supervisor) {
        m_editRule->setToolTip(tr("Only service officers, managers and administrators change the rules."));
    }
    auto *rulesLayout = new QVBoxLayout(rulesTab);
    rulesLayout->addWidget(m_rules, 1);
    auto *rulesButtons = new QHBoxLayout;
    rulesButtons->addStretch(1);
    rulesButtons->addWidget(m_editRule);
    rulesLayout->addLayout(rulesButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("followUpsTabs"));
    m_tabs->addTab(queueTab, tr("&My queue"));
    if (supervisor) {
        m_tabs->addTab(m_supervisorTab, tr("S&upervisor"));
    } else {
        m_supervisorTab->hide();
    }
    m_tabs->addTab(rulesTab, tr("Ru&les"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_queue);
    // The lists are read when the page is shown (showEvent); the sweep starts now, so that the tasks it makes are
    // in the navigation's count before anyone opens the page.
    startSweep();
}

FollowUpsPage::~FollowUpsPage()
{
    // The sweep reads and writes through a connection of its own: it ends before the database can close.
    m_sweepJob.waitForFinished();
}

void FollowUpsPage::setComplaintOpener(core::FollowUpRuleEngine::ComplaintOpener opener)
{
    m_opener = std::move(opener);
}

void FollowUpsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FollowUpsPage::reload()
{
    showError({});
    loadQueue(currentTaskId());
    loadSupervisor();
    loadRules();
    startSweep();
}

void FollowUpsPage::startSweep()
{
    // The sweep can take long (a rule's first run reads a year of visits; at 1M customers, minutes): off the UI
    // thread, so the page and the window are usable meanwhile.
    if (m_sweepJob.isRunning()) {
        m_sweepAgain = true;
        return;
    }
    using SweepResult = core::Result<core::FollowUpSweep>;
    auto *watcher = new QFutureWatcher<SweepResult>(this);
    connect(watcher, &QFutureWatcher<SweepResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const SweepResult result = watcher->result();
        if (!result) {
            showError(result.error().message);
        } else if (result->created() > 0 || result->cancelled() > 0) {
            loadQueue(currentTaskId());
            loadSupervisor();
        }
        if (m_sweepAgain) {
            m_sweepAgain = false;
            startSweep();
        }
    });
    const QString user = m_database.session().userName;
    const core::Clock *clock = &m_clock;
    const core::FollowUpRuleEngine::ComplaintOpener opener = m_opener;
    QFuture<SweepResult> future = runOnOwnConnection<core::FollowUpSweep>(
        m_database, QStringLiteral("caredesk-follow-up-sweep"), core::Database::backgroundCacheKib,
        [user, clock, opener](const QString &connection) {
            core::FollowUpRuleEngine engine(connection, user, *clock);
            if (opener) {
                engine.setComplaintOpener(opener);
            }
            return engine.run();
        });
    m_sweepJob = QFuture<void>(future);
    watcher->setFuture(future);
}

core::FollowUpTaskId FollowUpsPage::currentTaskId() const
{
    const QModelIndex index = m_queue->currentIndex();
    return index.isValid() ? m_queueModel->rowAt(index.row()).task.id : 0;
}

void FollowUpsPage::loadQueue(core::FollowUpTaskId select)
{
    const QDate today = m_clock.today();
    auto rows = m_repository->dayQueue(m_database.session().userName, today);
    if (!rows) {
        showError(rows.error().message);
        return;
    }
    const int previousRow = m_queue->currentIndex().row();
    m_queueModel->setRows(*rows, today);
    const int due = m_queueModel->rowCount();
    const int overdue = m_queueModel->overdueCount();
    m_counter->setText(tr("%1 due, %2 overdue").arg(due).arg(overdue));
    m_queueStack->setCurrentWidget(due == 0 ? static_cast<QWidget *>(m_empty) : m_queue);
    if (due > 0) {
        const int row = select != 0 ? m_queueModel->rowOf(select) : -1;
        selectRow(row >= 0 ? row : std::clamp(previousRow, 0, due - 1));
    }
}

void FollowUpsPage::loadSupervisor()
{
    if (!m_repository->isSupervisor()) {
        return;
    }
    const QDate today = m_clock.today();
    if (auto figures =
            m_repository->figures(std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date()))) {
        m_figuresModel->setFigures(*figures);
    } else {
        showError(figures.error().message);
    }
    if (auto overdue = m_repository->overdue(today)) {
        m_overdueModel->setRows(*overdue, today);
    } else {
        showError(overdue.error().message);
    }
}

void FollowUpsPage::loadRules()
{
    core::FollowUpRules store(m_database, m_clock);
    if (auto rules = store.rules()) {
        m_rulesModel->setRules(*rules);
    } else {
        showError(rules.error().message);
    }
}

void FollowUpsPage::selectRow(int row)
{
    if (row < 0 || row >= m_queueModel->rowCount()) {
        return;
    }
    m_queue->setCurrentIndex(m_queueModel->index(row, 0));
    m_queue->scrollTo(m_queueModel->index(row, 0));
}

void FollowUpsPage::moveBy(int delta)
{
    const int row = m_queue->currentIndex().isValid() ? m_queue->currentIndex().row() : 0;
    selectRow(std::clamp(row + delta, 0, std::max(0, m_queueModel->rowCount() - 1)));
}

void FollowUpsPage::goToNext()
{
    const core::FollowUpTaskId current = currentTaskId();
    if (current == 0) {
        selectRow(0);
        return;
    }
    auto next = m_repository->nextTask(m_database.session().userName, m_clock.today(), current);
    if (!next) {
        showError(next.error().message);
        return;
    }
    if (next->has_value()) {
        loadQueue((*next)->task.id);
    }
}

void FollowUpsPage::recordOutcome()
{
    const QModelIndex index = m_queue->currentIndex();
    if (!index.isValid()) {
        return;
    }
    core::FollowUpQueueRow row = m_queueModel->rowAt(index.row());
    // Opening the task to call shows the whole number: revealed through core, with the call as the reason, so it
    // is in the audit trail; a role without the reveal right sees the mask.
    core::CustomerRepository customers(m_database, m_clock);
    if (auto phone = customers.reveal(row.task.customerId, core::MaskedField::Phone,
                                      tr("Follow-up call, task %1").arg(row.task.id))) {
        row.phone = *phone;
        m_queueModel->revealPhone(row.task.id, *phone);
    }
    FollowUpOutcomeDialog dialog(row, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome()) {
        return;
    }
    auto saved = m_repository->recordOutcome(row.task.id, *dialog.outcome(), dialog.result(), dialog.rescheduleTo());
    if (!saved) {
        MessageBox::error(this, tr("Record the call"), saved.error());
        return;
    }
    auto next = m_repository->nextTask(m_database.session().userName, m_clock.today(), row.task.id);
    loadQueue(next && next->has_value() ? (*next)->task.id : 0);
    loadSupervisor();
}

void FollowUpsPage::rescheduleCurrent()
{
    const QModelIndex index = m_queue->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const core::FollowUpQueueRow row = m_queueModel->rowAt(index.row());
    FollowUpRescheduleDialog dialog(row.task.dueDate, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto saved = m_repository->reschedule(row.task.id, dialog.date(), dialog.reason());
    if (!saved) {
        MessageBox::error(this, tr("Move the call"), saved.error());
        return;
    }
    auto next = m_repository->nextTask(m_database.session().userName, m_clock.today(), row.task.id);
    loadQueue(next && next->has_value() ? (*next)->task.id : 0);
    loadSupervisor();
}

void FollowUpsPage::openProfile()
{
    const QModelIndex index = m_queue->currentIndex();
    if (index.isValid()) {
        Q_EMIT openCustomer(m_queueModel->rowAt(index.row()).task.customerId);
    }
}

void FollowUpsPage::newFollowUpFor(core::CustomerId id)
{
    newFollowUp(id);
}

void FollowUpsPage::newFollowUp(core::CustomerId id)
{
    NewFollowUpDialog dialog(m_database, m_clock, this);
    if (id != 0) {
        dialog.setCustomer(id);
    }
    if (dialog.exec() == QDialog::Accepted) {
        loadQueue(dialog.saved().id);
        loadSupervisor();
    }
}

void FollowUpsPage::editRule()
{
    const QModelIndex index = m_rules->currentIndex();
    if (!index.isValid() || !m_repository->isSupervisor()) {
        return;
    }
    auto staff = m_repository->staff();
    FollowUpRuleDialog dialog(m_rulesModel->ruleAt(index.row()), staff ? *staff : QList<core::FollowUpStaff>(), this);
    core::FollowUpRules store(m_database, m_clock);
    while (dialog.exec() == QDialog::Accepted) {
        auto saved = store.update(dialog.rule());
        if (saved) {
            reload();
            return;
        }
        dialog.showError(saved.error().message);
    }
}

bool FollowUpsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_queue && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
            return QWidget::eventFilter(watched, event);
        }
        switch (key->key()) {
        case Qt::Key_J:
        case Qt::Key_Down: moveBy(1); return true;
        case Qt::Key_K:
        case Qt::Key_Up: moveBy(-1); return true;
        case Qt::Key_N: goToNext(); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_O: recordOutcome(); return true;
        case Qt::Key_R: rescheduleCurrent(); return true;
        case Qt::Key_P: openProfile(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

} // namespace caredesk::ui
