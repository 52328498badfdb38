//! Word sense and experiencer of a raw mention, read before its attributes: the same risk
//! word names an event only in its risk sense and role.
//!
//! - **Topic-modifier compounds** (NegEx pseudo-triggers, Chapman et al. 2001): a risk noun
//!   that modifies a following head noun names a topic, a service or an instrument ("relapse
//!   signature", "self-harm pathway", "overdose kit", "substance misuse team"), not an event.
//!   A head that is itself risk content (plan, note, attempt, letter, method) is not a topic
//!   head, so "suicide plan" and "suicide note" stay events.
//! - **Risk-level formulations**: "low current risk of violence", "risk to others assessed as
//!   minimal", "no acute risk of self-harm" are the clinician's formulation (a structured
//!   professional judgement, as in HCR-20 or a suicide risk formulation), neither a disclosure
//!   nor a denial. A high, elevated or imminent level is kept as the rules read it.
//! - **Genitive experiencer** (ConText, Harkema et al. 2009): "Eileen's wish to die at home",
//!   "the neighbour's threats to kill himself" are someone else's ideation or behaviour; means
//!   in the home and abuse done to the client are not ("her husband's morphine", "her
//!   partner's threats"), and the client's own genitive ("the client's", "pt's") stays theirs.
//! - **Verb sense by frame** (selectional preference, as in word-sense disambiguation by
//!   syntactic frame): bare "cut" is self-injury only intransitive or with a body, self, time,
//!   manner or purpose after it ("cut again last night", "cut to cope", "cut on her thigh");
//!   an object or a reduction ("cut screen time", "cut to two cups") is another sense. A
//!   striking noun-verb ("club", "bat", "hammer") is an act only in a verb frame (a subject or
//!   auxiliary before, a person after), not as a noun ("the lunch club", "book club").

use super::lexicon::Concept;
use super::tokens::Tok;
use super::RiskKind;

/// What a mention is, once its sense and experiencer are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A risk mention, as matched.
    Keep,
    /// Not a risk event: a topic compound, a formulation or another word sense.
    Drop,
    /// Someone else's ideation or behaviour (a genitive experiencer).
    Other,
}

/// Head nouns that make a preceding risk noun a topic, service or instrument (singular; a
/// plural "s" is stripped). Never risk content itself: no plan, note, attempt, letter, method.
const TOPIC_HEADS: &[&str] = &[
    "prevention",
    // "drink-refusal role-play", "drug refusal skills": a skill practised, not use.
    "refusal",
    "signature",
    "map",
    "assessment",
    "screen",
    "screening",
    "group",
    "class",
    "course",
    "program",
    "programme",
    "workshop",
    "education",
    "training",
    "awareness",
    "service",
    "team",
    "clinic",
    "hotline",
    "helpline",
    "protocol",
    "policy",
    "pathway",
    "kit",
    "specialist",
    "counselor",
    "counsellor",
    "counseling",
    "counselling",
    "worker",
    "meeting",
    "support",
    "leaflet",
    "handout",
    "worksheet",
    "module",
    "cycle",
    "statistic",
    "rate",
    "literature",
    "campaign",
    "charity",
    "resource",
    "advocate",
    "coordinator",
    "nurse",
    "lead",
    "unit",
    "ward",
    "management",
    "formulation",
    "factor",
    "diary",
    "log",
    "tracker",
    "app",
    "card",
    "psychoeducation",
    "curriculum",
    "seminar",
    "lecture",
    "conference",
    "agency",
    "shelter",
    "organisation",
    "organization",
    "network",
    "scene",
    "case",
    "caseload",
    "documentary",
    "film",
    "movie",
    "podcast",
    "treatment",
    "court",
];

/// Modifiers that may stand between a risk noun and its topic head ("alcohol harm reduction
/// service", "overdose first aid training", "drug use education").
const TOPIC_MODIFIERS: &[&str] = &[
    "harm",
    "reduction",
    "recovery",
    "use",
    "misuse",
    "safety",
    "first",
    "aid",
    "response",
    "intervention",
    "treatment",
    "rehab",
    "rehabilitation",
    "awareness",
    "prevention",
    "education",
    "risk",
    "survivor",
    "survivors",
];

