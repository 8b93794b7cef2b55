//! The åtgärdsplan's and the preventive measures' templates (`sheet template plan|measures`):
//! the plan's is the shape of the plan's own XLSX export, so a plan typed into it by hand reads
//! back as a plan; the measures' offers the copy's themes, factors, levels and statuses.

use crate::common;
use crate::sheets::{import, options, write};

use std::io::{Cursor, Read};

use calamine::{Data, Reader};
use common::*;
use lagesbild::domain::*;
use lagesbild::sheets::{Lists, SheetKind, template};

fn unzip(bytes: &[u8], file: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut s = String::new();
    z.by_name(file)
        .expect("file in zip")
        .read_to_string(&mut s)
        .expect("read");
    s
}

fn first_row(bytes: &[u8]) -> Vec<String> {
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine");
    let range = wb
        .worksheet_range_at(0)
        .expect("a first sheet")
        .expect("readable");
    range
        .rows()
        .next()
        .map(|r| r.iter().map(Data::to_string).collect())
        .unwrap_or_default()
}

/// A workbook with these headings and rows, as a person makes it in Excel.
fn workbook(headings: &[String], rows: &[Vec<&str>]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in headings.iter().enumerate() {
        ws.write_string(0, c as u16, h).expect("heading");
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                ws.write_string(r as u32 + 1, c as u16, *cell)
                    .expect("cell");
            }
        }
    }
    wb.save_to_buffer().expect("xlsx")
}

#[test]
fn the_plan_template_has_the_plan_exports_columns_and_a_plan_typed_into_it_reads_back() {
    let mut db = temp_store();
    world(&mut db.store);
    let lists = Lists::load(&db.store, Lang::Sv).expect("lists");
    assert_eq!(SheetKind::parse("plan"), Some(SheetKind::Plan));
    let bytes = template::xlsx(SheetKind::Plan, &lists, day(2026, 11, 19), Lang::Sv).expect("xlsx");
    let headings = lagesbild::report::plan::headers(Lang::Sv);
    let shown = first_row(&bytes);
    assert_eq!(shown, headings, "the export's columns, in its order");
    let sheet = unzip(&bytes, "xl/worksheets/sheet1.xml");
    // Ansvarig from the copy's organisations, status from the action statuses.
    assert_eq!(sheet.matches("type=\"list\"").count(), 2, "{sheet}");
    assert!(sheet.contains("type=\"date\""), "due and follow-up dates");
    let strings = unzip(&bytes, "xl/sharedStrings.xml");
    for listed in [
        "Sjöviks kommun – säkerhetsenheten",
        "pågår",
        "Inga personuppgifter",
    ] {
        assert!(strings.contains(listed), "{listed} in the workbook");
    }
    // A plan typed in by hand: two items, the first with two actions.
    let typed = workbook(
        &headings,
        &[
            vec![
                "1",
                "Tryggare centrum",
                "Otrygghet kvällstid vid torget",
                "Dålig belysning (situationell)",
                "Fler känner sig trygga",
                "Byt belysning vid torget",
                "Sjöviks kommun – säkerhetsenheten",
                "2027-03-31",
                "beslutad",
                "",
                "",
                "",
            ],
            vec![
                "1",
                "Tryggare centrum",
                "Otrygghet kvällstid vid torget",
                "Dålig belysning (situationell)",
                "Fler känner sig trygga",
                "Trygghetsvandring med boende",
                "Sjöviks kommun – säkerhetsenheten",
                "2027-05-15",
                "pågår",
                "",
                "",
                "",
            ],
            vec![
                "2",
                "Färre bränder i soprum",
                "",
                "",
                "",
                "Låsta soprum",
                "Sjöviks Bostäder",
                "",
                "beslutad",
                "",
                "",
                "",
            ],
        ],
    );
    let path = write(db.dir.path(), "Plan för centrum.xlsx", &typed);
    let outcome = import(&mut db.store, &path, options());
    assert_eq!(outcome.kind, SheetKind::Plan);
    let plans = db.store.all::<ActionPlan>().expect("plans");
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].title, "Plan för centrum", "named after the file");
    let items = db.store.all::<PlanItem>().expect("items");
    assert_eq!(items.len(), 2);
    let mut actions: Vec<String> = db
        .store
        .all::<Action>()
        .expect("actions")
        .into_iter()
        .map(|a| a.title)
        .collect();
    actions.sort();
    assert_eq!(
        actions,
        [
            "Byt belysning vid torget",
            "Låsta soprum",
            "Trygghetsvandring med boende"
        ]
    );
    // Reading it again adds nothing.
    let again = import(&mut db.store, &path, options());
    assert_eq!((again.new, again.already), (0, 1));
}

