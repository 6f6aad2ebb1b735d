// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ComplaintSlaRollup.h"

#include "core/common/Tr.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/complaints/SlaEngine.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace caredesk::core {

namespace {

// Bucket layout: [0, 96) quarter hours below 24 h, [96, 192) hours below 120 h, [192, 252) eight hours below 600 h,
// then 100 hours each.
constexpr qint64 quarterBuckets = 96;
constexpr qint64 hourBuckets = 96;
constexpr qint64 eightHourBuckets = 60;

/** The columns an SLA evaluation needs (and the keys an outcome is stored under). */
const QString subjectColumns =
    QStringLiteral("c.id, c.received_at, c.sla_class, c.severity, c.state, c.waiting_on_customer, c.first_response_at, "
                   "c.resolved_at, c.department, c.staff");

/** The subjectColumns starting at column @p first. */
Complaint subjectFromRow(const QSqlQuery &q, int first = 0)
{
    const auto at = [&](int i) { return q.value(first + i); };
    Complaint c;
    c.id = at(0).toLongLong();
    c.receivedAt = fromIso(at(1).toString());
    c.slaClass = slaClassFromId(at(2).toString()).value_or(SlaClass::General);
    c.severity = severityFromId(at(3).toString()).value_or(ComplaintSeverity::Low);
    c.state = complaintStateFromId(at(4).toString()).value_or(ComplaintState::Received);
    c.waitingOnCustomer = at(5).toInt() != 0;
    c.firstResponseAt = at(6).isNull() ? QDateTime() : fromIso(at(6).toString());
    c.resolvedAt = at(7).isNull() ? QDateTime() : fromIso(at(7).toString());
    c.department = at(8).toString();
    c.staff = at(9).toString();
    return c;
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The complaint figures could not be read."));
}

/**
 * The instant from which @p kind's clock of @p c, running, counts as breached: an invalid QDateTime when it cannot
 * breach in its current state, nullopt when no instant could be proven (the dashboard evaluates it live then).
 *
 * Used minutes are whole minutes of business time from receipt, less the pauses, and only grow with "now" (an open
 * pause counts up to now, which is the same as counting it as never ending); the clock is breached once more than
 * the allowance is used, so from the moment allowance + 1 minutes are. The calendar's answer is checked with the
 * evaluation itself, a millisecond before and at that moment, so "stored instant <= now" says exactly what
 * evaluate() says at any "now".
 */
std::optional<QDateTime> breachInstant(const SlaEngine &engine, const Complaint &c, const QList<ComplaintEvent> &events,
                                       SlaClockKind kind)
{
    const SlaTarget &target = engine.policy().target(c.slaClass);
    const qint64 allowed = kind == SlaClockKind::FirstResponse ? target.firstResponseMinutes : target.resolutionMinutes;
    const auto breachedAt = [&](const QDateTime &now) {
        const SlaEvaluation e = engine.evaluate(c, events, now);
        return (kind == SlaClockKind::FirstResponse ? e.firstResponse : e.resolution).status == SlaStatus::Breached;
    };
    const QList<TimeInterval> pauses = SlaEngine::pauses(events);
    const QDateTime at = engine.calendar().addBusinessMinutes(c.receivedAt, allowed + 1, pauses);
    if (at.isValid()) {
        return breachedAt(at) && !breachedAt(at.addMSecs(-1)) ? std::optional<QDateTime>(at) : std::nullopt;
    }
    // No such moment within the calendar's search: it cannot breach only if an open pause (always the last one)
    // stopped it for good before its deadline.
    if (!pauses.isEmpty() && !pauses.constLast().to.isValid() && !breachedAt(pauses.constLast().from)) {
        return QDateTime();
    }
    return std::nullopt;
}

} // namespace

int ComplaintSlaRollup::bucketOf(qint64 minutes)
{
    const qint64 m = std::max<qint64>(0, minutes);
    if (m < quarterBuckets * 15) {
        return static_cast<int>(m / 15);
    }
    const qint64 hours = m / 60;
    if (hours < 120) {
        return static_cast<int>(quarterBuckets + (hours - 24));
    }
    if (hours < 600) {
        return static_cast<int>(quarterBuckets + hourBuckets + (hours - 120) / 8);
    }
    return static_cast<int>(
        std::min<qint64>(quarterBuckets + hourBuckets + eightHourBuckets + (hours - 600) / 100, 1000000));
}

