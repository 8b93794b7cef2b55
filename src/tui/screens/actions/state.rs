//! Åtgärder: the filter, the paged list and the chain around the selected action.

use crate::domain::{Action, FollowUp, Id};
use crate::store::queries::actions::ActionRow;
use crate::tui::widgets::paged::Paged;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActionFilterState {
    pub text: String,
    pub status: Option<crate::domain::ActionStatus>,
    pub overdue_only: bool,
    /// Only actions whose text may hold personal data (the list's mark).
    pub personal_data_only: bool,
    pub owner: Option<Id>,
    /// Only actions of this plan item (navigating the chain back from a problem).
    pub plan_item: Option<Id>,
}

/// The chain around one action: plan item → problem, causes, goal, indicators, and history.
#[derive(Debug, Clone, Default)]
pub struct ActionDetail {
    pub action: Option<Action>,
    pub follow_ups: Vec<FollowUp>,
    pub plan_item: Option<String>,
    pub problem: Option<String>,
    pub causes: Vec<String>,
    pub goal: Option<String>,
    pub indicators: Vec<String>,
    pub other_actions_in_chain: usize,
}

#[derive(Debug, Clone, Default)]
pub struct ActionsState {
    pub filter: ActionFilterState,
    pub list: Paged<ActionRow>,
    pub detail: ActionDetail,
    /// The plan view is shown instead of the list (`p` toggles).
    pub plan_view: bool,
    /// The plan view: each action plan as its chain, one record a line.
    pub plan: crate::tui::screens::text::state::TextScreen,
}
