-- Search entries are queued and written to the FTS index once per transaction.
--
-- Written row by row from triggers, FTS5 flushed its pending terms to disk before every later
-- statement of the transaction (each statement's savepoint does that), so an import of 10,000
-- records wrote 10,000 tiny index segments and merged them: about a sixth of the import's work.
-- Now the triggers note the latest text of each changed entry in `search_pending` (a plain
-- table), and the store moves the queue into `search` in three statements just before each
-- commit (`store::search::flush_pending`). The queue is empty between transactions.

CREATE TABLE search_pending (
    -- The entry's rowid in `search`: the record's n * 64 + a number per table.
    rowid INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    title TEXT,
    body TEXT,
    -- 0: the record is deleted, so its entry goes.
    present INTEGER NOT NULL,
    -- 1: the entry may already be in `search` and is replaced.
    replaces INTEGER NOT NULL
);

DROP TRIGGER observation_search_insert;
CREATE TRIGGER observation_search_insert AFTER INSERT ON observation WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 1, 'observation', NEW.id, '', NEW.description, 1, 0); END;

DROP TRIGGER action_search_insert;
CREATE TRIGGER action_search_insert AFTER INSERT ON action WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 2, 'action', NEW.id, NEW.title, NEW.description || ' ' || NEW.expected_effect || ' ' || NEW.result || ' ' || coalesce(NEW.recurrence, ''), 1, 0); END;

DROP TRIGGER meeting_search_insert;
CREATE TRIGGER meeting_search_insert AFTER INSERT ON meeting WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 3, 'meeting', NEW.id, NEW.group_name, NEW.location || ' ' || NEW.notes, 1, 0); END;

DROP TRIGGER agenda_item_search_insert;
CREATE TRIGGER agenda_item_search_insert AFTER INSERT ON agenda_item WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 4, 'agenda_item', NEW.id, NEW.title, NEW.text || ' ' || coalesce(NEW.decision, ''), 1, 0); END;

DROP TRIGGER follow_up_search_insert;
CREATE TRIGGER follow_up_search_insert AFTER INSERT ON follow_up WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 5, 'follow_up', NEW.id, '', NEW.comment, 1, 0); END;

DROP TRIGGER problem_search_insert;
CREATE TRIGGER problem_search_insert AFTER INSERT ON problem WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 6, 'problem', NEW.id, NEW.title, NEW.description || ' ' || NEW.evidence, 1, 0); END;

DROP TRIGGER cause_search_insert;
CREATE TRIGGER cause_search_insert AFTER INSERT ON cause WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 7, 'cause', NEW.id, '', NEW.description, 1, 0); END;

DROP TRIGGER finding_search_insert;
CREATE TRIGGER finding_search_insert AFTER INSERT ON finding WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 8, 'finding', NEW.id, NEW.issue, NEW.suggested_action, 1, 0); END;

DROP TRIGGER inspection_search_insert;
CREATE TRIGGER inspection_search_insert AFTER INSERT ON inspection WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 9, 'inspection', NEW.id, '', NEW.summary, 1, 0); END;

DROP TRIGGER preventive_measure_search_insert;
CREATE TRIGGER preventive_measure_search_insert AFTER INSERT ON preventive_measure WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 10, 'preventive_measure', NEW.id, NEW.title, NEW.description || ' ' || NEW.target_group, 1, 0); END;

DROP TRIGGER area_search_insert;
CREATE TRIGGER area_search_insert AFTER INSERT ON area WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 11, 'area', NEW.id, NEW.name, coalesce(NEW.code, ''), 1, 0); END;

DROP TRIGGER place_search_insert;
CREATE TRIGGER place_search_insert AFTER INSERT ON place WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 12, 'place', NEW.id, NEW.name, '', 1, 0); END;

DROP TRIGGER police_event_search_insert;
CREATE TRIGGER police_event_search_insert AFTER INSERT ON police_event WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 13, 'police_event', NEW.id, NEW.name, NEW.summary, 1, 0); END;

DROP TRIGGER situation_picture_search_insert;
CREATE TRIGGER situation_picture_search_insert AFTER INSERT ON situation_picture WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 14, 'situation_picture', NEW.id, '', NEW.summary, 1, 0); END;

DROP TRIGGER area_assessment_search_insert;
CREATE TRIGGER area_assessment_search_insert AFTER INSERT ON area_assessment WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 15, 'area_assessment', NEW.id, '', NEW.text, 1, 0); END;

DROP TRIGGER action_plan_search_insert;
CREATE TRIGGER action_plan_search_insert AFTER INSERT ON action_plan WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 16, 'action_plan', NEW.id, NEW.title, coalesce(NEW.decision_ref, ''), 1, 0); END;

