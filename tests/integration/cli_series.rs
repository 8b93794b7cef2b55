//! Issue 12's last gaps on the command line of a new copy: a meeting series with its members
//! (`--members`, by name); a plan's follow-up interval by default; `history` in Swedish time;
//! `new` on a copy that is not set up says what to do first. (The plan form's default is
//! checked here too, beside the command line's.)

use lagesbild::domain::{MeetingSeries, Organisation};
use lagesbild::store::{Access, Store};

use super::record_cli::Cli;

#[test]
fn a_series_is_made_with_its_members_by_name_and_edited() {
    let cli = Cli::init();
    cli.create_rescue_service();
    let id = cli.create(&[
        "meeting-series",
        "--group-name",
        "Samverkansgrupp Norrby",
        "--kind",
        "vecka",
        "--weekday",
        "torsdag",
        "--chair",
        "trygghetssamordnare",
        "--members",
        "Tyresö kommun",
        "--members",
        "Räddningstjänsten Södertörn",
    ]);
    let names = |cli: &Cli| {
        let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
        let orgs: Vec<Organisation> = store.all().expect("orgs");
        let series: MeetingSeries = store.require(id.parse().expect("id")).expect("series");
        series
            .members()
            .iter()
            .filter_map(|m| orgs.iter().find(|o| o.id == *m))
            .map(|o| o.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&cli),
        ["Tyresö kommun", "Räddningstjänsten Södertörn"]
    );
    // An organisation that is not there is named in the error, with the field.
    let why = cli.fails(&[
        "new",
        "meeting-series",
        "--group-name",
        "Samverkansgrupp Söder",
        "--kind",
        "vecka",
        "--weekday",
        "fredag",
        "--chair",
        "trygghetssamordnare",
        "--members",
        "Okänd förening",
    ]);
    assert!(why.contains("Okänd förening"), "{why}");
    assert!(why.contains("--members"), "{why}");
    // The list shows them by name, and edit replaces them.
    let listed = cli.ok(&["list", "meeting-series"]);
    assert!(listed.contains("Samverkansgrupp Norrby"), "{listed}");
    cli.ok(&["edit", &id, "--members", "Tyresö kommun"]);
    assert_eq!(names(&cli), ["Tyresö kommun"]);
}

/// A plan's follow-up interval has a default (a year, as a plan read from a spreadsheet gets):
/// a new user is not stopped by it, in the form or on the command line.
#[test]
fn a_plans_follow_up_interval_has_a_default() {
    let cli = Cli::init();
    let id = cli.create(&[
        "action-plan",
        "--title",
        "Åtgärdsplan 2027",
        "--period-start",
        "2027-01-01",
        "--period-end",
        "2027-12-31",
    ]);
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let plan: lagesbild::domain::ActionPlan = store.require(id.parse().expect("id")).expect("plan");
    assert_eq!(plan.review_interval_months, 12);
}

#[test]
fn the_plans_form_starts_with_the_follow_up_interval_filled_in() {
    let mut app = crate::tui_records::new_municipality(80, 24);
    lagesbild::tui::forms::record::open_new(
        &mut app.state,
        lagesbild::domain::EntityKind::ActionPlan,
        &[],
    );
    let field = app
        .form_field("review_interval_months")
        .expect("the interval is in the form");
    assert_eq!(field.value, "12");
    assert!(!field.required, "it has a value to start from");
    crate::tui_records::fill_and_save(
        &mut app,
        &[
            ("title", "Åtgärdsplan 2027"),
            ("period_start", "2027-01-01"),
            ("period_end", "2027-12-31"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let plans: Vec<lagesbild::domain::ActionPlan> = app.store().all().expect("plans");
    assert_eq!(plans[0].review_interval_months, 12);
}

/// `history` shows its times in Swedish time, as the TUI's `h` does, and its heading says so.
#[test]
fn history_shows_swedish_time_and_its_heading_says_so() {
    let cli = Cli::init();
    let id = cli.create_rescue_service();
    let shown = cli.ok(&["history", &id]);
    assert!(!shown.contains("UTC"), "{shown}");
    assert!(shown.contains("Tidpunkt (svensk tid)"), "{shown}");
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let at = store.history(id.parse().expect("id")).expect("history")[0]
        .at
        .expect("a time");
    let local = lagesbild::services::history::local_time(at, lagesbild::domain::Lang::Sv);
    assert!(shown.contains(&local), "{local} in {shown}");
}

/// `lagesbild` run without a database of its own: the default one is made, empty (no own
/// organisation, no shared terms), as a first start leaves it.
fn uninitialised(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(args)
        .env_remove("LAGESBILD_DB")
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("LAGESBILD_TODAY", "2026-11-19")
        .output()
        .expect("run lagesbild")
}

/// On a copy that is not set up, `new` says what to do first instead of naming a flag the
/// user cannot fill: set the copy up (its own organisation, the shared terms), or make the
/// record referred to.
#[test]
fn new_on_an_empty_copy_says_what_to_do_first() {
    let dir = tempfile::tempdir().expect("dir");
    let said = |args: &[&str]| {
        let out = uninitialised(dir.path(), args);
        assert!(!out.status.success(), "{args:?} succeeded");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // An observation needs a reporting organisation, which is the own one by default.
    let why = said(&["new", "observation", "--description", "Klotter vid torget"]);
    assert!(why.contains("ingen egen organisation"), "{why}");
    assert!(why.contains("lagesbild init"), "{why}");
    assert!(why.contains("--reporting-org"), "{why}");
    // A reference to a kind with no records at all: make one first (the terms: set up).
    let why = said(&[
        "new", "place", "--area", "Centrum", "--name", "Torget", "--kind", "torg",
    ]);
    assert!(why.contains("inget område ännu"), "{why}");
    assert!(why.contains("lagesbild new area"), "{why}");
    let why = said(&[
        "new",
        "observation",
        "--description",
        "Klotter vid torget",
        "--event-type",
        "Klotter",
    ]);
    assert!(why.contains("ingen händelsetyp ännu"), "{why}");
    assert!(why.contains("lagesbild init"), "{why}");
}
