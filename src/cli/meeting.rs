//! `lagesbild meeting close <MÖTE>`: closes a meeting as the Möte screen does, through the one
//! service both use (`services::meeting::close`).

use clap::{Args, Subcommand};

use super::output::say;
use super::{CliError, CliResult, Context};
use crate::domain::{EntityKind, Id, Vocabulary};
use crate::i18n::t;
use crate::store::Store;

#[derive(Debug, Args)]
pub struct MeetingArgs {
    #[command(subcommand)]
    pub command: MeetingCommand,
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Avsluta ett möte och fastställ veckans lägesbild (som i programmets Möte-flik).
    Close(CloseArgs),
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// Mötet: ett datum (2026-11-19), en vecka (2026-W47) eller ett id (början räcker).
    #[arg(value_name = "MOTE")]
    pub meeting: String,
}

pub fn run(args: &MeetingArgs, ctx: &Context) -> CliResult {
    match &args.command {
        MeetingCommand::Close(close) => {
            let mut store = ctx.open_checked_writer()?;
            let meeting = meeting_named(&store, &close.meeting, ctx)?;
            for line in crate::services::meeting::close(&mut store, meeting, ctx.lang)? {
                say!("{line}");
            }
            Ok(())
        }
    }
}

/// The meeting a date, a week, an id or an id's beginning names.
fn meeting_named(store: &Store, word: &str, ctx: &Context) -> CliResult<Id> {
    let w = word.trim();
    let date_or_week =
        crate::domain::week::parse_date(w).is_ok() || w.parse::<crate::domain::IsoWeek>().is_ok();
    if date_or_week {
        return Ok(store.meeting_by_reference(w)?.id);
    }
    let (kind, id) = super::record::resolve_id(store, w)?;
    if kind != EntityKind::Meeting {
        return Err(CliError::Worded(t!(
            ctx.lang,
            "meeting-close-not-a-meeting",
            word = w,
            kind = kind.label(ctx.lang)
        )));
    }
    Ok(id)
}
