-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: the audit trail, the business calendar and SLA policy, complaints and their history.

-- Who did what that matters for privacy (exports, reveals, settings). Subjects are ids, never names or phones.
-- A tamper-evident chain: seq runs 1..n without gaps and hmac covers the entry and the previous entry's hmac
-- (core/audit/AuditChain.h). changes holds field-level before/after as compact JSON; identifying fields only say
-- "changed". Rows are only ever appended.
CREATE TABLE audit_event (
    id        INTEGER PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    subject   TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    changes   TEXT NOT NULL DEFAULT '',
    prev_hmac BLOB NOT NULL,
    hmac      BLOB NOT NULL
);
CREATE INDEX audit_event_at ON audit_event(at, id);
CREATE INDEX audit_event_action ON audit_event(action, at);
CREATE INDEX audit_event_user ON audit_event(user_name, seq);
CREATE INDEX audit_event_entity ON audit_event(entity, entity_id, seq);

-- Working hours per weekday (1 = Monday ... 7 = Sunday), in minutes after local midnight.
CREATE TABLE business_day (
    weekday      INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    working      INTEGER NOT NULL CHECK (working IN (0, 1)),
    open_minute  INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1440),
    close_minute INTEGER NOT NULL CHECK (close_minute BETWEEN 0 AND 1440),
    lunch_start  INTEGER NOT NULL CHECK (lunch_start BETWEEN 0 AND 1440),
    lunch_end    INTEGER NOT NULL CHECK (lunch_end BETWEEN 0 AND 1440)
);
INSERT INTO business_day VALUES (1, 1, 510, 1050, 720, 810);
INSERT INTO business_day VALUES (2, 1, 510, 1050, 720, 810);
INSERT INTO business_day VALUES (3, 1, 510, 1050, 720, 810);
INSERT INTO business_day VALUES (4, 1, 510, 1050, 720, 810);
INSERT INTO business_day VALUES (5, 1, 510, 1050, 720, 810);
INSERT INTO business_day VALUES (6, 0, 510, 1050, 720, 810);
INSERT INTO business_day VALUES (7, 0, 510, 1050, 720, 810);

-- Exceptions to the week: public holidays (working = 0) and make-up working days (调休, working = 1).
CREATE TABLE business_exception (
    on_date TEXT PRIMARY KEY NOT NULL,
    working INTEGER NOT NULL CHECK (working IN (0, 1)),
    name    TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Deadlines in business minutes per SLA class; warning_percent of the allowance raises the first alert.
CREATE TABLE sla_policy (
    sla_class          TEXT PRIMARY KEY NOT NULL CHECK (sla_class IN ('urgent', 'general', 'complex')),
    first_response_min INTEGER NOT NULL CHECK (first_response_min > 0),
    resolution_min     INTEGER NOT NULL CHECK (resolution_min > 0),
    warning_percent    INTEGER NOT NULL CHECK (warning_percent BETWEEN 1 AND 99)
) WITHOUT ROWID;
INSERT INTO sla_policy VALUES ('urgent', 1440, 1440, 75);
INSERT INTO sla_policy VALUES ('general', 1440, 2880, 75);
INSERT INTO sla_policy VALUES ('complex', 1440, 4320, 75);

CREATE TABLE complaint (
    id                    INTEGER PRIMARY KEY,
    customer_id           INTEGER NOT NULL REFERENCES customer(id),
    received_at           TEXT NOT NULL,
    channel               TEXT NOT NULL,
    category              TEXT NOT NULL,
    severity              TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    sla_class             TEXT NOT NULL CHECK (sla_class IN ('urgent', 'general', 'complex')),
    needs_priority        TEXT NOT NULL CHECK (needs_priority IN ('urgent', 'important', 'general')),
    description           TEXT NOT NULL,
    visit_id              INTEGER REFERENCES visit(id),
    staff                 TEXT NOT NULL DEFAULT '',
    department            TEXT NOT NULL DEFAULT '',
    owner                 TEXT NOT NULL DEFAULT '',
    state                 TEXT NOT NULL CHECK (state IN ('received', 'acknowledged', 'investigating', 'resolved',
                                                         'outcome_told', 'closed')),
    waiting_on_customer   INTEGER NOT NULL DEFAULT 0 CHECK (waiting_on_customer IN (0, 1)),
    first_response_at     TEXT,
    resolved_at           TEXT,
    closed_at             TEXT,
    resolution            TEXT NOT NULL DEFAULT '',
    root_cause            TEXT NOT NULL DEFAULT '',
    corrective_action     TEXT NOT NULL DEFAULT '',
    responsible_department TEXT NOT NULL DEFAULT '',
    responsible_staff     TEXT NOT NULL DEFAULT '',
    outcome_call_result   TEXT NOT NULL DEFAULT '',
    outcome_satisfaction  INTEGER CHECK (outcome_satisfaction BETWEEN 1 AND 5),
    reopen_count          INTEGER NOT NULL DEFAULT 0,
    adr_drug              TEXT NOT NULL DEFAULT '',
    adr_onset_date        TEXT,                     -- yyyy-MM-dd, when the reaction began
    adr_reported_manufacturer_at TEXT,
    adr_reported_regulator_at    TEXT,
    source_survey_id      INTEGER REFERENCES survey_response(id),
    created_by            TEXT NOT NULL,
    created_at            TEXT NOT NULL
);
CREATE INDEX complaint_customer ON complaint(customer_id, received_at);
CREATE INDEX complaint_state ON complaint(state, received_at);
CREATE INDEX complaint_received ON complaint(received_at, id);
CREATE INDEX complaint_owner ON complaint(owner, state);
CREATE INDEX complaint_visit ON complaint(visit_id) WHERE visit_id IS NOT NULL;
-- A detractor survey opens at most one complaint.
CREATE UNIQUE INDEX complaint_survey ON complaint(source_survey_id) WHERE source_survey_id IS NOT NULL;

-- Every transition, pause, resume, assignment, note, escalation and report, stamped with user and time.
CREATE TABLE complaint_event (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
    at           TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    from_state   TEXT,
    to_state     TEXT,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_event_complaint ON complaint_event(complaint_id, at, id);
