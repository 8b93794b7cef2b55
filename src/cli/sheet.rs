//! `lagesbild sheet template KIND [-o FIL]` and `lagesbild sheet import FIL [--dry-run]`:
//! spreadsheet templates for partners without the app, and reading them back (see `sheets`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::output::say;
use super::{CliError, CliResult, Context};
use crate::files::{WriteOptions, write_file};
use crate::i18n::t;
use crate::sheets::{Lists, SheetError, SheetImportOptions, SheetKind, import_file, template};
use crate::store::Access;

#[derive(Debug, Args)]
pub struct SheetArgs {
    #[command(subcommand)]
    pub command: SheetCommand,
}

#[derive(Debug, Subcommand)]
pub enum SheetCommand {
    /// Skriv en mall att fylla i, med listor från den här kopian.
    Template(TemplateArgs),
    /// Läs in en ifylld mall (visa först med --dry-run).
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Vad mallen gäller: observations, areas, places, organisations, measures eller plan.
    #[arg(value_name = "TYP")]
    pub kind: String,
    /// Filen att skriva (annars mall-<typ>.xlsx i aktuell mapp).
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
    /// xlsx (med listor i cellerna) eller csv.
    #[arg(long, value_name = "FORMAT", default_value = "xlsx")]
    pub format: String,
    /// Skriv över filen om den redan finns.
    #[arg(long)]
    pub overwrite: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Den ifyllda mallen (.xlsx, .ods eller .csv).
    #[arg(value_name = "FIL")]
    pub file: PathBuf,
    /// Visa bara vad som skulle läsas in och vilka rader som har fel (slutkod 3); ändra ingenting.
    #[arg(long)]
    pub dry_run: bool,
    /// Läs in de felfria raderna och spara raderna med fel i en fil bredvid.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Läs in rader där personuppgifter hittades, efter att du har läst listan.
    #[arg(long)]
    pub confirm_personal_data: bool,
    /// Vilken mall filen är (annars avgör kolumnerna).
    #[arg(long, value_name = "TYP")]
    pub kind: Option<String>,
}

pub fn run(args: &SheetArgs, ctx: &Context) -> CliResult {
    match &args.command {
        SheetCommand::Template(a) => run_template(a, ctx),
        SheetCommand::Import(a) => run_import(a, ctx),
    }
}

fn kind(name: &str, ctx: &Context) -> CliResult<SheetKind> {
    SheetKind::parse(name).ok_or_else(|| {
        CliError::Worded(t!(
            ctx.lang,
            "sheet-cli-unknown-kind",
            kind = name,
            valid = SheetKind::TEMPLATES.map(SheetKind::code).join(", ")
        ))
    })
}

fn run_template(args: &TemplateArgs, ctx: &Context) -> CliResult {
    let kind = kind(&args.kind, ctx)?;
    let csv = match args.format.trim().to_lowercase().as_str() {
        "xlsx" => false,
        "csv" => true,
        other => {
            return Err(CliError::Worded(t!(
                ctx.lang,
                "sheet-cli-unknown-format",
                format = other
            )));
        }
    };
    ctx.refuse_missing()?;
    let store = ctx.open(Access::ReadOnly)?;
    let lists = Lists::load(&store, ctx.lang)?;
    let today = crate::context::today();
    let bytes = if csv {
        template::csv(kind, &lists, today, ctx.lang)?
    } else {
        template::xlsx(kind, &lists, today, ctx.lang)?
    };
    let output = args.output.clone().unwrap_or_else(|| {
        PathBuf::from(kind.file_name(ctx.lang, if csv { "csv" } else { "xlsx" }))
    });
    write_file(
        &output,
        &bytes,
        &WriteOptions::beside_database(&ctx.db, args.overwrite),
    )?;
    say!(
        "{}",
        t!(
            ctx.lang,
            "sheet-cli-template-written",
            path = output.display().to_string()
        )
    );
    Ok(())
}

/// The exit code of a sheet with faulty rows, with or without `--dry-run`: a script can tell
/// it from a file that could not be read at all (1) and a mistyped command (2).
pub const EXIT_FAULTY_ROWS: u8 = 3;

fn run_import(args: &ImportArgs, ctx: &Context) -> CliResult {
    let kind = args.kind.as_deref().map(|k| kind(k, ctx)).transpose()?;
    let mut store = ctx.open_checked_writer()?;
    let result = import_file(
        &mut store,
        &args.file,
        SheetImportOptions {
            dry_run: args.dry_run,
            skip_bad_rows: args.skip_bad_rows,
            confirm_personal_data: args.confirm_personal_data,
            kind,
            backup: true,
            lang: ctx.lang,
        },
    );
    drop(store);
    match result {
        Ok(outcome) => {
            for line in outcome.told(ctx.lang) {
                say!("{line}");
            }
            if outcome.dry_run && !outcome.rejected.is_empty() {
                let rows = outcome.new + outcome.already + outcome.rejected.len();
                exit_faulty(&t!(
                    ctx.lang,
                    "sheet-cli-faulty-rows",
                    count = outcome.rejected.len(),
                    rows = rows
                ));
            }
            Ok(())
        }
        Err(e @ SheetError::BadRows { .. }) => exit_faulty(&e.to_string()),
        Err(e) => Err(e.into()),
    }
}

/// Says what is wrong on stderr and ends with [`EXIT_FAULTY_ROWS`] (the store is closed).
fn exit_faulty(message: &str) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    eprintln!("{}", crate::domain::text::printable(message));
    std::process::exit(i32::from(EXIT_FAULTY_ROWS))
}
