// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/TimelineTableModel.h"

#include "ui/customers/CustomerText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace caredesk::ui {

TimelineTableModel::TimelineTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TimelineTableModel::setEntries(QList<core::TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const core::TimelineEntry &TimelineTableModel::entryAt(const QModelIndex &index) const
{
    return m_entries.at(index.row());
}

int TimelineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const core::TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return CustomerText::dateTime(entry.at);
        case What: return entry.title;
        case Details: return entry.detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Details && !entry.detail.isEmpty() ? QVariant(entry.detail) : QVariant();
    case Qt::FontRole:
        if (index.column() == What) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == When) {
            return QBrush(QColor(0x60, 0x60, 0x60));
        }
        // Detractors stand out: they are what staff should act on.
        if (index.column() == What && entry.needsAttention) {
            return QBrush(QColor(0x8c, 0x1d, 0x18));
        }
        return {};
    case KindRole: return static_cast<int>(entry.kind);
    case SourceIdRole: return entry.sourceId;
    case UndoableMergeRole: return entry.undoableMerge;
    default: return {};
    }
}

QVariant TimelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case When: return tr("When");
    case What: return tr("What");
    case Details: return tr("Details");
    default: return {};
    }
}

} // namespace caredesk::ui
