-- The initial schema. The entity tables are a projection of op_log: they are written only by
-- the store's apply step, in the same transaction as the op that changes them.
--
-- Every entity table has `n` (a stable integer key, also used by the search index), `id` (UUIDv7),
-- `classification` and `deleted` (a tombstone: deleted records stay, hidden from lists).
-- References are deferred so the ops of one transaction (or one import) may come in any order.

CREATE TABLE action (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    kind TEXT NOT NULL,
    horizon TEXT NOT NULL,
    area_id TEXT REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    place_id TEXT REFERENCES place(id) DEFERRABLE INITIALLY DEFERRED,
    responsible_org_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    responsible_function TEXT NOT NULL,
    partner_org_ids TEXT NOT NULL,
    start_on TEXT,
    due_on TEXT,
    due_week TEXT,
    recurrence TEXT,
    status TEXT NOT NULL,
    origin TEXT NOT NULL,
    meeting_id TEXT REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
    plan_item_id TEXT REFERENCES plan_item(id) DEFERRABLE INITIALLY DEFERRED,
    priority_id TEXT REFERENCES priority(id) DEFERRABLE INITIALLY DEFERRED,
    promise_activity_id TEXT REFERENCES promise_activity(id) DEFERRABLE INITIALLY DEFERRED,
    finding_id TEXT REFERENCES finding(id) DEFERRABLE INITIALLY DEFERRED,
    theme_ids TEXT NOT NULL,
    factor_ids TEXT NOT NULL,
    expected_effect TEXT NOT NULL,
    result TEXT NOT NULL,
    done_on TEXT,
    pii_confirmed INTEGER NOT NULL
);

CREATE TABLE follow_up (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    meeting_id TEXT REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL,
    status_after TEXT,
    comment TEXT NOT NULL,
    pii_confirmed INTEGER NOT NULL
);

CREATE TABLE agreement (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    party_org_ids TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_on TEXT,
    revision_due TEXT,
    documentation_rule TEXT NOT NULL,
    follow_up_rule TEXT NOT NULL,
    appendix TEXT NOT NULL
);

CREATE TABLE priority (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    agreement_id TEXT NOT NULL REFERENCES agreement(id) DEFERRABLE INITIALLY DEFERRED,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    problem_picture TEXT NOT NULL,
    causes TEXT NOT NULL,
    status TEXT NOT NULL
);

CREATE TABLE citizen_promise (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    agreement_id TEXT NOT NULL REFERENCES agreement(id) DEFERRABLE INITIALLY DEFERRED,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    text TEXT NOT NULL,
    basis TEXT NOT NULL,
    place_ids TEXT NOT NULL
);

CREATE TABLE promise_activity (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    promise_id TEXT NOT NULL REFERENCES citizen_promise(id) DEFERRABLE INITIALLY DEFERRED,
    number INTEGER NOT NULL,
    activity TEXT NOT NULL,
    scope TEXT NOT NULL,
    responsible_org_id TEXT NOT NULL REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    follow_up_forum TEXT NOT NULL,
    status TEXT NOT NULL
);

CREATE TABLE area (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    parent_id TEXT REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    police_status TEXT NOT NULL,
    police_status_year INTEGER,
    active INTEGER NOT NULL
);

CREATE TABLE place (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    area_id TEXT NOT NULL REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    public_kind TEXT NOT NULL,
    lat REAL,
    lon REAL,
    active INTEGER NOT NULL
);

CREATE TABLE meeting (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    group_name TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    location TEXT NOT NULL,
    chair TEXT NOT NULL,
    note_taker TEXT NOT NULL,
    adjuster TEXT,
    status TEXT NOT NULL,
    approved_on TEXT,
    dnr TEXT,
    notes TEXT NOT NULL,
    iso_week TEXT GENERATED ALWAYS AS (strftime('%G-W%V', date)) STORED
);

CREATE TABLE attendance (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    meeting_id TEXT NOT NULL REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
    organisation_id TEXT NOT NULL REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    presence TEXT NOT NULL,
    until_item INTEGER,
    functions TEXT NOT NULL,
    adjunct INTEGER NOT NULL
);

CREATE TABLE agenda_item (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    meeting_id TEXT NOT NULL REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    area_id TEXT REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    decision TEXT
);

