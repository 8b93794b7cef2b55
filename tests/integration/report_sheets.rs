//! The reports read the way their readers use them (issue 13): the åtgärdsplan as a follow-up
//! sheet with one row per action, honest comparisons in the year report, HTML that prints, a
//! calendar in Swedish time and an agreement follow-up that flags what is due.

use crate::common::temp_store;
use crate::report_world::{build, id};
use crate::reports::{options, unzip};

use lagesbild::report::{self, Format};

/// An export's text.
fn text(bytes: lagesbild::report::Result<Vec<u8>>) -> String {
    String::from_utf8(bytes.expect("export")).expect("utf-8")
}

/// The year report of 2026 in Markdown.
fn year_md(store: &lagesbild::store::Store) -> String {
    text(report::year::export(
        store,
        2026,
        Format::Markdown,
        &options(),
    ))
}

/// The CSV's rows as cells (the BOM and `;` the way Swedish Excel reads them).
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8_lossy(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.expect("csv row").iter().map(str::to_string).collect())
        .collect()
}

/// The text of each table row of an HTML or DOCX document, tags dropped.
fn table_rows(markup: &str, row_start: &str, row_end: &str) -> Vec<String> {
    markup
        .split(row_start)
        .skip(1)
        .map(|r| {
            let r = r.split(row_end).next().unwrap_or_default();
            let mut text = String::new();
            let mut in_tag = false;
            for c in r.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push('|');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text
        })
        .collect()
}

#[test]
fn the_plan_is_a_follow_up_sheet_with_one_row_per_action_and_its_own_deadline() {
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let plan = id("plan");

    let rows = csv_rows(&report::plan::export(&db.store, plan, Format::Csv, &o).expect("csv"));
    let header = &rows[0];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name:?} in {header:?}"))
    };
    let (action, due, status) = (col("Åtgärd"), col("Klart senast"), col("Status"));
    let (owner, last, item) = (
        col("Ansvarig"),
        col("Senaste uppföljning"),
        col("Planpunkt"),
    );
    // Three actions in two plan items: three rows, one action each, filterable.
    assert_eq!(rows.len(), 4, "{rows:?}");
    let mural = rows
        .iter()
        .find(|r| r[action] == "Konstprojekt med unga i tunneln")
        .expect("a row of its own for the mural action");
    assert_eq!(mural[due], "2026-10-31", "the action's own deadline");
    assert_eq!(mural[status], "pågår – försenad");
    assert_eq!(mural[owner], "Fritidsförvaltningen");
    assert_eq!(mural[last], "2026-11-05");
    assert_eq!(mural[item], "Trygg passage genom gångtunneln");
    let light = rows
        .iter()
        .find(|r| r[action] == "'=Belysningsplan för gångtunneln")
        .expect("the done action has a row too");
    assert_eq!(light[due], "2026-06-30");
    assert_eq!(light[status], "genomförd");
    assert_eq!(light[last], "", "its item's follow-up is not its own");
    // "försenad" only beside a deadline that has passed: the late action's own.
    for r in &rows[1..] {
        if r[status].contains("försenad") {
            assert!(r[due].as_str() < "2026-11-19", "{r:?}");
        }
    }

    // The same rows in the printed formats.
    let html = text(report::plan::export(&db.store, plan, Format::Html, &o));
    let docx = report::plan::export(&db.store, plan, Format::Docx, &o).expect("docx");
    let document = unzip(&docx, "word/document.xml");
    for (what, rows) in [
        ("html", table_rows(&html, "<tr>", "</tr>")),
        ("docx", table_rows(&document, "<w:tr>", "</w:tr>")),
    ] {
        let mural = rows
            .iter()
            .find(|r| r.contains("Konstprojekt med unga i tunneln"))
            .unwrap_or_else(|| panic!("{what}: no row for the mural"));
        assert!(
            mural.contains("2026-10-31") && mural.contains("försenad"),
            "{what}: {mural}"
        );
        assert!(
            !mural.contains("Öppen fritidsgård"),
            "{what}: one action per row: {mural}"
        );
        for r in rows.iter().filter(|r| r.contains("försenad")) {
            assert!(!r.contains("2026-12-31"), "{what}: {r}");
        }
    }

    // "Nr" is a number in the workbook where it is one.
    let xlsx = report::plan::export(&db.store, plan, Format::Xlsx, &o).expect("xlsx");
    let sheet = unzip(&xlsx, "xl/worksheets/sheet1.xml");
    let a2 = sheet
        .split("<c r=\"A2\"")
        .nth(1)
        .and_then(|c| c.split("</c>").next())
        .expect("cell A2");
    assert!(!a2.contains("t=\"s\""), "Nr stored as text: {a2}");
    assert!(a2.contains("<v>1</v>"), "{a2}");
    // The mural's own deadline (2026-10-31) and its last follow-up (2026-11-05) are date cells.
    for serial in ["46326", "46331"] {
        assert!(sheet.contains(&format!("<v>{serial}</v>")), "date {serial}");
    }
}

