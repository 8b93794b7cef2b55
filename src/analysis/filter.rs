//! Which events an analysis looks at: chosen areas (each with its sub-areas) and event types.

use std::collections::HashSet;

use super::{AreaTree, Fact};
use crate::domain::Id;

/// No areas or no event types chosen means all of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    areas: HashSet<Id>,
    event_types: HashSet<Id>,
}

impl Filter {
    /// Events in `areas` (and their sub-areas) of `event_types`; empty lists mean all.
    pub fn new(tree: &AreaTree, areas: &[Id], event_types: &[Id]) -> Filter {
        Filter {
            areas: areas
                .iter()
                .flat_map(|&a| tree.descendants_and_self(a))
                .collect(),
            event_types: event_types.iter().copied().collect(),
        }
    }

    pub fn is_all(&self) -> bool {
        self.areas.is_empty() && self.event_types.is_empty()
    }

    pub fn keep(&self, fact: &Fact) -> bool {
        (self.areas.is_empty() || self.areas.contains(&fact.area_id))
            && (self.event_types.is_empty() || self.event_types.contains(&fact.event_type_id))
    }

    /// The facts the filter keeps.
    pub fn apply<'a>(&self, facts: &'a [Fact]) -> Vec<&'a Fact> {
        facts.iter().filter(|f| self.keep(f)).collect()
    }
}
