//! Retiring a record from the command line by the rules the TUI's forms follow: the copy's own
//! organisation stays; an event type is never deleted, only deactivated; a record others refer
//! to is not deleted but deactivated, and a kind that cannot be deactivated says what to do
//! instead. The write itself is `Writer::delete_unreferenced` or `Writer::deactivate`, one
//! undoable action.

use crate::domain::text::capitalised;
use crate::domain::{EntityKind, Id, Lang, Vocabulary};
use crate::i18n::t;
use crate::services::history::name_of;
use crate::store::retire::{Deactivation, Referrer, deactivation, in_use};
use crate::store::{Result, Store, meta};

/// What a retire did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retired {
    Deleted,
    Deactivated,
    /// It was inactive already; nothing was written.
    AlreadyInactive,
}

/// A record to retire and how it is called in sentences.
pub struct Target {
    pub kind: EntityKind,
    pub id: Id,
    /// How the user named it (the id or prefix typed), for the commands a sentence suggests.
    pub typed: String,
}

/// Deletes (or with `deactivate`, deactivates) the record as one undoable action labelled
/// `label`. `Err` inside is a Swedish sentence saying why not and what to do; nothing changed.
pub fn retire(
    store: &mut Store,
    target: &Target,
    deactivate: bool,
    label: &str,
    lang: Lang,
) -> Result<std::result::Result<Retired, String>> {
    let Target { kind, id, .. } = *target;
    let name = name_of(store, id, lang)?.unwrap_or_else(|| id.short());
    let own = store.setting(meta::OWN_ORGANISATION)?;
    if kind == EntityKind::Organisation && own.as_deref() == Some(id.to_string().as_str()) {
        return Ok(Err(t!(lang, "retire-own-organisation")));
    }
    let unsupported = deactivation(kind) == Deactivation::Unsupported;
    if deactivate {
        if unsupported {
            return Ok(Err(t!(
                lang,
                "retire-cannot-deactivate",
                kind = capitalised(kind.label(lang)),
                instead = instead(target, lang)
            )));
        }
        let record = store.record_json(kind, id)?;
        if record.as_ref().is_some_and(|r| !in_use(kind, r)) {
            return Ok(Ok(Retired::AlreadyInactive));
        }
        store.write_action(label, |w| w.deactivate(kind, id))?;
        return Ok(Ok(Retired::Deactivated));
    }
    if kind == EntityKind::EventType {
        return Ok(Err(t!(
            lang,
            "retire-event-type",
            name = name.as_str(),
            id = target.typed.as_str()
        )));
    }
    let referrers = store.referrers(id)?;
    if !referrers.is_empty() {
        let advice = if unsupported {
            t!(
                lang,
                "retire-referenced-cannot-deactivate",
                instead = instead(target, lang)
            )
        } else {
            t!(
                lang,
                "retire-referenced-deactivate",
                id = target.typed.as_str()
            )
        };
        return Ok(Err(t!(
            lang,
            "retire-referenced",
            kind = capitalised(kind.label(lang)),
            name = name.as_str(),
            count = referrers.len(),
            referrers = referrers_text(store, &referrers, lang),
            advice = advice
        )));
    }
    store.write_action(label, |w| w.delete_unreferenced(kind, id))?;
    Ok(Ok(Retired::Deleted))
}

/// What to do instead of deactivating a record of a kind that has no inactive state.
fn instead(target: &Target, lang: Lang) -> String {
    t!(
        lang,
        "retire-instead",
        kind = target.kind.code(),
        id = target.typed.as_str()
    )
}

/// "plats ”Norrby torg” (fältet Område); …", at most eight, then how many more.
fn referrers_text(store: &Store, referrers: &[Referrer], lang: Lang) -> String {
    const SHOWN: usize = 8;
    let mut named: Vec<String> = referrers
        .iter()
        .take(SHOWN)
        .map(|r| {
            let name = name_of(store, r.id, lang)
                .ok()
                .flatten()
                .unwrap_or_else(|| r.name.clone());
            t!(
                lang,
                "retire-referrer",
                kind = r.kind.label(lang),
                name = name,
                field = r.kind.field_label(r.field, lang).unwrap_or(r.field)
            )
        })
        .collect();
    if referrers.len() > SHOWN {
        named.push(t!(lang, "retire-and-more", count = referrers.len() - SHOWN));
    }
    named.join("; ")
}
