//! The job runner: one thread that owns the engines and runs spooled jobs one at a time, in
//! order, through transcribe → (audio deleted) → draft → inbox.
//!
//! It is a plain thread, not a tokio blocking task, for two reasons: `Engines` is blocking
//! code, and the engine workers set `PR_SET_PDEATHSIG`, which fires when the *thread* that
//! spawned them exits: a pooled thread retiring would kill a warm engine.

use super::failed;
use super::notify::Notifier;
use super::spool::{self, Job, Kind, Spool, Stage, StoredTranscript};
use super::status::{JobStatus, LastJob, Shared};
use crate::config::Paths;
use crate::draft::{AudioDeleted, DraftRequest};
use crate::pipeline::{self, Engines};
use crate::{exit, fsutil};
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Messages to the runner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// A job was spooled (or may have been): run what is there.
    Wake,
    /// A recording started: load the engines now, while the clinician speaks.
    Warm,
    Shutdown,
}

pub struct Runner {
    pub engines: Engines,
    pub spool: Spool,
    pub paths: Paths,
    pub shared: Arc<Shared>,
    pub notifier: Notifier,
    pub keep_warm: Duration,
    pub delete_text_sources: bool,
    pub default_format: String,
    pub shutdown: Arc<AtomicBool>,
}

/// Starts the runner thread.
pub fn spawn(runner: Runner) -> std::io::Result<(mpsc::Sender<Msg>, JoinHandle<()>)> {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name("hushnote-jobs".into())
        .spawn(move || runner.run(&rx))?;
    Ok((tx, handle))
}

