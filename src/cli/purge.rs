//! `lagesbild gallra <ID>`: purges a deleted record (`store::purge`), the way out when its
//! earlier wording holds personal data that may not leave in a bundle (issue 16).

use clap::Args;

use super::output::say;
use super::{CliResult, Context};

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Postens id (eller de första tecknen av det, som i lagesbild list)
    pub id: String,
}

pub fn run(args: &PurgeArgs, ctx: &Context) -> CliResult {
    let mut store = ctx.open_checked_writer()?;
    let (kind, id) = super::record::resolve_id(&store, &args.id)?;
    let purged = store.purge(kind, id)?;
    say!("{}", purged.done_message(ctx.lang, kind, id));
    Ok(())
}
