//! Importing a 10,000-op bundle (target: under 0.4 s) and exporting it; importing 5,000 edits
//! of one field (target: under 1 s).
//!
//! The sender holds a small world plus 5,000 observations, each created and then reviewed
//! (one set), so the bundle carries 10,004 ops. Every iteration imports into a fresh recipient
//! copy on disk (a copied file, so setup is not measured), including signature check, parse,
//! chain check, the write rule, the one transaction and the audit entry (no backup: measured
//! separately in the report).

use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lagesbild::domain::*;
use lagesbild::exchange::{export, import, partner};
use lagesbild::store::{Access, Store};

fn observation(org: Id, area: Id, event_type: Id, i: usize) -> Observation {
    Observation {
        id: Id::new(),
        classification: Classification::Begransad,
        reporting_org_id: org,
        reporter_id: None,
        event_type_id: event_type,
        area_id: area,
        place_id: None,
        occurred_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
            + chrono::Days::new((i % 300) as u64),
        occurred_until: None,
        time_from: None,
        time_to: None,
        day_period: Some(DayPeriod::Kvall),
        reported_at: chrono::Utc::now(),
        description: format!("Klotter på gångtunneln, iakttagelse {i}"),
        grade: Grade::Medel,
        severity: Severity::Storning,
        count_estimate: None,
        source: ObservationSource::Rapportor,
        external_ref: None,
        review_status: ReviewStatus::Ny,
        duplicate_of_id: None,
        pii_confirmed: false,
    }
}

fn sender_with_ops(dir: &Path, count: usize) -> Store {
    let mut store = Store::open(&dir.join("kommun.db"), Access::ReadWrite).expect("open");
    partner::init(&mut store, "Tyresö kommun").expect("init");
    let org = Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Tyresö kommun – trygghet".into(),
        short_name: None,
        kind: "kommun".into(),
        is_authority: true,
        active: true,
    };
    let area = Area {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Granängsringen".into(),
        kind: "bostadsomrade".into(),
        code: None,
        parent_id: None,
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    };
    let et = EventType {
        id: Id::new(),
        classification: Classification::Oppen,
        code: "skadegorelse".into(),
        label_sv: "Skadegörelse/klotter".into(),
        label_en: "Vandalism/graffiti".into(),
        group_code: "skadegorelse".into(),
        is_crime: true,
        police_aliases: vec![],
        sort: 1,
        active: true,
    };
    store
        .write(|w| {
            w.create(&org)?;
            w.create(&area)?;
            w.create(&et)?;
            for i in 0..count / 2 {
                let o = observation(org.id, area.id, et.id, i);
                w.create(&o)?;
                w.set(
                    EntityKind::Observation,
                    o.id,
                    "review_status",
                    ReviewStatus::Granskad,
                )?;
            }
            Ok(())
        })
        .expect("write");
    store
}

/// The recipient's database as every import starts from it: identity made, sender trusted (and
/// the recipient trusted by the sender, so it can export to it).
fn recipient_template(dir: &std::path::Path, sender: &mut Store) -> std::path::PathBuf {
    let template = dir.join("polis-template.db");
    let mut r = Store::open(&template, Access::ReadWrite).expect("open");
    partner::init(&mut r, "Lokalpolisområde Nacka").expect("init");
    let sender_token = sender.own_identity().expect("id").expect("some").public_key;
    partner::trust(&mut r, "Tyresö kommun", &sender_token).expect("trust");
    let token = r.own_identity().expect("id").expect("some").public_key;
    partner::trust(sender, "Lokalpolisområde Nacka", &token).expect("trust");
    template
}

