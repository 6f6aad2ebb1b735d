// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/CustomerActivityRepository.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QSqlQuery>

namespace caredesk::core {

namespace {
const QString activityColumns = QStringLiteral(
    "customer_id, first_visit_at, last_visit_at, visit_count, amount_cents, last_supply_at, last_supply_days");
} // namespace

CustomerActivityRepository::CustomerActivityRepository(const QString &connectionName) : m_connectionName(connectionName)
{
}

QSqlDatabase CustomerActivityRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QList<CustomerActivity>> CustomerActivityRepository::read(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q, sql, values)) {
        return databaseError(q.lastError(), AnalyticsTr::tr("The customers' visit figures could not be read."));
    }
    QList<CustomerActivity> list;
    while (q.next()) {
        CustomerActivity a;
        a.customerId = q.value(0).toLongLong();
        a.firstVisitAt = fromIso(q.value(1).toString());
        a.lastVisitAt = fromIso(q.value(2).toString());
        a.visitCount = q.value(3).toLongLong();
        a.amountCents = q.value(4).toLongLong();
        a.lastSupplyAt = fromIso(q.value(5).toString());
        a.lastSupplyDays = optionalInt(q.value(6));
        list << a;
    }
    return list;
}

Result<std::optional<CustomerActivity>> CustomerActivityRepository::find(CustomerId customerId) const
{
    auto rows = read(QStringLiteral("SELECT ") + activityColumns +
                         QStringLiteral(" FROM customer_activity WHERE customer_id = ?"),
                     {customerId});
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<CustomerActivity>() : std::optional<CustomerActivity>(rows->constFirst());
}

Result<QList<CustomerActivity>> CustomerActivityRepository::all() const
{
    return read(QStringLiteral("SELECT ") + activityColumns +
                    QStringLiteral(" FROM customer_activity ORDER BY customer_id"),
                {});
}

Result<QList<CustomerActivity>> CustomerActivityRepository::recomputed() const
{
    return read(QStringLiteral(
                    "SELECT v.customer_id, min(v.at), max(v.at), count(*), coalesce(sum(v.amount), 0), "
                    "(SELECT s.at FROM visit s WHERE s.customer_id = v.customer_id AND s.days_supply IS NOT NULL "
                    " ORDER BY s.at DESC, s.id DESC LIMIT 1), "
                    "(SELECT s.days_supply FROM visit s WHERE s.customer_id = v.customer_id AND s.days_supply IS NOT "
                    " NULL ORDER BY s.at DESC, s.id DESC LIMIT 1) "
                    "FROM visit v GROUP BY v.customer_id ORDER BY v.customer_id"),
                {});
}

} // namespace caredesk::core
