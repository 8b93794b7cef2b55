//! The weekly actions: decided in a meeting for the priority areas and their hot spots, then
//! followed up in later meetings, their status moving on (some late, a few cancelled).

use chrono::{Duration, NaiveDate};

use super::counts::Counts;
use super::picture::PictureInfo;
use super::weekly::{Generator, OpenAction};
use super::world::demo_id;
use crate::domain::{
    Action, ActionOrigin, ActionStatus, Classification, EntityKind, FollowUp, Horizon, Id, IsoWeek,
};
use crate::store::{self, Writer};

/// What § 3 reports.
#[derive(Default)]
pub(crate) struct Followed {
    pub total: usize,
    pub done: usize,
    pub ongoing: usize,
    pub late: usize,
    pub cancelled: usize,
}

/// What § 6 lists.
pub(crate) struct Decided {
    pub title: String,
    pub owner: String,
    pub due_on: NaiveDate,
}

impl Generator<'_> {
    fn text(&mut self, pick: fn(&super::scenarios::FollowUpTexts) -> &Vec<String>) -> String {
        let list = pick(&self.templates.followup);
        list[self.rng.usize(..list.len())].clone()
    }

    /// Follows up the open actions decided in earlier meetings.
    pub(crate) fn follow_ups(
        &mut self,
        w: &mut Writer<'_>,
        c: &mut Counts,
        meeting: Id,
        date: NaiveDate,
    ) -> store::Result<Followed> {
        let n = self.meeting_no;
        let mut summary = Followed::default();
        let open = std::mem::take(&mut self.open);
        for mut a in open {
            let finishing = a.finish_at.is_some_and(|f| n >= f);
            let late = a.due_on < date;
            let first = a.status == ActionStatus::Beslutad;
            if !(finishing
                || first
                || (late && (n - a.decided_at).is_multiple_of(2))
                || self.rng.f64() < 0.25)
            {
                self.open.push(a);
                continue;
            }
            let (status, comment) = if finishing && a.cancel {
                (ActionStatus::Installd, self.text(|t| &t.cancelled))
            } else if finishing {
                (ActionStatus::Genomford, self.text(|t| &t.done))
            } else if first && !late {
                (ActionStatus::Pagar, self.text(|t| &t.started))
            } else if late {
                (ActionStatus::Pagar, self.text(|t| &t.late))
            } else {
                (ActionStatus::Pagar, self.text(|t| &t.ongoing))
            };
            summary.total += 1;
            match status {
                ActionStatus::Genomford => summary.done += 1,
                ActionStatus::Installd => summary.cancelled += 1,
                _ if late => summary.late += 1,
                _ => summary.ongoing += 1,
            }
            c.create(
                w,
                &FollowUp {
                    id: demo_id("follow_up", &format!("{}:{n}", a.id)),
                    classification: Classification::Begransad,
                    subject_kind: EntityKind::Action,
                    subject_id: a.id,
                    meeting_id: Some(meeting),
                    date,
                    status_after: Some(status),
                    comment,
                    pii_confirmed: false,
                },
            )?;
            if status != a.status {
                w.set(EntityKind::Action, a.id, "status", status)?;
                a.status = status;
            }
            if status == ActionStatus::Genomford {
                let done_on = date - Duration::days(self.rng.i64(0..=4));
                w.set(EntityKind::Action, a.id, "done_on", done_on)?;
                let result = self.text(|t| &t.results);
                w.set(EntityKind::Action, a.id, "result", result)?;
            }
            if status.is_open() {
                self.open.push(a);
            }
        }
        Ok(summary)
    }

    /// Decides this meeting's new actions for the priority areas (then the other areas with
    /// reports), at their hot spots.
    pub(crate) fn new_actions(
        &mut self,
        w: &mut Writer<'_>,
        c: &mut Counts,
        meeting: Id,
        date: NaiveDate,
        picture: &PictureInfo,
    ) -> store::Result<Vec<Decided>> {
        let world = self.world;
        let mut targets: Vec<usize> = picture.priorities.clone();
        let others: Vec<usize> = (0..picture.areas.len())
            .filter(|i| picture.areas[*i].count > 0 && !picture.priorities.contains(i))
            .collect();
        targets.extend(others);
        if targets.is_empty() {
            return Ok(Vec::new());
        }
        let (lo, hi) = self.scale.actions;
        let n = self.rng.usize(lo..=hi);
        let week = IsoWeek::of(date);
        let mut decided = Vec::with_capacity(n);
        for i in 0..n {
            // Priority areas get more of the actions.
            let t = if i < targets.len().min(3) * 2 {
                targets[i % targets.len().min(3)]
            } else {
                targets[i % targets.len()]
            };
            let area = &picture.areas[t];
            let place = (!area.hot_spots.is_empty())
                .then(|| area.hot_spots[self.rng.usize(..area.hot_spots.len())]);
            let key_ids: Vec<Id> = area
                .key_types
                .iter()
                .map(|&k| world.tax.event_types[k].id)
                .collect();
            let fitting: Vec<usize> = (0..self.templates.actions.len())
                .filter(|&a| {
                    self.templates.actions[a]
                        .event_types
                        .iter()
                        .any(|e| key_ids.contains(e))
                })
                .collect();
            let tpl_idx = if fitting.is_empty() {
                self.rng.usize(..self.templates.actions.len())
            } else {
                fitting[self.rng.usize(..fitting.len())]
            };
            let tpl = &self.templates.actions[tpl_idx];
            let (pa, name) = match place {
                Some(p) => (world.places[p].pa.as_str(), world.places[p].name.as_str()),
                None => (
                    world.areas[area.area].pa.as_str(),
                    world.areas[area.area].name.as_str(),
                ),
            };
            let fill = |s: &str| s.replace("{pa}", pa).replace("{plats}", name);
            let due_weeks = self.rng.i64(1..=3);
            let due_week = week.plus_weeks(due_weeks);
            let id = demo_id("action", &format!("{week}:{i}"));
            let mut action = Action {
                id,
                classification: Classification::Begransad,
                title: fill(&tpl.title),
                description: fill(&tpl.description),
                kind: tpl.kind,
                horizon: Horizon::Kort,
                area_id: Some(world.areas[area.area].id),
                place_id: place.map(|p| world.places[p].id),
                responsible_org_id: Some(world.orgs[tpl.owner].id),
                responsible_function: tpl.function.clone(),
                partner_org_ids: tpl.partners.clone(),
                start_on: Some(date),
                due_on: Some(date + Duration::days(7 * due_weeks)),
                due_week: None,
                recurrence: tpl.recurrence.as_ref().map(|r| {
                    format!(
                        "{r} v. {}",
                        crate::i18n::range(week.plus_weeks(1).week(), due_week.week())
                    )
                }),
                status: ActionStatus::Beslutad,
                origin: ActionOrigin::Vecka,
                meeting_id: Some(meeting),
                plan_item_id: None,
                priority_id: None,
                promise_activity_id: None,
                finding_id: None,
                theme_ids: Vec::new(),
                factor_ids: Vec::new(),
                expected_effect: tpl.expected_effect.clone(),
                result: String::new(),
                done_on: None,
                pii_confirmed: false,
            };
            if self.rng.bool() {
                action.set_due_week(due_week);
            }
            let due_on = action.due_on.unwrap_or(date);
            c.create(w, &action)?;
            let due_meetings = due_weeks as usize;
            let x = self.rng.f64();
            let (finish_at, cancel) = match x {
                x if x < 0.66 => (self.meeting_no + due_meetings, false),
                x if x < 0.80 => (
                    self.meeting_no + due_meetings + self.rng.usize(2..=5),
                    false,
                ),
                x if x < 0.86 => (self.meeting_no + self.rng.usize(1..=3), true),
                _ => (
                    self.meeting_no + due_meetings + self.rng.usize(8..=26),
                    false,
                ),
            };
            self.open.push(OpenAction {
                id,
                status: ActionStatus::Beslutad,
                due_on,
                finish_at: Some(finish_at),
                cancel,
                decided_at: self.meeting_no,
            });
            decided.push(Decided {
                title: action.title,
                owner: world.orgs[tpl.owner].short_name.clone(),
                due_on,
            });
        }
        Ok(decided)
    }
}
