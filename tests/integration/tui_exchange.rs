//! The Utbyte screen against real database files: two partner copies that trust each other,
//! export and import through the screen's keys (preview → confirmation), rejections as Swedish
//! text, a conflict shown side by side and resolved; snapshots at 80×24 and 160×48.

use crate::common;
use crate::support;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::exchange::screen;
use lagesbild::tui::app::state::Overlay;
use support::*;

/// A copy's database opened in the TUI, with file names starting in `cwd`.
fn app_of(c: Copy, cwd: &std::path::Path, w: u16, h: u16) -> App {
    let Copy { dir, store, .. } = c;
    drop(store);
    let mut app = open(dir, w, h);
    app.state.exchange.cwd = Some(cwd.to_path_buf());
    app
}

fn backspaces(app: &mut App, n: usize) {
    for _ in 0..n {
        app.keys(&["backspace"]);
    }
}

#[test]
fn export_and_import_through_the_screen_with_preview_and_confirmation() {
    // The police's copy is new and empty: it starts with onboarding, and 7 leads to Utbyte.
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    a.store.write(|x| x.create(&obs)).expect("write");
    let files = tempfile::tempdir().expect("dir");
    let mut kommun = app_of(a, files.path(), 80, 24);
    let mut polis = app_of(b, files.path(), 80, 24);

    // The kommun's Utbyte tab: identity, fingerprint, the police as a trusted partner.
    kommun.keys(&["7"]);
    let o = kommun.state.exchange.overview.clone().expect("loaded");
    let me = o.identity.expect("identity");
    assert_eq!(me.name, "Tyresö kommun");
    assert_eq!(o.partners.len(), 1);
    let shown = kommun.screen(80, 24);
    assert!(shown.contains(&me.fingerprint), "{shown}");
    assert!(shown.contains("Lokalpolisområde Nacka"), "{shown}");

    // Export to the selected partner: the form suggests a file name from partner and date.
    kommun.keys(&["e"]);
    let Some(Overlay::Form(form)) = &kommun.state.overlay else {
        panic!("export form: {}", kommun.status())
    };
    let expected = files
        .path()
        .join("paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild");
    assert_eq!(form.form.text("file"), expected.display().to_string());
    kommun.keys(&["ctrl+s"]);
    assert!(kommun.state.overlay.is_none(), "{}", kommun.status());
    assert!(
        kommun
            .status()
            .starts_with("Paket till Lokalpolisområde Nacka sparat i"),
        "{}",
        kommun.status()
    );
    assert!(expected.is_file());
    let sent = kommun.state.exchange.overview.clone().expect("reloaded");
    assert!(sent.partners[0].last_sent.is_some(), "the overview reloads");

    // The police imports it: the file name after the suggested directory, preview, confirm.
    assert!(polis.state.onboarding);
    polis.keys(&["7"]);
    assert!(!polis.state.onboarding);
    polis.keys(&["i"]);
    polis.type_text("paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild");
    polis.keys(&["enter"]);
    let Some(Overlay::Confirm { question, .. }) = &polis.state.overlay else {
        panic!("preview: {} {:?}", polis.status(), polis.state.overlay)
    };
    assert!(
        question.contains("Paket från Tyresö kommun")
            && question.contains("5 nya, 0 redan importerade, 0 konflikter")
            && question.contains("Inget är importerat än"),
        "{question}"
    );
    assert!(
        polis
            .store()
            .get::<Observation>(obs.id)
            .expect("get")
            .is_none(),
        "the preview changes nothing"
    );
    polis.keys(&["j"]);
    assert!(polis.state.overlay.is_none());
    assert_eq!(
        polis.status(),
        "Importerat från Tyresö kommun: 5 nya, 0 redan importerade, 0 konflikter."
    );
    assert!(
        polis
            .store()
            .get::<Observation>(obs.id)
            .expect("get")
            .is_some()
    );
    let got = polis.state.exchange.overview.clone().expect("reloaded");
    assert!(got.partners[0].last_received.is_some());

    // The same file again: already imported, with the date; nothing asked.
    polis.keys(&["i"]);
    polis.type_text("paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild");
    polis.keys(&["ctrl+s"]);
    assert!(polis.state.overlay.is_none());
    assert!(
        polis.status().contains("är redan importerat 20"),
        "{}",
        polis.status()
    );

    // A file that is not a bundle: rejected with the reason, never a panic.
    let junk = files.path().join("skräp.lagesbild");
    std::fs::write(&junk, "inte ett paket").expect("write");
    polis.keys(&["esc", "i"]);
    polis.type_text("skräp.lagesbild");
    polis.keys(&["ctrl+s"]);
    let err = polis.state.status.clone().expect("status");
    assert!(err.error, "{err:?}");
    assert!(
        err.text.starts_with("Paketet togs inte emot:")
            && err.text.ends_with("Inget i databasen har ändrats."),
        "{err:?}"
    );
    // A path that does not exist says so.
    polis.keys(&["esc", "i"]);
    polis.type_text("finns-inte.lagesbild");
    polis.keys(&["ctrl+s"]);
    assert!(polis.status().contains("finns inte"), "{}", polis.status());
    // The form keeps the typed name; Esc asks before throwing it away.
    polis.keys(&["esc"]);
    assert!(matches!(polis.state.overlay, Some(Overlay::Confirm { .. })));
    polis.keys(&["j"]);
    assert!(polis.state.overlay.is_none());
    // Cancelling the confirmation imports nothing.
    let dir_len = format!("{}/", files.path().display()).chars().count();
    polis.keys(&["i"]);
    backspaces(&mut polis, dir_len);
    polis.type_text(&expected.display().to_string());
    polis.keys(&["ctrl+s"]);
    assert!(
        polis.state.overlay.is_none(),
        "already imported: no question"
    );
}

