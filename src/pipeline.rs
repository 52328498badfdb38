//! One memo through the whole line: decode → resample → transcribe → (audio deleted by the
//! caller once the transcript is safe) → draft → inbox.
//!
//! The stages are separate calls on purpose: the caller (`hushnote process`, or the daemon's
//! job runner) must store the transcript durably and delete the audio *between* transcription
//! and drafting, and must be able to resume at any stage after a crash.

use crate::config::{Config, Paths};
use crate::draft::{DraftOutput, DraftRequest, Drafter};
use crate::models::ModelRef;
use crate::transcribe::{Overrides, TranscribeSettings, Transcriber, Transcript};
use crate::{decode, exit, fsutil, resample};
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Text memo extensions (typed memos dropped in the watch folder, or `process notes.txt`).
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];

/// What kind of memo a file is, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoKind {
    Audio,
    Text,
}

pub fn memo_kind(path: &Path) -> Option<MemoKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if decode::AUDIO_EXTENSIONS.contains(&ext.as_str()) {
        Some(MemoKind::Audio)
    } else if TEXT_EXTENSIONS.contains(&ext.as_str()) {
        Some(MemoKind::Text)
    } else {
        None
    }
}

/// A transcript with the timings of how it was made.
#[derive(Debug, Clone)]
pub struct TranscribeOutcome {
    pub transcript: Transcript,
    pub decode_ms: u64,
    pub asr_ms: u64,
}

/// Both engines, started lazily and kept warm until [`Engines::release`].
pub struct Engines {
    cfg: Config,
    paths: Paths,
    transcriber: Option<Transcriber>,
    drafter: Option<Drafter>,
    whisper_override: Option<String>,
    client: Option<String>,
}

impl Engines {
    pub fn new(cfg: &Config) -> anyhow::Result<Self> {
        Ok(Self {
            paths: cfg.paths()?,
            cfg: cfg.clone(),
            transcriber: None,
            drafter: None,
            whisper_override: None,
            client: None,
        })
    }

    /// Use this Whisper model instead of the configured one.
    pub fn with_whisper_model(mut self, name_or_path: Option<String>) -> Self {
        self.whisper_override = name_or_path;
        self
    }

