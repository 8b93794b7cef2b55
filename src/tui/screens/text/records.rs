//! The record keys of Överenskommelse, Förebyggande and Platssamverkan: `n` makes what fits
//! where the cursor is (a child of the record there, or one like it under the same parent; on
//! an empty screen its first record), `e` edits, `d` deletes or deactivates, `s` changes the
//! status with a follow-up line, Enter shows the record whole at narrow widths.

use serde_json::Value;

use crate::domain::EntityKind;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::forms::record::{self, Link, NewRecord, Target};
use crate::tui::forms::record_follow_up;
use crate::tui::input::commands::RecordsCmd;
use crate::tui::screens::Screen;
use crate::tui::screens::text::state::LineRecord;
use crate::tui::screens::text::update::text_screen;

/// How a record made inside another one names it.
#[derive(Clone, Copy)]
enum Parent {
    /// The new record's field names the record at the cursor.
    Field(&'static str),
    /// The record at the cursor's field names the new one (a plan item's goal).
    Link(&'static str),
    /// Nothing names it (a problem is made for a plan, not inside it).
    Free,
}

/// The records made inside a record of `kind`, and how each names its parent.
fn children(kind: EntityKind) -> &'static [(EntityKind, Parent)] {
    use EntityKind as K;
    use Parent::*;
    match kind {
        K::Agreement => &[
            (K::Priority, Field("agreement_id")),
            (K::CitizenPromise, Field("agreement_id")),
        ],
        K::Priority => &[(K::Goal, Field("priority_id"))],
        K::CitizenPromise => &[(K::PromiseActivity, Field("promise_id"))],
        K::PlaceProject => &[
            (K::Inspection, Field("project_id")),
            (K::Goal, Field("place_project_id")),
        ],
        K::Inspection => &[(K::Finding, Field("inspection_id"))],
        K::ActionPlan => &[
            (K::Problem, Free),
            (K::PlanItem, Field("plan_id")),
            (K::Goal, Field("plan_id")),
        ],
        K::Problem => &[
            (K::Cause, Field("problem_id")),
            (K::PlanItem, Field("problem_id")),
        ],
        K::PlanItem => &[
            (K::Goal, Link("goal_id")),
            (K::Action, Field("plan_item_id")),
        ],
        K::Goal => &[(K::Indicator, Field("goal_id"))],
        K::Indicator => &[(K::IndicatorValue, Field("indicator_id"))],
        _ => &[],
    }
}

/// The fields that place a record (its parents, its area): a record made at it gets those its
/// kind has too, and one like it gets the same.
const PARENT_FIELDS: [&str; 11] = [
    "agreement_id",
    "promise_id",
    "priority_id",
    "place_project_id",
    "project_id",
    "inspection_id",
    "plan_id",
    "problem_id",
    "goal_id",
    "indicator_id",
    "area_id",
];

/// What a screen starts with when it has nothing yet.
fn first(screen: Screen) -> EntityKind {
    match screen {
        Screen::Agreement => EntityKind::Agreement,
        Screen::Prevention => EntityKind::PreventiveMeasure,
        Screen::Actions => EntityKind::ActionPlan,
        _ => EntityKind::PlaceProject,
    }
}

/// The placing fields of the record at the cursor (and its context) that `kind` has.
fn inherited(at: &LineRecord, kind: EntityKind) -> Vec<(&'static str, String)> {
    // A field through which the record names a new child (a plan item's goal) is its own.
    let links: Vec<&str> = children(at.kind)
        .iter()
        .filter_map(|(_, p)| match p {
            Parent::Link(f) => Some(*f),
            _ => None,
        })
        .collect();
    let mut preset: Vec<(&'static str, String)> = PARENT_FIELDS
        .iter()
        .filter(|f| kind.field(f).is_some() && !links.contains(f))
        .filter_map(|f| {
            let id = at.stored.get(*f).and_then(Value::as_str)?;
            Some((*f, id.to_string()))
        })
        .collect();
    for (field, value) in &at.context {
        if kind.field(field).is_some() && !preset.iter().any(|(f, _)| f == field) {
            preset.push((field, value.clone()));
        }
    }
    preset
}

/// The next free number among the records of `kind` placed as `preset` places it (the
/// priorities of one agreement, the activities of one promise): one more than the highest.
fn next_number(
    kind: EntityKind,
    preset: &[(&'static str, String)],
    shown: &[&LineRecord],
) -> Option<(&'static str, String)> {
    let def = kind.field("number")?;
    if def.ty != crate::domain::FieldType::Integer {
        return None;
    }
    let highest = shown
        .iter()
        .filter(|r| r.kind == kind)
        .filter(|r| {
            preset
                .iter()
                .all(|(f, v)| r.stored.get(*f).and_then(Value::as_str) == Some(v.as_str()))
        })
        .filter_map(|r| r.stored.get("number").and_then(Value::as_i64))
        .max()
        .unwrap_or(0);
    Some(("number", (highest + 1).to_string()))
}

/// The new records that fit at a record: its children, then one like it; each numbered
/// after the records `shown` beside it.
pub fn fitting(screen: Screen, at: Option<&LineRecord>, shown: &[&LineRecord]) -> Vec<NewRecord> {
    let mut options = fitting_here(screen, at);
    for o in &mut options {
        if let Some(number) = next_number(o.kind, &o.preset, shown) {
            o.preset.push(number);
        }
    }
    options
}

fn fitting_here(screen: Screen, at: Option<&LineRecord>) -> Vec<NewRecord> {
    let Some(at) = at else {
        return vec![NewRecord {
            kind: first(screen),
            preset: Vec::new(),
            link: None,
        }];
    };
    let mut options: Vec<NewRecord> = children(at.kind)
        .iter()
        .map(|(kind, parent)| {
            let mut preset = inherited(at, *kind);
            let mut link = None;
            match parent {
                Parent::Field(field) => {
                    preset.retain(|(f, _)| f != field);
                    preset.push((field, at.id.to_string()));
                }
                Parent::Link(field) => {
                    link = Some(Link {
                        kind: at.kind,
                        id: at.id,
                        field,
                    });
                }
                Parent::Free => {}
            }
            NewRecord {
                kind: *kind,
                preset,
                link,
            }
        })
        .collect();
    options.push(NewRecord {
        kind: at.kind,
        preset: inherited(at, at.kind),
        link: None,
    });
    options
}

/// The record where the cursor is: the selected line's, else the nearest one above it (a
/// heading inside an agreement belongs to it).
fn at_cursor(state: &State, screen: Screen) -> Option<LineRecord> {
    let t = match screen {
        Screen::Agreement => &state.agreement,
        Screen::Prevention => &state.prevention,
        Screen::Actions => &state.actions.plan,
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
            let shown: Vec<LineRecord> = text_screen(state, screen)
                .lines
                .iter()
                .filter_map(|l| l.record.as_deref())
                .cloned()
                .collect();
            let shown: Vec<&LineRecord> = shown.iter().collect();
            record::open_any(state, fitting(screen, at.as_ref(), &shown));
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
