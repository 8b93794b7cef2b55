//! The names every form and list refers to (organisations, areas, places, event types) and this
//! copy's settings, loaded at start and after every change.

use crate::domain::{Area, EventType, Organisation, Place};
use crate::store::collation::compare_sv;
use crate::store::{Result, Store, meta};
use crate::tui::app::state::Refs;

pub fn load(s: &Store) -> Result<Refs> {
    // What the pickers offer: the records in use (`Store::in_use`), in Swedish order.
    let mut organisations: Vec<Organisation> = s.in_use()?;
    organisations.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let mut areas: Vec<Area> = s.in_use()?;
    areas.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let mut places: Vec<Place> = s.in_use()?;
    places.sort_by(|a, b| compare_sv(&a.name, &b.name));
    let mut event_types: Vec<EventType> = s.in_use()?;
    event_types.sort_by_key(|e| e.sort);
    Ok(Refs {
        organisations,
        areas,
        places,
        event_types,
        municipality: s.setting(meta::MUNICIPALITY)?,
        own_organisation: s
            .setting(meta::OWN_ORGANISATION)?
            .and_then(|v| v.parse().ok()),
        pii_register: s.pii_register()?,
    })
}
