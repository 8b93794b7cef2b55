//! Spreadsheets in (issue 15): templates made from a copy, filled in programmatically as a
//! partner would by hand, and read back with every row checked.

use crate::common;

use std::io::Read;
use std::path::{Path, PathBuf};

use common::*;
use lagesbild::domain::*;
use lagesbild::sheets::{
    Lists, SheetError, SheetImport, SheetImportOptions, SheetKind, import_file, template,
};
use lagesbild::store::Store;

pub(crate) fn headings(kind: SheetKind) -> Vec<String> {
    kind.columns()
        .iter()
        .map(|c| c.heading(kind, Lang::Sv))
        .collect()
}

/// A filled-in observation row: reference, date, time, day period, area, place, event type,
/// description, severity, grade, count, organisation.
pub(crate) fn observation_row(reference: &str, place: &str, description: &str) -> Vec<String> {
    [
        reference,
        "2026-11-19",
        "22:30",
        "",
        "Lindängsringen",
        place,
        "Skadegörelse/klotter",
        description,
        "",
        "",
        "",
        "Sjöviks kommun – säkerhetsenheten",
    ]
    .map(String::from)
    .to_vec()
}

pub(crate) fn csv_text(rows: &[Vec<String>], separator: char) -> String {
    let mut text = headings(SheetKind::Observations).join(&separator.to_string());
    text.push('\n');
    for r in rows {
        text.push_str(&r.join(&separator.to_string()));
        text.push('\n');
    }
    text
}

pub(crate) fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

pub(crate) fn options() -> SheetImportOptions {
    SheetImportOptions::default()
}

pub(crate) fn import(store: &mut Store, path: &Path, options: SheetImportOptions) -> SheetImport {
    import_file(store, path, options).unwrap_or_else(|e| panic!("import: {e}"))
}

pub(crate) fn observations(store: &Store) -> Vec<Observation> {
    store.all::<Observation>().expect("observations")
}

fn unzip(bytes: &[u8], file: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut s = String::new();
    z.by_name(file)
        .expect("file in zip")
        .read_to_string(&mut s)
        .expect("read");
    s
}

/// The workbook a partner sends back: the template's headings and their rows, written by
/// rust_xlsxwriter with a real date cell, as Excel saves it.
fn filled_xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in headings(SheetKind::Observations).iter().enumerate() {
        ws.write_string(0, c as u16, h).expect("heading");
    }
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            if c == 1 {
                let d = rust_xlsxwriter::ExcelDateTime::parse_from_str(cell).expect("date");
                ws.write_datetime_with_format(r, c, d, &date).expect("date");
            } else if !cell.is_empty() {
                ws.write_string(r, c, cell).expect("cell");
            }
        }
    }
    wb.save_to_buffer().expect("xlsx")
}

#[test]
fn an_xlsx_template_carries_drop_downs_from_the_copys_lists_a_locked_heading_and_instructions() {
    let mut db = temp_store();
    world(&mut db.store);
    let lists = Lists::load(&db.store, Lang::Sv).expect("lists");
    let bytes =
        template::xlsx(SheetKind::Observations, &lists, day(2026, 11, 19), Lang::Sv).expect("xlsx");
    // Read back with a real reader: the sheet's XML as Excel and LibreOffice read it.
    let sheet = unzip(&bytes, "xl/worksheets/sheet1.xml");
    let lists_sheet = unzip(&bytes, "xl/worksheets/sheet3.xml");
    let strings = unzip(&bytes, "xl/sharedStrings.xml");
    let list_validations = sheet.matches("type=\"list\"").count();
    // Dygnsperiod, område, plats, händelsetyp, organisation, allvarlighetsnivå, bedömning.
    assert_eq!(list_validations, 7, "{sheet}");
    // The place column (F) offers the places listed on the hidden sheet's third column.
    assert!(
        sheet.contains("sqref=\"F2:F20001\"><formula1>'Listor'!$C$2:$C$2</formula1>"),
        "{sheet}"
    );
    assert!(
        sheet.contains("type=\"date\""),
        "the date column is checked as a date"
    );
    assert!(
        sheet.contains("<sheetProtection"),
        "the heading row is locked"
    );
    assert!(
        lists_sheet.contains("state=\"hidden\"")
            || unzip(&bytes, "xl/workbook.xml").contains("state=\"hidden\"")
    );
    for listed in [
        "Lindängsringen",
        "Lindängstorget",
        "Skadegörelse/klotter",
        "Sjöviks kommun – säkerhetsenheten",
        "kväll",
        "Inga personuppgifter",
        "EXEMPEL",
    ] {
        assert!(strings.contains(listed), "{listed} in the workbook");
    }
    let styles = unzip(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("yyyy-mm-dd"),
        "date columns are formatted as dates"
    );
}

