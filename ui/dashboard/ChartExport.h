// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "ui/dashboard/ChartNumbersTableModel.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QWidget;
QT_END_NAMESPACE

namespace caredesk::ui {

/**
 * Turns a chart into something to keep: an image rendered offscreen, a PNG, or a PDF page with the chart and its
 * numbers table underneath. Files are written atomically: a failed write leaves nothing behind.
 */
class ChartExport final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::ChartExport)

public:
    ChartExport() = delete;

    /** Renders @p chart (which is deleted afterwards) at @p size logical pixels, @p scale times as many pixels. */
    [[nodiscard]] static QImage renderChart(QChart *chart, const QSize &size, qreal scale = 2.0);
    /** Renders a widget as it looks now, @p scale times as many pixels. */
    [[nodiscard]] static QImage renderWidget(QWidget *widget, qreal scale = 2.0);
    /** The numbers as an HTML table, for the PDFs. */
    [[nodiscard]] static QString numbersHtml(const ChartNumbers &numbers);

    [[nodiscard]] static core::Status writePng(const QImage &image, const QString &path);
    /** One A4 page (more if the table is long): title, @p subtitle, the image and the numbers. */
    [[nodiscard]] static core::Status writePdf(const QString &title, const QString &subtitle, const QImage &image,
                                               const ChartNumbers &numbers, const QString &path);
};

} // namespace caredesk::ui
