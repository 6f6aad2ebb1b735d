// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerListPage.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/SearchTokenizer.h"
#include "ui/customers/CustomerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int maxRowsToFindSelection = 2000;

QComboBox *makeFilterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaxVisibleItems(20);
    return combo;
}

} // namespace

CustomerListPage::CustomerListPage(core::CustomerRepository &repository, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_repository(repository)
{
    m_newShortcut = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    m_findShortcut = QKeySequence(Qt::Key_F3).toString(QKeySequence::NativeText);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);
    m_search->installEventFilter(this);

    // Searching is indexed and fast, so it runs on every keystroke; the zero-length timer only folds keystrokes
    // that arrive together (fast typing, paste) into one search instead of queueing stale ones.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerListPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_newButton = new QPushButton(tr("&New Customer…"), this);
    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));
    connect(m_newButton, &QPushButton::clicked, this, &CustomerListPage::newCustomerRequested);
    m_duplicatesButton = new QPushButton(tr("Find &Duplicates…"), this);
    m_duplicatesButton->setObjectName(QStringLiteral("findDuplicatesButton"));
    connect(m_duplicatesButton, &QPushButton::clicked, this, &CustomerListPage::findDuplicatesRequested);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_newButton);
    searchRow->addWidget(m_duplicatesButton);

    m_kind = makeFilterCombo(QStringLiteral("filterKind"), tr("Customer type"), this);
    m_kind->addItem(tr("All types"));
    m_kind->addItem(tr("Individuals"), static_cast<int>(core::CustomerKind::Individual));
    m_kind->addItem(tr("Organisations"), static_cast<int>(core::CustomerKind::Organisation));

    m_status = makeFilterCombo(QStringLiteral("filterStatus"), tr("Activity status"), this);
    m_status->addItem(tr("Any status"));
    for (auto status : {core::ActivityStatus::Active, core::ActivityStatus::Dormant, core::ActivityStatus::Lost}) {
        m_status->addItem(core::statusName(status), static_cast<int>(status));
    }
    m_status->setToolTip(tr("Dormant: no activity for %1 days. Lost: none for %2 days.")
                             .arg(m_repository.dormantAfterDays())
                             .arg(m_repository.lostAfterDays()));

    m_tag = makeFilterCombo(QStringLiteral("filterTag"), tr("Tag"), this);
    m_region = makeFilterCombo(QStringLiteral("filterRegion"), tr("Region"), this);

    m_consent = makeFilterCombo(QStringLiteral("filterConsent"), tr("Marketing consent"), this);
    m_consent->addItem(tr("Any consent"));
    m_consent->addItem(tr("Marketing consent given"), true);
    m_consent->addItem(tr("No marketing consent"), false);

    reloadFilterChoices();
    for (QComboBox *combo : {m_kind, m_status, m_tag, m_region, m_consent}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListPage::applyFilter);
    }

    auto *filterLabel = new QLabel(tr("Show:"), this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    for (QComboBox *combo : {m_kind, m_status, m_tag, m_region, m_consent}) {
        filterRow->addWidget(combo);
    }
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loadError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_model = new CustomerTableModel(repository, clock, this);
    connect(m_model, &CustomerTableModel::reloaded, this, &CustomerListPage::onModelReloaded);
    connect(m_model, &CustomerTableModel::rowsInserted, this, &CustomerListPage::updateCountAndEmptyState);
    connect(m_model, &CustomerTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
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
    header->setSectionResizeMode(CustomerTableModel::Region, QHeaderView::Stretch);
    const int charWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(CustomerTableModel::Name, charWidth * 14);
    header->resizeSection(CustomerTableModel::MemberNumber, charWidth * 9);
    header->resizeSection(CustomerTableModel::Sex, charWidth * 7);
    header->resizeSection(CustomerTableModel::Age, charWidth * 4);
    header->resizeSection(CustomerTableModel::Phone, charWidth * 10);
    header->resizeSection(CustomerTableModel::Status, charWidth * 7);
    header->resizeSection(CustomerTableModel::LastActivity, charWidth * 9);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomerListPage::onSortIndicatorChanged);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &CustomerListPage::openCurrent);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_content, 1);

    setFocusProxy(m_search);
    updateTooltips();
    onModelReloaded();
}

CustomerListPage::~CustomerListPage() = default;

void CustomerListPage::setShortcutHints(const QString &newCustomer, const QString &find)
{
    m_newShortcut = newCustomer;
    m_findShortcut = find;
    updateTooltips();
    updateCountAndEmptyState();
}

void CustomerListPage::updateTooltips()
{
    m_search->setPlaceholderText(tr("Name, pinyin, phone or member number (%1)").arg(m_findShortcut));
    m_search->setToolTip(tr("Results update as you type.\nDown: go to the results\nEnter: open the highlighted "
                            "customer\nEsc: clear the search"));
    m_newButton->setToolTip(tr("Register a new customer (%1)").arg(m_newShortcut));
    m_duplicatesButton->setToolTip(tr("Look for customers registered more than once and merge them"));
}

void CustomerListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString CustomerListPage::searchText() const
{
    return m_search->text();
}

void CustomerListPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    runSearch();
}

