//! Golden files of every export on the demo municipality (fixed `today` 2026-11-19 and a
//! fixed "generated at" time, so the output is byte-stable). `UPDATE_GOLDEN=1` rewrites them.

use crate::common;

use std::io::Read;
use std::path::PathBuf;

use chrono::NaiveDate;
use common::temp_store;
use lagesbild::domain::Lang;
use lagesbild::report::{self, Format, MinutesTitle, Options};
use lagesbild::seed::{DemoOptions, load_demo};

fn options() -> Options {
    let today = NaiveDate::from_ymd_opt(2026, 11, 19).expect("date");
    Options {
        include_internal: false,
        minutes_title: MinutesTitle::Minnesanteckningar,
        today,
        generated_at: today.and_hms_opt(12, 0, 0).expect("time"),
        lang: Lang::Sv,
    }
}

/// Words only Swedish has: none may appear in a document or output asked for in English.
pub const SWEDISH_ONLY: &[&str] = &[
    "Iakttagelse",
    "iakttagelse",
    "Åtgärd",
    "åtgärd",
    "Möte",
    "möte",
    "Lägesbild",
    "lägesbild",
    "Överenskommelse",
    "överenskommelse",
    "Närvarande",
    "närvarande",
    "Justera",
    "Utkast",
    "Beslut",
    "vecka",
    "Sida",
    "Skapad",
    "Informationsklass",
    "Område",
    "Plats",
    "Ansvarig",
    "Klart senast",
    "Kommentar",
    "Datum",
    " och ",
    " med ",
    " inte ",
];

fn golden(name: &str, actual: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/demo")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
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
            .unwrap_or(a.lines().count().min(e.lines().count()));
        panic!(
            "{name} differs from its golden file at line {}:\n  got:      {:?}\n  expected: {:?}\n(UPDATE_GOLDEN=1 rewrites it)",
            line + 1,
            a.lines().nth(line),
            e.lines().nth(line)
        );
    }
}

fn unzip(bytes: &[u8], file: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut f = z
        .by_name(file)
        .unwrap_or_else(|_| panic!("{file} in package"));
    let mut s = String::new();
    f.read_to_string(&mut s).expect("utf-8 xml");
    s
}

