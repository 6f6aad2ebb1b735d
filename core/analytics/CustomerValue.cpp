// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/CustomerValue.h"

#include "core/analytics/ChurnRiskService.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace caredesk::core {

namespace {

struct SegmentName {
    RfmSegment segment;
    const char *id;
};
constexpr SegmentName segmentNames[] = {
    {RfmSegment::LoyalRegulars, "loyal_regulars"},
    {RfmSegment::SteadyPatients, "steady"},
    {RfmSegment::NewPatients, "new"},
    {RfmSegment::NeedsAttention, "needs_attention"},
    {RfmSegment::AtRisk, "at_risk"},
    {RfmSegment::Lapsed, "lapsed"},
    {RfmSegment::HighValueLapsed, "high_value_lapsed"},
};

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The customer value figures could not be read."));
}

} // namespace

QString rfmSegmentId(RfmSegment segment)
{
    for (const SegmentName &name : segmentNames) {
        if (name.segment == segment) {
            return QString::fromLatin1(name.id);
        }
    }
    return {};
}

std::optional<RfmSegment> rfmSegmentFromId(const QString &id)
{
    for (const SegmentName &name : segmentNames) {
        if (id == QLatin1String(name.id)) {
            return name.segment;
        }
    }
    return std::nullopt;
}

QString rfmSegmentLabel(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::LoyalRegulars: return AnalyticsTr::tr("Loyal regulars");
    case RfmSegment::SteadyPatients: return AnalyticsTr::tr("Steady patients");
    case RfmSegment::NewPatients: return AnalyticsTr::tr("New patients");
    case RfmSegment::NeedsAttention: return AnalyticsTr::tr("Needs attention");
    case RfmSegment::AtRisk: return AnalyticsTr::tr("At risk");
    case RfmSegment::Lapsed: return AnalyticsTr::tr("Lapsed");
    case RfmSegment::HighValueLapsed: return AnalyticsTr::tr("High-value lapsed");
    }
    return {};
}

const QList<RfmSegment> &allRfmSegments()
{
    static const QList<RfmSegment> segments{
        RfmSegment::LoyalRegulars, RfmSegment::SteadyPatients, RfmSegment::NewPatients,    RfmSegment::NeedsAttention,
        RfmSegment::AtRisk,        RfmSegment::Lapsed,         RfmSegment::HighValueLapsed};
    return segments;
}

QList<int> CustomerValue::quintiles(const QList<qint64> &values, bool higherIsBetter)
{
    const qsizetype n = values.size();
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    // Worst first: ascending when higher is better, descending otherwise.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return higherIsBetter ? values.at(a) < values.at(b) : values.at(a) > values.at(b);
    });
    QList<int> scores(n, 1);
    qsizetype runStart = 0;
    for (qsizetype rank = 0; rank < n; ++rank) {
        if (rank > 0 && values.at(order[size_t(rank)]) != values.at(order[size_t(rank - 1)])) {
            runStart = rank;
        }
        scores[order[size_t(rank)]] = 1 + static_cast<int>((5 * runStart) / n);
    }
    return scores;
}

RfmSegment CustomerValue::segmentFor(int r, int f, int m, int daysSinceLastVisit, int daysSinceFirstVisit,
                                     const ChurnSettings &settings)
{
    const bool lapsed = daysSinceLastVisit >= settings.lapseDays;
    if (lapsed) {
        return m >= 4 ? RfmSegment::HighValueLapsed : RfmSegment::Lapsed;
    }
    if (daysSinceFirstVisit <= settings.newCustomerDays) {
        return RfmSegment::NewPatients;
    }
    if (r >= 4 && f >= 4) {
        return RfmSegment::LoyalRegulars;
    }
    if (r >= 3 && f >= 3) {
        return RfmSegment::SteadyPatients;
    }
    if (r <= 2 && f >= 3) {
        return RfmSegment::AtRisk;
    }
    return RfmSegment::NeedsAttention;
}