qint64 ComplaintSlaRollup::bucketStart(int bucket)
{
    const qint64 b = std::max(0, bucket);
    if (b < quarterBuckets) {
        return b * 15;
    }
    if (b < quarterBuckets + hourBuckets) {
        return (24 + (b - quarterBuckets)) * 60;
    }
    if (b < quarterBuckets + hourBuckets + eightHourBuckets) {
        return (120 + (b - quarterBuckets - hourBuckets) * 8) * 60;
    }
    return (600 + (b - quarterBuckets - hourBuckets - eightHourBuckets) * 100) * 60;
}

qint64 ComplaintSlaRollup::bucketEnd(int bucket)
{
    return bucketStart(bucket + 1);
}

std::optional<double> ComplaintSlaRollup::rankHours(const QMap<int, qint64> &histogram, qint64 rank)
{
    if (rank < 1) {
        return std::nullopt;
    }
    qint64 before = 0;
    for (auto it = histogram.constBegin(); it != histogram.constEnd(); ++it) {
        if (it.value() <= 0) {
            continue;
        }
        if (rank <= before + it.value()) {
            // The bucket's values taken as spread evenly: the k-th of c sits at (k − ½)/c of its width.
            const double position = (static_cast<double>(rank - before) - 0.5) / static_cast<double>(it.value());
            const auto start = static_cast<double>(bucketStart(it.key()));
            const auto width = static_cast<double>(bucketEnd(it.key()) - bucketStart(it.key()));
            return (start + position * width) / 60.0;
        }
        before += it.value();
    }
    return std::nullopt;
}

std::optional<double> ComplaintSlaRollup::medianHours(const QMap<int, qint64> &histogram)
{
    qint64 n = 0;
    for (qint64 c : histogram) {
        n += std::max<qint64>(0, c);
    }
    if (n == 0) {
        return std::nullopt;
    }
    if (n % 2 == 1) {
        return rankHours(histogram, (n + 1) / 2);
    }
    const auto low = rankHours(histogram, n / 2);
    const auto high = rankHours(histogram, n / 2 + 1);
    return low && high ? std::optional<double>((*low + *high) / 2.0) : std::nullopt;
}

std::optional<double> ComplaintSlaRollup::percentileHours(const QMap<int, qint64> &histogram, int percent)
{
    qint64 n = 0;
    for (qint64 c : histogram) {
        n += std::max<qint64>(0, c);
    }
    if (n == 0) {
        return std::nullopt;
    }
    const auto rank = static_cast<qint64>(std::ceil(static_cast<double>(n) * std::clamp(percent, 1, 100) / 100.0));
    return rankHours(histogram, std::clamp<qint64>(rank, 1, n));
}

