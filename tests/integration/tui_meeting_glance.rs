//! Möte's week at a glance (issue 14 item 1): before a meeting it fills the screen, during one
//! it stays beside the agenda (a line on a narrow screen). Snapshots at 80×24 and 160×48 on the
//! demo and on an empty database, with what each must say asserted.

use crate::common;

use common::app::*;

#[test]
fn snapshots_of_the_week_at_a_glance_before_and_during_a_meeting() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        let before = app.screen(w, h);
        insta::assert_snapshot!(format!("glance_before_{w}x{h}"), before);
        // The essentials at every size: the week, the planned meeting and how to start it,
        // the särskilda events, the overdue actions, the police's events, the areas.
        for must in [
            "Veckan i korthet · v. 47",
            "Planerat möte: 2026-11-19",
            "n startar veckans möte",
            "särskild händelse: Skadegörelse",
            "Polisens händelser",
            "Mötesserie: Samverkansgrupp trygghet (EST)",
            "Centrala Sjövik",
        ] {
            assert!(
                before.contains(must),
                "{must} missing at {w}×{h}:\n{before}"
            );
        }
        // All areas: 14 events this (partial) week against a mean of 31.5.
        let total = before
            .lines()
            .find(|l| l.contains("Alla områden "))
            .unwrap_or_default();
        assert!(total.contains(" 14 ") && total.contains("31,5"), "{total}");
        if w < 160 {
            assert!(before.contains("⚠ 18 försenade åtgärder"), "{before}");
        }
        if w >= 160 {
            // Room for every area with its 12-week trend and the municipality's bar chart.
            for must in [
                "12 veckor",
                "Norrviks centrum",
                "Försenade åtgärder per ansvarig organisation: 18",
                "Alla områden: händelser per vecka, 12 veckor",
                "v.36 v.37",
                // The right column's lines go on under themselves instead of being cut.
                "sammanträdesrum Ängen · ordförande:",
                "  2026-06-07)",
                "Senaste mötena",
            ] {
                assert!(before.contains(must), "{must} missing:\n{before}");
            }
        }
        app.keys(&["n"]);
        let during = app.screen(w, h);
        insta::assert_snapshot!(format!("glance_during_{w}x{h}"), during);
        assert!(during.contains("1/8 Närvaro") || during.contains("1. Närvaro"));
        let glance = if w >= 160 {
            "Veckan i korthet · v. 47"
        } else {
            "v. 47: 14 händelser (snitt 31,5) · ‼ 2 särskilda · ⚠ 18 försenade"
        };
        assert!(during.contains(glance), "{glance} missing:\n{during}");
    }
}

#[test]
fn snapshots_of_the_week_at_a_glance_on_an_empty_database() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = started_empty(w, h);
        app.keys(&["1"]);
        let screen = app.screen(w, h);
        insta::assert_snapshot!(format!("glance_empty_{w}x{h}"), screen);
        for must in [
            "Inget möte pågår.",
            "Inga områden ännu",
            "Ingen mötesserie ännu",
            "Inga försenade åtgärder.",
        ] {
            assert!(
                screen.contains(must),
                "{must} missing at {w}×{h}:\n{screen}"
            );
        }
        assert!(!screen.contains("v.36"), "no chart without data:\n{screen}");
    }
}

/// The real binary on the demo at 160×48: the glance before the meeting, then beside its
/// agenda while it runs, and on the areas' step the selected area's detail.
#[test]
fn the_real_binary_shows_the_week_before_and_during_the_meeting() {
    use crate::common::pty::Session;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    demo_database(&db);
    let mut app = Session::start_sized(&db, dir.path(), &[], 160, 48);
    app.wait_for("Veckan i korthet · v. 47");
    app.wait_for("Alla områden: händelser per vecka, 12 veckor");
    app.wait_for("Försenade åtgärder per ansvarig organisation: 18");
    app.send("n");
    app.wait_for("har startat");
    app.wait_for("1. Närvaro");
    app.wait_for("Veckan i korthet · v. 47");
    for _ in 0..3 {
        app.send("\x1b[C");
    }
    // The areas' step: the selected area's detail takes the glance's place.
    app.wait_for("4. Lägesbild område för område");
    app.wait_for("Vanligaste händelsetyper");
    app.wait_for("Veckodag × dygnsperiod, 4 veckor");
    app.send("v");
    app.wait_for("Veckodag × dygnsperiod, 12 veckor");
    let screen = app.contents();
    assert!(
        screen.contains("Händelser per vecka, 12 veckor"),
        "{screen}"
    );
    assert!(screen.contains("Veckans iakttagelser"), "{screen}");
    app.send("q");
    assert!(app.wait_exit());
}