double CustomerValue::expectedYears(std::optional<double> annualChurnRate, double cap)
{
    if (!annualChurnRate || *annualChurnRate <= 0) {
        return cap;
    }
    return std::min(cap, 1.0 / *annualChurnRate);
}

Result<CustomerValueData> CustomerValue::build(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    CustomerValueData data;
    for (RfmSegment segment : allRfmSegments()) {
        data.segments << RfmSegmentFigures{segment, 0, 0, 0};
    }
    if (!execPrepared(q,
                      QStringLiteral("SELECT computed_at, annual_churn_rate, expected_years, clv_customers, "
                                     "clv_average_spend, clv_average, clv_total FROM churn_snapshot WHERE id = 1"))) {
        return readError(q);
    }
    if (!q.next()) {
        return data;
    }
    data.computedAt = fromIso(q.value(0).toString());
    data.lifetimeValue.annualChurnRate =
        q.value(1).isNull() ? std::nullopt : std::optional<double>(q.value(1).toDouble());
    data.lifetimeValue.expectedYears = q.value(2).toDouble();
    data.lifetimeValue.customers = q.value(3).toInt();
    data.lifetimeValue.averageYearlySpendCents = q.value(4).toLongLong();
    data.lifetimeValue.averageLifetimeValueCents = q.value(5).toLongLong();
    data.lifetimeValue.totalLifetimeValueCents = q.value(6).toLongLong();
    if (!execPrepared(q, QStringLiteral("SELECT segment, customers, average_yearly_spend_cents, "
                                        "average_lifetime_value_cents FROM rfm_segment"))) {
        return readError(q);
    }
    while (q.next()) {
        const auto segment = rfmSegmentFromId(q.value(0).toString());
        if (!segment) {
            continue;
        }
        RfmSegmentFigures &figures = data.segments[allRfmSegments().indexOf(*segment)];
        figures.customers = q.value(1).toInt();
        figures.averageYearlySpendCents = q.value(2).toLongLong();
        figures.averageLifetimeValueCents = q.value(3).toLongLong();
    }
    if (!execPrepared(q, QStringLiteral("SELECT recency, frequency, customers FROM rfm_grid"))) {
        return readError(q);
    }
    while (q.next()) {
        const int r = q.value(0).toInt();
        const int f = q.value(1).toInt();
        if (r >= 1 && r <= 5 && f >= 1 && f <= 5) {
            data.grid[size_t(r - 1)][size_t(f - 1)] = q.value(2).toInt();
        }
    }
    return data;
}

Result<CustomerValueData> CustomerValue::build(Database &database)
{
    if (!ChurnRiskService::mayRead(database.session().role)) {
        return makeError(ErrorCode::PermissionDenied,
                         AnalyticsTr::tr("Customer value figures are for service officers, managers and "
                                         "administrators. Ask one of them."));
    }
    return build(database.connectionName());
}

Result<std::optional<RfmCell>> CustomerValue::cellOf(const QString &connectionName, CustomerId customerId)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!execPrepared(q,
                      QStringLiteral("SELECT recency, frequency, monetary, segment, yearly_spend_cents, "
                                     "lifetime_value_cents FROM rfm_cell WHERE customer_id = ?"),
                      {customerId})) {
        return readError(q);
    }
    if (!q.next()) {
        return std::optional<RfmCell>();
    }
    RfmCell cell;
    cell.customerId = customerId;
    cell.recency = q.value(0).toInt();
    cell.frequency = q.value(1).toInt();
    cell.monetary = q.value(2).toInt();
    cell.segment = rfmSegmentFromId(q.value(3).toString()).value_or(RfmSegment::NeedsAttention);
    cell.yearlySpendCents = q.value(4).toLongLong();
    cell.lifetimeValueCents = q.value(5).toLongLong();
    return std::optional<RfmCell>(cell);
}

} // namespace caredesk::core
