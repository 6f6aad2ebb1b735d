// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timeline/CustomerTimeline.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** A customer's timeline entries (newest first) for the profile's history view. */
class TimelineTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineTableModel)

public:
    enum Column { When, What, Details, ColumnCount };
    enum Role { KindRole = Qt::UserRole, SourceIdRole, UndoableMergeRole };

    explicit TimelineTableModel(QObject *parent = nullptr);

    void setEntries(QList<core::TimelineEntry> entries);
    [[nodiscard]] const core::TimelineEntry &entryAt(const QModelIndex &index) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<core::TimelineEntry> m_entries;
};

} // namespace caredesk::ui
