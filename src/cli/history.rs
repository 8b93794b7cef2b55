//! `lagesbild history <ID>`: every op on one record.

use clap::Args;

use super::output::{Table, clip, print_json, say};
use super::{CliResult, Context};
use crate::domain::Vocabulary;
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

pub fn run(args: &HistoryArgs, ctx: &Context) -> CliResult {
    let lang = ctx.lang;
    let store = ctx.open(Access::ReadOnly)?;
    let (kind, id) = super::record::resolve_id(&store, &args.id)?;
    if args.json {
        return print_json(&store.history(id)?);
    }
    // Worded as the TUI's history overlay words it (`services::history`).
    let history = crate::services::history::readable(&store, kind, id, lang)?;
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
    for h in history.lines {
        let change = match (h.kind, &h.old, &h.new) {
            (crate::domain::OpKind::Create, _, _) => t!(lang, "cli-history-created"),
            (_, Some(old), Some(new)) => format!("{} → {}", clip(old, 40), clip(new, 40)),
            _ => String::new(),
        };
        table.row(vec![h.when, h.who, h.party, h.change, h.field, change]);
    }
    say!("{}", table.render());
    Ok(())
}
