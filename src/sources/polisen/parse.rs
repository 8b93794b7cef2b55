//! Pure parsing of a saved or fetched response of the police's open events feed
//! (polisen.se `/api/events`). No I/O: text in, events or a Swedish error out.
//!
//! Facts the parser respects (measured on real responses, see `tests/data/polisen/README.md`):
//! `datetime` has an un-padded hour; the incident time is only in `name`; `type` may contain a
//! comma, so `name` is split from both ends; since January 2026 `location.name` is the county and
//! the municipality survives only as the last part of `name`; `url` is relative; the `type`
//! vocabulary drifts, so any type is accepted.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::{Map, Value};

use super::error::PolisenError;
use crate::domain::week::month_from_name_sv;
use crate::i18n::{Said, said};

/// Where relative `url`s point.
pub const SITE: &str = "https://polisen.se";

/// One event of the feed, checked and with its parts parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEvent {
    pub police_id: i64,
    /// `datetime`: when the police published it, with its offset.
    pub published_at: DateTime<FixedOffset>,
    /// The incident time from `name` (local time), when `name` has one.
    pub incident_at: Option<NaiveDateTime>,
    pub name: String,
    pub summary: String,
    /// The full URL on polisen.se.
    pub url: String,
    /// `type`, exactly as received.
    pub police_type: String,
    /// The last part of `name`: the municipality (or, for county summaries, the county).
    pub place: String,
    /// `location.name`: the municipality before 2026, the county since.
    pub location_name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl FeedEvent {
    /// `location.name` when it names a county ("Skåne län").
    pub fn county(&self) -> Option<&str> {
        is_county(&self.location_name).then_some(self.location_name.as_str())
    }

    /// The day it belongs to: the incident's, else the publication's (local) day.
    pub fn day(&self) -> NaiveDate {
        self.incident_at
            .map(|t| t.date())
            .unwrap_or_else(|| self.published_at.date_naive())
    }
}

fn is_county(name: &str) -> bool {
    name.trim()
        .to_lowercase()
        .ends_with(super::feed_words::COUNTY_SUFFIX)
}

/// Parses a whole response. Every event must have the feed's shape; the first one that does not
/// stops the parse with an error naming the event and the field.
pub fn parse_feed(text: &str) -> Result<Vec<FeedEvent>, PolisenError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(PolisenError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(PolisenError::from_json)?;
    let Value::Array(items) = value else {
        return Err(PolisenError::NotAList {
            found: json_kind(&value),
        });
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| parse_event(item).map_err(|e| e.at(i, item)))
        .collect()
}

/// What went wrong in one event, before its position is known.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// The field's name in the feed; empty for the event as a whole.
    pub field: &'static str,
    pub problem: Said,
}

impl FieldProblem {
    fn new(field: &'static str, problem: Said) -> Self {
        FieldProblem { field, problem }
    }

    fn at(self, index: usize, item: &Value) -> PolisenError {
        PolisenError::Shape {
            number: index + 1,
            police_id: item.get("id").and_then(Value::as_i64),
            field: self.field,
            problem: self.problem,
        }
    }
}

/// "en text", "ett tal" … for messages about what a field held instead: a message id.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "error-polisen-kind-null",
        Value::Bool(_) => "error-polisen-kind-bool",
        Value::Number(_) => "error-polisen-kind-number",
        Value::String(_) => "error-polisen-kind-text",
        Value::Array(_) => "error-polisen-kind-list",
        Value::Object(_) => "error-polisen-kind-object",
    }
}

/// "ska vara en text men är ett tal": `expected` names the first, `found` the second.
fn not_a(expected: &'static str, found: &Value) -> Said {
    said!(expected).with_said("found", said!(json_kind(found)))
}

fn field<'a>(obj: &'a Map<String, Value>, name: &'static str) -> Result<&'a Value, FieldProblem> {
    obj.get(name)
        .ok_or_else(|| FieldProblem::new(name, said!("error-polisen-field-missing")))
}

fn text_field(obj: &Map<String, Value>, name: &'static str) -> Result<String, FieldProblem> {
    match field(obj, name)? {
        Value::String(s) => Ok(s.clone()),
        other => Err(FieldProblem::new(
            name,
            not_a("error-polisen-not-text", other),
        )),
    }
}

