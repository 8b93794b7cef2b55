//! `lagesbild demo [--years N]`: load the fictional municipality to try the program.

use super::output::say;
use super::{CliResult, Context, DemoArgs, today};
use crate::seed::{DemoOptions, load_demo};

pub fn run(args: &DemoArgs, ctx: &Context) -> CliResult {
    let mut store = ctx.open(crate::store::Access::ReadWrite)?;
    crate::store::quick_check(&ctx.db)?;
    if args.years.is_some() {
        eprintln!(
            "Skapar {} års syntetiska veckodata – det tar en stund …",
            args.years.unwrap_or_default()
        );
    }
    let started = std::time::Instant::now();
    let summary = load_demo(
        &mut store,
        &DemoOptions {
            today: today(),
            years: args.years,
        },
    )?;
    say!("{}", summary.message_sv());
    say!(
        "{} ändringar skrevs till {} på {:.1} s. Öppna programmet med lagesbild.",
        summary.ops,
        store.path().display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
