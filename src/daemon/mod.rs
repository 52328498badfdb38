//! `hushnote daemon`: hands-free memos from the microphone and the watch folder.
//!
//! Threads, each with one job: the tokio runtime serves the control socket ([`control`]) and
//! signals; a capture thread per recording ([`crate::capture`]); the watcher ([`watch`]) takes
//! dropped files into the durable spool ([`spool`]); and the job runner ([`jobs`]) owns the
//! engines and turns spooled jobs into drafts one at a time. Everything that must survive a
//! crash is on disk in the spool before anyone relies on it.

pub mod control;
pub mod failed;
pub mod finalize;
pub mod jobs;
pub mod lock;
pub mod notify;
pub mod spool;
pub mod status;
pub mod watch;
pub mod writers;

use crate::capture::{self, CaptureError, Captured, Recording, StopReason};
use crate::config::{Config, Paths};
use crate::{exit, fsutil, pipeline};
use anyhow::Context;
use control::{Request, Response};
use hushnote_draft::formats::Format;
use jobs::Msg;
use spool::Spool;
use status::{CaptureStatus, MicStatus, Shared, StatusReport, WatchStatus};
use std::os::unix::fs::PermissionsExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

/// How long shutdown waits for a recording to be spooled and the runner to stop.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// The daemon's shared context (socket handlers run on tokio's blocking pool).
struct Ctx {
    cfg: Config,
    paths: Paths,
    spool: Spool,
    shared: Arc<Shared>,
    jobs: mpsc::Sender<Msg>,
    user_formats: Vec<Format>,
    recording: Mutex<Option<Active>>,
    captured: tokio::sync::mpsc::UnboundedSender<Result<Captured, CaptureError>>,
    /// When an unavailable microphone was last looked for again (a headset plugged in later).
    last_probe: Mutex<Instant>,
    /// The review page (`crate::web`): issues `hushnote open`'s login links.
    web: crate::web::Handle,
}

/// The recording in progress.
struct Active {
    rec: Recording,
    /// The format shown in `status` and warmed: `chosen`, else the config's default.
    format: String,
    /// The format the job is drafted in: `record --format`, else the client's default; None
    /// leaves it to the drafter (a spoken opener's client's default, else the config's).
    chosen: Option<String>,
    /// `record --client`, checked to be a known client.
    client: Option<String>,
    /// Key of this recording's segments at the job runner.
    key: String,
}

/// An unavailable microphone is looked for again at most this often (on `status`).
const REPROBE: Duration = Duration::from_secs(10);

