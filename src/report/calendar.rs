//! A calendar file (ICS) Outlook shows: the next meeting and every open action's deadline.
//! Times in UTC (`…Z`), deadlines as all-day VEVENTs that end the next day (Outlook ignores
//! VTODO), `METHOD:PUBLISH`, stable UIDs, SEQUENCE bumped with every change of the record.

use crate::domain::Lang;
use crate::i18n::t;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use super::Options;
use super::actions::status_text;
use super::error::Result;
use super::minutes::model::check_action;
use super::names::Names;
use super::safety::Gate;
use crate::domain::{Id, Meeting, Vocabulary};
use crate::store::Store;

/// The last Sunday of a month.
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .unwrap_or(NaiveDate::MIN);
    let last = first_next - Duration::days(1);
    let back = last.weekday().num_days_from_sunday();
    last - Duration::days(i64::from(back))
}

/// Swedish local time to UTC (EU rule: summer time from the last Sunday of March to the last
/// Sunday of October, switching at 01.00 UTC). Meetings are in Sweden; no time-zone database
/// is needed for that.
pub fn stockholm_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    let y = local.year();
    let summer_from =
        last_sunday(y, 3).and_time(NaiveTime::from_hms_opt(2, 0, 0).unwrap_or_default());
    let summer_to =
        last_sunday(y, 10).and_time(NaiveTime::from_hms_opt(3, 0, 0).unwrap_or_default());
    let offset = if local >= summer_from && local < summer_to {
        2
    } else {
        1
    };
    Utc.from_utc_datetime(&(local - Duration::hours(offset)))
}

fn uid(prefix: &str, id: Id) -> String {
    format!("{prefix}-{id}@lagesbild")
}

/// How many times a record changed: the SEQUENCE a calendar uses to replace an old copy.
fn sequence(store: &Store, id: Id) -> Result<u32> {
    Ok(store.history(id)?.len().saturating_sub(1) as u32)
}

fn meeting_event(store: &Store, m: &Meeting, stamp: DateTime<Utc>, lang: Lang) -> Result<Event> {
    let mut e = Event::new();
    e.uid(&uid("mote", m.id))
        .summary(&format!("{} ({})", m.group_name, m.kind.label(lang)))
        .location(&m.location)
        .description(&t!(
            lang,
            "calendar-meeting-description",
            chair = m.chair.as_str(),
            note_taker = m.note_taker.as_str()
        ))
        .timestamp(stamp)
        .sequence(sequence(store, m.id)?);
    match m.start_time {
        Some(start) => {
            let end = m.end_time.unwrap_or(start + Duration::hours(1));
            e.starts(stockholm_to_utc(m.date.and_time(start)))
                .ends(stockholm_to_utc(m.date.and_time(end)));
        }
        None => {
            e.starts(m.date).ends(m.date + Duration::days(1));
        }
    }
    Ok(e.done())
}

/// The calendar as ICS bytes.
pub fn export(store: &Store, options: &Options) -> Result<Vec<u8>> {
    let lang = options.lang;
    let mut gate = Gate::new(options.include_internal);
    let names = Names::load(store)?;
    let stamp = stockholm_to_utc(options.generated_at);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            format!(
                "-//lagesbild//lagesbild 0.1//{}",
                lang.code().to_uppercase()
            )
            .as_str(),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .append_property(("X-WR-CALNAME", t!(lang, "calendar-name").as_str()));
    if let Some(m) = store.next_meeting_from(options.today)?
        && gate.admit(m.classification)
    {
        cal.push(meeting_event(store, &m, stamp, lang)?);
    }
    for a in store.open_actions()? {
        let Some(due) = a.due_on else { continue };
        if !gate.admit(a.classification) {
            continue;
        }
        check_action(&gate, &a)?;
        let owner = names.organisation(a.responsible_org_id);
        let owner = match a.responsible_function.as_str() {
            "" => owner,
            function => format!("{owner} ({function})"),
        };
        let description = t!(
            lang,
            "calendar-action-description",
            owner = owner,
            status = status_text(&a, options.today, lang),
            stamp = a.classification.stamp(lang)
        );
        let place = names.place_or_area(a.place_id, a.area_id);
        let mut e = Event::new();
        e.uid(&uid("atgard", a.id))
            .summary(&t!(
                lang,
                "calendar-action-summary",
                title = a.title.as_str()
            ))
            .description(&description)
            .timestamp(stamp)
            .sequence(sequence(store, a.id)?)
            .starts(due)
            .ends(due + Duration::days(1));
        if !place.is_empty() {
            e.location(&place);
        }
        cal.push(e.done());
    }
    Ok(cal.to_string().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .unwrap_or_default()
    }

    #[test]
    fn swedish_time_becomes_utc_with_summer_time() {
        assert_eq!(
            stockholm_to_utc(at(2026, 11, 19, 9)).to_rfc3339(),
            "2026-11-19T08:00:00+00:00"
        );
        assert_eq!(
            stockholm_to_utc(at(2026, 6, 18, 9)).to_rfc3339(),
            "2026-06-18T07:00:00+00:00"
        );
        // 2026: summer time 29 March – 25 October.
        assert_eq!(
            last_sunday(2026, 3),
            NaiveDate::from_ymd_opt(2026, 3, 29).unwrap_or_default()
        );
        assert_eq!(
            last_sunday(2026, 10),
            NaiveDate::from_ymd_opt(2026, 10, 25).unwrap_or_default()
        );
        assert_eq!(
            stockholm_to_utc(at(2026, 3, 29, 1)).to_rfc3339(),
            "2026-03-29T00:00:00+00:00"
        );
        assert_eq!(
            stockholm_to_utc(at(2026, 3, 29, 3)).to_rfc3339(),
            "2026-03-29T01:00:00+00:00"
        );
    }
}
