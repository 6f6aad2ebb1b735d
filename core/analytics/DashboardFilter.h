// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace caredesk::core {

/**
 * What a manager dashboard covers: a period of whole days and, for satisfaction, a department, a staff member and a
 * visit kind. Empty strings do not filter. Days are UTC calendar days (the day part of the stored ISO UTC time), so
 * a response given shortly after local midnight east of UTC counts on the previous day; accepted for dashboards.
 */
struct DashboardFilter {
    /** How trends are cut: ISO weeks starting on Monday, or calendar months. */
    enum class Bucket { Week, Month };

    QDate from;         ///< first day, inclusive
    QDate to;           ///< last day, inclusive
    QString department; ///< '' = all departments
    QString staff;      ///< '' = all staff
    QString visitKind;  ///< a visitKindId() such as "consultation"; '' = all (responses without a visit included)
    Bucket bucket = Bucket::Month;

    /** Both days valid and from ≤ to. */
    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /** from at 00:00 UTC. */
    [[nodiscard]] QDateTime fromUtc() const;
    /** The day after to at 00:00 UTC: the exclusive end, as SurveyFilter and ComplaintReport take it. */
    [[nodiscard]] QDateTime toUtcExclusive() const;
    /** The start of every bucket that overlaps [from, to], oldest first (the first may start before from). */
    [[nodiscard]] QList<QDate> bucketStarts() const;
    /** The start of the bucket that holds @p day: its Monday or the first of its month. */
    [[nodiscard]] static QDate bucketStart(const QDate &day, Bucket bucket);
    /** One range of rollup keys: whole months ('yyyy-MM', inclusive) or days of one month ('yyyy-MM-dd'). */
    struct KeyRange {
        bool months = false;
        QString first; ///< inclusive
        QString last;  ///< inclusive
    };
    /**
     * How rollups with day and month rows (migration 12) cover [from, to]: one range of the whole calendar months
     * inside it, and the days of the partial months at either end, each range within one month. Empty when the
     * filter is invalid.
     */
    [[nodiscard]] QList<KeyRange> rollupRanges() const;

    /** The @p months calendar months ending with the month of @p today (today included), by month. */
    [[nodiscard]] static DashboardFilter lastMonths(const QDate &today, int months);
};

} // namespace caredesk::core
