//! Observation lists: by week, area (with sub-areas), event type, organisation, review status.

use chrono::NaiveDate;
use serde::Serialize;

use super::observation_text::NameCheck;
use super::{Conditions, Page, date_at, id_at, opt_id_at, vocab_at};
use crate::domain::{
    Classification, Grade, Id, IsoWeek, ObservationSource, ReviewStatus, Severity, Vocabulary,
};
use crate::store::{Result, Store};

/// The SQL form of [`crate::domain::Observation::is_reported_event`] on the observation table
/// aliased `alias`: counts and lists of reported events use this, never their own condition.
pub(crate) fn reported_event_sql(alias: &str) -> String {
    let excluded: Vec<String> = ReviewStatus::ALL
        .iter()
        .filter(|s| !s.counts_as_reported())
        .map(|s| format!("'{}'", s.code()))
        .collect();
    format!(
        "{alias}.review_status NOT IN ({}) AND {alias}.duplicate_of_id IS NULL",
        excluded.join(", ")
    )
}

#[derive(Debug, Clone, Default)]
pub struct ObservationFilter {
    pub week: Option<IsoWeek>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// These areas (an area and its sub-areas: see `Store::area_with_descendants`).
    pub areas: Option<Vec<Id>>,
    pub place: Option<Id>,
    pub event_type: Option<Id>,
    pub organisation: Option<Id>,
    pub review_status: Option<ReviewStatus>,
    /// Särskild or extraordinär händelse only.
    pub escalated_only: bool,
    /// Reported events only (no avförda, no duplicates): what the app's counts count.
    pub reported_only: bool,
    /// Only observations whose text the personal-data check flags (`store::pii_flags`).
    pub personal_data_only: bool,
    /// The deleted observations instead of the live ones (what can be purged).
    pub deleted: bool,
    /// Words that must each occur in the description or the name of the area, place, event
    /// type or organisation (see `observation_text`).
    pub text: Option<String>,
}

/// One observation as lists show it, with names joined in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObservationRow {
    pub id: Id,
    pub occurred_on: NaiveDate,
    pub week: String,
    pub time_from: Option<String>,
    pub day_period: Option<String>,
    pub area_id: Id,
    pub area: String,
    pub place_id: Option<Id>,
    pub place: Option<String>,
    pub event_type: String,
    /// The reporting organisation (Rapporterad av).
    pub reporting_org_id: Id,
    pub organisation: String,
    pub description: String,
    pub grade: Grade,
    pub severity: Severity,
    pub source: ObservationSource,
    pub review_status: ReviewStatus,
    pub classification: Classification,
    /// What the personal-data check found in the description, when it flags it ("namn
    /// (”Kalle”)"): the list's mark and the detail's warning.
    pub personal_data: Option<String>,
}

impl ObservationFilter {
    /// The conditions on the observation's own columns (the typed text needs the store).
    pub(super) fn column_conditions(&self) -> Conditions {
        let mut c = Conditions::default();
        c.push_plain(if self.deleted {
            "o.deleted = 1"
        } else {
            "o.deleted = 0"
        });
        if let Some(w) = self.week {
            c.push("o.iso_week = ?", w.to_string());
        }
        if let Some(d) = self.from {
            c.push("o.occurred_on >= ?", d.to_string());
        }
        if let Some(d) = self.to {
            c.push("o.occurred_on <= ?", d.to_string());
        }
        if let Some(areas) = &self.areas {
            let json = serde_json::to_string(&areas.iter().map(Id::to_string).collect::<Vec<_>>())
                .unwrap_or_default();
            c.push("o.area_id IN (SELECT value FROM json_each(?))", json);
        }
        if let Some(p) = self.place {
            c.push("o.place_id = ?", p.to_string());
        }
        if let Some(t) = self.event_type {
            c.push("o.event_type_id = ?", t.to_string());
        }
        if let Some(org) = self.organisation {
            c.push("o.reporting_org_id = ?", org.to_string());
        }
        if let Some(s) = self.review_status {
            c.push("o.review_status = ?", s.code().to_string());
        }
        if self.escalated_only {
            c.push_plain("o.severity <> 'storning'");
        }
        if self.reported_only {
            c.push_plain(&reported_event_sql("o"));
        }
        if self.personal_data_only {
            c.push_plain("o.id IN (SELECT entity_id FROM pii_flag WHERE entity = 'observation')");
        }
        c
    }
}

/// The lists' order: newest first.
pub(super) const ORDER: &str = "o.occurred_on DESC, o.time_from DESC, o.n DESC";

