// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/privacy/PrivacyExport.h"

#include <QCoreApplication>
#include <QString>

namespace caredesk::ui {

/**
 * A customer's data export as a readable A4 PDF: one section per kind of record with a table of its rows (the JSON
 * holds the same rows for machines). Written only when a person asks for it, atomically: a failed write leaves no
 * file. Qt's text engine falls back to a CJK font for Chinese text.
 */
class PrivacyExportPdf final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::PrivacyExportPdf)

public:
    /** The document as HTML in the running language (what the PDF shows). */
    [[nodiscard]] static QString html(const core::PrivacyExport &data);
    /** Writes the PDF to @p path; Io error that says what to do when it cannot. */
    [[nodiscard]] static core::Status write(const core::PrivacyExport &data, const QString &path);
};

} // namespace caredesk::ui
