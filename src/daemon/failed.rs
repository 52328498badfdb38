//! The `failed/` folder: a memo that cannot become a draft is kept there with a
//! `<name>.error.txt` report saying what went wrong and how to fix it; `hushnote retry NAME`
//! queues it again. A failed memo is never deleted by hushnote.

use super::spool::{self, Job, Kind, Spool};
use crate::config::Paths;
use crate::{exit, fsutil, pipeline};
use anyhow::Context;
use std::fs;
use std::path::{Path, PathBuf};

const REPORT_SUFFIX: &str = ".error.txt";
const FORMAT_FIELD: &str = "Format: ";

#[derive(Debug, thiserror::Error)]
pub enum RetryError {
    #[error(
        "{name:?} is not in the failed folder {folder}; `ls {folder}` shows what can be retried"
    )]
    NotFound { name: String, folder: PathBuf },
    #[error("{name:?} is a report, not a memo; retry the memo it describes (the same name without .error.txt)")]
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

/// Moves what is left of a failed job into `failed/` with its report, then removes the job.
/// Returns the memo's name in `failed/`.
pub fn fail_job(paths: &Paths, job: Job, err: &anyhow::Error) -> anyhow::Result<String> {
    fsutil::ensure_private_dir(&paths.failed)
        .with_context(|| format!("cannot create {}", paths.failed.display()))?;
    let code = exit::code_for(err);
    let meta = &job.meta;
    let stamp = chrono::DateTime::parse_from_rfc3339(&meta.created)
        .map(|d| d.format("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_else(|_| meta.id.clone());
    let (wanted, kept) = match (job.payload(), job.transcript_path().is_file()) {
        (Some(p), _) => {
            let name = match meta.kind {
                Kind::Mic => format!("microphone-{stamp}.wav"),
                _ => meta.source.clone(),
            };
            (name, Keep::Move(p))
        }
        (None, true) => {
            let t = job.load_transcript()?;
            let stem = Path::new(&meta.source)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "memo".into());
            let stem = if meta.kind == Kind::Mic {
                format!("microphone-{stamp}")
            } else {
                stem
            };
            (format!("{stem}.transcript.txt"), Keep::Write(t.text))
        }
        (None, false) => (meta.source.clone(), Keep::Nothing),
    };
    let name = unique_name(&paths.failed, &wanted);
    let dest = paths.failed.join(&name);
    match kept {
        Keep::Move(p) => spool::move_file(&p, &dest)
            .with_context(|| format!("cannot move the memo to {}", dest.display()))?,
        Keep::Write(text) => fsutil::write_private_new(&dest, text.as_bytes())
            .with_context(|| format!("cannot write {}", dest.display()))?,
        Keep::Nothing => {}
    }
    let (what, fix) = explain(code);
    let kept_note =
        if matches!(meta.kind, Kind::Audio | Kind::Mic) && name.ends_with(".transcript.txt") {
            "\nThe audio was already transcribed and deleted; this file is its transcript.\n"
        } else {
            ""
        };
    let report = format!(
        "hushnote could not turn this memo into a draft.\n\n\
         Memo: {name}\n\
         Received: {source} at {created}\n\
         {FORMAT_FIELD}{format}\n\
         Problem: {err:#}\n\
         Exit code: {code} ({what})\n\n\
         How to fix: {fix}\n{kept_note}\n\
         Then queue it again with `hushnote retry {name}`, or delete both files if the memo is not needed.\n",
        source = meta.source,
        created = meta.created,
        format = meta.format.as_deref().unwrap_or("default"),
    );
    let report_path = paths.failed.join(format!("{name}{REPORT_SUFFIX}"));
    fsutil::write_private_atomic(&report_path, report.as_bytes())
        .with_context(|| format!("cannot write {}", report_path.display()))?;
    job.remove()?;
    Ok(name)
}

enum Keep {
    Move(PathBuf),
    Write(String),
    Nothing,
}

/// `name`, or `stem-2.ext`, `stem-3.ext`... whichever is free (with its report name).
fn unique_name(dir: &Path, name: &str) -> String {
    let free = |n: &str| !dir.join(n).exists() && !dir.join(format!("{n}{REPORT_SUFFIX}")).exists();
    if free(name) {
        return name.to_string();
    }
    let (stem, ext) = match name.find('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    (2..)
        .map(|i| format!("{stem}-{i}{ext}"))
        .find(|n| free(n))
        .unwrap_or_else(|| format!("{stem}-{}{ext}", spool::new_id()))
}

/// Memos waiting in `failed/` (reports not counted).
pub fn count(failed: &Path) -> usize {
    fs::read_dir(failed)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    !n.starts_with('.') && !n.ends_with(REPORT_SUFFIX)
                })
                .count()
        })
        .unwrap_or(0)
}

/// Queues a memo from `failed/` again, with the format it had; removes its report.
pub fn retry(paths: &Paths, spool: &Spool, file: &str) -> anyhow::Result<Job> {
    let name = Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(REPORT_SUFFIX) {
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
    let format = fs::read_to_string(&report).ok().and_then(|r| {
        r.lines()
            .find_map(|l| l.strip_prefix(FORMAT_FIELD))
            .map(str::trim)
            .filter(|f| !f.is_empty() && *f != "default")
            .map(str::to_string)
    });
    let job = spool.take_file(&path, format, kind)?;
    let _ = fs::remove_file(&report);
    Ok(job)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            .take_file(&src, Some("BIRP".into()), Kind::Audio)
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
        assert!(spool.is_empty());
        assert_eq!(count(&p.failed), 1);
        let job = retry(&p, &spool, "memo.m4a").unwrap();
        assert_eq!(job.meta.format.as_deref(), Some("BIRP"));
        assert_eq!(count(&p.failed), 0);
        assert!(!p.failed.join("memo.m4a.error.txt").exists());
        assert!(retry(&p, &spool, "memo.m4a").is_err());
    }

    #[test]
    fn names_never_collide() {
        let t = tempfile::tempdir().unwrap();
        fs::write(t.path().join("a.wav"), b"").unwrap();
        fs::write(t.path().join("a-2.wav.error.txt"), b"").unwrap();
        assert_eq!(unique_name(t.path(), "a.wav"), "a-3.wav");
        assert_eq!(unique_name(t.path(), "b.wav"), "b.wav");
    }
}
