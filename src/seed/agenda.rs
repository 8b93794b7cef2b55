//! The texts of a held meeting's agenda, § 1–9 as in the minutes layout (EXPORTS.md).

use chrono::{Duration, NaiveDate};

use super::actions::{Decided, Followed};
use super::picture::PictureInfo;
use super::scenarios::season_factor;
use super::weekly::{AgendaRow, Generator, T1, T2, T3, T4, T5, T6, T7, T8, T9, row};
use crate::domain::week::date_long_sv;
use crate::domain::{AgendaKind, IsoWeek, Lang, Vocabulary};
use crate::i18n::dates::time_span;

/// How many actions § 6 names before "samt N ytterligare".
const LISTED: usize = 6;

impl Generator<'_> {
    pub(crate) fn held_agenda(
        &mut self,
        week: IsoWeek,
        date: NaiveDate,
        followed: &Followed,
        picture: &PictureInfo,
        decided: &[Decided],
    ) -> Vec<AgendaRow> {
        let world = self.world;
        let f = followed;
        let uppfoljning = if f.total == 0 {
            "Föregående mötes anteckningar lades till handlingarna. Inga åtgärder att följa upp."
                .to_string()
        } else {
            format!(
                "Föregående mötes anteckningar lades till handlingarna. {} åtgärder följdes upp: {} genomförda, {} pågår, {} försenade, {} inställda.",
                f.total, f.done, f.ongoing, f.late, f.cancelled
            )
        };
        let omraden: Vec<String> = picture
            .areas
            .iter()
            .filter(|a| a.count > 0 || a.rank.is_some())
            .map(|a| {
                format!(
                    "{} – {}, {} {}: {}",
                    world.areas[a.area].name,
                    a.level,
                    a.trend.arrow(),
                    a.trend,
                    a.text
                )
            })
            .collect();
        let omrade_text = format!(
            "Vecka {}: {}.\n{}",
            week.plus_weeks(-1).week(),
            super::picture::reported_events(picture.total),
            omraden.join("\n")
        );
        let prio: Vec<String> = picture
            .priorities
            .iter()
            .enumerate()
            .map(|(r, &i)| {
                let a = &picture.areas[i];
                let spots: Vec<&str> = a
                    .hot_spots
                    .iter()
                    .map(|&p| world.places[p].name.as_str())
                    .collect();
                if spots.is_empty() {
                    format!("{}. {}", r + 1, world.areas[a.area].name)
                } else {
                    format!(
                        "{}. {} ({})",
                        r + 1,
                        world.areas[a.area].name,
                        spots.join(", ")
                    )
                }
            })
            .collect();
        let prio_names: Vec<&str> = picture
            .priorities
            .iter()
            .map(|&i| world.areas[picture.areas[i].area].name.as_str())
            .collect();
        let mut analys = format!("Prioriterade områden kommande vecka: {}.", prio.join("; "));
        if picture.escalated > 0 {
            analys.push_str(&format!(
                " {} under veckan; tjänsteperson i beredskap har informerats.",
                super::picture::above_disturbance(picture.escalated)
            ));
        }
        let analys_beslut = (!prio_names.is_empty()).then(|| {
            format!(
                "Beslut: att prioritera {} kommande vecka.",
                prio_names.join(", ")
            )
        });
        let listed: Vec<String> = decided
            .iter()
            .take(LISTED)
            .map(|d| {
                format!(
                    "– {} (ansvarig: {}, klart senast {})",
                    d.title, d.owner, d.due_on
                )
            })
            .collect();
        let mut atgarder = listed.join("\n");
        if decided.len() > LISTED {
            atgarder.push_str(&format!(
                "\nsamt {} ytterligare åtgärder enligt åtgärdslistan.",
                decided.len() - LISTED
            ));
        }
        let beslut = (!decided.is_empty()).then(|| {
            format!("Beslut: att genomföra {} åtgärder enligt åtgärdslistan med ansvariga och datum enligt ovan.", decided.len())
        });
        let info: Vec<&String> = self
            .templates
            .information
            .iter()
            .filter(|(s, _)| season_factor(*s, week) >= 1.0)
            .map(|(_, t)| t)
            .collect();
        let mut information = Vec::new();
        if !info.is_empty() {
            information.push(info[self.rng.usize(..info.len())].clone());
            let second = info[self.rng.usize(..info.len())].clone();
            if !information.contains(&second) {
                information.push(second);
            }
        }
        // The next meeting is the series' next one after this.
        let series = &world.series;
        let next = series.next_date(date + Duration::days(1));
        vec![
            row(
                AgendaKind::Oppnande,
                T1,
                "Ordföranden öppnade mötet och hälsade välkommen.".into(),
                None,
            ),
            row(
                AgendaKind::Dagordning,
                T2,
                "Dagordningen godkändes.".into(),
                None,
            ),
            row(
                AgendaKind::Uppfoljning,
                T3,
                uppfoljning,
                Some("Beslut: att lägga uppföljningen till handlingarna.".into()),
            ),
            row(AgendaKind::Omrade, T4, omrade_text, None),
            row(AgendaKind::Analys, T5, analys, analys_beslut),
            row(AgendaKind::Beslut, T6, atgarder, beslut),
            row(AgendaKind::Information, T7, information.join(" "), None),
            row(
                AgendaKind::NastaMote,
                T8,
                format!(
                    "Nästa möte {} {} {}, {}.",
                    series.weekday.label(Lang::Sv),
                    date_long_sv(next),
                    time_span(Lang::Sv, series.start_time, series.end_time),
                    series.location
                ),
                None,
            ),
            row(
                AgendaKind::Avslutande,
                T9,
                "Ordföranden tackade för visat intresse och avslutade mötet.".into(),
                None,
            ),
        ]
    }
}
