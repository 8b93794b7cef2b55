//! Möte beyond the happy path (issue 12): the meeting series, the meeting's details, its
//! agenda, attendance of an organisation not in the list, a cancelled meeting, the area's text.
//! Keys → state → the real store, as a user drives it.

use crate::common;

use common::app::*;
use lagesbild::domain::{
    AgendaItem, Attendance, Meeting, MeetingSeries, MeetingStatus, Organisation, Vocabulary,
    Weekday,
};
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::screens::meeting::state::Step;

fn series(app: &App) -> Option<MeetingSeries> {
    app.store().meeting_series_in_use().expect("series")
}

fn meeting(app: &App, id: lagesbild::domain::Id) -> Meeting {
    app.store().require(id).expect("meeting")
}

/// The series is set from Möte: a time that is no time is said beside its field and nothing
/// is saved; the saved series is one op-logged record that `u` takes back.
fn set_series(app: &mut App) {
    app.keys(&["1", "g"]);
    assert!(
        app.screen(80, 24).contains("Mötesserie"),
        "{}",
        app.screen(80, 24)
    );
    // Group, kind, weekday (torsdag → fredag), start time.
    app.keys(&["tab", "tab", "right", "tab"]);
    app.type_text("25.99");
    app.keys(&["ctrl+s"]);
    assert!(app.form_error("start_time").is_some(), "{}", app.status());
    assert!(series(app).is_none(), "nothing saved");
    app.type_text("09.00");
    app.keys(&["tab"]);
    app.type_text("10.30");
    app.keys(&["tab"]);
    app.type_text("Stadshuset, rum Lärkan");
    app.keys(&["tab", "tab"]);
    app.type_text("kommunsekreterare");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert!(app.status().contains("Mötesserien"), "{}", app.status());
}

#[test]
fn the_series_is_validated_beside_the_field_saved_and_undone() {
    let mut app = town_app();
    set_series(&mut app);
    let s = series(&app).expect("a series");
    assert_eq!(s.weekday, Weekday::Fredag);
    assert_eq!(
        s.start_time.map(|t| t.to_string()).as_deref(),
        Some("09:00:00")
    );
    assert_eq!(
        s.end_time.map(|t| t.to_string()).as_deref(),
        Some("10:30:00")
    );
    assert_eq!(s.location, "Stadshuset, rum Lärkan");
    assert_eq!(s.chair, "trygghetssamordnare");
    assert_eq!(s.note_taker, "kommunsekreterare");
    assert_eq!(s.agenda.len(), 10, "the standard agenda");
    // It travels like every record: its ops are in the log.
    let history = app.store().history(s.id).expect("history");
    assert!(!history.is_empty());
    // The screen says it.
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Mötesserie: Samverkansgrupp trygghet"),
        "{screen}"
    );
    assert!(screen.contains("fredag kl. 09.00–10.30"), "{screen}");
    app.keys(&["u"]);
    assert!(series(&app).is_none(), "{}", app.status());
    // Esc on an unchanged form closes it; nothing saved.
    app.keys(&["g", "esc"]);
    assert!(app.state.overlay.is_none());
    assert!(series(&app).is_none());
}

