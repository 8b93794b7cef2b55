//! Backups beside the database, taken before anything risky (an import).

use std::path::{Path, PathBuf};

use super::Store;
use super::error::Result;

/// How many backups of one kind are kept beside the database. A partner importing every week
/// would otherwise fill the disk with copies of a database that can be hundreds of megabytes.
pub const BACKUPS_KEPT: usize = 10;

impl Store {
    /// Writes a consistent copy of the database (`VACUUM INTO`) to a new file beside it named
    /// `<name>-<UTC time>-<reason>.db`, and returns its path. Older backups for the same reason
    /// beyond the newest [`BACKUPS_KEPT`] are removed.
    pub fn backup_beside(&self, reason: &str) -> Result<PathBuf> {
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "lagesbild".into());
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%3fZ");
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let target = dir.join(format!("{stem}-{stamp}-{reason}.db"));
        self.conn
            .execute("VACUUM INTO ?1", [target.to_string_lossy().as_ref()])?;
        // A backup that cannot be pruned is still a good backup: leave the old ones.
        let _ = prune(dir, &stem, reason, BACKUPS_KEPT);
        Ok(target)
    }
}

/// Removes all but the newest `keep` files named exactly `<stem>-<stamp>-<reason>.db`, where
/// the stamp is the one `backup_beside` writes (so nothing else beside the database is touched).
fn prune(dir: &Path, stem: &str, reason: &str, keep: usize) -> std::io::Result<()> {
    let prefix = format!("{stem}-");
    let suffix = format!("-{reason}.db");
    let mut backups: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let stamp = name.strip_prefix(&prefix)?.strip_suffix(&suffix)?;
            is_stamp(stamp).then(|| (stamp.to_string(), entry.path()))
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

/// `20261122T131415123Z`.
fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 19
        && b[8] == b'T'
        && b[18] == b'Z'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 8 || i == 18 || c.is_ascii_digit())
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
}
