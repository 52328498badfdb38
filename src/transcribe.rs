//! Transcription: 16 kHz mono samples in, text out, through the Whisper worker process.
//!
//! What happens here, and why:
//! - silence before and after speech is trimmed ([`crate::vad`]): Whisper's cost grows with
//!   audio length, and silence only invites hallucinated words;
//! - audio longer than Whisper's 30 s window is cut at the quietest moment near each window's
//!   end, so no word is split;
//! - each piece is encoded with an `audio_ctx` sized to its length instead of a padded 30 s
//!   window (DESIGN §3: faster and no less accurate);
//! - a clinical-vocabulary prompt steers spelling ("affect", "EMDR", "suicidal ideation");
//! - a worker crash costs one retry with a fresh worker, then a typed error: the caller keeps
//!   the memo.

use crate::models::ModelRef;
use crate::worker::{Worker, WorkerError, WorkerKind};
pub use hushnote_protocol::DecodeOptions;
use hushnote_protocol::{
    samples_to_bytes, Segment, TranscribeOptions, WhisperRequest, WhisperResponse, WorkerErrorKind,
    PROTOCOL_VERSION,
};
use std::time::Instant;

/// Built-in vocabulary prompt: the words tiny models miss most in therapists' memos, written
/// as dictation ("Client discussed ...") rather than a word list, because Whisper continues the
/// prompt's style: a bare noun list turned "discussed" into "discuss" and "denies" into "deny".
/// It names risk topics but never a polarity ("denies ..."), so it cannot prime an invented
/// denial. Measured with tiny.en-q8_0: fixture memos WER 3.0 % (word list) -> 1.3 %; the
/// held-out espeak-ng memos 15.2 % either way.
pub const CLINICAL_PROMPT: &str = "Therapy session memo. Client discussed mood, affect, anxiety, \
depression and grief. Topics: suicidal ideation, homicidal ideation, self-harm, safety plan, crisis \
line. We practiced CBT, DBT, EMDR, ERP, ACT, chain analysis, opposite action, grounding, \
mindfulness and exposure. Homework and follow-up.";

/// Whisper processes at most 30 s per window.
const WINDOW_SAMPLES: usize = 30 * 16_000;
/// Pieces end within this many seconds before the window limit, at the quietest frame.
const CUT_SEARCH_SAMPLES: usize = 6 * 16_000;

