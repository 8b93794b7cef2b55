//! Backups beside the database, taken before anything risky (an import).

use std::path::{Path, PathBuf};

use super::Store;
use super::error::{Result, StoreError};
use crate::files::database_files::{backup_name, parse_backup_name};
use crate::files::write::remove_stale_temps;
use crate::files::{WriteOptions, write_with};

/// How many backups of one kind are kept beside the database. A partner importing every week
/// would otherwise fill the disk with copies of a database that can be hundreds of megabytes.
pub const BACKUPS_KEPT: usize = 10;

impl Store {
    /// Writes a consistent copy of the database (`VACUUM INTO`) to a new file beside it named
    /// `<name>-<UTC time>-<reason>.db`, readable by the owner only, and returns its path. The
    /// copy is made under a temporary name and renamed when complete, so a backup killed
    /// midway never passes for one. Older backups for the same reason beyond the newest
    /// [`BACKUPS_KEPT`] are removed.
    pub fn backup_beside(&self, reason: &str) -> Result<PathBuf> {
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "lagesbild".into());
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%3fZ").to_string();
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let target = dir.join(backup_name(&stem, &stamp, reason));
        let options = WriteOptions {
            private: true,
            ..WriteOptions::default()
        };
        let mut vacuum_error = None;
        let written = write_with(&target, &options, |tmp, _| {
            self.conn
                .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
                .map(|_| ())
                .map_err(|e| {
                    vacuum_error = Some(e);
                    std::io::Error::other("VACUUM INTO")
                })
        });
        if let Some(e) = vacuum_error {
            return Err(e.into());
        }
        written.map_err(StoreError::Backup)?;
        // A backup that cannot be pruned is still a good backup: leave the old ones.
        let _ = prune(dir, &stem, reason, BACKUPS_KEPT);
        // Backups killed midway, any reason, once old (see `remove_stale_temps`).
        remove_stale_temps(dir, |name| parse_backup_name(&stem, name).is_some());
        Ok(target)
    }
}

/// Removes all but the newest `keep` backups of the database with file stem `stem` taken for
/// `reason` (so nothing else beside the database is touched).
fn prune(dir: &Path, stem: &str, reason: &str, keep: usize) -> std::io::Result<()> {
    let mut backups: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (stamp, of) = parse_backup_name(stem, &name)?;
            (of == reason).then(|| (stamp.to_string(), entry.path()))
        })
        .collect();
    // The stamp sorts as time does.
    backups.sort();
    let excess = backups.len().saturating_sub(keep);
    for (_, path) in backups.into_iter().take(excess) {
        std::fs::remove_file(path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_newest_backups_of_one_kind_are_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let touch = |name: &str| std::fs::write(dir.path().join(name), b"x").expect("write");
        for day in 10..=23 {
            touch(&format!("polis-202611{day}T120000000Z-fore-import.db"));
        }
        // Not ours: another database's backups, another reason, a user's own copy.
        touch("annan-20261101T120000000Z-fore-import.db");
        touch("polis-20261101T120000000Z-annat.db");
        touch("polis-kopia-fore-import.db");
        touch("polis.db");
        prune(dir.path(), "polis", "fore-import", 10).expect("prune");
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("read")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        left.sort();
        let ours: Vec<&String> = left
            .iter()
            .filter(|n| n.ends_with("Z-fore-import.db") && n.starts_with("polis-"))
            .collect();
        assert_eq!(ours.len(), 10);
        assert_eq!(
            ours[0], "polis-20261114T120000000Z-fore-import.db",
            "the oldest four went"
        );
        for other in [
            "annan-20261101T120000000Z-fore-import.db",
            "polis-20261101T120000000Z-annat.db",
            "polis-kopia-fore-import.db",
            "polis.db",
        ] {
            assert!(left.iter().any(|n| n == other), "{other} is kept");
        }
    }

    #[test]
    fn a_backup_is_private_and_a_killed_one_never_counts() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(
            &dir.path().join("polis.db"),
            super::super::Access::ReadWrite,
        )
        .expect("open");
        // What a backup killed midway leaves: its temporary name, not the backup's. The one
        // from a month ago is removed; the one from now may be a backup still running.
        let leftover = |stamp: &str| {
            let path = dir.path().join(format!(
                ".polis-{stamp}-fore-import.db.0123456789abcdef.tmp"
            ));
            std::fs::write(&path, b"halv").expect("leftover");
            path
        };
        leftover("20261127T120000000Z");
        let old = leftover("20261027T120000000Z");
        let month_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(30 * 86_400);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(month_ago))
            .expect("age");
        let backup = store.backup_beside("fore-import").expect("backup");
        let name = backup.file_name().and_then(|n| n.to_str()).expect("name");
        assert!(parse_backup_name("polis", name).is_some(), "{name}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&backup)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let copy = Store::open(&backup, super::super::Access::ReadOnly).expect("a whole copy");
        assert!(copy.check().expect("check").ok());
        let tmp: Vec<String> = std::fs::read_dir(dir.path())
            .expect("read")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert_eq!(
            tmp,
            [".polis-20261127T120000000Z-fore-import.db.0123456789abcdef.tmp"],
            "only the recent leftover"
        );
    }
}
