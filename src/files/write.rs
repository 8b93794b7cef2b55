//! Writing a file so that it is either complete or absent, never on top of the database, its
//! companions or the key, and never over an existing file unless asked.
//!
//! The bytes go to a uniquely named temporary file created exclusively (`O_EXCL`: a planted
//! file or link of that name is never opened) in the target's folder, are synced, and the file
//! is then moved into place. Every failure removes the temporary file.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::FileError;
use super::database_files::Guard;

/// How to write one file.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Replace an existing file (`--overwrite`); otherwise an existing file is refused.
    pub overwrite: bool,
    /// Readable by the owner only (a key, a backup).
    pub private: bool,
    /// The database whose files must not be written over.
    pub guard: Option<Guard>,
}

impl WriteOptions {
    /// An output of the database at `db` (an export, a report).
    pub fn beside_database(db: &Path, overwrite: bool) -> Self {
        WriteOptions {
            overwrite,
            private: false,
            guard: Some(Guard::of(db)),
        }
    }
}

/// Writes `bytes` to `target`.
pub fn write_file(target: &Path, bytes: &[u8], options: &WriteOptions) -> Result<(), FileError> {
    write_with(target, options, |_, file| file.write_all(bytes))
}

/// Writes `target` through `fill`, which gets the temporary file (its path and an open handle)
/// and writes the content into it.
pub fn write_with(
    target: &Path,
    options: &WriteOptions,
    fill: impl FnOnce(&Path, &mut File) -> std::io::Result<()>,
) -> Result<(), FileError> {
    let failed = |source| FileError::Write {
        path: target.to_path_buf(),
        source,
    };
    if target.is_dir() {
        return Err(FileError::Directory {
            path: target.to_path_buf(),
        });
    }
    if let Some(what) = options.guard.as_ref().and_then(|g| g.protects(target)) {
        return Err(FileError::Protected {
            path: target.to_path_buf(),
            what,
        });
    }
    let exists = || std::fs::symlink_metadata(target).is_ok();
    if !options.overwrite && exists() {
        return Err(FileError::Exists {
            path: target.to_path_buf(),
        });
    }
    let (tmp, mut file) = create_temp(target, options.private).map_err(failed)?;
    let result = fill(&tmp, &mut file)
        .and_then(|()| file.sync_all())
        .map_err(failed)
        .and_then(|()| {
            drop(file);
            put_in_place(&tmp, target, options.overwrite)
        });
    // Whatever happened, the temporary name is gone: moved into place or removed.
    let _ = std::fs::remove_file(&tmp);
    result?;
    sync_folder(target);
    // What an earlier write of this file left when it was killed.
    if let Some(name) = target.file_name().and_then(|n| n.to_str()) {
        remove_stale_temps(folder_of(target), |base| base == name);
    }
    Ok(())
}

/// A temporary file is removed by a later write beside it once it is this old: no write takes
/// a day, so it belongs to no write still running (another process may be writing right now).
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// Removes the temporary files that killed writes left in `folder`: only names this module
/// makes (`.<name>.<16 hex digits>.tmp`) whose `<name>` passes `ours`, only plain files (never
/// a link), and only those older than [`STALE_TEMP_AGE`]. Best effort: a file that cannot be
/// removed stays.
pub fn remove_stale_temps(folder: &Path, ours: impl Fn(&str) -> bool) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let Some(name) = entry.file_name().to_str().map(String::from) else {
            continue;
        };
        if !temp_base(&name).is_some_and(&ours) {
            continue;
        }
        // `DirEntry::metadata` does not follow links.
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .is_some_and(|m| {
                m.modified()
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age > STALE_TEMP_AGE)
            });
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The target name inside a temporary name made by [`create_temp`]; None for any other name.
fn temp_base(name: &str) -> Option<&str> {
    let (base, random) = name
        .strip_prefix('.')?
        .strip_suffix(".tmp")?
        .rsplit_once('.')?;
    let ours = random.len() == 16
        && random
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (ours && !base.is_empty()).then_some(base)
}