DROP TRIGGER plan_item_search_insert;
CREATE TRIGGER plan_item_search_insert AFTER INSERT ON plan_item WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 17, 'plan_item', NEW.id, NEW.title, NEW.resources, 1, 0); END;

DROP TRIGGER goal_search_insert;
CREATE TRIGGER goal_search_insert AFTER INSERT ON goal WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 18, 'goal', NEW.id, '', NEW.text, 1, 0); END;

DROP TRIGGER indicator_search_insert;
CREATE TRIGGER indicator_search_insert AFTER INSERT ON indicator WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 19, 'indicator', NEW.id, NEW.name, NEW.unit, 1, 0); END;

DROP TRIGGER priority_search_insert;
CREATE TRIGGER priority_search_insert AFTER INSERT ON priority WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 20, 'priority', NEW.id, NEW.title, NEW.problem_picture || ' ' || NEW.causes, 1, 0); END;

DROP TRIGGER citizen_promise_search_insert;
CREATE TRIGGER citizen_promise_search_insert AFTER INSERT ON citizen_promise WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 21, 'citizen_promise', NEW.id, '', NEW.text, 1, 0); END;

DROP TRIGGER promise_activity_search_insert;
CREATE TRIGGER promise_activity_search_insert AFTER INSERT ON promise_activity WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 22, 'promise_activity', NEW.id, NEW.activity, NEW.scope || ' ' || NEW.follow_up_forum, 1, 0); END;

DROP TRIGGER place_project_search_insert;
CREATE TRIGGER place_project_search_insert AFTER INSERT ON place_project WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 23, 'place_project', NEW.id, NEW.name, NEW.vision, 1, 0); END;

DROP TRIGGER agreement_search_insert;
CREATE TRIGGER agreement_search_insert AFTER INSERT ON agreement WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 24, 'agreement', NEW.id, NEW.title, NEW.appendix, 1, 0); END;

DROP TRIGGER organisation_search_insert;
CREATE TRIGGER organisation_search_insert AFTER INSERT ON organisation WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 25, 'organisation', NEW.id, NEW.name, coalesce(NEW.short_name, ''), 1, 0); END;

DROP TRIGGER observation_search_update;
CREATE TRIGGER observation_search_update AFTER UPDATE OF deleted, description ON observation
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 1, 'observation', NEW.id, '', NEW.description, NEW.deleted = 0, 1); END;

DROP TRIGGER action_search_update;
CREATE TRIGGER action_search_update AFTER UPDATE OF deleted, title, description, expected_effect, result, recurrence ON action
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 2, 'action', NEW.id, NEW.title, NEW.description || ' ' || NEW.expected_effect || ' ' || NEW.result || ' ' || coalesce(NEW.recurrence, ''), NEW.deleted = 0, 1); END;

DROP TRIGGER meeting_search_update;
CREATE TRIGGER meeting_search_update AFTER UPDATE OF deleted, group_name, location, notes ON meeting
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 3, 'meeting', NEW.id, NEW.group_name, NEW.location || ' ' || NEW.notes, NEW.deleted = 0, 1); END;

DROP TRIGGER agenda_item_search_update;
CREATE TRIGGER agenda_item_search_update AFTER UPDATE OF deleted, title, text, decision ON agenda_item
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 4, 'agenda_item', NEW.id, NEW.title, NEW.text || ' ' || coalesce(NEW.decision, ''), NEW.deleted = 0, 1); END;

DROP TRIGGER follow_up_search_update;
CREATE TRIGGER follow_up_search_update AFTER UPDATE OF deleted, comment ON follow_up
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 5, 'follow_up', NEW.id, '', NEW.comment, NEW.deleted = 0, 1); END;

DROP TRIGGER problem_search_update;
CREATE TRIGGER problem_search_update AFTER UPDATE OF deleted, title, description, evidence ON problem
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 6, 'problem', NEW.id, NEW.title, NEW.description || ' ' || NEW.evidence, NEW.deleted = 0, 1); END;

DROP TRIGGER cause_search_update;
CREATE TRIGGER cause_search_update AFTER UPDATE OF deleted, description ON cause
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 7, 'cause', NEW.id, '', NEW.description, NEW.deleted = 0, 1); END;

DROP TRIGGER finding_search_update;
CREATE TRIGGER finding_search_update AFTER UPDATE OF deleted, issue, suggested_action ON finding
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 8, 'finding', NEW.id, NEW.issue, NEW.suggested_action, NEW.deleted = 0, 1); END;

