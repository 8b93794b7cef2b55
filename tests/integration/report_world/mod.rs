//! A small fictional municipality for the report tests (until the demo dataset is in main):
//! one weekly meeting with attendance, agenda, a lägesbild, observations and actions; an
//! åtgärdsplan with the law's chain; an agreement with the police and a medborgarlöfte.
//! Every id is derived from a name, so the files the tests write are byte-stable.
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use lagesbild::domain::*;
use lagesbild::store::{Store, meta};

pub fn id(name: &str) -> Id {
    Id::from_name("report_test", name)
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn t(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

pub const MEETING: &str = "meeting-w47";

fn org(key: &str, name: &str, short: Option<&str>, kind: &str) -> Organisation {
    Organisation {
        id: id(key),
        classification: Classification::Oppen,
        name: name.into(),
        short_name: short.map(String::from),
        kind: kind.into(),
        is_authority: kind != "bostadsbolag",
        active: true,
    }
}

fn area(key: &str, name: &str) -> Area {
    Area {
        id: id(key),
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

fn place(key: &str, area: &str, name: &str, kind: &str) -> Place {
    Place {
        id: id(key),
        classification: Classification::Oppen,
        area_id: id(area),
        name: name.into(),
        kind: kind.into(),
        public_kind: PublicKind::Offentlig,
        lat: None,
        lon: None,
        active: true,
    }
}

fn event_type(key: &str, label: &str, sort: i64) -> EventType {
    EventType {
        id: id(key),
        classification: Classification::Oppen,
        code: key.into(),
        label_sv: label.into(),
        label_en: key.into(),
        group_code: key.into(),
        is_crime: true,
        police_aliases: vec![],
        sort,
        active: true,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn observation(
    key: &str,
    on: NaiveDate,
    area_key: &str,
    place_key: Option<&str>,
    et: &str,
    org_key: &str,
    text: &str,
) -> Observation {
    Observation {
        id: id(key),
        classification: Classification::Begransad,
        reporting_org_id: id(org_key),
        reporter_id: None,
        event_type_id: id(et),
        area_id: id(area_key),
        place_id: place_key.map(id),
        occurred_on: on,
        occurred_until: None,
        time_from: None,
        time_to: None,
        day_period: Some(DayPeriod::Kvall),
        reported_at: Utc
            .with_ymd_and_hms(2026, 11, 18, 8, 0, 0)
            .single()
            .expect("time"),
        description: text.into(),
        grade: Grade::Medel,
        severity: Severity::Storning,
        count_estimate: None,
        source: ObservationSource::Rapportor,
        external_ref: None,
        review_status: ReviewStatus::Granskad,
        duplicate_of_id: None,
        pii_confirmed: false,
    }
}

pub fn action(key: &str, title: &str, status: ActionStatus, due: Option<NaiveDate>) -> Action {
    Action {
        id: id(key),
        classification: Classification::Begransad,
        title: title.into(),
        description: String::new(),
        kind: ActionKind::Situationell,
        horizon: Horizon::Kort,
        area_id: Some(id("lindangen")),
        place_id: Some(id("torget")),
        responsible_org_id: Some(id("kommun")),
        responsible_function: "trygghetssamordnare".into(),
        partner_org_ids: vec![],
        start_on: None,
        due_on: due,
        due_week: due.map(IsoWeek::of),
        recurrence: None,
        status,
        origin: ActionOrigin::Vecka,
        meeting_id: None,
        plan_item_id: None,
        priority_id: None,
        promise_activity_id: None,
        finding_id: None,
        theme_ids: vec![],
        factor_ids: vec![],
        expected_effect: String::new(),
        result: String::new(),
        done_on: None,
        pii_confirmed: false,
    }
}

fn meeting(key: &str, date: NaiveDate, status: MeetingStatus) -> Meeting {
    Meeting {
        id: id(key),
        classification: Classification::Begransad,
        kind: MeetingKind::Vecka,
        group_name: "Samverkansgrupp trygghet (EST)".into(),
        date,
        start_time: t(9, 0),
        end_time: t(10, 30),
        location: "Stadshuset, rum Lärkan".into(),
        chair: "trygghetssamordnare, säkerhetsenheten".into(),
        note_taker: "brottsförebyggande strateg".into(),
        adjuster: Some("kommunpolis".into()),
        status,
        approved_on: None,
        dnr: Some("KS 2026/112".into()),
        notes: String::new(),
        series_id: None,
    }
}

fn attendance(key: &str, org_key: &str, presence: Presence, functions: &str) -> Attendance {
    Attendance {
        id: id(key),
        classification: Classification::Begransad,
        meeting_id: id(MEETING),
        organisation_id: id(org_key),
        presence,
        until_item: None,
        functions: functions.into(),
        adjunct: false,
    }
}

fn item(n: i64, kind: AgendaKind, text: &str, decision: Option<&str>) -> AgendaItem {
    AgendaItem {
        id: id(&format!("item-{n}")),
        classification: Classification::Begransad,
        meeting_id: id(MEETING),
        number: n,
        kind,
        area_id: None,
        title: String::new(),
        text: text.into(),
        decision: decision.map(String::from),
    }
}

fn the_week_observations() -> Vec<Observation> {
    vec![
        observation(
            "o1",
            d(2026, 11, 13),
            "lindangen",
            Some("torget"),
            "skadegorelse",
            "bostad",
            "Klotter på väggen vid tvättstugan mot torget.",
        ),
        observation(
            "o2",
            d(2026, 11, 14),
            "lindangen",
            Some("tunneln"),
            "ordning",
            "polis",
            "Grupp om 10–15 ungdomar samlades i gångtunneln, flera mopeder.",
        ),
        observation(
            "o3",
            d(2026, 11, 14),
            "lindangen",
            Some("tunneln"),
            "skadegorelse",
            "kommun",
            "Trasig belysning i gångtunneln, två armaturer krossade.",
        ),
        observation(
            "o4",
            d(2026, 11, 15),
            "lindangen",
            Some("torget"),
            "brand",
            "rtj",
            "Brand i papperskorg på torget, släckt av räddningstjänsten.",
        ),
        observation(
            "o5",
            d(2026, 11, 16),
            "centrum",
            Some("busstationen"),
            "ordning",
            "polis",
            "Störande berusade personer vid busstationen under kvällen.",
        ),
        observation(
            "o6",
            d(2026, 11, 17),
            "centrum",
            Some("busstationen"),
            "skadegorelse",
            "kommun",
            "Krossat glas i väderskyddet | hållplats B.",
        ),
        observation(
            "o7",
            d(2026, 11, 17),
            "norrvik",
            None,
            "ordning",
            "skola",
            "Oro bland elever för mopedåkning på skolgården efter skoltid.",
        ),
    ]
}

/// Builds the whole world in `store`.
pub fn build(store: &mut Store) {
    store
        .set_setting(meta::MUNICIPALITY, "Sjöviks kommun")
        .expect("setting");
    store
        .set_setting(meta::OWN_ORGANISATION, &id("kommun").to_string())
        .expect("setting");
    let orgs = vec![
        org(
            "kommun",
            "Sjöviks kommun – säkerhetsenheten",
            Some("Säkerhetsenheten"),
            "sakerhetsenhet",
        ),
        org("polis", "Lokalpolisområde Sjövik", Some("Polisen"), "polis"),
        org(
            "rtj",
            "Räddningstjänsten Sjöviksområdet",
            Some("Räddningstjänsten"),
            "raddningstjanst",
        ),
        org("bostad", "Sjövikshem AB", None, "bostadsbolag"),
        org("skola", "Utbildningsförvaltningen", None, "skola"),
        org("fritid", "Fritidsförvaltningen", None, "fritid"),
        org(
            "soc",
            "Socialtjänsten – fältgruppen",
            Some("Fältgruppen"),
            "socialtjanst",
        ),
    ];
    let areas = vec![
        area("lindangen", "Lindängsringen"),
        area("centrum", "Sjöviks centrum"),
        area("norrvik", "Norrvik"),
    ];
    let places = vec![
        place("torget", "lindangen", "Lindängstorget", "torg"),
        place(
            "tunneln",
            "lindangen",
            "Gångtunneln vid Lindängsskolan",
            "gangtunnel",
        ),
        place("busstationen", "centrum", "Busstationen", "hallplats"),
    ];
    let types = vec![
        event_type("skadegorelse", "Skadegörelse/klotter", 1),
        event_type("ordning", "Ordningsstörning", 2),
        event_type("brand", "Brand i det fria", 3),
    ];
    let previous = meeting("meeting-w46", d(2026, 11, 12), MeetingStatus::Justerat);
    let mut this = meeting(MEETING, d(2026, 11, 19), MeetingStatus::Avslutat);
    this.notes = "Mötet hölls med projektor; lägesbilden delas med sändlistan.".into();
    let mut next = meeting("meeting-w48", d(2026, 11, 26), MeetingStatus::Planerat);
    next.dnr = None;
    let mut partly = attendance("att-soc", "soc", Presence::Delvis, "fältsekreterare");
    partly.until_item = Some(4);
    let mut adjunct = attendance(
        "att-fritid",
        "fritid",
        Presence::Narvarande,
        "fritidsgårdschef",
    );
    adjunct.adjunct = true;
    let attendances = vec![
        attendance(
            "att-kommun",
            "kommun",
            Presence::Narvarande,
            "trygghetssamordnare, brottsförebyggande strateg",
        ),
        attendance("att-polis", "polis", Presence::Narvarande, "kommunpolis"),
        attendance("att-bostad", "bostad", Presence::Narvarande, "områdeschef"),
        attendance("att-rtj", "rtj", Presence::Forhinder, "brandinspektör"),
        attendance(
            "att-skola",
            "skola",
            Presence::Narvarande,
            "rektor Lindängsskolan",
        ),
        partly,
        adjunct,
    ];
    let items = vec![
        item(1, AgendaKind::Oppnande, "Ordföranden öppnade mötet.", None),
        item(
            2,
            AgendaKind::Dagordning,
            "",
            Some("att godkänna dagordningen."),
        ),
        item(
            3,
            AgendaKind::Uppfoljning,
            "Åtgärderna från vecka 46 gicks igenom.",
            None,
        ),
        item(4, AgendaKind::Omrade, "", None),
        item(
            5,
            AgendaKind::Analys,
            "Ökningen i Lindängsringen hänger ihop med mörkret i gångtunneln och samlingar kvällstid.",
            None,
        ),
        item(
            6,
            AgendaKind::Beslut,
            "",
            Some("att genomföra åtgärderna i åtgärdslistan."),
        ),
        item(
            7,
            AgendaKind::Information,
            "Skolan informerade om lovaktiviteter vecka 52.",
            None,
        ),
        item(8, AgendaKind::NastaMote, "", None),
        item(
            9,
            AgendaKind::Avslutande,
            "Ordföranden avslutade mötet.",
            None,
        ),
    ];
    let picture = SituationPicture {
        id: id("picture-w47"),
        classification: Classification::Begransad,
        level: PictureLevel::Vecka,
        period_start: d(2026, 11, 12),
        period_end: d(2026, 11, 18),
        scope_area_id: None,
        meeting_id: Some(id(MEETING)),
        summary: "Fler händelser än föregående vecka, främst i Lindängsringen kvällstid.".into(),
        status: PictureStatus::Faststalld,
        established_by: Some("trygghetssamordnare".into()),
        established_at: None,
        distribution: "Samverkansgruppens ledamöter, kommunens krisledning".into(),
    };
    let assessments = vec![
        AreaAssessment {
            id: id("ass-lindangen"),
            classification: Classification::Begransad,
            picture_id: picture.id,
            area_id: id("lindangen"),
            level: AreaLevel::Forhojt,
            trend: Trend::Okande,
            key_event_type_ids: vec![id("skadegorelse"), id("ordning")],
            text:
                "Skadegörelse och samlingar i och kring gångtunneln, särskilt fredag–lördag kväll."
                    .into(),
            is_priority: true,
            priority_rank: Some(1),
            hot_spot_place_ids: vec![id("tunneln"), id("torget")],
        },
        AreaAssessment {
            id: id("ass-centrum"),
            classification: Classification::Begransad,
            picture_id: picture.id,
            area_id: id("centrum"),
            level: AreaLevel::Lugnt,
            trend: Trend::Oforandrad,
            key_event_type_ids: vec![id("ordning")],
            text: "Enstaka störningar vid busstationen.".into(),
            is_priority: false,
            priority_rank: None,
            hot_spot_place_ids: vec![],
        },
    ];
    let mut earlier_late = action(
        "a-late",
        "Röja buskage längs gångvägen till Lindängsskolan",
        ActionStatus::Pagar,
        Some(d(2026, 11, 15)),
    );
    earlier_late.meeting_id = Some(previous.id);
    earlier_late.responsible_org_id = Some(id("bostad"));
    earlier_late.responsible_function = "områdeschef".into();
    let mut earlier_open = action(
        "a-walk",
        "Trygghetsvandring i Norrvik med föräldrar",
        ActionStatus::Beslutad,
        Some(d(2026, 12, 3)),
    );
    earlier_open.meeting_id = Some(previous.id);
    earlier_open.area_id = Some(id("norrvik"));
    earlier_open.place_id = None;
    let mut light = action(
        "a-light",
        "Byta och förstärka belysningen i gångtunneln",
        ActionStatus::Beslutad,
        Some(d(2026, 11, 27)),
    );
    light.meeting_id = Some(this.id);
    light.place_id = Some(id("tunneln"));
    light.responsible_function = "gatuenheten via trygghetssamordnare".into();
    let mut patrol = action(
        "a-patrol",
        "Riktad närvaro fredag–lördag kväll vid gångtunneln och torget",
        ActionStatus::Beslutad,
        Some(d(2026, 12, 6)),
    );
    patrol.meeting_id = Some(this.id);
    patrol.responsible_org_id = Some(id("polis"));
    patrol.responsible_function = "kommunpolis".into();
    patrol.recurrence = Some("fre–lör kvällar v. 48–49".into());
    let follow_up = FollowUp {
        id: id("fu-late"),
        classification: Classification::Begransad,
        subject_kind: EntityKind::Action,
        subject_id: earlier_late.id,
        meeting_id: Some(this.id),
        date: d(2026, 11, 19),
        status_after: Some(ActionStatus::Pagar),
        comment: "Halva sträckan röjd; resten klar vecka 48.".into(),
        pii_confirmed: false,
    };
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
            for e in &types {
                w.create(e)?;
            }
            w.create(&previous)?;
            w.create(&this)?;
            w.create(&next)?;
            for a in &attendances {
                w.create(a)?;
            }
            for i in &items {
                w.create(i)?;
            }
            w.create(&picture)?;
            for a in &assessments {
                w.create(a)?;
            }
            for o in the_week_observations() {
                w.create(&o)?;
            }
            for a in [&earlier_late, &earlier_open, &light, &patrol] {
                w.create(a)?;
            }
            w.create(&follow_up)?;
            Ok(())
        })
        .expect("meeting world");
    build_plan(store);
    build_agreement(store);
}

fn build_plan(store: &mut Store) {
    let problem = Problem {
        id: id("problem-tunnel"),
        classification: Classification::Oppen,
        title: "Otrygghet och skadegörelse kring gångtunneln i Lindängsringen".into(),
        description: "Återkommande skadegörelse och samlingar kvällstid; boende undviker tunneln."
            .into(),
        area_ids: vec![id("lindangen")],
        event_type_ids: vec![id("skadegorelse")],
        evidence: "Veckolägesbilder v. 30–47, trygghetsvandring september 2026.".into(),
        priority: 1,
        pii_confirmed: false,
        active: Some(true),
    };
    let cause = Cause {
        id: id("cause-dark"),
        classification: Classification::Oppen,
        problem_id: problem.id,
        perspective: Perspective::Situationell,
        triangle_side: TriangleSide::Plats,
        description: "Dålig belysning och skymd sikt gör platsen svår att överblicka.".into(),
        certainty: Certainty::Hog,
        pii_confirmed: false,
        active: Some(true),
    };
    let plan = ActionPlan {
        id: id("plan"),
        classification: Classification::Oppen,
        title: "Åtgärdsplan Lindängsringen 2026–2027".into(),
        period_start: d(2026, 1, 1),
        period_end: d(2027, 12, 31),
        based_on_picture_id: None,
        decided_by: Some(DecisionBody::Ks),
        decision_ref: Some("KS § 45, dnr KS 2026/31".into()),
        decided_on: Some(d(2026, 3, 10)),
        review_interval_months: 4,
        status: PlanStatus::Beslutad,
        place_project_id: None,
    };
    let goal = Goal {
        id: id("goal-tunnel"),
        classification: Classification::Oppen,
        text: "Färre anmälda skadegörelsebrott i Lindängsringen".into(),
        measurable: true,
        plan_id: Some(plan.id),
        priority_id: None,
        place_project_id: None,
        active: Some(true),
    };
    let indicator = Indicator {
        id: id("ind-vandalism"),
        classification: Classification::Oppen,
        goal_id: Some(goal.id),
        name: "Anmälda skadegörelsebrott, Lindängsringen".into(),
        unit: "st".into(),
        source: IndicatorSource::BraAnmaldaBrott,
        direction: Direction::Minska,
        baseline_value: Some(52.0),
        baseline_on: Some(d(2025, 12, 31)),
        target_value: Some(35.0),
        target_on: Some(d(2027, 12, 31)),
        frequency: Frequency::Tertial,
        active: Some(true),
    };
    let value = IndicatorValue {
        id: id("ind-vandalism-t2"),
        classification: Classification::Oppen,
        indicator_id: indicator.id,
        period: "2026-T2".into(),
        measured_on: d(2026, 8, 31),
        value: 41.0,
        note: String::new(),
    };
    let item = PlanItem {
        id: id("plan-item-1"),
        classification: Classification::Oppen,
        plan_id: plan.id,
        number: "1".into(),
        title: "Trygg passage genom gångtunneln".into(),
        problem_id: Some(problem.id),
        cause_ids: vec![cause.id],
        goal_id: Some(goal.id),
        responsible_org_id: Some(id("kommun")),
        start_on: Some(d(2026, 4, 1)),
        end_on: Some(d(2026, 12, 31)),
        resources: "Gatuenhetens driftbudget".into(),
        active: Some(true),
    };
    let item2 = PlanItem {
        id: id("plan-item-2"),
        classification: Classification::Oppen,
        plan_id: plan.id,
        number: "2".into(),
        title: "Meningsfull fritid kvällstid".into(),
        problem_id: None,
        cause_ids: vec![],
        goal_id: None,
        responsible_org_id: Some(id("fritid")),
        start_on: Some(d(2026, 9, 1)),
        end_on: None,
        resources: String::new(),
        active: Some(true),
    };
    let mut camera = action(
        "a-plan-light",
        "=Belysningsplan för gångtunneln",
        ActionStatus::Genomford,
        Some(d(2026, 6, 30)),
    );
    camera.plan_item_id = Some(item.id);
    camera.origin = ActionOrigin::Atgardsplan;
    camera.start_on = Some(d(2026, 4, 1));
    camera.done_on = Some(d(2026, 6, 20));
    let mut mural = action(
        "a-plan-mural",
        "Konstprojekt med unga i tunneln",
        ActionStatus::Pagar,
        Some(d(2026, 10, 31)),
    );
    mural.plan_item_id = Some(item.id);
    mural.origin = ActionOrigin::Atgardsplan;
    mural.start_on = Some(d(2026, 8, 15));
    mural.responsible_org_id = Some(id("fritid"));
    let mut open_house = action(
        "a-plan-fritid",
        "Öppen fritidsgård fredagar till kl. 23",
        ActionStatus::Pagar,
        Some(d(2026, 12, 18)),
    );
    open_house.plan_item_id = Some(item2.id);
    open_house.origin = ActionOrigin::Atgardsplan;
    open_house.responsible_org_id = Some(id("fritid"));
    let fu = FollowUp {
        id: id("fu-mural"),
        classification: Classification::Oppen,
        subject_kind: EntityKind::Action,
        subject_id: mural.id,
        meeting_id: None,
        date: d(2026, 11, 5),
        status_after: Some(ActionStatus::Pagar),
        comment: "Skisser klara; målning våren 2027 när det är varmare.".into(),
        pii_confirmed: false,
    };
    store
        .write(|w| {
            w.create(&problem)?;
            w.create(&cause)?;
            w.create(&plan)?;
            w.create(&goal)?;
            w.create(&indicator)?;
            w.create(&value)?;
            w.create(&item)?;
            w.create(&item2)?;
            w.create(&camera)?;
            w.create(&mural)?;
            w.create(&open_house)?;
            w.create(&fu)?;
            Ok(())
        })
        .expect("plan world");
}

fn build_agreement(store: &mut Store) {
    let agreement = Agreement {
        id: id("agreement"),
        classification: Classification::Oppen,
        title: "Samverkansöverenskommelse Sjöviks kommun och Lokalpolisområde Sjövik 2026–2027"
            .into(),
        party_org_ids: vec![id("kommun"), id("polis")],
        period_start: d(2026, 1, 1),
        period_end: d(2027, 12, 31),
        signed_by: "kommunstyrelsens ordförande, lokalpolisområdeschef".into(),
        signed_on: Some(d(2026, 1, 20)),
        revision_due: Some(d(2027, 10, 1)),
        documentation_rule: "Minnesanteckningar från varje styrgruppsmöte.".into(),
        follow_up_rule: "Halvårsvis i styrgruppen, årligen i kommunstyrelsen.".into(),
        appendix: String::new(),
        active: Some(true),
    };
    let priority = Priority {
        id: id("prio-1"),
        classification: Classification::Oppen,
        agreement_id: agreement.id,
        number: 1,
        title: "Offentlig miljö".into(),
        problem_picture: "Otrygghet kvällstid i Lindängsringen och vid busstationen.".into(),
        causes: "Mörka passager, samlingsplatser utan vuxennärvaro.".into(),
        status: ActionStatus::Pagar,
    };
    let priority2 = Priority {
        id: id("prio-2"),
        classification: Classification::Oppen,
        agreement_id: agreement.id,
        number: 2,
        title: "Barn och unga".into(),
        problem_picture: "Unga som rekryteras till kriminalitet.".into(),
        causes: String::new(),
        status: ActionStatus::Beslutad,
    };
    let goal = Goal {
        id: id("goal-safe"),
        classification: Classification::Oppen,
        text: "Fler boende känner sig trygga ute sent en kväll".into(),
        measurable: true,
        plan_id: None,
        priority_id: Some(priority.id),
        place_project_id: None,
        active: Some(true),
    };
    let indicator = Indicator {
        id: id("ind-safe"),
        classification: Classification::Oppen,
        goal_id: Some(goal.id),
        name: "Andel som känner sig trygga ute sent en kväll".into(),
        unit: "%".into(),
        source: IndicatorSource::PolisensTrygghetsmatning,
        direction: Direction::Oka,
        baseline_value: Some(58.0),
        baseline_on: Some(d(2025, 10, 1)),
        target_value: Some(65.0),
        target_on: Some(d(2027, 10, 1)),
        frequency: Frequency::Ar,
        active: Some(true),
    };
    let value = IndicatorValue {
        id: id("ind-safe-2026"),
        classification: Classification::Oppen,
        indicator_id: indicator.id,
        period: "2026".into(),
        measured_on: d(2026, 10, 1),
        value: 61.5,
        note: String::new(),
    };
    let mut activity = action(
        "a-prio-dialog",
        "Medborgardialog på torget en gång per månad",
        ActionStatus::Pagar,
        Some(d(2026, 12, 31)),
    );
    activity.priority_id = Some(priority.id);
    activity.origin = ActionOrigin::Overenskommelse;
    activity.responsible_org_id = Some(id("polis"));
    let promise = CitizenPromise {
        id: id("promise"),
        classification: Classification::Oppen,
        agreement_id: agreement.id,
        period_start: d(2026, 1, 1),
        period_end: d(2026, 12, 31),
        text: "Vi ska göra det tryggare att röra sig i Lindängsringen på kvällen.".into(),
        basis: PromiseBasis::Medborgardialog,
        place_ids: vec![id("tunneln"), id("torget")],
        active: Some(true),
    };
    let activities = vec![
        PromiseActivity {
            id: id("pa-1"),
            classification: Classification::Oppen,
            promise_id: promise.id,
            number: 1,
            activity: "Polisen genomför trygghetsskapande närvaro".into(),
            scope: "Minst två kvällar i veckan".into(),
            responsible_org_id: id("polis"),
            follow_up_forum: "Samverkansgrupp trygghet".into(),
            status: ActionStatus::Pagar,
        },
        PromiseActivity {
            id: id("pa-2"),
            classification: Classification::Oppen,
            promise_id: promise.id,
            number: 2,
            activity: "Kommunen förbättrar belysningen i gångtunneln".into(),
            scope: "Hela tunneln och anslutande gångvägar".into(),
            responsible_org_id: id("kommun"),
            follow_up_forum: "Styrgruppen".into(),
            status: ActionStatus::Genomford,
        },
    ];
    store
        .write(|w| {
            w.create(&agreement)?;
            w.create(&priority)?;
            w.create(&priority2)?;
            w.create(&goal)?;
            w.create(&indicator)?;
            w.create(&value)?;
            w.create(&activity)?;
            w.create(&promise)?;
            for a in &activities {
                w.create(a)?;
            }
            Ok(())
        })
        .expect("agreement world");
}

/// Sets a meeting's status (the world creates the week-47 meeting closed; tests and the bench
/// hold it again to enter what the meeting saw).
pub fn set_meeting_status(store: &mut Store, meeting: &str, status: MeetingStatus) {
    store
        .write(|w| w.set(EntityKind::Meeting, id(meeting), "status", status))
        .expect("meeting status");
}
