//! A small fictional municipality ("Sjöviks kommun") for the TUI's tests and snapshots: partners,
//! areas with places, five weeks of observations up to 2026-11-19, open and overdue actions, a
//! plan chain, a closed and a planned meeting, the police agreement, preventive measures and a
//! place collaboration. No real people: only functions.

use chrono::{Duration, NaiveDate, NaiveTime};
use lagesbild::domain::*;
use lagesbild::store::{Store, meta};

use super::day;

fn org(name: &str, short: &str, kind: &str) -> Organisation {
    Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: name.into(),
        short_name: Some(short.into()),
        kind: kind.into(),
        is_authority: true,
        active: true,
    }
}

pub fn area(name: &str) -> Area {
    Area {
        id: Id::new(),
        classification: Classification::Oppen,
        name: name.into(),
        kind: "bostadsomrade".into(),
        code: None,
        parent_id: None,
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    }
}

fn place(area: Id, name: &str) -> Place {
    Place {
        id: Id::new(),
        classification: Classification::Oppen,
        area_id: area,
        name: name.into(),
        kind: "torg".into(),
        public_kind: PublicKind::Offentlig,
        lat: None,
        lon: None,
        active: true,
    }
}

fn event_type(code: &str, sv: &str, sort: i64) -> EventType {
    EventType {
        id: Id::new(),
        classification: Classification::Oppen,
        code: code.into(),
        label_sv: sv.into(),
        label_en: code.into(),
        group_code: "ordning".into(),
        is_crime: false,
        police_aliases: vec![],
        sort,
        active: true,
    }
}

fn meeting(date: NaiveDate, status: MeetingStatus) -> Meeting {
    Meeting {
        id: Id::new(),
        classification: Classification::Begransad,
        kind: MeetingKind::Vecka,
        group_name: "Samverkansgrupp trygghet".into(),
        date,
        start_time: NaiveTime::from_hms_opt(9, 0, 0),
        end_time: None,
        location: "Kommunhuset, rum Ankaret".into(),
        chair: "trygghetssamordnare".into(),
        note_taker: "säkerhetsstrateg".into(),
        adjuster: None,
        status,
        approved_on: None,
        dnr: None,
        notes: String::new(),
        series_id: None,
    }
}

/// Names the tests refer to.
pub struct Town {
    pub areas: Vec<Id>,
    pub places: Vec<Id>,
    pub orgs: Vec<Id>,
    pub event_types: Vec<Id>,
    pub planned_meeting: Id,
}

const AREAS: [&str; 5] = [
    "Östra hamnen",
    "Lindängsringen",
    "Åsbacka",
    "Centrum",
    "Björkdalen",
];
const PLACES: [(usize, &str); 8] = [
    (0, "Hamnpiren"),
    (0, "Färjeläget"),
    (1, "Lindängstorget"),
    (1, "Gångtunneln Lindängen"),
    (2, "Åsbacka skola"),
    (3, "Stationen"),
    (3, "Stortorget"),
    (4, "Björkdalens centrum"),
];
const TEXTS: [&str; 6] = [
    "Klotter på väggen vid entrén",
    "Grupp ungdomar samlas sent, upplevs otryggt",
    "Krossad belysning längs gångvägen",
    "Brand i papperskorg, släckt av förbipasserande",
    "Nedskräpning och glasflaskor på lekplatsen",
    "Mopedåkning på gångvägen kvällstid",
];