#[test]
fn a_cancelled_meeting_stays_marked_and_a_new_meeting_takes_the_series() {
    let mut app = town_app();
    set_series(&mut app);
    let planned = app
        .state
        .meeting
        .data
        .next_meeting
        .clone()
        .expect("planned");
    // x: asked first, then the planned meeting is inställt, kept.
    app.keys(&["x"]);
    match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => {
            assert!(question.contains("inga minnesanteckningar"), "{question}")
        }
        other => panic!("no question: {other:?}"),
    }
    app.keys(&["j"]);
    assert_eq!(meeting(&app, planned.id).status, MeetingStatus::Installt);
    assert!(
        app.screen(80, 24).contains("inställt"),
        "{}",
        app.screen(80, 24)
    );
    // h: the cancelled meeting's history says when it was called off.
    app.keys(&["h"]);
    let history = app.screen(80, 24);
    assert!(history.contains("planerat → inställt"), "{history}");
    app.keys(&["esc"]);
    // Its minutes are refused, saying why.
    let why = meeting(&app, planned.id)
        .minutes_refused(lagesbild::domain::Lang::Sv)
        .expect("refused");
    assert!(why.contains("inställt"), "{why}");
    // n: none planned now, so a new one on the series' next weekday (Friday 20 November, the
    // day after "today"), not today, with the series' details and agenda.
    app.keys(&["n"]);
    match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => {
            assert!(question.contains("fredag 20 november 2026"), "{question}");
            assert!(question.contains("kl. 09.00–10.30"), "{question}");
            assert!(question.contains("Stadshuset, rum Lärkan"), "{question}");
        }
        other => panic!("no question: {other:?}"),
    }
    app.keys(&["j"]);
    let m = app.state.meeting.data.meeting.clone().expect("started");
    assert_eq!(m.date.to_string(), "2026-11-20", "the series' weekday");
    // It refers to its series by id, not by the group's name.
    assert_eq!(m.series_id, series(&app).map(|s| s.id));
    assert_eq!(m.location, "Stadshuset, rum Lärkan");
    assert_eq!(m.note_taker, "kommunsekreterare");
    assert_eq!(
        m.start_time.map(|t| t.to_string()).as_deref(),
        Some("09:00:00")
    );
    let agenda: Vec<AgendaItem> = app.store().agenda_of_meeting(m.id).expect("agenda");
    assert_eq!(agenda.len(), 10);
    assert_eq!(agenda[0].number, 1);
    assert_eq!(agenda[0].title, "Mötets öppnande");
    // The next meeting is proposed on the series' weekday (a Friday) a week on, at its time.
    for _ in 0..6 {
        app.keys(&["right"]);
    }
    assert_eq!(app.state.meeting.step, Step::NextMeeting);
    app.keys(&["n"]);
    let form = app.screen(80, 24);
    assert!(form.contains("2026-11-27"), "{form}");
    assert!(form.contains("09.00"), "{form}");
}

#[test]
fn the_meetings_details_are_set_checked_and_undone() {
    let mut app = town_app();
    app.keys(&["n"]);
    let m = app.state.meeting.data.meeting.clone().expect("started");
    app.keys(&["i"]);
    assert!(app.screen(80, 24).contains("Mötets uppgifter"));
    // Group, date, start, end: an end before the start is said beside the end.
    app.keys(&["tab", "tab"]);
    app.type_text("10.00");
    app.keys(&["tab"]);
    app.type_text("09.00");
    app.keys(&["ctrl+s"]);
    assert!(
        app.form_error("end_time")
            .is_some_and(|e| e.contains("efter")),
        "{:?}",
        app.state.overlay
    );
    // The focus is on the end time with the cursor after the wrong one: away and back
    // selects it, so typing replaces it.
    app.keys(&["backtab", "tab"]);
    app.type_text("11.30");
    // Room, chair, note-taker, checker, dnr, notes.
    app.keys(&["tab"]);
    app.type_text("Stadshuset, rum Ängen");
    app.keys(&["tab", "tab", "tab"]);
    app.type_text("fältsekreterare");
    app.keys(&["tab"]);
    app.type_text("KS 2026/112");
    app.keys(&["tab"]);
    app.type_text("Ring 070-123 45 67 om lokalen");
    app.keys(&["ctrl+s"]);
    // Personal data in the notes: asked first; any other key goes back to the text.
    let warning = match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.pii_warning.clone(),
        _ => None,
    };
    assert!(
        warning.is_some_and(|w| w.contains("telefonnummer")),
        "{}\n{}",
        app.status(),
        app.screen(80, 24)
    );
    assert_eq!(meeting(&app, m.id).dnr, None, "nothing saved yet");
    app.keys(&["j"]);
    let saved = meeting(&app, m.id);
    assert_eq!(saved.dnr.as_deref(), Some("KS 2026/112"));
    assert_eq!(saved.adjuster.as_deref(), Some("fältsekreterare"));
    assert_eq!(saved.location, "Stadshuset, rum Ängen");
    assert_eq!(
        saved.end_time.map(|t| t.to_string()).as_deref(),
        Some("11:30:00")
    );
    app.keys(&["u"]);
    let undone = meeting(&app, m.id);
    assert_eq!(undone.dnr, None, "{}", app.status());
    assert_eq!(undone.location, m.location);
}

