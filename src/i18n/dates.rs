//! Dates and times in running text, as each language writes them ("19 november 2026",
//! "kl. 09.00–10.30"); tables and file names keep ISO dates (2026-11-19) in every language.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::{Lang, t};

/// "torsdag" / "Thursday".
pub fn weekday(lang: Lang, d: NaiveDate) -> String {
    let id = format!("weekday-{}", d.weekday().number_from_monday());
    t!(lang, &id)
}

/// "november" / "November".
pub fn month(lang: Lang, d: NaiveDate) -> String {
    let id = format!("month-{}", d.month());
    t!(lang, &id)
}

/// "19 november 2026" / "19 November 2026".
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    t!(
        lang,
        "date-long",
        day = d.day(),
        month = month(lang, d),
        year = d.year()
    )
}

/// "09.00" / "09:00".
pub fn time(lang: Lang, at: NaiveTime) -> String {
    t!(
        lang,
        "time-of-day",
        hours = at.format("%H").to_string(),
        minutes = at.format("%M").to_string()
    )
}

/// "kl. 09.00–10.30" (or "kl. 09.00" without an end); empty without a start.
pub fn time_span(lang: Lang, from: Option<NaiveTime>, to: Option<NaiveTime>) -> String {
    match (from, to) {
        (Some(f), Some(to)) => t!(lang, "time-span", from = time(lang, f), to = time(lang, to)),
        (Some(f), None) => t!(lang, "time-at", from = time(lang, f)),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_and_english_dates_and_times() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default();
        let nine = NaiveTime::from_hms_opt(9, 0, 0);
        let half_past_ten = NaiveTime::from_hms_opt(10, 30, 0);
        assert_eq!(date_long(Lang::Sv, d), "19 november 2026");
        assert_eq!(date_long(Lang::En, d), "19 November 2026");
        assert_eq!(weekday(Lang::Sv, d), "torsdag");
        assert_eq!(weekday(Lang::En, d), "Thursday");
        assert_eq!(time_span(Lang::Sv, nine, half_past_ten), "kl. 09.00–10.30");
        assert_eq!(time_span(Lang::En, nine, half_past_ten), "09:00–10:30");
        assert_eq!(time_span(Lang::Sv, nine, None), "kl. 09.00");
    }
}
