//! Risk statements found by rules, never by the model (DESIGN §2).
//!
//! Each clause is cut into lower-cased words (hyphens split: "self-harm" = "self harm") and
//! matched against short word patterns per kind of risk. A match is *negated* when a negation cue
//! ("denies", "no", "not", "never", "without", ...) stands shortly before it, with no "but",
//! "reports", "has" ... in between, or when "denied"/"negative"/"none" follows it ("SI denied").
//! Hedges are not negations: "passive thoughts of death" is present (and marked passive).
//!
//! Whisper tiny.en mishears these words ("who a sidal", "how-me-side-al", "side-old ideation").
//! Such near-misses are found by comparing a crude phonetic key of the de-spaced words with the
//! key of "suicidal"/"homicidal"; they count like the real word but set `needs_review`.
//!
//! The memo's polarity is `present` if any mention is not negated, else `denied` if any is,
//! else `none`: "denies SI" plus "thoughts of self-harm" is present.

use crate::text::{fold, levenshtein, words};
use crate::Clause;

/// What the memo says about risk, overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// At least one risk term is affirmed (or only hedged).
    Present,
    /// Risk terms occur only negated.
    Denied,
    /// The memo mentions no risk term at all.
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

/// The kinds of risk the rules know.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    SuicidalIdeation,
    HomicidalIdeation,
    SelfHarm,
    HarmToOthers,
    Abuse,
    Violence,
    SubstanceUse,
}

impl RiskKind {
    /// The flag as written in front matter, e.g. "suicidal_ideation".
    pub fn flag(self) -> &'static str {
        match self {
            RiskKind::SuicidalIdeation => "suicidal_ideation",
            RiskKind::HomicidalIdeation => "homicidal_ideation",
            RiskKind::SelfHarm => "self_harm",
            RiskKind::HarmToOthers => "harm_to_others",
            RiskKind::Abuse => "abuse",
            RiskKind::Violence => "violence",
            RiskKind::SubstanceUse => "substance_use",
        }
    }

    /// The flag in words, e.g. "suicidal ideation".
    pub fn label(self) -> &'static str {
        match self {
            RiskKind::SuicidalIdeation => "suicidal ideation",
            RiskKind::HomicidalIdeation => "homicidal ideation",
            RiskKind::SelfHarm => "self-harm",
            RiskKind::HarmToOthers => "harm to others",
            RiskKind::Abuse => "abuse",
            RiskKind::Violence => "violence",
            RiskKind::SubstanceUse => "substance use",
        }
    }
}

/// One risk term found in one clause.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RiskMention {
    pub kind: RiskKind,
    pub clause_id: usize,
    /// The words that matched, as transcribed.
    pub matched: String,
    pub negated: bool,
    /// Hedged as passive or fleeting: still present.
    pub passive: bool,
    /// Matched a transcription near-miss rather than the word itself.
    pub near_miss: bool,
}

/// The rule-based risk reading of a memo.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RiskAssessment {
    pub polarity: Polarity,
    /// Flags that decided the polarity (present ones if present, denied ones if denied).
    pub flags: Vec<String>,
    /// Clauses with a risk term, verbatim, in memo order: `(clause id, text)`.
    pub evidence: Vec<(usize, String)>,
    /// Clauses about safety around a risk term ("no plan and no intent", "safety plan", "crisis
    /// line"), verbatim; only filled when some risk term was found.
    pub context: Vec<(usize, String)>,
    /// A near-miss matched: a person must check the transcript.
    pub needs_review: bool,
    pub mentions: Vec<RiskMention>,
}

/// One word pattern: space-separated slots, `a|b` alternatives, `x*` a prefix, `=SI` a
/// case-sensitive word (so "SI" the abbreviation, not "si").
struct Rule {
    kind: Option<RiskKind>,
    pattern: &'static str,
    /// The match is void when one of the next two words is one of these ("hurt her feelings",
    /// "drinking more water").
    unless_next: &'static [&'static str],
}

