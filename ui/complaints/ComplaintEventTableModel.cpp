// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintEventTableModel.h"

#include "ui/customers/CustomerText.h"

namespace caredesk::ui {

ComplaintEventTableModel::ComplaintEventTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

ComplaintEventTableModel::~ComplaintEventTableModel() = default;

int ComplaintEventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ComplaintEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintEventTableModel::describe(const core::ComplaintEvent &e)
{
    QString what = core::complaintEventKindLabel(e.kind);
    if ((e.kind == core::ComplaintEventKind::Transition || e.kind == core::ComplaintEventKind::Reopen) && e.fromState &&
        e.toState) {
        what = tr("%1 → %2").arg(core::complaintStateLabel(*e.fromState), core::complaintStateLabel(*e.toState));
        if (e.kind == core::ComplaintEventKind::Reopen) {
            what = tr("Reopened: %1").arg(what);
        }
    }
    return e.note.isEmpty() ? what : tr("%1: %2").arg(what, e.note);
}

QVariant ComplaintEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ComplaintEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return CustomerText::dateTime(e.at);
        case User: return e.userName;
        case What: return describe(e);
        default: return {};
        }
    case Qt::ToolTipRole: return index.column() == What ? QVariant(describe(e)) : QVariant();
    case KindRole: return static_cast<int>(e.kind);
    default: return {};
    }
}

QVariant ComplaintEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case What: return tr("What happened");
    default: return {};
    }
}

void ComplaintEventTableModel::setEvents(QList<core::ComplaintEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

} // namespace caredesk::ui
