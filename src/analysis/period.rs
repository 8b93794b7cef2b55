//! The periods the analyses look at: a year, a tertial (the four months Swedish municipalities
//! plan by), a quarter, a month or an ISO week, written as people write them (`2026-T3`).

use chrono::{Datelike, NaiveDate};

use crate::domain::{IsoWeek, Lang};
use crate::i18n::{dates, t};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodKind {
    Week,
    Month,
    Quarter,
    Tertial,
    Year,
}

impl PeriodKind {
    /// Months in one period of this kind (a week is none).
    fn months(self) -> u32 {
        match self {
            PeriodKind::Week => 0,
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::Tertial => 4,
            PeriodKind::Year => 12,
        }
    }
}

/// A period from `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub kind: PeriodKind,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a text is not a period.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::Localized::message(self, crate::domain::Lang::Sv))]
pub struct PeriodParseError(pub String);

impl crate::i18n::Localized for PeriodParseError {
    fn message(&self, lang: crate::domain::Lang) -> String {
        crate::i18n::t!(lang, "error-period", text = self.0.as_str())
    }
}

impl Period {
    /// Parses `2026`, `2026-T3`, `2026-Q4`, `2026-11` or `2026-W47` (also `2026T3`, `2026-t3`).
    pub fn parse(s: &str) -> Result<Period, PeriodParseError> {
        let bad = || PeriodParseError(s.to_string());
        let text = s.trim().to_uppercase();
        let year_text = text.get(..4).ok_or_else(bad)?;
        let year: i32 = year_text.parse().map_err(|_| bad())?;
        let rest = text[4..].trim_start_matches('-');
        if rest.is_empty() {
            return Period::months_from(PeriodKind::Year, year, 1).ok_or_else(bad);
        }
        let number = |prefix: &str| -> Option<u32> { rest.strip_prefix(prefix)?.parse().ok() };
        let period = if rest.starts_with('W') {
            let week = IsoWeek::new(year, number("W").ok_or_else(bad)?).map_err(|_| bad())?;
            Some(Period::week(week))
        } else if let Some(n) = number("T").filter(|n| (1..=3).contains(n)) {
            Period::months_from(PeriodKind::Tertial, year, 1 + (n - 1) * 4)
        } else if let Some(n) = number("Q")
            .or_else(|| number("K"))
            .filter(|n| (1..=4).contains(n))
        {
            Period::months_from(PeriodKind::Quarter, year, 1 + (n - 1) * 3)
        } else if let Some(m) = number("").filter(|m| (1..=12).contains(m)) {
            Period::months_from(PeriodKind::Month, year, m)
        } else {
            None
        };
        period.ok_or_else(bad)
    }

    /// The ISO week as a period, Monday to Sunday.
    pub fn week(week: IsoWeek) -> Period {
        Period {
            kind: PeriodKind::Week,
            from: week.monday(),
            to: week.sunday(),
        }
    }

    /// The period of `kind` that `date` falls in.
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Period {
        if kind == PeriodKind::Week {
            return Period::week(IsoWeek::of(date));
        }
        let months = kind.months();
        let first = 1 + (date.month0() / months) * months;
        Period::months_from(kind, date.year(), first).unwrap_or(Period::week(IsoWeek::of(date)))
    }

