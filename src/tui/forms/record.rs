//! The record machinery every screen shares: a form generated from the entity registry for a
//! new record of a kind (with its parent preset) or for a stored one, its save as one write,
//! and retiring a record with care (ask, naming what refers to it; delete, or deactivate
//! when something does). The I/O side of it is `app/records.rs`.

use chrono::Datelike;
use serde_json::{Map, Value};

use crate::domain::{Classification, EntityKind, Id, Vocabulary};
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::app::state::{Confirmed, FormPurpose, OpenForm, Overlay, State};
use crate::tui::forms::{labels, registry};
use crate::tui::screens::register::words::{self, capitalised};

/// The kinds a generated form's reference picker offers (loaded with the refs). Observations
/// and police events can be tens of thousands: a field referring to one of them, or to a kind
/// not listed here, is left out of the generic forms. Actions are offered (those not
/// cancelled: a finding's action), typed to filter like every picker.
pub const PICKED: [EntityKind; 22] = [
    EntityKind::Action,
    EntityKind::SituationPicture,
    EntityKind::Area,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Participant,
    EntityKind::EventType,
    EntityKind::ActionPlan,
    EntityKind::Problem,
    EntityKind::Cause,
    EntityKind::Goal,
    EntityKind::Indicator,
    EntityKind::PlanItem,
    EntityKind::Agreement,
    EntityKind::Priority,
    EntityKind::CitizenPromise,
    EntityKind::PromiseActivity,
    EntityKind::PlaceProject,
    EntityKind::Inspection,
    EntityKind::Finding,
    EntityKind::Theme,
    EntityKind::Factor,
];

/// What a generated form saves into: a new record of `kind`, or the stored one.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordForm {
    pub kind: EntityKind,
    pub existing: Option<(Id, Value)>,
    /// A new record's link from another one, set in the same write.
    pub link: Option<Link>,
}

/// A field of another record that names a new one once it is made (a plan item's goal).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub kind: EntityKind,
    pub id: Id,
    pub field: &'static str,
}

/// A new record a key may start: its kind and the fields given where the cursor is (its
/// parent).
#[derive(Debug, Clone, PartialEq)]
pub struct NewRecord {
    pub kind: EntityKind,
    pub preset: Vec<(&'static str, String)>,
    pub link: Option<Link>,
}

/// A record the user acts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub kind: EntityKind,
    pub id: Id,
    pub name: String,
}

/// A form's record to write: new (`id` None) or the fields of one that changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub kind: EntityKind,
    pub id: Option<Id>,
    /// For a new record: the other record's field that names it, set in the same write.
    pub link: Option<Link>,
    pub classification: Option<Classification>,
    pub fields: Map<String, Value>,
    /// What happened, for the message line and the undo.
    pub label: String,
}

/// Work for the I/O side (`app/records.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum RecordEffect {
    Save(Box<Write>),
    /// Reads what the pickers offer.
    LoadChoices,
    /// Reads the stored record and opens its edit form.
    Edit(EntityKind, Id),
    /// Reads what refers to the record before the user is asked.
    AskRetire(Target),
    /// Purges a deleted record's text for good (`store::purge`), after the user confirmed.
    Purge(Target),
    /// Deletes the record (nothing refers to it) or deactivates it.
    Retire {
        target: Target,
        deactivate: bool,
    },
    /// A status change and a follow-up line, in one write.
    FollowUp(Box<crate::tui::forms::record_follow_up::FollowUpWrite>),
}

/// Answers from the I/O side.
#[derive(Debug, Clone)]
pub enum RecordMsg {
    /// What the pickers offer.
    Choices(Box<crate::tui::forms::registry::Choices>),
    /// A record was written: the screen selects it once its list is loaded again.
    Written(Id),
    /// The stored record, for its edit form.
    Stored {
        kind: EntityKind,
        id: Id,
        record: Value,
    },
    /// What refers to a record the user wants to delete, counted per kind.
    RetireAsked {
        target: Target,
        referred: Vec<crate::store::referred_by::ReferredBy>,
    },
}

impl From<RecordEffect> for Effect {
    fn from(e: RecordEffect) -> Effect {
        Effect::Record(e)
    }
}

impl From<RecordMsg> for Msg {
    fn from(m: RecordMsg) -> Msg {
        Msg::Record(Box::new(m))
    }
}

/// Whether a generated form offers a field: a reference only to a kind its pickers load; a
/// participant is a function, so its optional person's name is not asked for.
fn offered(kind: EntityKind, key: &str) -> bool {
    if kind == EntityKind::Participant && key == "display_name" {
        return false;
    }
    kind.field(key)
        .and_then(|def| def.flags.refers)
        .is_none_or(|target| PICKED.contains(&target))
}