/// Words that may stand between two coordinated topic modifiers ("drug and alcohol service",
/// "suicide and self-harm prevention").
const TOPIC_WORDS: &[&str] = &[
    "alcohol",
    "drug",
    "drugs",
    "substance",
    "substances",
    "gambling",
    "self",
    "harm",
    "suicide",
    "violence",
    "abuse",
    "sexual",
    "assault",
    "domestic",
    "addiction",
    "addictions",
    "overdose",
    "relapse",
    "mental",
    "health",
    "crisis",
    "misuse",
    "use",
    "opioid",
    "naloxone",
];

/// Levels that make a risk formulation no disclosure (and no denial).
const LOW_LEVELS: &[&str] = &[
    "low",
    "lower",
    "minimal",
    "negligible",
    "no",
    "nil",
    "moderate",
    "medium",
    "mild",
    "limited",
    "remote",
];

/// Levels kept as the rules read them: safety first.
const HIGH_LEVELS: &[&str] = &[
    "high",
    "higher",
    "imminent",
    "elevated",
    "significant",
    "considerable",
    "increased",
    "increasing",
    "serious",
    "severe",
    "substantial",
    "heightened",
    "raised",
    "rising",
    "extreme",
];

/// Adjectives that may stand between a level and "risk" ("low current risk").
const RISK_ADJ: &[&str] = &[
    "current",
    "acute",
    "chronic",
    "immediate",
    "ongoing",
    "static",
    "dynamic",
    "baseline",
    "overall",
    "foreseeable",
    "present",
    "short",
    "long",
    "term",
    "-",
    "to",
    "and",
    "at",
    "a",
    "very",
    "relatively",
    "fairly",
    "quite",
];

/// Verbs that attach a level after a risk ("risk of relapse is moderate", "risk to others
/// assessed as minimal").
const LEVEL_VERBS: &[&str] = &[
    ":",
    "-",
    "is",
    "was",
    "remains",
    "remained",
    "stays",
    "appears",
    "appeared",
    "seems",
    "assessed",
    "judged",
    "rated",
    "considered",
    "deemed",
    "estimated",
    "felt",
    "thought",
    "formulated",
    "currently",
    "as",
    "to",
    "be",
    "at",
    "now",
    "still",
    "overall",
];

/// Reads one raw mention `[s, e)` of `toks`. `client` are the names that may be the client's
/// ([`client_names`]).
pub(crate) fn read(
    toks: &[Tok],
    s: usize,
    e: usize,
    concept: Concept,
    kind: Option<RiskKind>,
    client: &[String],
) -> Reading {
    if concept == Concept::Screen || concept == Concept::Learned {
        return Reading::Keep;
    }
    if topic_compound(toks, e)
        || formulation(toks, s, e)
        || noun_not_act(toks, s, concept)
        || figurative_fight(toks, s, e, concept)
    {
        return Reading::Drop;
    }
    if genitive_other(toks, s, concept, kind, client) {
        return Reading::Other;
    }
    Reading::Keep
}

fn w(toks: &[Tok], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.norm.as_str())
}

fn singular(n: &str) -> &str {
    n.strip_suffix('s').filter(|b| b.len() > 2).unwrap_or(n)
}

fn is_head(n: &str) -> bool {
    TOPIC_HEADS.contains(&n) || TOPIC_HEADS.contains(&singular(n))
}

/// A topic head right after the mention ending at `e` (through coordinated topic words, as in
/// "drug and alcohol service"). "risk" is a head only before another head ("violence risk
/// assessment"); a level on it is a formulation ([`formulation`]).
fn topic_compound(toks: &[Tok], e: usize) -> bool {
    // "the drug screening came back positive", "the HI screen: yes": a result makes it a
    // finding, not a topic.
    if toks[e.min(toks.len())..].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "positive"
                | "failed"
                | "dirty"
                | "detected"
                | "showed"
                | "shows"
                | "confirmed"
                | "negative"
                | "yes"
                | "endorsed"
                | "endorses"
                | "scored"
        )
    }) {
        return false;
    }
    let head_at = |k: usize| {
        let n = w(toks, k);
        is_head(n) || (n == "risk" && is_head(w(toks, k + 1)))
    };
    // Through up to two modifiers: "alcohol harm reduction service".
    let mut k = e;
    while k < toks.len() && k < e + 2 && !head_at(k) && TOPIC_MODIFIERS.contains(&w(toks, k)) {
        k += 1;
    }
    if head_at(k) {
        return true;
    }
    // "drug and alcohol services": a coordinated topic noun, then the head.
    if matches!(w(toks, e), "and" | "or" | "&") {
        let mut k = e + 1;
        while k < toks.len() && k <= e + 3 && TOPIC_WORDS.contains(&w(toks, k)) {
            k += 1;
        }
        return k > e + 1 && head_at(k);
    }
    false
}

