//! Section placement measured against labelled memos: does each labelled clause, and each key
//! fact, land in a section its format allows (the corpus README's `sections` lists)?
//!
//! The labelled clauses are cut by hand and need not match the drafter's own clauses, so a
//! labelled clause (or key fact) is judged by the drafted clause that overlaps most of its text:
//! the section that drafted clause went to is the labelled clause's placement. The same scoring
//! serves the library path ([`place_with_library`]) and drafts written by the real binary
//! ([`placement_from_markdown`]), so both are measured by one rule.

use super::LabelledMemo;
use crate::{DraftOptions, Format};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Where the drafter put a memo's text: each drafted clause's byte range in the memo and the
/// section it went to.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    pub spans: Vec<(usize, usize, String)>,
    /// The draft's body text (sections and Risk, without the transcript), for key-fact coverage.
    pub body: String,
}

impl Placement {
    /// The section of the drafted clause that overlaps most of `[start, end)`.
    fn section_of(&self, start: usize, end: usize) -> Option<&str> {
        self.spans
            .iter()
            .map(|(a, b, s)| ((*b).min(end).saturating_sub((*a).max(start)), s))
            .filter(|(overlap, _)| *overlap > 0)
            .max_by_key(|(overlap, _)| *overlap)
            .map(|(_, s)| s.as_str())
    }
}

/// Drafts `memo` with the library's own planner (the shipped path for formats placed by role)
/// and reports where every clause went.
pub fn place_with_library(memo: &LabelledMemo, format: &Format) -> Placement {
    let doc = crate::draft(&memo.memo, format, None, &DraftOptions::default());
    let mut spans = Vec::new();
    let mut body = String::new();
    for section in &doc.note.sections {
        for s in &section.sentences {
            let _ = writeln!(body, "{}", s.text);
            for id in &s.clause_ids {
                if let Some(c) = doc.clauses.iter().find(|c| c.id == *id) {
                    spans.push((c.start, c.end, section.name.clone()));
                }
            }
        }
    }
    for q in doc.note.risk.quotes.iter().chain(&doc.note.risk.context) {
        let _ = writeln!(body, "{}", q.text);
    }
    Placement { spans, body }
}

/// Reads a draft written by `hushnote process` for `memo`: each body line carrying a provenance
/// comment (`<!-- memo:3 -->`, or `memo:3,4`) is placed under the `## ` heading above it. The
/// clause numbers are the library's clause cut of the same transcript.
pub fn placement_from_markdown(memo: &str, markdown: &str) -> Placement {
    let prepared = crate::prepare(memo, &DraftOptions::default());
    let body = markdown
        .split("\n## Memo transcript")
        .next()
        .unwrap_or_default();
    let mut spans = Vec::new();
    let mut heading = String::new();
    for line in body.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            heading = h.trim().to_string();
            continue;
        }
        // The Risk section quotes clauses that are also placed in a format section.
        if heading == "Risk" {
            continue;
        }
        let Some(at) = line.find("<!-- memo:") else {
            continue;
        };
        let ids = line[at + "<!-- memo:".len()..]
            .split("-->")
            .next()
            .unwrap_or_default();
        for id in ids
            .split(',')
            .filter_map(|s| s.trim().parse::<usize>().ok())
        {
            if let Some(c) = prepared.clauses.iter().find(|c| c.id == id) {
                spans.push((c.start, c.end, heading.clone()));
            }
        }
    }
    let body = body
        .lines()
        .map(|l| l.split("<!--").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    Placement { spans, body }
}

/// One labelled clause or fact that landed outside its allowed sections.
#[derive(Debug, Clone)]
pub struct Miss {
    pub memo: String,
    pub format: String,
    pub role: String,
    pub text: String,
    pub placed: String,
    pub allowed: Vec<String>,
}

/// Counts for one format (or the total).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub memos: usize,
    pub clauses: usize,
    pub clauses_ok: usize,
    pub facts: usize,
    pub facts_ok: usize,
    pub facts_covered: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.memos += o.memos;
        self.clauses += o.clauses;
        self.clauses_ok += o.clauses_ok;
        self.facts += o.facts;
        self.facts_ok += o.facts_ok;
        self.facts_covered += o.facts_covered;
    }
}

/// Scores one memo's placement. Returns the tally and the misses (clauses first, then facts).
pub fn score(memo: &LabelledMemo, placement: &Placement) -> (Tally, Vec<Miss>) {
    let mut t = Tally {
        memos: 1,
        ..Tally::default()
    };
    let mut misses = Vec::new();
    // Labelled clauses in memo order: find each after the previous one.
    let mut spans = Vec::new();
    let mut from = 0;
    for c in &memo.clauses {
        let at = memo.memo[from..]
            .find(&c.text)
            .map(|i| i + from)
            .or_else(|| memo.memo.find(&c.text));
        if let Some(at) = at {
            spans.push((at, at + c.text.len(), c));
            from = at + c.text.len();
        }
    }
    let miss = |role: &str, text: &str, placed: &str, allowed: &[String]| Miss {
        memo: memo.id.clone(),
        format: memo.format.clone(),
        role: role.to_string(),
        text: text.to_string(),
        placed: placed.to_string(),
        allowed: allowed.to_vec(),
    };
    for &(a, b, c) in &spans {
        t.clauses += 1;
        let placed = placement.section_of(a, b).unwrap_or("(nowhere)");
        if c.sections.iter().any(|s| s == placed) {
            t.clauses_ok += 1;
        } else {
            misses.push(miss(&c.role, &c.text, placed, &c.sections));
        }
    }
    let body = normalise(&placement.body);
    for fact in &memo.facts {
        t.facts += 1;
        if body.contains(&normalise(fact)) {
            t.facts_covered += 1;
        }
        let Some(at) = memo.memo.find(fact.as_str()) else {
            continue;
        };
        let (fa, fb) = (at, at + fact.len());
        let owner = spans
            .iter()
            .map(|&(a, b, c)| (b.min(fb).saturating_sub(a.max(fa)), c))
            .filter(|(o, _)| *o > 0)
            .max_by_key(|(o, _)| *o)
            .map(|(_, c)| c);
        let placed = placement.section_of(fa, fb).unwrap_or("(nowhere)");
        match owner {
            Some(c) if c.sections.iter().any(|s| s == placed) => t.facts_ok += 1,
            Some(c) => misses.push(miss("fact", fact, placed, &c.sections)),
            None => misses.push(miss("fact", fact, placed, &[])),
        }
    }
    (t, misses)
}