#[test]
fn a_filled_in_xlsx_lands_in_the_review_queue_from_the_partners_template() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let lists = Lists::load(&db.store, Lang::Sv).expect("lists");
    let today = day(2026, 11, 19);
    let example = template::example_row(SheetKind::Observations, &lists, today, Lang::Sv);
    let mut rows = vec![example];
    rows.push(observation_row(
        "",
        "Lindängstorget",
        "Klotter på elskåpet.",
    ));
    rows.push(observation_row("R2", "", "Krossad ruta i entrén."));
    let path = write(db.dir.path(), "ifylld.xlsx", &filled_xlsx(&rows));
    let outcome = import(&mut db.store, &path, options());
    assert_eq!(
        (outcome.new, outcome.already),
        (2, 0),
        "the example row is skipped"
    );
    let found = observations(&db.store);
    assert_eq!(found.len(), 2);
    for o in &found {
        assert_eq!(o.review_status, ReviewStatus::Ny);
        assert_eq!(o.occurred_on, today);
        assert_eq!(o.day_period, Some(DayPeriod::Kvall), "from the time 22:30");
        // The row's key names the organisation by its id, which a rename leaves alone.
        let key = o.external_ref.as_deref().unwrap_or_default();
        assert!(key.starts_with(&format!("sheet:{}:", w.org)), "{key}");
    }
    assert!(found.iter().any(|o| {
        o.external_ref
            .as_deref()
            .is_some_and(|r| r.ends_with(":R2"))
    }));
    let told = outcome.told(Lang::Sv).join("\n");
    assert!(
        told.contains("2 nya") && told.contains("granskning"),
        "{told}"
    );
}

#[test]
fn csv_in_both_separators_and_encodings_reads_as_the_same_rows() {
    let rows = vec![observation_row(
        "",
        "Lindängstorget",
        "Klotter på väggen vid förskolan.",
    )];
    let text = csv_text(&rows, ';');
    let (win, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "utf8-bom-semikolon.csv",
            format!("\u{feff}{}", csv_text(&rows, ';')).into_bytes(),
        ),
        ("utf8-komma.csv", csv_text(&rows, ',').into_bytes()),
        ("windows-1252.csv", win.into_owned()),
    ];
    for (name, bytes) in cases {
        let mut db = temp_store();
        world(&mut db.store);
        let path = write(db.dir.path(), name, &bytes);
        let outcome = import(&mut db.store, &path, options());
        assert_eq!(outcome.new, 1, "{name}: {:?}", outcome.rejected);
        let o = &observations(&db.store)[0];
        assert_eq!(o.description, "Klotter på väggen vid förskolan.", "{name}");
    }
}

/// Imports `rows` as CSV and returns the message of the failure.
fn failure(rows: &[Vec<String>]) -> (String, usize) {
    let mut db = temp_store();
    world(&mut db.store);
    let path = write(db.dir.path(), "fel.csv", csv_text(rows, ';').as_bytes());
    let err = import_file(&mut db.store, &path, options()).expect_err("refused");
    (err.to_string(), observations(&db.store).len())
}

