//! Seed data: the taxonomies every copy starts with, and the bundled demo of a fictional
//! municipality (Sjöviks kommun with its platssamverkan "Ett tryggare Lindängsringen").
//!
//! Everything is data in `data/` (embedded in the binary) and is written through the store's one
//! write path, as ops. Taxonomy entries and demo records get stable ids (`Id::from_name`), so
//! every copy gives the same entry the same id. The weekly EST data is generated with a seeded
//! random generator: the same `today` gives the same demo.

mod actions;
mod agenda;
mod agreement;
mod batch;
mod counts;
pub mod dates;
pub mod error;
mod observations;
mod picture;
mod place_project;
mod plan;
mod prevention;
mod scenarios;
mod series;
pub mod source;
pub mod taxonomy;
mod weekly;
mod world;

use chrono::NaiveDate;

pub use error::SeedError;
pub use taxonomy::{
    Taxonomies, TaxonomySummary, event_type_id, factor_id, load_taxonomies, term_id, theme_id,
};
pub use world::demo_id;

use crate::domain::{EntityKind, IsoWeek, Lang, Organisation};
use crate::i18n::t;
use crate::store::{Store, meta};

/// The most years of generated data `load_demo` accepts.
pub const MAX_YEARS: u32 = 30;

/// How to generate the demo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    /// The day the demo is generated for: the current week's meeting is planned, everything
    /// before it has happened.
    pub today: NaiveDate,
    /// `None`: one realistic year (20–40 observations a week). `Some(n)`: `n` years at scale
    /// for trying performance (about 200 observations and 20 actions a week).
    pub years: Option<u32>,
}

/// What `load_demo` wrote.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub municipality: String,
    /// The first and last (current, planned) meeting week.
    pub first_week: IsoWeek,
    pub last_week: IsoWeek,
    /// Records created per kind (taxonomies not included; see `taxonomies`).
    pub counts: Vec<(EntityKind, usize)>,
    /// Ops written for the demo (taxonomies not included).
    pub ops: usize,
    pub taxonomies: TaxonomySummary,
}

impl DemoSummary {
    /// How many records of a kind the demo created.
    pub fn count(&self, kind: EntityKind) -> usize {
        self.counts
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }

    /// A short summary for the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let counts: Vec<String> = self
            .counts
            .iter()
            .map(|(kind, n)| kind.count_text(*n, lang))
            .collect();
        t!(
            lang,
            "demo-loaded",
            municipality = self.municipality.as_str(),
            first_week = self.first_week.week(),
            first_year = self.first_week.year(),
            last_week = self.last_week.week(),
            last_year = self.last_week.year(),
            counts = counts.join(", ")
        )
    }

    /// [`DemoSummary::message`] in Swedish.
    pub fn message_sv(&self) -> String {
        self.message(Lang::Sv)
    }
}

/// Loads the taxonomies and the demo municipality into `store`. Refuses when the demo is
/// already there. Sets the municipality's name and the own organisation.
pub fn load_demo(store: &mut Store, opts: &DemoOptions) -> Result<DemoSummary, SeedError> {
    load_demo_with_progress(store, opts, &mut |_| true)
}

/// `load_demo`, telling `progress` how far the weekly data has come (0.0 ‥ 1.0). Everything —
/// taxonomies, base data and every week — is one transaction, so the demo is there whole or not
/// at all: when `progress` answers `false` the load stops, the transaction is rolled back and
/// the answer is [`SeedError::Cancelled`].
pub fn load_demo_with_progress(
    store: &mut Store,
    opts: &DemoOptions,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<DemoSummary, SeedError> {
    if let Some(y) = opts.years.filter(|y| *y == 0 || *y > MAX_YEARS) {
        return Err(SeedError::InvalidYears {
            given: y,
            max: MAX_YEARS,
        });
    }
    if let Some(when) = store.setting(meta::DEMO_LOADED)? {
        return Err(SeedError::DemoAlreadyLoaded { when });
    }
    let tax = Taxonomies::parse()?;
    let world = world::World::parse(Taxonomies::parse()?, opts.today)?;
    if store.get::<Organisation>(world.own_org)?.is_some() {
        return Err(SeedError::DemoAlreadyLoaded {
            when: "delvis, vid ett tidigare försök".into(),
        });
    }
    let mut static_records = batch::Batch::default();
    plan::collect(&world, &mut static_records)?;
    agreement::collect(&world, &mut static_records)?;
    place_project::collect(&world, &mut static_records)?;
    prevention::collect(&world, &mut static_records)?;
    let templates = scenarios::Templates::parse(&world)?;

    let mut counts = counts::Counts::default();
    let (scale, weeks) = match opts.years {
        None => (weekly::Scale::DEMO, 52),
        Some(y) => (weekly::Scale::LARGE, 52 * y as usize),
    };
    let mut generator = weekly::Generator::new(&world, &templates, scale, opts.today);
    let mut cancelled = false;
    let written = store.write(|w| {
        let created = tax.write_missing(w)?;
        let taxonomy_ops = w.ops().len();
        world.write(w, &mut counts)?;
        static_records.write(w, &mut counts)?;
        let weeks = generator.run(w, weeks, &mut counts, &mut |fraction| {
            cancelled = !progress(fraction);
            !cancelled
        })?;
        Ok((created, weeks, w.ops().len() - taxonomy_ops))
    });
    let (created, (first_week, last_week), ops) = match written {
        Err(_) if cancelled => return Err(SeedError::Cancelled),
        other => other?,
    };
    counts.add_ops(ops);
    let taxonomies = tax.summary(created);

    store.set_setting(meta::MUNICIPALITY, &world.municipality)?;
    store.set_setting(meta::OWN_ORGANISATION, &world.own_org.to_string())?;
    store.set_setting(meta::DEMO_LOADED, &opts.today.to_string())?;
    Ok(DemoSummary {
        municipality: world.municipality.clone(),
        first_week,
        last_week,
        counts: counts.to_vec(),
        ops: counts.ops,
        taxonomies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    fn summary() -> DemoSummary {
        let week = |w| IsoWeek::new(2026, w).unwrap_or_else(|e| panic!("{e}"));
        DemoSummary {
            municipality: "Exempelby kommun".into(),
            first_week: week(1),
            last_week: week(48),
            counts: vec![
                (EntityKind::Organisation, 15),
                (EntityKind::Area, 13),
                (EntityKind::Meeting, 1),
                (EntityKind::Observation, 106_821),
            ],
            ops: 0,
            taxonomies: TaxonomySummary::default(),
        }
    }

    #[test]
    fn the_demo_summary_counts_in_good_swedish_and_english() {
        assert_eq!(
            summary().message_sv(),
            "Demodata för Exempelby kommun är inläst: vecka 1 2026 till vecka 48 2026 \
             (15 organisationer, 13 områden, 1 möte, 106\u{202F}821 iakttagelser)."
        );
    }
}
