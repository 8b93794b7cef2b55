//! `lagesbild stats`: how many records of each kind.

use clap::Args;

use super::output::{Table, print_json, say};
use super::{CliResult, Context};
use crate::domain::Vocabulary;
use crate::i18n::t;
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
    let lang = ctx.lang;
    let headers = [
        t!(lang, "cli-stats-column-kind"),
        t!(lang, "cli-stats-column-count"),
        t!(lang, "cli-stats-column-deleted"),
    ];
    let mut table = Table::new(&headers.each_ref().map(String::as_str));
    for k in stats.kinds.iter().filter(|k| k.live + k.deleted > 0) {
        table.row(vec![
            k.kind.label(lang).to_string(),
            lang.integer(k.live as i64),
            lang.integer(k.deleted as i64),
        ]);
    }
    if table.is_empty() {
        say!("{}", t!(lang, "cli-stats-empty"));
    } else {
        say!("{}", table.render());
    }
    say!(
        "\n{}",
        t!(
            lang,
            "cli-stats-logs",
            ops = stats.ops,
            origins = stats.origins,
            audit = stats.audit_entries,
            conflicts = stats.open_conflicts
        )
    );
    Ok(())
}
