//! `lagesbild init --municipality … --organisation … --function …`: a new, empty copy with
//! the taxonomies loaded, without the demo.

use clap::Args;

use super::output::say;
use super::{CliError, CliResult, Context};
use crate::i18n::t;
use crate::services::setup::{self, NewCopy};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Kommunen: namn eller kommunkod (t.ex. Tyresö eller 0138).
    #[arg(long, value_name = "KOMMUN")]
    pub municipality: String,
    /// Din egen organisation, t.ex. "Tyresö kommun, säkerhetsenheten".
    #[arg(long, value_name = "NAMN")]
    pub organisation: String,
    /// Din funktion, t.ex. trygghetssamordnare (inte ditt namn).
    #[arg(long, value_name = "FUNKTION")]
    pub function: String,
}

pub fn run(args: &InitArgs, ctx: &Context) -> CliResult {
    let kommun = setup::municipality(&args.municipality, ctx.lang).map_err(CliError::Worded)?;
    let mut store = ctx.open(crate::store::Access::ReadWrite)?;
    let message = setup::start_empty_in(
        &mut store,
        &NewCopy {
            municipality: kommun,
            organisation: &args.organisation,
            function: &args.function,
        },
        ctx.lang,
    )
    .map_err(CliError::Worded)?;
    say!("{message}");
    say!("{}", t!(ctx.lang, "setup-next"));
    Ok(())
}
