//! The record keys of Överenskommelse, Förebyggande and Platssamverkan: `n` makes what fits
//! where the cursor is (a child of the record there, or one like it under the same parent; on
//! an empty screen its first record), `e` edits, `d` deletes or deactivates, `s` changes the
//! status with a follow-up line, Enter shows the record whole at narrow widths.

use serde_json::Value;

use crate::domain::EntityKind;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::forms::record::{self, NewRecord, Target};
use crate::tui::forms::record_follow_up;
use crate::tui::input::commands::RecordsCmd;
use crate::tui::screens::Screen;
use crate::tui::screens::text::state::LineRecord;
use crate::tui::screens::text::update::text_screen;

/// The records made inside a record of `kind`, and the field that names the parent.
fn children(kind: EntityKind) -> &'static [(EntityKind, &'static str)] {
    match kind {
        EntityKind::Agreement => &[
            (EntityKind::Priority, "agreement_id"),
            (EntityKind::CitizenPromise, "agreement_id"),
        ],
        EntityKind::Priority => &[(EntityKind::Goal, "priority_id")],
        EntityKind::CitizenPromise => &[(EntityKind::PromiseActivity, "promise_id")],
        EntityKind::PlaceProject => &[
            (EntityKind::Inspection, "project_id"),
            (EntityKind::Goal, "place_project_id"),
        ],
        EntityKind::Inspection => &[(EntityKind::Finding, "inspection_id")],
        _ => &[],
    }
}

/// The fields that name a record's parent: a sibling gets the same.
const PARENT_FIELDS: [&str; 6] = [
    "agreement_id",
    "promise_id",
    "priority_id",
    "place_project_id",
    "project_id",
    "inspection_id",
];

/// What a screen starts with when it has nothing yet.
fn first(screen: Screen) -> EntityKind {
    match screen {
        Screen::Agreement => EntityKind::Agreement,
        Screen::Prevention => EntityKind::PreventiveMeasure,
        _ => EntityKind::PlaceProject,
    }
}

/// The new records that fit at a record: its children, then one like it.
pub fn fitting(screen: Screen, at: Option<&LineRecord>) -> Vec<NewRecord> {
    let Some(at) = at else {
        return vec![NewRecord {
            kind: first(screen),
            preset: Vec::new(),
        }];
    };
    let mut options: Vec<NewRecord> = children(at.kind)
        .iter()
        .map(|(kind, field)| {
            let mut preset = vec![(*field, at.id.to_string())];
            // An inspection is made in its project's area.
            if let Some(area) = at.stored.get("area_id").and_then(Value::as_str) {
                preset.push(("area_id", area.to_string()));
            }
            NewRecord {
                kind: *kind,
                preset,
            }
        })
        .collect();
    let preset = PARENT_FIELDS
        .iter()
        .filter_map(|f| {
            let id = at.stored.get(*f).and_then(Value::as_str)?;
            Some((*f, id.to_string()))
        })
        .collect();
    options.push(NewRecord {
        kind: at.kind,
        preset,
    });
    options
}

/// The record where the cursor is: the selected line's, else the nearest one above it (a
/// heading inside an agreement belongs to it).
fn at_cursor(state: &State, screen: Screen) -> Option<LineRecord> {
    let t = match screen {
        Screen::Agreement => &state.agreement,
        Screen::Prevention => &state.prevention,
        _ => &state.places,
    };
    let visible = t.visible();
    let upto = t.cursor.min(visible.len().saturating_sub(1));
    visible
        .iter()
        .take(upto + 1)
        .rev()
        .find_map(|l| l.record.as_deref())
        .cloned()
}

fn selected(state: &mut State, screen: Screen) -> Option<LineRecord> {
    let found = text_screen(state, screen).selected().cloned();
    if found.is_none() {
        state.error(crate::i18n::t!(state.lang, "records-none-selected"));
    }
    found
}

pub fn on_command(state: &mut State, command: RecordsCmd) -> Vec<Effect> {
    let screen = state.screen;
    match command {
        RecordsCmd::New => {
            let at = at_cursor(state, screen);
            record::open_any(state, fitting(screen, at.as_ref()));
            Vec::new()
        }
        RecordsCmd::Edit => {
            if let Some(r) = selected(state, screen) {
                record::open_edit(state, r.kind, r.id, &r.stored);
            }
            Vec::new()
        }
        RecordsCmd::Delete => match selected(state, screen) {
            Some(r) => {
                let target = Target {
                    kind: r.kind,
                    id: r.id,
                    name: r.name.clone(),
                };
                record::retire(state, target, r.active)
            }
            None => Vec::new(),
        },
        RecordsCmd::FollowUp => {
            if let Some(r) = selected(state, screen) {
                let target = Target {
                    kind: r.kind,
                    id: r.id,
                    name: r.name.clone(),
                };
                record_follow_up::open(state, target, &r.stored);
            }
            Vec::new()
        }
        RecordsCmd::Detail => {
            let t = text_screen(state, screen);
            t.detail_open = !t.detail_open;
            Vec::new()
        }
    }
}
