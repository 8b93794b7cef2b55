//! Places narrowed to the chosen area: in a form with an area and a place field, the place
//! picker offers only the places of the chosen area and of the areas inside it. A record's
//! place lies in its area, so the two are kept together: a place chosen brings its own area
//! (the area when none was chosen, the sub-area when the place lies deeper), and an area
//! chosen lets go of a place that is not in it. A form without an area field but with a
//! record that lies in an area (a finding's inspection) narrows by that record's area.

use std::collections::HashMap;

use crate::tui::widgets::form::{FieldKind, Form};

/// How deep areas may lie inside one another before a (corrupt) loop of parents is cut off.
const MAX_DEPTH: usize = 64;

/// Where each place and area lies: what a form needs to narrow its place picker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Geography {
    /// A place's value (its id) → its area's value.
    pub area_of_place: HashMap<String, String>,
    /// An area's value → the value of the area it lies in.
    pub parent: HashMap<String, String>,
    /// A record that lies in an area (an inspection, a place project) → its area's value.
    pub area_of_record: HashMap<String, String>,
}

impl Geography {
    /// `area` is `within` itself or lies (at any depth) inside it.
    pub fn lies_in(&self, area: &str, within: &str) -> bool {
        let mut current = area;
        for _ in 0..MAX_DEPTH {
            if current == within {
                return true;
            }
            match self.parent.get(current) {
                Some(parent) => current = parent,
                None => return false,
            }
        }
        false
    }

    /// The place lies in `area` (or in an area inside it).
    pub fn place_in(&self, place: &str, area: &str) -> bool {
        self.area_of_place
            .get(place)
            .is_some_and(|a| self.lies_in(a, area))
    }
}

/// A form's place picker narrowed by its area field.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacesByArea {
    /// The field the places follow: an area, or a record that lies in one.
    pub area_key: &'static str,
    /// `area_key` holds a record that lies in an area (a finding's inspection): the places
    /// follow its area, and a place chosen does not change it.
    pub through_record: bool,
    pub place_key: &'static str,
    pub geography: Geography,
    /// The place field's options before narrowing.
    all: Vec<(String, String)>,
    /// The values last seen, to tell which of the two the user changed.
    last_area: String,
    last_place: String,
}

/// The area and place fields' keys in the forms: hand-laid (`area`, `place`) and generated from
/// the registry (`area_id`, `place_id`).
const PAIRS: [(&str, &str); 2] = [("area", "place"), ("area_id", "place_id")];

impl PlacesByArea {
    /// The area the places follow, from the value of `area_key`.
    fn area_of(&self, value: &str) -> String {
        if self.through_record {
            self.geography
                .area_of_record
                .get(value)
                .cloned()
                .unwrap_or_default()
        } else {
            value.to_string()
        }
    }
}

impl Form {
    /// The form has a place picker that is not narrowed yet (nor found to have nothing to
    /// narrow it by).
    pub fn wants_narrowing(&self) -> bool {
        self.narrowing.is_none()
            && !self.narrowing_checked
            && PAIRS
                .iter()
                .any(|(_, place)| self.fields.iter().any(|f| f.key == *place && f.is_choice()))
    }

    /// The field the places follow and the place field: an area field beside the place, else
    /// (`through_record`) a choice of records that lie in an area, the required one first.
    fn place_pair(&self, geography: &Geography) -> Option<(&'static str, &'static str, bool)> {
        let choice = |key: &str| self.fields.iter().any(|f| f.key == key && f.is_choice());
        if let Some((area, place)) = PAIRS.iter().find(|(a, p)| choice(a) && choice(p)) {
            return Some((area, place, false));
        }
        let place = PAIRS.iter().map(|(_, p)| *p).find(|p| choice(p))?;
        let located = |f: &&crate::tui::widgets::form::Field| {
            f.key != place
                && f.is_choice()
                && f.options()
                    .iter()
                    .any(|(_, v)| geography.area_of_record.contains_key(v))
        };
        let candidates: Vec<_> = self.fields.iter().filter(located).collect();
        candidates
            .iter()
            .find(|f| f.required)
            .or_else(|| candidates.first())
            .map(|f| (f.key, place, true))
    }