/// The year report's row for an area, as cells.
fn year_row(md: &str, area: &str) -> Vec<String> {
    md.lines()
        .find(|l| l.starts_with(&format!("| {area} |")))
        .unwrap_or_else(|| panic!("no row for {area}:\n{md}"))
        .trim_matches('|')
        .split(" | ")
        .map(|c| c.trim().to_string())
        .collect()
}

fn add_observations(store: &mut lagesbild::store::Store, days: &[(&str, chrono::NaiveDate)]) {
    let obs: Vec<_> = days
        .iter()
        .map(|(key, on)| {
            crate::report_world::observation(
                key,
                *on,
                "lindangen",
                Some("torget"),
                "skadegorelse",
                "polis",
                "Klotter på väggarna i gångtunneln.",
            )
        })
        .collect();
    store
        .write(|w| {
            for o in &obs {
                w.create(o)?;
            }
            Ok(())
        })
        .expect("observations");
}

#[test]
fn the_year_report_compares_the_same_weeks_of_both_years() {
    use crate::report_world::d;
    let mut db = temp_store();
    build(&mut db.store);
    // Data since the turn of the year 2024/25, so 2025 is a whole base. The December
    // observation falls after 19 November: outside the period 2026 is compared over.
    add_observations(
        &mut db.store,
        &[
            ("o-2024", d(2024, 12, 30)),
            ("o-2025-a", d(2025, 3, 10)),
            ("o-2025-b", d(2025, 6, 2)),
            ("o-2025-dec", d(2025, 12, 10)),
        ],
    );
    let md = year_md(&db.store);
    let row = year_row(&md, "Lindängsringen");
    assert_eq!(
        row[2], "2",
        "the base counts 1 January–19 November 2025 only: {row:?}"
    );
    assert!(md.contains("1 januari–19 november"), "{md}");
}

#[test]
fn the_year_report_says_the_base_is_incomplete_instead_of_a_percentage() {
    use crate::report_world::d;
    let mut db = temp_store();
    build(&mut db.store);
    // The copy's data begin in November 2025: a few weeks against a whole year.
    add_observations(
        &mut db.store,
        &[("o-2025-a", d(2025, 11, 3)), ("o-2025-b", d(2025, 11, 10))],
    );
    let md = year_md(&db.store);
    let row = year_row(&md, "Lindängsringen");
    assert!(
        !row[3].contains('%'),
        "no percentage on a partial base: {row:?}"
    );
    assert!(
        md.contains("2025-11-03"),
        "the document says where the data begin:\n{md}"
    );
}

#[test]
fn the_year_report_keeps_the_plan_item_number_apart_from_the_action() {
    let mut db = temp_store();
    build(&mut db.store);
    let md = year_md(&db.store);
    assert!(!md.contains("| 1 Konstprojekt"), "{md}");
    assert!(
        md.contains("| 1 | Konstprojekt med unga i tunneln |"),
        "the number in a column of its own:\n{md}"
    );
}

