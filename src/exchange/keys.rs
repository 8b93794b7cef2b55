//! This copy's signing key and the public-key tokens partners exchange.
//!
//! The secret key is a file beside the database (`<db>.partner-key`, owner-only permissions):
//! never inside the database and never in a bundle. The public key travels as a token
//! `lagesbild-nyckel:<partner id>:<key hex>`, which binds the key to the partner id its ops carry;
//! the fingerprint is short enough to read aloud by phone.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use super::{ExchangeError, told};
use crate::domain::{Digest32, Id};
use crate::i18n::said;

const TOKEN_PREFIX: &str = "lagesbild-nyckel";

/// The secret key file of the database at `db`.
pub fn key_path(db: &Path) -> PathBuf {
    crate::files::database_files::with_suffix(db, crate::files::database_files::KEY_SUFFIX)
}

/// A partner's public key with the partner id it speaks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKeyToken {
    pub partner_id: Id,
    pub key: VerifyingKey,
}

impl PublicKeyToken {
    pub fn to_token(&self) -> String {
        format!(
            "{TOKEN_PREFIX}:{}:{}",
            self.partner_id,
            hex::encode(self.key.as_bytes())
        )
    }

    /// Parses a token exactly as `to_token` writes it (surrounding spaces allowed).
    pub fn parse(token: &str) -> Result<Self, ExchangeError> {
        let bad = || told(said!("error-key-bad-form"));
        let mut parts = token.trim().split(':');
        let (Some(TOKEN_PREFIX), Some(id), Some(key), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let partner_id: Id = id.parse().map_err(|_| bad())?;
        if key.len() != 64 {
            return Err(bad());
        }
        let bytes: [u8; 32] = hex::decode(key)
            .map_err(|_| bad())?
            .try_into()
            .map_err(|_| bad())?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| bad())?;
        // A small-order point (all zeros among them) lets anyone forge signatures.
        if key.is_weak() {
            return Err(told(said!("error-key-weak")));
        }
        Ok(PublicKeyToken { partner_id, key })
    }

    /// Four groups of four characters, to compare by phone.
    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.to_token())
    }
}

/// The fingerprint of a key token.
pub fn fingerprint_of(token: &str) -> String {
    let digest = Digest32::of(token.trim().as_bytes());
    let hex = hex::encode_upper(&digest.0[..8]);
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// This copy's signing key.
pub struct OwnKey {
    signing: SigningKey,
}

impl OwnKey {
    /// A new random key.
    pub fn generate() -> Result<Self, ExchangeError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)
            .map_err(|e| told(said!("error-key-no-randomness", reason = e.to_string())))?;
        Ok(OwnKey {
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// Writes the key to a new file readable only by its owner; refuses to overwrite one.
    pub fn save_new(&self, path: &Path) -> Result<(), ExchangeError> {
        let options = crate::files::WriteOptions {
            private: true,
            ..Default::default()
        };
        let text = format!("{}\n", hex::encode(self.signing.to_bytes()));
        crate::files::write_file(path, text.as_bytes(), &options).map_err(|e| match e {
            crate::files::FileError::Exists { .. } => {
                told(said!("error-key-exists", path = path.display().to_string()))
            }
            other => ExchangeError::File(other),
        })
    }

    /// Reads the key file of this copy.
    pub fn load(path: &Path) -> Result<Self, ExchangeError> {
        let text = std::fs::read_to_string(path).map_err(|_| {
            told(said!(
                "error-key-missing",
                path = path.display().to_string()
            ))
        })?;
        let bytes: [u8; 32] = hex::decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| {
                told(said!(
                    "error-key-damaged",
                    path = path.display().to_string()
                ))
            })?;
        Ok(OwnKey {
            signing: SigningKey::from_bytes(&bytes),
        })
    }

    pub fn public(&self, partner_id: Id) -> PublicKeyToken {
        PublicKeyToken {
            partner_id,
            key: self.signing.verifying_key(),
        }
    }

    pub fn sign(&self, payload: &[u8]) -> Signature {
        self.signing.sign(payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_fingerprints_are_short() {
        let key = OwnKey::generate().expect("key");
        let token = key.public(Id::new());
        let text = token.to_token();
        assert_eq!(
            PublicKeyToken::parse(&format!("  {text}\n")).ok(),
            Some(token.clone())
        );
        let fp = token.fingerprint();
        assert_eq!(fp.len(), 19);
        assert_eq!(fp.matches('-').count(), 3);
        assert!(PublicKeyToken::parse(&text.replace("lagesbild-nyckel", "nyckel")).is_err());
        assert!(PublicKeyToken::parse(&text[..text.len() - 2]).is_err());
    }

    #[test]
    fn signatures_verify_only_for_the_same_bytes() {
        let key = OwnKey::generate().expect("key");
        let public = key.public(Id::new());
        let sig = key.sign(b"paket");
        assert!(public.key.verify_strict(b"paket", &sig).is_ok());
        assert!(public.key.verify_strict(b"paket!", &sig).is_err());
    }
}
