//! The inbox, after delivery: a draft whose front matter the clinician changed to
//! `status: final` (in their note app) is signed here, exactly as `hushnote sign` would; and
//! once a day, when drafts have waited longer than `[notify] review_after_hours`, a notification
//! says how many and how old (counts only).
//!
//! All the work is `crate::sign` and `crate::review`; this thread only notices when to call them.

use super::notify::Notifier;
use super::status::Shared;
use crate::config::{Config, Paths};
use crate::sign::{self, SignError, SignOptions};
use crate::{fsutil, review};
use notify::Watcher;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, SystemTime};

/// How often the inbox is looked at without an event (missed events, the daily reminder).
const TICK: Duration = Duration::from_secs(30);
/// A note app saves in bursts; wait for it to settle before reading.
const SETTLE: Duration = Duration::from_millis(300);
/// The reminder's timestamp file in the state folder (survives restarts: once a day means once).
const REMINDED: &str = "review-reminded";
const DAY: Duration = Duration::from_secs(24 * 3600);

pub struct Finalizer {
    pub cfg: Config,
    pub paths: Paths,
    pub shared: Arc<Shared>,
    pub notifier: Notifier,
    pub shutdown: Arc<AtomicBool>,
}

/// Starts the inbox thread. The inbox must exist.
pub fn spawn(f: Finalizer) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |_res: notify::Result<notify::Event>| {
        let _ = tx.send(());
    })?;
    watcher.watch(&f.paths.inbox, notify::RecursiveMode::NonRecursive)?;
    std::thread::Builder::new()
        .name("hushnote-inbox".into())
        .spawn(move || {
            let _watcher = watcher;
            f.run(&rx);
        })?;
    Ok(())
}

impl Finalizer {
    fn run(&self, rx: &mpsc::Receiver<()>) {
        // Drafts refused once, by modification time, so a refusal is reported once per edit.
        let mut refused: HashMap<PathBuf, SystemTime> = HashMap::new();
        loop {
            if self.shutdown.load(Ordering::SeqCst) {
                return;
            }
            // Drafts marked final while the daemon was stopped are signed at start.
            self.sign_final(&mut refused);
            self.remind();
            match rx.recv_timeout(TICK) {
                Ok(()) => {
                    std::thread::sleep(SETTLE);
                    while rx.try_recv().is_ok() {}
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Signs every draft marked `status: final`.
    ///
    /// One pass makes one notice, refusals first: the status has a single notice line, and a
    /// draft signed later in the same pass must not hide why another one was not signed.
    fn sign_final(&self, refused: &mut HashMap<PathBuf, SystemTime>) {
        let Ok(drafts) = review::list_drafts(&self.paths.inbox) else {
            return;
        };
        let (mut not_signed, mut signed) = (Vec::new(), Vec::new());
        for d in drafts.into_iter().filter(|d| d.status == "final") {
            let mtime = std::fs::metadata(&d.path).and_then(|m| m.modified()).ok();
            if mtime.is_some() && refused.get(&d.path) == mtime.as_ref() {
                continue;
            }
            match sign::sign_draft(&self.cfg, &d.path, &SignOptions::default()) {
                Ok(s) => {
                    refused.remove(&d.path);
                    tracing::info!(draft = %d.file_name, note = %s.note.display(), "draft marked final: signed");
                    signed.push(format!("{} signed: {}", d.file_name, s.note.display()));
                }
                Err(e) => {
                    if let Some(m) = mtime {
                        refused.insert(d.path.clone(), m);
                    }
                    let why = match &e {
                        SignError::UnreviewedRisk { .. } => "its risk findings are not marked reviewed; read them and add `risk_reviewed: true` to its front matter",
                        SignError::NoClinician { .. } => "no [clinician] name is set in the config",
                        _ => "see the daemon log",
                    };
                    tracing::warn!(draft = %d.file_name, error = %e, "draft marked final was not signed");
                    not_signed.push(format!("{} was not signed: {why}", d.file_name));
                }
            }
        }
        not_signed.append(&mut signed);
        if !not_signed.is_empty() {
            self.shared.set_notice(not_signed.join("; "));
        }
    }

    /// The daily "N drafts awaiting review, oldest D days" notification.
    fn remind(&self) {
        if !self.notifier.enabled() {
            return;
        }
        let stamp = self.paths.state.join(REMINDED);
        if !due(&stamp) {
            return;
        }
        let Ok(drafts) = review::list_drafts(&self.paths.inbox) else {
            return;
        };
        if let Some(text) = review::reminder(&drafts, self.cfg.notify.review_after_hours) {
            self.notifier.review_reminder(&text);
            let now = chrono::Local::now().to_rfc3339();
            if let Err(e) = fsutil::write_private_atomic(&stamp, now.as_bytes()) {
                tracing::warn!(error = %e, "cannot record when the review reminder was shown");
            }
        }
    }
}

/// True when the last reminder was a day ago or more (or never).
fn due(stamp: &Path) -> bool {
    std::fs::metadata(stamp)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_none_or(|age| age >= DAY)
}
