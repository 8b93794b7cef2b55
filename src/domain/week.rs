//! ISO weeks and the Swedish ways of writing dates and times.
//!
//! The week-year is the ISO week-year: 2024-12-30 is 2025-W01 and 2027-01-01 is 2026-W53.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::i18n::{Localized, t};

/// An ISO 8601 week, written `2026-W47`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoWeek {
    year: i32,
    week: u32,
}

/// Why a text is not a week, date or time.
/// `Display` is Swedish; [`Localized::message`] says it in any language (`domain.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeParseError {
    #[error("{}", self.message(super::Lang::Sv))]
    Week(String),
    #[error("{}", self.message(super::Lang::Sv))]
    WeekOutOfRange { year: i32, week: u32, max: u32 },
    #[error("{}", self.message(super::Lang::Sv))]
    Date(String),
    #[error("{}", self.message(super::Lang::Sv))]
    Time(String),
    #[error("{}", self.message(super::Lang::Sv))]
    TimeOrPeriod(String),
}

impl Localized for TimeParseError {
    fn message(&self, lang: super::Lang) -> String {
        use TimeParseError as E;
        match self {
            E::Week(s) => t!(lang, "error-time-week", text = s.as_str()),
            E::WeekOutOfRange { year, week, max } => t!(
                lang,
                "error-time-week-out-of-range",
                year = year.to_string(),
                week = *week,
                max = *max
            ),
            E::Date(s) => t!(lang, "error-time-date", text = s.as_str()),
            E::Time(s) => t!(lang, "error-time-time", text = s.as_str()),
            E::TimeOrPeriod(s) => t!(lang, "error-time-time-or-period", text = s.as_str()),
        }
    }
}

impl IsoWeek {
    pub fn new(year: i32, week: u32) -> Result<Self, TimeParseError> {
        let max = Self::weeks_in_year(year);
        if week == 0 || week > max {
            return Err(TimeParseError::WeekOutOfRange { year, week, max });
        }
        Ok(IsoWeek { year, week })
    }

    /// The week a date falls in.
    pub fn of(date: NaiveDate) -> Self {
        let w = date.iso_week();
        IsoWeek {
            year: w.year(),
            week: w.week(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn week(self) -> u32 {
        self.week
    }

    /// 52 or 53.
    pub fn weeks_in_year(year: i32) -> u32 {
        // 28 December is always in the last ISO week of its year.
        NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week())
    }

    pub fn monday(self) -> NaiveDate {
        self.day(Weekday::Mon)
    }

    pub fn sunday(self) -> NaiveDate {
        self.day(Weekday::Sun)
    }

    pub fn day(self, weekday: Weekday) -> NaiveDate {
        NaiveDate::from_isoywd_opt(self.year, self.week, weekday).unwrap_or(NaiveDate::MIN)
    }

    /// The week `n` weeks later (negative: earlier).
    pub fn plus_weeks(self, n: i64) -> Self {
        IsoWeek::of(self.monday() + chrono::Duration::weeks(n))
    }

    /// "v. 47"
    pub fn short_sv(self) -> String {
        format!("v. {}", self.week)
    }

    /// "vecka 47"
    pub fn long_sv(self) -> String {
        format!("vecka {}", self.week)
    }

    /// Parses `2026-W47`, `2026W47`, `2026-47`, or, with `default_year`, `v. 47`, `v47`, `47`.
    pub fn parse_with_year(s: &str, default_year: i32) -> Result<Self, TimeParseError> {
        let (year, week) = Self::parse_parts(s)?;
        IsoWeek::new(year.unwrap_or(default_year), week)
    }

    /// Parses a week as `parse_with_year` does, but a bare number (`v. 2`) is the next week with
    /// that number from `today` on: this week counts as this week, an earlier number is next
    /// year's. For deadlines, which lie ahead.
    pub fn parse_upcoming(s: &str, today: NaiveDate) -> Result<Self, TimeParseError> {
        match Self::parse_parts(s)? {
            (Some(year), week) => IsoWeek::new(year, week),
            (None, week) => {
                let now = IsoWeek::of(today);
                let year = if week >= now.week {
                    now.year
                } else {
                    now.year + 1
                };
                IsoWeek::new(year, week)
            }
        }
    }

    /// The year (when written) and the week number of a typed week.
    fn parse_parts(s: &str) -> Result<(Option<i32>, u32), TimeParseError> {
        let bad = || TimeParseError::Week(s.to_string());
        let lower = s.trim().to_lowercase();
        if let Some((y, w)) = lower.split_once('w').or_else(|| lower.split_once('-')) {
            let y = y.trim_end_matches('-').trim();
            return match (y.parse::<i32>(), w.trim().parse::<u32>()) {
                (Ok(y), Ok(w)) => Ok((Some(y), w)),
                _ => Err(bad()),
            };
        }
        let w = lower
            .trim_start_matches("vecka")
            .trim_start_matches("v.")
            .trim_start_matches('v')
            .trim();
        w.parse::<u32>().map(|w| (None, w)).map_err(|_| bad())
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-W{:02}", self.year, self.week)
    }
}

impl FromStr for IsoWeek {
    type Err = TimeParseError;
    /// Only the full form `2026-W47` (or `2026W47`): a bare week number needs a year.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_uppercase();
        let (y, w) = upper
            .split_once('W')
            .ok_or_else(|| TimeParseError::Week(s.to_string()))?;
        let y = y.trim_end_matches('-');
        match (y.parse::<i32>(), w.parse::<u32>()) {
            (Ok(y), Ok(w)) => IsoWeek::new(y, w),
            _ => Err(TimeParseError::Week(s.to_string())),
        }
    }
}

impl Serialize for IsoWeek {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoWeek {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Swedish month name, lower case, for a month number 1–12.
pub fn month_name_sv(month: u32) -> Option<&'static str> {
    MONTHS_SV.get(month.checked_sub(1)? as usize).copied()
}

/// The month number for a Swedish month name (any case).
pub fn month_from_name_sv(name: &str) -> Option<u32> {
    let n = name.trim().to_lowercase();
    MONTHS_SV.iter().position(|m| *m == n).map(|i| i as u32 + 1)
}

/// "19 november 2026" — dates in running text ([`crate::i18n::dates::date_long`] in Swedish).
pub fn date_long_sv(d: NaiveDate) -> String {
    crate::i18n::dates::date_long(super::Lang::Sv, d)
}

/// "sön 17 jan 2027" — a date where room is short (beside a form field).
pub fn date_short_sv(d: NaiveDate) -> String {
    let weekday: String = weekday_sv(d).chars().take(3).collect();
    let month: String = MONTHS_SV[d.month0() as usize].chars().take(3).collect();
    format!("{weekday} {} {month} {}", d.day(), d.year())
}

/// "torsdag" — lower case, as in Swedish prose (`weekday-<n>` in the catalogue).
pub fn weekday_sv(d: NaiveDate) -> &'static str {
    let id = format!("weekday-{}", d.weekday().number_from_monday());
    crate::i18n::message_static(super::Lang::Sv, &id).unwrap_or_default()
}

/// Parses a date written `YYYY-MM-DD` (also `YYYYMMDD`).
pub fn parse_date(s: &str) -> Result<NaiveDate, TimeParseError> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y%m%d"))
        .map_err(|_| TimeParseError::Date(s.to_string()))
}

