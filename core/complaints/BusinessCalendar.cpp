// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/BusinessCalendar.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace caredesk::core {

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 endOfTime = std::numeric_limits<qint64>::max();

struct Span {
    qint64 from = 0;
    qint64 to = 0;
};

/** Local @p minute after midnight of @p date, as ms since the epoch (minute 1440 is the next midnight). */
qint64 localMs(const QDate &date, int minute)
{
    const QDate day = minute >= 24 * 60 ? date.addDays(1) : date;
    const int m = minute >= 24 * 60 ? minute - 24 * 60 : minute;
    return QDateTime(day, QTime(m / 60, m % 60)).toMSecsSinceEpoch();
}

/** Pauses as sorted, merged spans; an open pause lasts for ever. */
QList<Span> normalise(const QList<TimeInterval> &pauses)
{
    QList<Span> spans;
    for (const TimeInterval &p : pauses) {
        if (!p.from.isValid()) {
            continue;
        }
        const qint64 from = p.from.toMSecsSinceEpoch();
        const qint64 to = p.to.isValid() ? p.to.toMSecsSinceEpoch() : endOfTime;
        if (to > from) {
            spans.append({from, to});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) { return x.from < y.from; });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.from <= merged.last().to) {
            merged.last().to = std::max(merged.last().to, s.to);
        } else {
            merged.append(s);
        }
    }
    return merged;
}

/** The parts of [from, to) that no pause covers, in order. */
QList<Span> freeParts(qint64 from, qint64 to, const QList<Span> &pauses)
{
    QList<Span> parts;
    qint64 cursor = from;
    for (const Span &p : pauses) {
        if (p.to <= cursor) {
            continue;
        }
        if (p.from >= to) {
            break;
        }
        if (p.from > cursor) {
            parts.append({cursor, p.from});
        }
        cursor = std::max(cursor, p.to);
        if (cursor >= to) {
            break;
        }
    }
    if (cursor < to) {
        parts.append({cursor, to});
    }
    return parts;
}

} // namespace

BusinessCalendar::BusinessCalendar()
{
    m_week[5].working = false;
    m_week[6].working = false;
}

const BusinessHours &BusinessCalendar::hours(int weekday) const
{
    return m_week[std::clamp(weekday, 1, 7) - 1];
}

void BusinessCalendar::setHours(int weekday, const BusinessHours &hours)
{
    if (weekday >= 1 && weekday <= 7) {
        m_week[weekday - 1] = hours;
    }
}

void BusinessCalendar::setException(const CalendarException &exception)
{
    if (exception.date.isValid()) {
        m_exceptions.insert(exception.date, exception);
    }
}

void BusinessCalendar::removeException(const QDate &date)
{
    m_exceptions.remove(date);
}

bool BusinessCalendar::isWorkingDay(const QDate &date) const
{
    const auto it = m_exceptions.constFind(date);
    if (it != m_exceptions.constEnd()) {
        return it->working;
    }
    return hours(date.dayOfWeek()).working;
}

