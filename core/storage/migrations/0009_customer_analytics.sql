-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: customer analytics. customer_activity is a rollup of each customer's visits, kept current by triggers
-- in the same transaction as every visit insert, update (a merge moves visits by UPDATE) and delete. The other
-- tables are the churn snapshot ChurnRiskService::rebuild() writes in one transaction: each customer's risk, and
-- the figures the dashboards read (churn trend, cohort triangle, Kaplan-Meier curves, RFM cells and segments).
-- Derived data only, so no foreign keys: a trigger removes a deleted customer's rows.
INSERT INTO setting(key, value) VALUES ('churn.lapse_days', '180');
INSERT INTO setting(key, value) VALUES ('churn.prior_weight', '3');

CREATE TABLE customer_activity (
    customer_id      INTEGER PRIMARY KEY,
    first_visit_at   TEXT NOT NULL,          -- ISO UTC
    last_visit_at    TEXT NOT NULL,
    visit_count      INTEGER NOT NULL,
    amount_cents     INTEGER NOT NULL,
    last_supply_at   TEXT,                   -- the latest visit with days of supply (ties: the highest visit id)
    last_supply_days INTEGER
);
CREATE INDEX customer_activity_last ON customer_activity(last_visit_at);

INSERT INTO customer_activity(customer_id, first_visit_at, last_visit_at, visit_count, amount_cents)
    SELECT customer_id, min(at), max(at), count(*), coalesce(sum(amount), 0) FROM visit GROUP BY customer_id;
UPDATE customer_activity SET
    last_supply_at = (SELECT v.at FROM visit v WHERE v.customer_id = customer_activity.customer_id
                      AND v.days_supply IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1),
    last_supply_days = (SELECT v.days_supply FROM visit v WHERE v.customer_id = customer_activity.customer_id
                        AND v.days_supply IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1);

-- The single snapshot row (id 1): when and for which local day it was computed, and its lifetime-value figures.
CREATE TABLE churn_snapshot (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    computed_at        TEXT NOT NULL,
    computed_for       TEXT NOT NULL,        -- yyyy-MM-dd
    customers          INTEGER NOT NULL,
    visits             INTEGER NOT NULL,
    elapsed_ms         INTEGER NOT NULL,
    annual_churn_rate  REAL,
    expected_years     REAL NOT NULL,
    clv_customers      INTEGER NOT NULL,
    clv_average_spend  INTEGER NOT NULL,
    clv_average        INTEGER NOT NULL,
    clv_total          INTEGER NOT NULL
);

-- Customers with some risk (band 'none' is only counted). warning = 1 for the early-warning bands (low, medium,
-- high), 0 for lapsed: the list pages down (warning or band, score, customer) on an index.
CREATE TABLE churn_risk (
    customer_id            INTEGER PRIMARY KEY,
    band                   TEXT NOT NULL CHECK (band IN ('low', 'medium', 'high', 'lapsed')),
    warning                INTEGER NOT NULL CHECK (warning IN (0, 1)),
    score                  INTEGER NOT NULL,
    reasons                TEXT NOT NULL,    -- ChurnRisk.h, encodeChurnReasons()
    expected_interval_days REAL NOT NULL,
    overdue_ratio          REAL NOT NULL,
    days_since_last        INTEGER NOT NULL,
    first_visit_on         TEXT NOT NULL,
    last_visit_on          TEXT NOT NULL,
    visit_days             INTEGER NOT NULL,
    segment                TEXT NOT NULL
);
CREATE INDEX churn_risk_warning ON churn_risk(warning, score, customer_id);
CREATE INDEX churn_risk_band ON churn_risk(band, score, customer_id);