/// Runs the daemon in the foreground until SIGTERM or SIGINT.
pub fn run(cfg: &Config) -> anyhow::Result<u8> {
    let paths = cfg.paths()?;
    for d in [
        &paths.inbox,
        &paths.incoming,
        &paths.failed,
        &paths.private,
        &paths.state,
    ] {
        fsutil::ensure_private_dir(d)
            .with_context(|| format!("cannot create the private folder {}", d.display()))?;
    }
    let _lock = lock::acquire(&paths.state)?;
    let spool = Spool::open(&paths.state)?;
    let recovered = spool.recover()?;
    let formats_dir = cfg
        .draft
        .formats_dir
        .clone()
        .unwrap_or_else(|| paths.config_dir.join("formats"));
    let user_formats = match Format::load_dir(&formats_dir) {
        Ok(f) => f,
        Err(e) => {
            tracing::error!(error = %e, "user formats not loaded; only the built-in formats are available");
            Vec::new()
        }
    };
    if let Err(e) = Format::lookup(&cfg.draft.format, &user_formats) {
        tracing::warn!(error = %e, "[draft] format is not a known format");
    }
    let notifier = notify::Notifier::new(cfg.notify.desktop);
    let shared = Arc::new(Shared::new(StatusReport {
        pid: std::process::id(),
        watch: WatchStatus {
            enabled: cfg.watch.enabled,
            folder: paths.incoming.display().to_string(),
            problem: None,
        },
        ..Default::default()
    }));
    refresh_mic(&shared, &cfg.capture.device);
    let shutdown = Arc::new(AtomicBool::new(false));
    let (jobs_tx, jobs_handle) = jobs::spawn(jobs::Runner {
        engines: pipeline::Engines::new(cfg)?,
        spool: spool.clone(),
        paths: paths.clone(),
        shared: Arc::clone(&shared),
        notifier,
        keep_warm: Duration::from_secs(cfg.draft.keep_warm_seconds.max(1)),
        delete_text_sources: cfg.watch.delete_text_sources,
        default_format: cfg.draft.format.clone(),
        shutdown: Arc::clone(&shutdown),
        partials: Default::default(),
    })
    .context("cannot start the job runner thread")?;
    // Resume whatever the spool holds from before a crash or shutdown.
    let backlog = spool.len();
    let _ = jobs_tx.send(Msg::Wake);
    if cfg.watch.enabled {
        watch::spawn(watch::Watch {
            incoming: paths.incoming.clone(),
            settle: Duration::from_millis(cfg.watch.settle_ms),
            spool: spool.clone(),
            user_formats: user_formats.clone(),
            clients: crate::clients::dir(&paths),
            jobs: jobs_tx.clone(),
            shutdown: Arc::clone(&shutdown),
            shared: Arc::clone(&shared),
        })?;
    }
    // Drafts marked `status: final` are signed; the daily review reminder.
    if let Err(e) = finalize::spawn(finalize::Finalizer {
        cfg: cfg.clone(),
        paths: paths.clone(),
        shared: Arc::clone(&shared),
        notifier,
        shutdown: Arc::clone(&shutdown),
    }) {
        tracing::error!(error = %e, "cannot watch the inbox: drafts marked `status: final` are not signed automatically (`hushnote sign` still works)");
    }
    let mic = shared.lock().mic.clone();
    tracing::info!(
        pid = std::process::id(),
        backlog,
        recovered,
        mic = mic.available,
        notifications = notifier.enabled(),
        inbox = %paths.inbox.display(),
        incoming = %paths.incoming.display(),
        failed = %paths.failed.display(),
        "hushnote daemon ready"
    );
    if let Some(reason) = &mic.reason {
        tracing::warn!("microphone unavailable: {reason}; the watch folder still works");
    }
    // Folders are left as their owner set them (fsutil::ensure_private_dir): say so when
    // that means hushnote cannot write there.
    for d in [&paths.inbox, &paths.failed, &paths.private] {
        if let Some(hint) = fsutil::read_only_hint(d) {
            tracing::warn!("{hint}");
            shared.set_notice(hint);
        }
    }
    let (cap_tx, cap_rx) = tokio::sync::mpsc::unbounded_channel();
    let ctx = Arc::new(Ctx {
        cfg: cfg.clone(),
        paths: paths.clone(),
        spool,
        shared,
        jobs: jobs_tx.clone(),
        user_formats,
        recording: Mutex::new(None),
        captured: cap_tx,
        last_probe: Mutex::new(Instant::now()),
        web: crate::web::Handle::new(&cfg.web),
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let format_names: Vec<String> = ctx.user_formats.iter().map(|f| f.name.clone()).collect();
    ctx.web.start(&rt, cfg, &paths, &format_names);
    let served = rt.block_on(serve(Arc::clone(&ctx), cap_rx));
    // Shutdown: jobs are durable in the spool, so nothing running needs to finish; the runner
    // stops between jobs, and engine workers die with this process (PR_SET_PDEATHSIG).
    shutdown.store(true, Ordering::SeqCst);
    let _ = jobs_tx.send(Msg::Shutdown);
    let deadline = Instant::now() + SHUTDOWN_GRACE;
    while !jobs_handle.is_finished() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = std::fs::remove_file(control::socket_path(&paths.state));
    rt.shutdown_timeout(Duration::from_millis(200));
    served?;
    tracing::info!(
        "hushnote daemon stopped{}",
        if jobs_handle.is_finished() {
            ""
        } else {
            " (a job in progress resumes at the next start)"
        }
    );
    Ok(exit::OK)
}

fn refresh_mic(shared: &Shared, device: &str) {
    let mic = match capture::probe(device) {
        Ok(name) => MicStatus {
            available: true,
            reason: None,
            device: Some(name),
        },
        Err(e) => MicStatus {
            available: false,
            reason: Some(e.to_string()),
            device: None,
        },
    };
    shared.lock().mic = mic;
}

async fn serve(
    ctx: Arc<Ctx>,
    mut captured: tokio::sync::mpsc::UnboundedReceiver<Result<Captured, CaptureError>>,
) -> anyhow::Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let sock = control::socket_path(&ctx.paths.state);
    // We hold the daemon lock, so a socket file left here is stale (a killed daemon's).
    let _ = std::fs::remove_file(&sock);
    let listener = tokio::net::UnixListener::bind(&sock)
        .with_context(|| format!("cannot create the control socket {}", sock.display()))?;
    std::fs::set_permissions(&sock, std::fs::Permissions::from_mode(0o600))
        .with_context(|| format!("cannot restrict {}", sock.display()))?;
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    loop {
        tokio::select! {
            r = listener.accept() => match r {
                Ok((stream, _)) => {
                    let ctx = Arc::clone(&ctx);
                    tokio::spawn(async move {
                        if let Err(e) = connection(ctx, stream).await {
                            tracing::debug!(error = %e, "control connection failed");
                        }
                    });
                }
                Err(e) => tracing::warn!(error = %e, "control socket accept failed"),
            },
            Some(c) = captured.recv() => {
                let ctx = Arc::clone(&ctx);
                let _ = tokio::task::spawn_blocking(move || ctx.on_captured(c)).await;
            }
            _ = term.recv() => { tracing::info!("SIGTERM: shutting down"); break; }
            _ = int.recv() => { tracing::info!("SIGINT: shutting down"); break; }
        }
    }
    drop(listener);
    let _ = std::fs::remove_file(&sock);
    // A recording in progress is kept if speech was heard (it would be lost otherwise).
    let active = ctx.take_recording();
    if let Some(Active { rec, .. }) = active {
        if rec.meter.speech_started() {
            rec.stop();
        } else {
            rec.cancel();
        }
        if let Ok(Some(c)) = tokio::time::timeout(SHUTDOWN_GRACE, captured.recv()).await {
            let ctx2 = Arc::clone(&ctx);
            let _ = tokio::task::spawn_blocking(move || ctx2.on_captured(c)).await;
        }
    }
    Ok(())
}

async fn connection(ctx: Arc<Ctx>, stream: tokio::net::UnixStream) -> anyhow::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = tokio::io::BufReader::new(read.take(control::MAX_LINE as u64));
    // Bytes, not a String: a line that is not UTF-8 gets an answer (a usage error) like any
    // other malformed request, instead of a dropped connection.
    let mut line = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), reader.read_until(b'\n', &mut line)).await??;
    let response = match control::parse_request_line(&line) {
        Ok(req) => tokio::task::spawn_blocking(move || ctx.handle(req)).await?,
        Err(e) => control::bad_request(&e),
    };
    let mut out = serde_json::to_string(&response)?;
    out.push('\n');
    write.write_all(out.as_bytes()).await?;
    write.shutdown().await?;
    Ok(())
}

