//! The Analys screen's forms: the filter (areas and event types, multi-selects with the
//! forms' picker) and the decision (the priority areas in rank, prefilled with the proposal).

use chrono::Datelike;

use crate::domain::Id;
use crate::i18n::{message_static, t};
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{FormPurpose, OpenForm, Overlay, State};
use crate::tui::screens::analysis::model::{PROPOSED, event_type_name};
use crate::tui::screens::analysis::state::AnalysisFilter;
use crate::tui::widgets::form::{Field, Form};

/// Which form of the Analys screen is open.
#[derive(Debug, Clone, PartialEq)]
pub enum AnalysisForm {
    Filter,
    Decision,
}

/// The keys of the decision's rank fields.
const RANKS: [&str; PROPOSED] = ["rank1", "rank2", "rank3"];

fn label(state: &State, id: &str) -> &'static str {
    message_static(state.lang, id).unwrap_or_default()
}

fn ids(values: Vec<&str>) -> Vec<Id> {
    values.into_iter().filter_map(|v| v.parse().ok()).collect()
}

/// The filter's form: every area (sub-areas too) and every event type.
pub fn open_filter(state: &mut State) {
    let areas = state
        .refs
        .areas
        .iter()
        .map(|a| (a.name.clone(), a.id.to_string()))
        .collect();
    let types = state
        .refs
        .event_types
        .iter()
        .map(|e| (event_type_name(e, state.lang), e.id.to_string()))
        .collect();
    let f = &state.analysis.filter;
    let as_text = |v: &[Id]| v.iter().map(Id::to_string).collect::<Vec<_>>();
    let form = Form::new(
        t!(state.lang, "tui-analysis-filter-title"),
        vec![
            Field::multi(
                "areas",
                label(state, "tui-analysis-filter-areas"),
                areas,
                &as_text(&f.areas),
            ),
            Field::multi(
                "event_types",
                label(state, "tui-analysis-filter-event-types"),
                types,
                &as_text(&f.event_types),
            ),
        ],
        state.today.year(),
    );
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::Analysis(AnalysisForm::Filter),
    })));
}

/// The decision's form: three ranks, each a choice of the ranked areas (or none), prefilled
/// with the recorded decision, else with the proposal.
pub fn open_decision(state: &mut State) {
    let lang = state.lang;
    let Some(data) = state.analysis.data.as_deref() else {
        return;
    };
    if crate::tui::screens::analysis::decision::picture_level(data.period.kind).is_none() {
        state.error(t!(lang, "tui-analysis-decision-no-level"));
        return;
    }
    if data.scores.is_empty() {
        state.error(t!(lang, "tui-analysis-decision-no-areas"));
        return;
    }
    let mut options = vec![(t!(lang, "tui-analysis-decision-no-area"), String::new())];
    options.extend(
        data.scores
            .iter()
            .map(|s| (s.name.clone(), s.area_id.to_string())),
    );
    let preset: Vec<String> = match &data.decision {
        Some(d) if !d.priorities().is_empty() => d
            .priorities()
            .iter()
            .map(|a| a.area_id.to_string())
            .collect(),
        _ => data
            .scores
            .iter()
            .take(PROPOSED)
            .map(|s| s.area_id.to_string())
            .collect(),
    };
    let labels = [
        "tui-analysis-decision-rank1",
        "tui-analysis-decision-rank2",
        "tui-analysis-decision-rank3",
    ];
    let fields = RANKS
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (key, l))| {
            let selected = preset.get(i).cloned().unwrap_or_default();
            Field::choice(key, label(state, l), options.clone(), &selected)
        })
        .collect();
    let title = t!(
        lang,
        "tui-analysis-decision-title",
        period = data.period.label(lang),
        next = data.period.next().label(lang)
    );
    let form = Form::new(title, fields, state.today.year());
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::Analysis(AnalysisForm::Decision),
    })));
}

/// A valid Analys form: the filter is applied (and the period reloaded); the decision becomes
/// one change to save. None for other forms.
pub fn submitted(state: &mut State) -> Option<Vec<Effect>> {
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return None;
    };
    let FormPurpose::Analysis(kind) = &open.purpose else {
        return None;
    };
    let f = &open.form;
    match kind {
        AnalysisForm::Filter => {
            let filter = AnalysisFilter {
                areas: ids(field_chosen(f, "areas")),
                event_types: ids(field_chosen(f, "event_types")),
            };
            state.overlay = None;
            state.analysis.filter = filter;
            state.analysis.cursor = 0;
            Some(crate::tui::screens::analysis::update::reload(state))
        }
        AnalysisForm::Decision => {
            let chosen: Vec<Id> = RANKS.iter().filter_map(|k| f.id(k)).collect();
            let lang = state.lang;
            let mut seen = Vec::new();
            for (i, key) in RANKS.iter().enumerate() {
                if let Some(id) = f.id(key) {
                    if seen.contains(&id) {
                        set_error(open, i, t!(lang, "tui-analysis-decision-twice"));
                        return Some(Vec::new());
                    }
                    seen.push(id);
                }
            }
            let Some(data) = state.analysis.data.as_deref() else {
                return Some(Vec::new());
            };
            match crate::tui::screens::analysis::decision::change(data, &chosen, lang) {
                Ok(change) => Some(vec![Effect::Save(change)]),
                Err(message) => {
                    set_error(open, 0, message);
                    Some(Vec::new())
                }
            }
        }
    }
}

fn field_chosen<'a>(form: &'a Form, key: &str) -> Vec<&'a str> {
    form.fields
        .iter()
        .find(|x| x.key == key)
        .map(|x| x.chosen())
        .unwrap_or_default()
}

fn set_error(open: &mut OpenForm, index: usize, message: String) {
    if let Some(field) = open.form.fields.get_mut(index) {
        field.error = Some(message);
        open.form.focus = index;
    }
}
