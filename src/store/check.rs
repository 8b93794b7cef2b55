//! `lagesbild check`: is the database whole and does it match its own history?
//!
//! SQLite's integrity and foreign-key checks, the hash chain of every origin in the op log, the
//! audit chain, and a replay of the whole op log into a scratch database whose tables must equal
//! the real ones, so a row edited by hand outside the app is found.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::error::Result;
use super::oplog::{OP_COLUMNS, op_from_row};
use super::{Store, apply, audit};
use crate::domain::{Digest32, EntityKind, Id, Vocabulary};

/// One finding of a check, in Swedish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckItem {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub items: Vec<CheckItem>,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.items.iter().all(|i| i.ok)
    }
}

/// SQLite's `integrity_check` on its own read-only connection, so that it can run on another core
/// while the op log is replayed.
fn integrity(path: &Path) -> Result<CheckItem> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let integrity: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(CheckItem {
        name: "integritet",
        ok: integrity == ["ok"],
        detail: if integrity == ["ok"] {
            "SQLite integrity_check: ok".into()
        } else {
            integrity.join("; ")
        },
    })
}

impl Store {
    /// Runs every check; never stops at the first failure.
    pub fn check(&self) -> Result<CheckReport> {
        self.check_with_progress(&mut |_| {})
    }

    /// Runs every check, naming each step to `progress` as it starts (for a terminal).
    /// SQLite's integrity check reads the whole file and runs on a second core meanwhile.
    pub fn check_with_progress(&self, progress: &mut dyn FnMut(&str)) -> Result<CheckReport> {
        let path = self.path.clone();
        std::thread::scope(|scope| {
            let integrity = scope.spawn(move || integrity(&path));
            progress("referenser");
            let mut items = self.check_rest(progress)?;
            progress("SQLites integritetskontroll");
            let integrity = integrity
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            items.insert(0, integrity);
            Ok(CheckReport { items })
        })
    }

