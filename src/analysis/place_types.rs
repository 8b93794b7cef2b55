//! Events per place and event type: what the GeoJSON export (and any map) shows per point.

use std::collections::HashMap;

use super::Fact;
use crate::domain::Id;

/// Per place, its events per event type; events without a place are not counted.
pub fn per_place_and_type<'a>(
    facts: impl IntoIterator<Item = &'a Fact>,
) -> HashMap<Id, HashMap<Id, u32>> {
    let mut counts: HashMap<Id, HashMap<Id, u32>> = HashMap::new();
    for fact in facts {
        if let Some(place) = fact.place_id {
            *counts
                .entry(place)
                .or_default()
                .entry(fact.event_type_id)
                .or_insert(0) += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::fact;

    #[test]
    fn each_place_counts_its_own_events_per_type() {
        let area = Id::new();
        let (torget, skolan) = (Id::new(), Id::new());
        let (klotter, brand) = (Id::new(), Id::new());
        let at = |place: Option<Id>, event_type: Id| {
            let mut f = fact(area, "2026-11-18");
            f.place_id = place;
            f.event_type_id = event_type;
            f
        };
        let facts = vec![
            at(Some(torget), klotter),
            at(Some(torget), klotter),
            at(Some(torget), brand),
            at(Some(skolan), brand),
            at(None, klotter),
        ];
        let counts = per_place_and_type(&facts);
        assert_eq!(counts.len(), 2, "the event without a place is not counted");
        assert_eq!(counts[&torget][&klotter], 2);
        assert_eq!(counts[&torget][&brand], 1);
        assert_eq!(counts[&skolan].get(&klotter), None);
        assert_eq!(counts[&skolan][&brand], 1);
    }
}
