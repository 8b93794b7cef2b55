//! Reads what the screens show, through the store's typed reads and list queries (no SQL here).

use chrono::NaiveDate;

use super::state::{
    ActionDetail, ActionFilterState, AreaLine, MeetingData, ObsFilter, Overview, OverviewRow, Refs,
};
use crate::domain::{
    AgendaItem, Area, AreaAssessment, Attendance, Cause, EventType, FollowUp, Goal, Id, Indicator,
    IsoWeek, Meeting, Organisation, Place, PlanItem, Problem, ReviewStatus, SituationPicture,
    Vocabulary,
};
use crate::store::collation::compare_sv;
use crate::store::queries::Page;
use crate::store::queries::actions::{ActionFilter, ActionRow};
use crate::store::queries::observations::{ObservationFilter, ObservationRow};
use crate::store::{Result, Store, meta};

pub fn refs(s: &Store) -> Result<Refs> {
    let mut organisations: Vec<Organisation> = s.all()?;
    organisations.retain(|o| o.active);
    organisations.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let mut areas: Vec<Area> = s.all()?;
    areas.retain(|a| a.active);
    areas.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let mut places: Vec<Place> = s.all()?;
    places.retain(|p| p.active);
    places.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let mut event_types: Vec<EventType> = s.all()?;
    event_types.retain(|e| e.active);
    event_types.sort_by_key(|e| e.sort);
    Ok(Refs {
        organisations,
        areas,
        places,
        event_types,
        municipality: s.setting(meta::MUNICIPALITY)?,
        own_organisation: s
            .setting(meta::OWN_ORGANISATION)?
            .and_then(|v| v.parse().ok()),
    })
}

fn first_meeting(s: &Store, where_sql: &str, order: &str, param: &str) -> Result<Option<Meeting>> {
    Ok(s.find::<Meeting, _>(where_sql, order, [param])?
        .into_iter()
        .next())
}

