//! Reading a spreadsheet in from the app (issue 15): `i` on Register (the kind of records the
//! list shows) and on Lägesbild (observations) opens a file form, a dry run shows what will
//! come in, yes reads it in as one transaction and the list shows the new rows. A bad file or a
//! bad row changes nothing and says what to do.

use crate::common;
use crate::sheets::headings;

use std::path::Path;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::sheets::SheetKind;
use lagesbild::tui::app::state::Overlay;

/// Areas as a partner fills them in, as XLSX.
fn areas_xlsx(dir: &Path) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in headings(SheetKind::Areas).iter().enumerate() {
        ws.write_string(0, c as u16, h).expect("heading");
    }
    let rows = [
        ["", "Norrbacka centrum", "Kommundel", "", "", "", ""],
        [
            "",
            "Lindängsringen",
            "Bostadsområde",
            "",
            "Norrbacka centrum",
            "",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                ws.write_string(r as u32 + 1, c as u16, *cell)
                    .expect("cell");
            }
        }
    }
    let path = dir.join("omraden.xlsx");
    std::fs::write(&path, wb.save_to_buffer().expect("xlsx")).expect("write");
    path
}

/// Observations as CSV with `;`: (area, description) a row.
fn observations_csv(dir: &Path, name: &str, rows: &[(&str, &str)]) -> std::path::PathBuf {
    let mut text = headings(SheetKind::Observations).join(";");
    text.push('\n');
    for (area, description) in rows {
        text.push_str(&format!(
            ";2026-11-17;21:00;;{area};;Skadegörelse/klotter;{description};;;;Säkerhetsenheten\n"
        ));
    }
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

/// The file form opened with `i`, the file's name typed after the folder, sent.
fn read_in(app: &mut App, name: &str) {
    app.keys(&["i"]);
    assert!(
        matches!(&app.state.overlay, Some(Overlay::Form(_))),
        "the file form: {}",
        app.status()
    );
    app.type_text(name);
    app.keys(&["ctrl+s"]);
}

/// Closes the file form, throwing away what was typed.
fn close(app: &mut App) {
    app.keys(&["esc"]);
    if matches!(&app.state.overlay, Some(Overlay::Confirm { .. })) {
        app.keys(&["j"]);
    }
    assert!(app.state.overlay.is_none());
}

fn question(app: &App) -> String {
    match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => question.clone(),
        other => panic!("a preview: {} {other:?}", app.status()),
    }
}

fn empty_app(w: u16, h: u16) -> (App, tempfile::TempDir) {
    let mut app = started_empty(w, h);
    let files = tempfile::tempdir().expect("dir");
    app.state.export_dir = files.path().to_path_buf();
    (app, files)
}

