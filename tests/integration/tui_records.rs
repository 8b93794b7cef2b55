//! Överenskommelse, Förebyggande and Platssamverkan from an EMPTY database without the demo:
//! `n` makes what fits where the cursor is (a chooser when several kinds fit), `e` edits, `d`
//! deletes or deactivates when something refers to the record, `s` changes a status with a
//! follow-up line; validation beside the field, the personal-data confirmation, and undo.

use crate::common;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::tui::app::state::{FormPurpose, Overlay};
use lagesbild::tui::screens::Screen;

/// "Börja tomt" for Tyresö and one area from the Register.
pub(crate) fn new_municipality(w: u16, h: u16) -> App {
    let mut app = started_empty(w, h);
    app.keys(&["8", "n"]);
    app.type_text("Centrala Sjövik");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    app
}

/// The open form's title, or what is open instead.
pub(crate) fn form_title(app: &App) -> String {
    match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.title.clone(),
        other => format!("no form: {other:?} {}", app.status()),
    }
}

/// Fills fields of the open form by key (as typed) and saves it.
pub(crate) fn fill_and_save(app: &mut App, values: &[(&str, &str)]) {
    fill(app, values);
    app.keys(&["ctrl+s"]);
}

pub(crate) fn fill(app: &mut App, values: &[(&str, &str)]) {
    let Some(Overlay::Form(f)) = &mut app.state.overlay else {
        panic!("no form open: {}", app.status());
    };
    for (key, value) in values {
        assert!(
            f.form.fields.iter().any(|x| x.key == *key),
            "no field {key} in {:?}",
            f.form.fields.iter().map(|x| x.key).collect::<Vec<_>>()
        );
        f.form.set_value(key, value);
    }
}

/// Moves the cursor to the first line whose text holds `text`.
pub(crate) fn go_to(app: &mut App, text: &str) {
    let screen = match app.state.screen {
        Screen::Agreement => &app.state.agreement,
        Screen::Prevention => &app.state.prevention,
        Screen::Actions => &app.state.actions.plan,
        _ => &app.state.places,
    };
    let Some(i) = screen.visible().iter().position(|l| l.text.contains(text)) else {
        panic!(
            "no line with {text}: {:?}",
            screen.visible().iter().map(|l| &l.text).collect::<Vec<_>>()
        );
    };
    app.keys(&["home"]);
    for _ in 0..i {
        app.keys(&["down"]);
    }
}

pub(crate) fn selected_kind(app: &App) -> Option<EntityKind> {
    let screen = match app.state.screen {
        Screen::Agreement => &app.state.agreement,
        Screen::Prevention => &app.state.prevention,
        Screen::Actions => &app.state.actions.plan,
        _ => &app.state.places,
    };
    screen.selected().map(|r| r.kind)
}

