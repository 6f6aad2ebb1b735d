// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/StaffTableModel.h"

#include <QLocale>

namespace caredesk::ui {

StaffTableModel::StaffTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

StaffTableModel::~StaffTableModel() = default;

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffTableModel::statusText(const core::StaffMember &member)
{
    if (member.removed) {
        return tr("Removed");
    }
    if (member.disabled || !member.hasKeySlot) {
        return tr("Disabled");
    }
    if (member.lockedUntil.isValid()) {
        return tr("Locked until %1")
            .arg(QLocale().toString(member.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    }
    if (member.mustChangePassword) {
        return tr("Must change password");
    }
    return tr("Active");
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_staff.size()) {
        return {};
    }
    const core::StaffMember &member = m_staff.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserName: return member.userName;
        case Role: return core::roleDisplayName(member.role);
        case Status: return statusText(member);
        case LastSignIn:
            return member.lastLoginAt.isValid()
                       ? QLocale().toString(member.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        case FailedSignIns: return member.failedSignIns;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == FailedSignIns ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case UserNameRole: return member.userName;
    case RoleIdRole: return core::roleId(member.role);
    case DisabledRole: return member.disabled || !member.hasKeySlot;
    case RemovedRole: return member.removed;
    default: return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case UserName: return tr("User name");
    case Role: return tr("Role");
    case Status: return tr("Status");
    case LastSignIn: return tr("Last sign-in");
    case FailedSignIns: return tr("Failed sign-ins");
    default: return {};
    }
}

void StaffTableModel::setStaff(const QList<core::StaffMember> &staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

int StaffTableModel::rowOf(const QString &userName) const
{
    for (int row = 0; row < m_staff.size(); ++row) {
        if (m_staff.at(row).userName == userName) {
            return row;
        }
    }
    return -1;
}

} // namespace caredesk::ui
