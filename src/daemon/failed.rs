//! The `failed/` folder: a memo that cannot become a draft is kept there with a
//! `<name>.error.txt` report saying what went wrong and how to fix it; `hushnote retry NAME`
//! queues it again. A failed memo is never deleted by hushnote.

use super::spool::{self, Job, Kind, MemoFacts, Spool};
use crate::config::Paths;
use crate::{exit, fsutil, logging, pipeline};
use anyhow::Context;
use std::fs;
use std::path::{Path, PathBuf};

const REPORT_SUFFIX: &str = ".error.txt";
/// Beside a kept transcript: its memo's facts ([`MemoFacts`]), read back by a retry.
pub const FACTS_SUFFIX: &str = ".memo.json";
const FORMAT_FIELD: &str = "Format: ";
/// In the report only when the memo was tied to a client (`record --client`, a client folder).
const CLIENT_FIELD: &str = "Client: ";

#[derive(Debug, thiserror::Error)]
pub enum RetryError {
    #[error(
        "{name:?} is not in the failed folder {folder}; `ls {folder}` shows what can be retried"
    )]
    NotFound { name: String, folder: PathBuf },
    #[error("{name:?} is a report or a facts file, not a memo; retry the memo it describes (the same name without .error.txt or .memo.json)")]
    Report { name: String },
    #[error("{name:?} is neither audio nor a text memo (.txt, .md); hushnote cannot draft it")]
    Unsupported { name: String },
}

/// Short name and remedy for an exit code, for reports.
pub fn explain(code: u8) -> (&'static str, &'static str) {
    match code {
        exit::CONFIG => (
            "configuration",
            "Fix the config file (compare it with config/hushnote.example.toml) and restart the daemon.",
        ),
        exit::MODEL => (
            "model",
            "A model is missing or damaged: run `hushnote models list` and `hushnote models pull`, or fix [transcribe]/[draft] model in the config.",
        ),
        exit::INPUT => (
            "unusable memo",
            "The file is empty, corrupt, truncated, too long or of an unsupported kind. Export or record it again (wav, m4a, mp3, flac, ogg, or UTF-8 .txt/.md).",
        ),
        exit::ENGINE => (
            "engine failure",
            "The transcription or drafting engine crashed twice on this memo. Check free memory (and the daemon log), then retry.",
        ),
        exit::NO_SPEECH => (
            "no speech",
            "The recording holds no speech (silence only). Check the microphone or the file; delete it here if it is not a memo.",
        ),
        _ => (
            "unexpected failure",
            "See the daemon log (`journalctl --user -u hushnote`); retry once the cause is fixed.",
        ),
    }
}

/// What is kept of a memo that cannot become a draft.
pub enum Kept<'a> {
    /// The memo file itself (audio not yet transcribed, or a typed memo): moved in.
    File(&'a Path),
    /// Its transcript: the audio is gone, so these words are the memo now.
    Transcript(&'a str),
    /// Nothing is left (the report still says what happened).
    Nothing,
}

/// One memo to keep in `failed/`: the single way both `hushnote process` and the daemon keep
/// failed work, so neither can overwrite what the other kept.
pub struct FailedMemo<'a> {
    /// The name wanted in `failed/`; a free variant is used when it is taken.
    pub name: String,
    pub kept: Kept<'a>,
    /// Facts of the memo behind a transcript, stored beside it for its draft.
    pub facts: Option<&'a MemoFacts>,
    /// The memo's original name and when it arrived, for the report.
    pub source: &'a str,
    pub created: &'a str,
    pub format: Option<&'a str>,
    /// The client the memo was tied to (kept for a retry).
    pub client: Option<&'a str>,
}

