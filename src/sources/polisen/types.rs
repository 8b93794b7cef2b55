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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Classification;

    fn et(code: &str, aliases: &[&str], active: bool) -> EventType {
        EventType {
            id: Id::from_name("event_type", code),
            classification: Classification::Oppen,
            code: code.into(),
            label_sv: code.into(),
            label_en: code.into(),
            group_code: "ovrigt".into(),
            is_crime: false,
            police_aliases: aliases.iter().map(|a| a.to_string()).collect(),
            sort: 0,
            active,
        }
    }

    #[test]
    fn trimmed_and_case_insensitive() {
        let map = TypeMap::from_types(&[et("djur", &[" Lagen om hundar och katter"], true)]);
        let djur = Some(Id::from_name("event_type", "djur"));
        assert_eq!(map.map("Lagen om hundar och katter "), djur);
        assert_eq!(map.map("LAGEN OM HUNDAR OCH KATTER"), djur);
        assert_eq!(map.map("Lagen om hundar"), None);
        assert_eq!(map.map(""), None);
    }

    #[test]
    fn an_active_type_wins_over_a_deactivated_one() {
        let map = TypeMap::from_types(&[
            et("nytt", &["Fylleri"], true),
            et("gammalt", &["Fylleri/LOB", "Fylleri"], false),
        ]);
        assert_eq!(
            map.map("Fylleri"),
            Some(Id::from_name("event_type", "nytt"))
        );
        assert_eq!(
            map.map("fylleri/lob"),
            Some(Id::from_name("event_type", "gammalt"))
        );
    }
}
