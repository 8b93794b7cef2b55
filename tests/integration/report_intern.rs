//! Intern records in every document (issue 13): a document for partners never contains a
//! record classified intern, and one made with intern included marks every such row and
//! text "(intern)" (the record's own classification, not its neighbour's). One test per
//! document kind; each names the kinds of row it prints and a text that only that record
//! writes.

use crate::common::temp_store;
use crate::report_world::{build, d, id, set_meeting_status};

use chrono::NaiveDate;
use lagesbild::domain::{ActionStatus, Classification, EntityKind, FollowUp, Lang, MeetingStatus};
use lagesbild::report::{self, Format, MinutesTitle, Options};
use lagesbild::store::Store;

fn options(include_internal: bool) -> Options {
    Options {
        include_internal,
        minutes_title: MinutesTitle::Minnesanteckningar,
        today: d(2026, 11, 26),
        generated_at: NaiveDate::from_ymd_opt(2026, 11, 26)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("time"),
        lang: Lang::Sv,
    }
}

/// (kind, world key, a text only that record puts in the document).
type Secret = (EntityKind, &'static str, &'static str);

fn make_intern(store: &mut Store, secrets: &[Secret]) {
    store
        .write(|w| {
            for (kind, key, _) in secrets {
                w.set(*kind, id(key), "classification", Classification::Intern)?;
            }
            Ok(())
        })
        .expect("intern records");
}

/// Without intern: none of the texts is there. With intern: every line (a row, a field, a
/// paragraph) that carries one of them says "(intern)"; the records on one line are chosen so
/// that only the intern one can have put the mark there.
fn assert_gated_and_marked(without: &str, with: &str, secrets: &[Secret]) {
    for (kind, key, text) in secrets {
        assert!(
            !without.contains(text),
            "{kind:?} {key}: ”{text}” left the copy in a document for partners"
        );
        let lines: Vec<&str> = with.lines().filter(|l| l.contains(text)).collect();
        assert!(!lines.is_empty(), "{kind:?} {key}: ”{text}” not included");
        for line in lines {
            assert!(
                line.contains("(intern)"),
                "{kind:?} {key}: not marked intern: {line}"
            );
        }
    }
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("utf-8")
}

const MINUTES_SECRETS: [Secret; 10] = [
    (EntityKind::Attendance, "att-skola", "rektor Lindängsskolan"),
    (EntityKind::Attendance, "att-rtj", "brandinspektör"),
    (EntityKind::Attendance, "att-fritid", "fritidsgårdschef"),
    (EntityKind::FollowUp, "fu-late", "Halva sträckan röjd"),
    (
        EntityKind::AreaAssessment,
        "ass-centrum",
        "Enstaka störningar vid busstationen",
    ),
    (EntityKind::AreaAssessment, "ass-centrum", "lugnt – trend"),
    (EntityKind::AgendaItem, "item-7", "lovaktiviteter vecka 52"),
    (EntityKind::Action, "a-walk", "Trygghetsvandring i Norrvik"),
    (
        EntityKind::Action,
        "a-light",
        "Byta och förstärka belysningen",
    ),
    (EntityKind::Observation, "o5", "Störande berusade personer"),
];

#[test]
fn the_minutes_gate_and_mark_every_kind_of_row() {
    let mut db = temp_store();
    build(&mut db.store);
    let meeting = crate::report_world::MEETING;
    // Entered while the meeting is held, as the minutes read actions and events at the close.
    set_meeting_status(&mut db.store, meeting, MeetingStatus::Pagar);
    let mut secrets = MINUTES_SECRETS.to_vec();
    // The next meeting, as "Nästa möte".
    secrets.push((EntityKind::Meeting, "meeting-w48", "26 november 2026"));
    make_intern(&mut db.store, &secrets);
    set_meeting_status(&mut db.store, meeting, MeetingStatus::Avslutat);
    for title in [MinutesTitle::Minnesanteckningar, MinutesTitle::Protokoll] {
        let export = |include| {
            let o = Options {
                minutes_title: title,
                ..options(include)
            };
            text(
                report::minutes::export(&db.store, id(meeting), Format::Markdown, &o)
                    .expect("minutes"),
            )
        };
        assert_gated_and_marked(&export(false), &export(true), &secrets);
    }
}