const fn rule(kind: RiskKind, pattern: &'static str) -> Rule {
    Rule {
        kind: Some(kind),
        pattern,
        unless_next: &[],
    }
}

/// Rules in priority order: a word matched by an earlier rule is not matched again, so
/// "substance abuse" is substance use, not abuse, and "kill herself" is not homicidal.
const RULES: &[Rule] = &[
    // Substance use first: it owns "abuse" in "alcohol abuse".
    rule(
        RiskKind::SubstanceUse,
        "substance|alcohol|drug|drugs|opioid|opiate|cannabis abuse|use|misuse|using|dependence",
    ),
    // Suicidal ideation.
    rule(RiskKind::SuicidalIdeation, "suicid*"),
    rule(RiskKind::SuicidalIdeation, "=SI"),
    rule(
        RiskKind::SuicidalIdeation,
        "kill|kills|killing|killed himself|herself|myself|themselves|themself|yourself",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "end|ends|ending|ended|take|takes|taking|took his|her|my|their|own life",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "end|ends|ending|ended|take|takes|taking|took his|her|my|their own life",
    ),
    rule(RiskKind::SuicidalIdeation, "end|ending it all"),
    rule(RiskKind::SuicidalIdeation, "better off dead"),
    // Passive ideation as clinicians quote it: "everyone would be better off without her",
    // "wishes she would not wake up", "no longer wants to live".
    rule(
        RiskKind::SuicidalIdeation,
        "better off without me|her|him|them|us",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "wish|wishes|wished|wishing|hope|hopes|hoped|hoping he|she|i|they would|could not|never \
         wake",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "wish|wishes|wished|wishing|hope|hopes|hoped|hoping he|she|i|they wouldn't|couldn't|won't \
         wake",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "wish|wishes|wished|wishing not|never to wake",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "no longer want|wants|wanted|wanting to live",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "no longer want|wants|wanted|wanting to be alive|here",
    ),
    rule(
        RiskKind::SuicidalIdeation,
        "want|wants|wanted|wanting|wish|wishes|wished|wishing to die",
    ),
    rule(RiskKind::SuicidalIdeation, "death wish"),
    rule(
        RiskKind::SuicidalIdeation,
        "thoughts|thought|thinking of|about death|dying",
    ),
    rule(RiskKind::SuicidalIdeation, "not worth living"),
    rule(RiskKind::SuicidalIdeation, "no reason|will to live"),
    // Homicidal ideation.
    rule(RiskKind::HomicidalIdeation, "homicid*"),
    rule(RiskKind::HomicidalIdeation, "=HI"),
    rule(
        RiskKind::HomicidalIdeation,
        "kill|kills|killing|murder|murdering him|her|them|his|their|someone|somebody|anyone|people",
    ),
    // Self-harm.
    rule(
        RiskKind::SelfHarm,
        "self harm*|injur*|mutilat*|inflicted|destructive",
    ),
    rule(RiskKind::SelfHarm, "selfharm*"),
    rule(RiskKind::SelfHarm, "nssi"),
    rule(
        RiskKind::SelfHarm,
        "cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|\
         injure|injured|injuring|scratch*|hit|hits|hitting \
         himself|herself|myself|themselves|themself|yourself",
    ),
    rule(
        RiskKind::SelfHarm,
        "cut|cuts|cutting his|her|their|my arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin",
    ),
    rule(
        RiskKind::SelfHarm,
        "harm|danger|risk to self|herself|himself|themselves",
    ),
    // Harm to others.
    rule(
        RiskKind::HarmToOthers,
        "danger|threat|harm|risk to others|other|someone|somebody",
    ),
    Rule {
        kind: Some(RiskKind::HarmToOthers),
        pattern: "harm|harming|hurt|hurting|attack|attacking|injure|injuring \
                  others|someone|somebody|anyone|people|him|her|them",
        unless_next: &["feelings", "feeling", "pride"],
    },
    // "thoughts of hurting his father": whoever the object is, unless reflexive (self-harm,
    // matched above and so already taken).
    rule(
        RiskKind::HarmToOthers,
        "thoughts|thought|urges|urge|fantasies|plans|plan|intent|intention of|about|to \
         hurting|harming|attacking|hurt|harm|attack",
    ),
    // Abuse.
    rule(
        RiskKind::Abuse,
        "abuse|abused|abusive|abuser|abusers|abusing|molest*|rape|raped|raping|maltreat*",
    ),
    rule(RiskKind::Abuse, "sexual|sexually assault*|abuse*"),
    rule(RiskKind::Abuse, "domestic violence|abuse"),
    rule(RiskKind::Abuse, "child neglect"),
    rule(RiskKind::Abuse, "coercive control"),
    // Violence.
    rule(
        RiskKind::Violence,
        "violen*|assault*|weapon*|firearm*|gun|guns|knife|knives",
    ),
    rule(
        RiskKind::Violence,
        "punch|punched|punching|punches|beaten|strangl*",
    ),
    rule(
        RiskKind::Violence,
        "hit|hits|hitting|slapped|slapping|kicked|kicking|choked|choking|shoved|shoving|beat|\
         beating|beats him|her|them|me|his|their|my|someone|somebody|others",
    ),
    rule(
        RiskKind::Violence,
        "physical|physically altercation*|fight|fights|fighting|aggressive|aggression|threatening",
    ),
    rule(
        RiskKind::Violence,
        "threaten|threatened|threatening|threatens|threats to|him|her|them|with",
    ),
    // Substance use.
    Rule {
        kind: Some(RiskKind::SubstanceUse),
        pattern: "alcohol*|drinking|drunk|intoxicated|intoxication|hungover|hangover|overdos*|\
                  cocaine|heroin|fentanyl|meth|methamphetamine|marijuana|opioid*|opiate*|benzos|\
                  ketamine|blackout|blackouts",
        unless_next: &["water", "coffee", "tea", "juice", "milk", "fluids"],
    },
    rule(RiskKind::SubstanceUse, "blacked out"),
    rule(RiskKind::SubstanceUse, "using drugs"),
];

