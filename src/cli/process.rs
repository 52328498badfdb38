//! `hushnote process FILE` (one memo through the whole line) and `hushnote draft` (transcript
//! text in, note out).

use crate::config::{Config, Paths};
use crate::daemon::failed;
use crate::daemon::spool::{MemoFacts, ModelFacts};
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
    /// The client this memo is for (`hushnote clients list`); else the memo's opener decides.
    #[arg(long, value_name = "ID")]
    pub client: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct DraftArgs {
    /// The client this memo is for (`hushnote clients list`); else the memo's opener decides.
    #[arg(long, value_name = "ID")]
    pub client: Option<String>,
    /// Note format: SOAP, DAP, BIRP, GIRP, PIE, iCARE, summary, or a user format.
    #[arg(long, value_name = "F")]
    pub format: Option<String>,
    /// Transcript text file, or `-` (default) for standard input.
    pub file: Option<PathBuf>,
}

/// `--client ID` checked before any work: an unknown id is refused while the memo is untouched.
fn known_client(cfg: &Config, id: &Option<String>) -> anyhow::Result<Option<String>> {
    if let Some(id) = id {
        crate::clients::load(&crate::clients::dir(&cfg.paths()?), id)
            .map_err(|e| exit::BadInput(e.to_string()))?;
    }
    Ok(id.clone())
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
    let mut engines = Engines::new(&cfg)?.with_client(known_client(&cfg, &args.client)?);
    let paths = engines.paths().clone();
    let id = new_id();
    let created = chrono::Local::now();

    // A transcript kept in failed/ drafts with its memo's facts (`<file>.memo.json`).
    let kept_facts = match kind {
        MemoKind::Text => failed::read_facts(&args.file),
        MemoKind::Audio => None,
    };
    let created = kept_facts
        .as_ref()
        .and_then(|f| chrono::DateTime::parse_from_rfc3339(&f.created).ok())
        .map_or(created, |d| d.with_timezone(&chrono::Local));
    let (transcript, audio_seconds, decode_ms, asr_ms, audio_deleted, whisper) = match kind {
        MemoKind::Text => {
            let text = pipeline::read_text_memo(&args.file)?;
            match &kept_facts {
                Some(f) => (
                    text,
                    f.memo_seconds,
                    0,
                    0,
                    match &f.audio_kept_reason {
                        Some(r) => AudioDeleted::No(r.clone()),
                        None => AudioDeleted::Yes,
                    },
                    f.whisper.as_ref().map(ModelFacts::to_model_ref),
                ),
                None => (
                    text,
                    0.0,
                    0,
                    0,
                    AudioDeleted::No("typed memo: there was no audio".into()),
                    None,
                ),
            }
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
                Some(engines.whisper_model()?),
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
        from_audio: whisper.is_some(),
        client: None,
    };
    let drafted = engines.draft_with(&req, whisper.as_ref()).and_then(|out| {
        let path = pipeline::deliver(&paths, &out).map_err(|e| {
            match fsutil::read_only_hint(&paths.inbox) {
                Some(hint) => e.context(hint),
                None => e,
            }
        })?;
        Ok((out, path))
    });
    let (out, path) = match drafted {
        Ok(v) => v,
        Err(e) if kind == MemoKind::Text => {
            // A typed memo is never touched by `process`: it is still where it was.
            let _ = std::fs::remove_file(&transcript_file);
            return Err(e.context(format!("the memo is unchanged at {}", args.file.display())));
        }
        Err(e) => {
            // Never lose a memo: the transcript (the audio may be gone) goes to failed/,
            // the same way the daemon keeps it, under a name no other memo has.
            let facts = MemoFacts {
                memo_seconds: req.memo_seconds,
                whisper: whisper.as_ref().map(ModelFacts::from),
                created: created.to_rfc3339(),
                audio_deleted: req.audio_deleted == AudioDeleted::Yes,
                audio_kept_reason: match &req.audio_deleted {
                    AudioDeleted::No(r) => Some(r.clone()),
                    AudioDeleted::Yes => None,
                },
            };
            let kept = keep_failed_transcript(
                &paths,
                &args.file,
                &transcript_file,
                &facts,
                args.format.as_deref(),
                args.client.as_deref(),
                &e,
            );
            return Err(match kept {
                Ok(p) => e.context(format!("the transcript was kept in {}", p.display())),
                Err(k) => e.context(format!(
                    "the transcript is still in {} ({k:#})",
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

/// Keeps a voice memo's transcript in `failed/` with its facts and a report
/// ([`failed::keep`], shared with the daemon); the spooled copy goes only once that is done.
fn keep_failed_transcript(
    paths: &Paths,
    source: &Path,
    transcript_file: &Path,
    facts: &MemoFacts,
    format: Option<&str>,
    client: Option<&str>,
    err: &anyhow::Error,
) -> anyhow::Result<PathBuf> {
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "memo".into());
    let text = std::fs::read_to_string(transcript_file)?;
    let name = failed::keep(
        &paths.failed,
        failed::FailedMemo {
            name: format!("{stem}.transcript.txt"),
            kept: failed::Kept::Transcript(&text),
            facts: Some(facts),
            source: &source
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| stem.clone()),
            created: &facts.created,
            format,
            client,
        },
        err,
    )?;
    let _ = std::fs::remove_file(transcript_file);
    Ok(paths.failed.join(name))
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
    if text.contains('\0') {
        return Err(exit::BadInput(
            "the transcript holds NUL bytes, so it is not text; give plain UTF-8 text".into(),
        )
        .into());
    }
    let mut engines = Engines::new(cfg)?.with_client(known_client(cfg, &args.client)?);
    let req = DraftRequest {
        id: new_id(),
        transcript: text,
        format: args.format.clone(),
        memo_seconds: 0.0,
        audio_deleted: AudioDeleted::No("transcript given as text".into()),
        created: chrono::Local::now(),
        from_audio: false,
        client: None,
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
