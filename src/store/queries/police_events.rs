//! The police's open events as the lägesbild shows them: the events of an ISO week for the own
//! municipality, with our event type (or "okänd typ") and whether each is promoted.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;

use super::{date_at, id_at, opt_id_at};
use crate::domain::municipality::Municipalities;
use crate::domain::{Id, IsoWeek, Lang, ObservationSource, PoliceEvent, Vocabulary};
use crate::store::{Result, Store, meta};

/// One police event in a week's list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PoliceEventRow {
    pub id: Id,
    pub police_id: i64,
    /// The incident's day, else the (local) day it was published.
    pub day: NaiveDate,
    pub incident_at: Option<NaiveDateTime>,
    pub published_at: DateTime<Utc>,
    /// As the feed writes it (the last part of its `name`).
    pub municipality: String,
    pub county: Option<String>,
    /// The feed's `type`, as received.
    pub police_type: String,
    pub event_type_id: Option<Id>,
    /// Our event type's Swedish label, when the type is mapped.
    pub event_type: Option<String>,
    /// Its English label.
    pub event_type_en: Option<String>,
    pub summary: String,
    pub url: String,
    /// The observation it was promoted to (None also when that observation was deleted).
    pub observation_id: Option<Id>,
    /// Where the police placed it (often the middle of a town, not the spot itself).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl PoliceEventRow {
    /// Our type's label, or "okänd typ: <the police's type>" — unknown types are shown, never hidden.
    pub fn type_label_sv(&self) -> String {
        match &self.event_type {
            Some(label) => label.clone(),
            None => unknown_type(&self.police_type, Lang::Sv),
        }
    }

    /// The type's label in the UI's language ("unknown type: …" in English).
    pub fn type_label(&self, lang: Lang) -> String {
        match (lang, &self.event_type_en) {
            (Lang::Sv, _) => self.type_label_sv(),
            (Lang::En, Some(label)) => label.clone(),
            (Lang::En, None) => unknown_type(&self.police_type, Lang::En),
        }
    }

    pub fn is_promoted(&self) -> bool {
        self.observation_id.is_some()
    }

    /// "polisens öppna data": how the lägesbild marks where these came from.
    pub fn source_label_sv() -> &'static str {
        ObservationSource::PolisensOppnaData.label_sv()
    }
}

const DAY: &str = "coalesce(substr(pe.incident_at, 1, 10), date(pe.published_at, 'localtime'))";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PoliceEventRow> {
    let incident: Option<String> = r.get(3)?;
    let published: String = r.get(4)?;
    let bad = |i: usize, e: chrono::ParseError| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(PoliceEventRow {
        id: id_at(r, 0)?,
        police_id: r.get(1)?,
        day: date_at(r, 2)?,
        incident_at: incident
            .map(|s| s.parse::<NaiveDateTime>().map_err(|e| bad(3, e)))
            .transpose()?,
        published_at: published.parse::<DateTime<Utc>>().map_err(|e| bad(4, e))?,
        municipality: r.get(5)?,
        county: r.get(6)?,
        police_type: r.get(7)?,
        event_type_id: opt_id_at(r, 8)?,
        event_type: r.get(9)?,
        event_type_en: r.get(13)?,
        summary: r.get(10)?,
        url: r.get(11)?,
        observation_id: opt_id_at(r, 12)?,
        lat: r.get(14)?,
        lon: r.get(15)?,
    })
}

impl Store {
    /// A police event by the feed's own id.
    pub fn police_event_by_police_id(&self, police_id: i64) -> Result<Option<PoliceEvent>> {
        Ok(self
            .find::<PoliceEvent, _>("e.police_id = ?1", "e.n", [police_id])?
            .into_iter()
            .next())
    }

    /// The police events of an ISO week in the given municipalities (all, when none is given),
    /// in time order.
    pub fn police_events_in_week(
        &self,
        week: IsoWeek,
        municipalities: &Municipalities,
    ) -> Result<Vec<PoliceEventRow>> {
        let sql = format!(
            "SELECT pe.id, pe.police_id, {DAY}, pe.incident_at, pe.published_at, pe.municipality, \
             pe.county, pe.police_type, pe.event_type_id, et.label_sv, pe.summary, pe.url, o.id, et.label_en, pe.lat, pe.lon \
             FROM police_event pe \
             LEFT JOIN event_type et ON et.id = pe.event_type_id \
             LEFT JOIN observation o ON o.id = pe.observation_id AND o.deleted = 0 \
             WHERE pe.deleted = 0 AND {DAY} BETWEEN ?1 AND ?2 \
             ORDER BY {DAY}, coalesce(pe.incident_at, pe.published_at), pe.police_id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([week.monday().to_string(), week.sunday().to_string()], row)?;
        let mut out = Vec::new();
        for r in rows {
            let r = r?;
            // Names are matched as people write them ("Tyresö kommun"), which SQL cannot do.
            if municipalities.is_empty() || municipalities.matches(&r.municipality) {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// The police events of an ISO week for this copy's own municipality (the `municipality`
    /// setting; all imported events when it is not set). What the lägesbild screen shows.
    pub fn own_police_events_in_week(&self, week: IsoWeek) -> Result<Vec<PoliceEventRow>> {
        let own = self.setting(meta::MUNICIPALITY)?;
        self.police_events_in_week(week, &Municipalities::new(own.as_slice()))
    }
}

/// "okänd typ: Brand" — a police type none of our event types matches.
fn unknown_type(police_type: &str, lang: Lang) -> String {
    crate::i18n::t!(
        lang,
        "police-type-unknown",
        police_type = police_type.trim()
    )
}
