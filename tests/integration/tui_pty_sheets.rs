//! The real binary in a terminal, from an empty database: a partner's areas (XLSX) read in
//! on Register and their observations (CSV) on Lägesbild, each with `i`, a preview and yes,
//! and the rows on screen after.

use crate::common::pty::{CTRL_S, Session};
use crate::sheets::headings;

use lagesbild::sheets::SheetKind;

fn write_files(dir: &std::path::Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in headings(SheetKind::Areas).iter().enumerate() {
        ws.write_string(0, c as u16, h).expect("heading");
    }
    ws.write_string(1, 1, "Norrbacka centrum").expect("cell");
    ws.write_string(1, 2, "Kommundel").expect("cell");
    ws.write_string(2, 1, "Lindängsringen").expect("cell");
    ws.write_string(2, 2, "Bostadsområde").expect("cell");
    ws.write_string(2, 4, "Norrbacka centrum").expect("cell");
    std::fs::write(dir.join("omraden.xlsx"), wb.save_to_buffer().expect("xlsx")).expect("xlsx");
    let mut csv = headings(SheetKind::Observations).join(";");
    csv.push_str(
        "\n;2026-11-17;21:00;;Lindängsringen;;Skadegörelse/klotter;Klotter på gavelväggen vid tvättstugan.;;;;Säkerhetsenheten\n\
         ;2026-11-18;07:30;;Norrbacka centrum;;Skadegörelse/klotter;Krossad ruta i busskuren.;;;;Säkerhetsenheten\n",
    );
    std::fs::write(dir.join("rapport.csv"), csv).expect("csv");
}

#[test]
fn an_empty_copy_reads_in_areas_and_observations_from_spreadsheets() {
    let dir = tempfile::tempdir().expect("dir");
    write_files(dir.path());
    let mut app = Session::started_empty(dir.path());

    app.send("8");
    app.send("i");
    app.wait_for("Läs in kalkylark: områden");
    app.send("omraden.xlsx");
    app.send(CTRL_S);
    app.wait_for("Läs in de 2 nya raderna nu?");
    app.send("j");
    app.wait_for("Inläst från omraden.xlsx (områden): 2 nya");
    app.wait_for("Lindängsringen");

    app.send("2");
    app.send("i");
    app.wait_for("Läs in kalkylark: iakttagelser");
    app.send("rapport.csv");
    app.send(CTRL_S);
    app.wait_for("rapport.csv (iakttagelser): 2 nya");
    app.send("j");
    app.wait_for("Inläst från rapport.csv (iakttagelser): 2 nya");
    app.wait_for("Krossad ruta i busskuren");
    app.wait_for("Klotter på gavelväggen");
    app.send("q");
    assert!(app.wait_exit(), "{}", app.contents());
}
