// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnDashboard.h"

#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace caredesk::core {

namespace {

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The churn figures could not be read."));
}

QDate day(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<ChurnDashboardData> ChurnDashboard::build(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    ChurnDashboardData data;
    if (!execPrepared(q, QStringLiteral("SELECT computed_at, computed_for, annual_churn_rate FROM churn_snapshot "
                                        "WHERE id = 1"))) {
        return readError(q);
    }
    if (!q.next()) {
        return data;
    }
    data.computedAt = fromIso(q.value(0).toString());
    data.computedFor = day(q.value(1));
    data.annualChurnRate = q.value(2).isNull() ? std::nullopt : std::optional<double>(q.value(2).toDouble());

    if (!execPrepared(q, QStringLiteral("SELECT month, active_at_start, lapsed, returned FROM churn_month "
                                        "ORDER BY month"))) {
        return readError(q);
    }
    while (q.next()) {
        data.trend << ChurnMonth{day(q.value(0)), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    }

    if (!execPrepared(q, QStringLiteral("SELECT cohort, month_offset, size, retained FROM cohort_cell "
                                        "ORDER BY cohort, month_offset"))) {
        return readError(q);
    }
    while (q.next()) {
        const QDate cohort = day(q.value(0));
        if (data.cohorts.isEmpty() || data.cohorts.constLast().month != cohort) {
            CohortRow row;
            row.month = cohort;
            row.size = q.value(2).toInt();
            data.cohorts << row;
        }
        CohortRow &row = data.cohorts.last();
        const int offset = q.value(1).toInt();
        if (offset >= row.retained.size()) {
            row.retained.resize(offset + 1);
        }
        row.retained[offset] = q.value(3).toInt();
    }

    if (!execPrepared(q, QStringLiteral("SELECT segment, customers, events, median_days FROM km_summary"))) {
        return readError(q);
    }
    QHash<QString, KaplanMeierCurve> curves;
    while (q.next()) {
        const auto segment = churnSegmentFromId(q.value(0).toString());
        if (!segment) {
            continue;
        }
        KaplanMeierCurve curve;
        curve.segment = *segment;
        curve.customers = q.value(1).toInt();
        curve.events = q.value(2).toInt();
        curve.medianDays = optionalInt(q.value(3));
        curves.insert(q.value(0).toString(), curve);
    }
    if (!execPrepared(q, QStringLiteral("SELECT segment, day, survival, at_risk, events, censored FROM km_point "
                                        "ORDER BY segment, day"))) {
        return readError(q);
    }
    while (q.next()) {
        auto it = curves.find(q.value(0).toString());
        if (it == curves.end()) {
            continue;
        }
        it->points << KaplanMeierPoint{q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toInt(),
                                       q.value(4).toInt(), q.value(5).toInt()};
    }
    for (ChurnSegment segment : allChurnSegments()) {
        const auto it = curves.constFind(churnSegmentId(segment));
        if (it != curves.cend() && it->customers > 0) {
            data.curves << *it;
        }
    }

    if (!execPrepared(q, QStringLiteral("SELECT band, customers FROM churn_band_count"))) {
        return readError(q);
    }
    while (q.next()) {
        if (const auto band = churnBandFromId(q.value(0).toString())) {
            data.bands.set(*band, q.value(1).toInt());
        }
    }
    return data;
}

Result<ChurnDashboardData> ChurnDashboard::build(Database &database)
{
    if (!ChurnRiskService::mayRead(database.session().role)) {
        return makeError(ErrorCode::PermissionDenied,
                         AnalyticsTr::tr("Churn figures are for service officers, managers and administrators. "
                                         "Ask one of them."));
    }
    return build(database.connectionName());
}

} // namespace caredesk::core
