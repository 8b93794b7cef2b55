//! The search overlay: Enter on a hit goes to the observation or action it names.

use crate::domain::{EntityKind, Vocabulary};
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Overlay, State};
use crate::tui::screens::Screen;

/// Enter on a search hit: go to the observation or action it names.
pub fn open_search_hit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Search(s)) = &state.overlay else {
        return Vec::new();
    };
    let Some(hit) = s.hits.get(s.cursor).cloned() else {
        return Vec::new();
    };
    let words = s.query.text();
    state.overlay = None;
    match hit.kind {
        EntityKind::Observation => {
            state.observations.filter = crate::tui::screens::situation::state::ObsFilter {
                text: words,
                ..Default::default()
            };
            crate::tui::app::update::switch(state, Screen::Observations.index())
        }
        EntityKind::Action => {
            state.actions.filter = crate::tui::screens::actions::state::ActionFilterState {
                text: words,
                ..Default::default()
            };
            crate::tui::app::update::switch(state, Screen::Actions.index())
        }
        other => {
            state.info(format!("{}: {}", other.label_sv(), hit.title));
            Vec::new()
        }
    }
}