void CustomerListPage::refresh()
{
    const core::CustomerId current = currentCustomerId();
    m_error->hide();
    reloadFilterChoices();
    m_model->refresh();
    if (current != 0) {
        selectCustomer(current);
    }
}

void CustomerListPage::runSearch()
{
    m_error->hide();
    m_model->setSearchText(m_search->text());
}

core::CustomerFilter CustomerListPage::currentFilter() const
{
    core::CustomerFilter filter;
    if (m_kind->currentData().isValid()) {
        filter.kind = static_cast<core::CustomerKind>(m_kind->currentData().toInt());
    }
    if (m_status->currentData().isValid()) {
        filter.status = static_cast<core::ActivityStatus>(m_status->currentData().toInt());
    }
    filter.tag = m_tag->currentData().toString();
    filter.region = m_region->currentData().toString();
    if (m_consent->currentData().isValid()) {
        filter.marketingConsent = m_consent->currentData().toBool();
    }
    return filter;
}

void CustomerListPage::applyFilter()
{
    m_error->hide();
    m_model->setFilter(currentFilter());
}

void CustomerListPage::reloadFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &anyText, const QStringList &values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(anyText);
        for (const QString &value : values) {
            combo->addItem(value, value);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    auto tags = m_repository.tagsInUse();
    refill(m_tag, tr("Any tag"), tags ? *tags : QStringList());
    auto regions = m_repository.regionsInUse();
    refill(m_region, tr("Any region"), regions ? *regions : QStringList());
}

void CustomerListPage::onModelReloaded()
{
    updateSorting();
    updateCountAndEmptyState();
    if (m_model->rowCount() > 0) {
        // The highlighted row is what Enter in the search box opens: the best match.
        selectRow(0);
    }
}

void CustomerListPage::updateSorting()
{
    // Search results are ranked best first; sorting them would hide the best match.
    const bool list = m_model->mode() == CustomerTableModel::Mode::List;
    if (list == m_table->isSortingEnabled()) {
        return;
    }
    if (list) {
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    m_table->setSortingEnabled(list);
}

void CustomerListPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!CustomerTableModel::isSortable(column) && m_table->isSortingEnabled()) {
        // Put the arrow back where the list really is sorted.
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

void CustomerListPage::updateCountAndEmptyState()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    QString count;
    if (m_model->mode() == CustomerTableModel::Mode::Search) {
        if (m_model->isTruncated()) {
            count = tr("%1+ matches — type more").arg(locale.toString(rows));
        } else if (rows == 1) {
            count = tr("1 match");
        } else {
            count = tr("%1 matches").arg(locale.toString(rows));
        }
    } else {
        const qint64 total = m_model->totalCount();
        count = total == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(total));
    }
    m_count->setText(m_model->lastError().isEmpty() ? count : QString());

    if (rows > 0 || !m_model->lastError().isEmpty()) {
        m_content->setCurrentWidget(m_table);
        return;
    }
    QString empty;
    auto everyone = m_repository.count(core::CustomerFilter{});
    const bool searching = m_model->mode() == CustomerTableModel::Mode::Search;
    if (everyone && *everyone == 0) {
        empty = tr("No customers yet. Press %1 to register the first one.").arg(m_newShortcut);
    } else if (searching && core::SearchTokenizer::matchExpression(m_model->searchText()).isEmpty()) {
        // A single letter is not searched (it would match nearly everyone); that is not "nothing found".
        empty = tr("Keep typing: one letter is not enough to search.");
        m_count->clear();
    } else if (searching) {
        empty = tr("No customer matches “%1”.\nCheck the spelling, try the phone or member number, or press %2 to "
                   "register a new customer.")
                    .arg(m_model->searchText(), m_newShortcut);
    } else {
        empty = tr("No customers match these filters.");
    }
    m_emptyState->setText(empty);
    m_content->setCurrentWidget(m_emptyState);
}

core::CustomerId CustomerListPage::currentCustomerId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->customerAt(index).id : 0;
}

bool CustomerListPage::selectCustomer(core::CustomerId id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < maxRowsToFindSelection) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        return false;
    }
    selectRow(row);
    return true;
}

void CustomerListPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, CustomerTableModel::Name);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CustomerListPage::openCurrent()
{
    const core::CustomerId id = currentCustomerId();
    if (id != 0) {
        Q_EMIT openCustomer(id);
    }
}

void CustomerListPage::clearSearchOrFocus()
{
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_searchTimer->stop();
        runSearch();
    }
    m_search->setFocus(Qt::OtherFocusReason);
}

bool CustomerListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_search && plain) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                runSearch();
            }
            if (m_model->rowCount() > 0) {
                if (!m_table->currentIndex().isValid()) {
                    selectRow(0);
                }
                m_table->setFocus(Qt::TabFocusReason);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                runSearch();
            }
            openCurrent();
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                clearSearchOrFocus();
                return true;
            }
            return false;
        default: break;
        }
    } else if (watched == m_table && plain) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: openCurrent(); return true;
        case Qt::Key_Escape: clearSearchOrFocus(); return true;
        case Qt::Key_Up:
            if (m_table->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
            return false;
        default:
            // Typing in the results goes on in the search box rather than jumping to a row.
            if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
                m_search->setFocus(Qt::OtherFocusReason);
                m_search->insert(key->text());
                return true;
            }
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace caredesk::ui
