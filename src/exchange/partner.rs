//! Partner identity and the trust list: `partner init`, `show-key`, `trust`, `untrust`, `list`.

use super::keys::{OwnKey, PublicKeyToken, key_path};
use super::{ExchangeError, Result, told};
use crate::i18n::said;
use crate::store::Store;
use crate::store::partners::{OwnIdentity, TrustedPartner};

/// The longest partner name accepted (it is shown in lists and carried in every bundle).
pub const MAX_NAME_CHARS: usize = 200;

/// The name `partner init` would take, checked before the database is opened (a new path
/// would otherwise be created as an empty database only to be refused).
pub fn check_own_name(name: &str) -> Result<()> {
    check_name(name.trim(), NameExample::Municipality)
}

/// The example a name error gives: this copy's own name (a flag) or a partner's.
#[derive(Clone, Copy)]
enum NameExample {
    Municipality,
    PolicePartner,
}

impl NameExample {
    fn text(self) -> &'static str {
        // Names, not words to translate: the same in every language.
        match self {
            NameExample::Municipality => "--name \"Tyresö kommun\"",
            NameExample::PolicePartner => "\"Lokalpolisområde Nacka\"",
        }
    }
}

fn check_name(name: &str, example: NameExample) -> Result<()> {
    if name.is_empty() {
        return Err(told(said!(
            "error-partner-name-empty",
            example = example.text()
        )));
    }
    if name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(told(said!(
            "error-partner-name-too-long",
            max = MAX_NAME_CHARS,
            example = example.text()
        )));
    }
    Ok(())
}

/// Creates this copy's identity and signing key (the key file beside the database). A key file
/// that is already there is never adopted: this copy did not write it, and someone else may
/// hold a copy of it.
pub fn init(store: &mut Store, name: &str) -> Result<OwnIdentity> {
    check_own_name(name)?;
    let name = name.trim();
    if let Some(existing) = store.own_identity()? {
        return Err(told(said!(
            "error-partner-has-identity",
            name = existing.name
        )));
    }
    let partner_id = store
        .partner_id()
        .ok_or(ExchangeError::Store(crate::store::StoreError::ReadOnly))?;
    let path = key_path(store.path());
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(told(said!(
            "error-partner-foreign-key-file",
            path = path.display().to_string()
        )));
    }
    let key = OwnKey::generate()?;
    key.save_new(&path)?;
    let token = key.public(partner_id).to_token();
    store.set_own_identity(name, &token).map_err(|e| {
        // Without the identity the key is nobody's: take it away again.
        let _ = std::fs::remove_file(&path);
        ExchangeError::Store(e)
    })
}

/// A new signing key for a copy whose key file is lost. The partners trust it again with
/// `lagesbild partner trust`; the chain of changes goes on under the same partner id.
pub fn new_key(store: &mut Store) -> Result<OwnIdentity> {
    let identity = store
        .own_identity()?
        .ok_or_else(|| told(said!("error-partner-no-identity")))?;
    let path = key_path(store.path());
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(told(said!(
            "error-partner-key-file-exists",
            path = path.display().to_string()
        )));
    }
    let key = OwnKey::generate()?;
    key.save_new(&path)?;
    let token = key.public(identity.partner_id).to_token();
    store.replace_own_key(&token).map_err(|e| {
        let _ = std::fs::remove_file(&path);
        ExchangeError::Store(e)
    })
}

/// This copy's identity, signing key and public token, checked against each other.
pub fn own_key(store: &Store) -> Result<(OwnIdentity, OwnKey, PublicKeyToken)> {
    let identity = store
        .own_identity()?
        .ok_or_else(|| told(said!("error-partner-no-identity")))?;
    let key = OwnKey::load(&key_path(store.path()))?;
    let token = key.public(identity.partner_id);
    if token.to_token() != identity.public_key {
        return Err(told(said!(
            "error-partner-key-file-mismatch",
            path = key_path(store.path()).display().to_string()
        )));
    }
    Ok((identity, key, token))
}

/// Puts a partner's key on the trust list. A key revoked before is refused (see
/// [`trust_again`]).
pub fn trust(store: &mut Store, name: &str, token: &str) -> Result<TrustedPartner> {
    trust_with(store, name, token, false)
}

/// Puts a partner's key on the trust list, a revoked one included (`--retrust`).
pub fn trust_again(store: &mut Store, name: &str, token: &str) -> Result<TrustedPartner> {
    trust_with(store, name, token, true)
}

fn trust_with(store: &mut Store, name: &str, token: &str, again: bool) -> Result<TrustedPartner> {
    let name = name.trim();
    check_name(name, NameExample::PolicePartner)?;
    let parsed = PublicKeyToken::parse(token)?;
    if !again
        && let Some(revoked) = store
            .trusted_key(&parsed.to_token())?
            .filter(TrustedPartner::is_revoked)
    {
        return Err(told(match revoked.revoked_at.as_deref() {
            Some(at) => said!(
                "error-partner-revoked",
                since = at.get(..10).unwrap_or(at),
                name = revoked.name
            ),
            None => said!("error-partner-revoked-earlier", name = revoked.name),
        }));
    }
    if Some(parsed.partner_id) == store.partner_id() {
        return Err(told(said!("error-partner-own-key")));
    }
    let token = parsed.to_token();
    for other in store.trusted_partners()? {
        if other.is_revoked() || other.public_key == token {
            continue;
        }
        if other.name.eq_ignore_ascii_case(name) && other.partner_id != parsed.partner_id {
            return Err(told(said!("error-partner-name-taken", name = name)));
        }
        if other.partner_id == parsed.partner_id && !other.name.eq_ignore_ascii_case(name) {
            return Err(told(said!("error-partner-known-as", name = other.name)));
        }
    }
    store.trust_partner(parsed.partner_id, name, &token)?;
    store
        .trusted_key(&token)?
        .ok_or_else(|| told(said!("error-partner-not-saved")))
}

/// Revokes a partner's keys; what was imported under them stays.
pub fn untrust(store: &mut Store, name: &str) -> Result<usize> {
    let n = store.untrust_partner(name.trim())?;
    if n == 0 {
        return Err(told(said!(
            "error-partner-unknown-untrust",
            name = name.trim()
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
        .ok_or_else(|| told(said!("error-partner-unknown", name = name.trim())))
}

/// A partner's display name by id (trust list), or its short id.
pub fn display_name(partners: &[TrustedPartner], id: crate::domain::Id) -> String {
    partners
        .iter()
        .find(|p| p.partner_id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| format!("partner {}", id.short()))
}
