-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: rollups for the manager dashboards (issue 6). Raw GROUP BY over millions of rows is too slow on this
-- engine, so triggers keep these tables current in the same transaction as every write to the source tables
-- (repositories, demo, bulk inserts, merges alike); the migration fills them from the rows already there.
-- SQLite 3.15: no UPSERT, so every change is INSERT OR IGNORE of the key row, then UPDATE of the sums; rows whose
-- count falls to 0 are deleted. An UPDATE of a source row is the removal of its old contribution plus the addition
-- of its new one. Days are UTC calendar days: substr(at, 1, 10) of the stored ISO UTC time.

-- Satisfaction per day, department, staff and visit kind (the linked visit's kind, '' without a visit).
CREATE TABLE analytics_survey_day (
    day        TEXT NOT NULL,
    department TEXT NOT NULL,
    staff      TEXT NOT NULL,
    visit_kind TEXT NOT NULL,
    responses  INTEGER NOT NULL DEFAULT 0,
    n_nps      INTEGER NOT NULL DEFAULT 0, -- responses with an NPS answer
    promoters  INTEGER NOT NULL DEFAULT 0, -- 9-10
    passives   INTEGER NOT NULL DEFAULT 0, -- 7-8
    detractors INTEGER NOT NULL DEFAULT 0, -- 0-6
    n_csat     INTEGER NOT NULL DEFAULT 0, -- responses with an overall score
    csat_top2  INTEGER NOT NULL DEFAULT 0, -- of those, 4 or 5
    csat_sum   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, department, staff, visit_kind)
) WITHOUT ROWID;

-- Dimension scores (raw 1-5) per day, department, staff, visit kind and dimension key, with the sums for the Pearson
-- correlation of the score (x) with the response's overall score (y) over the pairs where the response has one.
CREATE TABLE analytics_dimension_day (
    day           TEXT NOT NULL,
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
    PRIMARY KEY (day, department, staff, visit_kind, dimension_key)
) WITHOUT ROWID;

INSERT INTO analytics_survey_day(day, department, staff, visit_kind, responses, n_nps, promoters, passives,
                                 detractors, n_csat, csat_top2, csat_sum)
SELECT substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), count(*), count(r.nps),
       sum(CASE WHEN r.nps >= 9 THEN 1 ELSE 0 END), sum(CASE WHEN r.nps BETWEEN 7 AND 8 THEN 1 ELSE 0 END),
       sum(CASE WHEN r.nps <= 6 THEN 1 ELSE 0 END), count(r.csat), sum(CASE WHEN r.csat >= 4 THEN 1 ELSE 0 END),
       coalesce(sum(r.csat), 0)
FROM survey_response r LEFT JOIN visit v ON v.id = r.visit_id
GROUP BY substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, '');

INSERT INTO analytics_dimension_day(day, department, staff, visit_kind, dimension_key, n, score_sum, n_pair, sum_x,
                                    sum_y, sum_xx, sum_yy, sum_xy)
SELECT substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), d.key, count(*), sum(s.score),
       count(r.csat), coalesce(sum(CASE WHEN r.csat IS NULL THEN 0 ELSE s.score END), 0), coalesce(sum(r.csat), 0),
       coalesce(sum(CASE WHEN r.csat IS NULL THEN 0 ELSE s.score * s.score END), 0),
       coalesce(sum(r.csat * r.csat), 0), coalesce(sum(s.score * r.csat), 0)
FROM survey_score s JOIN survey_response r ON r.id = s.response_id JOIN survey_dimension d ON d.id = s.dimension_id
    LEFT JOIN visit v ON v.id = r.visit_id
GROUP BY substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), d.key;

-- Write-only views whose INSTEAD OF triggers add (sign 1) or remove (sign -1) one contribution, so every source
-- trigger below states only which contribution changes.
CREATE VIEW analytics_score_apply AS
SELECT 0 AS sign, '' AS day, '' AS department, '' AS staff, '' AS visit_kind, '' AS dimension_key, 0 AS score,
       NULL AS csat
WHERE 0;

