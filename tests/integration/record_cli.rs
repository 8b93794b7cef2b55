//! The record command line on the real binary: for every kind in the registry, new → list
//! shows it → edit → history → delete; a referenced record is refused and deactivated instead.

use std::path::{Path, PathBuf};

use super::setup::{lagesbild, text};
use lagesbild::domain::{EntityKind, Lang, Vocabulary};

pub struct Cli {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Cli {
    /// A new copy set up with `init`, without the demo.
    pub fn init() -> Cli {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("kommun.db");
        let cli = Cli { _dir: dir, db };
        cli.ok(&[
            "init",
            "--municipality",
            "Tyresö",
            "--organisation",
            "Tyresö kommun",
            "--function",
            "trygghetssamordnare",
        ]);
        cli
    }

    /// Runs the binary and returns its output; it must succeed.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = lagesbild(&self.db, args);
        assert!(
            out.status.success(),
            "lagesbild {}\n{}{}",
            args.join(" "),
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// Runs the binary; it must fail. Returns its error text.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = lagesbild(&self.db, args);
        assert!(
            !out.status.success(),
            "lagesbild {} succeeded",
            args.join(" ")
        );
        text(&out.stderr)
    }

    /// `new …` (creates a record): the id of the new record.
    pub fn create(&self, args: &[&str]) -> String {
        let mut all = vec!["new"];
        all.extend_from_slice(args);
        let said = self.ok(&all);
        said.split("sparad: ")
            .nth(1)
            .map(|s| s.lines().next().unwrap_or_default().trim().to_string())
            .unwrap_or_else(|| panic!("no id in: {said}"))
    }

    /// A rescue service organisation (a record of the simplest kind): its id.
    pub fn create_rescue_service(&self) -> String {
        self.create(&[
            "organisation",
            "--name",
            "Räddningstjänsten Södertörn",
            "--kind",
            "raddningstjanst",
        ])
    }

    pub fn path(&self) -> &Path {
        &self.db
    }

