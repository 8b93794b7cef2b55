//! End to end from an EMPTY database without the demo (issue 12, "Done when"): the real binary
//! in a pseudo-terminal sets up the municipality's register, makes the agreement, the measures,
//! the place project and the action plan's chain, each where the user works with it, adds
//! observations, runs and closes a meeting and exports its minutes; a restart finds all of it
//! and `lagesbild check` passes.

use crate::common::pty::{CTRL_S, Session, TAB};

use lagesbild::store::{Access, Store};

const HOME: &str = "\x1b[H";
const UP: &str = "\x1b[A";
const RIGHT: &str = "\x1b[C";
const END: &str = "\x1b[F";

/// From an empty database without the demo, through the real binary: three areas (one inside
/// another), four places with coordinates, three partner organisations and a police alias on
/// an event type; an agreement with a priority and a medborgarlöfte with two activities, two
/// preventive measures, a place project with an inspection and a finding turned into an
/// action, and a plan with problem → cause → item → goal → indicator → value; observations; a
/// meeting run, closed and its minutes exported; then a restart finds all of it and
/// `lagesbild check` passes.
#[test]
fn a_new_municipality_sets_up_everything_in_the_app_and_holds_its_meeting() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::started_empty(dir.path());
    register(&mut app);

    // Överenskommelse: the agreement, a priority, a promise and its two activities.
    app.send("4");
    app.wait_for("n lägger in den.");
    app.send("n");
    app.wait_for("Ny samverkansöverenskommelse");
    app.send("Överenskommelse Tyresö 2026");
    app.send(TAB);
    // The parties: Space opens the list, Space chooses the one organisation, Enter closes it.
    app.send(" ");
    app.wait_for("[ ] ");
    app.send(" ");
    app.wait_for("[x] ");
    app.send("\r");
    app.send(TAB);
    app.send("2026-01-01\t2026-12-31");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny samverkansöverenskommelse");
    app.wait_selected("Överenskommelse Tyresö 2026");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Nytt prioriterat område");
    app.send("\t\tTrygg centrumhållplats");
    app.send(CTRL_S);
    app.wait_for("1. Trygg centrumhållplats");
    app.send(HOME);
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(RIGHT);
    app.send(CTRL_S);
    app.wait_for("Nytt medborgarlöfte");
    app.send("\t2026-01-01\t2026-12-31\tVi syns vid hållplatsen på kvällarna.");
    app.send(CTRL_S);
    app.wait_for("Sparat: nytt medborgarlöfte");
    app.wait_selected("Medborgarlöfte 2026-01-01");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny aktivitet");
    app.send("\t\tKvällspromenader");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny aktivitet ”Kvällspromenader”");
    app.wait_selected("Kvällspromenader");
    app.send("n");
    app.wait_for("Ny aktivitet");
    app.send("\t\tBättre belysning");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny aktivitet ”Bättre belysning”");

    // Förebyggande: two measures.
    app.send("5");
    app.wait_for("n lägger in en.");
    for title in ["Läxhjälp på biblioteket", "Nattvandring fredagar"] {
        app.send("n");
        app.wait_for("Ny förebyggande insats");
        app.send(title);
        app.send(CTRL_S);
        app.wait_for(&format!("Sparat: ny förebyggande insats ”{title}”"));
    }

    // Platssamverkan: a project, an inspection, a finding, and the finding's action.
    app.send("6");
    app.wait_for("n lägger in ett projekt.");
    app.send("n");
    app.wait_for("Ny platssamverkan");
    app.send("Trygg i Centrala Sjövik\t\t\t\t\t2026-03-01");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny platssamverkan");
    app.wait_selected("Trygg i Centrala Sjövik");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny trygghetsbesiktning");
    app.send("\t\t2026-10-14\t\t\tTrygghetsvandring kring torget.");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny trygghetsbesiktning");
    app.wait_selected("2026-10-14");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny iakttagelse vid besiktning");
    app.send("\t\tTrasig belysning i gångtunneln.\tByt armaturerna.");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny iakttagelse vid besiktning");
    app.wait_selected("• Trasig belysning");
    app.send("a");
    app.wait_for("Ny åtgärd");
    app.send(CTRL_S);
    app.wait_for("Åtgärden ”Byt armaturerna.” beslutades.");

    // Åtgärder: the plan's chain, each made where the cursor is.
    app.send("3p");
    app.wait_for("Ingen åtgärdsplan är inlagd ännu.");
    app.send("n");
    app.wait_for("Ny åtgärdsplan");
    // (After the period: the situation picture it rests on, decided by, reference, date, and
    // the follow-up interval, which starts at a year.)
    app.send("Åtgärdsplan Tyresö\t2026-01-01\t2028-12-31");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny åtgärdsplan");
    app.wait_selected("Åtgärdsplan Tyresö");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("problembild ─");
    app.send("Stenkastning mot bussar\t\t\t\t\t1");
    app.send(CTRL_S);
    app.wait_for("Problem: Stenkastning mot bussar");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny orsak");
    app.send("\t\t\tMörk hållplats utan uppsikt.");
    app.send(CTRL_S);
    app.wait_for("Orsak (");
    app.send(UP);
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(RIGHT);
    app.send(CTRL_S);
    app.wait_for("Ny planpunkt");
    app.send("\t1.1\tBelysning och kvällsvandringar");
    app.send(CTRL_S);
    app.wait_for("Punkt 1.1 Belysning och kvällsvandringar");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Nytt mål");
    app.send("Inga stenkastningar vid hållplatsen.");
    app.send(CTRL_S);
    app.wait_for("Mål: Inga stenkastningar");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny indikator");
    app.send("\tAnmälda stenkastningar");
    app.send(CTRL_S);
    app.wait_for("Indikator: Anmälda stenkastningar");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Nytt indikatorvärde");
    app.send("\t2026 Q1\t2026-04-02\t7");
    app.send(CTRL_S);
    app.wait_for("2026 Q1 · 2026-04-02 · 7");
    app.send("p");
    observations_and_meeting(&mut app);
    app.send("q");
    assert!(app.wait_exit(), "quits with success");
    assert!(
        dir.path()
            .join("minnesanteckningar-2026-11-19.docx")
            .is_file(),
        "the minutes are in the working directory"
    );

    // A restart finds all of it.
    let mut again = Session::start(&db, dir.path());
    again.wait_for("Inget möte pågår");
    again.send("4");
    again.wait_for("Bättre belysning");
    again.send("6");
    again.wait_for("Trasig belysning i gångtunneln.");
    again.send("3p");
    again.wait_for("2026 Q1 · 2026-04-02 · 7");
    again.send("p8");
    again.wait_for("Granängstorget");
    again.send(RIGHT);
    again.wait_for("Gångtunneln");
    again.send("2");
    again.wait_for("Klotter på busskuren");
    again.send("q");
    assert!(again.wait_exit());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(&db)
        .arg("check")
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&db, Access::ReadOnly).expect("open");
    let activities: Vec<lagesbild::domain::PromiseActivity> = store.all().expect("activities");
    let numbers: Vec<i64> = activities.iter().map(|a| a.number).collect();
    assert_eq!(numbers, [1, 2], "numbered in turn");
    let agreements: Vec<lagesbild::domain::Agreement> = store.all().expect("agreements");
    assert_eq!(
        agreements[0].party_org_ids.len(),
        1,
        "the party chosen in the picker"
    );
    let findings: Vec<lagesbild::domain::Finding> = store.all().expect("findings");
    assert!(findings[0].action_id.is_some());
    let areas: Vec<lagesbild::domain::Area> = store.all().expect("areas");
    assert_eq!(areas.len(), 3);
    let id_of = |name: &str| areas.iter().find(|a| a.name == name).map(|a| a.id);
    let nested = areas
        .iter()
        .find(|a| a.name == "Granängstorget")
        .expect("nested");
    assert_eq!(
        nested.parent_id,
        id_of("Granängsringen"),
        "one inside another"
    );
    let places: Vec<lagesbild::domain::Place> = store.all().expect("places");
    assert_eq!(places.len(), 4);
    assert!(places.iter().all(|p| p.lat.is_some() && p.lon.is_some()));
    let organisations: Vec<lagesbild::domain::Organisation> = store.all().expect("orgs");
    assert_eq!(organisations.len(), 4, "the own and three partners");
    let types: Vec<lagesbild::domain::EventType> = store.all().expect("types");
    assert!(
        types
            .iter()
            .any(|t| t.police_aliases.iter().any(|a| a == "Klotter")),
        "the police alias"
    );
    let observations: Vec<lagesbild::domain::Observation> = store.all().expect("observations");
    assert_eq!(observations.len(), 2);
    let meetings: Vec<lagesbild::domain::Meeting> = store.all().expect("meetings");
    assert_eq!(meetings.len(), 1);
    assert_eq!(
        meetings[0].status,
        lagesbild::domain::MeetingStatus::Avslutat
    );
    let items: Vec<lagesbild::domain::PlanItem> = store.all().expect("items");
    let goals: Vec<lagesbild::domain::Goal> = store.all().expect("goals");
    assert_eq!(items[0].goal_id, Some(goals[0].id));
    let plans: Vec<lagesbild::domain::ActionPlan> = store.all().expect("plans");
    assert_eq!(
        plans[0].review_interval_months, 12,
        "the interval's default"
    );
}

