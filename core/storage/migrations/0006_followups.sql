-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: follow-ups (回访). Editable rules that create tasks, the tasks themselves (one per customer call to
-- make) and each task's reschedule history. Dates of tasks are local business days (yyyy-MM-dd), moments ISO UTC.

-- A rule turns events into tasks. watermark: the highest source id (visit, survey response, complaint event) the
-- engine has looked at, watermark_at: for the dormancy rule, the activity cut-off it swept up to. Both 0/'' mean
-- "not run since enabled": the first run looks only at recent sources (see FollowUpRuleEngine).
CREATE TABLE follow_up_rule (
    id            INTEGER PRIMARY KEY,
    trigger_kind  TEXT NOT NULL CHECK (trigger_kind IN ('after_visit', 'detractor', 'complaint_resolved', 'dormant',
                                                         'refill')),
    name          TEXT NOT NULL DEFAULT '',
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    task_kind     TEXT NOT NULL CHECK (task_kind IN ('post_visit_call', 'medication_adherence', 'survey',
                                                     'complaint_closure', 'win_back', 'refill_reminder')),
    visit_kinds   TEXT NOT NULL DEFAULT '',   -- after_visit: comma-separated visit kinds
    days          INTEGER NOT NULL DEFAULT 0 CHECK (days BETWEEN 0 AND 366), -- after N days, refill: lead days
    assignee_rule TEXT NOT NULL DEFAULT 'fixed' CHECK (assignee_rule IN ('fixed', 'complaint_owner',
                                                                         'visit_recorder')),
    assignee      TEXT NOT NULL DEFAULT '',   -- fixed account, or the fallback, '' = the service desk default
    script        TEXT NOT NULL DEFAULT '',
    priority      INTEGER NOT NULL DEFAULT 0,
    watermark     INTEGER NOT NULL DEFAULT 0,
    watermark_at  TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL DEFAULT '',
    updated_by    TEXT NOT NULL DEFAULT ''
);

-- Scripts are left empty: each task then shows the standard script for its kind in the user's language.
INSERT INTO follow_up_rule(id, trigger_kind, task_kind, visit_kinds, days, assignee_rule, priority, script)
    VALUES (1, 'after_visit', 'post_visit_call', 'consultation,examination', 3, 'visit_recorder', 1, '');
INSERT INTO follow_up_rule(id, trigger_kind, task_kind, days, assignee_rule, priority, script)
    VALUES (2, 'detractor', 'survey', 1, 'complaint_owner', 3, '');
INSERT INTO follow_up_rule(id, trigger_kind, task_kind, days, assignee_rule, priority, script)
    VALUES (3, 'complaint_resolved', 'complaint_closure', 2, 'complaint_owner', 2, '');
INSERT INTO follow_up_rule(id, trigger_kind, task_kind, days, assignee_rule, priority, script)
    VALUES (4, 'dormant', 'win_back', 3, 'fixed', 0, '');
INSERT INTO follow_up_rule(id, trigger_kind, task_kind, days, assignee_rule, priority, script)
    VALUES (5, 'refill', 'refill_reminder', 3, 'fixed', 1, '');

CREATE TABLE follow_up_task (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL REFERENCES customer(id),
    kind               TEXT NOT NULL CHECK (kind IN ('post_visit_call', 'medication_adherence', 'survey',
                                                     'complaint_closure', 'win_back', 'refill_reminder')),
    due_date           TEXT NOT NULL,            -- yyyy-MM-dd, local, moves when rescheduled
    due_time           TEXT,                     -- HH:mm, optional
    original_due_date  TEXT NOT NULL,            -- the first due date, periods in the figures count by it
    priority           INTEGER NOT NULL DEFAULT 0, -- higher first
    assignee           TEXT NOT NULL COLLATE NOCASE,
    script             TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    outcome            TEXT CHECK (outcome IS NULL OR outcome IN ('reached_ok', 'reached_issue', 'no_answer',
                                                                  'wrong_number', 'declined',
                                                                  'callback_requested')),
    result             TEXT NOT NULL DEFAULT '',
    completed_at       TEXT,                     -- ISO UTC, done or cancelled
    completed_on       TEXT,                     -- yyyy-MM-dd local day of completed_at
    completed_by       TEXT,
    cancel_reason      TEXT NOT NULL DEFAULT '',
    reschedule_count   INTEGER NOT NULL DEFAULT 0,
    visit_id           INTEGER REFERENCES visit(id),
    survey_response_id INTEGER REFERENCES survey_response(id),
    complaint_id       INTEGER REFERENCES complaint(id),
    rule_id            INTEGER REFERENCES follow_up_rule(id),
    source_kind        TEXT NOT NULL DEFAULT '', -- rule tasks: 'visit', 'survey', 'complaint', 'customer'
    source_id          INTEGER,
    spell              TEXT NOT NULL DEFAULT '', -- win-back: the activity that began the dormancy, or the reopen count
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL
);
-- A rule never creates the same task twice (manual tasks have no rule: NULLs never collide). Also rule_id's index.
CREATE UNIQUE INDEX follow_up_task_source ON follow_up_task(rule_id, source_kind, source_id, spell);
CREATE INDEX follow_up_task_queue ON follow_up_task(assignee, status, due_date);
CREATE INDEX follow_up_task_status_due ON follow_up_task(status, due_date);
CREATE INDEX follow_up_task_original_due ON follow_up_task(original_due_date);
CREATE INDEX follow_up_task_customer ON follow_up_task(customer_id, due_date);
CREATE INDEX follow_up_task_visit ON follow_up_task(visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX follow_up_task_survey ON follow_up_task(survey_response_id) WHERE survey_response_id IS NOT NULL;
CREATE INDEX follow_up_task_complaint ON follow_up_task(complaint_id) WHERE complaint_id IS NOT NULL;

-- Every move of a due date: from, to, why, and the attempt's outcome when a call went unanswered.
CREATE TABLE follow_up_reschedule (
    id        INTEGER PRIMARY KEY,
    task_id   INTEGER NOT NULL REFERENCES follow_up_task(id),
    from_date TEXT NOT NULL,
    to_date   TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    outcome   TEXT,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL
);
CREATE INDEX follow_up_reschedule_task ON follow_up_reschedule(task_id, id);