pub fn build(store: &mut Store) -> Town {
    let today = day(2026, 11, 19);
    let orgs = vec![
        org(
            "Sjöviks kommun – säkerhetsenheten",
            "Kommunen",
            "sakerhetsenhet",
        ),
        org("Lokalpolisområde Sjövik", "Polisen", "polis"),
        org(
            "Räddningstjänsten Sjövik",
            "Räddningstjänsten",
            "raddningstjanst",
        ),
        org("Sjöviksbostäder AB", "Sjöviksbostäder", "bostadsbolag"),
        org(
            "Socialtjänsten – fältgruppen",
            "Fältgruppen",
            "socialtjanst",
        ),
        org("Utbildningsförvaltningen", "Skolan", "skola"),
    ];
    let areas: Vec<Area> = AREAS.iter().map(|n| area(n)).collect();
    let places: Vec<Place> = PLACES.iter().map(|(a, n)| place(areas[*a].id, n)).collect();
    let types = vec![
        event_type("skadegorelse", "Skadegörelse/klotter", 1),
        event_type("ordning", "Ordningsstörning", 2),
        event_type("brand", "Brand", 3),
        event_type("otrygghet", "Upplevd otrygghet", 4),
    ];
    let mut observations = Vec::new();
    // Five weeks: 2026-10-19 (v. 43) to 2026-11-19 (v. 47), a deterministic spread.
    for i in 0..60usize {
        let on = today - Duration::days((i * 31 / 60) as i64);
        let p = &places[(i * 5) % places.len()];
        observations.push(Observation {
            id: Id::new(),
            classification: Classification::Begransad,
            reporting_org_id: orgs[i % 4].id,
            reporter_id: None,
            event_type_id: types[i % types.len()].id,
            area_id: p.area_id,
            place_id: Some(p.id),
            occurred_on: on,
            occurred_until: None,
            time_from: NaiveTime::from_hms_opt(18 + (i % 5) as u32, 0, 0),
            time_to: None,
            day_period: Some(DayPeriod::Kvall),
            reported_at: chrono::Utc::now(),
            description: TEXTS[i % TEXTS.len()].into(),
            grade: Grade::Medel,
            severity: if i == 2 {
                Severity::SarskildHandelse
            } else {
                Severity::Storning
            },
            count_estimate: None,
            source: ObservationSource::Rapportor,
            external_ref: None,
            review_status: if i < 8 {
                ReviewStatus::Ny
            } else {
                ReviewStatus::Granskad
            },
            duplicate_of_id: None,
            pii_confirmed: false,
        });
    }
    let problem = Problem {
        id: Id::new(),
        classification: Classification::Begransad,
        title: "Otrygghet kvällstid vid Lindängstorget".into(),
        description: "Återkommande samlingar och skadegörelse kvällstid.".into(),
        area_ids: vec![areas[1].id],
        event_type_ids: vec![],
        evidence: "EST-rapporter v. 30–46".into(),
        priority: 1,
        pii_confirmed: false,
        active: Some(true),
    };
    let cause = Cause {
        id: Id::new(),
        classification: Classification::Begransad,
        problem_id: problem.id,
        perspective: Perspective::Situationell,
        triangle_side: TriangleSide::Plats,
        description: "Dålig belysning och skymda gångstråk".into(),
        certainty: Certainty::Medel,
        pii_confirmed: false,
        active: Some(true),
    };
    let plan = ActionPlan {
        id: Id::new(),
        classification: Classification::Oppen,
        title: "Åtgärdsplan 2026–2027".into(),
        period_start: day(2026, 1, 1),
        period_end: day(2027, 12, 31),
        based_on_picture_id: None,
        decided_by: Some(DecisionBody::Ks),
        decision_ref: None,
        decided_on: Some(day(2026, 2, 10)),
        review_interval_months: 6,
        status: PlanStatus::Beslutad,
        place_project_id: None,
    };
    let goal = Goal {
        id: Id::new(),
        classification: Classification::Oppen,
        text: "Fler boende känner sig trygga vid torget kvällstid".into(),
        measurable: true,
        plan_id: Some(plan.id),
        priority_id: None,
        place_project_id: None,
        active: Some(true),
    };
    let indicator = Indicator {
        id: Id::new(),
        classification: Classification::Oppen,
        goal_id: Some(goal.id),
        name: "Andel trygga kvällstid".into(),
        unit: "%".into(),
        source: IndicatorSource::PolisensTrygghetsmatning,
        direction: Direction::Oka,
        baseline_value: Some(52.0),
        baseline_on: Some(day(2025, 10, 1)),
        target_value: Some(65.0),
        target_on: Some(day(2027, 10, 1)),
        frequency: Frequency::Ar,
        active: Some(true),
    };
    let item = PlanItem {
        id: Id::new(),
        classification: Classification::Oppen,
        plan_id: plan.id,
        number: "1.1".into(),
        title: "Trygga gångstråk i Lindängsringen".into(),
        problem_id: Some(problem.id),
        cause_ids: vec![cause.id],
        goal_id: Some(goal.id),
        responsible_org_id: Some(orgs[0].id),
        start_on: Some(day(2026, 3, 1)),
        end_on: Some(day(2027, 6, 30)),
        resources: String::new(),
        active: Some(true),
    };
    let closed = meeting(day(2026, 11, 12), MeetingStatus::Avslutat);
    let planned = meeting(today, MeetingStatus::Planerat);
    let mk_action = |title: &str, status, due: Option<NaiveDate>, owner: usize, place: usize| {
        let mut a = super::action(
            &super::World {
                org: orgs[owner].id,
                area: places[place].area_id,
                place: places[place].id,
                event_type: types[0].id,
            },
            title,
            status,
            due,
        );
        a.meeting_id = Some(closed.id);
        a
    };
    let mut lighting = mk_action(
        "Byta trasig belysning i gångtunneln",
        ActionStatus::Beslutad,
        Some(day(2026, 11, 15)),
        3,
        3,
    );
    lighting.plan_item_id = Some(item.id);
    let mut bushes = mk_action(
        "Röja buskage längs gångstråket",
        ActionStatus::Pagar,
        Some(day(2026, 12, 6)),
        0,
        2,
    );
    bushes.plan_item_id = Some(item.id);
    let actions = vec![
        lighting.clone(),
        bushes,
        mk_action(
            "Extra kvällspatrull fre–lör vid stationen",
            ActionStatus::Pagar,
            Some(day(2026, 11, 8)),
            1,
            5,
        ),
        mk_action(
            "Fältgruppen närvarar vid Åsbacka skola",
            ActionStatus::Beslutad,
            Some(day(2026, 11, 29)),
            4,
            4,
        ),
        mk_action(
            "Sanera klotter vid hamnpiren",
            ActionStatus::Genomford,
            Some(day(2026, 11, 10)),
            3,
            0,
        ),
    ];
    let follow = FollowUp {
        id: Id::new(),
        classification: Classification::Begransad,
        subject_kind: EntityKind::Action,
        subject_id: lighting.id,
        meeting_id: Some(closed.id),
        date: day(2026, 11, 12),
        status_after: Some(ActionStatus::Beslutad),
        comment: "Beställning lagd hos fastighetsskötseln".into(),
        pii_confirmed: false,
    };
    let agreement = Agreement {
        id: Id::new(),
        classification: Classification::Oppen,
        title: "Samverkansöverenskommelse Sjöviks kommun och lokalpolisområde Sjövik".into(),
        party_org_ids: vec![orgs[0].id, orgs[1].id],
        period_start: day(2025, 1, 1),
        period_end: day(2026, 12, 31),
        signed_by: "kommundirektör och lokalpolisområdeschef".into(),
        signed_on: Some(day(2024, 12, 10)),
        revision_due: Some(day(2026, 12, 31)),
        documentation_rule: String::new(),
        follow_up_rule: "halvårsvis".into(),
        appendix: String::new(),
        active: Some(true),
    };
    let priorities = vec![
        Priority {
            id: Id::new(),
            classification: Classification::Oppen,
            agreement_id: agreement.id,
            number: 1,
            title: "Barn och unga".into(),
            problem_picture: String::new(),
            causes: String::new(),
            status: ActionStatus::Pagar,
        },
        Priority {
            id: Id::new(),
            classification: Classification::Oppen,
            agreement_id: agreement.id,
            number: 2,
            title: "Offentlig miljö".into(),
            problem_picture: String::new(),
            causes: String::new(),
            status: ActionStatus::Pagar,
        },
    ];
    let promise = CitizenPromise {
        id: Id::new(),
        classification: Classification::Oppen,
        agreement_id: agreement.id,
        period_start: day(2026, 1, 1),
        period_end: day(2026, 12, 31),
        text: "Vi ska öka tryggheten i Lindängsringen kvällstid".into(),
        basis: PromiseBasis::Medborgardialog,
        place_ids: vec![places[2].id],
        active: Some(true),
    };
    let activities = vec![
        PromiseActivity {
            id: Id::new(),
            classification: Classification::Oppen,
            promise_id: promise.id,
            number: 1,
            activity: "Synlig polisnärvaro vid torget".into(),
            scope: "2 kvällar/vecka".into(),
            responsible_org_id: orgs[1].id,
            follow_up_forum: "samverkansgrupp".into(),
            status: ActionStatus::Pagar,
        },
        PromiseActivity {
            id: Id::new(),
            classification: Classification::Oppen,
            promise_id: promise.id,
            number: 2,
            activity: "Trygghetsvandring med boende".into(),
            scope: "1 per halvår".into(),
            responsible_org_id: orgs[0].id,
            follow_up_forum: "styrgrupp".into(),
            status: ActionStatus::Genomford,
        },
    ];
    let themes: Vec<Theme> = ["Alkohol", "Narkotika", "Våld", "Spel"]
        .iter()
        .enumerate()
        .map(|(i, t)| Theme {
            id: Id::new(),
            classification: Classification::Oppen,
            code: t.to_lowercase(),
            label_sv: t.to_string(),
            label_en: t.to_string(),
            sort: i as i64,
            active: true,
        })
        .collect();
    let measure = |title: &str, theme: usize, status| PreventiveMeasure {
        id: Id::new(),
        classification: Classification::Oppen,
        title: title.into(),
        description: String::new(),
        responsible_org_id: Some(orgs[5].id),
        responsible_unit: String::new(),
        target_group: "årskurs 7–9".into(),
        level: PreventionLevel::Universell,
        theme_ids: vec![themes[theme].id],
        factor_ids: vec![],
        status,
        last_follow_up_on: None,
    };
    let measures = vec![
        measure("Föräldrastöd i högstadiet", 0, MeasureStatus::Aktiv),
        measure("Våldsprevention i skolan", 2, MeasureStatus::Aktiv),
        measure("Drogfri fritid", 1, MeasureStatus::Avslutad),
    ];
    let project = PlaceProject {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Ett tryggare Lindängsringen".into(),
        short_name: "Lindängsringen".into(),
        area_id: areas[1].id,
        partner_org_ids: vec![orgs[0].id, orgs[1].id, orgs[3].id],
        vision: "Ett levande och tryggt torg för alla, dag som kväll".into(),
        started_on: day(2024, 4, 1),
        coordinator_function: "trygghetssamordnare".into(),
        active: true,
    };
    let inspection = Inspection {
        id: Id::new(),
        classification: Classification::Begransad,
        project_id: Some(project.id),
        area_id: areas[1].id,
        date: day(2026, 10, 14),
        kind: InspectionKind::Trygghetsvandring,
        participant_org_ids: vec![orgs[0].id, orgs[3].id],
        summary: "Kvällsvandring med boende runt torget".into(),
        pii_confirmed: false,
        active: Some(true),
    };
    let findings = vec![
        Finding {
            id: Id::new(),
            classification: Classification::Begransad,
            inspection_id: inspection.id,
            place_id: Some(places[3].id),
            issue: "Mörk gångtunnel".into(),
            suggested_action: "Byt till starkare belysning".into(),
            owner_org_id: Some(orgs[3].id),
            action_id: Some(lighting.id),
            pii_confirmed: false,
            active: Some(true),
        },
        Finding {
            id: Id::new(),
            classification: Classification::Begransad,
            inspection_id: inspection.id,
            place_id: Some(places[2].id),
            issue: "Skymd sikt vid cykelstället".into(),
            suggested_action: "Flytta cykelstället närmare entrén".into(),
            owner_org_id: Some(orgs[3].id),
            action_id: None,
            pii_confirmed: false,
            active: Some(true),
        },
    ];
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
            for o in &observations {
                w.create(o)?;
            }
            w.create(&problem)?;
            w.create(&cause)?;
            w.create(&plan)?;
            w.create(&goal)?;
            w.create(&indicator)?;
            w.create(&item)?;
            w.create(&closed)?;
            w.create(&planned)?;
            for a in &actions {
                w.create(a)?;
            }
            w.create(&follow)?;
            w.create(&agreement)?;
            for p in &priorities {
                w.create(p)?;
            }
            w.create(&promise)?;
            for a in &activities {
                w.create(a)?;
            }
            for t in &themes {
                w.create(t)?;
            }
            for m in &measures {
                w.create(m)?;
            }
            w.create(&project)?;
            w.create(&inspection)?;
            for f in &findings {
                w.create(f)?;
            }
            Ok(())
        })
        .expect("town");
    store
        .set_setting(meta::MUNICIPALITY, "Sjöviks kommun")
        .expect("setting");
    store
        .set_setting(meta::OWN_ORGANISATION, &orgs[0].id.to_string())
        .expect("setting");
    Town {
        areas: areas.iter().map(|a| a.id).collect(),
        places: places.iter().map(|p| p.id).collect(),
        orgs: orgs.iter().map(|o| o.id).collect(),
        event_types: types.iter().map(|t| t.id).collect(),
        planned_meeting: planned.id,
    }
}
