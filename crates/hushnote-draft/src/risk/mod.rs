//! Risk statements read by rules, never by the model (DESIGN §2), as *findings*.
//!
//! Each risk mention in a clause becomes a [`Finding`]: a concept (`lexicon`: suicidal
//! ideation down to a passive wish to be dead, plan, intent, method, preparatory acts,
//! attempts; self-injury; homicidal ideation; thoughts of harming others, intrusive ones
//! included; abuse of or by the client; violence; substance use; access to means), with the
//! attributes ConText gives it (`context`: negated, historical, hypothetical, uncertain,
//! asked-and-answered) and an experiencer (`actors`: the client or someone else). Speech
//! recogniser near-misses are repaired first (`tokens`, `nearmiss`) and always ask for
//! review. `findings` reads one sentence into findings; `items` sums them up.
//!
//! Named concepts are only half of it: `frames` reads risk told by acts (an injuring verb on
//! one's own body, pills in hand with a stop cue, a ligature on an anchor point, an elder's
//! money taken, a child shut in, a killing act wished or threatened), each composed from word
//! classes and checked against the agent (whose body, whose money); `actors` reads harm verbs
//! and weapon acts by who does what to whom; `net` is a safety net that reads a lethal object
//! brought to the body, a poison swallowed or an injury on one's own body as present with
//! review when no rule explained the sentence. A self-correction ("denies HI, wait,
//! correction, denies SI") keeps only the corrected version; a negated purpose after an act
//! ("not because he wants to die") denies no category.
//!
//! Per category (FORMATS.md §4): `present` when any current, affirmed mention concerns the
//! client; `denied` when only negated ones do; `history` when only past ones do. The memo's
//! `risk` is `present` if any category is, else `denied` if any is, else `none`; access to
//! means never changes it. Any present item, a history without current status, a hedge, a
//! double negation, an unanswered screening question or a near-miss sets `needs_review`.
//! When unsure the rules lean to `present` with review, never to `denied`.

/// The body parts both the harm readings and the self-injury frames know, as a slice with the
/// module's own words appended (`body_parts!["fist", "jaw"]`): one list, two purposes (a blow's
/// or a killing's object in [`actors`], a frame's cue in [`frames`]), each with its own extras.
macro_rules! body_parts {
    ($($extra:literal),* $(,)?) => {
        &[
            "arm",
            "arms",
            "forearm",
            "forearms",
            "wrist",
            "wrists",
            "thigh",
            "thighs",
            "leg",
            "legs",
            "stomach",
            "skin",
            "ankle",
            "ankles",
            "hand",
            "hands",
            "hip",
            "hips",
            "chest",
            "face",
            "knuckles",
            "head",
            "body",
            "shoulder",
            "shoulders",
            "neck",
            "throat",
            "rib",
            "ribs",
            "shin",
            "shins",
            "knee",
            "knees",
            "elbow",
            "elbows",
            $($extra),*
        ]
    };
}

mod actors;
mod acts;
mod context;
mod fields;
mod findings;
mod frames;
mod items;
mod learned;
mod lexicon;
mod nearmiss;
mod net;
mod recall;
mod sense;
mod tokens;
mod usage;

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
    /// The problem a treatment plan names ("Problem: alcohol use, early recovery"): a label of
    /// the condition treated, not a report of current use; it yields to the memo's own denial.
    #[serde(default)]
    pub problem_label: bool,
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
            (self.problem_label, "the problem treated"),
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
    /// Whether a rule found something about the client in clause `id` (a disclosure, a
    /// denial, a history, means); someone else's, a hypothetical and the statistical net's
    /// flags alone do not count.
    pub fn about_client(&self, id: usize) -> bool {
        self.findings.iter().any(|f| {
            f.clause_id == id
                && f.concept != lexicon::Concept::Learned
                && !matches!(
                    f.status,
                    FindingStatus::NotClient | FindingStatus::Hypothetical
                )
        })
    }

    /// Whether the risk reading found anything at all in clause `id`: anyone's risk, a
    /// denial, a history, a hypothetical, means or the statistical net's flag.
    pub fn read_any(&self, id: usize) -> bool {
        self.findings.iter().any(|f| f.clause_id == id)
    }

    /// Whether the reading found something in clause `id` and all of it someone else's, in
    /// the past or supposed (no disclosure, denial or open question about the client).
    pub fn read_only_elsewhere(&self, id: usize) -> bool {
        let mut here = self
            .findings
            .iter()
            .filter(|f| f.clause_id == id)
            .peekable();
        here.peek().is_some()
            && here.all(|f| {
                matches!(
                    f.status,
                    FindingStatus::NotClient | FindingStatus::Hypothetical | FindingStatus::History
                )
            })
    }

    /// The item of a category, if the memo mentions it.
    pub fn item(&self, kind: RiskKind) -> Option<ItemStatus> {
        self.items.get(kind.flag()).copied()
    }
}

