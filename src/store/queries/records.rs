//! Named queries for whole records the TUI's screens show: the meeting in progress, a meeting's
//! picture and planned events, a place project's inspections … (the reports' ones are in
//! `reports`). Callers name what they want; the SQL stays here.

use chrono::NaiveDate;

use crate::domain::{
    AgendaItem, CitizenPromise, Finding, Goal, Id, Inspection, Meeting, SituationPicture,
};
use crate::store::{Result, Store};

impl Store {
    fn first_meeting(&self, where_sql: &str, order: &str, param: &str) -> Result<Option<Meeting>> {
        Ok(self
            .find::<Meeting, _>(where_sql, order, [param])?
            .into_iter()
            .next())
    }

    /// The meeting in progress (the newest, should there be several).
    pub fn meeting_in_progress(&self) -> Result<Option<Meeting>> {
        self.first_meeting("e.status = ?1", "e.date DESC, e.n DESC", "pagar")
    }

    /// The newest closed (or approved) meeting.
    pub fn last_closed_meeting(&self) -> Result<Option<Meeting>> {
        self.first_meeting(
            "e.status IN (?1, 'justerat')",
            "e.date DESC, e.n DESC",
            "avslutat",
        )
    }

    /// The earliest planned meeting.
    pub fn next_planned_meeting(&self) -> Result<Option<Meeting>> {
        self.first_meeting("e.status = ?1", "e.date, e.n", "planerat")
    }

    /// The earliest meeting planned after a day.
    pub fn planned_meeting_after(&self, day: NaiveDate) -> Result<Option<Meeting>> {
        self.first_meeting(
            "e.status = 'planerat' AND e.date > ?1",
            "e.date, e.n",
            &day.to_string(),
        )
    }

    /// The situation picture a meeting builds.
    pub fn picture_of_meeting(&self, meeting: Id) -> Result<Option<SituationPicture>> {
        Ok(self
            .find::<SituationPicture, _>("e.meeting_id = ?1", "e.n", [meeting.to_string()])?
            .into_iter()
            .next())
    }

    /// The latest weekly situation picture.
    pub fn latest_weekly_picture(&self) -> Result<Option<SituationPicture>> {
        Ok(self
            .find::<SituationPicture, _>("e.level = ?1", "e.period_end DESC, e.n DESC", ["vecka"])?
            .into_iter()
            .next())
    }

    /// The agenda's planned events of a meeting, in agenda order.
    pub fn planned_events_of_meeting(&self, meeting: Id) -> Result<Vec<AgendaItem>> {
        self.find(
            "e.meeting_id = ?1 AND e.kind = 'planerade_handelser'",
            "e.number, e.n",
            [meeting.to_string()],
        )
    }

    /// The medborgarlöften of an agreement, the oldest period first (as the screen lists them).
    pub fn promises_of_agreement(&self, agreement: Id) -> Result<Vec<CitizenPromise>> {
        self.find(
            "e.agreement_id = ?1",
            "e.period_start",
            [agreement.to_string()],
        )
    }

    pub fn goals_of_place_project(&self, project: Id) -> Result<Vec<Goal>> {
        self.find("e.place_project_id = ?1", "e.n", [project.to_string()])
    }

    /// A place project's inspections, the newest first.
    pub fn inspections_of_project(&self, project: Id) -> Result<Vec<Inspection>> {
        self.find("e.project_id = ?1", "e.date DESC", [project.to_string()])
    }

    /// Inspections and walks made outside any place project (the newest first).
    pub fn inspections_without_project(&self) -> Result<Vec<Inspection>> {
        self.find("e.project_id IS NULL", "e.date DESC", [])
    }

    pub fn findings_of_inspection(&self, inspection: Id) -> Result<Vec<Finding>> {
        self.find("e.inspection_id = ?1", "e.n", [inspection.to_string()])
    }
}
