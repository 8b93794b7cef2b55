//! Generated observations for one week: scenarios picked by season, places by weight and the
//! current "episodes" (a place that has a bad few weeks), texts from the templates.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::scenarios::{Season, special_day};
use super::weekly::Generator;
use super::world::demo_id;
use crate::domain::{
    Classification, DayPeriod, Grade, Id, IsoWeek, Observation, ObservationSource, ReviewStatus,
    Severity,
};

/// An observation and what the situation picture needs to know about it.
pub(crate) struct Generated {
    pub obs: Observation,
    pub area: usize,
    pub place: Option<usize>,
    pub event_type: usize,
}

impl Generated {
    /// How much it weighs in an area's assessment.
    pub fn score(&self) -> f64 {
        let grade = match self.obs.grade {
            Grade::Lag => 1.0,
            Grade::Medel => 2.0,
            Grade::Hog => 3.0,
        };
        match self.obs.severity {
            Severity::Storning => grade,
            Severity::SarskildHandelse => grade + 6.0,
            Severity::ExtraordinarHandelse => grade + 20.0,
        }
    }
}

/// Weekday weights: more happens at the end of the week.
const DAY_WEIGHTS: [f64; 7] = [1.0, 1.0, 1.0, 1.1, 1.6, 1.7, 1.1];

fn period_time(rng: &mut fastrand::Rng, p: DayPeriod) -> NaiveTime {
    let (h, span) = match p {
        DayPeriod::Morgon => (6, 3),
        DayPeriod::Dag => (9, 8),
        DayPeriod::Kvall => (17, 5),
        DayPeriod::Natt => (22, 6),
    };
    let hour = (h + rng.u32(0..span)) % 24;
    NaiveTime::from_hms_opt(hour, rng.u32(0..12) * 5, 0).unwrap_or(NaiveTime::MIN)
}

fn period_phrase(p: DayPeriod) -> &'static str {
    match p {
        DayPeriod::Morgon => "på morgonen",
        DayPeriod::Dag => "under dagen",
        DayPeriod::Kvall => "under kvällen",
        DayPeriod::Natt => "under natten",
    }
}

pub(crate) fn pick_weighted(rng: &mut fastrand::Rng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return 0;
    }
    let mut x = rng.f64() * total;
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len().saturating_sub(1)
}

