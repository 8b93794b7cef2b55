//! The templates the weekly demo data is generated from (`data/demo/scenarios.toml` and
//! `data/demo/weekly.toml`), resolved to indices once, and the seasons that weight them.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::error::SeedError;
use super::source;
use super::world::World;
use crate::domain::{ActionKind, DayPeriod, Id, IsoWeek};

/// When in the year a scenario is common.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Season {
    Alltid,
    Nyar,
    Valborg,
    Sommar,
    Termin,
    Lov,
    Morker,
}

/// The special day of a season that falls in `week`, if any (new year's eve, valborg).
pub(crate) fn special_day(season: Season, week: IsoWeek) -> Option<NaiveDate> {
    let days = [week.monday(), week.sunday()];
    let candidates: Vec<NaiveDate> = match season {
        Season::Nyar => days
            .iter()
            .flat_map(|d| {
                [
                    NaiveDate::from_ymd_opt(d.year(), 12, 31),
                    NaiveDate::from_ymd_opt(d.year(), 1, 1),
                ]
            })
            .flatten()
            .collect(),
        Season::Valborg => days
            .iter()
            .filter_map(|d| NaiveDate::from_ymd_opt(d.year(), 4, 30))
            .collect(),
        _ => Vec::new(),
    };
    candidates.into_iter().find(|d| IsoWeek::of(*d) == week)
}

/// School holidays, roughly: summer, sportlov (v. 9), påsklov (v. 15), höstlov (v. 44), jul.
fn is_school_holiday(week: IsoWeek) -> bool {
    let w = week.week();
    matches!(w, 9 | 15 | 44 | 52 | 53 | 1) || (25..=33).contains(&w)
}

