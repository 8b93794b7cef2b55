//! Property tests: three or four partners (real SQLite files) edit, delete, settle conflicts
//! (also on records a third partner owns), import the police feed, export and import bundles in
//! random order, with lost and duplicated bundles, then synchronise fully. In every case:
//! - the invariant of the exchange (`exchange::rules`): every bundle a copy produces is
//!   accepted by every partner, in whatever order bundles arrive (an op whose record has not
//!   arrived waits, parked; nothing is refused);
//! - importing a bundle again changes nothing (idempotent);
//! - partners end with identical shared data whatever order bundles arrived in (order
//!   independence and convergence);
//! - no update is lost: every set of a shared field is the current value, an ancestor of it, or
//!   part of a listed conflict;
//! - export → import → export is stable (nothing left to send, the same ops when re-exported);
//! - no op classified intern, nor any op on a record that is or was intern, is in any bundle;
//! - `check` finds every copy whole.
//!
//! `cargo test` runs 64 cases; before a release run 1,000 (`PROPTEST_CASES=1000`, see README).

use crate::support;

use std::collections::{BTreeMap, HashMap, HashSet};

use lagesbild::domain::*;
use lagesbild::exchange::bundle::{self, Payload};
use lagesbild::exchange::import::ImportOutcome;
use lagesbild::exchange::{ExchangeError, screen};
use proptest::prelude::*;
use support::*;

#[derive(Debug, Clone)]
enum Step {
    Create {
        p: usize,
        intern: bool,
    },
    /// Any partner may move the status of an action it has (a shared field).
    Status {
        p: usize,
        pick: usize,
        status: usize,
    },
    /// The owner rewrites its action's title (free text).
    Title {
        p: usize,
        pick: usize,
        text: usize,
    },
    Delete {
        p: usize,
        pick: usize,
    },
    MakeIntern {
        p: usize,
        pick: usize,
    },
    Export {
        from: usize,
        to: usize,
    },
    /// Deliver a bundle from the mailbox (again, if it was delivered before).
    Deliver {
        pick: usize,
    },
    /// Settle one of the open conflicts this partner lists (whoever owns the record).
    Resolve {
        p: usize,
        pick: usize,
        take_other: bool,
    },
    /// Import the police feed (one of two versions: the police edit a summary).
    Police {
        p: usize,
        edited: bool,
    },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..4usize, prop::bool::weighted(0.2)).prop_map(|(p, intern)| Step::Create { p, intern }),
        4 => (0..4usize, any::<usize>(), 0..5usize).prop_map(|(p, pick, status)| Step::Status { p, pick, status }),
        2 => (0..4usize, any::<usize>(), 0..3usize).prop_map(|(p, pick, text)| Step::Title { p, pick, text }),
        1 => (0..4usize, any::<usize>()).prop_map(|(p, pick)| Step::Delete { p, pick }),
        1 => (0..4usize, any::<usize>()).prop_map(|(p, pick)| Step::MakeIntern { p, pick }),
        4 => (0..4usize, 0..4usize).prop_map(|(from, to)| Step::Export { from, to }),
        5 => any::<usize>().prop_map(|pick| Step::Deliver { pick }),
        2 => (0..4usize, any::<usize>(), any::<bool>()).prop_map(|(p, pick, take_other)| Step::Resolve { p, pick, take_other }),
        1 => (0..4usize, any::<bool>()).prop_map(|(p, edited)| Step::Police { p, edited }),
    ]
}

const TITLES: [&str; 3] = [
    "Belysning i gångtunneln",
    "Städning av torget",
    "Trygghetsvandring",
];