/// The document's print CSS: the `@page` rules that apply to every page.
fn page_rules(html: &str) -> Vec<String> {
    html.split("@page")
        .skip(1)
        .map(|r| r.split("\n}").next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn html_prints_landscape_where_it_needs_the_width_with_the_stamp_in_the_margin() {
    use crate::report_world::MEETING;
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let plan = text(report::plan::export(
        &db.store,
        id("plan"),
        Format::Html,
        &o,
    ));
    let minutes = text(report::minutes::export(
        &db.store,
        id(MEETING),
        Format::Html,
        &o,
    ));
    // The page rule every page follows (not a named page nothing uses): the plan's sections
    // of six columns and the minutes print portrait; a document that needs the width prints
    // landscape.
    let plan_pages = page_rules(&plan);
    assert!(
        plan_pages.iter().all(|r| !r.contains("landscape")),
        "{plan_pages:?}"
    );
    let minute_pages = page_rules(&minutes);
    assert!(
        minute_pages.iter().all(|r| !r.contains("landscape")),
        "{minute_pages:?}"
    );
    let record: lagesbild::domain::ActionPlan = db.store.require(id("plan")).expect("plan");
    let mut wide = report::plan::PlanReport::gather(&db.store, record, &o)
        .expect("plan")
        .document(&o);
    wide.landscape = true;
    let wide = report::html::render(&wide);
    assert!(
        page_rules(&wide)
            .iter()
            .any(|r| r.trim_start().starts_with("{ size: A4 landscape")),
        "{:?}",
        page_rules(&wide)
    );
    for html in [&plan, &minutes] {
        // The classification prints in the page margin, reserved for it, never fixed over
        // the text.
        assert!(
            !html.contains("position: fixed"),
            "stamp laid over the text"
        );
        assert!(
            html.contains("@bottom-left { content: \"Informationsklass: BEGRÄNSAD"),
            "stamp in the page margin on every page"
        );
        assert!(html.contains("counter(page)"), "page numbers");
        // The header's parts are cells of their own: Word, which ignores flex layout, would
        // run "säkerhetsenheten" and the title together.
        assert!(!html.contains("display: flex"));
        assert!(html.contains("<table class=\"sidhuvud\" role=\"presentation\">"));
    }
    assert!(minutes.contains("<td class=\"titel\">MINNESANTECKNINGAR</td>"));
    // A § that does not fit starts on the page it begins on: no whole section kept together
    // (which pushed § 4 to a new page, leaving half a page blank).
    assert!(!minutes.contains(".paragraf { break-inside: avoid"));
    assert!(!minutes.contains("tr, .paragraf { break-inside: avoid"));
}

/// The ICS's events, unfolded (a long line continues on the next after a space).
fn ics_events(ics: &str) -> Vec<String> {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT")
        .skip(1)
        .map(|e| e.split("END:VEVENT").next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_calendar_marks_deadlines_free_classifies_every_event_and_leaves_past_deadlines_out() {
    use lagesbild::domain::EntityKind;
    let mut db = temp_store();
    build(&mut db.store);
    let o = options();
    let file = report::calendar::calendar(&db.store, &o, false).expect("ics");
    assert!(file.warnings.is_empty(), "{:?}", file.warnings);
    let ics = String::from_utf8(file.bytes).expect("utf-8");
    let events = ics_events(&ics);
    assert!(events.len() > 3, "{ics}");
    for e in &events {
        assert!(
            e.contains("Informationsklass: "),
            "unclassified event:\n{e}"
        );
        if e.contains("SUMMARY:Klart senast") {
            // Outlook would show every partner busy all day on every deadline.
            assert!(e.contains("TRANSP:TRANSPARENT"), "{e}");
        } else {
            assert!(
                e.contains("TRANSP:OPAQUE"),
                "the meeting keeps the time: {e}"
            );
        }
    }
    // The mural's deadline (2026-10-31) has passed: not in the calendar unless asked for.
    assert!(!ics.contains("Konstprojekt med unga i tunneln"), "{ics}");
    let with_past = report::calendar::calendar(&db.store, &o, true).expect("ics");
    assert!(String::from_utf8_lossy(&with_past.bytes).contains("Konstprojekt med unga i tunneln"));

    // No meeting to come (next week's was moved back in time): the file has none, and the
    // user is told so in Swedish.
    db.store
        .write(|w| {
            w.set(
                EntityKind::Meeting,
                id("meeting-w48"),
                "date",
                crate::report_world::d(2026, 11, 5),
            )
        })
        .expect("move");
    let file = report::calendar::calendar(&db.store, &o, false).expect("ics");
    assert!(!String::from_utf8_lossy(&file.bytes).contains("veckomöte"));
    assert_eq!(file.warnings.len(), 1, "{:?}", file.warnings);
    assert!(
        file.warnings[0].contains("Inget kommande möte"),
        "{:?}",
        file.warnings
    );
    // The command line says it too, and still writes the file.
    let (path, dir) = (db.path(), db.dir.path().to_path_buf());
    drop(db.store);
    let out = crate::reports::lagesbild(&dir, &path, &["report", "calendar", "-o", "k.ics"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Inget kommande möte"));
    assert!(dir.join("k.ics").is_file());
}

/// The "Skapad … kl. 17.47" time of a document the real binary writes on a machine whose
/// clock is set to UTC: Swedish time all the same.
#[test]
fn documents_are_stamped_in_swedish_time_whatever_the_machine_clock() {
    let mut db = temp_store();
    build(&mut db.store);
    let path = db.path();
    let dir = db.dir.path().to_path_buf();
    drop(db.store);
    let swedish_now = || {
        let t = lagesbild::domain::swedish_time::now();
        t.format("%H.%M").to_string()
    };
    let before = swedish_now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(["report", "agreement", "--format", "md", "-o", "a.md"])
        .current_dir(&dir)
        .env("LAGESBILD_DB", &path)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", &dir)
        .env("TZ", "UTC")
        .output()
        .expect("run");
    let after = swedish_now();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(dir.join("a.md")).expect("md");
    let stamped = md
        .split("med lagesbild")
        .next()
        .and_then(|s| s.rsplit("kl. ").next())
        .map(|s| s.trim().to_string())
        .expect("a Skapad line");
    assert!(
        stamped == before || stamped == after,
        "stamped {stamped}, Swedish time {before}–{after}"
    );
}

#[test]
fn the_agreement_flags_a_passed_revision_date_and_names_each_promise() {
    use lagesbild::domain::{CitizenPromise, Classification, EntityKind, PromiseBasis};
    let mut db = temp_store();
    build(&mut db.store);
    let agreement = id("agreement");
    let second = CitizenPromise {
        id: id("promise-2"),
        classification: Classification::Oppen,
        agreement_id: agreement,
        period_start: crate::report_world::d(2026, 1, 1),
        period_end: crate::report_world::d(2026, 12, 31),
        text: "Vi ska stoppa buskörningen vid Ekuddens strand.".into(),
        basis: PromiseBasis::Statistik,
        place_ids: vec![],
        active: Some(true),
    };
    db.store
        .write(|w| {
            w.create(&second)?;
            w.set(
                EntityKind::Agreement,
                agreement,
                "revision_due",
                crate::report_world::d(2026, 10, 1),
            )
        })
        .expect("write");
    let md = text(report::agreement::export(
        &db.store,
        agreement,
        Format::Markdown,
        &options(),
    ));
    assert!(
        md.contains("Revideringsdatumet 2026-10-01 har passerat"),
        "a passed revision date is flagged:\n{md}"
    );
    let headings: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("### Medborgarlöfte"))
        .collect();
    assert_eq!(headings.len(), 2, "{md}");
    assert_ne!(headings[0], headings[1], "each promise its own heading");
    assert!(
        headings
            .iter()
            .any(|h| h.contains("Vi ska stoppa buskörningen vid Ekuddens strand")),
        "{headings:?}"
    );
}

/// The TUI's calendar export says the same as the command line when no meeting is coming.
#[test]
fn the_tuis_calendar_export_says_when_no_meeting_is_coming() {
    use crate::common::app::{open, today};
    use lagesbild::domain::EntityKind;
    use lagesbild::store::{Access, Store};
    let dir = tempfile::tempdir().expect("dir");
    {
        let mut store =
            Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open");
        crate::common::town::build(&mut store);
        let next = store
            .next_meeting_from(today())
            .expect("query")
            .expect("the town's planned meeting");
        store
            .write(|w| {
                w.set(
                    EntityKind::Meeting,
                    next.id,
                    "date",
                    crate::common::day(2026, 11, 5),
                )
            })
            .expect("move it back");
    }
    let mut app = open(dir, 80, 24);
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["3", "e", "right", "right", "right", "right", "enter"]);
    let status = app.status();
    assert!(status.starts_with("Skrev "), "{status}");
    assert!(status.contains("kalender-2026-11-19.ics"), "{status}");
    assert!(status.contains("Inget kommande möte"), "{status}");
}
