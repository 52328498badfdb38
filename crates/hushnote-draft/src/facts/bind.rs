//! Whether a number or a fact word is bound to this session: the guards every session-fact
//! rule asks before it takes a value (a wrong value is worse than none).

use super::{number, Ctx, OTHER_UNITS};

/// Words right after a number that date it to another time ("nineteen at intake", "twelve
/// last week"): the number is a baseline, not this session's value.
pub(super) fn dated_elsewhere(c: &Ctx, i: usize) -> bool {
    c.seq(i, &["at", "intake"])
        || c.seq(i, &["at", "baseline"])
        || c.seq(i, &["at", "admission"])
        || c.seq(i, &["on", "admission"])
        || c.seq(i, &["at", "the", "start"])
        || c.is_any(
            i,
            &[
                "last",
                "ago",
                "previously",
                "before",
                "earlier",
                "initially",
                "originally",
                "yesterday",
                "prior",
            ],
        )
}

/// Words a little before a duration or session number that make it another session's
/// ("last session lasted fifty minutes", "since session four", "our usual fifty-minute").
pub(super) const OTHER_SESSION_WORDS: &[&str] = &[
    "last",
    "previous",
    "prior",
    "usual",
    "usually",
    "normally",
    "typically",
    "since",
    "from",
    "missed",
    "cancelled",
    "canceled",
    "skipped",
    "rescheduled",
    "after",
    "until",
    "before",
];

/// Words before "telehealth" that make it a wish or a plan, not how this session was held.
pub(super) const TELEHEALTH_WISHES: &[&str] = &[
    "to",
    "about",
    "prefers",
    "prefer",
    "preferred",
    "wants",
    "want",
    "try",
    "trying",
    "consider",
    "considering",
    "offered",
    "requested",
    "request",
    "asked",
];

/// Words before a modality that make it one talked about, not this session's.
pub(super) const MODALITY_TOLD_OF: &[&str] = &[
    "about",
    "had",
    "did",
    "tried",
    "suggested",
    "discussed",
    "mentioned",
    "recommended",
];

/// Words before a duration that make it a session not yet held.
pub(super) const NOT_HELD_YET: &[&str] = &[
    "needs",
    "need",
    "referred",
    "refer",
    "recommend",
    "recommended",
    "requested",
    "request",
    "offered",
    "offer",
    "wants",
    "want",
    "book",
    "schedule",
    "scheduled",
    "booked",
];

/// One of `words` among the three words before `i`, in the same list item unless
/// `cross_comma` ("The last session, session five").
pub(super) fn word_before(c: &Ctx, i: usize, words: &[&str], cross_comma: bool) -> bool {
    c.toks[..i.min(c.toks.len())]
        .iter()
        .rev()
        .take_while(|t| cross_comma || !t.punct)
        .filter(|t| !t.punct)
        .take(3)
        .any(|t| t.is_any(words))
}

/// Another number right after a value (`i` is just past it): "12/3", "fourteen, sixteen",
/// "14 and 9", "3:30". Which one is meant is a guess, so neither is taken.
pub(super) fn another_number_follows(c: &Ctx, i: usize, across_comma: bool) -> bool {
    let mut j = i;
    if (across_comma && c.toks.get(j).is_some_and(|t| t.punct))
        || c.toks.get(j).is_some_and(|t| t.text == ":")
        || c.is_any(j, &["and", "or", "to"])
    {
        j += 1;
    }
    number::cardinal(&c.toks, j).is_some_and(|(_, k)| !c.is_any(k, OTHER_UNITS) || j == i)
}
