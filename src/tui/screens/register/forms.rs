//! The register's forms: generated from the registry (`forms::registry`) for the selected
//! list's kind, new or for the selected record; a valid form becomes one write.

use chrono::Datelike;
use serde_json::Value;

use crate::domain::{EntityKind, Id};
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{FormPurpose, OpenForm, Overlay, State};
use crate::tui::forms::{labels, registry};
use crate::tui::screens::register::messages::{RegisterEffect, Write};
use crate::tui::screens::register::state::Section;

/// What a register form saves into: a new record of `kind`, or the stored one.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterForm {
    pub kind: EntityKind,
    pub existing: Option<(Id, Value)>,
}

/// Opens the form for a new record of the selected list. A required reference with nothing
/// to pick (a place before any area) is said instead.
pub fn open_new(state: &mut State) {
    let r = &state.register;
    let kind = r.section.kind();
    for def in kind.fields().iter().filter(|d| d.reference && !d.optional) {
        if let Some(target) = def.flags.refers
            && r.choices
                .records
                .iter()
                .find(|(k, _)| *k == target)
                .is_none_or(|(_, v)| v.is_empty())
        {
            state.error(labels::none_to_pick(target));
            return;
        }
    }
    // A new place goes in the selected place's area; a new area under the selected area.
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
    let form = registry::form(
        kind,
        labels::new_title(kind),
        None,
        &preset,
        &r.choices,
        state.today.year(),
    );
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::Register(Box::new(RegisterForm {
            kind,
            existing: None,
        })),
    })));
}

/// Opens the form on the selected record.
pub fn open_edit(state: &mut State) {
    let r = &state.register;
    let kind = r.section.kind();
    let Some(row) = r.selected() else {
        state.error(crate::tui::screens::register::words::nothing_selected());
        return;
    };
    let form = registry::form(
        kind,
        labels::edit_title(kind, &row.name),
        Some(&row.record),
        &[],
        &r.choices,
        state.today.year(),
    );
    let existing = Some((row.id, row.record.clone()));
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::Register(Box::new(RegisterForm { kind, existing })),
    })));
}

/// The open form's write, when it is a register form; a value the registry's types refuse
/// goes beside its field and nothing is written.
pub fn submitted(state: &mut State) -> Option<Vec<Effect>> {
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return None;
    };
    let FormPurpose::Register(purpose) = &open.purpose else {
        return None;
    };
    let kind = purpose.kind;
    let existing = purpose.existing.clone();
    let values = registry::values(kind, &open.form, existing.as_ref().map(|(_, v)| v));
    let (class, fields) = match values {
        Ok(v) => v,
        Err((key, message)) => {
            if let Some(i) = open.form.fields.iter().position(|f| f.key == key) {
                open.form.fields[i].error = Some(message);
                open.form.focus = i;
            }
            return Some(Vec::new());
        }
    };
    let name = kind
        .name_field()
        .and_then(|n| fields.get(n))
        .and_then(Value::as_str)
        .map(str::to_string);
    let write = match existing {
        None => {
            let name = name.unwrap_or_default();
            state.register.select_name = Some(name.clone());
            Write {
                kind,
                id: None,
                classification: Some(class),
                fields,
                label: labels::created(kind, &name),
            }
        }
        Some((id, stored)) => {
            let (classification, fields) = registry::changed(&stored, class, fields);
            if classification.is_none() && fields.is_empty() {
                state.overlay = None;
                state.info(labels::NOTHING_CHANGED);
                return Some(Vec::new());
            }
            let shown = name.unwrap_or_else(|| id.short());
            Write {
                kind,
                id: Some(id),
                classification,
                fields,
                label: labels::edited(kind, &shown),
            }
        }
    };
    Some(vec![RegisterEffect::Save(Box::new(write)).into()])
}