    /// The short id `list <kind>` prints for the record `id` (the first column of its row):
    /// at least 8 characters, a beginning of the id, shorter than the whole.
    pub fn short_id(&self, kind: EntityKind, id: &str) -> String {
        let word = kind.code().replace('_', "-");
        let listed = self.ok(&["list", &word]);
        let short = listed
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .find(|first| first.len() >= 8 && id.starts_with(first))
            .unwrap_or_else(|| panic!("{id} not listed:\n{listed}"))
            .to_string();
        assert!(
            short.len() < id.len(),
            "list {word} prints short ids: {short}"
        );
        short
    }
}

/// One kind's lifecycle: how to create one, and one edit with the field it changes.
struct Case {
    kind: EntityKind,
    new: Vec<String>,
    edit: Vec<String>,
    field: &'static str,
}

fn case(kind: EntityKind, new: &[&str], edit: &[&str], field: &'static str) -> Case {
    Case {
        kind,
        new: new.iter().map(|s| s.to_string()).collect(),
        edit: edit.iter().map(|s| s.to_string()).collect(),
        field,
    }
}

#[test]
fn every_kind_can_be_created_listed_edited_traced_and_deleted() {
    use EntityKind as K;
    let cli = Cli::init();
    let org = "Räddningstjänsten Södertörn";
    let mut cases = vec![
        case(
            K::Organisation,
            &["--name", org, "--kind", "raddningstjanst"],
            &["--short-name", "RTJ"],
            "short_name",
        ),
        case(
            K::Participant,
            &["--organisation", org, "--function", "brandinspektör"],
            &["--function", "insatsledare"],
            "function",
        ),
        case(
            K::Term,
            &[
                "--vocabulary",
                "place_kind",
                "--code",
                "brygga",
                "--label-sv",
                "Brygga",
                "--label-en",
                "Jetty",
                "--sort",
                "99",
            ],
            &["--label-en", "Pier"],
            "label_en",
        ),
        case(
            K::Area,
            &[
                "--name",
                "Norrby",
                "--kind",
                "bostadsomrade",
                "--police-status",
                "ingen",
            ],
            &["--code", "0138C1010"],
            "code",
        ),
        case(
            K::Place,
            &[
                "--name",
                "Norrby torg",
                "--area",
                "Norrby",
                "--kind",
                "torg",
                "--public-kind",
                "offentlig",
                "--lat",
                "59.2391",
                "--lon",
                "18.2297",
            ],
            &["--lat", "59.2401"],
            "lat",
        ),
        case(
            K::EventType,
            &[
                "--code",
                "klotter_bro",
                "--label-sv",
                "Klotter på bro",
                "--label-en",
                "Bridge graffiti",
                "--group-code",
                "skadegorelse",
                "--is-crime",
                "ja",
                "--police-aliases",
                "Skadegörelse",
                "--sort",
                "500",
            ],
            &[
                "--police-aliases",
                "Skadegörelse",
                "--police-aliases",
                "Klotter",
            ],
            "police_aliases",
        ),
        case(
            K::Observation,
            &[
                "--reporting-org",
                org,
                "--event-type",
                "Klotter på bro",
                "--area",
                "Norrby",
                "--place",
                "Norrby torg",
                "--occurred-on",
                "2026-11-17",
                "--description",
                "Klotter på busskuren.",
                "--grade",
                "2",
                "--severity",
                "storning",
                "--source",
                "rapportor",
                "--review-status",
                "ny",
            ],
            &["--review-status", "granskad"],
            "review_status",
        ),
        case(
            K::PoliceEvent,
            &[
                "--police-id",
                "900001",
                "--published-at",
                "2026-11-17T10:00:00Z",
                "--name",
                "17 november 10.00, Skadegörelse, Tyresö",
                "--summary",
                "Klotter.",
                "--url",
                "https://polisen.se/aktuellt/handelser/",
                "--police-type",
                "Skadegörelse",
                "--municipality",
                "Tyresö",
            ],
            &["--summary", "Klotter på bron."],
            "summary",
        ),
        case(
            K::Meeting,
            &[
                "--kind",
                "vecka",
                "--group-name",
                "Samverkansgrupp trygghet",
                "--date",
                "2026-11-19",
                "--status",
                "planerat",
            ],
            &["--location", "Stadshuset, rum 3"],
            "location",
        ),
        case(
            K::MeetingSeries,
            &[
                "--group-name",
                "Samverkansgrupp Norrby",
                "--kind",
                "vecka",
                "--weekday",
                "torsdag",
                "--chair",
                "trygghetssamordnare",
            ],
            &["--location", "Stadshuset, rum 4"],
            "location",
        ),
        case(
            K::Attendance,
            &[
                "--meeting",
                "Samverkansgrupp trygghet",
                "--organisation",
                org,
                "--presence",
                "narvarande",
            ],
            &["--presence", "delvis"],
            "presence",
        ),
        case(
            K::AgendaItem,
            &[
                "--meeting",
                "Samverkansgrupp trygghet",
                "--number",
                "1",
                "--kind",
                "oppnande",
                "--title",
                "Mötets öppnande",
            ],
            &["--text", "Ordföranden öppnade mötet."],
            "text",
        ),
        case(
            K::SituationPicture,
            &[
                "--level",
                "vecka",
                "--period-start",
                "2026-11-16",
                "--period-end",
                "2026-11-22",
                "--status",
                "utkast",
                "--summary",
                "Lugn vecka.",
            ],
            &["--distribution", "Samverkansgruppen"],
            "distribution",
        ),
        case(
            K::AreaAssessment,
            &[
                // A situation picture is named by its period.
                "--picture",
                "Lägesbild v. 47 2026",
                "--area",
                "Norrby",
                "--level",
                "lugnt",
                "--trend",
                "oforandrad",
                "--text",
                "Lugnt vid torget.",
            ],
            &["--is-priority", "ja"],
            "is_priority",
        ),
        case(
            K::Problem,
            &[
                "--title",
                "Skadegörelse vid Norrby torg",
                "--priority",
                "1",
                "--areas",
                "Norrby",
            ],
            &["--evidence", "EST-rapporter 2026"],
            "evidence",
        ),
        case(
            K::Cause,
            &[
                "--problem",
                "Skadegörelse vid Norrby torg",
                "--perspective",
                "situationell",
                "--triangle-side",
                "plats",
                "--certainty",
                "medel",
                "--description",
                "Dålig belysning.",
            ],
            &["--certainty", "hog"],
            "certainty",
        ),
        case(
            K::ActionPlan,
            &[
                "--title",
                "Åtgärdsplan 2027",
                "--period-start",
                "2027-01-01",
                "--period-end",
                "2027-12-31",
                "--review-interval-months",
                "4",
                "--status",
                "utkast",
            ],
            &["--status", "beslutad"],
            "status",
        ),
        case(
            K::Goal,
            &[
                "--text",
                "Minskad skadegörelse",
                "--plan",
                "Åtgärdsplan 2027",
            ],
            &["--measurable", "ja"],
            "measurable",
        ),
        case(
            K::PlanItem,
            &[
                "--plan",
                "Åtgärdsplan 2027",
                "--number",
                "1",
                "--title",
                "Belysning vid torget",
                "--problem",
                "Skadegörelse vid Norrby torg",
                "--goal",
                "Minskad skadegörelse",
            ],
            &["--resources", "50 tkr"],
            "resources",
        ),
        case(
            K::Indicator,
            &[
                "--goal",
                "Minskad skadegörelse",
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
            ],
            &["--target-value", "25"],
            "target_value",
        ),
        case(
            K::IndicatorValue,
            &[
                "--indicator",
                "Anmäld skadegörelse",
                "--period",
                "2026",
                "--measured-on",
                "2026-12-31",
                "--value",
                "38",
            ],
            &["--note", "Preliminärt."],
            "note",
        ),
        case(
            K::Agreement,
            &[
                "--title",
                "Samverkansöverenskommelse 2026–2027",
                "--period-start",
                "2026-01-01",
                "--period-end",
                "2027-12-31",
                "--party-orgs",
                "Tyresö kommun",
                "--party-orgs",
                org,
            ],
            &["--signed-on", "2026-02-01"],
            "signed_on",
        ),
        case(
            K::Priority,
            &[
                "--agreement",
                "Samverkansöverenskommelse 2026–2027",
                "--number",
                "1",
                "--title",
                "Offentlig miljö",
                "--status",
                "beslutad",
            ],
            &["--status", "pagar"],
            "status",
        ),
        case(
            K::CitizenPromise,
            &[
                "--agreement",
                "Samverkansöverenskommelse 2026–2027",
                "--period-start",
                "2026-01-01",
                "--period-end",
                "2026-12-31",
                "--text",
                "Vi ska synas mer vid Norrby torg.",
                "--basis",
                "medborgardialog",
                "--places",
                "Norrby torg",
            ],
            &["--basis", "statistik"],
            "basis",
        ),
        case(
            K::PromiseActivity,
            &[
                "--promise",
                "Vi ska synas mer vid Norrby torg.",
                "--number",
                "1",
                "--activity",
                "Fotpatrull fredagkvällar",
                "--responsible-org",
                org,
                "--status",
                "beslutad",
            ],
            &["--status", "pagar"],
            "status",
        ),
        case(
            K::PlaceProject,
            &[
                "--name",
                "Ett tryggare Norrby",
                "--area",
                "Norrby",
                "--started-on",
                "2026-03-01",
                "--short-name",
                "Norrby",
            ],
            &["--vision", "Ett torg där alla känner sig trygga."],
            "vision",
        ),
        case(
            K::Inspection,
            &[
                "--project",
                "Ett tryggare Norrby",
                "--area",
                "Norrby",
                "--date",
                "2026-04-10",
                "--kind",
                "trygghetsvandring",
                "--summary",
                "Vandring med boende.",
            ],
            &["--participant-orgs", org],
            "participant_org_ids",
        ),
        case(
            K::Finding,
            &[
                "--inspection",
                "Vandring med boende.",
                "--place",
                "Norrby torg",
                "--issue",
                "Trasig belysning",
                "--suggested-action",
                "Byt armaturer",
            ],
            &["--owner-org", org],
            "owner_org_id",
        ),
        case(
            K::Action,
            &[
                "--title",
                "Byt armaturer vid torget",
                "--kind",
                "situationell",
                "--horizon",
                "kort",
                "--status",
                "beslutad",
                "--origin",
                "besiktning",
                "--finding",
                "Trasig belysning",
            ],
            &["--status", "pagar"],
            "status",
        ),
        case(
            K::Theme,
            &[
                "--code",
                "spel_test",
                "--label-sv",
                "Spel om pengar",
                "--sort",
                "99",
            ],
            &["--label-en", "Gambling"],
            "label_en",
        ),
        case(
            K::Factor,
            &[
                "--label",
                "Svag skolanknytning",
                "--factor-type",
                "risk",
                "--context",
                "skola",
                "--themes",
                "Spel om pengar",
            ],
            &["--context", "samhalle"],
            "context",
        ),
        case(
            K::PreventiveMeasure,
            &[
                "--title",
                "Föräldrastöd",
                "--level",
                "universell",
                "--status",
                "aktiv",
                "--themes",
                "Spel om pengar",
                "--factors",
                "Svag skolanknytning",
                "--responsible-org",
                "Tyresö kommun",
            ],
            &["--status", "pausad"],
            "status",
        ),
    ];
    let mut ids: Vec<(EntityKind, String)> = Vec::new();
    for c in &mut cases {
        let word = c.kind.code().replace('_', "-");
        let mut args = vec![word.as_str()];
        args.extend(c.new.iter().map(String::as_str));
        let id = cli.create(&args);
        // The list shows it by a short id; --full-ids by the whole.
        let short = cli.short_id(c.kind, &id);
        assert!(cli.ok(&["list", &word, "--full-ids"]).contains(&id));
        // The edit by the short id changes the field, and the history names it.
        let mut edit = vec!["edit", short.as_str()];
        edit.extend(c.edit.iter().map(String::as_str));
        let edited = cli.ok(&edit);
        assert!(edited.contains("1 fält ändrades"), "{word}: {edited}");
        let history = cli.ok(&["history", &short]);
        // History names the field as a person reads it ("kortnamn"), not its code.
        let label = c.kind.field_label(c.field, Lang::Sv).unwrap_or(c.field);
        assert!(
            history.contains("posten skapades") && history.contains(label),
            "{word}:\n{history}"
        );
        ids.push((c.kind, id));
    }
    // A follow-up of the action: its subject is any kind, named by id.
    let action = ids
        .iter()
        .find(|(k, _)| *k == K::Action)
        .map(|(_, id)| id.clone())
        .unwrap_or_default();
    let follow_up = cli.create(&[
        "follow-up",
        "--subject-kind",
        "action",
        "--subject",
        &action,
        "--date",
        "2026-11-19",
        "--comment",
        "Påbörjad.",
    ]);
    cli.ok(&["edit", &follow_up, "--status-after", "pagar"]);
    assert!(
        cli.ok(&["list", "follow-up", "--full-ids"])
            .contains(&follow_up)
    );
    ids.push((K::FollowUp, follow_up));
    let covered: std::collections::BTreeSet<_> = ids.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        covered.len(),
        EntityKind::ALL.len(),
        "every kind is covered"
    );

