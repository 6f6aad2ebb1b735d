// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/feedback/DimensionScoreTableModel.h"

#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace caredesk::ui {

DimensionScoreTableModel::DimensionScoreTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

DimensionScoreTableModel::~DimensionScoreTableModel() = default;

int DimensionScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DimensionScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DimensionScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::DimensionResult &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Dimension: return d.label;
        case Score: return QLocale().toString(d.score, 'f', 1);
        case Answers: return QLocale().toString(d.n);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (d.smallSample) {
            return tr("Fewer than %1 answers: treat this score with caution.")
                .arg(core::SatisfactionScore::smallSampleThreshold);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != Dimension) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (d.smallSample) {
            return QPalette().color(QPalette::PlaceholderText);
        }
        return {};
    case KeyRole: return d.key;
    case ScoreRole: return d.score;
    case SmallSampleRole: return d.smallSample;
    default: return {};
    }
}

QVariant DimensionScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Dimension: return tr("Dimension (weakest first)");
        case Score: return tr("Score (0–100)");
        case Answers: return tr("n");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Score: return tr("Mean of the 1–5 answers on a 0–100 scale: 1 is 0, 3 is 50, 5 is 100");
        case Answers: return tr("Answers to this question in the period");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void DimensionScoreTableModel::setResults(QList<core::DimensionResult> results)
{
    std::stable_sort(results.begin(), results.end(),
                     [](const core::DimensionResult &a, const core::DimensionResult &b) {
                         if (a.score != b.score) {
                             return a.score < b.score;
                         }
                         return a.label < b.label;
                     });
    beginResetModel();
    m_rows = std::move(results);
    endResetModel();
}

core::DimensionResult DimensionScoreTableModel::resultAt(int row) const
{
    return m_rows.value(row);
}

} // namespace caredesk::ui
