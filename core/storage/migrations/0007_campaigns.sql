-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: campaigns and community activities (营销活动 / 社区服务): saved customer segments, campaigns, their
-- frozen audiences (target and holdout members with participation) and how many were excluded for which reason.

-- A saved filter over customer attributes. filter is a JSON object written and read by CareDesk (SegmentFilter);
-- SQL never looks inside it (no JSON1 on SQLite 3.15): it is compiled into parameterised SQL in C++.
CREATE TABLE campaign_segment (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    filter     TEXT NOT NULL DEFAULT '{}',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX campaign_segment_name ON campaign_segment(name, id);

CREATE TABLE campaign (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (name <> ''),
    kind             TEXT NOT NULL CHECK (kind IN ('marketing', 'health_lecture', 'free_checkup',
                                                   'patient_association', 'reminder', 'win_back')),
    goal             TEXT NOT NULL DEFAULT '',
    start_date       TEXT NOT NULL, -- yyyy-MM-dd, local business day
    end_date         TEXT NOT NULL, -- yyyy-MM-dd, inclusive
    channel          TEXT NOT NULL CHECK (channel IN ('sms', 'phone', 'email', 'wechat', 'mail', 'event')),
    invite_channel   TEXT NOT NULL CHECK (invite_channel IN ('sms', 'phone', 'email', 'wechat', 'mail')),
    purpose          TEXT NOT NULL DEFAULT 'marketing' CHECK (purpose IN ('marketing', 'service', 'survey')),
    cost             INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0), -- cents
    conversion_days  INTEGER NOT NULL DEFAULT 30 CHECK (conversion_days BETWEEN 1 AND 365),
    holdout_percent  INTEGER NOT NULL DEFAULT 0 CHECK (holdout_percent BETWEEN 0 AND 50),
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'finished')),
    segment_id       INTEGER REFERENCES campaign_segment(id),
    audience_filter  TEXT NOT NULL DEFAULT '', -- the segment's filter as it was when the audience was built
    audience_built_at TEXT,
    started_at       TEXT,
    finished_at      TEXT,
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX campaign_start ON campaign(start_date, id);
CREATE INDEX campaign_segment_ref ON campaign(segment_id);

-- The audience: eligible customers split into target (contacted) and holdout (deliberately not contacted, to
-- measure what the campaign changed). Frozen once the campaign runs.
CREATE TABLE campaign_member (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign(id),
    customer_id  INTEGER NOT NULL REFERENCES customer(id),
    grp          TEXT NOT NULL CHECK (grp IN ('target', 'holdout')),
    contacted_at TEXT,
    responded_at TEXT,
    response     TEXT NOT NULL DEFAULT '',
    attended_at  TEXT,
    UNIQUE (campaign_id, customer_id)
);
CREATE INDEX campaign_member_customer ON campaign_member(customer_id);
CREATE INDEX campaign_member_group ON campaign_member(campaign_id, grp, id);

-- Customers the segment matched but the audience left out, counted per reason (no rows of people are kept).
CREATE TABLE campaign_exclusion (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id),
    reason      TEXT NOT NULL CHECK (reason IN ('merged', 'no_consent', 'consent_withdrawn', 'no_contact')),
    customers   INTEGER NOT NULL CHECK (customers >= 0),
    PRIMARY KEY (campaign_id, reason)
) WITHOUT ROWID;
