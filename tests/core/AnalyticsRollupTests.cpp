// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"
#include "tests/core/RollupScratch.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace caredesk;
using core::Migrator;
using namespace caredesk::test;

namespace {

// The rollups recomputed from the raw rows, written independently of the migration's triggers.
const QString surveyRecompute =
    QStringLiteral("SELECT substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), count(*), count(r.nps), "
                   "coalesce(sum(r.nps >= 9), 0), coalesce(sum(r.nps IN (7, 8)), 0), coalesce(sum(r.nps < 7), 0), "
                   "count(r.csat), coalesce(sum(r.csat IN (4, 5)), 0), "
                   "total(r.csat) FROM survey_response r LEFT JOIN visit v ON v.id = r.visit_id GROUP BY 1, 2, 3, 4");
const QString surveyRollup = QStringLiteral(
    "SELECT day, department, staff, visit_kind, responses, n_nps, promoters, passives, detractors, n_csat, "
    "csat_top2, csat_sum * 1.0 FROM analytics_survey_day");
const QString dimensionRecompute = QStringLiteral(
    "SELECT substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), d.key, count(*), sum(s.score), "
    "count(r.csat), total(s.score * (r.csat IS NOT NULL)), total(r.csat), total(s.score * s.score * "
    "(r.csat IS NOT NULL)), total(r.csat * r.csat), total(s.score * r.csat) FROM survey_score s "
    "JOIN survey_response r ON r.id = s.response_id JOIN survey_dimension d ON d.id = s.dimension_id "
    "LEFT JOIN visit v ON v.id = r.visit_id GROUP BY 1, 2, 3, 4, 5");
const QString dimensionRollup = QStringLiteral(
    "SELECT day, department, staff, visit_kind, dimension_key, n, score_sum, n_pair, sum_x * 1.0, sum_y * 1.0, "
    "sum_xx * 1.0, sum_yy * 1.0, sum_xy * 1.0 FROM analytics_dimension_day");

// Migration 12's month rows: the same recomputation by month.
QString byMonth(const QString &recompute)
{
    QString sql = recompute;
    return sql.replace(QStringLiteral("substr(r.at, 1, 10)"), QStringLiteral("substr(r.at, 1, 7)"));
}
const QString surveyMonthRollup = QStringLiteral(
    "SELECT month, department, staff, visit_kind, responses, n_nps, promoters, passives, detractors, n_csat, "
    "csat_top2, csat_sum * 1.0 FROM analytics_survey_month");
const QString dimensionMonthRollup = QStringLiteral(
    "SELECT month, department, staff, visit_kind, dimension_key, n, score_sum, n_pair, sum_x * 1.0, sum_y * 1.0, "
    "sum_xx * 1.0, sum_yy * 1.0, sum_xy * 1.0 FROM analytics_dimension_month");

void requireRollupsEqualRecomputation(QSqlDatabase db)
{
    CHECK(differences(db, surveyRecompute, surveyRollup) == 0);
    CHECK(differences(db, dimensionRecompute, dimensionRollup) == 0);
    CHECK(differences(db, byMonth(surveyRecompute), surveyMonthRollup) == 0);
    CHECK(differences(db, byMonth(dimensionRecompute), dimensionMonthRollup) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_survey_month WHERE responses = 0")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_dimension_month WHERE n = 0")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_survey_day WHERE responses = 0")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_dimension_day WHERE n = 0")) == 0);
}

const QStringList departments{QStringLiteral("内科"), QStringLiteral("药房"), QStringLiteral("")};
const QStringList staff{QStringLiteral("王医生"), QStringLiteral("李药师"), QStringLiteral("")};
const QStringList kinds{QStringLiteral("consultation"), QStringLiteral("purchase"), QStringLiteral("follow_up")};

QVariant nullOr(Prng &rng, int n, int offset)
{
    return rng.below(4) == 0 ? QVariant() : QVariant(rng.below(n) + offset);
}

