//! The meeting series (*mötesserien*): the samverkansgrupp's standing arrangements — its
//! name, day, time and room, the functions that chair, take notes and check the minutes, and
//! the default agenda. A new meeting takes its details from it. It is a record like any other
//! (op-logged, exchanged with partners), not a setting: every partner's copy plans the same
//! meetings.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::Id;
use super::entity::entity;
use super::vocab::{AgendaKind, Lang, MeetingKind, Vocabulary, Weekday};

entity! {
    MeetingSeries => MeetingSeries {
        /// The group, e.g. "Samverkansgrupp trygghet (EST)".
        group_name: String [name],
        kind: MeetingKind,
        weekday: Weekday,
        start_time: Option<NaiveTime>,
        end_time: Option<NaiveTime>,
        location: String,
        /// The function that chairs ("trygghetssamordnare"), never a person's name.
        chair: String,
        /// The function that takes the notes.
        note_taker: String,
        /// The function that checks (justerar) the minutes.
        adjuster: Option<String>,
        /// The default agenda, one § title per entry.
        agenda: Vec<String>,
        active: bool,
        /// The member organisations, the ones the attendance lists first. Optional so that a
        /// series made before members existed (lagesbild 0.3.0, payload schema 3) still reads:
        /// `None` and an empty list both mean no members named.
        member_ids: Option<Vec<Id>> [refers(Organisation)],
    }
}

/// The agenda a series starts with: the weekly meeting's §§ in the order the guide runs them.
pub const DEFAULT_AGENDA: [AgendaKind; 10] = [
    AgendaKind::Oppnande,
    AgendaKind::Dagordning,
    AgendaKind::Uppfoljning,
    AgendaKind::PolisensLagesbild,
    AgendaKind::Omrade,
    AgendaKind::Beslut,
    AgendaKind::PlaneradeHandelser,
    AgendaKind::Ovrigt,
    AgendaKind::NastaMote,
    AgendaKind::Avslutande,
];

impl MeetingSeries {
    /// The first day on or after `from` that is the series' weekday.
    pub fn next_date(&self, from: NaiveDate) -> NaiveDate {
        let want = self.weekday.chrono().num_days_from_monday();
        let have = from.weekday().num_days_from_monday();
        from + chrono::Duration::days(i64::from((7 + want - have) % 7))
    }

    /// The member organisations (none when the series names none).
    pub fn members(&self) -> &[Id] {
        self.member_ids.as_deref().unwrap_or_default()
    }

    /// The default agenda's titles in `lang`.
    pub fn default_agenda(lang: Lang) -> Vec<String> {
        DEFAULT_AGENDA
            .iter()
            .map(|k| capitalised(k.label(lang)))
            .collect()
    }
}

/// The kind of § a title of the agenda names: a standard § by its label (any language, any
/// case), anything else information.
pub fn agenda_kind(title: &str) -> AgendaKind {
    AgendaKind::parse(title).unwrap_or(AgendaKind::Information)
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Classification, Id};

    fn series(weekday: Weekday) -> MeetingSeries {
        MeetingSeries {
            id: Id::new(),
            classification: Classification::Begransad,
            group_name: "Samverkansgrupp trygghet".into(),
            kind: MeetingKind::Vecka,
            weekday,
            start_time: None,
            end_time: None,
            location: String::new(),
            chair: "trygghetssamordnare".into(),
            note_taker: String::new(),
            adjuster: None,
            agenda: vec![],
            active: true,
            member_ids: None,
        }
    }

    #[test]
    fn the_next_date_is_the_series_weekday_on_or_after_the_day() {
        // 2026-11-26 is a Thursday.
        let thursday = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
        assert_eq!(series(Weekday::Torsdag).next_date(thursday), thursday);
        assert_eq!(
            series(Weekday::Mandag).next_date(thursday).to_string(),
            "2026-11-30"
        );
        assert_eq!(
            series(Weekday::Fredag).next_date(thursday).to_string(),
            "2026-11-27"
        );
    }

    #[test]
    fn the_default_agenda_names_the_standard_paragraphs_and_their_kind_is_read_back() {
        let agenda = MeetingSeries::default_agenda(Lang::Sv);
        assert_eq!(agenda.len(), DEFAULT_AGENDA.len());
        for (title, kind) in agenda.iter().zip(DEFAULT_AGENDA) {
            assert_eq!(agenda_kind(title), kind, "{title}");
        }
        assert_eq!(agenda_kind("Skolans lägesbild"), AgendaKind::Information);
    }
}