#[derive(Debug, thiserror::Error)]
pub enum TranscribeError {
    #[error(transparent)]
    Worker(#[from] WorkerError),
    #[error("Whisper could not load {model}: {message}")]
    ModelLoad { model: String, message: String },
    #[error("Whisper failed on this memo: {0}")]
    Engine(String),
}

impl TranscribeError {
    pub fn is_retryable(&self) -> bool {
        match self {
            TranscribeError::Worker(w) => w.is_retryable(),
            TranscribeError::Engine(_) => true,
            TranscribeError::ModelLoad { .. } => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct TranscribeSettings {
    pub model: ModelRef,
    pub threads: u32,
    /// `None` = auto-detect (multilingual models only).
    pub language: Option<String>,
    pub prompt: String,
    pub flash_attn: bool,
    pub trim_silence: bool,
    /// Size the encoder context to each piece (see module docs).
    pub fit_audio_ctx: bool,
    /// Encoder frames added to a fitted context beyond the piece's length.
    pub audio_ctx_margin: u32,
    /// whisper.cpp decoding knobs (temperature fallback, timestamps, segments).
    pub decode: DecodeOptions,
}

/// Benchmark-only overrides of settings the config file does not expose yet, read by
/// [`TranscribeSettings::from_config`]: comma-separated `fit_audio_ctx=0|1`,
/// `audio_ctx_margin=FRAMES`, `temperature_inc=F` (0 = no fallback), `no_timestamps=0|1`,
/// `single_segment=0|1`, `beam_size=N` (1 = greedy).
/// `scripts/bench.sh` measures each speed lever through it; not a stable interface.
pub const TUNING_ENV: &str = "HUSHNOTE_WHISPER_TUNING";

/// Applies a [`TUNING_ENV`] value to `s`; an entry that does not parse is named in the error.
fn apply_tuning(s: &mut TranscribeSettings, spec: &str) -> Result<(), String> {
    let flag = |v: &str| match v {
        "1" | "true" | "on" => Ok(true),
        "0" | "false" | "off" => Ok(false),
        _ => Err(format!("{v:?} is not 0 or 1")),
    };
    for entry in spec.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (key, value) = entry
            .split_once('=')
            .ok_or_else(|| format!("{entry:?} is not key=value"))?;
        let value = value.trim();
        match key.trim() {
            "fit_audio_ctx" => s.fit_audio_ctx = flag(value)?,
            "audio_ctx_margin" => s.audio_ctx_margin = in_range("audio_ctx_margin", value, 0..=1500)?,
            "no_timestamps" => s.decode.no_timestamps = flag(value)?,
            "single_segment" => s.decode.single_segment = flag(value)?,
            "beam_size" => s.decode.beam_size = in_range("beam_size", value, 1..=8)?,
            "temperature_inc" => {
                s.decode.temperature_inc = in_range("temperature_inc", value, 0.0..=1.0)?
            }
            other => {
                return Err(format!(
                "unknown key {other:?} (known: fit_audio_ctx, audio_ctx_margin, temperature_inc, no_timestamps, single_segment, beam_size)"
            ))
            }
        }
    }
    Ok(())
}

/// Parses one [`TUNING_ENV`] value that must lie in `range`.
fn in_range<T>(key: &str, value: &str, range: std::ops::RangeInclusive<T>) -> Result<T, String>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display,
{
    value
        .parse::<T>()
        .ok()
        .filter(|v| range.contains(v))
        .ok_or_else(|| {
            format!(
                "{key} {value:?} is not a number in {}..={}",
                range.start(),
                range.end()
            )
        })
}

/// The prompt: the built-in clinical vocabulary plus the user's words, or the user's alone.
pub fn build_prompt(extra: &[String], replace: bool, cli: Option<&str>) -> String {
    let mut p = if replace {
        String::new()
    } else {
        CLINICAL_PROMPT.to_string()
    };
    for w in extra.iter().map(String::as_str).chain(cli) {
        let w = w.trim();
        if !w.is_empty() {
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(w);
        }
    }
    p
}

/// One memo's transcript.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Transcript {
    pub text: String,
    pub segments: Vec<Segment>,
    pub audio_seconds: f64,
    /// Engine time (excludes model load).
    pub elapsed_ms: u64,
    /// True when no speech was found: the transcript is empty on purpose.
    pub no_speech: bool,
}

/// A Whisper worker, started on first use and kept warm until dropped or [`release`]d.
///
/// [`release`]: Transcriber::release
pub struct Transcriber {
    settings: TranscribeSettings,
    worker: Option<Worker>,
    pub load_ms: u64,
}

impl Transcriber {
    pub fn new(settings: TranscribeSettings) -> Self {
        Self {
            settings,
            worker: None,
            load_ms: 0,
        }
    }

    pub fn settings(&self) -> &TranscribeSettings {
        &self.settings
    }

    /// Starts the worker and loads the model now (otherwise done by the first memo).
    pub fn warm(&mut self) -> Result<(), TranscribeError> {
        self.worker().map(|_| ())
    }

    /// Stops the worker, freeing the model's memory.
    pub fn release(&mut self) {
        self.worker = None;
    }

    pub fn is_warm(&self) -> bool {
        self.worker.is_some()
    }

    /// pid of the running worker, if any (tests kill it to prove crash handling).
    pub fn worker_pid(&self) -> Option<u32> {
        self.worker.as_ref().map(Worker::pid)
    }

