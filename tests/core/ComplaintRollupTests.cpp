// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint rollups of migrations 12 and 14: counts, root causes, settled SLA outcomes and the resolution-time
// histogram equal a recomputation from the raw rows after random writes (a rolled-back batch included), and the
// dashboard built from them gives ComplaintReport's figures (computed from every row) whether or not outcomes are
// settled, and at any later "now" (the stored breach instants of running clocks).
#include "core/analytics/ComplaintDashboard.h"
#include "core/analytics/ComplaintSlaRollup.h"
#include "core/complaints/ComplaintReport.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/storage/Migrator.h"
#include "tests/core/RollupScratch.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace caredesk;
using namespace caredesk::core;
using namespace caredesk::test;

namespace {

// The eight grains written out independently of analytics_complaint_grain: day or month × department × staff.
const QString grains = QStringLiteral(
    "(SELECT 0 AS m, 0 AS d, 0 AS s UNION ALL SELECT 0, 0, 1 UNION ALL SELECT 0, 1, 0 UNION ALL SELECT 0, 1, 1 "
    "UNION ALL SELECT 1, 0, 0 UNION ALL SELECT 1, 0, 1 UNION ALL SELECT 1, 1, 0 UNION ALL SELECT 1, 1, 1) g");
const QString keyOf = QStringLiteral(
    "CASE WHEN g.m = 1 THEN substr(%1, 1, 7) ELSE substr(%1, 1, 10) END, "
    "CASE WHEN g.d = 1 THEN c.department ELSE char(1) END, CASE WHEN g.s = 1 THEN c.staff ELSE char(1) END");
const QString trimmedCause = QStringLiteral("trim(c.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288))");

void requireComplaintRollupsEqualRecomputation(QSqlDatabase db)
{
    const QString countRecompute =
        QStringLiteral("SELECT ") + keyOf.arg(QStringLiteral("c.received_at")) +
        QStringLiteral(", c.category, c.severity, count(*), total(c.resolved_at IS NOT NULL), "
                       "total(c.resolved_at IS NOT NULL OR c.reopen_count > 0), total(c.reopen_count > 0), total(") +
        trimmedCause + QStringLiteral(" <> '') FROM complaint c, ") + grains +
        QStringLiteral(" GROUP BY 1, 2, 3, 4, 5");
    const QString countRollup = QStringLiteral(
        "SELECT period, department, staff, category, severity, received, resolved * 1.0, ever_resolved * 1.0, "
        "reopened * 1.0, with_cause * 1.0 FROM analytics_complaint_count");
    CHECK(differences(db, countRecompute, countRollup) == 0);
    const QString causeRecompute =
        QStringLiteral("SELECT ") + keyOf.arg(QStringLiteral("c.received_at")) + QStringLiteral(", ") + trimmedCause +
        QStringLiteral(", count(*) FROM complaint c, ") + grains + QStringLiteral(" WHERE ") + trimmedCause +
        QStringLiteral(" <> '' GROUP BY 1, 2, 3, 4");
    CHECK(differences(
              db, causeRecompute,
              QStringLiteral("SELECT period, department, staff, root_cause, n FROM analytics_complaint_cause")) == 0);
    // SLA counts and the histogram are sums of the stored outcomes (c here is the outcome row).
    const QString slaRecompute =
        QStringLiteral("SELECT ") + keyOf.arg(QStringLiteral("c.day")) +
        QStringLiteral(", count(c.fr_within), total(c.fr_within), count(c.res_within), total(c.res_within) FROM "
                       "analytics_complaint_outcome c, ") +
        grains + QStringLiteral(" WHERE c.fr_within IS NOT NULL OR c.res_within IS NOT NULL GROUP BY 1, 2, 3");
    CHECK(differences(db, slaRecompute,
                      QStringLiteral("SELECT period, department, staff, fr_decided, fr_within * 1.0, res_decided, "
                                     "res_within * 1.0 FROM analytics_complaint_sla")) == 0);
    const QString hoursRecompute = QStringLiteral("SELECT ") + keyOf.arg(QStringLiteral("c.day")) +
                                   QStringLiteral(", c.res_bucket, count(*) FROM analytics_complaint_outcome c, ") +
                                   grains + QStringLiteral(" WHERE c.res_bucket IS NOT NULL GROUP BY 1, 2, 3, 4");
    CHECK(differences(db, hoursRecompute,
                      QStringLiteral("SELECT period, department, staff, bucket, n FROM analytics_complaint_hours")) ==
          0);
    // Outcomes are stored under the complaint's current keys, and every complaint is either settled or pending.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome o JOIN complaint c ON c.id = "
                                    "o.complaint_id WHERE o.day <> substr(c.received_at, 1, 10) OR o.department <> "
                                    "c.department OR o.staff <> c.staff OR (o.res_within IS NULL) <> "
                                    "(c.resolved_at IS NULL) OR (o.fr_within IS NULL) <> "
                                    "(c.first_response_at IS NULL)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM complaint c WHERE (c.id IN (SELECT complaint_id FROM "
                                    "analytics_complaint_outcome)) = (c.id IN (SELECT complaint_id FROM "
                                    "analytics_complaint_pending))")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_count WHERE received = 0")) == 0);
}