/// Step 4 (the areas, "step 3" of the issue): the selected area's detail beside the table on a
/// wide screen, its essentials under it on a narrow one; `v` switches 4 and 12 weeks, `.`
/// selects the next observation, whose whole text shows.
#[test]
fn snapshots_of_the_areas_step_with_the_selected_areas_detail() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        app.keys(&["n", "right", "right", "right"]);
        // Sjöviks centrum: this week's observations and a priority area.
        app.keys(&["down", "down"]);
        let screen = app.screen(w, h);
        insta::assert_snapshot!(format!("areas_detail_{w}x{h}"), screen);
        assert!(screen.contains("Sjöviks centrum"), "{screen}");
        if w < 160 {
            assert!(screen.contains("Vanligast 4 v:"), "{screen}");
            assert!(screen.contains("Hot spots 4 v:"), "{screen}");
            continue;
        }
        for must in [
            "Händelser per vecka, 12 veckor",
            "Vanligaste händelsetyper",
            "Hot spots",
            "Veckodag × dygnsperiod, 4 veckor",
            "Veckans iakttagelser: 2",
            "morgon",
        ] {
            assert!(screen.contains(must), "{must} missing:\n{screen}");
        }
        app.keys(&["v", "."]);
        let longer = app.screen(w, h);
        insta::assert_snapshot!(format!("areas_detail_12_weeks_{w}x{h}"), longer);
        assert!(
            longer.contains("Veckodag × dygnsperiod, 12 veckor"),
            "{longer}"
        );
        assert_eq!(app.state.meeting.observation, 1);
        assert!(app.state.meeting.heat_long);
        // Another area starts at its first observation.
        app.keys(&["down"]);
        assert_eq!(app.state.meeting.observation, 0);
    }
}

#[test]
fn snapshots_of_the_areas_step_on_an_empty_database() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = started_empty(w, h);
        app.keys(&["1", "n", "j", "right", "right", "right"]);
        let screen = app.screen(w, h);
        insta::assert_snapshot!(format!("areas_detail_empty_{w}x{h}"), screen);
        assert!(screen.contains("Lägesbild område"), "{screen}");
        assert!(
            screen.contains("0 händelser") || screen.contains("Området"),
            "{screen}"
        );
    }
}

/// The areas step counts through the shared analysis, as the glance does: a parent sums its
/// sub-areas, and an event struck off (avförd) is not counted, not even as särskild.
#[test]
fn the_areas_step_counts_what_the_glance_counts() {
    use lagesbild::analysis::AreaTree;
    use lagesbild::domain::*;
    use lagesbild::store::{Access, Store};

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("lagesbild.db");
    demo_database(&path);
    {
        let mut store = Store::open(&path, Access::ReadWrite).expect("open");
        let areas: Vec<Area> = store.all().expect("areas");
        let sub = areas
            .iter()
            .find(|a| a.parent_id.is_some() && a.active)
            .expect("a sub-area in the demo");
        let org: Vec<Organisation> = store.all().expect("orgs");
        let types: Vec<EventType> = store.all().expect("types");
        let struck_off = Observation {
            id: Id::new(),
            classification: Classification::Begransad,
            reporting_org_id: org[0].id,
            reporter_id: None,
            event_type_id: types[0].id,
            area_id: sub.id,
            place_id: None,
            occurred_on: today(),
            occurred_until: None,
            time_from: None,
            time_to: None,
            day_period: Some(DayPeriod::Kvall),
            reported_at: chrono::Utc::now(),
            description: "Felregistrerad, avförd".into(),
            grade: Grade::Hog,
            severity: Severity::SarskildHandelse,
            count_estimate: None,
            source: ObservationSource::Rapportor,
            external_ref: None,
            review_status: ReviewStatus::Avford,
            duplicate_of_id: None,
            pii_confirmed: false,
        };
        store.write(|w| w.create(&struck_off)).expect("write");
    }
    let mut app = open(dir, 160, 48);
    app.keys(&["n"]);
    let data = &app.state.meeting.data;
    assert!(data.meeting.is_some(), "{}", app.status());
    let glance = data.glance.as_ref().expect("glance");
    let tree = AreaTree::load(app.store()).expect("tree");
    assert!(!data.areas.is_empty());
    let mut parents = 0;
    for line in &data.areas {
        let trend = &glance
            .areas
            .iter()
            .find(|a| a.area_id == line.area.id)
            .expect("the glance has the area")
            .trend;
        let n = trend.weeks.len();
        assert_eq!(
            line.this_week as u32,
            trend.this_week(),
            "{}",
            line.area.name
        );
        let previous: Vec<u32> = line.previous.iter().map(|p| *p as u32).collect();
        assert_eq!(previous, trend.weeks[n - 5..n - 1], "{}", line.area.name);
        let escalated = glance
            .escalated
            .iter()
            .filter(|e| tree.contains(line.area.id, e.area_id))
            .count();
        assert_eq!(line.escalated, escalated, "särskilda in {}", line.area.name);
        if !tree.children(line.area.id).is_empty() {
            parents += 1;
        }
    }
    assert!(parents > 0, "the demo has areas with sub-areas");
}