    fn worker(&mut self) -> Result<&mut Worker, TranscribeError> {
        if self.worker.is_none() {
            let mut w = Worker::spawn(WorkerKind::Whisper)?;
            let req = WhisperRequest::Load {
                protocol: PROTOCOL_VERSION,
                model_path: self.settings.model.path.display().to_string(),
                flash_attn: self.settings.flash_attn,
                // The worker uses a GPU only when built with its `cuda` feature.
                use_gpu: true,
            };
            // An engine that dies while loading the model dies again on every retry: the
            // model file is at fault, not the memo, so this is one model error, not a crash
            // to retry.
            let loaded = w
                .request::<_, WhisperResponse>(&req, &[])
                .map_err(|e| match e {
                    WorkerError::Crashed { status, detail, .. } => TranscribeError::ModelLoad {
                        model: self.settings.model.name.clone(),
                        message: format!(
                            "the engine stopped while reading {} ({status}{detail}); the model file is probably damaged: run `hushnote models verify`, or `hushnote models pull` to replace it",
                            self.settings.model.path.display()
                        ),
                    },
                    other => TranscribeError::Worker(other),
                })?;
            match loaded {
                WhisperResponse::Loaded { load_ms, .. } => {
                    tracing::debug!(load_ms, model = %self.settings.model.name, "Whisper model loaded");
                    self.load_ms = load_ms
                }
                WhisperResponse::Error { message, .. } => {
                    return Err(TranscribeError::ModelLoad {
                        model: self.settings.model.name.clone(),
                        message,
                    })
                }
                other => {
                    return Err(TranscribeError::Engine(format!(
                        "unexpected answer to load: {other:?}"
                    )))
                }
            }
            self.worker = Some(w);
        }
        self.worker
            .as_mut()
            .ok_or_else(|| TranscribeError::Engine("worker vanished".into()))
    }

    /// Transcribes 16 kHz mono audio; retries once with a fresh worker if the engine dies.
    pub fn transcribe(&mut self, audio: &[f32]) -> Result<Transcript, TranscribeError> {
        match self.transcribe_once(audio) {
            Err(e) if e.is_retryable() => {
                tracing::warn!(error = %e, "Whisper worker failed; retrying once with a fresh worker");
                self.release();
                self.transcribe_once(audio)
            }
            other => other,
        }
    }

