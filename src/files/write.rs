//! Writing a file so that it is either complete or absent, never on top of the database, its
//! companions or the key, and never over an existing file unless asked.
//!
//! The bytes go to a uniquely named temporary file created exclusively (`O_EXCL`: a planted
//! file or link of that name is never opened) in the target's folder, are synced, and the file
//! is then moved into place. Every failure removes the temporary file.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

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
    Ok(())
}

/// `.<name>.<random>.tmp` beside the target, created exclusively.
fn create_temp(target: &Path, private: bool) -> std::io::Result<(PathBuf, File)> {
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
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
