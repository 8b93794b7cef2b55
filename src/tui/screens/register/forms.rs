//! The register's forms: the shared record forms (`forms::record`) for the selected list's
//! kind, new (in the selected area) or for the selected record.

use serde_json::Value;

use crate::tui::app::state::State;
use crate::tui::forms::record;
use crate::tui::screens::register::state::Section;

/// The form overlay saves a generated form through here (`forms::record::submitted`).
pub use crate::tui::forms::record::submitted;

/// Opens the form for a new record of the selected list: a new place goes in the selected
/// place's area, a new area under the selected area.
pub fn open_new(state: &mut State) {
    let r = &state.register;
    let kind = r.section.kind();
    let mut preset = Vec::new();
    if let Some(row) = r.selected().filter(|row| row.active) {
        match r.section {
            Section::Places => {
                if let Some(area) = row.record.get("area_id").and_then(Value::as_str) {
                    preset.push(("area_id", area.to_string()));
                }
            }
            Section::Areas => preset.push(("parent_id", row.id.to_string())),
            _ => {}
        }
    }
    record::open_new(state, kind, &preset);
}

/// Opens the form on the selected record.
pub fn open_edit(state: &mut State) {
    let r = &state.register;
    let kind = r.section.kind();
    let Some(row) = r.selected() else {
        state.error(crate::tui::screens::register::words::nothing_selected(
            state.lang,
        ));
        return;
    };
    let (id, stored) = (row.id, row.record.clone());
    record::open_edit(state, kind, id, &stored);
}