const QStringList departments{QStringLiteral("内科"), QStringLiteral("药房"), QStringLiteral("")};
const QStringList staffNames{QStringLiteral("王医生"), QStringLiteral("李药师"), QStringLiteral("")};
const QStringList categories{QStringLiteral("medication_error"), QStringLiteral("service_process"),
                             QStringLiteral("attitude"), QStringLiteral("billing")};
const QStringList severities{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
const QStringList classes{QStringLiteral("urgent"), QStringLiteral("general"), QStringLiteral("complex")};
const QStringList causes{QStringLiteral(""), QStringLiteral("排队太久"), QStringLiteral(" 排队太久　"),
                         QStringLiteral("缺货"), QStringLiteral("系统故障")};

/** A weekday moment in Jan–Mar 2026 (UTC), working hours or not. */
QDateTime momentAt(Prng &rng)
{
    return QDateTime(QDate(2026, 1 + rng.below(3), 1 + rng.below(28)), QTime(rng.below(24), rng.below(4) * 15),
                     Qt::UTC);
}

QVariant isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))) : QVariant();
}

void addCustomers(QSqlDatabase db)
{
    for (int c = 1; c <= 4; ++c) {
        exec(db,
             QStringLiteral("INSERT INTO customer(id, name, name_sort, member_number, created_at, updated_at) "
                            "VALUES (?, 'x', 'x', ?, 'x', 'x')"),
             {c, QStringLiteral("M%1").arg(c)});
    }
}

/** Random complaint: received, maybe answered, maybe resolved (after receipt), maybe reopened. */
void insertComplaint(QSqlDatabase db, Prng &rng)
{
    const QDateTime received = momentAt(rng);
    const int stage = rng.below(4); // 0 new, 1 answered, 2 resolved, 3 resolved without a recorded first answer
    const QDateTime answered = stage == 1 || stage == 2 ? received.addSecs(600 * (1 + rng.below(400))) : QDateTime();
    const QDateTime resolved = stage >= 2 ? received.addSecs(1800 * (1 + rng.below(300))) : QDateTime();
    const QString state = stage == 0   ? QStringLiteral("received")
                          : stage == 1 ? QStringLiteral("investigating")
                                       : QStringLiteral("resolved");
    exec(db,
         QStringLiteral("INSERT INTO complaint(customer_id, received_at, channel, category, severity, sla_class, "
                        "needs_priority, description, staff, department, state, first_response_at, resolved_at, "
                        "root_cause, reopen_count, created_by, created_at) VALUES (?, ?, 'phone', ?, ?, ?, "
                        "'general', 'x', ?, ?, ?, ?, ?, ?, ?, 'x', 'x')"),
         {1 + rng.below(4), isoOrNull(received), categories.at(rng.below(4)), severities.at(rng.below(3)),
          classes.at(rng.below(3)), staffNames.at(rng.below(3)), departments.at(rng.below(3)), state,
          isoOrNull(answered), isoOrNull(resolved), causes.at(rng.below(5)), rng.below(4) == 0 ? 1 : 0});
}

