//! `lagesbild list <kind>`: every live record of a kind with its full id (which `history`,
//! `edit` and `delete` accept), its name, whether it is in use, and its classification.

use super::messages;
use crate::cli::output::{Table, print_json, say};
use crate::cli::{CliResult, Context};
use crate::domain::{EntityKind, Vocabulary};
use crate::store::Access;
use crate::store::retire::{Deactivation, deactivation};
use serde_json::Value;

pub fn run(kind: EntityKind, json: bool, ctx: &Context) -> CliResult {
    let store = ctx.open(Access::ReadOnly)?;
    let records = store.live_json(kind)?;
    if json {
        return print_json(&records);
    }
    if records.is_empty() {
        say!("{}", messages::list_empty(kind));
        return Ok(());
    }
    let name_field = kind.name_field();
    let mut table = Table::new(&messages::LIST_HEADERS);
    for r in &records {
        let text = |name: &str| match r.get(name) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        let name = name_field.map(text).unwrap_or_default();
        let in_use = match deactivation(kind) {
            Deactivation::Active => r.get("active").and_then(Value::as_bool) != Some(false),
            Deactivation::Status { field, code } => {
                r.get(field).and_then(Value::as_str) != Some(code)
            }
            Deactivation::Unsupported => true,
        };
        let active = if in_use { "ja" } else { "nej" };
        let class = r
            .get("classification")
            .and_then(serde_json::Value::as_str)
            .and_then(crate::domain::Classification::parse)
            .map(|c| c.label_sv().to_string())
            .unwrap_or_default();
        table.row(vec![
            text("id"),
            crate::cli::output::clip(&name, 60),
            active.to_string(),
            class,
        ]);
    }
    say!("{}", table.render());
    Ok(())
}
