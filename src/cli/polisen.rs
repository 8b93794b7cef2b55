//! `lagesbild polisen …`: the police's open events feed — import a saved response, fetch the
//! live feed, list a week's events, promote one to an observation.

use std::path::PathBuf;

use chrono::Datelike;
use clap::{Args, Subcommand};

use super::output::{Table, clip, print_json, say};
use super::{CliError, CliResult, Context, today};
use crate::domain::municipality::Municipalities;
use crate::domain::{EventType, Id, IsoWeek, Lang, ObservationSource, ReviewStatus, Vocabulary};
use crate::i18n::t;
use crate::sources::polisen::{self, ImportReport, Promotion, Target};
use crate::store::{Access, Store, meta};

#[derive(Debug, Args)]
pub struct PolisenArgs {
    #[command(subcommand)]
    pub command: PolisenCommand,
}

#[derive(Debug, Subcommand)]
pub enum PolisenCommand {
    /// Läs in ett sparat svar från polisens händelseflöde (polisen.se/api/events).
    Import(ImportArgs),
    /// Hämta polisens händelseflöde direkt (högst var tionde sekund, 60 gånger i timmen).
    Fetch(FetchArgs),
    /// Visa en veckas polishändelser för kommunen.
    List(ListArgs),
    /// För en polishändelse till lägesbilden som iakttagelse på en plats eller ett område.
    Promote(PromoteArgs),
    /// Koppla om sparade polishändelser till händelsetyper efter ändrade polistyper (alias).
    #[command(name = "types", alias = "typer")]
    Typer,
}

#[derive(Debug, Args)]
pub struct KommunArgs {
    /// Kommun vars händelser ska sparas, t.ex. Tyresö (kan anges flera gånger; annars
    /// kommunen i inställningarna).
    #[arg(long = "municipality", alias = "kommun", value_name = "NAMN")]
    pub kommun: Vec<String>,
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Filen med flödets svar (JSON).
    #[arg(value_name = "FIL")]
    pub file: PathBuf,
    /// Visa bara vad som skulle läsas in, utan att spara något.
    #[arg(long = "dry-run", alias = "prova")]
    pub prova: bool,
    #[command(flatten)]
    pub kommun: KommunArgs,
}

