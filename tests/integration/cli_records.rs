//! The record command line's gaps of issue 12 on the real binary: `list` covers every kind the
//! demo holds, with short ids and references by name; an ambiguous prefix names its
//! candidates; `undo` is the TUI's undo; a new record needs only what the form needs; closing
//! a meeting from the command line is the Möte screen's close; the help is Swedish.

use std::collections::BTreeSet;

use lagesbild::domain::{
    Area, Classification, EntityKind, Id, Lang, Meeting, MeetingStatus, PictureStatus,
    PoliceStatus, SituationPicture, Vocabulary,
};
use lagesbild::report::{self, Format, MinutesTitle, Options};
use lagesbild::store::{Access, Store};

use super::common::app::{open, town_app};
use super::record_cli::Cli;
use super::setup::{lagesbild, text};

/// Whether `text` holds a whole UUID (8-4-4-4-12 hex digits).
fn has_uuid(text: &str) -> bool {
    let uuid = regex::Regex::new(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        .expect("regex");
    uuid.is_match(text)
}

#[test]
fn list_covers_every_kind_the_demo_holds_with_short_ids_and_names_for_references() {
    let cli = Cli::init();
    cli.ok(&["demo"]);
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let mut listed_kinds = 0;
    for kind in EntityKind::ALL {
        let live = store.live_json(*kind).expect("live").len();
        let word = kind.code().replace('_', "-");
        let listed = cli.ok(&["list", &word]);
        if live == 0 {
            assert!(listed.starts_with("Det finns"), "{word}: {listed}");
            continue;
        }
        listed_kinds += 1;
        // A heading, a rule, one row per live record.
        let rows: Vec<&str> = listed.lines().skip(2).filter(|l| !l.is_empty()).collect();
        assert_eq!(rows.len(), live, "list {word}:\n{listed}");
        assert!(
            !has_uuid(&listed),
            "list {word} shows no whole id, neither its own nor a reference's:\n{listed}"
        );
        // The first row's short id is taken by history.
        let short = rows[0].split_whitespace().next().unwrap_or_default();
        assert!(short.len() >= 8, "{word}: {short}");
        let history = cli.ok(&["history", short]);
        assert!(history.contains("posten skapades"), "{word}: {history}");
    }
    assert!(
        listed_kinds >= 25,
        "the demo holds most kinds: {listed_kinds}"
    );
    // References by name: an attendance says which meeting and organisation.
    let attendance = cli.ok(&["list", "attendance"]);
    assert!(
        attendance.contains("möte: Samverkansgrupp") && attendance.contains("organisation: "),
        "{attendance}"
    );
    // A cause is named by its description, as its pickers name it.
    let causes = cli.ok(&["list", "cause"]);
    let first_cause = store
        .named(EntityKind::Cause, None)
        .expect("causes")
        .into_iter()
        .next()
        .expect("a cause");
    let first_line: String = first_cause
        .name
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(30)
        .collect();
    assert!(causes.contains(&first_line), "{causes}");
    // Whole ids on request.
    let full = cli.ok(&["list", "area", "--full-ids"]);
    assert!(has_uuid(&full), "{full}");
    // The working lists end each row with the short id, which history takes.
    for list in [
        "observations",
        "actions",
        "meetings",
        "priorities",
        "measures",
    ] {
        let listed = cli.ok(&["list", list, "--limit", "3"]);
        let heading = listed.lines().next().unwrap_or_default();
        assert!(heading.trim_end().ends_with("Id"), "{list}:\n{listed}");
        let row = listed.lines().nth(2).unwrap_or_default();
        let short = row.split_whitespace().last().unwrap_or_default();
        assert!(short.len() >= 8 && !has_uuid(row), "{list}: {row}");
        let history = cli.ok(&["history", short]);
        assert!(history.contains("posten skapades"), "{list}: {history}");
    }
}

/// Two areas whose ids share their first 12 characters, made directly in the store.
fn twin_areas(cli: &Cli) -> [Id; 2] {
    let ids: [Id; 2] = [
        "0193aaaa-bbbb-7000-8000-000000000001".parse().expect("id"),
        "0193aaaa-bbbb-7000-8000-000000000002".parse().expect("id"),
    ];
    let mut store = Store::open(cli.path(), Access::ReadWrite).expect("open");
    store
        .write(|w| {
            for (id, name) in ids.iter().zip(["Ekudden", "Granängsringen"]) {
                w.create(&Area {
                    id: *id,
                    classification: Classification::Begransad,
                    ..super::common::town::area(name)
                })?;
            }
            Ok(())
        })
        .expect("areas");
    ids
}

#[test]
fn a_short_id_grows_until_it_is_unique_and_an_ambiguous_prefix_names_the_candidates() {
    let cli = Cli::init();
    let ids = twin_areas(&cli);
    let listed = cli.ok(&["list", "area"]);
    // Eight characters would name both: the list prints as many as tell them apart.
    for (id, name) in ids.iter().zip(["Ekudden", "Granängsringen"]) {
        let row = listed
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_default();
        let short = row.split_whitespace().next().unwrap_or_default();
        assert_eq!(short, id.to_string(), "{listed}");
        let history = cli.ok(&["history", short]);
        assert!(history.contains(&id.to_string()), "{name}: {history}");
    }
    let err = cli.fails(&["edit", "0193aaaa", "--name", "Ö"]);
    assert!(
        err.contains("”0193aaaa” är början på flera id")
            && err.contains("område ”Ekudden”")
            && err.contains("område ”Granängsringen”")
            && err.contains("Ange fler tecken"),
        "{err}"
    );
    assert!(
        cli.ok(&["list", "area"]).contains("Ekudden"),
        "nothing changed"
    );
}

#[test]
fn undo_takes_back_the_latest_change_as_the_tuis_u_does() {
    let cli = Cli::init();
    let id = cli.create(&["area", "--name", "Ekudden", "--kind", "kommundel"]);
    let short = cli.short_id(EntityKind::Area, &id);
    cli.ok(&["edit", &short, "--name", "Ekudden norra"]);
    // The dry run says what would be undone, and changes nothing.
    let said = cli.ok(&["undo", "--dry-run"]);
    assert!(
        said.contains("Skulle ångra: Ändrade område ”Ekudden”."),
        "{said}"
    );
    assert!(cli.ok(&["list", "area"]).contains("Ekudden norra"));
    // The undo, in the words the TUI uses after `u`.
    let said = cli.ok(&["undo"]);
    let tui_words = lagesbild::services::undo::undone("Ändrade område ”Ekudden”.", Lang::Sv);
    assert_eq!(said.trim(), tui_words);
    let listed = cli.ok(&["list", "area"]);
    assert!(
        listed.contains("Ekudden") && !listed.contains("Ekudden norra"),
        "{listed}"
    );
    // The action is recorded as undone in the op log: the next one back is the create.
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let next = store.last_undoable().expect("undoable").expect("an action");
    assert_eq!(next.label, "Sparat: nytt område ”Ekudden”.");
    drop(store);
    cli.ok(&["undo"]);
    assert!(cli.ok(&["list", "area"]).contains("Det finns inget område"));
    // Setting up the copy is not taken back: its settings name the own organisation.
    let err = cli.fails(&["undo"]);
    assert!(
        err.contains("Ny kopia för Tyresö") && err.contains("egen organisation"),
        "{err}"
    );
    assert!(cli.ok(&["list", "organisation"]).contains("Tyresö kommun"));
    // Nothing of this copy's own to undo: said, with a failure code for scripts.
    let dir = tempfile::tempdir().expect("dir");
    let empty = dir.path().join("tom.db");
    drop(Store::open(&empty, Access::ReadWrite).expect("a new database"));
    let out = lagesbild(&empty, &["undo"]);
    assert!(!out.status.success());
    assert_eq!(
        text(&out.stderr).trim(),
        lagesbild::services::undo::nothing(Lang::Sv)
    );
}

/// The flag of a field as the command line names it (the reference `parent_id` → `parent`).
fn flag(kind: EntityKind, name: &str) -> String {
    let reference = kind.field(name).is_some_and(|f| f.reference);
    let base = name
        .strip_suffix("_ids")
        .map(|s| format!("{s}s"))
        .or_else(|| name.strip_suffix("_id").map(str::to_string))
        .filter(|_| reference)
        .unwrap_or_else(|| name.to_string());
    format!("--{}", base.replace('_', "-"))
}

#[test]
fn a_new_record_needs_exactly_the_fields_its_form_cannot_do_without() {
    let cli = Cli::init();
    // The issue's own example: no --police-status, which gets the form's first choice.
    cli.create(&["area", "--name", "Centrala Sjövik", "--kind", "kommundel"]);
    let id = cli.create(&[
        "area",
        "--name",
        "Ekudden",
        "--kind",
        "kommundel",
        "--parent",
        "Centrala Sjövik",
    ]);
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let area: Area = store
        .get(id.parse().expect("id"))
        .expect("get")
        .expect("area");
    assert_eq!(area.police_status, PoliceStatus::Ingen);
    drop(store);
    let help = cli.ok(&["new", "area", "--help"]);
    assert!(help.contains("[standard: ingen]"), "{help}");
    // An observation as the Lägesbild form makes it: today, by the own organisation, grade 2.
    cli.create(&[
        "event-type",
        "--label-sv",
        "Klotter på bro",
        "--sort",
        "500",
    ]);
    let id = cli.create(&[
        "observation",
        "--area",
        "Ekudden",
        "--event-type",
        "Klotter på bro",
        "--description",
        "Klotter på bron.",
    ]);
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let observation: lagesbild::domain::Observation = store
        .get(id.parse().expect("id"))
        .expect("get")
        .expect("observation");
    let own = store
        .setting(lagesbild::store::meta::OWN_ORGANISATION)
        .expect("setting")
        .expect("own organisation");
    assert_eq!(observation.occurred_on.to_string(), "2026-11-19");
    assert_eq!(observation.reporting_org_id.to_string(), own);
    assert_eq!(observation.grade.code(), "2");
    assert_eq!(observation.review_status.code(), "ny");
    drop(store);

    // For every kind: a form with nothing typed and nothing to pick refuses exactly the
    // fields that `new` says are missing, named by label and flag.
    let choices = lagesbild::tui::forms::registry::Choices::default();
    let flag_in_error = regex::Regex::new(r"\((--[a-z-]+)\)").expect("regex");
    for kind in EntityKind::ALL {
        let form = lagesbild::tui::forms::registry::form(
            *kind,
            String::new(),
            None,
            &[],
            &choices,
            2026,
            lagesbild::domain::Lang::Sv,
        );
        let mut form_needs: BTreeSet<String> = form
            .fields
            .iter()
            .filter(|f| f.required && f.value.trim().is_empty())
            .map(|f| flag(*kind, f.key))
            .collect();
        // Observations and actions have hand-laid forms (`screens::situation::forms`,
        // `screens::actions::forms`) that start on today, the own organisation and the usual
        // grade and status: they need only these.
        let hand_laid: Option<&[&str]> = match kind {
            EntityKind::Observation => Some(&["--area", "--event-type", "--description"]),
            EntityKind::Action => Some(&["--title"]),
            _ => None,
        };
        if let Some(needs) = hand_laid {
            form_needs = needs.iter().map(|s| s.to_string()).collect();
        }
        let word = kind.code().replace('_', "-");
        let err = cli.fails(&["new", &word]);
        let cli_needs: BTreeSet<String> = flag_in_error
            .captures_iter(&err)
            .map(|c| c[1].to_string())
            .collect();
        assert_eq!(cli_needs, form_needs, "new {word}: {err}");
        assert!(err.contains("behöver fält"), "{err}");
        for field in kind.fields() {
            if cli_needs.contains(&flag(*kind, field.name)) {
                let label = kind.field_label(field.name, Lang::Sv).unwrap_or(field.name);
                let label = lagesbild::domain::text::capitalised(label);
                assert!(err.contains(&format!("”{label}”")), "{word}: {err}");
            }
        }
    }
}

#[test]
fn delete_and_deactivate_follow_the_tuis_rules() {
    let cli = Cli::init();
    // The copy's own organisation stays.
    let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
    let own = store
        .setting(lagesbild::store::meta::OWN_ORGANISATION)
        .expect("setting")
        .expect("own organisation");
    drop(store);
    for deactivate in [false, true] {
        let mut args = vec!["delete", own.as_str()];
        if deactivate {
            args.push("--deactivate");
        }
        let err = cli.fails(&args);
        assert!(err.contains("Din egen organisation"), "{err}");
    }
    // A meeting has no inactive state: deactivating it says to cancel it instead; with an
    // attendance referring to it, a delete names that and does not suggest --deactivate.
    let meeting = cli.create(&[
        "meeting",
        "--group-name",
        "Samverkansgrupp trygghet",
        "--date",
        "2026-11-19",
    ]);
    cli.create(&[
        "attendance",
        "--meeting",
        &meeting,
        "--organisation",
        "Tyresö kommun",
    ]);
    let short = cli.short_id(EntityKind::Meeting, &meeting);
    let err = cli.fails(&["delete", &short, "--deactivate"]);
    assert!(
        err.contains("Möte kan inte inaktiveras")
            && err.contains(&format!("lagesbild edit {short} --status installt")),
        "{err}"
    );
    let err = cli.fails(&["delete", &short]);
    assert!(
        err.contains("kan inte tas bort")
            && err.contains("närvaro")
            && err.contains("(fältet möte)")
            && err.contains("kan inte heller inaktiveras")
            && !err.contains("--deactivate"),
        "{err}"
    );
    // A meeting is not closed by its status: the command that closes it is named.
    let err = cli.fails(&["edit", &short, "--status", "avslutat"]);
    assert!(err.contains("lagesbild meeting close"), "{err}");
    // Deactivating twice says it is inactive already and writes nothing.
    let area = cli.create(&["area", "--name", "Ekudden", "--kind", "kommundel"]);
    let area = cli.short_id(EntityKind::Area, &area);
    cli.ok(&["delete", &area, "--deactivate"]);
    let said = cli.ok(&["delete", &area, "--deactivate"]);
    assert!(said.contains("är redan inaktiv"), "{said}");
    let said = cli.ok(&["undo"]);
    assert!(
        said.contains("Ångrade: Inaktiverade område ”Ekudden”"),
        "the second deactivate wrote nothing: {said}"
    );
}

/// The minutes as Markdown, with clock times (the end time, the establishing) masked: the two
/// closes ran a moment apart.
fn minutes(store: &Store, meeting: Id) -> String {
    let o = Options {
        include_internal: false,
        minutes_title: MinutesTitle::Minnesanteckningar,
        today: super::common::app::today(),
        generated_at: super::common::app::today()
            .and_hms_opt(12, 0, 0)
            .expect("time"),
        lang: Lang::Sv,
    };
    let md = report::minutes::export(store, meeting, Format::Markdown, &o).expect("minutes");
    let md = String::from_utf8(md).expect("utf-8");
    regex::Regex::new(r"\d{1,2}[.:]\d{2}")
        .expect("regex")
        .replace_all(&md, "TT.MM")
        .into_owned()
}

#[test]
fn closing_a_meeting_from_the_command_line_is_the_meeting_screens_close() {
    // The town's meeting, started in the TUI; then the same file twice.
    let mut app = town_app();
    app.keys(&["n"]);
    let meeting = app
        .state
        .meeting
        .data
        .meeting
        .clone()
        .expect("a meeting in progress");
    let super::common::app::App { dir, state, io } = app;
    drop(io);
    drop(state);
    let cli_dir = tempfile::tempdir().expect("dir");
    let cli_db = cli_dir.path().join("lagesbild.db");
    {
        // A consistent copy, as a backup makes it.
        let store = Store::open(&dir.path().join("lagesbild.db"), Access::ReadOnly).expect("open");
        let copy = store.backup_beside("test").expect("copy");
        std::fs::copy(copy, &cli_db).expect("copy");
    }

    // Closed on the Möte screen: the close step, then yes.
    let mut app = open(dir, 80, 24);
    for _ in 0..6 {
        app.keys(&["right"]);
    }
    app.keys(&["a", "j"]);
    assert!(app.status().contains("är avslutat"), "{}", app.status());

    // Closed from the command line.
    let out = lagesbild(&cli_db, &["meeting", "close", "2026-11-19"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains(&lagesbild::services::meeting::close_label(&meeting)),
        "{said}"
    );

    let cli_store = Store::open(&cli_db, Access::ReadOnly).expect("open");
    let tui_store = &app.io.store;
    let closed = |s: &Store| -> (Meeting, SituationPicture) {
        let m: Meeting = s.get(meeting.id).expect("get").expect("meeting");
        let p = s
            .picture_of_meeting(meeting.id)
            .expect("picture")
            .expect("a picture");
        (m, p)
    };
    let (tui_m, tui_p) = closed(tui_store);
    let (cli_m, cli_p) = closed(&cli_store);
    for (m, p) in [(&tui_m, &tui_p), (&cli_m, &cli_p)] {
        assert_eq!(m.status, MeetingStatus::Avslutat);
        assert!(m.end_time.is_some());
        assert_eq!(p.status, PictureStatus::Faststalld);
        assert!(p.established_at.is_some());
    }
    assert_eq!(tui_m.note_taker, cli_m.note_taker);
    assert_eq!(tui_p.established_by, cli_p.established_by);
    // One undoable action, named alike.
    let label = |s: &Store| s.last_undoable().expect("undoable").map(|a| a.label);
    assert_eq!(label(tui_store), label(&cli_store));
    // The minutes are the same.
    assert_eq!(
        minutes(tui_store, meeting.id),
        minutes(&cli_store, meeting.id)
    );

    // Closed is closed: a second close is refused and changes nothing.
    drop(cli_store);
    let out = lagesbild(&cli_db, &["meeting", "close", "2026-11-19"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("kan inte avslutas igen"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_new_commands_have_swedish_help_and_english_on_request() {
    let cli = Cli::init();
    let help = cli.ok(&["undo", "--help"]);
    assert!(
        help.contains("Ångra den senaste ändringen") && help.contains("--dry-run"),
        "{help}"
    );
    let help = cli.ok(&["meeting", "close", "--help"]);
    assert!(
        help.contains("Avsluta ett möte") && help.contains("2026-W47"),
        "{help}"
    );
    let help = cli.ok(&["list", "--help"]);
    assert!(
        help.contains("--full-ids") && help.contains("Visa hela id:n"),
        "{help}"
    );
    let help = cli.ok(&["--help"]);
    assert!(help.contains("undo") && help.contains("meeting"), "{help}");
    let help = cli.ok(&["--lang", "en", "undo", "--help"]);
    assert!(help.contains("Undo this copy's latest change"), "{help}");
}
