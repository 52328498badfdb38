//! The draft as a Markdown file with YAML front matter, ready for a note app's inbox.
//!
//! Layout: front matter; a title; a warning when risk is present (or a near-miss needs a look);
//! the format's sections in order; `## Risk`; `## Memo transcript` last, verbatim, so the
//! reviewer can check every sentence against what was said. Each draft sentence is followed by
//! `<!-- memo:3 -->` naming its memo clauses: note apps do not show it, reviewers can.
//!
//! The front matter is written by hand (a dozen keys) rather than through a YAML library; every
//! string that is not a safe plain word is double-quoted and escaped.

use crate::compose::{risk_labels, DraftSentence, NOT_ADDRESSED};
use crate::risk::Polarity;
use crate::DraftDocument;
use std::fmt::Write as _;

/// A model used for this draft, as the front matter records it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ModelRef {
    pub name: String,
    pub sha256: String,
}

/// What happened to the memo's audio.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AudioDisposal {
    Deleted,
    /// Not deleted, and why (e.g. "kept by configuration", "delete failed: ...").
    Kept {
        reason: String,
    },
}

/// Facts about the run that the draft records but the drafting logic does not know.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RenderMeta {
    /// When the memo was recorded, RFC 3339 ("2026-11-23T14:05:00+01:00").
    pub created: String,
    pub memo_seconds: f64,
    /// `None` for typed memos (no speech recognition involved).
    pub whisper: Option<ModelRef>,
    /// `None` when no language model was used (keyword planner only).
    pub llm: Option<ModelRef>,
    pub audio: AudioDisposal,
    /// sha256 (hex) of the transcript, so the draft can be tied to it without holding it twice.
    pub transcript_sha256: String,
}

/// The line a progress note carries instead of the private note's content.
pub const PRIVATE_NOTE_LINE: &str = "A private psychotherapy note was recorded separately.";

/// Renders the progress-note draft.
pub fn render(doc: &DraftDocument, meta: &RenderMeta) -> String {
    let note = &doc.note;
    let risk = &doc.risk;
    let mut out = String::new();

    // Front matter.
    out.push_str("---\nstatus: draft\n");
    kv(&mut out, "format", &yaml_scalar(&doc.format.name));
    kv(&mut out, "created", &yaml_time(&meta.created));
    kv(&mut out, "memo_seconds", &yaml_seconds(meta.memo_seconds));
    kv(&mut out, "risk", risk.polarity.as_str());
    let flags: Vec<String> = risk.flags.iter().map(|f| yaml_scalar(f)).collect();
    kv(&mut out, "risk_flags", &format!("[{}]", flags.join(", ")));
    kv(&mut out, "risk_needs_review", bool_str(risk.needs_review));
    risk_items(&mut out, risk);
    models(&mut out, meta);
    audio(&mut out, &meta.audio);
    kv(
        &mut out,
        "transcript_sha256",
        &yaml_quoted(&meta.transcript_sha256),
    );
    kv(&mut out, "private_note", bool_str(doc.private.is_some()));
    kv(&mut out, "planner", note.planner.as_str());
    out.push_str("---\n\n");

    // Title and warnings.
    let _ = writeln!(
        out,
        "# {} — draft ({})\n",
        escape_line(&doc.format.title()),
        escape_line(&display_time(&meta.created))
    );
    if risk.polarity == Polarity::Present {
        let _ = writeln!(
            out,
            "> **Risk: review before signing** — the memo contains risk statements ({}); they \
             are quoted verbatim under Risk.\n",
            risk_labels(risk)
        );
    }
    if risk.findings.iter().any(|f| f.attributes.near_miss) {
        let _ = writeln!(
            out,
            "> **Check risk wording** — words that may be mis-transcribed risk terms were \
             matched; compare with the memo transcript.\n"
        );
    } else if risk.needs_review && risk.polarity != Polarity::Present {
        let _ = writeln!(
            out,
            "> **Risk needs review** — see the note under Risk before signing.\n"
        );
    }
    if doc.private.is_some() {
        let _ = writeln!(out, "{PRIVATE_NOTE_LINE}\n");
    }
    if doc
        .private_risk
        .as_ref()
        .is_some_and(|r| r.polarity != Polarity::None)
    {
        let _ = writeln!(
            out,
            "> **The private note also contains risk wording** (not copied here): read it \
             before signing.\n"
        );
    }

    // "Before you sign" (advice only; `hushnote sign` removes it).
    out.push_str(&crate::checklist::render_markdown(
        &crate::checklist::from_document(doc),
    ));
    out.push('\n');

    // Sections.
    for section in &note.sections {
        let _ = writeln!(out, "## {}\n", escape_line(&section.name));
        if section.sentences.is_empty() {
            let _ = writeln!(out, "{NOT_ADDRESSED}");
        }
        for s in &section.sentences {
            let _ = writeln!(out, "{}", sentence_line(s));
        }
        out.push('\n');
    }

    // Risk.
    out.push_str("## Risk\n\n");
    let _ = writeln!(out, "{}", escape_line(&note.risk.summary));
    if !note.risk.findings.is_empty() {
        out.push_str("\nFindings (category — what: polarity, with the memo's words):\n\n");
        for f in &note.risk.findings {
            let _ = writeln!(
                out,
                "- {}: \"{}\" <!-- memo:{} -->",
                escape_line(&f.text),
                escape_line(&f.quote),
                f.clause_id
            );
        }
    }
    if !note.risk.quotes.is_empty() {
        out.push('\n');
        for q in &note.risk.quotes {
            let _ = writeln!(out, "- {}", quoted_line(q));
        }
    }
    if !note.risk.context.is_empty() {
        out.push_str("\nSafety context from the memo, verbatim:\n\n");
        for q in &note.risk.context {
            let _ = writeln!(out, "- {}", quoted_line(q));
        }
    }
    if let Some(review) = &note.risk.review_note {
        let _ = writeln!(out, "\n{}", escape_line(review));
    }

    // Transcript.
    out.push_str("\n## Memo transcript\n\n");
    out.push_str(&blockquote(&doc.public));
    out
}