impl Ctx {
    fn handle(self: &Arc<Self>, req: Request) -> Response {
        match req {
            Request::Status => {
                let mut r = Response::ok("ok");
                r.status = Some(self.status());
                r
            }
            Request::Record {
                format,
                toggle,
                client,
            } => self.record(format, toggle, client),
            Request::Stop => match self.active_recording() {
                Some(rec) => {
                    rec.stop();
                    Response::ok("recording stopped; the draft will be in the inbox shortly")
                }
                None => Response::err(exit::FAILURE, "not recording"),
            },
            Request::Cancel => match self.active_recording() {
                Some(rec) => {
                    rec.cancel();
                    Response::ok("recording cancelled; nothing was kept")
                }
                None => Response::err(exit::FAILURE, "not recording"),
            },
            Request::Open => match self.web.login_url() {
                Ok(url) => {
                    let mut r =
                        Response::ok("review page login link (works once, for two minutes)");
                    r.url = Some(url);
                    r
                }
                Err(e) => Response::err(exit::FAILURE, e.to_string()),
            },
            Request::Retry { file } => match failed::retry(&self.paths, &self.spool, &file) {
                Ok(job) => {
                    let _ = self.jobs.send(Msg::Wake);
                    Response::ok(format!("{} queued again", job.meta.source))
                }
                Err(e) => Response::err(exit::code_for(&e), format!("{e:#}")),
            },
        }
    }

