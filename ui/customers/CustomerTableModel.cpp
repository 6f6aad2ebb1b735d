// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerTableModel.h"

#include "core/common/Clock.h"
#include "ui/customers/CustomerText.h"

#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

#include <algorithm>

namespace caredesk::ui {

namespace {

std::optional<core::CustomerSort> sortFor(int column)
{
    switch (column) {
    case CustomerTableModel::Name: return core::CustomerSort::Name;
    case CustomerTableModel::MemberNumber: return core::CustomerSort::MemberNumber;
    case CustomerTableModel::LastActivity: return core::CustomerSort::LastActivity;
    default: return std::nullopt;
    }
}

} // namespace

CustomerTableModel::CustomerTableModel(core::CustomerRepository &repository, const core::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_clock(clock)
{
    loadFirstPage();
}

CustomerTableModel::~CustomerTableModel() = default;

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_showingHits ? static_cast<int>(m_hits.size()) : m_listRows;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Customer *row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const core::Customer &c = *row;
    const bool organisation = c.kind == core::CustomerKind::Organisation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.name;
        case MemberNumber: return c.memberNumber;
        case Sex: return organisation ? core::kindName(c.kind) : core::sexName(c.sex);
        case Age: {
            const int years = core::ageOn(c.birthDate, m_clock.today());
            return years < 0 ? QVariant() : QVariant(years);
        }
        case Phone: return CustomerText::maskedPhone(c.phone);
        case Region: return c.region;
        case Status: return core::statusName(m_repository.statusOf(c));
        case LastActivity: return CustomerText::localDate(c.lastActivityAt);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name && organisation) {
            return tr("Organisation");
        }
        if (index.column() == Age && c.birthDate.isValid()) {
            return tr("Born %1").arg(CustomerText::date(c.birthDate));
        }
        if (index.column() == Phone && !c.phone2.isEmpty()) {
            return tr("Second phone: %1").arg(CustomerText::maskedPhone(c.phone2));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Sex && organisation) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            switch (m_repository.statusOf(c)) {
            case core::ActivityStatus::Dormant: return QColor(0x8a, 0x5a, 0x00);
            case core::ActivityStatus::Lost: return QColor(0x8c, 0x1d, 0x18);
            case core::ActivityStatus::Active: return {};
            }
        }
        return {};
    case CustomerIdRole: return c.id;
    case MemberNumberRole: return c.memberNumber;
    case KindRole: return static_cast<int>(c.kind);
    case StatusRole: return static_cast<int>(m_repository.statusOf(c));
    case SearchTierRole: return mode() == Mode::Search ? m_tiers.value(index.row(), 3) : -1;
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case MemberNumber: return tr("Member no.");
        case Sex: return tr("Sex");
        case Age: return tr("Age");
        case Phone: return tr("Phone");
        case Region: return tr("Region");
        case Status: return tr("Status");
        case LastActivity: return tr("Last activity");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (mode() == Mode::Search) {
            return tr("Search results are listed best match first.");
        }
        return isSortable(section) ? tr("Click to sort by this column.") : tr("This column cannot be sorted.");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool CustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && mode() == Mode::List && !m_atEnd && !m_changing;
}

void CustomerTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = m_repository.page(m_filter, m_sort, m_ascending, m_cursor, pageSize);
    if (!page) {
        m_atEnd = true;
        fail(page.error().message);
        return;
    }
    m_lastError.clear();
    QList<core::Customer> &rows = *page;
    m_atEnd = rows.size() < pageSize;
    if (rows.isEmpty()) {
        return;
    }
    const int number = static_cast<int>(m_pageStarts.size());
    m_pageStarts.append(m_cursor);
    m_cursor = core::CustomerRepository::cursorFor(rows.constLast(), m_sort);
    const int first = m_listRows;
    const int count = static_cast<int>(rows.size());
    // Views and testers react to rowsInserted by asking for more; that has to wait until this insertion is done.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows({}, first, first + count - 1);
    cachePage(number, std::move(rows));
    m_listRows += count;
    endInsertRows();
}

bool CustomerTableModel::isSortable(int column)
{
    return sortFor(column).has_value();
}

int CustomerTableModel::sortColumn() const
{
    switch (m_sort) {
    case core::CustomerSort::MemberNumber: return MemberNumber;
    case core::CustomerSort::LastActivity: return LastActivity;
    case core::CustomerSort::Name:
    case core::CustomerSort::Created: break;
    }
    return Name;
}

Qt::SortOrder CustomerTableModel::sortOrder() const
{
    return m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort) {
        return;
    }
    const bool ascending = order == Qt::AscendingOrder;
    if (*sort == m_sort && ascending == m_ascending) {
        return;
    }
    m_sort = *sort;
    m_ascending = ascending;
    // Search results keep their ranking; the order applies when the list shows again.
    if (mode() == Mode::List) {
        reload();
    }
}

void CustomerTableModel::setSearchText(const QString &text)
{
    const QString query = text.simplified();
    if (query == m_query) {
        return;
    }
    m_query = query;
    reload();
}

void CustomerTableModel::setFilter(const core::CustomerFilter &filter)
{
    m_filter = filter;
    reload();
}

