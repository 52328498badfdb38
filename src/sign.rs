//! Signing, verifying and discarding drafts: the end of a memo's life.
//!
//! `sign_draft` turns a reviewed draft into the signed note: the clean body (no provenance
//! comments, no checklist, no memo transcript unless `[sign] keep_transcript`), front matter
//! `status: signed` with who signed and when, and `content_sha256` of the body, written
//! atomically and read-only (0400) under `[paths] notes`. Then the draft and every copy of its
//! transcript hushnote kept ([`copies`]) are deleted, so nothing of the memo remains but the
//! note. The order makes it restartable: a crash after the note is written leaves the draft,
//! and signing it again finds the same note (same body hash) and finishes the clean-up.
//!
//! A draft with risk findings is refused until the clinician says they reviewed them
//! (`--ack-risk`, or `risk_reviewed: true` in the front matter). A signed note is never
//! changed: see `amend` for addenda.

pub mod copies;

use crate::config::{Config, ConfigError, Paths};
use crate::fsutil;
use crate::note::{self, NoteError, NoteFile};
use hushnote_draft::checklist::Checklist;
use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error(transparent)]
    Note(#[from] NoteError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{path} is already signed; a signed note is never changed: add an addendum with `hushnote amend {path} --text \"...\"`")]
    AlreadySigned { path: PathBuf },
    #[error("{path} is not a draft (status: {status:?}); only drafts with `status: draft` or `status: final` can be signed or discarded")]
    NotADraft { path: PathBuf, status: String },
    #[error("{path} has risk findings that are not marked reviewed: {why}. Read its Risk section, then sign with `hushnote sign {path} --ack-risk`, or set `risk_reviewed: true` in its front matter")]
    UnreviewedRisk { path: PathBuf, why: String },
    #[error("no clinician name to sign with: set [clinician] name (and credentials) in the config file {config}")]
    NoClinician { config: String },
    #[error("cannot write the signed note {path}: {source}; check that the notes folder ([paths] notes) is writable and the disk is not full")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("a different signed note already exists at {path}; move it aside or sign this draft again after renaming the draft")]
    Exists { path: PathBuf },
    #[error("cannot delete {path}: {source}")]
    Delete {
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Note(#[from] NoteError),
    #[error("{path} is not a signed note (status: {status:?}); sign the draft first with `hushnote sign`")]
    NotSigned { path: PathBuf, status: String },
    #[error("{path} has no content_sha256 in its front matter; it was not signed by hushnote, or the line was removed")]
    NoHash { path: PathBuf },
    #[error("{path} was changed after signing: its content hashes to {actual}, but it was signed as {expected}. Restore the signed file from a backup; corrections go in an addendum (`hushnote amend`)")]
    Tampered {
        path: PathBuf,
        expected: String,
        actual: String,
    },
}

/// Options for [`sign_draft`].
#[derive(Debug, Clone, Default)]
pub struct SignOptions {
    /// The clinician reviewed the risk findings (`--ack-risk`).
    pub ack_risk: bool,
}

/// What signing did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Signed {
    pub note: PathBuf,
    pub content_sha256: String,
    pub signed_at: String,
    /// The "before you sign" advice for the draft as it was signed.
    pub checklist: Checklist,
    /// Files deleted: the draft and every copy of its transcript.
    pub removed: Vec<PathBuf>,
}

/// A note whose hash checks out.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Verified {
    pub path: PathBuf,
    pub content_sha256: String,
    pub signed_by: Option<String>,
    pub signed_at: Option<String>,
    /// "note" or "addendum".
    pub kind: String,
}

/// What discarding did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Discarded {
    pub removed: Vec<PathBuf>,
    /// The draft's private note, which is the clinician's own record and is kept.
    pub private_note_kept: Option<PathBuf>,
}

/// sha256 of a note body, as `content_sha256` records it.
pub fn content_sha256(body: &str) -> String {
    fsutil::sha256_bytes(body.as_bytes())
}

/// Why a draft may not be signed yet, if its risk findings are unreviewed.
pub fn unreviewed_risk(draft: &NoteFile, ack: bool) -> Option<String> {
    if ack || draft.front.get_bool("risk_reviewed") {
        return None;
    }
    let mut why = Vec::new();
    let risk = draft.front.get("risk").unwrap_or_default();
    if risk == "present" {
        let flags = draft.front.get_list("risk_flags");
        why.push(if flags.is_empty() {
            "risk: present".to_string()
        } else {
            format!("risk: present ({})", flags.join(", "))
        });
    }
    if draft.front.get_bool("risk_needs_review") {
        why.push("risk_needs_review: possibly mis-transcribed risk words".to_string());
    }
    if note::private_note_has_risk(&draft.body) {
        why.push("the private note contains risk wording".to_string());
    }
    (!why.is_empty()).then(|| why.join("; "))
}

