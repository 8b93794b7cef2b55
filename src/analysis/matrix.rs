//! Event type × area: which kinds of events where.

use std::collections::HashMap;

use super::{AreaTree, Fact};
use crate::domain::Id;

/// One event type's total and its counts per area.
type TypeCounts = (u32, HashMap<Id, u32>);

/// Counts per event type (rows) and area (columns); an area's column includes its sub-areas.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeAreaMatrix {
    /// Event types with at least one event, most events first.
    pub event_types: Vec<Id>,
    pub areas: Vec<Id>,
    /// `counts[row][column]`.
    pub counts: Vec<Vec<u32>>,
    /// Per event type, over all events (not only the columns': sub-areas would count twice).
    pub row_totals: Vec<u32>,
    pub column_totals: Vec<u32>,
}

impl TypeAreaMatrix {
    /// The matrix over `areas` (columns, in the order given).
    pub fn of<'a>(
        facts: impl IntoIterator<Item = &'a Fact>,
        tree: &AreaTree,
        areas: &[Id],
    ) -> TypeAreaMatrix {
        let mut per_type: HashMap<Id, TypeCounts> = HashMap::new();
        for fact in facts {
            let entry = per_type.entry(fact.event_type_id).or_default();
            entry.0 += 1;
            for &area in tree.rollup(&fact.area_id) {
                *entry.1.entry(area).or_insert(0) += 1;
            }
        }
        let mut rows: Vec<(Id, TypeCounts)> = per_type.into_iter().collect();
        rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
        let counts: Vec<Vec<u32>> = rows
            .iter()
            .map(|(_, (_, by_area))| {
                areas
                    .iter()
                    .map(|a| by_area.get(a).copied().unwrap_or(0))
                    .collect()
            })
            .collect();
        let column_totals = (0..areas.len())
            .map(|c| counts.iter().map(|row| row[c]).sum())
            .collect();
        TypeAreaMatrix {
            event_types: rows.iter().map(|(id, _)| *id).collect(),
            areas: areas.to_vec(),
            row_totals: rows.iter().map(|(_, (n, _))| *n).collect(),
            counts,
            column_totals,
        }
    }

    /// The count of `event_type` in `area`.
    pub fn get(&self, event_type: Id, area: Id) -> u32 {
        let row = self.event_types.iter().position(|t| *t == event_type);
        let column = self.areas.iter().position(|a| *a == area);
        match (row, column) {
            (Some(r), Some(c)) => self.counts[r][c],
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::area_tree::tests::sample;
    use crate::analysis::tests::fact;

    #[test]
    fn types_by_area_with_parents_summing_sub_areas() {
        let (tree, [kommun, norr, centrum, soder, _on]) = sample();
        let (skadegorelse, brand) = (Id::new(), Id::new());
        let of_type = |t: Id, area: Id| {
            let mut f = fact(area, "2026-11-18");
            f.event_type_id = t;
            f
        };
        let facts = vec![
            of_type(skadegorelse, centrum),
            of_type(skadegorelse, norr),
            of_type(skadegorelse, soder),
            of_type(brand, soder),
        ];
        let m = TypeAreaMatrix::of(&facts, &tree, &[kommun, norr, soder]);
        assert_eq!(m.event_types, vec![skadegorelse, brand]);
        assert_eq!(m.get(skadegorelse, norr), 2);
        assert_eq!(m.get(skadegorelse, kommun), 3);
        assert_eq!(m.get(brand, norr), 0);
        assert_eq!(m.row_totals, vec![3, 1]);
        assert_eq!(m.column_totals, vec![4, 2, 2]);
    }
}