    fn take_recording(&self) -> Option<Active> {
        self.recording
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    fn active_recording(&self) -> Option<Recording> {
        let guard = self.recording.lock().unwrap_or_else(|e| e.into_inner());
        guard
            .as_ref()
            .filter(|a| !a.rec.meter.is_done())
            .map(|a| a.rec.clone())
    }

    fn status(&self) -> StatusReport {
        let unavailable = !self.shared.lock().mic.available;
        if unavailable && self.active_recording().is_none() {
            let mut last = self.last_probe.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() >= REPROBE {
                *last = Instant::now();
                refresh_mic(&self.shared, &self.cfg.capture.device);
            }
        }
        let mut s = self.shared.lock().clone();
        s.queue = self.spool.len();
        s.failed = failed::count(&self.paths.failed);
        let backlog = crate::review::backlog(&self.paths.inbox);
        s.drafts = backlog.drafts;
        s.oldest_draft_hours = backlog.oldest_hours;
        let guard = self.recording.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Active {
            rec,
            format,
            client,
            ..
        }) = guard.as_ref().filter(|a| !a.rec.meter.is_done())
        {
            s.recording = true;
            s.capture = Some(CaptureStatus {
                elapsed_s: (rec.meter.seconds() * 10.0).round() / 10.0,
                level_dbfs: (rec.meter.level_db() as f64 * 10.0).round() / 10.0,
                speech_started: rec.meter.speech_started(),
                format: format.clone(),
                max_seconds: self.cfg.capture.max_seconds,
                client: client.clone(),
            });
        }
        s
    }

