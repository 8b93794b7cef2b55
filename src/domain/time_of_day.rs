//! When in the day something happened: a time (21.30) or, when nobody looked at the clock, a
//! part of the day (dygnsperiod: morgon, dag, kväll, natt).

use chrono::{NaiveTime, Timelike};

use super::vocab::{DayPeriod, Vocabulary};
use super::week::{TimeParseError, parse_time};

/// A time of day or a part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    At(NaiveTime),
    Period(DayPeriod),
}

/// The ways people write a part of the day that are not the vocabulary's own labels.
const PERIOD_WORDS: [(&str, DayPeriod); 3] = [
    ("dagtid", DayPeriod::Dag),
    ("kvällstid", DayPeriod::Kvall),
    ("nattetid", DayPeriod::Natt),
];

impl TimeOfDay {
    /// Parses a time (`21.30`, `9`, `kl. 21`) or a part of the day (`kväll`, `Natt`,
    /// `kvällstid`).
    pub fn parse(s: &str) -> Result<TimeOfDay, TimeParseError> {
        if let Ok(t) = parse_time(s) {
            return Ok(TimeOfDay::At(t));
        }
        let word = s.trim().to_lowercase();
        DayPeriod::parse(&word)
            .or_else(|| {
                PERIOD_WORDS
                    .iter()
                    .find(|(w, _)| *w == word)
                    .map(|(_, p)| *p)
            })
            .map(TimeOfDay::Period)
            .ok_or_else(|| TimeParseError::TimeOrPeriod(s.to_string()))
    }

    pub fn time(self) -> Option<NaiveTime> {
        match self {
            TimeOfDay::At(t) => Some(t),
            TimeOfDay::Period(_) => None,
        }
    }

    /// The part of the day: given, or the one the time falls in.
    pub fn day_period(self) -> DayPeriod {
        match self {
            TimeOfDay::At(t) => period_of(t),
            TimeOfDay::Period(p) => p,
        }
    }
}

/// The part of the day a time falls in: morgon 05–09, dag 10–17, kväll 18–22, natt 23–04.
pub fn period_of(t: NaiveTime) -> DayPeriod {
    match t.hour() {
        5..=9 => DayPeriod::Morgon,
        10..=17 => DayPeriod::Dag,
        18..=22 => DayPeriod::Kvall,
        _ => DayPeriod::Natt,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_the_day_is_accepted_where_a_time_is() {
        let period = |s| TimeOfDay::parse(s).ok();
        assert_eq!(period("kväll"), Some(TimeOfDay::Period(DayPeriod::Kvall)));
        assert_eq!(period(" Natt "), Some(TimeOfDay::Period(DayPeriod::Natt)));
        assert_eq!(period("dag"), Some(TimeOfDay::Period(DayPeriod::Dag)));
        assert_eq!(period("morgon"), Some(TimeOfDay::Period(DayPeriod::Morgon)));
        assert_eq!(
            period("KVÄLLSTID"),
            Some(TimeOfDay::Period(DayPeriod::Kvall))
        );
        assert_eq!(period("nattetid"), Some(TimeOfDay::Period(DayPeriod::Natt)));
        assert_eq!(period("dagtid"), Some(TimeOfDay::Period(DayPeriod::Dag)));
        assert!(TimeOfDay::parse("eftermiddag").is_err());
        assert!(TimeOfDay::parse("25.00").is_err());
    }

    #[test]
    fn a_time_carries_its_part_of_the_day() {
        let at = TimeOfDay::parse("21.30").ok();
        assert_eq!(
            at.and_then(TimeOfDay::time),
            NaiveTime::from_hms_opt(21, 30, 0)
        );
        assert_eq!(at.map(TimeOfDay::day_period), Some(DayPeriod::Kvall));
        assert_eq!(
            TimeOfDay::parse("kväll").ok().and_then(TimeOfDay::time),
            None
        );
        let hour = |h| NaiveTime::from_hms_opt(h, 0, 0).map(period_of);
        assert_eq!(hour(4), Some(DayPeriod::Natt));
        assert_eq!(hour(5), Some(DayPeriod::Morgon));
        assert_eq!(hour(10), Some(DayPeriod::Dag));
        assert_eq!(hour(18), Some(DayPeriod::Kvall));
        assert_eq!(hour(23), Some(DayPeriod::Natt));
    }
}