#[test]
fn agenda_items_are_added_moved_and_removed_with_the_numbers_following() {
    let mut app = town_app();
    app.keys(&["n", "right"]);
    assert_eq!(app.state.meeting.step, Step::Agenda);
    let add = |app: &mut App, title: &str| {
        app.keys(&["n"]);
        // Kind, area, title.
        app.keys(&["tab", "tab"]);
        app.type_text(title);
        app.keys(&["tab", "tab"]);
        app.type_text("att kalla fastighetsägaren");
        app.keys(&["ctrl+s"]);
    };
    // A title is needed: said beside it, nothing saved.
    app.keys(&["n", "ctrl+s"]);
    assert!(app.form_error("title").is_some(), "{}", app.status());
    app.keys(&["esc"]);
    if matches!(app.state.overlay, Some(Overlay::Confirm { .. })) {
        app.keys(&["j"]);
    }
    add(&mut app, "Skolans läge");
    add(&mut app, "Belysning i gångtunneln");
    let titles = |app: &App| -> Vec<(i64, String)> {
        app.state
            .meeting
            .data
            .agenda
            .iter()
            .map(|i| (i.number, i.title.clone()))
            .collect()
    };
    assert_eq!(
        titles(&app),
        [
            (1, "Skolans läge".into()),
            (2, "Belysning i gångtunneln".into())
        ]
    );
    let decision = app.state.meeting.data.agenda[0].decision.clone();
    assert_eq!(decision.as_deref(), Some("att kalla fastighetsägaren"));
    // J moves the first down; K back up.
    app.keys(&["home", "J"]);
    assert_eq!(
        titles(&app),
        [
            (1, "Belysning i gångtunneln".into()),
            (2, "Skolans läge".into())
        ]
    );
    // d removes the selected (now the second, "Skolans läge"); u brings it back.
    app.keys(&["d"]);
    assert_eq!(titles(&app), [(1, "Belysning i gångtunneln".into())]);
    app.keys(&["u"]);
    assert_eq!(titles(&app).len(), 2, "{}", app.status());
    // r edits the selected.
    app.keys(&["home", "r", "tab", "tab"]);
    app.type_text("Belysning i gångtunneln Lindängen");
    app.keys(&["ctrl+s"]);
    assert_eq!(titles(&app)[0].1, "Belysning i gångtunneln Lindängen");
}

#[test]
fn an_organisation_not_in_the_list_is_made_on_the_spot_with_its_attendance() {
    let mut app = town_app();
    app.keys(&["n"]);
    let m = app.state.meeting.data.meeting.clone().expect("started");
    let orgs_before = app.store().all::<Organisation>().expect("orgs").len();
    app.keys(&["n"]);
    assert!(app.screen(80, 24).contains("organisation utanför listan"));
    // Neither picked nor named: said beside the name.
    app.keys(&["ctrl+s"]);
    assert!(app.form_error("name").is_some(), "{}", app.status());
    app.keys(&["backtab", "tab"]);
    app.type_text("Sjöviks scoutkår");
    app.keys(&["tab", "tab"]);
    app.type_text("ledare");
    app.keys(&["tab", "tab", "right", "ctrl+s"]);
    assert!(
        app.state.overlay.is_none(),
        "{}\n{}",
        app.status(),
        app.screen(80, 24)
    );
    let orgs: Vec<Organisation> = app.store().all().expect("orgs");
    assert_eq!(orgs.len(), orgs_before + 1);
    let scouts = orgs
        .iter()
        .find(|o| o.name == "Sjöviks scoutkår")
        .expect("made");
    let attendance: Vec<Attendance> = app.store().attendance_of(m.id).expect("attendance");
    let a = attendance
        .iter()
        .find(|a| a.organisation_id == scouts.id)
        .expect("attended");
    assert_eq!(a.functions, "ledare");
    assert!(a.adjunct);
    assert!(app.status().contains("närvarande"), "{}", app.status());
    // The same name again is refused: pick it in the list instead.
    app.keys(&["n"]);
    app.type_text("");
    app.keys(&["tab"]);
    app.type_text("sjöviks scoutkår");
    app.keys(&["ctrl+s"]);
    assert!(
        app.form_error("name")
            .is_some_and(|e| e.contains("finns redan")),
        "{:?}\n{}",
        app.form_error("name"),
        app.screen(80, 24)
    );
    // One undo takes back the organisation and its attendance together.
    app.keys(&["esc", "j", "u"]);
    let orgs: Vec<Organisation> = app.store().all().expect("orgs");
    assert_eq!(orgs.len(), orgs_before, "{}", app.status());
    let _ = MeetingStatus::Pagar.label_sv();
}

