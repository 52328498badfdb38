//! Reading a draft or signed note file: its front matter, its sections, and the clean body that
//! signing keeps (no provenance comments, no checklist, no draft warnings, no transcript).
//!
//! Drafts come from `hushnote_draft::render` and may then have been edited by the clinician in a
//! note app, so the parser is forgiving about everything except the front matter fences.

pub mod frontmatter;

pub use frontmatter::FrontMatter;

use hushnote_draft::checklist;
use std::path::{Path, PathBuf};

/// The heading of the verbatim memo transcript in a draft.
pub const TRANSCRIPT_HEADING: &str = "Memo transcript";

#[derive(Debug, thiserror::Error)]
pub enum NoteError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not UTF-8 text; is it a hushnote note?")]
    NotText { path: PathBuf },
    #[error(
        "{path} has no front matter (a `---` block at the top); it is not a hushnote draft or note"
    )]
    NoFrontMatter { path: PathBuf },
}

/// A note file split into front matter and body.
#[derive(Debug, Clone)]
pub struct NoteFile {
    pub path: PathBuf,
    pub front: FrontMatter,
    /// Everything after the closing `---` line, exactly as in the file.
    pub body: String,
}

/// One `## ` section of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    /// The section's text, trimmed, as in the file.
    pub text: String,
}

impl NoteFile {
    pub fn read(path: &Path) -> Result<Self, NoteError> {
        let bytes = std::fs::read(path).map_err(|source| NoteError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|_| NoteError::NotText {
            path: path.to_path_buf(),
        })?;
        Self::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Self, NoteError> {
        let (fm, body) = split_front_matter(text).ok_or_else(|| NoteError::NoFrontMatter {
            path: path.to_path_buf(),
        })?;
        Ok(Self {
            path: path.to_path_buf(),
            front: FrontMatter::parse(fm),
            body: body.to_string(),
        })
    }

    /// `status:` lower-cased (`draft`, `final`, `signed`), or empty.
    pub fn status(&self) -> String {
        self.front
            .get("status")
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    /// The draft id: the last `_` part of a pipeline file name (`..._<id>.md`), else the
    /// front matter's `draft_id`.
    pub fn draft_id(&self) -> Option<String> {
        if let Some(id) = self.front.get("draft_id") {
            return Some(id);
        }
        let stem = self.path.file_stem()?.to_str()?;
        let id = stem.rsplit('_').next()?;
        (id.len() >= 6 && id.chars().all(|c| c.is_ascii_hexdigit())).then(|| id.to_string())
    }

    /// The note's title line (`# ...`) without the `# `, if any.
    pub fn title(&self) -> Option<String> {
        self.body
            .lines()
            .find_map(|l| l.strip_prefix("# "))
            .map(|t| t.trim().to_string())
    }

    /// The `## ` sections, in order.
    pub fn sections(&self) -> Vec<Section> {
        sections(&self.body)
    }

    /// The memo transcript quoted in the draft, unquoted again (None when absent).
    pub fn transcript(&self) -> Option<String> {
        let s = self
            .sections()
            .into_iter()
            .find(|s| s.name == TRANSCRIPT_HEADING)?;
        let text: Vec<String> = s
            .text
            .lines()
            .map(|l| {
                let l = l.strip_prefix('>').unwrap_or(l);
                unescape_line(l.strip_prefix(' ').unwrap_or(l))
            })
            .collect();
        Some(text.join("\n").trim().to_string())
    }

    /// The "before you sign" checklist for the draft as it is now: the memo transcript and the
    /// current sections (the clinician may have edited them).
    pub fn checklist(&self) -> checklist::Checklist {
        let memo = self.transcript().unwrap_or_default();
        let sections: Vec<(String, String)> = self
            .sections()
            .into_iter()
            .filter(|s| s.name != TRANSCRIPT_HEADING)
            .map(|s| (s.name, strip_provenance(&s.text)))
            .collect();
        checklist::check(&memo, &sections)
    }
}

/// Splits `---\n<front matter>\n---\n<body>`.
pub fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    if let Some(body) = rest.strip_prefix("---\n") {
        return Some(("", body));
    }
    let end = rest.find("\n---\n").or_else(|| {
        rest.strip_suffix("\n---")
            .map(|s| s.len())
            .filter(|_| rest.ends_with("\n---"))
    })?;
    let fm = &rest[..end];
    let body = rest.get(end + 5..).unwrap_or("");
    Some((fm, body))
}

/// The `## ` sections of a body.
pub fn sections(body: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in body.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            if let Some((n, lines)) = current.take() {
                out.push(Section {
                    name: n,
                    text: lines.join("\n").trim().to_string(),
                });
            }
            current = Some((name.trim().to_string(), Vec::new()));
        } else if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    if let Some((n, lines)) = current {
        out.push(Section {
            name: n,
            text: lines.join("\n").trim().to_string(),
        });
    }
    out
}