    /// Narrows the place picker to the chosen area, when the form has both fields (the place a
    /// choice); nothing otherwise. The place the form opened with stays offered.
    pub fn narrow_places(&mut self, geography: Geography) {
        self.narrowing_checked = true;
        let Some((area_key, place_key, through_record)) = self.place_pair(&geography) else {
            return;
        };
        let value = |key: &str| {
            self.fields
                .iter()
                .find(|f| f.key == key)
                .map(|f| f.value.clone())
                .unwrap_or_default()
        };
        let all = self
            .fields
            .iter()
            .find(|f| f.key == place_key)
            .map(|f| f.options().to_vec())
            .unwrap_or_default();
        self.narrowing = Some(PlacesByArea {
            area_key,
            through_record,
            place_key,
            geography,
            all,
            last_area: value(area_key),
            last_place: value(place_key),
        });
        self.offer_places();
    }

    /// After a choice changed: a new place brings its own area; a new area lets go of a place
    /// that is not in it; the places offered follow.
    pub fn settle_places(&mut self) {
        let Some(n) = self.narrowing.as_ref() else {
            return;
        };
        let (area_key, place_key) = (n.area_key, n.place_key);
        let scope = self.value_of(area_key);
        let area = n.area_of(&scope);
        let place = self.value_of(place_key);
        let area_of_place = n.geography.area_of_place.get(&place);
        // An area field holds the place's own area; a record's area holds it at any depth.
        let outside = if n.through_record {
            !place.is_empty() && !n.geography.place_in(&place, &area)
        } else {
            area_of_place.is_some_and(|a| *a != area)
        };
        if place != n.last_place && !place.is_empty() {
            if let Some(its_area) = area_of_place.filter(|a| **a != area && !n.through_record) {
                let its_area = its_area.clone();
                self.choose(area_key, &its_area);
            }
        } else if scope != n.last_area && !area.is_empty() && outside {
            self.choose(place_key, "");
        }
        self.offer_places();
    }

    /// The place field offers the places of the chosen area (every place while none is), the
    /// "none" choice and the place chosen now.
    fn offer_places(&mut self) {
        let Some(n) = self.narrowing.as_mut() else {
            return;
        };
        let scope = self
            .fields
            .iter()
            .find(|f| f.key == n.area_key)
            .map(|f| f.value.clone())
            .unwrap_or_default();
        let area = n.area_of(&scope);
        let Some(place) = self.fields.iter_mut().find(|f| f.key == n.place_key) else {
            return;
        };
        let offered = n
            .all
            .iter()
            .filter(|(_, v)| {
                v.is_empty()
                    || *v == place.value
                    || area.is_empty()
                    || n.geography.place_in(v, &area)
            })
            .cloned()
            .collect();
        place.kind = FieldKind::Choice { options: offered };
        n.last_area = scope;
        n.last_place = place.value.clone();
    }

