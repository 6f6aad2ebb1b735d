// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visits/VisitsPage.h"

#include "core/storage/Database.h"
#include "core/visits/VisitRepository.h"
#include "ui/visits/VisitTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

QComboBox *makeFilterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaxVisibleItems(20);
    return combo;
}

/** Midnight at the start of local @p day, in UTC. */
QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

QString currency(qint64 cents)
{
    return VisitsPage::tr("¥%1").arg(QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2));
}

} // namespace

VisitsPage::VisitsPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_repository(std::make_unique<core::VisitRepository>(database, clock))
{
    const QDate today = m_clock.today();

    auto *title = new QLabel(tr("Visits and purchases"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_span = makeFilterCombo(QStringLiteral("visitsSpan"), tr("Show one day or a period"), this);
    m_span->addItem(tr("One day"), static_cast<int>(Span::Day));
    m_span->addItem(tr("Period"), static_cast<int>(Span::Period));

    m_previousAction = new QAction(tr("◀ &Previous"), this);
    m_previousAction->setObjectName(QStringLiteral("visitsPreviousAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_previousAction);
    connect(m_previousAction, &QAction::triggered, this, &VisitsPage::stepBack);
    m_nextAction = new QAction(tr("N&ext ▶"), this);
    m_nextAction->setObjectName(QStringLiteral("visitsNextAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_nextAction);
    connect(m_nextAction, &QAction::triggered, this, &VisitsPage::stepForward);

    m_previous = new QPushButton(m_previousAction->text(), this);
    m_previous->setObjectName(QStringLiteral("visitsPreviousButton"));
    connect(m_previous, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    m_next = new QPushButton(m_nextAction->text(), this);
    m_next->setObjectName(QStringLiteral("visitsNextButton"));
    connect(m_next, &QPushButton::clicked, m_nextAction, &QAction::trigger);
    m_today = new QPushButton(tr("&Today"), this);
    m_today->setObjectName(QStringLiteral("visitsTodayButton"));
    m_today->setToolTip(tr("Back to today"));
    connect(m_today, &QPushButton::clicked, this, [this] {
        const int days = static_cast<int>(fromDate().daysTo(toDate()));
        const QDate now = m_clock.today();
        if (span() == Span::Day) {
            showDay(now);
        } else {
            showPeriod(now.addDays(-days), now);
        }
    });

    m_from = makeDateEdit(QStringLiteral("visitsDate"), tr("Day"), this);
    m_from->setDate(today);
    m_toLabel = new QLabel(tr("to"), this);
    m_to = makeDateEdit(QStringLiteral("visitsToDate"), tr("Last day of the period"), this);
    m_to->setDate(today);

    m_kind = makeFilterCombo(QStringLiteral("visitsKindFilter"), tr("Kind of visit"), this);
    m_kind->addItem(tr("All kinds"));
    for (core::VisitKind kind : core::allVisitKinds()) {
        m_kind->addItem(core::visitKindLabel(kind), static_cast<int>(kind));
    }
    m_department = makeFilterCombo(QStringLiteral("visitsDepartmentFilter"), tr("Department"), this);
    reloadDepartments();

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(title);
    periodRow->addSpacing(16);
    periodRow->addWidget(m_span);
    periodRow->addWidget(m_previous);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_toLabel);
    periodRow->addWidget(m_to);
    periodRow->addWidget(m_next);
    periodRow->addWidget(m_today);
    periodRow->addStretch(1);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_department);
    filterRow->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("visitsLoadError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_model = new VisitTableModel(*m_repository, this);
    connect(m_model, &VisitTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &VisitTableModel::reloaded, this, &VisitsPage::updateEmptyState);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("visitsTable"));
    m_table->setAccessibleName(tr("Visits and purchases"));
    m_table->setModel(m_model);
    setFocusProxy(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VisitTableModel::Items, QHeaderView::Stretch);
    const int charWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QFontMetrics metrics = m_table->fontMetrics();
    int kindWidth = metrics.horizontalAdvance(model()->headerData(VisitTableModel::Kind, Qt::Horizontal).toString());
    for (core::VisitKind kind : core::allVisitKinds()) {
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(core::visitKindLabel(kind)));
    }
    header->resizeSection(VisitTableModel::Customer, charWidth * 10);
    header->resizeSection(VisitTableModel::MemberNumber, metrics.horizontalAdvance(QStringLiteral("M00000000")) + 16);
    header->resizeSection(VisitTableModel::Kind, kindWidth + 16);
    header->resizeSection(VisitTableModel::Department, charWidth * 8);
    header->resizeSection(VisitTableModel::Staff, charWidth * 9);
    header->resizeSection(VisitTableModel::Amount, charWidth * 7);
    header->resizeSection(VisitTableModel::Waiting, charWidth * 5);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &VisitsPage::openCurrent);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("visitsEmptyState"));
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(24);
    QFont emptyFont = m_emptyState->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyState->setFont(emptyFont);

    m_content = new QStackedWidget(this);
    m_content->addWidget(m_table);
    m_content->addWidget(m_emptyState);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("visitsTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont totalsFont = m_totals->font();
    totalsFont.setBold(true);
    m_totals->setFont(totalsFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(periodRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_totals);

    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        // A period chosen by hand starts as the week that ends on the day shown.
        if (span() == Span::Period) {
            const QDate day = m_from->date();
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            m_from->setDate(day.addDays(-6));
            m_to->setDate(day);
        }
        onSpanChanged();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &VisitsPage::applyFilter);
    }
    for (QComboBox *combo : {m_kind, m_department}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &VisitsPage::applyFilter);
    }

    setFocusProxy(m_table);
    onSpanChanged();
}

VisitsPage::~VisitsPage() = default;

VisitsPage::Span VisitsPage::span() const
{
    return static_cast<Span>(m_span->currentData().toInt());
}

QDate VisitsPage::fromDate() const
{
    return m_from->date();
}

QDate VisitsPage::toDate() const
{
    return span() == Span::Day ? m_from->date() : m_to->date();
}

void VisitsPage::showDay(const QDate &day)
{
    {
        const QSignalBlocker blockSpan(m_span);
        const QSignalBlocker blockFrom(m_from);
        m_span->setCurrentIndex(m_span->findData(static_cast<int>(Span::Day)));
        m_from->setDate(day);
    }
    onSpanChanged();
}

void VisitsPage::showPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockSpan(m_span);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_span->setCurrentIndex(m_span->findData(static_cast<int>(Span::Period)));
        m_from->setDate(std::min(from, to));
        m_to->setDate(std::max(from, to));
    }
    onSpanChanged();
}

