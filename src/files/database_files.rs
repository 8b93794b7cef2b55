//! The files that belong to a database: SQLite's companions, the writer lock, the signing key
//! and the backups beside it. An export that landed on one of them would destroy the data or
//! the copy's identity, so [`Guard`] refuses any output path that resolves to one.

use std::path::{Path, PathBuf};

/// Suffixes appended to the database's file name, and what each file is (the message id of
/// its description, `errors-files.ftl`).
const COMPANIONS: &[(&str, &str)] = &[
    ("", "file-what-database"),
    ("-wal", "file-what-wal"),
    ("-shm", "file-what-shm"),
    ("-journal", "file-what-journal"),
    (".lock", "file-what-lock"),
    (KEY_SUFFIX, "file-what-key"),
];

/// The signing key's file: `<db>.partner-key`.
pub const KEY_SUFFIX: &str = ".partner-key";

/// `<path><suffix>`, keeping the whole file name (`kommun.db` → `kommun.db-wal`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The name of a backup of the database with file stem `stem`: `<stem>-<stamp>-<reason>.db`.
pub fn backup_name(stem: &str, stamp: &str, reason: &str) -> String {
    format!("{stem}-{stamp}-{reason}.db")
}

/// Whether `name` is a backup of the database with file stem `stem` (any reason), and if so its
/// stamp and reason.
pub fn parse_backup_name<'a>(stem: &str, name: &'a str) -> Option<(&'a str, &'a str)> {
    let rest = name
        .strip_prefix(stem)?
        .strip_prefix('-')?
        .strip_suffix(".db")?;
    let (stamp, reason) = rest.split_at_checked(STAMP_LEN)?;
    let reason = reason.strip_prefix('-').filter(|r| !r.is_empty())?;
    is_stamp(stamp).then_some((stamp, reason))
}

const STAMP_LEN: usize = 19;

/// `20261122T131415123Z`: the UTC time a backup was taken, sorting as time does.
pub fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == STAMP_LEN
        && b[8] == b'T'
        && b[18] == b'Z'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 8 || i == 18 || c.is_ascii_digit())
}

/// Where `path` leads: symlinks followed, also for a file that does not exist yet (its folder
/// is resolved, and a dangling link's target is taken as written).
pub fn resolve(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let parent = std::fs::canonicalize(parent).unwrap_or_else(|_| parent.to_path_buf());
    let Some(name) = path.file_name() else {
        return parent;
    };
    let here = parent.join(name);
    // A dangling link: where it points (relative to its folder), one level deep.
    match std::fs::read_link(&here) {
        Ok(target) if target.is_absolute() => resolve_parent(&target),
        Ok(target) => resolve_parent(&parent.join(target)),
        Err(_) => here,
    }
}

fn resolve_parent(path: &Path) -> PathBuf {
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => std::fs::canonicalize(parent)
            .unwrap_or_else(|_| parent.to_path_buf())
            .join(name),
        _ => path.to_path_buf(),
    }
}

/// The files of one database that no output may land on.
#[derive(Debug, Clone)]
pub struct Guard {
    /// Each protected file, resolved, with what it is.
    files: Vec<(PathBuf, &'static str)>,
    /// The resolved folder of the database and its file stem, for the backups.
    folder: PathBuf,
    stem: String,
}

impl Guard {
    /// The guard of the database at `db`.
    pub fn of(db: &Path) -> Guard {
        let db = resolve(db);
        let files = COMPANIONS
            .iter()
            .map(|(suffix, what)| (with_suffix(&db, suffix), *what))
            .collect();
        Guard {
            files,
            folder: db.parent().map(Path::to_path_buf).unwrap_or_default(),
            stem: db
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }

    /// What `target` would overwrite, if it leads to one of the database's files.
    pub fn protects(&self, target: &Path) -> Option<&'static str> {
        let resolved = resolve(target);
        if let Some((_, what)) = self.files.iter().find(|(p, _)| *p == resolved) {
            return Some(what);
        }
        if resolved.parent() == Some(self.folder.as_path())
            && let Some(name) = resolved.file_name().and_then(|n| n.to_str())
            && parse_backup_name(&self.stem, name).is_some()
        {
            return Some("file-what-backup");
        }
        self.same_file_as_protected(target)
    }

    /// A hard link to the database or the key is the same file under another name.
    #[cfg(unix)]
    fn same_file_as_protected(&self, target: &Path) -> Option<&'static str> {
        use std::os::unix::fs::MetadataExt;
        let t = std::fs::metadata(target).ok()?;
        self.files.iter().find_map(|(p, what)| {
            let m = std::fs::metadata(p).ok()?;
            (m.dev() == t.dev() && m.ino() == t.ino()).then_some(*what)
        })
    }

    #[cfg(not(unix))]
    fn same_file_as_protected(&self, _target: &Path) -> Option<&'static str> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_round_trip_and_nothing_else_matches() {
        let name = backup_name("kommun", "20261122T131415123Z", "fore-import");
        assert_eq!(
            parse_backup_name("kommun", &name),
            Some(("20261122T131415123Z", "fore-import"))
        );
        for other in [
            "kommun.db",
            "kommun-kopia-fore-import.db",
            "annan-20261122T131415123Z-fore-import.db",
            "kommun-20261122T131415123Z-.db",
            "kommun-20261122T131415123Z-fore-import.db.tmp",
        ] {
            assert_eq!(parse_backup_name("kommun", other), None, "{other}");
        }
    }

    #[test]
    fn the_guard_sees_through_links_and_hard_links() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("kommun.db");
        std::fs::write(&db, b"db").expect("db");
        let guard = Guard::of(&db);
        assert_eq!(guard.protects(&db), Some("file-what-database"));
        assert!(
            guard
                .protects(&dir.path().join("kommun.db.partner-key"))
                .is_some()
        );
        assert!(
            guard
                .protects(&dir.path().join("kommun-20261122T131415123Z-x.db"))
                .is_some()
        );
        assert_eq!(guard.protects(&dir.path().join("rapport.docx")), None);
        #[cfg(unix)]
        {
            let link = dir.path().join("länk");
            std::os::unix::fs::symlink(&db, &link).expect("link");
            assert_eq!(guard.protects(&link), Some("file-what-database"));
            let dangling = dir.path().join("dinglande");
            std::os::unix::fs::symlink("kommun.db-wal", &dangling).expect("link");
            assert!(guard.protects(&dangling).is_some());
            let hard = dir.path().join("hård");
            std::fs::hard_link(&db, &hard).expect("hard link");
            assert_eq!(guard.protects(&hard), Some("file-what-database"));
        }
    }
}