/// Safety-context phrases: quoted beside risk evidence, never risk by themselves.
const CONTEXT_RULES: &[Rule] = &[
    Rule {
        kind: None,
        pattern: "no plan|plans|intent|intention|means",
        unless_next: &[],
    },
    Rule {
        kind: None,
        pattern: "safety plan*",
        unless_next: &[],
    },
    Rule {
        kind: None,
        pattern: "crisis line|lines|team|service|services|plan|number",
        unless_next: &[],
    },
    Rule {
        kind: None,
        pattern: "lethal means",
        unless_next: &[],
    },
    Rule {
        kind: None,
        pattern: "means restriction|safety",
        unless_next: &[],
    },
];

/// Words that negate a risk term standing after them.
const NEGATION_CUES: &[&str] = &[
    "no", "not", "denies", "denied", "deny", "denying", "never", "without", "negative", "nor",
    "neither", "none", "free", "absent", "absence", "ruled", "rules", "isn't", "wasn't", "doesn't",
    "didn't", "don't", "hasn't", "haven't", "hadn't", "won't", "aren't", "weren't",
];
/// Words that negate a risk term standing before them ("SI denied").
const POST_NEGATION_CUES: &[&str] = &["denied", "denies", "negative", "none", "absent"];
/// Words that end a negation's reach: "denies SI but reports thoughts of self-harm".
const SCOPE_BREAKERS: &[&str] = &[
    "but",
    "however",
    "although",
    "though",
    "yet",
    "except",
    "reports",
    "reported",
    "reporting",
    "endorses",
    "endorsed",
    "endorsing",
    "admits",
    "admitted",
    "disclosed",
    "discloses",
    "describes",
    "described",
    "has",
    "had",
    "have",
    "having",
    "states",
    "stated",
    "said",
];
/// Hedges that keep a risk present but mark it passive.
const PASSIVE_CUES: &[&str] = &["passive", "passively", "fleeting", "vague"];
/// How many non-risk words back a negation still reaches.
const NEGATION_REACH: usize = 6;