#[test]
fn every_faulty_row_is_named_by_row_and_column_with_what_to_do_and_nothing_is_written() {
    let mut missing_date = observation_row("", "Lindängstorget", "Klotter.");
    missing_date[1] = String::new();
    let mut bad_date = observation_row("", "Lindängstorget", "Klotter.");
    bad_date[1] = "19 nov".into();
    let mut bad_time = observation_row("", "", "Klotter.");
    bad_time[2] = "sent".into();
    let mut unknown_area = observation_row("", "", "Klotter.");
    unknown_area[4] = "Badhusparken".into();
    let mut bad_count = observation_row("", "", "Klotter.");
    bad_count[10] = "några".into();
    let rows = vec![
        observation_row("", "Lindängstorget", "Klotter på elskåpet."),
        observation_row("", "Lindängstorg", "Klotter på bänken."),
        missing_date,
        bad_date,
        bad_time,
        unknown_area,
        bad_count,
    ];
    let (message, written) = failure(&rows);
    assert_eq!(written, 0, "nothing is written while a row fails");
    for expected in [
        "6 rader av 7 har fel, och inget är inläst",
        "--skip-bad-rows",
        "rad 3, kolumn Plats: ”Lindängstorg” finns inte – menade du Lindängstorget?",
        "rad 4, kolumn Datum: värde saknas. Fyll i Datum.",
        "rad 5, kolumn Datum: ”19 nov” är inget datum. Skriv datumet som 2026-11-19.",
        "rad 6, kolumn Klockslag från: ”sent” är inget klockslag.",
        "rad 7, kolumn Område: ”Badhusparken” finns inte. Välj ett värde ur listan: Lindängsringen",
        "rad 8, kolumn Uppskattat antal: ”några” är inget heltal.",
    ] {
        assert!(message.contains(expected), "{expected}\n in\n{message}");
    }
}

#[test]
fn a_place_outside_its_area_is_refused() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let other = Area {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Norrbacka".into(),
        kind: "bostadsomrade".into(),
        code: None,
        parent_id: None,
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    };
    db.store.write(|x| x.create(&other)).expect("area");
    let _ = w;
    let mut row = observation_row("", "Lindängstorget", "Klotter.");
    row[4] = "Norrbacka".into();
    let path = write(db.dir.path(), "fel.csv", csv_text(&[row], ';').as_bytes());
    let err = import_file(&mut db.store, &path, options()).expect_err("refused");
    assert!(
        err.to_string().contains(
            "rad 2, kolumn Plats: platsen ”Lindängstorget” ligger inte i området ”Norrbacka”"
        ),
        "{err}"
    );
}

#[test]
fn a_file_that_is_no_template_is_refused_with_what_to_do() {
    let mut db = temp_store();
    world(&mut db.store);
    let dir = db.dir.path().to_path_buf();
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            write(&dir, "a.pdf", b"%PDF"),
            "är varken .xlsx, .ods eller .csv",
        ),
        (
            write(&dir, "tom.csv", b"\xef\xbb\xbfDatum;Plats\n"),
            "har inga rader att läsa in",
        ),
        (
            write(&dir, "annat.csv", b"Namn;Telefon\nx;y\n"),
            "passar ingen mall",
        ),
        (
            write(&dir, "trasig.xlsx", b"PK\x03\x04 inte en arbetsbok"),
            "går inte att läsa som kalkylark",
        ),
    ];
    for (path, expected) in cases {
        let err = import_file(&mut db.store, &path, options()).expect_err("refused");
        assert!(
            err.to_string().contains(expected),
            "{}: {err}",
            path.display()
        );
    }
    let mut head = headings(SheetKind::Observations);
    head.push("Anteckning".into());
    let text = format!(
        "{}\n{}\n",
        head.join(";"),
        observation_row("", "", "x").join(";")
    );
    let err = import_file(
        &mut db.store,
        &write(&dir, "extra.csv", text.as_bytes()),
        options(),
    )
    .expect_err("unknown column");
    assert!(
        matches!(err, SheetError::UnknownColumn { .. })
            && err
                .to_string()
                .contains("Kolumnen ”Anteckning” finns inte i mallen"),
        "{err}"
    );
    let mut no_org = headings(SheetKind::Observations);
    no_org.pop();
    let text = format!("{}\n", no_org.join(";"))
        + "x;2026-11-19;;;Lindängsringen;;Skadegörelse/klotter;Klotter;;;\n";
    let err = import_file(
        &mut db.store,
        &write(&dir, "utan-org.csv", text.as_bytes()),
        SheetImportOptions {
            kind: Some(SheetKind::Observations),
            ..options()
        },
    )
    .expect_err("missing column");
    assert!(
        err.to_string()
            .contains("Kolumnen Rapporterande organisation saknas"),
        "{err}"
    );
    assert!(observations(&db.store).is_empty());
}

