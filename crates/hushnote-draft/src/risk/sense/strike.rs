//! **Verb sense by frame** (selectional preference, as in word-sense disambiguation by
//! syntactic frame): a striking noun-verb ("club", "bat", "hammer") is an act only in a verb
//! frame (a subject or auxiliary before, a person after), not as a noun ("the lunch club",
//! "book club"). A fight for a cause or in play is a struggle, not a blow
//! ([`figurative_fight`]).

use super::{singular, w};
use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;

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
pub(super) fn noun_not_act(toks: &[Tok], s: usize, concept: Concept) -> bool {
    if !matches!(
        concept,
        Concept::Violence | Concept::Abuse | Concept::HarmThoughts | Concept::HomicidalIdeation
    ) || !NOUN_VERBS.contains(&w(toks, s))
    {
        return false;
    }
    // "belt marks on his back", "cane welts": the noun names the implement whose mark a body
    // bears, which the mention itself tells; the mark is the act's trace.
    if matches!(
        w(toks, s + 1),
        "marks" | "mark" | "welts" | "welt" | "weals" | "bruises" | "bruise" | "prints"
    ) {
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
pub(super) fn figurative_fight(toks: &[Tok], s: usize, e: usize, concept: Concept) -> bool {
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
