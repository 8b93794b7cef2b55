//! Platssamverkan: a place-based collaboration, its inspections and their findings.

use chrono::NaiveDate;

use super::entity::entity;
use super::id::Id;
use super::vocab::InspectionKind;

entity! {
    /// E.g. "Ett tryggare Lindängsringen".
    PlaceProject => PlaceProject {
        name: String,
        short_name: String,
        area_id: Id,
        partner_org_ids: Vec<Id>,
        /// Målbild.
        vision: String,
        started_on: NaiveDate,
        coordinator_function: String,
        active: bool,
    }
}

entity! {
    /// A trygghetsbesiktning, trygghetsvandring or survey.
    Inspection => Inspection {
        project_id: Option<Id>,
        area_id: Id,
        date: NaiveDate,
        kind: InspectionKind,
        participant_org_ids: Vec<Id>,
        summary: String,
        pii_confirmed: bool,
    }
}

entity! {
    /// What an inspection found at a place; can be turned into an action.
    Finding => Finding {
        inspection_id: Id,
        place_id: Option<Id>,
        issue: String,
        suggested_action: String,
        owner_org_id: Option<Id>,
        /// The action it was turned into.
        action_id: Option<Id>,
        pii_confirmed: bool,
    }
}