/** One random write: a complaint added, changed, paused, resumed or deleted. */
void randomComplaintWrite(QSqlDatabase db, Prng &rng)
{
    const qint64 complaints = scalar(db, QStringLiteral("SELECT count(*) FROM complaint"));
    const int op = complaints < 5 ? 0 : rng.below(10);
    const QString which = QStringLiteral("(SELECT id FROM complaint ORDER BY id LIMIT 1 OFFSET %1)")
                              .arg(rng.below(std::max(1, int(complaints))));
    switch (op) {
    case 0:
    case 1:
    case 2: insertComplaint(db, rng); break;
    case 3:
        exec(db, QStringLiteral("UPDATE complaint SET root_cause = ?, category = ?, severity = ? WHERE id = ") + which,
             {causes.at(rng.below(5)), categories.at(rng.below(4)), severities.at(rng.below(3))});
        break;
    case 4:
        // Resolved now, or reopened (resolution cleared, reopen counted).
        if (rng.below(2) == 0) {
            exec(db,
                 QStringLiteral("UPDATE complaint SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', received_at, "
                                "'+' || ? || ' minutes'), state = 'resolved' WHERE id = ") +
                     which,
                 {30 * (1 + rng.below(200))});
        } else {
            exec(db, QStringLiteral("UPDATE complaint SET resolved_at = NULL, reopen_count = reopen_count + 1, "
                                    "state = 'investigating' WHERE id = ") +
                         which);
        }
        break;
    case 5:
        // Sometimes to another customer too, as a merge moves complaints to the survivor.
        exec(db,
             QStringLiteral("UPDATE complaint SET department = ?, staff = ?, sla_class = ?, customer_id = "
                            "coalesce(?, customer_id) WHERE id = ") +
                 which,
             {departments.at(rng.below(3)), staffNames.at(rng.below(3)), classes.at(rng.below(3)),
              rng.below(3) == 0 ? QVariant(1 + rng.below(4)) : QVariant()});
        break;
    case 6:
        exec(db,
             QStringLiteral("UPDATE complaint SET received_at = ? WHERE resolved_at IS NULL AND "
                            "first_response_at IS NULL AND id = ") +
                 which,
             {isoOrNull(momentAt(rng))});
        break;
    case 7:
    case 8:
        // A pause and later its resume, a few hours after receipt.
        exec(db,
             QStringLiteral("INSERT INTO complaint_event(complaint_id, at, user_name, kind) SELECT id, "
                            "strftime('%Y-%m-%dT%H:%M:%fZ', received_at, '+' || ? || ' minutes'), 'x', ? "
                            "FROM complaint WHERE id = ") +
                 which,
             {60 * (1 + rng.below(30)), op == 7 ? QStringLiteral("pause") : QStringLiteral("resume")});
        break;
    default:
        exec(db, QStringLiteral("DELETE FROM complaint_event WHERE complaint_id = ") + which);
        exec(db, QStringLiteral("DELETE FROM complaint WHERE id = ") + which);
        break;
    }
}

/** The bucket width (hours) at @p hours: how close an interpolated percentile must be to the exact one. */
double widthAt(double hours)
{
    const int bucket = ComplaintSlaRollup::bucketOf(std::llround(hours * 60));
    return static_cast<double>(ComplaintSlaRollup::bucketEnd(bucket) - ComplaintSlaRollup::bucketStart(bucket)) / 60.0;
}

/** The dashboard from the rollups against ComplaintReport and compute() over every row of the same filter. */
void requireDashboardMatchesRawRows(const QString &connection, const DashboardFilter &filter, const Clock &clock)
{
    // The per-customer complaint counts (migration 15) are what a recount gives.
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        const QString kept = QStringLiteral("SELECT group_concat(customer_id || ':' || complaints) FROM (SELECT "
                                            "customer_id, complaints FROM analytics_complaint_customer ORDER BY 1)");
        const QString recount = QStringLiteral("SELECT group_concat(customer_id || ':' || n) FROM (SELECT customer_id, "
                                               "count(*) AS n FROM complaint GROUP BY customer_id ORDER BY 1)");
        QSqlQuery a(db);
        QSqlQuery b(db);
        REQUIRE(a.exec(kept));
        REQUIRE(b.exec(recount));
        REQUIRE(a.next());
        REQUIRE(b.next());
        CHECK(a.value(0).toString() == b.value(0).toString());
    }
    auto built = ComplaintDashboard::build(connection, filter, clock);
    INFO((built ? QString() : built.error().detail).toStdString());
    REQUIRE(built.ok());
    auto exact = ComplaintReport::build(connection, filter.fromUtc(), filter.toUtcExclusive(), clock);
    REQUIRE(exact.ok());
    // ComplaintReport has no department or staff filter: recompute it over the matching rows.
    QList<Complaint> rows;
    for (const Complaint &c : ComplaintRepository(connection, QString(), clock)
                                  .receivedIn(filter.fromUtc(), filter.toUtcExclusive())
                                  .value()) {
        if ((filter.department.isEmpty() || c.department == filter.department) &&
            (filter.staff.isEmpty() || c.staff == filter.staff)) {
            rows << c;
        }
    }
    ComplaintRepository repository(connection, QString(), clock);
    QList<ComplaintId> ids;
    for (const Complaint &c : std::as_const(rows)) {
        ids << c.id;
    }
    const ComplaintReport report =
        ComplaintReport::compute(rows, repository.pauseEvents(ids).value(), repository.slaEngine().value(),
                                 filter.fromUtc(), filter.toUtcExclusive(), clock.nowUtc());
    if (filter.department.isEmpty() && filter.staff.isEmpty()) {
        CHECK(report.total == exact->total);
    }
    const ComplaintDashboard reference = ComplaintDashboard::compute(rows, report, filter);
    const ComplaintReport &r = built->report;
    CHECK(r.total == report.total);
    CHECK(r.byCategory == report.byCategory);
    CHECK(r.bySeverity == report.bySeverity);
    CHECK(r.firstResponse.decided == report.firstResponse.decided);
    CHECK(r.firstResponse.within == report.firstResponse.within);
    CHECK(r.resolution.decided == report.resolution.decided);
    CHECK(r.resolution.within == report.resolution.within);
    CHECK(r.resolved == report.resolved);
    CHECK(r.everResolved == report.everResolved);
    CHECK(r.reopened == report.reopened);
    REQUIRE(r.medianResolutionHours.has_value() == report.medianResolutionHours.has_value());
    if (report.medianResolutionHours) {
        CHECK(std::abs(*r.medianResolutionHours - *report.medianResolutionHours) <=
              widthAt(*report.medianResolutionHours));
        CHECK(std::abs(*r.p90ResolutionHours - *report.p90ResolutionHours) <= widthAt(*report.p90ResolutionHours));
    }
    CHECK(built->withRootCause == reference.withRootCause);
    CHECK(built->withoutRootCause == reference.withoutRootCause);
    REQUIRE(built->pareto.size() == reference.pareto.size());
    for (qsizetype i = 0; i < reference.pareto.size(); ++i) {
        CHECK(built->pareto.at(i).rootCause == reference.pareto.at(i).rootCause);
        CHECK(built->pareto.at(i).count == reference.pareto.at(i).count);
    }
    REQUIRE(built->trend.size() == reference.trend.size());
    for (qsizetype i = 0; i < reference.trend.size(); ++i) {
        CHECK(built->trend.at(i).month == reference.trend.at(i).month);
        CHECK(built->trend.at(i).received == reference.trend.at(i).received);
        CHECK(built->trend.at(i).resolved == reference.trend.at(i).resolved);
    }
    REQUIRE(built->repeatComplainants.size() == reference.repeatComplainants.size());
    for (qsizetype i = 0; i < reference.repeatComplainants.size(); ++i) {
        CHECK(built->repeatComplainants.at(i).customerId == reference.repeatComplainants.at(i).customerId);
        CHECK(built->repeatComplainants.at(i).complaints == reference.repeatComplainants.at(i).complaints);
        CHECK(built->repeatComplainants.at(i).lastReceivedAt == reference.repeatComplainants.at(i).lastReceivedAt);
    }
    CHECK(built->resolutionTimesFromBuckets);
}

