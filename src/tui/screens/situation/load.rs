//! Reads the observations and the area × week overview (no SQL here).

use chrono::NaiveDate;

use crate::domain::{Area, AreaAssessment, Id, IsoWeek, ReviewStatus};
use crate::store::queries::Page;
use crate::store::queries::observations::{ObservationFilter, ObservationRow};
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::screens::Screen;
use crate::tui::screens::situation::messages::{SituationEffect, SituationMsg};
use crate::tui::screens::situation::police;
use crate::tui::screens::situation::state::{ObsFilter, Overview, OverviewRow};
use crate::tui::widgets::area_tree::tree_order;

/// The store's filter; an area includes the areas below it.
fn observation_filter(s: &Store, f: &ObsFilter) -> Result<ObservationFilter> {
    Ok(ObservationFilter {
        week: f.week,
        areas: f.area.map(|a| s.area_with_descendants(a)).transpose()?,
        review_status: f.review_queue.then_some(ReviewStatus::Ny),
        escalated_only: f.escalated_only,
        personal_data_only: f.personal_data_only,
        deleted: f.deleted,
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
    let latest = s.latest_weekly_picture()?;
    let assessments: Vec<AreaAssessment> = match latest {
        Some(p) => s.assessments_of(p.id)?,
        None => Vec::new(),
    };
    let mut areas: Vec<Area> = s.all()?;
    areas.retain(|a| a.active);
    // Tree order, indented: a kommundel's sum stands above its stadsdelar.
    let rows = tree_order(&areas)
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

/// Carries out Lägesbild's work (a promotion writes, so the store is `&mut`).
pub fn execute(
    s: &mut Store,
    today: NaiveDate,
    lang: crate::domain::Lang,
    effect: SituationEffect,
) -> Result<Msg> {
    Ok(match effect {
        SituationEffect::LoadObservations {
            filter,
            page,
            reset,
            exact,
        } => {
            let (total, rows, more) = observations(s, &filter, page, exact)?;
            let originals = crate::tui::screens::situation::duplicate::originals(s, &rows)?;
            SituationMsg::Observations {
                total,
                page,
                rows,
                reset,
                more,
                originals,
            }
            .into()
        }
        SituationEffect::LoadOverview => SituationMsg::Overview(overview(s, today)?).into(),
        SituationEffect::Locate { filter, id } => Msg::Located {
            screen: Screen::Observations,
            index: observation_position(s, &filter, id)?,
        },
        SituationEffect::LoadPolice(week) => police::load(s, week)?,
        SituationEffect::DuplicateCandidates(of) => {
            crate::tui::screens::situation::duplicate::load(s, *of)?
        }
        SituationEffect::Promote(request) => police::promote(s, request, lang),
        // A job with a cancel key: carried out by the worker's `Io`, which hears the key.
        SituationEffect::FetchPolice => {
            match crate::services::polisen::fetch_own(s, &mut || true) {
                Ok(label) => Msg::Saved {
                    label,
                    undoable: false,
                    hint: None,
                },
                Err(e) => Msg::Failed(e),
            }
        }
    })
}
