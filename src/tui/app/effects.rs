//! What `update` asks the I/O side to do: loads, saves (a `Change` of records and edits, one
//! transaction), undo, jobs.

use chrono::{NaiveDate, NaiveTime};

use crate::domain::{
    Action, ActionStatus, AgendaItem, AreaAssessment, Attendance, DayPeriod, Finding, FollowUp,
    Grade, Id, Meeting, Observation, Organisation, ReviewStatus, Severity, SituationPicture,
};
use crate::tui::screens::actions::messages::ActionsEffect;
use crate::tui::screens::exchange::messages::ExchangeEffect;
use crate::tui::screens::meeting::messages::MeetingEffect;
use crate::tui::screens::situation::messages::SituationEffect;
use crate::tui::screens::text::messages::TextEffect;

/// Work for the I/O side. A screen's own work is the screen's effect type
/// (`screens/<name>/messages.rs`); `Effect` only wraps it for the route to the screen's load.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadRefs,
    Search(String),
    /// Reads a record's history, worded in `lang` (the history overlay).
    History {
        kind: crate::domain::EntityKind,
        id: Id,
        lang: crate::domain::Lang,
    },
    Save(Change),
    Undo,
    LoadDemo,
    /// Writes a report file into `dir`.
    Export(crate::tui::jobs::export::ExportRequest),
    /// `lagesbild check` of this copy, as a job.
    Check,
    // Each screen's own work, routed to it.
    Meeting(MeetingEffect),
    Situation(SituationEffect),
    Actions(ActionsEffect),
    Text(TextEffect),
    /// Partner exchange (the Utbyte screen).
    Exchange(ExchangeEffect),
    /// The Register screen's lists and writes.
    Register(crate::tui::screens::register::messages::RegisterEffect),
    /// A generated record form's write, an edit form's record, retiring (any screen).
    Record(crate::tui::forms::record::RecordEffect),
    /// The Analys screen's load.
    Analysis(crate::tui::screens::analysis::messages::AnalysisEffect),
    /// A spreadsheet's preview and import (Lägesbild and Register).
    Sheet(crate::tui::jobs::sheet_import::SheetEffect),
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
    /// What to do next, after the label on the message line; not part of what undo names.
    pub hint: Option<String>,
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
    /// Marks an observation a duplicate (dubblett) of the original picked.
    Duplicate {
        id: Id,
        of: Id,
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
    /// Deletes a record nothing else needs (an agenda item taken off the agenda).
    Delete {
        kind: crate::domain::EntityKind,
        id: Id,
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
    pub classification: crate::domain::Classification,
}

impl Change {
    pub fn new(label: impl Into<String>, records: Vec<Record>) -> Change {
        Change {
            label: label.into(),
            records,
            edits: Vec::new(),
            settings: Vec::new(),
            hint: None,
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
                Edit::Observation { id, .. }
                | Edit::ActionStatus { id, .. }
                | Edit::Duplicate { id, .. } => Some(*id),
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
    MeetingSeries(crate::domain::MeetingSeries),
}
