// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feedback/SatisfactionScore.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/**
 * Dimension scores (0–100) of a period with the number of answers each, weakest first so the dimensions that need
 * work are on top. Small samples are greyed with a tooltip that says why.
 */
class DimensionScoreTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DimensionScoreTableModel)

public:
    enum Column { Dimension, Score, Answers, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        KeyRole = Qt::UserRole,
        ScoreRole,       ///< double, 0–100
        SmallSampleRole, ///< bool
    };

    explicit DimensionScoreTableModel(QObject *parent = nullptr);
    ~DimensionScoreTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /** Replaces the rows, sorted weakest first (ties by label). */
    void setResults(QList<core::DimensionResult> results);
    [[nodiscard]] core::DimensionResult resultAt(int row) const;

private:
    QList<core::DimensionResult> m_rows;
};

} // namespace caredesk::ui
