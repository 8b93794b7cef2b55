//! Dates in the demo files: absolute, or relative to the day the demo is loaded, so the demo
//! always looks current.
//!
//! `2019-09-01` (absolute), `Y-1:03-15` (15 March last year), `Y:12-31`, `D-30` (30 days ago),
//! `W+2` (the Sunday of the week two weeks from now).

use chrono::{Datelike, Duration, NaiveDate};

use crate::domain::IsoWeek;

/// Resolves a date expression against `today`; `None` when it is not one.
pub fn resolve(expr: &str, today: NaiveDate) -> Option<NaiveDate> {
    let s = expr.trim();
    let offset = |t: &str| -> Option<i64> {
        if t.is_empty() {
            Some(0)
        } else {
            t.parse::<i64>().ok()
        }
    };
    if let Some(rest) = s.strip_prefix('Y') {
        let (off, md) = rest.split_once(':')?;
        let (m, d) = md.split_once('-')?;
        let year = i64::from(today.year()) + offset(off)?;
        return NaiveDate::from_ymd_opt(
            i32::try_from(year).ok()?,
            m.parse().ok()?,
            d.parse().ok()?,
        );
    }
    if let Some(rest) = s.strip_prefix('D') {
        return today.checked_add_signed(Duration::days(offset(rest)?));
    }
    if let Some(rest) = s.strip_prefix('W') {
        return Some(IsoWeek::of(today).plus_weeks(offset(rest)?).sunday());
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn seed_dates_resolve_relative_to_today() {
        let today = d(2026, 11, 19);
        assert_eq!(resolve("2019-09-01", today), Some(d(2019, 9, 1)));
        assert_eq!(resolve("Y-1:03-15", today), Some(d(2025, 3, 15)));
        assert_eq!(resolve("Y:12-31", today), Some(d(2026, 12, 31)));
        assert_eq!(resolve("Y+1:01-01", today), Some(d(2027, 1, 1)));
        assert_eq!(resolve("D-30", today), Some(d(2026, 10, 20)));
        assert_eq!(resolve("D+1", today), Some(d(2026, 11, 20)));
        assert_eq!(resolve("W+0", today), Some(d(2026, 11, 22)));
        assert_eq!(resolve("W-1", today), Some(d(2026, 11, 15)));
        assert_eq!(resolve("Y:02-30", today), None);
        assert_eq!(resolve("igår", today), None);
    }
}
