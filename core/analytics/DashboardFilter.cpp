// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/DashboardFilter.h"

#include <algorithm>

namespace caredesk::core {

QDateTime DashboardFilter::fromUtc() const
{
    return QDateTime(from, QTime(0, 0), Qt::UTC);
}

QDateTime DashboardFilter::toUtcExclusive() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
}

QDate DashboardFilter::bucketStart(const QDate &day, Bucket bucket)
{
    if (!day.isValid()) {
        return {};
    }
    return bucket == Bucket::Week ? day.addDays(1 - day.dayOfWeek()) : QDate(day.year(), day.month(), 1);
}

QList<QDate> DashboardFilter::bucketStarts() const
{
    QList<QDate> starts;
    if (!isValid()) {
        return starts;
    }
    for (QDate start = bucketStart(from, bucket); start <= to;
         start = bucket == Bucket::Week ? start.addDays(7) : start.addMonths(1)) {
        starts << start;
    }
    return starts;
}

DashboardFilter DashboardFilter::lastMonths(const QDate &today, int months)
{
    DashboardFilter filter;
    filter.to = today;
    filter.from = QDate(today.year(), today.month(), 1).addMonths(1 - std::max(1, months));
    filter.bucket = Bucket::Month;
    return filter;
}

} // namespace caredesk::core
