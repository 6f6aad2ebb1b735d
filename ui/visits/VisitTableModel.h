// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visits/VisitRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::ui {

/**
 * The site's visits and purchases for a table view, newest first. Pages through VisitRepository::visitPage() with
 * a keyset cursor (canFetchMore/fetchMore), so a busy pharmacy's year of purchases is never loaded whole.
 */
class VisitTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitTableModel)

public:
    enum Column { Time, Customer, MemberNumber, Kind, Department, Staff, Amount, Items, Waiting, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        VisitIdRole = Qt::UserRole,
        CustomerIdRole,
        AmountCentsRole,
        KindRole, ///< int of core::VisitKind
    };

    static constexpr int defaultPageSize = 200;

    explicit VisitTableModel(core::VisitRepository &repository, QObject *parent = nullptr);
    ~VisitTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Shows the visits @p filter selects, from the start. */
    void setFilter(const core::VisitListFilter &filter);
    [[nodiscard]] const core::VisitListFilter &filter() const { return m_filter; }
    /** Rows read per page (1 … VisitRepository::maxPageSize); reloads. */
    void setPageSize(int rows);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    /** With the date in the time column (a period), or the time of day only (one day). */
    void setShowsDate(bool showsDate);
    /** Reads again from the database (after a visit was recorded elsewhere), from the start. */
    void refresh();

    [[nodiscard]] core::VisitListRow rowAt(int row) const;
    [[nodiscard]] core::CustomerId customerIdAt(int row) const;
    /** The message of the last failed read, empty when it worked. */
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /** "布洛芬 ×2, 血压计 and 3 more": what a purchase held, in one line. */
    [[nodiscard]] static QString itemsSummary(const QList<core::VisitItem> &items);

Q_SIGNALS:
    /** A read failed; @p message is for people. */
    void loadFailed(const QString &message);
    /** Rows were reset (new filter or refresh). */
    void reloaded();

private:
    void reload();
    void loadFirstPage();
    void fail(const QString &message);

    core::VisitRepository &m_repository;
    core::VisitListFilter m_filter;
    QList<core::VisitListRow> m_rows;
    std::optional<core::VisitCursor> m_cursor;
    int m_pageSize = defaultPageSize;
    bool m_atEnd = true;
    bool m_changing = false; ///< inside a reset or insertion: no nested fetch from its signal handlers
    bool m_showsDate = false;
    QString m_lastError;
};

} // namespace caredesk::ui