-- Customers per band in the snapshot, kept right when a risk row goes (a customer came back).
CREATE TABLE churn_band_count (
    band      TEXT PRIMARY KEY NOT NULL,
    customers INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE churn_month (
    month           TEXT PRIMARY KEY NOT NULL, -- yyyy-MM-01
    active_at_start INTEGER NOT NULL,
    lapsed          INTEGER NOT NULL,
    returned        INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE cohort_cell (
    cohort       TEXT NOT NULL,                -- yyyy-MM-01, month of first visit
    month_offset INTEGER NOT NULL,
    size         INTEGER NOT NULL,
    retained     INTEGER NOT NULL,
    PRIMARY KEY (cohort, month_offset)
) WITHOUT ROWID;

CREATE TABLE km_summary (
    segment     TEXT PRIMARY KEY NOT NULL,
    customers   INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    median_days INTEGER
) WITHOUT ROWID;

CREATE TABLE km_point (
    segment  TEXT NOT NULL,
    day      INTEGER NOT NULL,
    survival REAL NOT NULL,
    at_risk  INTEGER NOT NULL,
    events   INTEGER NOT NULL,
    censored INTEGER NOT NULL,
    PRIMARY KEY (segment, day)
) WITHOUT ROWID;

CREATE TABLE rfm_cell (
    customer_id          INTEGER PRIMARY KEY,
    recency              INTEGER NOT NULL CHECK (recency BETWEEN 1 AND 5),
    frequency            INTEGER NOT NULL CHECK (frequency BETWEEN 1 AND 5),
    monetary             INTEGER NOT NULL CHECK (monetary BETWEEN 1 AND 5),
    segment              TEXT NOT NULL,
    yearly_spend_cents   INTEGER NOT NULL,
    lifetime_value_cents INTEGER NOT NULL
);

CREATE TABLE rfm_segment (
    segment                     TEXT PRIMARY KEY NOT NULL,
    customers                   INTEGER NOT NULL,
    average_yearly_spend_cents  INTEGER NOT NULL,
    average_lifetime_value_cents INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE rfm_grid (
    recency   INTEGER NOT NULL,
    frequency INTEGER NOT NULL,
    customers INTEGER NOT NULL,
    PRIMARY KEY (recency, frequency)
) WITHOUT ROWID;

-- A new visit: add it to the rollup, and the customer leaves the at-risk list at once (they came back).
CREATE TRIGGER visit_activity_insert AFTER INSERT ON visit
BEGIN
    INSERT OR IGNORE INTO customer_activity(customer_id, first_visit_at, last_visit_at, visit_count, amount_cents)
        VALUES (NEW.customer_id, NEW.at, NEW.at, 0, 0);
    UPDATE customer_activity SET
        first_visit_at = min(first_visit_at, NEW.at),
        last_visit_at = max(last_visit_at, NEW.at),
        visit_count = visit_count + 1,
        amount_cents = amount_cents + NEW.amount,
        last_supply_at = CASE WHEN NEW.days_supply IS NOT NULL AND (last_supply_at IS NULL OR NEW.at >= last_supply_at)
                              THEN NEW.at ELSE last_supply_at END,
        last_supply_days = CASE WHEN NEW.days_supply IS NOT NULL
                                     AND (last_supply_at IS NULL OR NEW.at >= last_supply_at)
                                THEN NEW.days_supply ELSE last_supply_days END
        WHERE customer_id = NEW.customer_id;
    DELETE FROM churn_risk WHERE customer_id = NEW.customer_id;
END;

-- A changed or moved visit (a merge moves them to the survivor): recompute both customers' rows from their visits.
CREATE TRIGGER visit_activity_update AFTER UPDATE OF customer_id, at, amount, days_supply ON visit
BEGIN
    INSERT OR IGNORE INTO customer_activity(customer_id, first_visit_at, last_visit_at, visit_count, amount_cents)
        VALUES (NEW.customer_id, NEW.at, NEW.at, 0, 0);
    UPDATE customer_activity SET
        first_visit_at = coalesce((SELECT min(v.at) FROM visit v WHERE v.customer_id = customer_activity.customer_id), ''),
        last_visit_at = coalesce((SELECT max(v.at) FROM visit v WHERE v.customer_id = customer_activity.customer_id), ''),
        visit_count = (SELECT count(*) FROM visit v WHERE v.customer_id = customer_activity.customer_id),
        amount_cents = coalesce((SELECT sum(v.amount) FROM visit v WHERE v.customer_id = customer_activity.customer_id), 0),
        last_supply_at = (SELECT v.at FROM visit v WHERE v.customer_id = customer_activity.customer_id
                          AND v.days_supply IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1),
        last_supply_days = (SELECT v.days_supply FROM visit v WHERE v.customer_id = customer_activity.customer_id
                            AND v.days_supply IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1)
        WHERE customer_id IN (OLD.customer_id, NEW.customer_id);
    DELETE FROM customer_activity WHERE customer_id IN (OLD.customer_id, NEW.customer_id) AND visit_count = 0;
    DELETE FROM churn_risk WHERE customer_id IN (OLD.customer_id, NEW.customer_id)
        AND OLD.customer_id <> NEW.customer_id;
END;

CREATE TRIGGER visit_activity_delete AFTER DELETE ON visit
BEGIN
    UPDATE customer_activity SET
        first_visit_at = coalesce((SELECT min(v.at) FROM visit v WHERE v.customer_id = OLD.customer_id), ''),
        last_visit_at = coalesce((SELECT max(v.at) FROM visit v WHERE v.customer_id = OLD.customer_id), ''),
        visit_count = (SELECT count(*) FROM visit v WHERE v.customer_id = OLD.customer_id),
        amount_cents = coalesce((SELECT sum(v.amount) FROM visit v WHERE v.customer_id = OLD.customer_id), 0),
        last_supply_at = (SELECT v.at FROM visit v WHERE v.customer_id = OLD.customer_id
                          AND v.days_supply IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1),
        last_supply_days = (SELECT v.days_supply FROM visit v WHERE v.customer_id = OLD.customer_id
                            AND v.days_supply IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1)
        WHERE customer_id = OLD.customer_id;
    DELETE FROM customer_activity WHERE customer_id = OLD.customer_id AND visit_count = 0;
END;

CREATE TRIGGER churn_risk_counted AFTER DELETE ON churn_risk
BEGIN
    UPDATE churn_band_count SET customers = customers - 1 WHERE band = OLD.band AND customers > 0;
END;

CREATE TRIGGER customer_analytics_delete AFTER DELETE ON customer
BEGIN
    DELETE FROM customer_activity WHERE customer_id = OLD.id;
    DELETE FROM churn_risk WHERE customer_id = OLD.id;
    DELETE FROM rfm_cell WHERE customer_id = OLD.id;
END;
