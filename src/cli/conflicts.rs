//! `lagesbild conflicts`: concurrent edits from partners, both values side by side, and
//! `lagesbild conflicts resolve ID --keep | --take-other`.

use clap::{Args, Subcommand};

use super::output::{Table, clip, print_json, say};
use super::{CliError, CliResult, Context, InLang};
use crate::exchange::screen::{self, Choice};
use crate::i18n::t;
use crate::store::Access;

#[derive(Debug, Args)]
pub struct ConflictsArgs {
    #[command(subcommand)]
    pub command: Option<ConflictsCommand>,
    /// Visa även lösta konflikter.
    #[arg(long)]
    pub all: bool,
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConflictsCommand {
    /// Lös en konflikt: behåll värdet som gäller nu, eller ta det andra.
    Resolve {
        /// Konfliktens id (de första tecknen räcker).
        #[arg(value_name = "ID")]
        id: String,
        /// Behåll värdet som gäller nu (vid borttagning: låt posten vara borttagen).
        #[arg(long, conflicts_with = "take_other")]
        keep: bool,
        /// Ta det andra värdet (vid borttagning: återställ posten med ändringen).
        #[arg(long)]
        take_other: bool,
    },
}

pub fn run(args: &ConflictsArgs, ctx: &Context) -> CliResult {
    match &args.command {
        None => {
            let store = ctx.open(Access::ReadOnly).in_lang(ctx.lang)?;
            let list = screen::conflicts_in(&store, args.all, ctx.lang).in_lang(ctx.lang)?;
            if args.json {
                return print_json(&list);
            }
            if list.is_empty() {
                say!("{}", t!(ctx.lang, "cli-conflicts-none"));
                return Ok(());
            }
            let headings: Vec<String> = [
                "cli-conflicts-column-id",
                "cli-conflicts-column-record",
                "cli-history-column-field",
                "cli-conflicts-column-current",
                "cli-conflicts-column-other",
                "column-status",
            ]
            .iter()
            .map(|id| t!(ctx.lang, id))
            .collect();
            let mut table = Table::new(&headings.iter().map(String::as_str).collect::<Vec<_>>());
            for c in &list {
                table.row(vec![
                    c.id.short(),
                    format!("{} ”{}”", c.entity_label, clip(&c.record_title, 30)),
                    c.field.clone(),
                    format!("{} ({})", clip(&c.current.shown, 30), c.current.partner),
                    format!("{} ({})", clip(&c.other.shown, 30), c.other.partner),
                    if c.open {
                        t!(ctx.lang, "cli-conflicts-open")
                    } else {
                        t!(ctx.lang, "cli-conflicts-resolved")
                    },
                ]);
            }
            say!("{}", table.render().trim_end());
            say!("{}", t!(ctx.lang, "cli-conflicts-how"));
            Ok(())
        }
        Some(ConflictsCommand::Resolve {
            id,
            keep,
            take_other,
        }) => {
            let choice = match (keep, take_other) {
                (true, false) => Choice::KeepCurrent,
                (false, true) => Choice::TakeOther,
                _ => {
                    return Err(CliError::Worded(t!(ctx.lang, "cli-conflicts-choose")));
                }
            };
            let mut store = ctx.open_writer().in_lang(ctx.lang)?;
            let wanted = id.trim().to_lowercase().replace('-', "");
            let matches: Vec<_> = screen::conflicts_in(&store, false, ctx.lang)
                .in_lang(ctx.lang)?
                .into_iter()
                .filter(|c| {
                    !wanted.is_empty() && c.id.as_uuid().simple().to_string().starts_with(&wanted)
                })
                .collect();
            let [c] = matches.as_slice() else {
                return Err(CliError::Worded(t!(
                    ctx.lang,
                    "cli-conflicts-ambiguous",
                    count = matches.len(),
                    id = id.as_str()
                )));
            };
            screen::resolve(&mut store, c.id, choice).in_lang(ctx.lang)?;
            say!(
                "{}",
                t!(
                    ctx.lang,
                    "cli-conflicts-done",
                    kind = c.entity_label.as_str(),
                    title = c.record_title.as_str(),
                    field = c.field.as_str()
                )
            );
            Ok(())
        }
    }
}
