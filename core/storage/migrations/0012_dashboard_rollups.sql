-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 12: dashboards at 1M customers (issue 6). Monthly rollups next to the daily ones of migration 8, so a
-- twelve-month dashboard reads about twelve month rows per key plus the days of the partial months at its ends;
-- complaint rollups (counts, root causes, SLA outcomes, resolution-time histogram); the churn band history.
-- As in migration 8, triggers keep everything current in the same transaction as every write, and rows whose
-- count falls to 0 are deleted (SQLite 3.15: no UPSERT, so INSERT OR IGNORE of the key, then UPDATE).

-- Satisfaction per month: the same columns as analytics_survey_day / analytics_dimension_day, month = 'yyyy-MM'.
-- Kept by triggers on the daily rows, so the month is always the sum of its days.
CREATE TABLE analytics_survey_month (
    month      TEXT NOT NULL,
    department TEXT NOT NULL,
    staff      TEXT NOT NULL,
    visit_kind TEXT NOT NULL,
    responses  INTEGER NOT NULL DEFAULT 0,
    n_nps      INTEGER NOT NULL DEFAULT 0,
    promoters  INTEGER NOT NULL DEFAULT 0,
    passives   INTEGER NOT NULL DEFAULT 0,
    detractors INTEGER NOT NULL DEFAULT 0,
    n_csat     INTEGER NOT NULL DEFAULT 0,
    csat_top2  INTEGER NOT NULL DEFAULT 0,
    csat_sum   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, staff, visit_kind)
) WITHOUT ROWID;

CREATE TABLE analytics_dimension_month (
    month         TEXT NOT NULL,
    department    TEXT NOT NULL,
    staff         TEXT NOT NULL,
    visit_kind    TEXT NOT NULL,
    dimension_key TEXT NOT NULL,
    n             INTEGER NOT NULL DEFAULT 0,
    score_sum     INTEGER NOT NULL DEFAULT 0,
    n_pair        INTEGER NOT NULL DEFAULT 0,
    sum_x         INTEGER NOT NULL DEFAULT 0,
    sum_y         INTEGER NOT NULL DEFAULT 0,
    sum_xx        INTEGER NOT NULL DEFAULT 0,
    sum_yy        INTEGER NOT NULL DEFAULT 0,
    sum_xy        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, staff, visit_kind, dimension_key)
) WITHOUT ROWID;

INSERT INTO analytics_survey_month(month, department, staff, visit_kind, responses, n_nps, promoters, passives,
                                   detractors, n_csat, csat_top2, csat_sum)
SELECT substr(day, 1, 7), department, staff, visit_kind, sum(responses), sum(n_nps), sum(promoters), sum(passives),
       sum(detractors), sum(n_csat), sum(csat_top2), sum(csat_sum)
FROM analytics_survey_day GROUP BY substr(day, 1, 7), department, staff, visit_kind;

INSERT INTO analytics_dimension_month(month, department, staff, visit_kind, dimension_key, n, score_sum, n_pair, sum_x,
                                      sum_y, sum_xx, sum_yy, sum_xy)
SELECT substr(day, 1, 7), department, staff, visit_kind, dimension_key, sum(n), sum(score_sum), sum(n_pair),
       sum(sum_x), sum(sum_y), sum(sum_xx), sum(sum_yy), sum(sum_xy)
FROM analytics_dimension_day GROUP BY substr(day, 1, 7), department, staff, visit_kind, dimension_key;

-- A day row is inserted with zeros and then updated (migration 8), or updated, or deleted at zero: each adds its
-- change to the month. The key columns of a day row never change.
CREATE TRIGGER analytics_survey_day_insert AFTER INSERT ON analytics_survey_day
BEGIN
    INSERT OR IGNORE INTO analytics_survey_month(month, department, staff, visit_kind)
        VALUES (substr(NEW.day, 1, 7), NEW.department, NEW.staff, NEW.visit_kind);
    UPDATE analytics_survey_month SET
        responses = responses + NEW.responses, n_nps = n_nps + NEW.n_nps, promoters = promoters + NEW.promoters,
        passives = passives + NEW.passives, detractors = detractors + NEW.detractors, n_csat = n_csat + NEW.n_csat,
        csat_top2 = csat_top2 + NEW.csat_top2, csat_sum = csat_sum + NEW.csat_sum
    WHERE month = substr(NEW.day, 1, 7) AND department = NEW.department AND staff = NEW.staff
        AND visit_kind = NEW.visit_kind;
