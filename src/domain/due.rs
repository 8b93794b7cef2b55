//! Deadlines as people give them: a date (2026-12-01) or a week (v. 2, 2027-W02). A deadline
//! lies ahead, so a bare week is the next one with that number: typed in November, "v. 2" is
//! the coming January, not the January that has passed.

use chrono::NaiveDate;

use super::week::{IsoWeek, TimeParseError, date_short_sv, parse_date};

/// A deadline given as a date or a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Date(NaiveDate),
    Week(IsoWeek),
}

impl Due {
    /// Parses a date (`2026-12-01`) or a week (`v. 2`, `2027-W02`) typed on `today`.
    pub fn parse(s: &str, today: NaiveDate) -> Result<Due, TimeParseError> {
        if let Ok(d) = parse_date(s) {
            return Ok(Due::Date(d));
        }
        IsoWeek::parse_upcoming(s, today).map(Due::Week)
    }

    /// The last day of the deadline: the date, or the Sunday of the week.
    pub fn last_day(self) -> NaiveDate {
        match self {
            Due::Date(d) => d,
            Due::Week(w) => w.sunday(),
        }
    }

    /// What a typed deadline resolved to, for a hint beside the field: "→ sön 17 jan 2027".
    pub fn resolved_sv(self) -> String {
        format!("→ {}", date_short_sv(self.last_day()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn a_week_typed_in_november_for_january_is_next_year() {
        let today = d(2026, 11, 19);
        let due = Due::parse("v. 2", today);
        assert_eq!(due, IsoWeek::new(2027, 2).map(Due::Week));
        assert_eq!(due.clone().map(Due::last_day), Ok(d(2027, 1, 17)));
        assert_eq!(
            due.map(Due::resolved_sv).as_deref(),
            Ok("→ sön 17 jan 2027")
        );
    }

    #[test]
    fn a_date_is_taken_as_written() {
        let today = d(2026, 11, 19);
        assert_eq!(
            Due::parse("2026-01-11", today),
            Ok(Due::Date(d(2026, 1, 11)))
        );
        assert_eq!(
            Due::parse("2026-12-01", today)
                .map(Due::resolved_sv)
                .as_deref(),
            Ok("→ tis 1 dec 2026")
        );
        assert!(Due::parse("snart", today).is_err());
    }
}