    // Every kind without an inactive state says so, and what to do instead, naming the
    // record as it was typed; nothing changes.
    use lagesbild::store::retire::{Deactivation, deactivation};
    for (kind, id) in &ids {
        if deactivation(*kind) != Deactivation::Unsupported {
            continue;
        }
        let short = cli.short_id(*kind, id);
        let err = cli.fails(&["delete", &short, "--deactivate"]);
        let names_it = err.contains(&format!("lagesbild edit {short}"))
            || err.contains(&format!("lagesbild delete {short}"))
            || (*kind == K::PoliceEvent && err.contains("--review-status avford"));
        assert!(
            err.contains("kan inte inaktiveras") && names_it && err.contains("Inget har ändrats"),
            "{}: {err}",
            kind.code()
        );
    }

    // The area is referred to: its delete is refused, naming what refers to it; it can be
    // deactivated, and then leaves use but stays listed and in history.
    let area = ids
        .iter()
        .find(|(k, _)| *k == K::Area)
        .map(|(_, id)| id.clone())
        .unwrap_or_default();
    let short = cli.short_id(K::Area, &area);
    let refused = cli.fails(&["delete", &short]);
    assert!(
        refused.contains("kan inte tas bort")
            && refused.contains("plats ”Norrby torg” (fältet område)")
            && refused.contains(&format!("lagesbild delete {short} --deactivate")),
        "{refused}"
    );
    assert!(
        cli.ok(&["list", "area"]).contains(&short),
        "nothing changed"
    );
    let said = cli.ok(&["delete", &short, "--deactivate"]);
    assert!(said.contains("inaktiverad"), "{said}");
    let listed = cli.ok(&["list", "area"]);
    let row = listed
        .lines()
        .find(|l| l.starts_with(&short))
        .unwrap_or_default()
        .to_string();
    assert!(row.contains("nej"), "{listed}");
    assert!(cli.ok(&["history", &short]).contains("aktiv"));
    // Undone, it is in use again.
    let said = cli.ok(&["undo"]);
    assert!(
        said.contains("Ångrade: Inaktiverade område ”Norrby”"),
        "{said}"
    );
    let listed = cli.ok(&["list", "area"]);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with(&short) && l.contains("ja")),
        "{listed}"
    );

    // Deleted by short id in reverse order, each is unreferenced by then and leaves its list;
    // an event type is never deleted, only deactivated (as in the TUI).
    for (kind, id) in ids.iter().rev() {
        let word = kind.code().replace('_', "-");
        let short = cli.short_id(*kind, id);
        if *kind == K::EventType {
            let refused = cli.fails(&["delete", &short]);
            assert!(refused.contains("tas aldrig bort"), "{refused}");
            let said = cli.ok(&["delete", &short, "--deactivate"]);
            assert!(said.contains("inaktiverad"), "{said}");
            continue;
        }
        let said = cli.ok(&["delete", &short]);
        assert!(said.contains("borttagen"), "{word}: {said}");
        assert!(
            !cli.ok(&["list", &word, "--full-ids"]).contains(id.as_str()),
            "{word}"
        );
    }
    // The last delete (the organisation) is undone: it is back in its list.
    let org_id = &ids[0].1;
    let said = cli.ok(&["undo"]);
    assert!(
        said.contains("Ångrade: Tog bort organisation ”Räddningstjänsten Södertörn”"),
        "{said}"
    );
    assert!(
        cli.ok(&["list", "organisation", "--full-ids"])
            .contains(org_id.as_str())
    );
    let check = cli.ok(&["check"]);
    assert!(!check.is_empty());
}