CREATE TRIGGER analytics_score_apply_insert INSTEAD OF INSERT ON analytics_score_apply
BEGIN
    INSERT OR IGNORE INTO analytics_dimension_day(day, department, staff, visit_kind, dimension_key)
        VALUES (NEW.day, NEW.department, NEW.staff, NEW.visit_kind, NEW.dimension_key);
    UPDATE analytics_dimension_day SET
        n = n + NEW.sign,
        score_sum = score_sum + NEW.sign * NEW.score,
        n_pair = n_pair + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign END,
        sum_x = sum_x + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign * NEW.score END,
        sum_y = sum_y + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign * NEW.csat END,
        sum_xx = sum_xx + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign * NEW.score * NEW.score END,
        sum_yy = sum_yy + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign * NEW.csat * NEW.csat END,
        sum_xy = sum_xy + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign * NEW.score * NEW.csat END
    WHERE day = NEW.day AND department = NEW.department AND staff = NEW.staff AND visit_kind = NEW.visit_kind
        AND dimension_key = NEW.dimension_key;
    DELETE FROM analytics_dimension_day
    WHERE day = NEW.day AND department = NEW.department AND staff = NEW.staff AND visit_kind = NEW.visit_kind
        AND dimension_key = NEW.dimension_key AND n = 0;
END;

-- A response's contribution includes its dimension scores (they pair with its overall score).
CREATE VIEW analytics_survey_apply AS
SELECT 0 AS sign, '' AS day, '' AS department, '' AS staff, '' AS visit_kind, 0 AS response_id, NULL AS csat,
       NULL AS nps
WHERE 0;

CREATE TRIGGER analytics_survey_apply_insert INSTEAD OF INSERT ON analytics_survey_apply
BEGIN
    INSERT OR IGNORE INTO analytics_survey_day(day, department, staff, visit_kind)
        VALUES (NEW.day, NEW.department, NEW.staff, NEW.visit_kind);
    UPDATE analytics_survey_day SET
        responses = responses + NEW.sign,
        n_nps = n_nps + CASE WHEN NEW.nps IS NULL THEN 0 ELSE NEW.sign END,
        promoters = promoters + CASE WHEN NEW.nps >= 9 THEN NEW.sign ELSE 0 END,
        passives = passives + CASE WHEN NEW.nps BETWEEN 7 AND 8 THEN NEW.sign ELSE 0 END,
        detractors = detractors + CASE WHEN NEW.nps <= 6 THEN NEW.sign ELSE 0 END,
        n_csat = n_csat + CASE WHEN NEW.csat IS NULL THEN 0 ELSE NEW.sign END,
        csat_top2 = csat_top2 + CASE WHEN NEW.csat >= 4 THEN NEW.sign ELSE 0 END,
        csat_sum = csat_sum + coalesce(NEW.sign * NEW.csat, 0)
    WHERE day = NEW.day AND department = NEW.department AND staff = NEW.staff AND visit_kind = NEW.visit_kind;
    DELETE FROM analytics_survey_day
    WHERE day = NEW.day AND department = NEW.department AND staff = NEW.staff AND visit_kind = NEW.visit_kind
        AND responses = 0;
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT NEW.sign, NEW.day, NEW.department, NEW.staff, NEW.visit_kind, d.key, s.score, NEW.csat
        FROM survey_score s JOIN survey_dimension d ON d.id = s.dimension_id
        WHERE s.response_id = NEW.response_id;
END;

CREATE TRIGGER analytics_survey_response_insert AFTER INSERT ON survey_response
BEGIN
    INSERT INTO analytics_survey_apply(sign, day, department, staff, visit_kind, response_id, csat, nps)
        VALUES (1, substr(NEW.at, 1, 10), NEW.department, NEW.staff,
                coalesce((SELECT kind FROM visit WHERE id = NEW.visit_id), ''), NEW.id, NEW.csat, NEW.nps);
END;

CREATE TRIGGER analytics_survey_response_delete AFTER DELETE ON survey_response
BEGIN
    INSERT INTO analytics_survey_apply(sign, day, department, staff, visit_kind, response_id, csat, nps)
        VALUES (-1, substr(OLD.at, 1, 10), OLD.department, OLD.staff,
                coalesce((SELECT kind FROM visit WHERE id = OLD.visit_id), ''), OLD.id, OLD.csat, OLD.nps);