/// Keeps a failed memo in `failed/` under a free name (never replacing anything there) with
/// its report and, for a transcript, its facts (`<name>.memo.json`). Returns the name.
pub fn keep(failed: &Path, memo: FailedMemo, err: &anyhow::Error) -> anyhow::Result<String> {
    fsutil::ensure_private_dir(failed)
        .with_context(|| format!("cannot create {}", failed.display()))?;
    let mut wanted = memo.name.clone();
    let name = loop {
        let name = unique_name(failed, &wanted);
        let dest = failed.join(&name);
        let placed = match memo.kept {
            Kept::File(p) => spool::move_file(p, &dest),
            Kept::Transcript(text) => fsutil::write_private_new(&dest, text.as_bytes()),
            Kept::Nothing => Ok(()),
        };
        match placed {
            Ok(()) => break name,
            // Taken between the look and the write (another hushnote keeping a memo of the
            // same name at the same moment): look again.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => wanted = name,
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot keep the memo in {}", dest.display()))
            }
        }
    };
    if let Some(facts) = memo.facts {
        let path = failed.join(format!("{name}{FACTS_SUFFIX}"));
        let json = serde_json::to_vec_pretty(facts)?;
        fsutil::write_private_atomic(&path, &json)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let code = exit::code_for(err);
    let (what, fix) = explain(code);
    let kept_note = if matches!(memo.kept, Kept::Transcript(_)) {
        "\nThe audio was already transcribed and deleted; this file is its transcript, and \
         the .memo.json beside it holds the memo's length, Whisper model and arrival time for \
         the draft.\n"
    } else {
        ""
    };
    let path = failed.join(&name);
    let report = format!(
        "hushnote could not turn this memo into a draft.\n\n\
         Memo: {name}\n\
         Received: {source} at {created}\n\
         {FORMAT_FIELD}{format}\n\
         {client}\
         Problem: {problem}\n\
         Exit code: {code} ({what})\n\n\
         How to fix: {fix}\n{kept_note}\n\
         Then queue it again with `hushnote retry {name}` (while the daemon runs), or draft it \
         now with `hushnote process {path}`; delete its files here if the memo is not needed.\n",
        name = logging::escape(&name),
        source = logging::escape(memo.source),
        created = memo.created,
        format = memo.format.unwrap_or("default"),
        client = memo
            .client
            .map(|c| format!("{CLIENT_FIELD}{}\n", logging::escape(c)))
            .unwrap_or_default(),
        problem = logging::escape(&format!("{err:#}")),
        path = logging::escape(&path.display().to_string()),
    );
    let report_path = failed.join(format!("{name}{REPORT_SUFFIX}"));
    fsutil::write_private_atomic(&report_path, report.as_bytes())
        .with_context(|| format!("cannot write {}", report_path.display()))?;
    Ok(name)
}

