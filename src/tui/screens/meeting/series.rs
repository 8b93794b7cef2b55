//! The meeting series' form (from Möte and the Register's setup checklist) and what a new
//! meeting takes from it: group, kind, times, room, the functions, the default agenda.

use chrono::NaiveDate;

use crate::domain::{
    AgendaItem, Classification, EntityKind, Id, Lang, Meeting, MeetingKind, MeetingSeries,
    MeetingStatus, Vocabulary, Weekday, meeting_series,
};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Record};
use crate::tui::app::state::State;
use crate::tui::forms::registry::{Choices, FieldError};
use crate::tui::screens::meeting::forms::MeetingForm;
use crate::tui::screens::meeting::record_form;
use crate::tui::widgets::form::Form;

/// The fields of the series' form, in the registry's order.
const SHOWN: &[&str] = &[
    "group_name",
    "kind",
    "weekday",
    "start_time",
    "end_time",
    "location",
    "chair",
    "note_taker",
    "adjuster",
    "agenda",
    "member_ids",
];

/// A series to start from when there is none: the weekly group on Thursdays, chaired by the
/// trygghetssamordnare, with the standard agenda.
pub fn starting_point(lang: Lang) -> MeetingSeries {
    MeetingSeries {
        id: Id::new(),
        classification: Classification::Begransad,
        group_name: t!(lang, "meeting-series-default-group"),
        kind: MeetingKind::Vecka,
        weekday: Weekday::Torsdag,
        start_time: None,
        end_time: None,
        location: String::new(),
        chair: t!(lang, "meeting-series-default-chair"),
        note_taker: String::new(),
        adjuster: None,
        agenda: MeetingSeries::default_agenda(lang),
        active: true,
        member_ids: None,
    }
}

/// Opens the series' form: the one in use, or a new one from [`starting_point`].
pub fn open(state: &mut State) {
    let lang = state.lang;
    let existing = state.meeting.data.series.clone();
    let series = existing.clone().unwrap_or_else(|| starting_point(lang));
    let title = match &existing {
        Some(s) => t!(
            lang,
            "meeting-series-edit-title",
            name = s.group_name.as_str()
        ),
        None => t!(lang, "meeting-series-new-title"),
    };
    record_form::open(
        state,
        title,
        &series,
        SHOWN,
        &member_choices(state),
        MeetingForm::Series(Box::new(series.clone())),
    );
}

/// The organisations in use, the members' picker.
fn member_choices(state: &State) -> Choices {
    Choices {
        records: vec![(
            EntityKind::Organisation,
            state
                .refs
                .organisations
                .iter()
                .filter(|o| o.active)
                .map(|o| (o.name.clone(), o.id))
                .collect(),
        )],
        ..Choices::default()
    }
}

/// The series as the form says.
pub fn submit(form: &Form, series: &MeetingSeries, lang: Lang) -> Result<Change, FieldError> {
    let mut saved: MeetingSeries = record_form::record(form, &record_form::json_of(series), lang)?;
    if saved.group_name.trim().is_empty() {
        return Err(("group_name", t!(lang, "meeting-series-needs-name")));
    }
    saved.active = true;
    let when = format!(
        "{} {}",
        saved.weekday.label(lang),
        crate::i18n::dates::time_span(lang, saved.start_time, saved.end_time)
    );
    Ok(Change::new(
        t!(
            lang,
            "meeting-series-saved",
            name = saved.group_name.as_str(),
            when = when.trim()
        ),
        vec![Record::MeetingSeries(saved)],
    ))
}

/// A new meeting on `date` with the series' details (the last meeting's where there is no
/// series), in `status`.
pub fn new_meeting(
    series: Option<&MeetingSeries>,
    previous: Option<&Meeting>,
    date: NaiveDate,
    status: MeetingStatus,
    lang: Lang,
) -> Meeting {
    let mut m = Meeting {
        id: Id::new(),
        classification: Classification::Begransad,
        kind: MeetingKind::Vecka,
        group_name: t!(lang, "meeting-series-default-group"),
        date,
        start_time: None,
        end_time: None,
        location: String::new(),
        chair: t!(lang, "meeting-series-default-chair"),
        note_taker: String::new(),
        adjuster: None,
        status,
        approved_on: None,
        dnr: None,
        notes: String::new(),
        series_id: None,
    };
    if let Some(s) = series {
        m.series_id = Some(s.id);
        m.kind = s.kind;
        m.group_name = s.group_name.clone();
        m.start_time = s.start_time;
        m.end_time = s.end_time;
        m.location = s.location.clone();
        m.chair = s.chair.clone();
        m.note_taker = s.note_taker.clone();
        m.adjuster = s.adjuster.clone();
    } else if let Some(p) = previous {
        m.kind = p.kind;
        m.group_name = p.group_name.clone();
        m.location = p.location.clone();
        m.chair = p.chair.clone();
        m.note_taker = p.note_taker.clone();
        m.adjuster = p.adjuster.clone();
        m.series_id = p.series_id;
    }
    m
}

/// The series' default agenda as the meeting's §§ 1, 2, 3 …
pub fn agenda_of(series: &MeetingSeries, meeting: Id) -> Vec<AgendaItem> {
    series
        .agenda
        .iter()
        .filter(|t| !t.trim().is_empty())
        .enumerate()
        .map(|(i, title)| AgendaItem {
            id: Id::new(),
            classification: Classification::Begransad,
            meeting_id: meeting,
            number: i as i64 + 1,
            kind: meeting_series::agenda_kind(title),
            area_id: None,
            title: title.trim().to_string(),
            text: String::new(),
            decision: None,
        })
        .collect()
}
