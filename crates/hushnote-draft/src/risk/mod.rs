//! Risk statements read by rules, never by the model (DESIGN §2), as *findings*.
//!
//! Each risk mention in a clause becomes a [`Finding`]: a concept ([`lexicon`]: suicidal
//! ideation down to a passive wish to be dead, plan, intent, method, preparatory acts,
//! attempts; self-injury; homicidal ideation; thoughts of harming others, intrusive ones
//! included; abuse of or by the client; violence; substance use; access to means), with the
//! attributes ConText gives it ([`context`]: negated, historical, hypothetical, uncertain,
//! asked-and-answered) and an experiencer ([`actors`]: the client or someone else). Speech
//! recogniser near-misses are repaired first ([`tokens`], [`nearmiss`]) and always ask for
//! review.
//!
//! Per category (FORMATS.md §4): `present` when any current, affirmed mention concerns the
//! client; `denied` when only negated ones do; `history` when only past ones do. The memo's
//! `risk` is `present` if any category is, else `denied` if any is, else `none`; access to
//! means never changes it. Any present item, a history without current status, a hedge, a
//! double negation, an unanswered screening question or a near-miss sets `needs_review`.
//! When unsure the rules lean to `present` with review, never to `denied`.

mod actors;
mod context;
mod lexicon;
mod nearmiss;
mod tokens;

pub use lexicon::Concept;

use crate::Clause;
use std::collections::BTreeMap;
use tokens::Tok;

/// What the memo says about risk, overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// At least one category is present.
    Present,
    /// Categories are only denied.
    Denied,
    /// No category was discussed (history alone counts as none, with review).
    None,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Present => "present",
            Polarity::Denied => "denied",
            Polarity::None => "none",
        }
    }
}

impl std::fmt::Display for Polarity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The risk categories of FORMATS.md §3, plus access to means (context only).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    SuicidalIdeation,
    SelfHarm,
    HomicidalIdeation,
    HarmToOthers,
    Abuse,
    Violence,
    SubstanceUse,
    AccessToMeans,
}

impl RiskKind {
    /// The category as written in front matter, e.g. "suicidal_ideation".
    pub fn flag(self) -> &'static str {
        match self {
            RiskKind::SuicidalIdeation => "suicidal_ideation",
            RiskKind::HomicidalIdeation => "homicidal_ideation",
            RiskKind::SelfHarm => "self_harm",
            RiskKind::HarmToOthers => "harm_to_others",
            RiskKind::Abuse => "abuse",
            RiskKind::Violence => "violence",
            RiskKind::SubstanceUse => "substance_use",
            RiskKind::AccessToMeans => "access_to_means",
        }
    }

    /// The category in words, e.g. "suicidal ideation".
    pub fn label(self) -> &'static str {
        match self {
            RiskKind::SuicidalIdeation => "suicidal ideation",
            RiskKind::HomicidalIdeation => "homicidal ideation",
            RiskKind::SelfHarm => "self-harm",
            RiskKind::HarmToOthers => "harm to others",
            RiskKind::Abuse => "abuse",
            RiskKind::Violence => "violence",
            RiskKind::SubstanceUse => "substance use",
            RiskKind::AccessToMeans => "access to means",
        }
    }

    /// Whether the category decides the memo's `risk` (access to means is context only).
    pub fn counts_for_risk(self) -> bool {
        self != RiskKind::AccessToMeans
    }
}

/// A category's reading for the whole memo, as front matter `risk_items` writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemStatus {
    Present,
    Denied,
    /// Only past mentions: no current status was documented.
    History,
}

impl ItemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Present => "present",
            ItemStatus::Denied => "denied",
            ItemStatus::History => "history",
        }
    }
}

/// What one finding says about the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// Current and affirmed (hedged and double-negated mentions included).
    Present,
    /// Negated: denied, "no", a negative screen.
    Denied,
    /// In the past, outside the screening window.
    History,
    /// About someone else: a friend's attempt, a brother's overdose.
    NotClient,
    /// Hypothetical, conditional, psychoeducation, a dream, fiction, news or a joke.
    Hypothetical,
    /// Asked about, with no documented answer.
    Unanswered,
}

impl FindingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingStatus::Present => "present",
            FindingStatus::Denied => "denied",
            FindingStatus::History => "history",
            FindingStatus::NotClient => "not the client's",
            FindingStatus::Hypothetical => "hypothetical",
            FindingStatus::Unanswered => "asked, no answer documented",
        }
    }
}

