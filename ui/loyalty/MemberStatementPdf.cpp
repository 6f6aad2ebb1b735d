// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loyalty/MemberStatementPdf.h"

#include "core/loyalty/LoyaltyProgram.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace caredesk::ui {

namespace {

QString cell(const QString &text, const char *align = "left")
{
    return QStringLiteral("<td align=\"%1\">%2</td>").arg(QLatin1String(align), text.toHtmlEscaped());
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString MemberStatementPdf::html(const core::LoyaltyStatement &s, const QString &siteName)
{
    QString out;
    out += QStringLiteral("<html><body style=\"font-size:10pt\">");
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Member points statement").toHtmlEscaped());
    out +=
        QStringLiteral("<p><b>%1</b><br>%2<br>%3<br>%4</p>")
            .arg(siteName.toHtmlEscaped(), tr("Member: %1 (member no. %2)").arg(s.name, s.memberNumber).toHtmlEscaped(),
                 tr("Period: %1 to %2").arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate)).toHtmlEscaped(),
                 tr("Tier: %1 (%2 qualifying points)")
                     .arg(core::LoyaltyProgram::tierName(s.tier), number(s.qualifyingPoints))
                     .toHtmlEscaped());
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-collapse:collapse; border-color:#999\">");
    out += QStringLiteral("<tr style=\"background:#eee\">") + cell(tr("Date")) + cell(tr("Entry")) +
           cell(tr("Reason")) + cell(tr("Points"), "right") + cell(tr("Balance"), "right") + QStringLiteral("</tr>");
    out += QStringLiteral("<tr>") + cell(s.from.toString(Qt::ISODate)) + cell(tr("Opening balance")) + cell({}) +
           cell({}) + cell(number(s.openingBalance), "right") + QStringLiteral("</tr>");
    for (const core::LoyaltyStatementLine &line : s.lines) {
        const core::LoyaltyEntry &e = line.entry;
        const QString points = e.points > 0 ? QStringLiteral("+") + number(e.points) : number(e.points);
        out += QStringLiteral("<tr>") + cell(e.onDate.toString(Qt::ISODate)) +
               cell(core::loyaltyEntryKindName(e.kind)) + cell(e.reason) + cell(points, "right") +
               cell(number(line.balanceAfter), "right") + QStringLiteral("</tr>");
    }
    out += QStringLiteral("<tr style=\"font-weight:bold\">") + cell(s.to.toString(Qt::ISODate)) +
           cell(tr("Closing balance")) + cell({}) + cell({}) + cell(number(s.closingBalance), "right") +
           QStringLiteral("</tr></table>");
    if (s.lines.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("No points were earned or used in this period.").toHtmlEscaped());
    }
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Points expiring within 30 days: %1 · within 60 days: %2 · within 90 days: %3")
                        .arg(number(s.expiring30), number(s.expiring60), number(s.expiring90))
                        .toHtmlEscaped());
    out += QStringLiteral("</body></html>");
    return out;
}

core::Status MemberStatementPdf::write(const core::LoyaltyStatement &statement, const QString &siteName,
                                       const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::makeError(
            core::ErrorCode::Io,
            tr("The statement could not be saved to %1. Choose a folder you can write to.").arg(path),
            file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("Member points statement"));
        writer.setCreator(QStringLiteral("CareDesk"));
        QTextDocument document;
        document.setHtml(html(statement, siteName));
        document.print(&writer); // pages as long statements need
    }
    if (!file.commit()) {
        return core::makeError(core::ErrorCode::Io,
                               tr("The statement could not be saved to %1. Check that the disk has space.").arg(path),
                               file.errorString());
    }
    return {};
}

} // namespace caredesk::ui
