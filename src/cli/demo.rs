//! `lagesbild demo [--years N]`: load the fictional municipality to try the program.

use super::output::say;
use super::{CliResult, Context, DemoArgs, today};
use crate::i18n::t;
use crate::seed::{DemoOptions, load_demo};

pub fn run(args: &DemoArgs, ctx: &Context) -> CliResult {
    let mut store = ctx.open(crate::store::Access::ReadWrite)?;
    crate::store::quick_check(&ctx.db)?;
    let lang = ctx.lang;
    if let Some(years) = args.years {
        eprintln!("{}", t!(lang, "demo-generating", years = years));
    }
    let started = std::time::Instant::now();
    let summary = load_demo(
        &mut store,
        &DemoOptions {
            today: today(),
            years: args.years,
        },
    )?;
    say!("{}", summary.message(lang));
    say!(
        "{}",
        t!(
            lang,
            "demo-written",
            ops = summary.ops,
            path = store.path().display().to_string(),
            seconds = lang.decimal(started.elapsed().as_secs_f64(), 1)
        )
    );
    Ok(())
}
