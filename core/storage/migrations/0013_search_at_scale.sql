-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 13: search as you type and the duplicate check at 1M customers (issue 7).
--
-- A short prefix such as "zh*", "138*" or "m00*" matched tens of thousands of distinct index terms (every phone
-- number, every member number), and FTS4 merges the doclists of all of them before it returns the first row:
-- about a second at 1M. With prefix indexes of 2 to 5 characters (bytes: our tokens are ASCII apart from CJK
-- characters) such a prefix is one term, whose doclist FTS4 reads incrementally, so "LIMIT 501" stops after 501
-- rows; longer prefixes match few terms. FTS4 cannot change a table's options, so the index is made again with
-- the same documents (docid = customer.id).
CREATE VIRTUAL TABLE customer_search_new USING fts4(tokens, prefix="2,3,4,5");
INSERT INTO customer_search_new(docid, tokens) SELECT docid, tokens FROM customer_search;
DROP TABLE customer_search;
ALTER TABLE customer_search_new RENAME TO customer_search;

-- The duplicate check's "same pinyin and last four phone digits" rule read every customer with that pinyin (about
-- 20,000 for a common name at 1M). Indexes on the pinyin and the last four digits make it a lookup; the query uses
-- exactly these expressions.
CREATE INDEX customer_pinyin_phone_tail ON customer(name_pinyin, substr(phone, -4));
CREATE INDEX customer_pinyin_phone2_tail ON customer(name_pinyin, substr(phone2, -4)) WHERE phone2 <> '';