/// The ConText attributes that decided a finding's status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attributes {
    pub negated: bool,
    /// "did not deny", "it isn't true that she never": read as affirmed, needs review.
    pub double_negation: bool,
    pub historical: bool,
    pub hypothetical: bool,
    /// Experienced by someone other than the client.
    pub other_experiencer: bool,
    /// Hedged ("not really", "I guess", "maybe"): present, needs review.
    pub uncertain: bool,
    /// Mentioned in a screening question; the answer decided the polarity.
    pub asked: bool,
    /// Matched through a transcription near-miss ("sewer side", "self arm").
    pub near_miss: bool,
}

impl Attributes {
    /// The attributes in words, for the Risk section ("hedged", "double negation").
    pub fn words(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let flags = [
            (self.negated, "negated"),
            (self.double_negation, "double negation, read as affirmed"),
            (self.historical, "historical"),
            (self.hypothetical, "hypothetical"),
            (self.other_experiencer, "someone else's"),
            (self.uncertain, "hedged"),
            (self.asked, "answer to a question"),
            (self.near_miss, "possibly mis-transcribed"),
        ];
        for (on, w) in flags {
            if on {
                out.push(w);
            }
        }
        out
    }
}

/// One risk mention.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Finding {
    pub kind: RiskKind,
    pub concept: Concept,
    pub clause_id: usize,
    /// The words that carry it, verbatim from the memo.
    pub quote: String,
    pub status: FindingStatus,
    pub attributes: Attributes,
}

/// The rule-based risk reading of a memo.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RiskAssessment {
    pub polarity: Polarity,
    /// Categories that decided the polarity (present ones if present, denied ones if denied).
    pub flags: Vec<String>,
    /// Category → present | denied | history (access to means included).
    pub items: BTreeMap<String, ItemStatus>,
    /// Clauses with a finding about the client, verbatim, in memo order: `(clause id, text)`.
    pub evidence: Vec<(usize, String)>,
    /// Safety-context clauses (safety plan, crisis line, protective factors), verbatim; only
    /// filled when some risk was found.
    pub context: Vec<(usize, String)>,
    pub needs_review: bool,
    /// Why a person must check the risk reading, in words.
    pub review_reasons: Vec<String>,
    pub findings: Vec<Finding>,
}

impl RiskAssessment {
    /// The item of a category, if the memo mentions it.
    pub fn item(&self, kind: RiskKind) -> Option<ItemStatus> {
        self.items.get(kind.flag()).copied()
    }
}

/// Reads the risk statements of a memo, sentence by sentence (a scope may cross the cuts the
/// planner makes inside a sentence), and files each finding under the clause that holds it.
/// `clauses` are the memo's clauses with byte ranges into `text`.
pub fn assess_memo(text: &str, clauses: &[Clause]) -> RiskAssessment {
    let units: Vec<(usize, &str)> = sentences(text)
        .into_iter()
        .map(|(a, b)| (a, &text[a..b]))
        .collect();
    assess_units(&units, clauses)
}

/// Reads each clause on its own (clauses that are whole sentences, as in tests).
pub fn assess(clauses: &[Clause]) -> RiskAssessment {
    let units: Vec<(usize, &str)> = clauses.iter().map(|c| (c.start, c.text.as_str())).collect();
    assess_units(&units, clauses)
}