CREATE TABLE observation (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    reporting_org_id TEXT NOT NULL REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    reporter_id TEXT REFERENCES participant(id) DEFERRABLE INITIALLY DEFERRED,
    event_type_id TEXT NOT NULL REFERENCES event_type(id) DEFERRABLE INITIALLY DEFERRED,
    area_id TEXT NOT NULL REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    place_id TEXT REFERENCES place(id) DEFERRABLE INITIALLY DEFERRED,
    occurred_on TEXT NOT NULL,
    occurred_until TEXT,
    time_from TEXT,
    time_to TEXT,
    day_period TEXT,
    reported_at TEXT NOT NULL,
    description TEXT NOT NULL,
    grade TEXT NOT NULL,
    severity TEXT NOT NULL,
    count_estimate INTEGER,
    source TEXT NOT NULL,
    external_ref TEXT,
    review_status TEXT NOT NULL,
    duplicate_of_id TEXT REFERENCES observation(id) DEFERRABLE INITIALLY DEFERRED,
    pii_confirmed INTEGER NOT NULL,
    -- The ISO week (2026-W47), derived from the date so it can never disagree with it.
    iso_week TEXT GENERATED ALWAYS AS (strftime('%G-W%V', occurred_on)) STORED
);

CREATE TABLE organisation (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    is_authority INTEGER NOT NULL,
    active INTEGER NOT NULL
);

CREATE TABLE participant (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    organisation_id TEXT NOT NULL REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    function TEXT NOT NULL,
    display_name TEXT,
    active INTEGER NOT NULL
);

CREATE TABLE place_project (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    area_id TEXT NOT NULL REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    partner_org_ids TEXT NOT NULL,
    vision TEXT NOT NULL,
    started_on TEXT NOT NULL,
    coordinator_function TEXT NOT NULL,
    active INTEGER NOT NULL
);

CREATE TABLE inspection (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    project_id TEXT REFERENCES place_project(id) DEFERRABLE INITIALLY DEFERRED,
    area_id TEXT NOT NULL REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    participant_org_ids TEXT NOT NULL,
    summary TEXT NOT NULL,
    pii_confirmed INTEGER NOT NULL
);

CREATE TABLE finding (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    inspection_id TEXT NOT NULL REFERENCES inspection(id) DEFERRABLE INITIALLY DEFERRED,
    place_id TEXT REFERENCES place(id) DEFERRABLE INITIALLY DEFERRED,
    issue TEXT NOT NULL,
    suggested_action TEXT NOT NULL,
    owner_org_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    action_id TEXT REFERENCES action(id) DEFERRABLE INITIALLY DEFERRED,
    pii_confirmed INTEGER NOT NULL
);

CREATE TABLE problem (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    area_ids TEXT NOT NULL,
    event_type_ids TEXT NOT NULL,
    evidence TEXT NOT NULL,
    priority INTEGER NOT NULL,
    pii_confirmed INTEGER NOT NULL
);

CREATE TABLE cause (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    problem_id TEXT NOT NULL REFERENCES problem(id) DEFERRABLE INITIALLY DEFERRED,
    perspective TEXT NOT NULL,
    triangle_side TEXT NOT NULL,
    description TEXT NOT NULL,
    certainty TEXT NOT NULL,
    pii_confirmed INTEGER NOT NULL
);