/// Register (tab 8): three areas, each made inside the one before; four places with
/// coordinates; three partner organisations; a police alias on an event type.
fn register(app: &mut Session) {
    app.send("8n");
    app.wait_for("Nytt område");
    app.send("Centrala Sjövik");
    app.send(CTRL_S);
    app.wait_for("Sparat: nytt område ”Centrala Sjövik”");
    // A new area goes inside the selected one: the saved one, once the list has it.
    app.wait_selected("Centrala Sjövik");
    app.send("n");
    app.wait_for("Nytt område");
    app.send("Granängsringen");
    app.send(TAB);
    app.send("bostad");
    app.send(CTRL_S);
    app.wait_for("Sparat: nytt område ”Granängsringen”");
    app.wait_selected("Granängsringen");
    app.send("n");
    app.wait_for("Nytt område");
    app.send("Granängstorget");
    app.send(CTRL_S);
    app.wait_for("Sparat: nytt område ”Granängstorget”");
    // Places: the first picks its area by typing; the next ones start in the same area.
    app.send(RIGHT);
    app.wait_for("Inga platser ännu.");
    for (i, (name, kind, position)) in [
        ("Torget", "torg", "59.2391, 18.2297"),
        ("Busshållplatsen", "håll", "59.2386, 18.2301"),
        ("Gångtunneln", "gång", "59.2379, 18.2288"),
        ("Skolgården", "skolg", "59.2402, 18.2310"),
    ]
    .into_iter()
    .enumerate()
    {
        app.send("n");
        app.wait_for("Ny plats");
        if i == 0 {
            app.send("granängst");
        }
        app.send(TAB);
        app.send(name);
        app.send(TAB);
        app.send(kind);
        app.send(TAB);
        app.send(position);
        app.send(CTRL_S);
        app.wait_for(&format!("Sparat: ny plats ”{name}”"));
        // The next place starts in the selected place's area.
        app.wait_selected(name);
    }
    // Three partners, each with its kind found by typing.
    app.send(RIGHT);
    for (name, short, kind) in [
        ("Polisen lokalpolisområde Sjövik", "Polisen", "pol"),
        ("Sjöviks bostäder AB", "Sjöviks bostäder", "bostad"),
        ("Räddningstjänsten Sjövik", "Räddningstjänsten", "rädd"),
    ] {
        app.send("n");
        app.wait_for("Ny organisation");
        app.send(name);
        app.send(TAB);
        app.send(short);
        app.send(TAB);
        app.send(kind);
        app.send(CTRL_S);
        app.wait_for(&format!("Sparat: ny organisation ”{name}”"));
    }
    // A police alias on the first event type: one more line in its list of the police's names.
    app.send(RIGHT);
    app.send(RIGHT);
    // The heading shows before the rows do; `e` needs the first one selected.
    app.wait_selected("Skadegörelse/klotter");
    app.send("e");
    app.wait_for("Ändra händelsetyp");
    app.send(&TAB.repeat(5));
    app.send(END);
    app.send("\r");
    app.send("Klotter");
    app.send(CTRL_S);
    app.wait_for("Ändrade händelsetyp");
}