#[test]
fn a_dry_run_changes_nothing_and_reading_again_adds_nothing() {
    let mut db = temp_store();
    world(&mut db.store);
    let rows = vec![
        observation_row("", "Lindängstorget", "Klotter på elskåpet."),
        observation_row("17", "", "Krossad ruta."),
    ];
    let path = write(
        db.dir.path(),
        "rapport.csv",
        csv_text(&rows, ';').as_bytes(),
    );
    let audit_before = db.store.audit_entries(100).expect("audit").len();
    let preview = import(
        &mut db.store,
        &path,
        SheetImportOptions {
            dry_run: true,
            ..options()
        },
    );
    assert_eq!(preview.new, 2);
    assert!(
        observations(&db.store).is_empty(),
        "a dry run writes nothing"
    );
    assert_eq!(
        db.store.audit_entries(100).expect("audit").len(),
        audit_before
    );
    let backups = |dir: &Path| {
        std::fs::read_dir(dir)
            .expect("dir")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("fore-kalkylark"))
            .count()
    };
    assert_eq!(backups(db.dir.path()), 0);
    let first = import(&mut db.store, &path, options());
    assert_eq!((first.new, first.already), (2, 0));
    assert_eq!(backups(db.dir.path()), 1, "a backup before writing");
    let again = import(&mut db.store, &path, options());
    assert_eq!((again.new, again.already), (0, 2));
    assert_eq!(
        observations(&db.store).len(),
        2,
        "reading again adds nothing"
    );
    // The same rows in another format and order are the same rows.
    let reordered = vec![rows[1].clone(), rows[0].clone()];
    let other = write(db.dir.path(), "rapport.xlsx", &filled_xlsx(&reordered));
    let third = import(&mut db.store, &other, options());
    assert_eq!((third.new, third.already), (0, 2));
    let audit = db.store.audit_entries(100).expect("audit");
    let entry = audit
        .iter()
        .find(|e| e.event == "sheet_import")
        .expect("an audit entry");
    let bytes = std::fs::read(&other).expect("read");
    use sha2::Digest;
    let sha = hex::encode(sha2::Sha256::digest(&bytes));
    assert_eq!(entry.detail["sha256"], sha, "{:?}", entry.detail);
    assert_eq!(entry.detail["file"], other.display().to_string());
}

#[test]
fn skip_bad_rows_reads_the_good_ones_and_sets_the_bad_ones_aside_with_their_reasons() {
    let mut db = temp_store();
    world(&mut db.store);
    let rows = vec![
        observation_row("", "Lindängstorget", "Klotter på elskåpet."),
        observation_row("", "Lindängstorg", "Klotter på bänken."),
    ];
    let path = write(
        db.dir.path(),
        "rapport.csv",
        csv_text(&rows, ';').as_bytes(),
    );
    let outcome = import(
        &mut db.store,
        &path,
        SheetImportOptions {
            skip_bad_rows: true,
            ..options()
        },
    );
    assert_eq!((outcome.new, outcome.rejected.len()), (1, 1));
    assert_eq!(observations(&db.store).len(), 1);
    let rejected = outcome
        .rejected_file
        .clone()
        .expect("a file of rejected rows");
    assert_eq!(rejected, db.dir.path().join("rapport-avvisade-rader.csv"));
    let text = String::from_utf8(std::fs::read(&rejected).expect("read")).expect("utf-8");
    assert!(
        text.contains("Lindängstorg;") && text.contains(";Fel"),
        "{text}"
    );
    assert!(text.contains("menade du Lindängstorget?"), "{text}");
    // Corrected, the file of rejected rows reads in as it is.
    let fixed = text.replace("Lindängstorg;", "Lindängstorget;");
    std::fs::write(&rejected, fixed).expect("fix");
    let second = import(&mut db.store, &rejected, options());
    assert_eq!(second.new, 1, "{:?}", second.rejected);
    assert_eq!(observations(&db.store).len(), 2);
}