DROP TRIGGER inspection_search_update;
CREATE TRIGGER inspection_search_update AFTER UPDATE OF deleted, summary ON inspection
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 9, 'inspection', NEW.id, '', NEW.summary, NEW.deleted = 0, 1); END;

DROP TRIGGER preventive_measure_search_update;
CREATE TRIGGER preventive_measure_search_update AFTER UPDATE OF deleted, title, description, target_group ON preventive_measure
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 10, 'preventive_measure', NEW.id, NEW.title, NEW.description || ' ' || NEW.target_group, NEW.deleted = 0, 1); END;

DROP TRIGGER area_search_update;
CREATE TRIGGER area_search_update AFTER UPDATE OF deleted, name, code ON area
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 11, 'area', NEW.id, NEW.name, coalesce(NEW.code, ''), NEW.deleted = 0, 1); END;

DROP TRIGGER place_search_update;
CREATE TRIGGER place_search_update AFTER UPDATE OF deleted, name ON place
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 12, 'place', NEW.id, NEW.name, '', NEW.deleted = 0, 1); END;

DROP TRIGGER police_event_search_update;
CREATE TRIGGER police_event_search_update AFTER UPDATE OF deleted, name, summary ON police_event
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 13, 'police_event', NEW.id, NEW.name, NEW.summary, NEW.deleted = 0, 1); END;

DROP TRIGGER situation_picture_search_update;
CREATE TRIGGER situation_picture_search_update AFTER UPDATE OF deleted, summary ON situation_picture
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 14, 'situation_picture', NEW.id, '', NEW.summary, NEW.deleted = 0, 1); END;

DROP TRIGGER area_assessment_search_update;
CREATE TRIGGER area_assessment_search_update AFTER UPDATE OF deleted, text ON area_assessment
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 15, 'area_assessment', NEW.id, '', NEW.text, NEW.deleted = 0, 1); END;

DROP TRIGGER action_plan_search_update;
CREATE TRIGGER action_plan_search_update AFTER UPDATE OF deleted, title, decision_ref ON action_plan
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 16, 'action_plan', NEW.id, NEW.title, coalesce(NEW.decision_ref, ''), NEW.deleted = 0, 1); END;

DROP TRIGGER plan_item_search_update;
CREATE TRIGGER plan_item_search_update AFTER UPDATE OF deleted, title, resources ON plan_item
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 17, 'plan_item', NEW.id, NEW.title, NEW.resources, NEW.deleted = 0, 1); END;

DROP TRIGGER goal_search_update;
CREATE TRIGGER goal_search_update AFTER UPDATE OF deleted, text ON goal
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 18, 'goal', NEW.id, '', NEW.text, NEW.deleted = 0, 1); END;

DROP TRIGGER indicator_search_update;
CREATE TRIGGER indicator_search_update AFTER UPDATE OF deleted, name, unit ON indicator
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 19, 'indicator', NEW.id, NEW.name, NEW.unit, NEW.deleted = 0, 1); END;

DROP TRIGGER priority_search_update;
CREATE TRIGGER priority_search_update AFTER UPDATE OF deleted, title, problem_picture, causes ON priority
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 20, 'priority', NEW.id, NEW.title, NEW.problem_picture || ' ' || NEW.causes, NEW.deleted = 0, 1); END;

DROP TRIGGER citizen_promise_search_update;
CREATE TRIGGER citizen_promise_search_update AFTER UPDATE OF deleted, text ON citizen_promise
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 21, 'citizen_promise', NEW.id, '', NEW.text, NEW.deleted = 0, 1); END;

DROP TRIGGER promise_activity_search_update;
CREATE TRIGGER promise_activity_search_update AFTER UPDATE OF deleted, activity, scope, follow_up_forum ON promise_activity
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 22, 'promise_activity', NEW.id, NEW.activity, NEW.scope || ' ' || NEW.follow_up_forum, NEW.deleted = 0, 1); END;

DROP TRIGGER place_project_search_update;
CREATE TRIGGER place_project_search_update AFTER UPDATE OF deleted, name, vision ON place_project
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 23, 'place_project', NEW.id, NEW.name, NEW.vision, NEW.deleted = 0, 1); END;

DROP TRIGGER agreement_search_update;
CREATE TRIGGER agreement_search_update AFTER UPDATE OF deleted, title, appendix ON agreement
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 24, 'agreement', NEW.id, NEW.title, NEW.appendix, NEW.deleted = 0, 1); END;

DROP TRIGGER organisation_search_update;
CREATE TRIGGER organisation_search_update AFTER UPDATE OF deleted, name, short_name ON organisation
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 25, 'organisation', NEW.id, NEW.name, coalesce(NEW.short_name, ''), NEW.deleted = 0, 1); END;