END;

-- Scores follow the response id they point at (OLD.id and NEW.id are the same unless someone renumbers).
CREATE TRIGGER analytics_survey_response_update AFTER UPDATE OF id, at, department, staff, visit_id, csat, nps
ON survey_response
WHEN OLD.id IS NOT NEW.id OR OLD.at IS NOT NEW.at OR OLD.department IS NOT NEW.department
    OR OLD.staff IS NOT NEW.staff OR OLD.visit_id IS NOT NEW.visit_id OR OLD.csat IS NOT NEW.csat
    OR OLD.nps IS NOT NEW.nps
BEGIN
    INSERT INTO analytics_survey_apply(sign, day, department, staff, visit_kind, response_id, csat, nps)
        VALUES (-1, substr(OLD.at, 1, 10), OLD.department, OLD.staff,
                coalesce((SELECT kind FROM visit WHERE id = OLD.visit_id), ''), NEW.id, OLD.csat, OLD.nps);
    INSERT INTO analytics_survey_apply(sign, day, department, staff, visit_kind, response_id, csat, nps)
        VALUES (1, substr(NEW.at, 1, 10), NEW.department, NEW.staff,
                coalesce((SELECT kind FROM visit WHERE id = NEW.visit_id), ''), NEW.id, NEW.csat, NEW.nps);
END;

-- Scores are inserted after their response (SurveyRepository::addResponse), and may change on their own.
CREATE TRIGGER analytics_survey_score_insert AFTER INSERT ON survey_score
BEGIN
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT 1, substr(r.at, 1, 10), r.department, r.staff,
               coalesce((SELECT v.kind FROM visit v WHERE v.id = r.visit_id), ''), d.key, NEW.score, r.csat
        FROM survey_response r, survey_dimension d WHERE r.id = NEW.response_id AND d.id = NEW.dimension_id;
END;

CREATE TRIGGER analytics_survey_score_delete AFTER DELETE ON survey_score
BEGIN
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT -1, substr(r.at, 1, 10), r.department, r.staff,
               coalesce((SELECT v.kind FROM visit v WHERE v.id = r.visit_id), ''), d.key, OLD.score, r.csat
        FROM survey_response r, survey_dimension d WHERE r.id = OLD.response_id AND d.id = OLD.dimension_id;
END;

CREATE TRIGGER analytics_survey_score_update AFTER UPDATE OF response_id, dimension_id, score ON survey_score
WHEN OLD.response_id IS NOT NEW.response_id OR OLD.dimension_id IS NOT NEW.dimension_id
    OR OLD.score IS NOT NEW.score
BEGIN
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT -1, substr(r.at, 1, 10), r.department, r.staff,
               coalesce((SELECT v.kind FROM visit v WHERE v.id = r.visit_id), ''), d.key, OLD.score, r.csat
        FROM survey_response r, survey_dimension d WHERE r.id = OLD.response_id AND d.id = OLD.dimension_id;
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT 1, substr(r.at, 1, 10), r.department, r.staff,
               coalesce((SELECT v.kind FROM visit v WHERE v.id = r.visit_id), ''), d.key, NEW.score, r.csat
        FROM survey_response r, survey_dimension d WHERE r.id = NEW.response_id AND d.id = NEW.dimension_id;
END;

-- A visit's kind (rarely) corrected: its responses move to the new kind.
CREATE TRIGGER analytics_visit_kind_update AFTER UPDATE OF kind ON visit WHEN OLD.kind IS NOT NEW.kind
BEGIN
    INSERT INTO analytics_survey_apply(sign, day, department, staff, visit_kind, response_id, csat, nps)
        SELECT -1, substr(r.at, 1, 10), r.department, r.staff, OLD.kind, r.id, r.csat, r.nps
        FROM survey_response r WHERE r.visit_id = OLD.id;
    INSERT INTO analytics_survey_apply(sign, day, department, staff, visit_kind, response_id, csat, nps)
        SELECT 1, substr(r.at, 1, 10), r.department, r.staff, NEW.kind, r.id, r.csat, r.nps
        FROM survey_response r WHERE r.visit_id = NEW.id;