/// `lagesbild minutes` refuses a cancelled meeting, saying why, and writes no file.
#[test]
fn the_minutes_of_a_cancelled_meeting_are_refused_in_swedish() {
    let cli = crate::record_cli::Cli::init();
    cli.create(&[
        "meeting",
        "--kind",
        "vecka",
        "--group-name",
        "Samverkansgrupp trygghet",
        "--date",
        "2026-11-19",
        "--status",
        "installt",
    ]);
    let out = cli.path().with_file_name("minnesanteckningar.md");
    let said = cli.fails(&[
        "minutes",
        "2026-11-19",
        "--format",
        "md",
        "--output",
        &out.to_string_lossy(),
    ]);
    assert!(
        said.contains("inställt och får inga minnesanteckningar"),
        "{said}"
    );
    assert!(!out.exists());
}

/// Step "Lägesbild område för område": `r` offers a summary computed from this week's
/// observations — never last week's words —, checked for personal data before it is kept in
/// the meeting's assessment; `u` takes it back.
#[test]
fn the_areas_text_is_suggested_from_this_weeks_data_and_written_in_the_meeting() {
    use lagesbild::domain::AreaAssessment;
    let mut app = demo_app_sized(80, 24);
    let last_week: Vec<String> = app
        .state
        .meeting
        .data
        .previous_assessments
        .iter()
        .map(|a| a.text.clone())
        .filter(|t| !t.is_empty())
        .collect();
    assert!(!last_week.is_empty(), "the demo's last meeting has texts");
    app.keys(&["n", "right", "right", "right"]);
    assert_eq!(app.state.meeting.step, Step::Areas);
    // Last week's text did not carry over.
    assert!(
        app.state
            .meeting
            .data
            .areas
            .iter()
            .filter_map(|l| l.assessment.as_ref())
            .all(|a| a.text.is_empty())
    );
    let line = app.state.meeting.data.areas[0].clone();
    app.keys(&["r"]);
    let text = match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.fields[0].value.clone(),
        other => panic!("no form: {other:?} {}", app.status()),
    };
    assert!(text.contains("rapporterade händelser v. 47"), "{text}");
    assert!(!last_week.contains(&text), "{text}");
    // A name-like text in it: asked first, then kept with the assessment.
    app.keys(&["ctrl+e"]);
    app.type_text(" Ring 070-123 45 67.");
    app.keys(&["ctrl+s"]);
    assert!(matches!(&app.state.overlay, Some(Overlay::Form(f)) if f.form.pii_warning.is_some()));
    app.keys(&["j"]);
    let stored = |app: &App| -> Option<AreaAssessment> {
        app.state
            .meeting
            .data
            .areas
            .iter()
            .find(|l| l.area.id == line.area.id)
            .and_then(|l| l.assessment.clone())
    };
    let saved = stored(&app).expect("assessment");
    assert!(
        saved.text.ends_with("Ring 070-123 45 67."),
        "{}",
        saved.text
    );
    // Opened again, the text written is what the form shows.
    app.keys(&["r"]);
    assert!(
        matches!(&app.state.overlay, Some(Overlay::Form(f)) if f.form.fields[0].value == saved.text)
    );
    app.keys(&["esc", "u"]);
    assert!(
        stored(&app).is_none_or(|a| a.text.is_empty()),
        "{}",
        app.status()
    );
}

