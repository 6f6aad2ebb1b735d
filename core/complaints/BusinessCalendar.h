// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace caredesk::core {

class Database;

/** Working hours of one day, in minutes after local midnight. An empty lunch (start == end) means no break. */
struct BusinessHours {
    bool working = true;
    int openMinute = 8 * 60 + 30;
    int closeMinute = 17 * 60 + 30;
    int lunchStart = 12 * 60;
    int lunchEnd = 13 * 60 + 30;

    friend bool operator==(const BusinessHours &, const BusinessHours &) = default;
};

/** A public holiday (working = false) or a make-up working day (调休, working = true). */
struct CalendarException {
    QDate date;
    bool working = false;
    QString name; ///< "国庆节", "调休上班"

    friend bool operator==(const CalendarException &, const CalendarException &) = default;
};

/** A span of time, UTC, during which an SLA clock stands still; an invalid @c to means "still paused". */
struct TimeInterval {
    QDateTime from;
    QDateTime to;
};

/**
 * The site's business calendar: working hours per weekday with a lunch break, public holidays and make-up working
 * days, all in the site's local time (the local time zone of QDateTime). A make-up day uses the hours stored for
 * its weekday (the weekend rows keep hours for this). The arithmetic is pure: deadlines are always worked out from
 * stored timestamps, never from a running timer, so they are right however long the computer was off.
 */
class BusinessCalendar final {
public:
    /** Monday to Friday 08:30–17:30 with lunch 12:00–13:30, no exceptions (the schema's defaults). */
    BusinessCalendar();

    /** Hours of @p weekday, 1 = Monday … 7 = Sunday. */
    [[nodiscard]] const BusinessHours &hours(int weekday) const;
    void setHours(int weekday, const BusinessHours &hours);
    /** Holidays and make-up days by date. */
    [[nodiscard]] const QMap<QDate, CalendarException> &exceptions() const { return m_exceptions; }
    /** Adds or replaces the exception on its date. */
    void setException(const CalendarException &exception);
    void removeException(const QDate &date);
    void clearExceptions() { m_exceptions.clear(); }

    /** Whether business time runs on local @p date (exceptions first, then the weekday). */
    [[nodiscard]] bool isWorkingDay(const QDate &date) const;

    /**
     * Business minutes (whole minutes, rounded down) from @p a to @p b: the working time between them that no
     * interval of @p pauses covers. 0 when @p b is not after @p a.
     */
    [[nodiscard]] qint64 businessMinutesBetween(const QDateTime &a, const QDateTime &b,
                                                const QList<TimeInterval> &pauses = {}) const;
    /**
     * The moment @p minutes of business time after @p start, skipping non-working time and @p pauses (an open
     * pause stops the clock for good). A start outside the hours counts from the next opening. Invalid when the
     * calendar has no working time within maxSearchDays.
     */
    [[nodiscard]] QDateTime addBusinessMinutes(const QDateTime &start, qint64 minutes,
                                               const QList<TimeInterval> &pauses = {}) const;

    /** Problems for people (open before close, lunch inside the hours, some working day); empty when valid. */
    [[nodiscard]] QStringList validate() const;

    /** The calendar stored in business_day and business_exception. */
    [[nodiscard]] static Result<BusinessCalendar> load(const QString &connectionName);
    [[nodiscard]] static Result<BusinessCalendar> load(Database &database);
    /**
     * Stores @p calendar (and an audit entry) in one transaction. PermissionDenied unless the session is an
     * administrator; Validation with the problems validate() finds.
     */
    [[nodiscard]] static Status save(Database &database, const BusinessCalendar &calendar);

    /** How far addBusinessMinutes() looks ahead before giving up. */
    static constexpr int maxSearchDays = 800;

    friend bool operator==(const BusinessCalendar &, const BusinessCalendar &) = default;

private:
    BusinessHours m_week[7];
    QMap<QDate, CalendarException> m_exceptions;
};

} // namespace caredesk::core
