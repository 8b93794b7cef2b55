//! The police's open events in the Lägesbild screen: a view toggled with `p` that lists the
//! week's events for the own municipality, and `a` to promote the selected one to an
//! observation (place or area from a form; an event type when the police's type maps to none of
//! ours; a confirmation when the summary looks like personal data).

use chrono::Datelike;

use crate::domain::{IsoWeek, Lang};
use crate::i18n::t;
use crate::sources::polisen::{self, PolisenError, Promotion, Target};
use crate::store::queries::police_events::PoliceEventRow;
use crate::store::{Result, Store};
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::app::state::{Confirmed, FormPurpose, OpenForm, Overlay, Refs, State};
use crate::tui::input::commands::ListCmd;
use crate::tui::screens::situation::messages::{SituationEffect, SituationMsg};
use crate::tui::widgets::form::{Field, Form};
use crate::tui::widgets::words::word;

/// The police view of the Lägesbild screen.
#[derive(Debug, Clone, Default)]
pub struct PoliceState {
    pub show: bool,
    /// The week shown (loaded with the rows).
    pub week: Option<IsoWeek>,
    pub rows: Vec<PoliceEventRow>,
    pub cursor: usize,
}

impl PoliceState {
    pub fn selected(&self) -> Option<&PoliceEventRow> {
        self.rows.get(self.cursor)
    }
}

/// A promotion the I/O side carries out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PromoteRequest {
    pub police_id: i64,
    pub promotion: Promotion,
}

/// The week the view shows: the Lägesbild screen's week filter, else this week.
pub fn week(state: &State) -> IsoWeek {
    state
        .observations
        .filter
        .week
        .unwrap_or_else(|| IsoWeek::of(state.today))
}

/// Fetches the feed now; the police's events are shown, so the result is there to see.
pub fn fetch(state: &mut State) -> Vec<Effect> {
    if state.refs.municipality.is_none() {
        state.error(t!(state.lang, "tui-police-no-municipality"));
        return Vec::new();
    }
    state.observations.police.show = true;
    vec![SituationEffect::FetchPolice.into()]
}

/// How often to fetch the feed by itself, from `polisen_refresh_minutes` (unset or 0: never).
/// A whole minute at least, so the feed's rules (≥ 10 s apart, ≤ 60 an hour) always hold.
pub fn refresh_interval(minutes: Option<u32>) -> Option<std::time::Duration> {
    minutes
        .filter(|m| *m > 0)
        .map(|m| std::time::Duration::from_secs(u64::from(m) * 60))
}

/// The periodic refresh (`polisen_refresh_minutes`): a fetch when the app is not busy with
/// something the user waits for; a round is skipped otherwise.
pub fn refresh(state: &State) -> Vec<Effect> {
    if state.onboarding || state.refs.municipality.is_none() || state.jobs.foreground().is_some() {
        return Vec::new();
    }
    vec![SituationEffect::FetchPolice.into()]
}

pub fn load_effect(state: &State) -> Option<Effect> {
    state
        .observations
        .police
        .show
        .then(|| SituationEffect::LoadPolice(week(state)).into())
}

pub fn load(store: &Store, week: IsoWeek) -> Result<Msg> {
    Ok(SituationMsg::Police {
        week,
        rows: store.own_police_events_in_week(week)?,
    }
    .into())
}

pub fn loaded(state: &mut State, week: IsoWeek, rows: Vec<PoliceEventRow>) {
    let p = &mut state.observations.police;
    p.week = Some(week);
    p.rows = rows;
    p.cursor = p.cursor.min(p.rows.len().saturating_sub(1));
}

/// The toggle of the police view (`p`).
pub fn toggle(state: &mut State) -> Vec<Effect> {
    let p = &mut state.observations.police;
    p.show = !p.show;
    p.cursor = 0;
    if !p.show {
        return Vec::new();
    }
    state.observations.show_overview = false;
    load_effect(state).into_iter().collect()
}

/// A new place where the selected event happened (the new-place form, prefilled).
pub fn new_place(state: &mut State) -> Vec<Effect> {
    if let Some(row) = state.observations.police.selected().cloned()
        && state.observations.police.show
    {
        crate::tui::forms::police_place::open(state, &row);
    }
    Vec::new()
}

/// Moving in the police's events while they are shown.
pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    let height = state.list_height;
    let p = &mut state.observations.police;
    let last = p.rows.len().saturating_sub(1);
    if let Some(delta) = crate::tui::screens::lists::delta(command, height) {
        p.cursor = (p.cursor as isize)
            .saturating_add(delta)
            .clamp(0, last as isize) as usize;
    }
    Vec::new()
}

/// The promote command, which only the police view has.
pub fn promote_selected(state: &mut State) -> Vec<Effect> {
    if !state.observations.police.show {
        return Vec::new();
    }
    open_promote(state)
}