QString dayAt(Prng &rng)
{
    return QStringLiteral("2026-0%1-%2T%3:15:00.000Z")
        .arg(1 + rng.below(3))
        .arg(10 + rng.below(18))
        .arg(10 + rng.below(12));
}

/** Customers 1-2, visits 1-8 with random kinds: the rows survey responses point at. */
void addBaseRows(QSqlDatabase db, Prng &rng)
{
    for (int c = 1; c <= 2; ++c) {
        exec(db,
             QStringLiteral("INSERT INTO customer(id, name, name_sort, member_number, created_at, updated_at) "
                            "VALUES (?, 'x', 'x', ?, 'x', 'x')"),
             {c, QStringLiteral("M%1").arg(c)});
    }
    for (int v = 1; v <= 8; ++v) {
        exec(db,
             QStringLiteral("INSERT INTO visit(id, customer_id, kind, at, created_at, created_by) "
                            "VALUES (?, 1, ?, '2026-01-01T08:00:00.000Z', 'x', 'x')"),
             {v, kinds.at(rng.below(3))});
    }
}

/** One random write: insert, update or delete of a response or score, or a visit's kind changed. */
void randomWrite(QSqlDatabase db, Prng &rng)
{
    const qint64 responses = scalar(db, QStringLiteral("SELECT count(*) FROM survey_response"));
    const int op = responses < 5 ? 0 : rng.below(10);
    const QVariant visit = rng.below(3) == 0 ? QVariant() : QVariant(1 + rng.below(8));
    switch (op) {
    case 0:
    case 1:
        exec(db,
             QStringLiteral("INSERT INTO survey_response(customer_id, template_id, at, channel, csat, nps, visit_id, "
                            "staff, department, created_at, created_by) VALUES (1, 1, ?, 'paper', ?, ?, ?, ?, ?, "
                            "'x', 'x')"),
             {dayAt(rng), nullOr(rng, 5, 1), nullOr(rng, 11, 0), visit, staff.at(rng.below(3)),
              departments.at(rng.below(3))});
        break;
    case 2:
    case 3:
        // Scores go to a random response and one of template 1's six dimensions (ids 1-6); never twice.
        exec(db,
             QStringLiteral("INSERT OR IGNORE INTO survey_score(response_id, dimension_id, score) "
                            "SELECT id, ?, ? FROM survey_response ORDER BY id LIMIT 1 OFFSET ?"),
             {1 + rng.below(6), 1 + rng.below(5), rng.below(static_cast<int>(responses))});
        break;
    case 4:
        exec(db,
             QStringLiteral("UPDATE survey_response SET csat = ?, nps = ? WHERE id = (SELECT id FROM "
                            "survey_response ORDER BY id LIMIT 1 OFFSET ?)"),
             {nullOr(rng, 5, 1), nullOr(rng, 11, 0), rng.below(static_cast<int>(responses))});
        break;
    case 5:
        exec(db,
             QStringLiteral("UPDATE survey_response SET at = ?, department = ?, staff = ?, visit_id = ? WHERE id = "
                            "(SELECT id FROM survey_response ORDER BY id LIMIT 1 OFFSET ?)"),
             {dayAt(rng), departments.at(rng.below(3)), staff.at(rng.below(3)), visit,
              rng.below(static_cast<int>(responses))});
        break;
    case 6:
        exec(db,
             QStringLiteral("UPDATE survey_score SET score = ? WHERE id = (SELECT id FROM survey_score "
                            "ORDER BY id LIMIT 1 OFFSET ?)"),
             {1 + rng.below(5), rng.below(20)});
        break;
    case 7:
        exec(db,
             QStringLiteral("DELETE FROM survey_score WHERE id = (SELECT id FROM survey_score ORDER BY id "
                            "LIMIT 1 OFFSET ?)"),
             {rng.below(20)});
        break;
    case 8: {
        const int offset = rng.below(static_cast<int>(responses));
        const QString which =
            QStringLiteral("(SELECT id FROM survey_response ORDER BY id LIMIT 1 OFFSET %1)").arg(offset);
        exec(db, QStringLiteral("DELETE FROM survey_score WHERE response_id = ") + which);
        exec(db, QStringLiteral("DELETE FROM survey_response WHERE id = ") + which);
        break;
    }
    default:
        exec(db, QStringLiteral("UPDATE visit SET kind = ? WHERE id = ?"), {kinds.at(rng.below(3)), 1 + rng.below(8)});
        break;
    }
}

} // namespace

