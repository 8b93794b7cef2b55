//! `lagesbild stats`: how many records of each kind.

use clap::Args;

use super::output::{Table, print_json, say};
use super::{CliResult, Context};
use crate::domain::Vocabulary;
use crate::store::Access;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &StatsArgs, ctx: &Context) -> CliResult {
    let store = ctx.open(Access::ReadOnly)?;
    let stats = store.stats()?;
    if args.json {
        return print_json(&stats);
    }
    let mut t = Table::new(&["Posttyp", "Antal", "Borttagna"]);
    for k in stats.kinds.iter().filter(|k| k.live + k.deleted > 0) {
        t.row(vec![
            k.kind.label(ctx.lang).to_string(),
            k.live.to_string(),
            k.deleted.to_string(),
        ]);
    }
    if t.is_empty() {
        say!("Databasen är tom. Läs in demodata med lagesbild demo.");
    } else {
        say!("{}", t.render());
    }
    say!(
        "\nÄndringsloggen: {} operationer från {} parter. Granskningsloggen: {} poster. Öppna konflikter: {}.",
        stats.ops,
        stats.origins,
        stats.audit_entries,
        stats.open_conflicts
    );
    Ok(())
}