/// The series names its members in its form (a multi-select over the organisations); a meeting
/// started from it lists them first in the attendance, where one key marks one present, and
/// every other organisation is still there to mark.
#[test]
fn the_series_members_are_listed_first_in_the_attendance() {
    let mut app = town_app();
    let school = app
        .store()
        .all::<Organisation>()
        .expect("orgs")
        .into_iter()
        .find(|o| o.name == "Utbildningsförvaltningen")
        .expect("the school, last by name");
    app.keys(&["1", "g"]);
    let form = match &app.state.overlay {
        Some(Overlay::Form(open)) => open.form.clone(),
        _ => panic!("no form: {}", app.status()),
    };
    let at = form
        .fields
        .iter()
        .position(|f| f.key == "member_ids")
        .expect("the series' form names its members");
    assert!(form.fields[at].is_multi());
    for _ in 0..at {
        app.keys(&["tab"]);
    }
    app.type_text("utbildning");
    app.keys(&["space", "enter", "ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let s = series(&app).expect("saved");
    assert_eq!(s.members(), [school.id]);
    // The meeting starts on the attendance step, the member first.
    app.keys(&["n"]);
    if matches!(app.state.overlay, Some(Overlay::Confirm { .. })) {
        app.keys(&["j"]);
    }
    let m = app.state.meeting.data.meeting.clone().expect("started");
    assert_eq!(app.state.meeting.step, Step::Attendance);
    let screen = app.screen(80, 24);
    let row = |name: &str| {
        screen
            .lines()
            .position(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is listed:\n{screen}"))
    };
    assert!(
        row("Utbildningsförvaltningen") < row("Lokalpolisområde Sjövik"),
        "{screen}"
    );
    assert!(row("Lokalpolisområde Sjövik") < row("Sjöviksbostäder AB"));
    let first = screen
        .lines()
        .nth(row("Utbildningsförvaltningen"))
        .unwrap_or("");
    assert!(first.contains("· medlem"), "{screen}");
    // Space on the first row marks the member present.
    app.keys(&["space"]);
    let attendance: Vec<Attendance> = app.store().attendance_of(m.id).expect("attendance");
    assert_eq!(attendance.len(), 1, "{attendance:?}");
    assert_eq!(attendance[0].organisation_id, school.id);
    // Another organisation is still marked the same way, further down.
    app.keys(&["down", "space"]);
    let attendance: Vec<Attendance> = app.store().attendance_of(m.id).expect("attendance");
    assert_eq!(attendance.len(), 2, "{attendance:?}");
}

/// The suggested area text counts what the areas table counts: an observation marked as a
/// duplicate of another (its status still "ny") is no reported event in either.
#[test]
fn the_suggested_area_text_counts_as_the_areas_table_does() {
    use lagesbild::domain::{EntityKind, Id, Observation};
    use lagesbild::store::{Access, Store};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("lagesbild.db");
    demo_database(&path);
    let area = {
        let mut store = Store::open(&path, Access::ReadWrite).expect("open");
        let week = lagesbild::domain::IsoWeek::of(today());
        let observations: Vec<Observation> = store.all().expect("observations");
        let this_week: Vec<&Observation> = observations
            .iter()
            .filter(|o| o.is_reported_event())
            .filter(|o| o.week() == week)
            .collect();
        let (first, second) = this_week
            .iter()
            .find_map(|a| {
                this_week
                    .iter()
                    .find(|b| b.area_id == a.area_id && b.id != a.id)
                    .map(|b| (*a, *b))
            })
            .expect("an area with two events this week");
        let (duplicate, original): (Id, Id) = (second.id, first.id);
        store
            .write(|w| {
                w.set(
                    EntityKind::Observation,
                    duplicate,
                    "duplicate_of_id",
                    Some(original),
                )
            })
            .expect("marked as a duplicate");
        first.area_id
    };
    let mut app = open(dir, 80, 24);
    app.keys(&["n", "right", "right", "right"]);
    assert_eq!(app.state.meeting.step, Step::Areas);
    let at = app
        .state
        .meeting
        .data
        .areas
        .iter()
        .position(|l| l.area.id == area)
        .expect("the area's line");
    for _ in 0..at {
        app.keys(&["down"]);
    }
    let counted = app.state.meeting.data.areas[at].this_week;
    app.keys(&["r"]);
    let text = match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.fields[0].value.clone(),
        other => panic!("no form: {other:?} {}", app.status()),
    };
    let said = if text.starts_with("En rapporterad händelse") {
        1
    } else {
        text.split(' ')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0)
    };
    assert_eq!(
        said, counted,
        "the text says {text:?}; the table counts {counted}"
    );
}
