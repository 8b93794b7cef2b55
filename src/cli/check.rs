//! `lagesbild check`: integrity, references, both hash chains, tables against the log.

use clap::Args;

use super::output::{print_json, say};
use super::{CliError, CliResult, Context};
use crate::i18n::t;
use crate::store::Access;
use crate::store::check::CheckStep;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &CheckArgs, ctx: &Context) -> CliResult {
    let store = ctx.open(Access::ReadOnly)?;
    let report = store.check_with_progress(&mut progress_on_terminal(ctx.lang))?;
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        eprint!("\r\x1b[2K");
    }
    if args.json {
        let items: Vec<_> = report
            .items
            .iter()
            .map(|i| {
                serde_json::json!({
                    "name": i.name.text(ctx.lang),
                    "ok": i.ok,
                    "detail": i.detail.text(ctx.lang),
                })
            })
            .collect();
        print_json(&serde_json::json!({ "items": items }))?;
    } else {
        say!(
            "{}",
            t!(
                ctx.lang,
                "cli-check-of",
                path = store.path().display().to_string()
            )
        );
        for item in &report.items {
            say!(
                "  {} {:<18} {}",
                if item.ok { "✓" } else { "✗" },
                item.name.text(ctx.lang),
                item.detail.text(ctx.lang)
            );
        }
    }
    if report.ok() {
        if !args.json {
            say!("{}", t!(ctx.lang, "cli-check-ok"));
        }
        Ok(())
    } else {
        Err(CliError::Worded(t!(ctx.lang, "cli-check-failed")))
    }
}

/// Names each step on stderr while it runs, on one line, when stderr is a terminal (a ten-year
/// database takes seconds); prints nothing otherwise.
fn progress_on_terminal(lang: crate::domain::Lang) -> impl FnMut(CheckStep) -> bool {
    use std::io::{IsTerminal, Write};
    let terminal = std::io::stderr().is_terminal();
    let mut last = None;
    move |step: CheckStep| {
        // The long steps are named again now and then: write a step once.
        if terminal && last != Some(step) {
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r\x1b[2K{}",
                t!(lang, "cli-check-step", step = step.label(lang))
            );
            let _ = err.flush();
            last = Some(step);
        }
        true
    }
}