void CustomerTableModel::refresh()
{
    reload();
}

void CustomerTableModel::reload()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        loadFirstPage();
        endResetModel();
    }
    Q_EMIT reloaded();
}

void CustomerTableModel::loadFirstPage()
{
    m_showingHits = mode() == Mode::Search;
    m_hits.clear();
    m_tiers.clear();
    m_pageStarts.clear();
    m_listRows = 0;
    m_cache.clear();
    m_uses = 0;
    m_cursor.reset();
    m_atEnd = true;
    m_truncated = false;
    m_total = 0;
    m_lastError.clear();
    if (mode() == Mode::Search) {
        auto result = m_repository.search(m_query, m_filter, searchLimit);
        if (!result) {
            fail(result.error().message);
            return;
        }
        for (const core::SearchHit &hit : std::as_const(result->hits)) {
            m_hits.append(hit.customer);
            m_tiers.append(hit.tier);
        }
        m_truncated = result->truncated;
        m_total = m_hits.size();
        return;
    }
    auto total = m_repository.count(m_filter);
    if (!total) {
        fail(total.error().message);
        return;
    }
    m_total = *total;
    auto page = m_repository.page(m_filter, m_sort, m_ascending, std::nullopt, pageSize);
    if (!page) {
        fail(page.error().message);
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty()) {
        return;
    }
    m_cursor = core::CustomerRepository::cursorFor(page->constLast(), m_sort);
    m_pageStarts.append(std::nullopt);
    m_listRows = static_cast<int>(page->size());
    cachePage(0, std::move(*page));
}

void CustomerTableModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

core::Customer CustomerTableModel::customerAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    return customerAt(index.row());
}

core::Customer CustomerTableModel::customerAt(int row) const
{
    const core::Customer *customer = rowAt(row);
    return customer ? *customer : core::Customer();
}

int CustomerTableModel::rowOf(core::CustomerId id) const
{
    if (m_showingHits) {
        for (qsizetype i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).id == id) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }
    // A customer whose edit moved it to another page since can be in two re-read pages: the first row wins.
    int found = -1;
    for (const CachedPage &page : m_cache) {
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            const int row = page.number * pageSize + static_cast<int>(i);
            if (page.rows.at(i).id == id && row < m_listRows && (found < 0 || row < found)) {
                found = row;
            }
        }
    }
    return found;
}

int CustomerTableModel::cachedRowCount() const
{
    if (m_showingHits) {
        return static_cast<int>(m_hits.size());
    }
    qsizetype rows = 0;
    for (const CachedPage &page : m_cache) {
        rows += page.rows.size();
    }
    return static_cast<int>(rows);
}

const core::Customer *CustomerTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    if (m_showingHits) {
        return &m_hits.at(row);
    }
    const CachedPage *page = pageAt(row / pageSize);
    const int offset = row % pageSize;
    // Shorter when rows were deleted or merged since the page was first read: empty until the next reset.
    return page && offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

const CustomerTableModel::CachedPage *CustomerTableModel::pageAt(int number) const
{
    for (CachedPage &page : m_cache) {
        if (page.number == number) {
            page.lastUse = ++m_uses;
            return &page;
        }
    }
    // Scrolled back to a page dropped from the window. A failed read is not cached, so the next paint tries again;
    // it is not reported either, as this runs while the view paints.
    auto rows = m_repository.page(m_filter, m_sort, m_ascending, m_pageStarts.at(number), pageSize);
    if (!rows) {
        return nullptr;
    }
    endAtNextPage(number, *rows);
    return &cachePage(number, std::move(*rows));
}

void CustomerTableModel::endAtNextPage(int number, QList<core::Customer> &rows) const
{
    // A page read again runs on past its first end when some of its rows are gone, into rows the next page shows
    // (the next page reads from its own cursor). It ends at the row that the next page's cursor was taken from.
    const std::optional<core::CustomerCursor> &end =
        number + 1 < m_pageStarts.size() ? m_pageStarts.at(number + 1) : m_cursor;
    if (!end) {
        return;
    }
    const auto endsAt = [&rows](core::CustomerId id) {
        return std::find_if(rows.cbegin(), rows.cend(), [id](const core::Customer &c) { return c.id == id; });
    };
    if (const auto last = endsAt(end->id); last != rows.cend()) {
        rows.erase(last + 1, rows.cend());
        return;
    }
    // That row is gone too: cut before the first row after it.
    auto next = m_repository.page(m_filter, m_sort, m_ascending, end, 1);
    if (next && !next->isEmpty()) {
        rows.erase(endsAt(next->constFirst().id), rows.cend());
    }
}

const CustomerTableModel::CachedPage &CustomerTableModel::cachePage(int number, QList<core::Customer> rows) const
{
    if (m_cache.size() < static_cast<std::size_t>(cachedPages)) {
        m_cache.push_back({number, ++m_uses, std::move(rows)});
        return m_cache.back();
    }
    auto oldest = std::min_element(m_cache.begin(), m_cache.end(),
                                   [](const CachedPage &a, const CachedPage &b) { return a.lastUse < b.lastUse; });
    *oldest = {number, ++m_uses, std::move(rows)};
    return *oldest;
}

} // namespace caredesk::ui
