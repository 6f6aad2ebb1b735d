-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: loyalty. An append-only points ledger (the balance is derived from it, never stored), which lots each
-- consuming entry drew on, and the tier history. Source records (visits, purchases) are referred to by kind and id
-- without a foreign key, so this schema does not depend on the visit tables.
INSERT INTO setting(key, value) VALUES ('loyalty.points_per_unit.rx', '0');
INSERT INTO setting(key, value) VALUES ('loyalty.points_per_unit.otc', '1');
INSERT INTO setting(key, value) VALUES ('loyalty.points_per_unit.device', '1');
INSERT INTO setting(key, value) VALUES ('loyalty.points_per_unit.service', '1');
INSERT INTO setting(key, value) VALUES ('loyalty.rx_excluded', '1');
INSERT INTO setting(key, value) VALUES ('loyalty.expiry_months', '12');
INSERT INTO setting(key, value) VALUES ('loyalty.qualification_months', '12');
INSERT INTO setting(key, value) VALUES ('loyalty.tiers', 'standard:0,silver:1000,gold:5000,vip:20000');
INSERT INTO setting(key, value) VALUES ('loyalty.referral_reward', '200');
INSERT INTO setting(key, value) VALUES ('loyalty.points_per_currency_unit_redeemed', '100');

CREATE TABLE loyalty_entry (
    id                    INTEGER PRIMARY KEY,
    customer_id           INTEGER NOT NULL REFERENCES customer(id),
    kind                  TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'expire', 'adjust', 'reverse', 'referral')),
    points                INTEGER NOT NULL CHECK (points <> 0),      -- signed: positive adds, negative consumes
    at                    TEXT NOT NULL,                             -- ISO UTC, when it was recorded
    on_date               TEXT NOT NULL,                             -- yyyy-MM-dd, the business day it counts on
    expires_on            TEXT,                                      -- lots only: expired on this day
    reason                TEXT NOT NULL DEFAULT '',
    staff                 TEXT NOT NULL DEFAULT '',
    source_kind           TEXT NOT NULL DEFAULT '',                  -- 'visit', 'purchase', 'lot' (expiry), ...
    source_id             INTEGER,
    reverses_entry_id     INTEGER REFERENCES loyalty_entry(id),
    referred_customer_id  INTEGER REFERENCES customer(id),           -- referral rewards: who was referred
    product_class         TEXT NOT NULL DEFAULT ''                   -- redemptions: what the points paid for
);
CREATE INDEX loyalty_entry_customer ON loyalty_entry(customer_id, at);
CREATE INDEX loyalty_entry_customer_date ON loyalty_entry(customer_id, on_date, id);
CREATE INDEX loyalty_entry_expiry ON loyalty_entry(expires_on) WHERE expires_on IS NOT NULL;
-- Each lot expires once; each entry is reversed at most once; a referred customer earns their referrer one reward.
CREATE UNIQUE INDEX loyalty_entry_expire_once ON loyalty_entry(source_id) WHERE kind = 'expire';
CREATE UNIQUE INDEX loyalty_entry_reverse_once ON loyalty_entry(reverses_entry_id) WHERE kind = 'reverse';
CREATE UNIQUE INDEX loyalty_entry_referral_once ON loyalty_entry(referred_customer_id) WHERE kind = 'referral';
-- The foreign key's own lookups (a customer deleted or merged) need an index without the kind condition.
CREATE INDEX loyalty_entry_referred ON loyalty_entry(referred_customer_id) WHERE referred_customer_id IS NOT NULL;

-- Which lot each consuming entry drew on (positive points), or which lot a reversed redemption gave back to
-- (negative points): FIFO and reversal are exact, not re-derived.
CREATE TABLE loyalty_allocation (
    id           INTEGER PRIMARY KEY,
    entry_id     INTEGER NOT NULL REFERENCES loyalty_entry(id),
    lot_entry_id INTEGER NOT NULL REFERENCES loyalty_entry(id),
    points       INTEGER NOT NULL CHECK (points <> 0)
);
CREATE INDEX loyalty_allocation_entry ON loyalty_allocation(entry_id);
CREATE INDEX loyalty_allocation_lot ON loyalty_allocation(lot_entry_id);

CREATE TABLE loyalty_tier_event (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    at          TEXT NOT NULL, -- yyyy-MM-dd, the day the tier changed
    from_tier   TEXT NOT NULL,
    to_tier     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL  -- ISO UTC
);
CREATE INDEX loyalty_tier_event_customer ON loyalty_tier_event(customer_id, at);

-- Append-only. A customer merge (and its undo) moves rows to another customer: that one column may change.
CREATE TRIGGER loyalty_entry_no_update BEFORE UPDATE ON loyalty_entry
WHEN NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.points IS NOT OLD.points OR NEW.at IS NOT OLD.at
    OR NEW.on_date IS NOT OLD.on_date OR NEW.expires_on IS NOT OLD.expires_on OR NEW.reason IS NOT OLD.reason
    OR NEW.staff IS NOT OLD.staff OR NEW.source_kind IS NOT OLD.source_kind OR NEW.source_id IS NOT OLD.source_id
    OR NEW.reverses_entry_id IS NOT OLD.reverses_entry_id
    OR NEW.referred_customer_id IS NOT OLD.referred_customer_id OR NEW.product_class IS NOT OLD.product_class
BEGIN
    SELECT RAISE(ABORT, 'loyalty ledger entries cannot be changed');
END;
CREATE TRIGGER loyalty_entry_no_delete BEFORE DELETE ON loyalty_entry
BEGIN
    SELECT RAISE(ABORT, 'loyalty ledger entries cannot be deleted');
END;
CREATE TRIGGER loyalty_allocation_no_update BEFORE UPDATE ON loyalty_allocation
BEGIN
    SELECT RAISE(ABORT, 'loyalty allocations cannot be changed');
END;
CREATE TRIGGER loyalty_allocation_no_delete BEFORE DELETE ON loyalty_allocation
BEGIN
    SELECT RAISE(ABORT, 'loyalty allocations cannot be deleted');
END;
CREATE TRIGGER loyalty_tier_event_no_update BEFORE UPDATE ON loyalty_tier_event
WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.from_tier IS NOT OLD.from_tier
    OR NEW.to_tier IS NOT OLD.to_tier OR NEW.reason IS NOT OLD.reason OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN
    SELECT RAISE(ABORT, 'loyalty tier history cannot be changed');
END;
CREATE TRIGGER loyalty_tier_event_no_delete BEFORE DELETE ON loyalty_tier_event
BEGIN
    SELECT RAISE(ABORT, 'loyalty tier history cannot be deleted');
END;
