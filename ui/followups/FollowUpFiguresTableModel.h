// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** The supervisor's per-staff figures: tasks due, done, on time, overdue, completion and on-time rates. */
class FollowUpFiguresTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpFiguresTableModel)

public:
    enum Column { Assignee, Due, Done, OnTime, Overdue, CompletionRate, OnTimeRate, ColumnCount };
    Q_ENUM(Column)
    enum Role { RateRole = Qt::UserRole }; ///< the rate as a double in 0…1 (invalid when there is none)

    explicit FollowUpFiguresTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setFigures(const QList<core::FollowUpFigures> &figures);
    [[nodiscard]] const core::FollowUpFigures &figuresAt(int row) const { return m_figures.at(row); }

private:
    QList<core::FollowUpFigures> m_figures;
};

} // namespace caredesk::ui
