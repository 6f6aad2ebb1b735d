// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintsPage.h"

#include "core/complaints/ComplaintRepository.h"
#include "core/storage/Database.h"
#include "ui/complaints/BusinessCalendarDialog.h"
#include "ui/complaints/ComplaintAlertTableModel.h"
#include "ui/complaints/ComplaintDetailWidget.h"
#include "ui/complaints/ComplaintIntakeDialog.h"
#include "ui/complaints/ComplaintTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QShowEvent>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

enum class Scope { Open, Period };

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

bool isEnter(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const int key = static_cast<const QKeyEvent *>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

ComplaintsPage::ComplaintsPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock),
      m_repository(std::make_unique<core::ComplaintRepository>(database, clock))
{
    auto *title = new QLabel(tr("Complaints"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *newAction = new QAction(tr("&New complaint"), this);
    newAction->setObjectName(QStringLiteral("complaintsNewAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &ComplaintsPage::newComplaint);
    m_new = new QPushButton(newAction->text(), this);
    m_new->setObjectName(QStringLiteral("complaintsNewButton"));
    m_new->setToolTip(tr("Record a complaint (%1)").arg(newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_new, &QPushButton::clicked, newAction, &QAction::trigger);
    m_settings = new QPushButton(tr("&Business hours and SLA…"), this);
    m_settings->setObjectName(QStringLiteral("complaintsSettingsButton"));
    m_settings->setToolTip(database.session().role == core::Role::Administrator
                               ? tr("Working hours, holidays and complaint time limits")
                               : tr("Working hours, holidays and complaint time limits (read-only: only an "
                                    "administrator can change them)"));
    connect(m_settings, &QPushButton::clicked, this, &ComplaintsPage::openSettings);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(title);
    topRow->addSpacing(16);
    topRow->addWidget(m_new);
    topRow->addStretch(1);
    topRow->addWidget(m_settings);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("complaintsScope"));
    m_scope->addItem(tr("Open complaints"), static_cast<int>(Scope::Open));
    m_scope->addItem(tr("All received in a period"), static_cast<int>(Scope::Period));
    auto *scopeLabel = new QLabel(tr("&View:"), this);
    scopeLabel->setBuddy(m_scope);
    const QDate today = clock.today();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("complaintsFrom"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    m_toLabel = new QLabel(tr("to"), this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("complaintsTo"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setCalendarPopup(true);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("complaintsCategoryFilter"));
    m_category->addItem(tr("All categories"), -1);
    for (core::ComplaintCategory category : core::allComplaintCategories()) {
        m_category->addItem(core::complaintCategoryLabel(category), static_cast<int>(category));
    }
    auto *categoryLabel = new QLabel(tr("Categor&y:"), this);
    categoryLabel->setBuddy(m_category);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("complaintsStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (core::ComplaintState state : core::allComplaintStates()) {
        m_state->addItem(core::complaintStateLabel(state), static_cast<int>(state));
    }
    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);
    m_mine = new QCheckBox(tr("&Mine only"), this);
    m_mine->setObjectName(QStringLiteral("complaintsMineOnly"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(scopeLabel);
    filterRow->addWidget(m_scope);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_toLabel);
    filterRow->addWidget(m_to);
    filterRow->addSpacing(12);
    filterRow->addWidget(categoryLabel);
    filterRow->addWidget(m_category);
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_state);
    filterRow->addWidget(m_mine);
    filterRow->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("complaintsLoadError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_model = new ComplaintTableModel(this);
    m_table = makeTable(QStringLiteral("complaintsTable"), tr("Complaint queue"), this);
    m_table->setModel(m_model);
    setFocusProxy(m_table); // Ctrl+5 lands in the queue
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int dateWidth = metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 16;
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(ComplaintTableModel::Id, charWidth * 3);
    header->resizeSection(ComplaintTableModel::Received, dateWidth);
    header->resizeSection(ComplaintTableModel::Customer, charWidth * 6);
    header->resizeSection(ComplaintTableModel::Category, charWidth * 9);
    header->resizeSection(ComplaintTableModel::Severity, charWidth * 4);
    header->resizeSection(ComplaintTableModel::State, charWidth * 7);
    header->resizeSection(ComplaintTableModel::Owner, charWidth * 5);
    header->resizeSection(ComplaintTableModel::FirstResponseDue, dateWidth);
    header->resizeSection(ComplaintTableModel::FirstResponseLeft, charWidth * 6);
    header->resizeSection(ComplaintTableModel::ResolutionDue, dateWidth);
    header->resizeSection(ComplaintTableModel::ResolutionLeft, charWidth * 6);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_detail->focusFirstAction(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsPage::onSelectionChanged);
    auto *queueLabel = new QLabel(tr("&Queue (soonest due first)"), this);
    queueLabel->setBuddy(m_table);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("complaintsEmptyState"));
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(24);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_table);
    m_content->addWidget(m_emptyState);

    m_alerts = new ComplaintAlertTableModel(this);
    m_alertTable = makeTable(QStringLiteral("complaintsAlerts"), tr("Escalations"), this);
    m_alertTable->setModel(m_alerts);
    m_alertTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alertTable->horizontalHeader()->setSectionResizeMode(ComplaintAlertTableModel::Complaint, QHeaderView::Stretch);
    m_alertTable->setMaximumHeight(m_alertTable->verticalHeader()->defaultSectionSize() * 6 +
                                   m_alertTable->horizontalHeader()->sizeHint().height() + 4);
    m_alertTable->installEventFilter(this);
    connect(m_alertTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        selectComplaint(index.data(ComplaintAlertTableModel::ComplaintIdRole).toLongLong());
    });
    m_alertsTitle = new QLabel(this);
    m_alertsTitle->setObjectName(QStringLiteral("complaintsAlertsTitle"));
    QFont bold = m_alertsTitle->font();
    bold.setBold(true);
    m_alertsTitle->setFont(bold);

    m_detail = new ComplaintDetailWidget(database, *m_repository, clock, this);
    m_detail->setObjectName(QStringLiteral("complaintDetail"));
    connect(m_detail, &ComplaintDetailWidget::changed, this, [this] { reload(); });
    connect(m_detail, &ComplaintDetailWidget::openCustomer, this, &ComplaintsPage::openCustomer);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(queueLabel);
    leftLayout->addWidget(m_content, 1);
    leftLayout->addWidget(m_alertsTitle);
    leftLayout->addWidget(m_alertTable);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("complaintsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(detailScroll);
    // The detail needs room for its step buttons and texts; the queue scrolls sideways instead.
    detailScroll->setMinimumWidth(440);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(topRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ComplaintsPage::updateScope);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &ComplaintsPage::reload);
    }
    for (QComboBox *combo : {m_category, m_state}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintsPage::reload);
    }
    connect(m_mine, &QCheckBox::toggled, this, &ComplaintsPage::reload);

    setFocusProxy(m_table);
    updateScope();
}

ComplaintsPage::~ComplaintsPage() = default;

core::ComplaintQueueFilter ComplaintsPage::currentFilter() const
{
    core::ComplaintQueueFilter filter;
    filter.openOnly = static_cast<Scope>(m_scope->currentData().toInt()) == Scope::Open;
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    filter.from = startOf(from);
    filter.to = startOf(to.addDays(1));
    if (const int category = m_category->currentData().toInt(); category >= 0) {
        filter.category = static_cast<core::ComplaintCategory>(category);
    }
    if (const int state = m_state->currentData().toInt(); state >= 0) {
        filter.state = static_cast<core::ComplaintState>(state);
    }
    if (m_mine->isChecked()) {
        filter.owner = m_database.session().userName;
    }
    return filter;
}

void ComplaintsPage::updateScope()
{
    const bool period = static_cast<Scope>(m_scope->currentData().toInt()) == Scope::Period;
    m_from->setVisible(period);
    m_toLabel->setVisible(period);
    m_to->setVisible(period);
    reload();
}

void ComplaintsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce && !event->spontaneous()) {
        m_shownOnce = true;
        reload();
    }
}

