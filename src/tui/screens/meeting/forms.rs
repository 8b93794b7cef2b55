//! The meeting's own forms: a planned event, the next meeting and the area's hot spots.

use chrono::{Datelike, NaiveDate};

use crate::domain::Lang;
use crate::domain::{
    AgendaItem, AgendaKind, AreaAssessment, Classification, Id, Meeting, MeetingStatus,
};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Record};
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::forms::options::id_text;
use crate::tui::widgets::form::{Field, FieldKind, Form};
use crate::tui::widgets::words::word;

pub fn planned_event(meeting: Id, year: i32, lang: Lang) -> OpenForm {
    OpenForm {
        form: Form::new(
            word(lang, "tui-form-planned-event"),
            vec![
                Field::text("title", word(lang, "tui-field-event"), "").required(),
                Field::description("text", word(lang, "tui-field-event-text"), ""),
            ],
            year,
        ),
        purpose: FormPurpose::PlannedEvent { meeting },
    }
}

/// The next meeting: the series' next weekday a week on (a week after this one without a
/// series), at the series' time and room.
pub fn next_meeting(
    after: &Meeting,
    series: Option<&crate::domain::MeetingSeries>,
    lang: Lang,
) -> OpenForm {
    let week_on = after.date + chrono::Duration::days(7);
    let date = series.map_or(week_on, |s| {
        s.next_date(after.date + chrono::Duration::days(1))
    });
    let time = series.and_then(|s| s.start_time).or(after.start_time);
    let location = series.map_or(after.location.as_str(), |s| s.location.as_str());
    OpenForm {
        form: Form::new(
            word(lang, "tui-step-next-meeting"),
            vec![
                Field::of_kind(
                    "date",
                    word(lang, "tui-field-date"),
                    FieldKind::Date,
                    &date.to_string(),
                )
                .required(),
                Field::of_kind(
                    "time",
                    word(lang, "tui-field-time"),
                    FieldKind::Time,
                    &time.map(crate::domain::week::time_sv).unwrap_or_default(),
                ),
                Field::text("location", word(lang, "tui-field-place"), location),
            ],
            date.iso_week().year(),
        ),
        purpose: FormPurpose::NextMeeting { after: after.id },
    }
}

/// Adds or removes one hot spot of an area: the area's places, the first not yet a hot spot
/// chosen; saving toggles the chosen one and keeps the others.
pub fn hot_spot(
    refs: &Refs,
    assessment: AreaAssessment,
    area: &str,
    year: i32,
    lang: Lang,
) -> OpenForm {
    let places: Vec<&crate::domain::Place> = refs
        .places
        .iter()
        .filter(|p| p.area_id == assessment.area_id)
        .collect();
    let ids: Vec<Id> = places.iter().map(|p| p.id).collect();
    let options = places
        .iter()
        .map(|p| {
            let label = if assessment.hot_spot_place_ids.contains(&p.id) {
                t!(lang, "tui-hot-spot-removed-option", place = p.name.as_str())
            } else {
                t!(lang, "tui-hot-spot-added-option", place = p.name.as_str())
            };
            (label, p.id.to_string())
        })
        .collect();
    OpenForm {
        form: Form::new(
            t!(lang, "tui-form-hot-spots", area = area),
            vec![Field::choice(
                "place",
                word(lang, "tui-field-place"),
                options,
                &id_text(assessment.hot_spot_candidate(&ids)),
            )],
            year,
        ),
        purpose: FormPurpose::HotSpot(Box::new(assessment)),
    }
}

/// A planned event on the meeting's agenda.
pub fn submit_planned_event(f: &Form, meeting: Id, lang: Lang) -> Change {
    let item = AgendaItem {
        id: Id::new(),
        classification: Classification::Begransad,
        meeting_id: meeting,
        number: crate::domain::meeting::PLANNED_EVENT_NUMBER,
        kind: AgendaKind::PlaneradeHandelser,
        area_id: None,
        title: f.text("title"),
        text: f.text("text"),
        decision: None,
    };
    Change::new(
        t!(lang, "tui-planned-event-added"),
        vec![Record::AgendaItem(item)],
    )
}

