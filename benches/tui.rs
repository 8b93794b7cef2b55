//! Key → update → render on a ten-year database (~100 000 observations): list navigation,
//! filter typing, and start to first frame. The database is built once into the target dir.

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lagesbild::domain::*;
use lagesbild::store::{Access, Store, meta};
use lagesbild::tui::io::Io;
use lagesbild::tui::keymap::Keymap;
use lagesbild::tui::msg::Msg;
use lagesbild::tui::state::State;
use lagesbild::tui::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WEEKS: i64 = 520;
const PER_WEEK: usize = 190;
const TEXTS: [&str; 5] = [
    "Klotter på väggen vid entrén",
    "Grupp samlas sent vid hållplatsen, upplevs otryggt",
    "Krossad belysning längs gångvägen",
    "Brand i papperskorg vid torget",
    "Nedskräpning och glasflaskor på lekplatsen",
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default()
}

fn database() -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join("bench-tui-10y.db");
    if !path.exists() {
        build(&path);
    }
    path
}

fn build(path: &Path) {
    let mut store = Store::open(path, Access::ReadWrite).expect("open");
    let orgs: Vec<Organisation> = (0..8)
        .map(|i| Organisation {
            id: Id::new(),
            classification: Classification::Oppen,
            name: format!("Part {i}"),
            short_name: None,
            kind: "kommun".into(),
            is_authority: true,
            active: true,
        })
        .collect();
    let areas: Vec<Area> = (0..30)
        .map(|i| Area {
            id: Id::new(),
            classification: Classification::Oppen,
            name: format!("Område {i:02}"),
            kind: "bostadsomrade".into(),
            code: None,
            parent_id: None,
            police_status: PoliceStatus::Ingen,
            police_status_year: None,
            active: true,
        })
        .collect();
    let places: Vec<Place> = (0..120)
        .map(|i| Place {
            id: Id::new(),
            classification: Classification::Oppen,
            area_id: areas[i % areas.len()].id,
            name: format!("Plats {i:03}"),
            kind: "torg".into(),
            public_kind: PublicKind::Offentlig,
            lat: None,
            lon: None,
            active: true,
        })
        .collect();
    let types: Vec<EventType> = (0..10)
        .map(|i| EventType {
            id: Id::new(),
            classification: Classification::Oppen,
            code: format!("typ{i}"),
            label_sv: format!("Händelsetyp {i}"),
            label_en: format!("Event type {i}"),
            group_code: "ordning".into(),
            is_crime: false,
            police_aliases: vec![],
            sort: i,
            active: true,
        })
        .collect();
    store
        .write(|w| {
            for o in &orgs {
                w.create(o)?;
            }
            for a in &areas {
                w.create(a)?;
            }
            for p in &places {
                w.create(p)?;
            }
            for t in &types {
                w.create(t)?;
            }
            Ok(())
        })
        .expect("world");
    let first = today() - Duration::weeks(WEEKS);
    for week in 0..WEEKS {
        store
            .write(|w| {
                for i in 0..PER_WEEK {
                    let p = &places[(i * 7 + week as usize) % places.len()];
                    let o = Observation {
                        id: Id::new(),
                        classification: Classification::Begransad,
                        reporting_org_id: orgs[i % orgs.len()].id,
                        reporter_id: None,
                        event_type_id: types[i % types.len()].id,
                        area_id: p.area_id,
                        place_id: Some(p.id),
                        occurred_on: first + Duration::weeks(week) + Duration::days((i % 7) as i64),
                        occurred_until: None,
                        time_from: NaiveTime::from_hms_opt((i % 24) as u32, 0, 0),
                        time_to: None,
                        day_period: None,
                        reported_at: Utc::now(),
                        description: TEXTS[i % TEXTS.len()].into(),
                        grade: Grade::Medel,
                        severity: Severity::Storning,
                        count_estimate: None,
                        source: ObservationSource::Rapportor,
                        external_ref: None,
                        review_status: ReviewStatus::Granskad,
                        duplicate_of_id: None,
                        pii_confirmed: false,
                    };
                    w.create(&o)?;
                }
                Ok(())
            })
            .expect("week");
    }
    store
        .set_setting(meta::MUNICIPALITY, "Benchkommun")
        .expect("setting");
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
    term.draw(|f| lagesbild::tui::render::render(&state, f))
        .expect("draw");
    (state, io, term)
}

fn press(state: &mut State, io: &mut Io, term: &mut Terminal<TestBackend>, msg: Msg) {
    lagesbild::tui::pump(state, io, msg);
    term.draw(|f| lagesbild::tui::render::render(state, f))
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
            term.draw(|f| lagesbild::tui::render::render(&state, f))
                .expect("draw");
        })
    });
    group.finish();
}

criterion_group!(tui, benches);
criterion_main!(tui);
