// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visits/Visit.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** The editable items of a purchase being recorded: name, product class, quantity, unit price, line total. */
class VisitItemTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitItemTableModel)

public:
    enum Column { NameColumn, ClassColumn, QuantityColumn, UnitPriceColumn, TotalColumn, ColumnCount };
    enum Role {
        ProductClassRole = Qt::UserRole, ///< the item's core::ProductClass as int
        CentsRole,                       ///< unit price or line total in cents
    };

    explicit VisitItemTableModel(QObject *parent = nullptr);
    ~VisitItemTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /** Appends @p item and returns its row. */
    int appendItem(const core::VisitItem &item);
    [[nodiscard]] const core::VisitItem &itemAt(int row) const { return m_items.at(row); }
    [[nodiscard]] const QList<core::VisitItem> &items() const { return m_items; }
    /** The sum of the line totals, in cents. */
    [[nodiscard]] qint64 totalCents() const;

Q_SIGNALS:
    /** Any item was added, removed or changed: totals and points need recomputing. */
    void itemsChanged();

private:
    QList<core::VisitItem> m_items;
};

} // namespace caredesk::ui
