-- Partner exchange: this copy's identity, the trust list, bundles sent and received, and how far
-- each partner's hash chain has been received. None of this is ever exported.

-- This copy's identity (one row). The secret key is a file beside the database, never here.
CREATE TABLE partner_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    partner_id TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Partners whose bundles this copy accepts. A revoked key keeps its row, so what was imported
-- under it stays traceable.
CREATE TABLE trusted_partner (
    public_key TEXT PRIMARY KEY,
    partner_id TEXT NOT NULL,
    name TEXT NOT NULL,
    trusted_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;
CREATE INDEX trusted_partner_id ON trusted_partner (partner_id);

-- How far each partner has confirmed receiving this copy's ops (from its own bundles): the
-- next export to it starts after this.
CREATE TABLE partner_ack (
    partner_id TEXT PRIMARY KEY,
    acked_seq INTEGER NOT NULL
) WITHOUT ROWID;

-- How far each other origin's chain has been received: the last sequence number and its hash.
CREATE TABLE received_chain (
    origin TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
) WITHOUT ROWID;

-- Links of a partner's chain that were withheld from us (internal records): only the hashes,
-- so the chain still verifies.
CREATE TABLE withheld_op (
    origin TEXT NOT NULL,
    origin_seq INTEGER NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (origin, origin_seq)
) WITHOUT ROWID;

CREATE TABLE bundle_received (
    bundle_id TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    public_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    op_count INTEGER NOT NULL,
    new_count INTEGER NOT NULL,
    conflict_count INTEGER NOT NULL,
    payload_hash BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX bundle_received_sender ON bundle_received (sender, imported_at);

CREATE TABLE bundle_sent (
    bundle_id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    created_at TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    op_count INTEGER NOT NULL,
    withheld_count INTEGER NOT NULL,
    file TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX bundle_sent_recipient ON bundle_sent (recipient, created_at);

-- Conflicts are found through op_log_entity (a record has few ops): no extra index on the
-- op log, whose every insert would pay for it.
