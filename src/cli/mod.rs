//! The command line: parse arguments, open the store, hand over to a command or the TUI.
//! Help texts and messages are Swedish; errors are sentences that say what to do.

mod check;
mod clap_sv;
mod conflicts;
mod demo;
mod exchange;
mod export;
mod help;
mod history;
mod init;
mod list;
mod meeting;
mod minutes;
mod output;
mod partner;
mod polisen;
mod purge;
mod record;
mod report;
mod sheet;
mod stats;
mod undo;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::Config;
use crate::domain::Lang;
use crate::i18n::{Localized, t};

/// An error at the edge, printed with a non-zero exit code in the run's language: worded
/// already, or worded from the catalogue when printed. Every error a command meets reaches the
/// user through the catalogue: `?` takes any [`Localized`] error and words it at the edge.
pub enum CliError {
    /// Words already chosen in the run's language.
    Worded(String),
    /// An error that says itself in the language of the run when it is printed.
    Unworded(Box<dyn Localized>),
}

impl<E: Localized + 'static> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError::Unworded(Box::new(e))
    }
}

impl CliError {
    /// The error in `lang` (words already chosen stay as they are).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            CliError::Worded(text) => text.clone(),
            CliError::Unworded(e) => e.message(lang),
        }
    }

    /// The error worded now, in `lang`: where a command's language is known.
    fn worded(self, lang: Lang) -> CliError {
        CliError::Worded(self.text(lang))
    }
}

/// Swedish, for tests that unwrap.
impl std::fmt::Debug for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CliError({:?})", self.text(Lang::Sv))
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;

/// An error put into the words of the run's language (`--lang`) at once, where `?` would
/// word it at the edge: `partner::init(&mut store, name).in_lang(ctx.lang)?`.
pub(crate) trait InLang<T> {
    fn in_lang(self, lang: Lang) -> CliResult<T>;
}

impl<T, E: crate::i18n::Localized> InLang<T> for Result<T, E> {
    fn in_lang(self, lang: Lang) -> CliResult<T> {
        self.map_err(|e| CliError::Worded(e.message(lang)))
    }
}

/// The program's description comes from the catalogue (`cli-about`, `cli-long-about`), as
/// every help text does (see `help::localise`).
#[derive(Debug, Parser)]
#[command(
    name = "lagesbild",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Databasfilen (annars LAGESBILD_DB, inställningsfilen eller standardplatsen).
    #[arg(long, global = true, value_name = "SOKVAG", env = "LAGESBILD_DB")]
    pub db: Option<PathBuf>,
    /// Språk: sv eller en.
    #[arg(long, global = true, value_name = "SPRAK", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Visa hjälp.
    #[arg(short = 'h', long = "help", global = true, action = ArgAction::Help)]
    help: Option<bool>,
    /// Visa versionen.
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s.to_lowercase().as_str() {
        "engelska" => Ok(Lang::En),
        // Said before the run's language is known: in the default language.
        _ => Lang::from_name(s).ok_or_else(|| t!(Lang::default(), "cli-lang-invalid")),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lägg upp en ny, tom kopia för en kommun (utan demodata).
    Init(init::InitArgs),
    /// Läs in demodata (en påhittad kommun) för att prova programmet.
    Demo(DemoArgs),
    /// Kontrollera databasen: integritet, referenser och ändringsloggarnas kedjor.
    Check(check::CheckArgs),
    /// Antal poster per typ.
    Stats(stats::StatsArgs),
    /// Lista iakttagelser, åtgärder, möten, prioriteringar, förebyggande insatser eller alla poster av en typ.
    List(list::ListArgs),
    /// Visa alla ändringar av en post: när, vem, fält, gammalt → nytt.
    History(history::HistoryArgs),
    /// Ångra den senaste ändringen i den här kopian (samma som u i programmet).
    Undo(undo::UndoArgs),
    /// Den här kopians partneridentitet och listan över betrodda partner.
    Partner(partner::PartnerArgs),
    /// Skriv ett signerat utbytespaket till en partner.
    Export(exchange::ExportArgs),
    /// Importera ett utbytespaket från en partner (visa först med --dry-run).
    Import(exchange::ImportArgs),
    /// Visa och lös konflikter mellan parternas ändringar.
    Conflicts(conflicts::ConflictsArgs),
    /// Möten: avsluta ett möte (lagesbild meeting close).
    Meeting(meeting::MeetingArgs),
    /// Skriv minnesanteckningar från ett möte (Word, HTML eller Markdown).
    Minutes(minutes::MinutesArgs),
    /// Skriv rapporter: åtgärdsplanen, kalendern, uppföljningen av överenskommelsen, årssammanställningen.
    Report(report::ReportArgs),
    /// Polisens öppna händelseflöde: läs in, hämta, lista och för till lägesbilden.
    Polisen(polisen::PolisenArgs),
    /// Kalkylark: mallar till partner utan programmet, och inläsning av ifyllda mallar.
    Sheet(sheet::SheetArgs),
    /// Gallra en borttagen post: töm dess text i kopian för gott (säkerhetskopia först).
    #[command(name = "gallra", alias = "purge")]
    Purge(purge::PurgeArgs),
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Skapa i stället N års syntetiska veckodata i realistisk volym (för att prova i stor skala).
    #[arg(long, value_name = "N")]
    pub years: Option<u32>,
}

