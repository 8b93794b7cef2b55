//! Named queries of the Möte screen's agenda and series: a meeting's §§ in order, the series
//! in use, the latest meetings whatever their status.

use crate::domain::meeting::PLANNED_EVENT_NUMBER;
use crate::domain::{AgendaItem, Id, Meeting, MeetingSeries};
use crate::store::{Result, Store};

impl Store {
    /// A meeting's agenda, § by §; planned events (listed on their own, numbered from
    /// [`PLANNED_EVENT_NUMBER`]) apart — the agenda's own "Planerade händelser" § stays.
    pub fn agenda_of_meeting(&self, meeting: Id) -> Result<Vec<AgendaItem>> {
        self.find(
            "e.meeting_id = ?1 AND (e.kind <> 'planerade_handelser' OR e.number < ?2)",
            "e.number, e.n",
            rusqlite::params![meeting.to_string(), PLANNED_EVENT_NUMBER],
        )
    }

    /// The meeting series in use (the first made, should a partner have made another).
    pub fn meeting_series_in_use(&self) -> Result<Option<MeetingSeries>> {
        Ok(self
            .find::<MeetingSeries, _>("e.active = 1", "e.n", [])?
            .into_iter()
            .next())
    }

    /// The latest `limit` meetings, newest first, cancelled ones too.
    pub fn latest_meetings(&self, limit: usize) -> Result<Vec<Meeting>> {
        self.find("1 = 1", "e.date DESC, e.n DESC LIMIT ?1", [limit as i64])
    }
}