    /// Draft for this client (`--client ID`) rather than the one the memo names.
    pub fn with_client(mut self, id: Option<String>) -> Self {
        self.client = id;
        self
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    fn transcriber(&mut self) -> anyhow::Result<&mut Transcriber> {
        if self.transcriber.is_none() {
            let s = TranscribeSettings::from_config(
                &self.cfg,
                &Overrides {
                    model: self.whisper_override.as_deref(),
                    ..Default::default()
                },
            )?;
            self.transcriber = Some(Transcriber::new(s));
        }
        self.transcriber.as_mut().context("transcriber unavailable")
    }

    fn drafter(&mut self) -> anyhow::Result<&mut Drafter> {
        if self.drafter.is_none() {
            let mut d = Drafter::from_config(&self.cfg, &self.paths)?;
            d.set_client(self.client.clone());
            self.drafter = Some(d);
        }
        self.drafter.as_mut().context("drafter unavailable")
    }

    /// The Whisper model that transcribes (for front matter), resolving it if needed.
    pub fn whisper_model(&mut self) -> anyhow::Result<ModelRef> {
        Ok(self.transcriber()?.settings().model.clone())
    }

    /// Loads the Whisper model now, so the memo being recorded does not wait for it; and, only
    /// when `format` is a user format whose sections leave a role undeclared (the one case the
    /// drafter may ask the model, `plan::format_may_need_model`), the Llama model with that
    /// format's planning prompt cached ([`Drafter::prewarm`]). Built-in formats are placed by
    /// rules, so loading the model for them would only cost memory and a core.
    pub fn warm(&mut self, format: &str) -> anyhow::Result<()> {
        self.transcriber()?.warm()?;
        let drafter = self.drafter()?;
        let format = drafter.format(Some(format))?;
        if hushnote_draft::plan::format_may_need_model(&format) {
            drafter.prewarm(&format)?;
        }
        Ok(())
    }

    /// Stops both workers (idle timeout, or shutdown).
    pub fn release(&mut self) {
        if let Some(t) = self.transcriber.as_mut() {
            t.release();
        }
        if let Some(d) = self.drafter.as_mut() {
            d.release();
        }
    }

    pub fn is_warm(&self) -> bool {
        self.transcriber.as_ref().is_some_and(Transcriber::is_warm)
            || self.drafter.as_ref().is_some_and(Drafter::is_warm)
    }

    /// Decodes and transcribes an audio file. Does not touch the file.
    pub fn transcribe_file(&mut self, path: &Path) -> anyhow::Result<TranscribeOutcome> {
        let t0 = Instant::now();
        let audio = decode::decode_file(path, self.cfg.transcribe.max_seconds)?;
        let mono16 = resample::to_16k(&audio.mono, audio.sample_rate)?;
        let decode_ms = t0.elapsed().as_millis() as u64;
        let mut out = self.transcribe_samples(&mono16)?;
        out.decode_ms = decode_ms;
        Ok(out)
    }

    /// Transcribes 16 kHz mono samples (from the microphone).
    pub fn transcribe_samples(&mut self, mono16: &[f32]) -> anyhow::Result<TranscribeOutcome> {
        let max = self.cfg.transcribe.max_seconds as f64;
        let secs = mono16.len() as f64 / 16_000.0;
        if secs > max {
            return Err(exit::BadInput(format!(
                "the memo is {secs:.0} s long, over the {max} s limit ([transcribe] max_seconds)"
            ))
            .into());
        }
        let t = Instant::now();
        let transcript = self.transcriber()?.transcribe(mono16)?;
        Ok(TranscribeOutcome {
            transcript,
            decode_ms: 0,
            asr_ms: t.elapsed().as_millis() as u64,
        })
    }

    /// Drafts a note from a transcript.
    pub fn draft(&mut self, req: &DraftRequest) -> anyhow::Result<DraftOutput> {
        let whisper = if req.from_audio {
            Some(self.whisper_model()?)
        } else {
            None
        };
        self.drafter()?.draft(req, whisper.as_ref())
    }

    /// Drafts naming `whisper` as the model that made the transcript (a kept transcript's own
    /// model), not the configured one.
    pub fn draft_with(
        &mut self,
        req: &DraftRequest,
        whisper: Option<&ModelRef>,
    ) -> anyhow::Result<DraftOutput> {
        self.drafter()?.draft(req, whisper)
    }
}

/// Reads a typed memo. Empty or whitespace-only text is refused (nothing to draft).
pub fn read_text_memo(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        exit::BadInput(format!(
            "{}: not UTF-8 text; save it as plain UTF-8 text",
            path.display()
        ))
    })?;
    if text.contains('\0') {
        return Err(exit::BadInput(format!(
            "{}: holds NUL bytes, so it is not a typed memo (a binary file named .txt?); save the memo as plain UTF-8 text",
            path.display()
        ))
        .into());
    }
    if text.trim().is_empty() {
        return Err(exit::BadInput(format!(
            "{}: the memo is empty; nothing to draft",
            path.display()
        ))
        .into());
    }
    Ok(text)
}

/// Writes a draft (and its private note, if any) into the inbox atomically, mode 0600.
///
/// Idempotent per draft id: if a draft with this id is already in the inbox (a previous run
/// wrote it, then crashed before it could record that), the existing path is returned and
/// nothing is written twice.
pub fn deliver(paths: &Paths, out: &DraftOutput) -> anyhow::Result<PathBuf> {
    fsutil::ensure_private_dir(&paths.inbox)
        .with_context(|| format!("cannot create inbox {}", paths.inbox.display()))?;
    if let Some(existing) = find_delivered(&paths.inbox, &out.id)? {
        return Ok(existing);
    }
    if let Some(private) = &out.private_markdown {
        fsutil::ensure_private_dir(&paths.private)?;
        let p = paths.private.join(format!("{}.private.md", out.file_stem));
        match fsutil::write_private_new(&p, private.as_bytes()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e).with_context(|| format!("cannot write {}", p.display())),
        }
    }
    let dest = paths.inbox.join(format!("{}.md", out.file_stem));
    fsutil::write_private_new(&dest, out.markdown.as_bytes())
        .with_context(|| format!("cannot write draft {}", dest.display()))?;
    Ok(dest)
}

/// A draft already delivered under this id (`..._<id>.md`).
pub fn find_delivered(inbox: &Path, id: &str) -> anyhow::Result<Option<PathBuf>> {
    let suffix = format!("_{id}.md");
    let rd = match std::fs::read_dir(inbox) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    for e in rd.filter_map(Result::ok) {
        if e.file_name().to_string_lossy().ends_with(&suffix) {
            return Ok(Some(e.path()));
        }
    }
    Ok(None)
}