TEST_CASE("Survey rollups equal a recomputation from raw rows after random writes", "[analytics-sat][rollup]")
{
    RollupScratch scratch;
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db));
    Prng rng(20261201);
    addBaseRows(db, rng);
    for (int i = 0; i < 400; ++i) {
        randomWrite(db, rng);
    }
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_survey_day")) > 10);
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_dimension_day")) > 10);
    requireRollupsEqualRecomputation(db);

    SECTION("writes in a rolled-back transaction leave the rollups as they were")
    {
        const qint64 before = scalar(db, QStringLiteral("SELECT total(responses * 7 + n_nps * 3 + csat_sum) FROM "
                                                        "analytics_survey_day"));
        REQUIRE(db.transaction());
        for (int i = 0; i < 100; ++i) {
            randomWrite(db, rng);
        }
        REQUIRE(db.rollback());
        CHECK(scalar(db, QStringLiteral("SELECT total(responses * 7 + n_nps * 3 + csat_sum) FROM "
                                        "analytics_survey_day")) == before);
        requireRollupsEqualRecomputation(db);
        for (int i = 0; i < 100; ++i) {
            randomWrite(db, rng);
        }
        requireRollupsEqualRecomputation(db);
    }
}

TEST_CASE("Migration 8 fills the rollups from rows written before it", "[analytics-sat][rollup]")
{
    RollupScratch scratch;
    QSqlDatabase db = scratch.db();
    REQUIRE(Migrator::migrate(db, 7));
    Prng rng(77);
    addBaseRows(db, rng);
    for (int i = 0; i < 300; ++i) {
        randomWrite(db, rng);
    }
    // Loyalty rows before the migration: an earn lot, a redemption drawing on it, a tier change.
    exec(db, QStringLiteral("INSERT INTO loyalty_entry(id, customer_id, kind, points, at, on_date, expires_on) "
                            "VALUES (1, 1, 'earn', 500, 'x', '2026-01-05', '2027-01-05')"));
    exec(db, QStringLiteral("INSERT INTO loyalty_entry(id, customer_id, kind, points, at, on_date) "
                            "VALUES (2, 1, 'redeem', -200, 'x', '2026-02-05')"));
    exec(db, QStringLiteral("INSERT INTO loyalty_allocation(entry_id, lot_entry_id, points) VALUES (2, 1, 200)"));
    exec(db, QStringLiteral("INSERT INTO loyalty_tier_event(customer_id, at, from_tier, to_tier, recorded_at) "
                            "VALUES (1, '2026-01-05', 'standard', 'silver', 'x')"));
    REQUIRE(Migrator::migrate(db));
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM analytics_survey_day")) > 10);
    requireRollupsEqualRecomputation(db);
    CHECK(scalar(db, QStringLiteral("SELECT remaining FROM analytics_loyalty_lot WHERE lot_id = 1")) == 300);
    CHECK(scalar(db, QStringLiteral("SELECT points FROM analytics_loyalty_day WHERE flow = 'redeemed'")) == -200);
    CHECK(scalar(db, QStringLiteral("SELECT members FROM analytics_loyalty_tier WHERE tier = 'silver'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT with_points FROM analytics_loyalty_tier WHERE tier = 'silver'")) == 1);
    // ... and the triggers carry on from the filled state.
    for (int i = 0; i < 200; ++i) {
        randomWrite(db, rng);
    }
    requireRollupsEqualRecomputation(db);
}
