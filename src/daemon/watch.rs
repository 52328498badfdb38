//! The watch folder: memos dropped (or synced from a phone) into `incoming/` become jobs.
//!
//! `incoming/` and its subfolders named after a note format (`incoming/birp/` → BIRP; any
//! built-in or user format, case-insensitively) are scanned on every file-system event and
//! every few seconds. A file is taken only once its size and modification time have held
//! still for `[watch] settle_ms` **and** no process has it open for writing ([`writers`]);
//! a WAV whose header promises more than the file holds yet (a writer pausing between
//! chunks, closing the file each time) is waited for up to [`INCOMPLETE_GRACE`] after its
//! last change, then taken (and reported as truncated if it still is). Hidden and temporary names (`.x`, `*.part`, `*.tmp`,
//! `*.crdownload`, `x~`) are skipped; symlinks are never followed or moved (not ours), and
//! nothing deeper than one format folder is looked at, so nothing outside `incoming/` can be
//! reached.

use super::jobs::Msg;
use super::spool::{Kind, Spool};
use super::status::Shared;
use super::writers;
use crate::pipeline::{self, MemoKind};
use hushnote_draft::formats::Format;
use notify::Watcher;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

/// Rescan this often even without events (events can be lost, e.g. on network folders).
const RESCAN: Duration = Duration::from_secs(3);

/// How long an incomplete-looking WAV is waited for after its last change (phone syncs pause
/// for seconds between chunks); at least ten times `settle_ms`.
pub const INCOMPLETE_GRACE: Duration = Duration::from_secs(15);

#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("cannot watch {folder}: {message}; check that it exists and is readable, or set [watch] enabled = false")]
    Watch { folder: PathBuf, message: String },
}

pub struct Watch {
    pub incoming: PathBuf,
    pub settle: Duration,
    pub spool: Spool,
    pub user_formats: Vec<Format>,
    pub jobs: mpsc::Sender<Msg>,
    pub shutdown: Arc<AtomicBool>,
    /// Where a memo that cannot be taken is reported (`hushnote status`).
    pub shared: Arc<Shared>,
}

/// A file seen but not yet taken: its size and mtime, and since when they held.
struct Pending {
    sig: (u64, Option<SystemTime>),
    since: Instant,
    /// Why it is still waited for, once said in the log.
    told: Option<&'static str>,
}

/// Temporary or hidden names that are never memos (yet).
pub fn is_ignored_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.ends_with('~')
        || [".part", ".tmp", ".crdownload", ".partial", ".download"]
            .iter()
            .any(|s| lower.ends_with(s))
}

/// Starts watching; files already there are taken too.
pub fn spawn(w: Watch) -> Result<JoinHandle<()>, WatchError> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |_res: notify::Result<notify::Event>| {
        let _ = tx.send(());
    })
    .map_err(|e| WatchError::Watch {
        folder: w.incoming.clone(),
        message: e.to_string(),
    })?;
    watcher
        .watch(&w.incoming, notify::RecursiveMode::Recursive)
        .map_err(|e| WatchError::Watch {
            folder: w.incoming.clone(),
            message: e.to_string(),
        })?;
    std::thread::Builder::new()
        .name("hushnote-watch".into())
        .spawn(move || {
            let _watcher = watcher;
            w.run(&rx);
        })
        .map_err(|e| WatchError::Watch {
            folder: PathBuf::new(),
            message: e.to_string(),
        })
}

impl Watch {
    fn run(self, rx: &mpsc::Receiver<()>) {
        let mut pending: HashMap<PathBuf, Pending> = HashMap::new();
        let mut warned: HashSet<PathBuf> = HashSet::new();
        let tick = (self.settle / 4).clamp(Duration::from_millis(50), Duration::from_millis(250));
        let mut last_scan = Instant::now() - RESCAN;
        tracing::info!(folder = %self.incoming.display(), "watching for memos");
        while !self.shutdown.load(Ordering::SeqCst) {
            let event = match rx.recv_timeout(tick) {
                Ok(()) => {
                    while rx.try_recv().is_ok() {}
                    true
                }
                Err(mpsc::RecvTimeoutError::Timeout) => false,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            };
            if event || !pending.is_empty() || last_scan.elapsed() >= RESCAN {
                self.scan(&mut pending, &mut warned);
                last_scan = Instant::now();
            }
        }
    }

    fn warn_once(warned: &mut HashSet<PathBuf>, path: &Path, why: &str) {
        if warned.insert(path.to_path_buf()) {
            tracing::warn!(path = %path.display(), "ignored in the watch folder: {why}");
        }
    }

