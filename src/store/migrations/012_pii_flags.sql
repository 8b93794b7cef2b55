-- The personal-data flag on list rows (issue 16). A record whose free text the personal-data
-- check flags at the confirmation level has a row here, with what was found; a record
-- without a row is not flagged. The store keeps it true in the transaction of every write that
-- changes text (`store::pii_flags`): ops queue the record in `pii_pending` as they are applied
-- (local writes, bundle imports, sheet imports, undo, parked ops released) and a purge queues
-- it too; the queue is linted and emptied just before each commit, like the search queue.
-- Existing copies are flagged once, on the first open after this migration.

CREATE TABLE pii_flag (
    entity_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    -- What was found, as the save warning names it: "namn (”Kalle”), telefonnummer (”…”)".
    found TEXT NOT NULL
) WITHOUT ROWID;

-- "Only flagged rows" of one list: the flagged ids of a kind, read from the index alone.
CREATE INDEX pii_flag_by_entity ON pii_flag (entity, entity_id);

CREATE TABLE pii_pending (
    entity_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL
) WITHOUT ROWID;
