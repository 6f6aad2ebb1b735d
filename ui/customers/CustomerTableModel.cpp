// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerTableModel.h"

#include "core/common/Clock.h"
#include "ui/customers/CustomerText.h"

#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

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
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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
    const core::Customer &c = m_rows.at(index.row());
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
    const QList<core::Customer> &rows = *page;
    m_atEnd = rows.size() < pageSize;
    if (rows.isEmpty()) {
        return;
    }
    m_cursor = core::CustomerRepository::cursorFor(rows.constLast(), m_sort);
    const int first = static_cast<int>(m_rows.size());
    // Views and testers react to rowsInserted by asking for more; that has to wait until this insertion is done.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
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
    m_rows.clear();
    m_tiers.clear();
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
            m_rows.append(hit.customer);
            m_tiers.append(hit.tier);
        }
        m_truncated = result->truncated;
        m_total = m_rows.size();
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
    m_rows = *page;
    m_atEnd = m_rows.size() < pageSize;
    if (!m_rows.isEmpty()) {
        m_cursor = core::CustomerRepository::cursorFor(m_rows.constLast(), m_sort);
    }
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
    return m_rows.value(row);
}

int CustomerTableModel::rowOf(core::CustomerId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace caredesk::ui