/// `risk_items:` as a YAML map (category: present | denied | history), `{}` when empty.
fn risk_items(out: &mut String, risk: &crate::risk::RiskAssessment) {
    if risk.items.is_empty() {
        kv(out, "risk_items", "{}");
        return;
    }
    out.push_str("risk_items:\n");
    for (category, status) in &risk.items {
        let _ = writeln!(out, "  {}: {}", yaml_scalar(category), status.as_str());
    }
}

/// Renders the separate private (process) note. It never goes into the progress note.
pub fn render_private(private_text: &str, meta: &RenderMeta) -> String {
    let risk = crate::risk::assess_memo(private_text, &crate::clauses::split_clauses(private_text));
    let mut out = String::from("---\nstatus: draft\nkind: psychotherapy_note\nprivate: true\n");
    kv(&mut out, "created", &yaml_time(&meta.created));
    kv(&mut out, "risk", risk.polarity.as_str());
    kv(
        &mut out,
        "transcript_sha256",
        &yaml_quoted(&meta.transcript_sha256),
    );
    out.push_str("---\n\n");
    let _ = writeln!(
        out,
        "# Psychotherapy note — private ({})\n",
        escape_line(&display_time(&meta.created))
    );
    out.push_str(
        "Kept separate from the progress note: not part of the record shared with payers or the \
         client.\n\n",
    );
    if risk.polarity == Polarity::Present {
        out.push_str(
            "> **Risk wording in this private note** — make sure the progress note's risk \
             statement reflects it.\n\n",
        );
    }
    out.push_str(&blockquote(private_text));
    out
}

fn kv(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "{key}: {value}");
}

fn bool_str(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

fn models(out: &mut String, meta: &RenderMeta) {
    out.push_str("models:\n");
    let mut one = |role: &str, m: Option<&ModelRef>| match m {
        Some(m) => {
            let _ = writeln!(
                out,
                "  {role}:\n    name: {}\n    sha256: {}",
                yaml_scalar(&m.name),
                yaml_quoted(&m.sha256)
            );
        }
        None => {
            let _ = writeln!(out, "  {role}: null");
        }
    };
    one("whisper", meta.whisper.as_ref());
    one("llm", meta.llm.as_ref());
}

fn audio(out: &mut String, audio: &AudioDisposal) {
    match audio {
        AudioDisposal::Deleted => kv(out, "audio_deleted", "true"),
        AudioDisposal::Kept { reason } => {
            kv(out, "audio_deleted", "false");
            kv(out, "audio_kept_reason", &yaml_scalar(reason));
        }
    }
}

/// A YAML scalar: plain when it cannot be misread (letters, digits, space, `_-.+`, starting
/// with a letter, not a YAML 1.1 boolean/null), else double-quoted with escapes.
pub fn yaml_scalar(s: &str) -> String {
    const RESERVED: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf",
    ];
    let plain = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && !s.ends_with(' ')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || " _-.+".contains(c))
        && !RESERVED.contains(&s.to_ascii_lowercase().as_str());
    if plain {
        s.to_string()
    } else {
        yaml_quoted(s)
    }
}

