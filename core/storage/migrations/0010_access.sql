-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10: staff administration. The keyring holds the key slots; these columns say what the staff list shows.
-- removed_at: the account was removed (slot gone, row kept so the audit trail still names the person).
-- must_change_password: set when an administrator resets the password; cleared when the user picks their own.
ALTER TABLE staff ADD COLUMN last_login_at TEXT;
ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE staff ADD COLUMN removed_at TEXT;