/// Sentence byte ranges: a cut after `.`, `!` or `?` (and closing quotes) before whitespace,
/// except after a title ("Dr.") or a decimal point.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (b, c) = bytes[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < bytes.len()
                && matches!(bytes[j].1, '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')')
            {
                j += 1;
            }
            let at_end = j >= bytes.len();
            if at_end || bytes[j].1.is_whitespace() {
                let word: String = text[start..b]
                    .rsplit(|ch: char| ch.is_whitespace())
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let title = matches!(
                    word.as_str(),
                    "dr" | "mr" | "mrs" | "ms" | "mx" | "st" | "vs" | "e.g" | "i.e"
                );
                if !title {
                    let end = bytes.get(j).map_or(text.len(), |&(e, _)| e);
                    out.push((start, end));
                    start = end;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if text[start..].chars().any(char::is_alphanumeric) {
        out.push((start, text.len()));
    }
    out
}

fn assess_units(units: &[(usize, &str)], clauses: &[Clause]) -> RiskAssessment {
    let toks: Vec<Vec<Tok>> = units.iter().map(|(_, t)| tokens::tokenize(t)).collect();
    // The clause holding memo byte `at` (the last clause starting at or before it).
    let clause_of = |at: usize| {
        clauses
            .iter()
            .rev()
            .find(|c| c.start <= at)
            .or(clauses.first())
            .map_or(0, |c| c.id)
    };
    let mut findings: Vec<Finding> = Vec::new();
    for (i, (offset, text)) in units.iter().enumerate() {
        let next = toks.get(i + 1).map(Vec::as_slice);
        let last_kind = findings.last().map(|f| f.kind);
        findings.extend(unit_findings(
            text, *offset, &toks[i], next, last_kind, &clause_of,
        ));
    }
    summarise(clauses, findings)
}

/// A mention before its attributes are read.
struct Raw {
    start: usize,
    end: usize,
    concept: Concept,
    kind: Option<RiskKind>,
    /// The harm verb reading says it is someone else's.
    other: bool,
    near_miss: bool,
}

/// Thought/plan cues that make a method a suicidal one ("thought about jumping from").
const METHOD_CUES: &[&str] = &[
    "thought",
    "thoughts",
    "thinking",
    "thinks",
    "think",
    "considered",
    "considering",
    "plan",
    "plans",
    "planning",
    "planned",
    "urge",
    "urges",
    "intent",
    "intends",
    "researching",
    "researched",
    "wants",
    "want",
    "wanted",
    "going",
    "imagined",
    "imagines",
    "pictures",
    "picturing",
    "fantasizes",
    "contemplating",
    "contemplated",
    "ideation",
    "suicidal",
    "tempted",
    "wished",
    "wishes",
];

fn match_lexicon(toks: &[Tok]) -> Vec<Raw> {
    let (norm, offs) = tokens::norm_string(toks);
    let mut covered = vec![false; toks.len()];
    let mut raws = Vec::new();
    for entry in lexicon::entries() {
        for m in entry.re.find_iter(&norm) {
            let Some(s) = offs.iter().position(|o| o.0 == m.start()) else {
                continue;
            };
            let Some(e) = offs.iter().position(|o| o.1 >= m.end()).map(|e| e + 1) else {
                continue;
            };
            if e <= s || covered[s..e].iter().any(|c| *c) {
                continue;
            }
            let after = norm[m.end()..].trim_start();
            let before = norm[..m.start()].trim_end();
            if entry.not_after.as_ref().is_some_and(|r| r.is_match(after))
                || entry
                    .not_before
                    .as_ref()
                    .is_some_and(|r| r.is_match(before))
                || entry
                    .need_before
                    .as_ref()
                    .is_some_and(|r| !r.is_match(before))
            {
                continue;
            }
            if entry.need_cue
                && !toks[s.saturating_sub(8)..s]
                    .iter()
                    .any(|t| METHOD_CUES.contains(&t.norm.as_str()))
            {
                continue;
            }
            covered[s..e].iter_mut().for_each(|c| *c = true);
            if entry.block {
                continue;
            }
            raws.push(Raw {
                start: s,
                end: e,
                concept: entry.concept,
                kind: entry.kind,
                other: false,
                near_miss: toks[s..e].iter().any(|t| t.near_miss),
            });
        }
    }
    // Harm verbs aimed at someone: whom they hit decides the category.
    let seg = context::segments(toks);
    for k in 0..toks.len() {
        if covered[k] {
            continue;
        }
        let seg_start = (0..k).find(|&j| seg[j] == seg[k]).unwrap_or(k);
        if let Some(h) = actors::harm_verb(toks, k, seg_start) {
            let e = (h.end + 1).max(k + 1);
            if covered[k..e.min(toks.len())].iter().any(|c| *c) {
                continue;
            }
            covered[k..e].iter_mut().for_each(|c| *c = true);
            raws.push(Raw {
                start: k,
                end: e,
                concept: h.concept,
                kind: Some(h.kind),
                other: h.other,
                near_miss: false,
            });
        }
    }
    raws.sort_by_key(|r| r.start);
    raws
}

/// Concepts whose screening window is a month (ideation), not three months (behaviour).
fn is_ideation(c: Concept) -> bool {
    matches!(
        c,
        Concept::Ideation
            | Concept::PassiveIdeation
            | Concept::Plan
            | Concept::Intent
            | Concept::Method
            | Concept::HomicidalIdeation
            | Concept::HarmThoughts
            | Concept::IntrusiveHarm
            | Concept::CommandHallucination
    )
}

fn unit_findings(
    text: &str,
    offset: usize,
    toks: &[Tok],
    next: Option<&[Tok]>,
    last_kind: Option<RiskKind>,
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Finding> {
    let raws = match_lexicon(toks);
    if raws.is_empty() {
        return Vec::new();
    }
    let seg = context::segments(toks);
    let mut in_span = vec![false; toks.len()];
    for r in &raws {
        in_span[r.start..r.end].iter_mut().for_each(|x| *x = true);
    }
    let mut out: Vec<Finding> = Vec::new();
    for (i, r) in raws.iter().enumerate() {
        let seg_words: Vec<&str> = toks
            .iter()
            .zip(&seg)
            .filter(|(_, &g)| g == seg[r.start])
            .map(|(t, _)| t.norm.as_str())
            .collect();
        // Accidents are not self-harm: "cut her finger chopping onions".
        if r.concept == Concept::SelfInjury && seg_words.iter().any(|w| ACCIDENT_CUES.contains(w)) {
            continue;
        }
        // Plan, intent and abstinence take the category of the mention they qualify.
        let neighbour = raws[..i]
            .iter()
            .rev()
            .chain(raws[i + 1..].iter())
            .find(|o| {
                o.kind.is_some()
                    && !o.concept.is_qualifier()
                    && (o.concept != Concept::Abstinence || r.concept == Concept::Urge)
            })
            .and_then(|o| o.kind);
        let kind = match (r.kind, r.concept) {
            (Some(k), Concept::Abstinence) => neighbour
                .filter(|n| matches!(n, RiskKind::SelfHarm | RiskKind::SubstanceUse))
                .unwrap_or(k),
            (Some(k), _) => k,
            (None, _) => match neighbour.or(last_kind) {
                Some(k) => k,
                None => RiskKind::SuicidalIdeation,
            },
        };
        let seg_toks: Vec<Tok> = toks
            .iter()
            .zip(&seg)
            .filter(|(_, &g)| g == seg[r.start])
            .map(|(t, _)| t.clone())
            .collect();
        let neg = context::negation(toks, &seg, &in_span, r.start, r.end);
        let (mut negated, double) = (neg.negated, neg.double);
        // The quote carries a nearby trigger: "no plan", "did not deny hitting".
        let quote_start = match neg.trigger {
            Some(k) if k + 4 >= r.start => k,
            _ => r.start,
        };
        let window = if is_ideation(r.concept) { 31 } else { 92 };
        let pos = seg[..r.start]
            .iter()
            .filter(|&&g| g == seg[r.start])
            .count();
        let historical = context::time(&seg_toks, pos, window) == context::Time::Historical;
        let mut hypothetical = context::hypothetical(toks, &seg, r.start);
        // "I'd rather be dead than ...": a death wish said as a comparison; present, reviewed.
        let rather =
            seg_toks.iter().any(|t| t.is("rather")) && seg_toks.iter().any(|t| t.is("than"));
        let mut uncertain = context::uncertain(&seg_toks) || rather;
        let mut unanswered = false;
        let asked = context::question_before(toks, r.start);
        if asked {
            match context::answer(&toks[r.end..], next) {
                context::Answer::Yes => negated = false,
                context::Answer::Hedged => {
                    negated = false;
                    uncertain = true;
                }
                context::Answer::No => negated = true,
                // "Screened for SI: negative": the mention's own negation is the answer.
                context::Answer::Unanswered if negated => {}
                context::Answer::Unanswered => unanswered = true,
            }
            hypothetical = false;
        }
        // The experiencer: the harm-verb reading, or the subject of the mention.
        // Maltreatment by someone outside family, partner and care ("verbal abuse from her
        // boss", "assaulted by a stranger") is not the abuse category (FORMATS §3).
        let outsider = matches!(r.concept, Concept::Abuse | Concept::CoerciveControl)
            && actors::party_after(toks, r.end) == Some(actors::Rel::Other);
        let other = r.other || outsider || {
            let subject = actors::subject_at(toks, r.start);
            match subject {
                actors::Subject::Third(rel) => {
                    let abuse = matches!(r.concept, Concept::Abuse | Concept::CoerciveControl)
                        && rel.abuse_eligible();
                    // "Her aunt is in an abusive marriage": the subject is the victim.
                    let abuse = abuse && !toks[..r.start].iter().rev().take(4).any(|t| t.is("in"));
                    // "Her mother was neglected at her facility": a passive verb makes the
                    // subject the victim; only a child in the client's care stays the
                    // client's concern (mandated report).
                    let passive = r.start > 0
                        && !toks[r.start].norm.ends_with("ing")
                        && matches!(
                            toks[r.start - 1].norm.as_str(),
                            "was" | "were" | "been" | "being" | "is" | "are" | "got" | "gets"
                        );
                    let abuse = abuse && !(passive && rel != actors::Rel::Child);
                    // Means in the household are the client's access.
                    let household_means = r.concept == Concept::Means && rel != actors::Rel::Other;
                    !abuse && !household_means && rel != actors::Rel::Anyone
                }
                _ => false,
            }
        };
        let mut status = if hypothetical && !negated {
            FindingStatus::Hypothetical
        } else if other {
            FindingStatus::NotClient
        } else if unanswered {
            FindingStatus::Unanswered
        } else if double {
            FindingStatus::Present
        } else if negated && !uncertain {
            FindingStatus::Denied
        } else if historical && !uncertain {
            FindingStatus::History
        } else {
            FindingStatus::Present
        };
        match r.concept {
            Concept::Abstinence
                if status == FindingStatus::Present || status == FindingStatus::History =>
            {
                // "Sober for two years": a denial of current use; "stopped three weeks ago":
                // the behaviour was recent.
                let recent = seg_toks.iter().any(|t| t.is("ago"))
                    && context::time(&seg_toks, seg_toks.len(), 92) == context::Time::Current;
                status = if recent || negated {
                    FindingStatus::Present
                } else {
                    FindingStatus::Denied
                };
            }
            Concept::Screen if status == FindingStatus::Present && !asked => {
                // A screen named without a result is a question with no documented answer.
                let result = seg_toks.iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "positive" | "yes" | "endorsed" | "one" | "two" | "three" | "1" | "2" | "3"
                    )
                });
                if !result {
                    status = FindingStatus::Unanswered;
                }
            }
            Concept::Means
                if status == FindingStatus::Present && context::means_removed(&seg_toks) =>
            {
                status = FindingStatus::Denied;
                negated = true;
            }
            _ => {}
        }
        out.push(Finding {
            kind,
            concept: r.concept,
            clause_id: clause_of(offset + toks[r.start].start),
            quote: text[toks[quote_start].start..toks[r.end - 1].end].to_string(),
            status,
            attributes: Attributes {
                negated,
                double_negation: double,
                historical,
                hypothetical,
                other_experiencer: other,
                uncertain,
                asked,
                near_miss: r.near_miss,
            },
        });
    }
    let spans: Vec<(usize, usize)> = raws.iter().map(|r| (r.start, r.end)).collect();
    let more = anaphoric_denials(text, toks, &seg, &out, clause_of, offset, &spans);
    out.extend(more);
    out
}

