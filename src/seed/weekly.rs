//! The generated weekly EST loop: for every week, the observations, and the Thursday meeting
//! with its attendance, agenda (§ 1–9), situation picture, follow-ups and new actions. The
//! first meeting on or after today is planned, not held, so a user can run it.

use chrono::{Duration, NaiveDate};

use super::counts::Counts;
use super::observations::{Generated, pick_weighted};
use super::scenarios::Templates;
use super::world::{World, demo_id};
use crate::domain::{
    AgendaItem, AgendaKind, Attendance, Classification, Id, IsoWeek, Meeting, MeetingKind,
    MeetingStatus, Presence,
};
use crate::store::{self, Writer};

/// How much to generate per week.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scale {
    pub observations: (usize, usize),
    pub actions: (usize, usize),
    /// More observations in summer and around new year.
    pub seasonal: bool,
}

impl Scale {
    pub const DEMO: Scale = Scale {
        observations: (20, 40),
        actions: (2, 5),
        seasonal: true,
    };
    pub const LARGE: Scale = Scale {
        observations: (195, 215),
        actions: (20, 22),
        seasonal: false,
    };
}

/// An action decided in a meeting that is still followed up.
pub(crate) struct OpenAction {
    pub id: Id,
    pub status: crate::domain::ActionStatus,
    pub due_on: NaiveDate,
    /// The meeting (by number) at which it is finished or cancelled; None: it drags on.
    pub finish_at: Option<usize>,
    pub cancel: bool,
    pub decided_at: usize,
}

pub(crate) struct Generator<'a> {
    pub world: &'a World,
    pub templates: &'a Templates,
    pub rng: fastrand::Rng,
    pub scale: Scale,
    pub today: NaiveDate,
    pub extraordinary_weeks: Vec<IsoWeek>,
    /// A place with a bad few weeks: (place, last week, boost).
    episodes: Vec<(usize, IsoWeek, f64)>,
    pub open: Vec<OpenAction>,
    /// Observations per area in the previous picture, for the trend.
    pub prev_area_counts: Vec<usize>,
    /// The number of the meeting being generated (0 is the first).
    pub meeting_no: usize,
}

/// The seed of the demo's random numbers: the same demo every run for the same `today`.
const SEED: u64 = 0x1a9e_5b11d;

impl<'a> Generator<'a> {
    pub fn new(world: &'a World, templates: &'a Templates, scale: Scale, today: NaiveDate) -> Self {
        Generator {
            world,
            templates,
            rng: fastrand::Rng::with_seed(SEED),
            scale,
            today,
            extraordinary_weeks: Vec::new(),
            episodes: Vec::new(),
            open: Vec::new(),
            prev_area_counts: vec![0; world.areas.len()],
            meeting_no: 0,
        }
    }

    /// How much more than usual happens at a place this week.
    pub fn boost(&self, place: usize) -> f64 {
        self.episodes
            .iter()
            .filter(|e| e.0 == place)
            .map(|e| e.2)
            .fold(1.0, f64::max)
    }

    fn start_week(&mut self, week: IsoWeek) {
        self.episodes.retain(|e| e.1 >= week);
        if self.episodes.len() < 3 && self.rng.f64() < 0.3 {
            let weights: Vec<f64> = self.world.places.iter().map(|p| p.weight).collect();
            let place = pick_weighted(&mut self.rng, &weights);
            let until = week.plus_weeks(self.rng.i64(2..=5));
            let boost = 2.5 + self.rng.f64() * 2.5;
            self.episodes.push((place, until, boost));
        }
    }

    /// The week of the meeting still to hold: this week's while its day has not passed (a
    /// meeting today is still to hold), else next week's; every meeting before today is held.
    pub fn planned_week(&self) -> IsoWeek {
        let this_week = IsoWeek::of(self.today);
        if this_week.day(self.world.series.weekday.chrono()) < self.today {
            this_week.plus_weeks(1)
        } else {
            this_week
        }
    }

    /// Generates `weeks` weeks of meetings ending with the planned one (and the observations
    /// of the week before the first), inside the caller's transaction. After each week
    /// `progress` hears how far it has come; when it answers `false` the run stops with an
    /// error, so the caller's transaction is rolled back.
    pub fn run(
        &mut self,
        w: &mut Writer<'_>,
        weeks: usize,
        counts: &mut Counts,
        progress: &mut dyn FnMut(f64) -> bool,
    ) -> store::Result<(IsoWeek, IsoWeek)> {
        let current = self.planned_week();
        let first = current.plus_weeks(1 - weeks as i64);
        let span = weeks as i64 + 1;
        self.extraordinary_weeks = if self.scale.seasonal {
            vec![current.plus_weeks(-((weeks as i64) * 2 / 5).max(2))]
        } else {
            (0..weeks / 52)
                .map(|y| first.plus_weeks(y as i64 * 52 + self.rng.i64(0..52)))
                .collect()
        };
        let mut prev: Vec<Generated> = Vec::new();
        for k in 0..span {
            let week = first.plus_weeks(k - 1);
            self.start_week(week);
            let reviewed = week <= current.plus_weeks(-2);
            let obs = self.observations(week, reviewed);
            for g in &obs {
                counts.create(w, &g.obs)?;
            }
            if k > 0 {
                self.meeting(w, counts, week, week == current, &prev)?;
                self.meeting_no += 1;
            }
            prev = obs;
            if !progress((k + 1) as f64 / span as f64) {
                return Err(store::StoreError::Invalid(
                    "Inläsningen av demodata avbröts.".into(),
                ));
            }
        }
        Ok((first, current))
    }

