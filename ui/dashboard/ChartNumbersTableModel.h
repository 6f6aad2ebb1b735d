// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace caredesk::ui {

/**
 * The numbers behind one chart, as the reader sees them: column headers and rows of formatted text. A row may name
 * the customer it is about (rowIds, 0 = none) so a list such as the repeat complainants can open a profile.
 */
struct ChartNumbers {
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> rowIds;
    /** Optional cell shading 0..1 for heatmaps (shades[row][column]; negative or missing = none). */
    QList<QList<double>> shades;

    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
};

/**
 * Shows a ChartNumbers. Its columns are whatever the chart has, so unlike the entity models there is no Column enum:
 * the first column is the label (left-aligned), the others figures (right-aligned).
 */
class ChartNumbersTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartNumbersTableModel)

public:
    enum Role {
        RowIdRole = Qt::UserRole, ///< qint64: the customer a row is about, 0 = none
        ShadeRole,                ///< double 0..1 for heatmap cells; invalid when the cell has no shade
    };

    explicit ChartNumbersTableModel(QObject *parent = nullptr);

    void setNumbers(const ChartNumbers &numbers);
    [[nodiscard]] const ChartNumbers &numbers() const { return m_numbers; }
    /** The customer a row is about; 0 when none. */
    [[nodiscard]] qint64 rowIdAt(const QModelIndex &index) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    ChartNumbers m_numbers;
};

} // namespace caredesk::ui
