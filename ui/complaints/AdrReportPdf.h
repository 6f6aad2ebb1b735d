// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/complaints/AdrReport.h"

#include <QCoreApplication>
#include <QString>

namespace caredesk::ui {

/**
 * The adverse-drug-reaction report as a printable A4 PDF (药品不良反应报告): site, patient initials, sex and age band
 * only (minimum necessary), suspected drug, reaction, dates, actions taken, reporting status and reporter. Written
 * only when a person asks for it, atomically: a failed write leaves no file behind.
 */
class AdrReportPdf final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::AdrReportPdf)

public:
    /** The report as HTML, in the running language (what the PDF shows). */
    [[nodiscard]] static QString html(const core::AdrReport &report);
    /** Writes the PDF to @p path; Io error with a message that says what to do when it cannot. */
    [[nodiscard]] static core::Status write(const core::AdrReport &report, const QString &path);
};

} // namespace caredesk::ui