/// An agreement with a priority and a medborgarlöfte with two activities, made on tab 4.
fn agreement_with_priority_and_promise(app: &mut App) {
    app.keys(&["4"]);
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Ingen samverkansöverenskommelse är inlagd ännu. n lägger in den."),
        "{screen}"
    );
    assert!(!screen.contains("demodata"), "{screen}");
    app.keys(&["n"]);
    assert_eq!(form_title(app), "Ny samverkansöverenskommelse");
    fill_and_save(
        app,
        &[
            ("title", "Samverkansöverenskommelse Tyresö 2026–2027"),
            ("period_start", "2026-01-01"),
            ("period_end", "2027-12-31"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(selected_kind(app), Some(EntityKind::Agreement));
    // On the agreement several kinds fit: a small chooser.
    app.keys(&["n"]);
    assert_eq!(form_title(app), "Vad vill du lägga in här?");
    app.keys(&["ctrl+s"]);
    assert_eq!(form_title(app), "Nytt prioriterat område");
    fill_and_save(app, &[("number", "1"), ("title", "Trygg centrumhållplats")]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(selected_kind(app), Some(EntityKind::Priority));
    go_to(app, "Samverkansöverenskommelse Tyresö");
    app.keys(&["n", "right", "ctrl+s"]);
    assert!(
        form_title(app).contains("medborgarlöfte"),
        "{}",
        form_title(app)
    );
    fill_and_save(
        app,
        &[
            ("period_start", "2026-01-01"),
            ("period_end", "2026-12-31"),
            (
                "text",
                "Vi ska vara synliga vid centrumhållplatsen på kvällarna.",
            ),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(selected_kind(app), Some(EntityKind::CitizenPromise));
    for (number, activity) in [("1", "Kvällspromenader"), ("2", "Bättre belysning")] {
        go_to(app, "Medborgarlöfte");
        app.keys(&["n", "ctrl+s"]);
        assert_eq!(form_title(app), "Ny aktivitet");
        // Numbered after the promise's activities.
        let offered = match &app.state.overlay {
            Some(Overlay::Form(f)) => f.form.text("number"),
            _ => String::new(),
        };
        assert_eq!(offered, number);
        fill_and_save(app, &[("number", number), ("activity", activity)]);
        assert!(app.state.overlay.is_none(), "{}", app.status());
    }
}

#[test]
fn an_agreement_with_a_priority_and_a_promise_with_two_activities_from_an_empty_database() {
    let mut app = new_municipality(80, 24);
    agreement_with_priority_and_promise(&mut app);
    let agreements: Vec<Agreement> = app.store().all().expect("agreements");
    assert_eq!(agreements.len(), 1);
    let priorities: Vec<Priority> = app.store().all().expect("priorities");
    assert_eq!(priorities.len(), 1);
    assert_eq!(priorities[0].agreement_id, agreements[0].id);
    let promises: Vec<CitizenPromise> = app.store().all().expect("promises");
    assert_eq!(promises[0].agreement_id, agreements[0].id);
    let activities: Vec<PromiseActivity> = app.store().all().expect("activities");
    assert_eq!(activities.len(), 2);
    assert!(activities.iter().all(|a| a.promise_id == promises[0].id));
    // The activity's four columns and the detail pane below the lines at 80 columns.
    go_to(&mut app, "Bättre belysning");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Vald post"), "{screen}");
    assert!(screen.contains("Aktivitet · "), "{screen}");
    assert!(screen.contains("Aktivitet: Bättre belysning"), "{screen}");
    // Enter shows it whole; again goes back.
    app.keys(&["enter"]);
    let whole = app.screen(80, 24);
    assert!(whole.contains("Säkerhetsenheten"), "{whole}");
    app.keys(&["enter"]);
}

#[test]
fn a_priority_is_followed_up_with_a_status_and_a_line_and_undo_takes_both_back() {
    let mut app = new_municipality(80, 24);
    agreement_with_priority_and_promise(&mut app);
    go_to(&mut app, "Trygg centrumhållplats");
    app.keys(&["s"]);
    assert_eq!(
        form_title(&app),
        "Status och uppföljning: Trygg centrumhållplats"
    );
    // Nothing changed, nothing written: said, not saved.
    let ops = app.store().stats().expect("stats").ops;
    app.keys(&["ctrl+s"]);
    assert!(
        app.status().contains("Inget var ändrat"),
        "{}",
        app.status()
    );
    assert_eq!(app.store().stats().expect("stats").ops, ops);
    app.keys(&["s"]);
    fill_and_save(
        &mut app,
        &[
            ("status", "pagar"),
            ("comment", "Polisen har gått tre kvällar i veckan."),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let priority: Vec<Priority> = app.store().all().expect("priorities");
    assert_eq!(priority[0].status, ActionStatus::Pagar);
    let follow_ups = app.store().follow_ups(priority[0].id).expect("follow-ups");
    assert_eq!(follow_ups.len(), 1);
    assert_eq!(follow_ups[0].status_after, Some(ActionStatus::Pagar));
    assert_eq!(follow_ups[0].subject_kind, EntityKind::Priority);
    // The detail pane shows the follow-up.
    go_to(&mut app, "Trygg centrumhållplats");
    let screen = app.screen(160, 48);
    assert!(
        screen.contains("Uppföljning: 2026-11-19 (pågår): Polisen har gått"),
        "{screen}"
    );
    app.keys(&["u"]);
    let priority: Vec<Priority> = app.store().all().expect("priorities");
    assert_ne!(priority[0].status, ActionStatus::Pagar);
    assert!(
        app.store()
            .follow_ups(priority[0].id)
            .expect("follow-ups")
            .is_empty()
    );
}

#[test]
fn a_bad_value_stays_beside_its_field_and_personal_data_asks_first() {
    let mut app = new_municipality(80, 24);
    agreement_with_priority_and_promise(&mut app);
    go_to(&mut app, "Trygg centrumhållplats");
    app.keys(&["e"]);
    assert!(form_title(&app).contains("Ändra"), "{}", form_title(&app));
    let ops = app.store().stats().expect("stats").ops;
    fill_and_save(&mut app, &[("number", "ett")]);
    assert!(
        app.form_error("number")
            .is_some_and(|e| e.contains("heltal")),
        "{:?}",
        app.form_error("number")
    );
    assert_eq!(app.store().stats().expect("stats").ops, ops);
    fill_and_save(
        &mut app,
        &[
            ("number", "1"),
            (
                "problem_picture",
                "Ring Kim på 070-123 45 67 om stenkastningen.",
            ),
        ],
    );
    let warned = match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.pii_warning.clone().unwrap_or_default(),
        _ => String::new(),
    };
    assert!(warned.contains("telefonnummer"), "{warned}");
    assert_eq!(app.store().stats().expect("stats").ops, ops);
    app.keys(&["j"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let priority: Vec<Priority> = app.store().all().expect("priorities");
    assert!(priority[0].problem_picture.contains("070-123 45 67"));
}

#[test]
fn deleting_an_agreement_others_refer_to_deactivates_it_and_an_unreferenced_one_goes() {
    let mut app = new_municipality(80, 24);
    agreement_with_priority_and_promise(&mut app);
    go_to(&mut app, "Bättre belysning");
    app.keys(&["d"]);
    let question = app.screen(80, 24);
    assert!(
        question.contains("Inget hänvisar till posten"),
        "{question}"
    );
    app.keys(&["j"]);
    let activities: Vec<PromiseActivity> = app.store().all().expect("activities");
    assert_eq!(activities.len(), 1);
    app.keys(&["u"]);
    let activities: Vec<PromiseActivity> = app.store().all().expect("activities");
    assert_eq!(activities.len(), 2, "undo brings it back");
    go_to(&mut app, "Samverkansöverenskommelse Tyresö");
    app.keys(&["d"]);
    let question = app.screen(160, 48);
    assert!(question.contains("kan inte tas bort"), "{question}");
    assert!(question.contains("Trygg centrumhållplats"), "{question}");
    app.keys(&["j"]);
    let agreements: Vec<Agreement> = app.store().all().expect("agreements");
    assert_eq!(agreements.len(), 1);
    assert_eq!(agreements[0].active, Some(false));
    let screen = app.screen(80, 24);
    assert!(screen.contains("[inaktiv]"), "{screen}");
}

#[test]
fn measures_and_a_place_project_with_an_inspection_and_a_finding_turned_into_an_action() {
    let mut app = new_municipality(80, 24);
    app.keys(&["5"]);
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Inga förebyggande insatser ännu. n lägger in en."),
        "{screen}"
    );
    for title in ["Läxhjälp på biblioteket", "Nattvandring fredagar"] {
        app.keys(&["n"]);
        assert_eq!(form_title(&app), "Ny förebyggande insats");
        fill_and_save(&mut app, &[("title", title)]);
        assert!(app.state.overlay.is_none(), "{}", app.status());
    }
    let measures: Vec<PreventiveMeasure> = app.store().all().expect("measures");
    assert_eq!(measures.len(), 2);
    let screen = app.screen(80, 24);
    assert!(screen.contains("Utan tema (2)"), "{screen}");
    assert!(screen.contains("Nattvandring fredagar"), "{screen}");

    app.keys(&["6"]);
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Ingen platssamverkan är inlagd ännu. n lägger in ett projekt."),
        "{screen}"
    );
    app.keys(&["n"]);
    assert_eq!(form_title(&app), "Ny platssamverkan");
    fill_and_save(
        &mut app,
        &[
            ("name", "Trygg i Centrala Sjövik"),
            ("started_on", "2026-03-01"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    app.keys(&["n"]);
    assert_eq!(form_title(&app), "Vad vill du lägga in här?");
    app.keys(&["ctrl+s"]);
    assert!(
        form_title(&app).contains("besiktning"),
        "{}",
        form_title(&app)
    );
    fill_and_save(
        &mut app,
        &[
            ("date", "2026-10-14"),
            ("summary", "Trygghetsvandring kring torget."),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(selected_kind(&app), Some(EntityKind::Inspection));
    app.keys(&["n"]);
    assert_eq!(form_title(&app), "Vad vill du lägga in här?");
    app.keys(&["ctrl+s"]);
    assert!(
        form_title(&app).contains("iakttagelse"),
        "{}",
        form_title(&app)
    );
    fill_and_save(
        &mut app,
        &[
            ("issue", "Trasig belysning i gångtunneln."),
            ("suggested_action", "Byt armaturerna."),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(selected_kind(&app), Some(EntityKind::Finding));
    let inspections: Vec<Inspection> = app.store().all().expect("inspections");
    let projects: Vec<PlaceProject> = app.store().all().expect("projects");
    assert_eq!(inspections[0].project_id, Some(projects[0].id));
    assert_eq!(inspections[0].area_id, projects[0].area_id);
    // The finding becomes an action.
    app.keys(&["a"]);
    assert!(
        matches!(
            &app.state.overlay,
            Some(Overlay::Form(f)) if matches!(f.purpose, FormPurpose::FindingToAction { .. })
        ),
        "{}",
        app.status()
    );
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let findings: Vec<Finding> = app.store().all().expect("findings");
    assert!(findings[0].action_id.is_some());
}

/// The screen with record ids (new each run) written as ********.
pub(crate) fn redacted(screen: String) -> String {
    let id = regex::Regex::new(r"· [0-9a-f]{8}").expect("pattern");
    id.replace_all(&screen, "· ********").into_owned()
}

#[test]
fn snapshots_of_the_record_screens() {
    let mut app = new_municipality(80, 24);
    agreement_with_priority_and_promise(&mut app);
    go_to(&mut app, "Trygg centrumhållplats");
    insta::assert_snapshot!("records_agreement_80x24", redacted(app.screen(80, 24)));
    insta::assert_snapshot!("records_agreement_160x48", redacted(app.screen(160, 48)));
    app.keys(&["6"]);
    insta::assert_snapshot!("records_places_empty_80x24", app.screen(80, 24));
    app.keys(&["5", "n"]);
    fill_and_save(&mut app, &[("title", "Läxhjälp på biblioteket")]);
    insta::assert_snapshot!("records_prevention_80x24", redacted(app.screen(80, 24)));
    insta::assert_snapshot!("records_prevention_160x48", redacted(app.screen(160, 48)));
}

/// Chooses the `n`-th kind (0 first) in the open chooser and opens its form.
fn choose(app: &mut App, nth: usize) {
    assert_eq!(form_title(app), "Vad vill du lägga in här?");
    for _ in 0..nth {
        app.keys(&["right"]);
    }
    app.keys(&["ctrl+s"]);
}

fn plan_screen(app: &App) -> &lagesbild::tui::screens::text::state::TextScreen {
    &app.state.actions.plan
}

#[test]
fn a_plan_with_problem_cause_item_goal_indicator_and_value_and_an_action_both_ways() {
    let mut app = new_municipality(80, 24);
    app.keys(&["3", "p"]);
    assert!(app.state.actions.plan_view);
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Ingen åtgärdsplan är inlagd ännu. n lägger in den."),
        "{screen}"
    );
    app.keys(&["n"]);
    assert!(
        form_title(&app).contains("åtgärdsplan"),
        "{}",
        form_title(&app)
    );
    fill_and_save(
        &mut app,
        &[
            ("title", "Åtgärdsplan för Tyresö 2026–2028"),
            ("period_start", "2026-01-01"),
            ("period_end", "2028-12-31"),
            ("review_interval_months", "12"),
            ("decided_by", "ks"),
            ("decided_on", "2026-02-10"),
            ("decision_ref", "KS 2026/14"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    // A problem for the plan.
    app.keys(&["n"]);
    choose(&mut app, 0);
    assert!(form_title(&app).contains("problem"), "{}", form_title(&app));
    fill_and_save(
        &mut app,
        &[("title", "Stenkastning mot bussar"), ("priority", "1")],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(
        plan_screen(&app).selected().map(|r| r.kind),
        Some(EntityKind::Problem)
    );
    // Its cause, then a plan item for it.
    app.keys(&["n"]);
    choose(&mut app, 0);
    assert!(form_title(&app).contains("orsak"), "{}", form_title(&app));
    fill_and_save(
        &mut app,
        &[("description", "Mörk hållplats utan uppsikt kvällstid.")],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    go_to(&mut app, "Problem: Stenkastning mot bussar");
    app.keys(&["n"]);
    choose(&mut app, 1);
    assert!(form_title(&app).contains("punkt"), "{}", form_title(&app));
    fill_and_save(
        &mut app,
        &[
            ("number", "1.1"),
            ("title", "Belysning och kvällsvandringar"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(
        plan_screen(&app).selected().map(|r| r.kind),
        Some(EntityKind::PlanItem)
    );
    // The item's goal (the item names it), its indicator and a measured value.
    app.keys(&["n"]);
    choose(&mut app, 0);
    assert!(form_title(&app).contains("mål"), "{}", form_title(&app));
    fill_and_save(
        &mut app,
        &[(
            "text",
            "Inga stenkastningar mot bussar vid centrumhållplatsen.",
        )],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    app.keys(&["n"]);
    choose(&mut app, 0);
    assert!(
        form_title(&app).contains("indikator"),
        "{}",
        form_title(&app)
    );
    fill_and_save(
        &mut app,
        &[
            ("name", "Anmälda stenkastningar"),
            ("unit", "st per kvartal"),
            ("baseline_value", "12"),
            ("target_value", "0"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    app.keys(&["n"]);
    choose(&mut app, 0);
    fill_and_save(
        &mut app,
        &[
            ("period", "2026 Q1"),
            ("measured_on", "2026-04-02"),
            ("value", "7"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());

    let plans: Vec<ActionPlan> = app.store().all().expect("plans");
    let problems: Vec<Problem> = app.store().all().expect("problems");
    let causes: Vec<Cause> = app.store().all().expect("causes");
    let items: Vec<PlanItem> = app.store().all().expect("items");
    let goals: Vec<Goal> = app.store().all().expect("goals");
    let indicators: Vec<Indicator> = app.store().all().expect("indicators");
    let values: Vec<IndicatorValue> = app.store().all().expect("values");
    assert_eq!(plans[0].decision_ref.as_deref(), Some("KS 2026/14"));
    assert_eq!(causes[0].problem_id, problems[0].id);
    assert_eq!(items[0].plan_id, plans[0].id);
    assert_eq!(items[0].problem_id, Some(problems[0].id));
    assert_eq!(
        items[0].goal_id,
        Some(goals[0].id),
        "the item names its goal"
    );
    assert_eq!(goals[0].plan_id, Some(plans[0].id));
    assert_eq!(indicators[0].goal_id, Some(goals[0].id));
    assert_eq!(values[0].indicator_id, indicators[0].id);
    assert_eq!(values[0].value, 7.0);

    // The chain as a tree, the problem now under the plan.
    let screen = app.screen(160, 48);
    for text in [
        "Åtgärdsplan för Tyresö 2026–2028",
        "  Problem: Stenkastning mot bussar",
        "    Orsak (",
        "    Punkt 1.1 Belysning och kvällsvandringar · 0 åtgärder",
        "      Mål: Inga stenkastningar",
        "        Indikator: Anmälda stenkastningar · 12 → 0 st per kvartal",
        "          2026 Q1 · 2026-04-02 · 7 st per kvartal",
    ] {
        assert!(screen.contains(text), "{text}\n{screen}");
    }
    insta::assert_snapshot!("records_plan_160x48", redacted(screen));
    insta::assert_snapshot!("records_plan_80x24", redacted(app.screen(80, 24)));

    // An action from the plan item, with the item preset.
    go_to(&mut app, "Punkt 1.1");
    app.keys(&["n"]);
    choose(&mut app, 1);
    assert_eq!(form_title(&app), "Ny åtgärd");
    app.type_text("Montera belysning vid hållplatsen");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let actions: Vec<Action> = app.store().all().expect("actions");
    assert_eq!(actions[0].plan_item_id, Some(items[0].id));
    // Down the chain: the item's actions; back up: the action's item in the plan.
    go_to(&mut app, "Punkt 1.1");
    app.keys(&["c"]);
    assert!(!app.state.actions.plan_view);
    assert_eq!(app.state.actions.filter.plan_item, Some(items[0].id));
    assert_eq!(app.state.actions.list.total, 1);
    app.keys(&["p"]);
    assert!(app.state.actions.plan_view);
    assert_eq!(
        plan_screen(&app).selected().map(|r| r.id),
        Some(items[0].id),
        "{}",
        app.screen(80, 24)
    );
    // Retiring a goal the item names: deactivated, not deleted.
    go_to(&mut app, "Mål: Inga stenkastningar");
    app.keys(&["d", "j"]);
    let goals: Vec<Goal> = app.store().all().expect("goals");
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].active, Some(false));
    app.keys(&["u"]);
    let goals: Vec<Goal> = app.store().all().expect("goals");
    assert_ne!(goals[0].active, Some(false));
}

#[test]
fn participants_are_functions_at_organisations_in_the_register() {
    use lagesbild::tui::screens::register::state::Section;
    let mut app = new_municipality(80, 24);
    app.keys(&["8", "right", "right", "right"]);
    assert_eq!(app.state.register.section, Section::Participants);
    let screen = app.screen(80, 24);
    assert!(screen.contains("Inga deltagare ännu"), "{screen}");
    app.keys(&["n"]);
    assert_eq!(form_title(&app), "Ny deltagare");
    let keys: Vec<&str> = match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.fields.iter().map(|x| x.key).collect(),
        _ => Vec::new(),
    };
    assert_eq!(keys, ["organisation_id", "function", "classification"]);
    fill_and_save(&mut app, &[("function", "Trygghetssamordnare")]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let screen = app.screen(160, 48);
    assert!(
        screen.contains("Trygghetssamordnare  (Säkerhetsenheten)"),
        "{screen}"
    );
    let participants: Vec<Participant> = app.store().all().expect("participants");
    assert_eq!(participants.len(), 1);
    assert_eq!(participants[0].display_name, None);
    app.keys(&["d", "j"]);
    assert!(
        app.store()
            .all::<Participant>()
            .expect("participants")
            .is_empty()
    );
    app.keys(&["u"]);
    assert_eq!(
        app.store()
            .all::<Participant>()
            .expect("participants")
            .len(),
        1
    );
}
