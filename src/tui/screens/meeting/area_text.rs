//! The area's text, written in the meeting (step "Lägesbild område för område"): the form
//! offers a summary computed from this week's observations — how many of each event type,
//! where most happened, the hot spots — never last week's text; the group edits it, the
//! personal-data lint checks it, and it is kept in the meeting's `AreaAssessment.text`.

use chrono::Datelike;

use crate::domain::{AreaAssessment, AreaLevel, Classification, Id, IsoWeek, Lang, Trend};
use crate::i18n::t;
use crate::store::queries::observations::ObservationRow;
use crate::tui::app::effects::{Change, Effect, Record};
use crate::tui::app::state::{OpenForm, Overlay, State};
use crate::tui::forms::registry::FieldError;
use crate::tui::screens::meeting::forms::{MeetingForm, purpose};
use crate::tui::screens::meeting::messages::MeetingEffect;
use crate::tui::widgets::form::{Field, Form};

/// What the form needs, read by the I/O side: the area's reported events this week.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaWeek {
    pub area: Id,
    pub week: IsoWeek,
    pub observations: Vec<ObservationRow>,
}

/// Asks the I/O side for the selected area's week; the form opens with its answer.
pub fn open(state: &mut State) -> Vec<Effect> {
    let (Some(m), Some(line)) = (
        state.meeting.data.meeting.as_ref(),
        state.meeting.data.areas.get(state.meeting.cursor),
    ) else {
        return Vec::new();
    };
    if state.meeting.data.picture.is_none() {
        state.error(crate::i18n::t!(state.lang, "tui-meeting-no-picture"));
        return Vec::new();
    }
    vec![
        MeetingEffect::AreaWeek {
            area: line.area.id,
            week: m.week(),
        }
        .into(),
    ]
}

/// The suggested summary of an area's week: the count by event type (most first), the place
/// where most happened, the hot spots. Only this week's data, so never last week's words;
/// only reported events (the I/O side reads them so), so it counts as the areas table does.
pub fn suggest(week: &AreaWeek, hot_spots: &[String], lang: Lang) -> String {
    let rows = &week.observations;
    let mut by_type: Vec<(String, usize)> = Vec::new();
    for o in rows {
        match by_type.iter_mut().find(|(name, _)| *name == o.event_type) {
            Some((_, n)) => *n += 1,
            None => by_type.push((o.event_type.clone(), 1)),
        }
    }
    by_type.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let types = by_type
        .iter()
        .map(|(name, n)| format!("{n} {}", name.to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    let mut text = if rows.is_empty() {
        t!(lang, "meeting-area-text-none", week = week.week.short_sv())
    } else {
        t!(
            lang,
            "meeting-area-text-counts",
            count = rows.len(),
            week = week.week.short_sv(),
            types = types
        )
    };
    let mut by_place: Vec<(String, usize)> = Vec::new();
    for o in rows {
        if let Some(place) = &o.place {
            match by_place.iter_mut().find(|(name, _)| name == place) {
                Some((_, n)) => *n += 1,
                None => by_place.push((place.clone(), 1)),
            }
        }
    }
    by_place.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if let Some((place, n)) = by_place.first().filter(|(_, n)| *n > 1) {
        text.push(' ');
        text.push_str(&t!(
            lang,
            "meeting-area-text-most",
            place = place.as_str(),
            count = *n
        ));
    }
    if !hot_spots.is_empty() {
        text.push(' ');
        text.push_str(&t!(
            lang,
            "meeting-area-text-hot-spots",
            places = hot_spots.join(", ")
        ));
    }
    text
}

/// An area's assessment in this meeting before anything is set: lugnt, oförändrad, no text.
pub fn first_assessment(picture: Id, area: Id) -> AreaAssessment {
    AreaAssessment {
        id: Id::new(),
        classification: Classification::Begransad,
        picture_id: picture,
        area_id: area,
        level: AreaLevel::Lugnt,
        trend: Trend::Oforandrad,
        key_event_type_ids: Vec::new(),
        text: String::new(),
        is_priority: false,
        priority_rank: None,
        hot_spot_place_ids: Vec::new(),
    }
}

/// The form for the area's text, once its week is read: the stored text when the meeting
/// has one, else the suggestion.
pub fn loaded(state: &mut State, week: AreaWeek) {
    let lang = state.lang;
    let d = &state.meeting.data;
    let (Some(picture), Some(line)) = (
        d.picture.as_ref(),
        d.areas.iter().find(|l| l.area.id == week.area),
    ) else {
        return;
    };
    let assessment = line
        .assessment
        .clone()
        .unwrap_or_else(|| first_assessment(picture.id, line.area.id));
    let hot: Vec<String> = assessment
        .hot_spot_place_ids
        .iter()
        .map(|p| state.refs.place_name(*p))
        .collect();
    let suggestion = suggest(&week, &hot, lang);
    // Last week's text never carries over (`start`), so a text here was written in this
    // meeting: it is kept; otherwise the suggestion is the start.
    let value = if assessment.text.trim().is_empty() {
        suggestion
    } else {
        assessment.text.clone()
    };
    let mut form = Form::new(
        t!(
            lang,
            "meeting-area-text-title",
            area = line.area.name.as_str()
        ),
        vec![Field::description(
            "text",
            crate::i18n::message_static(lang, "meeting-form-area-text").unwrap_or(""),
            "",
        )],
        state.today.year(),
    );
    // The suggestion is a prefill, not the user's change: Esc does not ask about it.
    form.set_value("text", &value);
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: purpose(lang, MeetingForm::AreaText(Box::new(assessment))),
    })));
}

pub fn submit(form: &Form, assessment: &AreaAssessment, lang: Lang) -> Result<Change, FieldError> {
    let mut a = assessment.clone();
    a.text = form
        .fields
        .iter()
        .find(|f| f.key == "text")
        .map(|f| f.value.trim_end().to_string())
        .unwrap_or_default();
    Ok(Change::new(
        t!(lang, "meeting-area-text-saved"),
        vec![Record::AreaAssessment(a)],
    ))
}