/// Parses a time of day the way people type it: `9`, `9.00`, `09:00`, `0900`, `21.30`.
pub fn parse_time(s: &str) -> Result<NaiveTime, TimeParseError> {
    let t = s
        .trim()
        .trim_start_matches("kl.")
        .trim_start_matches("kl")
        .trim();
    let bad = || TimeParseError::Time(s.to_string());
    let (h, m) = if let Some((h, m)) = t.split_once(['.', ':']) {
        (h, m)
    } else if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        t.split_at(2)
    } else if t.len() == 3 && t.chars().all(|c| c.is_ascii_digit()) {
        t.split_at(1)
    } else {
        (t, "0")
    };
    let h: u32 = h.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(bad)
}

/// "09.00" — Swedish 24-hour time with a full stop ([`crate::i18n::dates::time`]).
pub fn time_sv(t: NaiveTime) -> String {
    crate::i18n::dates::time(super::Lang::Sv, t)
}

/// "kl. 09.00–10.30" (or "kl. 09.00" without an end; [`crate::i18n::dates::time_span`]).
pub fn time_span_sv(from: Option<NaiveTime>, to: Option<NaiveTime>) -> String {
    crate::i18n::dates::time_span(super::Lang::Sv, from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn week_year_differs_from_calendar_year_at_the_edges() {
        assert_eq!(IsoWeek::of(d(2024, 12, 30)).to_string(), "2025-W01");
        assert_eq!(IsoWeek::of(d(2027, 1, 1)).to_string(), "2026-W53");
        assert_eq!(IsoWeek::of(d(2026, 11, 19)).to_string(), "2026-W47");
        assert_eq!(IsoWeek::of(d(2021, 1, 3)).to_string(), "2020-W53");
    }

    #[test]
    fn weeks_in_year() {
        assert_eq!(IsoWeek::weeks_in_year(2026), 53);
        assert_eq!(IsoWeek::weeks_in_year(2025), 52);
        assert_eq!(IsoWeek::weeks_in_year(2020), 53);
        assert!(IsoWeek::new(2025, 53).is_err());
        assert!(IsoWeek::new(2026, 53).is_ok());
        assert!(IsoWeek::new(2026, 0).is_err());
    }

    #[test]
    fn week_days_and_arithmetic() {
        let w = IsoWeek::new(2026, 47).unwrap_or(IsoWeek { year: 0, week: 0 });
        assert_eq!(w.monday(), d(2026, 11, 16));
        assert_eq!(w.sunday(), d(2026, 11, 22));
        assert_eq!(w.plus_weeks(7).to_string(), "2027-W01");
        assert_eq!(w.plus_weeks(-47).to_string(), "2025-W52");
        assert_eq!(w.short_sv(), "v. 47");
    }

    #[test]
    fn parses_the_ways_people_write_weeks() {
        let w47 = IsoWeek::new(2026, 47).ok();
        assert_eq!("2026-W47".parse::<IsoWeek>().ok(), w47);
        assert_eq!("2026w47".parse::<IsoWeek>().ok(), w47);
        assert_eq!(IsoWeek::parse_with_year("v. 47", 2026).ok(), w47);
        assert_eq!(IsoWeek::parse_with_year("v47", 2026).ok(), w47);
        assert_eq!(IsoWeek::parse_with_year("vecka 47", 2026).ok(), w47);
        assert_eq!(IsoWeek::parse_with_year("47", 2026).ok(), w47);
        assert_eq!(IsoWeek::parse_with_year("2026-47", 2000).ok(), w47);
        assert!("47".parse::<IsoWeek>().is_err());
        assert!(IsoWeek::parse_with_year("v. 54", 2026).is_err());
    }

    #[test]
    fn a_bare_week_is_the_next_one_with_that_number() {
        let thursday_w47 = d(2026, 11, 19);
        let upcoming = |s| IsoWeek::parse_upcoming(s, thursday_w47).map(|w| w.to_string());
        assert_eq!(
            upcoming("v. 2").as_deref(),
            Ok("2027-W02"),
            "already past: next year"
        );
        assert_eq!(
            upcoming("47").as_deref(),
            Ok("2026-W47"),
            "this week is this week"
        );
        assert_eq!(upcoming("v. 48").as_deref(), Ok("2026-W48"));
        assert_eq!(
            upcoming("v. 53").as_deref(),
            Ok("2026-W53"),
            "2026 has 53 weeks"
        );
        assert_eq!(
            upcoming("2026-W02").as_deref(),
            Ok("2026-W02"),
            "a written year stays"
        );
        // Late December can already be week 1 of the next ISO year.
        let dec_29 = d(2025, 12, 29);
        assert_eq!(IsoWeek::of(dec_29).to_string(), "2026-W01");
        assert_eq!(
            IsoWeek::parse_upcoming("v. 1", dec_29)
                .map(|w| w.to_string())
                .as_deref(),
            Ok("2026-W01")
        );
        assert_eq!(
            IsoWeek::parse_upcoming("v. 52", dec_29)
                .map(|w| w.to_string())
                .as_deref(),
            Ok("2026-W52")
        );
        assert!(
            IsoWeek::parse_upcoming("v. 53", d(2027, 3, 1)).is_err(),
            "2027 has 52"
        );
        assert!(IsoWeek::parse_upcoming("v. 0", thursday_w47).is_err());
    }

    #[test]
    fn parses_times_as_typed() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("9").ok(), t(9, 0));
        assert_eq!(parse_time("9.00").ok(), t(9, 0));
        assert_eq!(parse_time("09:00").ok(), t(9, 0));
        assert_eq!(parse_time("0900").ok(), t(9, 0));
        assert_eq!(parse_time("kl. 21.30").ok(), t(21, 30));
        assert!(parse_time("25.00").is_err());
        assert!(parse_time("nio").is_err());
    }

    #[test]
    fn swedish_formats() {
        assert_eq!(date_long_sv(d(2026, 11, 19)), "19 november 2026");
        assert_eq!(weekday_sv(d(2026, 11, 19)), "torsdag");
        assert_eq!(date_short_sv(d(2027, 1, 17)), "sön 17 jan 2027");
        assert_eq!(date_short_sv(d(2026, 5, 21)), "tor 21 maj 2026");
        assert_eq!(
            time_span_sv(
                NaiveTime::from_hms_opt(9, 0, 0),
                NaiveTime::from_hms_opt(10, 30, 0)
            ),
            "kl. 09.00–10.30"
        );
        assert_eq!(month_from_name_sv("Augusti"), Some(8));
        assert!(parse_date("2026-02-30").is_err());
        assert_eq!(parse_date("20261119").ok(), Some(d(2026, 11, 19)));
    }
}