Result<ComplaintSlaLive> ComplaintSlaRollup::live(const QString &connectionName, const DashboardFilter &filter,
                                                  const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString scope;
    QVariantList values{iso(filter.fromUtc()), iso(filter.toUtcExclusive())};
    if (!filter.department.isEmpty()) {
        scope += QStringLiteral(" AND c.department = ?");
        values << filter.department;
    }
    if (!filter.staff.isEmpty()) {
        scope += QStringLiteral(" AND c.staff = ?");
        values << filter.staff;
    }
    // The open complaints of the period, through the partial index over them (its WHERE repeated word for word so
    // the planner can use it).
    const QString openInPeriod = QStringLiteral(" WHERE c.received_at >= ? AND c.received_at < ? "
                                                "AND (c.resolved_at IS NULL OR c.first_response_at IS NULL)") +
                                 scope;
    ComplaintSlaLive result;
    // Settled ones: a running clock is past its deadline once its stored breach instant is (ISO text in one format,
    // so text order is time order). Pending ones are not settled, and breach_live ones are evaluated below.
    QVariantList counted{iso(now), iso(now)};
    counted += values;
    if (!execPrepared(q,
                      QStringLiteral("SELECT coalesce(sum(o.fr_breach_at <= ?), 0), "
                                     "coalesce(sum(o.res_breach_at <= ?), 0) FROM complaint c "
                                     "INDEXED BY analytics_complaint_open_scope CROSS JOIN "
                                     "analytics_complaint_outcome o ON o.complaint_id = c.id") +
                          openInPeriod +
                          QStringLiteral(" AND c.id NOT IN (SELECT complaint_id FROM analytics_complaint_pending)"),
                      counted) ||
        !q.next()) {
        return readError(q);
    }
    // Each adds a decided clock that was not met in time.
    result.firstResponse.decided = q.value(0).toInt();
    result.resolution.decided = q.value(1).toInt();
    q.finish();

    // One by one: pending complaints through the pending table, which settle() keeps short (CROSS JOIN keeps it
    // the outer loop, so the cost follows the pending rows, not the period's complaints), and the settled open ones
    // whose instants could not be worked out, through the index over those only.
    const QString sql =
        QStringLiteral("SELECT ") + subjectColumns +
        QStringLiteral(", 1 FROM analytics_complaint_pending p CROSS JOIN complaint c ON c.id = p.complaint_id "
                       "WHERE c.received_at >= ? AND c.received_at < ?") +
        scope + QStringLiteral(" UNION ALL SELECT ") + subjectColumns +
        QStringLiteral(", 0 FROM analytics_complaint_outcome o INDEXED BY analytics_complaint_outcome_live "
                       "CROSS JOIN complaint c ON c.id = o.complaint_id") +
        openInPeriod +
        QStringLiteral(" AND o.breach_live = 1 AND c.id NOT IN (SELECT complaint_id FROM "
                       "analytics_complaint_pending)");
    values += QVariantList(values);
    if (!execPrepared(q, sql, values)) {
        return readError(q);
    }
    QList<Complaint> subjects;
    QList<bool> pending;
    QList<ComplaintId> ids;
    while (q.next()) {
        subjects << subjectFromRow(q);
        pending << (q.value(10).toInt() != 0);
        ids << subjects.constLast().id;
    }
    q.finish();
    if (subjects.isEmpty()) {
        return result;
    }
    ComplaintRepository repository(connectionName, QString());
    auto engine = repository.slaEngine();
    if (!engine) {
        return engine.error();
    }
    auto events = repository.pauseEvents(ids);
    if (!events) {
        return events.error();
    }
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const Complaint &c = subjects.at(i);
        const SlaEvaluation sla = engine->evaluate(c, events->value(c.id), now);
        ++result.evaluated;
        // A settled complaint's met clocks are in the rollup already; only its running ones count here.
        if (pending.at(i) || sla.firstResponse.running()) {
            result.firstResponse.count(sla.firstResponse);
        }
        if (pending.at(i) || sla.resolution.running()) {
            result.resolution.count(sla.resolution);
        }
        if (pending.at(i) && c.resolvedAt.isValid()) {
            result.hours[bucketOf(sla.resolution.usedMinutes)] += 1;
        }
    }
    return result;
}

Result<qint64> ComplaintSlaRollup::pendingCount(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!execPrepared(q, QStringLiteral("SELECT count(*) FROM analytics_complaint_pending")) || !q.next()) {
        return readError(q);
    }
    return q.value(0).toLongLong();
}