CREATE TABLE action_plan (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    based_on_picture_id TEXT REFERENCES situation_picture(id) DEFERRABLE INITIALLY DEFERRED,
    decided_by TEXT,
    decision_ref TEXT,
    decided_on TEXT,
    review_interval_months INTEGER NOT NULL,
    status TEXT NOT NULL,
    place_project_id TEXT REFERENCES place_project(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE plan_item (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    plan_id TEXT NOT NULL REFERENCES action_plan(id) DEFERRABLE INITIALLY DEFERRED,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    problem_id TEXT REFERENCES problem(id) DEFERRABLE INITIALLY DEFERRED,
    cause_ids TEXT NOT NULL,
    goal_id TEXT REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
    responsible_org_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    start_on TEXT,
    end_on TEXT,
    resources TEXT NOT NULL
);

CREATE TABLE goal (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    measurable INTEGER NOT NULL,
    plan_id TEXT REFERENCES action_plan(id) DEFERRABLE INITIALLY DEFERRED,
    priority_id TEXT REFERENCES priority(id) DEFERRABLE INITIALLY DEFERRED,
    place_project_id TEXT REFERENCES place_project(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE indicator (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    goal_id TEXT REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    direction TEXT NOT NULL,
    baseline_value REAL,
    baseline_on TEXT,
    target_value REAL,
    target_on TEXT,
    frequency TEXT NOT NULL
);

CREATE TABLE indicator_value (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    indicator_id TEXT NOT NULL REFERENCES indicator(id) DEFERRABLE INITIALLY DEFERRED,
    period TEXT NOT NULL,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL
);

CREATE TABLE police_event (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    police_id INTEGER NOT NULL UNIQUE,
    published_at TEXT NOT NULL,
    incident_at TEXT,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    url TEXT NOT NULL,
    police_type TEXT NOT NULL,
    event_type_id TEXT REFERENCES event_type(id) DEFERRABLE INITIALLY DEFERRED,
    county TEXT,
    municipality TEXT NOT NULL,
    lat REAL,
    lon REAL,
    observation_id TEXT REFERENCES observation(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE theme (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort INTEGER NOT NULL,
    active INTEGER NOT NULL
);

CREATE TABLE factor (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL,
    factor_type TEXT NOT NULL,
    context TEXT NOT NULL,
    theme_ids TEXT NOT NULL
);

CREATE TABLE preventive_measure (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    responsible_org_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    responsible_unit TEXT NOT NULL,
    target_group TEXT NOT NULL,
    level TEXT NOT NULL,
    theme_ids TEXT NOT NULL,
    factor_ids TEXT NOT NULL,
    status TEXT NOT NULL,
    last_follow_up_on TEXT
);

CREATE TABLE situation_picture (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    level TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    scope_area_id TEXT REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    meeting_id TEXT REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
    summary TEXT NOT NULL,
    status TEXT NOT NULL,
    established_by TEXT,
    established_at TEXT,
    distribution TEXT NOT NULL
);

CREATE TABLE area_assessment (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    picture_id TEXT NOT NULL REFERENCES situation_picture(id) DEFERRABLE INITIALLY DEFERRED,
    area_id TEXT NOT NULL REFERENCES area(id) DEFERRABLE INITIALLY DEFERRED,
    level TEXT NOT NULL,
    trend TEXT NOT NULL,
    key_event_type_ids TEXT NOT NULL,
    text TEXT NOT NULL,
    is_priority INTEGER NOT NULL,
    priority_rank INTEGER,
    hot_spot_place_ids TEXT NOT NULL
);

CREATE TABLE term (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    vocabulary TEXT NOT NULL,
    code TEXT NOT NULL,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort INTEGER NOT NULL,
    active INTEGER NOT NULL
);

CREATE TABLE event_type (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    group_code TEXT NOT NULL,
    is_crime INTEGER NOT NULL,
    police_aliases TEXT NOT NULL,
    sort INTEGER NOT NULL,
    active INTEGER NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- The op log: every change, append-only, hash-chained per origin. Only a purge may blank a
-- value (its value_hash stays, so the chain still verifies).
CREATE TABLE op_log (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    origin_seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT,
    value TEXT,
    value_hash BLOB NOT NULL,
    base_op TEXT,
    classification TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    -- Local bookkeeping, not hashed: when this copy stored it and from which bundle.
    received_at TEXT NOT NULL,
    bundle_id TEXT,
    UNIQUE (origin, origin_seq)
);
CREATE INDEX op_log_entity ON op_log (entity_id, hlc);

CREATE TRIGGER op_log_no_delete BEFORE DELETE ON op_log
BEGIN SELECT RAISE(ABORT, 'op_log är skrivskyddad: ändringar görs med nya operationer'); END;

CREATE TRIGGER op_log_no_update BEFORE UPDATE ON op_log
WHEN NEW.value IS NOT NULL
  OR NEW.seq IS NOT OLD.seq OR NEW.op_id IS NOT OLD.op_id OR NEW.origin IS NOT OLD.origin
  OR NEW.origin_seq IS NOT OLD.origin_seq OR NEW.hlc IS NOT OLD.hlc OR NEW.actor IS NOT OLD.actor
  OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id OR NEW.kind IS NOT OLD.kind
  OR NEW.field IS NOT OLD.field OR NEW.value_hash IS NOT OLD.value_hash
  OR NEW.base_op IS NOT OLD.base_op OR NEW.classification IS NOT OLD.classification
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
  OR NEW.received_at IS NOT OLD.received_at OR NEW.bundle_id IS NOT OLD.bundle_id
BEGIN SELECT RAISE(ABORT, 'op_log är skrivskyddad: bara gallring får tömma ett värde'); END;

-- Every record of every kind: who owns it and which op created it.
CREATE TABLE record (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    owner TEXT NOT NULL,
    created_op TEXT NOT NULL,
    created_hlc INTEGER NOT NULL,
    updated_hlc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX record_entity ON record (entity, updated_hlc);

-- The op that decided the current value of each field changed since creation (last writer
-- wins by (hlc, origin)); a create decides every field it sets until a set replaces it.
CREATE TABLE field_version (
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    op_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    PRIMARY KEY (entity_id, field)
) WITHOUT ROWID;

-- Concurrent edits of the same field that a person must settle.
CREATE TABLE conflict (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    winner_op TEXT NOT NULL,
    loser_op TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'oppen' CHECK (status IN ('oppen', 'lost')),
    resolution_op TEXT,
    detected_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX conflict_open ON conflict (status, entity_id);

-- What is not an op: imports accepted or rejected, exports, trust changes, restores,
-- resolutions, purges. Append-only and hash-chained.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log är skrivskyddad'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log är skrivskyddad'); END;

-- This copy's own settings: its partner id, clock, municipality name, language. Not shared.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Indexes for every list the UI and the CLI show.
CREATE INDEX observation_week_area ON observation (iso_week, area_id) WHERE deleted = 0;
CREATE INDEX observation_area_date ON observation (area_id, occurred_on) WHERE deleted = 0;
-- Newest-first lists page along this index (date, time, insertion order).
CREATE INDEX observation_order ON observation (occurred_on, time_from, n) WHERE deleted = 0;
CREATE INDEX observation_type ON observation (event_type_id, occurred_on);
CREATE INDEX observation_org ON observation (reporting_org_id, occurred_on);
CREATE INDEX observation_place ON observation (place_id) WHERE place_id IS NOT NULL;
CREATE INDEX observation_review ON observation (review_status, occurred_on) WHERE deleted = 0;
CREATE INDEX observation_severity ON observation (severity, occurred_on) WHERE severity <> 'storning';
CREATE INDEX observation_external ON observation (external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX action_status_due ON action (status, due_on) WHERE deleted = 0;
CREATE INDEX action_due ON action (due_on) WHERE deleted = 0;
CREATE INDEX action_owner ON action (responsible_org_id, status);
CREATE INDEX action_area ON action (area_id, status);
CREATE INDEX action_meeting ON action (meeting_id);
CREATE INDEX action_plan_item ON action (plan_item_id) WHERE plan_item_id IS NOT NULL;
CREATE INDEX action_priority ON action (priority_id) WHERE priority_id IS NOT NULL;
CREATE INDEX action_activity ON action (promise_activity_id) WHERE promise_activity_id IS NOT NULL;
CREATE INDEX action_finding ON action (finding_id) WHERE finding_id IS NOT NULL;
CREATE INDEX follow_up_subject ON follow_up (subject_id, date);
CREATE INDEX follow_up_meeting ON follow_up (meeting_id);
CREATE INDEX meeting_date ON meeting (date) WHERE deleted = 0;
CREATE INDEX meeting_week ON meeting (iso_week);
CREATE INDEX attendance_meeting ON attendance (meeting_id);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, number);
CREATE INDEX situation_picture_meeting ON situation_picture (meeting_id);
CREATE INDEX situation_picture_period ON situation_picture (level, period_start);
CREATE INDEX area_assessment_picture ON area_assessment (picture_id, area_id);
CREATE INDEX area_assessment_area ON area_assessment (area_id);
CREATE INDEX area_parent ON area (parent_id);
CREATE INDEX place_area ON place (area_id);
CREATE INDEX participant_org ON participant (organisation_id);
CREATE INDEX cause_problem ON cause (problem_id);
CREATE INDEX plan_item_plan ON plan_item (plan_id, number);
CREATE INDEX goal_plan ON goal (plan_id);
CREATE INDEX goal_priority ON goal (priority_id);
CREATE INDEX goal_project ON goal (place_project_id);
CREATE INDEX indicator_goal ON indicator (goal_id);
CREATE INDEX indicator_value_indicator ON indicator_value (indicator_id, measured_on);
CREATE INDEX priority_agreement ON priority (agreement_id, number);
CREATE INDEX citizen_promise_agreement ON citizen_promise (agreement_id);
CREATE INDEX promise_activity_promise ON promise_activity (promise_id, number);
CREATE INDEX inspection_project ON inspection (project_id, date);
CREATE INDEX inspection_area ON inspection (area_id, date);
CREATE INDEX finding_inspection ON finding (inspection_id);
CREATE INDEX police_event_published ON police_event (published_at);
CREATE INDEX police_event_municipality ON police_event (municipality, published_at);
CREATE INDEX preventive_measure_status ON preventive_measure (status);
CREATE INDEX term_vocabulary ON term (vocabulary, sort);
CREATE UNIQUE INDEX event_type_code ON event_type (code);
CREATE UNIQUE INDEX theme_code ON theme (code);

-- ---------------------------------------------------------------------------------------------
-- Full-text search over all free text. rowid = the record's n * 64 + a number per table, so a
-- record's entry is found directly when it changes.
CREATE VIRTUAL TABLE search USING fts5 (
    entity UNINDEXED,
    entity_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER observation_search_insert AFTER INSERT ON observation WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 1, 'observation', NEW.id, '', NEW.description); END;
CREATE TRIGGER observation_search_update AFTER UPDATE OF deleted, description ON observation
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 1;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 1, 'observation', NEW.id, '', NEW.description WHERE NEW.deleted = 0;
END;

CREATE TRIGGER action_search_insert AFTER INSERT ON action WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 2, 'action', NEW.id, NEW.title, NEW.description || ' ' || NEW.expected_effect || ' ' || NEW.result || ' ' || coalesce(NEW.recurrence, '')); END;
CREATE TRIGGER action_search_update AFTER UPDATE OF deleted, title, description, expected_effect, result, recurrence ON action
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 2;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 2, 'action', NEW.id, NEW.title, NEW.description || ' ' || NEW.expected_effect || ' ' || NEW.result || ' ' || coalesce(NEW.recurrence, '') WHERE NEW.deleted = 0;
END;

CREATE TRIGGER meeting_search_insert AFTER INSERT ON meeting WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 3, 'meeting', NEW.id, NEW.group_name, NEW.location || ' ' || NEW.notes); END;
CREATE TRIGGER meeting_search_update AFTER UPDATE OF deleted, group_name, location, notes ON meeting
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 3;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 3, 'meeting', NEW.id, NEW.group_name, NEW.location || ' ' || NEW.notes WHERE NEW.deleted = 0;
END;

CREATE TRIGGER agenda_item_search_insert AFTER INSERT ON agenda_item WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 4, 'agenda_item', NEW.id, NEW.title, NEW.text || ' ' || coalesce(NEW.decision, '')); END;
CREATE TRIGGER agenda_item_search_update AFTER UPDATE OF deleted, title, text, decision ON agenda_item
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 4;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 4, 'agenda_item', NEW.id, NEW.title, NEW.text || ' ' || coalesce(NEW.decision, '') WHERE NEW.deleted = 0;
END;

CREATE TRIGGER follow_up_search_insert AFTER INSERT ON follow_up WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 5, 'follow_up', NEW.id, '', NEW.comment); END;
CREATE TRIGGER follow_up_search_update AFTER UPDATE OF deleted, comment ON follow_up
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 5;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 5, 'follow_up', NEW.id, '', NEW.comment WHERE NEW.deleted = 0;
END;

CREATE TRIGGER problem_search_insert AFTER INSERT ON problem WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 6, 'problem', NEW.id, NEW.title, NEW.description || ' ' || NEW.evidence); END;
CREATE TRIGGER problem_search_update AFTER UPDATE OF deleted, title, description, evidence ON problem
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 6;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 6, 'problem', NEW.id, NEW.title, NEW.description || ' ' || NEW.evidence WHERE NEW.deleted = 0;
END;

CREATE TRIGGER cause_search_insert AFTER INSERT ON cause WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 7, 'cause', NEW.id, '', NEW.description); END;
CREATE TRIGGER cause_search_update AFTER UPDATE OF deleted, description ON cause
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 7;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 7, 'cause', NEW.id, '', NEW.description WHERE NEW.deleted = 0;
END;

CREATE TRIGGER finding_search_insert AFTER INSERT ON finding WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 8, 'finding', NEW.id, NEW.issue, NEW.suggested_action); END;
CREATE TRIGGER finding_search_update AFTER UPDATE OF deleted, issue, suggested_action ON finding
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 8;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 8, 'finding', NEW.id, NEW.issue, NEW.suggested_action WHERE NEW.deleted = 0;
END;

CREATE TRIGGER inspection_search_insert AFTER INSERT ON inspection WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 9, 'inspection', NEW.id, '', NEW.summary); END;
CREATE TRIGGER inspection_search_update AFTER UPDATE OF deleted, summary ON inspection
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 9;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 9, 'inspection', NEW.id, '', NEW.summary WHERE NEW.deleted = 0;
END;

