//! Names of the small record kinds (organisations, areas, places, event types), read once per
//! export so documents can name what ids point to without a query per row.

use std::collections::HashMap;

use super::safety::Gate;
use crate::domain::{Area, Classification, EventType, Id, Lang, Organisation, Place};
use crate::store::{Result, Store};

#[derive(Debug, Clone)]
pub struct Names {
    pub organisations: HashMap<Id, Organisation>,
    pub areas: HashMap<Id, Area>,
    pub places: HashMap<Id, Place>,
    pub event_types: HashMap<Id, EventType>,
    /// The language event types are named in (Swedish unless `in_lang` says otherwise).
    pub lang: Lang,
}

impl Names {
    pub fn load(store: &Store) -> Result<Names> {
        Ok(Names {
            organisations: store
                .all::<Organisation>()?
                .into_iter()
                .map(|o| (o.id, o))
                .collect(),
            areas: store
                .all::<Area>()?
                .into_iter()
                .map(|a| (a.id, a))
                .collect(),
            places: store
                .all::<Place>()?
                .into_iter()
                .map(|p| (p.id, p))
                .collect(),
            event_types: store
                .all::<EventType>()?
                .into_iter()
                .map(|e| (e.id, e))
                .collect(),
            lang: Lang::Sv,
        })
    }

    /// The names a document in `lang` that passes `gate` may print: the one way an export
    /// reads names, so none forgets the gate or says the withheld word in another language.
    pub fn for_document(store: &Store, lang: Lang, gate: &Gate) -> Result<Names> {
        Ok(Names::load(store)?.in_lang(lang).gated(gate))
    }

    /// When intern stays out, an intern organisation, area or place a shown row points to is
    /// named "(intern)" in the document's language, not by its name (the row may go to
    /// partners; what it points to may not).
    fn gated(mut self, gate: &Gate) -> Names {
        if gate.includes_internal() {
            return self;
        }
        let withheld = crate::i18n::t!(self.lang, "report-intern-name");
        for o in self.organisations.values_mut() {
            if o.classification == Classification::Intern {
                o.name = withheld.clone();
                o.short_name = None;
            }
        }
        for a in self.areas.values_mut() {
            if a.classification == Classification::Intern {
                a.name = withheld.clone();
            }
        }
        for p in self.places.values_mut() {
            if p.classification == Classification::Intern {
                p.name = withheld.clone();
            }
        }
        self
    }

    /// The same names, event types named in `lang` (the document's language).
    pub fn in_lang(mut self, lang: Lang) -> Names {
        self.lang = lang;
        self
    }

    pub fn organisation(&self, id: Option<Id>) -> String {
        id.and_then(|i| self.organisations.get(&i))
            .map(|o| o.name.clone())
            .unwrap_or_default()
    }

    /// The short name when there is one ("Polisen"), else the full name.
    pub fn organisation_short(&self, id: Option<Id>) -> String {
        id.and_then(|i| self.organisations.get(&i))
            .map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()))
            .unwrap_or_default()
    }

    pub fn area(&self, id: Option<Id>) -> String {
        id.and_then(|i| self.areas.get(&i))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    }

    pub fn place(&self, id: Option<Id>) -> String {
        id.and_then(|i| self.places.get(&i))
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }

    /// "Lindängstorget, Lindängsringen", or just the area.
    pub fn place_or_area(&self, place: Option<Id>, area: Option<Id>) -> String {
        let p = self.place(place);
        let a = self.area(area);
        match (p.is_empty(), a.is_empty()) {
            (false, false) => format!("{p}, {a}"),
            (false, true) => p,
            _ => a,
        }
    }

    /// The event type's label in the names' language (Swedish where it has no English one).
    pub fn event_type(&self, id: Id) -> String {
        self.event_types
            .get(&id)
            .map(|e| e.label(self.lang).to_string())
            .unwrap_or_default()
    }

    /// An area and every area below it.
    pub fn area_with_descendants(&self, root: Id) -> Vec<Id> {
        let mut out = vec![root];
        let mut i = 0;
        while i < out.len() {
            let parent = out[i];
            let mut children: Vec<Id> = self
                .areas
                .values()
                .filter(|a| a.parent_id == Some(parent))
                .map(|a| a.id)
                .collect();
            children.sort();
            out.extend(children);
            i += 1;
        }
        out
    }
}
