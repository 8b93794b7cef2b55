//! A tab switch back shows the screen's last data at once: a load the screen already shows is
//! not asked of the store again while nothing was written. After any write every screen
//! loads again, so nothing stale is shown. Real SQLite files, the app driven by its keys.

use crate::common::app::*;
use lagesbild::domain::*;
use lagesbild::tui::app::effects::Effect;
use lagesbild::tui::screens::Screen;
use lagesbild::tui::screens::text::messages::TextEffect;

#[test]
fn a_load_the_screen_already_shows_is_skipped_until_something_is_written() {
    let mut app = town_app();
    let agreement = || Effect::Text(TextEffect::Load(Screen::Agreement));
    assert!(
        !app.io.execute(agreement()).is_empty(),
        "the first load answers"
    );
    assert!(
        app.io.execute(agreement()).is_empty(),
        "nothing written since: the screen shows its data already"
    );
    // Another load in between does not make the first one stale.
    assert!(
        !app.io
            .execute(Effect::Text(TextEffect::Load(Screen::Places)))
            .is_empty()
    );
    assert!(app.io.execute(agreement()).is_empty());

    // Any write (here one beside the app, as an import or the CLI would) loads it again.
    let first = app.store().all::<Observation>().expect("obs")[0].id;
    app.io
        .store
        .write(|tx| tx.delete(EntityKind::Observation, first))
        .expect("delete");
    assert!(
        !app.io.execute(agreement()).is_empty(),
        "written since: loaded again"
    );
}

#[test]
fn a_tab_switch_back_keeps_the_place_in_the_list_and_shows_every_write() {
    let mut app = town_app();
    app.keys(&["2", "down", "down", "down"]);
    let total = app.state.observations.list.total;
    assert!(total > 4, "{total}");
    assert_eq!(app.state.observations.list.cursor, 3);

    // Away and back without a write: the same list, the cursor where it was.
    app.keys(&["3", "7", "1", "2"]);
    assert_eq!(app.state.observations.list.total, total);
    assert_eq!(app.state.observations.list.cursor, 3);

    // A write while another tab is shown: back on Lägesbild the list is the store's, not the
    // one shown before.
    app.keys(&["3"]);
    let top = app.state.observations.list.rows[0].id;
    app.io
        .store
        .write(|tx| tx.delete(EntityKind::Observation, top))
        .expect("delete");
    app.keys(&["2"]);
    let list = &app.state.observations.list;
    assert_eq!(list.total, total - 1, "the deleted one is gone");
    assert!(list.rows.iter().all(|r| r.id != top));
    assert_eq!(list.cursor, 0, "a new list starts at its top");

    // The same for the actions' list.
    app.keys(&["3"]);
    let actions = app.state.actions.list.total;
    let first = app.state.actions.list.rows[0].id;
    app.keys(&["1"]);
    app.io
        .store
        .write(|tx| tx.delete(EntityKind::Action, first))
        .expect("delete");
    app.keys(&["3"]);
    assert_eq!(app.state.actions.list.total, actions - 1);
    assert!(app.state.actions.list.rows.iter().all(|r| r.id != first));
}

#[test]
fn typing_faster_than_the_store_answers_reads_only_the_last_keys_list() {
    use lagesbild::store::queries::Page;
    use lagesbild::tui::app::messages::Msg;
    use lagesbild::tui::screens::situation::messages::{SituationEffect, SituationMsg};
    use lagesbild::tui::screens::situation::state::ObsFilter;

    let App { dir, state, io } = town_app();
    drop(state);
    let typed = |text: &str| -> Effect {
        SituationEffect::LoadObservations {
            filter: ObsFilter {
                text: text.into(),
                ..ObsFilter::default()
            },
            page: Page::new(0, 120),
            reset: true,
            exact: false,
        }
        .into()
    };
    let (effects, effect_rx) = tokio::sync::mpsc::unbounded_channel();
    let (msgs, mut msg_rx) = tokio::sync::mpsc::unbounded_channel();
    // Four keys and a refs load, all waiting before the worker takes the first.
    for e in [
        typed("k"),
        typed("kl"),
        Effect::LoadRefs,
        typed("klo"),
        typed("klott"),
    ] {
        effects.send(e).expect("send");
    }
    drop(effects);
    let io = lagesbild::tui::app::jobs::store_worker(io, effect_rx, msgs);

    let mut lists = Vec::new();
    let mut refs = 0;
    while let Ok(msg) = msg_rx.try_recv() {
        match msg {
            Msg::Situation(SituationMsg::Observations { rows, .. }) => lists.push(rows),
            Msg::Refs(_) => refs += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(refs, 1, "other work still runs");
    assert_eq!(lists.len(), 1, "only the last key's list is read");
    // It is the list for "klott": the rows a load of it alone gives.
    let filter = ObsFilter {
        text: "klott".into(),
        ..ObsFilter::default()
    };
    let (_, alone, _) = lagesbild::tui::screens::situation::load::observations(
        &io.store,
        &filter,
        Page::new(0, 120),
        false,
    )
    .expect("load");
    assert!(!alone.is_empty());
    assert_eq!(lists[0], alone);
    drop(dir);
}

#[test]
fn the_first_frame_waits_only_for_what_the_first_screen_shows() {
    use lagesbild::store::{Access, Store};
    use lagesbild::tui::app::io::Io;
    use lagesbild::tui::app::state::State;
    use lagesbild::tui::input::keymap::Keymap;
    use lagesbild::tui::widgets::theme::{Theme, ThemeKind};

    let App { dir, state, io } = town_app();
    // The app's store is closed (its lock let go) before the new start opens the file.
    drop((state, io));
    let store = Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open");
    let mut io = Io::new(store, today());
    let mut state = State::new(
        today(),
        Lang::Sv,
        Keymap::defaults(),
        Theme::new(ThemeKind::Plain),
    );
    let later = lagesbild::tui::start_first_screen(&mut state, &mut io);
    assert!(
        !state.refs.organisations.is_empty(),
        "the names (and whether this is a first start) are there for the first frame"
    );
    assert!(!state.onboarding);
    assert_eq!(
        state.observations.list.total, 0,
        "Lägesbild is not read before the first frame"
    );
    assert!(!later.is_empty());
    for effect in later {
        for msg in io.execute(effect) {
            lagesbild::tui::pump(&mut state, &mut io, msg);
        }
    }
    assert!(state.observations.list.total > 0, "read after it");
    assert!(state.actions.list.total > 0);
}