fn check_draft(draft: &NoteFile) -> Result<(), SignError> {
    match draft.status().as_str() {
        "draft" | "final" => Ok(()),
        "signed" => Err(SignError::AlreadySigned {
            path: draft.path.clone(),
        }),
        other => Err(SignError::NotADraft {
            path: draft.path.clone(),
            status: other.to_string(),
        }),
    }
}

/// Where the signed note of `draft` goes: `<notes>/[<client>/]<draft file name>`.
pub fn note_path(paths: &Paths, draft: &NoteFile) -> PathBuf {
    let mut dir = paths.notes.clone();
    if let Some(client) = draft.front.get("client").filter(|c| safe_folder_name(c)) {
        dir = dir.join(client);
    }
    let name = draft
        .path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "note.md".into());
    dir.join(name)
}

fn safe_folder_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('.')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Signs the draft at `draft_path`; see the module documentation.
pub fn sign_draft(
    cfg: &Config,
    draft_path: &Path,
    opts: &SignOptions,
) -> Result<Signed, SignError> {
    let paths = cfg.paths()?;
    let draft = NoteFile::read(draft_path)?;
    check_draft(&draft)?;
    if let Some(why) = unreviewed_risk(&draft, opts.ack_risk) {
        return Err(SignError::UnreviewedRisk {
            path: draft_path.to_path_buf(),
            why,
        });
    }
    let name = cfg.clinician.name.trim();
    if name.is_empty() {
        return Err(SignError::NoClinician {
            config: cfg
                .source
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "(none yet: create ~/.config/hushnote/config.toml)".into()),
        });
    }
    let checklist = draft.checklist();
    // The blank line after the front matter is part of the body, so the hash covers every
    // byte after the closing `---` line.
    let body = format!(
        "\n{}",
        note::clean_body(&draft.body, cfg.sign.keep_transcript)
    );
    let hash = content_sha256(&body);
    let signed_at = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);

    let mut front = draft.front.clone();
    front.set_raw("status", "signed");
    front.set_raw("signed_at", &signed_at);
    front.set_str("signed_by", name);
    front.set_str("credentials", cfg.clinician.credentials.trim());
    if let Some(id) = draft.draft_id() {
        front.set_str("draft_id", &id);
    }
    if unreviewed_risk(&draft, false).is_some() {
        front.set_raw("risk_reviewed", "true");
    }
    front.set_raw(
        "transcript_kept",
        if cfg.sign.keep_transcript {
            "true"
        } else {
            "false"
        },
    );
    front.set_str("content_sha256", &hash);
    let text = format!("---\n{}---\n{body}", front.render());

    let dest = note_path(&paths, &draft);
    write_signed(&dest, &text, &hash)?;
    tracing::info!(note = %dest.display(), "draft signed");

    let mut removed = remove_copies(&paths, &draft)?;
    remove_file(draft_path)?;
    removed.push(draft_path.to_path_buf());
    Ok(Signed {
        note: dest,
        content_sha256: hash,
        signed_at,
        checklist,
        removed,
    })
}