END;

CREATE TRIGGER analytics_survey_day_update AFTER UPDATE ON analytics_survey_day
BEGIN
    UPDATE analytics_survey_month SET
        responses = responses + NEW.responses - OLD.responses, n_nps = n_nps + NEW.n_nps - OLD.n_nps,
        promoters = promoters + NEW.promoters - OLD.promoters, passives = passives + NEW.passives - OLD.passives,
        detractors = detractors + NEW.detractors - OLD.detractors, n_csat = n_csat + NEW.n_csat - OLD.n_csat,
        csat_top2 = csat_top2 + NEW.csat_top2 - OLD.csat_top2, csat_sum = csat_sum + NEW.csat_sum - OLD.csat_sum
    WHERE month = substr(NEW.day, 1, 7) AND department = NEW.department AND staff = NEW.staff
        AND visit_kind = NEW.visit_kind;
END;

CREATE TRIGGER analytics_survey_day_delete AFTER DELETE ON analytics_survey_day
BEGIN
    UPDATE analytics_survey_month SET
        responses = responses - OLD.responses, n_nps = n_nps - OLD.n_nps, promoters = promoters - OLD.promoters,
        passives = passives - OLD.passives, detractors = detractors - OLD.detractors, n_csat = n_csat - OLD.n_csat,
        csat_top2 = csat_top2 - OLD.csat_top2, csat_sum = csat_sum - OLD.csat_sum
    WHERE month = substr(OLD.day, 1, 7) AND department = OLD.department AND staff = OLD.staff
        AND visit_kind = OLD.visit_kind;
    DELETE FROM analytics_survey_month
    WHERE month = substr(OLD.day, 1, 7) AND department = OLD.department AND staff = OLD.staff
        AND visit_kind = OLD.visit_kind AND responses = 0;
END;

CREATE TRIGGER analytics_dimension_day_insert AFTER INSERT ON analytics_dimension_day
BEGIN
    INSERT OR IGNORE INTO analytics_dimension_month(month, department, staff, visit_kind, dimension_key)
        VALUES (substr(NEW.day, 1, 7), NEW.department, NEW.staff, NEW.visit_kind, NEW.dimension_key);
    UPDATE analytics_dimension_month SET
        n = n + NEW.n, score_sum = score_sum + NEW.score_sum, n_pair = n_pair + NEW.n_pair,
        sum_x = sum_x + NEW.sum_x, sum_y = sum_y + NEW.sum_y, sum_xx = sum_xx + NEW.sum_xx,
        sum_yy = sum_yy + NEW.sum_yy, sum_xy = sum_xy + NEW.sum_xy
    WHERE month = substr(NEW.day, 1, 7) AND department = NEW.department AND staff = NEW.staff
        AND visit_kind = NEW.visit_kind AND dimension_key = NEW.dimension_key;
END;

CREATE TRIGGER analytics_dimension_day_update AFTER UPDATE ON analytics_dimension_day
BEGIN
    UPDATE analytics_dimension_month SET
        n = n + NEW.n - OLD.n, score_sum = score_sum + NEW.score_sum - OLD.score_sum,
        n_pair = n_pair + NEW.n_pair - OLD.n_pair, sum_x = sum_x + NEW.sum_x - OLD.sum_x,
        sum_y = sum_y + NEW.sum_y - OLD.sum_y, sum_xx = sum_xx + NEW.sum_xx - OLD.sum_xx,
        sum_yy = sum_yy + NEW.sum_yy - OLD.sum_yy, sum_xy = sum_xy + NEW.sum_xy - OLD.sum_xy
    WHERE month = substr(NEW.day, 1, 7) AND department = NEW.department AND staff = NEW.staff
        AND visit_kind = NEW.visit_kind AND dimension_key = NEW.dimension_key;
END;