#[test]
fn a_copy_without_identity_creates_one_on_the_screen() {
    let mut app = town_app();
    app.keys(&["7"]);
    let shown = app.screen(80, 24);
    assert!(
        shown.contains("lagesbild partner init --name"),
        "how to create one: {shown}"
    );
    app.keys(&["i"]);
    assert!(app.state.status.as_ref().is_some_and(|s| s.error));
    assert!(app.state.overlay.is_none());
    app.keys(&["n"]);
    app.type_text("Sjöviks kommun");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let o = app.state.exchange.overview.clone().expect("loaded");
    assert_eq!(o.identity.expect("created").name, "Sjöviks kommun");
    assert!(app.status().contains("Sjöviks kommun"));
    // An empty name is refused beside the field.
    app.keys(&["n"]);
    assert!(app.state.status.as_ref().is_some_and(|s| s.error));
}

/// Both partners change an action's status before hearing from the other.
fn conflict_at_the_kommun() -> (Copy, Copy, Id) {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(
        &w,
        "Belysning i gångtunneln",
        ActionStatus::Foreslagen,
        None,
    );
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b has it");
    a.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar))
        .expect("a");
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Beslutad))
        .expect("b");
    let to_a = bundle(&mut b, &a);
    receive(&mut a, &to_a).expect("a imports");
    (a, b, act.id)
}

