// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace caredesk::ui {

/**
 * Paints a cell's ChartNumbersTableModel::ShadeRole as its background on a sequential colour scale (pale to dark
 * blue, readable without colour vision and in grey print), with the text in white on dark cells.
 */
class CohortHeatmapDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortHeatmapDelegate)

public:
    explicit CohortHeatmapDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace caredesk::ui