#[test]
fn personal_data_stops_the_row_until_confirmed() {
    let mut db = temp_store();
    world(&mut db.store);
    let rows = vec![observation_row(
        "",
        "Lindängstorget",
        "Boende ringde från 070-123 45 67 om klotter.",
    )];
    let path = write(db.dir.path(), "pii.csv", csv_text(&rows, ';').as_bytes());
    let err = import_file(&mut db.store, &path, options()).expect_err("stopped");
    let message = err.to_string();
    assert!(
        message.contains(
            "rad 2, kolumn Beskrivning: texten kan innehålla personuppgifter: telefonnummer"
        ) && message.contains("--confirm-personal-data"),
        "{message}"
    );
    assert!(observations(&db.store).is_empty());
    let outcome = import(
        &mut db.store,
        &path,
        SheetImportOptions {
            confirm_personal_data: true,
            ..options()
        },
    );
    assert_eq!(outcome.new, 1);
    assert!(observations(&db.store)[0].pii_confirmed);
}

#[test]
fn an_area_and_place_list_with_coordinates_sets_up_an_empty_copys_world() {
    let mut db = temp_store();
    // What `lagesbild init` gives a new copy: the taxonomies, no areas or places.
    lagesbild::seed::load_taxonomies(&mut db.store).expect("taxonomies");
    let dir = db.dir.path().to_path_buf();
    let areas = "Referens;Namn;Typ;Kod;Överordnad;Polisens områdesstatus;Statusår\n\
                 ;Sjövik centrum;Kommundel;;;;\n\
                 ;Lindängsringen;Bostadsområde;;Sjövik centrum;Utsatt område;2025\n";
    let outcome = import(
        &mut db.store,
        &write(&dir, "omraden.csv", areas.as_bytes()),
        options(),
    );
    assert_eq!(
        (outcome.kind, outcome.new),
        (SheetKind::Areas, 2),
        "{:?}",
        outcome.rejected
    );
    let places = "Referens,Namn,Område,Typ,Platsens karaktär,Latitud,Longitud\n\
                  ,Lindängstorget,Lindängsringen,Torg,,\"59,2871\",\"18,0123\"\n";
    let outcome = import(
        &mut db.store,
        &write(&dir, "platser.csv", places.as_bytes()),
        options(),
    );
    assert_eq!(
        (outcome.kind, outcome.new),
        (SheetKind::Places, 1),
        "{:?}",
        outcome.rejected
    );
    let all_areas = db.store.all::<Area>().expect("areas");
    let centre = all_areas
        .iter()
        .find(|a| a.name == "Sjövik centrum")
        .expect("centre");
    let ring = all_areas
        .iter()
        .find(|a| a.name == "Lindängsringen")
        .expect("ring");
    assert_eq!(
        ring.parent_id,
        Some(centre.id),
        "a parent made earlier in the same file"
    );
    assert_eq!(ring.police_status, PoliceStatus::Utsatt);
    let place = &db.store.all::<Place>().expect("places")[0];
    assert_eq!(
        (place.area_id, place.lat, place.lon),
        (ring.id, Some(59.2871), Some(18.0123))
    );
    let again = import(
        &mut db.store,
        &write(&dir, "platser2.csv", places.as_bytes()),
        options(),
    );
    assert_eq!((again.new, again.already), (0, 1));
}

fn report_options() -> lagesbild::report::Options {
    let today = day(2026, 11, 19);
    lagesbild::report::Options {
        include_internal: false,
        minutes_title: lagesbild::report::MinutesTitle::Minnesanteckningar,
        today,
        generated_at: today.and_hms_opt(12, 0, 0).expect("time"),
        lang: Lang::Sv,
    }
}