#[test]
fn the_measures_template_offers_the_copys_vocabularies_and_reads_back_as_measures() {
    let mut db = temp_store();
    lagesbild::seed::load_taxonomies(&mut db.store).expect("taxonomies");
    world(&mut db.store);
    let lists = Lists::load(&db.store, Lang::Sv).expect("lists");
    let kind = SheetKind::parse("measures").expect("a measures template");
    let bytes = template::xlsx(kind, &lists, day(2026, 11, 19), Lang::Sv).expect("xlsx");
    let sheet = unzip(&bytes, "xl/worksheets/sheet1.xml");
    // Organisation, nivå, teman, faktorer, status.
    assert_eq!(sheet.matches("type=\"list\"").count(), 5, "{sheet}");
    let strings = unzip(&bytes, "xl/sharedStrings.xml");
    for listed in [
        "Alkohol",
        "Tidig debut av alkohol",
        "universell",
        "selektiv",
        "planerad",
        "aktiv",
        "Sjöviks kommun – säkerhetsenheten",
        "Målgrupp",
    ] {
        assert!(strings.contains(listed), "{listed} in the workbook");
    }
    let headings: Vec<String> = kind
        .columns()
        .iter()
        .map(|c| c.heading(kind, Lang::Sv))
        .collect();
    assert_eq!(
        headings,
        [
            "Referens",
            "Rubrik",
            "Beskrivning",
            "Ansvarig organisation",
            "Ansvarig enhet",
            "Målgrupp",
            "Nivå",
            "Teman",
            "Risk- och skyddsfaktorer",
            "Status",
            "Senast uppföljd",
        ]
    );
    let filled = workbook(
        &headings,
        &[
            vec![
                "",
                "Föräldrastöd i Lindängen",
                "Kurser för föräldrar till barn 10–15 år.",
                "Sjöviks kommun – säkerhetsenheten",
                "Socialförvaltningen",
                "föräldrar, 40 familjer per år",
                "selektiv",
                "Alkohol; Kriminalitet",
                "Föräldrars tillsyn",
                "aktiv",
                "2026-10-01",
            ],
            vec![
                "",
                "Nattvandring",
                "",
                "",
                "",
                "",
                "universel",
                "",
                "",
                "",
                "",
            ],
        ],
    );
    let path = write(db.dir.path(), "insatser.xlsx", &filled);
    let err = lagesbild::sheets::import_file(&mut db.store, &path, options())
        .expect_err("a misspelt level stops the file");
    assert!(
        err.to_string()
            .contains("rad 3, kolumn Nivå: ”universel” finns inte – menade du universell?"),
        "{err}"
    );
    let fixed = workbook(
        &headings,
        &[
            vec![
                "",
                "Föräldrastöd i Lindängen",
                "Kurser för föräldrar till barn 10–15 år.",
                "Sjöviks kommun – säkerhetsenheten",
                "Socialförvaltningen",
                "föräldrar, 40 familjer per år",
                "selektiv",
                "Alkohol; Kriminalitet",
                "Föräldrars tillsyn",
                "aktiv",
                "2026-10-01",
            ],
            vec![
                "",
                "Nattvandring",
                "",
                "",
                "",
                "",
                "universell",
                "",
                "",
                "",
                "",
            ],
        ],
    );
    let path = write(db.dir.path(), "insatser.xlsx", &fixed);
    let outcome = import(&mut db.store, &path, options());
    assert_eq!(
        (outcome.kind, outcome.new),
        (kind, 2),
        "{:?}",
        outcome.rejected
    );
    let measures = db.store.all::<PreventiveMeasure>().expect("measures");
    let m = measures
        .iter()
        .find(|m| m.title == "Föräldrastöd i Lindängen")
        .expect("the measure");
    assert_eq!(m.level, PreventionLevel::Selektiv);
    assert_eq!(m.status, MeasureStatus::Aktiv);
    assert_eq!(m.target_group, "föräldrar, 40 familjer per år");
    assert_eq!(m.last_follow_up_on, Some(day(2026, 10, 1)));
    let themes = db.store.all::<Theme>().expect("themes");
    let named = |id: &Id| {
        themes
            .iter()
            .find(|t| t.id == *id)
            .map(|t| t.label_sv.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        m.theme_ids.iter().map(named).collect::<Vec<_>>(),
        ["Alkohol", "Kriminalitet"]
    );
    assert_eq!(m.factor_ids.len(), 1);
    let other = measures
        .iter()
        .find(|m| m.title == "Nattvandring")
        .expect("the second");
    assert_eq!(other.status, MeasureStatus::Planerad, "the form's default");
    let again = import(&mut db.store, &path, options());
    assert_eq!((again.new, again.already), (0, 2));
}
