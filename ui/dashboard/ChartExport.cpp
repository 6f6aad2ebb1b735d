// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartExport.h"

#include "ui/dashboard/ChartStyle.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace caredesk::ui {

namespace {

core::Error saveError(const QString &path, const QString &detail)
{
    return core::makeError(core::ErrorCode::Io,
                           ChartExport::tr("The chart could not be saved to %1. Choose a folder you can write to "
                                           "and check that the disk has space.")
                               .arg(path),
                           detail);
}

} // namespace

QImage ChartExport::renderChart(QChart *chart, const QSize &size, qreal scale)
{
    QChartView view(chart); // the view owns and deletes the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    chart->resize(size);
    if (chart->layout()) {
        chart->layout()->activate();
    }
    return renderWidget(&view, scale);
}

QImage ChartExport::renderWidget(QWidget *widget, qreal scale)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

QString ChartExport::numbersHtml(const ChartNumbers &numbers)
{
    if (numbers.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(tr("No figures for this period.").toHtmlEscaped());
    }
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                 "style=\"border-collapse:collapse; border-color:#999; font-size:8pt\"><tr "
                                 "style=\"background:#eee\">");
    for (int column = 0; column < numbers.headers.size(); ++column) {
        out += QStringLiteral("<th align=\"%1\">%2</th>")
                   .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                        numbers.headers.at(column).toHtmlEscaped());
    }
    out += QStringLiteral("</tr>");
    for (int r = 0; r < numbers.rows.size(); ++r) {
        const QStringList &row = numbers.rows.at(r);
        out += QStringLiteral("<tr>");
        for (int column = 0; column < numbers.headers.size(); ++column) {
            const double shade = numbers.shades.value(r).value(column, -1.0);
            const QString style = shade < 0 ? QString()
                                            : QStringLiteral(" style=\"background:%1; color:%2\"")
                                                  .arg(ChartStyle::sequential(shade).name(),
                                                       shade > 0.55 ? QStringLiteral("#fff") : QStringLiteral("#000"));
            out += QStringLiteral("<td align=\"%1\"%2>%3</td>")
                       .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"), style,
                            row.value(column).toHtmlEscaped());
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

core::Status ChartExport::writePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return saveError(path, file.errorString());
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return saveError(path, QStringLiteral("PNG encoding failed"));
    }
    if (!file.commit()) {
        return saveError(path, file.errorString());
    }
    return {};
}

core::Status ChartExport::writePdf(const QString &title, const QString &subtitle, const QImage &image,
                                   const ChartNumbers &numbers, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return saveError(path, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CareDesk"));
        QTextDocument document;
        const QUrl chartUrl(QStringLiteral("caredesk://chart.png"));
        document.addResource(QTextDocument::ImageResource, chartUrl, image);
        // 540 px keeps the image inside the text width of an A4 page with 15 mm margins.
        const int imageWidth = 540;
        const int imageHeight =
            image.isNull() ? 0 : static_cast<int>(imageWidth * static_cast<double>(image.height()) / image.width());
        QString html = QStringLiteral("<html><body style=\"font-size:10pt\"><h2>%1</h2><p>%2</p>")
                           .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                    .arg(chartUrl.toString())
                    .arg(imageWidth)
                    .arg(imageHeight);
        html += numbersHtml(numbers);
        html += QStringLiteral("</body></html>");
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        return saveError(path, file.errorString());
    }
    return {};
}

} // namespace caredesk::ui