/// Reads the risk statements of a memo's clauses.
pub fn assess(clauses: &[Clause]) -> RiskAssessment {
    let mut mentions = Vec::new();
    let mut context_ids = Vec::new();
    for clause in clauses {
        let found = clause_mentions(clause);
        if !found.is_empty() {
            mentions.extend(found);
        } else if !matches_rules(&clause.text, CONTEXT_RULES).is_empty() {
            context_ids.push(clause.id);
        }
    }

    let present: Vec<&RiskMention> = mentions.iter().filter(|m| !m.negated).collect();
    let negated: Vec<&RiskMention> = mentions.iter().filter(|m| m.negated).collect();
    let (polarity, deciding) = if !present.is_empty() {
        (Polarity::Present, present)
    } else if !negated.is_empty() {
        (Polarity::Denied, negated)
    } else {
        (Polarity::None, Vec::new())
    };
    let mut kinds: Vec<RiskKind> = deciding.iter().map(|m| m.kind).collect();
    kinds.sort();
    kinds.dedup();

    let text_of = |id: usize| {
        clauses
            .iter()
            .find(|c| c.id == id)
            .map(|c| (id, c.text.clone()))
    };
    let mut evidence_ids: Vec<usize> = mentions.iter().map(|m| m.clause_id).collect();
    evidence_ids.dedup();
    let context = if mentions.is_empty() {
        Vec::new()
    } else {
        context_ids.into_iter().filter_map(text_of).collect()
    };
    RiskAssessment {
        polarity,
        flags: kinds.iter().map(|k| k.flag().to_string()).collect(),
        evidence: evidence_ids.into_iter().filter_map(text_of).collect(),
        context,
        needs_review: mentions.iter().any(|m| m.near_miss),
        mentions,
    }
}

/// A clause's words: original text, folded text, and the risk kind covering each (if any).
struct Tokens<'a> {
    original: Vec<&'a str>,
    folded: Vec<String>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        let ws = words(text);
        Tokens {
            original: ws.iter().map(|w| w.text).collect(),
            folded: ws.iter().map(|w| fold(w.text)).collect(),
        }
    }
}

/// A match: which rule kind, over which word range.
#[derive(Debug, Clone, Copy)]
struct Span {
    kind: Option<RiskKind>,
    start: usize,
    end: usize,
    near_miss: bool,
}

fn slot_matches(slot: &str, original: &str, folded: &str) -> bool {
    slot.split('|').any(|alt| {
        if let Some(exact) = alt.strip_prefix('=') {
            original == exact
        } else if let Some(prefix) = alt.strip_suffix('*') {
            folded.starts_with(prefix)
        } else {
            folded == alt
        }
    })
}

/// Matches `rules` in order over the words; earlier matches own their words.
fn match_rules(tokens: &Tokens<'_>, rules: &[Rule]) -> Vec<Span> {
    let n = tokens.folded.len();
    let mut covered = vec![false; n];
    let mut spans = Vec::new();
    for rule in rules {
        let slots: Vec<&str> = rule.pattern.split_whitespace().collect();
        if slots.is_empty() || slots.len() > n {
            continue;
        }
        let mut i = 0;
        while i + slots.len() <= n {
            let end = i + slots.len();
            let hit = (i..end).all(|k| !covered[k])
                && slots
                    .iter()
                    .enumerate()
                    .all(|(k, s)| slot_matches(s, tokens.original[i + k], &tokens.folded[i + k]))
                && !tokens.folded[end..n.min(end + 2)]
                    .iter()
                    .any(|next| rule.unless_next.contains(&next.as_str()));
            if hit {
                covered[i..end].iter_mut().for_each(|c| *c = true);
                spans.push(Span {
                    kind: rule.kind,
                    start: i,
                    end,
                    near_miss: false,
                });
                i = end;
            } else {
                i += 1;
            }
        }
    }
    spans
}