CREATE TRIGGER analytics_dimension_day_delete AFTER DELETE ON analytics_dimension_day
BEGIN
    UPDATE analytics_dimension_month SET
        n = n - OLD.n, score_sum = score_sum - OLD.score_sum, n_pair = n_pair - OLD.n_pair,
        sum_x = sum_x - OLD.sum_x, sum_y = sum_y - OLD.sum_y, sum_xx = sum_xx - OLD.sum_xx,
        sum_yy = sum_yy - OLD.sum_yy, sum_xy = sum_xy - OLD.sum_xy
    WHERE month = substr(OLD.day, 1, 7) AND department = OLD.department AND staff = OLD.staff
        AND visit_kind = OLD.visit_kind AND dimension_key = OLD.dimension_key;
    DELETE FROM analytics_dimension_month
    WHERE month = substr(OLD.day, 1, 7) AND department = OLD.department AND staff = OLD.staff
        AND visit_kind = OLD.visit_kind AND dimension_key = OLD.dimension_key AND n = 0;
END;

-- Complaints. Every complaint counts in eight rows of each rollup: its day ('yyyy-MM-dd') and its month ('yyyy-MM')
-- (the period column), each for its department and staff, its department over all staff, its staff over all
-- departments, and the whole site. "All" is char(1), which no recorded department or staff can be, so a dashboard
-- with any department/staff filter reads exactly the rows it needs (keys lead with department and staff).
CREATE TABLE analytics_complaint_grain (
    month         INTEGER NOT NULL CHECK (month IN (0, 1)),
    by_department INTEGER NOT NULL CHECK (by_department IN (0, 1)),
    by_staff      INTEGER NOT NULL CHECK (by_staff IN (0, 1)),
    PRIMARY KEY (month, by_department, by_staff)
) WITHOUT ROWID;
INSERT INTO analytics_complaint_grain VALUES (0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1),
                                             (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1);

-- Complaints by received_at, category and severity: resolved = resolved_at set now; ever_resolved = resolved now or
-- reopened at least once (as ComplaintReport counts them); reopened = reopened at least once.
CREATE TABLE analytics_complaint_count (
    period        TEXT NOT NULL,
    department    TEXT NOT NULL,
    staff         TEXT NOT NULL,
    category      TEXT NOT NULL,
    severity      TEXT NOT NULL,
    received      INTEGER NOT NULL DEFAULT 0,
    resolved      INTEGER NOT NULL DEFAULT 0,
    ever_resolved INTEGER NOT NULL DEFAULT 0,
    reopened      INTEGER NOT NULL DEFAULT 0,
    with_cause    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (department, staff, period, category, severity)
) WITHOUT ROWID;

-- Root causes as recorded, trimmed; complaints without one are not here.
CREATE TABLE analytics_complaint_cause (
    period     TEXT NOT NULL,
    department TEXT NOT NULL,
    staff      TEXT NOT NULL,
    root_cause TEXT NOT NULL,
    n          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (department, staff, period, root_cause)
) WITHOUT ROWID;

-- The SLA outcome of each complaint's clocks that have been met, worked out once with the business calendar
-- (ComplaintSlaRollup::settle) and kept with the keys it counted under: fr_within / res_within are 1 when met in
-- time, 0 when met late, NULL while the clock runs; res_bucket is ComplaintSlaRollup::bucketOf() of the resolution
-- business minutes. Rows are inserted and deleted, never updated. A change to anything the outcome depends on
-- deletes the row and puts the complaint on analytics_complaint_pending until it is settled again; until then the
-- dashboard evaluates it live, as it does the running clocks of open complaints.
CREATE TABLE analytics_complaint_outcome (
    complaint_id INTEGER PRIMARY KEY,
    day          TEXT NOT NULL,
    department   TEXT NOT NULL,
    staff        TEXT NOT NULL,
    fr_within    INTEGER CHECK (fr_within IN (0, 1)),
    res_within   INTEGER CHECK (res_within IN (0, 1)),
    res_minutes  INTEGER,
    res_bucket   INTEGER
);

CREATE TABLE analytics_complaint_pending (
    complaint_id INTEGER PRIMARY KEY
);

-- Met clocks: decided = met in time or late (running clocks past their deadline are added live).
CREATE TABLE analytics_complaint_sla (
    period      TEXT NOT NULL,
    department  TEXT NOT NULL,
    staff       TEXT NOT NULL,
    fr_decided  INTEGER NOT NULL DEFAULT 0,
    fr_within   INTEGER NOT NULL DEFAULT 0,
    res_decided INTEGER NOT NULL DEFAULT 0,
    res_within  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (department, staff, period)
) WITHOUT ROWID;