impl Runner {
    fn run(mut self, rx: &mpsc::Receiver<Msg>) {
        // Jobs that could not even be moved to failed/ (a full disk): skipped until restart.
        let mut stuck = HashSet::new();
        loop {
            self.drain(&mut stuck);
            self.shared.lock().engines_warm = self.engines.is_warm();
            if self.shutdown.load(Ordering::SeqCst) {
                break;
            }
            let msg = if self.engines.is_warm() {
                rx.recv_timeout(self.keep_warm)
            } else {
                rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected)
            };
            match msg {
                Ok(Msg::Wake) => {}
                Ok(Msg::Warm) => {
                    let t = Instant::now();
                    match self.engines.warm() {
                        Ok(()) => {
                            tracing::info!(ms = t.elapsed().as_millis() as u64, "engines loaded")
                        }
                        Err(e) => {
                            tracing::warn!(error = %format!("{e:#}"), "cannot load the engines ahead of the memo")
                        }
                    }
                }
                Ok(Msg::Shutdown) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    self.engines.release();
                    tracing::info!(
                        idle_s = self.keep_warm.as_secs(),
                        "engines released after idle time ([draft] keep_warm_seconds)"
                    );
                }
            }
        }
        self.engines.release();
        self.shared.lock().engines_warm = false;
    }

    fn drain(&mut self, stuck: &mut HashSet<String>) {
        while !self.shutdown.load(Ordering::SeqCst) {
            let jobs = match self.spool.jobs() {
                Ok(j) => j,
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the job spool");
                    return;
                }
            };
            let Some(job) = jobs.into_iter().find(|j| !stuck.contains(&j.meta.id)) else {
                return;
            };
            let id = job.meta.id.clone();
            if !self.run_job(job) {
                stuck.insert(id);
            }
        }
    }

    /// Runs one job to its end: delivered, or in failed/. False if it could be neither.
    fn run_job(&mut self, mut job: Job) -> bool {
        let id = job.meta.id.clone();
        tracing::info!(job = %id, source = %job.meta.source, stage = ?job.meta.stage, "job started");
        let result = self.process(&mut job);
        self.shared.set_job(None);
        match result {
            Ok(()) => true,
            Err(e) => {
                let code = exit::code_for(&e);
                tracing::error!(job = %id, code, error = %format!("{e:#}"), "memo failed");
                match failed::fail_job(&self.paths, job, &e) {
                    Ok(name) => {
                        self.shared.set_notice(format!(
                            "a memo failed and is in {}: read {name}.error.txt",
                            self.paths.failed.display()
                        ));
                        true
                    }
                    Err(e2) => {
                        tracing::error!(job = %id, error = %format!("{e2:#}"), "cannot move the failed memo to the failed folder; it stays in the spool");
                        false
                    }
                }
            }
        }
    }

    fn stage(&self, job: &Job, stage: &str) {
        self.shared.set_job(Some(JobStatus {
            id: job.meta.id.clone(),
            source: job.meta.source.clone(),
            stage: stage.into(),
        }));
    }

    fn process(&mut self, job: &mut Job) -> anyhow::Result<()> {
        let mut asr_ms = 0;
        if job.meta.stage == Stage::Queued {
            self.stage(job, "transcribing");
            let stored = self.transcribe(job)?;
            asr_ms = stored.asr_ms;
            job.store_transcript(&stored)?;
            tracing::info!(job = %job.meta.id, audio_s = stored.audio_seconds, asr_ms, "transcript stored; audio deleted");
        } else {
            // Resumed after a crash between storing the transcript and deleting the audio.
            job.delete_audio()?;
        }
        let transcript = job.load_transcript()?;
        let id = job.meta.id.clone();
        let (format, draft_ms, write_ms) = match pipeline::find_delivered(&self.paths.inbox, &id)? {
            Some(existing) => {
                tracing::info!(job = %id, draft = %existing.display(), "draft already in the inbox (resumed job)");
                (
                    job.meta
                        .format
                        .clone()
                        .unwrap_or_else(|| self.default_format.clone()),
                    0,
                    0,
                )
            }
            None => {
                self.stage(job, "drafting");
                let created = chrono::DateTime::parse_from_rfc3339(&job.meta.created)
                    .map(|d| d.with_timezone(&chrono::Local))
                    .unwrap_or_else(|_| chrono::Local::now());
                let req = DraftRequest {
                    id: id.clone(),
                    transcript: transcript.text.clone(),
                    format: job.meta.format.clone(),
                    memo_seconds: transcript.audio_seconds,
                    audio_deleted: if transcript.from_audio {
                        AudioDeleted::Yes
                    } else {
                        AudioDeleted::No("typed memo: there was no audio".into())
                    },
                    created,
                    from_audio: transcript.from_audio,
                };
                let t = Instant::now();
                let out = self.with_retry("drafting", |e| e.draft(&req))?;
                let draft_ms = t.elapsed().as_millis() as u64;
                self.stage(job, "delivering");
                let t = Instant::now();
                let path = pipeline::deliver(&self.paths, &out)?;
                let write_ms = t.elapsed().as_millis() as u64;
                tracing::info!(job = %id, draft = %path.display(), format = %out.format, risk = %out.risk, draft_ms, "draft delivered");
                (out.format, draft_ms, write_ms)
            }
        };
        job.set_stage(Stage::Delivered)?;
        if job.meta.kind == Kind::Text && !self.delete_text_sources {
            self.keep_text_source(job);
        }
        let stopped = job.meta.stopped_unix_ms;
        let recorded_ms = job.meta.recorded_ms;
        job.clone().remove()?;
        self.notifier.draft_ready(&format);
        let stop_to_draft_ms = stopped
            .map(|s| spool::now_ms().saturating_sub(s))
            .unwrap_or(0);
        let mut st = self.shared.lock();
        st.last_job = Some(LastJob {
            id,
            format,
            recorded_ms,
            stop_to_draft_ms,
            asr_ms,
            draft_ms,
            write_ms,
        });
        st.engines_warm = self.engines.is_warm();
        Ok(())
    }

    fn transcribe(&mut self, job: &Job) -> anyhow::Result<StoredTranscript> {
        let missing = || {
            anyhow::Error::new(spool::SpoolError::Damaged {
                dir: job.dir.clone(),
                message: "the memo file is missing".into(),
            })
        };
        let out = match job.meta.kind {
            Kind::Text => {
                let p = job.payload().ok_or_else(missing)?;
                let text = pipeline::read_text_memo(&p)?;
                return Ok(StoredTranscript {
                    text,
                    audio_seconds: 0.0,
                    asr_ms: 0,
                    from_audio: false,
                });
            }
            Kind::Audio => {
                let p = job.payload().ok_or_else(missing)?;
                self.with_retry("transcription", |e| e.transcribe_file(&p))?
            }
            Kind::Mic => {
                let samples = job.read_mic_audio()?;
                self.with_retry("transcription", |e| e.transcribe_samples(&samples))?
            }
        };
        if out.transcript.no_speech {
            return Err(exit::NoSpeech(job.meta.source.clone()).into());
        }
        Ok(StoredTranscript {
            text: out.transcript.text,
            audio_seconds: out.transcript.audio_seconds,
            asr_ms: out.asr_ms + out.decode_ms,
            from_audio: true,
        })
    }

    /// One job-level retry with fresh engines when an engine fails (beyond the engines' own
    /// retry); any other error is final.
    fn with_retry<T>(
        &mut self,
        what: &str,
        mut f: impl FnMut(&mut Engines) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        match f(&mut self.engines) {
            Err(e) if exit::code_for(&e) == exit::ENGINE => {
                tracing::warn!(error = %format!("{e:#}"), "{what} engine failed; retrying the job once with fresh engines");
                self.engines.release();
                f(&mut self.engines)
            }
            other => other,
        }
    }

    /// `[watch] delete_text_sources = false`: the typed memo goes to `incoming/.done/`, where
    /// the watcher does not look again (a hidden folder).
    fn keep_text_source(&self, job: &Job) {
        let Some(p) = job.payload() else { return };
        let done = self.paths.incoming.join(".done");
        let dest = done.join(&job.meta.source);
        let dest = if dest.exists() {
            done.join(format!("{}-{}", job.meta.id, job.meta.source))
        } else {
            dest
        };
        let r = fsutil::ensure_private_dir(&done).and_then(|()| spool::move_file(&p, &dest));
        if let Err(e) = r {
            tracing::warn!(error = %e, "cannot keep the typed memo in {}", done.display());
        }
    }
}
