// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/AdrReportPdf.h"

#include "ui/customers/CustomerText.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace caredesk::ui {

namespace {

QString row(const QString &label, const QString &value)
{
    QString escaped = value.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<tr><td width=\"32%\" style=\"background:#eee\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), escaped);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString reported(const QDateTime &at)
{
    return at.isValid() ? AdrReportPdf::tr("Yes, on %1").arg(CustomerText::dateTime(at)) : AdrReportPdf::tr("Not yet");
}

} // namespace

QString AdrReportPdf::html(const core::AdrReport &r)
{
    QString out;
    out += QStringLiteral("<html><body style=\"font-size:10pt\">");
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Adverse drug reaction report").toHtmlEscaped());
    out += QStringLiteral("<p>%1<br>%2</p>")
               .arg(r.siteName.toHtmlEscaped(), tr("Complaint no. %1 · report date %2")
                                                    .arg(r.complaintId)
                                                    .arg(CustomerText::date(r.reportDate))
                                                    .toHtmlEscaped());
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                          "style=\"border-collapse:collapse; border-color:#999\">");
    out += row(tr("Patient (initials)"), orDash(r.patientInitials));
    out += row(tr("Sex"), core::sexName(r.sex));
    out += row(tr("Age band"), r.ageBand.isEmpty() ? tr("unknown") : tr("%1 years").arg(r.ageBand));
    out += row(tr("Suspected drug"), orDash(r.drug));
    out += row(tr("Reaction"), orDash(r.reaction));
    out += row(tr("Reaction began"), r.onsetDate.isValid() ? CustomerText::date(r.onsetDate) : tr("unknown"));
    out += row(tr("Reported to the site"), CustomerText::dateTime(r.receivedAt));
    out += row(tr("Actions taken"), orDash(r.actionsTaken));
    out += row(tr("Reported to the manufacturer"), reported(r.reportedManufacturerAt));
    out += row(tr("Reported to the regulator"), reported(r.reportedRegulatorAt));
    out += row(tr("Reporter"), orDash(r.reporter));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p style=\"font-size:8pt; color:#555\">%1</p>")
               .arg(tr("Only the minimum necessary about the patient is shown. The full record stays in CareDesk.")
                        .toHtmlEscaped());
    out += QStringLiteral("</body></html>");
    return out;
}

core::Status AdrReportPdf::write(const core::AdrReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::makeError(core::ErrorCode::Io,
                               tr("The report could not be saved to %1. Choose a folder you can write to.").arg(path),
                               file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("Adverse drug reaction report"));
        writer.setCreator(QStringLiteral("CareDesk"));
        QTextDocument document;
        document.setHtml(html(report));
        document.print(&writer);
    }
    if (!file.commit()) {
        return core::makeError(core::ErrorCode::Io,
                               tr("The report could not be saved to %1. Check that the disk has space.").arg(path),
                               file.errorString());
    }
    return {};
}

} // namespace caredesk::ui
