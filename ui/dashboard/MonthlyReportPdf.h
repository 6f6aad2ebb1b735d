// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnDashboard.h"
#include "core/analytics/ChurnRiskService.h"
#include "core/analytics/ComplaintDashboard.h"
#include "core/analytics/CustomerValue.h"
#include "core/analytics/LoyaltyDashboard.h"
#include "core/analytics/SatisfactionDashboard.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace caredesk::ui {

/** Everything the monthly management report shows: the month, the month before, and 12-month trends. */
struct MonthlyReportData {
    QString siteName;
    QDate month;                                      ///< first day of the report's month
    QDateTime generatedAt;                            ///< UTC
    core::SatisfactionDashboard satisfaction;         ///< the month
    core::SatisfactionDashboard previousSatisfaction; ///< the month before
    core::SatisfactionDashboard satisfactionYear;     ///< the 12 months ending with the month (trend)
    core::ComplaintDashboard complaints;
    core::ComplaintDashboard previousComplaints;
    core::ComplaintDashboard complaintsYear;
    core::LoyaltyDashboard loyalty;
    core::LoyaltyDashboard previousLoyalty;
    core::LoyaltyDashboard loyaltyYear;
    std::optional<core::ChurnDashboardData> churn;  ///< nullopt when the role may not read churn risk
    std::optional<core::CustomerValueData> value;   ///< idem
    std::optional<core::ChurnBandMoves> churnMoves; ///< moves between bands during the month; idem
};

/**
 * The monthly management report (月度管理报告) as a paginated A4 PDF through QPrinter: title with site and month, a
 * short written summary of what changed since the month before, then every dashboard's charts with their numbers.
 * Counts only: no customer is named (repeat complainants and the at-risk list appear as numbers).
 */
class MonthlyReportPdf final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::MonthlyReportPdf)

public:
    MonthlyReportPdf() = delete;

    /**
     * Builds every dashboard for @p month (any day of it) and the month before on @p connectionName, refreshing the
     * churn snapshot when stale (skipped, with churn left out, for roles that may not read it). Read only apart
     * from that snapshot (and the complaint SLA outcomes it settles). Errors of the dashboards pass through.
     * @p progress (optional; any thread) is told (done, gatherSteps) after each step and may return false to stop:
     * gather then returns an Internal error whose detail is "cancelled".
     */
    [[nodiscard]] static core::Result<MonthlyReportData>
    gather(const QString &connectionName, const QString &userName, const QString &siteName, const QDate &month,
           const core::Clock &clock, const std::function<bool(int done, int total)> &progress = {});
    /** How many steps gather() reports. */
    static constexpr int gatherSteps = 12;
    /** The written summary: one sentence per figure that matters, comparing with the month before. */
    [[nodiscard]] static QStringList summary(const MonthlyReportData &data);
    /** Writes the PDF to @p path atomically (a temporary file beside it, renamed at the end). */
    [[nodiscard]] static core::Status write(const MonthlyReportData &data, const QString &path);
};

} // namespace caredesk::ui
