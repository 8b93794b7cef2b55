//! Areas (hierarchical) and the places (hot spots) inside them.

use super::entity::entity;
use super::id::Id;
use super::vocab::{PoliceStatus, PublicKind};

entity! {
    /// An area (område): kommundel, stadsdel, bostadsområde, RegSO, DeSO …
    Area => Area {
        name: String [name],
        /// A code from the `area_kind` vocabulary.
        kind: String,
        /// Kommunkod, RegSO or DeSO code.
        code: Option<String>,
        parent_id: Option<Id> [refers(Area)],
        police_status: PoliceStatus,
        police_status_year: Option<i64>,
        active: bool,
    }
}

entity! {
    /// A place inside an area: a square, a stop, a tunnel, a stairwell.
    Place => Place {
        area_id: Id [refers(Area)],
        name: String [name],
        /// A code from the `place_kind` vocabulary.
        kind: String,
        public_kind: PublicKind,
        lat: Option<f64>,
        lon: Option<f64>,
        active: bool,
    }
}
