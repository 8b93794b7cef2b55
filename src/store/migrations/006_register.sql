-- What issue 12's register needs from the schema.
--
-- 1. Every kind a record can refer to can be taken out of use (deactivated) instead of deleted:
-- it leaves the pickers and stays in history and reports. Organisations, areas, places, event
-- types, themes, terms and place projects had `active`; actions, priorities, activities, plans
-- and measures have a closing status. These get `active`, nullable: a record made before it
-- (and an older partner's op without it) counts as in use.
ALTER TABLE problem ADD COLUMN active INTEGER;
ALTER TABLE cause ADD COLUMN active INTEGER;
ALTER TABLE plan_item ADD COLUMN active INTEGER;
ALTER TABLE goal ADD COLUMN active INTEGER;
ALTER TABLE indicator ADD COLUMN active INTEGER;
ALTER TABLE agreement ADD COLUMN active INTEGER;
ALTER TABLE citizen_promise ADD COLUMN active INTEGER;
ALTER TABLE factor ADD COLUMN active INTEGER;
ALTER TABLE inspection ADD COLUMN active INTEGER;
ALTER TABLE finding ADD COLUMN active INTEGER;

-- 2. An indicator value's note is free text a person wrote (the entity registry marks it so):
-- like every free-text field it is found by search. The registry ↔ schema test
-- (tests/integration/registry_schema.rs) holds every free-text field to this.

CREATE TRIGGER indicator_value_search_insert AFTER INSERT ON indicator_value WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 26, 'indicator_value', NEW.id, NEW.period, NEW.note, 1, 0); END;

CREATE TRIGGER indicator_value_search_update AFTER UPDATE OF deleted, period, note ON indicator_value
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 26, 'indicator_value', NEW.id, NEW.period, NEW.note, NEW.deleted = 0, 1); END;

-- Values already stored are indexed once.
INSERT INTO search (rowid, entity, entity_id, title, body)
SELECT n * 64 + 26, 'indicator_value', id, period, note FROM indicator_value WHERE deleted = 0;
