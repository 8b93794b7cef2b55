//! A new place where a police event happened: the register's new-place form (generated from
//! the registry) with the event's position filled in, and its area: the area of the nearest
//! known place, else the area named as the event's municipality.

use crate::domain::field_values::show_position;
use crate::domain::{EntityKind, Id};
use crate::i18n::t;
use crate::store::queries::police_events::PoliceEventRow;
use crate::tui::app::state::{Overlay, Refs, State};
use crate::tui::forms::{labels, record};

/// A known place this close to the event's position tells its area. The police often place an
/// event in the middle of a town, so a place farther off says little.
const NEAR_METRES: f64 = 1000.0;

/// Opens the new-place form for the event; says why not when it has no position (or, as
/// every new-place form does, when there is no area to put a place in).
pub fn open(state: &mut State, row: &PoliceEventRow) {
    let id = row.police_id.to_string();
    let (Some(lat), Some(lon)) = (row.lat, row.lon) else {
        state.error(t!(state.lang, "form-police-no-position", id = id.as_str()));
        return;
    };
    let preset: Vec<(&str, String)> = area_at(&state.refs, lat, lon, &row.municipality)
        .map(|area| ("area_id", area.to_string()))
        .into_iter()
        .collect();
    record::open_new(state, EntityKind::Place, &preset);
    if let Some(Overlay::Form(open)) = state.overlay.as_mut() {
        open.form.title = t!(state.lang, "form-police-place-title", id = id.as_str());
        open.form
            .set_value(labels::POSITION, &show_position(lat, lon));
    }
}

/// The area of the known place nearest the position (within `NEAR_METRES`), else the area
/// named as the municipality ("Tyresö" for "Tyresö kommun").
pub fn area_at(refs: &Refs, lat: f64, lon: f64, municipality: &str) -> Option<Id> {
    let nearest = refs
        .places
        .iter()
        .filter_map(|p| Some((metres(lat, lon, p.lat?, p.lon?), p.area_id)))
        .filter(|(d, _)| *d <= NEAR_METRES)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, area)| area)
        .filter(|area| refs.areas.iter().any(|a| a.id == *area));
    nearest.or_else(|| {
        let town = municipality
            .trim()
            .trim_end_matches(" kommun")
            .to_lowercase();
        refs.areas
            .iter()
            .find(|a| a.name.to_lowercase() == town)
            .map(|a| a.id)
    })
}

/// The distance between two positions in metres; near enough on a town's scale (an
/// equirectangular projection).
fn metres(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const EARTH_METRES: f64 = 6_371_000.0;
    let x = (lon2 - lon1).to_radians() * ((lat1 + lat2) / 2.0).to_radians().cos();
    let y = (lat2 - lat1).to_radians();
    (x * x + y * y).sqrt() * EARTH_METRES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Area, Classification, Place, PublicKind};

    fn area(name: &str) -> Area {
        Area {
            id: Id::new(),
            classification: Classification::Oppen,
            name: name.into(),
            kind: "kommundel".into(),
            code: None,
            parent_id: None,
            police_status: crate::domain::PoliceStatus::Ingen,
            police_status_year: None,
            active: true,
        }
    }

    fn place(area: &Area, lat: f64, lon: f64) -> Place {
        Place {
            id: Id::new(),
            classification: Classification::Oppen,
            area_id: area.id,
            name: "Torget".into(),
            kind: "torg".into(),
            public_kind: PublicKind::Offentlig,
            lat: Some(lat),
            lon: Some(lon),
            active: true,
        }
    }

    #[test]
    fn the_area_is_the_nearest_places_else_the_municipalitys() {
        let (town, centrum, ekudden) = (area("Tyresö"), area("Centrum"), area("Ekudden"));
        let refs = Refs {
            places: vec![
                place(&centrum, 59.2391, 18.2297),
                place(&ekudden, 59.2500, 18.2600),
            ],
            areas: vec![town.clone(), centrum.clone(), ekudden.clone()],
            ..Refs::default()
        };
        // A few hundred metres from Centrum's place.
        assert_eq!(
            area_at(&refs, 59.2410, 18.2310, "Tyresö kommun"),
            Some(centrum.id)
        );
        // Far from every place: the municipality's area.
        assert_eq!(area_at(&refs, 59.30, 18.40, "Tyresö kommun"), Some(town.id));
        assert_eq!(area_at(&refs, 59.30, 18.40, "Haninge"), None);
        assert!((metres(59.0, 18.0, 59.01, 18.0) - 1112.0).abs() < 5.0);
    }
}
