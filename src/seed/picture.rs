//! The weekly situation picture, computed from the week's generated observations so that each
//! area's level, trend, key event types and hot spots match what was reported.

use chrono::{Duration, NaiveTime, Weekday};

use super::counts::Counts;
use super::observations::Generated;
use super::weekly::Generator;
use super::world::demo_id;
use crate::domain::{
    AreaAssessment, AreaLevel, Classification, Id, IsoWeek, PictureLevel, PictureStatus, Severity,
    SituationPicture, Trend,
};
use crate::store::{self, Writer};

/// One area's assessment, kept for the agenda and the actions.
pub(crate) struct AreaSummary {
    pub area: usize,
    pub count: usize,
    /// The summed weight of its observations (grade and severity).
    pub score: f64,
    pub level: AreaLevel,
    pub trend: Trend,
    /// Indices into the event types, most reported first.
    pub key_types: Vec<usize>,
    /// Indices into the places, most reported first.
    pub hot_spots: Vec<usize>,
    pub rank: Option<i64>,
    pub text: String,
}

pub(crate) struct PictureInfo {
    pub total: usize,
    pub areas: Vec<AreaSummary>,
    /// Indices into `areas`, by priority rank.
    pub priorities: Vec<usize>,
    pub escalated: usize,
}

/// The `n` most frequent values, most frequent first (ties: lowest value first).
fn top(values: impl Iterator<Item = usize>, n: usize, min: usize) -> Vec<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(k, _)| *k == v) {
            Some((_, c)) => *c += 1,
            None => counts.push((v, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
        .into_iter()
        .filter(|(_, c)| *c >= min)
        .take(n)
        .map(|(k, _)| k)
        .collect()
}

fn join_sv(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} och {last}", rest.join(", ")),
    }
}

