//! Addenda: the only way to change a signed note.
//!
//! Record-keeping practice: a signed note is never altered; a correction or late entry is a
//! dated addendum that names the note it amends. `amend_note` checks the note's hash first (a
//! tampered note is not amended), then writes `<note stem>.addendum-<time>.md` beside it, signed
//! like a note (author, time, `content_sha256`, 0400) and naming the note's file and hash. The
//! signed note's bytes are never touched.

use crate::config::Config;
use crate::exit;
use crate::note::NoteFile;
use crate::pipeline::{self, Engines, MemoKind};
use crate::sign::{self, content_sha256, SignError, VerifyError};
use hushnote_draft::render::yaml_quoted;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum AmendError {
    #[error(transparent)]
    Verify(#[from] VerifyError),
    #[error(transparent)]
    Sign(#[from] SignError),
    #[error("the addendum is empty; give its text with --text \"...\" or a memo with --memo FILE")]
    Empty,
    #[error("{path} is an addendum; amend the note it belongs to ({amends})")]
    AddendumOfAddendum { path: PathBuf, amends: String },
    #[error("no clinician name to sign the addendum with: set [clinician] name (and credentials) in the config file")]
    NoClinician,
}

/// A written addendum.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Amended {
    pub addendum: PathBuf,
    pub content_sha256: String,
    pub amends: PathBuf,
    pub amends_sha256: String,
    pub signed_at: String,
}

/// Writes an addendum to the signed note at `note_path`; see the module documentation.
pub fn amend_note(cfg: &Config, note_path: &Path, text: &str) -> Result<Amended, AmendError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AmendError::Empty);
    }
    let verified = sign::verify_note(note_path)?;
    let note = NoteFile::read(note_path).map_err(VerifyError::from)?;
    if verified.kind == "addendum" {
        return Err(AmendError::AddendumOfAddendum {
            path: note_path.to_path_buf(),
            amends: note.front.get("amends").unwrap_or_default(),
        });
    }
    let name = cfg.clinician.name.trim();
    if name.is_empty() {
        return Err(AmendError::NoClinician);
    }
    let now = chrono::Local::now();
    let signed_at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let note_name = note_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let title = note.title().unwrap_or_else(|| note_name.clone());
    let body = format!(
        "\n# Addendum to {} ({})\n\n{}\n",
        title.replace(['\n', '\r'], " "),
        now.format("%Y-%m-%d %H:%M"),
        addendum_paragraphs(text)
    );
    let hash = content_sha256(&body);
    let mut front = format!(
        "status: signed\nkind: addendum\namends: {}\n",
        yaml_quoted(&note_name)
    );
    front.push_str(&format!(
        "amends_sha256: {}\n",
        yaml_quoted(&verified.content_sha256)
    ));
    for key in ["format", "client", "created"] {
        if let Some(raw) = note.front.raw(key) {
            front.push_str(&format!("{key}: {raw}\n"));
        }
    }
    front.push_str(&format!(
        "signed_at: {signed_at}\nsigned_by: {}\ncredentials: {}\ncontent_sha256: {}\n",
        yaml_quoted(name),
        yaml_quoted(cfg.clinician.credentials.trim()),
        yaml_quoted(&hash)
    ));
    let stem = note_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "note".into());
    let dir = note_path.parent().unwrap_or(Path::new("."));
    let mut dest = dir.join(format!(
        "{stem}.addendum-{}.md",
        now.format("%Y%m%d-%H%M%S")
    ));
    let mut n = 2;
    while dest.exists() {
        dest = dir.join(format!(
            "{stem}.addendum-{}-{n}.md",
            now.format("%Y%m%d-%H%M%S")
        ));
        n += 1;
    }
    sign::write_signed(&dest, &format!("---\n{front}---\n{body}"), &hash)?;
    tracing::info!(addendum = %dest.display(), "addendum signed");
    Ok(Amended {
        addendum: dest,
        content_sha256: hash,
        amends: note_path.to_path_buf(),
        amends_sha256: verified.content_sha256,
        signed_at,
    })
}

/// The clinician's text as Markdown paragraphs: lines that Markdown would read as headings,
/// quotes or comments are escaped, so the addendum cannot restructure itself.
fn addendum_paragraphs(text: &str) -> String {
    text.lines()
        .map(|l| {
            let l = l.trim_end().replace('<', "&lt;");
            if l.starts_with(['#', '>', '-', '+', '*', '|', '=']) {
                format!("\\{l}")
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of a dictated (audio) or typed addendum memo, through the same transcription as
/// `hushnote transcribe`. The file is not touched: the caller deletes the audio once the
/// addendum is written.
pub fn memo_text(cfg: &Config, memo: &Path) -> anyhow::Result<String> {
    match pipeline::memo_kind(memo) {
        Some(MemoKind::Text) => pipeline::read_text_memo(memo),
        Some(MemoKind::Audio) => {
            let mut engines = Engines::new(cfg)?;
            let out = engines.transcribe_file(memo)?;
            if out.transcript.no_speech {
                return Err(exit::NoSpeech(memo.display().to_string()).into());
            }
            Ok(out.transcript.text)
        }
        None => Err(exit::BadInput(format!(
            "{}: not a memo hushnote reads; use audio (wav, m4a, mp3, flac, ogg) or text (.txt, .md)",
            memo.display()
        ))
        .into()),
    }
}
