//! Key → update → render on the demo's ten-year database (~100 000 observations): list navigation,
//! filter typing, and start to first frame. The database is built once into the target dir.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lagesbild::domain::Lang;
use lagesbild::store::{Access, Store};
use lagesbild::tui::app::io::Io;
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::State;
use lagesbild::tui::input::keymap::Keymap;
use lagesbild::tui::widgets::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default()
}

fn database() -> PathBuf {
    // A database of one's own (a copy of the ten-year demo), as `benches/tui_pty.rs` takes it.
    if let Some(path) = std::env::var_os("LAGESBILD_BENCH_DB") {
        return PathBuf::from(path);
    }
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join("bench-tui-demo-10y.db");
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

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn started(path: &Path) -> (State, Io, Terminal<TestBackend>) {
    let store = Store::open(path, Access::ReadWrite).expect("open");
    let mut io = Io::new(store, today());
    let mut state = State::new(
        today(),
        Lang::Sv,
        Keymap::defaults(),
        Theme::new(ThemeKind::Dark),
    );
    lagesbild::tui::start(&mut state, &mut io);
    lagesbild::tui::pump(&mut state, &mut io, Msg::Resize(160, 48));
    let mut term = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    term.draw(|f| lagesbild::tui::app::view::render(&state, f))
        .expect("draw");
    (state, io, term)
}

fn press(state: &mut State, io: &mut Io, term: &mut Terminal<TestBackend>, msg: Msg) {
    lagesbild::tui::pump(state, io, msg);
    term.draw(|f| lagesbild::tui::app::view::render(state, f))
        .expect("draw");
}

fn benches(c: &mut Criterion) {
    let path = database();
    let mut group = c.benchmark_group("tui_10y");
    group.sample_size(30);

    group.bench_function("start_to_first_frame", |b| {
        b.iter(|| {
            let (state, io, term) = started(&path);
            drop((state, io, term));
        })
    });

    let (mut state, mut io, mut term) = started(&path);
    press(&mut state, &mut io, &mut term, key(KeyCode::Char('2')));
    assert!(state.observations.list.total > 90_000);
    group.bench_function("observations_key_down", |b| {
        b.iter(|| press(&mut state, &mut io, &mut term, key(KeyCode::Down)))
    });
    group.bench_function("observations_page_down", |b| {
        b.iter(|| {
            if state.observations.list.cursor + 100 >= state.observations.list.total {
                press(&mut state, &mut io, &mut term, key(KeyCode::Home));
            }
            press(&mut state, &mut io, &mut term, key(KeyCode::PageDown))
        })
    });
    press(&mut state, &mut io, &mut term, key(KeyCode::Char('f')));
    let mut typed = false;
    group.bench_function("observations_filter_typing", |b| {
        b.iter(|| {
            // Alternates typing a letter and erasing it: each key refilters the whole list.
            let k = if typed {
                KeyCode::Backspace
            } else {
                KeyCode::Char('k')
            };
            typed = !typed;
            press(&mut state, &mut io, &mut term, key(k))
        })
    });
    press(&mut state, &mut io, &mut term, key(KeyCode::Esc));
    press(&mut state, &mut io, &mut term, key(KeyCode::Char('f')));
    let word: Vec<char> = "klotter".chars().collect();
    let mut at = 0usize;
    group.bench_function("observations_filter_typing_word", |b| {
        b.iter(|| {
            // Types "klotter" one key at a time, then erases it the same way.
            let k = if at < word.len() {
                KeyCode::Char(word[at])
            } else {
                KeyCode::Backspace
            };
            at = (at + 1) % (2 * word.len());
            press(&mut state, &mut io, &mut term, key(k))
        })
    });
    press(&mut state, &mut io, &mut term, key(KeyCode::Esc));
    group.bench_function("observations_filter_done_exact_count", |b| {
        b.iter(|| {
            // Enter after typing: the list is reloaded with the exact count.
            press(&mut state, &mut io, &mut term, key(KeyCode::Char('f')));
            press(&mut state, &mut io, &mut term, key(KeyCode::Char('k')));
            press(&mut state, &mut io, &mut term, key(KeyCode::Enter));
            press(&mut state, &mut io, &mut term, key(KeyCode::Char('f')));
            press(&mut state, &mut io, &mut term, key(KeyCode::Esc));
        })
    });
    press(&mut state, &mut io, &mut term, key(KeyCode::Char('1')));
    group.bench_function("meeting_start_screen_render_only", |b| {
        b.iter(|| {
            term.draw(|f| lagesbild::tui::app::view::render(&state, f))
                .expect("draw");
        })
    });
    group.finish();
    store_answers(c, &path);
}

/// The store worker's answers that were slow on the ten-year copy (issue 10): the register's
/// lists with what refers to each row, and the forms' choices; and the choices' sort, by
/// SQLite's `COLLATE sv` as before and by ranks of the distinct names as now.
fn store_answers(c: &mut Criterion, path: &Path) {
    use lagesbild::tui::app::effects::Effect;
    use lagesbild::tui::forms::record::RecordEffect;
    use lagesbild::tui::screens::register::messages::RegisterEffect;
    use lagesbild::tui::screens::register::state::Section;

    let store = Store::open(path, Access::ReadWrite).expect("open");
    let mut io = Io::new(store, today());
    let mut group = c.benchmark_group("tui_10y_store");
    group.sample_size(20);
    for (name, section) in [
        ("register_areas", Section::Areas),
        ("register_places", Section::Places),
        ("register_organisations", Section::Organisations),
        ("register_event_types", Section::EventTypes),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| io.execute(Effect::Register(RegisterEffect::Load(section))))
        });
    }
    group.bench_function("load_choices", |b| {
        b.iter(|| io.execute(Effect::Record(RecordEffect::LoadChoices)))
    });
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open");
    lagesbild::store::collation::register(&conn).expect("collation");
    let titles = |sql: &str| -> Vec<(String, Option<String>)> {
        let mut stmt = conn.prepare_cached(sql).expect("sql");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("titles")
    };
    const LIVE: &str = "deleted = 0 AND coalesce(status, '') <> 'installd'";
    group.bench_function("action_choices_sorted_by_collate_sv", |b| {
        b.iter(|| {
            titles(&format!(
                "SELECT id, title FROM action WHERE {LIVE} ORDER BY 2 COLLATE sv"
            ))
        })
    });
    group.bench_function("action_choices_sorted_by_ranks", |b| {
        b.iter(|| {
            let rows = titles(&format!(
                "SELECT id, title FROM action WHERE {LIVE} ORDER BY n"
            ));
            lagesbild::store::collation::sort_sv_by(rows, |(_, t)| t.as_deref().unwrap_or(""))
        })
    });
    group.finish();
}

criterion_group!(tui, benches);
criterion_main!(tui);
