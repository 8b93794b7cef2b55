//! Queries for the lists the UI, the CLI and the reports show. Each returns plain rows with the
//! names already joined in, so callers never need SQL.

pub mod actions;
pub mod facts;
pub mod lookup;
pub mod measures;
pub mod meeting_agenda;
pub mod meetings;
pub mod observation_page;
pub mod observation_text;
pub mod observations;
pub mod police_events;
pub mod priorities;
pub mod records;
pub mod reports;
pub mod sheet_keys;
pub mod stats;
pub mod write_mark;

use rusqlite::Row;

use crate::domain::{Id, Vocabulary};

/// Reads an id column.
pub(crate) fn id_at(row: &Row<'_>, i: usize) -> rusqlite::Result<Id> {
    let s: String = row.get(i)?;
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads an optional id column.
pub(crate) fn opt_id_at(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<Id>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| s.parse()).transpose().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads a vocabulary code column.
pub(crate) fn vocab_at<T: Vocabulary>(row: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let s: String = row.get(i)?;
    // The stored code first; a label (an old or hand-edited copy) only when that fails.
    T::from_code(&s).or_else(|| T::parse(&s)).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            // The value the vocabulary lacks, in no language (see `oplog::parse`).
            format!("{s:?}").into(),
        )
    })
}

/// Reads a date column.
pub(crate) fn date_at(row: &Row<'_>, i: usize) -> rusqlite::Result<chrono::NaiveDate> {
    let s: String = row.get(i)?;
    crate::domain::week::parse_date(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn opt_date_at(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<chrono::NaiveDate>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| crate::domain::week::parse_date(&s))
        .transpose()
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
}

/// A page of a list: which rows to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub offset: usize,
    pub limit: usize,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            offset: 0,
            limit: usize::MAX >> 1,
        }
    }
}

impl Page {
    pub fn new(offset: usize, limit: usize) -> Self {
        Page { offset, limit }
    }
}

/// Builds a WHERE clause from optional conditions with positional parameters.
#[derive(Default)]
pub(crate) struct Conditions {
    pub clauses: Vec<String>,
    pub params: Vec<rusqlite::types::Value>,
}

impl Conditions {
    /// Adds a clause; `?` in it is replaced by the next parameter's number.
    pub fn push(&mut self, clause: &str, value: impl Into<rusqlite::types::Value>) {
        self.params.push(value.into());
        self.clauses
            .push(clause.replace('?', &format!("?{}", self.params.len())));
    }

    /// Adds a parameter and returns its placeholder (`?3`), for a clause with several.
    pub fn param(&mut self, value: impl Into<rusqlite::types::Value>) -> String {
        self.params.push(value.into());
        format!("?{}", self.params.len())
    }

    pub fn push_plain(&mut self, clause: &str) {
        self.clauses.push(clause.to_string());
    }

    pub fn sql(&self) -> String {
        if self.clauses.is_empty() {
            "1".into()
        } else {
            self.clauses.join(" AND ")
        }
    }

    /// Where record `id` stands (0 = first) among the rows of `from` (a table and its alias,
    /// e.g. `action x`) that meet these conditions, in `order`; None when they leave it out.
    pub fn position_of(
        mut self,
        conn: &rusqlite::Connection,
        from: &str,
        order: &str,
        id: Id,
    ) -> rusqlite::Result<Option<usize>> {
        use rusqlite::OptionalExtension;
        let id = self.param(id.to_string());
        let (alias, sql) = (from.rsplit(' ').next().unwrap_or(from), self.sql());
        let query = format!(
            "SELECT pos FROM (SELECT {alias}.id, row_number() OVER (ORDER BY {order}) - 1 AS pos \
             FROM {from} WHERE {sql}) WHERE id = {id}"
        );
        let pos: Option<i64> = conn
            .prepare_cached(&query)?
            .query_row(rusqlite::params_from_iter(self.params.iter()), |r| r.get(0))
            .optional()?;
        Ok(pos.map(|p| p as usize))
    }
}
