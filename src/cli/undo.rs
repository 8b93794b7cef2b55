//! `lagesbild undo`: takes back this copy's latest change, as the TUI's `u` does (the same op
//! path and the same sentence, `services::undo`); `--dry-run` only says what it would take back.

use clap::Args;

use super::output::say;
use super::{CliError, CliResult, Context};
use crate::store::Access;

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Visa bara vad som skulle ångras; inget ändras.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: &UndoArgs, ctx: &Context) -> CliResult {
    let said = if args.dry_run {
        let store = ctx.open(Access::ReadOnly)?;
        crate::services::undo::preview(&store, ctx.lang)?
    } else {
        let mut store = ctx.open_checked_writer()?;
        crate::services::undo::undo_last(&mut store, ctx.lang)?
    };
    match said {
        Ok(text) => {
            say!("{text}");
            Ok(())
        }
        Err(why) => Err(CliError::Worded(why)),
    }
}
