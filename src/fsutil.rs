//! Private files and folders: everything hushnote writes is 0600, every folder 0700,
//! and files appear under their final name only when complete (temp file, fsync, rename).

use std::fs::{self, File};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Creates `dir` (and parents) with mode 0700; if it already exists, takes away any access
/// by group and others. It never *adds* a permission: a folder its owner made read-only
/// (`chmod 500 inbox`) stays read-only, and writing into it then fails with an error that
/// says so ([`read_only_hint`]). Parents that already exist are left alone.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}

/// A sentence for the user when `dir` is not writable by its owner (its mode lacks `u+w` or
/// `u+x`), e.g. "... is read-only (mode 0500); run `chmod 700 ...`"; None when it is.
pub fn read_only_hint(dir: &Path) -> Option<String> {
    let mode = fs::metadata(dir).ok()?.permissions().mode() & 0o777;
    (mode & 0o300 != 0o300).then(|| {
        format!(
            "{} is read-only (mode {mode:04o}); hushnote leaves a folder's permissions as you set them: run `chmod 700 {}` to let it write there again",
            dir.display(),
            dir.display()
        )
    })
}

/// Writes `bytes` to `dest` atomically with mode 0600: a temp file in the same folder,
/// fsync, rename, then fsync of the folder so the rename survives a power cut. A watcher on
/// the folder never sees a partial file under the final name (temp names start with '.').
pub fn write_private_atomic(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, tmp) = complete_temp(dest, bytes)?;
    tmp.persist(dest).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// Like [`write_private_atomic`] but refuses to replace an existing file, so two jobs can
/// never overwrite each other's drafts. Returns `AlreadyExists` in that case.
pub fn write_private_new(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, tmp) = complete_temp(dest, bytes)?;
    tmp.persist_noclobber(dest).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// A hidden 0600 temp file beside `dest` holding `bytes`, fsynced, ready to be renamed.
fn complete_temp(dest: &Path, bytes: &[u8]) -> io::Result<(PathBuf, tempfile::NamedTempFile)> {
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let mut tmp = tempfile::Builder::new()
        .prefix(".hushnote-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.as_file()
        .set_permissions(fs::Permissions::from_mode(0o600))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok((dir, tmp))
}

/// fsyncs a directory so a completed rename or unlink inside it is durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Streams a file through sha256.
pub fn sha256_file(path: &Path) -> io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut f = File::open(path)?;
    let mut h = Sha256::new();
    io::copy(&mut f, &mut h)?;
    Ok(hex::encode(h.finalize()))
}

/// sha256 of bytes, lowercase hex.
pub fn sha256_bytes(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_is_0600_and_dir_0700() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path().join("a/b");
        ensure_private_dir(&d).unwrap();
        assert_eq!(
            fs::metadata(&d).unwrap().permissions().mode() & 0o777,
            0o700
        );
        let f = d.join("note.md");
        write_private_atomic(&f, b"hello").unwrap();
        assert_eq!(fs::read(&f).unwrap(), b"hello");
        assert_eq!(
            fs::metadata(&f).unwrap().permissions().mode() & 0o777,
            0o600
        );
        // No temp files left behind.
        assert_eq!(fs::read_dir(&d).unwrap().count(), 1);
    }

    #[test]
    fn a_folder_made_read_only_by_its_owner_stays_so_but_loses_group_access() {
        let t = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let d = t.path().join("inbox");
        fs::create_dir(&d).unwrap();
        fs::set_permissions(&d, fs::Permissions::from_mode(0o500)).unwrap();
        ensure_private_dir(&d).unwrap();
        assert_eq!(mode(&d), 0o500);
        assert!(read_only_hint(&d).unwrap().contains("mode 0500"));
        fs::set_permissions(&d, fs::Permissions::from_mode(0o755)).unwrap();
        ensure_private_dir(&d).unwrap();
        assert_eq!(mode(&d), 0o700);
        assert!(read_only_hint(&d).is_none());
    }

    #[test]
    fn write_new_refuses_to_clobber() {
        let t = tempfile::tempdir().unwrap();
        let f = t.path().join("x");
        write_private_new(&f, b"one").unwrap();
        let e = write_private_new(&f, b"two").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&f).unwrap(), b"one");
        assert_eq!(fs::read_dir(t.path()).unwrap().count(), 1);
    }
}