fn open(
    state: &mut State,
    kind: EntityKind,
    form: crate::tui::widgets::form::Form,
    existing: Option<(Id, Value)>,
    link: Option<Link>,
) {
    let mut form = form;
    form.fields.retain(|f| offered(kind, f.key));
    // The editor goes with the first field left (the one it was made for may be gone).
    form.focus = 0;
    form.move_focus(0);
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::Record(Box::new(RecordForm {
            kind,
            existing,
            link,
        })),
    })));
}

/// Opens the form for a new `kind` record with `preset` fields (its parent). A required
/// reference with nothing to pick (a place before any area) is said instead.
pub fn open_new(state: &mut State, kind: EntityKind, preset: &[(&str, String)]) {
    open_linked(state, kind, preset, None);
}

/// `open_new`, the new record named by `link` once it is made. An action has its own form
/// (Åtgärder's), opened with its plan item.
pub fn open_linked(
    state: &mut State,
    kind: EntityKind,
    preset: &[(&str, String)],
    link: Option<Link>,
) {
    if kind == EntityKind::Action {
        let item = preset
            .iter()
            .find(|(k, _)| *k == "plan_item_id")
            .and_then(|(_, v)| v.parse::<Id>().ok());
        let purpose = match item {
            Some(item) => FormPurpose::PlanItemAction { item },
            None => FormPurpose::NewAction { meeting: None },
        };
        state.overlay = Some(Overlay::Form(Box::new(
            crate::tui::screens::actions::forms::new_action(
                &state.refs,
                state.today,
                state.lang,
                purpose,
                None,
            ),
        )));
        return;
    }
    let choices = &state.choices;
    for def in kind.fields().iter().filter(|d| d.reference && !d.optional) {
        let preset_here = preset.iter().any(|(k, v)| *k == def.name && !v.is_empty());
        if let Some(target) = def.flags.refers
            && def.ty != crate::domain::FieldType::Json
            && !preset_here
            && choices.of(target).is_empty()
        {
            state.error(labels::none_to_pick(target, state.lang));
            return;
        }
    }
    let form = registry::form(
        kind,
        labels::new_title(kind, state.lang),
        None,
        preset,
        choices,
        state.today.year(),
        state.lang,
    );
    open(state, kind, form, None, link);
}

/// Opens the form for the one new record that fits, or asks which when several do.
pub fn open_any(state: &mut State, options: Vec<NewRecord>) {
    match options.as_slice() {
        [] => {}
        [one] => open_linked(state, one.kind, &one.preset, one.link.clone()),
        _ => {
            let choices = options
                .iter()
                .map(|o| {
                    (
                        capitalised(o.kind.label(state.lang)),
                        o.kind.code().to_string(),
                    )
                })
                .collect();
            let first = options[0].kind.code();
            let label = crate::i18n::message_static(state.lang, "records-kind").unwrap_or_default();
            let form = crate::tui::widgets::form::Form::new(
                crate::i18n::t!(state.lang, "records-choose-title"),
                vec![crate::tui::widgets::form::Field::choice(
                    KIND, label, choices, first,
                )],
                state.today.year(),
            );
            state.overlay = Some(Overlay::Form(Box::new(OpenForm {
                form,
                purpose: FormPurpose::NewRecordOf(options),
            })));
        }
    }
}

/// The chooser's field: the kind of the new record.
const KIND: &str = "kind";

/// Opens the form on a stored record.
pub fn open_edit(state: &mut State, kind: EntityKind, id: Id, record: &Value) {
    let name = shown_name(kind, id, record);
    let form = registry::form(
        kind,
        labels::edit_title(kind, &name, state.lang),
        Some(record),
        &[],
        &state.choices,
        state.today.year(),
        state.lang,
    );
    open(state, kind, form, Some((id, record.clone())), None);
}

