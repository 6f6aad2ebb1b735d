// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/LoyaltyDashboard.h"

#include "core/common/Tr.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/storage/SqlErrors.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

namespace {

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The loyalty figures could not be read."));
}

} // namespace

Result<LoyaltyDashboard> LoyaltyDashboard::build(const QString &connectionName, const DashboardFilter &filter,
                                                 const Clock &clock)
{
    if (!filter.isValid()) {
        return makeError(ErrorCode::Validation,
                         AnalyticsTr::tr("Choose a period whose first day is not after its last day."));
    }
    auto program = LoyaltyProgram::load(connectionName);
    if (!program) {
        return program.error();
    }
    LoyaltyDashboard d;
    d.filter = filter;
    d.asOf = std::min(filter.to, clock.today());
    const QString asOf = d.asOf.toString(Qt::ISODate);
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Flows by month of the period.
    if (!execPrepared(q,
                      QStringLiteral("SELECT substr(on_date, 1, 7), flow, sum(points) FROM analytics_loyalty_day "
                                     "WHERE on_date >= ? AND on_date <= ? GROUP BY substr(on_date, 1, 7), flow"),
                      {filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)})) {
        return readError(q);
    }
    QMap<QDate, LoyaltyFlowMonth> months;
    DashboardFilter byMonth = filter;
    byMonth.bucket = DashboardFilter::Bucket::Month;
    for (const QDate &month : byMonth.bucketStarts()) {
        months.insert(month, LoyaltyFlowMonth{month, 0, 0, 0, 0});
    }
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const QString flow = q.value(1).toString();
        const qint64 points = q.value(2).toLongLong();
        LoyaltyFlowMonth &m = months[month];
        m.month = month;
        if (flow == QLatin1String("earned")) {
            m.earned += points;
        } else if (flow == QLatin1String("redeemed")) {
            m.redeemed -= points;
        } else if (flow == QLatin1String("expired")) {
            m.expired -= points;
        } else {
            m.adjusted += points;
        }
    }
    q.finish();
    d.months = months.values();
    for (const LoyaltyFlowMonth &m : std::as_const(d.months)) {
        d.earned += m.earned;
        d.redeemed += m.redeemed;
        d.expired += m.expired;
    }
    if (d.earned > 0) {
        d.redemptionRate = static_cast<double>(d.redeemed) / static_cast<double>(d.earned);
    }

    // Liability: the ledger's sum up to asOf less what lies in lots past expiry that were not expired yet.
    if (!execPrepared(q,
                      QStringLiteral("SELECT coalesce(sum(points), 0) FROM analytics_loyalty_day WHERE on_date <= ?"),
                      {asOf}) ||
        !q.next()) {
        return readError(q);
    }
    const qint64 ledgerSum = q.value(0).toLongLong();
    q.finish();
    if (!execPrepared(q,
                      QStringLiteral("SELECT coalesce(sum(remaining), 0) FROM analytics_loyalty_lot "
                                     "WHERE remaining > 0 AND expires_on <= ?"),
                      {asOf}) ||
        !q.next()) {
        return readError(q);
    }
    d.pendingExpiryPoints = q.value(0).toLongLong();
    q.finish();
    d.outstandingPoints = ledgerSum - d.pendingExpiryPoints;
    d.outstandingValueCents = program->valueCents(d.outstandingPoints);

    // Members by tier, now.
    if (!execPrepared(q, QStringLiteral("SELECT tier, members, with_points FROM analytics_loyalty_tier"))) {
        return readError(q);
    }
    QMap<QString, QPair<qint64, qint64>> byTier;
    while (q.next()) {
        const QString tier = q.value(0).toString();
        auto &counts = byTier[tier.isEmpty() ? program->baseTier() : tier];
        counts.first += q.value(1).toLongLong();
        counts.second += q.value(2).toLongLong();
    }
    q.finish();
    const auto share = [&d](const QString &id, qint64 members) {
        d.tiers.append({id, LoyaltyProgram::tierName(id), members, 0});
    };
    for (const LoyaltyTier &tier : program->tiers()) {
        const auto counts = byTier.take(tier.id);
        share(tier.id, counts.first);
        d.members += counts.first;
        d.membersWithPoints += counts.second;
    }
    for (auto it = byTier.constBegin(); it != byTier.constEnd(); ++it) {
        if (it.value().first != 0) {
            share(it.key(), it.value().first);
            d.members += it.value().first;
            d.membersWithPoints += it.value().second;
        }
    }
    for (LoyaltyTierShare &tier : d.tiers) {
        tier.percent =
            d.members == 0 ? 0.0 : 100.0 * static_cast<double>(tier.members) / static_cast<double>(d.members);
    }
    return d;
}

} // namespace caredesk::core