/// Whether the words before `p` (a "risk" token or a mention holding one) carry a low level
/// and no high one: "low current risk", "no acute risk", "minimal risk".
fn level_before(toks: &[Tok], p: usize) -> Option<bool> {
    let mut k = p;
    let mut low = false;
    while k > 0 && p - k < 5 {
        k -= 1;
        let n = w(toks, k);
        // "no elevated risk", "not a high risk": a high level negated is a low one.
        let negated_high = HIGH_LEVELS.contains(&n)
            && (1..=2).any(|d| k >= d && matches!(w(toks, k - d), "no" | "not" | "nil"));
        if HIGH_LEVELS.contains(&n) && !negated_high {
            return Some(false);
        }
        if LOW_LEVELS.contains(&n) || negated_high {
            low = true;
            continue;
        }
        if !RISK_ADJ.contains(&n) {
            break;
        }
    }
    low.then_some(true)
}

/// A level attached after `e` by a verb: "is low", "assessed as minimal", "remains moderate".
fn level_after(toks: &[Tok], e: usize) -> Option<bool> {
    let mut k = e;
    let mut low = false;
    let mut verb = false;
    while k < toks.len() && k < e + 6 {
        let n = w(toks, k);
        if HIGH_LEVELS.contains(&n) {
            return Some(false);
        }
        // "is not high", "is no longer elevated": a high level negated is a low one.
        let negated_high = verb
            && matches!(n, "not" | "no")
            && toks[k + 1..(k + 3).min(toks.len())]
                .iter()
                .any(|t| HIGH_LEVELS.contains(&t.norm.as_str()));
        if negated_high {
            return Some(true);
        }
        if verb && LOW_LEVELS.contains(&n) && n != "no" {
            low = true;
        } else if LEVEL_VERBS.contains(&n) {
            verb = true;
        } else if !(low && RISK_ADJ.contains(&n)) {
            break;
        }
        k += 1;
    }
    low.then_some(true)
}

/// A risk-level formulation around the mention `[s, e)`: "low risk of violence" (a level, a
/// "risk of/for/to" and up to three words before the mention), "violence risk is low" (the
/// mention modifying "risk"), "risk to others assessed as minimal" (the mention holding
/// "risk"). Any high level keeps the mention.
fn formulation(toks: &[Tok], s: usize, e: usize) -> bool {
    let judged = |before: Option<bool>, after: Option<bool>| {
        before != Some(false)
            && after != Some(false)
            && (before == Some(true) || after == Some(true))
    };
    // The mention holds "risk" or "danger" ("risk to others", "danger to self").
    // "No danger to self or others" stays the denial it is read as today.
    if toks[s..e]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "risk" | "danger"))
    {
        let no = s > 0 && toks[s - 1].is("no");
        return !no && judged(level_before(toks, s), level_after(toks, e));
    }
    // A heading with its level: "Violence: low risk", "Self-harm - minimal risk".
    if matches!(w(toks, e), ":" | "-") {
        let mut k = e + 1;
        let mut low = false;
        while k < toks.len() && k < e + 5 {
            let n = w(toks, k);
            if HIGH_LEVELS.contains(&n) {
                return false;
            }
            if LOW_LEVELS.contains(&n) && n != "no" {
                low = true;
            } else if n == "risk" {
                return low;
            } else if !RISK_ADJ.contains(&n) {
                break;
            }
            k += 1;
        }
    }
    // "violence risk is low", "low overdose risk".
    if w(toks, e) == "risk" {
        return judged(level_before(toks, s), level_after(toks, e + 1));
    }
    // "low current risk of violence", "risk of relapse is moderate".
    let Some(p) = (s.saturating_sub(5)..s).rev().find(|&k| {
        w(toks, k) == "risk"
            && matches!(w(toks, k + 1), "of" | "for" | "to")
            && toks[k + 1..s].iter().all(|t| !t.punct)
    }) else {
        return false;
    };
    judged(level_before(toks, p), level_after(toks, e))
}