QList<DashboardFilter> filters()
{
    DashboardFilter whole;
    whole.from = QDate(2026, 1, 1);
    whole.to = QDate(2026, 3, 31);
    DashboardFilter partial = whole; // partial months at both ends: day rows and one month row
    partial.from = QDate(2026, 1, 10);
    partial.to = QDate(2026, 3, 20);
    DashboardFilter inside = whole; // within one month: day rows only
    inside.from = QDate(2026, 2, 3);
    inside.to = QDate(2026, 2, 25);
    DashboardFilter department = partial;
    department.department = QStringLiteral("内科");
    DashboardFilter both = whole;
    both.department = QStringLiteral("药房");
    both.staff = QStringLiteral("李药师");
    DashboardFilter staffOnly = whole;
    staffOnly.staff = QString();
    staffOnly.staff = QStringLiteral("王医生");
    return {whole, partial, inside, department, both, staffOnly};
}

/** An open or handled complaint at the given moments (invalid: not yet), in 内科 / 王医生 or 药房 / 李药师. */
ComplaintId addComplaint(QSqlDatabase db, const QDateTime &received, const QDateTime &answered,
                         const QDateTime &resolved, const QString &slaClass, bool pharmacy = false)
{
    exec(db,
         QStringLiteral("INSERT INTO complaint(customer_id, received_at, channel, category, severity, sla_class, "
                        "needs_priority, description, staff, department, state, first_response_at, resolved_at, "
                        "root_cause, reopen_count, created_by, created_at) VALUES (1, ?, 'phone', 'billing', 'low', "
                        "?, 'general', 'x', ?, ?, ?, ?, ?, '', 0, 'x', 'x')"),
         {isoOrNull(received), slaClass, pharmacy ? staffNames.at(1) : staffNames.at(0),
          pharmacy ? departments.at(1) : departments.at(0),
          resolved.isValid() ? QStringLiteral("resolved") : QStringLiteral("investigating"), isoOrNull(answered),
          isoOrNull(resolved)});
    return scalar(db, QStringLiteral("SELECT max(id) FROM complaint"));
}

void addEvent(QSqlDatabase db, ComplaintId id, const QDateTime &at, const QString &kind)
{
    exec(db, QStringLiteral("INSERT INTO complaint_event(complaint_id, at, user_name, kind) VALUES (?, ?, 'x', ?)"),
         {id, isoOrNull(at), kind});
}

