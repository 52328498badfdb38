//! A draft file as the review page sees it: front matter, sections of sentences with their
//! `<!-- memo:N -->` provenance, and the memo transcript cut into the same numbered clauses
//! the drafter used. Editing a section rewrites only that section's lines, keeping front
//! matter, headings and each kept line's provenance, so the note app and the page agree.

use hushnote_draft::clauses::{split_clauses, Clause};

/// The heading of the verbatim transcript (shown beside the note, never edited here).
pub const TRANSCRIPT: &str = "Memo transcript";
/// The checklist block's marks (see `hushnote_draft::checklist`).
const CHECKLIST_START: &str = "<!-- checklist -->";
const CHECKLIST_END: &str = "<!-- /checklist -->";
/// Sections that are advice for the clinician, not note content (shown on top, not edited).
const CHECKLIST_PREFIX: &str = "Before you sign";

#[derive(Debug, Clone)]
pub struct Line {
    /// As the clinician reads it: unescaped, without the provenance comment.
    pub text: String,
    /// Memo clause ids this line came from.
    pub memo: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub name: String,
    pub lines: Vec<Line>,
    /// The drafter's quoted advice inside the section (`> ...` lines): shown, never edited,
    /// written back unchanged after the section's sentences.
    pub asides: Vec<String>,
    /// Index of the heading line in the file's lines.
    heading: usize,
    /// One past the section's last line.
    end: usize,
}

impl Section {
    pub fn is_checklist(&self) -> bool {
        self.name.starts_with(CHECKLIST_PREFIX)
    }
    pub fn editable(&self) -> bool {
        self.name != TRANSCRIPT && !self.is_checklist()
    }
}

