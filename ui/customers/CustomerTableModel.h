// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/customers/CustomerRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace caredesk::core {
class Clock;
}

namespace caredesk::ui {

/**
 * Customers for a table view, in one of two modes:
 * - list mode pages through CustomerRepository::page() with keyset cursors (canFetchMore/fetchMore), so the
 *   table is never loaded whole; sortable by name, member number and last activity;
 * - search mode shows CustomerRepository::search() hits in their ranked order (best first).
 * The filter applies to both.
 *
 * List mode holds a window, not every row scrolled past: for each page fetched so far it keeps only the keyset
 * cursor that starts it, and the rows of at most cachedPages pages, least recently used first out. A row of a
 * page no longer held is read again, that one page from its cursor, when data() or customerAt() asks for it.
 * Rows deleted or merged since their page was first read come back empty until the next reset (refresh(),
 * setFilter(), sort(), a new search), which starts again from the first page.
 */
class CustomerTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column { Name, MemberNumber, Sex, Age, Phone, Region, Status, LastActivity, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CustomerIdRole = Qt::UserRole,
        MemberNumberRole,
        KindRole,       ///< int of core::CustomerKind
        StatusRole,     ///< int of core::ActivityStatus
        SearchTierRole, ///< SearchHit::tier in search mode, -1 in list mode
    };
    enum class Mode { List, Search };

    static constexpr int pageSize = 100;
    /** List mode holds the rows of at most this many pages (about 3 MB); the others are read again if shown. */
    static constexpr int cachedPages = 30;
    static constexpr int searchLimit = 100;

    CustomerTableModel(core::CustomerRepository &repository, const core::Clock &clock, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** Sorts the list by name, member number or last activity and pages again from the start; other columns
     * are not sortable and leave the order as it is. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] int sortColumn() const;
    [[nodiscard]] Qt::SortOrder sortOrder() const;

    /** Empty text: list mode. Anything else: search mode with these words. */
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_query; }
    [[nodiscard]] Mode mode() const { return m_query.isEmpty() ? Mode::List : Mode::Search; }

    void setFilter(const core::CustomerFilter &filter);
    [[nodiscard]] const core::CustomerFilter &filter() const { return m_filter; }

    /** Reads again from the database (after an edit, a merge or an import), from the start. */
    void refresh();

    [[nodiscard]] core::Customer customerAt(const QModelIndex &index) const;
    [[nodiscard]] core::Customer customerAt(int row) const;
    /** The row of customer @p id among the rows held in memory (in list mode the cached pages only, not pages
     * scrolled past and dropped from the window), or -1. Reads nothing from the database. */
    [[nodiscard]] int rowOf(core::CustomerId id) const;

    /** List mode: how many customers the filter selects in all (not just the loaded rows). */
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    /** Search mode: more matched than are shown. */
    [[nodiscard]] bool isTruncated() const { return m_truncated; }
    /** How many customers are held in memory: the rows of the cached pages in list mode, all hits in search mode. */
    [[nodiscard]] int cachedRowCount() const;
    /** The message of the last failed read, empty when the last read worked. */
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /** A read failed; @p message is for people. */
    void loadFailed(const QString &message);
    /** Rows were reset (new search, filter, sort or refresh). */
    void reloaded();

private:
    struct CachedPage {
        int number = 0;      ///< page number: holds rows number * pageSize onwards
        quint64 lastUse = 0; ///< for least-recently-used eviction
        QList<core::Customer> rows;
    };

    void reload();
    void loadFirstPage();
    void fail(const QString &message);
    [[nodiscard]] const core::Customer *rowAt(int row) const;
    [[nodiscard]] const CachedPage *pageAt(int number) const;
    const CachedPage &cachePage(int number, QList<core::Customer> rows) const;
    void endAtNextPage(int number, QList<core::Customer> &rows) const;

    core::CustomerRepository &m_repository;
    const core::Clock &m_clock;
    bool m_showingHits = false;   ///< what is loaded (mode() follows the search text before the reset)
    QList<core::Customer> m_hits; ///< search mode
    QList<int> m_tiers;
    QList<std::optional<core::CustomerCursor>> m_pageStarts; ///< list mode: the cursor each fetched page starts after
    int m_listRows = 0;                                      ///< list mode: rows fetched so far
    mutable std::vector<CachedPage> m_cache;                 ///< list mode: at most cachedPages pages
    mutable quint64 m_uses = 0;
    core::CustomerFilter m_filter;
    core::CustomerSort m_sort = core::CustomerSort::Name;
    bool m_ascending = true;
    QString m_query;
    std::optional<core::CustomerCursor> m_cursor; ///< where the next page starts
    bool m_atEnd = true;
    bool m_changing = false; ///< inside a reset or insertion: no nested fetch from its signal handlers
    bool m_truncated = false;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace caredesk::ui