/** The first column of every row of @p sql. */
QStringList column(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next()) {
        values << q.value(0).toString();
    }
    return values;
}

/** The stored breach instants, each once, in time order. */
QStringList storedBreachInstants(QSqlDatabase db)
{
    return column(db, QStringLiteral("SELECT fr_breach_at AS at FROM analytics_complaint_outcome WHERE fr_breach_at "
                                     "IS NOT NULL UNION SELECT res_breach_at FROM analytics_complaint_outcome WHERE "
                                     "res_breach_at IS NOT NULL ORDER BY 1"));
}

} // namespace

TEST_CASE("Dashboard filter splits a period into whole months and the days of partial months", "[dashboard-rollup]")
{
    DashboardFilter f;
    f.from = QDate(2025, 11, 25);
    f.to = QDate(2026, 11, 24);
    const QList<DashboardFilter::KeyRange> ranges = f.rollupRanges();
    REQUIRE(ranges.size() == 3);
    CHECK_FALSE(ranges.at(0).months);
    CHECK(ranges.at(0).first == QStringLiteral("2025-11-25"));
    CHECK(ranges.at(0).last == QStringLiteral("2025-11-30"));
    CHECK(ranges.at(1).months);
    CHECK(ranges.at(1).first == QStringLiteral("2025-12"));
    CHECK(ranges.at(1).last == QStringLiteral("2026-10"));
    CHECK(ranges.at(2).first == QStringLiteral("2026-11-01"));
    CHECK(ranges.at(2).last == QStringLiteral("2026-11-24"));

    f.from = QDate(2026, 1, 15);
    f.to = QDate(2026, 2, 10); // no whole month: two day ranges, each inside its month
    const QList<DashboardFilter::KeyRange> days = f.rollupRanges();
    REQUIRE(days.size() == 2);
    CHECK(days.at(0).last == QStringLiteral("2026-01-31"));
    CHECK(days.at(1).first == QStringLiteral("2026-02-01"));

    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 2, 28);
    const QList<DashboardFilter::KeyRange> whole = f.rollupRanges();
    REQUIRE(whole.size() == 1);
    CHECK(whole.at(0).months);
    CHECK(whole.at(0).last == QStringLiteral("2026-02"));
}

TEST_CASE("Resolution-time buckets and the percentiles interpolated from them", "[dashboard-rollup]")
{
    CHECK(ComplaintSlaRollup::bucketOf(0) == 0);
    CHECK(ComplaintSlaRollup::bucketOf(14) == 0);
    CHECK(ComplaintSlaRollup::bucketOf(15) == 1);
    CHECK(ComplaintSlaRollup::bucketStart(ComplaintSlaRollup::bucketOf(24 * 60)) == 24 * 60);
    CHECK(ComplaintSlaRollup::bucketEnd(ComplaintSlaRollup::bucketOf(24 * 60)) == 25 * 60);
    CHECK(ComplaintSlaRollup::bucketStart(ComplaintSlaRollup::bucketOf(130 * 60)) == 128 * 60);
    CHECK(ComplaintSlaRollup::bucketStart(ComplaintSlaRollup::bucketOf(700 * 60)) == 700 * 60);
    for (qint64 m : {0, 7, 59, 1439, 1440, 5000, 7199, 7200, 35999, 36000, 99999}) {
        const int b = ComplaintSlaRollup::bucketOf(m);
        CHECK(ComplaintSlaRollup::bucketStart(b) <= m);
        CHECK(m < ComplaintSlaRollup::bucketEnd(b));
    }
    // Two values in the first quarter hour, one in the second: ranks at 1/4, 3/4 of the first and the middle of the
    // second bucket.
    const QMap<int, qint64> h{{0, 2}, {1, 1}};
    CHECK(*ComplaintSlaRollup::rankHours(h, 1) == Approx(3.75 / 60));
    CHECK(*ComplaintSlaRollup::medianHours(h) == Approx(11.25 / 60));
    CHECK(*ComplaintSlaRollup::percentileHours(h, 90) == Approx(22.5 / 60));
    CHECK_FALSE(ComplaintSlaRollup::medianHours({}).has_value());
    CHECK_FALSE(ComplaintSlaRollup::rankHours(h, 4).has_value());
}

