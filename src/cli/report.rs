//! `lagesbild report plan|calendar|agreement|year|week|map`: the åtgärdsplan, the calendar,
//! the agreement follow-up, the yearly summary, the week's lägesbild to share and the places
//! as GeoJSON.

use clap::{Args, Subcommand};
use serde_json::json;

use super::export::{ExportFlags, finish, open, options, parse_format, require_format};
use super::{CliResult, Context, today};
use crate::i18n::t;
use crate::report::{Format, agreement, calendar, map, plan, week, year};
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
    /// Veckans lägesbild att dela efter mötet.
    Week(WeekArgs),
    /// Platserna som GeoJSON för kommunens GIS.
    Map(MapArgs),
}

#[derive(Debug, Args)]
pub struct WeekArgs {
    /// Veckan, till exempel 2026-W47.
    #[arg(value_name = "VECKA")]
    pub week: String,
    /// Format: docx, html eller md.
    #[arg(long, short = 'f', value_name = "FORMAT", default_value = "docx", value_parser = parse_format)]
    pub format: Format,
    #[command(flatten)]
    pub flags: ExportFlags,
}

#[derive(Debug, Args)]
pub struct MapArgs {
    /// Perioden (annars innevarande tertial).
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<String>,
    /// Bara den här händelsetypen (kan upprepas).
    #[arg(long = "type", value_name = "TYP")]
    pub types: Vec<String>,
    #[command(flatten)]
    pub flags: ExportFlags,
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
    #[arg(value_name = "OVERENSKOMMELSE")]
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
    #[arg(value_name = "AR", allow_negative_numbers = true)]
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
        ReportCommand::Week(a) => {
            require_format(a.format, &TEXT_FORMATS, "cli-document-week", ctx.lang)?;
            let iso_week = a
                .week
                .parse::<crate::domain::IsoWeek>()
                .map_err(|e| super::CliError::Worded(e.to_string()))?;
            let mut store = open(ctx)?;
            let o = options(ctx, &a.flags, None)?;
            let bytes = week::export(&store, iso_week, a.format, &o)?;
            finish(
                ctx.lang,
                &mut store,
                &a.flags,
                week::file_name(iso_week, a.format),
                bytes,
                json!({"document": "week", "week": iso_week.to_string(), "format": a.format.extension()}),
            )
        }
        ReportCommand::Map(a) => {
            let period = match &a.period {
                Some(p) => crate::analysis::Period::parse(p)
                    .map_err(|e| super::CliError::Worded(e.to_string()))?,
                None => crate::analysis::Period::containing(
                    crate::analysis::PeriodKind::Tertial,
                    today(),
                ),
            };
            let mut store = open(ctx)?;
            let o = options(ctx, &a.flags, None)?;
            let file = map::export(&store, &period, &a.types, &o)?;
            for message in &file.messages {
                eprintln!("{message}");
            }
            finish(
                ctx.lang,
                &mut store,
                &a.flags,
                map::file_name(&period),
                file.bytes,
                json!({"document": "map", "period": file.period, "types": a.types, "format": "geojson"}),
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
    Err(super::CliError::Worded(t!(
        lang,
        "cli-report-year-refused",
        year = year,
        first = FIRST_YEAR,
        current = current
    )))
}
