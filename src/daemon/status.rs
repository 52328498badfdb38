//! What the daemon is doing, shared between the control socket, the capture and the job
//! runner, and rendered for `hushnote status`.

use serde::{Deserialize, Serialize};
use std::sync::{Mutex, MutexGuard};

/// `hushnote status --json` (also the `status` field of the socket's answer).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StatusReport {
    pub pid: u32,
    pub recording: bool,
    /// Present while recording.
    pub capture: Option<CaptureStatus>,
    /// Jobs in the spool (the one running included).
    pub queue: usize,
    /// The job running now.
    pub job: Option<JobStatus>,
    pub mic: MicStatus,
    pub last_job: Option<LastJob>,
    /// The last thing the user should know about (a capped or cancelled recording, a failed memo).
    pub notice: Option<String>,
    /// Memos waiting in `failed/`.
    pub failed: usize,
    /// Drafts in the inbox awaiting review (signing or discarding).
    #[serde(default)]
    pub drafts: usize,
    /// Age of the oldest of them, in hours.
    #[serde(default)]
    pub oldest_draft_hours: Option<f64>,
    pub engines_warm: bool,
    pub watch: WatchStatus,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CaptureStatus {
    pub elapsed_s: f64,
    /// Input level of the last ~100 ms, dBFS.
    pub level_dbfs: f64,
    pub speech_started: bool,
    pub format: String,
    pub max_seconds: u32,
    /// The client named by `record --client` (None: the memo's spoken opener decides).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct JobStatus {
    pub id: String,
    pub source: String,
    /// "transcribing", "drafting" or "delivering".
    pub stage: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MicStatus {
    pub available: bool,
    /// Why the microphone cannot be used (when `available` is false).
    pub reason: Option<String>,
    pub device: Option<String>,
}

/// Timings of the last delivered draft, in milliseconds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LastJob {
    pub id: String,
    pub format: String,
    /// Length of the microphone recording (None for dropped files).
    pub recorded_ms: Option<u64>,
    /// From the end of the recording (or from taking the file) to the draft in the inbox.
    pub stop_to_draft_ms: u64,
    /// Transcription: for a microphone memo, from the stop to the stored transcript (most of
    /// the memo is transcribed in segments while it is spoken).
    pub asr_ms: u64,
    pub draft_ms: u64,
    pub write_ms: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WatchStatus {
    pub enabled: bool,
    pub folder: String,
    /// Why memos cannot be taken from the folder right now (e.g. the state folder is full);
    /// None while all is well.
    #[serde(default)]
    pub problem: Option<String>,
}

/// The mutable part of the status; queue and failed counts are read from disk on demand.
#[derive(Debug, Default)]
pub struct Shared {
    inner: Mutex<StatusReport>,
}

impl Shared {
    pub fn new(initial: StatusReport) -> Self {
        Self {
            inner: Mutex::new(initial),
        }
    }

    /// The state, even if a thread panicked while holding it (status must keep answering).
    pub fn lock(&self) -> MutexGuard<'_, StatusReport> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_job(&self, job: Option<JobStatus>) {
        self.lock().job = job;
    }

    pub fn set_notice(&self, notice: impl Into<String>) {
        self.lock().notice = Some(notice.into());
    }
}

/// Human form of a status, for `hushnote status`.
pub fn render(s: &StatusReport) -> String {
    let mut out = Vec::new();
    match &s.capture {
        Some(c) if s.recording => out.push(format!(
            "recording: {:.1} s of {} s max, input {:.0} dBFS, {} ({} note{})",
            c.elapsed_s,
            c.max_seconds,
            c.level_dbfs,
            if c.speech_started {
                "speech heard"
            } else {
                "waiting for speech"
            },
            c.format,
            c.client
                .as_deref()
                .map(|id| format!(" for client {id}"))
                .unwrap_or_default()
        )),
        _ => out.push("recording: no".to_string()),
    }
    if s.mic.available {
        out.push(format!(
            "microphone: {}",
            s.mic.device.as_deref().unwrap_or("default")
        ));
    } else {
        out.push(format!(
            "microphone: unavailable ({})",
            s.mic.reason.as_deref().unwrap_or("unknown reason")
        ));
    }
    let job = match &s.job {
        Some(j) => format!(" (now {} {})", j.stage, j.source),
        None => String::new(),
    };
    out.push(format!("queue: {}{job}", s.queue));
    if s.failed > 0 {
        out.push(format!(
            "failed: {} memo(s) in the failed folder; read their .error.txt, then `hushnote retry FILE`",
            s.failed
        ));
    }
    if s.drafts > 0 {
        out.push(format!(
            "drafts: {} awaiting review, oldest {} (`hushnote review`)",
            s.drafts,
            crate::review::human_age(s.oldest_draft_hours.unwrap_or(0.0))
        ));
    }
    if let Some(l) = &s.last_job {
        out.push(format!(
            "last draft: {} in {:.1} s (transcription {:.1} s, drafting {:.1} s)",
            l.format,
            l.stop_to_draft_ms as f64 / 1000.0,
            l.asr_ms as f64 / 1000.0,
            l.draft_ms as f64 / 1000.0
        ));
    }
    out.push(format!(
        "watch folder: {}",
        if s.watch.enabled {
            s.watch.folder.as_str()
        } else {
            "off"
        }
    ));
    if let Some(p) = &s.watch.problem {
        out.push(format!("PROBLEM: {p}"));
    }
    out.push(format!(
        "engines: {}",
        if s.engines_warm { "loaded" } else { "idle" }
    ));
    if let Some(n) = &s.notice {
        out.push(format!("notice: {n}"));
    }
    out.join("\n")
}