TEST_CASE("Complaint rollups equal a recomputation from raw rows after random writes",
          "[dashboard-rollup][analytics-sat][rollup]")
{
    RollupScratch scratch(QStringLiteral("complaint-rollup-scratch"));
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db));
    FixedClock clock(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    addCustomers(db);
    Prng rng(20261202);
    for (int i = 0; i < 300; ++i) {
        randomComplaintWrite(db, rng);
    }
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM complaint")) > 50);
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_cause")) > 10);
    requireComplaintRollupsEqualRecomputation(db);

    // Nothing settled yet: every SLA figure comes from the live path.
    CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) ==
          scalar(db, QStringLiteral("SELECT count(*) FROM complaint")));
    for (const DashboardFilter &f : filters()) {
        requireDashboardMatchesRawRows(scratch.name(), f, clock);
    }

    // Settled in small steps (the progress callback sees every batch), then the rollup path.
    qint64 calls = 0;
    auto settled = ComplaintSlaRollup::settle(scratch.name(), clock, [&calls](qint64, qint64) {
        ++calls;
        return true;
    });
    REQUIRE(settled.ok());
    CHECK(*settled == scalar(db, QStringLiteral("SELECT count(*) FROM complaint")));
    CHECK(calls >= 1);
    CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) == 0);
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_hours")) > 10);
    requireComplaintRollupsEqualRecomputation(db);
    for (const DashboardFilter &f : filters()) {
        requireDashboardMatchesRawRows(scratch.name(), f, clock);
    }

    SECTION("later writes, some settled and some pending, still match")
    {
        for (int i = 0; i < 150; ++i) {
            randomComplaintWrite(db, rng);
            if (i == 75) {
                REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
            }
        }
        CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) > 0);
        requireComplaintRollupsEqualRecomputation(db);
        for (const DashboardFilter &f : filters()) {
            requireDashboardMatchesRawRows(scratch.name(), f, clock);
        }
    }
    SECTION("writes in a rolled-back transaction leave the rollups as they were")
    {
        const qint64 before = scalar(db, QStringLiteral("SELECT total(received * 7 + resolved * 3 + reopened) FROM "
                                                        "analytics_complaint_count"));
        REQUIRE(db.transaction());
        for (int i = 0; i < 100; ++i) {
            randomComplaintWrite(db, rng);
        }
        REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok()); // joins the open transaction
        REQUIRE(db.rollback());
        CHECK(scalar(db, QStringLiteral("SELECT total(received * 7 + resolved * 3 + reopened) FROM "
                                        "analytics_complaint_count")) == before);
        CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) == 0);
        requireComplaintRollupsEqualRecomputation(db);
        for (const DashboardFilter &f : filters()) {
            requireDashboardMatchesRawRows(scratch.name(), f, clock);
        }
    }
    SECTION("a holiday or a policy change puts the clocks it decides back to be worked out")
    {
        exec(db, QStringLiteral("INSERT INTO business_exception(on_date, working, name) VALUES ('2026-02-10', 0, "
                                "'x')"));
        const qint64 pending = *ComplaintSlaRollup::pendingCount(scratch.name());
        CHECK(pending > 0);
        CHECK(pending < scalar(db, QStringLiteral("SELECT count(*) FROM complaint")));
        requireComplaintRollupsEqualRecomputation(db);
        for (const DashboardFilter &f : filters()) {
            requireDashboardMatchesRawRows(scratch.name(), f, clock);
        }
        exec(db, QStringLiteral("UPDATE sla_policy SET resolution_min = 600 WHERE sla_class = 'general'"));
        CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) ==
              scalar(db, QStringLiteral("SELECT count(*) FROM complaint")));
        REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
        requireComplaintRollupsEqualRecomputation(db);
        for (const DashboardFilter &f : filters()) {
            requireDashboardMatchesRawRows(scratch.name(), f, clock);
        }
    }
}

TEST_CASE("Complaint rollups are filled by the migration from complaints written before it", "[dashboard-rollup]")
{
    RollupScratch scratch(QStringLiteral("complaint-rollup-scratch"));
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db, 11));
    FixedClock clock(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    addCustomers(db);
    Prng rng(11);
    for (int i = 0; i < 80; ++i) {
        insertComplaint(db, rng);
    }
    REQUIRE(Migrator::migrate(db));
    requireComplaintRollupsEqualRecomputation(db);
    CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) == 80);
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    requireComplaintRollupsEqualRecomputation(db);
    for (const DashboardFilter &f : filters()) {
        requireDashboardMatchesRawRows(scratch.name(), f, clock);
    }
}