fn action(intern: bool) -> Action {
    Action {
        id: Id::new(),
        classification: if intern {
            Classification::Intern
        } else {
            Classification::Begransad
        },
        title: "Ny åtgärd".into(),
        description: String::new(),
        kind: ActionKind::Situationell,
        horizon: Horizon::Kort,
        area_id: None,
        place_id: None,
        responsible_org_id: None,
        responsible_function: "trygghetssamordnare".into(),
        partner_org_ids: vec![],
        start_on: None,
        due_on: None,
        due_week: None,
        recurrence: None,
        status: ActionStatus::Foreslagen,
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

struct World {
    copies: Vec<Copy>,
    mailbox: Vec<(usize, usize, Vec<u8>)>,
    /// Records each partner ever had classified intern (at creation or later).
    ever_intern: Vec<HashSet<Id>>,
}

impl World {
    fn pick(&self, p: usize, pick: usize, own_only: bool) -> Option<Action> {
        let me = self.copies[p].store.partner_id();
        let all: Vec<Action> = self.copies[p].store.all::<Action>().expect("all");
        let mut candidates = Vec::new();
        for a in all {
            if own_only && owner(&self.copies[p], a.id) != me {
                continue;
            }
            candidates.push(a);
        }
        if candidates.is_empty() {
            None
        } else {
            Some(candidates[pick % candidates.len()].clone())
        }
    }

    fn export(&mut self, from: usize, to: usize) -> Vec<u8> {
        let (a, b) = two(&mut self.copies, from, to);
        let bytes = bundle(a, b);
        check_nothing_internal(&bundle_payload(&bytes), &self.ever_intern[from]);
        bytes
    }
}

fn owner(c: &Copy, id: Id) -> Option<Id> {
    c.store.history(id).ok()?.first().map(|h| h.origin)
}

fn two<T>(v: &mut [T], i: usize, j: usize) -> (&mut T, &T) {
    assert_ne!(i, j);
    if i < j {
        let (l, r) = v.split_at_mut(j);
        (&mut l[i], &r[0])
    } else {
        let (l, r) = v.split_at_mut(i);
        (&mut r[0], &l[j])
    }
}

fn bundle_payload(bytes: &[u8]) -> Payload {
    let sealed = bundle::open(bytes).expect("open");
    bundle::parse_payload(&sealed.payload().expect("unpack")).expect("parse")
}

fn check_nothing_internal(p: &Payload, ever_intern: &HashSet<Id>) {
    for op in &p.ops {
        assert_ne!(
            op.classification,
            Classification::Intern,
            "an intern op left the copy"
        );
        assert!(
            !ever_intern.contains(&op.entity_id),
            "an op on an intern record left the copy"
        );
    }
}

fn deliver(w: &mut World, from: usize, to: usize, bytes: &[u8]) {
    // A full comparison where it proves something: a bundle delivered again.
    let id = bundle_payload(bytes).bundle_id;
    let duplicate = w.copies[to]
        .store
        .received_bundle(id)
        .expect("lookup")
        .is_some();
    let before = duplicate.then(|| dump(&w.copies[to].path()));
    match receive(&mut w.copies[to], bytes) {
        Ok(ImportOutcome::AlreadyImported { .. }) => {
            assert!(duplicate);
            assert_eq!(
                before,
                Some(dump(&w.copies[to].path())),
                "a re-import changed data"
            );
        }
        Ok(_) => assert!(!duplicate, "a bundle was imported twice"),
        Err(ExchangeError::Rejected(reason)) => {
            // The invariant: nothing a copy produced is refused, whatever arrived before.
            panic!("{from}→{to} refused: {reason}");
        }
        Err(e) => panic!("{from}→{to}: {e}"),
    }
}

/// Every set of a shared field is in the history of the current value, or in the history of a
/// line of edits that is listed as a conflict, that ended in the same value, or that made the
/// same change from the same base as an edit the current value built on.
fn check_no_update_lost(c: &Copy, skip: &HashSet<Id>) {
    use lagesbild::store::conflicts::{parents, value_of};
    let conflicts = c.store.conflicts(false).expect("conflicts");
    let listed: HashSet<Id> = conflicts.iter().map(|x| x.loser.op_id).collect();
    for a in c.store.all::<Action>().expect("all") {
        if skip.contains(&a.id) || a.classification == Classification::Intern {
            continue;
        }
        let mut by_field: HashMap<String, Vec<Op>> = HashMap::new();
        for h in c.store.history(a.id).expect("history") {
            if let Some(op) = c.store.op(h.op_id).expect("op")
                && matches!(op.kind, OpKind::Set | OpKind::Resolve)
            {
                by_field
                    .entry(op.field.clone().unwrap_or_default())
                    .or_default()
                    .push(op);
            }
        }
        for (field, ops) in by_field {
            let winner = ops
                .iter()
                .max_by_key(|o| (o.hlc, o.origin))
                .expect("winner");
            let by_id: HashMap<Id, &Op> = ops.iter().map(|o| (o.op_id, o)).collect();
            let history_of = |head: &Op| -> HashSet<Id> {
                let mut seen = HashSet::new();
                let mut todo = vec![head.op_id];
                while let Some(id) = todo.pop() {
                    if seen.insert(id)
                        && let Some(o) = by_id.get(&id)
                    {
                        todo.extend(parents(o));
                    }
                }
                seen
            };
            let has_child: HashSet<Id> = ops.iter().flat_map(parents).collect();
            let mut covered = history_of(winner);
            // A leaf that made the same change from the same base as an edit the winner built
            // on was seen in substance: the winner's author replaced that value knowingly
            // (the store's rule in `store::conflicts::refresh_field`).
            let agreed = |leaf: &Op| {
                covered
                    .iter()
                    .filter_map(|id| by_id.get(id))
                    .any(|h| h.base_op == leaf.base_op && value_of(h) == value_of(leaf))
            };
            let leaves: Vec<&Op> = ops
                .iter()
                .filter(|o| !has_child.contains(&o.op_id))
                .collect();
            let seen: Vec<&Op> = leaves
                .into_iter()
                .filter(|leaf| {
                    listed.contains(&leaf.op_id)
                        || value_of(leaf) == value_of(winner)
                        || agreed(leaf)
                })
                .collect();
            for leaf in seen {
                covered.extend(history_of(leaf));
            }
            for op in &ops {
                assert!(
                    covered.contains(&op.op_id),
                    "{}: the edit of {field} by {} was lost",
                    c.name,
                    op.origin.short()
                );
            }
            // The current value in the table is the winner's.
            let current = c
                .store
                .record_json(EntityKind::Action, a.id)
                .expect("json")
                .expect("row");
            assert_eq!(
                current.get(&field),
                value_of(winner),
                "{}: {field} is not the winner's",
                c.name
            );
        }
    }
}

fn run(partners: usize, steps: Vec<Step>, prepared: &Prepared) {
    let copies: Vec<Copy> = (0..partners).map(|i| instantiate(prepared, i)).collect();
    let mut w = World {
        copies,
        mailbox: Vec::new(),
        ever_intern: vec![HashSet::new(); partners],
    };
    for s in steps {
        match s {
            Step::Create { p, intern } => {
                let p = p % partners;
                let a = action(intern);
                if intern {
                    w.ever_intern[p].insert(a.id);
                }
                w.copies[p].store.write(|x| x.create(&a)).expect("create");
            }
            Step::Status { p, pick, status } => {
                let p = p % partners;
                if let Some(a) = w.pick(p, pick, false) {
                    let status = ActionStatus::ALL[status % ActionStatus::ALL.len()];
                    w.copies[p]
                        .store
                        .write(|x| x.set(EntityKind::Action, a.id, "status", status))
                        .expect("status");
                }
            }
            Step::Title { p, pick, text } => {
                let p = p % partners;
                if let Some(a) = w.pick(p, pick, true) {
                    w.copies[p]
                        .store
                        .write(|x| x.set(EntityKind::Action, a.id, "title", TITLES[text]))
                        .expect("title");
                }
            }
            Step::Delete { p, pick } => {
                let p = p % partners;
                if let Some(a) = w.pick(p, pick, true) {
                    w.copies[p]
                        .store
                        .write(|x| x.delete(EntityKind::Action, a.id))
                        .expect("delete");
                }
            }
            Step::MakeIntern { p, pick } => {
                let p = p % partners;
                if let Some(a) = w.pick(p, pick, true) {
                    w.ever_intern[p].insert(a.id);
                    w.copies[p]
                        .store
                        .write(|x| {
                            x.set(
                                EntityKind::Action,
                                a.id,
                                "classification",
                                Classification::Intern,
                            )
                        })
                        .expect("intern");
                }
            }
            Step::Export { from, to } => {
                let (from, to) = (from % partners, to % partners);
                if from != to {
                    let bytes = w.export(from, to);
                    w.mailbox.push((from, to, bytes));
                }
            }
            Step::Deliver { pick } => {
                if !w.mailbox.is_empty() {
                    let (from, to, bytes) = w.mailbox[pick % w.mailbox.len()].clone();
                    deliver(&mut w, from, to, &bytes);
                }
            }
            Step::Resolve {
                p,
                pick,
                take_other,
            } => {
                let p = p % partners;
                let open = screen::conflicts(&w.copies[p].store, false).expect("conflicts");
                if !open.is_empty() {
                    let c = &open[pick % open.len()];
                    let choice = if take_other {
                        screen::Choice::TakeOther
                    } else {
                        screen::Choice::KeepCurrent
                    };
                    let owner = w.copies[p].store.owner_of(c.entity_id).expect("owner");
                    let own = w.copies[p].store.partner_id();
                    match screen::resolve(&mut w.copies[p].store, c.id, choice) {
                        Ok(()) => {}
                        // Only the owner restores a deleted record; anyone else is told so.
                        Err(ExchangeError::User(_))
                            if c.is_delete_race && take_other && owner != own => {}
                        Err(e) => panic!("resolve: {e}"),
                    }
                }
            }
            Step::Police { p, edited } => {
                let p = p % partners;
                let mut feed = crate::common::police::demo_feed();
                if edited {
                    feed = feed.replace(
                        "Sten kastas in genom ruta",
                        "Sten kastades in genom en ruta",
                    );
                }
                lagesbild::sources::polisen::import_text(
                    &mut w.copies[p].store,
                    &feed,
                    &lagesbild::domain::municipality::Municipalities::new(&["Sjöviks kommun"]),
                    "test",
                )
                .expect("police feed");
            }
        }
    }
    // Full synchronisation: everyone exchanges with everyone until nothing is refused, and
    // one round more so that every partner has heard every acknowledgement.
    let mut calm_rounds = 0;
    for round in 0..partners + 3 {
        if calm_rounds == 2 {
            break;
        }
        let mut refused = false;
        for from in 0..partners {
            for to in 0..partners {
                if from == to {
                    continue;
                }
                let bytes = w.export(from, to);
                if let Err(e) = receive(&mut w.copies[to], &bytes) {
                    assert!(
                        round < partners + 1,
                        "still refused after {round} rounds: {e}"
                    );
                    refused = true;
                }
            }
        }
        calm_rounds = if refused { 0 } else { calm_rounds + 1 };
    }
    assert_eq!(calm_rounds, 2, "the partners never settled");
    // Records made intern after they were shared stay with the partners that have them.
    let skip: HashSet<Id> = w.ever_intern.iter().flatten().copied().collect();
    // Police events are every copy's own, read from the feed (they belong to no partner).
    let police: HashSet<String> = w
        .copies
        .iter()
        .flat_map(|c| c.store.all::<PoliceEvent>().expect("events"))
        .map(|e| e.id.to_string())
        .collect();
    let shared = |c: &Copy| -> BTreeMap<String, String> {
        shared_data(&c.path())
            .into_iter()
            .filter(|(id, _)| id.parse::<Id>().map(|i| !skip.contains(&i)).unwrap_or(true))
            .filter(|(id, _)| !police.contains(id))
            .collect()
    };
    let conflict_ids = |c: &Copy| -> Vec<(Id, bool)> {
        let mut v: Vec<(Id, bool)> = c
            .store
            .conflicts(false)
            .expect("conflicts")
            .into_iter()
            .filter(|x| !skip.contains(&x.entity_id))
            .map(|x| (x.id, x.open))
            .collect();
        v.sort();
        v
    };
    let first = shared(&w.copies[0]);
    let first_conflicts = conflict_ids(&w.copies[0]);
    for c in &w.copies[1..] {
        assert_eq!(
            first,
            shared(c),
            "{} differs from {}",
            c.name,
            w.copies[0].name
        );
        assert_eq!(
            first_conflicts,
            conflict_ids(c),
            "{} lists other conflicts",
            c.name
        );
    }
    for c in &w.copies {
        let check = c.store.check().expect("check");
        assert!(check.ok(), "{}: {:?}", c.name, check.items);
        check_no_update_lost(c, &skip);
        // Nothing a person can see is unresolved without being listed.
        let _ = screen::conflicts(&c.store, false).expect("view");
    }
    // Export → import → export: after a full sync nothing is left to send, and exporting again
    // gives the same (empty) stretch.
    for from in 0..partners {
        for to in 0..partners {
            if from == to {
                continue;
            }
            let one = bundle_payload(&w.export(from, to));
            assert!(
                one.ops.is_empty(),
                "{from}→{to} still has {} ops to send",
                one.ops.len()
            );
            if from == 0 && to == 1 {
                let two = bundle_payload(&w.export(from, to));
                assert_eq!(
                    (one.from_seq, one.to_seq, &one.ops, &one.withheld),
                    (two.from_seq, two.to_seq, &two.ops, &two.withheld)
                );
            }
        }
    }
}

const NAMES: [&str; 4] = [
    "Tyresö kommun",
    "Lokalpolisområde Nacka",
    "Räddningstjänsten",
    "Tyresö Bostäder",
];

/// Four partner copies that trust each other, made once; each case works on fresh file copies.
struct Prepared {
    dir: tempfile::TempDir,
}

fn prepared() -> &'static Prepared {
    static PREPARED: std::sync::OnceLock<Prepared> = std::sync::OnceLock::new();
    PREPARED.get_or_init(|| {
        let (_template_dir, template) = template();
        let mut copies: Vec<Copy> = NAMES
            .iter()
            .map(|n| copy_from_template(&template, n))
            .collect();
        {
            let mut refs: Vec<&mut Copy> = copies.iter_mut().collect();
            introduce(&mut refs);
        }
        let dir = temp_dir();
        for (i, c) in copies.into_iter().enumerate() {
            let Copy {
                dir: from, store, ..
            } = c;
            drop(store);
            std::fs::copy(
                from.path().join("lagesbild.db"),
                dir.path().join(format!("{i}.db")),
            )
            .expect("db");
            std::fs::copy(
                from.path().join("lagesbild.db.partner-key"),
                dir.path().join(format!("{i}.db.partner-key")),
            )
            .expect("key");
        }
        Prepared { dir }
    })
}

fn instantiate(prepared: &Prepared, i: usize) -> Copy {
    let dir = temp_dir();
    let db = dir.path().join("lagesbild.db");
    std::fs::copy(prepared.dir.path().join(format!("{i}.db")), &db).expect("db");
    std::fs::copy(
        prepared.dir.path().join(format!("{i}.db.partner-key")),
        dir.path().join("lagesbild.db.partner-key"),
    )
    .expect("key");
    let store =
        lagesbild::store::Store::open(&db, lagesbild::store::Access::ReadWrite).expect("open");
    Copy {
        dir,
        store,
        name: NAMES[i].into(),
    }
}

proptest! {
    // 64 cases in `cargo test`; PROPTEST_CASES=1000 before a release (README, developers).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
        max_shrink_iters: 200,
        .. ProptestConfig::default()
    })]

    #[test]
    fn partners_exchanging_in_any_order_converge_without_losing_or_leaking(
        partners in 3..=4usize,
        steps in prop::collection::vec(step(), 4..24),
    ) {
        run(partners, steps, prepared());
    }
}
