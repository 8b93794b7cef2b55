//! The Swedish words of the forms generated from the registry (`forms::registry`), gathered
//! here so they move to the message catalogue in one step: a label per field, the
//! classification's choices and the messages beside a field.

use crate::domain::{Classification, EntityKind, Vocabulary};

/// The label of a field in a generated form.
pub fn field_sv(kind: EntityKind, field: &str) -> &'static str {
    use EntityKind as K;
    match (kind, field) {
        (K::Organisation, "name") => "Namn",
        (K::Organisation, "short_name") => "Kortnamn",
        (K::Organisation, "kind") => "Typ av organisation",
        (K::Organisation, "is_authority") => "Myndighet (OSL gäller)",
        (K::Area, "name") => "Namn",
        (K::Area, "kind") => "Typ av område",
        (K::Area, "code") => "Kod (RegSO, DeSO)",
        (K::Area, "parent_id") => "Ligger i",
        (K::Area, "police_status") => "Polisens klassning",
        (K::Area, "police_status_year") => "Klassningens år",
        (K::Place, "area_id") => "Område",
        (K::Place, "name") => "Namn",
        (K::Place, "kind") => "Typ av plats",
        (K::Place, "public_kind") => "Offentlig/privat",
        (K::EventType, "code") => "Kod",
        (K::EventType, "label_sv") => "Namn (svenska)",
        (K::EventType, "label_en") => "Namn (engelska)",
        (K::EventType, "group_code") => "Grupp",
        (K::EventType, "is_crime") => "Brott",
        (K::EventType, "police_aliases") => "Polisens händelsetyper",
        (K::EventType, "sort") => "Ordning i listor",
        (_, "name") => "Namn",
        (_, "title") => "Rubrik",
        (_, "description") => "Beskrivning",
        (_, "status") => "Status",
        (_, "area_id") => "Område",
        (_, "place_id") => "Plats",
        (_, "organisation_id") => "Organisation",
        (_, "owner_org_id" | "responsible_org_id") => "Ansvarig organisation",
        (_, "starts_on" | "start_date" | "period_start") => "Från",
        (_, "ends_on" | "end_date" | "period_end") => "Till",
        (_, "note") => "Anteckning",
        (_, "active") => "I bruk",
        // Any other field: the catalogue's label (`fields.ftl`), else its registry name.
        (_, other) => catalogue_label(kind, other)
            .or_else(|| kind.field(other).map(|f| f.name))
            .unwrap_or("fält"),
    }
}

/// The catalogue's Swedish label of a field, capitalised as a form label. Built once for
/// every field of every kind (a fixed set), so the labels can live as long as the forms'.
fn catalogue_label(kind: EntityKind, field: &str) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::LazyLock;
    static LABELS: LazyLock<HashMap<(EntityKind, &'static str), &'static str>> =
        LazyLock::new(|| {
            let mut labels = HashMap::new();
            for kind in EntityKind::ALL {
                for def in kind.fields() {
                    if let Some(label) = kind.field_label(def.name, crate::domain::Lang::Sv) {
                        let capitalised = crate::tui::screens::register::words::capitalised(label);
                        labels.insert((*kind, def.name), &*Box::leak(capitalised.into_boxed_str()));
                    }
                }
            }
            labels
        });
    LABELS.get(&(kind, field)).copied()
}

/// The key and label of the position field (`lat` and `lon` typed as one).
pub const POSITION: &str = "position";
pub const POSITION_SV: &str = "Position (lat, lon)";

/// The key and label of the classification field every generated form ends with.
pub const CLASSIFICATION: &str = "classification";
pub const CLASSIFICATION_SV: &str = "Informationsklass";

/// A classification as the form offers it; intern says what it means.
pub fn classification_sv(c: Classification) -> &'static str {
    match c {
        Classification::Oppen => "öppen: får delas med alla",
        Classification::Begransad => "begränsad: bara samverkansparterna",
        Classification::Intern => "intern: lämnar aldrig den här kopian",
    }
}

pub const NONE_SV: &str = "(inget)";
/// A record's reference to one no longer offered (deactivated): kept until changed.
pub const NOT_OFFERED_SV: &str = "(inaktiv, behålls)";
pub const YES_SV: &str = "ja";
pub const NO_SV: &str = "nej";

pub fn not_an_integer(value: &str) -> String {
    format!("”{value}” är inget heltal. Skriv till exempel 2025.")
}

pub fn not_a_number(value: &str) -> String {
    format!("”{value}” är inget tal. Skriv till exempel 12 eller 3.5.")
}

pub fn none_to_pick(kind: EntityKind) -> String {
    format!(
        "Det finns {} att välja ännu: lägg in det först under fliken Register.",
        kind.none_sv()
    )
}

/// "Ny" or "Nytt" by the noun's gender.
fn new_sv(kind: EntityKind) -> &'static str {
    if kind.none_sv().starts_with("inget") {
        "Nytt"
    } else {
        "Ny"
    }
}

pub fn new_title(kind: EntityKind) -> String {
    format!("{} {}", new_sv(kind), kind.label_sv())
}

pub fn edit_title(kind: EntityKind, name: &str) -> String {
    format!("Ändra {} ”{name}”", kind.label_sv())
}

pub use crate::services::labels::{created, edited};

pub const NOTHING_CHANGED: &str = "Inget var ändrat – inget sparades.";
