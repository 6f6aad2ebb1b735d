// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/privacy/PrivacyExportPdf.h"

#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace caredesk::ui {

namespace {

QString cellText(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return PrivacyExportPdf::tr("(%n byte(s) of data)", nullptr, int(value.toByteArray().size()));
    }
    return value.toString();
}

} // namespace

QString PrivacyExportPdf::html(const core::PrivacyExport &data)
{
    QString out;
    out += QStringLiteral("<html><body style=\"font-size:9pt\">");
    out += QStringLiteral("<h2>%1</h2>")
               .arg(tr("Personal data held about customer %1").arg(data.customerId).toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(data.siteName.toHtmlEscaped(),
                    tr("Exported on %1 by %2")
                        .arg(QLocale().toString(data.exportedAt.toLocalTime(), QLocale::LongFormat), data.exportedBy)
                        .toHtmlEscaped());
    for (const core::PrivacyExportSection &section : data.sections) {
        out += QStringLiteral("<h3>%1</h3>").arg(core::PrivacyExport::sectionTitle(section.table).toHtmlEscaped());
        if (section.rows.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(tr("No records.").toHtmlEscaped());
            continue;
        }
        if (section.table == QLatin1String("customer")) {
            // The profile reads better as field: value pairs than as one very wide row.
            for (const QVariantList &row : section.rows) {
                out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                      "style=\"border-collapse:collapse; border-color:#999\">");
                for (int i = 0; i < section.columns.size() && i < row.size(); ++i) {
                    out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                               .arg(section.columns.at(i).toHtmlEscaped(), cellText(row.at(i)).toHtmlEscaped());
                }
                out += QStringLiteral("</table><br>");
            }
            continue;
        }
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
                              "style=\"border-collapse:collapse; border-color:#999; font-size:7pt\"><tr "
                              "style=\"background:#eee\">");
        for (const QString &column : section.columns) {
            out += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
        }
        out += QStringLiteral("</tr>");
        for (const QVariantList &row : section.rows) {
            out += QStringLiteral("<tr>");
            for (const QVariant &value : row) {
                out += QStringLiteral("<td>%1</td>").arg(cellText(value).toHtmlEscaped());
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

core::Status PrivacyExportPdf::write(const core::PrivacyExport &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::makeError(core::ErrorCode::Io,
                               tr("The PDF could not be saved to %1. Choose a folder you can write to.")
                                   .arg(QDir::toNativeSeparators(path)),
                               file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(tr("Personal data export"));
        writer.setCreator(QStringLiteral("CareDesk"));
        QTextDocument document;
        document.setHtml(html(data));
        document.print(&writer);
    }
    if (!file.commit()) {
        return core::makeError(
            core::ErrorCode::Io,
            tr("The PDF could not be saved to %1. Check that the disk has space.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    return {};
}

} // namespace caredesk::ui
