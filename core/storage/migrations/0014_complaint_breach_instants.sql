-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 14: the complaints dashboard without evaluating every open complaint's clocks. A running clock has either
-- not breached yet or breaches at one instant: the moment its allowance plus one minute of business time (less the
-- waiting-on-customer pauses) has passed. That instant depends only on what the stored outcome already depends on
-- (receipt, first response, resolution, SLA class, pauses, the working week, holidays, the policy), and a change to
-- any of them puts the complaint back on analytics_complaint_pending. So ComplaintSlaRollup::settle() stores it with
-- the outcome, and the dashboard counts the running clocks past their deadline with one aggregate over the open
-- complaints of the period instead of evaluating each with the business calendar.

-- fr_breach_at / res_breach_at: for a running clock, the UTC instant (ISO 8601 with milliseconds, as iso() writes
-- it, so text order is time order) from which it counts as breached; NULL when the clock has been met, cannot
-- breach in its current state (an open pause stops it before its deadline) or breach_live is 1.
-- breach_live: 1 when settle() could not prove an instant for a running clock (no working time within the
-- calendar's search, or the calendar's arithmetic disagreeing with the evaluation); the dashboard then evaluates
-- that complaint's running clocks one by one, as before this migration. Rows are still never updated.
ALTER TABLE analytics_complaint_outcome ADD COLUMN fr_breach_at TEXT;
ALTER TABLE analytics_complaint_outcome ADD COLUMN res_breach_at TEXT;
ALTER TABLE analytics_complaint_outcome ADD COLUMN breach_live INTEGER NOT NULL DEFAULT 0
    CHECK (breach_live IN (0, 1));

-- The few complaints evaluated one by one, without reading the others.
CREATE INDEX analytics_complaint_outcome_live ON analytics_complaint_outcome(complaint_id) WHERE breach_live = 1;

-- Open clocks of a period, covering what the dashboard's aggregate reads of the complaint (the department and staff
-- filters and the open test itself), so it reads no complaint rows. It replaces analytics_complaint_open of
-- migration 12, with the same WHERE, which ComplaintSlaRollup::live() repeats word for word.
DROP INDEX analytics_complaint_open;
CREATE INDEX analytics_complaint_open_scope ON complaint(received_at, department, staff, resolved_at, first_response_at)
    WHERE resolved_at IS NULL OR first_response_at IS NULL;

-- Outcomes settled before this migration with a running clock have no instants: worked out again (until then the
-- dashboard evaluates them live, so its figures stay right).
INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
    SELECT complaint_id FROM analytics_complaint_outcome WHERE fr_within IS NULL OR res_within IS NULL;
DELETE FROM analytics_complaint_outcome WHERE fr_within IS NULL OR res_within IS NULL;

-- A holiday or make-up day decides the clocks that ran within a day of it. Migration 12 took a clock as stopped at
-- resolved_at; a running clock (the first response of a complaint resolved without one, or any clock of an open
-- complaint) runs on, and its stored breach instant may lie beyond resolved_at, so a clock now counts as running
-- until the later of first_response_at and resolved_at, and for ever while either is unset.
DROP TRIGGER analytics_complaint_holiday_insert;
DROP TRIGGER analytics_complaint_holiday_delete;
DROP TRIGGER analytics_complaint_holiday_update;

CREATE TRIGGER analytics_complaint_holiday_insert AFTER INSERT ON business_exception
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
        SELECT id FROM complaint WHERE received_at < date(NEW.on_date, '+2 day')
            AND coalesce(max(first_response_at, resolved_at), '9999') >= date(NEW.on_date, '-1 day'));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE received_at < date(NEW.on_date, '+2 day')
            AND coalesce(max(first_response_at, resolved_at), '9999') >= date(NEW.on_date, '-1 day');
END;

CREATE TRIGGER analytics_complaint_holiday_delete AFTER DELETE ON business_exception
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
        SELECT id FROM complaint WHERE received_at < date(OLD.on_date, '+2 day')
            AND coalesce(max(first_response_at, resolved_at), '9999') >= date(OLD.on_date, '-1 day'));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE received_at < date(OLD.on_date, '+2 day')
            AND coalesce(max(first_response_at, resolved_at), '9999') >= date(OLD.on_date, '-1 day');
END;

CREATE TRIGGER analytics_complaint_holiday_update AFTER UPDATE ON business_exception
BEGIN
    DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
        SELECT id FROM complaint WHERE (received_at < date(OLD.on_date, '+2 day')
            AND coalesce(max(first_response_at, resolved_at), '9999') >= date(OLD.on_date, '-1 day'))
            OR (received_at < date(NEW.on_date, '+2 day')
                AND coalesce(max(first_response_at, resolved_at), '9999') >= date(NEW.on_date, '-1 day')));
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
        SELECT id FROM complaint WHERE (received_at < date(OLD.on_date, '+2 day')
            AND coalesce(max(first_response_at, resolved_at), '9999') >= date(OLD.on_date, '-1 day'))
            OR (received_at < date(NEW.on_date, '+2 day')
                AND coalesce(max(first_response_at, resolved_at), '9999') >= date(NEW.on_date, '-1 day'));
END;

-- A first response recorded after the resolution ran past what migration 12's rule looked at, so a holiday added
-- since may decide it without having put it back: those outcomes are worked out again once.
INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id)
    SELECT id FROM complaint WHERE first_response_at > resolved_at;
DELETE FROM analytics_complaint_outcome WHERE complaint_id IN (
    SELECT id FROM complaint WHERE first_response_at > resolved_at);

-- Migration 12 caught only updates of the working week; a weekday row added or removed changes it too.
CREATE TRIGGER analytics_complaint_week_insert AFTER INSERT ON business_day
BEGIN
    DELETE FROM analytics_complaint_outcome;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;
END;

CREATE TRIGGER analytics_complaint_week_delete AFTER DELETE ON business_day
BEGIN
    DELETE FROM analytics_complaint_outcome;
    INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint;
END;
