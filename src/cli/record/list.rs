//! `lagesbild list <kind>`: every live record of a kind with a short id (which `history`,
//! `edit` and `delete` accept; `--full-ids` prints the whole id), what a person calls it, what
//! it refers to by name, whether it is in use, and its classification.

use serde_json::Value;

use super::{messages, short_ids};
use crate::cli::output::{clip, print_json, say};
use crate::cli::{CliResult, Context};
use crate::domain::{EntityKind, FieldType, Id, Lang, Vocabulary};
use crate::i18n::t;
use crate::services::history::{name_of, value_text};
use crate::store::retire::in_use;
use crate::store::{Access, Store};

pub fn run(kind: EntityKind, json: bool, full_ids: bool, ctx: &Context) -> CliResult {
    let lang = ctx.lang;
    let store = ctx.open(Access::ReadOnly)?;
    let records = store.live_json(kind)?;
    if json {
        return print_json(&records);
    }
    if records.is_empty() {
        say!("{}", messages::list_empty(kind).text(lang));
        return Ok(());
    }
    let all_ids = if full_ids {
        Vec::new()
    } else {
        store.record_ids()?
    };
    let mut table = crate::cli::list::table(
        &[
            "cli-records-column-id",
            "cli-records-column-name",
            "cli-records-column-refers-to",
            "cli-records-column-in-use",
            "cli-records-column-class",
        ],
        lang,
    );
    for r in &records {
        let id_text = r.get("id").and_then(Value::as_str).unwrap_or_default();
        let Ok(id) = id_text.parse::<Id>() else {
            continue;
        };
        let shown_id = if full_ids {
            id.to_string()
        } else {
            short_ids::shortest_unique(&all_ids, &id.to_string())
        };
        let name = name_of(&store, id, lang)?.unwrap_or_default();
        let yes_no = if in_use(kind, r) {
            "cli-records-yes"
        } else {
            "cli-records-no"
        };
        let class = r
            .get("classification")
            .and_then(Value::as_str)
            .and_then(crate::domain::Classification::parse)
            .map(|c| c.label(lang).to_string())
            .unwrap_or_default();
        table.row(vec![
            shown_id,
            clip(&name, 60),
            clip(&references(&store, kind, r, lang), 70),
            t!(lang, yes_no),
            class,
        ]);
    }
    say!("{}", table.render());
    Ok(())
}

/// What a record refers to, by name: "möte: Samverkansgrupp trygghet; organisation: Polisen".
fn references(store: &Store, kind: EntityKind, record: &Value, lang: Lang) -> String {
    kind.reference_fields()
        .filter_map(|field| {
            let value = record.get(field.name)?;
            let empty = value.is_null()
                || (field.ty == FieldType::Json && value.as_array().is_none_or(Vec::is_empty));
            if empty {
                return None;
            }
            let label = kind.field_label(field.name, lang).unwrap_or(field.name);
            Some(format!(
                "{label}: {}",
                value_text(store, Some(field), value, lang)
            ))
        })
        .collect::<Vec<_>>()
        .join("; ")
}
