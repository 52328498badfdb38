//! `hushnote process FILE` (one memo through the whole line) and `hushnote draft` (transcript
//! text in, note out).

use crate::config::Config;
use crate::draft::{new_id, AudioDeleted, DraftRequest};
use crate::pipeline::{self, Engines, MemoKind};
use crate::{exit, fsutil};
use anyhow::Context;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct ProcessArgs {
    /// A voice memo (wav, m4a, mp3, flac, ogg) or a typed memo (.txt, .md).
    pub file: PathBuf,
    /// Note format: SOAP, DAP, BIRP, GIRP, PIE, iCARE, summary, or a user format.
    #[arg(long, value_name = "F")]
    pub format: Option<String>,
    /// Write the draft here instead of the configured inbox.
    #[arg(long, value_name = "DIR")]
    pub inbox: Option<PathBuf>,
    /// Keep the audio file (by default it is deleted once the transcript is stored).
    #[arg(long)]
    pub keep_audio: bool,
    /// Print one JSON object describing the result.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct DraftArgs {
    /// Note format: SOAP, DAP, BIRP, GIRP, PIE, iCARE, summary, or a user format.
    #[arg(long, value_name = "F")]
    pub format: Option<String>,
    /// Transcript text file, or `-` (default) for standard input.
    pub file: Option<PathBuf>,
}

pub fn run_process(args: &ProcessArgs, cfg: &Config) -> anyhow::Result<u8> {
    let t0 = Instant::now();
    let mut cfg = cfg.clone();
    if let Some(dir) = &args.inbox {
        cfg.paths.inbox = Some(dir.clone());
    }
    let kind = pipeline::memo_kind(&args.file).ok_or_else(|| {
        exit::BadInput(format!(
            "{}: not a memo hushnote reads; use audio (wav, m4a, mp3, flac, ogg) or text (.txt, .md)",
            args.file.display()
        ))
    })?;
    let mut engines = Engines::new(&cfg)?;
    let paths = engines.paths().clone();
    let id = new_id();
    let created = chrono::Local::now();

    let (transcript, audio_seconds, decode_ms, asr_ms, audio_deleted) = match kind {
        MemoKind::Text => {
            let text = pipeline::read_text_memo(&args.file)?;
            (
                text,
                0.0,
                0,
                0,
                AudioDeleted::No("typed memo: there was no audio".into()),
            )
        }
        MemoKind::Audio => {
            let out = engines.transcribe_file(&args.file)?;
            if out.transcript.no_speech {
                return Err(exit::NoSpeech(args.file.display().to_string()).into());
            }
            (
                out.transcript.text.clone(),
                out.transcript.audio_seconds,
                out.decode_ms,
                out.asr_ms,
                AudioDeleted::Yes,
            )
        }
    };

    // The transcript is the memo now: store it durably before the audio goes.
    let spool = paths.state.join("process");
    fsutil::ensure_private_dir(&spool)?;
    let transcript_file = spool.join(format!("{id}.transcript.txt"));
    fsutil::write_private_atomic(&transcript_file, transcript.as_bytes())
        .with_context(|| format!("cannot store the transcript in {}", spool.display()))?;

    let audio_deleted = match (kind, args.keep_audio) {
        (MemoKind::Audio, true) => AudioDeleted::No("kept by --keep-audio".into()),
        (MemoKind::Audio, false) => match std::fs::remove_file(&args.file) {
            Ok(()) => {
                if let Some(dir) = args.file.parent().filter(|d| !d.as_os_str().is_empty()) {
                    let _ = fsutil::sync_dir(dir);
                }
                AudioDeleted::Yes
            }
            Err(e) => AudioDeleted::No(format!("delete failed: {e}")),
        },
        (MemoKind::Text, _) => audio_deleted,
    };

    let req = DraftRequest {
        id: id.clone(),
        transcript,
        format: args.format.clone(),
        memo_seconds: audio_seconds,
        audio_deleted,
        created,
        from_audio: kind == MemoKind::Audio,
    };
    let drafted = engines.draft(&req).and_then(|out| {
        let path = pipeline::deliver(&paths, &out)?;
        Ok((out, path))
    });
    let (out, path) = match drafted {
        Ok(v) => v,
        Err(e) => {
            // Never lose a memo: the transcript (the audio may be gone) goes to failed/.
            let kept = keep_failed_transcript(&paths.failed, &args.file, &transcript_file, &e);
            return Err(match kept {
                Ok(p) => e.context(format!("the transcript was kept in {}", p.display())),
                Err(k) => e.context(format!(
                    "the transcript is still in {} ({k})",
                    transcript_file.display()
                )),
            });
        }
    };
    let _ = std::fs::remove_file(&transcript_file);
    let total_ms = t0.elapsed().as_millis() as u64;
    if args.json {
        let j = serde_json::json!({
            "draft": path.display().to_string(),
            "format": out.format,
            "risk": out.risk,
            "risk_flags": out.risk_flags,
            "risk_items": out.risk_items,
            "planner": out.planner,
            "audio_seconds": audio_seconds,
            "audio_deleted": matches!(req.audio_deleted, AudioDeleted::Yes),
            "private_note": out.private_markdown.is_some(),
            "timings": {"decode_ms": decode_ms, "asr_ms": asr_ms, "draft_ms": out.draft_ms, "total_ms": total_ms},
        });
        println!("{j}");
    } else {
        println!("{}", path.display());
        if out.risk == "present" {
            eprintln!("hushnote: risk statements found: review this draft first");
        }
    }
    Ok(exit::OK)
}

/// Moves a memo's transcript to `failed/` with a report saying what went wrong.
fn keep_failed_transcript(
    failed: &Path,
    source: &Path,
    transcript_file: &Path,
    err: &anyhow::Error,
) -> anyhow::Result<PathBuf> {
    fsutil::ensure_private_dir(failed)?;
    let stem = source
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("memo");
    let dest = failed.join(format!("{stem}.transcript.txt"));
    let text = std::fs::read(transcript_file)?;
    fsutil::write_private_atomic(&dest, &text)?;
    let report = format!(
        "hushnote could not draft this memo.\n\nWhat went wrong: {err:#}\nExit code: {}\n\nThe transcript is in {}. Once the problem is fixed, run:\n  hushnote process {}\n",
        exit::code_for(err),
        dest.display(),
        dest.display()
    );
    fsutil::write_private_atomic(
        &failed.join(format!("{stem}.transcript.txt.error.txt")),
        report.as_bytes(),
    )?;
    let _ = std::fs::remove_file(transcript_file);
    Ok(dest)
}

pub fn run_draft(args: &DraftArgs, cfg: &Config) -> anyhow::Result<u8> {
    let text = match args.file.as_deref() {
        None => read_stdin()?,
        Some(p) if p == Path::new("-") => read_stdin()?,
        Some(p) => pipeline::read_text_memo(p)?,
    };
    if text.trim().is_empty() {
        return Err(exit::BadInput("the transcript is empty; nothing to draft".into()).into());
    }
    let mut engines = Engines::new(cfg)?;
    let req = DraftRequest {
        id: new_id(),
        transcript: text,
        format: args.format.clone(),
        memo_seconds: 0.0,
        audio_deleted: AudioDeleted::No("transcript given as text".into()),
        created: chrono::Local::now(),
        from_audio: false,
    };
    let out = engines.draft(&req)?;
    print!("{}", out.markdown);
    Ok(exit::OK)
}

fn read_stdin() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| exit::BadInput(format!("cannot read standard input as UTF-8 text: {e}")))?;
    Ok(s)
}
