//! The Analys screen's messages (answers from the I/O side) and effects (work for it).

use crate::analysis::Period;
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::analysis::model::AnalysisData;
use crate::tui::screens::analysis::state::AnalysisFilter;

#[derive(Debug, Clone)]
pub enum AnalysisMsg {
    /// The period's view-models.
    Loaded(Box<AnalysisData>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum AnalysisEffect {
    /// Reads the period (with the previous period and the same period a year earlier) and
    /// builds its view-models.
    Load {
        period: Period,
        filter: AnalysisFilter,
        lang: crate::domain::Lang,
    },
}

impl From<AnalysisEffect> for Effect {
    fn from(e: AnalysisEffect) -> Effect {
        Effect::Analysis(e)
    }
}

impl From<AnalysisMsg> for Msg {
    fn from(m: AnalysisMsg) -> Msg {
        Msg::Analysis(Box::new(m))
    }
}
