//! Comparing the year with the year before honestly: over the same period of both years (the
//! year so far against the same weeks a year earlier), and only in per cent when the copy's
//! data cover the whole base period. Five weeks of data against a year say nothing.

use chrono::{Datelike, NaiveDate};

use crate::domain::Lang;
use crate::i18n::{dates, t};

/// Days the first data may come after the base period's start and still count as covering
/// it: the first week's observations are often a few days into January.
const GRACE_DAYS: i64 = 7;

/// The period compared and what the base rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub year: i32,
    /// 1 January of the year to the day the report is about (the year's end once it is over).
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The same days a year earlier.
    pub base_from: NaiveDate,
    pub base_to: NaiveDate,
    /// The first observation the copy holds.
    pub data_since: Option<NaiveDate>,
}

/// The same day a year earlier (29 February becomes the 28th).
fn year_before(d: NaiveDate) -> NaiveDate {
    (0..3)
        .find_map(|back| NaiveDate::from_ymd_opt(d.year() - 1, d.month(), d.day() - back))
        .unwrap_or(d)
}

fn weeks(from: NaiveDate, to: NaiveDate) -> u64 {
    ((to - from).num_days() + 1)
        .max(0)
        .unsigned_abs()
        .div_ceil(7)
}

impl Comparison {
    /// The comparison for a report about `year` written on `today`.
    pub fn new(
        year: i32,
        from: NaiveDate,
        year_end: NaiveDate,
        today: NaiveDate,
        data_since: Option<NaiveDate>,
    ) -> Comparison {
        let to = today.clamp(from, year_end);
        Comparison {
            year,
            from,
            to,
            base_from: year_before(from),
            base_to: year_before(to),
            data_since,
        }
    }

    /// Whether the data reach back over the whole base period, so a change in per cent means
    /// something.
    pub fn base_is_complete(&self) -> bool {
        self.data_since
            .is_none_or(|s| (s - self.base_from).num_days() <= GRACE_DAYS)
    }

    /// "1 januari–19 november".
    pub fn period(&self, lang: Lang) -> String {
        t!(
            lang,
            "year-period",
            from_day = self.from.day(),
            from_month = dates::month(lang, self.from),
            to_day = self.to.day(),
            to_month = dates::month(lang, self.to)
        )
    }

    /// The sentence that says why there are no percentages; `None` when the base is whole.
    pub fn base_note(&self, lang: Lang) -> Option<String> {
        let since = self.data_since.filter(|_| !self.base_is_complete())?;
        let base_year = self.year - 1;
        Some(if since > self.base_to {
            t!(
                lang,
                "year-base-missing",
                base_year = base_year,
                since = since.to_string()
            )
        } else {
            t!(
                lang,
                "year-base-incomplete",
                since = since.to_string(),
                base_year = base_year,
                weeks = weeks(since, self.base_to),
                period_weeks = weeks(self.base_from, self.base_to)
            )
        })
    }

    /// The change from the base, "↑ +33 %", or "ofullständigt underlag" where the base does
    /// not cover the period.
    pub fn change(&self, now: usize, before: usize, lang: Lang) -> String {
        if !self.base_is_complete() {
            return t!(lang, "year-change-incomplete");
        }
        match before {
            0 if now == 0 => "–".into(),
            0 => t!(lang, "year-change-new"),
            b => {
                let pct = (now as f64 - b as f64) / b as f64 * 100.0;
                let arrow = if pct > 5.0 {
                    "↑"
                } else if pct < -5.0 {
                    "↓"
                } else {
                    "→"
                };
                format!("{arrow} {pct:+.0} %")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn comparison(today: NaiveDate, since: Option<NaiveDate>) -> Comparison {
        Comparison::new(2026, d(2026, 1, 1), d(2026, 12, 31), today, since)
    }

    #[test]
    fn the_base_is_the_same_days_a_year_earlier() {
        let c = comparison(d(2026, 11, 19), None);
        assert_eq!((c.base_from, c.base_to), (d(2025, 1, 1), d(2025, 11, 19)));
        assert_eq!(c.period(Lang::Sv), "1 januari–19 november");
        // A year that is over is compared whole.
        let c = comparison(d(2027, 2, 3), None);
        assert_eq!((c.to, c.base_to), (d(2026, 12, 31), d(2025, 12, 31)));
        assert_eq!(year_before(d(2028, 2, 29)), d(2027, 2, 28));
    }

    #[test]
    fn a_partial_base_gives_no_percentage_and_says_why() {
        let c = comparison(d(2026, 11, 19), Some(d(2025, 10, 20)));
        assert!(!c.base_is_complete());
        assert_eq!(c.change(90, 16, Lang::Sv), "ofullständigt underlag");
        let note = c.base_note(Lang::Sv).unwrap_or_default();
        assert!(
            note.contains("2025-10-20") && note.contains("5 veckor av periodens 47"),
            "{note}"
        );
        let c = comparison(d(2026, 11, 19), Some(d(2025, 1, 5)));
        assert!(c.base_is_complete());
        assert_eq!(c.change(4, 3, Lang::Sv), "↑ +33 %");
        assert_eq!(c.base_note(Lang::Sv), None);
    }
}
