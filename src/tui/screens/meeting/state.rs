//! Möte: the meeting in progress and where on its agenda the group is.

use crate::domain::{
    AgendaItem, Area, AreaAssessment, Attendance, Meeting, MeetingSeries, SituationPicture,
};
use crate::store::queries::actions::ActionRow;

/// The agenda of a weekly meeting, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Attendance,
    /// The agenda's §§ (Godkännande av dagordning): add, change, remove, reorder.
    Agenda,
    FollowUp,
    Areas,
    Decisions,
    Events,
    NextMeeting,
    Close,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Attendance,
        Step::Agenda,
        Step::FollowUp,
        Step::Areas,
        Step::Decisions,
        Step::Events,
        Step::NextMeeting,
        Step::Close,
    ];

    pub fn title(self, lang: crate::domain::Lang) -> &'static str {
        let id = match self {
            Step::Attendance => "tui-step-attendance",
            Step::Agenda => "tui-step-agenda",
            Step::FollowUp => "tui-step-follow-up",
            Step::Areas => "tui-step-areas",
            Step::Decisions => "tui-step-decisions",
            Step::Events => "tui-step-events",
            Step::NextMeeting => "tui-step-next-meeting",
            Step::Close => "tui-step-close",
        };
        crate::tui::widgets::words::word(lang, id)
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
    /// The agenda's §§ in order (planned events apart: they are `events`): the meeting in
    /// progress's, or without one the planned meeting's.
    pub agenda: Vec<AgendaItem>,
    pub events: Vec<AgendaItem>,
    pub next_meeting: Option<Meeting>,
    /// The latest closed meeting (shown when none is in progress).
    pub last_closed: Option<Meeting>,
    /// The assessments of the last closed meeting: a new meeting starts from them.
    pub previous_assessments: Vec<AreaAssessment>,
    /// The meeting series in use: what a new meeting takes its details from.
    pub series: Option<MeetingSeries>,
    /// The series the meeting in progress is held in: the one it refers to (`series_id`), else
    /// (a meeting made before the reference, or outside the series) the series in use. Its
    /// members are listed first in the attendance.
    pub held_in: Option<MeetingSeries>,
    /// The latest meetings, newest first, cancelled ones too (shown as such).
    pub recent: Vec<Meeting>,
    /// The week at a glance: the meeting's week, or without one the current week.
    pub glance: Option<crate::tui::screens::meeting::week_glance::WeekGlance>,
    /// Per area (as `areas`), its detail for the areas step; empty without a meeting.
    pub details: Vec<crate::tui::screens::meeting::area_detail::AreaDetail>,
    /// Actions followed up at this meeting: (title, status after).
    pub followed_up: Vec<(String, Option<crate::domain::ActionStatus>)>,
}

#[derive(Debug, Clone)]
pub struct MeetingState {
    pub data: MeetingData,
    pub step: Step,
    /// The cursor within the current step's list.
    pub cursor: usize,
    /// The selected observation in the areas step's detail (its whole text is shown).
    pub observation: usize,
    /// The areas step's detail counts over 12 weeks rather than 4.
    pub heat_long: bool,
    /// An action just saved from a step (a new one, a follow-up): selected once the meeting
    /// is loaded again.
    pub select: Option<crate::domain::Id>,
}
