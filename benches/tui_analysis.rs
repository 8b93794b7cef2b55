//! The Analys tab and its map on the demo's ten-year database: loading a period's view-models
//! (every period kind under way, and a whole year over: the heaviest read), and drawing one frame of
//! the overview and of the map once loaded, at 160×48 and 80×24. The database is built once
//! into the temp dir (its own file: the demo's places have positions since issue 14).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lagesbild::analysis::{Period, PeriodKind};
use lagesbild::domain::Lang;
use lagesbild::store::{Access, Store};
use lagesbild::tui::app::io::Io;
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::State;
use lagesbild::tui::input::keymap::Keymap;
use lagesbild::tui::screens::analysis::load;
use lagesbild::tui::screens::analysis::state::{AnalysisFilter, AnalysisView};
use lagesbild::tui::widgets::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default()
}

fn database() -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join("bench-analysis-demo-10y.db");
    if !path.exists() {
        build(&path);
    }
    path
}

/// The demo's ten-year dataset (`lagesbild demo --years 10`).
fn build(path: &Path) {
    let mut store = Store::open(path, Access::ReadWrite).expect("open");
    lagesbild::seed::load_demo(
        &mut store,
        &lagesbild::seed::DemoOptions {
            today: today(),
            years: Some(10),
        },
    )
    .expect("demo");
}

fn started(path: &Path, w: u16, h: u16) -> (State, Io) {
    let store = Store::open(path, Access::ReadWrite).expect("open");
    let mut io = Io::new(store, today());
    let mut state = State::new(
        today(),
        Lang::Sv,
        Keymap::defaults(),
        Theme::new(ThemeKind::Dark),
    );
    lagesbild::tui::start(&mut state, &mut io);
    lagesbild::tui::pump(&mut state, &mut io, Msg::Resize(w, h));
    let nine = Msg::Key(KeyEvent::new(KeyCode::Char('9'), KeyModifiers::NONE));
    lagesbild::tui::pump(&mut state, &mut io, nine);
    assert!(state.analysis.data.is_some(), "loaded");
    (state, io)
}

fn benches(c: &mut Criterion) {
    let path = database();
    let mut group = c.benchmark_group("analysis_10y");
    group.sample_size(20);

    let store = Store::open(&path, Access::ReadOnly).expect("open");
    let filter = AnalysisFilter::default();
    // Every period kind the screen steps through (`t`), each under way on `today`.
    for (name, kind) in [
        ("load_week", PeriodKind::Week),
        ("load_month", PeriodKind::Month),
        ("load_quarter", PeriodKind::Quarter),
        ("load_tertial", PeriodKind::Tertial),
        ("load_year", PeriodKind::Year),
    ] {
        let period = Period::containing(kind, today());
        group.bench_function(name, |b| {
            b.iter(|| load::load(&store, period, &filter, Lang::Sv, today(), &mut |_| true))
        });
    }
    // Of which reading the facts: the year, the year before and the one before that.
    let year = Period::containing(PeriodKind::Year, today());
    group.bench_function("facts_only_year", |b| {
        b.iter(|| {
            for p in [year, year.previous(), year.year_before()] {
                store.analysis_facts(p.from, p.to).expect("facts");
            }
        })
    });
    // A year over (no day-for-day cut): the whole previous year and the one before are read.
    let last_year = Period::containing(PeriodKind::Year, today()).previous();
    group.bench_function("load_year_over", |b| {
        b.iter(|| load::load(&store, last_year, &filter, Lang::Sv, today(), &mut |_| true))
    });

    for (w, h) in [(160u16, 48u16), (80, 24)] {
        let (mut state, _io) = started(&path, w, h);
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        for view in [AnalysisView::Overview, AnalysisView::Map] {
            state.analysis.view = view;
            let name = format!("draw_{view:?}_{w}x{h}").to_lowercase();
            group.bench_function(name, |b| {
                b.iter(|| {
                    term.draw(|f| lagesbild::tui::app::view::render(&state, f))
                        .expect("draw");
                })
            });
        }
    }
    group.finish();
}

criterion_group!(analysis, benches);
criterion_main!(analysis);
