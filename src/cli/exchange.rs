//! `lagesbild export --to PARTNER -o FIL` and `lagesbild import FIL [--dry-run]`: bundles
//! between partners' copies.

use std::path::PathBuf;

use clap::Args;

use super::output::say;
use super::{CliResult, Context, InLang};
use crate::exchange::export::export_to;
use crate::exchange::import::{ImportOptions, ImportOutcome, import_file};
use crate::i18n::t;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Mottagaren: en betrodd partners namn (se lagesbild partner list).
    #[arg(long, value_name = "PARTNER")]
    pub to: String,
    /// Filen paketet skrivs till.
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: PathBuf,
    /// Skriv över filen om den redan finns.
    #[arg(long)]
    pub overwrite: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Paketfilen från partnern.
    #[arg(value_name = "FIL")]
    pub file: PathBuf,
    /// Visa bara vad paketet skulle ändra; ändra ingenting.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run_export(args: &ExportArgs, ctx: &Context) -> CliResult {
    let mut store = ctx.open_checked_writer().in_lang(ctx.lang)?;
    let report = export_to(&mut store, &args.to, &args.output, args.overwrite).in_lang(ctx.lang)?;
    say!("{}", report.summary(ctx.lang));
    Ok(())
}

pub fn run_import(args: &ImportArgs, ctx: &Context) -> CliResult {
    let mut store = ctx.open_checked_writer().in_lang(ctx.lang)?;
    let outcome = import_file(
        &mut store,
        &args.file,
        ImportOptions {
            dry_run: args.dry_run,
            backup: true,
        },
    )
    .in_lang(ctx.lang)?;
    for line in outcome.told(ctx.lang) {
        say!("{line}");
    }
    if let ImportOutcome::Imported { preview, backup } = &outcome {
        if let Some(b) = backup {
            say!(
                "{}",
                t!(ctx.lang, "cli-import-backup", path = b.to_string())
            );
        }
        if preview.counts.conflicts > 0 {
            say!("{}", t!(ctx.lang, "cli-import-conflicts"));
        }
    }
    Ok(())
}
