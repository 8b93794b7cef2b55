//! The UI state: plain structs, no I/O. `update` changes it, `render` draws it.

use chrono::NaiveDate;

use crate::domain::{Area, AreaAssessment, EventType, Id, Lang, Organisation, Place};
use crate::store::search::SearchHit;
use crate::tui::input::keymap::Keymap;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::state::ActionsState;
use crate::tui::screens::meeting::state::{MeetingData, MeetingState, Step};
use crate::tui::screens::situation::state::ObsState;
use crate::tui::screens::text::state::TextScreen;
use crate::tui::widgets::form::Form;
use crate::tui::widgets::line_editor::LineEditor;
use crate::tui::widgets::theme::Theme;

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
    /// The copy's own names, which the personal-data check knows are not people.
    pub pii_register: crate::domain::pii::Register,
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

/// What a form saves into.
#[derive(Debug, Clone, PartialEq)]
pub enum FormPurpose {
    Onboarding,
    NewObservation,
    EditObservation(Id),
    /// Marks the observation a duplicate of the original the form picks.
    Duplicate {
        observation: Id,
        lang: Lang,
    },
    NewAction {
        meeting: Option<Id>,
    },
    FollowUp {
        action: Id,
    },
    PlannedEvent {
        meeting: Id,
    },
    NextMeeting {
        after: Id,
    },
    FindingToAction {
        finding: Id,
    },
    /// A new action for a plan item (from Åtgärder's plan view).
    PlanItemAction {
        item: Id,
    },
    // Adds or removes one hot spot of an area's assessment (created on save if new).
    HotSpot(Box<AreaAssessment>),
    Exchange(crate::tui::screens::exchange::state::ExchangeForm),
    /// A form generated from the registry (`forms::record`), on any screen.
    Record(Box<crate::tui::forms::record::RecordForm>),
    /// Asks which kind of record to make where several fit.
    NewRecordOf(Vec<crate::tui::forms::record::NewRecord>),
    /// A record's status and a follow-up line (agreement priorities and activities, measures).
    RecordFollowUp(Box<crate::tui::forms::record_follow_up::FollowUpForm>),
    /// The meeting series, a meeting's details, a § of its agenda, an attendance.
    Meeting(Box<crate::tui::screens::meeting::forms::MeetingPurpose>),
    /// A spreadsheet of this kind to read in (the file's path).
    SheetImport(crate::sheets::SheetKind),
    /// The Analys screen's filter and its decision of priority areas.
    Analysis(crate::tui::screens::analysis::forms::AnalysisForm),
    // Not saved as records: an export's format, and a police event's promotion (police id).
    Export(crate::tui::jobs::export::ExportDoc),
    PromotePolice(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct OpenForm {
    pub form: Form,
    pub purpose: FormPurpose,
}

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// What is typed (a line editor: cursor moves, Ctrl+W, paste).
    pub query: LineEditor,
    pub hits: Vec<SearchHit>,
    pub cursor: usize,
}

/// A popup over the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        /// What is typed to narrow the bindings.
        filter: LineEditor,
        scroll: usize,
    },
    Search(SearchState),
    Form(Box<OpenForm>),
    /// A record's history (`h`).
    History(Box<crate::tui::overlays::history::HistoryOverlay>),
    /// Asks before something that cannot be taken back in one key (closing a meeting).
    Confirm {
        question: String,
        on_yes: Confirmed,
        /// What "no" goes back to (the form whose changes were about to be thrown away).
        back: Option<Box<Overlay>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Confirmed {
    CloseMeeting,
    /// Starts a meeting other than this week's planned one.
    StartMeeting,
    /// Calls the meeting off (inställt).
    CancelMeeting(Id),
    /// Closes a form and throws its changes away.
    DiscardForm,
    /// Quits, throwing a form's changes away.
    Quit,
    LoadDemo,
    /// Imports a bundle whose preview the user has read.
    ImportBundle(std::path::PathBuf),
    /// Reads in a spreadsheet whose preview the user has read.
    ImportSheet(crate::tui::jobs::sheet_import::SheetRequest),
    PromotePolice(crate::tui::screens::situation::police::PromoteRequest),
    /// Writes an export over the file of the same name that is there already.
    OverwriteExport(crate::tui::jobs::export::ExportRequest),
    /// Deletes a record, or deactivates it when others refer to it.
    Retire {
        target: crate::tui::forms::record::Target,
        deactivate: bool,
    },
    /// Purges a deleted record's text (gallring): for good, nothing to undo.
    Purge(crate::tui::forms::record::Target),
    /// Writes a partner's bundle over the file of the same name that is there already.
    OverwriteBundle {
        partner: String,
        file: std::path::PathBuf,
    },
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
    /// The editor of the filter being typed (its text is the screen's filter text).
    pub filter_editor: LineEditor,
    pub status: Option<Status>,
    /// A description of the change `undo` would take back.
    pub undo_label: Option<String>,
    /// The record a change being saved is about: selected in its list once saved.
    pub select_after_save: Option<Id>,
    /// Where the cursor stays when that record has left the filtered list (marked reviewed in
    /// the review queue): the row that took its place.
    pub cursor_after_save: Option<usize>,
    /// A record a generated form just wrote: the screen selects it once its list is loaded.
    pub select_record: Option<Id>,
    /// What the generated forms' pickers offer (`forms::record::PICKED`), loaded after the
    /// first frame and after every change.
    pub choices: crate::tui::forms::registry::Choices,
    pub meeting: MeetingState,
    pub observations: ObsState,
    pub actions: ActionsState,
    pub agreement: TextScreen,
    pub prevention: TextScreen,
    pub places: TextScreen,
    pub exchange: crate::tui::screens::exchange::state::ExchangeState,
    pub register: crate::tui::screens::register::state::RegisterState,
    pub analysis: crate::tui::screens::analysis::state::AnalysisState,
    /// The terminal's height (from the last resize).
    pub height: u16,
    /// Rows a list can show (from the last terminal size), for paging.
    pub list_height: usize,
    /// Where exports are written (the current directory; tests set a temp dir).
    pub export_dir: std::path::PathBuf,
    /// The demo is being loaded (onboarding waits for it).
    pub loading_demo: bool,
    /// Background jobs running now (drawn as a gauge).
    pub jobs: crate::tui::app::jobs::Jobs,
    /// How often the police's feed is fetched while the app is open (config; None: never).
    pub police_refresh: Option<std::time::Duration>,
    pub quit: bool,
}

impl State {
    pub fn new(today: NaiveDate, lang: Lang, keymap: Keymap, theme: Theme) -> State {
        let keymap = Keymap { lang, ..keymap };
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
            filter_editor: LineEditor::default(),
            status: None,
            undo_label: None,
            select_after_save: None,
            cursor_after_save: None,
            select_record: None,
            choices: Default::default(),
            meeting: MeetingState {
                data: MeetingData::default(),
                step: Step::Attendance,
                cursor: 0,
                select: None,
                observation: 0,
                heat_long: false,
            },
            observations: ObsState::default(),
            actions: ActionsState::default(),
            agreement: TextScreen::default(),
            prevention: TextScreen::default(),
            places: TextScreen::default(),
            exchange: Default::default(),
            register: Default::default(),
            analysis: Default::default(),
            height: 24,
            list_height: 15,
            export_dir: std::path::PathBuf::from("."),
            loading_demo: false,
            jobs: Default::default(),
            police_refresh: None,
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
