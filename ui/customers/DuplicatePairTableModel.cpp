// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/DuplicatePairTableModel.h"

#include "ui/customers/CustomerText.h"

namespace caredesk::ui {

DuplicatePairTableModel::DuplicatePairTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

DuplicatePairTableModel::~DuplicatePairTableModel() = default;

int DuplicatePairTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pairs.size());
}

int DuplicatePairTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatePairTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::DuplicatePair &pair = m_pairs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Score: return pair.score;
        case First: return CustomerText::summaryLine(pair.first);
        case Second: return CustomerText::summaryLine(pair.second);
        case Reasons: return CustomerText::reasons(pair.reasons);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Score) {
            return tr("Likelihood that these are the same person, out of 100");
        }
        if (index.column() == Reasons) {
            return pair.reasons.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case FirstIdRole: return pair.first.id;
    case SecondIdRole: return pair.second.id;
    case ScoreRole: return pair.score;
    default: return {};
    }
}

QVariant DuplicatePairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Score: return tr("Score");
        case First: return tr("Customer");
        case Second: return tr("Possible duplicate");
        case Reasons: return tr("Why");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void DuplicatePairTableModel::setPairs(const QList<core::DuplicatePair> &pairs)
{
    beginResetModel();
    m_pairs = pairs;
    endResetModel();
}

core::DuplicatePair DuplicatePairTableModel::pairAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    return pairAt(index.row());
}

core::DuplicatePair DuplicatePairTableModel::pairAt(int row) const
{
    return m_pairs.value(row);
}

} // namespace caredesk::ui
