//! The samverkansmöte: attendance, the agenda and its decisions.

use chrono::{NaiveDate, NaiveTime};

use super::entity::entity;
use super::id::Id;
use super::vocab::{AgendaKind, MeetingKind, MeetingStatus, Presence};
use super::week::IsoWeek;

entity! {
    Meeting => Meeting {
        kind: MeetingKind,
        /// The group, e.g. "Samverkansgrupp trygghet (EST)".
        group_name: String [name],
        date: NaiveDate,
        start_time: Option<NaiveTime>,
        end_time: Option<NaiveTime>,
        location: String,
        /// Function (and optionally name) of the chair.
        chair: String,
        note_taker: String,
        /// Justerare.
        adjuster: Option<String>,
        status: MeetingStatus,
        /// The date the minutes were approved (justerade).
        approved_on: Option<NaiveDate>,
        dnr: Option<String>,
        notes: String [free_text],
        /// The series the meeting was held in (none for a meeting made before the reference
        /// existed, lagesbild 0.3.0, or one outside any series).
        series_id: Option<Id> [refers(MeetingSeries)],
    }
}

/// The number a planned event gets (they are listed on their own, after the agenda's §§);
/// the agenda's own items are numbered 1, 2, 3 … below it.
pub const PLANNED_EVENT_NUMBER: i64 = 80;

impl Meeting {
    pub fn week(&self) -> IsoWeek {
        IsoWeek::of(self.date)
    }

    /// Why no minutes may be written for the meeting (it was called off), in `lang`; `None`
    /// when they may.
    pub fn minutes_refused(&self, lang: super::Lang) -> Option<String> {
        (self.status == super::MeetingStatus::Installt).then(|| {
            crate::i18n::t!(
                lang,
                "meeting-cancelled-no-minutes",
                date = self.date.to_string()
            )
        })
    }
}

entity! {
    /// One organisation's attendance at a meeting.
    Attendance => Attendance {
        meeting_id: Id [refers(Meeting)],
        organisation_id: Id [refers(Organisation)],
        presence: Presence,
        /// Partly present: up to and including this §.
        until_item: Option<i64>,
        /// Who attended, by function ("kommunpolis", "fältsekreterare").
        functions: String,
        /// Adjungerad: invited for a part, not a member.
        adjunct: bool,
    }
}

entity! {
    /// A § in the agenda, with what was said and decided.
    AgendaItem => AgendaItem {
        meeting_id: Id [refers(Meeting)],
        number: i64,
        kind: AgendaKind,
        area_id: Option<Id> [refers(Area)],
        title: String [name],
        text: String [free_text],
        /// "Beslut: att …"
        decision: Option<String> [free_text],
    }
}