CREATE TRIGGER preventive_measure_search_insert AFTER INSERT ON preventive_measure WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 10, 'preventive_measure', NEW.id, NEW.title, NEW.description || ' ' || NEW.target_group); END;
CREATE TRIGGER preventive_measure_search_update AFTER UPDATE OF deleted, title, description, target_group ON preventive_measure
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 10;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 10, 'preventive_measure', NEW.id, NEW.title, NEW.description || ' ' || NEW.target_group WHERE NEW.deleted = 0;
END;

CREATE TRIGGER area_search_insert AFTER INSERT ON area WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 11, 'area', NEW.id, NEW.name, coalesce(NEW.code, '')); END;
CREATE TRIGGER area_search_update AFTER UPDATE OF deleted, name, code ON area
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 11;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 11, 'area', NEW.id, NEW.name, coalesce(NEW.code, '') WHERE NEW.deleted = 0;
END;

CREATE TRIGGER place_search_insert AFTER INSERT ON place WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 12, 'place', NEW.id, NEW.name, ''); END;
CREATE TRIGGER place_search_update AFTER UPDATE OF deleted, name ON place
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 12;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 12, 'place', NEW.id, NEW.name, '' WHERE NEW.deleted = 0;
END;

CREATE TRIGGER police_event_search_insert AFTER INSERT ON police_event WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 13, 'police_event', NEW.id, NEW.name, NEW.summary); END;
CREATE TRIGGER police_event_search_update AFTER UPDATE OF deleted, name, summary ON police_event
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 13;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 13, 'police_event', NEW.id, NEW.name, NEW.summary WHERE NEW.deleted = 0;
END;

