-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: visits and purchases with their items, interactions (contacts), versioned satisfaction-survey templates
-- and survey responses with their dimension scores. Amounts are integer cents; times are ISO UTC text.
CREATE TABLE visit (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customer(id),
    kind            TEXT NOT NULL CHECK (kind IN ('consultation', 'examination', 'purchase', 'follow_up',
                                                  'health_check', 'event')),
    at              TEXT NOT NULL,
    department      TEXT NOT NULL DEFAULT '',
    staff           TEXT NOT NULL DEFAULT '',
    amount          INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0), -- cents
    waiting_minutes INTEGER CHECK (waiting_minutes IS NULL OR waiting_minutes >= 0),
    days_supply     INTEGER CHECK (days_supply IS NULL OR days_supply > 0), -- for refill reminders
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX visit_customer_at ON visit(customer_id, at);
CREATE INDEX visit_at ON visit(at);
CREATE INDEX visit_department_at ON visit(department, at);

CREATE TABLE visit_item (
    id            INTEGER PRIMARY KEY,
    visit_id      INTEGER NOT NULL REFERENCES visit(id),
    position      INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL CHECK (name <> ''),
    product_class TEXT NOT NULL CHECK (product_class IN ('rx', 'otc', 'device', 'service')),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_price    INTEGER NOT NULL CHECK (unit_price >= 0) -- cents
);
CREATE INDEX visit_item_visit ON visit_item(visit_id, position);

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    channel     TEXT NOT NULL CHECK (channel IN ('phone', 'sms', 'email', 'online', 'face_to_face', 'event')),
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    at          TEXT NOT NULL,
    staff       TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    visit_id    INTEGER REFERENCES visit(id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX interaction_customer_at ON interaction(customer_id, at);
CREATE INDEX interaction_at ON interaction(at);
CREATE INDEX interaction_visit ON interaction(visit_id) WHERE visit_id IS NOT NULL;

-- One row per version. Editing the dimensions retires the current version (retired_at) and adds the next one with
-- copied dimensions, so a response keeps pointing at the version it was answered on. name '' = the default name.
CREATE TABLE survey_template (
    id         INTEGER PRIMARY KEY,
    profile    TEXT NOT NULL CHECK (profile IN ('clinic', 'pharmacy')),
    name       TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    retired_at TEXT,
    UNIQUE (profile, version)
);

-- key is stable across versions ("waiting_time"); label '' = the translated default label for the key.
CREATE TABLE survey_dimension (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES survey_template(id),
    position    INTEGER NOT NULL,
    key         TEXT NOT NULL CHECK (key <> ''),
    label       TEXT NOT NULL DEFAULT '',
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    UNIQUE (template_id, key)
);
CREATE INDEX survey_dimension_template ON survey_dimension(template_id, position);

CREATE TABLE survey_response (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    template_id INTEGER NOT NULL REFERENCES survey_template(id),
    at          TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('paper', 'phone', 'kiosk', 'interview')),
    csat        INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    nps         INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    comment     TEXT NOT NULL DEFAULT '',
    visit_id    INTEGER REFERENCES visit(id),
    staff       TEXT NOT NULL DEFAULT '',
    department  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX survey_response_customer_at ON survey_response(customer_id, at);
CREATE INDEX survey_response_at ON survey_response(at);
CREATE INDEX survey_response_department_at ON survey_response(department, at);
CREATE INDEX survey_response_staff_at ON survey_response(staff, at);
CREATE INDEX survey_response_visit ON survey_response(visit_id) WHERE visit_id IS NOT NULL;

CREATE TABLE survey_score (
    id           INTEGER PRIMARY KEY,
    response_id  INTEGER NOT NULL REFERENCES survey_response(id),
    dimension_id INTEGER NOT NULL REFERENCES survey_dimension(id),
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    UNIQUE (response_id, dimension_id)
);
CREATE INDEX survey_score_dimension ON survey_score(dimension_id);

-- The two default templates (DOMAIN.md, Feedback and satisfaction).
INSERT INTO survey_template(id, profile, name, version, created_at, created_by)
    VALUES (1, 'clinic', '', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '');
INSERT INTO survey_template(id, profile, name, version, created_at, created_by)
    VALUES (2, 'pharmacy', '', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '');
INSERT INTO survey_dimension(template_id, position, key) VALUES (1, 0, 'registration_convenience');
INSERT INTO survey_dimension(template_id, position, key) VALUES (1, 1, 'waiting_time');
INSERT INTO survey_dimension(template_id, position, key) VALUES (1, 2, 'diagnosis_accuracy');
INSERT INTO survey_dimension(template_id, position, key) VALUES (1, 3, 'staff_attitude');
INSERT INTO survey_dimension(template_id, position, key) VALUES (1, 4, 'environment');
INSERT INTO survey_dimension(template_id, position, key) VALUES (1, 5, 'price_value');
INSERT INTO survey_dimension(template_id, position, key) VALUES (2, 0, 'waiting_time');
INSERT INTO survey_dimension(template_id, position, key) VALUES (2, 1, 'staff_attitude');
INSERT INTO survey_dimension(template_id, position, key) VALUES (2, 2, 'medication_guidance');
INSERT INTO survey_dimension(template_id, position, key) VALUES (2, 3, 'environment');
INSERT INTO survey_dimension(template_id, position, key) VALUES (2, 4, 'price_value');
INSERT INTO survey_dimension(template_id, position, key) VALUES (2, 5, 'after_sales_service');