/// Reads the risk statements of a memo, sentence by sentence (a scope may cross the cuts the
/// planner makes inside a sentence), and files each finding under the clause that holds it.
/// `clauses` are the memo's clauses with byte ranges into `text`.
pub fn assess_memo(text: &str, clauses: &[Clause]) -> RiskAssessment {
    assess_memo_with(text, clauses, learned::enabled())
}

/// [`assess_memo`] with the learned net under the rules on or off (`net`), whatever the
/// environment says.
pub(crate) fn assess_memo_with(text: &str, clauses: &[Clause], net: bool) -> RiskAssessment {
    let units: Vec<(usize, &str)> = sentences(text)
        .into_iter()
        .map(|(a, b)| (a, &text[a..b]))
        .collect();
    assess_units(&units, clauses, net)
}

/// Reads each clause on its own (clauses that are whole sentences, as in tests).
pub fn assess(clauses: &[Clause]) -> RiskAssessment {
    let units: Vec<(usize, &str)> = clauses.iter().map(|c| (c.start, c.text.as_str())).collect();
    assess_units(&units, clauses, learned::enabled())
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
                    "dr" | "mr"
                        | "mrs"
                        | "ms"
                        | "mx"
                        | "st"
                        | "vs"
                        | "e.g"
                        | "i.e"
                        // "Denies alcohol incl. kachasu": a list goes on after these.
                        | "incl"
                        | "excl"
                        | "esp"
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

/// `net`: whether the learned net ([`learned`]) may flag sentences the rules read as no risk.
fn assess_units(units: &[(usize, &str)], clauses: &[Clause], net: bool) -> RiskAssessment {
    let toks: Vec<Vec<Tok>> = units.iter().map(|(_, t)| tokens::tokenize(t)).collect();
    let toks = sense::others_by_cleft(sense::others_by_pronoun(sense::others_by_name(
        sense::client_by_kin(toks),
    )));
    let toks = usage::topic_fragments_asked(toks);
    // The clause holding memo byte `at` (the last clause starting at or before it).
    let clause_of = |at: usize| {
        clauses
            .iter()
            .rev()
            .find(|c| c.start <= at)
            .or(clauses.first())
            .map_or(0, |c| c.id)
    };
    let client = sense::client_names(&toks);
    // How many sentences the dictation holds: the net weighs a memo otherwise (net.rs).
    let sentences = units.len();
    let mut findings: Vec<Finding> = Vec::new();
    let mut prev_start = 0;
    let recovery = usage::recovery_context(&toks);
    let memo_male = usage::memo_client_male(&toks);
    let dying = sense::client_is_dying(&toks);
    let illness = usage::illness_context(&toks);
    for (i, (offset, text)) in units.iter().enumerate() {
        let next = toks.get(i + 1).map(Vec::as_slice);
        // The context before: the sentence before, and further back (up to three) while the
        // one taken or the one before it is a fragment of three words or fewer ("Husband dead
        // since spring. Says... 'I am just waiting to go to him.'", "The Rio bridge. He drives
        // over and thinks... just stop the car, jump.") or the one before trails off in an
        // ellipsis ("stands on the bridge... every night now... thinks about going in"): a
        // dictated pause splits one thought, it does not end it.
        let short = |t: &[Tok]| t.iter().filter(|t| !t.punct).count() <= 3;
        let trails = |k: usize| {
            let t = units[k].1.trim_end();
            t.ends_with("...") || t.ends_with('…')
        };
        let mut first = i;
        if i > 0 {
            first = i - 1;
            while first > 0
                && i - first < 3
                && (short(&toks[first]) || short(&toks[first - 1]) || trails(first - 1))
            {
                first -= 1;
            }
        }
        let joined: Option<Vec<Tok>> =
            (i >= 2 && first + 1 < i).then(|| toks[first..i].iter().flatten().cloned().collect());
        let prev = joined
            .as_deref()
            .or_else(|| i.checked_sub(1).map(|p| toks[p].as_slice()));
        // The net's findings are never an antecedent: a later "she never did that" must not
        // deny a category only the net named.
        let last_kind = findings
            .iter()
            .rev()
            .find(|f| f.concept != Concept::Learned)
            .map(|f| f.kind);
        // "he will kill the husband of his daughter, sorry, the son-in-law, for what he did":
        // a correction that swaps one phrase is read as the sentence it corrects to.
        let correction = correction_at(&toks[i]);
        let spliced = correction.and_then(|(m, at)| splice(text, &toks[i], m, at));
        let spliced_toks = spliced.as_deref().map(tokens::tokenize);
        let (text, this_toks): (&str, &[Tok]) = match (&spliced, &spliced_toks) {
            (Some(s), Some(t)) => (s.as_str(), t.as_slice()),
            _ => (text, toks[i].as_slice()),
        };
        // A self-correction ("denies HI, wait, correction, denies SI"; "Correction: he drank
        // on Saturday") keeps only the corrected version (FORMATS §0), when it says anything.
        if let Some((marker, at)) = correction.filter(|_| spliced.is_none()) {
            let rest = &text[at..];
            let rest_toks = tokens::tokenize(rest);
            let corrected = findings::unit_findings(
                rest,
                offset + at,
                &rest_toks,
                (prev, next),
                last_kind,
                &clause_of,
                &client,
            );
            // "drinking a little more, then corrected herself, said it's one wine cooler on
            // Fridays": the corrected words get the same reading of amounts as any sentence.
            let corrected = usage::within_limits(&rest_toks, corrected, recovery, memo_male);
            let corrected = usage::use_before_abstinence(rest, corrected);
            let corrected = usage::kept_untouched(rest, corrected);
            if !corrected.is_empty() {
                let opens = toks[i].iter().take_while(|t| t.start < at).all(|t| t.punct);
                if opens {
                    // The correction opens the sentence: it replaces the sentence before.
                    findings.truncate(prev_start);
                }
                prev_start = findings.len();
                // "cut his arm with a razor blade, last time Tuesday, wait, no, Monday, and
                // he wrote a goodbye letter": a correction inside the sentence replaces what
                // it corrects, not the risks of other kinds told before it.
                // The words it corrects are the phrase right before the marker ("last time
                // Tuesday", "Denies SI"): only what stands before that phrase is kept.
                let mk = toks[i].iter().position(|t| t.start >= marker).unwrap_or(0);
                // The marker's own words ("then corrected herself", ", no, sorry,") go with
                // it.
                let mut j = mk;
                while j > 0
                    && (toks[i][j - 1].punct
                        || matches!(
                            toks[i][j - 1].norm.as_str(),
                            "then"
                                | "and"
                                | "but"
                                | "so"
                                | "she"
                                | "he"
                                | "they"
                                | "i"
                                | "no"
                                | "sorry"
                                | "oh"
                                | "um"
                                | "uh"
                                | "wait"
                        ))
                {
                    j -= 1;
                }
                let cut = (0..j).rev().find(|&q| {
                    toks[i][q].punct && matches!(toks[i][q].norm.as_str(), "," | ";" | ":" | "-")
                });
                // "She first said she'd cut on Sunday, then corrected herself": what was said
                // "at first" is the whole of what is corrected.
                let first_said = toks[i][..j].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "first" | "initially" | "originally" | "earlier"
                    )
                });
                // "grabbed her by the throat, no, by the collar, she corrected that": the "no"
                // that opens the corrected words is the correction's, not an answer kept.
                let cut = cut.map(|mut c| {
                    while c >= 2
                        && matches!(toks[i][c - 1].norm.as_str(), "no" | "nope")
                        && toks[i][c - 2].punct
                    {
                        c -= 2;
                    }
                    c
                });
                let cut = cut.filter(|_| !first_said);
                if let Some(cut) = cut.filter(|_| !opens) {
                    let head = &text[..toks[i][cut].start];
                    let head_toks = tokens::tokenize(head);
                    let kept = findings::unit_findings(
                        head,
                        *offset,
                        &head_toks,
                        (prev, None),
                        last_kind,
                        &clause_of,
                        &client,
                    );
                    findings.extend(
                        kept.into_iter()
                            .filter(|f| !corrected.iter().any(|c| c.kind == f.kind)),
                    );
                }
                if net {
                    findings.extend(net::learned(
                        rest,
                        &rest_toks,
                        offset + at,
                        &corrected,
                        &clause_of,
                        &|| findings::explained_away(&rest_toks, prev, &client),
                        sentences,
                    ));
                }
                findings.extend(corrected);
                continue;
            }
        }
        prev_start = findings.len();
        let unit = findings::unit_findings(
            text,
            *offset,
            this_toks,
            (prev, next),
            last_kind,
            &clause_of,
            &client,
        );
        // Drinking the rules read as within limits (a present use dropped or made a denial)
        // is a reading of the sentence's risk word: the net, which cannot weigh amounts, does
        // not overrule it ("had a drink with her sister at the pub quiz").
        let present_use = |u: &[Finding]| {
            u.iter()
                .filter(|f| f.kind == RiskKind::SubstanceUse && f.status == FindingStatus::Present)
                .count()
        };
        let before_limits = present_use(&unit);
        let unit = usage::within_limits(this_toks, unit, recovery, memo_male);
        let unit = usage::use_before_abstinence(text, unit);
        let unit = usage::kept_untouched(text, unit);
        let unit = usage::reason_for_care_denied(text, unit);
        let read_as_low = present_use(&unit) < before_limits;
        let unit = sense::others_taken_up(&findings, text, unit);
        let unit = sense::rites_of_the_dying(unit, dying);
        let unit = usage::relapse_of_illness(this_toks, unit, illness);
        if net {
            findings.extend(net::learned(
                text,
                this_toks,
                *offset,
                &unit,
                &clause_of,
                &|| read_as_low || findings::explained_away(this_toks, prev, &client),
                sentences,
            ));
        }
        findings.extend(unit);
        // A quote from a spliced sentence shows the words kept, not the blanks between them.
        if spliced.is_some() {
            for f in &mut findings[prev_start..] {
                f.quote = f.quote.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
    }
    items::summarise(clauses, findings)
}

