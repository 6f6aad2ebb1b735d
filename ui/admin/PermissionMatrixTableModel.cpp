// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/PermissionMatrixTableModel.h"

#include "core/auth/Permission.h"

namespace caredesk::ui {

namespace {

core::Role roleOfColumn(int column)
{
    return core::allRoles().at(column - PermissionMatrixTableModel::Reception);
}

} // namespace

PermissionMatrixTableModel::PermissionMatrixTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

PermissionMatrixTableModel::~PermissionMatrixTableModel() = default;

int PermissionMatrixTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(core::allPermissions().size());
}

int PermissionMatrixTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermissionMatrixTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= core::allPermissions().size()) {
        return {};
    }
    const core::Permission permission = core::allPermissions().at(index.row());
    if (index.column() == Permission) {
        return role == Qt::DisplayRole ? QVariant(core::permissionDisplayName(permission)) : QVariant();
    }
    const bool allowed = core::roleAllows(roleOfColumn(index.column()), permission);
    switch (role) {
    // Words, not only a tick: a screen reader reads them, and they translate.
    case Qt::DisplayRole: return allowed ? tr("Yes") : QStringLiteral("–");
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case AllowedRole: return allowed;
    default: return {};
    }
}

QVariant PermissionMatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == Permission) {
        return tr("What");
    }
    if (section > Permission && section < ColumnCount) {
        return core::roleDisplayName(roleOfColumn(section));
    }
    return {};
}

} // namespace caredesk::ui
