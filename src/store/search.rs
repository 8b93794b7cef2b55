//! Full-text search over all free text (FTS5), across every kind of record.

use chrono::NaiveDate;
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

/// A search hit: which record, when and where, and a snippet around the match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub kind: EntityKind,
    pub id: Id,
    pub title: String,
    pub snippet: String,
    /// The day the record is about: an observation's, a meeting's, an action's deadline …
    pub date: Option<NaiveDate>,
    /// The area it concerns, when it has one.
    pub area: Option<String>,
}

/// The search with each hit's day and area joined in (the joins only match their own kind).
/// A follow-up's area is its action's; a police event's is that of the observation it was
/// promoted to, else the municipality the police named.
const SEARCH_SQL: &str = "WITH hits AS ( \
         SELECT entity, entity_id, title, snippet(search, 3, '»', '«', '…', 12) AS snip, \
             rank AS r FROM search WHERE search MATCH ?1 ORDER BY rank LIMIT ?2) \
     SELECT h.entity, h.entity_id, h.title, h.snip, \
         coalesce(o.occurred_on, x.due_on, x.start_on, m.date, am.date, f.date, i.date, fi.date, \
             sp.period_end, substr(coalesce(pe.incident_at, pe.published_at), 1, 10)), \
         coalesce(oa.name, xa.name, aia.name, fxa.name, ia.name, fia.name, asa.name, pla.name, \
             pea.name, pe.municipality) \
     FROM hits h \
     LEFT JOIN observation o ON h.entity = 'observation' AND o.id = h.entity_id \
     LEFT JOIN area oa ON oa.id = o.area_id \
     LEFT JOIN action x ON h.entity = 'action' AND x.id = h.entity_id \
     LEFT JOIN area xa ON xa.id = x.area_id \
     LEFT JOIN meeting m ON h.entity = 'meeting' AND m.id = h.entity_id \
     LEFT JOIN agenda_item ai ON h.entity = 'agenda_item' AND ai.id = h.entity_id \
     LEFT JOIN meeting am ON am.id = ai.meeting_id \
     LEFT JOIN area aia ON aia.id = ai.area_id \
     LEFT JOIN follow_up f ON h.entity = 'follow_up' AND f.id = h.entity_id \
     LEFT JOIN action fx ON f.subject_kind = 'action' AND fx.id = f.subject_id \
     LEFT JOIN area fxa ON fxa.id = fx.area_id \
     LEFT JOIN inspection i ON h.entity = 'inspection' AND i.id = h.entity_id \
     LEFT JOIN area ia ON ia.id = i.area_id \
     LEFT JOIN finding fd ON h.entity = 'finding' AND fd.id = h.entity_id \
     LEFT JOIN inspection fi ON fi.id = fd.inspection_id \
     LEFT JOIN area fia ON fia.id = fi.area_id \
     LEFT JOIN area_assessment aa ON h.entity = 'area_assessment' AND aa.id = h.entity_id \
     LEFT JOIN situation_picture sp ON sp.id = aa.picture_id \
     LEFT JOIN area asa ON asa.id = aa.area_id \
     LEFT JOIN police_event pe ON h.entity = 'police_event' AND pe.id = h.entity_id \
     LEFT JOIN observation peo ON peo.id = pe.observation_id \
     LEFT JOIN area pea ON pea.id = peo.area_id \
     LEFT JOIN place pl ON h.entity = 'place' AND pl.id = h.entity_id \
     LEFT JOIN area pla ON pla.id = pl.area_id \
     ORDER BY h.r";

/// Turns what a person typed into an FTS5 query: every word must occur, the last one may be
/// the start of a word (search as you type). Quotes keep FTS syntax out. None for no words.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed_words(typed)
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("{}*", words.join(" ")))
}

/// The words of what a person typed: letters and digits, split at anything else.
pub(crate) fn typed_words(typed: &str) -> impl Iterator<Item = &str> {
    typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl Store {
    /// Records whose text matches, best match first.
    pub fn search(&self, typed: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(q) = fts_query(typed) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(SEARCH_SQL)?;
        let rows = stmt.query_map(rusqlite::params![q, limit as i64], |r| {
            let kind: String = r.get(0)?;
            let date: Option<String> = r.get(4)?;
            Ok((
                kind,
                SearchHit {
                    kind: EntityKind::Observation,
                    id: id_at(r, 1)?,
                    title: r.get(2)?,
                    snippet: r.get(3)?,
                    // Shown beside the hit only: a date that does not parse is left out.
                    date: date.and_then(|d| crate::domain::week::parse_date(&d).ok()),
                    area: r.get(5)?,
                },
            ))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (kind, hit) = row?;
            if let Some(kind) = EntityKind::parse(&kind) {
                hits.push(SearchHit { kind, ..hit });
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
