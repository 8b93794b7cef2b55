//! Starting a copy without the demo: the taxonomies every copy needs (event types with their
//! police aliases, themes, factors, organisation, area and place kinds), loaded exactly as the
//! demo loads them, then the municipality and the own organisation.

use crate::domain::kommuner::{self, Kommun};
use crate::domain::{Classification, Id, Lang, Organisation};
use crate::i18n::{Localized, t};
use crate::seed::{TaxonomySummary, load_taxonomies};
use crate::store::{Store, meta};

/// The organisation kind a municipality's own organisation gets.
pub const OWN_ORGANISATION_KIND: &str = "kommun_forvaltning";

/// Loads the taxonomies into `store` (entries already there are left as they are). Every path
/// that makes a working copy calls this: the demo, `lagesbild init`, and the TUI's
/// "Börja tomt". The error is a Swedish sentence.
pub fn load_taxonomies_for_copy(store: &mut Store) -> Result<TaxonomySummary, String> {
    load_taxonomies(store).map_err(|e| e.to_string())
}

/// Called before a front end saves this copy's settings: setting the municipality (the TUI's
/// "Börja tomt") makes a working copy, so the taxonomies are loaded first.
pub fn before_settings(store: &mut Store, settings: &[(&str, String)]) -> Result<(), String> {
    if settings.iter().any(|(key, _)| *key == meta::MUNICIPALITY) {
        load_taxonomies_for_copy(store)?;
    }
    Ok(())
}

/// What a new copy is set up with.
#[derive(Debug, Clone)]
pub struct NewCopy<'a> {
    pub municipality: &'a Kommun,
    /// The own organisation's name: "Tyresö kommun, säkerhetsenheten".
    pub organisation: &'a str,
    /// The user's function (never a person's name): "trygghetssamordnare".
    pub function: &'a str,
}

/// Sets up an empty copy: taxonomies, the own organisation, the municipality and the user's
/// function. Refuses a copy that is already set up. The answer is a Swedish sentence either way.
pub fn start_empty(store: &mut Store, copy: &NewCopy<'_>) -> Result<String, String> {
    start_empty_in(store, copy, Lang::Sv)
}

/// [`start_empty`], the answer in `lang`.
pub fn start_empty_in(store: &mut Store, copy: &NewCopy<'_>, lang: Lang) -> Result<String, String> {
    let organisation = copy.organisation.trim();
    let function = copy.function.trim();
    if organisation.is_empty() {
        return Err(t!(lang, "setup-no-organisation"));
    }
    if function.is_empty() {
        return Err(t!(lang, "setup-no-function"));
    }
    if let Some(existing) = store
        .setting(meta::MUNICIPALITY)
        .map_err(|e| e.message(lang))?
    {
        return Err(t!(lang, "setup-already", municipality = existing));
    }
    let taxonomies = load_taxonomies(store).map_err(|e| e.message(lang))?;
    let org = Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: organisation.to_string(),
        short_name: None,
        kind: OWN_ORGANISATION_KIND.into(),
        is_authority: true,
        active: true,
    };
    store.set_actor(function).map_err(|e| e.message(lang))?;
    // Stored with the action, so Swedish like every action's label.
    let label = t!(
        Lang::Sv,
        "setup-label",
        municipality = copy.municipality.name
    );
    let saved = store.write_action(&label, |w| w.create(&org));
    saved.map_err(|e| e.message(lang))?;
    let settings = [
        (meta::MUNICIPALITY, copy.municipality.name),
        (meta::MUNICIPALITY_CODE, copy.municipality.code),
        (meta::OWN_ORGANISATION, &org.id.to_string()),
    ];
    for (key, value) in settings {
        store.set_setting(key, value).map_err(|e| e.message(lang))?;
    }
    Ok(t!(
        lang,
        "setup-done",
        municipality = copy.municipality.name,
        code = copy.municipality.code,
        county = copy.municipality.county,
        organisation = organisation,
        event_types = taxonomies.event_types,
        themes = taxonomies.themes,
        factors = taxonomies.factors,
        terms = taxonomies.terms
    ))
}

/// Finds the municipality a person named, by kommunkod or name (see [`kommuner::find_one`]).
pub fn municipality(query: &str, lang: Lang) -> Result<&'static Kommun, String> {
    kommuner::find_one_in(query, lang)
}
