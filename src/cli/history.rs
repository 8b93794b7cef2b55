//! `lagesbild history <ID>`: every op on one record.

use clap::Args;

use super::output::{Table, clip, print_json, say};
use super::{CliResult, Context};
use crate::domain::{FieldDef, Id, Lang, Vocabulary};
use crate::i18n::t;
use crate::store::Access;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Postens id (som det visas i listorna).
    #[arg(value_name = "ID")]
    pub id: String,
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
}

/// A value as people read it: a vocabulary code as its label ("pågår", not "pagar").
fn show(def: Option<&FieldDef>, v: &Option<serde_json::Value>, lang: Lang) -> String {
    match (v, def) {
        (None | Some(serde_json::Value::Null), _) => "–".into(),
        (Some(v), Some(def)) if def.is_vocabulary() || v.is_boolean() => {
            clip(&def.show(v, lang), 40)
        }
        (Some(serde_json::Value::String(s)), _) => format!("”{}”", clip(s, 40)),
        (Some(other), _) => clip(&other.to_string(), 40),
    }
}

pub fn run(args: &HistoryArgs, ctx: &Context) -> CliResult {
    let lang = ctx.lang;
    let store = ctx.open(Access::ReadOnly)?;
    let (kind, id) = super::record::resolve_id(&store, &args.id)?;
    let history = store.history(id)?;
    if args.json {
        return print_json(&history);
    }
    let partners = store.trusted_partners()?;
    let own = store.own_identity()?;
    let party = |origin: Id| match &own {
        Some(me) if me.partner_id == origin => me.name.clone(),
        None if store.partner_id() == Some(origin) => t!(lang, "cli-history-this-copy"),
        _ => crate::exchange::partner::display_name(&partners, origin),
    };
    say!(
        "{}",
        t!(
            lang,
            "cli-history-of",
            kind = kind.label(lang),
            id = id.to_string()
        )
    );
    let headings: Vec<String> = [
        "cli-history-column-when",
        "cli-history-column-who",
        "cli-history-column-party",
        "cli-history-column-change",
        "cli-history-column-field",
        "cli-history-column-old-new",
    ]
    .iter()
    .map(|id| t!(lang, id))
    .collect();
    let mut table = Table::new(&headings.iter().map(String::as_str).collect::<Vec<_>>());
    for h in &history {
        let when =
            h.at.map(|t| {
                crate::domain::swedish_time::from_utc(&t)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        let change = match h.kind {
            crate::domain::OpKind::Create => t!(lang, "cli-history-created"),
            crate::domain::OpKind::Set | crate::domain::OpKind::Resolve => {
                let def = h
                    .field
                    .as_deref()
                    .and_then(|f| crate::store::apply::settable_field(kind, f).ok());
                format!(
                    "{} → {}",
                    show(def, &h.old, ctx.lang),
                    show(def, &h.new, ctx.lang)
                )
            }
            _ => String::new(),
        };
        let field = h
            .field
            .as_deref()
            .map(|f| kind.field_label(f, lang).unwrap_or(f).to_string())
            .unwrap_or_default();
        table.row(vec![
            when,
            h.actor.clone(),
            party(h.origin),
            h.kind.label(lang).to_string(),
            field,
            change,
        ]);
    }
    say!("{}", table.render());
    Ok(())
}