    fn transcribe_once(&mut self, audio: &[f32]) -> Result<Transcript, TranscribeError> {
        let audio_seconds = audio.len() as f64 / 16_000.0;
        let (start, end) = if self.settings.trim_silence {
            match crate::vad::speech_bounds(audio, 0.4) {
                Some(b) => b,
                None => {
                    return Ok(Transcript {
                        text: String::new(),
                        segments: Vec::new(),
                        audio_seconds,
                        elapsed_ms: 0,
                        no_speech: true,
                    })
                }
            }
        } else {
            (0, audio.len())
        };
        let t = Instant::now();
        let mut segments = Vec::new();
        for (piece_start, piece_end) in pieces(&audio[start..end]) {
            let piece = &audio[start + piece_start..start + piece_end];
            let offset_ms = ((start + piece_start) as u64 * 1000) / 16_000;
            let piece_end_ms = ((start + piece_end) as u64 * 1000) / 16_000;
            let audio_ctx = if self.settings.fit_audio_ctx {
                audio_ctx_for(piece.len(), self.settings.audio_ctx_margin)
            } else {
                0
            };
            let opts = TranscribeOptions {
                threads: self.settings.threads,
                language: self.settings.language.clone(),
                initial_prompt: Some(self.settings.prompt.clone()),
                audio_ctx,
                decode: self.settings.decode,
            };
            let w = self.worker()?;
            let resp = w.request::<_, WhisperResponse>(
                &WhisperRequest::Transcribe(opts),
                &samples_to_bytes(piece),
            )?;
            match resp {
                WhisperResponse::Transcript { segments: s, .. } => {
                    // A segment without a closing timestamp (usual under the vocabulary
                    // prompt) ends at whisper.cpp's 30 s window: clamp it to the piece.
                    segments.extend(s.into_iter().map(|mut seg| {
                        seg.start_ms = (seg.start_ms + offset_ms).min(piece_end_ms);
                        seg.end_ms = (seg.end_ms + offset_ms).min(piece_end_ms);
                        seg.text = seg.text.trim().to_string();
                        seg
                    }))
                }
                WhisperResponse::Error { kind, message } => {
                    return Err(match kind {
                        WorkerErrorKind::ModelLoad | WorkerErrorKind::NotLoaded => {
                            TranscribeError::ModelLoad {
                                model: self.settings.model.name.clone(),
                                message,
                            }
                        }
                        _ => TranscribeError::Engine(message),
                    })
                }
                other => {
                    return Err(TranscribeError::Engine(format!(
                        "unexpected answer: {other:?}"
                    )))
                }
            }
        }
        segments.retain(|s| !clean_text(&s.text).is_empty());
        let text = clean_text(
            &segments
                .iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        Ok(Transcript {
            no_speech: text.is_empty(),
            text,
            segments,
            audio_seconds,
            elapsed_ms: t.elapsed().as_millis() as u64,
        })
    }
}

/// Default [`TranscribeSettings::audio_ctx_margin`].
pub const AUDIO_CTX_MARGIN: u32 = 64;

/// Fitted contexts are multiples of this many frames (see [`audio_ctx_for`]).
const AUDIO_CTX_ALIGN: u32 = 32;

/// Encoder frames (50 per second) for a piece, plus a margin, rounded up to a multiple of
/// [`AUDIO_CTX_ALIGN`]; whisper.cpp's full window is 1500.
///
/// The rounding matters for speed: ggml hands a matrix product to its fast tiled kernels
/// (llamafile's tinyBLAS) only when the inner dimension is a multiple of 8, and the attention's
/// `softmax(KQ)·V` product has the context length as its inner dimension. An unaligned context
/// sends all of the encoder's attention down the slow dot-product path.
fn audio_ctx_for(samples: usize, margin: u32) -> u32 {
    let frames =
        ((samples as u64 * 50).div_ceil(16_000) as u32 + margin).next_multiple_of(AUDIO_CTX_ALIGN);
    if frames >= 1500 {
        0
    } else {
        frames
    }
}

/// Splits speech into pieces of at most 30 s, cutting at the quietest 30 ms frame in the last
/// few seconds of each window.
fn pieces(audio: &[f32]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while audio.len() - start > WINDOW_SAMPLES {
        let search_from = start + WINDOW_SAMPLES - CUT_SEARCH_SAMPLES;
        let window_end = start + WINDOW_SAMPLES;
        let cut = (search_from..window_end - crate::vad::FRAME)
            .step_by(crate::vad::FRAME / 2)
            .min_by(|&a, &b| {
                let ea = crate::vad::frame_db(&audio[a..a + crate::vad::FRAME]);
                let eb = crate::vad::frame_db(&audio[b..b + crate::vad::FRAME]);
                ea.total_cmp(&eb)
            })
            .map(|c| c + crate::vad::FRAME / 2)
            .unwrap_or(window_end);
        out.push((start, cut));
        start = cut;
    }
    if start < audio.len() {
        out.push((start, audio.len()));
    }
    out
}

/// Removes Whisper's non-speech annotations ("[BLANK_AUDIO]", "(music)") and tidies spaces.
pub fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompt_extends_or_replaces() {
        let p = build_prompt(&["Dr. Okafor".into()], false, Some("Riverside clinic"));
        assert!(p.starts_with("Therapy session memo."));
        assert!(p.ends_with("Dr. Okafor Riverside clinic"));
        assert_eq!(build_prompt(&["x".into()], true, None), "x");
    }

    #[test]
    fn annotations_are_removed() {
        assert_eq!(clean_text(" [BLANK_AUDIO] "), "");
        assert_eq!(clean_text("Hello (coughs) there  [Music]"), "Hello there");
    }

    #[test]
    fn audio_ctx_fits_short_pieces_and_uses_full_window_for_long() {
        // 500 frames + margin, rounded up to a multiple of 32.
        assert_eq!(audio_ctx_for(16_000 * 10, AUDIO_CTX_MARGIN), 576);
        assert_eq!(audio_ctx_for(16_000 * 10, 128), 640);
        assert_eq!(audio_ctx_for(16_000 * 10 - 320, 12), 512);
        assert_eq!(audio_ctx_for(16_000 * 30, AUDIO_CTX_MARGIN), 0);
    }

