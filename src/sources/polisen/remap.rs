//! Re-mapping stored police events to our event types after the aliases changed (taxonomies
//! loaded after an import, an alias added): an unknown type becomes known, and the other way.

use super::error::PolisenError;
use super::types::TypeMap;
use crate::domain::{EntityKind, PoliceEvent};
use crate::store::Store;

/// Sets every stored police event's event type from the current aliases, in one transaction.
/// Returns how many events changed.
pub fn remap_types(store: &mut Store) -> Result<usize, PolisenError> {
    let types = TypeMap::load(store)?;
    let changes: Vec<_> = store
        .all::<PoliceEvent>()?
        .into_iter()
        .filter_map(|e| {
            let mapped = types.map(&e.police_type);
            (mapped != e.event_type_id).then_some((e.id, mapped))
        })
        .collect();
    store.write(|w| {
        for (id, mapped) in &changes {
            w.set(EntityKind::PoliceEvent, *id, "event_type_id", mapped)?;
        }
        Ok(())
    })?;
    Ok(changes.len())
}
