-- Ops of a partner's chain that are in the op log but not applied (see store::import):
--  'parked'  its record's create has not arrived; it is judged when the create does;
--  'refused' judged when its record arrived, and not allowed: it stays unapplied for good;
--  'common'  it touches a record derived from an outside id (a police event, a taxonomy
--            entry), which belongs to no partner: history only.
-- The log keeps the op (the sender's hash chain verifies); lists, history, conflicts and the
-- replay in `check` leave these out. Local bookkeeping, never exported.
CREATE TABLE held_op (
    op_id TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('parked', 'refused', 'common'))
) WITHOUT ROWID;
CREATE INDEX held_op_entity ON held_op (entity_id, reason);
