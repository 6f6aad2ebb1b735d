// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace caredesk::ui {

/** "What each role may do": one row per core::Permission, one column per role, read-only from the core matrix. */
class PermissionMatrixTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixTableModel)

public:
    enum Column { Permission, Reception, Pharmacist, ServiceOfficer, Manager, Administrator, ColumnCount };
    Q_ENUM(Column)
    enum ItemRole { AllowedRole = Qt::UserRole }; ///< bool, in the role columns

    explicit PermissionMatrixTableModel(QObject *parent = nullptr);
    ~PermissionMatrixTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
};

} // namespace caredesk::ui