    fn meeting(
        &mut self,
        w: &mut Writer<'_>,
        c: &mut Counts,
        week: IsoWeek,
        planned: bool,
        prev: &[Generated],
    ) -> store::Result<()> {
        let world = self.world;
        // Every meeting is the series': its weekday, time, room and functions.
        let m = &world.series;
        let date = week.day(m.weekday.chrono());
        let id = demo_id("meeting", &week.to_string());
        let last_held = week == self.planned_week().plus_weeks(-1);
        let status = match (planned, last_held) {
            (true, _) => MeetingStatus::Planerat,
            (false, true) => MeetingStatus::Avslutat,
            (false, false) => MeetingStatus::Justerat,
        };
        let approved_on =
            (status == MeetingStatus::Justerat).then(|| date + Duration::days(self.rng.i64(1..=4)));
        c.create(
            w,
            &Meeting {
                id,
                classification: Classification::Begransad,
                kind: MeetingKind::Vecka,
                group_name: m.group_name.clone(),
                date,
                start_time: m.start_time,
                end_time: m.end_time,
                location: m.location.clone(),
                chair: m.chair.clone(),
                note_taker: m.note_taker.clone(),
                adjuster: m.adjuster.clone(),
                status,
                approved_on,
                dnr: None,
                notes: String::new(),
                series_id: Some(m.id),
            },
        )?;
        let texts = if planned {
            self.planned_agenda()
        } else {
            self.attendance(w, c, id, week)?;
            let followed = self.follow_ups(w, c, id, date)?;
            let picture = self.picture(w, c, id, week, prev)?;
            let decided = self.new_actions(w, c, id, date, &picture)?;
            self.held_agenda(week, date, &followed, &picture, &decided)
        };
        for (i, (kind, title, text, decision, area)) in texts.into_iter().enumerate() {
            c.create(
                w,
                &AgendaItem {
                    id: demo_id("agenda_item", &format!("{week}:{}", i + 1)),
                    classification: Classification::Begransad,
                    meeting_id: id,
                    number: i as i64 + 1,
                    kind,
                    area_id: area,
                    title: title.to_string(),
                    text,
                    decision,
                },
            )?;
        }
        Ok(())
    }

    fn attendance(
        &mut self,
        w: &mut Writer<'_>,
        c: &mut Counts,
        meeting: Id,
        week: IsoWeek,
    ) -> store::Result<()> {
        let summer = (27..=32).contains(&week.week());
        for org in self.world.orgs.iter() {
            let adjunct = !org.member;
            if adjunct && self.rng.f64() > 0.08 {
                continue;
            }
            let x = self.rng.f64();
            let away = if summer { 0.35 } else { 0.1 };
            let (presence, until) = if adjunct || x >= away + 0.07 {
                (Presence::Narvarande, None)
            } else if x < away {
                (Presence::Forhinder, None)
            } else {
                (Presence::Delvis, Some(self.rng.i64(3..=6)))
            };
            let functions = org
                .functions
                .iter()
                .take(2)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            c.create(
                w,
                &Attendance {
                    id: demo_id("attendance", &format!("{week}:{}", org.code)),
                    classification: Classification::Begransad,
                    meeting_id: meeting,
                    organisation_id: org.id,
                    presence,
                    until_item: until,
                    functions,
                    adjunct,
                },
            )?;
        }
        Ok(())
    }

    /// The planned meeting's §§ without texts: what is said is written at the meeting, from
    /// the week's data as it is then (a count fixed at seeding goes stale).
    fn planned_agenda(&mut self) -> Vec<AgendaRow> {
        vec![
            row(AgendaKind::Oppnande, T1, String::new(), None),
            row(AgendaKind::Dagordning, T2, String::new(), None),
            row(AgendaKind::Uppfoljning, T3, String::new(), None),
            row(AgendaKind::Omrade, T4, String::new(), None),
            row(AgendaKind::Analys, T5, String::new(), None),
            row(AgendaKind::Beslut, T6, String::new(), None),
            row(AgendaKind::Information, T7, String::new(), None),
            row(AgendaKind::NastaMote, T8, String::new(), None),
            row(AgendaKind::Avslutande, T9, String::new(), None),
        ]
    }
}

/// One § of the agenda: kind, title, text, decision, area.
pub(crate) type AgendaRow = (AgendaKind, &'static str, String, Option<String>, Option<Id>);

pub(crate) fn row(
    kind: AgendaKind,
    title: &'static str,
    text: String,
    decision: Option<String>,
) -> AgendaRow {
    (kind, title, text, decision, None)
}

pub(crate) const T1: &str = "Mötets öppnande";
pub(crate) const T2: &str = "Godkännande av dagordning";
pub(crate) const T3: &str = "Föregående mötes anteckningar och uppföljning av åtgärdslistan";
pub(crate) const T4: &str = "Gemensam lägesbild – per område (inga personuppgifter)";
pub(crate) const T5: &str = "Analys och prioritering";
pub(crate) const T6: &str = "Åtgärder och insatser";
pub(crate) const T7: &str = "Information och övriga frågor";
pub(crate) const T8: &str = "Nästa möte";
pub(crate) const T9: &str = "Mötets avslutande";
