// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnRisk.h"
#include "core/analytics/ChurnRiskService.h"
#include "core/analytics/ChurnTrend.h"
#include "core/analytics/CohortRetention.h"
#include "core/analytics/KaplanMeier.h"
#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

class Database;

/** The Kaplan–Meier retention curve of one segment: time from first visit to lapse. */
struct KaplanMeierCurve {
    ChurnSegment segment = ChurnSegment::Clinic;
    int customers = 0;              ///< observations
    int events = 0;                 ///< of them, lapsed
    QList<KaplanMeierPoint> points; ///< ascending days; S is a step function between them
    std::optional<int> medianDays;  ///< median time to lapse; nullopt when S never reaches 0.5
};

/** Everything the churn part of the dashboards shows, read from the snapshot tables (no scan of visits). */
struct ChurnDashboardData {
    QDateTime computedAt;    ///< UTC; invalid when the snapshot was never built (everything else empty)
    QDate computedFor;       ///< the local day the figures are as of
    QList<ChurnMonth> trend; ///< last 12 months, oldest first
    std::optional<double> annualChurnRate;
    QList<CohortRow> cohorts;       ///< last 12 cohorts, oldest first, 12 months each at most
    QList<KaplanMeierCurve> curves; ///< one per segment that has customers, in allChurnSegments() order
    ChurnBandCounts bands;
};

/** Reads the churn dashboard's figures from the snapshot ChurnRiskService::rebuild() wrote. */
class ChurnDashboard final {
public:
    ChurnDashboard() = delete;

    /** Over any open connection; no permission check (the caller did it). */
    [[nodiscard]] static Result<ChurnDashboardData> build(const QString &connectionName);
    /** As build(connectionName), PermissionDenied unless ChurnRiskService::mayRead(the session's role). */
    [[nodiscard]] static Result<ChurnDashboardData> build(Database &database);
};

} // namespace caredesk::core
