// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/loyalty/LoyaltyEntry.h"

#include <QCoreApplication>
#include <QString>

namespace caredesk::ui {

/**
 * A member's points statement as a printable A4 PDF: site, member, period, opening balance, every ledger entry with
 * the balance after it, closing balance, tier and the points that expire soon. Written only when a person asks for
 * it (it holds the member's name and number), atomically: a failed write leaves no file behind.
 */
class MemberStatementPdf final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::MemberStatementPdf)

public:
    /** The statement as HTML, in the running language (what the PDF shows). */
    [[nodiscard]] static QString html(const core::LoyaltyStatement &statement, const QString &siteName);
    /** Writes the PDF to @p path; Io error with a message that says what to do when it cannot. */
    [[nodiscard]] static core::Status write(const core::LoyaltyStatement &statement, const QString &siteName,
                                            const QString &path);
};

} // namespace caredesk::ui
