//! Partner copies for exchange tests: real database files in temporary directories, each with
//! its own identity and signing key.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use lagesbild::domain::Vocabulary;
use lagesbild::exchange::export;
use lagesbild::exchange::import::{ImportOptions, ImportOutcome, import_bytes};
use lagesbild::exchange::partner;
use lagesbild::exchange::{ExchangeError, Result};
use lagesbild::store::{Access, Store};

pub struct Copy {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub name: String,
}

impl Copy {
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("lagesbild.db")
    }

    pub fn token(&self) -> String {
        self.store
            .own_identity()
            .expect("identity")
            .expect("initialised")
            .public_key
    }
}

/// A temporary directory, in memory-backed /dev/shm where there is one: the tests run many
/// thousands of transactions and need real SQLite files, not disk flushes.
pub fn temp_dir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().expect("temp dir")
}

/// A new copy with its partner identity.
pub fn copy(name: &str) -> Copy {
    let dir = temp_dir();
    let mut store = Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open");
    store.set_actor("trygghetssamordnare").expect("actor");
    partner::init(&mut store, name).expect("init");
    Copy {
        dir,
        store,
        name: name.into(),
    }
}

/// A copy made from a template database file (cheap: no migrations), with its own identity.
pub fn copy_from_template(template: &Path, name: &str) -> Copy {
    let dir = temp_dir();
    std::fs::copy(template, dir.path().join("lagesbild.db")).expect("copy template");
    let mut store = Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open");
    // The template has no partner id yet: each copy gets its own on first open.
    partner::init(&mut store, name).expect("init");
    Copy {
        dir,
        store,
        name: name.into(),
    }
}

/// A migrated, empty database file to copy partners from.
pub fn template() -> (tempfile::TempDir, PathBuf) {
    let dir = temp_dir();
    let path = dir.path().join("template.db");
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        drop(conn);
        // Opening read-write migrates; the partner id it sets is removed again below.
        let store = Store::open(&path, Access::ReadWrite).expect("migrate");
        drop(store);
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute("DELETE FROM meta", []).expect("clear meta");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("no wal");
    }
    (dir, path)
}

/// Every copy trusts every other.
pub fn introduce(copies: &mut [&mut Copy]) {
    let tokens: Vec<(String, String)> =
        copies.iter().map(|c| (c.name.clone(), c.token())).collect();
    for c in copies.iter_mut() {
        for (name, token) in &tokens {
            if *name != c.name {
                partner::trust(&mut c.store, name, token).expect("trust");
            }
        }
    }
}

/// The bytes of a bundle from `from` to `to`, as `export` would write them (and recorded as sent).
/// The usual pair: a kommun and its lokalpolisområde, trusting each other.
pub fn kommun_and_polis() -> (Copy, Copy) {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    introduce(&mut [&mut a, &mut b]);
    (a, b)
}

/// The payload inside a bundle's bytes (signature not checked).
pub fn payload_of(bytes: &[u8]) -> lagesbild::exchange::bundle::Payload {
    let sealed = lagesbild::exchange::bundle::open(bytes).expect("open");
    lagesbild::exchange::bundle::parse_payload(&sealed.payload().expect("unpack")).expect("parse")
}

/// A bundle with its JSON payload edited and packed again, header (and signature) untouched:
/// what someone editing a bundle file by hand would produce.
pub fn edit_payload(bytes: &[u8], edit: impl FnOnce(String) -> String) -> Vec<u8> {
    let end = bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|p| p + 2)
        .expect("header");
    let json = zstd::decode_all(&bytes[end..]).expect("unpack");
    let edited = edit(String::from_utf8(json).expect("utf8"));
    let packed = zstd::encode_all(edited.as_bytes(), 3).expect("pack");
    [&bytes[..end], &packed[..]].concat()
}

pub fn bundle(from: &mut Copy, to: &Copy) -> Vec<u8> {
    let file = from
        .dir
        .path()
        .join(format!("till-{}.lagesbild", to.name.replace(' ', "_")));
    export::export_to(&mut from.store, &to.name, &file, true).expect("export");
    std::fs::read(&file).expect("read bundle")
}

pub fn receive(to: &mut Copy, bytes: &[u8]) -> Result<ImportOutcome> {
    import_bytes(
        &mut to.store,
        bytes,
        ImportOptions {
            dry_run: false,
            backup: false,
        },
    )
}

pub fn rejection(result: Result<ImportOutcome>) -> String {
    match result {
        Err(ExchangeError::Rejected(reason)) => reason.to_string(),
        other => panic!("expected a rejection, got {other:?}"),
    }
}

