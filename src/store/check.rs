//! `lagesbild check`: is the database whole and does it match its own history?
//!
//! SQLite's integrity and foreign-key checks, the hash chain of every origin in the op log, the
//! audit chain, and a replay of the whole op log (folded in memory, see `replay`) whose rows must
//! equal the tables, so a row edited by hand outside the app is found. The op log is read once,
//! in log order, for both the chains and the replay.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::check_log_reader::{Link, read_log};
use super::error::{Result, StoreError};
use super::replay::{Fold, Folded};
use super::{Store, audit};
use crate::domain::{Digest32, EntityKind, Id, Lang, Vocabulary};
use crate::i18n::{Said, said, t};

/// One finding of a check: what was checked and what was found, worded in the reader's
/// language (`check.ftl`).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckItem {
    pub name: Said,
    pub ok: bool,
    pub detail: Said,
}

#[derive(Debug, Clone)]
pub struct CheckReport {
    pub items: Vec<CheckItem>,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.items.iter().all(|i| i.ok)
    }
}

/// The steps of a check as they start, and now and then within the long ones; the answer
/// says whether to go on. Stopping leaves nothing behind: a check only reads.
pub type Progress<'a> = dyn FnMut(CheckStep) -> bool + 'a;

/// A step of the check, in the order they start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckStep {
    References,
    OpChains,
    TablesAgainstLog,
    AuditLog,
    SearchIndex,
    StoredValues,
    Integrity,
}

impl CheckStep {
    pub const ALL: [CheckStep; 7] = [
        CheckStep::References,
        CheckStep::OpChains,
        CheckStep::TablesAgainstLog,
        CheckStep::AuditLog,
        CheckStep::SearchIndex,
        CheckStep::StoredValues,
        CheckStep::Integrity,
    ];

    /// What the step checks, as "Kontrollerar …" goes on ("ändringsloggens kedjor").
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            CheckStep::References => "check-step-references",
            CheckStep::OpChains => "check-step-op-chains",
            CheckStep::TablesAgainstLog => "check-step-tables",
            CheckStep::AuditLog => "check-step-audit",
            CheckStep::SearchIndex => "check-step-search",
            CheckStep::StoredValues => "check-step-values",
            CheckStep::Integrity => "check-step-integrity",
        };
        t!(lang, id)
    }
}

/// Swedish, for logs and tests.
impl std::fmt::Display for CheckStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label(Lang::Sv))
    }
}

/// How often the op log's replay asks whether to go on (ops).
const ASK_EVERY_OPS: u64 = 20_000;

/// Asks `progress` at a step; a no stops the check and interrupts SQLite's integrity check
/// running beside it.
struct Steps<'p, 'a> {
    progress: &'p mut Progress<'a>,
    interrupt: rusqlite::InterruptHandle,
}

impl Steps<'_, '_> {
    fn at(&mut self, step: CheckStep) -> Result<()> {
        if (self.progress)(step) {
            Ok(())
        } else {
            self.interrupt.interrupt();
            Err(StoreError::Cancelled)
        }
    }
}