/// Words that make an injury an accident.
const ACCIDENT_CUES: &[&str] = &[
    "stove",
    "oven",
    "dinner",
    "baking",
    "grill",
    "kitchen",
    "bike",
    "skateboard",
    "accident",
    "accidental",
    "accidentally",
    "chopping",
    "cooking",
    "slipped",
    "shaving",
    "tripped",
    "fell",
    "mistake",
    "unintentionally",
    "sports",
    "soccer",
    "football",
    "hiking",
];

/// "He was in fights as a teenager but has had none in ten years": a later segment whose only
/// content is "none"/"no more"/"not since" denies the mention before it (anaphoric negation).
fn anaphoric_denials(
    text: &str,
    toks: &[Tok],
    seg: &[usize],
    found: &[Finding],
    clause_of: &dyn Fn(usize) -> usize,
    offset: usize,
    spans: &[(usize, usize)],
) -> Vec<Finding> {
    let Some(last) = found.iter().rev().find(|f| !f.concept.is_qualifier()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let last_seg = seg.last().copied().unwrap_or(0);
    for g in 1..=last_seg {
        let idx: Vec<usize> = (0..toks.len()).filter(|&k| seg[k] == g).collect();
        if idx
            .iter()
            .any(|&k| spans.iter().any(|&(a, b)| (a..b).contains(&k)))
        {
            continue;
        }
        let first_span_seg = spans.first().map_or(usize::MAX, |&(a, _)| seg[a]);
        if first_span_seg >= g {
            continue;
        }
        let words: Vec<&str> = idx.iter().map(|&k| toks[k].norm.as_str()).collect();
        // "not currently suicidal but was last week": an elliptical affirmation of the
        // negated mention, with a time inside the screening window.
        let elliptic = words.first() == Some(&"but")
            && words
                .iter()
                .any(|w| matches!(*w, "was" | "were" | "did" | "had" | "has" | "does" | "is"))
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "last" | "ago" | "yesterday" | "lately" | "recently" | "week" | "weekend"
                ) || context::is_weekday(w)
            });
        if elliptic && last.status == FindingStatus::Denied {
            let k = idx[0];
            out.push(Finding {
                kind: last.kind,
                concept: last.concept,
                clause_id: clause_of(offset + toks[k].start),
                quote: text[toks[k].start..toks[idx[idx.len() - 1]].end].to_string(),
                status: FindingStatus::Present,
                attributes: Attributes {
                    uncertain: true,
                    ..Attributes::default()
                },
            });
            continue;
        }
        let hit = idx.iter().enumerate().find(|&(i, _)| {
            words[i] == "none"
                || (words[i] == "nothing"
                    && words[..i].iter().all(|w| matches!(*w, "," | "and" | "but")))
                || (words[i] == "no" && words.get(i + 1) == Some(&"more"))
                || (words[i] == "not" && words.get(i + 1) == Some(&"since"))
                || (words[i] == "never" && words.get(i + 1) == Some(&"again"))
        });
        if let Some((_, &k)) = hit {
            out.push(Finding {
                kind: last.kind,
                concept: last.concept,
                clause_id: clause_of(offset + toks[k].start),
                quote: text[toks[k].start..toks[idx[idx.len() - 1]].end].to_string(),
                status: FindingStatus::Denied,
                attributes: Attributes {
                    negated: true,
                    ..Attributes::default()
                },
            });
        }
    }
    out
}