    fn record(
        self: &Arc<Self>,
        format: Option<String>,
        toggle: bool,
        client: Option<String>,
    ) -> Response {
        if let Some(rec) = self.active_recording() {
            if toggle {
                rec.stop();
                return Response::ok("recording stopped; the draft will be in the inbox shortly");
            }
            return Response::ok("already recording (`hushnote stop` ends it)");
        }
        // An unknown client records nothing: the clinician would otherwise speak a whole memo
        // that is drafted for nobody.
        let client = match client {
            Some(id) => match crate::clients::load(&crate::clients::dir(&self.paths), &id) {
                Ok(c) => Some(c),
                Err(e) => return Response::err(exit::USAGE, format!("cannot record: {e}")),
            },
            None => None,
        };
        let chosen = format.or_else(|| client.as_ref().and_then(|c| c.format.clone()));
        let wanted = chosen
            .clone()
            .unwrap_or_else(|| self.cfg.draft.format.clone());
        let format = match Format::lookup(&wanted, &self.user_formats) {
            Ok(f) => f.name,
            Err(e) => return Response::err(exit::USAGE, e.to_string()),
        };
        let chosen = chosen.map(|_| format.clone());
        let client = client.map(|c| c.id);
        let ctx = Arc::clone(self);
        let key = spool::new_id();
        let (jobs, k2) = (self.jobs.clone(), key.clone());
        let started = capture::start(
            (&self.cfg.capture).into(),
            move |segment| {
                let _ = jobs.send(Msg::Segment {
                    rec: k2.clone(),
                    segment,
                });
            },
            move |r| {
                let _ = ctx.captured.send(r);
            },
        );
        match started {
            Ok(rec) => {
                self.shared.lock().mic = MicStatus {
                    available: true,
                    reason: None,
                    device: Some(rec.device.clone()),
                };
                self.shared.lock().notice = None;
                let for_client = client
                    .as_deref()
                    .map(|id| format!(" for client {id}"))
                    .unwrap_or_default();
                tracing::info!(format = %format, client = client.is_some(), "recording started");
                *self.recording.lock().unwrap_or_else(|e| e.into_inner()) = Some(Active {
                    rec,
                    format: format.clone(),
                    chosen,
                    client,
                    key,
                });
                let _ = self.jobs.send(Msg::Warm {
                    format: format.clone(),
                });
                Response::ok(format!(
                    "recording ({format}){for_client}; it stops by itself after {} s of silence",
                    self.cfg.capture.silence_stop_seconds
                ))
            }
            Err(e) => {
                let reason = e.to_string();
                let code = exit::code_for(&anyhow::Error::new(e));
                tracing::warn!("cannot record: {reason}");
                self.shared.lock().mic = MicStatus {
                    available: false,
                    reason: Some(reason.clone()),
                    device: None,
                };
                Response::err(code, format!("cannot record: {reason}"))
            }
        }
    }

    /// A recording ended: spool it (when it is a memo) and say what happened.
    fn on_captured(&self, result: Result<Captured, CaptureError>) {
        let (format, client, key) = match self.take_recording() {
            Some(a) => (a.chosen, a.client, Some(a.key)),
            None => (None, None, None),
        };
        if !result.as_ref().is_ok_and(|c| c.reason.keeps_audio()) {
            if let Some(rec) = key.clone() {
                let _ = self.jobs.send(Msg::Discard { rec });
            }
        }
        let c = match result {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "recording failed");
                self.shared.set_notice(format!("recording failed: {e}"));
                return;
            }
        };
        let secs = c.recorded_ms as f64 / 1000.0;
        match c.reason {
            StopReason::Cancelled => {
                tracing::info!(seconds = secs, "recording cancelled; nothing kept");
                self.shared
                    .set_notice("recording cancelled; nothing was kept");
                return;
            }
            StopReason::NoSpeech => {
                tracing::info!(seconds = secs, "no speech heard; nothing kept");
                self.shared.set_notice(format!(
                    "no speech heard in {secs:.0} s; the recording was discarded (check the microphone level)"
                ));
                return;
            }
            StopReason::MaxLength => {
                let n = format!(
                    "the recording reached the {} s limit ([capture] max_seconds) and was stopped; it is being drafted",
                    self.cfg.capture.max_seconds
                );
                tracing::warn!("{n}");
                self.shared.set_notice(n);
            }
            StopReason::Silence | StopReason::Manual => {
                tracing::info!(seconds = secs, reason = ?c.reason, "recording stopped");
            }
        }
        let info = spool::MicInfo {
            format,
            client,
            recorded_ms: c.recorded_ms,
            stopped_unix_ms: c.stopped_unix_ms,
            rec: key,
            cuts: c.cuts.clone(),
        };
        match self.spool.add_mic(&c.samples, info) {
            Ok(job) => {
                tracing::debug!(job = %job.meta.id, spool_ms = c.stopped_at.elapsed().as_millis() as u64, "recording spooled");
                let _ = self.jobs.send(Msg::Wake);
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot spool the recording; it is lost");
                self.shared
                    .set_notice(format!("the recording could not be saved: {e}"));
            }
        }
    }
}