TEST_CASE("Open complaints' SLA shares follow the clock past the stored breach instants without any write",
          "[dashboard-rollup][rollup]")
{
    RollupScratch scratch(QStringLiteral("complaint-rollup-scratch"));
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db));
    addCustomers(db);
    // Settled on Monday 2 March 2026 at 09:00 over the complaints of the two weeks before: open ones, answered ones
    // whose resolution runs, resolved ones never answered, finished ones; some waiting on the customer (a pause,
    // resumed or not), received in working hours or out of them.
    const QDateTime settledAt(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    FixedClock clock(settledAt);
    Prng rng(14);
    for (int i = 0; i < 80; ++i) {
        const QDateTime received(QDate(2026, 2, 16).addDays(rng.below(14)), QTime(rng.below(24), rng.below(60)),
                                 Qt::UTC);
        const int stage = rng.below(4); // 0 open, 1 answered, 2 resolved unanswered, 3 answered and resolved
        const QDateTime answered = stage == 1 || stage == 3 ? received.addSecs(600 * (1 + rng.below(50))) : QDateTime();
        const QDateTime resolved = stage >= 2 ? received.addSecs(1800 * (1 + rng.below(20))) : QDateTime();
        const ComplaintId id = addComplaint(db, received, answered, resolved, classes.at(rng.below(3)), i % 2 == 1);
        if (rng.below(3) == 0) {
            const QDateTime paused = received.addSecs(3600 * (1 + rng.below(60)));
            addEvent(db, id, paused, QStringLiteral("pause"));
            if (rng.below(2) == 0) {
                addEvent(db, id, paused.addSecs(3600 * (1 + rng.below(30))), QStringLiteral("resume"));
            }
        }
    }
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    requireComplaintRollupsEqualRecomputation(db);

    // Every running clock got an instant or none (it cannot breach while paused), none was left to the live path,
    // and many breach after the moment they were settled.
    const QString settledIso = settledAt.toString(Qt::ISODateWithMs);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE breach_live <> 0")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE fr_breach_at > '") +
                         settledIso + QStringLiteral("' OR res_breach_at > '") + settledIso + QStringLiteral("'")) >
          10);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE fr_breach_at <= '") +
                         settledIso + QStringLiteral("' OR res_breach_at <= '") + settledIso + QStringLiteral("'")) >
          0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE (fr_within IS NULL AND "
                                    "fr_breach_at IS NULL) OR (res_within IS NULL AND res_breach_at IS NULL)")) > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE (fr_within IS NOT NULL "
                                    "AND fr_breach_at IS NOT NULL) OR (res_within IS NOT NULL AND res_breach_at IS "
                                    "NOT NULL)")) == 0);

    // Time moves on with no write: at each stored instant and a millisecond before it (where a wrong instant would
    // show), and a month later, the shares equal the recomputation from the raw rows at that moment.
    const QList<DashboardFilter> all = filters();
    const QStringList instants = storedBreachInstants(db);
    REQUIRE(instants.size() > 10);
    const auto decidedClocksAt = [&](const QDateTime &at) {
        clock.set(at);
        auto built = ComplaintDashboard::build(scratch.name(), all.at(0), clock);
        REQUIRE(built.ok());
        return built->report.firstResponse.decided + built->report.resolution.decided;
    };
    const int decidedAtSettling = decidedClocksAt(settledAt);
    for (const QString &instant : instants) {
        const QDateTime at = QDateTime::fromString(instant, Qt::ISODateWithMs);
        REQUIRE(at.isValid());
        for (const QDateTime &moment : {at.addMSecs(-1), at}) {
            clock.set(moment);
            INFO(moment.toString(Qt::ISODateWithMs).toStdString());
            for (const DashboardFilter &f : {all.at(0), all.at(3), all.at(4)}) {
                requireDashboardMatchesRawRows(scratch.name(), f, clock);
            }
            auto live = ComplaintSlaRollup::live(scratch.name(), all.at(0), clock.nowUtc());
            REQUIRE(live.ok());
            CHECK(live->evaluated == 0); // every figure from the stored instants, none evaluated one by one
        }
    }
    clock.set(settledAt.addDays(30));
    for (const DashboardFilter &f : all) {
        requireDashboardMatchesRawRows(scratch.name(), f, clock);
    }
    CHECK(decidedClocksAt(settledAt.addDays(30)) > decidedAtSettling);
    CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) == 0);
}

TEST_CASE("A holiday after a resolution puts back the unanswered first response whose breach it moves",
          "[dashboard-rollup]")
{
    RollupScratch scratch(QStringLiteral("complaint-rollup-scratch"));
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db));
    addCustomers(db);
    // Received Monday 09:00, resolved at 10:00 without a first response: that clock runs on to Thursday.
    const QDateTime received(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    FixedClock clock(received.addSecs(7200));
    const ComplaintId id = addComplaint(db, received, {}, received.addSecs(3600), QStringLiteral("general"));
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    const QStringList before = storedBreachInstants(db);
    REQUIRE(before.size() == 1);

    // A holiday on Wednesday, two days after the resolution: the breach moves a working day later.
    exec(db, QStringLiteral("INSERT INTO business_exception(on_date, working, name) VALUES ('2026-03-04', 0, 'x')"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_pending WHERE complaint_id = ") +
                         QString::number(id)) == 1);
    DashboardFilter march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 31);
    clock.set(QDateTime::fromString(before.constFirst(), Qt::ISODateWithMs));
    requireDashboardMatchesRawRows(scratch.name(), march, clock);
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    const QStringList after = storedBreachInstants(db);
    REQUIRE(after.size() == 1);
    CHECK(after.constFirst() > before.constFirst());
    requireDashboardMatchesRawRows(scratch.name(), march, clock);
    auto live = ComplaintSlaRollup::live(scratch.name(), march, clock.nowUtc());
    REQUIRE(live.ok());
    CHECK(live->firstResponse.decided == 0);
    clock.set(QDateTime::fromString(after.constFirst(), Qt::ISODateWithMs));
    live = ComplaintSlaRollup::live(scratch.name(), march, clock.nowUtc());
    REQUIRE(live.ok());
    CHECK(live->firstResponse.decided == 1);
    requireDashboardMatchesRawRows(scratch.name(), march, clock);
}

