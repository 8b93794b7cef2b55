//! `lagesbild history <ID>`: every op on one record.

use clap::Args;

use super::output::{Table, clip, print_json};
use super::{CliError, CliResult, Context};
use crate::domain::{Id, Vocabulary};
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

fn show(v: &Option<serde_json::Value>) -> String {
    match v {
        None | Some(serde_json::Value::Null) => "–".into(),
        Some(serde_json::Value::String(s)) => format!("”{}”", clip(s, 40)),
        Some(other) => clip(&other.to_string(), 40),
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
    println!("Historik för {} {id}", kind.label(ctx.lang));
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
                format!("{} → {}", show(&h.old), show(&h.new))
            }
            _ => String::new(),
        };
        t.row(vec![
            when,
            h.actor.clone(),
            h.origin.short(),
            h.kind.label(ctx.lang).to_string(),
            h.field.clone().unwrap_or_default(),
            change,
        ]);
    }
    println!("{}", t.render());
    Ok(())
}
