//! Lägesbild's messages (answers from the I/O side) and effects (work for it): the
//! observations, the overview and the police's events.

use crate::domain::{Id, IsoWeek};
use crate::store::queries::Page;
use crate::store::queries::observations::ObservationRow;
use crate::store::queries::police_events::PoliceEventRow;
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::situation::police::PromoteRequest;
use crate::tui::screens::situation::state::{ObsFilter, Overview};

/// Answers for Lägesbild.
#[derive(Debug, Clone)]
pub enum SituationMsg {
    Observations {
        total: usize,
        page: Page,
        rows: Vec<ObservationRow>,
        reset: bool,
        /// `total` is a lower bound: there are more.
        more: bool,
        /// What the duplicates among `rows` duplicate ("Dubblett av …").
        originals: Vec<(Id, crate::tui::screens::situation::duplicate::Original)>,
    },
    Overview(Overview),
    /// The week's police events for the own municipality.
    Police {
        week: IsoWeek,
        rows: Vec<PoliceEventRow>,
    },
    /// The observations that may be the original of one marked a duplicate.
    DuplicateCandidates {
        of: Box<ObservationRow>,
        rows: Vec<ObservationRow>,
    },
    /// Promoting needs a confirmation: the summary looks like personal data.
    PromoteNeedsConfirm {
        request: PromoteRequest,
        warning: String,
    },
}

/// Work for the I/O side on Lägesbild.
#[derive(Debug, Clone, PartialEq)]
pub enum SituationEffect {
    LoadObservations {
        filter: ObsFilter,
        page: Page,
        reset: bool,
        /// Count every match. While a filter is being typed the count is skipped: the list
        /// shows "120+" until the filter is done (Enter), so each key stays fast.
        exact: bool,
    },
    LoadOverview,
    /// Finds where an observation stands in the filtered list, to select it.
    Locate {
        filter: ObsFilter,
        id: Id,
    },
    LoadPolice(IsoWeek),
    /// Reads the possible originals of an observation being marked a duplicate.
    DuplicateCandidates(Box<ObservationRow>),
    Promote(PromoteRequest),
    /// Fetches the police's feed for the own municipality (a job: it goes over the network).
    FetchPolice,
}

impl From<SituationMsg> for Msg {
    fn from(m: SituationMsg) -> Msg {
        Msg::Situation(m)
    }
}

impl From<SituationEffect> for Effect {
    fn from(e: SituationEffect) -> Effect {
        Effect::Situation(e)
    }
}
