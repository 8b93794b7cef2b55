//! Platssamverkan: a place-based collaboration, its inspections and their findings.

use chrono::NaiveDate;

use super::entity::entity;
use super::id::Id;
use super::vocab::InspectionKind;

entity! {
    /// E.g. "Ett tryggare Lindängsringen".
    PlaceProject => PlaceProject {
        name: String [name],
        short_name: String,
        area_id: Id [refers(Area)],
        partner_org_ids: Vec<Id> [refers(Organisation)],
        /// Målbild.
        vision: String [free_text],
        started_on: NaiveDate,
        coordinator_function: String,
        active: bool,
    }
}

entity! {
    /// A trygghetsbesiktning, trygghetsvandring or survey.
    Inspection => Inspection {
        project_id: Option<Id> [refers(PlaceProject)],
        area_id: Id [refers(Area)],
        date: NaiveDate,
        kind: InspectionKind,
        participant_org_ids: Vec<Id> [refers(Organisation)],
        summary: String [name, free_text],
        pii_confirmed: bool,
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    /// What an inspection found at a place; can be turned into an action.
    Finding => Finding {
        inspection_id: Id [refers(Inspection)],
        place_id: Option<Id> [refers(Place)],
        issue: String [name, free_text],
        suggested_action: String [free_text],
        owner_org_id: Option<Id> [refers(Organisation)],
        /// The action it was turned into.
        action_id: Option<Id> [refers(Action)],
        pii_confirmed: bool,
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}
