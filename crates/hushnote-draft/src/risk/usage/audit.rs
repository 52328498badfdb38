//! The AUDIT or AUDIT-C named with a score, read by the WHO cut-off (8, or 3 for AUDIT-C).

use crate::risk::tokens::Tok;

use super::{number, words};

/// The AUDIT or AUDIT-C named with a score ("AUDIT four, negative", "AUDIT-C 2", "AUDIT
/// was twenty-four at intake, today it's five"): the span from the name to the last score.
pub(super) fn audit(toks: &[Tok]) -> Option<(usize, usize)> {
    let a = toks.iter().position(|t| t.norm == "audit" && t.caps)?;
    let w = words(toks);
    let hi = (a + 14).min(w.len());
    let scores: Vec<usize> = (a + 1..hi)
        .filter(|&k| number(w[k]).is_some() && !matches!(w[k], "a" | "an" | "couple" | "few"))
        .take_while(|&k| !w[a + 1..k].contains(&"."))
        .collect();
    // An earlier score ("was 19 at intake", "down from twenty") is not today's.
    // "score today was three": "was" with "today" or "now" before it is today's.
    let past = |k: usize| {
        let before = &w[k.saturating_sub(3)..k];
        let today = before
            .iter()
            .any(|x| matches!(*x, "today" | "now" | "currently" | "tonight"));
        // "AUDIT was four, down from twenty-six": a "was" right after the name is the
        // dictation's copula for the reading itself.
        let copula = k <= a + 3 && matches!(w.get(a + 1), Some(&("was" | "were")));
        before
            .iter()
            .any(|x| matches!(*x, "from" | "previously" | "initially"))
            || !today && !copula && before.iter().any(|x| matches!(*x, "was" | "were"))
            || w[k + 1..(k + 4).min(w.len())]
                .iter()
                .any(|x| matches!(*x, "intake" | "ago" | "previously" | "before" | "baseline"))
    };
    let last = scores
        .iter()
        .copied()
        .rfind(|&k| !past(k))
        .or(scores.last().copied())
        .or_else(|| (a + 1..hi).find(|&k| matches!(w[k], "positive" | "negative")))?;
    Some((a, last + 1))
}

/// The AUDIT score a screen mention ends with (tens and units joined: "twenty four" = 24),
/// and whether it was called positive or negative.
pub(super) fn audit_reading(w: &[&str], s: usize, e: usize) -> Option<bool> {
    let tail = &w[s..(e + 3).min(w.len())];
    if tail.contains(&"positive") {
        return Some(true);
    }
    let k = e - 1;
    let tens = |x: &str| match x {
        "twenty" => Some(20.0),
        "thirty" => Some(30.0),
        "forty" => Some(40.0),
        _ => None,
    };
    let score = match (k.checked_sub(1).and_then(|p| tens(w[p])), tens(w[k])) {
        (_, Some(t)) => Some(t),
        (Some(t), None) => number(w[k]).map(|u| t + u),
        (None, None) => number(w[k]),
    };
    // WHO cut-off: AUDIT 8 or more is hazardous; AUDIT-C 3 or more (women, the stricter).
    let c = w.get(s + 1) == Some(&"c");
    match score {
        Some(n) => Some(n >= if c { 3.0 } else { 8.0 }),
        None if tail.contains(&"negative") => Some(false),
        None => None,
    }
}