    /// Memo candidates: top-level files (default format) and files in format folders.
    fn candidates(&self, warned: &mut HashSet<PathBuf>) -> Vec<(PathBuf, Option<String>)> {
        let mut out = Vec::new();
        let Ok(rd) = fs::read_dir(&self.incoming) else {
            return out;
        };
        for e in rd.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            if is_ignored_name(&name) {
                continue;
            }
            let path = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_symlink() {
                Self::warn_once(warned, &path, "a symlink (move the file itself here)");
            } else if ft.is_file() {
                out.push((path, None));
            } else if ft.is_dir() {
                match Format::lookup(&name, &self.user_formats) {
                    Ok(f) => {
                        let Ok(sub) = fs::read_dir(&path) else { continue };
                        for s in sub.filter_map(Result::ok) {
                            let sname = s.file_name().to_string_lossy().into_owned();
                            if is_ignored_name(&sname) {
                                continue;
                            }
                            let sp = s.path();
                            match s.file_type() {
                                Ok(t) if t.is_file() => out.push((sp, Some(f.name.clone()))),
                                Ok(t) if t.is_symlink() => Self::warn_once(
                                    warned,
                                    &sp,
                                    "a symlink (move the file itself here)",
                                ),
                                _ => {}
                            }
                        }
                    }
                    Err(_) => Self::warn_once(
                        warned,
                        &path,
                        "not a note format folder (use soap, dap, birp, girp, pie, summary or a user format)",
                    ),
                }
            }
        }
        out
    }

    fn scan(&self, pending: &mut HashMap<PathBuf, Pending>, warned: &mut HashSet<PathBuf>) {
        let now = Instant::now();
        let mut present = HashSet::new();
        for (path, format) in self.candidates(warned) {
            let kind = match pipeline::memo_kind(&path) {
                Some(MemoKind::Audio) => Kind::Audio,
                Some(MemoKind::Text) => Kind::Text,
                None => {
                    Self::warn_once(warned, &path, "not audio or a text memo (.txt, .md)");
                    continue;
                }
            };
            // symlink_metadata: a file swapped for a symlink since listing is not followed.
            let Ok(meta) = fs::symlink_metadata(&path) else {
                continue;
            };
            if !meta.is_file() {
                continue;
            }
            present.insert(path.clone());
            let sig = (meta.len(), meta.modified().ok());
            let settled = match pending.get(&path) {
                Some(p) if p.sig == sig => now.duration_since(p.since) >= self.settle,
                _ => {
                    pending.insert(
                        path.clone(),
                        Pending {
                            sig,
                            since: now,
                            told: None,
                        },
                    );
                    self.settle.is_zero()
                }
            };
            if settled && meta.len() > 0 {
                if let Some(why) = self.still_being_written(&path, kind, now, pending) {
                    if let Some(p) = pending.get_mut(&path) {
                        if p.told != Some(why) {
                            p.told = Some(why);
                            tracing::info!(path = %path.display(), "waiting for a memo: {why}");
                        }
                    }
                    continue;
                }
                pending.remove(&path);
                self.take(&path, format, kind);
            } else if settled {
                // An empty file may still be written: keep waiting, but take it once it has
                // stayed empty for long (it then fails as an unusable memo, with a report).
                if pending
                    .get(&path)
                    .is_some_and(|p| now.duration_since(p.since) >= self.settle * 10)
                {
                    pending.remove(&path);
                    self.take(&path, format, kind);
                }
            }
        }
        pending.retain(|p, _| present.contains(p));
        warned.retain(|p| fs::symlink_metadata(p).is_ok());
    }

    /// Why a settled file must not be taken yet, or None to take it.
    fn still_being_written(
        &self,
        path: &Path,
        kind: Kind,
        now: Instant,
        pending: &HashMap<PathBuf, Pending>,
    ) -> Option<&'static str> {
        if writers::open_for_writing(path) {
            return Some("a program still has it open for writing");
        }
        let is_wav = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("wav"));
        if kind == Kind::Audio && is_wav && crate::decode::wav_looks_incomplete(path) {
            let grace = INCOMPLETE_GRACE.max(self.settle * 10);
            let unchanged = pending
                .get(path)
                .map_or(Duration::ZERO, |p| now.duration_since(p.since));
            if unchanged < grace {
                return Some("its WAV header promises more audio than the file holds yet");
            }
        }
        None
    }

    fn take(&self, path: &Path, format: Option<String>, kind: Kind) {
        match self.spool.take_file(path, format.clone(), kind) {
            Ok(job) => {
                tracing::info!(job = %job.meta.id, source = %job.meta.source, format = format.as_deref().unwrap_or("default"), "memo taken from the watch folder");
                let cleared = self.shared.lock().watch.problem.take();
                if cleared.is_some() {
                    tracing::info!("the watch folder takes memos again");
                }
                let _ = self.jobs.send(Msg::Wake);
            }
            Err(e) => {
                if path.exists() {
                    // Said once per distinct problem in the log (it is retried every few
                    // seconds), and always in `hushnote status` until it is over.
                    let problem = format!("cannot take memos from the watch folder: {e}");
                    let mut st = self.shared.lock();
                    if st.watch.problem.as_deref() != Some(problem.as_str()) {
                        tracing::error!(error = %e, "cannot take a memo from the watch folder; will try again");
                        st.watch.problem = Some(problem);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_and_hidden_names_are_ignored() {
        for n in [
            ".memo.wav",
            "memo.wav.part",
            "a.TMP",
            "x.crdownload",
            "notes.txt~",
        ] {
            assert!(is_ignored_name(n), "{n}");
        }
        for n in ["memo.wav", "notes.txt", "a.m4a"] {
            assert!(!is_ignored_name(n), "{n}");
        }
    }
}