/// Moves what is left of a failed job into `failed/` with its report, then removes the job.
/// Returns the memo's name in `failed/`.
pub fn fail_job(paths: &Paths, job: Job, err: &anyhow::Error) -> anyhow::Result<String> {
    let meta = &job.meta;
    let stamp = chrono::DateTime::parse_from_rfc3339(&meta.created)
        .map(|d| d.format("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_else(|_| meta.id.clone());
    let payload = job.payload();
    let transcript = match payload {
        None if job.transcript_path().is_file() => Some(job.load_transcript()?),
        _ => None,
    };
    let (name, kept, facts) = match (&payload, &transcript) {
        (Some(p), _) => {
            let name = match meta.kind {
                Kind::Mic => format!("microphone-{stamp}.wav"),
                _ => meta.source.clone(),
            };
            // A retried transcript failing again keeps its memo's facts.
            (name, Kept::File(p), meta.facts.clone())
        }
        (None, Some(t)) => {
            let stem = if meta.kind == Kind::Mic {
                format!("microphone-{stamp}")
            } else {
                Path::new(&meta.source)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "memo".into())
            };
            let facts = t.from_audio.then(|| MemoFacts {
                memo_seconds: t.audio_seconds,
                whisper: t.whisper.clone(),
                created: meta.created.clone(),
                audio_deleted: t.audio_kept_reason.is_none(),
                audio_kept_reason: t.audio_kept_reason.clone(),
            });
            (
                format!("{stem}.transcript.txt"),
                Kept::Transcript(&t.text),
                facts,
            )
        }
        (None, None) => (meta.source.clone(), Kept::Nothing, None),
    };
    let name = keep(
        &paths.failed,
        FailedMemo {
            name,
            kept,
            facts: facts.as_ref(),
            source: &meta.source,
            created: &meta.created,
            format: meta.format.as_deref(),
            client: meta.client.as_deref(),
        },
        err,
    )?;
    job.remove()?;
    Ok(name)
}

/// `name`, or `stem-2.ext`, `stem-3.ext`... whichever is free (with its report and facts).
fn unique_name(dir: &Path, name: &str) -> String {
    let free = |n: &str| {
        [
            n.to_string(),
            format!("{n}{REPORT_SUFFIX}"),
            format!("{n}{FACTS_SUFFIX}"),
        ]
        .iter()
        .all(|f| fs::symlink_metadata(dir.join(f)).is_err())
    };
    if free(name) {
        return name.to_string();
    }
    let (stem, ext) = match name.find('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    (2..10_000)
        .map(|i| format!("{stem}-{i}{ext}"))
        .find(|n| free(n))
        .unwrap_or_else(|| format!("{stem}-{}{ext}", spool::new_id()))
}

/// The facts stored beside a kept transcript (`<file>.memo.json`), if any.
pub fn read_facts(memo: &Path) -> Option<MemoFacts> {
    let mut p = memo.as_os_str().to_owned();
    p.push(FACTS_SUFFIX);
    let bytes = fs::read(PathBuf::from(p)).ok()?;
    match serde_json::from_slice(&bytes) {
        Ok(f) => Some(f),
        Err(e) => {
            tracing::warn!(memo = %memo.display(), error = %e, "the memo's facts file is unreadable; drafting without them");
            None
        }
    }
}

/// Memos waiting in `failed/` (reports not counted).
pub fn count(failed: &Path) -> usize {
    fs::read_dir(failed)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    !n.starts_with('.') && !n.ends_with(REPORT_SUFFIX) && !n.ends_with(FACTS_SUFFIX)
                })
                .count()
        })
        .unwrap_or(0)
}

