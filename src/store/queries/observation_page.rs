//! A page of the text-filtered observation list, read from the head of the list.
//!
//! Typing into the Lägesbild filter asks for the first page on every key, and the first key is
//! a single letter that matches half of ten years' observations. The plain query
//! (`o.n * 64 + 1 IN (SELECT rowid FROM search …)`) builds the list of every matching entry
//! before it walks the list's order index, and that list costs more than a frame (≈ 35 ms for
//! "k"). Here the head of the list (the first rows by the column conditions alone, in list
//! order) is read first, and the search index is asked only about the range of rows the head
//! spans (FTS5 reads a rowid range of a prefix's own list, see `migrations/009_search_prefixes.sql`).
//! The words are then matched in memory by the same rule as `observation_text`. When the head
//! holds the whole page, the page is exactly the plain query's; when it does not (a rare word),
//! the caller runs the plain query.

use std::collections::HashSet;

use super::Page;
use super::observation_text::{matching, names, word_start_query};
use super::observations::{ORDER, ObservationFilter};
use crate::domain::Id;
use crate::store::search::typed_words;
use crate::store::{Result, Store};

/// The fewest rows of the list's head read: a page is a screenful, and a word that matches
/// fewer than one row in twenty of the head is left to the plain query.
const HEAD_MIN: usize = 2_048;

/// Pages further down than this are left to the plain query (no head read).
const HEAD_MAX: usize = 16_384;

/// One row of the list's head: its number and the columns a word can match by name.
struct HeadRow {
    n: i64,
    named: [Option<String>; 4],
}

/// What one typed word matches among the head's rows: entries of the search index (by row
/// number) and names (by id).
struct WordMatch {
    in_text: HashSet<i64>,
    ids: HashSet<String>,
}

impl WordMatch {
    fn matches(&self, row: &HeadRow) -> bool {
        self.in_text.contains(&row.n)
            || row
                .named
                .iter()
                .flatten()
                .any(|id| self.ids.contains(id.as_str()))
    }
}

impl Store {
    /// The row numbers (`n`) of the page of a filter with typed words, in list order; None
    /// when the list's head does not hold the whole page (the caller runs the plain query).
    pub(crate) fn observation_page_from_head(
        &self,
        filter: &ObservationFilter,
        typed: &str,
        page: Page,
    ) -> Result<Option<Vec<i64>>> {
        let need = page.offset.saturating_add(page.limit);
        let head_len = need.saturating_mul(4).max(HEAD_MIN);
        if head_len > HEAD_MAX {
            return Ok(None);
        }
        let c = filter.column_conditions();
        let sql = format!(
            "SELECT o.n, o.area_id, o.place_id, o.event_type_id, o.reporting_org_id \
             FROM observation o WHERE {} ORDER BY {ORDER} LIMIT {head_len}",
            c.sql()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let head: Vec<HeadRow> = stmt
            .query_map(rusqlite::params_from_iter(c.params.iter()), |r| {
                Ok(HeadRow {
                    n: r.get(0)?,
                    named: [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?],
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let (Some(low), Some(high)) = (
            head.iter().map(|r| r.n).min(),
            head.iter().map(|r| r.n).max(),
        ) else {
            return Ok(Some(Vec::new()));
        };
        let names = names(self)?;
        let words = typed_words(typed)
            .map(|word| {
                Ok(WordMatch {
                    in_text: self.entries_in_range(word, low, high)?,
                    ids: matching(&names, word).iter().map(Id::to_string).collect(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let matched: Vec<i64> = head
            .iter()
            .filter(|row| words.iter().all(|w| w.matches(row)))
            .map(|row| row.n)
            .take(need)
            .collect();
        if matched.len() < need && head.len() == head_len {
            // The page may hold rows beyond the head.
            return Ok(None);
        }
        Ok(Some(
            matched
                .into_iter()
                .skip(page.offset)
                .take(page.limit)
                .collect(),
        ))
    }

    /// The observations (by `n`) between `low` and `high` whose description has a word that
    /// begins with `word`: the plain query's `search MATCH` on a range of rowids.
    fn entries_in_range(&self, word: &str, low: i64, high: i64) -> Result<HashSet<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
        )?;
        let rowids = stmt.query_map(
            rusqlite::params![word_start_query(word), low * 64 + 1, high * 64 + 1],
            |r| r.get::<_, i64>(0),
        )?;
        let mut found = HashSet::new();
        for rowid in rowids {
            let rowid = rowid?;
            // An observation's entry is its n * 64 + 1 (see `migrations/001_initial.sql`).
            if rowid % 64 == 1 {
                found.insert(rowid / 64);
            }
        }
        Ok(found)
    }
}
