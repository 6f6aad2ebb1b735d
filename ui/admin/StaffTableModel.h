// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** The site's staff accounts (Database::staff()) for the Administration page. A site has tens, so no paging. */
class StaffTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffTableModel)

public:
    enum Column { UserName, Role, Status, LastSignIn, FailedSignIns, ColumnCount };
    Q_ENUM(Column)
    enum ItemRole {
        UserNameRole = Qt::UserRole,
        RoleIdRole,   ///< core::roleId()
        DisabledRole, ///< bool: disabled or without a key slot
        RemovedRole,  ///< bool
    };

    explicit StaffTableModel(QObject *parent = nullptr);
    ~StaffTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setStaff(const QList<core::StaffMember> &staff);
    [[nodiscard]] const core::StaffMember &memberAt(int row) const { return m_staff.at(row); }
    /** The row of @p userName, or -1. */
    [[nodiscard]] int rowOf(const QString &userName) const;
    /** "Active", "Disabled", "Removed", "Locked until 10:15", "Must change password". */
    [[nodiscard]] static QString statusText(const core::StaffMember &member);

private:
    QList<core::StaffMember> m_staff;
};

} // namespace caredesk::ui
