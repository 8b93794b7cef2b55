//! `lagesbild history <ID>`: every op on one record.

use clap::Args;

use super::output::{Table, clip, print_json, say};
use super::{CliError, CliResult, Context};
use crate::domain::{FieldDef, Id, Lang, Vocabulary};
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
    let store = ctx.open(Access::ReadOnly)?;
    let id: Id = args.id.parse().map_err(|_| {
        CliError(format!(
            "”{}” är inget id. Kopiera hela id:t från till exempel lagesbild list … --json.",
            args.id
        ))
    })?;
    let kind = store.kind_of(id)?.ok_or_else(|| {
        CliError(format!(
            "Det finns ingen post med id {id} i {}.",
            store.path().display()
        ))
    })?;
    let history = store.history(id)?;
    if args.json {
        return print_json(&history);
    }
    let partners = store.trusted_partners()?;
    let own = store.own_identity()?;
    let party = |origin: Id| match &own {
        Some(me) if me.partner_id == origin => me.name.clone(),
        None if store.partner_id() == Some(origin) => "den här kopian".into(),
        _ => crate::exchange::partner::display_name(&partners, origin),
    };
    say!("Historik för {} {id}", kind.label(ctx.lang));
    let mut t = Table::new(&[
        "Tidpunkt (UTC)",
        "Vem",
        "Part",
        "Ändring",
        "Fält",
        "Gammalt → nytt",
    ]);
    for h in &history {
        let when =
            h.at.map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default();
        let change = match h.kind {
            crate::domain::OpKind::Create => "posten skapades".to_string(),
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
        t.row(vec![
            when,
            h.actor.clone(),
            party(h.origin),
            h.kind.label(ctx.lang).to_string(),
            h.field.clone().unwrap_or_default(),
            change,
        ]);
    }
    say!("{}", t.render());
    Ok(())
}
