//! Reads what the screens show, through the store's typed reads and list queries (no SQL here).

use chrono::NaiveDate;

use crate::analysis::{AreaTree, Fact};
use crate::domain::{
    AgendaItem, Area, AreaAssessment, Attendance, FollowUp, Id, IsoWeek, MeetingSeries,
};
use crate::store::queries::Page;
use crate::store::queries::actions::{ActionFilter, ActionRow};
use crate::store::queries::observations::ObservationFilter;
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::screens::meeting::area_detail::AreaDetail;
use crate::tui::screens::meeting::area_lines::area_lines;
use crate::tui::screens::meeting::area_text::AreaWeek;
use crate::tui::screens::meeting::messages::{MeetingEffect, MeetingMsg};
use crate::tui::screens::meeting::state::MeetingData;
use crate::tui::screens::meeting::week_glance::{TREND_WEEKS, WeekGlance};

/// The meeting in progress and everything its agenda shows.
pub fn meeting(s: &Store, today: NaiveDate) -> Result<MeetingData> {
    let current = s.meeting_in_progress()?;
    let last_closed = s.last_closed_meeting()?;
    let series = s.meeting_series_in_use()?;
    let recent = s.latest_meetings(5)?;
    let Some(m) = current else {
        let next_meeting = s.next_planned_meeting()?;
        let previous_picture = match &last_closed {
            Some(l) => s.picture_of_meeting(l.id)?,
            None => None,
        };
        let previous_assessments = match previous_picture {
            Some(p) => s.assessments_of(p.id)?,
            None => Vec::new(),
        };
        // A planned meeting's own agenda (made with it): starting it adds no second one.
        let agenda = match &next_meeting {
            Some(n) => s.agenda_of_meeting(n.id)?,
            None => Vec::new(),
        };
        let open_actions = open_actions(s, today, None)?;
        return Ok(MeetingData {
            glance: Some(glance(
                s,
                IsoWeek::of(today),
                &open_actions,
                &facts_of(s, IsoWeek::of(today))?,
                &AreaTree::load(s)?,
            )?),
            series,
            recent,
            agenda,
            last_closed,
            next_meeting,
            previous_assessments,
            ..MeetingData::default()
        });
    };
    let held_in = match m.series_id {
        Some(id) => s.get::<MeetingSeries>(id)?.or_else(|| series.clone()),
        None => series.clone(),
    };
    let picture = s.picture_of_meeting(m.id)?;
    let attendance: Vec<Attendance> = s.attendance_of(m.id)?;
    let open_actions = open_actions(s, today, Some(m.id))?;
    let decided = s.actions(
        &ActionFilter {
            meeting: Some(m.id),
            ..ActionFilter::default()
        },
        today,
        Page::new(0, 200),
    )?;
    // The agenda's own "Planerade händelser" § is not an event.
    let mut events: Vec<AgendaItem> = s.planned_events_of_meeting(m.id)?;
    events.retain(|e| e.number >= crate::domain::meeting::PLANNED_EVENT_NUMBER);
    let agenda: Vec<AgendaItem> = s.agenda_of_meeting(m.id)?;
    let assessments: Vec<AreaAssessment> = match &picture {
        Some(p) => s.assessments_of(p.id)?,
        None => Vec::new(),
    };
    let week = m.week();
    // The areas, the week at a glance and each area's detail count the same events.
    let facts = facts_of(s, week)?;
    let tree = AreaTree::load(s)?;
    let areas: Vec<Area> = s.all()?;
    let lines = area_lines(&areas, &assessments, &facts, &tree, week);
    let next_meeting = s.planned_meeting_after(m.date)?;
    let follow_ups: Vec<FollowUp> = s.follow_ups_at(m.id)?;
    let mut followed_up = Vec::new();
    for f in follow_ups {
        if let Some(a) = s.get::<crate::domain::Action>(f.subject_id)? {
            followed_up.push((a.title, f.status_after));
        }
    }
    let observations = s.observations(
        &ObservationFilter {
            week: Some(week),
            ..ObservationFilter::default()
        },
        Page::new(0, 5000),
    )?;
    let area_ids: Vec<Id> = lines.iter().map(|l| l.area.id).collect();
    Ok(MeetingData {
        details: AreaDetail::all(week, &area_ids, &facts, &tree, &observations),
        glance: Some(glance(s, week, &open_actions, &facts, &tree)?),
        series,
        held_in,
        recent,
        agenda,
        followed_up,
        previous_assessments: Vec::new(),
        meeting: Some(m),
        picture,
        attendance,
        open_actions,
        areas: lines,
        decided,
        events,
        next_meeting,
        last_closed,
    })
}

/// The open actions, earliest deadline first; at a meeting, those decided at it left out
/// (they are the meeting's own, not ones to follow up).
fn open_actions(s: &Store, today: NaiveDate, meeting: Option<Id>) -> Result<Vec<ActionRow>> {
    Ok(s.actions(
        &ActionFilter {
            open_only: true,
            ..ActionFilter::default()
        },
        today,
        Page::new(0, 500),
    )?
    .into_iter()
    .filter(|a| meeting.is_none() || a.meeting_id != meeting)
    .collect())
}

/// The reported events of the trend's weeks ending with `week`.
pub fn facts_of(s: &Store, week: IsoWeek) -> Result<Vec<Fact>> {
    let first = week.plus_weeks(1 - TREND_WEEKS as i64);
    s.analysis_facts(first.monday(), week.sunday())
}

/// The week at a glance: the trend's events (`facts_of`) counted by the shared analysis, and
/// the police events of the week and the one before.
pub fn glance(
    s: &Store,
    week: IsoWeek,
    open_actions: &[ActionRow],
    facts: &[Fact],
    tree: &AreaTree,
) -> Result<WeekGlance> {
    let mut police = s.own_police_events_in_week(week.plus_weeks(-1))?;
    police.extend(s.own_police_events_in_week(week)?);
    Ok(WeekGlance::of(week, facts, tree, open_actions, police))
}

/// Carries out the meeting screen's work.
pub fn execute(s: &Store, today: NaiveDate, effect: MeetingEffect) -> Result<Msg> {
    Ok(match effect {
        MeetingEffect::Load => MeetingMsg::Loaded(Box::new(meeting(s, today)?)).into(),
        MeetingEffect::AreaWeek { area, week } => {
            let areas: Vec<Area> = s.all()?;
            let ids = crate::tui::widgets::area_tree::subtree(&areas, area);
            let observations = s.observations(
                &ObservationFilter {
                    week: Some(week),
                    areas: Some(ids),
                    reported_only: true,
                    ..ObservationFilter::default()
                },
                Page::new(0, 1000),
            )?;
            MeetingMsg::AreaWeek(Box::new(AreaWeek {
                area,
                week,
                observations,
            }))
            .into()
        }
    })
}