fn matches_rules(text: &str, rules: &[Rule]) -> Vec<Span> {
    match_rules(&Tokens::new(text), rules)
}

fn clause_mentions(clause: &Clause) -> Vec<RiskMention> {
    let tokens = Tokens::new(&clause.text);
    let mut spans = match_rules(&tokens, RULES);
    let found = near_misses(&tokens, &mut spans);
    spans.extend(found);
    spans.sort_by_key(|s| s.start);
    let in_mention: Vec<bool> = (0..tokens.folded.len())
        .map(|k| spans.iter().any(|s| (s.start..s.end).contains(&k)))
        .collect();
    spans
        .iter()
        .filter_map(|s| {
            let kind = s.kind?;
            Some(RiskMention {
                kind,
                clause_id: clause.id,
                matched: tokens.original[s.start..s.end].join(" "),
                negated: is_negated(&tokens.folded, &in_mention, s.start, s.end),
                passive: tokens.folded[..s.start]
                    .iter()
                    .any(|w| PASSIVE_CUES.contains(&w.as_str())),
                near_miss: s.near_miss,
            })
        })
        .collect()
}

/// Negation before (within reach, not across a scope breaker) or right after the mention.
fn is_negated(words: &[String], in_mention: &[bool], start: usize, end: usize) -> bool {
    let mut reach = NEGATION_REACH;
    for k in (0..start).rev() {
        if in_mention[k] {
            continue; // other risk words in a list: "denies SI, HI or self-harm"
        }
        let w = words[k].as_str();
        if SCOPE_BREAKERS.contains(&w) {
            // "no longer has thoughts of suicide", "never reported SI": the breaker is negated.
            return words[k.saturating_sub(2)..k]
                .iter()
                .any(|p| NEGATION_CUES.contains(&p.as_str()));
        }
        if NEGATION_CUES.contains(&w) && !is_cancelled_cue(words, k) {
            return true;
        }
        reach -= 1;
        if reach == 0 {
            break;
        }
    }
    let mut k = end;
    let mut steps = 0;
    while k < words.len() && steps < 4 {
        let w = words[k].as_str();
        if POST_NEGATION_CUES.contains(&w) {
            return true;
        }
        let skippable =
            in_mention[k] || ["and", "or", "was", "were", "is", "are", "ideation"].contains(&w);
        if !skippable {
            break;
        }
        k += 1;
        steps += 1;
    }
    false
}

/// "does not deny SI" affirms; "not sure whether" hedges: neither negates.
fn is_cancelled_cue(words: &[String], k: usize) -> bool {
    let w = words[k].as_str();
    let prev = k.checked_sub(1).map(|p| words[p].as_str());
    let next = words.get(k + 1).map(String::as_str);
    let denial = w.starts_with("den");
    (denial && prev.is_some_and(|p| ["not", "doesn't", "didn't", "don't", "never"].contains(&p)))
        || (w == "not"
            && next.is_some_and(|n| {
                [
                    "sure", "clear", "certain", "known", "deny", "denied", "denies",
                ]
                .contains(&n)
            }))
}

/// Near-miss targets: the risk word and its phonetic key.
const NEAR_MISS_TARGETS: &[(RiskKind, &str, &[char])] = &[
    // Allowed first sounds of the key: "who a sidal" starts with h, "a sidal" with a vowel.
    (RiskKind::SuicidalIdeation, "suicidal", &['s', 'h', 'a']),
    (RiskKind::HomicidalIdeation, "homicidal", &['h']),
];
/// Ordinary words that sound close enough to fool the key; a window holding one is skipped.
const NOT_NEAR_MISSES: &[&str] = &[
    "aside",
    "beside",
    "besides",
    "inside",
    "outside",
    "seaside",
    "sideline",
    "sidewalk",
    "residual",
    "resident",
    "residents",
    "residential",
    "president",
    "decide",
    "decided",
    "decides",
    "decidedly",
    "subside",
    "subsided",
    "coincide",
    "coincided",
];

