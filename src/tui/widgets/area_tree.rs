//! Areas as the tree they are (kommundel → stadsdel → bostadsområde): listed parent first with
//! its children below, in Swedish order, and counted with everything below them.

use crate::domain::{Area, Id};
use crate::store::collation::compare_sv;

/// The areas in tree order with their depth. Areas whose parent is missing or inactive are roots.
pub fn tree_order(areas: &[Area]) -> Vec<(Area, usize)> {
    let mut out = Vec::new();
    let known = |id: Option<Id>| id.is_some_and(|p| areas.iter().any(|a| a.id == p));
    let mut roots: Vec<&Area> = areas.iter().filter(|a| !known(a.parent_id)).collect();
    roots.sort_by(|a, b| compare_sv(&a.name, &b.name));
    for root in roots {
        push(areas, root, 0, &mut out);
    }
    out
}

fn push(areas: &[Area], area: &Area, depth: usize, out: &mut Vec<(Area, usize)>) {
    // A cycle in the data must not hang the UI.
    if depth > 8 || out.iter().any(|(a, _)| a.id == area.id) {
        return;
    }
    out.push((area.clone(), depth));
    let mut children: Vec<&Area> = areas
        .iter()
        .filter(|a| a.parent_id == Some(area.id))
        .collect();
    children.sort_by(|a, b| compare_sv(&a.name, &b.name));
    for c in children {
        push(areas, c, depth + 1, out);
    }
}

/// An area and every area below it.
pub fn subtree(areas: &[Area], root: Id) -> Vec<Id> {
    let mut ids = vec![root];
    let mut i = 0;
    while let Some(id) = ids.get(i).copied() {
        for a in areas.iter().filter(|a| a.parent_id == Some(id)) {
            if !ids.contains(&a.id) {
                ids.push(a.id);
            }
        }
        i += 1;
    }
    ids
}
