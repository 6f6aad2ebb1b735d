-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: privacy requests. Explicit legal holds (a customer whose records must be kept as they are, for a
-- dispute, an inspection or a court order) and the record of which customers were anonymised, when and by whom.

-- At most one hold per customer; the primary key is also the foreign key's index. Set and cleared by
-- administrators (audited as "customer.legal_hold" / "customer.legal_hold_clear").
CREATE TABLE customer_legal_hold (
    customer_id INTEGER PRIMARY KEY NOT NULL REFERENCES customer(id),
    reason      TEXT NOT NULL CHECK (reason <> ''),
    set_at      TEXT NOT NULL, -- ISO UTC
    set_by      TEXT NOT NULL
);

-- One row per anonymised customer (anonymisation cannot be undone). The reason says which request it answered.
CREATE TABLE customer_anonymisation (
    customer_id INTEGER PRIMARY KEY NOT NULL REFERENCES customer(id),
    at          TEXT NOT NULL, -- ISO UTC
    by_user     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);
