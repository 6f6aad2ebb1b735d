// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visits/VisitTableModel.h"

#include "ui/customers/CustomerText.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace caredesk::ui {

namespace {

constexpr int itemsShown = 2;

QString currency(qint64 cents)
{
    return VisitTableModel::tr("¥%1").arg(QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2));
}

} // namespace

VisitTableModel::VisitTableModel(core::VisitRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    loadFirstPage();
}

VisitTableModel::~VisitTableModel() = default;

int VisitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VisitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VisitTableModel::itemsSummary(const QList<core::VisitItem> &items)
{
    QStringList parts;
    for (qsizetype i = 0; i < items.size() && i < itemsShown; ++i) {
        const core::VisitItem &item = items.at(i);
        parts << (item.quantity > 1 ? tr("%1 ×%2").arg(item.name).arg(item.quantity) : item.name);
    }
    const QString shown = parts.join(tr(", "));
    if (items.size() > itemsShown) {
        return tr("%1 and %n more", nullptr, static_cast<int>(items.size() - itemsShown)).arg(shown);
    }
    return shown;
}

QVariant VisitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::VisitListRow &row = m_rows.at(index.row());
    const core::Visit &v = row.visit;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return m_showsDate ? CustomerText::dateTime(v.at) : v.at.toLocalTime().toString(QStringLiteral("HH:mm"));
        case Customer: return row.customerName;
        case MemberNumber: return row.memberNumber;
        case Kind: return core::visitKindLabel(v.kind);
        case Department: return v.department;
        case Staff: return v.staff;
        case Amount: return v.amountCents > 0 ? currency(v.amountCents) : QString();
        case Items: return itemsSummary(v.items);
        case Waiting: return v.waitingMinutes ? tr("%1 min").arg(*v.waitingMinutes) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return CustomerText::dateTime(v.at);
        case Customer: return tr("Enter or double-click opens %1's profile").arg(row.customerName);
        case Items: {
            QStringList lines;
            for (const core::VisitItem &item : v.items) {
                lines << tr("%1 × %2 — %3 (%4)")
                             .arg(item.name)
                             .arg(item.quantity)
                             .arg(currency(item.totalCents()), core::productClassLabel(item.productClass));
            }
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        default: return v.notes.isEmpty() ? QVariant() : QVariant(v.notes);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Waiting) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case VisitIdRole: return v.id;
    case CustomerIdRole: return v.customerId;
    case AmountCentsRole: return v.amountCents;
    case KindRole: return static_cast<int>(v.kind);
    default: return {};
    }
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time: return m_showsDate ? tr("Date and time") : tr("Time");
    case Customer: return tr("Customer");
    case MemberNumber: return tr("Member no.");
    case Kind: return tr("Kind");
    case Department: return tr("Department");
    case Staff: return tr("Staff");
    case Amount: return tr("Amount");
    case Items: return tr("Items");
    case Waiting: return tr("Waited");
    default: return {};
    }
}

bool VisitTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void VisitTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = m_repository.visitPage(m_filter, m_cursor, m_pageSize);
    if (!page) {
        m_atEnd = true;
        fail(page.error().message);
        return;
    }
    m_lastError.clear();
    const QList<core::VisitListRow> &rows = *page;
    m_atEnd = rows.size() < m_pageSize;
    if (rows.isEmpty()) {
        return;
    }
    m_cursor = core::VisitRepository::cursorFor(rows.constLast());
    const int first = static_cast<int>(m_rows.size());
    // Views and testers react to rowsInserted by asking for more; that has to wait until this insertion is done.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void VisitTableModel::setFilter(const core::VisitListFilter &filter)
{
    m_filter = filter;
    reload();
}

void VisitTableModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, core::VisitRepository::maxPageSize);
    reload();
}

void VisitTableModel::setShowsDate(bool showsDate)
{
    if (showsDate == m_showsDate) {
        return;
    }
    m_showsDate = showsDate;
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Time), index(static_cast<int>(m_rows.size()) - 1, Time), {Qt::DisplayRole});
    }
}

void VisitTableModel::refresh()
{
    reload();
}

void VisitTableModel::reload()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        loadFirstPage();
        endResetModel();
    }
    Q_EMIT reloaded();
}

void VisitTableModel::loadFirstPage()
{
    m_rows.clear();
    m_cursor.reset();
    m_atEnd = true;
    m_lastError.clear();
    auto page = m_repository.visitPage(m_filter, std::nullopt, m_pageSize);
    if (!page) {
        fail(page.error().message);
        return;
    }
    m_rows = *page;
    m_atEnd = m_rows.size() < m_pageSize;
    if (!m_rows.isEmpty()) {
        m_cursor = core::VisitRepository::cursorFor(m_rows.constLast());
    }
}

void VisitTableModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

core::VisitListRow VisitTableModel::rowAt(int row) const
{
    return m_rows.value(row);
}

core::CustomerId VisitTableModel::customerIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).visit.customerId : 0;
}

} // namespace caredesk::ui
