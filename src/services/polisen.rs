//! Fetching the police's open events feed for this copy's own municipality, as the TUI's job
//! does it: within the feed's rules (`sources::polisen::fetch`: ≥ 10 s between calls, ≤ 60 an
//! hour, across runs). Police types map to the event types the copy has; one without a match is
//! kept as "okänd typ" (`lagesbild polisen typer` maps them again when types are added).

use crate::domain::Lang;
use crate::domain::municipality::Municipalities;
use crate::i18n::{Localized, t};
use crate::sources::polisen::{self, PolisenError};
use crate::store::{Store, meta};

/// Fetches the feed and keeps the own municipality's events. The answer is a Swedish sentence
/// for the user, either way. `go_on` is asked while the feed downloads: a no stops it before
/// anything is written (see `polisen::fetch_from`).
pub fn fetch_own(store: &mut Store, go_on: &mut dyn FnMut() -> bool) -> Result<String, String> {
    fetch_own_in(store, go_on, Lang::Sv)
}

/// [`fetch_own`], the answer in `lang`.
pub fn fetch_own_in(
    store: &mut Store,
    go_on: &mut dyn FnMut() -> bool,
    lang: Lang,
) -> Result<String, String> {
    let own = store
        .setting(meta::MUNICIPALITY)
        .map_err(|e| e.message(lang))?;
    let municipalities = Municipalities::new(own.as_slice());
    if municipalities.is_empty() {
        return Err(PolisenError::NoMunicipality.message(lang));
    }
    let report = polisen::fetch_from(store, &municipalities, &polisen::feed_url(), go_on)
        .map_err(|e| e.message(lang))?;
    Ok(t!(
        lang,
        "polisen-fetched-own",
        kept = report.kept,
        in_feed = report.in_feed,
        municipalities = municipalities.names(),
        created = report.created,
        updated = report.updated,
        unchanged = report.unchanged
    ))
}