const SELECT: &str = "SELECT o.id, o.occurred_on, o.iso_week, o.time_from, o.day_period, o.area_id, a.name, o.place_id, p.name, \
     et.label_sv, o.reporting_org_id, org.name, o.description, o.grade, o.severity, o.source, o.review_status, o.classification, \
     pf.found \
     FROM observation o \
     JOIN area a ON a.id = o.area_id \
     LEFT JOIN place p ON p.id = o.place_id \
     JOIN event_type et ON et.id = o.event_type_id \
     JOIN organisation org ON org.id = o.reporting_org_id \
     LEFT JOIN pii_flag pf ON pf.entity_id = o.id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ObservationRow> {
    let time: Option<String> = r.get(3)?;
    Ok(ObservationRow {
        id: id_at(r, 0)?,
        occurred_on: date_at(r, 1)?,
        week: r.get(2)?,
        time_from: time.map(|t| t.get(..5).unwrap_or(&t).replace(':', ".")),
        day_period: r
            .get::<_, Option<String>>(4)?
            .and_then(|p| crate::domain::DayPeriod::parse(&p))
            .map(|p| p.label_sv().to_string()),
        area_id: id_at(r, 5)?,
        area: r.get(6)?,
        place_id: opt_id_at(r, 7)?,
        place: r.get(8)?,
        event_type: r.get(9)?,
        reporting_org_id: id_at(r, 10)?,
        organisation: r.get(11)?,
        description: r.get(12)?,
        grade: vocab_at(r, 13)?,
        severity: vocab_at(r, 14)?,
        source: vocab_at(r, 15)?,
        review_status: vocab_at(r, 16)?,
        classification: vocab_at(r, 17)?,
        personal_data: r.get(18)?,
    })
}

impl Store {
    fn observation_conditions(
        &self,
        filter: &ObservationFilter,
        check: NameCheck,
    ) -> Result<Conditions> {
        let mut c = filter.column_conditions();
        if let Some(typed) = &filter.text {
            self.push_observation_text(&mut c, typed, check)?;
        }
        Ok(c)
    }

    /// Observations matching a filter, newest first.
    pub fn observations(
        &self,
        filter: &ObservationFilter,
        page: Page,
    ) -> Result<Vec<ObservationRow>> {
        if let Some(typed) = &filter.text
            && let Some(ns) = self.observation_page_from_head(filter, typed, page)?
        {
            let sql =
                format!("{SELECT} WHERE o.n IN (SELECT value FROM json_each(?1)) ORDER BY {ORDER}");
            let ns = serde_json::to_string(&ns).unwrap_or_default();
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([ns], row)?;
            return Ok(rows.collect::<rusqlite::Result<_>>()?);
        }
        let c = self.observation_conditions(filter, NameCheck::PerRow)?;
        // The page is picked from the list index first; names are joined for its rows only.
        let sql = format!(
            "{SELECT} WHERE o.n IN (SELECT o.n FROM observation o WHERE {} \
             ORDER BY {ORDER} LIMIT {} OFFSET {}) ORDER BY {ORDER}",
            c.sql(),
            page.limit,
            page.offset
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(c.params.iter()), row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many observations match a filter.
    pub fn count_observations(&self, filter: &ObservationFilter) -> Result<usize> {
        let c = self.observation_conditions(filter, NameCheck::Lists)?;
        let sql = format!("SELECT count(*) FROM observation o WHERE {}", c.sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(c.params.iter()), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Where an observation stands in the filtered list (0 = first), or None when the filter
    /// leaves it out: to select a record just saved.
    pub fn observation_position(
        &self,
        filter: &ObservationFilter,
        id: Id,
    ) -> Result<Option<usize>> {
        Ok(self
            .observation_conditions(filter, NameCheck::Lists)?
            .position_of(&self.conn, "observation o", ORDER, id)?)
    }

    /// Observation counts per area and week, each area counting the areas below it too (a
    /// kommundel sums its stadsdelar): (area id, week, count).
    pub fn observation_counts_by_area_week_with_subareas(
        &self,
        from: IsoWeek,
        to: IsoWeek,
    ) -> Result<Vec<(Id, String, usize)>> {
        // Every area paired with itself and each area above it; UNION stops at a cycle.
        let mut stmt = self.conn.prepare_cached(&format!(
            "WITH RECURSIVE up(area_id, ancestor) AS ( \
                 SELECT id, id FROM area \
                 UNION SELECT up.area_id, a.parent_id FROM up JOIN area a ON a.id = up.ancestor \
                     WHERE a.parent_id IS NOT NULL) \
             SELECT up.ancestor, o.iso_week, count(*) FROM observation o \
             JOIN up ON up.area_id = o.area_id \
             WHERE o.deleted = 0 AND o.occurred_on BETWEEN ?1 AND ?2 AND {} \
             GROUP BY up.ancestor, o.iso_week",
            reported_event_sql("o")
        ))?;
        let rows = stmt.query_map([from.monday().to_string(), to.sunday().to_string()], |r| {
            Ok((
                id_at(r, 0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)? as usize,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