/// Striking words that are nouns as often as verbs, and whose noun is an object, not a blow
/// ("a punch", "a kick" are blows: they stay).
const NOUN_VERBS: &[&str] = &[
    "club", "clubs", "bat", "bats", "hammer", "hammers", "knife", "knifes", "knee", "knees",
    "elbow", "elbows", "stamp", "stamps", "deck", "decks", "floor", "floors", "jump", "jumps",
    "tackle", "tackles", "batter", "belt", "belts", "cane", "whip", "switch",
];

/// Words before a noun-verb that make it a verb: a subject, an auxiliary, "to", an adverb.
const VERB_BEFORE: &[&str] = &[
    "he",
    "she",
    "they",
    "i",
    "we",
    "you",
    "who",
    "to",
    "will",
    "would",
    "'ll",
    "'d",
    "could",
    "might",
    "may",
    "can",
    "can't",
    "cannot",
    "did",
    "didn't",
    "does",
    "doesn't",
    "do",
    "don't",
    "never",
    "always",
    "often",
    "then",
    "also",
    "just",
    "nearly",
    "almost",
    "and",
    "or",
    "should",
    "shall",
    "must",
    "wanted",
    "wants",
    "threatened",
    "tried",
    "n't",
    "not",
    "once",
    "sometimes",
    "would've",
    "might've",
    "he'd",
    "she'd",
    "they'd",
    "i'd",
    "he'll",
    "she'll",
    "they'll",
    "i'll",
    "gonna",
    "wanna",
    "let",
    "lets",
];

/// A harm-act mention whose verb is a noun here: "the widows' lunch club", "book club", "the
/// club". A verb reading needs a subject or auxiliary before or a person after ("threatened
/// to club him"); inflected forms ("clubbed") are verbs anyway.
fn noun_not_act(toks: &[Tok], s: usize, concept: Concept) -> bool {
    if !matches!(
        concept,
        Concept::Violence | Concept::Abuse | Concept::HarmThoughts | Concept::HomicidalIdeation
    ) || !NOUN_VERBS.contains(&w(toks, s))
    {
        return false;
    }
    let prev = if s > 0 { w(toks, s - 1) } else { "" };
    let person_after = matches!(
        w(toks, s + 1),
        "him" | "her" | "them" | "me" | "us" | "someone" | "somebody" | "anyone" | "people"
    ) || (s + 1 < toks.len() && toks[s + 1].capital && w(toks, s + 2) != "'s");
    let verb_before = VERB_BEFORE.contains(&prev)
        || prev.ends_with("n't")
        || (s > 0 && toks[s - 1].capital && !prev.ends_with("'s") && !prev.ends_with('\''))
        || prev.ends_with("ly");
    !(verb_before || person_after)
}

/// Nouns of ideation or behaviour a genitive may own before the mention ("the neighbour's
/// threats to kill himself", "her son's history of cutting").
const POSSESSED: &[&str] = &[
    "wish",
    "wishes",
    "thoughts",
    "thought",
    "threats",
    "threat",
    "history",
    "attempt",
    "attempts",
    "urges",
    "urge",
    "episode",
    "episodes",
    "habit",
    "problem",
    "problems",
    "struggles",
    "struggle",
    "recent",
    "ongoing",
    "own",
    "desire",
    "plan",
    "plans",
    "of",
    "to",
    "with",
    "repeated",
    "previous",
    "last",
    "first",
    "heavy",
    "daily",
    "secret",
    "fantasies",
];

/// Genitives that name the client ("the client's", "pt's").
const CLIENT_GENITIVES: &[&str] = &[
    "client's",
    "clients'",
    "pt's",
    "patient's",
    "patients'",
    "member's",
    "consumer's",
    "service user's",
    "teen's",
    "adolescent's",
    "veteran's",
    "resident's",
];