CREATE TRIGGER situation_picture_search_insert AFTER INSERT ON situation_picture WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 14, 'situation_picture', NEW.id, '', NEW.summary); END;
CREATE TRIGGER situation_picture_search_update AFTER UPDATE OF deleted, summary ON situation_picture
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 14;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 14, 'situation_picture', NEW.id, '', NEW.summary WHERE NEW.deleted = 0;
END;

CREATE TRIGGER area_assessment_search_insert AFTER INSERT ON area_assessment WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 15, 'area_assessment', NEW.id, '', NEW.text); END;
CREATE TRIGGER area_assessment_search_update AFTER UPDATE OF deleted, text ON area_assessment
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 15;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 15, 'area_assessment', NEW.id, '', NEW.text WHERE NEW.deleted = 0;
END;

CREATE TRIGGER action_plan_search_insert AFTER INSERT ON action_plan WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 16, 'action_plan', NEW.id, NEW.title, coalesce(NEW.decision_ref, '')); END;
CREATE TRIGGER action_plan_search_update AFTER UPDATE OF deleted, title, decision_ref ON action_plan
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 16;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 16, 'action_plan', NEW.id, NEW.title, coalesce(NEW.decision_ref, '') WHERE NEW.deleted = 0;
END;

CREATE TRIGGER plan_item_search_insert AFTER INSERT ON plan_item WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 17, 'plan_item', NEW.id, NEW.title, NEW.resources); END;
CREATE TRIGGER plan_item_search_update AFTER UPDATE OF deleted, title, resources ON plan_item
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 17;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 17, 'plan_item', NEW.id, NEW.title, NEW.resources WHERE NEW.deleted = 0;
END;

