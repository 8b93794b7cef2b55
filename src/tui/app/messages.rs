//! What flows through the loop: messages into `update` (keys, and answers from the store), and
//! the effects `update` asks the I/O side to carry out. A screen's own answers are the screen's
//! message type (`screens/<name>/messages.rs`); `Msg` only wraps them for the route to the screen.

use crossterm::event::KeyEvent;

use crate::store::search::SearchHit;
use crate::tui::app::state::Refs;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::messages::ActionsMsg;
use crate::tui::screens::exchange::messages::ExchangeMsg;
use crate::tui::screens::meeting::messages::MeetingMsg;
use crate::tui::screens::situation::messages::SituationMsg;
use crate::tui::screens::text::messages::TextMsg;

/// A message to `update`. (Called `Msg` rather than `Action`: `Action` is the domain's åtgärd.)
#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Resize(u16, u16),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    Refs(Refs),
    SearchHits(Vec<SearchHit>),
    /// A record's history, for the history overlay.
    History(Box<crate::services::history::ReadableHistory>),
    /// A change was written; `undoable` when `undo` can take it back; `hint` follows the
    /// label on the message line (not in the undo label).
    Saved {
        label: String,
        undoable: bool,
        hint: Option<String>,
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
    /// A job stopped at the user's request; the sentence says what is left (nothing).
    Cancelled(String),
    /// Something done that changed nothing (a check that found all well).
    Info(String),
    /// Time for the periodic fetch of the police's feed (`polisen_refresh_minutes`).
    RefreshPolice,
    /// The export's file is there already: the user is asked before it is replaced.
    ExportExists {
        request: crate::tui::jobs::export::ExportRequest,
        path: std::path::PathBuf,
    },
    /// A background job started, moved on or ended.
    Job(crate::tui::app::jobs::JobEvent),
    /// Time passed while a job runs (the spinner moves).
    Tick,
    // Each screen's own answers, routed to it.
    Meeting(MeetingMsg),
    Situation(SituationMsg),
    Actions(ActionsMsg),
    Text(TextMsg),
    Exchange(Box<ExchangeMsg>),
    Register(Box<crate::tui::screens::register::messages::RegisterMsg>),
    Record(Box<crate::tui::forms::record::RecordMsg>),
    Analysis(Box<crate::tui::screens::analysis::messages::AnalysisMsg>),
    /// What a spreadsheet would bring: the preview to confirm.
    SheetPreview(Box<crate::tui::jobs::sheet_import::SheetPreview>),
}