-- Resolution business time of settled resolved complaints, by bucket.
CREATE TABLE analytics_complaint_hours (
    period     TEXT NOT NULL,
    department TEXT NOT NULL,
    staff      TEXT NOT NULL,
    bucket     INTEGER NOT NULL,
    n          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (department, staff, period, bucket)
) WITHOUT ROWID;

-- Open clocks of a period (the dashboard evaluates them live) and repeat complainants, without reading every row.
CREATE INDEX analytics_complaint_open ON complaint(received_at) WHERE resolved_at IS NULL OR first_response_at IS NULL;
CREATE INDEX analytics_complaint_received_customer ON complaint(received_at, customer_id, department, staff);

CREATE VIEW analytics_complaint_apply AS
SELECT 0 AS sign, '' AS day, '' AS department, '' AS staff, '' AS category, '' AS severity, 0 AS resolved,
       0 AS ever_resolved, 0 AS reopened, '' AS root_cause
WHERE 0;

CREATE TRIGGER analytics_complaint_apply_insert INSTEAD OF INSERT ON analytics_complaint_apply
BEGIN
    INSERT OR IGNORE INTO analytics_complaint_count(period, department, staff, category, severity)
        SELECT CASE WHEN g.month = 1 THEN substr(NEW.day, 1, 7) ELSE NEW.day END,
               CASE WHEN g.by_department = 1 THEN NEW.department ELSE char(1) END,
               CASE WHEN g.by_staff = 1 THEN NEW.staff ELSE char(1) END, NEW.category, NEW.severity
        FROM analytics_complaint_grain g;
    UPDATE analytics_complaint_count SET
        received = received + NEW.sign,
        resolved = resolved + NEW.sign * NEW.resolved,
        ever_resolved = ever_resolved + NEW.sign * NEW.ever_resolved,
        reopened = reopened + NEW.sign * NEW.reopened,
        with_cause = with_cause + CASE WHEN NEW.root_cause = '' THEN 0 ELSE NEW.sign END
    WHERE period IN (NEW.day, substr(NEW.day, 1, 7)) AND department IN (NEW.department, char(1))
        AND staff IN (NEW.staff, char(1)) AND category = NEW.category AND severity = NEW.severity;
    DELETE FROM analytics_complaint_count
    WHERE period IN (NEW.day, substr(NEW.day, 1, 7)) AND department IN (NEW.department, char(1))
        AND staff IN (NEW.staff, char(1)) AND category = NEW.category AND severity = NEW.severity AND received = 0;
    INSERT OR IGNORE INTO analytics_complaint_cause(period, department, staff, root_cause)
        SELECT CASE WHEN g.month = 1 THEN substr(NEW.day, 1, 7) ELSE NEW.day END,
               CASE WHEN g.by_department = 1 THEN NEW.department ELSE char(1) END,
               CASE WHEN g.by_staff = 1 THEN NEW.staff ELSE char(1) END, NEW.root_cause
        FROM analytics_complaint_grain g WHERE NEW.root_cause <> '';
    UPDATE analytics_complaint_cause SET n = n + NEW.sign
    WHERE NEW.root_cause <> '' AND period IN (NEW.day, substr(NEW.day, 1, 7))
        AND department IN (NEW.department, char(1)) AND staff IN (NEW.staff, char(1))
        AND root_cause = NEW.root_cause;
    DELETE FROM analytics_complaint_cause
    WHERE NEW.root_cause <> '' AND period IN (NEW.day, substr(NEW.day, 1, 7))
        AND department IN (NEW.department, char(1)) AND staff IN (NEW.staff, char(1))
        AND root_cause = NEW.root_cause AND n = 0;
END;

CREATE VIEW analytics_complaint_sla_apply AS
SELECT 0 AS sign, '' AS day, '' AS department, '' AS staff, NULL AS fr_within, NULL AS res_within,
       NULL AS res_bucket
WHERE 0;

