//! Reading a partner's sheet of 10,000 observation rows: read, every row checked (lists,
//! values, the personal-data check) and imported in one transaction (target: under 1 s).
//!
//! A fresh database with one organisation, ten areas with five places each and the real event
//! types. Scenarios: the CSV and the XLSX read in whole (backup and audit included), the
//! same as a dry run, and a second reading of the same file (every row already there).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lagesbild::domain::*;
use lagesbild::sheets::{SheetImportOptions, SheetKind, import_file};
use lagesbild::store::{Access, Store};

const ROWS: usize = 10_000;

struct Names {
    org: String,
    places: Vec<(String, String)>,
    event_types: Vec<String>,
}

fn fresh_store(dir: &Path) -> (Store, Names) {
    // The whole id: its first digits are the clock, the same for every store made in a minute.
    let path = dir.join(format!("bench-{}.db", Id::new()));
    let mut store = Store::open(&path, Access::ReadWrite).expect("open");
    lagesbild::seed::load_taxonomies(&mut store).expect("taxonomies");
    let org = Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Sjöviks Bostäder AB".into(),
        short_name: Some("Sjöviks Bostäder".into()),
        kind: "kommunalt_bostadsbolag".into(),
        is_authority: false,
        active: true,
    };
    let mut places = Vec::new();
    store
        .write(|w| {
            w.create(&org)?;
            for a in 0..10 {
                let area = Area {
                    id: Id::new(),
                    classification: Classification::Oppen,
                    name: format!("Bostadsområde {a}"),
                    kind: "bostadsomrade".into(),
                    code: None,
                    parent_id: None,
                    police_status: PoliceStatus::Ingen,
                    police_status_year: None,
                    active: true,
                };
                w.create(&area)?;
                for p in 0..5 {
                    let place = Place {
                        id: Id::new(),
                        classification: Classification::Oppen,
                        area_id: area.id,
                        name: format!("Torg {a}.{p}"),
                        kind: "torg".into(),
                        public_kind: PublicKind::Offentlig,
                        lat: None,
                        lon: None,
                        active: true,
                    };
                    w.create(&place)?;
                    places.push((area.name.clone(), place.name.clone()));
                }
            }
            Ok(())
        })
        .expect("world");
    let event_types = store
        .all::<EventType>()
        .expect("event types")
        .into_iter()
        .map(|e| e.label_sv)
        .collect();
    (
        store,
        Names {
            org: org.name,
            places,
            event_types,
        },
    )
}

fn rows(names: &Names) -> Vec<Vec<String>> {
    let texts = [
        "Klotter på gavelväggen vid tvättstugan.",
        "Krossad ruta i entrédörren, lagad samma dag.",
        "Ungdomar samlades vid busshållplatsen sent på kvällen, ingen skadegörelse.",
        "Nedskräpning och en brand i papperskorgen vid lekplatsen.",
    ];
    (0..ROWS)
        .map(|i| {
            let (area, place) = &names.places[i % names.places.len()];
            vec![
                String::new(),
                format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                format!("{:02}:{:02}", i % 24, i % 60),
                String::new(),
                area.clone(),
                place.clone(),
                names.event_types[i % names.event_types.len()].clone(),
                format!("{} (rad {i})", texts[i % texts.len()]),
                String::new(),
                String::new(),
                String::new(),
                names.org.clone(),
            ]
        })
        .collect()
}

fn headings() -> Vec<String> {
    let kind = SheetKind::Observations;
    kind.columns()
        .iter()
        .map(|c| c.heading(kind, Lang::Sv))
        .collect()
}

fn csv_file(dir: &Path, rows: &[Vec<String>]) -> PathBuf {
    let mut text = headings().join(";");
    text.push('\n');
    for r in rows {
        text.push_str(&r.join(";"));
        text.push('\n');
    }
    let path = dir.join("rapport.csv");
    std::fs::write(&path, text).expect("csv");
    path
}

fn xlsx_file(dir: &Path, rows: &[Vec<String>]) -> PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in headings().iter().enumerate() {
        ws.write_string(0, c as u16, h).expect("heading");
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                ws.write_string(r as u32 + 1, c as u16, cell).expect("cell");
            }
        }
    }
    let path = dir.join("rapport.xlsx");
    wb.save(&path).expect("xlsx");
    path
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, names) = fresh_store(dir.path());
    let rows = rows(&names);
    let csv = csv_file(dir.path(), &rows);
    let xlsx = xlsx_file(dir.path(), &rows);
    let mut group = c.benchmark_group("sheets");
    group.sample_size(10);
    for (name, file) in [("csv", &csv), ("xlsx", &xlsx)] {
        group.bench_function(format!("import 10000 observations ({name}, new db)"), |b| {
            b.iter_batched(
                || fresh_store(dir.path()).0,
                |mut store| {
                    let r = import_file(&mut store, black_box(file), SheetImportOptions::default())
                        .expect("import");
                    assert_eq!(r.new, ROWS, "{:?}", r.rejected.first());
                    store
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.bench_function("dry run 10000 observations (csv)", |b| {
        b.iter_batched(
            || fresh_store(dir.path()).0,
            |mut store| {
                let options = SheetImportOptions {
                    dry_run: true,
                    ..SheetImportOptions::default()
                };
                import_file(&mut store, black_box(&csv), options).expect("dry run");
                store
            },
            BatchSize::PerIteration,
        )
    });
    let (mut store, _) = fresh_store(dir.path());
    import_file(&mut store, &csv, SheetImportOptions::default()).expect("first");
    group.bench_function("read again 10000 observations (csv, nothing new)", |b| {
        b.iter(|| {
            let r = import_file(&mut store, black_box(&csv), SheetImportOptions::default())
                .expect("again");
            assert_eq!(r.new, 0);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
