//! The reported events of a period as the analyses count them, and the area tree they roll up
//! along. Plain rows: the counting itself lives in `crate::analysis`.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{date_at, id_at, opt_id_at, vocab_at};
use crate::domain::time_of_day::period_of;
use crate::domain::{Classification, DayPeriod, Grade, Id, IsoWeek, Severity, Vocabulary};
use crate::store::{Result, Store};

/// One reported event (the app's one rule: not struck off, not a duplicate, not deleted).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub area_id: Id,
    pub place_id: Option<Id>,
    pub event_type_id: Id,
    pub occurred_on: NaiveDate,
    /// Given, or the part of the day its time falls in; None when neither is known.
    pub day_period: Option<DayPeriod>,
    pub grade: Grade,
    pub severity: Severity,
    pub classification: Classification,
}

impl Fact {
    pub fn week(&self) -> IsoWeek {
        IsoWeek::of(self.occurred_on)
    }

    pub fn weekday(&self) -> Weekday {
        self.occurred_on.weekday()
    }
}

/// An area as the tree needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaLink {
    pub id: Id,
    pub name: String,
    pub parent_id: Option<Id>,
    pub active: bool,
}

impl Store {
    /// The reported events that occurred from `from` to `to`, both included, oldest first.
    pub fn analysis_facts(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Fact>> {
        let mut stmt = self.conn.prepare_cached(&facts_sql())?;
        let rows = stmt.query_map([from.to_string(), to.to_string()], |r| {
            let given: Option<String> = r.get(4)?;
            let time: Option<String> = r.get(5)?;
            let day_period = given
                .as_deref()
                .and_then(|p| DayPeriod::from_code(p).or_else(|| DayPeriod::parse(p)))
                .or_else(|| time.as_deref().and_then(stored_time).map(period_of));
            Ok(Fact {
                area_id: id_at(r, 0)?,
                place_id: opt_id_at(r, 1)?,
                event_type_id: id_at(r, 2)?,
                occurred_on: date_at(r, 3)?,
                day_period,
                grade: vocab_at(r, 6)?,
                severity: vocab_at(r, 7)?,
                classification: vocab_at(r, 8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every area that is not deleted, active or not (old counts keep their areas).
    pub fn area_links(&self) -> Result<Vec<AreaLink>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, parent_id, active FROM area WHERE deleted = 0 ORDER BY name COLLATE sv, n",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AreaLink {
                id: id_at(r, 0)?,
                name: r.get(1)?,
                parent_id: opt_id_at(r, 2)?,
                active: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The facts of a date range (?1 to ?2): answered from the covering index `observation_facts`
/// alone, already in its order (migration 011).
fn facts_sql() -> String {
    format!(
        "SELECT o.area_id, o.place_id, o.event_type_id, o.occurred_on, o.day_period, o.time_from,
                o.grade, o.severity, o.classification
         FROM observation o
         WHERE o.deleted = 0 AND o.occurred_on >= ?1 AND o.occurred_on <= ?2 AND {}
         ORDER BY o.occurred_on, o.n",
        super::observations::reported_event_sql("o")
    )
}

/// A time as the observation table stores it (`21:30:00`, or `21:30` in older copies).
fn stored_time(t: &str) -> Option<chrono::NaiveTime> {
    chrono::NaiveTime::parse_from_str(t, "%H:%M:%S")
        .or_else(|_| chrono::NaiveTime::parse_from_str(t, "%H:%M"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Access;

    /// A year's analysis reads three years of events: from the index alone and in its order,
    /// not row by row from the table and then sorted.
    #[test]
    fn a_periods_facts_are_read_from_one_covering_index_without_a_sort() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(&dir.path().join("facts.db"), Access::ReadWrite).expect("open");
        let plan = store.query_plan(&facts_sql(), ["2024-01-01", "2026-11-19"]);
        assert!(plan.contains("COVERING INDEX observation_facts"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }
}