void VisitsPage::stepBack()
{
    shift(-1);
}

void VisitsPage::stepForward()
{
    shift(1);
}

void VisitsPage::shift(int direction)
{
    const int length = static_cast<int>(fromDate().daysTo(toDate())) + 1;
    if (span() == Span::Day) {
        showDay(fromDate().addDays(direction));
    } else {
        showPeriod(fromDate().addDays(direction * length), toDate().addDays(direction * length));
    }
}

void VisitsPage::setPageSize(int rows)
{
    m_model->setPageSize(rows);
    updateEmptyState();
}

void VisitsPage::onSpanChanged()
{
    const bool day = span() == Span::Day;
    m_toLabel->setVisible(!day);
    m_to->setVisible(!day);
    m_from->setAccessibleName(day ? tr("Day") : tr("First day of the period"));
    if (!day && m_to->date() < m_from->date()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(m_from->date());
    }
    const QString previousKey = m_previousAction->shortcut().toString(QKeySequence::NativeText);
    const QString nextKey = m_nextAction->shortcut().toString(QKeySequence::NativeText);
    m_previous->setToolTip(day ? tr("The day before (%1)").arg(previousKey)
                               : tr("The period before, as long as this one (%1)").arg(previousKey));
    m_next->setToolTip(day ? tr("The day after (%1)").arg(nextKey)
                           : tr("The period after, as long as this one (%1)").arg(nextKey));
    m_model->setShowsDate(!day);
    // The time column holds "14:05" for a day and "2026-03-03 14:05" for a period.
    const QString sample = day ? QStringLiteral("00:00") : QStringLiteral("0000-00-00 00:00");
    m_table->horizontalHeader()->resizeSection(
        VisitTableModel::Time, std::max(m_table->fontMetrics().horizontalAdvance(sample),
                                        m_table->fontMetrics().horizontalAdvance(
                                            m_model->headerData(VisitTableModel::Time, Qt::Horizontal).toString())) +
                                   16);
    applyFilter();
}

