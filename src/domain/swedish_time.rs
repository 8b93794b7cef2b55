//! Swedish time: the one notion of local time in the app. Meetings happen in Sweden and
//! documents are read there, so every time shown or written (minutes, calendars, "Skapad …",
//! log lines, police events) is Europe/Stockholm, whatever the machine's clock is set to. The
//! time-zone rules come compiled in with `chrono-tz` (no zoneinfo needed on the machine).

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;

/// A Swedish wall-clock time as UTC. In the hour that does not exist (02.00–03.00 on the last
/// Sunday of March) the clock has already moved on, so the time an hour later is meant; in the
/// hour that comes twice (last Sunday of October) the first, summer-time one.
pub fn to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    match Stockholm.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => to_utc(local + chrono::Duration::hours(1)),
    }
}

/// A moment as Swedish wall-clock time.
pub fn from_utc<Tz: TimeZone>(moment: &DateTime<Tz>) -> NaiveDateTime {
    moment.with_timezone(&Stockholm).naive_local()
}

/// The time in Sweden now.
pub fn now() -> NaiveDateTime {
    from_utc(&Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .unwrap_or_default()
    }

    #[test]
    fn winter_and_summer_time_and_the_switches() {
        assert_eq!(
            to_utc(at(2026, 11, 19, 9)).to_rfc3339(),
            "2026-11-19T08:00:00+00:00"
        );
        assert_eq!(
            to_utc(at(2026, 6, 18, 9)).to_rfc3339(),
            "2026-06-18T07:00:00+00:00"
        );
        // 2026: summer time from 29 March 02.00 to 25 October 03.00.
        assert_eq!(
            to_utc(at(2026, 3, 29, 1)).to_rfc3339(),
            "2026-03-29T00:00:00+00:00"
        );
        assert_eq!(
            to_utc(at(2026, 3, 29, 2)).to_rfc3339(),
            "2026-03-29T01:00:00+00:00",
            "02.00 does not exist that night: 03.00 summer time"
        );
        assert_eq!(
            to_utc(at(2026, 10, 25, 2)).to_rfc3339(),
            "2026-10-25T00:00:00+00:00",
            "02.00 comes twice: the first"
        );
        assert_eq!(from_utc(&to_utc(at(2026, 7, 1, 12))), at(2026, 7, 1, 12));
    }
}
