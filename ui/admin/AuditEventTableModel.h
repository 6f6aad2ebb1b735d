// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace caredesk::ui {

/**
 * Audit trail entries for a table view, newest first, paged from AuditLog::page() by sequence number
 * (canFetchMore/fetchMore), so a trail of a million entries is never loaded whole.
 */
class AuditEventTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventTableModel)

public:
    enum Column { Seq, Time, User, Action, Entity, EntityId, Detail, Changes, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeqRole = Qt::UserRole,
        ActionRole,
        EntityRole,
        EntityIdRole,
    };

    static constexpr int defaultPageSize = 200;
    /**
     * An entry's field-level changes for people, one line a field: "state: resolved → closed", "phone changed",
     * "name set" (identifying fields never carry values). The export keeps the JSON itself.
     */
    [[nodiscard]] static QStringList readableChanges(const QString &changes);

    explicit AuditEventTableModel(core::AuditLog &audit, QObject *parent = nullptr);
    ~AuditEventTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Shows the entries @p filter selects, from the newest. */
    void setFilter(const core::AuditFilter &filter);
    [[nodiscard]] const core::AuditFilter &filter() const { return m_filter; }
    void setPageSize(int rows);
    /** Reads again from the newest. */
    void refresh();

    [[nodiscard]] core::AuditEvent eventAt(int row) const;
    /** The message of the last failed read, empty when it worked. */
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    core::AuditLog &m_audit;
    core::AuditFilter m_filter;
    QList<core::AuditEvent> m_rows;
    int m_pageSize = defaultPageSize;
    bool m_atEnd = true;
    bool m_changing = false; ///< inside a reset or insertion: no fetchMore until it is done
    QString m_lastError;
};

} // namespace caredesk::ui
