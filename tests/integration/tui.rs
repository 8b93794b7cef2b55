//! The terminal UI against a real database: keys → update → state and store, per screen.

use crate::common;

use common::app::*;
use common::*;
use lagesbild::domain::*;
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::screens::Screen;
use lagesbild::tui::screens::meeting::state::Step;

#[test]
fn a_whole_meeting_from_attendance_to_closing_survives_a_restart() {
    let mut app = town_app();
    assert!(app.state.meeting.data.meeting.is_none());
    // The planned meeting of today starts; it gets a draft lägesbild.
    app.keys(&["n"]);
    let m = app
        .state
        .meeting
        .data
        .meeting
        .clone()
        .expect("meeting in progress");
    assert_eq!(m.date, today());
    assert_eq!(m.status, MeetingStatus::Pagar);
    assert_eq!(
        app.state.meeting.data.picture.as_ref().map(|p| p.status),
        Some(PictureStatus::Utkast)
    );
    // Närvaro: the first two organisations present, the third sent apologies.
    app.keys(&["space", "down", "space", "down", "space", "space"]);
    let presence: Vec<Presence> = app
        .state
        .meeting
        .data
        .attendance
        .iter()
        .map(|a| a.presence)
        .collect();
    assert_eq!(
        presence,
        [
            Presence::Narvarande,
            Presence::Narvarande,
            Presence::Forhinder
        ]
    );
    // Follow-up: the overdue patrol is done, with a follow-up line.
    // Past the agenda (its §§ come from the series; this town has none) to the follow-up.
    app.keys(&["right", "right"]);
    assert_eq!(app.state.meeting.step, Step::FollowUp);
    let first = app.state.meeting.data.open_actions[0].clone();
    assert!(first.overdue, "the most overdue action comes first");
    app.keys(&["s", "right", "tab"]);
    app.type_text("Patrullen genomförd två kvällar, lugnare vid stationen");
    app.keys(&["ctrl+s"]);
    let action: Action = app.store().require(first.id).expect("action");
    assert_eq!(action.status, ActionStatus::Genomford);
    assert_eq!(action.done_on, Some(today()));
    let lines = app.store().follow_ups(first.id).expect("follow-ups");
    assert!(
        lines
            .iter()
            .any(|f| f.comment.contains("lugnare") && f.meeting_id == Some(m.id))
    );
    // Area by area: level, trend, priority and a hot spot for Centrum (second in Swedish order).
    app.keys(&["right", "down"]);
    let centrum = app.state.meeting.data.areas[1].clone();
    assert_eq!(centrum.area.name, "Centrum");
    assert!(centrum.this_week > 0 && centrum.previous.iter().sum::<usize>() > 0);
    app.keys(&["b", "b", "t", "p", "o", "ctrl+s"]);
    let a = app.state.meeting.data.areas[1]
        .assessment
        .clone()
        .expect("assessment");
    assert_eq!(
        (a.level, a.trend, a.is_priority),
        (AreaLevel::Allvarligt, Trend::Minskande, true)
    );
    assert_eq!(a.hot_spot_place_ids.len(), 1);
    // A new decision with owner, place and due week.
    app.keys(&["right", "n"]);
    app.type_text("Ljusslingor vid gångtunneln");
    app.keys(&["tab", "right", "tab"]);
    app.type_text("fastighetsskötare");
    app.keys(&["tab", "tab", "right", "tab"]);
    app.type_text("v. 49");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let decided = app.state.meeting.data.decided.clone();
    assert_eq!(decided.len(), 1);
    assert_eq!(decided[0].due_week.as_deref(), Some("2026-W49"));
    assert_eq!(decided[0].status, ActionStatus::Beslutad);
    // A planned event and the next meeting a week later.
    app.keys(&["right", "n"]);
    app.type_text("Lucia på Stortorget");
    app.keys(&["ctrl+s", "right", "n", "ctrl+s"]);
    let next = app
        .state
        .meeting
        .data
        .next_meeting
        .clone()
        .expect("next meeting");
    assert_eq!(next.date, day(2026, 11, 26));
    // Close: asks first, then fixes the lägesbild.
    app.keys(&["right", "a"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Confirm { .. })));
    app.keys(&["j"]);
    assert!(app.state.meeting.data.meeting.is_none(), "{}", app.status());
    let picture: SituationPicture = app
        .store()
        .find("e.meeting_id = ?1", "e.n", [m.id.to_string()])
        .expect("find")
        .into_iter()
        .next()
        .expect("picture");
    assert_eq!(picture.status, PictureStatus::Faststalld);
    assert!(picture.established_at.is_some());

    let app = restart(app);
    let closed = app.state.meeting.data.last_closed.clone().expect("closed");
    assert_eq!(closed.id, m.id);
    assert_eq!(closed.status, MeetingStatus::Avslutat);
    assert_eq!(
        app.state.meeting.data.next_meeting.as_ref().map(|n| n.date),
        Some(day(2026, 11, 26))
    );
    let decided: Vec<Action> = app
        .store()
        .find("e.meeting_id = ?1", "e.n", [m.id.to_string()])
        .expect("find");
    assert_eq!(decided.len(), 1);
    assert_eq!(decided[0].responsible_function, "fastighetsskötare");
}

