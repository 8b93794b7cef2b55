//! Reading a file someone handed us (a partner's bundle, a saved police feed): a regular file
//! only, and never more than a limit. `/dev/zero` or a FIFO would otherwise be read until the
//! memory runs out, whatever size its metadata claims.

use std::io::Read;
use std::path::Path;

use super::FileError;

/// The whole file at `path`, refused if it is not a regular file or is larger than `limit`
/// bytes. At most `limit + 1` bytes are ever read.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let read_failed = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => FileError::Missing {
            path: path.to_path_buf(),
        },
        _ => FileError::Read {
            path: path.to_path_buf(),
            source,
        },
    };
    // Checked before opening: opening a FIFO for reading waits for a writer.
    let meta = std::fs::metadata(path).map_err(read_failed)?;
    if !meta.is_file() {
        return Err(FileError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    let file = std::fs::File::open(path).map_err(read_failed)?;
    // And again on what was opened, in case the name was swapped in between.
    let meta = file.metadata().map_err(read_failed)?;
    if !meta.is_file() {
        return Err(FileError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    let too_large = |size| FileError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(read_failed)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("paket");
        std::fs::write(&path, b"0123456789").expect("write");
        assert_eq!(read_limited(&path, 10).expect("read").len(), 10);
        assert!(matches!(
            read_limited(&path, 9),
            Err(FileError::TooLarge { size: 10, .. })
        ));
        assert!(matches!(
            read_limited(&dir.path().join("saknas"), 9),
            Err(FileError::Missing { .. })
        ));
        assert!(matches!(
            read_limited(dir.path(), 9),
            Err(FileError::NotRegular { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_not_files() {
        let err = read_limited(Path::new("/dev/zero"), 1024).expect_err("refused");
        assert!(err.to_string().contains("inte en vanlig fil"), "{err}");
    }
}