/// The words a phrase-swapping self-correction takes back, blanked out: "kill the husband of
/// his daughter, sorry, the son-in-law, for what he did" reads as "kill the son-in-law, for
/// what he did"; "drinks every day, no, sorry, every night" as "drinks every night". The
/// taken-back phrase starts at the last word it shares with the correction (a content word
/// first, with its determiners: "the poison for the mice, sorry, the rat poison"; else the
/// correction's opening determiner). `None` when the correction opens the sentence, does not
/// open with a determiner, shares none with the phrase before it, or is a retelling ("she
/// first said").
/// Blanking keeps every byte offset, so findings still point into the memo.
fn splice(text: &str, toks: &[Tok], marker: usize, at: usize) -> Option<String> {
    const OPENERS: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "my", "every", "each", "this", "that", "some",
    ];
    let mk = toks.iter().position(|t| t.start >= marker)?;
    if !matches!(
        toks[mk].norm.as_str(),
        "sorry" | "i" | "wait" | "correction"
    ) {
        return None;
    }
    // "with the thirty-thirty and not coming back down, sorry, not the thirty-thirty, his
    // dad's shotgun": a correction that names the phrase it takes back ("not the X") and then
    // the right one swaps that phrase only; the marker and the phrase taken back are blanked
    // and the rest of the sentence stands.
    let after: Vec<usize> = (0..toks.len())
        .filter(|&q| toks[q].start >= at && !toks[q].punct)
        .take(3)
        .collect();
    if let [n0, n1, ..] = after[..] {
        // "not the thirty-thirty" or, with no determiner, "not beer".
        let n2 = if OPENERS.contains(&toks[n1].norm.as_str()) {
            after.get(2).copied().unwrap_or(n1)
        } else {
            n1
        };
        if toks[n0].is("not")
            && n2 > n0
            && !OPENERS.contains(&toks[n2].norm.as_str())
            && toks[n2].norm.len() >= 3
            && toks[..mk].iter().any(|t| t.norm == toks[n2].norm)
        {
            let comma = (n2 + 1..(n2 + 5).min(toks.len())).find(|&q| toks[q].is(","))?;
            let next = toks.get(comma + 1).filter(|t| !t.punct)?;
            return Some(blank(text, toks[mk].start, next.start));
        }
    }
    let mut j = mk;
    while j > 0
        && (toks[j - 1].punct || matches!(toks[j - 1].norm.as_str(), "no" | "uh" | "um" | "oh"))
    {
        j -= 1;
    }
    let from = (0..j)
        .rev()
        .find(|&q| toks[q].punct && matches!(toks[q].norm.as_str(), "," | ";" | ":" | "-"))
        .map_or(0, |q| q + 1);
    if from >= j
        || toks[..j].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "first" | "initially" | "originally" | "earlier"
            )
        })
    {
        return None;
    }
    let rest: Vec<&Tok> = toks
        .iter()
        .filter(|t| t.start >= at && !t.punct)
        .take(3)
        .collect();
    // Only a noun phrase swapped for a noun phrase: a correction that opens with a verb, a
    // subject or a negation ("sorry, she said she used", "I mean, not since Easter") takes
    // back what was said, which the reading of the corrected words alone decides.
    let first = rest
        .first()
        .filter(|t| OPENERS.contains(&t.norm.as_str()))?;
    let shared = rest.iter().find_map(|r| {
        let w = r.norm.as_str();
        if w.len() < 3 || OPENERS.contains(&w) || matches!(w, "and" | "for" | "of" | "it") {
            return None;
        }
        (from..j).rev().find(|&q| toks[q].norm == w)
    });
    let start = match shared {
        Some(mut q) => {
            while q > from && OPENERS.contains(&toks[q - 1].norm.as_str()) {
                q -= 1;
            }
            q
        }
        None => (from..j).rev().find(|&q| toks[q].norm == first.norm)?,
    };
    Some(blank(text, toks[start].start, at))
}

