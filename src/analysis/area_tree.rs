//! The municipality's areas as a tree, so a parent area's counts include its sub-areas.

use std::collections::HashMap;

use crate::domain::Id;
use crate::store::queries::facts::AreaLink;
use crate::store::{Result, Store};

#[derive(Debug, Clone, Default)]
pub struct AreaTree {
    areas: Vec<AreaLink>,
    index: HashMap<Id, usize>,
    children: HashMap<Id, Vec<Id>>,
    /// Each area and the areas above it, nearest first: worked out once, since every counted
    /// event rolls up along its area's line.
    lines_up: HashMap<Id, Vec<Id>>,
}

impl AreaTree {
    pub fn load(store: &Store) -> Result<AreaTree> {
        Ok(AreaTree::new(store.area_links()?))
    }

    /// The tree of these areas (in the order given: the store gives them by name). A parent
    /// that is not among them makes its child a root.
    pub fn new(areas: Vec<AreaLink>) -> AreaTree {
        let index: HashMap<Id, usize> = areas.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let mut children: HashMap<Id, Vec<Id>> = HashMap::new();
        for a in &areas {
            if let Some(parent) = a.parent_id.filter(|p| index.contains_key(p)) {
                children.entry(parent).or_default().push(a.id);
            }
        }
        let mut tree = AreaTree {
            areas,
            index,
            children,
            lines_up: HashMap::new(),
        };
        tree.lines_up = tree
            .areas
            .iter()
            .map(|a| (a.id, tree.walk_up(a.id)))
            .collect();
        tree
    }

    pub fn areas(&self) -> &[AreaLink] {
        &self.areas
    }

    pub fn get(&self, id: Id) -> Option<&AreaLink> {
        self.index.get(&id).and_then(|&i| self.areas.get(i))
    }

    pub fn name(&self, id: Id) -> &str {
        self.get(id).map_or("", |a| a.name.as_str())
    }

    fn parent(&self, id: Id) -> Option<Id> {
        self.get(id)
            .and_then(|a| a.parent_id)
            .filter(|p| self.index.contains_key(p))
    }

    /// The areas without a parent (in the tree), by name.
    pub fn roots(&self) -> Vec<Id> {
        self.areas
            .iter()
            .filter(|a| self.parent(a.id).is_none())
            .map(|a| a.id)
            .collect()
    }

    pub fn children(&self, id: Id) -> &[Id] {
        self.children.get(&id).map_or(&[], Vec::as_slice)
    }

    /// The area and every area below it. A cycle in the data (which the forms refuse) cannot
    /// loop: each area is visited once.
    pub fn descendants_and_self(&self, id: Id) -> Vec<Id> {
        let mut out = vec![id];
        let mut i = 0;
        while let Some(&next) = out.get(i) {
            for &child in self.children(next) {
                if !out.contains(&child) {
                    out.push(child);
                }
            }
            i += 1;
        }
        out
    }

    /// The area and the areas above it, nearest first.
    pub fn ancestors_and_self(&self, id: Id) -> Vec<Id> {
        self.rollup(&id).to_vec()
    }

    /// The areas an event in `id` counts in: the area and the areas above it, nearest first
    /// (just `id` for an area not in the tree). Borrowed from the tree, for the counting loops.
    pub fn rollup<'a>(&'a self, id: &'a Id) -> &'a [Id] {
        self.lines_up
            .get(id)
            .map_or(std::slice::from_ref(id), Vec::as_slice)
    }

    fn walk_up(&self, id: Id) -> Vec<Id> {
        let mut out = vec![id];
        let mut at = id;
        while let Some(parent) = self.parent(at) {
            if out.contains(&parent) {
                break;
            }
            out.push(parent);
            at = parent;
        }
        out
    }

    /// Whether `id` is `ancestor` or lies below it.
    pub fn contains(&self, ancestor: Id, id: Id) -> bool {
        self.rollup(&id).contains(&ancestor)
    }

    /// How deep the area sits (a root is 0), for indenting lists.
    pub fn depth(&self, id: Id) -> usize {
        self.rollup(&id).len() - 1
    }

    /// Every area in tree order: each root followed by its sub-areas, depth first.
    pub fn in_tree_order(&self) -> Vec<Id> {
        let mut out = Vec::with_capacity(self.areas.len());
        for root in self.roots() {
            for id in self.descendants_depth_first(root) {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        // Areas caught in a cycle (which the forms refuse) have no root: they come last.
        for a in &self.areas {
            if !out.contains(&a.id) {
                out.push(a.id);
            }
        }
        out
    }

    fn descendants_depth_first(&self, id: Id) -> Vec<Id> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(next) = stack.pop() {
            if out.contains(&next) {
                continue;
            }
            out.push(next);
            stack.extend(self.children(next).iter().rev());
        }
        out
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Kommunen ⊃ {Norr ⊃ {Norr centrum}, Söder}, and Ön on its own.
    pub(crate) fn sample() -> (AreaTree, [Id; 5]) {
        let ids = [Id::new(), Id::new(), Id::new(), Id::new(), Id::new()];
        let link = |i: usize, name: &str, parent: Option<usize>| AreaLink {
            id: ids[i],
            name: name.to_string(),
            parent_id: parent.map(|p| ids[p]),
            active: true,
        };
        let tree = AreaTree::new(vec![
            link(0, "Kommunen", None),
            link(1, "Norr", Some(0)),
            link(2, "Norr centrum", Some(1)),
            link(3, "Söder", Some(0)),
            link(4, "Ön", None),
        ]);
        (tree, ids)
    }

    #[test]
    fn a_parent_holds_its_sub_areas_at_every_depth() {
        let (tree, [kommun, norr, centrum, soder, on]) = sample();
        assert_eq!(tree.descendants_and_self(kommun).len(), 4);
        assert_eq!(tree.descendants_and_self(norr), vec![norr, centrum]);
        assert_eq!(
            tree.ancestors_and_self(centrum),
            vec![centrum, norr, kommun]
        );
        assert!(tree.contains(kommun, centrum));
        assert!(!tree.contains(soder, centrum));
        assert_eq!(tree.roots(), vec![kommun, on]);
        assert_eq!(tree.in_tree_order(), vec![kommun, norr, centrum, soder, on]);
        assert_eq!(tree.depth(centrum), 2);
    }

    #[test]
    fn a_cycle_in_the_data_does_not_hang() {
        let (a, b) = (Id::new(), Id::new());
        let tree = AreaTree::new(vec![
            AreaLink {
                id: a,
                name: "A".into(),
                parent_id: Some(b),
                active: true,
            },
            AreaLink {
                id: b,
                name: "B".into(),
                parent_id: Some(a),
                active: true,
            },
        ]);
        assert_eq!(tree.descendants_and_self(a).len(), 2);
        assert_eq!(tree.ancestors_and_self(a).len(), 2);
    }
}