#[test]
fn the_observation_form_validates_beside_the_field_and_asks_about_personal_data() {
    let mut app = town_app();
    app.keys(&["2"]);
    assert_eq!(app.state.screen, Screen::Observations);
    let before = app.state.observations.list.total;
    assert_eq!(before, 60);
    app.keys(&["n"]);
    // A wrong date and an empty description.
    for _ in 0..10 {
        app.keys(&["backspace"]);
    }
    app.type_text("2026-13-40");
    app.keys(&["ctrl+s"]);
    assert!(
        app.form_error("date")
            .is_some_and(|e| e.contains("ÅÅÅÅ-MM-DD"))
    );
    assert!(
        app.form_error("description")
            .is_some_and(|e| e.contains("måste fyllas i"))
    );
    for _ in 0..10 {
        app.keys(&["backspace"]);
    }
    app.type_text("2026-11-19");
    app.keys(&["tab"]);
    app.type_text("2130");
    // Severity: särskild händelse; then a description with a phone number.
    for _ in 0..5 {
        app.keys(&["tab"]);
    }
    app.keys(&["right", "tab", "tab"]);
    app.type_text("Stenkastning mot buss vid hållplatsen, ring 070-123 45 67 för mer");
    app.keys(&["ctrl+s"]);
    let warning = match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.pii_warning.clone(),
        _ => None,
    };
    assert!(warning.is_some_and(|w| w.contains("telefonnummer")));
    app.keys(&["j"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert!(
        app.status().contains("beredskap"),
        "the escalation path: {}",
        app.status()
    );
    assert_eq!(app.state.observations.list.total, before + 1);
    let row = app.state.observations.list.rows[0].clone();
    assert_eq!(row.severity, Severity::SarskildHandelse);
    let saved: Observation = app.store().require(row.id).expect("saved");
    assert!(saved.pii_confirmed);
    assert_eq!(
        saved.time_from.map(|t| t.to_string()).as_deref(),
        Some("21:30:00")
    );

    // Undo removes it again, through the op log.
    app.keys(&["u"]);
    assert!(app.status().starts_with("Ångrade"), "{}", app.status());
    assert_eq!(app.state.observations.list.total, before);
    assert!(
        app.store()
            .is_deleted(EntityKind::Observation, row.id)
            .expect("deleted")
    );
}

#[test]
fn review_queue_filter_as_you_type_and_the_overview() {
    let mut app = town_app();
    app.keys(&["2", "r"]);
    assert_eq!(app.state.observations.list.total, 8, "the new ones");
    app.keys(&["m"]);
    assert_eq!(app.state.observations.list.total, 7);
    // d picks the original first (the nearest observation in the same area is offered).
    app.keys(&["d", "ctrl+s"]);
    assert_eq!(app.state.observations.list.total, 6);
    app.keys(&["r", "f"]);
    app.type_text("klott");
    assert_eq!(
        app.state.observations.list.total, 20,
        "FTS prefix match in the text (10) or the event type Skadegörelse/klotter (15, 5 both)"
    );
    app.keys(&["enter", "x"]);
    app.keys(&["c", "x"]);
    assert_eq!(
        app.state.observations.list.total, 1,
        "one särskild händelse"
    );
    app.keys(&["c", "o"]);
    let o = &app.state.observations.overview;
    assert_eq!(
        o.weeks.len(),
        52,
        "a year loaded; the screen shows what fits"
    );
    assert_eq!(o.rows.len(), 5);
    assert_eq!(o.rows[0].area, "Björkdalen", "Swedish order, Å and Ö last");
    assert_eq!(o.rows[4].area, "Östra hamnen");
    assert_eq!(
        o.rows
            .iter()
            .map(|r| r.counts.iter().sum::<usize>())
            .sum::<usize>(),
        60
    );
}

#[test]
fn actions_filter_overdue_status_and_follow_the_chain() {
    let mut app = town_app();
    app.keys(&["3"]);
    assert_eq!(app.state.actions.list.total, 5);
    app.keys(&["o"]);
    assert_eq!(app.state.actions.list.total, 2);
    assert!(app.state.actions.list.rows.iter().all(|r| r.overdue));
    // The lighting action has a plan chain: problem, cause, goal, indicator.
    app.keys(&["down"]);
    let d = &app.state.actions.detail;
    assert_eq!(
        d.action.as_ref().map(|a| a.title.as_str()),
        Some("Byta trasig belysning i gångtunneln")
    );
    assert_eq!(
        d.problem.as_deref(),
        Some("Otrygghet kvällstid vid Lindängstorget")
    );
    assert_eq!(d.causes.len(), 1);
    assert!(d.goal.is_some() && d.indicators.len() == 1);
    assert_eq!(d.follow_ups.len(), 1);
    // From the chain back to every action of the plan item.
    app.keys(&["c"]);
    assert_eq!(app.state.actions.list.total, 2);
    app.keys(&["x", "t"]);
    assert_eq!(
        app.state.actions.filter.status,
        Some(ActionStatus::Foreslagen)
    );
    assert_eq!(app.state.actions.list.total, 0);
    app.keys(&["t", "t"]);
    assert_eq!(app.state.actions.list.total, 2, "two pågår");
}

#[test]
fn a_finding_becomes_an_action_and_search_finds_text_everywhere() {
    let mut app = town_app();
    app.keys(&["6"]);
    let i = app
        .state
        .places
        .visible()
        .iter()
        .position(|l| l.text.contains("cykelstället"))
        .expect("finding line");
    for _ in 0..i {
        app.keys(&["down"]);
    }
    app.keys(&["a"]);
    match &app.state.overlay {
        Some(Overlay::Form(f)) => {
            assert_eq!(f.form.fields[0].value, "Flytta cykelstället närmare entrén")
        }
        _ => panic!("no form: {}", app.status()),
    }
    app.keys(&["ctrl+s"]);
    let findings: Vec<Finding> = app.store().all().expect("findings");
    assert!(findings.iter().all(|f| f.action_id.is_some()));
    assert!(
        app.state
            .places
            .lines
            .iter()
            .all(|l| !l.text.contains("ingen åtgärd"))
    );

    app.keys(&["ctrl+f"]);
    app.type_text("gångtunn");
    let hits = match &app.state.overlay {
        Some(Overlay::Search(s)) => s.hits.clone(),
        _ => Vec::new(),
    };
    assert!(hits.iter().any(|h| h.kind == EntityKind::Action));
}

#[test]
fn onboarding_loads_the_demo() {
    let mut app = open(tempfile::tempdir().expect("dir"), 80, 24);
    assert!(app.state.onboarding);
    app.keys(&["d", "j"]);
    assert!(!app.state.onboarding, "{}", app.status());
    assert!(app.status().starts_with("Demodata för"), "{}", app.status());
    app.keys(&["2"]);
    assert_eq!(app.state.screen, Screen::Observations);
    assert!(app.state.observations.list.total > 100);
}

#[test]
fn an_empty_database_starts_with_onboarding() {
    let mut app = open(tempfile::tempdir().expect("dir"), 80, 24);
    assert!(app.state.onboarding);
    app.keys(&["t"]);
    app.type_text("Tyresö kommun");
    app.keys(&["tab"]);
    app.type_text("Säkerhetsenheten");
    app.keys(&["ctrl+s"]);
    assert!(!app.state.onboarding, "{}", app.status());
    assert_eq!(app.state.refs.municipality.as_deref(), Some("Tyresö"));
    assert_eq!(app.store().actor(), "trygghetssamordnare");
    assert!(app.state.refs.own_organisation.is_some());
}

#[test]
fn help_is_generated_from_the_keymap_and_filters() {
    let mut app = town_app();
    app.keys(&["?"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Help { .. })));
    app.type_text("ångra");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Ångra senaste ändringen"), "{screen}");
    assert!(!screen.contains("Nästa rad"), "{screen}");
    app.keys(&["esc"]);
    assert!(app.state.overlay.is_none());
    assert!(!app.state.quit);
    app.keys(&["q"]);
    assert!(app.state.quit);
}

