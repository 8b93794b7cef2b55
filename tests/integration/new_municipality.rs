//! A new municipality sets up, from an empty database and without the demo, everything the
//! demo holds, through the command line only (issue 12, "Done when"); then the copy passes
//! `check`, and the minutes and the reports are written from it.

use super::record_cli::Cli;

/// A record's whole id, as a script reads it from `list <kind> --full-ids`.
fn id_in_list(cli: &Cli, kind: &str, name: &str) -> String {
    let listed = cli.ok(&["list", kind, "--full-ids"]);
    listed
        .lines()
        .find(|l| l.contains(name))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("{name} not in list {kind}:\n{listed}"))
        .to_string()
}

#[test]
fn a_municipality_is_set_up_from_the_command_line_alone() {
    let cli = Cli::init();
    // Three areas, one inside another.
    for (name, kind, parent) in [
        ("Centrala Tyresö", "kommundel", None),
        ("Granängsringen", "bostadsomrade", Some("Centrala Tyresö")),
        ("Granängstorget", "centrum", Some("Granängsringen")),
    ] {
        let mut args = vec![
            "area",
            "--name",
            name,
            "--kind",
            kind,
            "--police-status",
            "ingen",
        ];
        if let Some(p) = parent {
            args.extend(["--parent", p]);
        }
        cli.create(&args);
    }
    // Four places with coordinates.
    for (name, kind, lat, lon) in [
        ("Torget", "torg", "59.2391", "18.2297"),
        ("Busshållplatsen", "hallplats", "59.2386", "18.2301"),
        ("Gångtunneln", "gangtunnel", "59.2379", "18.2288"),
        ("Skolgården", "skolgard", "59.2402", "18.2310"),
    ] {
        // Typed as a map shows it.
        let position = format!("{lat}, {lon}");
        cli.create(&[
            "place",
            "--name",
            name,
            "--area",
            "Granängstorget",
            "--kind",
            kind,
            "--public-kind",
            "offentlig",
            "--position",
            &position,
        ]);
    }
    // Three partner organisations.
    for (name, kind) in [
        ("Lokalpolisområde Haninge/Nynäshamn", "polis_lpo"),
        ("Södertörns brandförsvarsförbund", "raddningstjanst"),
        ("Tyresö Bostäder", "kommunalt_bostadsbolag"),
    ] {
        cli.create(&[
            "organisation",
            "--name",
            name,
            "--kind",
            kind,
            "--is-authority",
            "ja",
        ]);
    }
    // A police alias on an event type, added to the one it has.
    let event_type = id_in_list(&cli, "event-type", "Skadegörelse/klotter");
    cli.ok(&[
        "edit",
        &event_type,
        "--police-aliases",
        "+Klotter på allmän plats",
    ]);
    assert!(cli.ok(&["history", &event_type]).contains("polisens typer"));
    // The plan: problem → cause → item → goal → indicator and one measured value.
    cli.create(&[
        "action-plan",
        "--title",
        "Åtgärdsplan 2027",
        "--period-start",
        "2027-01-01",
        "--period-end",
        "2027-12-31",
        "--review-interval-months",
        "4",
        "--status",
        "beslutad",
        "--decided-by",
        "ks",
        "--decided-on",
        "2026-12-10",
    ]);
    cli.create(&[
        "problem",
        "--title",
        "Skadegörelse vid Granängstorget",
        "--priority",
        "1",
        "--areas",
        "Granängstorget",
        "--event-types",
        "Skadegörelse/klotter",
    ]);
    let cause = cli.create(&[
        "cause",
        "--problem",
        "Skadegörelse vid Granängstorget",
        "--perspective",
        "situationell",
        "--triangle-side",
        "plats",
        "--certainty",
        "medel",
        "--description",
        "Mörkt kring tunneln.",
    ]);
    cli.create(&[
        "goal",
        "--text",
        "Mindre skadegörelse kring torget",
        "--plan",
        "Åtgärdsplan 2027",
        "--measurable",
        "ja",
    ]);
    cli.create(&[
        "plan-item",
        "--plan",
        "Åtgärdsplan 2027",
        "--number",
        "1",
        "--title",
        "Belysning och klotterplank",
        "--problem",
        "Skadegörelse vid Granängstorget",
        "--causes",
        &cause,
        "--goal",
        "Mindre skadegörelse kring torget",
        "--responsible-org",
        "Tyresö Bostäder",
    ]);
    cli.create(&[
        "indicator",
        "--goal",
        "Mindre skadegörelse kring torget",
        "--name",
        "Anmäld skadegörelse",
        "--unit",
        "antal",
        "--source",
        "bra_anmalda_brott",
        "--direction",
        "minska",
        "--frequency",
        "ar",
        "--baseline-value",
        "40",
        "--target-value",
        "30",
    ]);
    cli.create(&[
        "indicator-value",
        "--indicator",
        "Anmäld skadegörelse",
        "--period",
        "2026",
        "--measured-on",
        "2026-12-31",
        "--value",
        "37",
    ]);
    // The agreement with a priority, and a medborgarlöfte with two activities.
    cli.create(&[
        "agreement",
        "--title",
        "Samverkansöverenskommelse 2026–2027",
        "--period-start",
        "2026-01-01",
        "--period-end",
        "2027-12-31",
        "--party-orgs",
        "Tyresö kommun",
        "--party-orgs",
        "Lokalpolisområde Haninge/Nynäshamn",
        "--signed-by",
        "KSO, LPO-chef",
    ]);
    cli.create(&[
        "priority",
        "--agreement",
        "Samverkansöverenskommelse 2026–2027",
        "--number",
        "1",
        "--title",
        "Offentlig miljö",
        "--status",
        "beslutad",
    ]);
    cli.create(&[
        "citizen-promise",
        "--agreement",
        "Samverkansöverenskommelse 2026–2027",
        "--period-start",
        "2026-01-01",
        "--period-end",
        "2026-12-31",
        "--text",
        "Vi ska synas mer vid Granängstorget.",
        "--basis",
        "medborgardialog",
        "--places",
        "Torget",
    ]);
    for (n, activity) in [
        ("1", "Fotpatrull fredagkvällar"),
        ("2", "Trygghetsvandring varje tertial"),
    ] {
        cli.create(&[
            "promise-activity",
            "--promise",
            "Vi ska synas mer vid Granängstorget.",
            "--number",
            n,
            "--activity",
            activity,
            "--responsible-org",
            "Lokalpolisområde Haninge/Nynäshamn",
            "--status",
            "beslutad",
        ]);
    }
    // Two preventive measures.
    for title in ["Föräldrastöd i skolan", "Fritidsgård fredagkvällar"] {
        cli.create(&[
            "preventive-measure",
            "--title",
            title,
            "--level",
            "universell",
            "--status",
            "aktiv",
            "--themes",
            "Alkohol",
            "--responsible-org",
            "Tyresö kommun",
        ]);
    }
    // A place project with an inspection and a finding turned into an action.
    cli.create(&[
        "place-project",
        "--name",
        "Ett tryggare Granängsringen",
        "--short-name",
        "Granängsringen",
        "--area",
        "Granängsringen",
        "--started-on",
        "2026-03-01",
        "--partner-orgs",
        "Tyresö Bostäder",
    ]);
    cli.create(&[
        "inspection",
        "--project",
        "Ett tryggare Granängsringen",
        "--area",
        "Granängsringen",
        "--date",
        "2026-04-10",
        "--kind",
        "trygghetsbesiktning",
        "--summary",
        "Besiktning med boende och bostadsbolaget.",
    ]);
    let finding = cli.create(&[
        "finding",
        "--inspection",
        "Besiktning med boende och bostadsbolaget.",
        "--place",
        "Gångtunneln",
        "--issue",
        "Trasig belysning i tunneln",
        "--suggested-action",
        "Byt armaturer",
    ]);
    let action = cli.create(&[
        "action",
        "--title",
        "Byt armaturer i gångtunneln",
        "--kind",
        "situationell",
        "--horizon",
        "kort",
        "--status",
        "beslutad",
        "--origin",
        "besiktning",
        "--finding",
        &finding,
        "--place",
        "Gångtunneln",
        "--responsible-org",
        "Tyresö Bostäder",
        "--due-on",
        "2026-12-15",
    ]);
    cli.ok(&["edit", &finding, "--action", &action]);
    // Observations, and the weekly meeting they are discussed at.
    for (on, text) in [
        ("2026-11-16", "Klotter på tunnelns väggar."),
        ("2026-11-17", "Krossad lampa vid torget."),
    ] {
        cli.create(&[
            "observation",
            "--reporting-org",
            "Tyresö Bostäder",
            "--event-type",
            "Skadegörelse/klotter",
            "--area",
            "Granängstorget",
            "--place",
            "Gångtunneln",
            "--occurred-on",
            on,
            "--description",
            text,
            "--grade",
            "2",
            "--severity",
            "storning",
            "--source",
            "rapportor",
            "--review-status",
            "granskad",
        ]);
    }
    let meeting = cli.create(&[
        "meeting",
        "--kind",
        "vecka",
        "--group-name",
        "Samverkansgrupp trygghet",
        "--date",
        "2026-11-19",
        "--status",
        "planerat",
        "--chair",
        "trygghetssamordnare",
        "--note-taker",
        "kommunpolis",
    ]);
    cli.create(&[
        "attendance",
        "--meeting",
        &meeting,
        "--organisation",
        "Lokalpolisområde Haninge/Nynäshamn",
        "--presence",
        "narvarande",
    ]);
    cli.create(&[
        "agenda-item",
        "--meeting",
        &meeting,
        "--number",
        "1",
        "--kind",
        "omrade",
        "--area",
        "Granängstorget",
        "--title",
        "Granängstorget",
        "--text",
        "Klotter och krossad belysning.",
    ]);
    // Closed as the Möte tab closes it (its status alone would not establish the picture).
    let said = cli.ok(&["meeting", "close", &meeting]);
    assert!(said.contains("är avslutat"), "{said}");

    // Everything is there, and the copy passes the check.
    let stats = cli.ok(&["stats"]);
    assert!(!stats.is_empty());
    assert_eq!(cli.ok(&["list", "area"]).matches("ja ").count(), 3);
    assert_eq!(cli.ok(&["list", "place"]).lines().count(), 2 + 4);
    assert_eq!(cli.ok(&["list", "promise-activity"]).lines().count(), 2 + 2);
    let observations = cli.ok(&["list", "observations", "--week", "2026-W47"]);
    assert!(observations.contains("Krossad lampa"), "{observations}");
    {
        let store = lagesbild::store::Store::open(cli.path(), lagesbild::store::Access::ReadOnly)
            .expect("open");
        let places: Vec<lagesbild::domain::Place> = store.all().expect("places");
        assert_eq!(places.len(), 4);
        assert!(
            places
                .iter()
                .all(|p| p.lat.is_some_and(|l| (59.0..60.0).contains(&l))
                    && p.lon.is_some_and(|l| (18.0..19.0).contains(&l)))
        );
        let areas: Vec<lagesbild::domain::Area> = store.all().expect("areas");
        let parent_of = |name: &str| {
            let area = areas.iter().find(|a| a.name == name).expect("area");
            area.parent_id
                .and_then(|p| areas.iter().find(|a| a.id == p))
                .map(|a| a.name.clone())
        };
        assert_eq!(
            parent_of("Granängstorget").as_deref(),
            Some("Granängsringen")
        );
        assert_eq!(
            parent_of("Granängsringen").as_deref(),
            Some("Centrala Tyresö")
        );
        let finding: lagesbild::domain::Finding = store
            .get(finding.parse().expect("id"))
            .expect("get")
            .expect("finding");
        assert_eq!(
            finding.action_id.map(|a| a.to_string()),
            Some(action.clone())
        );
    }
    let check = cli.ok(&["check"]);
    assert!(!check.contains("FEL"), "{check}");
    // The minutes and the reports are written from it.
    let dir = cli
        .path()
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let minutes = dir.join("protokoll.md");
    cli.ok(&[
        "minutes",
        "2026-11-19",
        "--format",
        "md",
        "--output",
        &minutes.to_string_lossy(),
    ]);
    let text = std::fs::read_to_string(&minutes).expect("minutes");
    assert!(
        text.contains("Granängstorget") && text.contains("Klotter och krossad belysning."),
        "{text}"
    );
    let plan = dir.join("plan.md");
    let out = super::setup::lagesbild(
        cli.path(),
        &[
            "report",
            "plan",
            "--format",
            "md",
            "--output",
            &plan.to_string_lossy(),
        ],
    );
    assert!(out.status.success(), "{}", super::setup::text(&out.stderr));
    let plan = std::fs::read_to_string(&plan).expect("plan");
    assert!(
        plan.contains("Belysning och klotterplank") && plan.contains("Anmäld skadegörelse"),
        "{plan}"
    );
}
