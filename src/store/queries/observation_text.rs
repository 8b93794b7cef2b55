//! What a typed filter matches in an observation: every word must occur in its description
//! (full-text search, as the start of a word) or in the name of its area (or of an area above
//! it), its place, its event type or its reporting organisation. One rule for the app's filter
//! and `lagesbild list observations --text`.
//!
//! A single letter matches the description only: it is what one types on the way to a word,
//! and inside names it would match nearly everything (and cost a scan of every row).

use super::{Conditions, id_at, opt_id_at};
use crate::domain::Id;
use crate::store::search::typed_words;
use crate::store::{Result, Store};

/// A name a word can match, and the observations' column it stands for.
pub(super) struct Named {
    id: Id,
    /// An area's parent (an area matches the areas below it too).
    parent: Option<Id>,
    is_area: bool,
    /// Lower case, for matching.
    name: String,
}

/// Every area, place, event type and organisation name, lower case.
pub(super) fn names(store: &Store) -> Result<Vec<Named>> {
    let mut stmt = store.conn.prepare_cached(
        "SELECT id, parent_id, 1, name FROM area WHERE deleted = 0 \
         UNION ALL SELECT id, NULL, 0, name FROM place WHERE deleted = 0 \
         UNION ALL SELECT id, NULL, 0, label_sv || ' ' || code FROM event_type WHERE deleted = 0 \
         UNION ALL SELECT id, NULL, 0, name || ' ' || coalesce(short_name, '') FROM organisation \
             WHERE deleted = 0",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Named {
            id: id_at(r, 0)?,
            parent: opt_id_at(r, 1)?,
            is_area: r.get::<_, i64>(2)? == 1,
            name: r.get::<_, String>(3)?.to_lowercase(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The ids whose name contains `word` (any case), with the areas below a matching area.
/// None for a single letter.
pub(super) fn matching(names: &[Named], word: &str) -> Vec<Id> {
    if word.chars().count() < 2 {
        return Vec::new();
    }
    let word = word.to_lowercase();
    let mut ids: Vec<Id> = names
        .iter()
        .filter(|n| n.name.contains(&word))
        .map(|n| n.id)
        .collect();
    // Breadth first down the area tree; `contains` keeps a cycle in the data from looping.
    let mut i = 0;
    while let Some(id) = ids.get(i).copied() {
        for child in names.iter().filter(|n| n.is_area && n.parent == Some(id)) {
            if !ids.contains(&child.id) {
                ids.push(child.id);
            }
        }
        i += 1;
    }
    ids
}

/// The search-index query for a word's start: what a typed word matches in the description.
pub(super) fn word_start_query(word: &str) -> String {
    format!("\"{word}\"*")
}

/// How the name matches are checked: the same rows either way, but a different query plan.
/// Measured on the ten-year demo (see BENCHMARKS.md): row by row is fast for a page, which
/// walks the list's order index and stops early; lists are fast when every row is visited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCheck {
    /// On the observation's own columns, row by row: for a page of the list.
    PerRow,
    /// As one list of row numbers built from the column indexes: for counting and positions.
    Lists,
}

impl Store {
    /// Adds the conditions of a typed filter (alias `o` for the observation table).
    pub(crate) fn push_observation_text(
        &self,
        c: &mut Conditions,
        typed: &str,
        check: NameCheck,
    ) -> Result<()> {
        let words: Vec<&str> = typed_words(typed).collect();
        if words.is_empty() {
            return Ok(());
        }
        let names = names(self)?;
        for word in words {
            let fts = c.param(word_start_query(word));
            let in_text =
                format!("o.n * 64 + 1 IN (SELECT rowid FROM search WHERE search MATCH {fts})");
            let ids = matching(&names, word);
            if ids.is_empty() {
                c.push_plain(&in_text);
                continue;
            }
            let json = serde_json::to_string(&ids.iter().map(Id::to_string).collect::<Vec<_>>())
                .unwrap_or_default();
            // Ids are unique across tables, so one list serves the four columns.
            let list = c.param(json);
            let columns = ["area_id", "place_id", "event_type_id", "reporting_org_id"];
            let named = match check {
                NameCheck::PerRow => columns
                    .map(|col| format!("o.{col} IN (SELECT value FROM json_each({list}))"))
                    .join(" OR "),
                NameCheck::Lists => format!(
                    "o.n IN ({})",
                    columns
                        .map(|col| format!(
                            "SELECT n FROM observation WHERE deleted = 0 \
                             AND {col} IN (SELECT value FROM json_each({list}))"
                        ))
                        .join(" UNION ALL ")
                ),
            };
            c.push_plain(&format!("({in_text} OR {named})"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str, parent: Option<Id>, is_area: bool) -> Named {
        Named {
            id: Id::new(),
            parent,
            is_area,
            name: name.to_lowercase(),
        }
    }

    #[test]
    fn a_word_matches_names_in_any_case_and_an_area_brings_the_areas_below_it() {
        let north = named("Norra kommundelen", None, true);
        let ring = named("Lindängsringen", Some(north.id), true);
        let yard = named("Ringgården", Some(ring.id), true);
        let square = named("Lindängstorget", None, false);
        let police = named("Lokalpolisområde Sjövik Polisen", None, false);
        let names = [north, ring, yard, square, police];
        let ids = |word| matching(&names, word);
        assert_eq!(ids("NORRA"), [names[0].id, names[1].id, names[2].id]);
        assert_eq!(ids("lindäng"), [names[1].id, names[3].id, names[2].id]);
        assert_eq!(ids("polisen"), [names[4].id]);
        assert!(ids("hamnen").is_empty());
        assert!(ids("l").is_empty(), "a single letter matches no names");
        assert_eq!(
            ids("ng"),
            [names[1].id, names[2].id, names[3].id],
            "two letters do"
        );
    }
}