Result<qint64> ComplaintSlaRollup::settle(const QString &connectionName, const Clock &clock,
                                          const std::function<bool(qint64, qint64)> &progress)
{
    auto total = pendingCount(connectionName);
    if (!total) {
        return total.error();
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QDateTime now = clock.nowUtc();
    qint64 done = 0;
    ComplaintId after = 0;
    const QString failed = AnalyticsTr::tr("The complaint figures could not be brought up to date.");
    while (true) {
        // Read and write in one transaction: a complaint another connection changes meanwhile makes the commit
        // fail (the batch stays pending) instead of storing an outcome of its old state.
        auto batch = transact<qint64>(db, failed, [&]() -> Result<qint64> {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!execPrepared(q,
                              QStringLiteral("SELECT p.complaint_id, ") + subjectColumns +
                                  QStringLiteral(" FROM analytics_complaint_pending p LEFT JOIN complaint c "
                                                 "ON c.id = p.complaint_id WHERE p.complaint_id > ? "
                                                 "ORDER BY p.complaint_id LIMIT ?"),
                              {after, batchSize})) {
                return readError(q);
            }
            QList<ComplaintId> pendingIds;
            QList<Complaint> subjects;
            while (q.next()) {
                pendingIds << q.value(0).toLongLong();
                if (!q.value(1).isNull()) {
                    subjects << subjectFromRow(q, 1);
                }
            }
            q.finish();
            if (pendingIds.isEmpty()) {
                return qint64(0);
            }
            ComplaintRepository repository(connectionName, QString(), clock);
            auto engine = repository.slaEngine();
            if (!engine) {
                return engine.error();
            }
            QList<ComplaintId> ids;
            for (const Complaint &c : std::as_const(subjects)) {
                ids << c.id;
            }
            QHash<ComplaintId, QList<ComplaintEvent>> events;
            if (!ids.isEmpty()) {
                auto read = repository.pauseEvents(ids);
                if (!read) {
                    return read.error();
                }
                events = *read;
            }
            // Prepared once per batch: compiling these statements compiles the rollup triggers with them, which
            // costs far more than running them.
            QSqlQuery drop(db);
            QSqlQuery insert(db);
            if (!drop.prepare(QStringLiteral("DELETE FROM analytics_complaint_outcome WHERE complaint_id = ?"))) {
                return databaseError(drop.lastError(), failed);
            }
            if (!insert.prepare(QStringLiteral("INSERT INTO analytics_complaint_outcome(complaint_id, day, department, "
                                               "staff, fr_within, res_within, res_minutes, res_bucket, fr_breach_at, "
                                               "res_breach_at, breach_live) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                return databaseError(insert.lastError(), failed);
            }
            for (const Complaint &c : std::as_const(subjects)) {
                const QList<ComplaintEvent> history = events.value(c.id);
                const SlaEvaluation sla = engine->evaluate(c, history, now);
                const bool frMet = c.firstResponseAt.isValid();
                const bool resMet = c.resolvedAt.isValid();
                // Running clocks: when each breaches (see breachInstant()); if either cannot be proven, both are
                // left to the live evaluation, so no clock is counted twice.
                const std::optional<QDateTime> frBreach =
                    frMet ? std::optional<QDateTime>(QDateTime())
                          : breachInstant(*engine, c, history, SlaClockKind::FirstResponse);
                const std::optional<QDateTime> resBreach =
                    resMet ? std::optional<QDateTime>(QDateTime())
                           : breachInstant(*engine, c, history, SlaClockKind::Resolution);
                const bool breachLive = !frBreach || !resBreach;
                const auto instant = [breachLive](const std::optional<QDateTime> &at) {
                    return !breachLive && at->isValid() ? QVariant(iso(*at)) : QVariant();
                };
                if (!run(drop, {c.id})) {
                    return databaseError(drop.lastError(), failed);
                }
                if (!run(insert, {c.id, c.receivedAt.toUTC().date().toString(Qt::ISODate), c.department, c.staff,
                                  frMet ? QVariant(sla.firstResponse.status == SlaStatus::Met ? 1 : 0) : QVariant(),
                                  resMet ? QVariant(sla.resolution.status == SlaStatus::Met ? 1 : 0) : QVariant(),
                                  resMet ? QVariant(sla.resolution.usedMinutes) : QVariant(),
                                  resMet ? QVariant(bucketOf(sla.resolution.usedMinutes)) : QVariant(),
                                  instant(frBreach), instant(resBreach), breachLive ? 1 : 0})) {
                    return databaseError(insert.lastError(), failed);
                }
            }
            QSqlQuery write(db);
            if (!execPrepared(write,
                              QStringLiteral("DELETE FROM analytics_complaint_pending WHERE complaint_id >= ? AND "
                                             "complaint_id <= ?"),
                              {pendingIds.constFirst(), pendingIds.constLast()})) {
                return databaseError(write.lastError(), failed);
            }
            after = pendingIds.constLast();
            return static_cast<qint64>(pendingIds.size());
        });
        if (!batch) {
            return batch.error();
        }
        if (*batch == 0) {
            break;
        }
        done += *batch;
        if (progress && !progress(std::min(done, *total), *total)) {
            break;
        }
    }
    return done;
}

} // namespace caredesk::core