CREATE TRIGGER analytics_complaint_sla_apply_insert INSTEAD OF INSERT ON analytics_complaint_sla_apply
WHEN NEW.fr_within IS NOT NULL OR NEW.res_within IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO analytics_complaint_sla(period, department, staff)
        SELECT CASE WHEN g.month = 1 THEN substr(NEW.day, 1, 7) ELSE NEW.day END,
               CASE WHEN g.by_department = 1 THEN NEW.department ELSE char(1) END,
               CASE WHEN g.by_staff = 1 THEN NEW.staff ELSE char(1) END
        FROM analytics_complaint_grain g;
    UPDATE analytics_complaint_sla SET
        fr_decided = fr_decided + CASE WHEN NEW.fr_within IS NULL THEN 0 ELSE NEW.sign END,
        fr_within = fr_within + NEW.sign * coalesce(NEW.fr_within, 0),
        res_decided = res_decided + CASE WHEN NEW.res_within IS NULL THEN 0 ELSE NEW.sign END,
        res_within = res_within + NEW.sign * coalesce(NEW.res_within, 0)
    WHERE period IN (NEW.day, substr(NEW.day, 1, 7)) AND department IN (NEW.department, char(1))
        AND staff IN (NEW.staff, char(1));
    DELETE FROM analytics_complaint_sla
    WHERE period IN (NEW.day, substr(NEW.day, 1, 7)) AND department IN (NEW.department, char(1))
        AND staff IN (NEW.staff, char(1)) AND fr_decided = 0 AND res_decided = 0;
    INSERT OR IGNORE INTO analytics_complaint_hours(period, department, staff, bucket)
        SELECT CASE WHEN g.month = 1 THEN substr(NEW.day, 1, 7) ELSE NEW.day END,
               CASE WHEN g.by_department = 1 THEN NEW.department ELSE char(1) END,
               CASE WHEN g.by_staff = 1 THEN NEW.staff ELSE char(1) END, NEW.res_bucket
        FROM analytics_complaint_grain g WHERE NEW.res_bucket IS NOT NULL;
    UPDATE analytics_complaint_hours SET n = n + NEW.sign
    WHERE NEW.res_bucket IS NOT NULL AND period IN (NEW.day, substr(NEW.day, 1, 7))
        AND department IN (NEW.department, char(1)) AND staff IN (NEW.staff, char(1)) AND bucket = NEW.res_bucket;
    DELETE FROM analytics_complaint_hours
    WHERE NEW.res_bucket IS NOT NULL AND period IN (NEW.day, substr(NEW.day, 1, 7))
        AND department IN (NEW.department, char(1)) AND staff IN (NEW.staff, char(1)) AND bucket = NEW.res_bucket
        AND n = 0;
END;

CREATE TRIGGER analytics_complaint_outcome_insert AFTER INSERT ON analytics_complaint_outcome
BEGIN
    INSERT INTO analytics_complaint_sla_apply(sign, day, department, staff, fr_within, res_within, res_bucket)
        VALUES (1, NEW.day, NEW.department, NEW.staff, NEW.fr_within, NEW.res_within, NEW.res_bucket);
END;

CREATE TRIGGER analytics_complaint_outcome_delete AFTER DELETE ON analytics_complaint_outcome
BEGIN
    INSERT INTO analytics_complaint_sla_apply(sign, day, department, staff, fr_within, res_within, res_bucket)
        VALUES (-1, OLD.day, OLD.department, OLD.staff, OLD.fr_within, OLD.res_within, OLD.res_bucket);
END;

CREATE TRIGGER analytics_complaint_outcome_update BEFORE UPDATE ON analytics_complaint_outcome
BEGIN
    SELECT RAISE(ABORT, 'analytics_complaint_outcome rows are deleted and inserted, never updated');
END;

