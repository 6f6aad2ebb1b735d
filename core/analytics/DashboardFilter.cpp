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

QList<DashboardFilter::KeyRange> DashboardFilter::rollupRanges() const
{
    QList<KeyRange> ranges;
    if (!isValid()) {
        return ranges;
    }
    const auto days = [&ranges](const QDate &first, const QDate &last) {
        // Split at month ends so that no day range spans a month key ('yyyy-MM' sorts before its own days).
        for (QDate start = first; start <= last; start = QDate(start.year(), start.month(), 1).addMonths(1)) {
            const QDate end = std::min(last, QDate(start.year(), start.month(), start.daysInMonth()));
            ranges.append({false, start.toString(Qt::ISODate), end.toString(Qt::ISODate)});
        }
    };
    const QDate firstWhole = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate afterLastWhole = to.day() == to.daysInMonth() ? to.addDays(1) : QDate(to.year(), to.month(), 1);
    if (firstWhole >= afterLastWhole) {
        days(from, to);
        return ranges;
    }
    if (from < firstWhole) {
        days(from, firstWhole.addDays(-1));
    }
    ranges.append({true, firstWhole.toString(QStringLiteral("yyyy-MM")),
                   afterLastWhole.addMonths(-1).toString(QStringLiteral("yyyy-MM"))});
    if (afterLastWhole <= to) {
        days(afterLastWhole, to);
    }
    return ranges;
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
