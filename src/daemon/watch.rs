//! The watch folder: memos dropped (or synced from a phone) into `incoming/` become jobs.
//!
//! `incoming/`, its subfolders named after a note format (`incoming/birp/` → BIRP; any
//! built-in or user format, case-insensitively), its subfolders named after a known client's
//! id (`incoming/jd01/` → drafted for client jd01; exact id, a format's name wins) and the
//! format folders inside those (`incoming/jd01/dap/`) are scanned on every file-system event
//! and every few seconds. A file is taken only once its size and modification time have held
//! still for `[watch] settle_ms` **and** no process has it open for writing ([`writers`]);
//! a WAV whose header promises more than the file holds yet (a writer pausing between
//! chunks, closing the file each time) is waited for up to [`INCOMPLETE_GRACE`] after its
//! last change, then taken (and reported as truncated if it still is). Hidden and temporary names (`.x`, `*.part`, `*.tmp`,
//! `*.crdownload`, `x~`) are skipped; symlinks are never followed or moved (not ours), and
//! nothing deeper than one format folder is looked at, so nothing outside `incoming/` can be
//! reached.
//! Any other folder is left alone and said once in the log to be neither.

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
    /// The clients folder (`crate::clients::dir`): read on every scan, so a client added
    /// while the daemon runs has its folder recognised at once.
    pub clients: PathBuf,
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

