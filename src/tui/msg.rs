//! What flows through the loop: messages into `update` (keys, and answers from the store), and
//! the effects `update` asks the I/O side to carry out.

use crossterm::event::KeyEvent;

use super::state::ActionFilterState;
use super::state::{ActionDetail, Line, MeetingData, ObsFilter, Overview, Refs, Screen};
use chrono::{NaiveDate, NaiveTime};

use crate::domain::{
    Action, ActionStatus, AgendaItem, AreaAssessment, Attendance, DayPeriod, Finding, FollowUp,
    Grade, Id, Meeting, Observation, Organisation, ReviewStatus, Severity, SituationPicture,
};
use crate::store::queries::Page;
use crate::store::queries::actions::ActionRow;
use crate::store::queries::observations::ObservationRow;
use crate::store::search::SearchHit;

/// A message to `update`. (Called `Msg` rather than `Action`: `Action` is the domain's åtgärd.)
#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Resize(u16, u16),
    Refs(Refs),
    Meeting(Box<MeetingData>),
    Observations {
        total: usize,
        page: Page,
        rows: Vec<ObservationRow>,
        reset: bool,
        /// `total` is a lower bound: there are more.
        more: bool,
    },
    Overview(Overview),
    Actions {
        total: usize,
        page: Page,
        rows: Vec<ActionRow>,
        reset: bool,
    },
    ActionDetail(Box<ActionDetail>),
    Text(Screen, Vec<Line>),
    SearchHits(Vec<SearchHit>),
    /// A change was written; `undoable` when `undo` can take it back.
    Saved {
        label: String,
        undoable: bool,
    },
    /// A change was undone; `next` is what another undo would take back.
    Undone {
        label: String,
        next: Option<String>,
    },
    /// Where a record stands in the current screen's list (None: the filter leaves it out).
    Located {
        screen: Screen,
        index: Option<usize>,
    },
    /// Something the user should read (a Swedish sentence that says what to do).
    Failed(String),
    /// An answer for the Utbyte screen.
    Exchange(Box<super::exchange_state::ExchangeMsg>),
    /// The week's police events for the own municipality.
    Police {
        week: crate::domain::IsoWeek,
        rows: Vec<crate::store::queries::police_events::PoliceEventRow>,
    },
    /// Promoting needs a confirmation: the summary looks like personal data.
    PromoteNeedsConfirm {
        request: super::police::PromoteRequest,
        warning: String,
    },
}

/// Work for the I/O side.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadRefs,
    LoadMeeting,
    LoadObservations {
        filter: ObsFilter,
        page: Page,
        reset: bool,
        /// Count every match. While a filter is being typed the count is skipped: the list
        /// shows "120+" until the filter is done (Enter), so each key stays fast.
        exact: bool,
    },
    LoadOverview,
    LoadActions {
        filter: ActionFilterState,
        page: Page,
        reset: bool,
    },
    LoadActionDetail(Id),
    /// Finds where a record stands in a filtered list, to select it.
    LocateObservation {
        filter: ObsFilter,
        id: Id,
    },
    LocateAction {
        filter: ActionFilterState,
        id: Id,
    },
    LoadText(Screen),
    Search(String),
    Save(Change),
    Undo,
    LoadDemo,
    /// Partner exchange (the Utbyte screen).
    Exchange(super::exchange_state::ExchangeEffect),
    LoadPolice(crate::domain::IsoWeek),
    Promote(super::police::PromoteRequest),
    /// Writes a report file into `dir`.
    Export {
        doc: super::export::ExportDoc,
        format: crate::report::Format,
        dir: std::path::PathBuf,
    },
}

/// One user change: written in one transaction, undoable as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What happened, for the message line ("Iakttagelsen sparades.").
    pub label: String,
    /// Records to create or update (the whole new state of each).
    pub records: Vec<Record>,
    /// Changes to records the UI holds only in part: read, changed by the domain's rules,
    /// written back, in the same transaction.
    pub edits: Vec<Edit>,
    /// This copy's settings (not shared, not in the op log): municipality, own organisation.
    pub settings: Vec<(&'static str, String)>,
}

/// A change to a stored record that the I/O side reads first.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Changes an action's status by the status rules (keeps `done_on` in step).
    ActionStatus {
        id: Id,
        to: ActionStatus,
    },
    Review {
        id: Id,
        to: ReviewStatus,
    },
    Observation {
        id: Id,
        patch: Box<ObservationPatch>,
    },
    /// A finding got its action.
    LinkFinding {
        finding: Id,
        action: Id,
    },
    /// A planned meeting starts now.
    StartMeeting {
        id: Id,
    },
    /// Closes the meeting and establishes (fastställer) its situation picture.
    CloseMeeting {
        meeting: Id,
        picture: Option<Id>,
    },
}

/// The fields of an observation its form edits.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservationPatch {
    pub occurred_on: NaiveDate,
    pub time_from: Option<NaiveTime>,
    pub day_period: Option<DayPeriod>,
    pub area_id: Id,
    pub place_id: Option<Id>,
    pub event_type_id: Id,
    pub reporting_org_id: Id,
    pub severity: Severity,
    pub grade: Grade,
    pub description: String,
    pub pii_confirmed: bool,
}

impl Change {
    pub fn new(label: impl Into<String>, records: Vec<Record>) -> Change {
        Change {
            label: label.into(),
            records,
            edits: Vec::new(),
            settings: Vec::new(),
        }
    }

    /// The observation or action the change is about: selected in its list once saved.
    pub fn subject(&self) -> Option<Id> {
        let record = self.records.iter().find_map(|r| match r {
            Record::Observation(o) => Some(o.id),
            Record::Action(a) => Some(a.id),
            _ => None,
        });
        record.or_else(|| {
            self.edits.iter().find_map(|e| match e {
                Edit::Observation { id, .. } | Edit::ActionStatus { id, .. } => Some(*id),
                _ => None,
            })
        })
    }
}

/// A record of any kind the UI writes.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Observation(Observation),
    Action(Action),
    FollowUp(FollowUp),
    Attendance(Attendance),
    AreaAssessment(AreaAssessment),
    Meeting(Meeting),
    SituationPicture(SituationPicture),
    AgendaItem(AgendaItem),
    Finding(Finding),
    Organisation(Organisation),
}