impl Generator<'_> {
    /// Writes the picture of the week before `meeting_week` with one assessment per area.
    pub(crate) fn picture(
        &mut self,
        w: &mut Writer<'_>,
        c: &mut Counts,
        meeting: Id,
        meeting_week: IsoWeek,
        obs: &[Generated],
    ) -> store::Result<PictureInfo> {
        let world = self.world;
        let week = meeting_week.plus_weeks(-1);
        // The app's one rule for what counts (no avförda, no dubbletter), so the picture's
        // written words agree with every table computed from the same week.
        let reported: Vec<&Generated> = obs.iter().filter(|g| g.obs.is_reported_event()).collect();
        let total = reported.len();
        let weight_sum: f64 = world.areas.iter().map(|a| a.weight).sum::<f64>().max(1.0);
        let mut areas = Vec::new();
        for (ai, area) in world
            .areas
            .iter()
            .enumerate()
            .filter(|(_, a)| a.weight > 0.0)
        {
            let here: Vec<&Generated> = reported.iter().copied().filter(|g| g.area == ai).collect();
            let count = here.len();
            let score: f64 = here.iter().map(|g| g.score()).sum();
            let prev = self.prev_area_counts[ai];
            let expected = (total as f64 * area.weight / weight_sum).max(1.0);
            let ratio = count as f64 / expected;
            let escalated = here.iter().any(|g| g.obs.severity > Severity::Storning);
            let level = if escalated || (ratio >= 1.8 && count >= 4) {
                AreaLevel::Allvarligt
            } else if ratio >= 1.25 && count >= 3 {
                AreaLevel::Forhojt
            } else {
                AreaLevel::Lugnt
            };
            let trend = if count > prev + 1 && count as f64 > prev as f64 * 1.25 {
                Trend::Okande
            } else if prev > count + 1 && prev as f64 > count as f64 * 1.25 {
                Trend::Minskande
            } else {
                Trend::Oforandrad
            };
            let key_types = top(here.iter().map(|g| g.event_type), 2, 1);
            let hot_spots = top(here.iter().filter_map(|g| g.place), 2, 2);
            let text = if count == 0 {
                format!("Inga rapporterade händelser (veckan innan {prev}).")
            } else {
                let types: Vec<String> = key_types
                    .iter()
                    .map(|&t| world.tax.event_types[t].label_sv.to_lowercase())
                    .collect();
                let mut t = format!(
                    "{} (veckan innan {prev}), främst {}.",
                    reported_events(count),
                    join_sv(&types)
                );
                if !hot_spots.is_empty() {
                    let names: Vec<String> = hot_spots
                        .iter()
                        .map(|&p| world.places[p].name.clone())
                        .collect();
                    t.push_str(&format!(" Mest utsatta platser: {}.", join_sv(&names)));
                }
                if escalated {
                    t.push_str(" Särskild händelse under veckan; TiB informerad.");
                }
                t
            };
            self.prev_area_counts[ai] = count;
            areas.push(AreaSummary {
                area: ai,
                count,
                score,
                level,
                trend,
                key_types,
                hot_spots,
                rank: None,
                text,
            });
        }
        let mut order: Vec<usize> = (0..areas.len()).filter(|&i| areas[i].count > 0).collect();
        order.sort_by(|&a, &b| {
            areas[b]
                .level
                .cmp(&areas[a].level)
                .then(areas[b].score.total_cmp(&areas[a].score))
                .then(a.cmp(&b))
        });
        let priorities: Vec<usize> = order
            .into_iter()
            .enumerate()
            .filter(|(rank, i)| *rank == 0 || areas[*i].level > AreaLevel::Lugnt)
            .map(|(_, i)| i)
            .take(3)
            .collect();
        for (rank, &i) in priorities.iter().enumerate() {
            areas[i].rank = Some(rank as i64 + 1);
        }
        let escalated = reported
            .iter()
            .filter(|g| g.obs.severity > Severity::Storning)
            .count();
        let picture_id = demo_id("situation_picture", &meeting_week.to_string());
        let prio_names: Vec<String> = priorities
            .iter()
            .map(|&i| {
                format!(
                    "{} ({}, {})",
                    world.areas[areas[i].area].name, areas[i].level, areas[i].trend
                )
            })
            .collect();
        let mut summary = format!(
            "Vecka {}: {}. Prioriterade områden: {}.",
            week.week(),
            reported_events(total),
            join_sv(&prio_names)
        );
        if escalated > 0 {
            summary.push_str(&format!(
                " {}; eskalering enligt rutin.",
                above_disturbance(escalated)
            ));
        }
        let date = meeting_week.day(Weekday::Thu);
        c.create(
            w,
            &SituationPicture {
                id: picture_id,
                classification: Classification::Begransad,
                level: PictureLevel::Vecka,
                period_start: week.monday(),
                period_end: week.sunday(),
                scope_area_id: None,
                meeting_id: Some(meeting),
                summary,
                status: PictureStatus::Faststalld,
                established_by: Some(world.meeting.group_name.clone()),
                established_at: Some(
                    (date.and_time(NaiveTime::from_hms_opt(10, 30, 0).unwrap_or(NaiveTime::MIN))
                        - Duration::hours(1))
                    .and_utc(),
                ),
                distribution: world.meeting.distribution.clone(),
            },
        )?;
        for a in &areas {
            c.create(
                w,
                &AreaAssessment {
                    id: demo_id(
                        "area_assessment",
                        &format!("{meeting_week}:{}", world.areas[a.area].code),
                    ),
                    classification: Classification::Begransad,
                    picture_id,
                    area_id: world.areas[a.area].id,
                    level: a.level,
                    trend: a.trend,
                    key_event_type_ids: a
                        .key_types
                        .iter()
                        .map(|&t| world.tax.event_types[t].id)
                        .collect(),
                    text: a.text.clone(),
                    is_priority: a.rank.is_some(),
                    priority_rank: a.rank,
                    hot_spot_place_ids: a.hot_spots.iter().map(|&p| world.places[p].id).collect(),
                },
            )?;
        }
        Ok(PictureInfo {
            total,
            areas,
            priorities,
            escalated,
        })
    }
}

/// "1 rapporterad händelse", "37 rapporterade händelser" (the demo's own Swedish words).
pub(crate) fn reported_events(n: usize) -> String {
    if n == 1 {
        "1 rapporterad händelse".to_string()
    } else {
        format!("{n} rapporterade händelser")
    }
}

/// "1 händelse över störningsnivå", "3 händelser över störningsnivå".
pub(crate) fn above_disturbance(n: usize) -> String {
    if n == 1 {
        "1 händelse över störningsnivå".to_string()
    } else {
        format!("{n} händelser över störningsnivå")
    }
}
