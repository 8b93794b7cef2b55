//! Meetings: the list, and finding one by date, week or id.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Page, date_at, id_at, vocab_at};
use crate::domain::{Id, IsoWeek, Meeting, MeetingKind, MeetingStatus};
use crate::i18n::said;
use crate::store::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingRow {
    pub id: Id,
    pub date: NaiveDate,
    pub week: String,
    pub kind: MeetingKind,
    pub group_name: String,
    pub status: MeetingStatus,
    pub present: usize,
    pub decided_actions: usize,
}

impl Store {
    /// Meetings, newest first; optionally only those in one week.
    pub fn meetings(&self, week: Option<IsoWeek>, page: Page) -> Result<Vec<MeetingRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.date, m.iso_week, m.kind, m.group_name, m.status, \
             (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.id AND t.deleted = 0 AND t.presence <> 'forhinder'), \
             (SELECT count(*) FROM action x WHERE x.meeting_id = m.id AND x.deleted = 0) \
             FROM meeting m WHERE m.deleted = 0 AND (?1 IS NULL OR m.iso_week = ?1) \
             ORDER BY m.date DESC, m.n DESC LIMIT ?2 OFFSET ?3",
        )?;
        let rows = stmt.query_map(
            rusqlite::params![
                week.map(|w| w.to_string()),
                page.limit as i64,
                page.offset as i64
            ],
            |r| {
                Ok(MeetingRow {
                    id: id_at(r, 0)?,
                    date: date_at(r, 1)?,
                    week: r.get(2)?,
                    kind: vocab_at(r, 3)?,
                    group_name: r.get(4)?,
                    status: vocab_at(r, 5)?,
                    present: r.get::<_, i64>(6)? as usize,
                    decided_actions: r.get::<_, i64>(7)? as usize,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A meeting named the way people name it: a date (`2026-11-19`), an ISO week
    /// (`2026-W47`: that week's first meeting) or an id.
    pub fn meeting_by_reference(&self, reference: &str) -> Result<Meeting> {
        let r = reference.trim();
        let found: Vec<Meeting> = if let Ok(id) = r.parse::<Id>() {
            self.get::<Meeting>(id)?.into_iter().collect()
        } else if let Ok(date) = crate::domain::week::parse_date(r) {
            self.find("e.date = ?1", "e.n", [date.to_string()])?
        } else if let Ok(week) = r.parse::<IsoWeek>() {
            self.find("e.iso_week = ?1", "e.date, e.n", [week.to_string()])?
        } else {
            return Err(StoreError::Said(said!(
                "error-store-meeting-reference",
                reference = r
            )));
        };
        found
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::Said(said!("error-store-meeting-not-found", reference = r)))
    }
}
