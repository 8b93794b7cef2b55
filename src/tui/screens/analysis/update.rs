//! The Analys screen's update: the period (kind, back, forward), the filter, the view (overview
//! or map), the selected area, the decision. No I/O here.

use crate::i18n::t;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::input::commands::{AnalysisCmd, ListCmd};
use crate::tui::screens::analysis::forms;
use crate::tui::screens::analysis::messages::{AnalysisEffect, AnalysisMsg};
use crate::tui::screens::analysis::state::{AnalysisFilter, AnalysisView, next_kind};

/// Loads the period shown with the filter (the tertial of today at first).
pub fn reload(state: &State) -> Vec<Effect> {
    vec![
        AnalysisEffect::Load {
            period: state.analysis.period_or(state.today),
            filter: state.analysis.filter.clone(),
            lang: state.lang,
        }
        .into(),
    ]
}

pub fn on_msg(state: &mut State, msg: AnalysisMsg) -> Vec<Effect> {
    match msg {
        AnalysisMsg::Loaded(data) => {
            let a = &mut state.analysis;
            // A load for a period or filter since left behind: the next answer replaces it.
            if a.period_or(state.today) != data.period || a.filter != data.filter {
                return Vec::new();
            }
            a.cursor = a.cursor.min(data.scores.len().saturating_sub(1));
            a.data = Some(data);
        }
    }
    Vec::new()
}

/// Moving among the ranked areas.
pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    let height = state.list_height;
    let a = &mut state.analysis;
    let len = a.data.as_ref().map_or(0, |d| d.scores.len());
    if let Some(delta) = crate::tui::screens::lists::delta(command, height) {
        a.cursor = (a.cursor as isize)
            .saturating_add(delta)
            .clamp(0, len.saturating_sub(1) as isize) as usize;
    } else {
        forms::open_filter(state);
    }
    Vec::new()
}

pub fn on_command(state: &mut State, command: AnalysisCmd) -> Vec<Effect> {
    let period = state.analysis.period_or(state.today);
    match command {
        AnalysisCmd::PrevPeriod => {
            state.analysis.period = Some(period.previous());
            reload(state)
        }
        AnalysisCmd::NextPeriod => {
            state.analysis.period = Some(period.next());
            reload(state)
        }
        AnalysisCmd::PeriodKind => {
            // The new kind's period around the old one's end, so a year shows the year of
            // the tertial that was shown.
            let kind = next_kind(period.kind);
            state.analysis.period = Some(crate::analysis::Period::containing(kind, period.to));
            reload(state)
        }
        AnalysisCmd::Filter => {
            forms::open_filter(state);
            Vec::new()
        }
        AnalysisCmd::ClearFilter => {
            if state.analysis.filter.is_empty() {
                return Vec::new();
            }
            state.analysis.filter = AnalysisFilter::default();
            state.analysis.cursor = 0;
            state.info(t!(state.lang, "tui-analysis-filter-cleared"));
            reload(state)
        }
        AnalysisCmd::Map => {
            state.analysis.view = match state.analysis.view {
                AnalysisView::Overview => AnalysisView::Map,
                AnalysisView::Map => AnalysisView::Overview,
            };
            Vec::new()
        }
        AnalysisCmd::Decide => {
            if state.analysis.data.is_none() {
                state.error(t!(state.lang, "tui-analysis-not-loaded"));
            } else {
                forms::open_decision(state);
            }
            Vec::new()
        }
    }
}

/// What `h` shows here: the selected area's assessment in the period's decision (its priority
/// and rank as they changed), else the decision's picture.
pub fn history_subject(state: &State) -> Option<(crate::domain::EntityKind, crate::domain::Id)> {
    use crate::domain::EntityKind;
    let data = state.analysis.data.as_deref()?;
    let decision = data.decision.as_ref()?;
    let area = state.analysis.selected_area();
    decision
        .assessments
        .iter()
        .find(|a| Some(a.area_id) == area)
        .map(|a| (EntityKind::AreaAssessment, a.id))
        .or(Some((EntityKind::SituationPicture, decision.picture.id)))
}
