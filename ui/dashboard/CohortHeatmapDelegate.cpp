// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/CohortHeatmapDelegate.h"

#include "ui/dashboard/ChartNumbersTableModel.h"
#include "ui/dashboard/ChartStyle.h"

#include <QPainter>

namespace caredesk::ui {

CohortHeatmapDelegate::CohortHeatmapDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

void CohortHeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant shade = index.data(ChartNumbersTableModel::ShadeRole);
    if (!shade.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double fraction = shade.toDouble();
    painter->save();
    painter->fillRect(option.rect, ChartStyle::sequential(fraction));
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->setPen(fraction > 0.55 ? Qt::white : Qt::black);
    painter->drawText(option.rect.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace caredesk::ui