/// Imports `bytes` into a fresh copy of the template each iteration (copying is not timed).
fn import_into_fresh_copies(
    b: &mut criterion::Bencher<'_>,
    dir: &std::path::Path,
    template: &std::path::Path,
    key: &std::path::Path,
    bytes: &[u8],
) {
    b.iter_batched(
        || {
            let run = tempfile::tempdir_in(dir).expect("run dir");
            let db = run.path().join("polis.db");
            std::fs::copy(template, &db).expect("copy");
            std::fs::copy(key, run.path().join("polis.db.partner-key")).expect("key");
            let store = Store::open(&db, Access::ReadWrite).expect("open");
            (run, store)
        },
        |(run, mut store)| {
            let outcome = import::import_bytes(
                &mut store,
                bytes,
                import::ImportOptions {
                    dry_run: false,
                    backup: false,
                },
            )
            .expect("import");
            (run, store, outcome)
        },
        BatchSize::PerIteration,
    )
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("dir");
    let started = std::time::Instant::now();
    let mut sender = sender_with_ops(dir.path(), 10_000);
    eprintln!(
        "local write of the same 10,003 ops in one transaction: {:?}",
        started.elapsed()
    );
    let template = recipient_template(dir.path(), &mut sender);
    let file = dir.path().join("bundle.lagesbild");
    let report =
        export::export_to(&mut sender, "Lokalpolisområde Nacka", &file, true).expect("export");
    let bytes = std::fs::read(&file).expect("read");
    eprintln!("bundle: {} ops, {} bytes", report.op_count, bytes.len());
    let key = dir.path().join("polis-template.db.partner-key");

    let mut group = c.benchmark_group("exchange");
    group.sample_size(10);
    group.bench_function("import_10000_ops", |b| {
        import_into_fresh_copies(b, dir.path(), &template, &key, &bytes)
    });
    // The parts of an import that touch no database, to see where the time goes.
    group.bench_function("parse_10000_ops", |b| {
        b.iter(|| lagesbild::exchange::bundle::parse_untrusted(&bytes).expect("parse"))
    });
    group.bench_function("verify_signature_10000_ops", |b| {
        let sealed = lagesbild::exchange::bundle::open(&bytes).expect("open");
        let token =
            lagesbild::exchange::keys::PublicKeyToken::parse(sealed.key_token).expect("token");
        b.iter(|| sealed.verify(&token).expect("verify"))
    });
    group.bench_function("export_10000_ops", |b| {
        let out = dir.path().join("again.lagesbild");
        b.iter(|| {
            let recipient = partner::active_by_name(&sender, "Lokalpolisområde Nacka").expect("p");
            export::build(&sender, &recipient, 0).expect("build");
            let _ = &out;
        })
    });
    group.finish();
}

/// 5,000 edits of one field of one action (target: under 1 s): conflicts are worked out once
/// per field at the end of the import, not after each op, so this is linear.
fn bench_edits_of_one_field(c: &mut Criterion) {
    const EDITS: usize = 5_000;
    let dir = tempfile::tempdir().expect("dir");
    let mut sender = sender_with_ops(dir.path(), 0);
    let org = sender.all::<Organisation>().expect("org")[0].id;
    let action = Action {
        id: Id::new(),
        classification: Classification::Begransad,
        title: "Belysning i gångtunneln".into(),
        description: String::new(),
        kind: ActionKind::Situationell,
        horizon: Horizon::Kort,
        area_id: None,
        place_id: None,
        responsible_org_id: Some(org),
        responsible_function: "trygghetssamordnare".into(),
        partner_org_ids: vec![],
        start_on: None,
        due_on: None,
        due_week: None,
        recurrence: None,
        status: ActionStatus::Pagar,
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
    };
    let started = std::time::Instant::now();
    sender
        .write(|w| {
            w.create(&action)?;
            for i in 0..EDITS {
                w.set(EntityKind::Action, action.id, "result", format!("Steg {i}"))?;
            }
            Ok(())
        })
        .expect("edits");
    eprintln!(
        "local write of {EDITS} edits of one field: {:?}",
        started.elapsed()
    );
    let template = recipient_template(dir.path(), &mut sender);
    let file = dir.path().join("bundle.lagesbild");
    export::export_to(&mut sender, "Lokalpolisområde Nacka", &file, true).expect("export");
    let bytes = std::fs::read(&file).expect("read");
    let key = dir.path().join("polis-template.db.partner-key");
    let mut group = c.benchmark_group("exchange");
    group.sample_size(10);
    group.bench_function("import_5000_edits_of_one_field", |b| {
        import_into_fresh_copies(b, dir.path(), &template, &key, &bytes)
    });
    group.finish();
}

criterion_group!(benches, bench, bench_edits_of_one_field);
criterion_main!(benches);
