//! Risk measured on labelled corpora: the product's own [`crate::risk::assess`] on each
//! sentence and each memo, compared with the labels.
//!
//! Three views, as issue 10 asks: the top-level label (`present | denied | none`) at sentence
//! and memo level as confusion matrices; polarity per category (`present | denied | absent`,
//! `history` counted as absent because the labels have no history value); and every false
//! reassurance (risk present, draft says `denied` or `none`), listed by id with its text. The
//! corpora are written for testing, not real memos, so quoting them here is fine.

use super::{LabelledMemo, LabelledSentence};
use crate::risk::{assess_memo, ItemStatus};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The three top-level labels, in matrix order.
pub const LABELS: [&str; 3] = ["present", "denied", "none"];

/// What the rules say about one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prediction {
    pub risk: String,
    /// Category → `present | denied` (history and absent are left out, as in the labels).
    pub items: BTreeMap<String, String>,
    pub needs_review: bool,
}

/// Runs the product's risk rules on a text, as the drafting pipeline does (sentence by
/// sentence; the clause cut does not change the reading).
pub fn predict(text: &str) -> Prediction {
    let whole = crate::Clause {
        id: 1,
        text: text.to_string(),
        start: 0,
        end: text.len(),
        risk: false,
        risk_free: false,
        risk_elsewhere: false,
    };
    let r = assess_memo(text, &[whole]);
    let items = r
        .items
        .iter()
        .filter_map(|(k, v)| match v {
            ItemStatus::Present => Some((k.clone(), "present".to_string())),
            ItemStatus::Denied => Some((k.clone(), "denied".to_string())),
            ItemStatus::History => None,
        })
        .collect();
    Prediction {
        risk: r.polarity.as_str().to_string(),
        items,
        needs_review: r.needs_review,
    }
}

/// The findings of a text, one per line: category, status, concept, attributes, quote.
pub fn explain(text: &str) -> String {
    let whole = crate::Clause {
        id: 1,
        text: text.to_string(),
        start: 0,
        end: text.len(),
        risk: false,
        risk_free: false,
        risk_elsewhere: false,
    };
    let r = assess_memo(text, &[whole]);
    let mut out = String::new();
    for f in &r.findings {
        let _ = writeln!(
            out,
            "    {} {} {:?} {:?} \"{}\"",
            f.kind.flag(),
            f.status.as_str(),
            f.concept,
            f.attributes.words(),
            f.quote
        );
    }
    out
}

/// A 3×3 confusion matrix over [`LABELS`]: `m[truth][predicted]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confusion {
    pub m: [[usize; 3]; 3],
}

fn label_index(l: &str) -> usize {
    LABELS.iter().position(|x| *x == l).unwrap_or(2)
}

impl Confusion {
    pub fn add(&mut self, truth: &str, predicted: &str) {
        self.m[label_index(truth)][label_index(predicted)] += 1;
    }
    pub fn total(&self) -> usize {
        self.m.iter().flatten().sum()
    }
    pub fn correct(&self) -> usize {
        (0..3).map(|i| self.m[i][i]).sum()
    }
    /// Truth `present`, predicted `denied` or `none`.
    pub fn false_reassurances(&self) -> usize {
        self.m[0][1] + self.m[0][2]
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct(), self.total())
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Per-category polarity: for every text and every category that the label or the prediction
/// names, is the prediction's value (`present | denied | absent`) the label's?
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CategoryScore {
    /// Category → (right, scored).
    pub per_category: BTreeMap<String, (usize, usize)>,
}

impl CategoryScore {
    pub fn right(&self) -> usize {
        self.per_category.values().map(|v| v.0).sum()
    }
    pub fn scored(&self) -> usize {
        self.per_category.values().map(|v| v.1).sum()
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.right(), self.scored())
    }
}

impl CategoryScore {
    /// Adds one text's labelled and predicted items (each category once).
    fn add_pairs(
        &mut self,
        truth: &BTreeMap<String, String>,
        predicted: &BTreeMap<String, String>,
    ) {
        let absent = "absent".to_string();
        let mut cats: Vec<&String> = truth.keys().chain(predicted.keys()).collect();
        cats.sort();
        cats.dedup();
        for cat in cats {
            let t = truth.get(cat).unwrap_or(&absent);
            let p = predicted.get(cat).unwrap_or(&absent);
            let e = self.per_category.entry(cat.clone()).or_default();
            e.1 += 1;
            if t == p {
                e.0 += 1;
            }
        }
    }
}

/// One text whose label says risk is present and whose prediction does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FalseReassurance {
    pub id: String,
    pub predicted: String,
    pub text: String,
}

/// Everything measured on one corpus (sentences and memos).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RiskReport {
    pub sentences: Confusion,
    pub memos: Confusion,
    pub sentence_categories: CategoryScore,
    pub memo_categories: CategoryScore,
    pub false_reassurances: Vec<FalseReassurance>,
    /// Other top-level errors (`id`, truth, predicted), for the "what still fails" list.
    pub other_errors: Vec<(String, String, String)>,
    /// Category errors: (`id`, category, truth, predicted).
    pub category_errors: Vec<(String, String, String, String)>,
    /// For every text with an error: its findings, one per line, to see why.
    pub explanations: BTreeMap<String, String>,
}

impl RiskReport {
    /// Sentence and memo category scores together.
    pub fn category_accuracy(&self) -> f64 {
        ratio(
            self.sentence_categories.right() + self.memo_categories.right(),
            self.sentence_categories.scored() + self.memo_categories.scored(),
        )
    }
}