/// What a person calls a stored record: its name field, else its short id.
pub fn shown_name(kind: EntityKind, id: Id, record: &Value) -> String {
    // A kind without a name (a cause) goes by its description's first line, as pickers name it.
    let described = || {
        record
            .get("description")
            .and_then(Value::as_str)
            .and_then(|d| d.lines().find(|l| !l.trim().is_empty()))
            .map(|l| crate::domain::text::clip(l.trim(), 60))
    };
    kind.name_field()
        .and_then(|n| record.get(n))
        .and_then(|v| match v {
            Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .or_else(|| kind.name_field().is_none().then(described).flatten())
        .unwrap_or_else(|| id.short())
}

/// The open form's write, when it is a generated record form; a value the registry's types
/// refuse goes beside its field and nothing is written.
pub fn submitted(state: &mut State) -> Option<Vec<Effect>> {
    let lang = state.lang;
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return None;
    };
    if let FormPurpose::NewRecordOf(options) = &open.purpose {
        let chosen = open.form.text(KIND);
        let option = options.iter().find(|o| o.kind.code() == chosen).cloned();
        state.overlay = None;
        if let Some(o) = option {
            open_linked(state, o.kind, &o.preset, o.link);
        }
        return Some(Vec::new());
    }
    if let FormPurpose::RecordFollowUp(_) = &open.purpose {
        return Some(crate::tui::forms::record_follow_up::submitted(state));
    }
    let FormPurpose::Record(purpose) = &open.purpose else {
        return None;
    };
    let kind = purpose.kind;
    let existing = purpose.existing.clone();
    let link = purpose.link.clone();
    let values = registry::values(kind, &open.form, existing.as_ref().map(|(_, v)| v), lang);
    let (class, fields) = match values {
        Ok(v) => v,
        Err((key, message)) => {
            open.form.refuse(key, message);
            return Some(Vec::new());
        }
    };
    let name = kind
        .name_field()
        .and_then(|n| fields.get(n))
        .and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
    let write = match existing {
        None => Write {
            kind,
            id: None,
            link,
            classification: Some(class),
            fields,
            label: labels::created(kind, &name.unwrap_or_default()),
        },
        Some((id, stored)) => {
            let (classification, fields) = registry::changed(&stored, class, fields);
            if classification.is_none() && fields.is_empty() {
                state.overlay = None;
                state.info(labels::nothing_changed(state.lang));
                return Some(Vec::new());
            }
            let shown = name.unwrap_or_else(|| id.short());
            Write {
                kind,
                id: Some(id),
                link: None,
                classification,
                fields,
                label: labels::edited(kind, &shown),
            }
        }
    };
    Some(vec![RecordEffect::Save(Box::new(write)).into()])
}

/// Starts retiring a record: the copy's own organisation stays; one already inactive is said;
/// otherwise what refers to it is read before the user is asked.
pub fn retire(state: &mut State, target: Target, active: bool) -> Vec<Effect> {
    // The copy's own organisation is in its settings, which no referrer lookup sees.
    if Some(target.id) == state.refs.own_organisation {
        state.error(words::own_organisation_stays(state.lang));
        return Vec::new();
    }
    if !active {
        state.info(words::already_inactive(
            target.kind,
            &target.name,
            state.lang,
        ));
        return Vec::new();
    }
    vec![RecordEffect::AskRetire(target).into()]
}

/// An answer from the I/O side.
pub fn on_msg(state: &mut State, msg: RecordMsg) -> Vec<Effect> {
    match msg {
        RecordMsg::Choices(choices) => state.choices = *choices,
        RecordMsg::Written(id) => state.select_record = Some(id),
        RecordMsg::Stored { kind, id, record } => open_edit(state, kind, id, &record),
        RecordMsg::RetireAsked { target, referred } => {
            let unsupported = matches!(
                crate::store::retire::deactivation(target.kind),
                crate::store::retire::Deactivation::Unsupported
            );
            let (question, deactivate) = if target.kind == EntityKind::EventType {
                // Event types are never deleted (the police feed's history maps to them).
                (
                    words::ask_deactivate_event_type(&target.name, state.lang),
                    true,
                )
            } else if referred.is_empty() {
                (
                    words::ask_delete(target.kind, &target.name, state.lang),
                    false,
                )
            } else if unsupported {
                state.error(crate::i18n::t!(
                    state.lang,
                    "records-cannot-retire",
                    kind = target.kind.label(state.lang),
                    name = target.name.as_str(),
                    referrers = words::referred_summary(state.lang, &referred)
                ));
                return Vec::new();
            } else {
                (
                    words::ask_deactivate(state.lang, target.kind, &target.name, &referred),
                    true,
                )
            };
            crate::tui::overlays::confirm::ask(
                state,
                question,
                Confirmed::Retire { target, deactivate },
            );
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_without_a_name_goes_by_its_descriptions_first_line() {
        let id = Id::new();
        let cause = serde_json::json!({"description": "\nMörk gångtunnel\nutan belysning"});
        assert_eq!(shown_name(EntityKind::Cause, id, &cause), "Mörk gångtunnel");
        assert_eq!(
            shown_name(EntityKind::Cause, id, &serde_json::json!({})),
            id.short()
        );
        let area = serde_json::json!({"name": "Ekudden", "description": "x"});
        assert_eq!(shown_name(EntityKind::Area, id, &area), "Ekudden");
    }
}
