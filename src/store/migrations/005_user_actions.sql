-- What `undo` takes back: each user action (a form save, starting a meeting) names the run of
-- this copy's own ops it wrote in one transaction, by their place in this copy's chain. An undo
-- is itself an action that names the one it undid, so undoing again walks further back instead
-- of redoing. Local bookkeeping, never exported: the ops themselves stay in the log untouched.
CREATE TABLE user_action (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    label TEXT NOT NULL,
    at TEXT NOT NULL,
    undoes INTEGER REFERENCES user_action (id),
    undone_by INTEGER REFERENCES user_action (id)
);
CREATE INDEX user_action_seq ON user_action (origin, first_seq, last_seq);
