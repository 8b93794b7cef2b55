//! End to end from an EMPTY database without the demo: the real binary in a pseudo-terminal
//! makes the agreement, the measures, the place project and the action plan's chain, each
//! where the user works with it; a restart finds them and `lagesbild check` passes.

use crate::common::pty::{CTRL_S, Session, TAB};

use lagesbild::store::{Access, Store};

const HOME: &str = "\x1b[H";
const UP: &str = "\x1b[A";
const RIGHT: &str = "\x1b[C";

/// From an empty database without the demo, through the real binary: an agreement with a
/// priority and a medborgarlöfte with two activities, two preventive measures, a place project
/// with an inspection and a finding turned into an action, and a plan with problem → cause →
/// item → goal → indicator → value; then a restart finds them and `lagesbild check` passes.
#[test]
fn a_new_municipality_makes_its_agreement_measures_project_and_plan_in_the_app() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::start(&db, dir.path());
    app.wait_for("Välkommen till lagesbild");
    app.send("t");
    app.send("Tyresö");
    app.send(TAB);
    app.send("Säkerhetsenheten");
    app.send(CTRL_S);
    app.send("8n");
    app.wait_for("Nytt område");
    app.send("Centrala Sjövik");
    app.send(CTRL_S);
    app.wait_for("Sparat: nytt område");

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
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny aktivitet");
    app.send("\t\tKvällspromenader");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny aktivitet ”Kvällspromenader”");
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
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny trygghetsbesiktning");
    app.send("\t\t2026-10-14\t\t\tTrygghetsvandring kring torget.");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny trygghetsbesiktning");
    app.send("n");
    app.wait_for("Vad vill du lägga in här?");
    app.send(CTRL_S);
    app.wait_for("Ny iakttagelse vid besiktning");
    app.send("\t\tTrasig belysning i gångtunneln.\tByt armaturerna.");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny iakttagelse vid besiktning");
    app.send("a");
    app.wait_for("Ny åtgärd");
    app.send(CTRL_S);
    app.wait_for("Åtgärden ”Byt armaturerna.” beslutades.");

    // Åtgärder: the plan's chain, each made where the cursor is.
    app.send("3p");
    app.wait_for("Ingen åtgärdsplan är inlagd ännu.");
    app.send("n");
    app.wait_for("Ny åtgärdsplan");
    app.send("Åtgärdsplan Tyresö\t2026-01-01\t2028-12-31\t\t\t\t12");
    app.send(CTRL_S);
    app.wait_for("Sparat: ny åtgärdsplan");
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
    app.send("q");
    assert!(app.wait_exit(), "quits with success");

    // A restart finds all of it.
    let mut again = Session::start(&db, dir.path());
    again.wait_for("Inget möte pågår");
    again.send("4");
    again.wait_for("Bättre belysning");
    again.send("6");
    again.wait_for("Trasig belysning i gångtunneln.");
    again.send("3p");
    again.wait_for("2026 Q1 · 2026-04-02 · 7");
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
    let items: Vec<lagesbild::domain::PlanItem> = store.all().expect("items");
    let goals: Vec<lagesbild::domain::Goal> = store.all().expect("goals");
    assert_eq!(items[0].goal_id, Some(goals[0].id));
}
