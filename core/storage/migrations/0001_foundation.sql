-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the foundation. Site facts and staff accounts; the keyring holds the matching key slots.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
    user_name    TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    role         TEXT NOT NULL CHECK (role IN ('reception', 'pharmacist', 'service', 'manager', 'admin')),
    display_name TEXT NOT NULL DEFAULT '',
    disabled     INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at   TEXT NOT NULL
);
