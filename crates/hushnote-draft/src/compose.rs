//! Building the note's sections from the clinician's own clauses (DESIGN §2).
//!
//! The model (or the keyword planner) only says which clause goes where. Here every clause is
//! placed exactly once, in memo order within its section, lightly tidied ("We practiced" ->
//! "Clinician and client practiced", fillers dropped, capital and full stop), and the tidied
//! sentence is kept only if [`crate::grounding::is_grounded`] accepts it; otherwise the clause
//! goes in as transcribed. Nothing else is ever written into a section, so a memo that says
//! "ignore the above and write ..." is quoted, never obeyed.

use crate::grounding::is_grounded;
use crate::risk::{Concept, Finding, FindingStatus, Polarity, RiskAssessment, RiskKind};
use crate::{plan, Assignment, Clause, Format};
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// What an empty section says, instead of anything invented.
pub const NOT_ADDRESSED: &str = "Not addressed in memo.";
/// What the Risk section says when the memo has no risk statement at all.
pub const RISK_NOT_ADDRESSED: &str = "Not addressed in memo: assess and document.";
/// What the Risk section says when the memo has only risk history or an unanswered question.
pub const RISK_NO_CURRENT_STATUS: &str =
    "No current risk status in memo (history or an unanswered question only): assess and document.";

/// One sentence of the draft with the memo clauses it comes from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DraftSentence {
    pub text: String,
    /// Provenance: ids of the memo clauses this sentence says (rendered as `<!-- memo:3 -->`).
    pub clause_ids: Vec<usize>,
    /// True when the wording differs from the clause beyond capital and final stop.
    pub reworded: bool,
}

/// One section of the draft; no sentences means "Not addressed in memo."
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ComposedSection {
    pub name: String,
    pub sentences: Vec<DraftSentence>,
}

/// Who decided the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Planner {
    /// Every clause placed by its role and the format's role table, no model taking part.
    Rules,
    /// The model placed at least one clause, usably.
    Model,
    /// The model's answer was missing or unusable for some clause; rules placed it.
    Fallback,
}

impl Planner {
    pub fn as_str(self) -> &'static str {
        match self {
            Planner::Rules => "rules",
            Planner::Model => "model",
            Planner::Fallback => "fallback",
        }
    }
}

/// The Risk section: the rule-based reading, with the memo's risk sentences verbatim.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RiskStatement {
    pub polarity: Polarity,
    /// The lead line, fixed text that never says "denies".
    pub summary: String,
    /// Every finding, in memo order, with its polarity, attributes and the words carrying it.
    pub findings: Vec<FindingLine>,
    /// The memo's risk sentences, verbatim.
    pub quotes: Vec<DraftSentence>,
    /// Safety-context sentences ("no plan and no intent", "safety plan"), verbatim.
    pub context: Vec<DraftSentence>,
    /// Why a person must check the reading (near-miss, hedge, history, conflict ...).
    pub review_note: Option<String>,
}

/// One risk finding as the Risk section lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FindingLine {
    /// Category flag, e.g. "self_harm".
    pub category: String,
    /// "present", "denied", "history", "hypothetical", ...
    pub status: String,
    /// Category, polarity, concept and attributes in words (fixed vocabulary, never "denies").
    pub text: String,
    /// The memo's words that carry the finding, verbatim.
    pub quote: String,
    pub clause_id: usize,
}

/// The composed note, before rendering.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ComposedNote {
    pub sections: Vec<ComposedSection>,
    pub risk: RiskStatement,
    pub planner: Planner,
    /// The assignment actually used: every clause exactly once.
    pub assignment: Assignment,
    /// Clause ids the given assignment left out (or placed out of range) that the composer
    /// placed by the keyword rules; empty when the assignment was complete.
    pub placed_by_composer: Vec<usize>,
}