void ComplaintsPage::reload()
{
    if (!m_shownOnce) {
        return; // read at the first show: the queue evaluates every open complaint's clocks
    }
    const core::ComplaintId selected = m_detail->complaintId();
    const QDateTime now = m_clock.nowUtc();
    m_reloading = true;
    auto rows = m_repository->queue(currentFilter(), now);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
        m_model->setRows({});
    } else {
        m_error->hide();
        m_model->setRows(*rows);
    }
    const core::Session &session = m_database.session();
    auto alerts = m_repository->alerts(now, session.role, session.userName);
    m_alerts->setAlerts(alerts ? *alerts : QList<core::ComplaintAlert>{});
    m_alertsTitle->setText(m_alerts->rowCount() == 0 ? tr("Escalations: none for you right now")
                                                     : tr("Escalations for you: %n complaint(s) need attention",
                                                          nullptr, m_alerts->rowCount()));
    m_alertTable->setVisible(m_alerts->rowCount() > 0);
    m_reloading = false;
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Fit the columns to the first rows once; later the person's own widths stay.
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11;
        for (int column = 0; column < ComplaintTableModel::ColumnCount; ++column) {
            const bool isDate = column == ComplaintTableModel::Received ||
                                column == ComplaintTableModel::FirstResponseDue ||
                                column == ComplaintTableModel::ResolutionDue;
            header->resizeSection(column, isDate ? header->sectionSize(column) + 8
                                                 : std::min(header->sectionSize(column) + 8, widest));
        }
        m_columnsSized = true;
    }
    updateEmptyState();
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_detail->refresh();
    } else if (m_model->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_detail->showComplaint(0);
    }
}

void ComplaintsPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_content->setCurrentWidget(m_table);
        return;
    }
    const core::ComplaintQueueFilter filter = currentFilter();
    const bool filtered = filter.category || filter.state || !filter.owner.isEmpty();
    if (filtered) {
        m_emptyState->setText(tr("No complaint matches these filters. Choose \"All categories\", \"All states\" or "
                                 "clear \"Mine only\" to see more."));
    } else if (filter.openOnly) {
        m_emptyState->setText(tr("No open complaints. When a customer complains, record it with New complaint "
                                 "(Ctrl+N) so it is followed up in time."));
    } else {
        m_emptyState->setText(tr("No complaints were received in this period. Choose other dates to look further "
                                 "back."));
    }
    m_content->setCurrentWidget(m_emptyState);
}

void ComplaintsPage::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const core::ComplaintId id =
        current.isValid() ? current.data(ComplaintTableModel::ComplaintIdRole).toLongLong() : 0;
    if (id != m_detail->complaintId() || !m_reloading) {
        m_detail->showComplaint(id);
    }
}

void ComplaintsPage::selectComplaint(core::ComplaintId id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        {
            const QSignalBlocker blockScope(m_scope);
            const QSignalBlocker blockCategory(m_category);
            const QSignalBlocker blockState(m_state);
            const QSignalBlocker blockMine(m_mine);
            m_category->setCurrentIndex(0);
            m_state->setCurrentIndex(0);
            m_mine->setChecked(false);
        }
        reload();
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_detail->showComplaint(id);
    }
}

void ComplaintsPage::newComplaint()
{
    openIntake(0);
}

void ComplaintsPage::newComplaintFor(core::CustomerId id)
{
    openIntake(id);
}

void ComplaintsPage::openIntake(core::CustomerId id)
{
    ComplaintIntakeDialog dialog(m_database, *m_repository, m_clock, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectComplaint(dialog.savedComplaint().id);
    }
}

void ComplaintsPage::openSettings()
{
    BusinessCalendarDialog dialog(m_database, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

bool ComplaintsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && isEnter(event)) {
        if (m_table->currentIndex().isValid()) {
            m_detail->focusFirstAction();
            return true;
        }
    }
    if (watched == m_alertTable && isEnter(event)) {
        const QModelIndex current = m_alertTable->currentIndex();
        if (current.isValid()) {
            selectComplaint(current.data(ComplaintAlertTableModel::ComplaintIdRole).toLongLong());
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace caredesk::ui