/// Words of a clause that make it safety context beside risk findings.
const CONTEXT_WORDS: &[&[&str]] = &[
    &["safety", "plan"],
    &["safety", "planning"],
    &["crisis", "line"],
    &["crisis", "team"],
    &["hotline"],
    &["988"],
    &["lethal", "means"],
    &["means", "restriction"],
    &["protective", "factors"],
    &["protective", "factor"],
    &["reasons", "for", "living"],
    &["reason", "for", "living"],
    &["future", "oriented"],
    &["feels", "safe"],
    &["feel", "safe"],
    &["safe", "at", "home"],
    &["risk", "level"],
    &["acute", "risk"],
    &["no", "plan"],
    &["no", "intent"],
];

fn summarise(clauses: &[Clause], findings: Vec<Finding>) -> RiskAssessment {
    let mut items: BTreeMap<RiskKind, ItemStatus> = BTreeMap::new();
    let mut reasons: Vec<String> = Vec::new();
    let mut reason = |s: &str| {
        if !reasons.iter().any(|r| r == s) {
            reasons.push(s.to_string());
        }
    };
    for f in &findings {
        let mut kinds = vec![f.kind];
        if f.concept == Concept::Attempt
            && matches!(f.status, FindingStatus::Present | FindingStatus::History)
        {
            kinds.push(RiskKind::SelfHarm);
        }
        // Plan and intent named alone qualify another mention; "suicidal intent" names its
        // category and counts when affirmed.
        let named =
            f.quote.to_lowercase().contains("suicid") || f.quote.to_lowercase().contains("homicid");
        let status = match f.status {
            FindingStatus::Present if f.concept.is_qualifier() && !named => continue,
            FindingStatus::Present => ItemStatus::Present,
            FindingStatus::Denied if !f.concept.is_qualifier() => ItemStatus::Denied,
            FindingStatus::History if !f.concept.is_qualifier() => ItemStatus::History,
            _ => continue,
        };
        for k in kinds {
            let e = items.entry(k).or_insert(status);
            *e = match (*e, status) {
                (ItemStatus::Present, _) | (_, ItemStatus::Present) => ItemStatus::Present,
                (ItemStatus::Denied, _) | (_, ItemStatus::Denied) => ItemStatus::Denied,
                _ => ItemStatus::History,
            };
        }
    }
    for f in &findings {
        let a = &f.attributes;
        if a.near_miss {
            reason("risk words may be mis-transcribed: check them against the transcript");
        }
        if a.double_negation {
            reason("a double negation was read as an affirmation");
        }
        if a.uncertain && f.status == FindingStatus::Present {
            reason("a hedged answer was read as present");
        }
        if f.status == FindingStatus::Unanswered {
            reason("a risk question has no documented answer");
        }
        if f.status == FindingStatus::NotClient
            && matches!(f.kind, RiskKind::SuicidalIdeation | RiskKind::SelfHarm)
        {
            reason("risk reported for someone else: consider follow-up");
        }
        if matches!(
            f.concept,
            Concept::IntrusiveHarm | Concept::CommandHallucination
        ) && f.status == FindingStatus::Present
        {
            reason("intrusive harm thoughts or command hallucinations: unwanted, no intent stated; review");
        }
    }
    let denied_somewhere = |k: RiskKind| {
        findings
            .iter()
            .any(|f| f.kind == k && f.status == FindingStatus::Denied && !f.concept.is_qualifier())
    };
    for (&k, &s) in &items {
        match s {
            ItemStatus::Present if k.counts_for_risk() => {
                reason("risk is present: review before signing");
                if denied_somewhere(k) {
                    reason("a category is both affirmed and denied in this memo");
                }
            }
            ItemStatus::History => reason("risk history without a current status"),
            _ => {}
        }
    }
    if items.get(&RiskKind::AccessToMeans) == Some(&ItemStatus::Present)
        && !items.contains_key(&RiskKind::SuicidalIdeation)
    {
        reason("access to means without a documented suicide screen");
    }
    let risk_items: Vec<(RiskKind, ItemStatus)> = items
        .iter()
        .filter(|(k, _)| k.counts_for_risk())
        .map(|(k, s)| (*k, *s))
        .collect();
    let polarity = if risk_items.iter().any(|(_, s)| *s == ItemStatus::Present) {
        Polarity::Present
    } else if risk_items.iter().any(|(_, s)| *s == ItemStatus::Denied) {
        Polarity::Denied
    } else {
        Polarity::None
    };
    let deciding = match polarity {
        Polarity::Present => Some(ItemStatus::Present),
        Polarity::Denied => Some(ItemStatus::Denied),
        Polarity::None => None,
    };
    let flags = risk_items
        .iter()
        .filter(|(_, s)| Some(*s) == deciding)
        .map(|(k, _)| k.flag().to_string())
        .collect();
    let mut evidence_ids: Vec<usize> = findings
        .iter()
        .filter(|f| {
            !matches!(
                f.status,
                FindingStatus::NotClient | FindingStatus::Hypothetical
            )
        })
        .map(|f| f.clause_id)
        .collect();
    evidence_ids.sort_unstable();
    evidence_ids.dedup();
    let text_of = |id: usize| {
        clauses
            .iter()
            .find(|c| c.id == id)
            .map(|c| (id, c.text.clone()))
    };
    let context = if findings.is_empty() {
        Vec::new()
    } else {
        clauses
            .iter()
            .filter(|c| !evidence_ids.contains(&c.id))
            .filter(|c| {
                let t = tokens::tokenize(&c.text);
                let w: Vec<&str> = t.iter().map(|x| x.norm.as_str()).collect();
                CONTEXT_WORDS
                    .iter()
                    .any(|p| w.windows(p.len()).any(|x| x == *p))
            })
            .map(|c| (c.id, c.text.clone()))
            .collect()
    };
    RiskAssessment {
        polarity,
        flags,
        items: items
            .into_iter()
            .map(|(k, s)| (k.flag().to_string(), s))
            .collect(),
        evidence: evidence_ids.into_iter().filter_map(text_of).collect(),
        context,
        needs_review: !reasons.is_empty(),
        review_reasons: reasons,
        findings,
    }
}

#[cfg(test)]
mod tests;
