-- The search index keeps the one- and two-letter starts of every word as index entries of
-- their own (FTS5's `prefix` option), so a filter being typed ("k", "kl") reads one list
-- instead of merging the lists of every word that begins so (≈ 30 ms for "k", 90 ms for "p"
-- on ten years of data), and a search limited to a range of rows reads only that range
-- (see `store::queries::observation_page`). The option can only be given when the table is
-- made, so the index is made again from its own entries.
CREATE VIRTUAL TABLE search_with_prefixes USING fts5 (
    entity UNINDEXED,
    entity_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2'
);

INSERT INTO search_with_prefixes (rowid, entity, entity_id, title, body)
    SELECT rowid, entity, entity_id, title, body FROM search;

DROP TABLE search;

ALTER TABLE search_with_prefixes RENAME TO search;