END;

-- Keys are stable across template versions; should one ever change, its scores follow it.
CREATE TRIGGER analytics_dimension_key_update AFTER UPDATE OF key ON survey_dimension WHEN OLD.key IS NOT NEW.key
BEGIN
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT -1, substr(r.at, 1, 10), r.department, r.staff,
               coalesce((SELECT v.kind FROM visit v WHERE v.id = r.visit_id), ''), OLD.key, s.score, r.csat
        FROM survey_score s JOIN survey_response r ON r.id = s.response_id WHERE s.dimension_id = OLD.id;
    INSERT INTO analytics_score_apply(sign, day, department, staff, visit_kind, dimension_key, score, csat)
        SELECT 1, substr(r.at, 1, 10), r.department, r.staff,
               coalesce((SELECT v.kind FROM visit v WHERE v.id = r.visit_id), ''), NEW.key, s.score, r.csat
        FROM survey_score s JOIN survey_response r ON r.id = s.response_id WHERE s.dimension_id = NEW.id;
END;

-- Loyalty. The ledger is append-only (migration 4): only inserts and a merge moving customer_id happen.
-- Points per day (on_date) and flow; a reversal counts in the flow of the entry it reverses (as in
-- LoyaltyLedger::overview()): earned = earn + referral, redeemed, expired, adjusted; points signed as stored.
CREATE TABLE analytics_loyalty_day (
    on_date TEXT NOT NULL,
    flow    TEXT NOT NULL CHECK (flow IN ('earned', 'redeemed', 'expired', 'adjusted')),
    points  INTEGER NOT NULL DEFAULT 0,
    entries INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (on_date, flow)
) WITHOUT ROWID;

-- What is left of every entry that added points (lots), as LoyaltyLedger computes it from the allocations. Only
-- lots with something left are in the index: the live ones and those past expiry that runExpiry() has not written.
CREATE TABLE analytics_loyalty_lot (
    lot_id     INTEGER PRIMARY KEY, -- loyalty_entry id
    expires_on TEXT,
    remaining  INTEGER NOT NULL
);
CREATE INDEX analytics_loyalty_lot_open ON analytics_loyalty_lot(expires_on) WHERE remaining > 0;

-- Members (customers with ledger entries or a tier): the tier last evaluated ('' = never: the base tier), the ledger
-- sum, and whether the customer is merged away (then not counted).
CREATE TABLE analytics_loyalty_member (
    customer_id INTEGER PRIMARY KEY,
    tier        TEXT NOT NULL DEFAULT '',
    tier_at     TEXT,
    tier_event  INTEGER NOT NULL DEFAULT 0, -- id of the event that set it, to break ties of the same day
    balance     INTEGER NOT NULL DEFAULT 0,
    merged      INTEGER NOT NULL DEFAULT 0 CHECK (merged IN (0, 1))
);

-- Members per tier, kept by triggers on analytics_loyalty_member.
CREATE TABLE analytics_loyalty_tier (
    tier        TEXT PRIMARY KEY NOT NULL,
    members     INTEGER NOT NULL DEFAULT 0,
    with_points INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO analytics_loyalty_day(on_date, flow, points, entries)
SELECT e.on_date,
       CASE coalesce(CASE WHEN e.kind = 'reverse' THEN o.kind END, e.kind)
           WHEN 'earn' THEN 'earned' WHEN 'referral' THEN 'earned' WHEN 'redeem' THEN 'redeemed'
           WHEN 'expire' THEN 'expired' ELSE 'adjusted' END AS flow,
       sum(e.points), count(*)
FROM loyalty_entry e LEFT JOIN loyalty_entry o ON o.id = e.reverses_entry_id
GROUP BY e.on_date, flow;

INSERT INTO analytics_loyalty_lot(lot_id, expires_on, remaining)
SELECT e.id, e.expires_on,
       e.points + coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE a.entry_id = e.id AND a.points < 0), 0)
           - coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE a.lot_entry_id = e.id), 0)