/// Queues a memo from `failed/` again, with the format and client it had; removes its report.
pub fn retry(paths: &Paths, spool: &Spool, file: &str) -> anyhow::Result<Job> {
    let name = Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(REPORT_SUFFIX) || name.ends_with(FACTS_SUFFIX) {
        return Err(exit::BadInput(RetryError::Report { name }.to_string()).into());
    }
    let path = paths.failed.join(&name);
    let is_file = fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
    if name.is_empty() || !is_file {
        return Err(exit::BadInput(
            RetryError::NotFound {
                name,
                folder: paths.failed.clone(),
            }
            .to_string(),
        )
        .into());
    }
    let kind = match pipeline::memo_kind(&path) {
        Some(pipeline::MemoKind::Audio) => Kind::Audio,
        Some(pipeline::MemoKind::Text) => Kind::Text,
        None => return Err(exit::BadInput(RetryError::Unsupported { name }.to_string()).into()),
    };
    let report = paths.failed.join(format!("{name}{REPORT_SUFFIX}"));
    let report_text = fs::read_to_string(&report).unwrap_or_default();
    let field = |prefix: &str| {
        report_text
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
    };
    let format = field(FORMAT_FIELD).filter(|f| f != "default");
    // Only an id that can name a client file (the report is the user's to edit).
    let client = field(CLIENT_FIELD).filter(|c| crate::clients::valid_id(c));
    // A kept transcript carries its memo's facts (length, Whisper model, arrival) to the draft.
    let facts = read_facts(&path);
    let job = spool.take_kept(&path, format, client, kind, facts)?;
    let _ = fs::remove_file(&report);
    let _ = fs::remove_file(paths.failed.join(format!("{name}{FACTS_SUFFIX}")));
    Ok(job)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn paths(root: &Path) -> Paths {
        Paths {
            inbox: root.join("inbox"),
            incoming: root.join("incoming"),
            failed: root.join("failed"),
            private: root.join("private"),
            state: root.join("state"),
            models: root.join("models"),
            notes: root.join("notes"),
            config_dir: root.join("config"),
        }
    }

    #[test]
    fn a_failed_memo_is_kept_with_a_report_and_can_be_retried_with_its_format() {
        let t = tempfile::tempdir().unwrap();
        let p = paths(t.path());
        let spool = Spool::open(&p.state).unwrap();
        let src = t.path().join("memo.m4a");
        fs::write(&src, b"not really audio").unwrap();
        let job = spool
            .take_file(&src, Some("BIRP".into()), Some("jd01".into()), Kind::Audio)
            .unwrap();
        let err = anyhow::Error::new(exit::BadInput("memo.m4a: corrupt".into()));
        let name = fail_job(&p, job, &err).unwrap();
        assert_eq!(name, "memo.m4a");
        let report = fs::read_to_string(p.failed.join("memo.m4a.error.txt")).unwrap();
        assert!(
            report.contains("corrupt") && report.contains("Exit code: 5"),
            "{report}"
        );
        assert!(report.contains("hushnote retry memo.m4a"), "{report}");
        assert!(report.contains("\nClient: jd01\n"), "{report}");
        assert!(spool.is_empty());
        assert_eq!(count(&p.failed), 1);
        let job = retry(&p, &spool, "memo.m4a").unwrap();
        assert_eq!(job.meta.format.as_deref(), Some("BIRP"));
        assert_eq!(job.meta.client.as_deref(), Some("jd01"));
        assert_eq!(count(&p.failed), 0);
        assert!(!p.failed.join("memo.m4a.error.txt").exists());
        assert!(retry(&p, &spool, "memo.m4a").is_err());
    }

    #[test]
    fn names_never_collide() {
        let t = tempfile::tempdir().unwrap();
        fs::write(t.path().join("a.wav"), b"").unwrap();
        fs::write(t.path().join("a-2.wav.error.txt"), b"").unwrap();
        fs::write(t.path().join("a-3.wav.memo.json"), b"").unwrap();
        assert_eq!(unique_name(t.path(), "a.wav"), "a-4.wav");
        assert_eq!(unique_name(t.path(), "b.wav"), "b.wav");
    }

    #[test]
    fn two_transcripts_of_the_same_name_are_both_kept_with_their_facts() {
        let t = tempfile::tempdir().unwrap();
        let p = paths(t.path());
        let spool = Spool::open(&p.state).unwrap();
        let err = anyhow::anyhow!("drafting model missing");
        let facts = |s: f64| MemoFacts {
            memo_seconds: s,
            whisper: Some(spool::ModelFacts {
                name: "tiny.en-q8_0".into(),
                sha256: "ab".repeat(32),
            }),
            created: "2026-12-01T09:30:00+00:00".into(),
            audio_deleted: true,
            audio_kept_reason: None,
        };
        let (f1, f2) = (facts(19.0), facts(7.5));
        let mut names = Vec::new();
        for (text, f) in [("first memo", &f1), ("second memo", &f2)] {
            names.push(
                keep(
                    &p.failed,
                    FailedMemo {
                        name: "memo.transcript.txt".into(),
                        kept: Kept::Transcript(text),
                        facts: Some(f),
                        source: "memo.wav",
                        created: &f.created,
                        format: None,
                        client: None,
                    },
                    &err,
                )
                .unwrap(),
            );
        }
        assert_eq!(names, ["memo.transcript.txt", "memo-2.transcript.txt"]);
        assert_eq!(
            fs::read_to_string(p.failed.join(&names[0])).unwrap(),
            "first memo"
        );
        assert_eq!(
            fs::read_to_string(p.failed.join(&names[1])).unwrap(),
            "second memo"
        );
        assert_eq!(count(&p.failed), 2);
        let sidecar = p.failed.join("memo-2.transcript.txt.memo.json");
        assert_eq!(
            fs::metadata(&sidecar).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(read_facts(&p.failed.join(&names[1])), Some(f2.clone()));
        assert!(retry(&p, &spool, "memo-2.transcript.txt.memo.json").is_err());
        // The retry's job carries the facts, and the memo's arrival as its `created`.
        let job = retry(&p, &spool, "memo-2.transcript.txt").unwrap();
        assert_eq!(job.meta.facts, Some(f2));
        assert_eq!(job.meta.created, "2026-12-01T09:30:00+00:00");
        assert!(!sidecar.exists());
        assert_eq!(count(&p.failed), 1);
    }
}