/// Windows of up to four words whose sound is close to "suicidal" or "homicidal".
///
/// A window may not overlap an exact match, except a one-word "suicid*"/"homicid*" match that it
/// extends ("suicide-all"): that is a mishearing too, and replaces the exact match.
fn near_misses(tokens: &Tokens<'_>, taken: &mut Vec<Span>) -> Vec<Span> {
    let n = tokens.folded.len();
    let soft_span = |s: &Span| {
        s.end == s.start + 1
            && matches!(
                s.kind,
                Some(RiskKind::SuicidalIdeation | RiskKind::HomicidalIdeation)
            )
            && (tokens.folded[s.start].starts_with("suicid")
                || tokens.folded[s.start].starts_with("homicid"))
    };
    // 0: free, 1: soft (may be extended), 2: taken
    let state: Vec<u8> = (0..n)
        .map(
            |k| match taken.iter().find(|s| (s.start..s.end).contains(&k)) {
                None => 0,
                Some(s) if soft_span(s) => 1,
                Some(_) => 2,
            },
        )
        .collect();
    let mut candidates: Vec<(usize, usize, Span)> = Vec::new(); // (distance, len, span)
    for start in 0..n {
        for len in 1..=4 {
            let end = start + len;
            if end > n || state[start..end].contains(&2) {
                break;
            }
            let extends_exact = state[start..end].contains(&1);
            if extends_exact && len == 1 {
                continue;
            }
            let raw: String = tokens.folded[start..end]
                .concat()
                .chars()
                .filter(char::is_ascii_alphabetic)
                .collect();
            if !(raw.contains("sid") || raw.contains("cid") || raw.contains("syd"))
                || tokens.folded[start..end]
                    .iter()
                    .any(|w| NOT_NEAR_MISSES.contains(&w.as_str()))
            {
                continue;
            }
            // "ideation" or "thoughts" shortly after makes a looser match credible.
            let ideation_follows = tokens.folded[end..n.min(end + 8)]
                .iter()
                .any(|w| w.starts_with("ideation") || w == "thoughts");
            let limit = match (ideation_follows, extends_exact) {
                (_, true) => 1,
                (true, false) => 3,
                (false, false) => 1,
            };
            let key = phonetic_key(&raw);
            // Both words end in "-dal"; a mishearing keeps that ending ("side-old", "sidal",
            // "side-al"), which keeps "has side effects ... ideation" out.
            let dal_ending = ["dal", "dald", "dl", "dld"]
                .iter()
                .any(|e| key.ends_with(e));
            if !dal_ending {
                continue;
            }
            for &(kind, word, firsts) in NEAR_MISS_TARGETS {
                if raw == word {
                    continue;
                }
                let d = levenshtein(&key, &phonetic_key(word));
                let first_ok = key.chars().next().is_some_and(|c| firsts.contains(&c));
                if d <= limit && first_ok {
                    candidates.push((
                        d,
                        len,
                        Span {
                            kind: Some(kind),
                            start,
                            end,
                            near_miss: true,
                        },
                    ));
                }
            }
        }
    }
    candidates.sort_by_key(|&(d, len, s)| (d, len, s.start));
    let mut used = vec![false; n];
    let mut out: Vec<Span> = Vec::new();
    for (_, _, span) in candidates {
        if used[span.start..span.end].iter().any(|u| *u) {
            continue;
        }
        used[span.start..span.end]
            .iter_mut()
            .for_each(|u| *u = true);
        taken.retain(|t| t.end <= span.start || t.start >= span.end);
        out.push(span);
    }
    out
}

