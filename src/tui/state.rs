//! The UI state: plain structs, no I/O. `update` changes it, `render` draws it.

use chrono::NaiveDate;

use super::form::Form;
use super::keymap::Keymap;
use super::paged::Paged;
use super::theme::Theme;
use crate::domain::{
    Action, AgendaItem, Area, AreaAssessment, Attendance, EventType, FollowUp, Id, Lang, Meeting,
    Organisation, Place, SituationPicture,
};
use crate::store::queries::actions::ActionRow;
use crate::store::queries::observations::ObservationRow;
use crate::store::search::SearchHit;

pub use super::screen::Screen;

/// Names of the records forms and lists refer to, loaded once and after changes.
#[derive(Debug, Clone, Default)]
pub struct Refs {
    pub organisations: Vec<Organisation>,
    /// Active areas, in Swedish order.
    pub areas: Vec<Area>,
    pub places: Vec<Place>,
    pub event_types: Vec<EventType>,
    pub municipality: Option<String>,
    pub own_organisation: Option<Id>,
}

impl Refs {
    pub fn is_empty_database(&self) -> bool {
        self.organisations.is_empty() && self.areas.is_empty()
    }

    pub fn org_name(&self, id: Option<Id>) -> String {
        id.and_then(|id| self.organisations.iter().find(|o| o.id == id))
            .map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()))
            .unwrap_or_default()
    }

    pub fn place_name(&self, id: Id) -> String {
        self.places
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }
}

/// The agenda of a weekly meeting, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Attendance,
    FollowUp,
    Areas,
    Decisions,
    Events,
    NextMeeting,
    Close,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Attendance,
        Step::FollowUp,
        Step::Areas,
        Step::Decisions,
        Step::Events,
        Step::NextMeeting,
        Step::Close,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Step::Attendance => "Närvaro",
            Step::FollowUp => "Uppföljning av åtgärder",
            Step::Areas => "Lägesbild område för område",
            Step::Decisions => "Beslut och nya åtgärder",
            Step::Events => "Planerade händelser",
            Step::NextMeeting => "Nästa möte",
            Step::Close => "Avsluta och fastställ",
        }
    }
}

/// One area in the meeting's lägesbild step.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaLine {
    pub area: Area,
    /// 0 for a top-level area, 1 for an area inside it, …
    pub depth: usize,
    pub this_week: usize,
    /// The four weeks before, oldest first.
    pub previous: [usize; 4],
    pub escalated: usize,
    pub assessment: Option<AreaAssessment>,
}

impl AreaLine {
    pub fn previous_average(&self) -> f64 {
        self.previous.iter().sum::<usize>() as f64 / 4.0
    }
}

/// Everything the Möte screen shows, loaded from the store.
#[derive(Debug, Clone, Default)]
pub struct MeetingData {
    /// The meeting in progress, if any.
    pub meeting: Option<Meeting>,
    pub picture: Option<SituationPicture>,
    pub attendance: Vec<Attendance>,
    /// Open actions from earlier meetings (and plans), earliest deadline first.
    pub open_actions: Vec<ActionRow>,
    pub areas: Vec<AreaLine>,
    pub decided: Vec<ActionRow>,
    pub events: Vec<AgendaItem>,
    pub next_meeting: Option<Meeting>,
    /// The latest closed meeting (shown when none is in progress).
    pub last_closed: Option<Meeting>,
    /// The assessments of the last closed meeting: a new meeting starts from them.
    pub previous_assessments: Vec<AreaAssessment>,
    /// Actions followed up at this meeting: (title, status after).
    pub followed_up: Vec<(String, Option<crate::domain::ActionStatus>)>,
}

#[derive(Debug, Clone)]
pub struct MeetingState {
    pub data: MeetingData,
    pub step: Step,
    /// The cursor within the current step's list.
    pub cursor: usize,
}

/// The Lägesbild screen's filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObsFilter {
    pub text: String,
    pub review_queue: bool,
    pub escalated_only: bool,
    pub area: Option<Id>,
    pub week: Option<crate::domain::IsoWeek>,
}

/// The area × week overview: counts for the last weeks per area.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overview {
    pub weeks: Vec<crate::domain::IsoWeek>,
    /// (area name, counts per week, latest assessment level and trend).
    pub rows: Vec<OverviewRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub area: String,
    pub counts: Vec<usize>,
    pub level: Option<crate::domain::AreaLevel>,
    pub trend: Option<crate::domain::Trend>,
}