    #[test]
    fn tuning_overrides_parse_and_reject_typos() {
        let mut s = TranscribeSettings {
            model: ModelRef {
                name: "m".into(),
                path: "/m".into(),
                sha256: String::new(),
            },
            threads: 2,
            language: None,
            prompt: String::new(),
            flash_attn: false,
            trim_silence: true,
            fit_audio_ctx: true,
            audio_ctx_margin: AUDIO_CTX_MARGIN,
            decode: DecodeOptions::default(),
        };
        apply_tuning(
            &mut s,
            "fit_audio_ctx=0, temperature_inc=0,no_timestamps=1,single_segment=on,audio_ctx_margin=200,beam_size=5",
        )
        .unwrap();
        assert!(!s.fit_audio_ctx);
        assert_eq!(s.audio_ctx_margin, 200);
        assert_eq!(
            s.decode,
            DecodeOptions {
                temperature_inc: 0.0,
                no_timestamps: true,
                single_segment: true,
                beam_size: 5,
            }
        );
        assert!(apply_tuning(&mut s, "").is_ok());
        for bad in [
            "fit_audio_ctx",
            "no_timestamp=1",
            "temperature_inc=x",
            "single_segment=2",
            "audio_ctx_margin=-1",
            "beam_size=0",
            "beam_size=9",
        ] {
            let e = apply_tuning(&mut s, bad).unwrap_err();
            assert!(!e.is_empty(), "{bad}");
        }
    }

    #[test]
    fn long_audio_is_cut_at_quiet_points_under_30s() {
        // 70 s of loud signal with a silent gap at 27 s and at 55 s.
        let mut a: Vec<f32> = (0..70 * 16_000)
            .map(|i| ((i as f32) * 0.1).sin() * 0.5)
            .collect();
        for g in [27 * 16_000, 55 * 16_000] {
            a[g..g + 3_200].iter_mut().for_each(|s| *s = 0.0);
        }
        let p = pieces(&a);
        assert_eq!(p.len(), 3);
        assert!(p.iter().all(|(s, e)| e - s <= WINDOW_SAMPLES));
        // Cut inside the silent gap (27.0 s to 27.2 s).
        assert!(
            (27 * 16_000..27 * 16_000 + 3_200).contains(&p[0].1),
            "{:?}",
            p[0]
        );
        assert_eq!(p.last().unwrap().1, a.len());
    }
}

/// Per-command overrides of the `[transcribe]` config.
#[derive(Debug, Clone, Default)]
pub struct Overrides<'a> {
    pub model: Option<&'a str>,
    pub threads: Option<u32>,
    pub language: Option<&'a str>,
    pub prompt: Option<&'a str>,
}

impl TranscribeSettings {
    /// Settings from the config file, with command-line overrides; resolves the model on disk.
    pub fn from_config(
        cfg: &crate::config::Config,
        o: &Overrides<'_>,
    ) -> Result<Self, crate::models::ModelError> {
        let paths = cfg
            .paths()
            .map_err(|e| crate::models::ModelError::Catalog(e.to_string()))?;
        let catalog = crate::models::Catalog::builtin()?;
        let t = &cfg.transcribe;
        let model = crate::models::resolve(
            &catalog,
            &paths.models,
            o.model.unwrap_or(&t.model),
            crate::models::ModelKind::Whisper,
        )?;
        let language = o.language.unwrap_or(&t.language);
        let mut s = Self {
            model,
            threads: crate::config::Config::threads(o.threads.unwrap_or(t.threads)),
            language: (language != "auto").then(|| language.to_string()),
            prompt: build_prompt(&t.vocabulary, t.replace_prompt, o.prompt),
            flash_attn: t.flash_attn,
            trim_silence: t.trim_silence,
            fit_audio_ctx: true,
            audio_ctx_margin: AUDIO_CTX_MARGIN,
            decode: DecodeOptions {
                beam_size: t.beam_size,
                ..DecodeOptions::default()
            },
        };
        if let Ok(spec) = std::env::var(TUNING_ENV) {
            if let Err(e) = apply_tuning(&mut s, &spec) {
                // A benchmark hook: say loudly that it was not applied, but transcribe anyway.
                tracing::warn!("ignoring {TUNING_ENV}: {e}");
            }
        }
        Ok(s)
    }
}