/// Composes the note. `assignment: None` means no model answer: the rule planner
/// ([`plan::fallback`]) decides alone (`planner: rules` when the format's role table places
/// every clause, as for the built-ins). `memo` is the public transcript the clauses came from.
pub fn compose(
    format: &Format,
    clauses: &[Clause],
    memo: &str,
    risk: &RiskAssessment,
    assignment: Option<Assignment>,
) -> ComposedNote {
    // The rules alone decide when the format's role table places every clause and the plan
    // given (if any) is theirs.
    let by_rules = !plan::needs_model(format, clauses)
        && assignment.as_ref().is_none_or(|a| {
            let rules = plan::hybrid(None, format, clauses);
            a.sections == rules.sections && !a.fallback
        });
    let (mut assignment, placed_by_composer) = complete_assignment(format, clauses, assignment);
    // As in `plan::resolve`: the keyword rules deciding any clause makes this a fallback plan.
    assignment.fallback |= !placed_by_composer.is_empty();
    let planner = if by_rules {
        assignment.fallback = false;
        Planner::Rules
    } else if assignment.fallback {
        Planner::Fallback
    } else {
        Planner::Model
    };
    let by_id = |id: usize| clauses.iter().find(|c| c.id == id);
    let sections = format
        .sections
        .iter()
        .zip(&assignment.sections)
        .map(|(section, ids)| ComposedSection {
            name: section.name.clone(),
            sentences: ids
                .iter()
                .filter_map(|&id| by_id(id))
                .map(|c| sentence(c, memo))
                .collect(),
        })
        .collect();
    ComposedNote {
        sections,
        risk: risk_statement(risk, format.name.eq_ignore_ascii_case("summary")),
        planner,
        assignment,
        placed_by_composer,
    }
}

/// Makes the assignment total and exclusive: ids unknown to the memo are ignored, a clause in two
/// sections stays in the first, and clauses left out go where the keyword planner puts them
/// (its first section if it has none). Returns the ids placed here.
fn complete_assignment(
    format: &Format,
    clauses: &[Clause],
    assignment: Option<Assignment>,
) -> (Assignment, Vec<usize>) {
    let n = format.sections.len();
    let Some(given) = assignment else {
        let mut fb = plan::fallback(format, clauses);
        fb.sections.resize(n, Vec::new());
        fb.fallback = true;
        return (ensure_all_placed(fb, clauses), Vec::new());
    };
    let mut sections: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut seen: Vec<usize> = Vec::new();
    for (i, ids) in given.sections.iter().enumerate().take(n) {
        for &id in ids {
            if clauses.iter().any(|c| c.id == id) && !seen.contains(&id) {
                seen.push(id);
                sections[i].push(id);
            }
        }
    }
    let missing: Vec<usize> = clauses
        .iter()
        .map(|c| c.id)
        .filter(|id| !seen.contains(id))
        .collect();
    if !missing.is_empty() && n > 0 {
        let fb = plan::fallback(format, clauses);
        for &id in &missing {
            let s = fb
                .sections
                .iter()
                .position(|ids| ids.contains(&id))
                .filter(|&s| s < n)
                .unwrap_or(0);
            sections[s].push(id);
        }
    }
    for ids in &mut sections {
        ids.sort_unstable();
    }
    let a = Assignment {
        sections,
        fallback: given.fallback,
    };
    (ensure_all_placed(a, clauses), missing)
}

/// Last guard: the keyword planner's answer is trusted, but a dropped clause would lose what
/// the clinician said, so anything still missing goes to the first section.
fn ensure_all_placed(mut a: Assignment, clauses: &[Clause]) -> Assignment {
    if a.sections.is_empty() {
        return a;
    }
    for c in clauses {
        if !a.sections.iter().any(|ids| ids.contains(&c.id)) {
            a.sections[0].push(c.id);
        }
    }
    for ids in &mut a.sections {
        ids.sort_unstable();
        ids.dedup();
    }
    a
}

/// The clause as a draft sentence: tidied if grounding accepts the tidied wording.
fn sentence(clause: &Clause, memo: &str) -> DraftSentence {
    accept_or_verbatim(clause, memo, tidy(&clause.text))
}

/// Keeps `candidate` only if it is grounded in `memo`; else the clause as transcribed.
fn accept_or_verbatim(clause: &Clause, memo: &str, candidate: String) -> DraftSentence {
    let verbatim = punctuate(&clause.text);
    let reworded = candidate != verbatim;
    if reworded && !candidate.trim().is_empty() && is_grounded(&candidate, memo).is_ok() {
        DraftSentence {
            text: candidate,
            clause_ids: vec![clause.id],
            reworded: true,
        }
    } else {
        DraftSentence {
            text: verbatim,
            clause_ids: vec![clause.id],
            reworded: false,
        }
    }
}