#[derive(Debug, Clone)]
pub struct DraftDoc {
    /// Top-level `key: value` pairs of the front matter (values as written).
    pub front: Vec<(String, String)>,
    pub title: String,
    /// Lines between the title and the first section (risk warnings), unescaped.
    pub preamble: Vec<String>,
    /// The "Before you sign" items (advice computed from the memo).
    pub checklist: Vec<String>,
    pub sections: Vec<Section>,
    /// The memo transcript, unquoted.
    pub transcript: String,
    lines: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DocError {
    #[error("this draft has no section {0:?}; reload the page")]
    NoSection(String),
    #[error("the section {0:?} cannot be edited here")]
    NotEditable(String),
}

impl DraftDoc {
    pub fn parse(text: &str) -> Self {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut front = Vec::new();
        let mut i = 0;
        if lines.first().map(String::as_str) == Some("---") {
            i = 1;
            while i < lines.len() && lines[i] != "---" {
                let l = &lines[i];
                if !l.starts_with([' ', '\t', '-']) {
                    if let Some((k, v)) = l.split_once(':') {
                        front.push((k.trim().to_string(), v.trim().to_string()));
                    }
                }
                i += 1;
            }
            i += 1;
        }
        let mut title = String::new();
        let mut preamble = Vec::new();
        let mut checklist = Vec::new();
        let mut in_checklist = false;
        let mut sections: Vec<Section> = Vec::new();
        for (n, l) in lines.iter().enumerate().skip(i) {
            if let Some(h) = l.strip_prefix("## ") {
                if let Some(last) = sections.last_mut() {
                    last.end = n;
                }
                sections.push(Section {
                    name: unescape(h.trim()),
                    lines: Vec::new(),
                    asides: Vec::new(),
                    heading: n,
                    end: lines.len(),
                });
            } else if let Some(last) = sections.last_mut() {
                if l.starts_with('>') && last.name != TRANSCRIPT {
                    last.asides.push(l.clone());
                } else if !l.trim().is_empty() {
                    last.lines.push(split_provenance(l));
                }
            } else if l.trim() == CHECKLIST_START {
                in_checklist = true;
            } else if l.trim() == CHECKLIST_END {
                in_checklist = false;
            } else if in_checklist {
                if let Some(item) = l.strip_prefix("> - ") {
                    checklist.push(unescape(item.trim()));
                }
            } else if let Some(t) = l.strip_prefix("# ") {
                title = unescape(t.trim());
            } else if !l.trim().is_empty() {
                preamble.push(unescape(l.trim_start_matches('>').trim()));
            }
        }
        let transcript = sections
            .iter()
            .find(|s| s.name == TRANSCRIPT)
            .map(|s| {
                lines[s.heading + 1..s.end]
                    .iter()
                    .filter_map(|l| l.strip_prefix('>'))
                    .map(|l| unescape(l.strip_prefix(' ').unwrap_or(l)))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        Self {
            front,
            title,
            checklist,
            preamble: preamble.into_iter().filter(|p| !p.is_empty()).collect(),
            sections,
            transcript,
            lines,
        }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.front
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim_matches('"'))
    }

    /// The transcript's clauses, numbered as in the provenance comments.
    pub fn clauses(&self) -> Vec<Clause> {
        split_clauses(&self.transcript)
    }

    /// Risk findings the clinician must see before signing.
    pub fn risk_present(&self) -> bool {
        self.get("risk") == Some("present") || self.get("risk_needs_review") == Some("true")
    }

    /// The first sentence of the first note section: the inbox's summary line.
    pub fn summary(&self) -> String {
        self.sections
            .iter()
            .filter(|s| s.editable() && s.name != "Risk")
            .flat_map(|s| s.lines.iter())
            .map(|l| l.text.as_str())
            .find(|t| *t != hushnote_draft::compose::NOT_ADDRESSED)
            .unwrap_or("")
            .chars()
            .take(140)
            .collect()
    }

    /// The file with section `name` replaced by `new_lines` (one sentence per line). A line
    /// keeps the provenance of the line it replaces at the same position; added lines have
    /// none. Text is escaped so it cannot become a heading or hide in a comment.
    pub fn with_section(&self, name: &str, new_lines: &[String]) -> Result<String, DocError> {
        let s = self
            .sections
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| DocError::NoSection(name.to_string()))?;
        if !s.editable() {
            return Err(DocError::NotEditable(name.to_string()));
        }
        let kept: Vec<&str> = new_lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        let mut body = Vec::new();
        for (i, l) in kept.iter().enumerate() {
            let mut line = escape(l);
            if let Some(old) = s.lines.get(i) {
                if !old.memo.is_empty() {
                    let ids: Vec<String> = old.memo.iter().map(usize::to_string).collect();
                    line.push_str(&format!(" <!-- memo:{} -->", ids.join(",")));
                }
            }
            body.push(line);
        }
        if body.is_empty() {
            body.push(hushnote_draft::compose::NOT_ADDRESSED.to_string());
        }
        if !s.asides.is_empty() {
            body.push(String::new());
            body.extend(s.asides.iter().cloned());
        }
        let mut out: Vec<String> = self.lines[..=s.heading].to_vec();
        out.push(String::new());
        out.extend(body);
        out.push(String::new());
        out.extend(self.lines[s.end..].iter().cloned());
        let mut text = out.join("\n");
        text.push('\n');
        Ok(text)
    }
}

/// Splits a trailing `<!-- memo:1,2 -->` off a line.
fn split_provenance(line: &str) -> Line {
    let trimmed = line.trim_end();
    if let Some(start) = trimmed.rfind("<!-- memo:") {
        if let Some(inner) = trimmed[start + 10..].strip_suffix("-->") {
            let memo = inner
                .trim()
                .split(',')
                .filter_map(|n| n.trim().parse().ok())
                .collect();
            return Line {
                text: unescape(trimmed[..start].trim_end()),
                memo,
            };
        }
    }
    Line {
        text: unescape(trimmed),
        memo: Vec::new(),
    }
}

/// Undoes the drafter's line escaping (`&lt;`, a backslash before a block character).
fn unescape(s: &str) -> String {
    let s = s.replace("&lt;", "<");
    match s.strip_prefix('\\') {
        Some(rest) if rest.starts_with(['#', '>', '-', '+', '*', '|', '=', '`', '~']) => {
            rest.to_string()
        }
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest.to_string(),
        _ => s,
    }
}

/// Text typed on the page as one Markdown line: `<` cannot open a comment or tag, and a
/// line cannot become a heading, quote, rule or list.
fn escape(s: &str) -> String {
    let s = s.replace('<', "&lt;").replace(['\n', '\r'], " ");
    let block = s.starts_with(['#', '>', '-', '+', '*', '|', '='])
        || s.starts_with("```")
        || s.starts_with("~~~")
        || {
            let digits = s.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && s[digits..].starts_with(['.', ')'])
        };
    if block {
        format!("\\{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "---\nstatus: draft\nformat: SOAP\nrisk: present\nmodels:\n  whisper: x\n---\n\n# SOAP note — draft (2026-01-01 10:00)\n\n> **Risk: review before signing** — quoted.\n\n<!-- checklist -->\n> **Before you sign** — advice.\n>\n> - Not covered: duration.\n<!-- /checklist -->\n\n## Subjective\n\nClient reported low mood. <!-- memo:1 -->\nSleep is poor. <!-- memo:2,3 -->\n\n## Plan\n\nNot addressed in memo.\n\n> **No client matched** — advice.\n\n## Memo transcript\n\n> Client reported low mood. Sleep is poor; wakes at 3.\n> \\# not a heading &lt;b>\n";

    #[test]
    fn parses_front_matter_sections_provenance_and_clauses() {
        let d = DraftDoc::parse(DRAFT);
        assert_eq!(d.get("format"), Some("SOAP"));
        assert!(d.risk_present());
        assert_eq!(d.checklist, vec!["Not covered: duration.".to_string()]);
        assert_eq!(d.preamble.len(), 1);
        assert_eq!(d.title, "SOAP note — draft (2026-01-01 10:00)");
        assert_eq!(d.sections[0].name, "Subjective");
        assert_eq!(d.sections[0].lines[1].text, "Sleep is poor.");
        assert_eq!(d.sections[0].lines[1].memo, vec![2, 3]);
        assert!(d.transcript.ends_with("# not a heading <b>"));
        let c = d.clauses();
        assert_eq!(c[0].text, "Client reported low mood.");
        assert_eq!(c[2].id, 3);
        assert_eq!(d.summary(), "Client reported low mood.");
    }

    #[test]
    fn an_edit_keeps_everything_else_and_the_provenance() {
        let d = DraftDoc::parse(DRAFT);
        let out = d
            .with_section(
                "Subjective",
                &[
                    "Client reported very low mood.".into(),
                    "# sneaky <!-- x".into(),
                    "".into(),
                ],
            )
            .unwrap();
        assert!(out.starts_with("---\nstatus: draft\nformat: SOAP\n"));
        assert!(out.contains("Client reported very low mood. <!-- memo:1 -->\n"));
        assert!(out.contains("\\# sneaky &lt;!-- x <!-- memo:2,3 -->\n"));
        assert!(out
            .contains("## Plan\n\nNot addressed in memo.\n\n> **No client matched** — advice.\n"));
        let plan = d
            .with_section("Plan", &["Next session in a week.".into()])
            .unwrap();
        assert!(plan.contains("## Plan\n\nNext session in a week.\n\n> **No client matched** — advice.\n\n## Memo"), "{plan}");
        assert_eq!(d.sections[1].lines.len(), 1);
        assert!(out.ends_with("> \\# not a heading &lt;b>\n"));
        let again = DraftDoc::parse(&out);
        assert_eq!(again.sections.len(), 3);
        assert_eq!(again.sections[0].lines[1].text, "# sneaky <!-- x");
        assert!(d.with_section("Memo transcript", &[]).is_err());
        assert!(d.with_section("Nope", &[]).is_err());
        let emptied = d.with_section("Subjective", &[]).unwrap();
        assert!(emptied.contains("## Subjective\n\nNot addressed in memo.\n\n## Plan"));
    }
}
