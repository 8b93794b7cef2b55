//! `lagesbild report plan|calendar|agreement|year`: the åtgärdsplan, the calendar, the
//! agreement follow-up and the yearly summary.

use clap::{Args, Subcommand};
use serde_json::json;

use super::export::{ExportFlags, finish, open, options, parse_format, require_format};
use super::{CliResult, Context, today};
use crate::i18n::t;
use crate::report::{Format, agreement, calendar, plan, year};
use chrono::Datelike;

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub what: ReportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Åtgärdsplanen för uppföljning (Excel, CSV, Markdown, HTML eller Word).
    Plan(PlanArgs),
    /// Nästa möte och öppna åtgärders kommande slutdatum som kalenderfil (ICS) för Outlook.
    Calendar(CalendarArgs),
    /// Uppföljning av samverkansöverenskommelsen med polisen och medborgarlöftena.
    Agreement(AgreementArgs),
    /// Årssammanställning: bilaga om brottsförebyggande arbete till årsredovisningen.
    Year(YearArgs),
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Planen: titelns början eller id (annars den senaste planen).
    #[arg(value_name = "PLAN")]
    pub plan: Option<String>,
    /// Format: xlsx, csv, md, html eller docx.
    #[arg(long, short = 'f', value_name = "FORMAT", default_value = "xlsx", value_parser = parse_format)]
    pub format: Format,
    #[command(flatten)]
    pub flags: ExportFlags,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Ta med även åtgärder vars slutdatum redan har passerat.
    #[arg(long)]
    pub include_past: bool,
    #[command(flatten)]
    pub flags: ExportFlags,
}

#[derive(Debug, Args)]
pub struct AgreementArgs {
    /// Överenskommelsen: titelns början eller id (annars den senaste).
    #[arg(value_name = "ÖVERENSKOMMELSE")]
    pub agreement: Option<String>,
    /// Format: docx, html eller md.
    #[arg(long, short = 'f', value_name = "FORMAT", default_value = "docx", value_parser = parse_format)]
    pub format: Format,
    #[command(flatten)]
    pub flags: ExportFlags,
}

#[derive(Debug, Args)]
pub struct YearArgs {
    /// Året, till exempel 2026.
    #[arg(value_name = "ÅR", allow_negative_numbers = true)]
    pub year: i32,
    /// Format: docx, html eller md.
    #[arg(long, short = 'f', value_name = "FORMAT", default_value = "docx", value_parser = parse_format)]
    pub format: Format,
    #[command(flatten)]
    pub flags: ExportFlags,
}

const TEXT_FORMATS: [Format; 3] = [Format::Docx, Format::Html, Format::Markdown];

pub fn run(args: &ReportArgs, ctx: &Context) -> CliResult {
    match &args.what {
        ReportCommand::Plan(a) => {
            require_format(
                a.format,
                &[
                    Format::Xlsx,
                    Format::Csv,
                    Format::Markdown,
                    Format::Html,
                    Format::Docx,
                ],
                "cli-document-plan",
                ctx.lang,
            )?;
            let mut store = open(ctx)?;
            let o = options(ctx, &a.flags, None)?;
            let p = plan::find_plan(&store, a.plan.as_deref())?;
            let bytes = plan::export(&store, p.id, a.format, &o)?;
            let name = format!("atgardsplan-{}.{}", o.today, a.format.extension());
            finish(
                ctx.lang,
                &mut store,
                &a.flags,
                name,
                bytes,
                json!({"document": "plan", "plan": p.id.to_string(), "format": a.format.extension()}),
            )
        }
        ReportCommand::Calendar(a) => {
            let mut store = open(ctx)?;
            let o = options(ctx, &a.flags, None)?;
            let file = calendar::calendar(&store, &o, a.include_past)?;
            for warning in &file.warnings {
                eprintln!("{warning}");
            }
            finish(
                ctx.lang,
                &mut store,
                &a.flags,
                format!("kalender-{}.ics", o.today),
                file.bytes,
                json!({"document": "calendar", "format": "ics", "include_past": a.include_past}),
            )
        }
        ReportCommand::Agreement(a) => {
            require_format(a.format, &TEXT_FORMATS, "cli-document-agreement", ctx.lang)?;
            let mut store = open(ctx)?;
            let o = options(ctx, &a.flags, None)?;
            let ag = agreement::find_agreement(&store, a.agreement.as_deref())?;
            let bytes = agreement::export(&store, ag.id, a.format, &o)?;
            finish(
                ctx.lang,
                &mut store,
                &a.flags,
                format!(
                    "overenskommelse-uppfoljning-{}.{}",
                    o.today,
                    a.format.extension()
                ),
                bytes,
                json!({"document": "agreement", "agreement": ag.id.to_string(), "format": a.format.extension()}),
            )
        }
        ReportCommand::Year(a) => {
            require_format(a.format, &TEXT_FORMATS, "cli-document-year", ctx.lang)?;
            check_year(a.year, ctx.lang)?;
            let mut store = open(ctx)?;
            let o = options(ctx, &a.flags, None)?;
            let bytes = year::export(&store, a.year, a.format, &o)?;
            finish(
                ctx.lang,
                &mut store,
                &a.flags,
                format!("arssammanstallning-{}.{}", a.year, a.format.extension()),
                bytes,
                json!({"document": "year", "year": a.year, "format": a.format.extension()}),
            )
        }
    }
}

/// The first year a summary can cover: the collaboration this app supports is younger.
const FIRST_YEAR: i32 = 2000;

/// A year the summary can be about: from [`FIRST_YEAR`] to the current year.
fn check_year(year: i32, lang: crate::domain::Lang) -> CliResult {
    let current = today().year();
    if (FIRST_YEAR..=current).contains(&year) {
        return Ok(());
    }
    Err(super::CliError(t!(
        lang,
        "cli-report-year-refused",
        year = year,
        first = FIRST_YEAR,
        current = current
    )))
}
