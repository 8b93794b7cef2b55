//! What flows through the loop: messages into `update` (keys, and answers from the store), and
//! the effects `update` asks the I/O side to carry out.

use crossterm::event::KeyEvent;

use crate::tui::app::state::Refs;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::state::ActionDetail;
use crate::tui::screens::meeting::state::MeetingData;
use crate::tui::screens::situation::state::Overview;
use crate::tui::screens::text::state::Line;

use crate::store::queries::Page;
use crate::store::queries::actions::ActionRow;
use crate::store::queries::observations::ObservationRow;
use crate::store::search::SearchHit;

/// A message to `update`. (Called `Msg` rather than `Action`: `Action` is the domain's åtgärd.)
#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Resize(u16, u16),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
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
    /// The export's file is there already: the user is asked before it is replaced.
    ExportExists {
        request: crate::tui::jobs::export::ExportRequest,
        path: std::path::PathBuf,
    },
    /// An answer for the Utbyte screen.
    Exchange(Box<crate::tui::screens::exchange::state::ExchangeMsg>),
    /// The week's police events for the own municipality.
    Police {
        week: crate::domain::IsoWeek,
        rows: Vec<crate::store::queries::police_events::PoliceEventRow>,
    },
    /// A background job started, moved on or ended.
    Job(crate::tui::app::jobs::JobEvent),
    /// Time passed while a job runs (the spinner moves).
    Tick,
    /// Promoting needs a confirmation: the summary looks like personal data.
    PromoteNeedsConfirm {
        request: crate::tui::screens::situation::police::PromoteRequest,
        warning: String,
    },
}