impl Generator<'_> {
    /// The week's observations. `reviewed`: the week has been through a meeting.
    pub(crate) fn observations(&mut self, week: IsoWeek, reviewed: bool) -> Vec<Generated> {
        let days: Vec<NaiveDate> = (0..7)
            .map(|i| week.monday() + Duration::days(i))
            .filter(|d| *d <= self.today)
            .collect();
        if days.is_empty() {
            return Vec::new();
        }
        let (lo, hi) = self.scale.observations;
        let mut n = self.rng.usize(lo..=hi) as f64;
        if self.scale.seasonal {
            n *= match week.day(Weekday::Wed).month() {
                6..=8 => 1.2,
                12 | 1 => 1.05,
                _ => 1.0,
            };
        }
        let n = ((n * days.len() as f64 / 7.0).round() as usize).max(1);
        let weights: Vec<f64> = self
            .templates
            .scenarios
            .iter()
            .map(|s| s.weight * super::scenarios::season_factor(s.season, week))
            .collect();
        let mut out: Vec<Generated> = Vec::with_capacity(n + 1);
        for _ in 0..n {
            let s_idx = pick_weighted(&mut self.rng, &weights);
            let g = self.observation(week, &days, s_idx, out.len());
            out.push(g);
        }
        if self.extraordinary_weeks.contains(&week) {
            let g = self.extraordinary(week, &days, out.len());
            out.push(g);
        }
        for i in 0..out.len() {
            let status = if reviewed {
                self.review_status(&out, i)
            } else {
                (ReviewStatus::Ny, None)
            };
            out[i].obs.review_status = status.0;
            out[i].obs.duplicate_of_id = status.1;
        }
        out
    }

    fn review_status(&mut self, week: &[Generated], i: usize) -> (ReviewStatus, Option<Id>) {
        let x = self.rng.f64();
        if x < 0.03 {
            let me = &week[i];
            if let Some(orig) = week[..i]
                .iter()
                .rev()
                .find(|o| o.area == me.area && o.event_type == me.event_type)
            {
                return (ReviewStatus::Dubblett, Some(orig.obs.id));
            }
        }
        match x {
            x if x < 0.08 => (ReviewStatus::Avford, None),
            x if x < 0.28 => (ReviewStatus::Granskad, None),
            _ => (ReviewStatus::ILagesbild, None),
        }
    }

    fn pick_day(&mut self, days: &[NaiveDate]) -> NaiveDate {
        let w: Vec<f64> = days
            .iter()
            .map(|d| DAY_WEIGHTS[d.weekday().num_days_from_monday() as usize])
            .collect();
        days[pick_weighted(&mut self.rng, &w)]
    }

    fn observation(
        &mut self,
        week: IsoWeek,
        days: &[NaiveDate],
        s_idx: usize,
        n: usize,
    ) -> Generated {
        let world = self.world;
        let s = &self.templates.scenarios[s_idx];
        let place_weights: Vec<f64> = s
            .places
            .iter()
            .map(|&p| {
                world.places[p].weight
                    * world.areas[world.places[p].area].weight.max(0.5)
                    * self.boost(p)
            })
            .collect();
        let place = s.places[pick_weighted(&mut self.rng, &place_weights)];
        let area = world.places[place].area;
        let place = (self.rng.f64() >= 0.2).then_some(place);
        let date = match s.season {
            Season::Nyar | Season::Valborg => {
                special_day(s.season, week).filter(|d| days.contains(d))
            }
            _ => None,
        }
        .unwrap_or_else(|| self.pick_day(days));
        let period = s.periods[self.rng.usize(..s.periods.len())];
        let serious = !s.serious.is_empty() && self.rng.f64() < s.serious_share;
        let texts = if serious { &s.serious } else { &s.texts };
        let template = &texts[self.rng.usize(..texts.len())];
        let count = s.count.map(|(lo, hi)| self.rng.i64(lo..=hi));
        let pa = match place {
            Some(p) => world.places[p].pa.as_str(),
            None => world.areas[area].pa.as_str(),
        };
        let description = template
            .replace("{pa}", pa)
            .replace("{dygn}", period_phrase(period))
            .replace(
                "{antal}",
                &count
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "flera".into()),
            );
        let reporter = s.reporters[self.rng.usize(..s.reporters.len())];
        let grade = if serious {
            Grade::Hog
        } else {
            match self.rng.f64() {
                x if x < 0.45 => Grade::Lag,
                x if x < 0.87 => Grade::Medel,
                _ => Grade::Hog,
            }
        };
        let severity = if serious {
            Severity::SarskildHandelse
        } else {
            Severity::Storning
        };
        let event_type = s.event_type;
        self.make(
            week,
            n,
            reporter,
            event_type,
            area,
            place,
            date,
            period,
            description,
            grade,
            severity,
            count,
        )
    }

    fn extraordinary(&mut self, week: IsoWeek, days: &[NaiveDate], n: usize) -> Generated {
        let i = self.rng.usize(..self.templates.extraordinary.len());
        let e = &self.templates.extraordinary[i];
        let (reporter, event_type, place, text) =
            (e.reporter, e.event_type, e.place, e.text.clone());
        let area = self.world.places[place].area;
        let date = days[days.len() / 2];
        self.make(
            week,
            n,
            reporter,
            event_type,
            area,
            Some(place),
            date,
            DayPeriod::Natt,
            text,
            Grade::Hog,
            Severity::ExtraordinarHandelse,
            None,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn make(
        &mut self,
        week: IsoWeek,
        n: usize,
        reporter: usize,
        event_type: usize,
        area: usize,
        place: Option<usize>,
        date: NaiveDate,
        period: DayPeriod,
        description: String,
        grade: Grade,
        severity: Severity,
        count: Option<i64>,
    ) -> Generated {
        let world = self.world;
        let org = &world.orgs[reporter];
        let exact = self.rng.bool();
        let time_from = exact.then(|| period_time(&mut self.rng, period));
        let report_day = if date < self.today && self.rng.bool() {
            date + Duration::days(1)
        } else {
            date
        };
        let report_time = NaiveTime::from_hms_opt(7 + self.rng.u32(0..9), self.rng.u32(0..60), 0)
            .unwrap_or(NaiveTime::MIN);
        let reported_at = (report_day.and_time(report_time) - Duration::hours(1)).and_utc();
        let source = if org.code == "samhallsbyggnad" && self.rng.f64() < 0.3 {
            ObservationSource::Etjanst
        } else {
            ObservationSource::Rapportor
        };
        let reporter_id = if !org.participant_ids.is_empty() && self.rng.bool() {
            Some(org.participant_ids[self.rng.usize(..org.participant_ids.len())])
        } else {
            None
        };
        let obs = Observation {
            id: demo_id(
                "observation",
                &format!("{}-{}:{n}", week.year(), week.week()),
            ),
            classification: Classification::Begransad,
            reporting_org_id: org.id,
            reporter_id,
            event_type_id: world.tax.event_types[event_type].id,
            area_id: world.areas[area].id,
            place_id: place.map(|p| world.places[p].id),
            occurred_on: date,
            occurred_until: None,
            time_from,
            time_to: None,
            day_period: (!exact).then_some(period),
            reported_at,
            description,
            grade,
            severity,
            count_estimate: count,
            source,
            external_ref: None,
            review_status: ReviewStatus::Ny,
            duplicate_of_id: None,
            pii_confirmed: false,
        };
        Generated {
            obs,
            area,
            place,
            event_type,
        }
    }
}
