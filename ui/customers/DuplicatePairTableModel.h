// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** Candidate duplicate pairs from CustomerRepository::scanDuplicates(), best first. */
class DuplicatePairTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatePairTableModel)

public:
    enum Column { Score, First, Second, Reasons, ColumnCount };
    Q_ENUM(Column)
    enum Role { FirstIdRole = Qt::UserRole, SecondIdRole, ScoreRole };

    explicit DuplicatePairTableModel(QObject *parent = nullptr);
    ~DuplicatePairTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setPairs(const QList<core::DuplicatePair> &pairs);
    [[nodiscard]] core::DuplicatePair pairAt(const QModelIndex &index) const;
    [[nodiscard]] core::DuplicatePair pairAt(int row) const;

private:
    QList<core::DuplicatePair> m_pairs;
};

} // namespace caredesk::ui
