-- An indicator value's note is free text a person wrote (the entity registry marks it so):
-- like every free-text field it is found by search. The registry ↔ schema test
-- (tests/integration/registry_schema.rs) holds every free-text field to this.

CREATE TRIGGER indicator_value_search_insert AFTER INSERT ON indicator_value WHEN NEW.deleted = 0
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 26, 'indicator_value', NEW.id, NEW.period, NEW.note, 1, 0); END;

CREATE TRIGGER indicator_value_search_update AFTER UPDATE OF deleted, period, note ON indicator_value
BEGIN INSERT OR REPLACE INTO search_pending (rowid, entity, entity_id, title, body, present, replaces) VALUES (NEW.n * 64 + 26, 'indicator_value', NEW.id, NEW.period, NEW.note, NEW.deleted = 0, 1); END;

-- Values already stored are indexed once.
INSERT INTO search (rowid, entity, entity_id, title, body)
SELECT n * 64 + 26, 'indicator_value', id, period, note FROM indicator_value WHERE deleted = 0;
