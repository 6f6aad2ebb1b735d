-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: customers, their consent history and tags, CareDesk's own search index, the merge journal, settings.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO setting(key, value) VALUES ('customers.dormant_after_days', '180');
INSERT INTO setting(key, value) VALUES ('customers.lost_after_days', '365');

CREATE TABLE customer (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'organisation')),
    organisation_id    INTEGER REFERENCES customer(id),
    name               TEXT NOT NULL CHECK (name <> ''),
    name_sort          TEXT NOT NULL,            -- pinyin of the name then the name: Chinese lists sort by pinyin
    name_pinyin        TEXT NOT NULL DEFAULT '', -- pinyin without spaces, for duplicate checks
    sex                TEXT NOT NULL DEFAULT 'unknown',
    birth_date         TEXT,                     -- yyyy-MM-dd
    phone              TEXT NOT NULL DEFAULT '', -- normalised
    phone2             TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    region             TEXT NOT NULL DEFAULT '',
    member_number      TEXT NOT NULL,
    id_number          TEXT,                     -- stored only when given
    source             TEXT NOT NULL DEFAULT 'unknown',
    referred_by        INTEGER REFERENCES customer(id),
    preferred_channel  TEXT NOT NULL DEFAULT 'none',
    notes              TEXT NOT NULL DEFAULT '',
    categories         TEXT NOT NULL DEFAULT '', -- newline-separated
    chronic_medication INTEGER NOT NULL DEFAULT 0,
    lifecycle          TEXT NOT NULL DEFAULT 'active',
    last_activity_at   TEXT NOT NULL DEFAULT '', -- ISO UTC; '' when there has been none
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    merged_into        INTEGER REFERENCES customer(id)
);
CREATE UNIQUE INDEX customer_member_number ON customer(member_number);
CREATE INDEX customer_name_sort ON customer(name_sort, id);
CREATE INDEX customer_phone ON customer(phone) WHERE phone <> '';
CREATE INDEX customer_phone2 ON customer(phone2) WHERE phone2 <> '';
CREATE INDEX customer_id_number ON customer(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX customer_name_birth ON customer(name, birth_date);
CREATE INDEX customer_pinyin_birth ON customer(name_pinyin, birth_date);
CREATE INDEX customer_last_activity ON customer(last_activity_at, id);
CREATE INDEX customer_created ON customer(created_at, id);
CREATE INDEX customer_region ON customer(region, name_sort, id);
CREATE INDEX customer_organisation ON customer(organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX customer_referred_by ON customer(referred_by) WHERE referred_by IS NOT NULL;
CREATE INDEX customer_merged_into ON customer(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE customer_tag (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    tag         TEXT NOT NULL,
    UNIQUE (customer_id, tag)
);
CREATE INDEX customer_tag_tag ON customer_tag(tag, customer_id);

CREATE TABLE consent_event (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    channel     TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    at          TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_event_customer ON consent_event(customer_id, channel, purpose, at);

-- Our own tokens (CJK unigrams and bigrams, pinyin, digits): FTS4 cannot split Chinese. docid = customer.id.
CREATE VIRTUAL TABLE customer_search USING fts4(tokens);

CREATE TABLE merge_journal (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES customer(id),
    merged_id   INTEGER NOT NULL REFERENCES customer(id),
    merged_at   TEXT NOT NULL,
    merged_by   TEXT NOT NULL,
    snapshot    TEXT NOT NULL, -- both customer rows and every moved or removed link row, as they were
    undone_at   TEXT,
    undone_by   TEXT
);
CREATE INDEX merge_journal_survivor ON merge_journal(survivor_id);
CREATE INDEX merge_journal_merged ON merge_journal(merged_id);
