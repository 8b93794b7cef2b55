//! Vocabularies users may extend: loaded from `data/` and stored as records, never hard-coded.

use super::entity::entity;

entity! {
    /// One entry of an extensible vocabulary (organisation kinds, area kinds, place kinds).
    Term => Term {
        /// Which vocabulary: `organisation_kind`, `area_kind`, `place_kind`.
        vocabulary: String,
        code: String,
        label_sv: String [name],
        label_en: String,
        sort: i64,
        active: bool,
    }
}

entity! {
    /// A kind of event (händelsetyp). Never deleted, only deactivated.
    EventType => EventType {
        code: String,
        label_sv: String [name],
        label_en: String,
        /// A grouping for overviews (a code): ordning, skadegorelse, vald, egendom, narkotika, brand,
        /// trafik, miljo, ovrigt.
        group_code: String,
        is_crime: bool,
        /// The police feed's `type` values that map to this event type.
        police_aliases: Vec<String>,
        sort: i64,
        active: bool,
    }
}

impl EventType {
    /// The label in `lang`: the English one in English documents and screens when the
    /// taxonomy has one, else the Swedish.
    pub fn label(&self, lang: crate::domain::Lang) -> &str {
        match lang {
            crate::domain::Lang::En if !self.label_en.trim().is_empty() => &self.label_en,
            _ => &self.label_sv,
        }
    }

    /// Whether a police feed `type` value is one of this event type's aliases. The feed's values
    /// drift in case and carry stray spaces (`"Lagen om hundar och katter "`), so both sides are
    /// compared trimmed and case-insensitively.
    pub fn matches_police_type(&self, t: &str) -> bool {
        let t = t.trim().to_lowercase();
        !t.is_empty()
            && self
                .police_aliases
                .iter()
                .any(|a| a.trim().to_lowercase() == t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Classification, Id};

    fn event_type(aliases: &[&str]) -> EventType {
        EventType {
            id: Id::from_name("event_type", "ordningsstorning"),
            classification: Classification::Oppen,
            code: "ordningsstorning".into(),
            label_sv: "Ordningsstörning".into(),
            label_en: "Public disorder".into(),
            group_code: "ordning".into(),
            is_crime: false,
            police_aliases: aliases.iter().map(|a| a.to_string()).collect(),
            sort: 70,
            active: true,
        }
    }

    #[test]
    fn police_types_match_trimmed_and_case_insensitive() {
        let t = event_type(&["Fylleri/LOB", "Lagen om hundar och katter", "Ordningslagen"]);
        assert!(t.matches_police_type("Fylleri/LOB"));
        assert!(t.matches_police_type("fylleri/lob"));
        assert!(
            t.matches_police_type("Lagen om hundar och katter "),
            "the feed's trailing space"
        );
        assert!(t.matches_police_type("  ORDNINGSLAGEN"));
        assert!(!t.matches_police_type("Fylleri"), "no prefix matching");
        assert!(!t.matches_police_type(""));
        assert!(!t.matches_police_type("   "));
        assert!(
            event_type(&["Våld/hot mot tjänsteman"]).matches_police_type("VÅLD/HOT MOT TJÄNSTEMAN")
        );
    }
}