/// Two observations at the places, then the meeting: started, attended, closed, and its
/// minutes exported to Word.
fn observations_and_meeting(app: &mut Session) {
    app.send("2");
    for (place, text) in [
        ("torg", "Klotter på busskuren vid torget"),
        ("gång", "Trasig belysning i gångtunneln"),
    ] {
        app.send("n");
        app.wait_for("Ny iakttagelse");
        app.send(TAB);
        app.send("21.30");
        app.send(TAB);
        app.send("granängst");
        app.send(TAB);
        app.send(place);
        app.send(&TAB.repeat(5));
        app.send(text);
        app.send(CTRL_S);
        app.wait_for("Iakttagelsen sparades.");
    }
    app.send("1");
    app.send("n");
    app.wait_for("Starta ett nytt möte");
    app.send("j");
    app.wait_for("har startat");
    // Space marks the selected organisation: wait for the started meeting's attendance list.
    app.wait_selected("[ ] ej noterad");
    app.send(" ");
    app.wait_for("[✓] närvarande");
    app.send("a");
    app.wait_for("Avsluta mötet");
    app.send("j");
    app.wait_for("är avslutat");
    app.send("e");
    app.wait_for("Exportera minnesanteckningar");
    app.send(CTRL_S);
    app.wait_for("minnesanteckningar-2026-11-19.docx");
}
