// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/**
 * The complaint queue for a table view: the rows ComplaintRepository::queue() returns, in its order (time to
 * breach). Rows are tinted by SLA status — overdue red, due soon amber, waiting on the customer grey, met green —
 * with light backgrounds and dark text, so they read the same in light and dark palettes. The open set is small,
 * so the model holds it whole; the period view is bounded by its dates.
 */
class ComplaintTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintTableModel)

public:
    enum Column {
        Id,
        Received,
        Customer,
        Category,
        Severity,
        State,
        Owner,
        FirstResponseDue,
        FirstResponseLeft,
        ResolutionDue,
        ResolutionLeft,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ComplaintIdRole = Qt::UserRole,
        CustomerIdRole,
        SlaStatusRole,       ///< int of core::SlaStatus (the worst of both clocks)
        MinutesToBreachRole, ///< qint64
        PausedRole,          ///< bool
    };

    explicit ComplaintTableModel(QObject *parent = nullptr);
    ~ComplaintTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /** Replaces the rows. */
    void setRows(QList<core::ComplaintQueueRow> rows);
    [[nodiscard]] const core::ComplaintQueueRow &rowAt(int row) const { return m_rows.at(row); }
    /** The row of complaint @p id, or -1. */
    [[nodiscard]] int rowOf(core::ComplaintId id) const;

    /** "3.5 h left", "overdue 2.0 h", "met", "met late": a clock in business hours. */
    [[nodiscard]] static QString leftText(const core::SlaClockState &clock);

private:
    QList<core::ComplaintQueueRow> m_rows;
};

} // namespace caredesk::ui
