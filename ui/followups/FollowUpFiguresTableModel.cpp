// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpFiguresTableModel.h"

#include <QLocale>

namespace caredesk::ui {

namespace {

QVariant percent(const std::optional<double> &rate)
{
    return rate ? QVariant(FollowUpFiguresTableModel::tr("%1%").arg(QLocale().toString(*rate * 100.0, 'f', 0)))
                : QVariant(FollowUpFiguresTableModel::tr("–"));
}

} // namespace

FollowUpFiguresTableModel::FollowUpFiguresTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int FollowUpFiguresTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_figures.size());
}

int FollowUpFiguresTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpFiguresTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::FollowUpFigures &f = m_figures.at(index.row());
    if (role == RateRole) {
        const auto rate = index.column() == CompletionRate ? f.completionRate()
                          : index.column() == OnTimeRate   ? f.onTimeRate()
                                                           : std::nullopt;
        return rate ? QVariant(*rate) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() != Assignee) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Assignee: return f.assignee;
    case Due: return f.due;
    case Done: return f.done;
    case OnTime: return f.doneOnTime;
    case Overdue: return f.overdueOpen;
    case CompletionRate: return percent(f.completionRate());
    case OnTimeRate: return percent(f.onTimeRate());
    default: return {};
    }
}

QVariant FollowUpFiguresTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Assignee: return tr("Staff");
    case Due: return tr("Due");
    case Done: return tr("Done");
    case OnTime: return tr("On time");
    case Overdue: return tr("Overdue now");
    case CompletionRate: return tr("Completion");
    case OnTimeRate: return tr("On-time rate");
    default: return {};
    }
}

void FollowUpFiguresTableModel::setFigures(const QList<core::FollowUpFigures> &figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

} // namespace caredesk::ui