fn parse_event(item: &Value) -> Result<FeedEvent, FieldProblem> {
    let Value::Object(obj) = item else {
        return Err(FieldProblem::new(
            "",
            not_a("error-polisen-not-object", item),
        ));
    };
    let police_id = match field(obj, "id")? {
        Value::Number(n) => n.as_i64().ok_or_else(|| {
            FieldProblem::new(
                "id",
                said!("error-polisen-not-integer-number", number = n.to_string()),
            )
        })?,
        other => {
            return Err(FieldProblem::new(
                "id",
                not_a("error-polisen-not-integer", other),
            ));
        }
    };
    let datetime = text_field(obj, "datetime")?;
    let published_at = parse_published(&datetime).ok_or_else(|| {
        FieldProblem::new(
            "datetime",
            said!("error-polisen-not-a-time", datetime = datetime.as_str()),
        )
    })?;
    let name = text_field(obj, "name")?;
    let summary = text_field(obj, "summary")?;
    let url = text_field(obj, "url")?;
    let police_type = text_field(obj, "type")?;
    let Value::Object(location) = field(obj, "location")? else {
        return Err(FieldProblem::new(
            "location",
            said!("error-polisen-not-location"),
        ));
    };
    let location_name =
        text_field(location, "name").map_err(|p| FieldProblem::new("location.name", p.problem))?;
    let gps =
        text_field(location, "gps").map_err(|p| FieldProblem::new("location.gps", p.problem))?;
    let (lat, lon) = parse_gps(&gps).unzip();
    let (incident_text, place) = split_name(&name);
    let place = place.unwrap_or(location_name.trim()).to_string();
    if place.is_empty() {
        return Err(FieldProblem::new(
            "name",
            said!("error-polisen-no-place", name = name.as_str()),
        ));
    }
    let incident_at = incident_text.and_then(|t| parse_incident(t, published_at.date_naive()));
    Ok(FeedEvent {
        police_id,
        published_at,
        incident_at,
        name,
        summary,
        url: full_url(&url),
        police_type,
        place,
        location_name,
        lat,
        lon,
    })
}

/// `2025-06-07 7:32:06 +02:00` (the hour is not zero-padded).
pub fn parse_published(s: &str) -> Option<DateTime<FixedOffset>> {
    let mut parts = s.split_whitespace();
    let (date, time, offset) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let mut hms = time.split(':').map(|p| p.parse::<u32>().ok());
    let (h, m, sec) = (hms.next()??, hms.next()??, hms.next()??);
    if hms.next().is_some() {
        return None;
    }
    let time = NaiveTime::from_hms_opt(h, m, sec)?;
    let offset = parse_offset(offset)?;
    date.and_time(time).and_local_timezone(offset).single()
}

/// `+02:00`, `-05:30`, `Z`.
fn parse_offset(s: &str) -> Option<FixedOffset> {
    if s == "Z" {
        return FixedOffset::east_opt(0);
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = s.get(1..)?.split_once(':')?;
    let secs = h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60;
    FixedOffset::east_opt(sign * secs)
}

/// Splits `"<DD månad HH.MM>, <type>, <place>"` into the time part and the place, from both
/// ends, because the type may itself contain a comma. A name without commas has neither.
pub fn split_name(name: &str) -> (Option<&str>, Option<&str>) {
    let Some((first, rest)) = name.split_once(',') else {
        return (None, None);
    };
    let place = rest.rsplit_once(',').map_or(rest, |(_, p)| p).trim();
    (Some(first.trim()), (!place.is_empty()).then_some(place))
}

/// `"06 juni 18.50"`: the year is not in the feed; it is the publication's, or the year before
/// when that would put the incident after the publication (an event of 31 december published
/// on 1 january).
pub fn parse_incident(s: &str, published: NaiveDate) -> Option<NaiveDateTime> {
    let mut parts = s.split_whitespace();
    let (day, month, time) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let day: u32 = day.parse().ok()?;
    let month = month_from_name_sv(month)?;
    let (h, m) = time.split_once(['.', ':'])?;
    let time = NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)?;
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, day);
    let date = match this_year {
        // A day of slack: the incident's clock and the publication's may disagree.
        Some(d) if d <= published + Duration::days(1) => d,
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month, day)?,
    };
    Some(date.and_time(time))
}

/// `"55.990257,13.595769"`.
fn parse_gps(s: &str) -> Option<(f64, f64)> {
    let (lat, lon) = s.split_once(',')?;
    let lat: f64 = lat.trim().parse().ok()?;
    let lon: f64 = lon.trim().parse().ok()?;
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

/// `url` is relative to polisen.se.
fn full_url(url: &str) -> String {
    let url = url.trim();
    if url.starts_with("http://") || url.starts_with("https://") {
        url.to_string()
    } else if url.starts_with('/') {
        format!("{SITE}{url}")
    } else {
        format!("{SITE}/{url}")
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
