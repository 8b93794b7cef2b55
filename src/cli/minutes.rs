//! `lagesbild minutes <MÖTE>`: the minutes of a meeting as Word, HTML or Markdown.

use clap::Args;
use serde_json::json;

use super::export::{ExportFlags, finish, open, options, parse_format, require_format};
use super::{CliResult, Context};
use crate::report::{Format, minutes};

#[derive(Debug, Args)]
pub struct MinutesArgs {
    /// Mötet: ett datum (2026-11-19), en vecka (2026-W47) eller ett id.
    #[arg(value_name = "MOTE")]
    pub meeting: String,
    /// Format: docx, html eller md.
    #[arg(long, short = 'f', value_name = "FORMAT", default_value = "docx", value_parser = parse_format)]
    pub format: Format,
    /// Rubrik: Minnesanteckningar (standard), Mötesanteckningar eller Protokoll.
    #[arg(long, value_name = "RUBRIK")]
    pub title: Option<String>,
    #[command(flatten)]
    pub flags: ExportFlags,
}

pub fn run(args: &MinutesArgs, ctx: &Context) -> CliResult {
    require_format(
        args.format,
        &[Format::Docx, Format::Html, Format::Markdown],
        "cli-document-minutes",
        ctx.lang,
    )?;
    let mut store = open(ctx)?;
    let meeting = store.meeting_by_reference(&args.meeting)?;
    if let Some(why) = meeting.minutes_refused(ctx.lang) {
        return Err(super::CliError::Worded(why));
    }
    let o = options(ctx, &args.flags, args.title.as_deref())?;
    let bytes = minutes::export(&store, meeting.id, args.format, &o)?;
    let name = minutes::file_name(&store, meeting.id, args.format, &o)?;
    finish(
        ctx.lang,
        &mut store,
        &args.flags,
        name,
        bytes,
        json!({"document": "minutes", "meeting": meeting.id.to_string(), "format": args.format.extension()}),
    )
}