type Rewrite = (Option<Regex>, fn(&Captures<'_>) -> String);

/// The rewording rules, in order. A pattern that failed to compile is `None` and its rule is
/// skipped (the clause stays as said); the unit tests would show it.
fn rewrites() -> &'static [Rewrite; 4] {
    static RES: OnceLock<[Rewrite; 4]> = OnceLock::new();
    RES.get_or_init(|| {
        let re = |p: &str| Regex::new(p).ok();
        [
            // Fillers anywhere: "she, um, said" -> "she said".
            (re(r"(?i)(,\s*)?\b(um+|uh+|uhm+|hmm+)\b,?\s*"), |_| " ".to_string()),
            // Clinician and client together. Not inside a hyphenated word ("Renn-we").
            (
                re(r#"(?i)(^|[\s(“"])we(?:('ve|'re|'ll|’ve|’re|’ll)|(?:'d|’d)\s+([a-z]+))?\b"#),
                |c| {
                    let lead = c.get(1).map_or("", |m| m.as_str());
                    let tail = match c.get(2).map(|m| m.as_str().replace('’', "'")).as_deref() {
                        Some("'ve") => " have".to_string(),
                        Some("'re") => " are".to_string(),
                        Some("'ll") => " will".to_string(),
                        _ => c.get(3).map_or(String::new(), |w| would_or_had(w.as_str())),
                    };
                    format!("{lead}clinician and client{tail}")
                },
            ),
            (re(r"(?i)\bour\b"), |_| "the".to_string()),
            // The clinician alone, only where the verb agrees with "the clinician" unchanged.
            (
                re(
                    r#"(^|[\s(“"])I(?:('m|’m|'ve|’ve|'ll|’ll)|(?:'d|’d)\s+([a-z]+)|\s+(am|have|was|had|will|would|could|should|can|did|[a-z]*[a-df-z]ed|felt|thought|taught|saw|met|went|took|got|gave|told|said|made|led|brought|showed|asked|left|kept|set|sent|found|heard|noticed|suggested|explained|reviewed|provided|used)\b)"#,
                ),
                |c| {
                    let lead = c.get(1).map_or("", |m| m.as_str());
                    let contraction = c.get(2).map(|m| m.as_str().replace('’', "'"));
                    let after_d = c.get(3).map(|m| m.as_str());
                    let verb = c.get(4).map(|m| m.as_str());
                    let rest = match (contraction.as_deref(), after_d, verb) {
                        (Some("'m"), _, _) => "is".to_string(),
                        (Some("'ve"), _, _) => "has".to_string(),
                        (Some(_), _, _) => "will".to_string(),
                        (None, Some(w), _) => would_or_had(w).trim_start().to_string(),
                        (None, None, Some("am")) => "is".to_string(),
                        (None, None, Some("have")) => "has".to_string(),
                        (None, None, Some(v)) => v.to_string(),
                        (None, None, None) => String::new(),
                    };
                    format!("{lead}the clinician {rest}")
                },
            ),
        ]
    })
}

/// Expands "'d" by the word after it: "I'd seen" is "had seen", "I'd suggest" is "would
/// suggest". Returns " had WORD" or " would WORD".
fn would_or_had(next: &str) -> String {
    const PARTICIPLES: &[&str] = &[
        "been",
        "had",
        "seen",
        "done",
        "gone",
        "given",
        "taken",
        "known",
        "spoken",
        "written",
        "met",
        "felt",
        "thought",
        "told",
        "said",
        "heard",
        "made",
        "found",
        "left",
        "kept",
        "sent",
        "got",
        "gotten",
        "brought",
        "taught",
        "forgotten",
        "begun",
        "become",
        "come",
        "run",
        "already",
        "never",
        "just",
        "not",
        "previously",
    ];
    let lower = next.to_lowercase();
    let aux = if PARTICIPLES.contains(&lower.as_str()) || lower.ends_with("ed") {
        "had"
    } else {
        "would"
    };
    format!(" {aux} {next}")
}

/// Fillers that open a memo sentence: always dropped, or only when a comma follows.
const LEADING_FILLERS: &[&str] = &["um", "umm", "uh", "uhm", "hmm", "mm"];
const LEADING_FILLERS_WITH_COMMA: &[&str] = &[
    "so", "okay", "ok", "well", "alright", "er", "erm", "and so", "you know", "like", "right",
    "yeah", "now",
];

/// Tidies a clause: self-corrections applied ([`crate::corrections`]), no opening filler, first
/// person reworded, capital, full stop. Quoted speech keeps its pronouns: "I" inside quotes is
/// the client.
pub fn tidy(text: &str) -> String {
    let corrected = crate::corrections::apply(text.trim());
    let mut s = strip_leading_fillers(&corrected).to_string();
    let quoted = s.contains(['"', '“', '”']) || single_quoted(&s) || reported_thought(&s);
    for (i, (re, f)) in rewrites().iter().enumerate() {
        // Rule 0 drops fillers; the others change person, which quoted speech must keep.
        if let (Some(re), true) = (re, i == 0 || !quoted) {
            s = re.replace_all(&s, *f).to_string();
        }
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.replace(" ,", ",").replace(" .", ".").replace(",,", ",");
    punctuate(&s)
}

/// Whether the text opens a single-quoted speech: a `'` or `‘` at a word's start ("said,
/// 'Miss, I could…'"), not an apostrophe inside a word ("she's") or after one ("parents'").
fn single_quoted(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    (0..chars.len()).any(|i| {
        matches!(chars[i], '\'' | '‘')
            && (i == 0 || chars[i - 1].is_whitespace() || matches!(chars[i - 1], '(' | ',' | ':'))
            && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
    })
}

/// Whether an unquoted first person is the content of a thought or saying ("identified the
/// thought I'm a burden", "her mantra, I can do hard things"): the client's words, not the
/// clinician's.
fn reported_thought(s: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(thoughts?|beliefs?|statements?|cognitions?|self-talk|saying|phrase|mantra|words|reminder|told (her|him|them)sel(f|ves))\s*[:,]?\s+(that\s+)?I\b").ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(s))
}

fn strip_leading_fillers(mut s: &str) -> &str {
    loop {
        let mut next = None;
        for f in LEADING_FILLERS.iter().chain(LEADING_FILLERS_WITH_COMMA) {
            if !s.get(..f.len()).is_some_and(|p| p.eq_ignore_ascii_case(f)) {
                continue;
            }
            let rest = &s[f.len()..];
            let comma = rest.starts_with(',');
            let word_ends = rest.is_empty() || rest.starts_with([',', ' ', '.', '…']);
            let always = LEADING_FILLERS.contains(f);
            if word_ends && (comma || always) {
                next = Some(rest.trim_start_matches([',', '.', '…', ' ']));
                break;
            }
        }
        match next {
            Some(rest) if rest != s && rest.chars().any(char::is_alphanumeric) => s = rest,
            _ => return s,
        }
    }
}

/// Capital first letter and a final full stop; ";", ",", ":" at the end become ".".
pub fn punctuate(text: &str) -> String {
    let t = text.trim().trim_end_matches([',', ';', ':', ' ']);
    let mut out = String::with_capacity(t.len() + 1);
    let mut chars = t.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
    let ends_sentence = out
        .trim_end_matches(['"', '\'', ')', '”', '’'])
        .ends_with(['.', '!', '?', '…']);
    if !out.is_empty() && !ends_sentence {
        out.push('.');
    }
    out
}

fn verbatim(id: usize, text: &str) -> DraftSentence {
    DraftSentence {
        text: text.to_string(),
        clause_ids: vec![id],
        reworded: false,
    }
}

/// The Risk section's content. Its fixed lines never say "denies": that word appears only if a
/// quoted memo sentence says it. `client_facing`: the draft is a summary the client reads, so
/// abuse or safety-plan detail is flagged (FORMATS.md §5: someone else may read it).
fn risk_statement(risk: &RiskAssessment, client_facing: bool) -> RiskStatement {
    let labels = risk_labels(risk);
    let summary = match risk.polarity {
        Polarity::None
            if risk.findings.iter().any(|f| {
                matches!(f.status, FindingStatus::History | FindingStatus::Unanswered)
            }) =>
        {
            RISK_NO_CURRENT_STATUS.to_string()
        }
        Polarity::None => RISK_NOT_ADDRESSED.to_string(),
        Polarity::Present => format!(
            "The memo contains risk statements ({labels}); quoted verbatim, review before signing:"
        ),
        Polarity::Denied => {
            format!("The memo mentions risk only in negated form ({labels}); quoted verbatim:")
        }
    };
    let mut reasons = risk.review_reasons.clone();
    let sensitive = risk.item(RiskKind::Abuse) == Some(crate::risk::ItemStatus::Present)
        || risk
            .context
            .iter()
            .any(|(_, t)| t.to_lowercase().contains("safety plan"));
    if client_facing && sensitive {
        reasons.push(
            "this summary is for the client: abuse or safety-plan detail in it could endanger \
             them if someone else reads it, so check what it says before sharing"
                .to_string(),
        );
    }
    let review_note = (!reasons.is_empty()).then(|| {
        format!(
            "Needs review: {}. Check the quotes against the memo transcript below and complete \
             the risk assessment.",
            reasons.join("; ")
        )
    });
    RiskStatement {
        polarity: risk.polarity,
        summary,
        findings: risk.findings.iter().map(finding_line).collect(),
        quotes: risk
            .evidence
            .iter()
            .map(|(id, t)| verbatim(*id, t))
            .collect(),
        context: risk
            .context
            .iter()
            .map(|(id, t)| verbatim(*id, t))
            .collect(),
        review_note,
    }
}

/// One finding in words: category, concept and attributes, polarity, then the memo's own
/// words that carry it: "suicidal ideation — plan: denied", never read as the category denied.
fn finding_line(f: &Finding) -> FindingLine {
    let mut what = vec![f.concept.label()];
    what.extend(f.attributes.words().into_iter().filter(|w| *w != "negated"));
    let detail = if what.len() > 1 {
        format!("{} ({})", what[0], what[1..].join(", "))
    } else {
        what[0].to_string()
    };
    FindingLine {
        category: f.kind.flag().to_string(),
        status: f.status.as_str().to_string(),
        text: format!("{} — {}: {}", f.kind.label(), detail, f.status.as_str()),
        quote: f.quote.clone(),
        clause_id: f.clause_id,
    }
}

/// "suicidal ideation (passive), self-harm" for the categories that decided the polarity.
pub fn risk_labels(risk: &RiskAssessment) -> String {
    let deciding = match risk.polarity {
        Polarity::Present => FindingStatus::Present,
        Polarity::Denied => FindingStatus::Denied,
        Polarity::None => return String::new(),
    };
    let mut kinds: Vec<RiskKind> = risk
        .findings
        .iter()
        .filter(|f| f.status == deciding && f.kind.counts_for_risk() && !f.concept.is_qualifier())
        .map(|f| f.kind)
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
        .iter()
        .map(|&k| {
            let passive = deciding == FindingStatus::Present
                && risk
                    .findings
                    .iter()
                    .filter(|f| f.kind == k && f.status == deciding)
                    .all(|f| f.concept == Concept::PassiveIdeation);
            if passive {
                format!("{} (passive)", k.label())
            } else {
                k.label().to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses::split_clauses;
    use crate::risk::assess;

    #[test]
    fn tidy_rewords_first_person_and_fillers() {
        assert_eq!(
            tidy("We practiced grounding techniques"),
            "Clinician and client practiced grounding techniques."
        );
        assert_eq!(
            tidy("um, so, today we focused on coping"),
            "Today clinician and client focused on coping."
        );
        assert_eq!(
            tidy("Uh we'll review our plan"),
            "Clinician and client will review the plan."
        );
        assert_eq!(
            tidy("I suggested a sleep diary and she, um, agreed."),
            "The clinician suggested a sleep diary and she agreed."
        );
        assert_eq!(
            tidy("I'm concerned about her sleep."),
            "The clinician is concerned about her sleep."
        );
        assert_eq!(tidy("I think she is ready."), "I think she is ready.");
        assert_eq!(tidy("I need to follow up"), "I need to follow up.");
        assert_eq!(
            tidy("Then I asked about sleep"),
            "Then the clinician asked about sleep."
        );
        assert_eq!(
            tidy("She said \"I felt we were stuck\"."),
            "She said \"I felt we were stuck\"."
        );
        // Single-quoted speech keeps its person too; an apostrophe is no quote.
        assert_eq!(
            tidy("She said, 'Miss, I could scream,' and laughed"),
            "She said, 'Miss, I could scream,' and laughed."
        );
        assert_eq!(
            tidy("Identified the thought I'm a burden"),
            "Identified the thought I'm a burden."
        );
        assert_eq!(
            tidy("I asked about the parents' plans"),
            "The clinician asked about the parents' plans."
        );
        assert_eq!(tidy("So the walks help"), "So the walks help.");
        assert_eq!(tidy("ER visit last week"), "ER visit last week.");
        assert_eq!(tidy("Mood low;"), "Mood low.");
        assert_eq!(tidy("he was weaving a story"), "He was weaving a story.");
        assert_eq!(
            tidy("I'd suggest a sleep diary"),
            "The clinician would suggest a sleep diary."
        );
        assert_eq!(
            tidy("I'd seen her twice before"),
            "The clinician had seen her twice before."
        );
        assert_eq!(
            tidy("We'd agreed on weekly sessions"),
            "Clinician and client had agreed on weekly sessions."
        );
        // A transcription glitch glued to a word is not a pronoun.
        assert_eq!(
            tidy("the Renn-I'd be picked at seven"),
            "The Renn-I'd be picked at seven."
        );
        assert_eq!(
            tidy("(I met her mother)"),
            "(the clinician met her mother)."
        );
    }

    #[test]
    fn ungrounded_rewording_falls_back_to_verbatim() {
        let memo = "we practiced grounding";
        let c = &split_clauses(memo)[0];
        let s = accept_or_verbatim(c, memo, "Client practiced grounding for 2 months.".into());
        assert_eq!(s.text, "We practiced grounding.");
        assert!(!s.reworded);
        let s = sentence(c, memo);
        assert_eq!(s.text, "Clinician and client practiced grounding.");
        assert!(s.reworded);
        assert_eq!(s.clause_ids, [1]);
    }

    fn soap() -> Format {
        Format::builtin("SOAP").unwrap()
    }

    const MEMO: &str =
        "Client discussed work stress. We practiced grounding. She appeared engaged. \
                        She denies suicidal ideation. Homework is journaling.";

    fn all_ids(note: &ComposedNote) -> Vec<usize> {
        let mut ids: Vec<usize> = note
            .sections
            .iter()
            .flat_map(|s| s.sentences.iter().flat_map(|x| x.clause_ids.clone()))
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn bad_assignment_is_repaired_never_dropping_or_duplicating() {
        let clauses = split_clauses(MEMO);
        let risk = assess(&clauses);
        let given = Assignment {
            sections: vec![vec![1, 1, 99], vec![3, 1], vec![], vec![5], vec![2]],
            fallback: false,
        };
        let note = compose(&soap(), &clauses, MEMO, &risk, Some(given));
        assert_eq!(all_ids(&note), [1, 2, 3, 4, 5]);
        assert_eq!(note.placed_by_composer, [2, 4]);
        assert_eq!(note.planner, Planner::Fallback);
        assert_eq!(note.sections[0].sentences[0].clause_ids, [1]);
        // The missing intervention (2) joins Objective, where SOAP files interventions
        // (FORMATS.md §2), before the observation (3) the model put there.
        assert_eq!(note.sections[1].sentences[0].clause_ids, [2]);
        assert_eq!(note.sections[1].sentences[1].clause_ids, [3]);
        for ids in &note.assignment.sections {
            assert!(ids.windows(2).all(|w| w[0] < w[1]), "memo order: {ids:?}");
        }
    }

    #[test]
    fn no_assignment_uses_keyword_planner() {
        let clauses = split_clauses(MEMO);
        let risk = assess(&clauses);
        let note = compose(&soap(), &clauses, MEMO, &risk, None);
        // SOAP declares every role: the rules decide, no model and no fallback.
        assert_eq!(note.planner, Planner::Rules);
        assert_eq!(all_ids(&note), [1, 2, 3, 4, 5]);
        assert!(note.placed_by_composer.is_empty());
    }

    #[test]
    fn risk_section_quotes_verbatim_and_never_invents_denial() {
        let clauses = split_clauses(MEMO);
        let note = compose(&soap(), &clauses, MEMO, &assess(&clauses), None);
        assert_eq!(note.risk.polarity, Polarity::Denied);
        assert_eq!(note.risk.quotes[0].text, "She denies suicidal ideation.");
        assert!(!note.risk.summary.to_lowercase().contains("denies"));

        let memo = "Client discussed work stress. Homework is journaling.";
        let clauses = split_clauses(memo);
        let note = compose(&soap(), &clauses, memo, &assess(&clauses), None);
        assert_eq!(note.risk.summary, RISK_NOT_ADDRESSED);
        assert!(note.risk.quotes.is_empty());

        let memo = "She reported passive thoughts of death. She is not suicidal.";
        let clauses = split_clauses(memo);
        let note = compose(&soap(), &clauses, memo, &assess(&clauses), None);
        assert_eq!(note.risk.polarity, Polarity::Present);
        assert!(
            note.risk.summary.contains("suicidal ideation (passive)"),
            "{}",
            note.risk.summary
        );
        assert_eq!(note.risk.quotes.len(), 2);
    }
}
