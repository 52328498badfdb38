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
use crate::capture::Segment;
use crate::config::Paths;
use crate::draft::{AudioDeleted, DraftRequest};
use crate::pipeline::{self, Engines};
use crate::{exit, fsutil};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Messages to the runner.
#[derive(Debug)]
pub enum Msg {
    /// A job was spooled (or may have been): run what is there.
    Wake,
    /// A recording in `format` started: load Whisper now, while the clinician speaks (and the
    /// drafting model with the format's planning prompt, when the format may need it:
    /// `Engines::warm`).
    Warm {
        format: String,
    },
    /// A finished stretch of the recording `rec`: transcribe it now, so that only the tail is
    /// left to transcribe when the recording stops.
    Segment {
        rec: String,
        segment: Segment,
    },
    /// The recording `rec` was discarded: forget its segments.
    Discard {
        rec: String,
    },
    Shutdown,
}

/// A segment's transcript, kept in memory until its memo's job asks for it.
pub struct Partial {
    end: usize,
    text: Option<String>,
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
    /// Segment transcripts of the current (or just finished) recording, by recording key.
    pub partials: HashMap<String, Vec<Partial>>,
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
            if !self.drain(rx, &mut stuck) {
                break;
            }
            self.shared.lock().engines_warm = self.engines.is_warm();
            let msg = if self.engines.is_warm() {
                rx.recv_timeout(self.keep_warm)
            } else {
                rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected)
            };
            let go_on = match msg {
                Ok(m) => self.handle(m),
                Err(mpsc::RecvTimeoutError::Disconnected) => false,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    self.engines.release();
                    tracing::info!(
                        idle_s = self.keep_warm.as_secs(),
                        "engines released after idle time ([draft] keep_warm_seconds)"
                    );
                    true
                }
            };
            if !go_on {
                break;
            }
        }
        self.engines.release();
        self.shared.lock().engines_warm = false;
    }

    /// Handles one message; false to stop.
    fn handle(&mut self, msg: Msg) -> bool {
        match msg {
            Msg::Wake => {}
            Msg::Warm { format } => {
                let t = Instant::now();
                match self.engines.warm(&format) {
                    Ok(()) => tracing::info!(ms = t.elapsed().as_millis() as u64, "engines loaded"),
                    Err(e) => {
                        tracing::warn!(error = %format!("{e:#}"), "cannot load the engines ahead of the memo")
                    }
                }
            }
            Msg::Segment { rec, segment } => self.transcribe_segment(rec, segment),
            Msg::Discard { rec } => {
                self.partials.remove(&rec);
            }
            Msg::Shutdown => return false,
        }
        !self.shutdown.load(Ordering::SeqCst)
    }

    /// Handles every message already waiting (above all, segments of a memo that has just
    /// stopped: they were sent before its job was spooled); false to stop.
    fn pump(&mut self, rx: &mpsc::Receiver<Msg>) -> bool {
        loop {
            match rx.try_recv() {
                Ok(m) => {
                    if !self.handle(m) {
                        return false;
                    }
                }
                Err(mpsc::TryRecvError::Empty) => return !self.shutdown.load(Ordering::SeqCst),
                Err(mpsc::TryRecvError::Disconnected) => return false,
            }
        }
    }

    /// Runs every spooled job; false to stop.
    fn drain(&mut self, rx: &mpsc::Receiver<Msg>, stuck: &mut HashSet<String>) -> bool {
        loop {
            if !self.pump(rx) {
                return false;
            }
            let jobs = match self.spool.jobs() {
                Ok(j) => j,
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the job spool");
                    return true;
                }
            };
            let Some(job) = jobs.into_iter().find(|j| !stuck.contains(&j.meta.id)) else {
                return true;
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
                        self.shared.set_notice(format!(
                            "a memo failed and could not be moved to the failed folder ({e2:#}); it stays in the spool and is tried again at the next start"
                        ));
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
            // For a microphone memo what counts is the wait after the stop: the tail, and any
            // segment still being transcribed when the clinician stopped.
            asr_ms = match (job.meta.kind, job.meta.stopped_unix_ms) {
                (Kind::Mic, Some(stop)) => spool::now_ms().saturating_sub(stop),
                _ => stored.asr_ms,
            };
            job.store_transcript(&stored)?;
            tracing::info!(job = %job.meta.id, audio_s = stored.audio_seconds, asr_ms, early_segments = stored.segments, "transcript stored; audio deleted");
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
                    audio_deleted: match (&transcript.audio_kept_reason, transcript.from_audio) {
                        (Some(reason), _) => AudioDeleted::No(reason.clone()),
                        (None, true) => AudioDeleted::Yes,
                        (None, false) => AudioDeleted::No("typed memo: there was no audio".into()),
                    },
                    created,
                    from_audio: transcript.from_audio,
                    // Kept in job.json, so a job resumed after a crash keeps its client.
                    client: job.meta.client.clone(),
                };
                // The model that made the transcript, as stored with it (a retried transcript
                // may be days old, and the configured model changed since).
                let whisper = transcript.whisper.as_ref().map(|w| w.to_model_ref());
                let t = Instant::now();
                let out = self.with_retry("drafting", |e| match &whisper {
                    Some(w) => e.draft_with(&req, Some(w)),
                    None => e.draft(&req),
                })?;
                let draft_ms = t.elapsed().as_millis() as u64;
                self.stage(job, "delivering");
                let t = Instant::now();
                let path =
                    pipeline::deliver(&self.paths, &out).map_err(
                        |e| match fsutil::read_only_hint(&self.paths.inbox) {
                            Some(hint) => e.context(hint),
                            None => e,
                        },
                    )?;
                let write_ms = t.elapsed().as_millis() as u64;
                tracing::info!(job = %id, draft = %path.display(), format = %out.format, risk = %out.risk, draft_ms, "draft delivered");
                (out.format, draft_ms, write_ms)
            }
        };
        // The draft is in the inbox: this is the moment latency is measured to. The figures
        // are published before the job folder goes, so an empty spool implies them.
        let stop_to_draft_ms = job
            .meta
            .stopped_unix_ms
            .map(|s| spool::now_ms().saturating_sub(s))
            .unwrap_or(0);
        {
            let mut st = self.shared.lock();
            st.last_job = Some(LastJob {
                id,
                format: format.clone(),
                recorded_ms: job.meta.recorded_ms,
                stop_to_draft_ms,
                asr_ms,
                draft_ms,
                write_ms,
            });
            st.engines_warm = self.engines.is_warm();
        }
        job.set_stage(Stage::Delivered)?;
        if job.meta.kind == Kind::Text && !self.delete_text_sources {
            self.keep_text_source(job);
        }
        job.clone().remove()?;
        self.notifier.draft_ready(&format);
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
                // A kept transcript queued again drafts as the voice memo it came from.
                let facts = job.meta.facts.as_ref();
                return Ok(StoredTranscript {
                    text,
                    audio_seconds: facts.map_or(0.0, |f| f.memo_seconds),
                    asr_ms: 0,
                    from_audio: facts.is_some(),
                    segments: 0,
                    whisper: facts.and_then(|f| f.whisper.clone()),
                    audio_kept_reason: facts.and_then(|f| f.audio_kept_reason.clone()),
                });
            }
            Kind::Audio => {
                let p = job.payload().ok_or_else(missing)?;
                self.with_retry("transcription", |e| e.transcribe_file(&p))?
            }
            Kind::Mic => {
                let samples = job.read_mic_audio()?;
                if let Some(t) = self.joined_segments(job, &samples)? {
                    return Ok(t);
                }
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
            segments: 0,
            whisper: self.whisper_facts(),
            audio_kept_reason: None,
        })
    }

    /// The Whisper model in use, for the stored transcript (None if it cannot be named).
    fn whisper_facts(&mut self) -> Option<spool::ModelFacts> {
        self.engines
            .whisper_model()
            .ok()
            .map(|m| spool::ModelFacts::from(&m))
    }

    /// Transcribes a segment of a recording in progress. Failure is not final: the memo is
    /// then transcribed whole when it stops.
    fn transcribe_segment(&mut self, rec: String, segment: Segment) {
        // One recording at a time: segments of any other recording are stale.
        self.partials.retain(|k, _| *k == rec);
        let t = Instant::now();
        let text = match self.engines.transcribe_samples(&segment.samples) {
            Ok(out) if out.transcript.no_speech => Some(String::new()),
            Ok(out) => Some(out.transcript.text),
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "early transcription of a segment failed; the memo will be transcribed whole");
                None
            }
        };
        tracing::debug!(
            index = segment.index,
            seconds = segment.samples.len() as f64 / 16_000.0,
            asr_ms = t.elapsed().as_millis() as u64,
            "segment transcribed during the recording"
        );
        self.partials.entry(rec).or_default().push(Partial {
            end: segment.end,
            text,
        });
        self.shared.lock().engines_warm = self.engines.is_warm();
    }

    /// A microphone memo's transcript from its segments (transcribed during the recording)
    /// plus its tail; None when the segments are not all there (e.g. after a restart).
    fn joined_segments(
        &mut self,
        job: &Job,
        samples: &[f32],
    ) -> anyhow::Result<Option<StoredTranscript>> {
        let Some(rec) = job.meta.rec.as_ref() else {
            tracing::debug!(job = %job.meta.id, "recording key missing");
            return Ok(None);
        };
        let Some(parts) = self.partials.remove(rec) else {
            tracing::debug!(job = %job.meta.id, "no early segments for this recording");
            return Ok(None);
        };
        let ends: Vec<usize> = parts.iter().map(|p| p.end).collect();
        let Some(&tail_start) = job.meta.cuts.last() else {
            return Ok(None);
        };
        if ends != job.meta.cuts
            || tail_start > samples.len()
            || parts.iter().any(|p| p.text.is_none())
        {
            tracing::debug!(job = %job.meta.id, ?ends, cuts = ?job.meta.cuts, "early segments incomplete; transcribing the memo whole");
            return Ok(None);
        }
        let t = Instant::now();
        let tail = self.with_retry("transcription", |e| {
            e.transcribe_samples(&samples[tail_start..])
        })?;
        let mut texts: Vec<String> = parts.into_iter().filter_map(|p| p.text).collect();
        if !tail.transcript.no_speech {
            texts.push(tail.transcript.text);
        }
        texts.retain(|t| !t.trim().is_empty());
        if texts.is_empty() {
            return Err(exit::NoSpeech(job.meta.source.clone()).into());
        }
        tracing::debug!(
            segments = ends.len(),
            "memo transcribed from segments and its tail"
        );
        Ok(Some(StoredTranscript {
            text: texts.join(" "),
            audio_seconds: samples.len() as f64 / 16_000.0,
            asr_ms: t.elapsed().as_millis() as u64,
            from_audio: true,
            segments: ends.len(),
            whisper: self.whisper_facts(),
            audio_kept_reason: None,
        }))
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
