//! Getting a note out of hushnote and into an EHR: PDF ([`pdf`]), plain text ([`txt`]) and the
//! desktop clipboard ([`clipboard`]).
//!
//! Both formats are drawn from one [`Printable`]: the note read back into a title, header facts,
//! headings, paragraphs and list items, with the signature and hash. A signed note is verified
//! first (a tampered note is never exported); a draft exports without the memo transcript,
//! comments or checklist, and is marked "Draft — not signed".

pub mod clipboard;
pub mod pdf;
pub mod txt;

use crate::note::{self, NoteError, NoteFile};
use crate::sign::{self, VerifyError};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Note(#[from] NoteError),
    #[error(transparent)]
    Verify(#[from] VerifyError),
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// One block of the note's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    /// A list item (risk quotes are list items).
    Item(String),
}

/// Who signed, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub credentials: String,
    /// "2026-11-23 15:02".
    pub signed_at: String,
}

/// A note ready to be laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printable {
    pub title: String,
    pub client: Option<String>,
    /// Date: the memo's `created`, "2026-11-23 14:05".
    pub date: Option<String>,
    pub format: Option<String>,
    pub blocks: Vec<Block>,
    /// `None` for a draft.
    pub signature: Option<Signature>,
    pub content_sha256: Option<String>,
    /// For an addendum: the note it amends and that note's hash.
    pub amends: Option<(String, String)>,
}

impl Printable {
    /// Reads and (for signed notes) verifies the note at `path`.
    pub fn from_file(path: &Path) -> Result<Self, ExportError> {
        let n = NoteFile::read(path)?;
        if n.status() == "signed" {
            sign::verify_note(path)?;
        }
        Ok(Self::from_note(&n))
    }

    /// Builds the printable form of a parsed note (no verification).
    pub fn from_note(n: &NoteFile) -> Self {
        let signed = n.status() == "signed";
        // A signed body is already clean; a draft is cleaned the way signing would.
        let body = if signed {
            n.body.clone()
        } else {
            note::clean_body(&n.body, false)
        };
        let mut title = None;
        let mut blocks = Vec::new();
        let mut para: Vec<String> = Vec::new();
        let flush = |para: &mut Vec<String>, blocks: &mut Vec<Block>| {
            if !para.is_empty() {
                blocks.push(Block::Paragraph(para.join(" ")));
                para.clear();
            }
        };
        for line in body.lines() {
            let line = note::strip_provenance(line);
            let t = line.trim();
            if t.starts_with("<!--") && t.ends_with("-->") {
                continue;
            }
            if let Some(h) = t.strip_prefix("# ").filter(|_| title.is_none()) {
                title = Some(plain(h));
            } else if let Some(h) = t.strip_prefix("## ") {
                flush(&mut para, &mut blocks);
                blocks.push(Block::Heading(plain(h)));
            } else if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
                flush(&mut para, &mut blocks);
                blocks.push(Block::Item(plain(item)));
            } else if t.is_empty() || t == ">" {
                flush(&mut para, &mut blocks);
            } else {
                let t = t.strip_prefix("> ").unwrap_or(t);
                para.push(plain(t));
            }
        }
        flush(&mut para, &mut blocks);
        let signature = signed.then(|| Signature {
            name: n.front.get("signed_by").unwrap_or_default(),
            credentials: n.front.get("credentials").unwrap_or_default(),
            signed_at: n
                .front
                .get("signed_at")
                .map(|s| display_time(&s))
                .unwrap_or_default(),
        });
        let amends = match (n.front.get("amends"), n.front.get("amends_sha256")) {
            (Some(a), Some(h)) => Some((a, h)),
            _ => None,
        };
        Self {
            title: title.unwrap_or_else(|| "Progress note".into()),
            client: n.front.get("client"),
            date: n.front.get("created").map(|c| display_time(&c)),
            format: n.front.get("format"),
            blocks,
            signature,
            content_sha256: n.front.get("content_sha256").filter(|_| signed),
            amends,
        }
    }

    /// The header line facts: "Client: …", "Date: …" (when the memo was recorded), "Format: …".
    pub fn header_facts(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![(
            "Client",
            self.client.clone().unwrap_or_else(|| "not recorded".into()),
        )];
        if let Some(d) = &self.date {
            out.push(("Date", d.clone()));
        }
        if let Some(f) = &self.format {
            out.push(("Format", f.clone()));
        }
        out
    }
}

/// Markdown inline text as plain text: escapes undone, emphasis and code markers removed.
fn plain(s: &str) -> String {
    note::unescape_line(s.trim())
        .replace("**", "")
        .replace("__", "")
        .replace('`', "")
}

/// "2026-11-23T14:05:00+01:00" -> "2026-11-23 14:05".
pub fn display_time(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s) {
        Ok(d) => d.format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNED: &str = "---\nstatus: signed\nformat: SOAP\ncreated: 2026-11-23T14:05:00+01:00\nclient: JD\nsigned_at: 2026-11-23T15:02:00+01:00\nsigned_by: Dr. Ana Ruiz\ncredentials: PsyD\ncontent_sha256: abc\n---\n\n# SOAP progress note (2026-11-23 14:05)\n\n## Subjective\n\nClient reports **better** sleep.\nSecond line.\n\n## Risk\n\n- \"I want to die.\"\n\n> \\# quoted &lt;b>\n";

    #[test]
    fn blocks_headings_and_signature() {
        let n = NoteFile::parse(Path::new("n.md"), SIGNED).unwrap();
        let p = Printable::from_note(&n);
        assert_eq!(p.title, "SOAP progress note (2026-11-23 14:05)");
        assert_eq!(
            p.blocks,
            [
                Block::Heading("Subjective".into()),
                Block::Paragraph("Client reports better sleep. Second line.".into()),
                Block::Heading("Risk".into()),
                Block::Item("\"I want to die.\"".into()),
                Block::Paragraph("# quoted <b>".into()),
            ]
        );
        let s = p.signature.unwrap();
        assert_eq!(s.name, "Dr. Ana Ruiz");
        assert_eq!(s.signed_at, "2026-11-23 15:02");
        assert_eq!(p.content_sha256.as_deref(), Some("abc"));
        assert_eq!(p.client.as_deref(), Some("JD"));
    }
}
