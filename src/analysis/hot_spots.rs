//! The places where most events happened.

use std::collections::HashMap;

use super::Fact;
use crate::domain::Id;

/// The `n` places with the most events, most first (ties by first event); events without a
/// place are not counted.
pub fn hot_spots<'a>(facts: impl IntoIterator<Item = &'a Fact>, n: usize) -> Vec<(Id, u32)> {
    let mut counts: HashMap<Id, (u32, usize)> = HashMap::new();
    for (order, fact) in facts.into_iter().enumerate() {
        if let Some(place) = fact.place_id {
            counts.entry(place).or_insert((0, order)).0 += 1;
        }
    }
    let mut ranked: Vec<(Id, (u32, usize))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.1.1.cmp(&b.1.1)));
    ranked
        .into_iter()
        .take(n)
        .map(|(id, (count, _))| (id, count))
        .collect()
}

/// Events per place (every place with at least one).
pub fn per_place<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> HashMap<Id, u32> {
    let mut counts = HashMap::new();
    for fact in facts {
        if let Some(place) = fact.place_id {
            *counts.entry(place).or_insert(0) += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::fact;

    #[test]
    fn the_busiest_places_first_and_events_without_a_place_left_out() {
        let area = Id::new();
        let (torget, skolan) = (Id::new(), Id::new());
        let at = |place: Option<Id>, day: &str| {
            let mut f = fact(area, day);
            f.place_id = place;
            f
        };
        let facts = vec![
            at(Some(skolan), "2026-11-16"),
            at(Some(torget), "2026-11-17"),
            at(None, "2026-11-17"),
            at(Some(torget), "2026-11-18"),
        ];
        assert_eq!(hot_spots(&facts, 5), vec![(torget, 2), (skolan, 1)]);
        assert_eq!(hot_spots(&facts, 1), vec![(torget, 2)]);
        assert_eq!(per_place(&facts).get(&skolan), Some(&1));
    }
}
