//! Möte's week at a glance on the demo's ten-year database (`demo --years 10`, ~110 000
//! observations): loading it (the screen's `load.rs` effect, off the draw path) and drawing a
//! 160×48 and an 80×24 frame once it is loaded, before a meeting and during one.
//! The database is built once into Cargo's bench temp dir.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lagesbild::domain::{IsoWeek, Lang};
use lagesbild::store::{Access, Store};
use lagesbild::tui::app::io::Io;
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::State;
use lagesbild::tui::input::keymap::Keymap;
use lagesbild::tui::screens::meeting::load;
use lagesbild::tui::widgets::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default()
}

fn database() -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-meeting-glance-demo-10y.db");
    if !path.exists() {
        let mut store = Store::open(&path, Access::ReadWrite).expect("open");
        lagesbild::seed::load_demo(
            &mut store,
            &lagesbild::seed::DemoOptions {
                today: today(),
                years: Some(10),
            },
        )
        .expect("demo");
    }
    path
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
    (state, io)
}

fn benches(c: &mut Criterion) {
    let path = database();
    let mut group = c.benchmark_group("meeting_glance_10y");
    group.sample_size(20);

    let store = Store::open(&path, Access::ReadOnly).expect("open");
    let (first, last) = (
        NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(2030, 12, 31).unwrap_or_default(),
    );
    let facts = store.analysis_facts(first, last).expect("facts");
    assert!(facts.len() > 90_000, "{} facts", facts.len());
    drop(facts);
    group.bench_function("load_meeting_screen_before", |b| {
        b.iter(|| load::meeting(&store, today()).expect("load"))
    });
    let open = load::meeting(&store, today()).expect("load");
    let actions = open
        .glance
        .as_ref()
        .map(|g| g.overdue_count())
        .unwrap_or_default();
    assert!(actions > 0);
    group.bench_function("load_glance_only", |b| {
        b.iter(|| {
            let week = IsoWeek::of(today());
            let facts = load::facts_of(&store, week).expect("facts");
            let tree = lagesbild::analysis::AreaTree::load(&store).expect("tree");
            load::glance(&store, week, &[], &facts, &tree).expect("glance")
        })
    });
    drop(store);

    for (w, h) in [(160u16, 48u16), (80, 24)] {
        let (mut state, mut io) = started(&path, w, h);
        assert!(state.meeting.data.glance.is_some());
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        group.bench_function(format!("draw_before_{w}x{h}"), |b| {
            b.iter(|| {
                term.draw(|f| lagesbild::tui::app::view::render(&state, f))
                    .expect("draw");
            })
        });
        // n starts the planned meeting; the areas' step (4) keeps the glance beside it.
        lagesbild::tui::pump(
            &mut state,
            &mut io,
            Msg::Key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE)),
        );
        for _ in 0..3 {
            lagesbild::tui::pump(
                &mut state,
                &mut io,
                Msg::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE)),
            );
        }
        assert!(state.meeting.data.meeting.is_some());
        group.bench_function(format!("draw_during_{w}x{h}"), |b| {
            b.iter(|| {
                term.draw(|f| lagesbild::tui::app::view::render(&state, f))
                    .expect("draw");
            })
        });
        if w == 160 {
            let store = Store::open(&path, Access::ReadOnly).expect("open");
            group.bench_function("load_meeting_screen_during", |b| {
                b.iter(|| load::meeting(&store, today()).expect("load"))
            });
        }
    }
    group.finish();
}

criterion_group!(meeting_glance, benches);
criterion_main!(meeting_glance);