/// Writes a signed file: temp file in the same folder, fsync, mode 0400, rename without
/// replacing, fsync of the folder. An existing file with the same body hash (a sign that was
/// interrupted after this step) counts as done.
pub fn write_signed(dest: &Path, text: &str, hash: &str) -> Result<(), SignError> {
    let err = |source| SignError::Write {
        path: dest.to_path_buf(),
        source,
    };
    let dir = dest.parent().unwrap_or(Path::new("."));
    fsutil::ensure_private_dir(dir).map_err(err)?;
    if dest.exists() {
        return match NoteFile::read(dest) {
            Ok(n) if n.front.get("content_sha256").as_deref() == Some(hash) => Ok(()),
            _ => Err(SignError::Exists {
                path: dest.to_path_buf(),
            }),
        };
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".hushnote-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(text.as_bytes()).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o400))
        .map_err(err)?;
    tmp.persist_noclobber(dest).map_err(|e| err(e.error))?;
    fsutil::sync_dir(dir).map_err(err)
}

fn remove_file(p: &Path) -> Result<(), SignError> {
    match std::fs::remove_file(p) {
        Ok(()) => {
            if let Some(dir) = p.parent() {
                let _ = fsutil::sync_dir(dir);
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(SignError::Delete {
            path: p.to_path_buf(),
            source,
        }),
    }
}

fn remove_copies(paths: &Paths, draft: &NoteFile) -> Result<Vec<PathBuf>, SignError> {
    let found = copies::find(
        paths,
        draft.front.get("transcript_sha256").as_deref(),
        draft.draft_id().as_deref(),
    );
    let mut removed = Vec::new();
    for c in found {
        let r = if c.is_dir() {
            std::fs::remove_dir_all(&c)
        } else {
            std::fs::remove_file(&c)
        };
        match r {
            Ok(()) => removed.push(c),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(SignError::Delete { path: c, source }),
        }
    }
    Ok(removed)
}

/// Checks a signed note (or addendum) against its `content_sha256`.
pub fn verify_note(path: &Path) -> Result<Verified, VerifyError> {
    let text = std::fs::read(path).map_err(|source| NoteError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(text).map_err(|_| NoteError::NotText {
        path: path.to_path_buf(),
    })?;
    let n = NoteFile::parse(path, &text)?;
    if n.status() != "signed" {
        return Err(VerifyError::NotSigned {
            path: path.to_path_buf(),
            status: n.status(),
        });
    }
    let expected = n
        .front
        .get("content_sha256")
        .ok_or_else(|| VerifyError::NoHash {
            path: path.to_path_buf(),
        })?;
    let actual = content_sha256(&n.body);
    if actual != expected {
        return Err(VerifyError::Tampered {
            path: path.to_path_buf(),
            expected,
            actual,
        });
    }
    Ok(Verified {
        path: path.to_path_buf(),
        content_sha256: actual,
        signed_by: n.front.get("signed_by"),
        signed_at: n.front.get("signed_at"),
        kind: n.front.get("kind").unwrap_or_else(|| "note".into()),
    })
}

/// Deletes a draft and every copy of its transcript, without signing. The private note (if
/// the memo had one) is the clinician's own record and stays.
pub fn discard_draft(cfg: &Config, draft_path: &Path) -> Result<Discarded, SignError> {
    let paths = cfg.paths()?;
    let draft = NoteFile::read(draft_path)?;
    check_draft(&draft)?;
    let mut removed = remove_copies(&paths, &draft)?;
    remove_file(draft_path)?;
    removed.push(draft_path.to_path_buf());
    let private = draft_path
        .file_stem()
        .map(|s| {
            paths
                .private
                .join(format!("{}.private.md", s.to_string_lossy()))
        })
        .filter(|p| p.exists());
    tracing::info!(removed = removed.len(), "draft discarded");
    Ok(Discarded {
        removed,
        private_note_kept: private,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The goals step puts untouched goals and the no-client line in the checklist block;
    /// signing keeps none of it, nor the block's marks.
    #[test]
    fn signing_drops_the_goal_lines_of_the_checklist() {
        use hushnote_draft::checklist::{add_lines, END_MARK, START_MARK};
        let draft = format!(
            "\n# DAP progress note \u{2014} draft (2026-11-23 14:05)\n\n{START_MARK}\n> **Before \
             you sign** \u{2014} advice.\n>\n> - Covered: plan.\n{END_MARK}\n\n## Data\n\nFewer \
             panic attacks. <!-- memo:1 -->\n\n## Goals\n\n- Goal 1 \u{2014} Reduce panic \
             attacks (progress): \"Fewer panic attacks.\" <!-- memo:1 -->\n"
        );
        let draft = add_lines(
            &draft,
            &[
                "Goal 2 (Ride the train to work) is not touched by this memo.".to_string(),
                "1 plan item(s) from the last signed note are not mentioned (see Carried \
                 forward)."
                    .to_string(),
            ],
        );
        assert!(draft.contains("> - Goal 2 (Ride the train to work) is not touched"));
        let body = note::clean_body(&draft, false);
        for gone in [
            "not touched",
            "plan item(s)",
            "Before you sign",
            START_MARK,
            END_MARK,
        ] {
            assert!(!body.contains(gone), "{gone:?} kept in\n{body}");
        }
        assert!(body.contains("Fewer panic attacks."), "{body}");
        assert!(
            body.contains("- Goal 1 \u{2014} Reduce panic attacks (progress)"),
            "{body}"
        );
    }
}
