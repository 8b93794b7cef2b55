//! Partner identity and the trust list: `partner init`, `show-key`, `trust`, `untrust`, `list`.

use super::keys::{OwnKey, PublicKeyToken, key_path};
use super::{ExchangeError, Result};
use crate::store::Store;
use crate::store::partners::{OwnIdentity, TrustedPartner};

/// Creates this copy's identity and signing key (the key file beside the database).
pub fn init(store: &mut Store, name: &str) -> Result<OwnIdentity> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ExchangeError::User(
            "Ange organisationens namn, till exempel --name \"Tyresö kommun\".".into(),
        ));
    }
    if let Some(existing) = store.own_identity()? {
        return Err(ExchangeError::User(format!(
            "Den här kopian har redan en identitet: {}. Visa nyckeln med lagesbild partner show-key.",
            existing.name
        )));
    }
    let partner_id = store
        .partner_id()
        .ok_or(ExchangeError::Store(crate::store::StoreError::ReadOnly))?;
    let path = key_path(store.path());
    // A key left by an interrupted init is reused rather than replaced.
    let key = if path.exists() {
        OwnKey::load(&path)?
    } else {
        let key = OwnKey::generate()?;
        key.save_new(&path)?;
        key
    };
    let token = key.public(partner_id).to_token();
    Ok(store.set_own_identity(name, &token)?)
}

/// This copy's identity, signing key and public token, checked against each other.
pub fn own_key(store: &Store) -> Result<(OwnIdentity, OwnKey, PublicKeyToken)> {
    let identity = store.own_identity()?.ok_or_else(|| {
        ExchangeError::User(
            "Den här kopian har ingen partneridentitet ännu. Kör lagesbild partner init --name \"Organisationens namn\".".into(),
        )
    })?;
    let key = OwnKey::load(&key_path(store.path()))?;
    let token = key.public(identity.partner_id);
    if token.to_token() != identity.public_key {
        return Err(ExchangeError::User(format!(
            "Nyckelfilen {} hör inte till den här databasen. Lägg tillbaka rätt nyckelfil från säkerhetskopian.",
            key_path(store.path()).display()
        )));
    }
    Ok((identity, key, token))
}

/// Puts a partner's key on the trust list.
pub fn trust(store: &mut Store, name: &str, token: &str) -> Result<TrustedPartner> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ExchangeError::User(
            "Ange partnerns namn, till exempel \"Lokalpolisområde Nacka\".".into(),
        ));
    }
    let parsed = PublicKeyToken::parse(token)?;
    if Some(parsed.partner_id) == store.partner_id() {
        return Err(ExchangeError::User(
            "Det där är den här kopians egen nyckel. Ange nyckeln som partnern fick från lagesbild partner show-key.".into(),
        ));
    }
    let token = parsed.to_token();
    for other in store.trusted_partners()? {
        if other.is_revoked() || other.public_key == token {
            continue;
        }
        if other.name.eq_ignore_ascii_case(name) && other.partner_id != parsed.partner_id {
            return Err(ExchangeError::User(format!(
                "Namnet ”{name}” används redan för en annan partner. Välj ett annat namn, eller ta bort den gamla med lagesbild partner untrust."
            )));
        }
        if other.partner_id == parsed.partner_id && !other.name.eq_ignore_ascii_case(name) {
            return Err(ExchangeError::User(format!(
                "Nyckeln hör till en partner som redan finns i listan som ”{}”. Använd det namnet.",
                other.name
            )));
        }
    }
    store.trust_partner(parsed.partner_id, name, &token)?;
    store
        .trusted_key(&token)?
        .ok_or_else(|| ExchangeError::User("Partnern kunde inte sparas. Försök igen.".into()))
}

/// Revokes a partner's keys; what was imported under them stays.
pub fn untrust(store: &mut Store, name: &str) -> Result<usize> {
    let n = store.untrust_partner(name.trim())?;
    if n == 0 {
        return Err(ExchangeError::User(format!(
            "Det finns ingen betrodd partner som heter ”{}”. Se listan med lagesbild partner list.",
            name.trim()
        )));
    }
    Ok(n)
}

/// The active trust-list entry with this name.
pub fn active_by_name(store: &Store, name: &str) -> Result<TrustedPartner> {
    store
        .trusted_partners()?
        .into_iter()
        .find(|p| !p.is_revoked() && p.name.eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| {
            ExchangeError::User(format!(
                "Det finns ingen betrodd partner som heter ”{}”. Lägg till den med lagesbild partner trust NAMN NYCKEL, eller se listan med lagesbild partner list.",
                name.trim()
            ))
        })
}

/// A partner's display name by id (trust list), or its short id.
pub fn display_name(partners: &[TrustedPartner], id: crate::domain::Id) -> String {
    partners
        .iter()
        .find(|p| p.partner_id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| format!("partner {}", id.short()))
}