CREATE TRIGGER goal_search_insert AFTER INSERT ON goal WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 18, 'goal', NEW.id, '', NEW.text); END;
CREATE TRIGGER goal_search_update AFTER UPDATE OF deleted, text ON goal
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 18;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 18, 'goal', NEW.id, '', NEW.text WHERE NEW.deleted = 0;
END;

CREATE TRIGGER indicator_search_insert AFTER INSERT ON indicator WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 19, 'indicator', NEW.id, NEW.name, NEW.unit); END;
CREATE TRIGGER indicator_search_update AFTER UPDATE OF deleted, name, unit ON indicator
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 19;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 19, 'indicator', NEW.id, NEW.name, NEW.unit WHERE NEW.deleted = 0;
END;

CREATE TRIGGER priority_search_insert AFTER INSERT ON priority WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 20, 'priority', NEW.id, NEW.title, NEW.problem_picture || ' ' || NEW.causes); END;
CREATE TRIGGER priority_search_update AFTER UPDATE OF deleted, title, problem_picture, causes ON priority
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 20;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 20, 'priority', NEW.id, NEW.title, NEW.problem_picture || ' ' || NEW.causes WHERE NEW.deleted = 0;
END;

CREATE TRIGGER citizen_promise_search_insert AFTER INSERT ON citizen_promise WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 21, 'citizen_promise', NEW.id, '', NEW.text); END;
CREATE TRIGGER citizen_promise_search_update AFTER UPDATE OF deleted, text ON citizen_promise
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 21;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 21, 'citizen_promise', NEW.id, '', NEW.text WHERE NEW.deleted = 0;
END;