#[test]
fn areas_and_observations_are_read_in_from_register_and_lagesbild_with_a_preview_first() {
    let (mut app, files) = empty_app(80, 24);
    areas_xlsx(files.path());
    observations_csv(
        files.path(),
        "rapport.csv",
        &[
            ("Lindängsringen", "Klotter på gavelväggen vid tvättstugan."),
            ("Norrbacka centrum", "Krossad ruta i busskuren."),
        ],
    );

    // Register, areas: i, the file, the preview; nothing is written until yes.
    app.keys(&["8"]);
    read_in(&mut app, "omraden.xlsx");
    let asked = question(&app);
    assert!(
        asked.contains("omraden.xlsx (områden): 2 nya, 0 redan inlästa, 0 rader med fel")
            && asked.contains("Läs in de 2 nya raderna nu?"),
        "{asked}"
    );
    assert!(app.store().all::<Area>().expect("areas").is_empty());
    app.keys(&["j"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert!(
        app.status()
            .starts_with("Inläst från omraden.xlsx (områden): 2 nya"),
        "{}",
        app.status()
    );
    let shown = app.screen(80, 24);
    assert!(
        shown.contains("Lindängsringen") && shown.contains("Norrbacka centrum"),
        "the list shows the new areas:\n{shown}"
    );

    // Lägesbild: the observations, into the review queue.
    app.keys(&["2"]);
    read_in(&mut app, "rapport.csv");
    let asked = question(&app);
    assert!(
        asked.contains("rapport.csv (iakttagelser): 2 nya")
            && asked.contains("granskningsstatus ny"),
        "{asked}"
    );
    app.keys(&["j"]);
    let observations = app.store().all::<Observation>().expect("observations");
    assert_eq!(observations.len(), 2, "{}", app.status());
    assert!(
        observations
            .iter()
            .all(|o| o.review_status == ReviewStatus::Ny)
    );
    let shown = app.screen(80, 24);
    assert!(
        shown.contains("Krossad ruta i busskuren"),
        "the list shows the new rows:\n{shown}"
    );

    // The same file again: nothing new, nothing asked.
    read_in(&mut app, "rapport.csv");
    assert!(app.state.overlay.is_none());
    assert!(
        app.status().contains("Inget nytt att läsa in"),
        "{}",
        app.status()
    );
    assert_eq!(app.store().all::<Observation>().expect("obs").len(), 2);
}

#[test]
fn a_bad_file_or_bad_rows_change_nothing_and_say_what_to_do() {
    let (mut app, files) = empty_app(80, 24);
    areas_xlsx(files.path());
    app.keys(&["8"]);
    read_in(&mut app, "omraden.xlsx");
    app.keys(&["j"]);
    let before = app.store().all::<Observation>().expect("obs").len();

    // A path that is not there: the form stays, with the same words as Utbyte's.
    app.keys(&["2"]);
    read_in(&mut app, "finns-inte.csv");
    assert!(matches!(&app.state.overlay, Some(Overlay::Form(_))));
    assert!(
        app.status()
            .contains("finns-inte.csv: den finns inte. Kontrollera sökvägen."),
        "{}",
        app.status()
    );
    close(&mut app);

    // A folder, not a file.
    app.keys(&["i", "ctrl+s"]);
    assert!(
        app.status().contains("är inte en vanlig fil"),
        "{}",
        app.status()
    );
    close(&mut app);

    // Not a spreadsheet, and not one of the templates.
    std::fs::write(files.path().join("anteckning.docx"), "x").expect("write");
    read_in(&mut app, "anteckning.docx");
    assert!(
        app.status()
            .contains("är varken .xlsx, .ods eller .csv. Spara den i ett av de formaten"),
        "{}",
        app.status()
    );
    close(&mut app);
    std::fs::write(files.path().join("lista.csv"), "Namn;Telefon\nA;B\n").expect("write");
    read_in(&mut app, "lista.csv");
    assert!(
        app.status().contains("passar ingen mall"),
        "{}",
        app.status()
    );
    close(&mut app);

    // Areas on Lägesbild: another template, read in where areas are.
    read_in(&mut app, "omraden.xlsx");
    assert!(
        app.status()
            .contains("omraden.xlsx är en mall för områden, inte för iakttagelser"),
        "{}",
        app.status()
    );
    close(&mut app);

    // A row with a misspelt area: the preview names it and offers the good row alone; no
    // goes back to the file form, and nothing was written.
    observations_csv(
        files.path(),
        "blandat.csv",
        &[
            ("Lindängsringen", "Klotter på gavelväggen vid tvättstugan."),
            ("Lindängsring", "Krossad ruta i busskuren."),
        ],
    );
    read_in(&mut app, "blandat.csv");
    let asked = question(&app);
    assert!(
        asked.contains("1 nya, 0 redan inlästa, 1 rad med fel")
            && asked.contains("rad 3, kolumn Område: ”Lindängsring” finns inte – menade du Lindängsringen?")
            && asked.contains("Läs in den felfria raden nu? Raderna med fel sparas med orsaken i blandat-avvisade-rader.csv"),
        "{asked}"
    );
    app.keys(&["n"]);
    assert!(matches!(&app.state.overlay, Some(Overlay::Form(_))));
    assert_eq!(app.store().all::<Observation>().expect("obs").len(), before);
    // Yes reads the good row in and sets the bad one aside, with its reason.
    app.keys(&["ctrl+s"]);
    question(&app);
    app.keys(&["j"]);
    assert_eq!(
        app.store().all::<Observation>().expect("obs").len(),
        before + 1,
        "{}",
        app.status()
    );
    let aside = std::fs::read_to_string(files.path().join("blandat-avvisade-rader.csv"))
        .expect("the rejected rows beside the file");
    assert!(aside.contains("menade du Lindängsringen?"), "{aside}");

    // Every row faulty: nothing can be read in, and yes only closes.
    observations_csv(
        files.path(),
        "fel.csv",
        &[("Lindängsring", "Krossad ruta i busskuren.")],
    );
    read_in(&mut app, "fel.csv");
    let asked = question(&app);
    assert!(
        asked.contains("Inget kan läsas in förrän raderna ovan är rättade"),
        "{asked}"
    );
    app.keys(&["j"]);
    assert!(app.state.overlay.is_none());
    assert_eq!(
        app.store().all::<Observation>().expect("obs").len(),
        before + 1
    );

    // Register's lists without a template say so.
    app.keys(&["8", "left"]);
    assert_eq!(
        app.state.register.section,
        lagesbild::tui::screens::register::state::Section::EventTypes
    );
    app.keys(&["i"]);
    assert!(app.state.overlay.is_none());
    assert!(
        app.status()
            .contains("Det finns ingen mall för händelsetyper"),
        "{}",
        app.status()
    );
}

#[test]
fn the_preview_and_the_key_in_snapshots_and_help() {
    for (w, h) in [(80, 24), (160, 48)] {
        let (mut app, files) = empty_app(w, h);
        areas_xlsx(files.path());
        app.keys(&["8"]);
        read_in(&mut app, "omraden.xlsx");
        app.keys(&["j"]);
        observations_csv(
            files.path(),
            "rapport.csv",
            &[
                ("Lindängsringen", "Klotter på gavelväggen vid tvättstugan."),
                ("Lindängsring", "Krossad ruta i busskuren."),
                (
                    "Norrbacka centrum",
                    "Nedskräpning vid återvinningsstationen.",
                ),
            ],
        );
        app.keys(&["2"]);
        read_in(&mut app, "rapport.csv");
        question(&app);
        insta::assert_snapshot!(format!("sheet_preview_{w}x{h}"), app.screen(w, h));
        app.keys(&["n"]);
        close(&mut app);
        if w >= 160 {
            let shown = app.screen(w, h);
            assert!(shown.contains("i läs in kalkylark"), "key bar:\n{shown}");
            app.keys(&["8"]);
            let shown = app.screen(w, h);
            assert!(shown.contains("i läs in kalkylark"), "key bar:\n{shown}");
        }
    }
    let (mut app, _files) = empty_app(160, 48);
    app.keys(&["2", "?"]);
    app.type_text("kalkylark");
    let shown = app.screen(160, 48);
    assert!(
        shown.contains("Läs in iakttagelser från ett kalkylark"),
        "help:\n{shown}"
    );
}
