//! The setup checklist of a new municipality: areas → places → partner organisations → the
//! meeting series → the first meeting. It stays on the Register screen until every step is done; its key opens the
//! form of the first step not done.

use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::screens::Screen;
use crate::tui::screens::register::forms;
use crate::tui::screens::register::state::Section;

/// How far the copy is set up (counted when the register loads).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Setup {
    pub areas: usize,
    pub places: usize,
    /// Organisations besides the own one.
    pub partners: usize,
    /// Meeting series in use.
    pub series: usize,
    pub meetings: usize,
}

/// A step of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Areas,
    Places,
    Partners,
    Series,
    FirstMeeting,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Areas,
        Step::Places,
        Step::Partners,
        Step::Series,
        Step::FirstMeeting,
    ];
}

impl Setup {
    pub fn done(&self, step: Step) -> bool {
        match step {
            Step::Areas => self.areas > 0,
            Step::Places => self.places > 0,
            Step::Partners => self.partners > 0,
            Step::Series => self.series > 0,
            Step::FirstMeeting => self.meetings > 0,
        }
    }

    /// The first step not done; `None` when the copy is set up.
    pub fn next(&self) -> Option<Step> {
        Step::ALL.into_iter().find(|s| !self.done(*s))
    }
}

/// Opens the form of the first step not done (the meeting: Möte, where it starts).
pub fn next_step(state: &mut State) -> Vec<Effect> {
    let section = match state.register.setup.unwrap_or_default().next() {
        None => {
            state.info(crate::tui::screens::register::words::setup_done(state.lang));
            return Vec::new();
        }
        Some(Step::Areas) => Section::Areas,
        Some(Step::Places) => Section::Places,
        Some(Step::Partners) => Section::Organisations,
        Some(Step::Series) => {
            let fx = crate::tui::app::update::switch(state, Screen::Meeting.index());
            crate::tui::screens::meeting::series::open(state);
            return fx;
        }
        Some(Step::FirstMeeting) => {
            let mut fx = crate::tui::app::update::switch(state, Screen::Meeting.index());
            fx.extend(crate::tui::screens::meeting::update::on_command(
                state,
                MeetingCmd::New,
            ));
            return fx;
        }
    };
    let mut fx = Vec::new();
    if state.register.section != section {
        state.register.section = section;
        state.register.rows.clear();
        state.register.loaded = false;
        state.register.filter.clear();
        state.register.cursor = 0;
        fx = crate::tui::screens::register::update::reload(state);
    }
    forms::open_new(state);
    fx
}