/// The read-only connection SQLite's `integrity_check` runs on, so that it can run on another
/// core while the op log is replayed (and be interrupted from this one).
fn integrity_connection(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

fn integrity(conn: Connection) -> Result<CheckItem> {
    let integrity: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(CheckItem {
        name: said!("check-item-integrity"),
        ok: integrity == ["ok"],
        detail: if integrity == ["ok"] {
            said!("check-integrity-ok")
        } else {
            // SQLite's own words: for whoever restores the copy.
            said!("check-integrity-bad", detail = integrity.join("; "))
        },
    })
}

impl Store {
    /// Runs every check; never stops at the first failure.
    pub fn check(&self) -> Result<CheckReport> {
        self.check_with_progress(&mut |_| true)
    }

    /// Runs every check, naming each step to `progress` as it starts (for a terminal or a
    /// gauge); when `progress` says no, stops with [`StoreError::Cancelled`]. SQLite's
    /// integrity check reads the whole file and runs on a second core meanwhile.
    pub fn check_with_progress(&self, progress: &mut Progress<'_>) -> Result<CheckReport> {
        let conn = integrity_connection(&self.path)?;
        let mut steps = Steps {
            progress,
            interrupt: conn.get_interrupt_handle(),
        };
        std::thread::scope(|scope| {
            let integrity = scope.spawn(move || integrity(conn));
            let rest = steps
                .at(CheckStep::References)
                .and_then(|()| self.check_rest(&mut steps))
                .and_then(|items| steps.at(CheckStep::Integrity).map(|()| items));
            // Joined either way: an interrupted integrity check ends at once.
            let integrity = integrity
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let mut items = rest?;
            items.insert(0, integrity?);
            Ok(CheckReport { items })
        })
    }

    /// Every check but SQLite's integrity check, in report order.
    fn check_rest(&self, steps: &mut Steps<'_, '_>) -> Result<Vec<CheckItem>> {
        let mut items = Vec::new();
        let fk: Vec<(String, i64, String)> = self
            .conn
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        items.push(CheckItem {
            name: said!("check-item-references"),
            ok: fk.is_empty(),
            detail: if fk.is_empty() {
                said!("check-references-ok")
            } else {
                let first = &fk[0];
                said!(
                    "check-references-broken",
                    count = fk.len(),
                    table = first.0.as_str(),
                    row = first.1.to_string(),
                    target = first.2.as_str()
                )
            },
        });
        steps.at(CheckStep::OpChains)?;
        let (chains, tables) = self.check_log(steps)?;
        items.push(chains);
        steps.at(CheckStep::AuditLog)?;
        let broken = audit::verify_chain(&self.conn)?;
        items.push(CheckItem {
            name: said!("check-item-audit"),
            ok: broken.is_none(),
            detail: match broken {
                None => said!("check-audit-ok"),
                Some(seq) => said!("check-audit-broken", row = seq.to_string()),
            },
        });
        items.push(tables);
        steps.at(CheckStep::SearchIndex)?;
        items.push(self.check_search_index()?);
        steps.at(CheckStep::StoredValues)?;
        items.push(self.check_values()?);
        Ok(items)
    }

    /// Every live record with free text has exactly one search entry, and no entry waits in
    /// the queue between transactions (see `migrations/003_search_queue.sql`). The index's own
    /// structure is covered by `integrity_check`, which checks FTS5 tables too.
    fn check_search_index(&self) -> Result<CheckItem> {
        let queued: i64 = self
            .conn
            .query_row("SELECT count(*) FROM search_pending", [], |r| r.get(0))?;
        let indexed_tables: Vec<String> = self
            .conn
            .prepare(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' \
                 AND name LIKE '%\\_search\\_insert' ESCAPE '\\' ORDER BY tbl_name",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let entries: HashMap<String, i64> = self
            .conn
            .prepare("SELECT entity, count(*) FROM search GROUP BY entity")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut differences = Vec::new();
        for table in &indexed_tables {
            let live: i64 = self.conn.query_row(
                &format!("SELECT count(*) FROM \"{table}\" WHERE deleted = 0"),
                [],
                |r| r.get(0),
            )?;
            let found = entries.get(table).copied().unwrap_or(0);
            if live != found {
                let difference = said!("check-search-difference", live = live, found = found);
                differences.push(match EntityKind::parse(table) {
                    Some(kind) => difference.with_label("kind", kind),
                    None => difference.with_message("kind", table.clone()),
                });
            }
        }
        let ok = queued == 0 && differences.is_empty();
        Ok(CheckItem {
            name: said!("check-item-search"),
            ok,
            detail: if ok {
                said!("check-search-ok", count = indexed_tables.len())
            } else if queued > 0 {
                said!("check-search-queued", count = queued)
            } else {
                said!("check-search-differs").with_list("differences", differences, ", ")
            },
        })
    }

    /// The op log, read once in log order for two checks: every origin's hash chain, and the
    /// tables against the log. Returns (chains, tables).
    fn check_log(&self, steps: &mut Steps<'_, '_>) -> Result<(CheckItem, CheckItem)> {
        let held: HashSet<String> = self
            .conn
            .prepare("SELECT op_id FROM held_op")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        // Every op's place in its origin's chain, by origin as the column sorts.
        let mut chains: BTreeMap<String, Vec<(i64, Link)>> = BTreeMap::new();
        let mut fold = Fold::default();
        let mut count = 0u64;
        let path = self.path.clone();
        std::thread::scope(|scope| -> Result<()> {
            // A few batches ahead at most: the reader waits when the fold falls behind.
            let (sender, batches) = std::sync::mpsc::sync_channel(4);
            let held = &held;
            scope.spawn(move || read_log(&path, held, sender));
            // Stopping drops `batches`, and the reader stops at its next batch.
            for batch in batches {
                for read in batch? {
                    count += 1;
                    if count.is_multiple_of(ASK_EVERY_OPS) {
                        steps.at(CheckStep::OpChains)?;
                    }
                    if let Some(op) = read.op {
                        fold.add(op);
                    }
                    chains
                        .entry(read.origin)
                        .or_default()
                        .push((read.origin_seq, read.link));
                }
            }
            Ok(())
        })?;
        let chains_item = self.walk_chains(chains, count)?;
        steps.at(CheckStep::TablesAgainstLog)?;
        let tables_item = self.compare_tables(fold)?;
        Ok((chains_item, tables_item))
    }

    /// Walks every origin's chain in order, as the log's op came: the first break is named.
    fn walk_chains(
        &self,
        chains: BTreeMap<String, Vec<(i64, Link)>>,
        count: u64,
    ) -> Result<CheckItem> {
        let withheld = self.withheld_links()?;
        let mut heads: HashMap<Id, (i64, Digest32)> = HashMap::new();
        let mut problem: Option<Said> = None;
        for (_, mut links) in chains {
            links.sort_by_key(|l| l.0);
            for (_, link) in links {
                let (sound, origin, origin_seq, op_id, prev_hash, hash) = match link {
                    Link::Unreadable(e) => {
                        problem.get_or_insert(said!("check-op-unreadable", reason = e.to_string()));
                        continue;
                    }
                    Link::Op {
                        sound,
                        origin,
                        origin_seq,
                        op_id,
                        prev_hash,
                        hash,
                    } => (sound, origin, origin_seq, op_id, prev_hash, hash),
                };
                let (mut last_seq, mut last_hash) = heads
                    .get(&origin)
                    .copied()
                    .unwrap_or((0, Digest32::default()));
                // Links a partner withheld from us (its internal records) bridge the gaps.
                while let Some((prev, withheld_hash)) = withheld.get(&(origin, last_seq + 1)) {
                    if *prev != last_hash {
                        break;
                    }
                    last_seq += 1;
                    last_hash = *withheld_hash;
                }
                if origin_seq != last_seq + 1 {
                    problem.get_or_insert(said!(
                        "check-op-gap",
                        origin = origin.short(),
                        missing = (last_seq + 1).to_string(),
                        next = origin_seq.to_string()
                    ));
                }
                if prev_hash != last_hash || !sound {
                    problem.get_or_insert(said!(
                        "check-op-hash",
                        op = op_id.short(),
                        origin = origin.short(),
                        seq = origin_seq.to_string()
                    ));
                }
                heads.insert(origin, (origin_seq, hash));
            }
        }
        Ok(CheckItem {
            name: said!("check-item-op-log"),
            ok: problem.is_none(),
            detail: problem
                .unwrap_or_else(|| said!("check-op-log-ok", count = count, origins = heads.len())),
        })
    }

    /// The withheld links of partners' chains, by (origin, seq): (prev_hash, hash).
    fn withheld_links(&self) -> Result<HashMap<(Id, i64), (Digest32, Digest32)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT origin, origin_seq, prev_hash, hash FROM withheld_op")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(o, seq, p, h)| {
                Some((
                    (o.parse().ok()?, seq),
                    (Digest32::from_slice(&p)?, Digest32::from_slice(&h)?),
                ))
            })
            .collect())
    }

    /// Compares every table with the log folded in memory, both in id order, row by row.
    fn compare_tables(&self, mut fold: Fold) -> Result<CheckItem> {
        let mut folded = fold.finish();
        let mut differences = Vec::new();
        for kind in EntityKind::ALL {
            let sql = format!(
                "SELECT {}, deleted FROM {} ORDER BY id",
                super::read::select_list(*kind, ""),
                kind.table()
            );
            let records = folded.remove(kind).unwrap_or_default();
            let changed = differing_rows(&self.conn, &sql, records, &fold)?;
            if changed > 0 {
                differences
                    .push(said!("check-tables-rows", count = changed).with_label("kind", *kind));
            }
        }
        Ok(CheckItem {
            name: said!("check-item-tables"),
            ok: differences.is_empty(),
            detail: if differences.is_empty() {
                said!("check-tables-ok")
            } else {
                said!("check-tables-differ").with_list("differences", differences, ", ")
            },
        })
    }
}

/// How many rows of `sql` differ from the folded records, read side by side in id order (the
/// table is streamed, not held in memory).
fn differing_rows(
    conn: &Connection,
    sql: &str,
    records: Vec<(Id, Folded)>,
    fold: &Fold,
) -> Result<usize> {
    let mut stmt = conn.prepare(sql)?;
    let columns = stmt.column_count();
    let mut rows = stmt.query([])?;
    let mut records = records.into_iter();
    let mut changed = 0;
    loop {
        match (rows.next()?, records.next()) {
            (None, None) => return Ok(changed),
            (Some(_), Some((_, record))) if record.purged => {}
            (Some(row), Some((_, record))) => {
                if record.row.len() != columns {
                    changed += 1;
                    continue;
                }
                for (i, value) in record.row.iter().enumerate() {
                    if fold.cell(row.get_ref(i)?) != *value {
                        changed += 1;
                        break;
                    }
                }
            }
            _ => changed += 1,
        }
    }
}
