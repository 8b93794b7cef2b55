//! Reads the observations and the area × week overview (no SQL here).

use chrono::NaiveDate;

use crate::domain::{Area, AreaAssessment, IsoWeek, ReviewStatus};
use crate::store::collation::compare_sv;
use crate::store::queries::Page;
use crate::store::queries::observations::{ObservationFilter, ObservationRow};
use crate::store::{Result, Store};
use crate::tui::screens::situation::state::{ObsFilter, Overview, OverviewRow};

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

/// Counts per area for the last eight weeks, with the latest assessment.
pub fn overview(s: &Store, today: NaiveDate) -> Result<Overview> {
    let last = IsoWeek::of(today);
    let weeks: Vec<IsoWeek> = (0..8).rev().map(|i| last.plus_weeks(-i)).collect();
    let counts = s.observation_counts_by_area_week(weeks[0], last)?;
    let latest = s.latest_weekly_picture()?;
    let assessments: Vec<AreaAssessment> = match latest {
        Some(p) => s.assessments_of(p.id)?,
        None => Vec::new(),
    };
    let mut areas: Vec<Area> = s.all()?;
    areas.retain(|a| a.active);
    areas.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let rows = areas
        .iter()
        .map(|a| {
            let assessment = assessments.iter().find(|x| x.area_id == a.id);
            OverviewRow {
                area: a.name.clone(),
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