/// The meeting in progress and everything its agenda shows.
pub fn meeting(s: &Store, today: NaiveDate) -> Result<MeetingData> {
    let current = first_meeting(s, "e.status = ?1", "e.date DESC, e.n DESC", "pagar")?;
    let last_closed = first_meeting(
        s,
        "e.status IN (?1, 'justerat')",
        "e.date DESC, e.n DESC",
        "avslutat",
    )?;
    let Some(m) = current else {
        let next_meeting = first_meeting(s, "e.status = ?1", "e.date, e.n", "planerat")?;
        let previous_picture = match &last_closed {
            Some(l) => s
                .find::<SituationPicture, _>("e.meeting_id = ?1", "e.n", [l.id.to_string()])?
                .into_iter()
                .next(),
            None => None,
        };
        let previous_assessments = match previous_picture {
            Some(p) => s.find("e.picture_id = ?1", "e.n", [p.id.to_string()])?,
            None => Vec::new(),
        };
        return Ok(MeetingData {
            last_closed,
            next_meeting,
            previous_assessments,
            ..MeetingData::default()
        });
    };
    let id = m.id.to_string();
    let picture = s
        .find::<SituationPicture, _>("e.meeting_id = ?1", "e.n", [&id])?
        .into_iter()
        .next();
    let attendance: Vec<Attendance> = s.find("e.meeting_id = ?1", "e.n", [&id])?;
    let open_actions: Vec<ActionRow> = s
        .actions(
            &ActionFilter {
                open_only: true,
                ..ActionFilter::default()
            },
            today,
            Page::new(0, 500),
        )?
        .into_iter()
        .filter(|a| a.meeting_id != Some(m.id))
        .collect();
    let decided = s.actions(
        &ActionFilter {
            meeting: Some(m.id),
            ..ActionFilter::default()
        },
        today,
        Page::new(0, 200),
    )?;
    let events: Vec<AgendaItem> = s.find(
        "e.meeting_id = ?1 AND e.kind = 'planerade_handelser'",
        "e.number, e.n",
        [&id],
    )?;
    let assessments: Vec<AreaAssessment> = match &picture {
        Some(p) => s.find("e.picture_id = ?1", "e.n", [p.id.to_string()])?,
        None => Vec::new(),
    };
    let week = m.week();
    let counts = s.observation_counts_by_area_week(week.plus_weeks(-4), week)?;
    let mut areas: Vec<Area> = s.all()?;
    areas.retain(|a| a.active);
    let mut lines = Vec::new();
    for (area, depth) in super::area_tree::tree_order(&areas) {
        // A kommundel counts what happened in its stadsdelar too.
        let ids = super::area_tree::subtree(&areas, area.id);
        let count_in = |w: IsoWeek| {
            let key = w.to_string();
            counts
                .iter()
                .filter(|(a, wk, _)| ids.contains(a) && *wk == key)
                .map(|(_, _, n)| *n)
                .sum::<usize>()
        };
        let escalated = s.count_observations(&ObservationFilter {
            week: Some(week),
            areas: Some(ids.clone()),
            escalated_only: true,
            ..ObservationFilter::default()
        })?;
        lines.push(AreaLine {
            this_week: count_in(week),
            previous: [
                count_in(week.plus_weeks(-4)),
                count_in(week.plus_weeks(-3)),
                count_in(week.plus_weeks(-2)),
                count_in(week.plus_weeks(-1)),
            ],
            escalated,
            assessment: assessments.iter().find(|x| x.area_id == area.id).cloned(),
            depth,
            area,
        });
    }
    let next_meeting = first_meeting(
        s,
        "e.status = 'planerat' AND e.date > ?1",
        "e.date, e.n",
        &m.date.to_string(),
    )?;
    let follow_ups: Vec<FollowUp> = s.find("e.meeting_id = ?1", "e.n", [&id])?;
    let mut followed_up = Vec::new();
    for f in follow_ups {
        if let Some(a) = s.get::<crate::domain::Action>(f.subject_id)? {
            followed_up.push((a.title, f.status_after));
        }
    }
    Ok(MeetingData {
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

/// The store's filter; an area includes the areas below it.
fn observation_filter(s: &Store, f: &ObsFilter) -> Result<ObservationFilter> {
    Ok(ObservationFilter {
        week: f.week,
        areas: f.area.map(|a| s.area_with_descendants(a)).transpose()?,
        review_status: f.review_queue.then_some(ReviewStatus::Ny),
        escalated_only: f.escalated_only,
        text: Some(f.text.clone()).filter(|t| !t.trim().is_empty()),
        ..ObservationFilter::default()
    })
}

/// Where an observation stands in the filtered list.
pub fn observation_position(s: &Store, f: &ObsFilter, id: Id) -> Result<Option<usize>> {
    s.observation_position(&observation_filter(s, f)?, id)
}

/// A page of observations and the number of matches; without `exact`, one row more than the
/// page is fetched instead of counting, and the bool says whether there are more.
pub fn observations(
    s: &Store,
    f: &ObsFilter,
    page: Page,
    exact: bool,
) -> Result<(usize, Vec<ObservationRow>, bool)> {
    let filter = observation_filter(s, f)?;
    if exact {
        return Ok((
            s.count_observations(&filter)?,
            s.observations(&filter, page)?,
            false,
        ));
    }
    let mut rows = s.observations(&filter, Page::new(page.offset, page.limit + 1))?;
    let more = rows.len() > page.limit;
    rows.truncate(page.limit);
    Ok((page.offset + rows.len(), rows, more))
}

/// How many weeks the overview loads; the screen shows as many of the latest as fit.
const OVERVIEW_WEEKS: i64 = 52;

/// Counts per area (with the areas below it) for the last weeks, with the latest assessment.
pub fn overview(s: &Store, today: NaiveDate) -> Result<Overview> {
    let last = IsoWeek::of(today);
    let weeks: Vec<IsoWeek> = (0..OVERVIEW_WEEKS)
        .rev()
        .map(|i| last.plus_weeks(-i))
        .collect();
    let counts = s.observation_counts_by_area_week_with_subareas(weeks[0], last)?;
    let latest = s
        .find::<SituationPicture, _>("e.level = ?1", "e.period_end DESC, e.n DESC", ["vecka"])?
        .into_iter()
        .next();
    let assessments: Vec<AreaAssessment> = match latest {
        Some(p) => s.find("e.picture_id = ?1", "e.n", [p.id.to_string()])?,
        None => Vec::new(),
    };
    let mut areas: Vec<Area> = s.all()?;
    areas.retain(|a| a.active);
    // Tree order, indented: a kommundel's sum stands above its stadsdelar.
    let rows = super::area_tree::tree_order(&areas)
        .iter()
        .map(|(a, depth)| {
            let assessment = assessments.iter().find(|x| x.area_id == a.id);
            OverviewRow {
                area: format!("{}{}", "  ".repeat(*depth), a.name),
                counts: weeks
                    .iter()
                    .map(|w| {
                        let key = w.to_string();
                        counts
                            .iter()
                            .filter(|(id, wk, _)| *id == a.id && *wk == key)
                            .map(|(_, _, n)| *n)
                            .sum()
                    })
                    .collect(),
                level: assessment.map(|x| x.level),
                trend: assessment.map(|x| x.trend),
            }
        })
        .collect();
    Ok(Overview { weeks, rows })
}

pub fn action_filter(f: &ActionFilterState, today: NaiveDate) -> ActionFilter {
    ActionFilter {
        statuses: f.status.map(|s| vec![s]),
        overdue_on: f.overdue_only.then_some(today),
        owner: f.owner,
        plan_item: f.plan_item,
        text: Some(f.text.clone()).filter(|t| !t.trim().is_empty()),
        ..ActionFilter::default()
    }
}

pub fn actions(
    s: &Store,
    f: &ActionFilterState,
    page: Page,
    today: NaiveDate,
) -> Result<(usize, Vec<ActionRow>)> {
    let filter = action_filter(f, today);
    Ok((s.count_actions(&filter)?, s.actions(&filter, today, page)?))
}

/// One action with its follow-ups and its place in the chain problem → cause → action →
/// goal → indicator.
pub fn action_detail(s: &Store, id: Id) -> Result<ActionDetail> {
    let action: Option<crate::domain::Action> = s.get(id)?;
    let follow_ups = s.follow_ups(id)?;
    let mut d = ActionDetail {
        follow_ups,
        ..ActionDetail::default()
    };
    if let Some(item_id) = action.as_ref().and_then(|a| a.plan_item_id)
        && let Some(item) = s.get::<PlanItem>(item_id)?
    {
        d.plan_item = Some(format!("{} {}", item.number, item.title));
        if let Some(p) = item
            .problem_id
            .map(|p| s.get::<Problem>(p))
            .transpose()?
            .flatten()
        {
            d.problem = Some(p.title);
        }
        for c in &item.cause_ids {
            if let Some(c) = s.get::<Cause>(*c)? {
                d.causes
                    .push(format!("{}: {}", c.perspective.label_sv(), c.description));
            }
        }
        if let Some(g) = item
            .goal_id
            .map(|g| s.get::<Goal>(g))
            .transpose()?
            .flatten()
        {
            let indicators: Vec<Indicator> = s.find("e.goal_id = ?1", "e.n", [g.id.to_string()])?;
            d.indicators = indicators
                .into_iter()
                .map(|i| {
                    let target = i
                        .target_value
                        .map(|v| format!(" → mål {v}"))
                        .unwrap_or_default();
                    let base = i
                        .baseline_value
                        .map(|v| format!(" (utgångsvärde {v})"))
                        .unwrap_or_default();
                    format!("{} [{}]{base}{target}", i.name, i.unit)
                })
                .collect();
            d.goal = Some(g.text);
        }
        d.other_actions_in_chain = s
            .count_actions(&ActionFilter {
                plan_item: Some(item_id),
                ..ActionFilter::default()
            })?
            .saturating_sub(1);
    }
    d.action = action;
    Ok(d)
}