/// Where a memo was found: the format and client its folder names (None: decided later).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Route {
    format: Option<String>,
    client: Option<String>,
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

    /// Memo candidates: top-level files (default format, no client), files in format
    /// folders, in client folders and in format folders inside client folders.
    fn candidates(&self, warned: &mut HashSet<PathBuf>) -> Vec<(PathBuf, Route)> {
        let mut out = Vec::new();
        for (path, ft) in Self::entries(&self.incoming, warned) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if ft.is_file() {
                out.push((path, Route::default()));
            } else if !ft.is_dir() {
                continue;
            } else if let Ok(f) = Format::lookup(&name, &self.user_formats) {
                let route = Route {
                    format: Some(f.name),
                    client: None,
                };
                Self::files_in(&path, &route, warned, &mut out);
            } else {
                match crate::clients::load(&self.clients, &name) {
                    Ok(c) => self.client_folder(&path, c.id, warned, &mut out),
                    Err(crate::clients::ClientError::NotFound { .. })
                    | Err(crate::clients::ClientError::BadId(_)) => Self::warn_once(
                        warned,
                        &path,
                        "neither a note format folder (soap, dap, birp, girp, pie, icare, summary or a user format) nor a known client's id (`hushnote clients list`); its files stay where they are",
                    ),
                    Err(e) => Self::warn_once(
                        warned,
                        &path,
                        &format!("named like a client whose file cannot be used ({e}); its files stay where they are"),
                    ),
                }
            }
        }
        out
    }

    /// `incoming/<client>/`: its files, and the files of the format folders inside it.
    fn client_folder(
        &self,
        dir: &Path,
        client: String,
        warned: &mut HashSet<PathBuf>,
        out: &mut Vec<(PathBuf, Route)>,
    ) {
        let route = Route {
            format: None,
            client: Some(client),
        };
        for (path, ft) in Self::entries(dir, warned) {
            if ft.is_file() {
                out.push((path, route.clone()));
            } else if ft.is_dir() {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match Format::lookup(&name, &self.user_formats) {
                    Ok(f) => {
                        let sub = Route {
                            format: Some(f.name),
                            client: route.client.clone(),
                        };
                        Self::files_in(&path, &sub, warned, out);
                    }
                    Err(_) => Self::warn_once(
                        warned,
                        &path,
                        "not a note format folder inside a client's folder (use soap, dap, birp, girp, pie, icare, summary or a user format); its files stay where they are",
                    ),
                }
            }
        }
    }

    /// The plain files directly in `dir` (folders inside it are not looked into).
    fn files_in(
        dir: &Path,
        route: &Route,
        warned: &mut HashSet<PathBuf>,
        out: &mut Vec<(PathBuf, Route)>,
    ) {
        for (path, ft) in Self::entries(dir, warned) {
            if ft.is_file() {
                out.push((path, route.clone()));
            }
        }
    }

    /// The entries of `dir` that may be memos or memo folders: hidden and temporary names
    /// skipped, symlinks reported once and skipped (never followed).
    fn entries(dir: &Path, warned: &mut HashSet<PathBuf>) -> Vec<(PathBuf, fs::FileType)> {
        let Ok(rd) = fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in rd.filter_map(Result::ok) {
            if is_ignored_name(&e.file_name().to_string_lossy()) {
                continue;
            }
            let path = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_symlink() {
                Self::warn_once(warned, &path, "a symlink (move the file itself here)");
            } else {
                out.push((path, ft));
            }
        }
        out
    }

    fn scan(&self, pending: &mut HashMap<PathBuf, Pending>, warned: &mut HashSet<PathBuf>) {
        let now = Instant::now();
        let mut present = HashSet::new();
        for (path, route) in self.candidates(warned) {
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
                self.take(&path, route, kind);
            } else if settled {
                // An empty file may still be written: keep waiting, but take it once it has
                // stayed empty for long (it then fails as an unusable memo, with a report).
                if pending
                    .get(&path)
                    .is_some_and(|p| now.duration_since(p.since) >= self.settle * 10)
                {
                    pending.remove(&path);
                    self.take(&path, route, kind);
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

    fn take(&self, path: &Path, route: Route, kind: Kind) {
        let for_client = route.client.is_some();
        match self
            .spool
            .take_file(path, route.format.clone(), route.client, kind)
        {
            Ok(job) => {
                tracing::info!(job = %job.meta.id, source = %job.meta.source, format = route.format.as_deref().unwrap_or("default"), client_folder = for_client, "memo taken from the watch folder");
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

    #[test]
    fn client_and_format_folders_route_memos_and_other_folders_are_left_alone() {
        let t = tempfile::tempdir().unwrap();
        let incoming = t.path().join("incoming");
        let clients = t.path().join("clients");
        crate::clients::add(
            &clients,
            &crate::clients::Client {
                id: "jd01".into(),
                name: "J. D.".into(),
                format: None,
                diagnoses: vec![],
                goals: vec![],
            },
        )
        .unwrap();
        for (dir, file) in [
            ("", "top.txt"),
            ("birp", "b.wav"),
            ("jd01", "c.m4a"),
            ("jd01/dap", "d.txt"),
            ("jd01/notaformat", "e.txt"),
            ("jd01/dap/deeper", "f.txt"),
            ("JD01", "g.txt"),
            ("stranger", "h.txt"),
        ] {
            let d = incoming.join(dir);
            fs::create_dir_all(&d).unwrap();
            fs::write(d.join(file), b"x").unwrap();
        }
        let (tx, _rx) = mpsc::channel();
        let w = Watch {
            incoming: incoming.clone(),
            settle: Duration::ZERO,
            spool: Spool::open(&t.path().join("state")).unwrap(),
            user_formats: Vec::new(),
            clients,
            jobs: tx,
            shutdown: Arc::new(AtomicBool::new(false)),
            shared: Arc::new(Shared::new(Default::default())),
        };
        let mut warned = HashSet::new();
        let mut got: Vec<(String, Option<String>, Option<String>)> = w
            .candidates(&mut warned)
            .into_iter()
            .map(|(p, r)| {
                let rel = p.strip_prefix(&incoming).unwrap().display().to_string();
                (rel, r.format, r.client)
            })
            .collect();
        got.sort();
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            got,
            vec![
                ("birp/b.wav".into(), s("BIRP"), None),
                ("jd01/c.m4a".into(), None, s("jd01")),
                ("jd01/dap/d.txt".into(), s("DAP"), s("jd01")),
                ("top.txt".into(), None, None),
            ]
        );
        // Said once each: the unknown folders (client ids are exact: JD01 is not jd01).
        let mut told: Vec<String> = warned
            .iter()
            .map(|p| p.strip_prefix(&incoming).unwrap().display().to_string())
            .collect();
        told.sort();
        assert_eq!(told, ["JD01", "jd01/notaformat", "stranger"]);
        // A taken memo's job carries its client and format.
        let (path, route) = w
            .candidates(&mut warned)
            .into_iter()
            .find(|(_, r)| r.format.is_some() && r.client.is_some())
            .unwrap();
        w.take(&path, route, Kind::Text);
        let jobs = w.spool.jobs().unwrap();
        assert_eq!(jobs.len(), 1);
        assert_eq!(jobs[0].meta.client.as_deref(), Some("jd01"));
        assert_eq!(jobs[0].meta.format.as_deref(), Some("DAP"));
        assert!(!path.exists());
    }
}
