//! Vocabularies users may extend: loaded from `data/` and stored as records, never hard-coded.

use super::entity::entity;

entity! {
    /// One entry of an extensible vocabulary (organisation kinds, area kinds, place kinds).
    Term => Term {
        /// Which vocabulary: `organisation_kind`, `area_kind`, `place_kind`.
        vocabulary: String,
        code: String,
        label_sv: String,
        label_en: String,
        sort: i64,
        active: bool,
    }
}

entity! {
    /// A kind of event (händelsetyp). Never deleted, only deactivated.
    EventType => EventType {
        code: String,
        label_sv: String,
        label_en: String,
        /// A grouping for overviews: ordning, skadegörelse, våld, brand, trafik, miljö, övrigt.
        group_code: String,
        is_crime: bool,
        /// The police feed's `type` values that map to this event type.
        police_aliases: Vec<String>,
        sort: i64,
        active: bool,
    }
}