    fn months_from(kind: PeriodKind, year: i32, first_month: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, first_month, 1)?;
        let next = from.checked_add_months(chrono::Months::new(kind.months()))?;
        Some(Period {
            kind,
            from,
            to: next.pred_opt()?,
        })
    }

    /// The period before this one, of the same kind.
    pub fn previous(self) -> Period {
        Period::containing(self.kind, self.from - chrono::Duration::days(1))
    }

    /// The period after this one, of the same kind.
    pub fn next(self) -> Period {
        Period::containing(self.kind, self.to + chrono::Duration::days(1))
    }

    /// The same period a year earlier (for a week: the week with the same number, or the
    /// year's last week when the earlier year has no week 53).
    pub fn year_before(self) -> Period {
        match self.kind {
            PeriodKind::Week => {
                let w = IsoWeek::of(self.from);
                let year = w.year() - 1;
                let number = w.week().min(IsoWeek::weeks_in_year(year));
                IsoWeek::new(year, number).map_or(self.previous(), Period::week)
            }
            _ => {
                let from = self
                    .from
                    .with_year(self.from.year() - 1)
                    .unwrap_or(self.from);
                Period::containing(self.kind, from)
            }
        }
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        (self.from..=self.to).contains(&date)
    }

    /// The ISO weeks the period touches, oldest first.
    pub fn weeks(self) -> Vec<IsoWeek> {
        let last = IsoWeek::of(self.to);
        let mut week = IsoWeek::of(self.from);
        let mut weeks = vec![week];
        while week < last {
            week = week.plus_weeks(1);
            weeks.push(week);
        }
        weeks
    }

    /// The period as it is typed: `2026-T3`, `2026-W47`.
    pub fn code(self) -> String {
        let year = self.from.year();
        match self.kind {
            PeriodKind::Year => year.to_string(),
            PeriodKind::Tertial => format!("{year}-T{}", self.from.month0() / 4 + 1),
            PeriodKind::Quarter => format!("{year}-Q{}", self.from.month0() / 3 + 1),
            PeriodKind::Month => format!("{year}-{:02}", self.from.month()),
            PeriodKind::Week => IsoWeek::of(self.from).to_string(),
        }
    }

    /// The period as people say it: "tertial 3 2026", "vecka 47 2026", "november 2026".
    pub fn label(self, lang: Lang) -> String {
        let year = self.from.year();
        match self.kind {
            PeriodKind::Year => t!(lang, "analysis-period-year", year = year),
            PeriodKind::Tertial => t!(
                lang,
                "analysis-period-tertial",
                number = self.from.month0() / 4 + 1,
                year = year
            ),
            PeriodKind::Quarter => t!(
                lang,
                "analysis-period-quarter",
                number = self.from.month0() / 3 + 1,
                year = year
            ),
            PeriodKind::Month => t!(
                lang,
                "analysis-period-month",
                month = dates::month(lang, self.from),
                year = year
            ),
            PeriodKind::Week => {
                let w = IsoWeek::of(self.from);
                t!(
                    lang,
                    "analysis-period-week",
                    number = w.week(),
                    year = w.year()
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn parses_the_ways_periods_are_written() {
        let t3 = Period::parse("2026-T3").ok();
        assert_eq!(
            t3.map(|p| (p.from, p.to)),
            Some((d(2026, 9, 1), d(2026, 12, 31)))
        );
        let q1 = Period::parse("2026q1").ok();
        assert_eq!(
            q1.map(|p| (p.from, p.to)),
            Some((d(2026, 1, 1), d(2026, 3, 31)))
        );
        let feb = Period::parse("2028-02").ok();
        assert_eq!(feb.map(|p| p.to), Some(d(2028, 2, 29)));
        let year = Period::parse("2026").ok();
        assert_eq!(
            year.map(|p| (p.kind, p.to)),
            Some((PeriodKind::Year, d(2026, 12, 31)))
        );
        let w1 = Period::parse("2026-W01").ok();
        assert_eq!(
            w1.map(|p| (p.from, p.to)),
            Some((d(2025, 12, 29), d(2026, 1, 4)))
        );
        for bad in [
            "", "26", "2026-T4", "2026-Q5", "2026-13", "2026-W54", "tertial",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn steps_and_the_year_before_keep_the_kind() {
        let t1 = Period::parse("2027-T1").ok();
        assert_eq!(t1.map(|p| p.previous().code()), Some("2026-T3".to_string()));
        assert_eq!(t1.map(|p| p.next().code()), Some("2027-T2".to_string()));
        assert_eq!(
            t1.map(|p| p.year_before().code()),
            Some("2026-T1".to_string())
        );
        let w53 = Period::parse("2026-W53").ok();
        assert_eq!(
            w53.map(|p| p.year_before().code()),
            Some("2025-W52".to_string())
        );
        assert_eq!(w53.map(|p| p.next().code()), Some("2027-W01".to_string()));
    }

    #[test]
    fn a_period_lists_the_weeks_it_touches_across_the_new_year() {
        let dec = Period::parse("2026-12").ok();
        let weeks: Vec<String> = dec
            .map(|p| p.weeks().iter().map(|w| w.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(weeks.first().map(String::as_str), Some("2026-W49"));
        assert_eq!(weeks.last().map(String::as_str), Some("2026-W53"));
        assert_eq!(weeks.len(), 5);
    }

    #[test]
    fn every_period_has_a_label_in_every_language() {
        for code in ["2026", "2026-T2", "2026-Q3", "2026-11", "2026-W47"] {
            for lang in Lang::ALL {
                let label = Period::parse(code)
                    .map(|p| p.label(*lang))
                    .unwrap_or_default();
                assert!(label.contains('2'), "{code} {lang:?}: {label}");
            }
        }
    }
}
