//! Opening the database: where it lives, pragmas, the writer lock, migrations, the quick check.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

use super::error::{Result, StoreError};

/// The schema, one migration per step. Never edit a released step: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_initial.sql"),
    include_str!("migrations/002_exchange.sql"),
    include_str!("migrations/003_search_queue.sql"),
    include_str!("migrations/004_held_ops.sql"),
    include_str!("migrations/005_user_actions.sql"),
    include_str!("migrations/006_register.sql"),
    include_str!("migrations/007_meeting_series.sql"),
    include_str!("migrations/008_series_members.sql"),
    include_str!("migrations/009_search_prefixes.sql"),
    include_str!("migrations/010_record_without_updated_hlc.sql"),
    include_str!("migrations/011_analysis_facts_index.sql"),
    include_str!("migrations/012_pii_flags.sql"),
    include_str!("migrations/013_referrer_count_indexes.sql"),
];

/// The newest schema version this build understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Process-wide SQLite settings, made once before any connection exists: SQLite's memory
/// statistics off (`SQLITE_CONFIG_MEMSTATUS`). Nothing here reads them, and keeping them takes a
/// global mutex around every allocation SQLite makes: ≈ 4 % of an import's samples (`perf`).
/// Returns whether SQLite took the setting (it refuses once initialised; nothing else changes).
///
/// # Safety
/// `sqlite3_config` is not thread-safe: call this before any thread uses SQLite (the binary
/// calls it first thing in `main`).
pub unsafe fn configure_sqlite_process() -> bool {
    // SAFETY: the caller guarantees no other thread is inside SQLite; the call only sets a flag
    // in SQLite's global configuration (or returns SQLITE_MISUSE once initialised).
    let off: std::ffi::c_int = 0;
    let rc = unsafe { rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, off) };
    rc == rusqlite::ffi::SQLITE_OK
}

/// Whether this process may write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Takes the writer lock; creates and migrates the database when needed.
    ReadWrite,
    /// Works beside a writer (a TUI, an import); never changes anything.
    ReadOnly,
}

/// The default database: `lagesbild.db` in the platform's local (not roaming) data directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("se", "lagesbild", "lagesbild")
        .map(|d| d.data_local_dir().join("lagesbild.db"))
}

/// The lock file beside a database: held by the one process that may write.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(".lock");
    PathBuf::from(p)
}

pub(super) struct Opened {
    pub conn: Connection,
    pub lock: Option<File>,
}

pub(super) fn open(path: &Path, access: Access) -> Result<Opened> {
    let opened = match access {
        Access::ReadWrite => open_read_write(path),
        Access::ReadOnly => open_read_only(path),
    };
    opened.map_err(|e| match e {
        StoreError::Sqlite(e)
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) =>
        {
            StoreError::NotADatabase {
                path: path.to_path_buf(),
            }
        }
        other => other,
    })
}

fn open_read_write(path: &Path) -> Result<Opened> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let lock = take_writer_lock(path)?;
    create_private(path)?;
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // SQLite gives -wal and -shm the database file's permissions; an older database, made
    // before this rule, is closed to others now.
    for companion in ["", "-wal", "-shm"] {
        make_private(&crate::files::database_files::with_suffix(path, companion))?;
    }
    refuse_newer_schema(&conn, path)?;
    migrations().to_latest(&mut conn)?;
    super::pii_flags::backfill_if_needed(&mut conn)?;
    Ok(Opened {
        conn,
        lock: Some(lock),
    })
}

fn open_read_only(path: &Path) -> Result<Opened> {
    if !path.exists() {
        return Err(StoreError::Missing {
            path: path.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    configure(&conn)?;
    refuse_newer_schema(&conn, path)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version < SCHEMA_VERSION {
        return Err(StoreError::Said(crate::i18n::said!(
            "error-store-older-schema",
            path = path.display().to_string()
        )));
    }
    Ok(Opened { conn, lock: None })
}

/// A new database file is readable by its owner only: it holds names of places, notes from
/// meetings and partners' data.
fn create_private(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Io(e)),
    }
}

/// Takes group and other permissions away from an existing file (a missing one is fine).
fn make_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return Ok(());
        };
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn take_writer_lock(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(lock_path(path))?;
    // A lock released a moment ago can still be held briefly: the OS lock belongs to the open
    // file, and a child process this program starts (in the tests: the real binary) shares
    // it between fork and exec. So a busy lock is tried again for half a second before a
    // second writer is refused.
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(500);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                });
            }
            Err(TryLockError::Error(e)) => return Err(StoreError::Io(e)),
        }
    }
}

/// SQLite's page cache per connection, in KiB.
pub(super) const CACHE_KIB: i64 = 32_000;

/// Prepared statements kept per connection: more than the write path uses (see `configure`).
const STATEMENT_CACHE: usize = 512;

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    // The write path prepares a few statements per entity kind and one per settable field;
    // an import cycles through many of them, and a cache smaller than that set (the default
    // is 16) re-prepares each one it pushed out, on every op.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    super::collation::register(conn)?;
    Ok(())
}

fn refuse_newer_schema(conn: &Connection, path: &Path) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// SQLite's `quick_check` on its own read-only connection. It reads the whole file (1.6 s for a
/// 10-year database), so it is not part of `open`: commands that write run it first, and the
/// TUI runs it on a worker thread after the first frame and warns if it fails.
pub fn quick_check(path: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let result: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(|e| StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })?;
    if result != "ok" {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: result,
        });
    }
    Ok(())
}
