// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QHash>

namespace caredesk::ui {

/**
 * Follow-up tasks for a table view: a day queue or the supervisor's overdue list (both bounded, so they are read
 * whole). The phone shows as core masked it until the task is opened and the number revealed (revealPhone()).
 */
class FollowUpTaskTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpTaskTableModel)

public:
    enum Column { Due, Kind, Customer, Phone, Assignee, Script, Reschedules, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TaskIdRole = Qt::UserRole,
        CustomerIdRole,
        OverdueRole, ///< bool
        KindRole,    ///< int of core::FollowUpKind
    };

    explicit FollowUpTaskTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /** Shows @p rows; overdue is judged against @p today. */
    void setRows(const QList<core::FollowUpQueueRow> &rows, const QDate &today);
    [[nodiscard]] const core::FollowUpQueueRow &rowAt(int row) const { return m_rows.at(row); }
    /** The row of task @p id, −1 when it is not shown. */
    [[nodiscard]] int rowOf(core::FollowUpTaskId id) const;
    [[nodiscard]] int overdueCount() const;
    /** Shows @p phone, the whole number of task @p id revealed through core (the user opened the task). */
    void revealPhone(core::FollowUpTaskId id, const QString &phone);
    [[nodiscard]] bool isRevealed(core::FollowUpTaskId id) const { return m_revealed.contains(id); }

private:
    QList<core::FollowUpQueueRow> m_rows;
    QHash<core::FollowUpTaskId, QString> m_revealed;
    QDate m_today;
};

} // namespace caredesk::ui
