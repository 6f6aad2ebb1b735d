// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** The escalations for the signed-in user (ComplaintRepository::alerts()), worst first. */
class ComplaintAlertTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintAlertTableModel)

public:
    enum Column { Level, Complaint, Clock, Due, Owner, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ComplaintIdRole = Qt::UserRole,
        LevelRole, ///< int of core::EscalationLevel
    };

    explicit ComplaintAlertTableModel(QObject *parent = nullptr);
    ~ComplaintAlertTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setAlerts(QList<core::ComplaintAlert> alerts);
    [[nodiscard]] const core::ComplaintAlert &alertAt(int row) const { return m_alerts.at(row); }

private:
    QList<core::ComplaintAlert> m_alerts;
};

} // namespace caredesk::ui
