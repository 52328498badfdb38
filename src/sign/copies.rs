//! Every place hushnote may still hold a memo's transcript once its draft exists, found so that
//! signing or discarding can delete them all.
//!
//! A draft records `transcript_sha256` (sha256 of the transcript text), so copies are found by
//! content, never by a guess from names:
//! - `failed/`: `<name>.transcript.txt` kept when drafting failed (with its `.error.txt`
//!   report), and typed memos that failed and were retried;
//! - `incoming/` and `incoming/.done/`: typed memos kept by `[watch] delete_text_sources = false`;
//! - the job spool (`<state>/spool/<job>/transcript.json`, or a job of the draft's id);
//! - `<state>/process/<id>.transcript.txt`, left by an interrupted `hushnote process`.
//!
//! The private note is not a transcript copy: it is the clinician's own record and is kept.

use crate::config::Paths;
use crate::daemon::spool::{Spool, Stage};
use std::fs;
use std::path::{Path, PathBuf};

/// Files larger than this are not memos' transcripts; they are not read.
const MAX_TRANSCRIPT_BYTES: u64 = 4 << 20;

/// Paths (files, or spool job folders) holding the transcript with this hash, or belonging to
/// the job with this draft id.
pub fn find(
    paths: &Paths,
    transcript_sha256: Option<&str>,
    draft_id: Option<&str>,
) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(hash) = transcript_sha256.filter(|h| !h.is_empty()) {
        for dir in [
            &paths.failed,
            &paths.incoming,
            &paths.incoming.join(".done"),
        ] {
            matching_files(dir, hash, &mut out);
        }
        matching_files(&paths.state.join("process"), hash, &mut out);
        // A failed transcript's report goes with it.
        let reports: Vec<PathBuf> = out
            .iter()
            .filter(|p| p.starts_with(&paths.failed))
            .map(|p| PathBuf::from(format!("{}.error.txt", p.display())))
            .filter(|r| r.is_file())
            .collect();
        out.extend(reports);
    }
    if let Some(id) = draft_id {
        let stray = paths
            .state
            .join("process")
            .join(format!("{id}.transcript.txt"));
        if stray.is_file() && !out.contains(&stray) {
            out.push(stray);
        }
    }
    out.extend(spool_jobs(&paths.state, transcript_sha256, draft_id));
    out
}

/// Regular files directly in `dir` whose text hashes to `hash`.
fn matching_files(dir: &Path, hash: &str, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.filter_map(Result::ok) {
        let Ok(meta) = fs::symlink_metadata(e.path()) else {
            continue;
        };
        if !meta.is_file() || meta.len() > MAX_TRANSCRIPT_BYTES {
            continue;
        }
        if fs::read(e.path()).is_ok_and(|b| crate::fsutil::sha256_bytes(&b) == hash) {
            out.push(e.path());
        }
    }
}

/// Spool job folders of this draft: the job with the draft's id, or a finished (delivered) job
/// holding the same transcript. A job still working on another memo with the same words is left
/// alone: it will make its own draft.
fn spool_jobs(state: &Path, hash: Option<&str>, id: Option<&str>) -> Vec<PathBuf> {
    if !state.join("spool").is_dir() {
        return Vec::new();
    }
    let Ok(spool) = Spool::open(state) else {
        return Vec::new();
    };
    let Ok(jobs) = spool.jobs() else {
        return Vec::new();
    };
    jobs.into_iter()
        .filter(|j| {
            let same_id = id.is_some_and(|id| j.meta.id == id);
            let same_text = hash.is_some_and(|h| {
                j.load_transcript()
                    .is_ok_and(|t| crate::fsutil::sha256_bytes(t.text.as_bytes()) == h)
            });
            same_id || (same_text && j.meta.stage == Stage::Delivered)
        })
        .map(|j| j.dir)
        .collect()
}
