//! The lägesbild: per period, an assessment of each area.

use chrono::{DateTime, NaiveDate, Utc};

use super::entity::entity;
use super::id::Id;
use super::vocab::{AreaLevel, PictureLevel, PictureStatus, Trend};

entity! {
    SituationPicture => SituationPicture {
        level: PictureLevel,
        period_start: NaiveDate,
        period_end: NaiveDate,
        scope_area_id: Option<Id> [refers(Area)],
        meeting_id: Option<Id> [refers(Meeting)],
        summary: String [name, free_text],
        status: PictureStatus,
        established_by: Option<String>,
        established_at: Option<DateTime<Utc>>,
        /// Who receives it (sändlista).
        distribution: String,
    }
}

impl SituationPicture {
    /// What a person calls the picture wherever it is a reference (a picker, a detail, `list`):
    /// its period — "Lägesbild v. 47 2026", "Lägesbild 2026-T3", "Lägesbild 2026" — not its
    /// summary, which is a paragraph and not yet written while the picture is a draft.
    pub fn period_name(&self, lang: super::Lang) -> String {
        use crate::i18n::t;
        use chrono::Datelike;
        let start = self.period_start;
        let year = start.year().to_string();
        match self.level {
            PictureLevel::Vecka => {
                let week = super::IsoWeek::of(start);
                t!(
                    lang,
                    "picture-name-week",
                    week = week.week().to_string(),
                    year = week.year().to_string()
                )
            }
            PictureLevel::Tertial => t!(
                lang,
                "picture-name-tertial",
                year = year,
                tertial = ((start.month() - 1) / 4 + 1).to_string()
            ),
            PictureLevel::Ar => t!(lang, "picture-name-year", year = year),
            PictureLevel::Platssamverkan => t!(
                lang,
                "picture-name-period",
                start = start.to_string(),
                end = self.period_end.to_string()
            ),
        }
    }
}

entity! {
    /// How one area is doing in one lägesbild.
    AreaAssessment => AreaAssessment {
        picture_id: Id [refers(SituationPicture)],
        area_id: Id [refers(Area)],
        level: AreaLevel,
        trend: Trend,
        key_event_type_ids: Vec<Id> [refers(EventType)],
        text: String [name, free_text],
        is_priority: bool,
        priority_rank: Option<i64>,
        hot_spot_place_ids: Vec<Id> [refers(Place)],
    }
}

impl AreaAssessment {
    /// Makes the place a hot spot, or no longer one when it already is; the area's other hot
    /// spots stay. True when it was added.
    pub fn toggle_hot_spot(&mut self, place: Id) -> bool {
        if let Some(i) = self.hot_spot_place_ids.iter().position(|p| *p == place) {
            self.hot_spot_place_ids.remove(i);
            false
        } else {
            self.hot_spot_place_ids.push(place);
            true
        }
    }

    /// The place to offer first among the area's `places`: the first that is not yet a hot
    /// spot, else the first.
    pub fn hot_spot_candidate(&self, places: &[Id]) -> Option<Id> {
        places
            .iter()
            .find(|p| !self.hot_spot_place_ids.contains(p))
            .or_else(|| places.first())
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Classification;

    fn assessment(hot_spots: Vec<Id>) -> AreaAssessment {
        AreaAssessment {
            id: Id::new(),
            classification: Classification::Begransad,
            picture_id: Id::new(),
            area_id: Id::new(),
            level: AreaLevel::Forhojt,
            trend: Trend::Oforandrad,
            key_event_type_ids: vec![],
            text: String::new(),
            is_priority: false,
            priority_rank: None,
            hot_spot_place_ids: hot_spots,
        }
    }

    #[test]
    fn toggling_a_hot_spot_keeps_the_others() {
        let (torget, tunneln, skolan) = (Id::new(), Id::new(), Id::new());
        let mut a = assessment(vec![torget, tunneln]);
        assert!(a.toggle_hot_spot(skolan));
        assert_eq!(a.hot_spot_place_ids, [torget, tunneln, skolan]);
        assert!(!a.toggle_hot_spot(torget));
        assert_eq!(a.hot_spot_place_ids, [tunneln, skolan]);
    }

    #[test]
    fn the_first_place_offered_is_one_not_yet_a_hot_spot() {
        let (torget, tunneln, skolan) = (Id::new(), Id::new(), Id::new());
        let places = [torget, tunneln, skolan];
        assert_eq!(
            assessment(vec![torget]).hot_spot_candidate(&places),
            Some(tunneln)
        );
        assert_eq!(
            assessment(places.to_vec()).hot_spot_candidate(&places),
            Some(torget)
        );
        assert_eq!(assessment(vec![]).hot_spot_candidate(&[]), None);
    }

    #[test]
    fn a_picture_is_named_by_its_period() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let picture = |level, start, end| SituationPicture {
            id: Id::new(),
            classification: Classification::Begransad,
            level,
            period_start: start,
            period_end: end,
            scope_area_id: None,
            meeting_id: None,
            summary: "Lugnt i stort, oro vid torget.".into(),
            status: PictureStatus::Utkast,
            established_by: None,
            established_at: None,
            distribution: String::new(),
        };
        let sv = crate::domain::Lang::Sv;
        let week = picture(PictureLevel::Vecka, day(2026, 11, 16), day(2026, 11, 22));
        assert_eq!(week.period_name(sv), "Lägesbild v. 47 2026");
        // The ISO week's year, not the calendar year of its Monday.
        let turn = picture(PictureLevel::Vecka, day(2024, 12, 30), day(2025, 1, 5));
        assert_eq!(turn.period_name(sv), "Lägesbild v. 1 2025");
        let third = picture(PictureLevel::Tertial, day(2026, 9, 1), day(2026, 12, 31));
        assert_eq!(third.period_name(sv), "Lägesbild 2026-T3");
        let year = picture(PictureLevel::Ar, day(2026, 1, 1), day(2026, 12, 31));
        assert_eq!(year.period_name(sv), "Lägesbild 2026");
        assert_eq!(
            third.period_name(crate::domain::Lang::En),
            "Situation picture 2026-T3"
        );
    }
}