/// How common a scenario of this season is in `week`, as a multiplier of its weight.
pub(crate) fn season_factor(season: Season, week: IsoWeek) -> f64 {
    let month = week.day(chrono::Weekday::Wed).month();
    match season {
        Season::Alltid => 1.0,
        Season::Nyar => {
            if special_day(season, week).is_some() {
                12.0
            } else if special_day(season, week.plus_weeks(1)).is_some() {
                1.5
            } else {
                0.03
            }
        }
        Season::Valborg => {
            if special_day(season, week).is_some() {
                10.0
            } else {
                0.0
            }
        }
        // Summer scenarios (engångsgrillar, sommarlovsaktiviteter, crossar on the grass) do
        // not happen in the dark half of the year at all.
        Season::Sommar => match month {
            6..=8 => 2.5,
            5 | 9 => 1.2,
            4 | 10 => 0.3,
            _ => 0.0,
        },
        Season::Termin => {
            if is_school_holiday(week) {
                0.05
            } else {
                1.0
            }
        }
        Season::Lov => {
            if is_school_holiday(week) {
                3.0
            } else {
                0.2
            }
        }
        Season::Morker => match month {
            10..=12 | 1 | 2 => 2.0,
            3 | 9 => 1.0,
            _ => 0.3,
        },
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenariosFile {
    scenario: Vec<ScenarioDef>,
    extraordinary: Vec<ExtraordinaryDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioDef {
    event_type: String,
    weight: f64,
    season: Season,
    reporters: Vec<String>,
    place_kinds: Vec<String>,
    periods: Vec<DayPeriod>,
    count: Option<[i64; 2]>,
    texts: Vec<String>,
    #[serde(default)]
    serious: Vec<String>,
    #[serde(default)]
    serious_share: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtraordinaryDef {
    event_type: String,
    place: String,
    reporter: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeeklyFile {
    action: Vec<ActionTemplateDef>,
    followup: FollowUpTexts,
    information: Vec<InformationDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionTemplateDef {
    event_types: Vec<String>,
    title: String,
    description: String,
    kind: ActionKind,
    owner: String,
    function: String,
    partners: Vec<String>,
    recurrence: Option<String>,
    expected_effect: String,
}

/// Follow-up comments by the status after the follow-up.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FollowUpTexts {
    pub started: Vec<String>,
    pub ongoing: Vec<String>,
    pub late: Vec<String>,
    pub done: Vec<String>,
    pub cancelled: Vec<String>,
    pub results: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InformationDef {
    season: Season,
    text: String,
}

pub(crate) struct Scenario {
    /// Index into `World::tax.event_types`.
    pub event_type: usize,
    pub weight: f64,
    pub season: Season,
    /// Indices into `World::orgs`.
    pub reporters: Vec<usize>,
    /// Indices into `World::places` where it may happen.
    pub places: Vec<usize>,
    pub periods: Vec<DayPeriod>,
    pub count: Option<(i64, i64)>,
    pub texts: Vec<String>,
    pub serious: Vec<String>,
    pub serious_share: f64,
}

pub(crate) struct Extraordinary {
    pub event_type: usize,
    pub place: usize,
    pub reporter: usize,
    pub text: String,
}

pub(crate) struct ActionTemplate {
    pub event_types: Vec<Id>,
    pub title: String,
    pub description: String,
    pub kind: ActionKind,
    pub owner: usize,
    pub function: String,
    pub partners: Vec<Id>,
    pub recurrence: Option<String>,
    pub expected_effect: String,
}

/// Everything the weekly generator draws from.
pub(crate) struct Templates {
    pub scenarios: Vec<Scenario>,
    pub extraordinary: Vec<Extraordinary>,
    pub actions: Vec<ActionTemplate>,
    pub followup: FollowUpTexts,
    pub information: Vec<(Season, String)>,
}

impl Templates {
    pub fn parse(world: &World) -> Result<Templates, SeedError> {
        let file = source::DEMO_SCENARIOS.name;
        let sf: ScenariosFile = source::DEMO_SCENARIOS.parse()?;
        let et_index = |file: &'static str, code: &str| {
            world
                .tax
                .event_types
                .iter()
                .position(|e| e.code == code)
                .ok_or_else(|| SeedError::data(file, format!("händelsetypen ”{code}” finns inte")))
        };
        let org_index = |file: &'static str, code: &str| {
            world
                .org_index(code)
                .ok_or_else(|| SeedError::data(file, format!("organisationen ”{code}” finns inte")))
        };
        let mut scenarios = Vec::new();
        for s in sf.scenario {
            let places: Vec<usize> = (0..world.places.len())
                .filter(|&i| {
                    s.place_kinds.is_empty() || s.place_kinds.contains(&world.places[i].kind)
                })
                .collect();
            if places.is_empty()
                || s.texts.is_empty()
                || s.periods.is_empty()
                || s.reporters.is_empty()
            {
                return Err(SeedError::data(
                    file,
                    format!(
                        "scenariot för {} saknar platser, texter, tider eller rapportörer",
                        s.event_type
                    ),
                ));
            }
            scenarios.push(Scenario {
                event_type: et_index(file, &s.event_type)?,
                weight: s.weight,
                season: s.season,
                reporters: s
                    .reporters
                    .iter()
                    .map(|c| org_index(file, c))
                    .collect::<Result<_, _>>()?,
                places,
                periods: s.periods,
                count: s.count.map(|[a, b]| (a.min(b), a.max(b))),
                texts: s.texts,
                serious: s.serious,
                serious_share: s.serious_share,
            });
        }
        let mut extraordinary = Vec::new();
        for e in sf.extraordinary {
            extraordinary.push(Extraordinary {
                event_type: et_index(file, &e.event_type)?,
                place: world
                    .places
                    .iter()
                    .position(|p| p.code == e.place)
                    .ok_or_else(|| {
                        SeedError::data(file, format!("platsen ”{}” finns inte", e.place))
                    })?,
                reporter: org_index(file, &e.reporter)?,
                text: e.text,
            });
        }
        let file = source::DEMO_WEEKLY.name;
        let wf: WeeklyFile = source::DEMO_WEEKLY.parse()?;
        let mut actions = Vec::new();
        for a in wf.action {
            actions.push(ActionTemplate {
                event_types: a
                    .event_types
                    .iter()
                    .map(|c| et_index(file, c).map(|i| world.tax.event_types[i].id))
                    .collect::<Result<_, _>>()?,
                title: a.title,
                description: a.description,
                kind: a.kind,
                owner: org_index(file, &a.owner)?,
                function: a.function,
                partners: a
                    .partners
                    .iter()
                    .map(|c| org_index(file, c).map(|i| world.orgs[i].id))
                    .collect::<Result<_, _>>()?,
                recurrence: a.recurrence,
                expected_effect: a.expected_effect,
            });
        }
        let f = &wf.followup;
        if [
            &f.started,
            &f.ongoing,
            &f.late,
            &f.done,
            &f.cancelled,
            &f.results,
        ]
        .iter()
        .any(|l| l.is_empty())
            || actions.is_empty()
            || extraordinary.is_empty()
            || wf.information.is_empty()
        {
            return Err(SeedError::data(file, "en mall saknar texter"));
        }
        Ok(Templates {
            scenarios,
            extraordinary,
            actions,
            followup: wf.followup,
            information: wf
                .information
                .into_iter()
                .map(|i| (i.season, i.text))
                .collect(),
        })
    }
}
