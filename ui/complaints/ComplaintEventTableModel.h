// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** A complaint's history for a table view: time, user and what happened, oldest first. */
class ComplaintEventTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintEventTableModel)

public:
    enum Column { Time, User, What, ColumnCount };
    Q_ENUM(Column)
    enum Role { KindRole = Qt::UserRole }; ///< int of core::ComplaintEventKind

    explicit ComplaintEventTableModel(QObject *parent = nullptr);
    ~ComplaintEventTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setEvents(QList<core::ComplaintEvent> events);
    [[nodiscard]] const core::ComplaintEvent &eventAt(int row) const { return m_events.at(row); }
    /** "Received → Acknowledged: called the customer": one line for people. */
    [[nodiscard]] static QString describe(const core::ComplaintEvent &event);

private:
    QList<core::ComplaintEvent> m_events;
};

} // namespace caredesk::ui