/// Every row of every table except the audit log, as text, by table.
pub fn dump(path: &Path) -> BTreeMap<String, Vec<String>> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open for dump");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("names");
    let mut out = BTreeMap::new();
    for t in tables {
        if t == "search" || t.starts_with("search_") {
            // FTS5 storage follows the tables it indexes; its row layout is not comparable.
            continue;
        }
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\""))
            .expect("select");
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut cells = Vec::with_capacity(n);
                for i in 0..n {
                    cells.push(format!("{:?}", r.get_ref(i)?));
                }
                Ok(cells.join("|"))
            })
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("all rows");
        rows.sort();
        out.insert(t, rows);
    }
    out
}

pub fn audit_count(path: &Path) -> i64 {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open");
    conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .expect("count")
}

/// The shared data of a copy: every record that is not intern, with its fields, by id.
pub fn shared_data(path: &Path) -> BTreeMap<String, String> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open");
    let mut out = BTreeMap::new();
    for kind in lagesbild::domain::EntityKind::ALL {
        let table = kind.table();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT * FROM {table} WHERE classification <> 'intern'"
            ))
            .expect("select");
        let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| {
                let mut id = String::new();
                let mut cells = Vec::new();
                for (i, name) in names.iter().enumerate() {
                    if name == "n" {
                        continue;
                    }
                    if name == "id" {
                        id = r.get(i)?;
                    }
                    cells.push(format!("{name}={:?}", r.get_ref(i)?));
                }
                Ok((id, cells.join("|")))
            })
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("all");
        out.extend(rows);
    }
    out
}

/// Appends an op to a copy's own chain straight into its database, past every local rule, as a
/// hostile partner's modified program would; its next export carries the op, correctly chained
/// and signed. Returns the op.
pub fn forge(
    copy: &Copy,
    entity: lagesbild::domain::EntityKind,
    entity_id: lagesbild::domain::Id,
    kind: lagesbild::domain::OpKind,
    field: Option<&str>,
    value: Option<serde_json::Value>,
) -> lagesbild::domain::Op {
    use lagesbild::domain::{Classification, Digest32, Hlc, Id, Op, ValueText};
    let origin = copy.store.partner_id().expect("partner id");
    let conn = rusqlite::Connection::open(copy.path()).expect("open for forging");
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .expect("busy timeout");
    let (seq, prev, hlc): (i64, Vec<u8>, i64) = conn
        .query_row(
            "SELECT origin_seq, hash, (SELECT max(hlc) FROM op_log) FROM op_log WHERE origin = ?1 ORDER BY origin_seq DESC LIMIT 1",
            [origin.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap_or((0, vec![0; 32], 0));
    let now = Hlc::from_parts(chrono::Utc::now().timestamp_millis(), 0);
    let op = Op {
        op_id: Id::new(),
        origin,
        origin_seq: seq + 1,
        hlc: Hlc(hlc + 1).max(now),
        actor: "förfalskare".into(),
        entity,
        entity_id,
        kind,
        field: field.map(str::to_string),
        value,
        base_op: None,
        classification: Classification::Begransad,
        prev_hash: Digest32::from_slice(&prev).expect("hash"),
        hash: Digest32::default(),
    }
    .seal();
    let text = ValueText::of(op.value.as_ref());
    conn.execute(
        "INSERT INTO op_log (op_id, origin, origin_seq, hlc, actor, entity, entity_id, kind, field, value, \
         value_hash, base_op, classification, prev_hash, hash, received_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL, ?12, ?13, ?14, '2026-11-20T08:00:00.000Z')",
        rusqlite::params![
            op.op_id.to_string(),
            origin.to_string(),
            op.origin_seq,
            op.hlc.0,
            op.actor,
            op.entity.code(),
            op.entity_id.to_string(),
            op.kind.code(),
            op.field,
            text.text,
            &text.hash.0[..],
            op.classification.code(),
            &op.prev_hash.0[..],
            &op.hash.0[..],
        ],
    )
    .expect("forge op");
    op
}

/// Signs a payload with a copy's own key, as its export would.
pub fn signed_by(copy: &Copy, payload: &lagesbild::exchange::bundle::Payload) -> Vec<u8> {
    use lagesbild::exchange::keys::{OwnKey, key_path};
    let key = OwnKey::load(&key_path(&copy.path())).expect("key");
    let token = key.public(copy.store.partner_id().expect("id"));
    lagesbild::exchange::bundle::encode(payload, &key, &token)
}

/// A bundle from `from` to `to` that carries `op` although the exporter withheld it: what a
/// partner running a modified program could send.
pub fn bundle_with_withheld_op(from: &mut Copy, to: &Copy, op: &lagesbild::domain::Op) -> Vec<u8> {
    let mut p = payload_of(&bundle(from, to));
    if p.withheld.iter().any(|w| w.origin_seq == op.origin_seq) {
        p.withheld.retain(|w| w.origin_seq != op.origin_seq);
        p.ops.push(op.clone());
        p.ops.sort_by_key(|o| o.origin_seq);
    }
    signed_by(from, &p)
}