core::VisitListFilter VisitsPage::currentFilter() const
{
    core::VisitListFilter filter;
    filter.from = startOf(fromDate());
    filter.to = startOf(toDate().addDays(1));
    if (m_kind->currentData().isValid()) {
        filter.kind = static_cast<core::VisitKind>(m_kind->currentData().toInt());
    }
    filter.department = m_department->currentData().toString();
    return filter;
}

void VisitsPage::applyFilter()
{
    if (span() == Span::Period && m_to->date() < m_from->date()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(m_from->date());
    }
    m_error->hide();
    m_model->setFilter(currentFilter());
    updateTotals();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
}

void VisitsPage::refresh()
{
    const QSignalBlocker blocker(m_department);
    const int row = m_table->currentIndex().row();
    reloadDepartments();
    m_error->hide();
    m_model->refresh();
    updateTotals();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
    }
}

void VisitsPage::reloadDepartments()
{
    const QString current = m_department->currentData().toString();
    auto departments = m_repository->visitDepartments();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"));
    for (const QString &department : departments ? *departments : QStringList()) {
        m_department->addItem(department, department);
    }
    if (!current.isEmpty() && m_department->findData(current) < 0) {
        m_department->addItem(current, current); // keep the choice even when no visit has it any more
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

void VisitsPage::updateTotals()
{
    auto totals = m_repository->visitTotals(currentFilter());
    if (!totals) {
        m_totals->clear();
        m_error->setText(totals.error().message);
        m_error->show();
        return;
    }
    const QLocale locale;
    const QString count = tr("%n visit(s)", nullptr, static_cast<int>(totals->count));
    const QString wait = totals->averageWaitingMinutes
                             ? tr("%1 min (recorded for %2)")
                                   .arg(locale.toString(*totals->averageWaitingMinutes, 'f', 1))
                                   .arg(locale.toString(totals->withWaitingTime))
                             : tr("not recorded");
    m_totals->setText(tr("Total: %1 · revenue %2 · average wait %3").arg(count, currency(totals->revenueCents), wait));
    m_totals->setToolTip(span() == Span::Day ? tr("Every visit of the day that the filters select, not only the rows "
                                                  "shown")
                                             : tr("Every visit of the period that the filters select, not only the "
                                                  "rows shown"));
    updateEmptyState();
}

void VisitsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_model->lastError().isEmpty();
    m_content->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_table));
    m_totals->setVisible(!empty);
    if (!empty) {
        return;
    }
    const bool filtered = m_kind->currentIndex() > 0 || m_department->currentIndex() > 0;
    const bool day = span() == Span::Day;
    if (filtered) {
        m_emptyState->setText(day ? tr("No visits of this kind or department on this day. Choose “All kinds” and "
                                       "“All departments” to see every visit.")
                                  : tr("No visits of this kind or department in this period. Choose “All kinds” "
                                       "and “All departments” to see every visit."));
    } else {
        m_emptyState->setText(day ? tr("No visits recorded on this day. Record one from a customer's profile "
                                       "(Alt+V).")
                                  : tr("No visits recorded in this period. Record one from a customer's profile "
                                       "(Alt+V)."));
    }
}

void VisitsPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::CustomerId id = m_model->customerIdAt(current.row());
    if (id != 0) {
        Q_EMIT openCustomer(id);
    }
}

bool VisitsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VisitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Visits are recorded from the profiles: coming back to this area shows them. The first show has fresh data.
    if (m_shown) {
        refresh();
    }
    m_shown = true;
}

} // namespace caredesk::ui
