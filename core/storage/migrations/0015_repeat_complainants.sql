-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 15: repeat complainants at 1M customers (issue 6). The complaints dashboard listed customers with two or
-- more complaints in the period by grouping every complaint of the period (120k a year at benchmark scale, about
-- 100 ms of sorting). Only customers with two or more complaints ever can qualify, so triggers keep each
-- customer's complaint count in the same transaction as the write, and the dashboard reads the period's
-- complaints of those customers alone (through complaint_customer).
CREATE TABLE analytics_complaint_customer (
    customer_id INTEGER PRIMARY KEY,
    complaints  INTEGER NOT NULL
);
CREATE INDEX analytics_complaint_customer_repeat ON analytics_complaint_customer(customer_id) WHERE complaints >= 2;

INSERT INTO analytics_complaint_customer(customer_id, complaints)
    SELECT customer_id, count(*) FROM complaint GROUP BY customer_id;

-- As in migration 12 (SQLite 3.15 has no UPSERT): INSERT OR IGNORE the key with 0, then count; a row whose count
-- falls to 0 is deleted. A merge moves complaints to the survivor by updating customer_id.
CREATE TRIGGER analytics_complaint_customer_insert AFTER INSERT ON complaint
BEGIN
    INSERT OR IGNORE INTO analytics_complaint_customer(customer_id, complaints) VALUES (NEW.customer_id, 0);
    UPDATE analytics_complaint_customer SET complaints = complaints + 1 WHERE customer_id = NEW.customer_id;
END;

CREATE TRIGGER analytics_complaint_customer_delete AFTER DELETE ON complaint
BEGIN
    UPDATE analytics_complaint_customer SET complaints = complaints - 1 WHERE customer_id = OLD.customer_id;
    DELETE FROM analytics_complaint_customer WHERE customer_id = OLD.customer_id AND complaints <= 0;
END;

CREATE TRIGGER analytics_complaint_customer_move AFTER UPDATE OF customer_id ON complaint
    WHEN NEW.customer_id IS NOT OLD.customer_id
BEGIN
    UPDATE analytics_complaint_customer SET complaints = complaints - 1 WHERE customer_id = OLD.customer_id;
    DELETE FROM analytics_complaint_customer WHERE customer_id = OLD.customer_id AND complaints <= 0;
    INSERT OR IGNORE INTO analytics_complaint_customer(customer_id, complaints) VALUES (NEW.customer_id, 0);
    UPDATE analytics_complaint_customer SET complaints = complaints + 1 WHERE customer_id = NEW.customer_id;
END;

-- The index the old query grouped through has no reader left.
DROP INDEX analytics_complaint_received_customer;