#[test]
fn every_export_of_the_demo_matches_its_golden_file() {
    let mut db = temp_store();
    let o = options();
    load_demo(
        &mut db.store,
        &DemoOptions {
            today: o.today,
            years: None,
        },
    )
    .expect("demo");
    let store = &db.store;
    // Last week's meeting has happened; this week's is still planned.
    let meeting = store.meeting_by_reference("2026-W46").expect("meeting").id;
    let md = report::minutes::export(store, meeting, Format::Markdown, &o).expect("minutes md");
    golden("protokoll-2026-11-12.md", &md);
    let text = String::from_utf8(md).expect("utf-8");
    for expected in [
        "# Minnesanteckningar",
        "## § 1 Mötets öppnande",
        "## Åtgärdslista",
        "| Nr | § | Åtgärd | Plats | Ansvarig organisation | Klart senast | Vecka | Status |",
        "> Informationsklass:",
    ] {
        assert!(text.contains(expected), "demo minutes lack {expected:?}");
    }
    // The same minutes in English: no Swedish word of ours left (the demo's own records, such
    // as area and organisation names and what people wrote, stay as they were written).
    let en = Options {
        lang: Lang::En,
        ..options()
    };
    let md_en = report::minutes::export(store, meeting, Format::Markdown, &en).expect("en md");
    golden("minutes-en-2026-11-12.md", &md_en);
    // The check bites: on the Swedish minutes it finds Swedish words.
    let swedish = english_chrome(&text);
    assert!(SWEDISH_ONLY.iter().filter(|w| swedish.contains(*w)).count() > 10);
    let chrome = english_chrome(&String::from_utf8(md_en).expect("utf-8"));
    for word in SWEDISH_ONLY {
        assert!(
            !chrome.contains(word),
            "English minutes say {word:?}:\n{chrome}"
        );
    }
    let html_en = report::minutes::export(store, meeting, Format::Html, &en).expect("en html");
    assert!(String::from_utf8_lossy(&html_en).contains("<html lang=\"en\">"));
    let docx_en = report::minutes::export(store, meeting, Format::Docx, &en).expect("en docx");
    let footer = (1..=3)
        .filter_map(|n| {
            let mut z = zip::ZipArchive::new(std::io::Cursor::new(&docx_en)).ok()?;
            let mut f = z.by_name(&format!("word/footer{n}.xml")).ok()?;
            let mut s = String::new();
            f.read_to_string(&mut s).ok()?;
            Some(s)
        })
        .collect::<String>();
    assert!(
        footer.contains("Page ") && !footer.contains("Sida"),
        "{footer}"
    );

    golden(
        "protokoll-2026-11-12.html",
        &report::minutes::export(store, meeting, Format::Html, &o).expect("minutes html"),
    );
    let docx = report::minutes::export(store, meeting, Format::Docx, &o).expect("minutes docx");
    let doc = unzip(&docx, "word/document.xml");
    for expected in [
        "<w:pStyle w:val=\"Title\" />",
        "<w:pStyle w:val=\"Heading1\" />",
        "§ 4 Gemensam lägesbild",
        "Åtgärdslista",
        "Klart senast",
    ] {
        assert!(
            doc.contains(expected),
            "demo minutes docx lacks {expected:?}"
        );
    }

    let plan = report::plan::find_plan(store, None).expect("plan").id;
    golden(
        "atgardsplan.csv",
        &report::plan::export(store, plan, Format::Csv, &o).expect("csv"),
    );
    golden(
        "atgardsplan.md",
        &report::plan::export(store, plan, Format::Markdown, &o).expect("plan md"),
    );
    // The plan in English: headings, fields and columns (the plan's own texts are data).
    let plan_en = report::plan::export(store, plan, Format::Markdown, &en).expect("plan en");
    golden("atgardsplan-en.md", &plan_en);
    let chrome = english_chrome(&String::from_utf8(plan_en).expect("utf-8"));
    for word in SWEDISH_ONLY {
        assert!(
            !chrome.contains(word),
            "English plan says {word:?}:\n{chrome}"
        );
    }
    let csv_en = report::plan::export(store, plan, Format::Csv, &en).expect("csv en");
    let header = String::from_utf8_lossy(&csv_en)
        .lines()
        .next()
        .map(str::to_string);
    assert_eq!(
        header.as_deref(),
        Some(
            "\u{feff}No.;Plan item;Problem;Cause;Goal;Action;Responsible;Due;Status;\
             Latest follow-up;Comment;Indicator"
        )
    );
    let xlsx = report::plan::export(store, plan, Format::Xlsx, &o).expect("xlsx");
    let sheet = unzip(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<autoFilter ref=\"A1:L"));
    assert!(sheet.contains("state=\"frozen\"") && sheet.contains("orientation=\"landscape\""));
    assert!(!sheet.contains("<f>"));
    let strings = unzip(&xlsx, "xl/sharedStrings.xml");
    assert!(strings.contains("Senaste uppföljning"));

    golden(
        "kalender.ics",
        &report::calendar::export(store, &o).expect("ics"),
    );
    let agreement = report::agreement::find_agreement(store, None)
        .expect("agreement")
        .id;
    golden(
        "overenskommelse.md",
        &report::agreement::export(store, agreement, Format::Markdown, &o).expect("agreement"),
    );
    golden(
        "overenskommelse.html",
        &report::agreement::export(store, agreement, Format::Html, &o).expect("agreement html"),
    );
    // The agreement follow-up and the calendar in English.
    let agreement_en =
        report::agreement::export(store, agreement, Format::Markdown, &en).expect("agreement en");
    golden("agreement-en.md", &agreement_en);
    let chrome = english_chrome(&String::from_utf8(agreement_en).expect("utf-8"));
    for word in SWEDISH_ONLY {
        assert!(
            !chrome.contains(word),
            "English agreement says {word:?}:\n{chrome}"
        );
    }
    let ics_en =
        String::from_utf8(report::calendar::export(store, &en).expect("ics en")).expect("utf-8");
    assert!(ics_en.contains("X-WR-CALNAME:Situation picture – meetings and actions"));
    assert!(ics_en.contains("SUMMARY:Due: ") && !ics_en.contains("Klart senast"));
    golden(
        "ar-2026.md",
        &report::year::export(store, 2026, Format::Markdown, &o).expect("year"),
    );
    let year_en = report::year::export(store, 2026, Format::Markdown, &en).expect("year en");
    golden("year-2026-en.md", &year_en);
    let chrome = english_chrome(&String::from_utf8(year_en).expect("utf-8"));
    for word in SWEDISH_ONLY {
        assert!(
            !chrome.contains(word),
            "English year report says {word:?}:\n{chrome}"
        );
    }
    let year_docx = report::year::export(store, 2026, Format::Docx, &o).expect("year docx");
    assert!(unzip(&year_docx, "word/document.xml").contains("Lägesbild 2026 per område"));
}