    fn value_of(&self, key: &str) -> String {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.value.clone())
            .unwrap_or_default()
    }

    /// Sets a choice to `value` when it offers it (an area no longer in use is not forced in).
    fn choose(&mut self, key: &str, value: &str) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.key == key)
            && (value.is_empty() || f.options().iter().any(|(_, v)| v == value))
        {
            f.value = value.to_string();
            f.error = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::widgets::form::Field;

    /// Stationen in Centrum, Badplatsen in Ekudden, Skolgården in Ekudden norra (inside
    /// Ekudden); `records` lie in the areas given.
    fn geography(records: &[(&str, &str)]) -> Geography {
        let pairs = |pairs: &[(&str, &str)]| -> HashMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        Geography {
            area_of_place: pairs(&[
                ("stationen", "centrum"),
                ("badet", "ekudden"),
                ("skolan", "norra"),
            ]),
            parent: pairs(&[("norra", "ekudden")]),
            area_of_record: pairs(records),
        }
    }

    /// Centrum with Torget inside it; Ekudden with its sub-area Ekudden norra; a place in
    /// each.
    fn form() -> Form {
        let areas = [
            ("Centrum", "centrum"),
            ("Ekudden", "ekudden"),
            ("Ekudden norra", "norra"),
        ];
        let places = [
            ("Stationen (Centrum)", "stationen"),
            ("Badplatsen (Ekudden)", "badet"),
            ("Skolgården (Ekudden norra)", "skolan"),
        ];
        let options = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            std::iter::once(("–".to_string(), String::new()))
                .chain(pairs.iter().map(|(l, v)| (l.to_string(), v.to_string())))
                .collect()
        };
        let mut form = Form::new(
            "Ny åtgärd",
            vec![
                Field::choice("area", "Område", options(&areas), ""),
                Field::choice("place", "Plats", options(&places), ""),
            ],
            2026,
        );
        form.narrow_places(geography(&[]));
        form
    }

    fn offered(form: &Form) -> Vec<String> {
        form.fields[1]
            .options()
            .iter()
            .map(|(_, v)| v.clone())
            .collect()
    }

    #[test]
    fn the_place_picker_follows_the_area_and_its_sub_areas() {
        let mut form = form();
        assert_eq!(
            offered(&form),
            ["", "stationen", "badet", "skolan"],
            "no area: all"
        );
        // Ekudden: its own place and its sub-area's.
        form.focus = 0;
        form.filter_choice(Some('E'));
        assert_eq!(form.fields[0].value, "ekudden");
        assert_eq!(offered(&form), ["", "badet", "skolan"]);
        // The sub-area alone: only its place.
        form.cycle_choice(1);
        assert_eq!(form.fields[0].value, "norra");
        assert_eq!(offered(&form), ["", "skolan"]);
        // Back in Ekudden, a place of the sub-area brings the sub-area: a record's place lies
        // in its area.
        form.cycle_choice(-1);
        form.move_focus(1);
        form.cycle_choice(1);
        assert_eq!(form.fields[1].value, "badet");
        assert_eq!(form.fields[0].value, "ekudden");
        form.cycle_choice(1);
        assert_eq!(form.fields[1].value, "skolan");
        assert_eq!(form.fields[0].value, "norra", "the place's own area");
        // Another area: the place is let go.
        form.move_focus(-1);
        form.cycle_choice(-1);
        form.cycle_choice(-1);
        assert_eq!(form.fields[0].value, "centrum");
        assert_eq!(form.fields[1].value, "", "Skolgården is not in Centrum");
        assert_eq!(offered(&form), ["", "stationen"]);
    }

    #[test]
    fn a_place_chosen_before_the_area_brings_its_area() {
        let mut form = form();
        form.move_focus(1);
        form.filter_choice(Some('b'));
        assert_eq!(form.fields[1].value, "badet");
        assert_eq!(
            form.fields[0].value, "ekudden",
            "the place's area is chosen"
        );
        assert_eq!(offered(&form), ["", "badet", "skolan"]);
        // A value set by code (a prefill) settles the same way.
        let mut form = self::form();
        form.set_value("place", "stationen");
        assert_eq!(form.fields[0].value, "centrum");
    }

    #[test]
    fn a_finding_narrows_its_places_by_its_inspections_area() {
        let geography = geography(&[("vandring", "ekudden"), ("besiktning", "centrum")]);
        let options = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(l, v)| (l.to_string(), v.to_string()))
                .collect()
        };
        let places = options(&[
            ("–", ""),
            ("Stationen", "stationen"),
            ("Badplatsen", "badet"),
            ("Skolgården", "skolan"),
        ]);
        let mut form = Form::new(
            "Ny iakttagelse",
            vec![
                Field::choice(
                    "inspection_id",
                    "Besiktning",
                    options(&[
                        ("Vandring i Ekudden", "vandring"),
                        ("Besiktning i centrum", "besiktning"),
                    ]),
                    "vandring",
                )
                .required(),
                Field::choice(
                    "owner_org_id",
                    "Ansvarig",
                    options(&[("Polisen", "polis")]),
                    "polis",
                ),
                Field::choice("place_id", "Plats", places, ""),
            ],
            2026,
        );
        assert!(form.wants_narrowing());
        form.narrow_places(geography);
        let offered = |form: &Form| -> Vec<String> {
            form.fields[2]
                .options()
                .iter()
                .map(|(_, v)| v.clone())
                .collect()
        };
        assert_eq!(
            offered(&form),
            ["", "badet", "skolan"],
            "the inspection's area and the areas inside it"
        );
        // A place deeper down does not change the inspection.
        form.focus = 2;
        form.filter_choice(Some('S'));
        form.filter_choice(Some('k'));
        assert_eq!(form.fields[2].value, "skolan");
        assert_eq!(form.fields[0].value, "vandring");
        // Another inspection, in another area: the place is let go, its places offered.
        form.move_focus(-2);
        form.cycle_choice(1);
        assert_eq!(form.fields[0].value, "besiktning");
        assert_eq!(form.fields[2].value, "", "Skolgården is not in centrum");
        assert_eq!(offered(&form), ["", "stationen"]);
    }

    #[test]
    fn a_form_with_nothing_to_narrow_by_is_looked_at_once() {
        let mut form = Form::new(
            "Test",
            vec![Field::choice(
                "place_id",
                "Plats",
                vec![("–".into(), String::new())],
                "",
            )],
            2026,
        );
        assert!(form.wants_narrowing());
        form.narrow_places(Geography::default());
        assert!(form.narrowing.is_none());
        assert!(!form.wants_narrowing());
    }
}
