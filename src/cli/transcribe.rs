//! `hushnote transcribe FILE...`

use crate::config::Config;
use crate::transcribe::{Overrides, TranscribeSettings, Transcriber};
use crate::{decode, exit, resample};
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct TranscribeArgs {
    /// Audio files: wav, m4a/aac, mp3, flac, ogg.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Whisper model: catalog name (see `hushnote models list`) or path to a ggml file.
    #[arg(long, value_name = "NAME|PATH")]
    pub model: Option<String>,
    /// CPU threads (default: config, else all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<u32>,
    /// Spoken language (ISO code), or "auto" for multilingual models.
    #[arg(long, value_name = "L")]
    pub language: Option<String>,
    /// Extra words to expect, added to the clinical vocabulary prompt.
    #[arg(long, value_name = "TEXT")]
    pub prompt: Option<String>,
    /// One JSON object per file and line.
    #[arg(long)]
    pub json: bool,
}

/// Runs the command; returns the exit code (the worst over all files).
pub fn run(args: &TranscribeArgs, cfg: &Config) -> anyhow::Result<u8> {
    let settings = TranscribeSettings::from_config(
        cfg,
        &Overrides {
            model: args.model.as_deref(),
            threads: args.threads,
            language: args.language.as_deref(),
            prompt: args.prompt.as_deref(),
        },
    )?;
    let model = settings.model.clone();
    let mut engine = Transcriber::new(settings);
    let mut code = exit::OK;
    for file in &args.files {
        match transcribe_one(&mut engine, file, cfg.transcribe.max_seconds) {
            Ok((t, elapsed_ms)) => {
                if args.json {
                    let line = serde_json::json!({
                        "file": file.display().to_string(),
                        "text": t.text,
                        "audio_seconds": t.audio_seconds,
                        "elapsed_ms": elapsed_ms,
                        "model": {"name": model.name, "sha256": model.sha256},
                        "segments": t.segments,
                        "no_speech": t.no_speech,
                    });
                    println!("{line}");
                } else if !t.no_speech {
                    if args.files.len() > 1 {
                        println!("{}: {}", file.display(), t.text);
                    } else {
                        println!("{}", t.text);
                    }
                }
                if t.no_speech {
                    let e = anyhow::Error::new(exit::NoSpeech(file.display().to_string()));
                    eprintln!("hushnote: {e}");
                    code = code.max(exit::NO_SPEECH);
                }
            }
            Err(e) => {
                let c = exit::code_for(&e);
                if args.json {
                    let line = serde_json::json!({
                        "file": file.display().to_string(),
                        "error": {"code": c, "message": format!("{e:#}")},
                    });
                    println!("{line}");
                }
                eprintln!("hushnote: {e:#}");
                // Model and engine failures will fail every file alike: stop early.
                if c == exit::MODEL {
                    return Ok(c);
                }
                code = code.max(c);
            }
        }
    }
    Ok(code)
}

/// Decodes, resamples and transcribes one file; the elapsed time excludes model loading.
fn transcribe_one(
    engine: &mut Transcriber,
    file: &Path,
    max_seconds: u32,
) -> anyhow::Result<(crate::transcribe::Transcript, u64)> {
    let t0 = Instant::now();
    let audio = decode::decode_file(file, max_seconds)?;
    let mono16 = resample::to_16k(&audio.mono, audio.sample_rate)?;
    // Load the model outside the timed section: a warm daemon never pays it per memo.
    let t_load = Instant::now();
    engine.warm()?;
    let load = t_load.elapsed();
    let t = engine
        .transcribe(&mono16)
        .with_context(|| format!("{}: transcription failed", file.display()))?;
    let elapsed = t0.elapsed().saturating_sub(load);
    Ok((t, elapsed.as_millis() as u64))
}