-- Root causes count trimmed of spaces, tabs, line breaks, no-break and ideographic spaces (QString::trimmed()).
CREATE TRIGGER analytics_complaint_insert AFTER INSERT ON complaint
BEGIN
    INSERT INTO analytics_complaint_apply(sign, day, department, staff, category, severity, resolved, ever_resolved,
                                          reopened, root_cause)
        VALUES (1, substr(NEW.received_at, 1, 10), NEW.department, NEW.staff, NEW.category, NEW.severity,
                NEW.resolved_at IS NOT NULL, NEW.resolved_at IS NOT NULL OR NEW.reopen_count > 0,
                NEW.reopen_count > 0, trim(NEW.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) VALUES (NEW.id);
END;

CREATE TRIGGER analytics_complaint_delete AFTER DELETE ON complaint
BEGIN
    INSERT INTO analytics_complaint_apply(sign, day, department, staff, category, severity, resolved, ever_resolved,
                                          reopened, root_cause)
        VALUES (-1, substr(OLD.received_at, 1, 10), OLD.department, OLD.staff, OLD.category, OLD.severity,
                OLD.resolved_at IS NOT NULL, OLD.resolved_at IS NOT NULL OR OLD.reopen_count > 0,
                OLD.reopen_count > 0, trim(OLD.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)));
    DELETE FROM analytics_complaint_outcome WHERE complaint_id = OLD.id;
    DELETE FROM analytics_complaint_pending WHERE complaint_id = OLD.id;
END;

CREATE TRIGGER analytics_complaint_update AFTER UPDATE OF received_at, department, staff, category, severity,
    resolved_at, reopen_count, root_cause ON complaint
WHEN OLD.received_at IS NOT NEW.received_at OR OLD.department IS NOT NEW.department OR OLD.staff IS NOT NEW.staff
    OR OLD.category IS NOT NEW.category OR OLD.severity IS NOT NEW.severity
    OR (OLD.resolved_at IS NULL) IS NOT (NEW.resolved_at IS NULL) OR OLD.reopen_count IS NOT NEW.reopen_count
    OR OLD.root_cause IS NOT NEW.root_cause
BEGIN
    INSERT INTO analytics_complaint_apply(sign, day, department, staff, category, severity, resolved, ever_resolved,
                                          reopened, root_cause)
        VALUES (-1, substr(OLD.received_at, 1, 10), OLD.department, OLD.staff, OLD.category, OLD.severity,
                OLD.resolved_at IS NOT NULL, OLD.resolved_at IS NOT NULL OR OLD.reopen_count > 0,
                OLD.reopen_count > 0, trim(OLD.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)));
    INSERT INTO analytics_complaint_apply(sign, day, department, staff, category, severity, resolved, ever_resolved,
                                          reopened, root_cause)
        VALUES (1, substr(NEW.received_at, 1, 10), NEW.department, NEW.staff, NEW.category, NEW.severity,
                NEW.resolved_at IS NOT NULL, NEW.resolved_at IS NOT NULL OR NEW.reopen_count > 0,
                NEW.reopen_count > 0, trim(NEW.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)));
END;

-- What an SLA outcome depends on changed: it is worked out again.
CREATE TRIGGER analytics_complaint_sla_update AFTER UPDATE OF id, received_at, department, staff, sla_class,
    first_response_at, resolved_at ON complaint
WHEN OLD.id IS NOT NEW.id OR OLD.received_at IS NOT NEW.received_at OR OLD.department IS NOT NEW.department
    OR OLD.staff IS NOT NEW.staff OR OLD.sla_class IS NOT NEW.sla_class
    OR OLD.first_response_at IS NOT NEW.first_response_at OR OLD.resolved_at IS NOT NEW.resolved_at
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id = OLD.id;
    DELETE FROM analytics_complaint_pending WHERE complaint_id = OLD.id;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) VALUES (NEW.id);
END;

CREATE TRIGGER analytics_complaint_pause_insert AFTER INSERT ON complaint_event
WHEN NEW.kind IN ('pause', 'resume')
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id = NEW.complaint_id;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) VALUES (NEW.complaint_id);
END;

CREATE TRIGGER analytics_complaint_pause_delete AFTER DELETE ON complaint_event
WHEN OLD.kind IN ('pause', 'resume')
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id = OLD.complaint_id;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE id = OLD.complaint_id;
END;

CREATE TRIGGER analytics_complaint_pause_update AFTER UPDATE OF complaint_id, at, kind ON complaint_event
WHEN (OLD.kind IN ('pause', 'resume') OR NEW.kind IN ('pause', 'resume'))
    AND (OLD.complaint_id IS NOT NEW.complaint_id OR OLD.at IS NOT NEW.at OR OLD.kind IS NOT NEW.kind)
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (OLD.complaint_id, NEW.complaint_id);
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE id IN (OLD.complaint_id, NEW.complaint_id);
END;