TEST_CASE("Migration 14 puts complaints settled with a running clock back to be worked out", "[dashboard-rollup]")
{
    RollupScratch scratch(QStringLiteral("complaint-rollup-scratch"));
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db, 13));
    FixedClock clock(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    addCustomers(db);
    Prng rng(13);
    for (int i = 0; i < 60; ++i) {
        insertComplaint(db, rng);
    }
    // Settled as schema 13 did for complaints whose clocks both run (nothing met: no outcome but the keys).
    exec(db, QStringLiteral("INSERT INTO analytics_complaint_outcome(complaint_id, day, department, staff) SELECT id, "
                            "substr(received_at, 1, 10), department, staff FROM complaint WHERE resolved_at IS NULL "
                            "AND first_response_at IS NULL"));
    const qint64 open = scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome"));
    REQUIRE(open > 5);
    exec(db, QStringLiteral("DELETE FROM analytics_complaint_pending WHERE complaint_id IN (SELECT complaint_id FROM "
                            "analytics_complaint_outcome)"));
    REQUIRE(*ComplaintSlaRollup::pendingCount(scratch.name()) == 60 - open);

    REQUIRE(Migrator::migrate(db));
    CHECK(*ComplaintSlaRollup::pendingCount(scratch.name()) == 60);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome")) == 0);
    requireComplaintRollupsEqualRecomputation(db);
    for (const DashboardFilter &f : filters()) {
        requireDashboardMatchesRawRows(scratch.name(), f, clock);
    }
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE fr_breach_at IS NOT NULL "
                                    "AND res_breach_at IS NOT NULL")) == open);
    requireComplaintRollupsEqualRecomputation(db);
    for (const DashboardFilter &f : filters()) {
        requireDashboardMatchesRawRows(scratch.name(), f, clock);
    }
}

TEST_CASE("Running clocks whose breach instant cannot be proven are evaluated one by one", "[dashboard-rollup]")
{
    RollupScratch scratch(QStringLiteral("complaint-rollup-scratch"));
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db));
    addCustomers(db);
    const QDateTime received(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    FixedClock clock(received.addDays(10));
    for (int i = 0; i < 6; ++i) {
        const ComplaintId id =
            addComplaint(db, received.addSecs(3600 * i), i % 3 == 0 ? received.addSecs(3600 * i + 600) : QDateTime(),
                         {}, i % 2 == 0 ? QStringLiteral("urgent") : QStringLiteral("general"));
        if (i == 1 || i == 2) {
            // Waiting on the customer from an hour after receipt for longer than the calendar searches ahead: the
            // deadlines lie beyond its reach, yet the clocks run again (and breach) after the resume.
            addEvent(db, id, received.addSecs(3600 * (i + 1)), QStringLiteral("pause"));
            addEvent(db, id, received.addDays(900), QStringLiteral("resume"));
        }
    }
    DashboardFilter march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 31);
    const auto evaluatedOneByOne = [&]() {
        auto live = ComplaintSlaRollup::live(scratch.name(), march, clock.nowUtc());
        REQUIRE(live.ok());
        return live->evaluated;
    };
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE breach_live = 1 AND "
                                    "fr_breach_at IS NULL AND res_breach_at IS NULL")) == 2);
    CHECK(evaluatedOneByOne() == 2);
    for (const QDateTime &at : {received.addDays(10), received.addDays(901), received.addDays(1000)}) {
        clock.set(at);
        requireDashboardMatchesRawRows(scratch.name(), march, clock);
    }

    // No working day at all: no deadline is ever reached within the calendar's search, and nothing paused them.
    exec(db, QStringLiteral("UPDATE business_day SET working = 0"));
    REQUIRE(ComplaintSlaRollup::settle(scratch.name(), clock).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_complaint_outcome WHERE breach_live = 1")) == 6);
    CHECK(evaluatedOneByOne() == 6);
    requireDashboardMatchesRawRows(scratch.name(), march, clock);
}
