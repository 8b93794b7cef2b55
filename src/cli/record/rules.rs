//! The domain's rules that a form applies beyond a field's value, applied here too: an
//! action's status changes only along the allowed steps and keeps its done date in step
//! (`Action::change_status`); a list flag starting with `+` adds to the list instead of
//! replacing it.

use serde_json::{Map, Value, json};

use super::messages;
use super::values::ValueError;
use crate::domain::{Action, ActionStatus, EntityKind, Id, MeetingStatus, Vocabulary};
use crate::i18n::said;
use crate::store::{Store, StoreError};

/// The fields the app's hand-laid forms fill in themselves for a new observation or action
/// (the date, the own organisation, the usual grade and status), which a new record from the
/// command line gets the same when they are not given.
pub fn preset_names(kind: EntityKind) -> &'static [&'static str] {
    match kind {
        EntityKind::Observation => &[
            "occurred_on",
            "reporting_org_id",
            "grade",
            "severity",
            "source",
            "review_status",
        ],
        EntityKind::Action => &[
            "responsible_org_id",
            "kind",
            "horizon",
            "status",
            "origin",
            "start_on",
        ],
        _ => &[],
    }
}

/// The fields a hand-laid form cannot do without though the registry would leave them empty:
/// an observation's description.
pub fn form_requires(kind: EntityKind) -> &'static [&'static str] {
    match kind {
        EntityKind::Observation => &["description"],
        _ => &[],
    }
}

/// Fills the fields of [`preset_names`] not given, as the forms do: today, the own
/// organisation (when the copy has one), grade 2, a disturbance, reported, new; an action
/// decided, situational, short-term, from the week's meeting (or from the finding or plan item
/// it is made from).
pub fn presets(
    store: &Store,
    kind: EntityKind,
    fields: &mut Map<String, Value>,
    today: chrono::NaiveDate,
) -> Result<(), StoreError> {
    let own = store.setting(crate::store::meta::OWN_ORGANISATION)?;
    let given =
        |fields: &Map<String, Value>, name: &str| fields.get(name).is_some_and(|v| !v.is_null());
    let origin = if given(fields, "finding_id") {
        "besiktning"
    } else if given(fields, "plan_item_id") {
        "atgardsplan"
    } else {
        "vecka"
    };
    let values: Vec<(&str, Option<Value>)> = match kind {
        EntityKind::Observation => vec![
            ("occurred_on", Some(json!(today))),
            ("reporting_org_id", own.map(Value::String)),
            ("grade", Some(json!("2"))),
            ("severity", Some(json!("storning"))),
            ("source", Some(json!("rapportor"))),
            ("review_status", Some(json!("ny"))),
        ],
        EntityKind::Action => vec![
            ("responsible_org_id", own.map(Value::String)),
            ("kind", Some(json!("situationell"))),
            ("horizon", Some(json!("kort"))),
            ("status", Some(json!("beslutad"))),
            ("origin", Some(json!(origin))),
            ("start_on", Some(json!(today))),
        ],
        _ => Vec::new(),
    };
    for (name, value) in values {
        if let Some(value) = value
            && !fields.contains_key(name)
        {
            fields.insert(name.to_string(), value);
        }
    }
    Ok(())
}

/// The flag of a field the own organisation fills (an observation's reporting organisation)
/// when the copy has no own organisation and the field is not given; `None` otherwise.
pub fn wants_own_organisation(
    store: &Store,
    kind: EntityKind,
    fields: &Map<String, Value>,
) -> Result<Option<String>, StoreError> {
    let own = store.setting(crate::store::meta::OWN_ORGANISATION)?;
    if own.is_some() || kind != EntityKind::Observation {
        return Ok(None);
    }
    Ok(kind
        .field("reporting_org_id")
        .filter(|f| !fields.contains_key(f.name))
        .map(|f| super::flags::flag_name(kind, f)))
}

/// A new action that is already done was done today, unless a date is given.
pub fn on_new(kind: EntityKind, fields: &mut Map<String, Value>, today: chrono::NaiveDate) {
    let done = fields.get("status").and_then(Value::as_str) == Some(ActionStatus::Genomford.code());
    if kind == EntityKind::Action && done && fields.get("done_on").is_none_or(Value::is_null) {
        fields.insert("done_on".into(), json!(today));
    }
}

/// Applies the rules to an edit of record `id`: the status step of an action, and `+` lists.
pub fn on_edit(
    store: &Store,
    kind: EntityKind,
    id: Id,
    fields: &mut Map<String, Value>,
    appended: &[&str],
    today: chrono::NaiveDate,
) -> Result<(), ValueError> {
    if !appended.is_empty() {
        let current = store.record_json(kind, id)?.unwrap_or(Value::Null);
        for name in appended {
            let Some(Value::Array(added)) = fields.get(*name) else {
                continue;
            };
            let mut list = match current.get(*name) {
                Some(Value::Array(items)) => items.clone(),
                _ => Vec::new(),
            };
            for item in added {
                if !list.contains(item) {
                    list.push(item.clone());
                }
            }
            fields.insert((*name).to_string(), Value::Array(list));
        }
    }
    // A meeting is closed as the Möte screen closes it (end time, note-taker, its picture
    // established), never by its status alone.
    if kind == EntityKind::Meeting
        && fields.get("status").and_then(Value::as_str) == Some(MeetingStatus::Avslutat.code())
    {
        return Err(said!("meeting-close-use-command", id = id.to_string()).into());
    }
    if kind == EntityKind::Action
        && let Some(to) = fields.get("status").and_then(Value::as_str)
        && let Some(to) = ActionStatus::parse(to)
        && !fields.contains_key("done_on")
    {
        let mut action: Action = store
            .get(id)?
            .ok_or_else(|| messages::no_record_with(&id.to_string()))?;
        action.change_status(to, today).map_err(|e| {
            messages::bad_value(messages::label(kind, "status"), "status", e.reason())
        })?;
        fields.insert("done_on".into(), json!(action.done_on));
    }
    Ok(())
}