    /// Every check but SQLite's integrity check, in report order.
    fn check_rest(&self, progress: &mut dyn FnMut(&str)) -> Result<Vec<CheckItem>> {
        let mut items = Vec::new();
        let fk: Vec<(String, i64, String)> = self
            .conn
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        items.push(CheckItem {
            name: "referenser",
            ok: fk.is_empty(),
            detail: if fk.is_empty() {
                "Alla referenser pekar på befintliga poster.".into()
            } else {
                let first = &fk[0];
                format!(
                    "{} brutna referenser, till exempel i {} rad {} mot {}.",
                    fk.len(),
                    first.0,
                    first.1,
                    first.2
                )
            },
        });
        progress("ändringsloggens kedjor");
        items.push(self.check_op_chains()?);
        progress("granskningsloggen");
        let broken = audit::verify_chain(&self.conn)?;
        items.push(CheckItem {
            name: "granskningslogg",
            ok: broken.is_none(),
            detail: match broken {
                None => "Granskningsloggens kedja är obruten.".into(),
                Some(seq) => format!("Granskningsloggen är ändrad eller bruten vid rad {seq}."),
            },
        });
        progress("tabellerna mot ändringsloggen");
        items.push(self.check_projection()?);
        progress("sökregistret");
        items.push(self.check_search_index()?);
        progress("lagrade värden");
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
                let label = EntityKind::parse(table).map_or(table.as_str(), |k| k.label_sv());
                differences.push(format!("{label} ({live} poster, {found} i sökregistret)"));
            }
        }
        let ok = queued == 0 && differences.is_empty();
        Ok(CheckItem {
            name: "sökregister",
            ok,
            detail: if ok {
                format!(
                    "Sökregistret täcker alla {} posttyper med fritext.",
                    indexed_tables.len()
                )
            } else if queued > 0 {
                format!(
                    "{queued} sökposter ligger kvar i kön (databasen har ändrats utanför lagesbild?); sökningen missar dem tills nästa ändring i lagesbild skriver in dem."
                )
            } else {
                format!(
                    "Sökregistret stämmer inte med posterna: {}. Sökningen kan missa poster; tabellerna själva är opåverkade.",
                    differences.join(", ")
                )
            },
        })
    }

    fn check_op_chains(&self) -> Result<CheckItem> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {OP_COLUMNS} FROM op_log ORDER BY origin, origin_seq"
        ))?;
        let mut rows = stmt.query([])?;
        let mut heads: HashMap<Id, (i64, Digest32)> = HashMap::new();
        let withheld = self.withheld_links()?;
        let mut count = 0u64;
        let mut problem: Option<String> = None;
        while let Some(row) = rows.next()? {
            count += 1;
            let stored = match op_from_row(row) {
                Ok(s) => s,
                Err(e) => {
                    problem.get_or_insert(format!("En operation går inte att läsa: {e}."));
                    continue;
                }
            };
            let op = &stored.op;
            let (mut last_seq, mut last_hash) = heads
                .get(&op.origin)
                .copied()
                .unwrap_or((0, Digest32::default()));
            // Links a partner withheld from us (its internal records) bridge the gaps.
            while let Some((prev, hash)) = withheld.get(&(op.origin, last_seq + 1)) {
                if *prev != last_hash {
                    break;
                }
                last_seq += 1;
                last_hash = *hash;
            }
            if op.origin_seq != last_seq + 1 {
                problem.get_or_insert(format!(
                    "Operationerna från {} saknar nummer {} (nästa är {}).",
                    op.origin.short(),
                    last_seq + 1,
                    op.origin_seq
                ));
            }
            let value_ok = op.value.is_none()
                || Digest32::default() != stored.value_hash
                    && crate::domain::Op::value_hash(op.value.as_ref()) == stored.value_hash;
            if op.prev_hash != last_hash
                || !value_ok
                || op.compute_hash_with(stored.value_hash) != op.hash
            {
                problem.get_or_insert(format!(
                    "Operation {} från {} (nummer {}) stämmer inte med sin kontrollsumma: loggen har ändrats.",
                    op.op_id.short(),
                    op.origin.short(),
                    op.origin_seq
                ));
            }
            heads.insert(op.origin, (op.origin_seq, op.hash));
        }
        Ok(CheckItem {
            name: "ändringslogg",
            ok: problem.is_none(),
            detail: problem.unwrap_or_else(|| {
                format!(
                    "{count} operationer från {} parter, alla kedjor obrutna.",
                    heads.len()
                )
            }),
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

    /// Replays the op log into an empty in-memory database and compares every table.
    fn check_projection(&self) -> Result<CheckItem> {
        let scratch = Connection::open_in_memory()?;
        // The replay prepares one statement per kind and per field set; with SQLite's default
        // cache of 16 it re-prepared them on almost every op (most of a ten-year check).
        scratch.set_prepared_statement_cache_capacity(512);
        scratch.execute_batch(include_str!("migrations/001_initial.sql"))?;
        scratch.pragma_update(None, "foreign_keys", "OFF")?;
        scratch.execute_batch("BEGIN")?;
        {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {OP_COLUMNS} FROM op_log WHERE {} ORDER BY seq",
                super::held::NOT_HELD
            ))?;
            let mut rows = stmt.query([])?;
            let mut early = Vec::new();
            while let Some(row) = rows.next()? {
                let stored = op_from_row(row)?;
                // An op that fails here also failed when it was first applied; the table
                // comparison below reports the difference if it ever did not.
                if apply::apply_to_tables(&scratch, &stored.op).is_err() {
                    early.push(stored.op);
                }
            }
            // An op parked until its record arrived was applied after the create: again now
            // (field values go by clock, so the order does not change them).
            for op in early {
                let _ = apply::apply_to_tables(&scratch, &op);
            }
        }
        scratch.execute_batch("COMMIT")?;
        let mut differences = Vec::new();
        for kind in EntityKind::ALL {
            let sql = format!(
                "SELECT {}, deleted FROM {} ORDER BY id",
                super::read::select_list(*kind, ""),
                kind.table()
            );
            let changed = differing_rows(&self.conn, &scratch, &sql)?;
            if changed > 0 {
                differences.push(format!("{} ({} rader)", kind.label_sv(), changed));
            }
        }
        Ok(CheckItem {
            name: "tabeller mot logg",
            ok: differences.is_empty(),
            detail: if differences.is_empty() {
                "Alla tabeller motsvarar ändringsloggen.".into()
            } else {
                format!(
                    "Tabellerna stämmer inte med ändringsloggen (ändrade utanför lagesbild?): {}.",
                    differences.join(", ")
                )
            },
        })
    }
}

/// How many rows of `sql` differ between two databases, read side by side (no table is held in
/// memory: a ten-year database has hundreds of thousands of rows).
fn differing_rows(a: &Connection, b: &Connection, sql: &str) -> Result<usize> {
    let (mut sa, mut sb) = (a.prepare(sql)?, b.prepare(sql)?);
    let columns = sa.column_count();
    let (mut ra, mut rb) = (sa.query([])?, sb.query([])?);
    let mut changed = 0;
    loop {
        match (ra.next()?, rb.next()?) {
            (None, None) => return Ok(changed),
            (Some(x), Some(y)) => {
                for i in 0..columns {
                    if x.get_ref(i)? != y.get_ref(i)? {
                        changed += 1;
                        break;
                    }
                }
            }
            _ => changed += 1,
        }
    }
}
