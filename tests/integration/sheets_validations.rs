//! A template's drop-downs as real readers see them. calamine (the reader the import uses)
//! reads the template's sheets, their visibility and the lists the drop-downs offer, but has no
//! API for data validations; those are read from the sheet's XML as Excel writes and reads it.
//! LibreOffice's view is the fixture `tests/data/sheets/mall-iakttagelser-libreoffice.ods`:
//! the observation template of the demo copy (`lagesbild demo`, `LAGESBILD_TODAY=2026-11-19`,
//! `lagesbild sheet template observations -o mall-iakttagelser.xlsx`) converted by
//! `soffice --headless --convert-to ods mall-iakttagelser.xlsx` (LibreOffice 7.4), i.e. what
//! LibreOffice made of the XLSX: its validations are in the ODS's content.xml.

use crate::common;

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, SheetVisible};
use common::*;
use lagesbild::domain::Lang;
use lagesbild::sheets::{Lists, SheetKind, template};

fn cells(range: &calamine::Range<Data>, row: usize) -> Vec<String> {
    range
        .rows()
        .nth(row)
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .unwrap_or_default()
}

fn column(range: &calamine::Range<Data>, col: usize) -> Vec<String> {
    range
        .rows()
        .filter_map(|r| r.get(col).map(|c| c.to_string()))
        .filter(|c| !c.is_empty())
        .collect()
}

fn headings() -> Vec<String> {
    let kind = SheetKind::Observations;
    kind.columns()
        .iter()
        .map(|c| {
            let h = c.heading(kind, Lang::Sv);
            if c.required { format!("{h} *") } else { h }
        })
        .collect()
}

#[test]
fn calamine_reads_the_templates_sheets_and_the_lists_its_drop_downs_offer() {
    let mut db = temp_store();
    world(&mut db.store);
    let lists = Lists::load(&db.store, Lang::Sv).expect("lists");
    let bytes =
        template::xlsx(SheetKind::Observations, &lists, day(2026, 11, 19), Lang::Sv).expect("xlsx");
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("calamine opens the template");
    let sheets: Vec<(String, SheetVisible)> = wb
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible))
        .collect();
    assert_eq!(
        sheets,
        [
            ("Iakttagelser".to_string(), SheetVisible::Visible),
            ("Instruktioner".to_string(), SheetVisible::Visible),
            ("Listor".to_string(), SheetVisible::Hidden),
        ]
    );
    let first = wb.worksheet_range("Iakttagelser").expect("first sheet");
    assert_eq!(cells(&first, 0), headings());
    assert_eq!(cells(&first, 1)[0], "EXEMPEL", "the example row");
    let listed = wb.worksheet_range("Listor").expect("lists sheet");
    // The drop-downs' lists, in the order the columns come: dygnsperiod, område, plats …
    assert_eq!(column(&listed, 1), ["Område", "Lindängsringen"]);
    assert_eq!(column(&listed, 2), ["Plats", "Lindängstorget"]);
    assert_eq!(column(&listed, 3), ["Händelsetyp", "Skadegörelse/klotter"]);
    assert_eq!(
        column(&listed, 6),
        [
            "Rapporterande organisation",
            "Sjöviks kommun – säkerhetsenheten"
        ]
    );
    let help = wb.worksheet_range("Instruktioner").expect("instructions");
    assert!(
        column(&help, 0)
            .iter()
            .any(|l| l.starts_with("Inga personuppgifter")),
        "the instructions say inga personuppgifter"
    );
}

#[test]
fn libreoffice_keeps_the_templates_drop_downs_date_and_number_checks_and_locked_sheet() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/sheets/mall-iakttagelser-libreoffice.ods");
    let bytes = std::fs::read(&path).expect("fixture");
    // calamine reads what LibreOffice saved: the same headings as today's template (a changed
    // template wants the fixture made again, as the module comment says).
    let mut wb: calamine::Ods<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).expect("calamine opens it");
    let first = wb.worksheet_range("Iakttagelser").expect("first sheet");
    assert_eq!(cells(&first, 0), headings());
    let listed = wb.worksheet_range("Listor").expect("lists");
    assert!(column(&listed, 2).contains(&"Lindängstorget".to_string()));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut content = String::new();
    zip.by_name("content.xml")
        .expect("content.xml")
        .read_to_string(&mut content)
        .expect("read");
    let validations: Vec<&str> = content
        .split("<table:content-validation ")
        .skip(1)
        .map(|v| v.split('>').next().unwrap_or_default())
        .collect();
    let lists: Vec<&&str> = validations
        .iter()
        .filter(|v| v.contains("of:cell-content-is-in-list([$Listor."))
        .collect();
    // Dygnsperiod, område, plats, händelsetyp, allvarlighetsnivå, bedömning, organisation.
    assert_eq!(lists.len(), 7, "{validations:#?}");
    assert!(
        lists
            .iter()
            .all(|v| v.contains("table:display-list=\"unsorted\"")),
        "each list is shown as a drop-down"
    );
    assert!(
        validations
            .iter()
            .any(|v| v.contains("cell-content-is-date() and cell-content-is-between(36526,73050)")),
        "dates between 2000-01-01 and 2099-12-31"
    );
    assert!(
        validations
            .iter()
            .any(|v| v.contains("cell-content-is-whole-number() and cell-content()&gt;=0"))
    );
    // The validations are on the cells of the first sheet, not elsewhere.
    let sheet_of = |name: &str| {
        content
            .split("<table:table ")
            .find(|t| t.starts_with(&format!("table:name=\"{name}\"")))
            .unwrap_or_default()
            .to_string()
    };
    let first_sheet = sheet_of("Iakttagelser");
    for i in 1..=validations.len() {
        assert!(
            first_sheet.contains(&format!("table:content-validation-name=\"val{i}\"")),
            "val{i} is used on the first sheet"
        );
    }
    assert!(!sheet_of("Listor").contains("content-validation-name"));
    assert!(first_sheet.contains("table:protected=\"true\""), "locked");
    assert!(
        content.contains("table:display=\"false\""),
        "the lists sheet stays hidden"
    );
}