#[test]
fn a_conflict_is_shown_side_by_side_and_resolved_through_the_screen() {
    let (a, _b, action) = conflict_at_the_kommun();
    let files = tempfile::tempdir().expect("dir");
    let mut app = app_of(a, files.path(), 80, 24);
    app.keys(&["7"]);
    assert_eq!(
        app.state
            .exchange
            .overview
            .as_ref()
            .expect("loaded")
            .open_conflicts,
        1
    );
    assert!(app.screen(80, 24).contains("⚠ 1 öppen konflikt"));
    // Resolving needs the conflict view.
    app.keys(&["t"]);
    assert!(app.state.status.as_ref().is_some_and(|s| s.error));
    app.keys(&["c"]);
    let c = app.state.exchange.conflicts[0].clone();
    assert_eq!(c.field, "status");
    let shown = app.screen(80, 24);
    for needle in [
        "Nuvarande värde",
        "Det andra värdet",
        &format!("Värde: {}", c.current.shown),
        &format!("Värde: {}", c.other.shown),
        "Partner: Lokalpolisområde Nacka",
        "Partner: Tyresö kommun",
        "Av: trygghetssamordnare",
    ] {
        assert!(shown.contains(needle), "{needle}: {shown}");
    }
    let other = c.other.value.clone().expect("a value");
    app.keys(&["t"]);
    assert_eq!(
        app.status(),
        "Konflikten är löst: det andra värdet gäller nu."
    );
    assert!(app.state.exchange.conflicts.is_empty(), "refreshed");
    assert_eq!(
        serde_json::to_value(app.store().require::<Action>(action).expect("act").status)
            .expect("json"),
        other
    );
    assert!(
        screen::conflicts(app.store(), false)
            .expect("list")
            .is_empty()
    );
    // Settled conflicts are listed on request; resolving one again is refused in Swedish.
    app.keys(&["a"]);
    assert_eq!(app.state.exchange.conflicts.len(), 1);
    assert!(app.screen(80, 24).contains("✓ löst"));
    app.keys(&["b"]);
    assert_eq!(app.status(), "Den här konflikten är redan löst.");
}

#[test]
fn keep_current_keeps_the_value_in_place() {
    let (a, _b, action) = conflict_at_the_kommun();
    let files = tempfile::tempdir().expect("dir");
    let mut app = app_of(a, files.path(), 80, 24);
    let before = app.store().require::<Action>(action).expect("act").status;
    app.keys(&["7", "c", "b"]);
    assert_eq!(
        app.status(),
        "Konflikten är löst: det nuvarande värdet behålls."
    );
    assert_eq!(
        app.store().require::<Action>(action).expect("act").status,
        before
    );
}

/// Hides what differs between runs: fingerprints, ids and times keep their width.
fn masked(app: &App, shown: String) -> String {
    let mut secrets = Vec::new();
    if let Some(o) = &app.state.exchange.overview {
        if let Some(i) = &o.identity {
            secrets.push(i.fingerprint.clone());
            secrets.push(i.partner_id.to_string());
        }
        secrets.extend(o.partners.iter().map(|p| p.fingerprint.clone()));
    }
    let mut out = shown;
    for s in secrets {
        out = out.replace(&s, &"X".repeat(s.chars().count()));
    }
    // "2026-11-22 11:50" → "ÅÅÅÅ-MM-DD tt:mm"
    let chars: Vec<char> = out.chars().collect();
    let shape = "dddd-dd-dd dd:dd";
    let mut result = String::new();
    let mut i = 0;
    while i < chars.len() {
        let fits = chars.len() - i >= shape.len()
            && shape.chars().zip(&chars[i..]).all(|(s, c)| match s {
                'd' => c.is_ascii_digit(),
                other => other == *c,
            });
        if fits {
            result.push_str("ÅÅÅÅ-MM-DD tt:mm");
            i += shape.len();
        } else {
            result.push(chars[i]);
            i += 1;
        }
    }
    result
}

#[test]
fn snapshots_of_the_exchange_screen() {
    for (w, h) in [(80u16, 24u16), (120, 40), (160, 48)] {
        let (a, _b, _) = conflict_at_the_kommun();
        // A fixed directory for the file suggestions keeps the form's width the same.
        let mut app = app_of(a, std::path::Path::new("/srv/paket"), w, h);
        app.keys(&["7"]);
        let shot = masked(&app, app.screen(w, h));
        insta::assert_snapshot!(format!("exchange_overview_{w}x{h}"), shot);
        app.keys(&["c"]);
        let shot = masked(&app, app.screen(w, h));
        insta::assert_snapshot!(format!("exchange_conflicts_{w}x{h}"), shot);
        app.keys(&["c", "i"]);
        let shot = masked(&app, app.screen(w, h));
        insta::assert_snapshot!(format!("exchange_import_form_{w}x{h}"), shot);
    }
}