#[test]
fn errors_name_the_field_and_the_candidates() {
    let cli = Cli::init();
    cli.create(&[
        "area",
        "--name",
        "Centrala Sjövik",
        "--kind",
        "kommundel",
        "--police-status",
        "ingen",
    ]);
    cli.create(&[
        "area",
        "--name",
        "Ekudden",
        "--kind",
        "kommundel",
        "--parent",
        "Centrala Sjövik",
        "--police-status",
        "ingen",
    ]);
    // An unknown name: the field and the candidates are named.
    let err = cli.fails(&[
        "new",
        "area",
        "--name",
        "Ö",
        "--kind",
        "kommundel",
        "--parent",
        "Centrala Sjöby",
        "--police-status",
        "ingen",
    ]);
    assert!(
        err.contains("Fältet ”Överordnad” (--parent)") && err.contains("”Centrala Sjövik”"),
        "{err}"
    );
    // Two of the same name: ambiguous, with both ids.
    cli.create(&[
        "area",
        "--name",
        "Ekudden",
        "--kind",
        "bostadsomrade",
        "--police-status",
        "ingen",
    ]);
    let err = cli.fails(&[
        "new",
        "place",
        "--name",
        "Bryggan",
        "--area",
        "ekudden",
        "--kind",
        "torg",
        "--public-kind",
        "offentlig",
    ]);
    assert!(
        err.contains("flera poster") && err.matches("Ekudden (").count() == 2,
        "{err}"
    );
    // A vocabulary code that does not exist: the valid codes are listed.
    let err = cli.fails(&[
        "new",
        "area",
        "--name",
        "X",
        "--kind",
        "kommundel",
        "--police-status",
        "farlig",
    ]);
    assert!(
        err.contains("”Polisens områdesstatus” (--police-status)")
            && err.contains("sarskilt_utsatt"),
        "{err}"
    );
    // What is missing is said, all at once, by label and flag; a pick list's first choice
    // (public or private) is taken as the form takes it.
    let err = cli.fails(&["new", "place", "--name", "Bryggan"]);
    assert!(
        err.contains("fälten ”Område” (--area), ”Typ” (--kind)") && !err.contains("--public-kind"),
        "{err}"
    );
    // A value the store's validation refuses (a date that is none) names the field.
    let err = cli.fails(&[
        "new",
        "action-plan",
        "--title",
        "P",
        "--period-start",
        "2027-13-01",
        "--period-end",
        "2027-12-31",
        "--review-interval-months",
        "4",
        "--status",
        "utkast",
    ]);
    assert!(
        err.contains("Fältet ”Periodens början” (--period-start)") && err.contains("ett datum"),
        "{err}"
    );
    // Help lists the codes of a vocabulary and of a term vocabulary.
    let help = cli.ok(&["new", "area", "--help"]);
    assert!(
        help.contains("sarskilt_utsatt") && help.contains("kommundel") && help.contains("[krävs]"),
        "{help}"
    );
    // An id prefix: 8 characters made in the same minute are ambiguous, and the error says so.
    let listed = cli.ok(&["list", "area", "--full-ids"]);
    let id = listed
        .lines()
        .find(|l| l.contains("Centrala Sjövik"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_default()
        .to_string();
    let err = cli.fails(&["history", &id[..8]]);
    assert!(err.contains("flera id"), "{err}");
    let history = cli.ok(&["history", &id[..23]]);
    assert!(history.contains("posten skapades"), "{history}");
    let err = cli.fails(&["edit", "zz", "--name", "Y"]);
    assert!(err.contains("inget id"), "{err}");
}

#[test]
fn personal_data_is_refused_unless_confirmed_and_intern_is_explained() {
    let cli = Cli::init();
    cli.create(&["problem", "--title", "Oro vid torget", "--priority", "1"]);
    let err = cli.fails(&[
        "new",
        "problem",
        "--title",
        "Oro",
        "--priority",
        "2",
        "--description",
        "Ring 070-123 45 67 om bilen ABC 123.",
    ]);
    assert!(
        err.contains("fältet ”Beskrivning” (--description)")
            && err.contains("personuppgifter")
            && err.contains("--confirm-personal-data"),
        "{err}"
    );
    assert_eq!(
        cli.ok(&["list", "problem"]).matches("Oro").count(),
        1,
        "nothing was saved"
    );
    let id = cli.create(&[
        "problem",
        "--title",
        "Oro",
        "--priority",
        "2",
        "--description",
        "Ring 070-123 45 67 om bilen ABC 123.",
        "--confirm-personal-data",
    ]);
    let store = lagesbild::store::Store::open(cli.path(), lagesbild::store::Access::ReadOnly)
        .expect("open");
    let problem: lagesbild::domain::Problem = store
        .get(id.parse().expect("id"))
        .expect("get")
        .expect("problem");
    assert!(
        problem.pii_confirmed,
        "the confirmation is kept with the record"
    );
    drop(store);
    let said = cli.ok(&["edit", &id, "--classification", "intern"]);
    assert!(said.contains("lämnar aldrig den här kopian"), "{said}");
    let listed = cli.ok(&["list", "problem", "--full-ids"]);
    assert!(
        listed
            .lines()
            .any(|l| l.contains(&id) && l.contains("intern")),
        "{listed}"
    );
}

#[test]
fn an_actions_status_follows_the_status_rules() {
    let cli = Cli::init();
    let id = cli.create(&[
        "action",
        "--title",
        "Röj buskage",
        "--kind",
        "situationell",
        "--horizon",
        "kort",
        "--status",
        "beslutad",
        "--origin",
        "vecka",
    ]);
    cli.ok(&["edit", &id, "--status", "genomford"]);
    let store = lagesbild::store::Store::open(cli.path(), lagesbild::store::Access::ReadOnly)
        .expect("open");
    let action: lagesbild::domain::Action = store
        .get(id.parse().expect("id"))
        .expect("get")
        .expect("action");
    assert_eq!(
        action.done_on,
        Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 19).expect("day"))
    );
    drop(store);
    // Done is done: it is not cancelled afterwards, and a cancelled one is not done.
    let err = cli.fails(&["edit", &id, "--status", "installd"]);
    assert!(
        err.contains("Fältet ”Status” (--status)") && err.contains("”genomförd” till ”inställd”"),
        "{err}"
    );
    let other = cli.create(&[
        "action",
        "--title",
        "Klotterplank",
        "--kind",
        "situationell",
        "--horizon",
        "kort",
        "--status",
        "beslutad",
        "--origin",
        "vecka",
    ]);
    cli.ok(&["edit", &other, "--status", "installd"]);
    let err = cli.fails(&["edit", &other, "--status", "genomford"]);
    assert!(
        err.contains("Fältet ”Status” (--status)") && err.contains("Föreslå åtgärden på nytt"),
        "{err}"
    );
}

/// `--db` on the command line before `edit` (instead of `LAGESBILD_DB`) edits the record: the
/// global path flag is no field (it panicked on its type), and a deleted record is not edited.
#[test]
fn edit_takes_the_database_from_the_command_line_and_leaves_a_deleted_record_alone() {
    let cli = Cli::init();
    let id = cli.create_rescue_service();
    let db = cli.path().to_string_lossy().into_owned();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(["--db", &db, "edit", &id, "--short-name", "RTJ"])
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", cli.path().parent().unwrap_or(cli.path()))
        .output()
        .expect("run lagesbild");
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("1 fält ändrades"),
        "{}",
        text(&out.stdout)
    );
    cli.ok(&["delete", &id]);
    let refused = cli.fails(&["edit", &id, "--short-name", "RS"]);
    assert!(refused.contains("borttagen"), "{refused}");
}