FROM loyalty_entry e WHERE e.points > 0;

INSERT INTO analytics_loyalty_member(customer_id, balance)
SELECT customer_id, sum(points) FROM loyalty_entry GROUP BY customer_id;
INSERT OR IGNORE INTO analytics_loyalty_member(customer_id) SELECT DISTINCT customer_id FROM loyalty_tier_event;
UPDATE analytics_loyalty_member SET
    tier_event = coalesce((SELECT t.id FROM loyalty_tier_event t WHERE t.customer_id = analytics_loyalty_member.customer_id
                           ORDER BY t.at DESC, t.id DESC LIMIT 1), 0),
    merged = (SELECT c.merged_into IS NOT NULL FROM customer c WHERE c.id = analytics_loyalty_member.customer_id);
UPDATE analytics_loyalty_member SET
    tier = (SELECT t.to_tier FROM loyalty_tier_event t WHERE t.id = analytics_loyalty_member.tier_event),
    tier_at = (SELECT t.at FROM loyalty_tier_event t WHERE t.id = analytics_loyalty_member.tier_event)
WHERE tier_event <> 0;

INSERT INTO analytics_loyalty_tier(tier, members, with_points)
SELECT tier, count(*), sum(CASE WHEN balance > 0 THEN 1 ELSE 0 END) FROM analytics_loyalty_member WHERE merged = 0
GROUP BY tier;

CREATE TRIGGER analytics_loyalty_member_insert AFTER INSERT ON analytics_loyalty_member WHEN NEW.merged = 0
BEGIN
    INSERT OR IGNORE INTO analytics_loyalty_tier(tier) VALUES (NEW.tier);
    UPDATE analytics_loyalty_tier SET members = members + 1,
        with_points = with_points + CASE WHEN NEW.balance > 0 THEN 1 ELSE 0 END
    WHERE tier = NEW.tier;
END;

CREATE TRIGGER analytics_loyalty_member_update AFTER UPDATE OF tier, balance, merged ON analytics_loyalty_member
BEGIN
    UPDATE analytics_loyalty_tier SET members = members - 1,
        with_points = with_points - CASE WHEN OLD.balance > 0 THEN 1 ELSE 0 END
    WHERE tier = OLD.tier AND OLD.merged = 0;
    INSERT OR IGNORE INTO analytics_loyalty_tier(tier) SELECT NEW.tier WHERE NEW.merged = 0;
    UPDATE analytics_loyalty_tier SET members = members + 1,
        with_points = with_points + CASE WHEN NEW.balance > 0 THEN 1 ELSE 0 END
    WHERE tier = NEW.tier AND NEW.merged = 0;
END;

CREATE TRIGGER analytics_loyalty_entry_insert AFTER INSERT ON loyalty_entry
BEGIN
    INSERT OR IGNORE INTO analytics_loyalty_day(on_date, flow)
        SELECT NEW.on_date, CASE coalesce(CASE WHEN NEW.kind = 'reverse' THEN
                   (SELECT o.kind FROM loyalty_entry o WHERE o.id = NEW.reverses_entry_id) END, NEW.kind)
                   WHEN 'earn' THEN 'earned' WHEN 'referral' THEN 'earned' WHEN 'redeem' THEN 'redeemed'
                   WHEN 'expire' THEN 'expired' ELSE 'adjusted' END;
    UPDATE analytics_loyalty_day SET points = points + NEW.points, entries = entries + 1
    WHERE on_date = NEW.on_date AND flow = CASE coalesce(CASE WHEN NEW.kind = 'reverse' THEN
                   (SELECT o.kind FROM loyalty_entry o WHERE o.id = NEW.reverses_entry_id) END, NEW.kind)
                   WHEN 'earn' THEN 'earned' WHEN 'referral' THEN 'earned' WHEN 'redeem' THEN 'redeemed'
                   WHEN 'expire' THEN 'expired' ELSE 'adjusted' END;
    INSERT INTO analytics_loyalty_lot(lot_id, expires_on, remaining)
        SELECT NEW.id, NEW.expires_on, NEW.points WHERE NEW.points > 0;
    INSERT OR IGNORE INTO analytics_loyalty_member(customer_id, merged)
        VALUES (NEW.customer_id, coalesce((SELECT c.merged_into IS NOT NULL FROM customer c
                                           WHERE c.id = NEW.customer_id), 0));
    UPDATE analytics_loyalty_member SET balance = balance + NEW.points WHERE customer_id = NEW.customer_id;
