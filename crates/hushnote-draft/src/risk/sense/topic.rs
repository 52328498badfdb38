//! **Topic-modifier compounds** (NegEx pseudo-triggers, Chapman et al. 2001): a risk noun
//! that modifies a following head noun names a topic, a service or an instrument ("relapse
//! signature", "self-harm pathway", "overdose kit", "substance misuse team"), not an event.
//! A head that is itself risk content (plan, note, attempt, letter, method) is not a topic
//! head, so "suicide plan" and "suicide note" stay events.

use super::{singular, w};
use crate::risk::tokens::Tok;

/// Head nouns that make a preceding risk noun a topic, service or instrument (singular; a
/// plural "s" is stripped). Never risk content itself: no plan, note, attempt, letter, method.
const TOPIC_HEADS: &[&str] = &[
    "prevention",
    // "drink-refusal role-play", "drug refusal skills": a skill practised, not use.
    "refusal",
    "signature",
    // "reviewed her relapse triggers", "relapse warning signs": what sets use off, named.
    "trigger",
    "warning",
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
    "pamphlet",
    "booklet",
    "brochure",
    "flyer",
    "handout",
    "worksheet",
    // "the drinking excuse still creeps in": an excuse named, not a use.
    "excuse",
    // "progress toward the drinking goal": the treatment goal named by its topic.
    "goal",
    // "alcohol tag shows no alerts": an electronic monitoring tag.
    "tag",
    "bracelet",
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
    // A trade, not a use: "his liquor store was broken into", "she stacks the wine aisle".
    "store",
    "shop",
    "licence",
    "license",
    "business",
    "aisle",
    "industry",
    "trade",
    "company",
    "warehouse",
    "distributor",
    "outlet",
    // "the assault at the Exhibition beer gardens": a pub's garden, a place.
    "garden",
    // "how suicide grief works": the grief of those left after someone else's death.
    "grief",
    "bereavement",
    "postvention",
    "research",
    // "a relapse chain on the twelve-pack night", "a relapse drill": a technique named.
    "chain",
    "analysis",
    "drill",
    "exercise",
    "scenario",
    // "when I went through the elder abuse questions": the questions asked, named by their
    // topic (an answer after them, "yes", "endorsed", makes it a finding as for a screen).
    "question",
    "questionnaire",
    "checklist",
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

fn is_head(n: &str) -> bool {
    TOPIC_HEADS.contains(&n) || TOPIC_HEADS.contains(&singular(n))
}

/// A topic head right after the mention ending at `e` (through coordinated topic words, as in
/// "drug and alcohol service"). "risk" is a head only before another head ("violence risk
/// assessment"); a level on it is a formulation ([`formulation`](fn@super::formulation)).
pub(super) fn topic_compound(toks: &[Tok], e: usize) -> bool {
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
    // "the homicide survivors' group": a plural possessive's apostrophe, written onto it.
    if k > e && k < toks.len() && w(toks, k) == "\"" && toks[k].start == toks[k - 1].end {
        k += 1;
    }
    if head_at(k) {
        // "she answered yes to the elder abuse questions": a question's answer may come first.
        let question = matches!(
            singular(w(toks, k)),
            "question" | "questionnaire" | "checklist"
        );
        return !(question
            && toks[..e].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "yes"
                        | "endorsed"
                        | "endorses"
                        | "positive"
                        | "admitted"
                        | "affirmed"
                        // "answered not at all to the better-off-dead question": a negative
                        // answer denies what the question asks.
                        | "no"
                        | "not"
                        | "denied"
                        | "denies"
                        | "never"
                        | "zero"
                        | "negative"
                )
            }));
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