#[test]
fn the_conflict_panes_share_their_borders_and_name_the_live_keys() {
    let (a, _b, _) = conflict_at_the_kommun();
    let mut app = app_of(a, std::path::Path::new("/srv/paket"), 160, 48);
    app.state.keymap = lagesbild::tui::input::keymap::Keymap::with_overrides(
        &toml::from_str("[exchange]\nkeep_current = \"B\"\ntake_other = \"T\"\n").expect("toml"),
    )
    .expect("keymap");
    app.keys(&["7", "c"]);
    let shot = app.screen(160, 48);
    assert!(!shot.contains("┘└") && !shot.contains("┐┌"), "{shot}");
    assert!(
        shot.contains("┬") && shot.contains("┴"),
        "one border between the panes: {shot}"
    );
    assert!(
        shot.contains("Nuvarande värde (B behåller)")
            && shot.contains("Det andra värdet (T tar det)"),
        "{shot}"
    );
}

#[test]
fn a_bundle_onto_an_existing_file_asks_and_no_goes_back_to_the_form() {
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    a.store.write(|x| x.create(&obs)).expect("write");
    let files = tempfile::tempdir().expect("dir");
    let target = files
        .path()
        .join("paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild");
    std::fs::write(&target, "ett annat paket").expect("an earlier file");
    let mut kommun = app_of(a, files.path(), 80, 24);
    kommun.keys(&["7", "e", "ctrl+s"]);
    let Some(Overlay::Confirm { question, .. }) = &kommun.state.overlay else {
        panic!("asks: {} {:?}", kommun.status(), kommun.state.overlay)
    };
    assert!(question.contains("finns redan"), "{question}");
    assert!(!question.contains("--overwrite"), "{question}");
    // No: back to the export form, the earlier file untouched.
    kommun.keys(&["n"]);
    assert!(matches!(kommun.state.overlay, Some(Overlay::Form(_))));
    assert_eq!(
        std::fs::read_to_string(&target).expect("kept"),
        "ett annat paket"
    );
    // Yes: the bundle replaces it.
    kommun.keys(&["ctrl+s", "j"]);
    assert!(kommun.state.overlay.is_none(), "{}", kommun.status());
    assert!(
        kommun
            .status()
            .starts_with("Paket till Lokalpolisområde Nacka sparat i"),
        "{}",
        kommun.status()
    );
    let bytes = std::fs::read(&target).expect("replaced");
    assert!(bytes.starts_with(b"LAGESBILD-UTBYTE"), "a bundle now");
}

#[test]
fn the_exchange_screen_speaks_english_with_lang_en() {
    let (a, _b, _) = conflict_at_the_kommun();
    let mut app = app_of(a, std::path::Path::new("/srv/paket"), 80, 24);
    app.state.lang = Lang::En;
    app.keys(&["7"]);
    let overview = masked(&app, app.screen(80, 24));
    insta::assert_snapshot!("exchange_overview_en_80x24", overview);
    app.keys(&["c"]);
    let conflicts = masked(&app, app.screen(80, 24));
    insta::assert_snapshot!("exchange_conflicts_en_80x24", conflicts);
    app.keys(&["c", "i"]);
    let form = masked(&app, app.screen(80, 24));
    insta::assert_snapshot!("exchange_import_form_en_80x24", form);
    for shot in [&overview, &conflicts, &form] {
        for swedish in [
            "Utbyte med",
            "Betrodda",
            "Fingeravtryck",
            "Konflikter",
            "konflikt",
            "Nuvarande",
            "andra värdet",
            "Importera",
            "Senast",
            "öppen",
        ] {
            assert!(!shot.contains(swedish), "{swedish:?} in English:\n{shot}");
        }
    }
    assert!(overview.contains("Trusted partners") && conflicts.contains("Current value"));
}