CREATE TRIGGER promise_activity_search_insert AFTER INSERT ON promise_activity WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 22, 'promise_activity', NEW.id, NEW.activity, NEW.scope || ' ' || NEW.follow_up_forum); END;
CREATE TRIGGER promise_activity_search_update AFTER UPDATE OF deleted, activity, scope, follow_up_forum ON promise_activity
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 22;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 22, 'promise_activity', NEW.id, NEW.activity, NEW.scope || ' ' || NEW.follow_up_forum WHERE NEW.deleted = 0;
END;

CREATE TRIGGER place_project_search_insert AFTER INSERT ON place_project WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 23, 'place_project', NEW.id, NEW.name, NEW.vision); END;
CREATE TRIGGER place_project_search_update AFTER UPDATE OF deleted, name, vision ON place_project
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 23;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 23, 'place_project', NEW.id, NEW.name, NEW.vision WHERE NEW.deleted = 0;
END;

CREATE TRIGGER agreement_search_insert AFTER INSERT ON agreement WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 24, 'agreement', NEW.id, NEW.title, NEW.appendix); END;
CREATE TRIGGER agreement_search_update AFTER UPDATE OF deleted, title, appendix ON agreement
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 24;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 24, 'agreement', NEW.id, NEW.title, NEW.appendix WHERE NEW.deleted = 0;
END;

CREATE TRIGGER organisation_search_insert AFTER INSERT ON organisation WHEN NEW.deleted = 0
BEGIN INSERT INTO search (rowid, entity, entity_id, title, body) VALUES (NEW.n * 64 + 25, 'organisation', NEW.id, NEW.name, coalesce(NEW.short_name, '')); END;
CREATE TRIGGER organisation_search_update AFTER UPDATE OF deleted, name, short_name ON organisation
BEGIN
    DELETE FROM search WHERE rowid = OLD.n * 64 + 25;
    INSERT INTO search (rowid, entity, entity_id, title, body) SELECT NEW.n * 64 + 25, 'organisation', NEW.id, NEW.name, coalesce(NEW.short_name, '') WHERE NEW.deleted = 0;
END;
