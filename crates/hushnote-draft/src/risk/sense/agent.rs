//! **Agent of a killing verb** (selectional restriction: a killing is violence only when a
//! person does it). "What killed her sister", "the cancer that killed him", "covid killed her
//! gran", "the stroke has nearly killed him" name a cause of death, not an act of violence or a
//! homicidal thought.

use super::w;
use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;

/// Killing verbs whose agent is read here.
const KILL: &[&str] = &["kill", "kills", "killed", "killing"];

/// Causes of death that are not people: illnesses, events of the body, the weather, accidents.
const CAUSES: &[&str] = &[
    "cancer",
    "cancers",
    "tumour",
    "tumor",
    "stroke",
    "strokes",
    "illness",
    "disease",
    "virus",
    "covid",
    "flu",
    "infection",
    "dementia",
    "pneumonia",
    "sepsis",
    "leukaemia",
    "leukemia",
    "aneurysm",
    "attack",
    "failure",
    "cirrhosis",
    "condition",
    "diabetes",
    "heat",
    "cold",
    "accident",
    "crash",
    "fire",
    "flood",
    "earthquake",
    "war",
    "pandemic",
];

/// Words that may stand between the agent and the verb: auxiliaries and adverbs of degree.
const BETWEEN: &[&str] = &[
    "has",
    "had",
    "have",
    "would",
    "will",
    "could",
    "might",
    "may",
    "nearly",
    "almost",
    "finally",
    "eventually",
    "slowly",
    "probably",
    "possibly",
    "basically",
    "is",
    "was",
];

/// Whether the killing verb at the start of the mention `[s, ..)` has a cause of death for its
/// agent: a "what"/"whatever" clause, a cause noun, or "that"/"which" after a cause noun.
pub(super) fn cause_of_death(toks: &[Tok], s: usize, concept: Concept) -> bool {
    if !matches!(
        concept,
        Concept::Violence | Concept::HomicidalIdeation | Concept::HarmThoughts
    ) || !KILL.contains(&w(toks, s))
    {
        return false;
    }
    let mut k = s;
    while k > 0 && BETWEEN.contains(&w(toks, k - 1)) {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let before = w(toks, k - 1);
    if matches!(before, "what" | "whatever" | "what's")
        || (before == "'s" && k >= 2 && w(toks, k - 2) == "what")
    {
        return true;
    }
    if matches!(before, "that" | "which") && k >= 2 {
        return CAUSES.contains(&w(toks, k - 2));
    }
    CAUSES.contains(&before)
}
