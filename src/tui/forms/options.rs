//! What the forms of every screen share: the choices of organisations, areas, places and
//! vocabularies, and how an id is written into a field.

use crate::domain::{Id, Vocabulary};
use crate::tui::app::state::Refs;
use crate::tui::forms::registry::Choices;
use crate::tui::widgets::narrowing::Geography;

pub const NONE: &str = "–";

pub fn vocab_options<T: Vocabulary>(lang: crate::domain::Lang) -> Vec<(String, String)> {
    T::ALL
        .iter()
        .map(|v| (v.label(lang).to_string(), v.code().to_string()))
        .collect()
}

pub fn org_options(refs: &Refs, optional: bool) -> Vec<(String, String)> {
    let mut o: Vec<(String, String)> = refs
        .organisations
        .iter()
        .map(|o| (o.name.clone(), o.id.to_string()))
        .collect();
    if optional {
        o.insert(0, (NONE.into(), String::new()));
    }
    o
}

pub fn area_options(refs: &Refs, optional: bool) -> Vec<(String, String)> {
    let mut o: Vec<(String, String)> = refs
        .areas
        .iter()
        .map(|a| (a.name.clone(), a.id.to_string()))
        .collect();
    if optional {
        o.insert(0, (NONE.into(), String::new()));
    }
    o
}

pub fn place_options(refs: &Refs) -> Vec<(String, String)> {
    let mut o = vec![(NONE.to_string(), String::new())];
    for p in &refs.places {
        let area = refs
            .areas
            .iter()
            .find(|a| a.id == p.area_id)
            .map(|a| a.name.as_str())
            .unwrap_or("");
        o.push((format!("{} ({area})", p.name), p.id.to_string()));
    }
    o
}

/// Where the places, areas and records in use lie, for a form's place picker narrowed to its
/// area (or to the area of a record it names: a finding's inspection).
pub fn geography(refs: &Refs, choices: &Choices) -> Geography {
    Geography {
        area_of_record: choices
            .located
            .iter()
            .map(|(record, area)| (record.to_string(), area.to_string()))
            .collect(),
        area_of_place: refs
            .places
            .iter()
            .map(|p| (p.id.to_string(), p.area_id.to_string()))
            .collect(),
        parent: refs
            .areas
            .iter()
            .filter_map(|a| {
                a.parent_id
                    .map(|parent| (a.id.to_string(), parent.to_string()))
            })
            .collect(),
    }
}

pub fn id_text(id: Option<Id>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}