/// A crude sound key: soft c = s, "who" = "hu", vowels (and w/y/h after a vowel) as one "a",
/// doubled letters once. "suicidal", "suicide-all" and "sue a sidal" share a key.
fn phonetic_key(raw: &str) -> String {
    let s = raw
        .replace("who", "hu")
        .replace("ph", "f")
        .replace("ck", "k")
        .replace("qu", "kw")
        .replace('x', "ks")
        .replace('z', "s");
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let after_vowel = out.ends_with('a');
        let mapped = match c {
            'a' | 'e' | 'i' | 'o' | 'u' => 'a',
            'y' if i > 0 => 'a',
            'w' | 'h' if after_vowel => 'a',
            'c' if matches!(next, Some('e' | 'i' | 'y')) => 's',
            'c' => 'k',
            other => other,
        };
        if !out.ends_with(mapped) {
            out.push(mapped);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses::split_clauses;

    fn read(memo: &str) -> RiskAssessment {
        assess(&split_clauses(memo))
    }

    fn polarity(memo: &str) -> Polarity {
        read(memo).polarity
    }

    #[test]
    fn fixture_like_memos() {
        let d01 =
            read("She appeared engaged. She denies suicidal ideation. Homework is journaling.");
        assert_eq!(d01.polarity, Polarity::Denied);
        assert_eq!(d01.flags, ["suicidal_ideation"]);
        assert_eq!(
            d01.evidence,
            [(2, "She denies suicidal ideation.".to_string())]
        );
        assert!(!d01.needs_review);

        let d03 = read("She practiced opposite action. She denies purging and denies self harm.");
        assert_eq!(d03.polarity, Polarity::Denied);
        assert_eq!(d03.flags, ["self_harm"]);

        assert_eq!(
            polarity("Client has been on a waiting list for a psychiatric assessment."),
            Polarity::None
        );

        let d05 = read(
            "Client disclosed thoughts of ending her life two nights ago. She has no plan and no \
             intent today. We completed a safety plan. She will call the crisis line if urges \
             return.",
        );
        assert_eq!(d05.polarity, Polarity::Present);
        assert_eq!(d05.flags, ["suicidal_ideation"]);
        assert_eq!(d05.evidence.len(), 1);
        assert_eq!(
            d05.context.iter().map(|c| c.0).collect::<Vec<_>>(),
            [2, 3, 4]
        );
    }

    #[test]
    fn negation_forms() {
        for memo in [
            "Client denies SI.",
            "She denied suicidal ideation.",
            "He is not suicidal.",
            "No suicidal or homicidal ideation.",
            "Denies SI, HI, self-harm or violence.",
            "SI denied.",
            "Suicidal ideation: negative.",
            "She has no history of self-harm.",
            "He no longer has thoughts of suicide.",
            "Client doesn't drink alcohol.",
            "She is not at risk of harm to self or others.",
            "She denied any suicidal or homicidal ideation, plan or intent.",
            "He has never attempted suicide.",
            "SI/HI: denied.",
            "Denies any thoughts of harming herself or others.",
        ] {
            assert_eq!(polarity(memo), Polarity::Denied, "{memo}");
        }
    }

    #[test]
    fn present_forms_and_hedges() {
        for memo in [
            "She reported passive thoughts of death.",
            "Client disclosed thoughts of ending her life.",
            "He has been cutting his arms.",
            "History of SI.",
            "She does not deny suicidal thoughts.",
            "It is not clear whether she is suicidal.",
            "Her partner hit her last week.",
            "He was drinking heavily at the weekend.",
            "She disclosed childhood sexual abuse.",
            "He talked about wanting to kill his neighbour.",
            "SI present, HI denied.",
            "Client was not able to identify any triggers for self-harm urges.",
            "He reported thoughts of hurting his father.",
            "She denies current SI but endorses passive death wish.",
            "Client reports passive thoughts that everyone would be better off without her, no \
             plan and no intent.",
            "He sometimes wishes he would not wake up.",
            "She said she no longer wants to live like this.",
        ] {
            assert_eq!(polarity(memo), Polarity::Present, "{memo}");
        }
        let r = read("She reported passive thoughts of death.");
        assert!(r.mentions[0].passive);
    }

    #[test]
    fn present_beats_denied() {
        let r = read("Client denies SI. She reported thoughts of self-harm last week.");
        assert_eq!(r.polarity, Polarity::Present);
        assert_eq!(r.flags, ["self_harm"]);
        assert_eq!(r.evidence.len(), 2);
        let r = read("Denies SI but reports urges to hurt herself.");
        assert_eq!(r.polarity, Polarity::Present);
    }

    #[test]
    fn kinds_are_told_apart() {
        assert_eq!(read("History of alcohol abuse.").flags, ["substance_use"]);
        assert_eq!(
            read("She thought about killing herself.").flags,
            ["suicidal_ideation"]
        );
        assert_eq!(
            read("Homicidal ideation toward his boss.").flags,
            ["homicidal_ideation"]
        );
        assert_eq!(read("Domestic violence at home.").flags, ["abuse"]);
        assert_eq!(
            read("He threatened to harm others.").flags,
            ["harm_to_others", "violence"]
        );
        assert_eq!(
            read("He has urges to hurt his boss.").flags,
            ["harm_to_others"]
        );
        assert_eq!(read("She has urges to hurt herself.").flags, ["self_harm"]);
    }

    #[test]
    fn benign_memos_have_no_risk() {
        for memo in [
            "Client talked about moving in with his partner and worries about losing his independence.",
            "Client processed the car accident memory using EMDR, three sets.",
            "She decided to go outside all day and sat beside her sister.",
            "Residual symptoms of seasonal depression; she is drinking more water.",
            "The comment hurt her feelings.",
            "She is cutting back on coffee and considers a career change.",
            "Hi, we talked about his side job and the incident at work.",
            "She described binge episodes and denies purging.",
            "She has side effects from the new dose and we discussed ideation about work.",
            "He sided with his mother; she has a sidelong view of it.",
            "We reviewed the plan and the crisis of faith she described.",
            "She did not wake up until noon and wishes she would wake earlier.",
            "The team would be better off without the old rota.",
        ] {
            let r = read(memo);
            assert_eq!(r.polarity, Polarity::None, "{memo}: {:?}", r.mentions);
            assert!(r.context.is_empty(), "{memo}");
        }
    }

    #[test]
    fn whisper_near_misses_match_and_need_review() {
        for (memo, flag) in [
            (
                "She reported being who a sidal last night.",
                "suicidal_ideation",
            ),
            (
                "Client said she felt suicide-all at times.",
                "suicidal_ideation",
            ),
            (
                "He reports side-old ideation since the divorce.",
                "suicidal_ideation",
            ),
            (
                "He has been how-me-side-al toward his brother.",
                "homicidal_ideation",
            ),
        ] {
            let r = read(memo);
            assert_eq!(r.polarity, Polarity::Present, "{memo}: {:?}", r.mentions);
            assert_eq!(r.flags, [flag], "{memo}");
            assert!(r.needs_review, "{memo}");
        }
        let r = read("Client denies who is a side-old or how-me-side-al-ideation.");
        assert_eq!(r.polarity, Polarity::Denied, "{:?}", r.mentions);
        assert_eq!(r.flags, ["suicidal_ideation", "homicidal_ideation"]);
        assert!(r.needs_review);
    }

    #[test]
    fn phonetic_keys() {
        assert_eq!(phonetic_key("suicidal"), phonetic_key("suicideall"));
        assert_eq!(phonetic_key("homicidal"), phonetic_key("howmesideal"));
        assert_eq!(
            levenshtein(&phonetic_key("whoasidal"), &phonetic_key("suicidal")),
            1
        );
    }
}