pub use crate::context::{Context, today};

fn resolve_context(global: &GlobalArgs) -> CliResult<Context> {
    let config = Config::load(crate::config::default_path().as_deref())?;
    let db = global
        .db
        .clone()
        .or_else(|| config.db.clone())
        .or_else(crate::store::default_path)
        .ok_or_else(|| {
            CliError::Worded(t!(
                global.lang.or(config.lang).unwrap_or_default(),
                "cli-no-db-place"
            ))
        })?;
    let db_named = global.db.is_some() || config.db.is_some();
    let lang = global.lang.or(config.lang).unwrap_or_default();
    Ok(Context {
        db,
        db_named,
        lang,
        config,
    })
}

/// Runs the program; the exit code is 0 only on success.
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::early_lang(&args);
    let matches = match help::localise(Cli::command().subcommands(record::commands(lang)), lang)
        .try_get_matches_from(args)
    {
        Ok(m) => m,
        // clap's own errors are English; Swedish ones are ours.
        Err(e) => match clap_sv::message(&e, lang).filter(|_| lang == Lang::Sv) {
            Some(message) => {
                eprintln!("{message}\n\n{}", t!(lang, "cli-help-hint"));
                return ExitCode::from(2);
            }
            None if lang != Lang::Sv && e.use_stderr() => {
                let _ = e.print();
                return ExitCode::from(2);
            }
            None => {
                let _ = e.print();
                return if e.use_stderr() {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
        },
    };
    let result = match record_command(&matches) {
        Some(result) => result,
        None => {
            let cli = match Cli::from_arg_matches(&matches) {
                Ok(c) => c,
                Err(e) => {
                    let message = clap_sv::message(&e, lang).unwrap_or_else(|| e.to_string());
                    eprintln!("{}", crate::domain::text::printable(&message));
                    return ExitCode::from(2);
                }
            };
            resolve_context(&cli.global)
                .and_then(|ctx| dispatch(cli.command, &ctx).map_err(|e| e.worded(ctx.lang)))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // An error may quote a partner's or the feed's text. One found before the run's
            // context (a bad settings file) speaks the language of --lang.
            eprintln!("{}", crate::domain::text::printable(&e.text(lang)));
            ExitCode::FAILURE
        }
    }
}

/// `new`, `edit` and `delete`, whose flags come from the entity registry (see `record`).
fn record_command(matches: &clap::ArgMatches) -> Option<CliResult> {
    let (name, sub) = matches.subcommand()?;
    if ![record::NEW, record::EDIT, record::DELETE].contains(&name) {
        return None;
    }
    // Global flags reach every subcommand; the deepest has them all.
    let deepest = sub.subcommand().map_or(sub, |(_, m)| m);
    let global = GlobalArgs {
        db: deepest.get_one::<PathBuf>("db").cloned(),
        lang: deepest.get_one::<Lang>("lang").copied(),
        help: None,
        version: None,
    };
    let ctx = match resolve_context(&global) {
        Ok(ctx) => ctx,
        Err(e) => return Some(Err(e)),
    };
    record::run(name, sub, &ctx).map(|r| r.map_err(|e| e.worded(ctx.lang)))
}

fn dispatch(command: Option<Command>, ctx: &Context) -> CliResult {
    match command {
        // The TUI words its errors itself.
        None => crate::tui::run(ctx).map_err(|e| CliError::Worded(e.0)),
        Some(Command::Init(args)) => init::run(&args, ctx),
        Some(Command::Demo(args)) => demo::run(&args, ctx),
        Some(Command::Check(args)) => check::run(&args, ctx),
        Some(Command::Stats(args)) => stats::run(&args, ctx),
        Some(Command::List(args)) => list::run(&args, ctx),
        Some(Command::History(args)) => history::run(&args, ctx),
        Some(Command::Undo(args)) => undo::run(&args, ctx),
        Some(Command::Partner(args)) => partner::run(&args, ctx),
        Some(Command::Export(args)) => exchange::run_export(&args, ctx),
        Some(Command::Import(args)) => exchange::run_import(&args, ctx),
        Some(Command::Conflicts(args)) => conflicts::run(&args, ctx),
        Some(Command::Meeting(args)) => meeting::run(&args, ctx),
        Some(Command::Minutes(args)) => minutes::run(&args, ctx),
        Some(Command::Report(args)) => report::run(&args, ctx),
        Some(Command::Polisen(args)) => polisen::run(&args, ctx),
        Some(Command::Sheet(args)) => sheet::run(&args, ctx),
        Some(Command::Purge(args)) => purge::run(&args, ctx),
    }
}