fn open_promote(state: &mut State) -> Vec<Effect> {
    let Some(row) = state.observations.police.selected().cloned() else {
        state.error(t!(state.lang, "tui-police-nothing-to-promote"));
        return Vec::new();
    };
    if row.is_promoted() {
        state.error(t!(
            state.lang,
            "tui-police-already-promoted",
            id = row.police_id.to_string()
        ));
        return Vec::new();
    }
    if state.refs.own_organisation.is_none() {
        state.error(t!(state.lang, "tui-police-no-own-organisation-hint"));
        return Vec::new();
    }
    state.overlay = Some(Overlay::Form(Box::new(form(
        &state.refs,
        &row,
        state.lang,
        state.today.iso_week().year(),
    ))));
    Vec::new()
}

/// Place or area, and an event type (required when the police's type maps to none of ours).
pub fn form(refs: &Refs, row: &PoliceEventRow, lang: Lang, year: i32) -> OpenForm {
    let places = crate::tui::forms::options::place_options(refs);
    let areas = crate::tui::forms::options::area_options(refs, true);
    let mut types: Vec<(String, String)> = refs
        .event_types
        .iter()
        .map(|t| (t.label(lang).to_string(), t.id.to_string()))
        .collect();
    let mapped = row.event_type_id.is_some();
    if mapped {
        types.insert(
            0,
            (
                t!(lang, "tui-police-type-option", kind = row.type_label(lang)),
                String::new(),
            ),
        );
    } else {
        types.insert(0, (t!(lang, "tui-choose-option"), String::new()));
    }
    let mut event_type = Field::choice("event_type", word(lang, "tui-field-event-type"), types, "");
    if !mapped {
        event_type = event_type.required();
    }
    OpenForm {
        form: Form::new(
            t!(
                lang,
                "tui-police-promote-title",
                id = row.police_id.to_string()
            ),
            vec![
                Field::choice("place", word(lang, "tui-field-place"), places, ""),
                Field::choice("area", word(lang, "tui-field-or-area"), areas, ""),
                event_type,
            ],
            year,
        ),
        purpose: FormPurpose::PromotePolice(row.police_id),
    }
}

/// A submitted promotion form: checks it and asks the I/O side to promote. `None` when the
/// open form is not a promotion form.
pub fn submitted(state: &mut State) -> Option<Vec<Effect>> {
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return None;
    };
    let FormPurpose::PromotePolice(police_id) = open.purpose else {
        return None;
    };
    let f = &open.form;
    let target = match (f.id("place"), f.id("area")) {
        (Some(p), _) => Target::Place(p),
        (None, Some(a)) => Target::Area(a),
        (None, None) => {
            open.form
                .refuse("place", t!(state.lang, "tui-police-choose-place-for-event"));
            return Some(Vec::new());
        }
    };
    let event_type = f.id("event_type");
    let Some(organisation) = state.refs.own_organisation else {
        state.overlay = None;
        state.error(t!(state.lang, "tui-police-no-own-organisation"));
        return Some(Vec::new());
    };
    state.overlay = None;
    Some(vec![Effect::Situation(SituationEffect::Promote(
        PromoteRequest {
            police_id,
            promotion: Promotion {
                target,
                organisation,
                event_type,
                confirm_personal_data: false,
            },
        },
    ))])
}

/// The user confirmed the personal-data warning: promote again, confirmed.
pub fn confirmed(request: PromoteRequest) -> Vec<Effect> {
    let mut r = request;
    r.promotion.confirm_personal_data = true;
    vec![SituationEffect::Promote(r).into()]
}

/// Carries out a promotion; what went wrong becomes a Swedish sentence for the TUI.
pub fn promote(store: &mut Store, request: PromoteRequest, lang: Lang) -> Msg {
    let id = request.police_id;
    match polisen::promote(store, id, &request.promotion) {
        Ok(_) => Msg::Saved {
            label: t!(
                lang,
                "tui-police-promoted-saved",
                id = id.to_string(),
                source = crate::domain::Vocabulary::label(
                    crate::domain::ObservationSource::PolisensOppnaData,
                    lang
                )
            ),
            undoable: false,
            hint: None,
        },
        Err(PolisenError::PersonalData { warning, .. }) => {
            SituationMsg::PromoteNeedsConfirm { request, warning }.into()
        }
        Err(PolisenError::UnknownType { police_type, .. }) => Msg::Failed(t!(
            lang,
            "tui-police-unknown-type",
            id = id.to_string(),
            kind = police_type
        )),
        Err(e) => {
            crate::tui::app::log::write(&format!("promote {id}: {e}"));
            Msg::Failed(e.to_string())
        }
    }
}

/// The summary looks like personal data: ask before it becomes the description.
pub fn ask_confirmation(state: &mut State, request: PromoteRequest, warning: String) {
    let question = t!(
        state.lang,
        "tui-police-personal-data-question",
        id = request.police_id.to_string(),
        warning = warning
    );
    crate::tui::overlays::confirm::ask(state, question, Confirmed::PromotePolice(request));
}
