// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartNumbersTableModel.h"

namespace caredesk::ui {

ChartNumbersTableModel::ChartNumbersTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ChartNumbersTableModel::setNumbers(const ChartNumbers &numbers)
{
    beginResetModel();
    m_numbers = numbers;
    endResetModel();
}

qint64 ChartNumbersTableModel::rowIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_numbers.rowIds.size()) {
        return 0;
    }
    return m_numbers.rowIds.at(index.row());
}

int ChartNumbersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_numbers.rows.size());
}

int ChartNumbersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_numbers.headers.size());
}

QVariant ChartNumbersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return m_numbers.rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RowIdRole: return rowIdAt(index);
    case ShadeRole: {
        const double shade = m_numbers.shades.value(index.row()).value(index.column(), -1.0);
        return shade >= 0 ? QVariant(shade) : QVariant();
    }
    default: return {};
    }
}

QVariant ChartNumbersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_numbers.headers.size()) {
        return {};
    }
    return m_numbers.headers.at(section);
}

} // namespace caredesk::ui