namespace {

/** The working spans of local @p date (none on a day off), in order. */
QList<Span> workingSpans(const BusinessCalendar &calendar, const QDate &date)
{
    if (!calendar.isWorkingDay(date)) {
        return {};
    }
    const BusinessHours &h = calendar.hours(date.dayOfWeek());
    if (h.openMinute >= h.closeMinute) {
        return {};
    }
    if (h.lunchStart < h.lunchEnd && h.lunchStart >= h.openMinute && h.lunchEnd <= h.closeMinute) {
        QList<Span> spans;
        if (h.lunchStart > h.openMinute) {
            spans.append({localMs(date, h.openMinute), localMs(date, h.lunchStart)});
        }
        if (h.closeMinute > h.lunchEnd) {
            spans.append({localMs(date, h.lunchEnd), localMs(date, h.closeMinute)});
        }
        return spans;
    }
    return {{localMs(date, h.openMinute), localMs(date, h.closeMinute)}};
}

} // namespace

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime &a, const QDateTime &b,
                                                const QList<TimeInterval> &pauses) const
{
    if (!a.isValid() || !b.isValid() || b <= a) {
        return 0;
    }
    const qint64 from = a.toMSecsSinceEpoch();
    const qint64 to = b.toMSecsSinceEpoch();
    const QList<Span> paused = normalise(pauses);
    qint64 total = 0;
    const QDate last = b.toLocalTime().date();
    for (QDate day = a.toLocalTime().date(); day <= last; day = day.addDays(1)) {
        for (const Span &work : workingSpans(*this, day)) {
            const qint64 s = std::max(work.from, from);
            const qint64 e = std::min(work.to, to);
            if (s >= e) {
                continue;
            }
            for (const Span &part : freeParts(s, e, paused)) {
                total += part.to - part.from;
            }
        }
    }
    return total / msPerMinute;
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &start, qint64 minutes,
                                               const QList<TimeInterval> &pauses) const
{
    if (!start.isValid()) {
        return {};
    }
    if (minutes <= 0) {
        return start;
    }
    const qint64 from = start.toMSecsSinceEpoch();
    qint64 remaining = minutes * msPerMinute;
    const QList<Span> paused = normalise(pauses);
    const QDate first = start.toLocalTime().date();
    for (int i = 0; i <= maxSearchDays; ++i) {
        const QDate day = first.addDays(i);
        for (const Span &work : workingSpans(*this, day)) {
            const qint64 s = std::max(work.from, from);
            if (s >= work.to) {
                continue;
            }
            for (const Span &part : freeParts(s, work.to, paused)) {
                const qint64 length = part.to - part.from;
                if (remaining <= length) {
                    return QDateTime::fromMSecsSinceEpoch(part.from + remaining, Qt::UTC);
                }
                remaining -= length;
            }
        }
    }
    return {};
}

QStringList BusinessCalendar::validate() const
{
    QStringList problems;
    bool anyWorking = false;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const BusinessHours &h = hours(weekday);
        bool usedByMakeUpDay = false;
        for (const CalendarException &e : m_exceptions) {
            usedByMakeUpDay = usedByMakeUpDay || (e.working && e.date.dayOfWeek() == weekday);
        }
        anyWorking = anyWorking || h.working;
        if (!h.working && !usedByMakeUpDay) {
            continue;
        }
        const QString day = QLocale().dayName(weekday);
        if (h.openMinute < 0 || h.closeMinute > 24 * 60 || h.openMinute >= h.closeMinute) {
            problems << ComplaintsTr::tr("%1: the opening time must be before the closing time.").arg(day);
            continue;
        }
        const bool hasLunch = h.lunchStart != h.lunchEnd;
        if (hasLunch && (h.lunchStart > h.lunchEnd || h.lunchStart < h.openMinute || h.lunchEnd > h.closeMinute)) {
            problems << ComplaintsTr::tr("%1: the lunch break must lie within the working hours, start before it "
                                         "ends, or be left empty.")
                            .arg(day);
        }
    }
    if (!anyWorking) {
        problems << ComplaintsTr::tr("At least one day of the week must be a working day.");
    }
    for (const CalendarException &e : m_exceptions) {
        if (e.name.size() > 80) {
            problems << ComplaintsTr::tr("The name of %1 is too long; keep it under 80 characters.")
                            .arg(e.date.toString(Qt::ISODate));
        }
    }
    return problems;
}