#[derive(Debug, Args)]
pub struct FetchArgs {
    #[command(flatten)]
    pub kommun: KommunArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Vecka, t.ex. 47 eller 2026-W47 (annars innevarande vecka).
    #[arg(long, value_name = "VECKA")]
    pub week: Option<String>,
    /// Kommun (kan anges flera gånger; annars kommunen i inställningarna, annars alla).
    #[arg(long = "municipality", alias = "kommun", value_name = "NAMN")]
    pub kommun: Vec<String>,
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PromoteArgs {
    /// Polisens id för händelsen (kolumnen Polis-id i lagesbild polisen list).
    #[arg(value_name = "POLIS-ID")]
    pub police_id: i64,
    /// Platsen där det hände, t.ex. Lindängstorget.
    #[arg(long, alias = "plats", value_name = "NAMN", conflicts_with = "area")]
    pub place: Option<String>,
    /// Området, när ingen plats passar.
    #[arg(long, alias = "omrade", value_name = "NAMN")]
    pub area: Option<String>,
    /// Organisationen som registrerar iakttagelsen (annars den egna organisationen).
    #[arg(long, value_name = "NAMN")]
    pub org: Option<String>,
    /// Händelsetyp, när polisens typ saknar motsvarighet eller ska ersättas.
    #[arg(long = "type", alias = "typ", value_name = "NAMN")]
    pub event_type: Option<String>,
    /// För in sammanfattningen trots varning om möjliga personuppgifter.
    #[arg(long = "confirm", alias = "bekrafta")]
    pub bekrafta: bool,
}

pub fn run(args: &PolisenArgs, ctx: &Context) -> CliResult {
    let lang = ctx.lang;
    match &args.command {
        PolisenCommand::Import(a) if a.prova => {
            let store = ctx.open(Access::ReadOnly)?;
            let kommuner = municipalities(&store, &a.kommun.kommun)?;
            let text = polisen::read_file(&a.file)?;
            let report = polisen::preview_text(&store, &text, &kommuner, &preview_types(&store)?)?;
            if !a.kommun.json {
                say!("{}", t!(lang, "cli-polisen-preview"));
            }
            show_report(
                lang,
                &report,
                &kommuner,
                &a.file.display().to_string(),
                a.kommun.json,
            )
        }
        PolisenCommand::Import(a) => {
            let mut store = ctx.open_checked_writer()?;
            ensure_event_types(&mut store)?;
            let kommuner = municipalities(&store, &a.kommun.kommun)?;
            let report = polisen::import_file(&mut store, &a.file, &kommuner)?;
            show_report(
                lang,
                &report,
                &kommuner,
                &a.file.display().to_string(),
                a.kommun.json,
            )
        }
        PolisenCommand::Fetch(a) => {
            let mut store = ctx.open_checked_writer()?;
            ensure_event_types(&mut store)?;
            let kommuner = municipalities(&store, &a.kommun.kommun)?;
            let report = polisen::fetch(&mut store, &kommuner)?;
            show_report(
                lang,
                &report,
                &kommuner,
                &polisen::fetch::feed_url(),
                a.kommun.json,
            )
        }
        PolisenCommand::List(a) => list(a, ctx),
        PolisenCommand::Promote(a) => promote(a, ctx),
        PolisenCommand::Typer => {
            let mut store = ctx.open_writer()?;
            let n = polisen::remap_types(&mut store)?;
            say!("{}", t!(lang, "cli-polisen-remapped", count = n));
            Ok(())
        }
    }
}

/// The mapping an import would use: the stored event types and those `ensure_event_types`
/// would add.
fn preview_types(store: &Store) -> CliResult<polisen::TypeMap> {
    let mut types: Vec<EventType> = store.all()?;
    for t in crate::seed::Taxonomies::parse()?.event_types {
        if !types.iter().any(|s| s.id == t.id) {
            types.push(t);
        }
    }
    Ok(polisen::TypeMap::from_types(&types))
}

/// The event types (with their police aliases) must be in the database before events are
/// mapped; a copy that never loaded them gets them now, and earlier events are re-mapped.
fn ensure_event_types(store: &mut Store) -> CliResult {
    if crate::seed::load_taxonomies(store)?.created > 0 {
        polisen::remap_types(store)?;
    }
    Ok(())
}

/// The municipalities given, or the one in the settings.
fn municipalities(store: &Store, given: &[String]) -> CliResult<Municipalities> {
    let own = store.setting(meta::MUNICIPALITY)?;
    let chosen = if given.iter().any(|g| !g.trim().is_empty()) {
        Municipalities::new(given)
    } else {
        Municipalities::new(own.as_slice())
    };
    if chosen.is_empty() {
        return Err(polisen::PolisenError::NoMunicipality.into());
    }
    Ok(chosen)
}

fn show_report(
    lang: Lang,
    report: &ImportReport,
    kommuner: &Municipalities,
    source: &str,
    json: bool,
) -> CliResult {
    if json {
        return print_json(report);
    }
    say!(
        "{}",
        t!(
            lang,
            "cli-polisen-read",
            count = report.in_feed,
            source = source,
            kept = report.kept,
            municipalities = kommuner.names()
        )
    );
    say!(
        "{}",
        t!(
            lang,
            "cli-polisen-counts",
            created = report.created,
            updated = report.updated,
            unchanged = report.unchanged
        )
    );
    if !report.per_municipality.is_empty() {
        let per: Vec<String> = report
            .per_municipality
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        say!(
            "{}",
            t!(
                lang,
                "cli-polisen-per-municipality",
                counts = per.join(", ")
            )
        );
    }
    if !report.unknown_types.is_empty() {
        let unknown: Vec<String> = report
            .unknown_types
            .iter()
            .map(|(t, n)| format!("”{}” ({n})", t.trim()))
            .collect();
        say!(
            "{}",
            t!(
                lang,
                "cli-polisen-unknown-types",
                types = unknown.join(", ")
            )
        );
    }
    if report.kept == 0 {
        say!(
            "{}",
            t!(
                lang,
                "cli-polisen-none-for",
                municipalities = kommuner.names()
            )
        );
    }
    Ok(())
}

fn list(args: &ListArgs, ctx: &Context) -> CliResult {
    let lang = ctx.lang;
    let store = ctx.open(Access::ReadOnly)?;
    let week = match &args.week {
        Some(w) => IsoWeek::parse_with_year(w, today().year_ce().1 as i32)?,
        None => IsoWeek::of(today()),
    };
    let rows = if args.kommun.is_empty() {
        store.own_police_events_in_week(week)?
    } else {
        store.police_events_in_week(week, &Municipalities::new(&args.kommun))?
    };
    if args.json {
        return print_json(&rows);
    }
    say!(
        "{}",
        t!(
            lang,
            "cli-polisen-week",
            week = week.week(),
            source = ObservationSource::PolisensOppnaData.label(lang),
            count = rows.len()
        )
    );
    if rows.is_empty() {
        say!("{}", t!(lang, "cli-polisen-week-empty"));
        return Ok(());
    }
    let headings: Vec<String> = [
        "cli-polisen-column-id",
        "cli-polisen-column-day",
        "column-time",
        "cli-polisen-column-municipality",
        "cli-list-column-type",
        "cli-polisen-column-summary",
        "cli-polisen-column-promoted",
    ]
    .iter()
    .map(|id| t!(lang, id))
    .collect();
    let mut table = Table::new(&headings.iter().map(String::as_str).collect::<Vec<_>>());
    for r in &rows {
        table.row(vec![
            r.police_id.to_string(),
            r.day.to_string(),
            r.incident_at
                .map(|at| crate::i18n::dates::time(lang, at.time()))
                .unwrap_or_default(),
            r.municipality.clone(),
            clip(&r.type_label(ctx.lang), 44),
            clip(&r.summary, 50),
            if r.is_promoted() {
                t!(lang, "value-yes")
            } else {
                "–".into()
            },
        ]);
    }
    say!("{}", table.render());
    Ok(())
}

fn promote(args: &PromoteArgs, ctx: &Context) -> CliResult {
    let mut store = ctx.open_writer()?;
    let target = match (&args.place, &args.area) {
        (Some(p), _) => Target::Place(store.place_by_name(p)?),
        (None, Some(a)) => Target::Area(store.area_by_name(a)?),
        (None, None) => {
            return Err(CliError::Worded(t!(ctx.lang, "cli-polisen-where")));
        }
    };
    let organisation = match &args.org {
        Some(o) => store.organisation_by_name(o)?,
        None => store
            .setting(meta::OWN_ORGANISATION)?
            .and_then(|s| s.parse::<Id>().ok())
            .ok_or(polisen::PolisenError::NoOrganisation)?,
    };
    let event_type = args
        .event_type
        .as_deref()
        .map(|t| store.event_type_by_name(t))
        .transpose()?;
    let promotion = Promotion {
        target,
        organisation,
        event_type,
        confirm_personal_data: args.bekrafta,
    };
    let id = polisen::promote(&mut store, args.police_id, &promotion)?;
    say!(
        "{}",
        t!(
            ctx.lang,
            "cli-polisen-promoted",
            police_id = args.police_id.to_string(),
            id = id.to_string(),
            source = ObservationSource::PolisensOppnaData.label(ctx.lang),
            status = ReviewStatus::Ny.label(ctx.lang)
        )
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::super::{Cli, Command};
    use super::*;

    fn parse(args: &[&str]) -> PolisenCommand {
        let mut argv = vec!["lagesbild", "polisen"];
        argv.extend_from_slice(args);
        match Cli::try_parse_from(argv).map(|c| c.command) {
            Ok(Some(Command::Polisen(p))) => p.command,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    fn import(args: &[&str]) -> (bool, Vec<String>) {
        match parse(args) {
            PolisenCommand::Import(a) => (a.prova, a.kommun.kommun),
            other => panic!("{other:?}"),
        }
    }

    fn promote(args: &[&str]) -> (Option<String>, Option<String>, Option<String>, bool) {
        match parse(args) {
            PolisenCommand::Promote(a) => (a.place, a.area, a.event_type, a.bekrafta),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn english_flags_and_the_old_swedish_ones_mean_the_same() {
        let english = import(&["import", "f.json", "--municipality", "Tyresö", "--dry-run"]);
        let swedish = import(&["import", "f.json", "--kommun", "Tyresö", "--prova"]);
        assert_eq!(english, (true, vec!["Tyresö".to_string()]));
        assert_eq!(english, swedish);

        let english = promote(&["promote", "1", "--place", "Torget", "--type", "Klotter"]);
        let swedish = promote(&["promote", "1", "--plats", "Torget", "--typ", "Klotter"]);
        assert_eq!(english, swedish);
        assert_eq!(english.0.as_deref(), Some("Torget"));

        let english = promote(&["promote", "1", "--area", "Centrum", "--confirm"]);
        let swedish = promote(&["promote", "1", "--omrade", "Centrum", "--bekrafta"]);
        assert_eq!(english, swedish);
        assert!(english.3);

        assert!(matches!(parse(&["types"]), PolisenCommand::Typer));
        assert!(matches!(parse(&["typer"]), PolisenCommand::Typer));
    }

    #[test]
    fn help_shows_only_the_english_flags() {
        let mut cmd = Cli::command();
        let help = cmd
            .find_subcommand_mut("polisen")
            .and_then(|p| p.find_subcommand_mut("promote"))
            .map(|c| c.render_long_help().to_string())
            .unwrap_or_default();
        assert!(
            help.contains("--confirm") && help.contains("--place"),
            "{help}"
        );
        for swedish in ["--bekrafta", "--plats", "--omrade", "--typ "] {
            assert!(!help.contains(swedish), "{swedish} in {help}");
        }
    }
}