/// A double-quoted YAML string; control and line-separator characters are escaped.
pub fn yaml_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// RFC 3339 timestamps stay plain (note apps read them as dates); anything else is quoted.
fn yaml_time(s: &str) -> String {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    let looks_rfc3339 = b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && s[16..]
            .chars()
            .all(|c| c.is_ascii_digit() || ":.+-Z".contains(c));
    if looks_rfc3339 {
        s.to_string()
    } else {
        yaml_quoted(s)
    }
}

fn yaml_seconds(secs: f64) -> String {
    if secs.is_finite() {
        format!("{secs:.1}")
    } else {
        "null".to_string()
    }
}

/// "2026-11-23T14:05:00+01:00" -> "2026-11-23 14:05" for the title.
fn display_time(created: &str) -> String {
    match (created.get(..10), created.get(11..16)) {
        (Some(date), Some(time)) if created.as_bytes().get(10) == Some(&b'T') => {
            format!("{date} {time}")
        }
        _ => created.to_string(),
    }
}

/// A sentence line with its provenance comment.
fn sentence_line(s: &DraftSentence) -> String {
    format!("{}{}", escape_line(&s.text), provenance(&s.clause_ids))
}

/// A verbatim memo sentence in quotation marks, with provenance.
fn quoted_line(s: &DraftSentence) -> String {
    format!(
        "\"{}\"{}",
        escape_inline(&s.text),
        provenance(&s.clause_ids)
    )
}

fn provenance(ids: &[usize]) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let ids: Vec<String> = ids.iter().map(usize::to_string).collect();
    format!(" <!-- memo:{} -->", ids.join(","))
}

/// Memo text inside a line: `<` could open an HTML comment or tag and hide what follows.
fn escape_inline(s: &str) -> String {
    s.replace('<', "&lt;").replace(['\n', '\r'], " ")
}

/// Memo text as a whole line: also keeps it from becoming a heading, quote or list item.
fn escape_line(s: &str) -> String {
    let s = escape_inline(s);
    let starts_block = s.starts_with(['#', '>', '-', '+', '*', '|', '='])
        || s.starts_with("```")
        || s.starts_with("~~~")
        || {
            let digits = s.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && s[digits..].starts_with(['.', ')'])
        };
    if starts_block {
        format!("\\{s}")
    } else {
        s
    }
}