Result<BusinessCalendar> BusinessCalendar::load(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    const QString failed = ComplaintsTr::tr("The business calendar could not be read.");
    if (!execPrepared(q, QStringLiteral("SELECT weekday, working, open_minute, close_minute, lunch_start, lunch_end "
                                        "FROM business_day"))) {
        return databaseError(q.lastError(), failed);
    }
    BusinessCalendar calendar;
    while (q.next()) {
        calendar.setHours(q.value(0).toInt(),
                          BusinessHours{q.value(1).toInt() != 0, q.value(2).toInt(), q.value(3).toInt(),
                                        q.value(4).toInt(), q.value(5).toInt()});
    }
    q.finish();
    if (!execPrepared(q, QStringLiteral("SELECT on_date, working, name FROM business_exception ORDER BY on_date"))) {
        return databaseError(q.lastError(), failed);
    }
    while (q.next()) {
        calendar.setException(CalendarException{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                                q.value(1).toInt() != 0, q.value(2).toString()});
    }
    return calendar;
}

Result<BusinessCalendar> BusinessCalendar::load(Database &database)
{
    return load(database.connectionName());
}

Status BusinessCalendar::save(Database &database, const BusinessCalendar &calendar)
{
    if (!roleAllows(database.session().role, Permission::ManageSettings)) {
        return makeError(ErrorCode::PermissionDenied,
                         ComplaintsTr::tr("Only an administrator can change the business calendar."));
    }
    const QStringList problems = calendar.validate();
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    const QString failed = ComplaintsTr::tr("The business calendar could not be saved; nothing was changed.");
    QSqlDatabase db = database.connection();
    return transact<void>(db, failed, [&]() -> Status {
        auto before = load(database);
        if (!before) {
            return before.error();
        }
        AuditEntry entry{QStringLiteral("complaints.calendar"), QStringLiteral("business_calendar"), {},
                         QStringLiteral("exceptions=%1").arg(calendar.exceptions().size()), {}};
        entry.changes.value(QStringLiteral("exceptions"), int(before->exceptions().size()),
                            int(calendar.exceptions().size()));
        QSqlQuery q(db);
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const BusinessHours &h = calendar.hours(weekday);
            const BusinessHours &was = before->hours(weekday);
            const QString day = QString::number(weekday) + QLatin1Char('.');
            entry.changes.value(day + QStringLiteral("working"), was.working, h.working)
                .value(day + QStringLiteral("open_minute"), was.openMinute, h.openMinute)
                .value(day + QStringLiteral("close_minute"), was.closeMinute, h.closeMinute)
                .value(day + QStringLiteral("lunch_start"), was.lunchStart, h.lunchStart)
                .value(day + QStringLiteral("lunch_end"), was.lunchEnd, h.lunchEnd);
            // Update-or-insert: the rows exist from the migration, but a damaged table should not stay short.
            if (!execPrepared(q,
                              QStringLiteral("UPDATE business_day SET working = ?, open_minute = ?, close_minute = ?, "
                                             "lunch_start = ?, lunch_end = ? WHERE weekday = ?"),
                              {h.working ? 1 : 0, h.openMinute, h.closeMinute, h.lunchStart, h.lunchEnd, weekday})) {
                return databaseError(q.lastError(), failed);
            }
            if (q.numRowsAffected() == 0 &&
                !execPrepared(q,
                              QStringLiteral("INSERT INTO business_day(weekday, working, open_minute, close_minute, "
                                             "lunch_start, lunch_end) VALUES (?,?,?,?,?,?)"),
                              {weekday, h.working ? 1 : 0, h.openMinute, h.closeMinute, h.lunchStart, h.lunchEnd})) {
                return databaseError(q.lastError(), failed);
            }
        }
        if (!execPrepared(q, QStringLiteral("DELETE FROM business_exception"))) {
            return databaseError(q.lastError(), failed);
        }
        for (const CalendarException &e : calendar.exceptions()) {
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO business_exception(on_date, working, name) VALUES (?,?,?)"),
                              {e.date.toString(Qt::ISODate), e.working ? 1 : 0, e.name.trimmed()})) {
                return databaseError(q.lastError(), failed);
            }
        }
        q.finish();
        AuditLog audit(database);
        return audit.record(entry);
    });
}

} // namespace caredesk::core