#[test]
fn document_screens_filter_as_you_type() {
    let mut app = town_app();
    app.keys(&["5"]);
    let uncovered: Vec<String> = app
        .state
        .prevention
        .lines
        .iter()
        .filter(|l| l.warn)
        .map(|l| l.text.clone())
        .collect();
    assert_eq!(
        uncovered.len(),
        2,
        "Narkotika and Spel have no active measure"
    );
    assert!(uncovered.iter().all(|t| t.contains("INGEN aktiv insats")));
    app.keys(&["f"]);
    app.type_text("våld");
    let shown: Vec<String> = app
        .state
        .prevention
        .visible()
        .iter()
        .filter(|l| !l.strong)
        .map(|l| l.text.clone())
        .collect();
    assert!(!shown.is_empty() && shown.iter().all(|t| t.to_lowercase().contains("våld")));
    app.keys(&["esc", "4"]);
    let text: Vec<String> = app
        .state
        .agreement
        .lines
        .iter()
        .map(|l| l.text.clone())
        .collect();
    assert!(text.iter().any(|t| t.contains("Aktivitet")
        && t.contains("Omfattning")
        && t.contains("Ansvarig")
        && t.contains("Uppföljning")));
    assert!(
        text.iter()
            .any(|t| t.contains("Synlig polisnärvaro") && t.contains("2 kvällar/vecka"))
    );
}