/// The words the program put into a Markdown document: headings, field names, table headers
/// and fixed sentences; the demo's records (names people gave, texts people wrote) are left out
/// because they are data, written in the group's own language.
fn english_chrome(md: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut previous = "";
    let mut title_seen = false;
    for line in md.lines() {
        let subtitle = title_seen && line.starts_with("**");
        if !line.trim().is_empty() {
            title_seen = line.starts_with("# ");
        }
        let numbered = line
            .strip_prefix("## ")
            .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()));
        let keep = if line.starts_with("## §") || line.starts_with("### ") || subtitle || numbered
        {
            // an agenda item's own title, an area's name, a plan item's number and title, the
            // document's subtitle (the plan's or the group's name): written by the group
            None
        } else if line.starts_with("## ") && line.contains(": ") {
            line.split(": ").next() // "## Priority 1: <the priority's own title>"
        } else if ["# ", "## ", "> "].iter().any(|p| line.starts_with(p))
            || (line.starts_with("| ") && !previous.starts_with('|'))
        {
            Some(line) // a heading, the stamp, or a table's header row
        } else {
            // "**Date:** …": the field name only; "**Caption**": all of it
            line.strip_prefix("**").and_then(|l| l.split("**").next())
        };
        out.extend(keep.map(str::to_string));
        previous = line;
    }
    out.join("\n")
}

/// Issue 14: an English document names the event types by the taxonomy's English labels
/// (the weekly lägesbild, its charts' text alternatives and the minutes alike).
#[test]
fn english_documents_name_event_types_in_english() {
    let o = options();
    let mut db = temp_store();
    load_demo(
        &mut db.store,
        &DemoOptions {
            today: o.today,
            years: None,
        },
    )
    .expect("demo");
    let store = &db.store;
    let en = Options {
        lang: Lang::En,
        ..options()
    };
    let week = lagesbild::domain::IsoWeek::new(2026, 46).expect("week");
    let sv =
        String::from_utf8(report::week::export(store, week, Format::Markdown, &o).expect("sv"))
            .expect("utf-8");
    assert!(sv.contains("Skadegörelse/klotter"), "{sv}");
    let md =
        String::from_utf8(report::week::export(store, week, Format::Markdown, &en).expect("en"))
            .expect("utf-8");
    assert!(md.contains("Vandalism/graffiti"), "{md}");
    for swedish in [
        "Skadegörelse/klotter",
        "Ordningsstörning",
        "Samling av personer",
    ] {
        assert!(
            !md.contains(swedish),
            "{swedish} in the English week:\n{md}"
        );
    }
    let meeting = store.meeting_by_reference("2026-W46").expect("meeting").id;
    let minutes = report::minutes::export(store, meeting, Format::Markdown, &en).expect("minutes");
    let minutes = String::from_utf8(minutes).expect("utf-8");
    assert!(!minutes.contains("Skadegörelse/klotter"), "{minutes}");
}
