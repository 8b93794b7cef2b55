//! The meeting's details (date, times, room, chair, note-taker, checker, dnr, notes) and
//! calling a meeting off (*inställt*: kept, shown as such, never given minutes).

use crate::domain::{Lang, Meeting, MeetingStatus, Vocabulary};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Record};
use crate::tui::app::state::{Confirmed, State};
use crate::tui::forms::registry::{Choices, FieldError};
use crate::tui::overlays::confirm;
use crate::tui::screens::meeting::forms::MeetingForm;
use crate::tui::screens::meeting::record_form;
use crate::tui::widgets::form::Form;

const SHOWN: &[&str] = &[
    "group_name",
    "date",
    "start_time",
    "end_time",
    "location",
    "chair",
    "note_taker",
    "adjuster",
    "dnr",
    "notes",
];

/// The meeting the details and the cancel key are about: the one in progress, else the next
/// planned one.
pub fn subject(state: &State) -> Option<Meeting> {
    let d = &state.meeting.data;
    d.meeting.clone().or_else(|| d.next_meeting.clone())
}

/// Opens the details form of the meeting in progress (or the next planned one).
pub fn open(state: &mut State) {
    let lang = state.lang;
    let Some(m) = subject(state) else {
        state.error(t!(lang, "meeting-none-to-edit"));
        return;
    };
    record_form::open(
        state,
        t!(lang, "meeting-details-title", date = m.date.to_string()),
        &m,
        SHOWN,
        &Choices::default(),
        MeetingForm::Details(Box::new(m.clone())),
    );
}

pub fn submit(form: &Form, meeting: &Meeting, lang: Lang) -> Result<Change, FieldError> {
    let saved: Meeting = record_form::record(form, &record_form::json_of(meeting), lang)?;
    if let (Some(from), Some(to)) = (saved.start_time, saved.end_time)
        && to <= from
    {
        return Err(("end_time", t!(lang, "meeting-details-end-before-start")));
    }
    Ok(Change::new(
        t!(lang, "meeting-details-saved", date = saved.date.to_string()),
        vec![Record::Meeting(saved)],
    ))
}

/// Asks before calling off the meeting in progress (or the next planned one).
pub fn ask_cancel(state: &mut State) {
    let lang = state.lang;
    let Some(m) = subject(state) else {
        state.error(t!(lang, "meeting-none-to-cancel"));
        return;
    };
    let question = t!(
        lang,
        "meeting-cancel-question",
        date = m.date.to_string(),
        status = m.status.label(lang)
    );
    confirm::ask(state, question, Confirmed::CancelMeeting(m.id));
}

/// The meeting called off: its status is inställt, everything else stays.
pub fn cancel(state: &mut State, id: crate::domain::Id) -> Vec<crate::tui::app::effects::Effect> {
    let lang = state.lang;
    let Some(mut m) = subject(state).filter(|m| m.id == id) else {
        return Vec::new();
    };
    m.status = MeetingStatus::Installt;
    let label = t!(lang, "meeting-cancelled", date = m.date.to_string());
    state.meeting.step = crate::tui::screens::meeting::state::Step::Attendance;
    state.meeting.cursor = 0;
    vec![crate::tui::app::effects::Effect::Save(Change::new(
        label,
        vec![Record::Meeting(m)],
    ))]
}
