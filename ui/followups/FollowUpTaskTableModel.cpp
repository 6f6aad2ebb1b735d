// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpTaskTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace caredesk::ui {

FollowUpTaskTableModel::FollowUpTaskTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int FollowUpTaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FollowUpTaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::FollowUpQueueRow &row = m_rows.at(index.row());
    const core::FollowUpTask &t = row.task;
    const bool overdue = t.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: {
            const QString day = t.dueDate.toString(QStringLiteral("yyyy-MM-dd"));
            const QString when =
                t.dueTime.isValid() ? tr("%1 %2").arg(day, t.dueTime.toString(QStringLiteral("HH:mm"))) : day;
            return overdue
                       ? tr("%1 (overdue %n day(s))", nullptr, static_cast<int>(t.dueDate.daysTo(m_today))).arg(when)
                       : when;
        }
        case Kind: return core::followUpKindLabel(t.kind);
        case Customer: return tr("%1 (%2)").arg(row.customerName, row.memberNumber);
        case Phone: return m_revealed.value(t.id, row.phone);
        case Assignee: return t.assignee;
        case Script: {
            const QString line = core::followUpScriptFor(t).simplified();
            return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
        }
        case Reschedules: return t.rescheduleCount > 0 ? QVariant(t.rescheduleCount) : QVariant(QString());
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Script) {
            return core::followUpScriptFor(t);
        }
        if (index.column() == Phone && !m_revealed.contains(t.id)) {
            return tr("Open the task (Enter) to see the whole number.");
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == Due) {
            return QBrush(QColor(0x8c, 0x1d, 0x18));
        }
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case TaskIdRole: return t.id;
    case CustomerIdRole: return t.customerId;
    case OverdueRole: return overdue;
    case KindRole: return static_cast<int>(t.kind);
    default: return {};
    }
}

QVariant FollowUpTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Due: return tr("Due");
    case Kind: return tr("Kind");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case Assignee: return tr("Assigned to");
    case Script: return tr("Script");
    case Reschedules: return tr("Moved");
    default: return {};
    }
}

void FollowUpTaskTableModel::setRows(const QList<core::FollowUpQueueRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int FollowUpTaskTableModel::rowOf(core::FollowUpTaskId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).task.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int FollowUpTaskTableModel::overdueCount() const
{
    int n = 0;
    for (const core::FollowUpQueueRow &row : m_rows) {
        n += row.task.isOverdue(m_today) ? 1 : 0;
    }
    return n;
}

void FollowUpTaskTableModel::revealPhone(core::FollowUpTaskId id, const QString &phone)
{
    const int row = rowOf(id);
    if (row < 0 || m_revealed.value(id) == phone) {
        return;
    }
    m_revealed.insert(id, phone);
    Q_EMIT dataChanged(index(row, Phone), index(row, Phone), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace caredesk::ui