#[test]
fn the_plan_gates_and_marks_every_kind_of_row_in_every_format() {
    let mut db = temp_store();
    build(&mut db.store);
    let secrets = [
        (EntityKind::PlanItem, "plan-item-2", "Meningsfull fritid"),
        (
            EntityKind::Problem,
            "problem-tunnel",
            "Otrygghet och skadegörelse",
        ),
        (
            EntityKind::Cause,
            "cause-dark",
            "Dålig belysning och skymd sikt",
        ),
        (
            EntityKind::Goal,
            "goal-tunnel",
            "Färre anmälda skadegörelsebrott",
        ),
        (
            EntityKind::Indicator,
            "ind-vandalism",
            "Anmälda skadegörelsebrott,",
        ),
        (
            EntityKind::Action,
            "a-plan-light",
            "Belysningsplan för gångtunneln",
        ),
        (EntityKind::FollowUp, "fu-mural", "Skisser klara"),
    ];
    make_intern(&mut db.store, &secrets);
    let plan = id("plan");
    for format in [Format::Markdown, Format::Csv, Format::Html] {
        let export = |include| {
            text(report::plan::export(&db.store, plan, format, &options(include)).expect("plan"))
        };
        assert_gated_and_marked(&export(false), &export(true), &secrets);
    }
}

#[test]
fn the_agreement_follow_up_gates_and_marks_every_kind_of_row() {
    let mut db = temp_store();
    build(&mut db.store);
    let said = FollowUp {
        id: id("fu-dialog"),
        classification: Classification::Oppen,
        subject_kind: EntityKind::Action,
        subject_id: id("a-prio-dialog"),
        meeting_id: None,
        date: d(2026, 10, 20),
        status_after: Some(ActionStatus::Pagar),
        comment: "Första dialogen hölls i oktober.".into(),
        pii_confirmed: false,
    };
    db.store.write(|w| w.create(&said)).expect("follow-up");
    let secrets = [
        (EntityKind::Priority, "prio-2", "Barn och unga"),
        (EntityKind::Priority, "prio-2", "Unga som rekryteras"),
        (
            EntityKind::Goal,
            "goal-safe",
            "Fler boende känner sig trygga",
        ),
        (
            EntityKind::Indicator,
            "ind-safe",
            "Andel som känner sig trygga",
        ),
        (EntityKind::FollowUp, "fu-dialog", "Första dialogen hölls"),
        (EntityKind::CitizenPromise, "promise", "göra det tryggare"),
    ];
    make_intern(&mut db.store, &secrets);
    let agreement = id("agreement");
    let export = |include| {
        text(
            report::agreement::export(&db.store, agreement, Format::Markdown, &options(include))
                .expect("agreement"),
        )
    };
    assert_gated_and_marked(&export(false), &export(true), &secrets);

    // An intern action and an intern promise activity under open records.
    let mut db = temp_store();
    build(&mut db.store);
    let secrets = [
        (
            EntityKind::Action,
            "a-prio-dialog",
            "Medborgardialog på torget",
        ),
        (
            EntityKind::PromiseActivity,
            "pa-2",
            "Kommunen förbättrar belysningen",
        ),
    ];
    make_intern(&mut db.store, &secrets);
    let export = |include| {
        text(
            report::agreement::export(&db.store, agreement, Format::Markdown, &options(include))
                .expect("agreement"),
        )
    };
    assert_gated_and_marked(&export(false), &export(true), &secrets);
}

#[test]
fn the_year_report_gates_and_marks_every_kind_of_row() {
    let mut db = temp_store();
    build(&mut db.store);
    let secrets = [
        (
            EntityKind::Problem,
            "problem-tunnel",
            "Otrygghet och skadegörelse",
        ),
        (
            EntityKind::Problem,
            "problem-tunnel",
            "Veckolägesbilder v. 30–47",
        ),
        (
            EntityKind::Cause,
            "cause-dark",
            "Dålig belysning och skymd sikt",
        ),
        (
            EntityKind::Goal,
            "goal-tunnel",
            "Färre anmälda skadegörelsebrott",
        ),
        (
            EntityKind::Indicator,
            "ind-vandalism",
            "Anmälda skadegörelsebrott,",
        ),
        // Late at the year's judging day: in the chain and in the late actions' table.
        (EntityKind::Action, "a-plan-mural", "Konstprojekt med unga"),
    ];
    make_intern(&mut db.store, &secrets);
    let export = |include| {
        text(
            report::year::export(&db.store, 2026, Format::Markdown, &options(include))
                .expect("year"),
        )
    };
    assert_gated_and_marked(&export(false), &export(true), &secrets);
}

/// The calendar's lines unfolded (RFC 5545 folds long lines with CRLF and a space).
fn unfolded(ics: Vec<u8>) -> String {
    text(ics).replace("\r\n ", "").replace("\\,", ",")
}

#[test]
fn the_calendar_gates_and_marks_every_event() {
    let mut db = temp_store();
    build(&mut db.store);
    let secrets = [
        (
            EntityKind::Action,
            "a-light",
            "Byta och förstärka belysningen",
        ),
        (
            EntityKind::Meeting,
            "meeting-w48",
            "Samverkansgrupp trygghet",
        ),
    ];
    make_intern(&mut db.store, &secrets);
    let export =
        |include| unfolded(report::calendar::export(&db.store, &options(include)).expect("ics"));
    assert_gated_and_marked(&export(false), &export(true), &secrets);
}

