//! A list's load that a later one replaces: typing into a filter asks for the list again on
//! every key, and when the keys come faster than the store answers, only the last key's list
//! is worth reading. The store worker drops a load still waiting in its queue when a later
//! load of the same list (from its top, replacing every row) waits behind it.

use std::collections::VecDeque;

use crate::tui::app::effects::Effect;
use crate::tui::screens::actions::messages::ActionsEffect;
use crate::tui::screens::situation::messages::SituationEffect;

/// Which list a load fills, and whether it starts the list afresh (replacing every row and
/// the cursor) — only such a load makes the ones before it needless.
fn list_load(effect: &Effect) -> Option<(ListOf, bool)> {
    match effect {
        Effect::Situation(SituationEffect::LoadObservations { reset, .. }) => {
            Some((ListOf::Observations, *reset))
        }
        Effect::Actions(ActionsEffect::Load { reset, .. }) => Some((ListOf::Actions, *reset)),
        Effect::Analysis(_) => Some((ListOf::Analysis, true)),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListOf {
    Observations,
    Actions,
    Analysis,
}

/// Whether `effect` need not run because a load waiting after it replaces its answer.
pub fn is_superseded(effect: &Effect, waiting: &VecDeque<Effect>) -> bool {
    let Some((list, _)) = list_load(effect) else {
        return false;
    };
    waiting
        .iter()
        .any(|later| list_load(later) == Some((list, true)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::queries::Page;
    use crate::tui::screens::situation::state::ObsFilter;

    fn observations(text: &str, reset: bool) -> Effect {
        SituationEffect::LoadObservations {
            filter: ObsFilter {
                text: text.into(),
                ..ObsFilter::default()
            },
            page: Page::new(0, 120),
            reset,
            exact: false,
        }
        .into()
    }

    #[test]
    fn a_list_load_is_dropped_only_for_a_later_fresh_load_of_the_same_list() {
        let waiting = VecDeque::from([Effect::LoadRefs, observations("kl", true)]);
        assert!(is_superseded(&observations("k", true), &waiting));
        assert!(
            is_superseded(&observations("k", false), &waiting),
            "a page too"
        );
        assert!(
            !is_superseded(&Effect::LoadRefs, &waiting),
            "not a list load"
        );

        let page_after = VecDeque::from([observations("k", false)]);
        assert!(
            !is_superseded(&observations("k", true), &page_after),
            "a page after a fresh load does not replace it (the cursor's reset)"
        );
        let actions_after = VecDeque::from([Effect::Actions(ActionsEffect::Load {
            filter: Default::default(),
            page: Page::new(0, 120),
            reset: true,
        })]);
        assert!(
            !is_superseded(&observations("k", true), &actions_after),
            "another list"
        );
    }
}