/// Lower-case words, numbers as digits for the small ones, single spaces: the same
/// normalisation scripts/eval.py uses for key-fact coverage.
fn normalise(s: &str) -> String {
    const NUM: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let lower = s.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| {
            NUM.iter()
                .position(|n| *n == w)
                .map_or_else(|| w.to_string(), |i| i.to_string())
        })
        .collect();
    format!(" {} ", words.join(" "))
}

/// Per-format tallies plus the total, and every miss.
pub struct Report {
    pub by_format: BTreeMap<String, Tally>,
    pub total: Tally,
    pub misses: Vec<Miss>,
}

/// Scores every memo with `place` deciding where its clauses go.
pub fn evaluate(
    memos: &[LabelledMemo],
    mut place: impl FnMut(&LabelledMemo) -> Option<Placement>,
) -> Report {
    let mut by_format: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    let mut misses = Vec::new();
    for m in memos {
        let Some(p) = place(m) else { continue };
        let (t, ms) = score(m, &p);
        by_format.entry(m.format.clone()).or_default().add(&t);
        total.add(&t);
        misses.extend(ms);
    }
    Report {
        by_format,
        total,
        misses,
    }
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".to_string()
    } else {
        format!("{:.1} %", 100.0 * n as f64 / d as f64)
    }
}

impl Report {
    /// The per-format table as Markdown.
    pub fn table(&self) -> String {
        let mut s = String::from(
            "| format | memos | clauses in an allowed section | key facts in an allowed section | key-fact coverage |\n\
             |---|---|---|---|---|\n",
        );
        let rows = self
            .by_format
            .iter()
            .map(|(f, t)| (f.as_str(), t))
            .chain(std::iter::once(("total", &self.total)));
        for (f, t) in rows {
            let _ = writeln!(
                s,
                "| {f} | {} | {}/{} ({}) | {}/{} ({}) | {}/{} ({}) |",
                t.memos,
                t.clauses_ok,
                t.clauses,
                pct(t.clauses_ok, t.clauses),
                t.facts_ok,
                t.facts,
                pct(t.facts_ok, t.facts),
                t.facts_covered,
                t.facts,
                pct(t.facts_covered, t.facts),
            );
        }
        s
    }

    /// Every miss, one line each (for development sets only: reading the misses of a held-out
    /// set turns it into a development set).
    pub fn miss_list(&self) -> String {
        let mut s = String::new();
        for m in &self.misses {
            let _ = writeln!(
                s,
                "- {} {} [{}] {:?} -> {} (allowed: {})",
                m.memo,
                m.format,
                m.role,
                m.text,
                m.placed,
                m.allowed.join(" | ")
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memo() -> LabelledMemo {
        serde_json::from_value(serde_json::json!({
            "id": "t1", "format": "SOAP",
            "memo": "She says sleep is poor. We practiced breathing. Homework is a diary.",
            "clauses": [
                {"text": "She says sleep is poor.", "role": "client_report", "sections": ["Subjective"]},
                {"text": "We practiced breathing.", "role": "intervention", "sections": ["Objective", "Plan"]},
                {"text": "Homework is a diary.", "role": "plan", "sections": ["Plan"]}
            ],
            "risk": "none",
            "facts": ["sleep is poor", "a diary"]
        }))
        .unwrap()
    }

    #[test]
    fn scores_by_largest_overlap() {
        let m = memo();
        let p = Placement {
            spans: vec![
                (0, 23, "Subjective".into()),
                (24, 47, "Assessment".into()),
                (48, 68, "Plan".into()),
            ],
            body: "She says sleep is poor.\nHomework is a diary.".into(),
        };
        let (t, misses) = score(&m, &p);
        assert_eq!((t.clauses, t.clauses_ok), (3, 2));
        assert_eq!((t.facts, t.facts_ok, t.facts_covered), (2, 2, 2));
        assert_eq!(misses.len(), 1);
        assert_eq!(misses[0].placed, "Assessment");
    }

    #[test]
    fn markdown_placement_reads_headings_and_provenance() {
        let m = memo();
        let md = "---\nx: y\n---\n# SOAP\n\n## Subjective\n\n- She says sleep is poor. <!-- memo:1 -->\n\n\
                  ## Objective\n\n- Clinician and client practiced breathing. <!-- memo:2 -->\n\n\
                  ## Plan\n\n- Homework is a diary. <!-- memo:3 -->\n\n## Risk\n\n- x <!-- memo:1 -->\n\n\
                  ## Memo transcript\n\n> She says sleep is poor.\n";
        let p = placement_from_markdown(&m.memo, md);
        let (t, _) = score(&m, &p);
        assert_eq!((t.clauses_ok, t.facts_ok, t.facts_covered), (3, 2, 2));
    }
}