/// Text as a Markdown blockquote, line by line.
fn blockquote(text: &str) -> String {
    let mut out = String::new();
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {}", escape_line(line));
        }
    }
    if out.is_empty() {
        out.push_str("> (empty)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{draft, DraftOptions, Format};

    fn meta() -> RenderMeta {
        RenderMeta {
            created: "2026-11-23T14:05:00+01:00".into(),
            memo_seconds: 31.24,
            whisper: Some(ModelRef {
                name: "ggml-tiny.en".into(),
                sha256: "0123abcd".into(),
            }),
            llm: Some(ModelRef {
                name: "SmolLM2-135M-Instruct Q4_1".into(),
                sha256: "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53".into(),
            }),
            audio: AudioDisposal::Deleted,
            transcript_sha256: "ffee".into(),
        }
    }

    fn front_matter(md: &str) -> &str {
        let rest = md.strip_prefix("---\n").unwrap();
        &rest[..rest.find("\n---\n").unwrap()]
    }

    #[test]
    fn yaml_scalars() {
        assert_eq!(yaml_scalar("SOAP"), "SOAP");
        assert_eq!(yaml_scalar("suicidal_ideation"), "suicidal_ideation");
        assert_eq!(yaml_scalar("yes"), "\"yes\"");
        assert_eq!(yaml_scalar("12ab"), "\"12ab\"");
        assert_eq!(yaml_scalar("a: b"), "\"a: b\"");
        assert_eq!(yaml_scalar(""), "\"\"");
        assert_eq!(yaml_quoted("x\"y\\z\n\u{7}"), "\"x\\\"y\\\\z\\n\\u0007\"");
        assert_eq!(yaml_time("2026-11-23T14:05:00Z"), "2026-11-23T14:05:00Z");
        assert_eq!(yaml_time("yesterday: 5pm"), "\"yesterday: 5pm\"");
    }

    #[test]
    fn front_matter_has_every_key() {
        let doc = draft(
            "Client discussed work stress. She denies suicidal ideation. Homework is journaling.",
            &Format::builtin("soap").unwrap(),
            None,
            &DraftOptions::default(),
        );
        let md = render(&doc, &meta());
        let fm = front_matter(&md);
        for line in [
            "status: draft",
            "format: SOAP",
            "created: 2026-11-23T14:05:00+01:00",
            "memo_seconds: 31.2",
            "risk: denied",
            "risk_flags: [suicidal_ideation]",
            "risk_needs_review: false",
            "models:\n  whisper:\n    name: ggml-tiny.en\n    sha256: \"0123abcd\"",
            "  llm:\n    name: SmolLM2-135M-Instruct Q4_1\n",
            "audio_deleted: true",
            "transcript_sha256: \"ffee\"",
            "private_note: false",
            "planner: rules",
        ] {
            assert!(fm.contains(line), "missing {line:?} in\n{fm}");
        }
        assert!(md.contains("# SOAP progress note — draft (2026-11-23 14:05)"));
    }

    #[test]
    fn kept_audio_and_no_llm() {
        let doc = draft(
            "Client slept well.",
            &Format::builtin("dap").unwrap(),
            None,
            &DraftOptions::default(),
        );
        let mut m = meta();
        m.audio = AudioDisposal::Kept {
            reason: "delete failed: \"busy\"".into(),
        };
        m.llm = None;
        let fm = render(&doc, &m);
        let fm = front_matter(&fm);
        assert!(
            fm.contains("audio_deleted: false\naudio_kept_reason: \"delete failed: \\\"busy\\\"\""),
            "{fm}"
        );
        assert!(fm.contains("  llm: null"), "{fm}");
    }

    #[test]
    fn layout_sections_risk_and_transcript() {
        let memo = "Client disclosed thoughts of ending her life. We completed a safety plan.";
        let doc = draft(
            memo,
            &Format::builtin("birp").unwrap(),
            None,
            &DraftOptions::default(),
        );
        let md = render(&doc, &meta());
        let heads: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            heads,
            [
                "## Behavior",
                "## Intervention",
                "## Response",
                "## Plan",
                "## Risk",
                "## Memo transcript"
            ]
        );
        assert!(md.contains("> **Risk: review before signing**"));
        assert!(md.contains("- \"Client disclosed thoughts of ending her life.\" <!-- memo:1 -->"));
        assert!(md.contains("Not addressed in memo."));
        assert!(md.ends_with(&format!("## Memo transcript\n\n> {memo}\n")));
        assert!(md.contains("<!-- memo:2 -->"));
    }

    #[test]
    fn private_note_is_mentioned_never_copied() {
        let doc = draft(
            "Client discussed grief. Private note: I felt irritated with her today.",
            &Format::builtin("soap").unwrap(),
            None,
            &DraftOptions::default(),
        );
        let md = render(&doc, &meta());
        assert!(md.contains(PRIVATE_NOTE_LINE));
        assert!(md.contains("private_note: true"));
        assert!(!md.contains("irritated"), "{md}");
        let private = render_private(doc.private.as_deref().unwrap(), &meta());
        assert!(private.contains("kind: psychotherapy_note"));
        assert!(private.contains("> I felt irritated with her today."));
    }

    #[test]
    fn memo_text_cannot_hide_or_restructure_the_draft() {
        let doc = draft(
            "# Plan <!-- hidden. 1. Listed -->",
            &Format::builtin("pie").unwrap(),
            None,
            &DraftOptions::default(),
        );
        let md = render(&doc, &meta());
        assert!(!md.contains("<!-- hidden"), "{md}");
        assert!(
            md.lines()
                .all(|l| l != "# Plan" && !l.starts_with("# Plan ")),
            "{md}"
        );
        assert!(md.contains("\\# Plan &lt;!-- hidden."), "{md}");
    }
}