#[test]
fn the_week_picture_gates_and_marks_every_kind_of_row() {
    let mut db = temp_store();
    build(&mut db.store);
    let secrets = [
        (
            EntityKind::SituationPicture,
            "picture-w47",
            "Fler händelser än föregående",
        ),
        (EntityKind::AgendaItem, "item-6", "att genomföra åtgärderna"),
        (
            EntityKind::Action,
            "a-light",
            "Byta och förstärka belysningen",
        ),
    ];
    make_intern(&mut db.store, &secrets);
    let week = lagesbild::domain::IsoWeek::new(2026, 47).expect("week");
    let export = |include| {
        text(
            report::week::export(&db.store, week, Format::Markdown, &options(include))
                .expect("week"),
        )
    };
    assert_gated_and_marked(&export(false), &export(true), &secrets);

    // An intern assessment under an open picture: its level is marked in the areas' table.
    let mut db = temp_store();
    build(&mut db.store);
    let secrets = [(EntityKind::AreaAssessment, "ass-centrum", "| lugnt |")];
    make_intern(&mut db.store, &secrets);
    let with = text(
        report::week::export(&db.store, week, Format::Markdown, &options(true)).expect("week"),
    );
    let row = with
        .lines()
        .find(|l| l.contains("Sjöviks centrum |"))
        .expect("the area's row");
    assert!(row.contains("lugnt (intern)"), "{row}");
}

/// A row that stays may point to a place, an area or an organisation classified intern: the
/// row goes to partners, the intern record's name does not.
#[test]
fn a_row_for_partners_never_names_an_intern_place_area_or_organisation() {
    let mut db = temp_store();
    build(&mut db.store);
    let intern_place = "Gångtunneln vid Lindängsskolan";
    make_intern(
        &mut db.store,
        &[(EntityKind::Place, "tunneln", intern_place)],
    );
    let meeting = id(crate::report_world::MEETING);
    let documents = |include: bool| {
        let o = options(include);
        [
            text(
                report::minutes::export(&db.store, meeting, Format::Markdown, &o).expect("minutes"),
            ),
            text(report::plan::export(&db.store, id("plan"), Format::Markdown, &o).expect("plan")),
        ]
    };
    let [minutes, plan] = documents(true);
    assert!(
        minutes.contains(intern_place) || plan.contains(intern_place),
        "the world names the place somewhere"
    );
    for document in documents(false) {
        assert!(
            !document.contains(intern_place),
            "an intern place's name left the copy:\n{document}"
        );
    }
}

/// An English document for partners names a withheld intern organisation, area or place in
/// English ("(internal)"), whichever document it is: the withheld word follows the document's
/// language, not Swedish by default.
#[test]
fn a_withheld_name_is_said_in_the_documents_language() {
    use lagesbild::domain::{Area, Organisation, Place};
    let mut db = temp_store();
    build(&mut db.store);
    let organisations: Vec<Organisation> = db.store.all().expect("organisations");
    let areas: Vec<Area> = db.store.all().expect("areas");
    let places: Vec<Place> = db.store.all().expect("places");
    db.store
        .write(|w| {
            for o in &organisations {
                w.set(
                    EntityKind::Organisation,
                    o.id,
                    "classification",
                    Classification::Intern,
                )?;
            }
            for a in &areas {
                w.set(
                    EntityKind::Area,
                    a.id,
                    "classification",
                    Classification::Intern,
                )?;
            }
            for p in &places {
                w.set(
                    EntityKind::Place,
                    p.id,
                    "classification",
                    Classification::Intern,
                )?;
            }
            Ok(())
        })
        .expect("intern names");
    let o = Options {
        lang: Lang::En,
        ..options(false)
    };
    let documents = [
        (
            "plan",
            text(report::plan::export(&db.store, id("plan"), Format::Markdown, &o).expect("plan")),
        ),
        (
            "agreement",
            text(
                report::agreement::export(&db.store, id("agreement"), Format::Markdown, &o)
                    .expect("agreement"),
            ),
        ),
        (
            "calendar",
            unfolded(report::calendar::export(&db.store, &o).expect("calendar")),
        ),
    ];
    for (name, document) in &documents {
        assert!(
            !document.contains("(intern)"),
            "{name}: a withheld name said in Swedish in an English document:\n{document}"
        );
    }
    assert!(
        documents.iter().any(|(_, d)| d.contains("(internal)")),
        "no document withheld a name, so the test shows nothing"
    );
}