/// `text` with the bytes `a..b` turned to spaces (offsets stay put).
fn blank(text: &str, a: usize, b: usize) -> String {
    let blanked: String = text[a..b]
        .chars()
        .map(|c| " ".repeat(c.len_utf8()))
        .collect();
    format!("{}{}{}", &text[..a], blanked, &text[b..])
}

/// Byte offsets (in the unit) of the last self-correction marker and of the words right
/// after it, if any:
/// "correction", "scratch that", "strike that", "I mean", "I misspoke", "no wait", "wait,".
fn correction_at(toks: &[Tok]) -> Option<(usize, usize)> {
    let n = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut at = None;
    for k in 0..toks.len() {
        let len = match n(k) {
            "correction" | "corrected" if !matches!(n(k + 1), "of" | "officer" | "facility") => 1,
            "scratch" | "strike" | "make"
                if n(k + 1) == "that" && matches!(n(k + 2), "," | ":" | "-" | "") =>
            {
                2
            }
            // "and I mean it", "I meant that": emphasis that stands by the words, no correction.
            "i" if matches!(n(k + 1), "mean" | "meant")
                && !(matches!(n(k + 2), "it" | "business" | "every")
                    || (n(k + 2) == "that" && toks.get(k + 3).is_none_or(|t| t.punct))) =>
            {
                2
            }
            "i" if n(k + 1) == "misspoke" => 2,
            // "no blackouts, actually he did have one Saturday": "actually" set off after a
            // clause and opening a new one takes back what was just said; one that adds to it
            // ("actually he drinks too") corrects nothing.
            "actually"
                if k > 0
                    && matches!(n(k - 1), "," | "-" | ";")
                    && (n(k + 1) == ","
                        || matches!(
                            n(k + 1),
                            "he" | "she" | "they" | "i" | "it" | "the" | "client" | "pt"
                        ))
                    && !toks[k + 1..].iter().any(|t| {
                        matches!(t.norm.as_str(), "too" | "also" | "either" | "additionally")
                    }) =>
            {
                1
            }
            // "she wants to sleep forever, sorry, this matatu, and ...": an apology for the
            // noise around a dictation corrects nothing.
            "sorry"
                if k > 0
                    && matches!(n(k - 1), "," | "-")
                    && n(k + 1) == ","
                    && !(k + 2..k + 5).any(|j| {
                        matches!(
                            n(j),
                            "matatu"
                                | "traffic"
                                | "noise"
                                | "bus"
                                | "horn"
                                | "siren"
                                | "line"
                                | "signal"
                                | "connection"
                                | "reception"
                                | "phone"
                                | "dog"
                                | "kids"
                                | "baby"
                                | "road"
                                | "wind"
                                | "radio"
                                | "truck"
                                | "tuktuk"
                                | "jeepney"
                                | "trotro"
                                | "danfo"
                                | "boda"
                                | "tram"
                                | "train"
                        )
                    }) =>
            {
                1
            }
            "wait"
                if matches!(n(k + 1), "," | "no" | "-" | ":")
                    && (k == 0 || matches!(n(k - 1), "," | "no" | "-")) =>
            {
                1
            }
            _ => 0,
        };
        if len > 0 {
            let mut e = k + len;
            while e < toks.len() && toks[e].punct {
                e += 1;
            }
            // "last time Tuesday, wait, no, Monday": the "no" is the marker's, not a denial.
            if matches!(n(e), "no" | "nope") && toks.get(e + 1).is_some_and(|t| t.punct) {
                e += 1;
                while e < toks.len() && toks[e].punct {
                    e += 1;
                }
            }
            if e < toks.len() {
                at = Some((toks[k].start, toks[e].start));
            }
        }
    }
    at
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_frames;
#[cfg(test)]
mod tests_sense;
#[cfg(test)]
mod tests_usage;