END;

-- A merge (or its undo) moves entries to another customer: their points move with them.
CREATE TRIGGER analytics_loyalty_entry_move AFTER UPDATE OF customer_id ON loyalty_entry
WHEN OLD.customer_id IS NOT NEW.customer_id
BEGIN
    UPDATE analytics_loyalty_member SET balance = balance - OLD.points WHERE customer_id = OLD.customer_id;
    INSERT OR IGNORE INTO analytics_loyalty_member(customer_id, merged)
        VALUES (NEW.customer_id, coalesce((SELECT c.merged_into IS NOT NULL FROM customer c
                                           WHERE c.id = NEW.customer_id), 0));
    UPDATE analytics_loyalty_member SET balance = balance + NEW.points WHERE customer_id = NEW.customer_id;
END;

-- Consuming entries take from the lots they drew on; a reversed redemption gives back (negative points), and what
-- it gave back is not left on the reversing entry itself.
CREATE TRIGGER analytics_loyalty_allocation_insert AFTER INSERT ON loyalty_allocation
BEGIN
    UPDATE analytics_loyalty_lot SET remaining = remaining - NEW.points WHERE lot_id = NEW.lot_entry_id;
    UPDATE analytics_loyalty_lot SET remaining = remaining + NEW.points WHERE lot_id = NEW.entry_id AND NEW.points < 0;
END;

CREATE TRIGGER analytics_loyalty_tier_event_insert AFTER INSERT ON loyalty_tier_event
BEGIN
    INSERT OR IGNORE INTO analytics_loyalty_member(customer_id, merged)
        VALUES (NEW.customer_id, coalesce((SELECT c.merged_into IS NOT NULL FROM customer c
                                           WHERE c.id = NEW.customer_id), 0));
    UPDATE analytics_loyalty_member SET tier = NEW.to_tier, tier_at = NEW.at, tier_event = NEW.id
    WHERE customer_id = NEW.customer_id AND (tier_at IS NULL OR tier_at < NEW.at
                                             OR (tier_at = NEW.at AND tier_event < NEW.id));
END;

-- A merge moves tier history too: both customers' tiers are looked up again.
CREATE TRIGGER analytics_loyalty_tier_event_move AFTER UPDATE OF customer_id ON loyalty_tier_event
WHEN OLD.customer_id IS NOT NEW.customer_id
BEGIN
    INSERT OR IGNORE INTO analytics_loyalty_member(customer_id, merged)
        VALUES (NEW.customer_id, coalesce((SELECT c.merged_into IS NOT NULL FROM customer c
                                           WHERE c.id = NEW.customer_id), 0));
    UPDATE analytics_loyalty_member SET
        tier_event = coalesce((SELECT t.id FROM loyalty_tier_event t
                               WHERE t.customer_id = analytics_loyalty_member.customer_id
                               ORDER BY t.at DESC, t.id DESC LIMIT 1), 0)
    WHERE customer_id IN (OLD.customer_id, NEW.customer_id);
    UPDATE analytics_loyalty_member SET
        tier = coalesce((SELECT t.to_tier FROM loyalty_tier_event t WHERE t.id = analytics_loyalty_member.tier_event), ''),
        tier_at = (SELECT t.at FROM loyalty_tier_event t WHERE t.id = analytics_loyalty_member.tier_event)
    WHERE customer_id IN (OLD.customer_id, NEW.customer_id);
END;

CREATE TRIGGER analytics_loyalty_customer_merge AFTER UPDATE OF merged_into ON customer
WHEN (OLD.merged_into IS NULL) IS NOT (NEW.merged_into IS NULL)
BEGIN
    UPDATE analytics_loyalty_member SET merged = CASE WHEN NEW.merged_into IS NULL THEN 0 ELSE 1 END
    WHERE customer_id = NEW.id;
END;
