//! Action lists: open, late, by owner, area, plan, meeting — with the last follow-up.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Conditions, Page, id_at, opt_date_at, opt_id_at, vocab_at};
use crate::domain::action::is_overdue;
use crate::domain::{ActionOrigin, ActionStatus, Classification, Id, Vocabulary};
use crate::store::{Result, Store};

#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    pub statuses: Option<Vec<ActionStatus>>,
    /// Only open actions (föreslagen, beslutad, pågår).
    pub open_only: bool,
    /// Only actions late on this day.
    pub overdue_on: Option<NaiveDate>,
    pub owner: Option<Id>,
    pub areas: Option<Vec<Id>>,
    pub origin: Option<ActionOrigin>,
    pub meeting: Option<Id>,
    pub plan: Option<Id>,
    pub plan_item: Option<Id>,
    pub priority: Option<Id>,
    pub due_before: Option<NaiveDate>,
    pub text: Option<String>,
    /// Only actions whose text the personal-data check flags (`store::pii_flags`).
    pub personal_data_only: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionRow {
    pub id: Id,
    pub title: String,
    pub status: ActionStatus,
    pub overdue: bool,
    pub origin: ActionOrigin,
    pub owner_id: Option<Id>,
    pub owner: Option<String>,
    pub responsible_function: String,
    pub area: Option<String>,
    pub place: Option<String>,
    pub start_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub due_week: Option<String>,
    pub meeting_id: Option<Id>,
    pub meeting_date: Option<NaiveDate>,
    pub plan_item_id: Option<Id>,
    pub last_follow_up: Option<NaiveDate>,
    pub last_comment: Option<String>,
    pub classification: Classification,
    /// What the personal-data check found in the action's own text, when it flags it.
    pub personal_data: Option<String>,
}

impl ActionFilter {
    fn conditions(&self) -> Conditions {
        let mut c = Conditions::default();
        c.push_plain("x.deleted = 0");
        if let Some(day) = self.overdue_on {
            c.push_plain("x.status IN ('foreslagen', 'beslutad', 'pagar')");
            c.push("x.due_on < ?", day.to_string());
        } else if self.open_only {
            c.push_plain("x.status IN ('foreslagen', 'beslutad', 'pagar')");
        }
        if let Some(st) = &self.statuses {
            let codes: Vec<&str> = st.iter().map(|s| s.code()).collect();
            c.push(
                "x.status IN (SELECT value FROM json_each(?))",
                serde_json::to_string(&codes).unwrap_or_default(),
            );
        }
        if let Some(o) = self.owner {
            c.push("x.responsible_org_id = ?", o.to_string());
        }
        if let Some(areas) = &self.areas {
            let json = serde_json::to_string(&areas.iter().map(Id::to_string).collect::<Vec<_>>())
                .unwrap_or_default();
            c.push("x.area_id IN (SELECT value FROM json_each(?))", json);
        }
        if let Some(o) = self.origin {
            c.push("x.origin = ?", o.code().to_string());
        }
        if let Some(m) = self.meeting {
            c.push("x.meeting_id = ?", m.to_string());
        }
        if let Some(p) = self.plan {
            c.push(
                "x.plan_item_id IN (SELECT id FROM plan_item WHERE plan_id = ?)",
                p.to_string(),
            );
        }
        if let Some(p) = self.plan_item {
            c.push("x.plan_item_id = ?", p.to_string());
        }
        if let Some(p) = self.priority {
            c.push("x.priority_id = ?", p.to_string());
        }
        if let Some(d) = self.due_before {
            c.push("x.due_on <= ?", d.to_string());
        }
        if let Some(q) = self
            .text
            .as_deref()
            .and_then(crate::store::search::fts_query)
        {
            c.push(
                "x.n * 64 + 2 IN (SELECT rowid FROM search WHERE search MATCH ?)",
                q,
            );
        }
        if self.personal_data_only {
            c.push_plain("x.id IN (SELECT entity_id FROM pii_flag WHERE entity = 'action')");
        }
        c
    }
}

/// The lists' order: the earliest deadline first, those without one last.
const ORDER: &str = "x.due_on IS NULL, x.due_on, x.n";

const SELECT: &str = "SELECT x.id, x.title, x.status, x.origin, x.responsible_org_id, org.name, x.responsible_function, \
     a.name, p.name, x.start_on, x.due_on, x.due_week, x.meeting_id, m.date, x.plan_item_id, \
     (SELECT f.date FROM follow_up f WHERE f.subject_id = x.id AND f.deleted = 0 ORDER BY f.date DESC, f.n DESC LIMIT 1), \
     (SELECT f.comment FROM follow_up f WHERE f.subject_id = x.id AND f.deleted = 0 ORDER BY f.date DESC, f.n DESC LIMIT 1), \
     x.classification, pf.found \
     FROM action x \
     LEFT JOIN organisation org ON org.id = x.responsible_org_id \
     LEFT JOIN area a ON a.id = x.area_id \
     LEFT JOIN place p ON p.id = x.place_id \
     LEFT JOIN meeting m ON m.id = x.meeting_id \
     LEFT JOIN pii_flag pf ON pf.entity_id = x.id";

fn row(r: &rusqlite::Row<'_>, today: NaiveDate) -> rusqlite::Result<ActionRow> {
    let status: ActionStatus = vocab_at(r, 2)?;
    let due_on = opt_date_at(r, 10)?;
    Ok(ActionRow {
        id: id_at(r, 0)?,
        title: r.get(1)?,
        status,
        overdue: is_overdue(status, due_on, today),
        origin: vocab_at(r, 3)?,
        owner_id: opt_id_at(r, 4)?,
        owner: r.get(5)?,
        responsible_function: r.get(6)?,
        area: r.get(7)?,
        place: r.get(8)?,
        start_on: opt_date_at(r, 9)?,
        due_on,
        due_week: r.get(11)?,
        meeting_id: opt_id_at(r, 12)?,
        meeting_date: opt_date_at(r, 13)?,
        plan_item_id: opt_id_at(r, 14)?,
        last_follow_up: opt_date_at(r, 15)?,
        last_comment: r.get(16)?,
        classification: vocab_at(r, 17)?,
        personal_data: r.get(18)?,
    })
}

impl Store {
    /// Actions matching a filter: the earliest deadline first, those without one last.
    /// `today` decides which are late.
    pub fn actions(
        &self,
        filter: &ActionFilter,
        today: NaiveDate,
        page: Page,
    ) -> Result<Vec<ActionRow>> {
        let c = filter.conditions();
        let sql = format!(
            "{SELECT} WHERE {} ORDER BY {ORDER} LIMIT {} OFFSET {}",
            c.sql(),
            page.limit,
            page.offset
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(c.params.iter()), |r| {
            row(r, today)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn count_actions(&self, filter: &ActionFilter) -> Result<usize> {
        let c = filter.conditions();
        let sql = format!("SELECT count(*) FROM action x WHERE {}", c.sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(c.params.iter()), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Where an action stands in the filtered list (0 = first), or None when the filter leaves
    /// it out: to select a record just saved.
    pub fn action_position(&self, filter: &ActionFilter, id: Id) -> Result<Option<usize>> {
        Ok(filter
            .conditions()
            .position_of(&self.conn, "action x", ORDER, id)?)
    }

    /// The follow-ups of an action (or an activity, a priority), oldest first.
    pub fn follow_ups(&self, subject: Id) -> Result<Vec<crate::domain::FollowUp>> {
        self.find("e.subject_id = ?1", "e.date, e.n", [subject.to_string()])
    }
}
