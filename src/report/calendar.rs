//! A calendar file (ICS) Outlook shows: the next meeting and the deadlines of open actions
//! still to come. Times in UTC (`…Z`) converted from Swedish time, deadlines as all-day
//! VEVENTs that end the next day (Outlook ignores VTODO) and show the partners free
//! (`TRANSP:TRANSPARENT`), every event with its classification, `METHOD:PUBLISH`, stable UIDs,
//! SEQUENCE bumped with every change of the record.

use crate::domain::Lang;
use crate::domain::swedish_time;
use crate::i18n::t;
use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use super::Options;
use super::actions::status_text;
use super::error::Result;
use super::minutes::model::check_action;
use super::names::Names;
use super::safety::{Gate, marked};
use crate::domain::{Id, Meeting, Vocabulary};
use crate::store::Store;

/// The calendar file and what the user should know about it.
#[derive(Debug, Clone)]
pub struct CalendarFile {
    pub bytes: Vec<u8>,
    /// Swedish sentences: "Inget kommande möte finns …".
    pub warnings: Vec<String>,
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
    let description = format!(
        "{} {}",
        t!(
            lang,
            "calendar-meeting-description",
            chair = m.chair.as_str(),
            note_taker = m.note_taker.as_str()
        ),
        m.classification.stamp(lang)
    );
    e.uid(&uid("mote", m.id))
        .summary(&marked(
            format!("{} ({})", m.group_name, m.kind.label(lang)),
            m.classification,
            lang,
        ))
        .location(&m.location)
        .description(&description)
        .timestamp(stamp)
        .sequence(sequence(store, m.id)?)
        .append_property(("TRANSP", "OPAQUE"));
    match m.start_time {
        Some(start) => {
            let end = m.end_time.unwrap_or(start + Duration::hours(1));
            e.starts(swedish_time::to_utc(m.date.and_time(start)))
                .ends(swedish_time::to_utc(m.date.and_time(end)));
        }
        None => {
            e.starts(m.date).ends(m.date + Duration::days(1));
        }
    }
    Ok(e.done())
}

/// The calendar as ICS bytes: the next meeting and the deadlines still to come.
pub fn export(store: &Store, options: &Options) -> Result<Vec<u8>> {
    Ok(calendar(store, options, false)?.bytes)
}

/// The calendar, with the deadlines that have passed too when `include_past` (a calendar is
/// for what is coming; the plan and the minutes list what is late).
pub fn calendar(store: &Store, options: &Options, include_past: bool) -> Result<CalendarFile> {
    let lang = options.lang;
    let mut gate = Gate::for_store(store, options.include_internal)?;
    let names = Names::for_document(store, lang, &gate)?;
    let stamp = swedish_time::to_utc(options.generated_at);
    let mut warnings = Vec::new();
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
    match store.next_meeting_from(options.today)? {
        Some(m) if gate.admit(m.classification) => {
            cal.push(meeting_event(store, &m, stamp, lang)?);
        }
        Some(m) => warnings.push(t!(
            lang,
            "calendar-next-meeting-internal",
            date = m.date.to_string()
        )),
        None => warnings.push(t!(lang, "calendar-no-meeting")),
    }
    for a in store.open_actions()? {
        let Some(due) = a.due_on else { continue };
        if !gate.admit(a.classification) || (due < options.today && !include_past) {
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
            .summary(&marked(
                t!(lang, "calendar-action-summary", title = a.title.as_str()),
                a.classification,
                lang,
            ))
            .description(&description)
            .timestamp(stamp)
            .sequence(sequence(store, a.id)?)
            .starts(due)
            .ends(due + Duration::days(1))
            // A deadline is a reminder, not an appointment: the owner is not busy all day.
            .append_property(("TRANSP", "TRANSPARENT"));
        if !place.is_empty() {
            e.location(&place);
        }
        cal.push(e.done());
    }
    Ok(CalendarFile {
        bytes: cal.to_string().into_bytes(),
        warnings,
    })
}