fn folder_of(target: &Path) -> &Path {
    target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// `.<name>.<random>.tmp` beside the target, created exclusively.
fn create_temp(target: &Path, private: bool) -> std::io::Result<(PathBuf, File)> {
    let folder = folder_of(target);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "fil".into());
    let mut last = None;
    for _ in 0..16 {
        let tmp = folder.join(format!(".{name}.{:016x}.tmp", fastrand::u64(..)));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        match options.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
}

/// Moves the finished temporary file to the target. Without `overwrite` the move must not
/// replace a file that appeared meanwhile: a hard link fails if the name is taken (where the
/// file system has no hard links, the name is checked just before the rename).
fn put_in_place(tmp: &Path, target: &Path, overwrite: bool) -> Result<(), FileError> {
    let failed = |source| FileError::Write {
        path: target.to_path_buf(),
        source,
    };
    if overwrite {
        return std::fs::rename(tmp, target).map_err(failed);
    }
    match std::fs::hard_link(tmp, target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(FileError::Exists {
            path: target.to_path_buf(),
        }),
        Err(_) if std::fs::symlink_metadata(target).is_ok() => Err(FileError::Exists {
            path: target.to_path_buf(),
        }),
        Err(_) => std::fs::rename(tmp, target).map_err(failed),
    }
}

/// The rename is durable only once the folder is synced (best effort: not every platform can).
fn sync_folder(target: &Path) {
    #[cfg(unix)]
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(f) = File::open(folder)
    {
        let _ = f.sync_all();
    }
    #[cfg(not(unix))]
    let _ = target;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_file_and_no_target() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("rapport.docx");
        let err = write_with(&target, &WriteOptions::default(), |_, f| {
            f.write_all(b"halv")?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        })
        .expect_err("fails");
        assert!(err.to_string().contains("disken är full"), "{err}");
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
    }

    #[test]
    fn existing_files_are_kept_unless_overwrite_is_asked_for() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("plan.xlsx");
        std::fs::write(&target, b"gammal").expect("old");
        let err = write_file(&target, b"ny", &WriteOptions::default()).expect_err("exists");
        assert!(matches!(err, FileError::Exists { .. }));
        assert_eq!(std::fs::read(&target).expect("read"), b"gammal");
        let overwrite = WriteOptions {
            overwrite: true,
            ..Default::default()
        };
        write_file(&target, b"ny", &overwrite).expect("overwrite");
        assert_eq!(std::fs::read(&target).expect("read"), b"ny");
        assert_eq!(names(dir.path()), ["plan.xlsx"]);
    }

    fn age(path: &Path, hours: u64) {
        let then = std::time::SystemTime::now() - Duration::from_secs(hours * 60 * 60);
        File::options()
            .write(true)
            .open(path)
            .and_then(|f| f.set_modified(then))
            .expect("set time");
    }

    #[test]
    fn old_temporary_files_of_killed_writes_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().expect("dir");
        let old_ours = ".plan.xlsx.0123456789abcdef.tmp";
        let kept = [
            // Ours, but recent: a write may be running right now.
            ".plan.xlsx.fedcba9876543210.tmp",
            // Old, but another file's temporary name, or not a name we make.
            ".rapport.docx.0123456789abcdef.tmp",
            ".plan.xlsx.notourstemporary.tmp",
            ".plan.xlsx.0123456789ABCDEF.tmp",
            "plan.xlsx.tmp",
        ];
        for name in std::iter::once(old_ours).chain(kept) {
            std::fs::write(dir.path().join(name), b"halv").expect("leftover");
        }
        for name in std::iter::once(old_ours).chain(kept.into_iter().skip(1)) {
            age(&dir.path().join(name), 25);
        }
        write_file(
            &dir.path().join("plan.xlsx"),
            b"ny",
            &WriteOptions::default(),
        )
        .expect("write");
        let mut expected: Vec<&str> = kept.into();
        expected.push("plan.xlsx");
        expected.sort();
        assert_eq!(names(dir.path()), expected);
    }

    #[cfg(unix)]
    #[test]
    fn an_old_link_with_a_temporary_name_is_left_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let outside = dir.path().join("annan.txt");
        std::fs::write(&outside, b"viktig").expect("other");
        age(&outside, 48);
        let link = dir.path().join(".plan.xlsx.0123456789abcdef.tmp");
        std::os::unix::fs::symlink(&outside, &link).expect("link");
        write_file(
            &dir.path().join("plan.xlsx"),
            b"ny",
            &WriteOptions::default(),
        )
        .expect("write");
        assert!(std::fs::symlink_metadata(&link).is_ok(), "the link stays");
        assert_eq!(std::fs::read(&outside).expect("read"), b"viktig");
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_for_the_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("nyckel");
        let private = WriteOptions {
            private: true,
            ..Default::default()
        };
        write_file(&target, b"hemlig", &private).expect("write");
        let mode = std::fs::metadata(&target)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
