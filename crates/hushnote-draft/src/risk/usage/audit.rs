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
    let past = |k: usize| earlier_score(&w, a, k);
    let last = scores
        .iter()
        .copied()
        .rfind(|&k| !past(k))
        .or(scores.last().copied())
        .or_else(|| (a + 1..hi).find(|&k| matches!(w[k], "positive" | "negative")))?;
    Some((a, last + 1))
}

/// The AUDIT reading of a screen mention: today's score (an earlier one told beside it, "last
/// time fifteen", "before it was twenty-six", is not today's), or the word positive or
/// negative. A corrected name counts as corrected ("AUDIT C, no, the full AUDIT, was three").
pub(super) fn audit_reading(w: &[&str], s: usize, e: usize) -> Option<bool> {
    let end = (e + 3).min(w.len());
    let s = (s + 1..e.min(w.len()))
        .rev()
        .find(|&k| w[k] == "audit")
        .unwrap_or(s);
    let tail = &w[s..end];
    if tail.contains(&"positive") {
        return Some(true);
    }
    let tens = |x: &str| match x {
        "twenty" => Some(20.0),
        "thirty" => Some(30.0),
        "forty" => Some(40.0),
        _ => None,
    };
    // A score at `k`: "five", "twenty four", "twenty-four", "24".
    let score_at = |k: usize| -> Option<f32> {
        let x = w[k];
        if matches!(
            x,
            "a" | "an" | "couple" | "few" | "several" | "dozen" | "single" | "pair"
        ) {
            return None;
        }
        if let Some((t, u)) = x.split_once('-') {
            return tens(t).and_then(|t| number(u).map(|u| t + u));
        }
        match (tens(x), w.get(k + 1).and_then(|y| number(y))) {
            (Some(t), Some(u)) if u < 10.0 => Some(t + u),
            (Some(t), _) => Some(t),
            _ => number(x),
        }
    };
    let past = |k: usize| earlier_score(w, s, k);
    // The scores inside the mention (a units word after a tens word is part of it).
    let scores: Vec<(usize, f32)> = (s + 1..e.min(w.len()))
        .filter(|&k| tens(w[k - 1]).is_none() || number(w[k]).is_none_or(|u| u >= 10.0))
        .filter_map(|k| score_at(k).map(|n| (k, n)))
        .collect();
    let score = scores
        .iter()
        .rev()
        .find(|&&(k, _)| !past(k))
        .or(scores.last())
        .map(|&(_, n)| n);
    // WHO cut-off: AUDIT 8 or more is hazardous; AUDIT-C 3 or more (women, the stricter).
    let c = w.get(s + 1) == Some(&"c");
    match score {
        Some(n) => Some(n >= if c { 3.0 } else { 8.0 }),
        None if tail.contains(&"negative") => Some(false),
        None => None,
    }
}

/// Whether the words after a score date it ("22 at intake", "eighteen before the program"); a
/// "before" that opens the earlier score ("four, before it was twenty-six") does not.
fn dated_after(w: &[&str], k: usize) -> bool {
    let after = &w[k + 1..(k + 4).min(w.len())];
    after.iter().enumerate().any(|(j, x)| {
        matches!(*x, "intake" | "ago" | "previously" | "baseline" | "earlier")
            || *x == "before"
                && !after
                    .get(j + 1)
                    .is_some_and(|y| matches!(*y, "it" | "that" | "this" | "was" | "she" | "he"))
    })
}

/// Whether the score at `k`, after the name at `a`, is an earlier one ("was 19 at intake",
/// "down from twenty", "last time fifteen"); "score today was three" is today's.
fn earlier_score(w: &[&str], a: usize, k: usize) -> bool {
    let before = &w[k.saturating_sub(3)..k];
    let today = before
        .iter()
        .any(|x| matches!(*x, "today" | "now" | "currently" | "tonight"));
    // "AUDIT was four, down from twenty-six": a "was" right after the name is the
    // dictation's copula for the reading itself.
    let copula = k <= a + 3 && matches!(w.get(a + 1), Some(&("was" | "were")));
    before.iter().any(|x| {
        matches!(
            *x,
            "from" | "previously" | "initially" | "before" | "last" | "earlier" | "prior"
        )
    }) || !today && !copula && before.iter().any(|x| matches!(*x, "was" | "were"))
        || dated_after(w, k)
}