-- The working week and the policy decide every clock: all outcomes are worked out again (rare, an administrator's
-- change). A holiday or make-up day decides only the clocks that ran within a day of it.
CREATE TRIGGER analytics_complaint_week_update AFTER UPDATE ON business_day
BEGIN
    DELETE FROM analytics_complaint_outcome;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;
END;

CREATE TRIGGER analytics_complaint_policy_insert AFTER INSERT ON sla_policy
BEGIN
    DELETE FROM analytics_complaint_outcome;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;
END;

CREATE TRIGGER analytics_complaint_policy_update AFTER UPDATE ON sla_policy
BEGIN
    DELETE FROM analytics_complaint_outcome;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;
END;

CREATE TRIGGER analytics_complaint_policy_delete AFTER DELETE ON sla_policy
BEGIN
    DELETE FROM analytics_complaint_outcome;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;
END;

CREATE TRIGGER analytics_complaint_holiday_insert AFTER INSERT ON business_exception
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
        SELECT id FROM complaint WHERE received_at < date(NEW.on_date, '+2 day')
            AND coalesce(resolved_at, '9999') >= date(NEW.on_date, '-1 day'));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE received_at < date(NEW.on_date, '+2 day')
            AND coalesce(resolved_at, '9999') >= date(NEW.on_date, '-1 day');
END;

CREATE TRIGGER analytics_complaint_holiday_delete AFTER DELETE ON business_exception
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
        SELECT id FROM complaint WHERE received_at < date(OLD.on_date, '+2 day')
            AND coalesce(resolved_at, '9999') >= date(OLD.on_date, '-1 day'));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE received_at < date(OLD.on_date, '+2 day')
            AND coalesce(resolved_at, '9999') >= date(OLD.on_date, '-1 day');
END;

CREATE TRIGGER analytics_complaint_holiday_update AFTER UPDATE ON business_exception
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
        SELECT id FROM complaint WHERE (received_at < date(OLD.on_date, '+2 day')
            AND coalesce(resolved_at, '9999') >= date(OLD.on_date, '-1 day'))
            OR (received_at < date(NEW.on_date, '+2 day') AND coalesce(resolved_at, '9999') >= date(NEW.on_date, '-1 day')));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE (received_at < date(OLD.on_date, '+2 day')
            AND coalesce(resolved_at, '9999') >= date(OLD.on_date, '-1 day'))
            OR (received_at < date(NEW.on_date, '+2 day') AND coalesce(resolved_at, '9999') >= date(NEW.on_date, '-1 day'));
END;

-- The complaints already there: counted now, their SLA outcomes settled by the first dashboard (or CLI) that runs.
INSERT INTO analytics_complaint_apply(sign, day, department, staff, category, severity, resolved, ever_resolved,
                                      reopened, root_cause)
SELECT 1, substr(received_at, 1, 10), department, staff, category, severity, resolved_at IS NOT NULL,
       resolved_at IS NOT NULL OR reopen_count > 0, reopen_count > 0,
       trim(root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288))
FROM complaint;
INSERT INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;

-- Churn band history. churn_band_current holds each customer's band as of the last rebuild (only bands other than
-- none), untouched by the trigger that takes a returning customer off churn_risk, so the next rebuild can tell who
-- moved; churn_band_change gets one row per customer whose band differs from the previous rebuild's ('' = none or
-- not scored), written by ChurnRiskService::rebuild() (nothing on the very first rebuild).
CREATE TABLE churn_band_current (
    customer_id INTEGER PRIMARY KEY REFERENCES customer(id),
    band        TEXT NOT NULL
);
INSERT INTO churn_band_current(customer_id, band) SELECT customer_id, band FROM churn_risk WHERE band <> 'none';

CREATE TABLE churn_band_change (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    on_date     TEXT NOT NULL,
    from_band   TEXT NOT NULL,
    to_band     TEXT NOT NULL
);
CREATE INDEX churn_band_change_date ON churn_band_change(on_date, to_band);
CREATE INDEX churn_band_change_customer ON churn_band_change(customer_id, on_date);