#[test]
fn the_plans_own_export_reads_back_into_an_empty_copy_as_the_same_plan() {
    use lagesbild::report::{Format, plan};
    let o = report_options();
    let mut demo = temp_store();
    lagesbild::seed::load_demo(
        &mut demo.store,
        &lagesbild::seed::DemoOptions {
            today: o.today,
            years: None,
        },
    )
    .expect("demo");
    let original = plan::find_plan(&demo.store, None).expect("the demo's plan");
    let before = plan::PlanReport::gather(&demo.store, original.clone(), &o)
        .expect("rows")
        .rows;
    assert!(before.len() > 3, "a plan worth the name: {before:?}");
    let xlsx = plan::export(&demo.store, original.id, Format::Xlsx, &o).expect("xlsx");

    let mut empty = temp_store();
    lagesbild::seed::load_taxonomies(&mut empty.store).expect("taxonomies");
    let path = write(empty.dir.path(), "atgardsplan.xlsx", &xlsx);
    let preview = import(
        &mut empty.store,
        &path,
        SheetImportOptions {
            dry_run: true,
            ..options()
        },
    );
    assert_eq!(preview.kind, SheetKind::Plan);
    assert!(preview.new > before.len(), "{preview:?}");
    assert!(
        empty.store.action_plans().expect("plans").is_empty(),
        "a dry run writes nothing"
    );
    let outcome = import(&mut empty.store, &path, options());
    assert_eq!(outcome.new, preview.new);
    let copied = plan::find_plan(&empty.store, None).expect("the plan, moved in");
    assert_eq!(copied.title, original.title);
    let after = plan::PlanReport::gather(&empty.store, copied.clone(), &o)
        .expect("rows")
        .rows;
    assert_eq!(after, before, "the same rows exported again");
    let again = plan::export(&empty.store, copied.id, Format::Csv, &o).expect("csv");
    let first = plan::export(&demo.store, original.id, Format::Csv, &o).expect("csv");
    assert_eq!(again, first, "the same CSV, byte for byte");
    let twice = import(&mut empty.store, &path, options());
    assert_eq!(
        (twice.new, twice.already),
        (0, 1),
        "reading it again adds nothing"
    );
}

#[test]
fn a_plan_with_follow_ups_and_comments_reads_back_the_same() {
    use lagesbild::report::{Format, plan};
    let o = crate::reports::options();
    let mut world = temp_store();
    crate::report_world::build(&mut world.store);
    let original: ActionPlan = world
        .store
        .require(crate::report_world::id("plan"))
        .expect("plan");
    let first = plan::export(&world.store, original.id, Format::Xlsx, &o).expect("xlsx");
    let before = plan::PlanReport::gather(&world.store, original.clone(), &o)
        .expect("rows")
        .rows;
    assert!(
        before
            .iter()
            .any(|r| r.last_follow_up.is_some() && !r.last_comment.is_empty()),
        "the world has a follow-up to carry: {before:?}"
    );
    let mut empty = temp_store();
    let path = write(empty.dir.path(), "plan.xlsx", &first);
    import(&mut empty.store, &path, options());
    let copied = plan::find_plan(&empty.store, None).expect("moved in");
    let after = plan::PlanReport::gather(&empty.store, copied, &o)
        .expect("rows")
        .rows;
    assert_eq!(after, before);
}

/// A partner's sheet as LibreOffice saves it (made with `soffice --headless --convert-to ods`
/// and `xlsx` from a filled-in CSV: real date and time cells, numbers as numbers).
#[test]
fn a_sheet_saved_by_libreoffice_reads_back_as_ods_and_xlsx() {
    for file in ["partner-rapport.ods", "partner-rapport.xlsx"] {
        let mut db = temp_store();
        world(&mut db.store);
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/sheets")
            .join(file);
        let outcome = import(&mut db.store, &path, options());
        assert_eq!(
            (outcome.new, outcome.already),
            (2, 0),
            "{file}: {:?}",
            outcome.rejected
        );
        let mut found = observations(&db.store);
        found.sort_by_key(|o| o.occurred_on);
        assert_eq!(found[0].occurred_on, day(2026, 11, 16), "{file}");
        assert_eq!(
            found[0].time_from,
            chrono::NaiveTime::from_hms_opt(21, 40, 0),
            "{file}"
        );
        assert_eq!(found[1].day_period, Some(DayPeriod::Natt), "{file}");
        assert_eq!(found[1].count_estimate, Some(2), "{file}");
        assert_eq!(found[1].place_id, None, "{file}");
    }
}