/// Measures the rules on labelled sentences and memos.
pub fn measure(sentences: &[LabelledSentence], memos: &[LabelledMemo]) -> RiskReport {
    let mut r = RiskReport::default();
    // HUSHNOTE_EVAL_EXPLAIN=all explains every item, not only the missed ones (to count what
    // a gate would cost among the items it reads right).
    let explain_all = std::env::var("HUSHNOTE_EVAL_EXPLAIN").is_ok_and(|v| v == "all");
    let texts = sentences
        .iter()
        .map(|s| (&s.id, &s.text, &s.risk, &s.items, true))
        .chain(
            memos
                .iter()
                .map(|m| (&m.id, &m.memo, &m.risk, &m.risk_items, false)),
        );
    for (id, text, risk, items, is_sentence) in texts {
        let p = predict(text);
        if is_sentence {
            r.sentences.add(risk, &p.risk);
            r.sentence_categories.add_pairs(items, &p.items);
        } else {
            r.memos.add(risk, &p.risk);
            r.memo_categories.add_pairs(items, &p.items);
        }
        if risk == "present" && p.risk != "present" {
            r.false_reassurances.push(FalseReassurance {
                id: id.clone(),
                predicted: p.risk.clone(),
                text: text.clone(),
            });
        } else if *risk != p.risk {
            r.other_errors
                .push((id.clone(), risk.clone(), p.risk.clone()));
        }
        if explain_all || *risk != p.risk || *items != p.items {
            r.explanations.insert(id.clone(), explain(text));
        }
        let absent = "absent".to_string();
        let mut cats: Vec<&String> = items.keys().chain(p.items.keys()).collect();
        cats.sort();
        cats.dedup();
        for cat in cats {
            let t = items.get(cat).unwrap_or(&absent);
            let q = p.items.get(cat).unwrap_or(&absent);
            if t != q {
                r.category_errors
                    .push((id.clone(), cat.clone(), t.clone(), q.clone()));
            }
        }
    }
    r
}

/// The printable report: matrices, per-category table, false reassurances one by one.
pub fn report(sentences: &[LabelledSentence], memos: &[LabelledMemo]) -> String {
    render(&measure(sentences, memos))
}

/// Renders a measured report as plain text.
pub fn render(r: &RiskReport) -> String {
    let mut out = String::new();
    for (name, c) in [("sentence", &r.sentences), ("memo", &r.memos)] {
        if c.total() == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "risk, {name} level: {}/{} right ({:.1} %), {} false reassurance(s)",
            c.correct(),
            c.total(),
            100.0 * c.accuracy(),
            c.false_reassurances()
        );
        let _ = writeln!(out, "  truth \\ draft    present   denied     none");
        for (i, l) in LABELS.iter().enumerate() {
            let _ = writeln!(
                out,
                "  {l:<15} {:>8} {:>8} {:>8}",
                c.m[i][0], c.m[i][1], c.m[i][2]
            );
        }
    }
    for (name, s) in [
        ("sentences", &r.sentence_categories),
        ("memos", &r.memo_categories),
    ] {
        if s.scored() == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "risk per category ({name}): {}/{} right ({:.1} %)",
            s.right(),
            s.scored(),
            100.0 * s.accuracy()
        );
        for (cat, (right, n)) in &s.per_category {
            let _ = writeln!(
                out,
                "  {cat:<20} {right:>4}/{n:<4} {:>6.1} %",
                100.0 * ratio(*right, *n)
            );
        }
    }
    let _ = writeln!(
        out,
        "false reassurances (risk present, draft denied or none): {}",
        r.false_reassurances.len()
    );
    for f in &r.false_reassurances {
        let _ = writeln!(out, "  {} -> {}: {}", f.id, f.predicted, f.text);
    }
    if !r.other_errors.is_empty() {
        let _ = writeln!(out, "other top-level errors (id truth -> draft):");
        for (id, t, p) in &r.other_errors {
            let _ = writeln!(out, "  {id} {t} -> {p}");
        }
    }
    if !r.category_errors.is_empty() {
        let _ = writeln!(out, "category errors (id category truth -> draft):");
        for (id, c, t, p) in &r.category_errors {
            let _ = writeln!(out, "  {id} {c} {t} -> {p}");
        }
    }
    if std::env::var_os("HUSHNOTE_EVAL_EXPLAIN").is_some() {
        for (id, e) in &r.explanations {
            let _ = writeln!(out, "  {id} findings:\n{e}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confusion_counts_false_reassurance() {
        let mut c = Confusion::default();
        c.add("present", "present");
        c.add("present", "none");
        c.add("present", "denied");
        c.add("denied", "present");
        assert_eq!(c.total(), 4);
        assert_eq!(c.correct(), 1);
        assert_eq!(c.false_reassurances(), 2);
    }

    #[test]
    fn categories_score_each_named_category_once() {
        let mut s = CategoryScore::default();
        let t: BTreeMap<String, String> = [("self_harm".into(), "present".into())].into();
        let p: BTreeMap<String, String> = [
            ("self_harm".into(), "present".into()),
            ("suicidal_ideation".into(), "denied".into()),
        ]
        .into();
        s.add_pairs(&t, &p);
        assert_eq!(s.scored(), 2);
        assert_eq!(s.right(), 1);
    }
}
