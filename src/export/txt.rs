//! Plain text for pasting into an EHR's text box: headings as plain lines, no Markdown, no
//! comments, list items as "- ", the signature and hash at the end.

use super::{Block, ExportError, Printable};
use std::path::Path;

/// The note at `path` as plain text (a signed note is verified first).
pub fn to_txt(path: &Path) -> Result<String, ExportError> {
    Ok(render(&Printable::from_file(path)?))
}

/// Lays out a printable note as plain text.
pub fn render(p: &Printable) -> String {
    let mut out = String::new();
    out.push_str(&p.title);
    out.push('\n');
    for (k, v) in p.header_facts() {
        out.push_str(&format!("{k}: {v}\n"));
    }
    if let Some((note, hash)) = &p.amends {
        out.push_str(&format!("Amends: {note} (SHA-256 {hash})\n"));
    }
    for b in &p.blocks {
        match b {
            Block::Heading(h) => out.push_str(&format!("\n{h}\n")),
            Block::Paragraph(t) => out.push_str(&format!("{t}\n")),
            Block::Item(t) => out.push_str(&format!("- {t}\n")),
        }
    }
    out.push('\n');
    match &p.signature {
        Some(s) => {
            let who = if s.credentials.is_empty() {
                s.name.clone()
            } else {
                format!("{}, {}", s.name, s.credentials)
            };
            out.push_str(&format!(
                "Electronically signed by {who} on {}\n",
                s.signed_at
            ));
            if let Some(h) = &p.content_sha256 {
                out.push_str(&format!("Content SHA-256: {h}\n"));
            }
        }
        None => out.push_str("DRAFT \u{2014} not signed\n"),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::NoteFile;

    #[test]
    fn no_markdown_and_no_comments() {
        let draft = "---\nstatus: draft\nformat: DAP\ncreated: 2026-11-23T14:05:00+01:00\n---\n\n# DAP progress note \u{2014} draft (2026-11-23 14:05)\n\n<!-- checklist -->\n> **Before you sign**\n> - Covered: plan.\n<!-- /checklist -->\n\n## Data\n\nClient slept well. <!-- memo:1 -->\n\n## Memo transcript\n\n> Client slept well.\n";
        let n = NoteFile::parse(Path::new("d.md"), draft).unwrap();
        let t = render(&Printable::from_note(&n));
        assert_eq!(
            t,
            "DAP progress note (2026-11-23 14:05)\nClient: not recorded\nDate: 2026-11-23 14:05\nFormat: DAP\n\nData\nClient slept well.\n\nDRAFT \u{2014} not signed\n"
        );
    }
}
