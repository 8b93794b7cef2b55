//! Full-text search over all free text (FTS5), across every kind of record.

use rusqlite::Connection;
use serde::Serialize;

use super::queries::id_at;
use super::{Result, Store};
use crate::domain::{EntityKind, Id, Vocabulary};

/// Moves the entries queued by this transaction's changes into the search index, in three
/// statements (see `migrations/003_search_queue.sql` for why they are queued). Called by every
/// writing transaction just before it commits.
pub(crate) fn flush_pending(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM search WHERE rowid IN (SELECT rowid FROM search_pending WHERE replaces); \
         INSERT INTO search (rowid, entity, entity_id, title, body) \
             SELECT rowid, entity, entity_id, title, body FROM search_pending WHERE present; \
         DELETE FROM search_pending;",
    )?;
    Ok(())
}

/// A search hit: which record, and a snippet around the match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub kind: EntityKind,
    pub id: Id,
    pub title: String,
    pub snippet: String,
}

/// Turns what a person typed into an FTS5 query: every word must occur, the last one may be
/// the start of a word (search as you type). Quotes keep FTS syntax out. None for no words.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("{}*", words.join(" ")))
}

impl Store {
    /// Records whose text matches, best match first.
    pub fn search(&self, typed: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(q) = fts_query(typed) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT entity, entity_id, title, snippet(search, 3, '»', '«', '…', 12) FROM search \
             WHERE search MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(rusqlite::params![q, limit as i64], |r| {
            let kind: String = r.get(0)?;
            Ok((
                kind,
                id_at(r, 1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (kind, id, title, snippet) = row?;
            if let Some(kind) = EntityKind::parse(&kind) {
                hits.push(SearchHit {
                    kind,
                    id,
                    title,
                    snippet,
                });
            }
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_a_safe_prefix_query() {
        assert_eq!(
            fts_query("klotter gångtun").as_deref(),
            Some("\"klotter\" \"gångtun\"*")
        );
        assert_eq!(
            fts_query("  \"OR\" NEAR(  ").as_deref(),
            Some("\"OR\" \"NEAR\"*")
        );
        assert_eq!(fts_query(" - "), None);
    }
}