/// Adds or removes the chosen hot spot, keeping the others.
pub fn submit_hot_spot(
    f: &Form,
    assessment: &AreaAssessment,
    refs: &Refs,
    lang: Lang,
) -> Result<Change, (&'static str, String)> {
    let place = f
        .id("place")
        .ok_or(("place", t!(lang, "tui-choose-place")))?;
    let mut a = assessment.clone();
    let area = refs
        .areas
        .iter()
        .find(|x| x.id == a.area_id)
        .map_or(word(lang, "tui-the-area"), |x| x.name.as_str());
    let added = a.toggle_hot_spot(place);
    let name = refs.place_name(place);
    let rest: Vec<String> = a
        .hot_spot_place_ids
        .iter()
        .filter(|p| **p != place)
        .map(|p| refs.place_name(*p))
        .collect();
    let label = match (added, rest.is_empty()) {
        (true, true) => t!(lang, "tui-hot-spot-added", area = area, place = name),
        (true, false) => t!(
            lang,
            "tui-hot-spot-added-among",
            area = area,
            place = name,
            others = rest.join(", ")
        ),
        (false, true) => t!(lang, "tui-hot-spot-removed-last", area = area, place = name),
        (false, false) => t!(
            lang,
            "tui-hot-spot-removed",
            area = area,
            place = name,
            others = rest.join(", ")
        ),
    };
    Ok(Change::new(label, vec![Record::AreaAssessment(a)]))
}

/// The next meeting, planned after today.
pub fn submit_next_meeting(
    f: &Form,
    today: NaiveDate,
    current_meeting: Option<&Meeting>,
    lang: Lang,
) -> Result<Change, (&'static str, String)> {
    let date = f.date("date").ok_or(("date", t!(lang, "tui-enter-date")))?;
    if date <= today {
        return Err(("date", t!(lang, "tui-next-meeting-after-today")));
    }
    let base = current_meeting;
    let next = Meeting {
        id: Id::new(),
        classification: Classification::Begransad,
        kind: base.map_or(crate::domain::MeetingKind::Vecka, |m| m.kind),
        group_name: base.map_or_else(String::new, |m| m.group_name.clone()),
        date,
        start_time: f.time("time"),
        end_time: None,
        location: f.text("location"),
        chair: base.map_or_else(String::new, |m| m.chair.clone()),
        note_taker: base.map_or_else(String::new, |m| m.note_taker.clone()),
        adjuster: None,
        status: MeetingStatus::Planerat,
        approved_on: None,
        dnr: None,
        notes: String::new(),
        series_id: base.and_then(|m| m.series_id),
    };
    Ok(Change::new(
        t!(
            lang,
            "tui-next-meeting-set",
            date = crate::i18n::dates::date_long(lang, date),
            week = crate::domain::IsoWeek::of(date).short_sv()
        ),
        vec![Record::Meeting(next)],
    ))
}

/// What a meeting form generated from the registry saves into.
#[derive(Debug, Clone, PartialEq)]
pub enum MeetingForm {
    /// The series (the stored one, or a new one to save).
    Series(Box<crate::domain::MeetingSeries>),
    /// The details of a meeting.
    Details(Box<Meeting>),
    /// A § of the agenda, new or stored.
    AgendaItem(Box<AgendaItem>),
    /// Attendance of an organisation not yet marked (or not yet in the register).
    Attendance { meeting: Id },
    /// The area's text in this week's assessment.
    AreaText(Box<AreaAssessment>),
}

/// A meeting form and the language its messages speak.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingPurpose {
    pub lang: crate::domain::Lang,
    pub form: MeetingForm,
}

pub fn purpose(lang: crate::domain::Lang, form: MeetingForm) -> FormPurpose {
    FormPurpose::Meeting(Box::new(MeetingPurpose { lang, form }))
}

/// What a valid meeting form saves.
pub fn submit_meeting_form(
    f: &Form,
    p: &MeetingPurpose,
    refs: &Refs,
) -> Result<Change, (&'static str, String)> {
    use crate::tui::screens::meeting::{agenda, area_text, attendance, details, series};
    match &p.form {
        MeetingForm::Series(s) => series::submit(f, s, p.lang),
        MeetingForm::Details(m) => details::submit(f, m, p.lang),
        MeetingForm::AgendaItem(item) => agenda::submit(f, item, p.lang),
        MeetingForm::Attendance { meeting } => attendance::submit(f, *meeting, refs, p.lang),
        MeetingForm::AreaText(a) => area_text::submit(f, a, p.lang),
    }
}
