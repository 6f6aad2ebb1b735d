// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintAlertTableModel.h"

#include "ui/customers/CustomerText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace caredesk::ui {

ComplaintAlertTableModel::ComplaintAlertTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

ComplaintAlertTableModel::~ComplaintAlertTableModel() = default;

int ComplaintAlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int ComplaintAlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintAlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ComplaintAlert &a = m_alerts.at(index.row());
    const QString hours = QLocale().toString(static_cast<double>(std::abs(a.leftMinutes)) / 60.0, 'f', 1);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Level: return core::escalationLevelLabel(a.level);
        case Complaint:
            return tr("No. %1 · %2 · %3")
                .arg(a.complaintId)
                .arg(a.customerName, core::complaintCategoryLabel(a.category));
        case Clock: return a.clock == core::SlaClockKind::FirstResponse ? tr("First response") : tr("Resolution");
        case Due:
            return a.status == core::SlaStatus::Breached
                       ? tr("overdue %1 h (due %2)").arg(hours, CustomerText::dateTime(a.due))
                       : tr("%1 h left (due %2)").arg(hours, CustomerText::dateTime(a.due));
        case Owner: return a.owner.isEmpty() ? tr("unassigned") : a.owner;
        default: return {};
        }
    case Qt::BackgroundRole:
        return a.status == core::SlaStatus::Breached ? QBrush(QColor(0xfb, 0xd5, 0xd2))
                                                     : QBrush(QColor(0xff, 0xe7, 0xb3));
    case Qt::ForegroundRole: return QBrush(QColor(0x1f, 0x1f, 0x1f));
    case ComplaintIdRole: return a.complaintId;
    case LevelRole: return static_cast<int>(a.level);
    default: return {};
    }
}

QVariant ComplaintAlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Level: return tr("For");
    case Complaint: return tr("Complaint");
    case Clock: return tr("Clock");
    case Due: return tr("Due");
    case Owner: return tr("Owner");
    default: return {};
    }
}

void ComplaintAlertTableModel::setAlerts(QList<core::ComplaintAlert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

} // namespace caredesk::ui
