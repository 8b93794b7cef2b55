//! Partners (parter, aktörer) and the people's functions that represent them.

use super::entity::entity;
use super::id::Id;

entity! {
    /// A partner organisation: kommun förvaltning, lokalpolisområde, räddningstjänst …
    Organisation => Organisation {
        name: String [name],
        short_name: Option<String>,
        /// A code from the `organisation_kind` vocabulary in `data/`.
        kind: String,
        /// Public authority: offentlighets- och sekretesslagen applies.
        is_authority: bool,
        active: bool,
    }
}

entity! {
    /// A function at an organisation (trygghetssamordnare, kommunpolis). The function comes
    /// first; a name or initials are optional personal data.
    Participant => Participant {
        organisation_id: Id [refers(Organisation)],
        function: String [name],
        display_name: Option<String>,
        active: bool,
    }
}
