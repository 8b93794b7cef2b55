//! Record identifiers: UUIDv7, so ids sort by creation time and never collide between partners.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The id of any record, partner or operation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(Uuid);

impl Id {
    /// A fresh UUIDv7 (time-ordered).
    pub fn new() -> Self {
        Id(Uuid::now_v7())
    }

    /// A deterministic id derived from a name, for data that must get the same id in every copy
    /// (taxonomy entries loaded from `data/`, demo records).
    pub fn from_name(namespace: &str, name: &str) -> Self {
        Id(Uuid::new_v5(
            &Uuid::NAMESPACE_OID,
            format!("lagesbild:{namespace}:{name}").as_bytes(),
        ))
    }

    /// Derived from a name ([`Id::from_name`]) rather than made fresh.
    pub fn is_name_based(&self) -> bool {
        self.0.get_version() == Some(uuid::Version::Sha1)
    }

    /// The first eight hex digits: enough for a person to tell records apart on screen.
    pub fn short(&self) -> String {
        self.0.simple().to_string()[..8].to_string()
    }

    pub fn as_uuid(&self) -> &Uuid {
        &self.0
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.short())
    }
}

impl FromStr for Id {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s.trim()).map(Id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_time_ordered_and_round_trip() {
        let a = Id::new();
        let b = Id::new();
        assert!(a < b);
        assert_eq!(a.to_string().parse::<Id>().ok(), Some(a));
        assert_eq!(a.short().len(), 8);
    }

    #[test]
    fn named_ids_are_stable() {
        assert_eq!(
            Id::from_name("event_type", "brand"),
            Id::from_name("event_type", "brand")
        );
        assert_ne!(
            Id::from_name("event_type", "brand"),
            Id::from_name("theme", "brand")
        );
    }
}