#[derive(Debug, Clone, Default)]
pub struct ObsState {
    pub filter: ObsFilter,
    pub list: Paged<ObservationRow>,
    /// The list's total is a lower bound (counting was skipped while typing a filter).
    pub more: bool,
    pub show_overview: bool,
    pub overview: Overview,
    /// The police's open events of the week (toggled with `p`).
    pub police: super::police::PoliceState,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActionFilterState {
    pub text: String,
    pub status: Option<crate::domain::ActionStatus>,
    pub overdue_only: bool,
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
}

/// A screen that shows text lines loaded from the store (agreement, prevention, places).
#[derive(Debug, Clone, Default)]
pub struct TextScreen {
    pub lines: Vec<Line>,
    pub cursor: usize,
    pub filter: String,
}

/// A line of a text screen; `strong` lines are headings, `record` the id a key can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub strong: bool,
    pub warn: bool,
    pub record: Option<Id>,
}

impl Line {
    pub fn heading(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            strong: true,
            warn: false,
            record: None,
        }
    }
    pub fn plain(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            strong: false,
            warn: false,
            record: None,
        }
    }
}

impl TextScreen {
    /// The lines matching the filter (headings always stay).
    pub fn visible(&self) -> Vec<&Line> {
        let f = self.filter.to_lowercase();
        self.lines
            .iter()
            .filter(|l| f.is_empty() || l.strong || l.text.to_lowercase().contains(&f))
            .collect()
    }
}

/// What a form saves into.
#[derive(Debug, Clone, PartialEq)]
pub enum FormPurpose {
    Onboarding,
    NewObservation,
    EditObservation(Id),
    NewAction { meeting: Option<Id> },
    FollowUp { action: Id },
    PlannedEvent { meeting: Id },
    NextMeeting { after: Id },
    FindingToAction { finding: Id },
    // Adds or removes one hot spot of an area's assessment (created on save if new).
    HotSpot(Box<AreaAssessment>),
    Exchange(super::exchange_state::ExchangeForm),
    // Not saved as records: an export's format, and a police event's promotion (police id).
    Export(super::export::ExportDoc),
    PromotePolice(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct OpenForm {
    pub form: Form,
    pub purpose: FormPurpose,
}

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<SearchHit>,
    pub cursor: usize,
}

/// A popup over the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        filter: String,
        scroll: usize,
    },
    Search(SearchState),
    Form(Box<OpenForm>),
    /// Asks before something that cannot be taken back in one key (closing a meeting).
    Confirm {
        question: String,
        on_yes: Confirmed,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Confirmed {
    CloseMeeting,
    LoadDemo,
    /// Imports a bundle whose preview the user has read.
    ImportBundle(std::path::PathBuf),
    PromotePolice(super::police::PromoteRequest),
}

/// The message line: what just happened or went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct State {
    pub today: NaiveDate,
    pub lang: Lang,
    pub keymap: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    pub refs: Refs,
    /// Shown instead of the tabs on an empty database.
    pub onboarding: bool,
    pub overlay: Option<Overlay>,
    /// Typing goes to the current screen's filter.
    pub filter_editing: bool,
    pub status: Option<Status>,
    /// A description of the change `undo` would take back.
    pub undo_label: Option<String>,
    /// The record a change being saved is about: selected in its list once saved.
    pub select_after_save: Option<Id>,
    pub meeting: MeetingState,
    pub observations: ObsState,
    pub actions: ActionsState,
    pub agreement: TextScreen,
    pub prevention: TextScreen,
    pub places: TextScreen,
    pub exchange: super::exchange_state::ExchangeState,
    /// Rows a list can show (from the last terminal size), for paging.
    pub list_height: usize,
    /// Where exports are written (the current directory; tests set a temp dir).
    pub export_dir: std::path::PathBuf,
    pub quit: bool,
}

impl State {
    pub fn new(today: NaiveDate, lang: Lang, keymap: Keymap, theme: Theme) -> State {
        State {
            today,
            lang,
            keymap,
            theme,
            screen: Screen::Meeting,
            refs: Refs::default(),
            onboarding: false,
            overlay: None,
            filter_editing: false,
            status: None,
            undo_label: None,
            select_after_save: None,
            meeting: MeetingState {
                data: MeetingData::default(),
                step: Step::Attendance,
                cursor: 0,
            },
            observations: ObsState::default(),
            actions: ActionsState::default(),
            agreement: TextScreen::default(),
            prevention: TextScreen::default(),
            places: TextScreen::default(),
            exchange: Default::default(),
            list_height: 15,
            export_dir: std::path::PathBuf::from("."),
            quit: false,
        }
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}
