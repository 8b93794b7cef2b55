//! Mapping the feed's `type` to our event types through the police aliases each event type
//! carries (data from `data/event_types.toml`, never a list in code). Unknown types stay unknown.

use std::collections::HashMap;

use crate::domain::{EventType, Id};
use crate::store::{Result, Store};

/// The feed's `type` as compared: trimmed, lower case (`"Lagen om hundar och katter "`).
pub fn type_key(police_type: &str) -> String {
    police_type.trim().to_lowercase()
}

/// Every police alias of the event types in the store.
#[derive(Debug, Clone, Default)]
pub struct TypeMap {
    by_alias: HashMap<String, Id>,
}

impl TypeMap {
    pub fn load(store: &Store) -> Result<Self> {
        Ok(Self::from_types(&store.all::<EventType>()?))
    }

    /// Active types win over deactivated ones that carry the same alias.
    pub fn from_types(types: &[EventType]) -> Self {
        let mut by_alias = HashMap::new();
        let (active, inactive): (Vec<_>, Vec<_>) = types.iter().partition(|t| t.active);
        for t in inactive.into_iter().chain(active) {
            for alias in &t.police_aliases {
                by_alias.insert(type_key(alias), t.id);
            }
        }
        TypeMap { by_alias }
    }

    /// Our event type for a feed `type`, if one has it as an alias.
    pub fn map(&self, police_type: &str) -> Option<Id> {
        self.by_alias.get(&type_key(police_type)).copied()
    }
}