/// Removes `<!-- memo:N -->` provenance comments (and the space before each).
pub fn strip_provenance(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<!-- memo:") {
        let Some(end) = rest[i..].find("-->") else {
            break;
        };
        out.push_str(rest[..i].trim_end_matches(' '));
        rest = &rest[i + end + 3..];
    }
    out.push_str(rest);
    out
}

/// Lines of a draft's preamble that only make sense before signing (render.rs writes them).
fn is_draft_warning(line: &str) -> bool {
    [
        "> **Risk: review before signing**",
        "> **Check risk wording**",
        "> **The private note also contains risk wording**",
        // Advice from the goals step (hushnote_draft::goals): for the clinician, not the record.
        "> **No client matched**",
    ]
    .iter()
    .any(|w| line.starts_with(w))
}

/// The goals step's "Before signing:" list (untouched goals, plan items not mentioned) is advice
/// for the clinician, like the checklist: it ends at the first line that is not a list item.
const GOALS_ADVICE: &str = "Before signing:";

/// True when the draft says its private note holds risk wording (render.rs's warning line).
pub fn private_note_has_risk(body: &str) -> bool {
    body.lines()
        .any(|l| l.starts_with("> **The private note also contains risk wording**"))
}

/// The body a signed note keeps: no checklist block, no draft warnings, no provenance
/// comments, the title without "— draft", and the memo transcript only when `keep_transcript`.
/// Ends in exactly one newline.
pub fn clean_body(body: &str, keep_transcript: bool) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut in_checklist = false;
    let mut in_advice = false;
    let mut in_transcript = false;
    let mut skip_blank = false;
    for line in body.lines() {
        if line.trim() == checklist::START_MARK {
            in_checklist = true;
            continue;
        }
        if in_checklist {
            if line.trim() == checklist::END_MARK {
                in_checklist = false;
                skip_blank = true;
            }
            continue;
        }
        if line.trim() == GOALS_ADVICE {
            in_advice = true;
            continue;
        }
        if in_advice {
            if line.trim().is_empty() || line.starts_with("- ") {
                continue;
            }
            in_advice = false;
        }
        if let Some(name) = line.strip_prefix("## ") {
            in_transcript = name.trim() == TRANSCRIPT_HEADING && !keep_transcript;
        }
        if in_transcript {
            continue;
        }
        if is_draft_warning(line) {
            skip_blank = true;
            continue;
        }
        if skip_blank && line.trim().is_empty() {
            skip_blank = false;
            continue;
        }
        skip_blank = false;
        let line = match line.strip_prefix("# ") {
            Some(title) => format!("# {}", undraft_title(title)),
            None => strip_provenance(line).trim_end().to_string(),
        };
        out.push(line);
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.trim().is_empty()) {
        out.remove(0);
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

/// "SOAP progress note — draft (2026-11-23 14:05)" -> "SOAP progress note (2026-11-23 14:05)".
fn undraft_title(title: &str) -> String {
    title.replacen(" \u{2014} draft (", " (", 1)
}

/// Undoes render.rs's escaping of memo text on a line: `\#` at the start and `&lt;`.
pub fn unescape_line(line: &str) -> String {
    let line = line.strip_prefix('\\').unwrap_or(line);
    line.replace("&lt;", "<")
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "---\nstatus: draft\nformat: SOAP\nrisk: present\n---\n\n# SOAP progress note \u{2014} draft (2026-11-23 14:05)\n\n> **Risk: review before signing** \u{2014} the memo contains risk statements.\n\n<!-- checklist -->\n> **Before you sign**\n> - Covered: plan.\n<!-- /checklist -->\n\n## Subjective\n\nClient seemed sad. <!-- memo:1 -->\n\n## Plan\n\nNot addressed in memo.\n\n## Risk\n\n- \"I want to die.\" <!-- memo:2 -->\n\n## Memo transcript\n\n> Client seemed sad. I want to die.\n> \\# not a heading &lt;b>\n";

    #[test]
    fn parses_sections_transcript_and_id() {
        let n = NoteFile::parse(Path::new("/x/2026-11-23_1405_soap_0a1b2c3d.md"), DRAFT).unwrap();
        assert_eq!(n.status(), "draft");
        assert_eq!(n.draft_id().as_deref(), Some("0a1b2c3d"));
        let names: Vec<String> = n.sections().into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Subjective", "Plan", "Risk", "Memo transcript"]);
        assert_eq!(
            n.transcript().as_deref(),
            Some("Client seemed sad. I want to die.\n# not a heading <b>")
        );
        let c = n.checklist();
        assert_eq!(c.not_addressed, ["Plan"]);
        assert!(c.wording.iter().any(|w| w.phrase == "seemed sad"));
    }

    #[test]
    fn clean_body_drops_the_goals_advice() {
        let with_client = "---\nstatus: draft\n---\n\n# DAP progress note \u{2014} draft (2026-11-23 14:05)\n\n## Plan\n\nDiary daily. <!-- memo:3 -->\n\n## Goals\n\n- Goal 1 (sleep): progress: \"sleeping six hours\" <!-- memo:1 -->\n\nBefore signing:\n\n- Goal 2 (work) is not touched by this memo.\n- Carried forward \"walk daily\" is not mentioned.\n\n## Risk\n\nNot addressed in memo.\n";
        let n = NoteFile::parse(Path::new("d.md"), with_client).unwrap();
        let clean = clean_body(&n.body, false);
        assert!(clean.contains("- Goal 1 (sleep): progress"), "{clean}");
        assert!(!clean.contains("Before signing"), "{clean}");
        assert!(!clean.contains("not touched"), "{clean}");
        assert!(
            clean.contains("## Risk\n\nNot addressed in memo.\n"),
            "{clean}"
        );

        let no_client = "---\nstatus: draft\n---\n\n# SOAP progress note\n\n## Plan\n\nDiary daily. <!-- memo:1 -->\n\n> **No client matched** \u{2014} this memo was drafted without a client.\n\n## Risk\n\nNot addressed in memo.\n";
        let n = NoteFile::parse(Path::new("d.md"), no_client).unwrap();
        let clean = clean_body(&n.body, false);
        assert!(!clean.contains("No client matched"), "{clean}");
        assert!(clean.contains("Diary daily.\n\n## Risk"), "{clean}");
    }

    #[test]
    fn clean_body_keeps_the_note_and_nothing_else() {
        let n = NoteFile::parse(Path::new("d.md"), DRAFT).unwrap();
        let clean = clean_body(&n.body, false);
        assert_eq!(
            clean,
            "# SOAP progress note (2026-11-23 14:05)\n\n## Subjective\n\nClient seemed sad.\n\n## Plan\n\nNot addressed in memo.\n\n## Risk\n\n- \"I want to die.\"\n"
        );
        let kept = clean_body(&n.body, true);
        assert!(
            kept.contains("## Memo transcript\n\n> Client seemed sad."),
            "{kept}"
        );
        assert!(!kept.contains("<!--"));
    }

    #[test]
    fn front_matter_is_required() {
        assert!(NoteFile::parse(Path::new("x.md"), "# just markdown\n").is_err());
        assert!(split_front_matter("---\na: b\n---\n").is_some());
        assert_eq!(
            split_front_matter("---\na: b\n---").map(|x| x.0),
            Some("a: b")
        );
    }
}