/// A named or kinship genitive before the mention makes ideation and behaviour someone else's:
/// "Eileen's wish to die", "his father's drinking", "her son's history of cutting". Not means
/// (a household's means are the client's access), not abuse, violence or threats against
/// others (who does what to whom is [`super::actors`]'s), and not the client's own genitive
/// or the client's name.
fn genitive_other(
    toks: &[Tok],
    s: usize,
    concept: Concept,
    kind: Option<RiskKind>,
    client: &[String],
) -> bool {
    if !matches!(
        kind,
        Some(RiskKind::SuicidalIdeation | RiskKind::SelfHarm | RiskKind::SubstanceUse)
    ) || matches!(
        concept,
        Concept::Means | Concept::Abuse | Concept::CoerciveControl | Concept::Screen
    ) {
        return false;
    }
    // Back over the possessed noun phrase to the genitive.
    let mut k = s;
    while k > 0 && s - k < 5 && POSSESSED.contains(&w(toks, k - 1)) {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let g = &toks[k - 1];
    let n = g.norm.as_str();
    let Some(owner) = n.strip_suffix("'s").or_else(|| n.strip_suffix('\'')) else {
        return false;
    };
    if CLIENT_GENITIVES.contains(&n) || toks[k..s].iter().any(|t| t.is("own")) {
        return false;
    }
    // "Mia's been sleeping": a contraction of "has" or "is", not a genitive.
    if k == s
        && matches!(
            w(toks, s),
            "been" | "got" | "gotten" | "going" | "not" | "had" | "never" | "always"
        )
    {
        return false;
    }
    if KIN.contains(&owner) || KIN.contains(&singular(owner)) {
        return true;
    }
    // A name: someone else's unless it may be the client's.
    g.capital
        && !time_genitive(owner)
        && !NOT_NAMES.contains(&owner)
        && !client.iter().any(|c| c.eq_ignore_ascii_case(owner))
}

/// Relations and people a kinship or role genitive names.
const KIN: &[&str] = &[
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "parent",
    "brother",
    "sister",
    "son",
    "daughter",
    "husband",
    "wife",
    "partner",
    "boyfriend",
    "girlfriend",
    "friend",
    "cousin",
    "uncle",
    "aunt",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "nan",
    "nana",
    "neighbour",
    "neighbor",
    "roommate",
    "flatmate",
    "housemate",
    "colleague",
    "coworker",
    "boss",
    "ex",
    "child",
    "kid",
    "baby",
    "teen",
    "stepfather",
    "stepmother",
    "stepdad",
    "stepmom",
    "sibling",
    "fiance",
    "fiancee",
    "spouse",
    "classmate",
    "teammate",
    "nephew",
    "niece",
    "mate",
    "carer",
    "caregiver",
    "peer",
];

/// The names that may be the client's: the person the memo's opening names ("Session two
/// with Graham", "note for Leo", "Saw Maria today"); without one, every name that reports,
/// says or denies something in the memo ("Jo says", "Marco denied"), so that doubt leaves a
/// mention the client's. `units` are the memo's sentences as tokens.
pub(crate) fn client_names(units: &[Vec<Tok>]) -> Vec<String> {
    let name = |t: &Tok| {
        t.capital
            && !t.punct
            && !KIN.contains(&t.norm.as_str())
            && !NOT_NAMES.contains(&t.norm.as_str())
    };
    if let Some(first) = units.first() {
        for k in 0..first.len().saturating_sub(1) {
            if matches!(
                w(first, k),
                "with" | "for" | "saw" | "seen" | "met" | "client" | "pt"
            ) && name(&first[k + 1])
            {
                return vec![first[k + 1].norm.clone()];
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    for u in units {
        for k in 0..u.len().saturating_sub(1) {
            if name(&u[k]) && !u[k].norm.contains('\'') && REPORT_VERBS.contains(&w(u, k + 1)) {
                out.push(u[k].norm.clone());
            }
        }
    }
    out
}

/// Capitalised words that are no names.
const NOT_NAMES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "the", "a", "an", "his", "her", "their", "he", "she", "they", "i",
    "we", "client", "pt", "patient", "today", "session", "plan", "she's", "he's", "it",
];

/// Verbs whose subject is someone telling the session something.
const REPORT_VERBS: &[&str] = &[
    "reports",
    "reported",
    "said",
    "says",
    "told",
    "tells",
    "denies",
    "denied",
    "describes",
    "described",
    "endorses",
    "endorsed",
    "shared",
    "presented",
    "presents",
    "arrived",
    "came",
    "stated",
    "states",
    "agreed",
    "agrees",
    "identified",
    "named",
    "admits",
    "admitted",
    "acknowledged",
    "acknowledges",
    "noted",
    "notes",
    "disclosed",
    "discloses",
    "explained",
    "mentioned",
    "talked",
    "spoke",
    "feels",
    "felt",
    "is",
    "was",
    "has",
    "had",
    "attended",
];

/// Possessive words that name a time, not a person ("Friday's session").
fn time_genitive(owner: &str) -> bool {
    super::context::is_weekday(owner)
        || matches!(
            owner,
            "today"
                | "tonight"
                | "yesterday"
                | "tomorrow"
                | "week"
                | "month"
                | "year"
                | "last"
                | "this"
                | "next"
                | "night"
                | "weekend"
                | "morning"
                | "evening"
        )
}

/// Bare "cut"/"cuts"/"cutting" at `[s, e)`: the self-injury sense is intransitive or takes a
/// body or self, a time, a manner, a purpose or an instrument; a following object noun, a
/// particle or a reduction ("to two cups", "to under an hour") is another sense.
pub(crate) fn cut_other_sense(toks: &[Tok], s: usize, e: usize) -> bool {
    if e != s + 1 || !matches!(w(toks, s), "cut" | "cuts" | "cutting") {
        return false;
    }
    // "Mum's fears about cutting came up", "her cuts healed": a noun, read as the act
    // unless an object or particle follows ("talked about cutting back").
    let noun = s > 0
        && matches!(
            w(toks, s - 1),
            "about"
                | "of"
                | "regarding"
                | "re"
                | "around"
                | "her"
                | "his"
                | "their"
                | "my"
                | "your"
                | "new"
                | "fresh"
                | "recent"
                | "more"
        );
    if noun && !object_follows(toks, e) {
        return false;
    }
    !cut_risk_frame(toks, e)
}

/// An object or particle after a verb: a determiner, a pronoun, a particle, a number or an
/// idiomatic object ("cutting back", "cutting the grass", "cutting class").
fn object_follows(toks: &[Tok], e: usize) -> bool {
    let n = w(toks, e);
    matches!(
        n,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "my"
            | "their"
            | "your"
            | "its"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "any"
            | "it"
            | "them"
            | "him"
            | "me"
            | "us"
            | "back"
            | "down"
            | "out"
            | "off"
            | "up"
            | "short"
            | "loose"
            | "ahead"
            | "through"
            | "across"
            | "class"
            | "classes"
            | "school"
            | "ties"
            | "corners"
            | "costs"
            | "remarks"
            | "comments"
            | "board"
            | "edge"
            | "words"
            | "hair"
            | "in"
    ) || (is_number(n) && !matches!(n, "once" | "twice"))
        || (n.ends_with("ing") && n.len() > 5)
}

/// Time words after a verb ("cut again last night", "cutting most days").
fn is_time(n: &str) -> bool {
    super::context::is_weekday(n)
        || matches!(
            n,
            "again"
                | "last"
                | "yesterday"
                | "today"
                | "tonight"
                | "recently"
                | "lately"
                | "since"
                | "every"
                | "each"
                | "daily"
                | "nightly"
                | "weekly"
                | "most"
                | "twice"
                | "once"
                | "several"
                | "many"
                | "often"
                | "sometimes"
                | "occasionally"
                | "regularly"
                | "repeatedly"
                | "more"
                | "less"
                | "anymore"
                | "before"
                | "after"
                | "during"
                | "while"
                | "when"
                | "whenever"
                | "until"
                | "till"
                | "over"
                | "night"
                | "nights"
                | "morning"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "years"
                | "months"
                | "weeks"
                | "days"
                | "ago"
                | "now"
                | "still"
                | "then"
                | "at"
                | "in"
                | "deep"
                | "deeper"
                | "hard"
                | "badly"
                | "bad"
                | "superficially"
                | "lightly"
                | "secretly"
                | "alone"
        )
}

/// Number words: "cut to two cups" is a reduction, "cut three times" is not.
fn is_number(n: &str) -> bool {
    n.chars().all(|c| c.is_ascii_digit())
        || matches!(
            n,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "half"
                | "zero"
                | "a"
                | "an"
                | "under"
                | "below"
                | "less"
                | "fewer"
                | "no"
                | "none"
                | "nothing"
                | "just"
                | "only"
                | "about"
                | "around"
                | "once"
                | "twice"
        )
}

/// Purpose verbs after "cut to" ("cut to cope", "cutting to feel something").
fn is_purpose(n: &str) -> bool {
    matches!(
        n,
        "cope"
            | "feel"
            | "calm"
            | "relieve"
            | "release"
            | "numb"
            | "punish"
            | "manage"
            | "deal"
            | "get"
            | "stop"
            | "make"
            | "distract"
            | "escape"
            | "quiet"
            | "focus"
            | "control"
            | "regulate"
            | "die"
            | "hurt"
            | "see"
            | "ground"
            | "soothe"
            | "forget"
            | "avoid"
            | "try"
            | "handle"
            | "express"
            | "show"
            | "vent"
    )
}

fn cut_risk_frame(toks: &[Tok], e: usize) -> bool {
    // Self or a body within a few words ("cut deep into her left thigh", "cut three lines on
    // her arm", "cutting on herself").
    let near = &toks[e..(e + 6).min(toks.len())];
    let stop = near.iter().position(|t| t.punct).unwrap_or(near.len());
    if near[..stop].iter().any(|t| {
        t.norm.ends_with("self")
            || t.norm.ends_with("selves")
            || super::frames::is_body(&t.norm)
            || super::frames::is_body(singular(&t.norm))
    }) {
        return true;
    }
    let Some(t) = toks.get(e) else {
        return true;
    };
    let n = t.norm.as_str();
    if t.punct {
        return true;
    }
    match n {
        // "cut to cope" (purpose); "cut to two cups", "cut to under an hour" (reduction).
        "to" => {
            let m = w(toks, e + 1);
            !is_number(m)
                && (is_purpose(m) || !matches!(m, "the" | "a" | "his" | "her"))
                && !toks
                    .get(e + 2)
                    .is_some_and(|x| is_number(&x.norm) && is_number(m))
        }
        // "cut in line", "cut in half", "cut in front".
        "in" => !matches!(
            w(toks, e + 1),
            "line" | "half" | "front" | "two" | "pieces" | "thirds" | "quarters"
        ),
        "and" => !matches!(w(toks, e + 1), "paste" | "pasted" | "dried" | "run"),
        "with" | "on" | "for" | "because" | "but" | "or" | "as" | "though" | "although"
        | "since" | "if" | "which" | "where" | "whenever" | "when" => true,
        // "cut that night", "cutting the night before": a determiner before a time noun.
        "that" | "this" | "the" | "one" | "some" => matches!(
            w(toks, e + 1),
            "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "day"
                | "week"
                | "weekend"
                | "time"
                | "same"
                | "next"
                | "following"
                | "previous"
                | "other"
        ),
        // A gerund or plural subject ("cutting was how she coped", "the cuts look infected").
        _ if GERUND_VERBS.contains(&n) => true,
        // "cutting a lot", "cut a few times", "cut pretty deep".
        "a" | "an" => matches!(w(toks, e + 1), "lot" | "bit" | "few" | "little" | "couple"),
        "pretty" | "really" | "very" | "so" | "quite" | "too" | "even" | "properly" | "just"
        | "only" | "barely" | "almost" | "nearly" => true,
        // A risk-content head: "cutting behaviour", "cutting episodes", "cutting scars".
        _ if RISK_HEADS.contains(&n) => true,
        _ => {
            is_time(n) || (n.ends_with("ly") && n.len() > 4) || {
                // "cut 3 times", "cut three nights in a row".
                is_number(n)
                    && !matches!(n, "a" | "an" | "no" | "just" | "only" | "about" | "around")
                    && matches!(
                        w(toks, e + 1),
                        "times"
                            | "nights"
                            | "days"
                            | "weeks"
                            | "more"
                            | "occasions"
                            | "episodes"
                            | "lines"
                            | "cuts"
                    )
            }
        }
    }
}

/// Verbs after "cutting"/"cuts" as a subject: the act is what the sentence is about.
const GERUND_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "have",
    "are",
    "were",
    "'s",
    "helps",
    "helped",
    "help",
    "started",
    "starts",
    "began",
    "begins",
    "increased",
    "increases",
    "decreased",
    "stopped",
    "became",
    "becomes",
    "continues",
    "continued",
    "happened",
    "happens",
    "got",
    "gets",
    "seems",
    "seemed",
    "feels",
    "felt",
    "makes",
    "made",
    "would",
    "will",
    "can",
    "could",
    "might",
    "may",
    "look",
    "looks",
    "looked",
    "heal",
    "healed",
    "healing",
    "bled",
    "bleed",
    "bleeding",
    "scarred",
    "need",
    "needed",
    "needs",
    "gives",
    "gave",
    "calms",
    "calmed",
    "works",
    "worked",
    "resumed",
    "returned",
    "escalated",
    "worsened",
    "stays",
    "stayed",
    "remains",
    "remained",
    "did",
    "does",
    "do",
];

/// Heads that keep "cutting"/"cuts" risk content ("her cutting behaviour", "cutting urges").
const RISK_HEADS: &[&str] = &[
    "behaviour",
    "behavior",
    "behaviours",
    "behaviors",
    "episode",
    "episodes",
    "urge",
    "urges",
    "scars",
    "scar",
    "marks",
    "wounds",
    "history",
    "habit",
    "incident",
    "incidents",
    "thoughts",
    "injuries",
    "lines",
    "tools",
    "kit",
    "stash",
];

/// Nouns that make a fight a contest, a game or a legal struggle ("a custody fight", "a
/// pillow fight").
const FIGHT_MODIFIERS: &[&str] = &[
    "custody",
    "legal",
    "court",
    "political",
    "pillow",
    "food",
    "snowball",
    "water",
    "paintball",
    "stage",
    "play",
    "mock",
    "staged",
    "benefits",
    "housing",
    "uphill",
    "long",
];

/// Causes a fight is "for" or "against" when it is a struggle, not a blow.
const FIGHT_CAUSES: &[&str] = &[
    "custody",
    "access",
    "contact",
    "visitation",
    "residency",
    "rights",
    "justice",
    "compensation",
    "benefits",
    "housing",
    "asylum",
    "recognition",
    "survival",
    "life",
    "freedom",
    "independence",
    "promotion",
    "funding",
    "treatment",
    "diagnosis",
    "support",
    "services",
    "cancer",
    "illness",
    "disease",
    "eviction",
    "council",
    "decision",
    "depression",
    "addiction",
    "system",
    "deportation",
    "ruling",
    "insurance",
    "insurer",
    "visa",
    "place",
];

/// A fight that is a struggle, not a blow: "in a fight for custody", "fighting against the
/// eviction", "a custody fight", "a pillow fight with her kids". Only a cause from
/// [`FIGHT_CAUSES`] after "for"/"against" counts: "a fight for no reason" stays a fight.
fn figurative_fight(toks: &[Tok], s: usize, e: usize, concept: Concept) -> bool {
    if concept != Concept::Violence {
        return false;
    }
    let Some(f) = (s..e).rev().find(|&k| {
        matches!(
            w(toks, k),
            "fight" | "fights" | "fighting" | "fought" | "battle" | "battles"
        )
    }) else {
        return false;
    };
    if f > 0 && FIGHT_MODIFIERS.contains(&w(toks, f - 1)) {
        return true;
    }
    if f + 1 != e || !matches!(w(toks, f + 1), "for" | "against") {
        return false;
    }
    let mut k = f + 2;
    while matches!(
        w(toks, k),
        "the" | "a" | "an" | "his" | "her" | "their" | "my" | "joint" | "full" | "sole"
    ) {
        k += 1;
    }
    FIGHT_CAUSES.contains(&w(toks, k)) || FIGHT_CAUSES.contains(&singular(w(toks, k)))
}
