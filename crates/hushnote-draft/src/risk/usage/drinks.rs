//! **Blackouts** (AUDIT item 8, "unable to remember what happened the night before because
//! you had been drinking") however worded: "couldn't remember getting home", "no memory of
//! the drive home", "doesn't remember the end of it" after drinking; and drinks counted in
//! containers the lexicon does not name ("eight or nine pints").

use super::lists::{ALCOHOL, WINE};
use super::{has_seq, number};

/// Objects of a lost memory that are a night's drinking ("getting home", "the drive home",
/// "the night before", "the end of it").
fn night_out(w: &[&str]) -> bool {
    has_seq(w, &["getting", "home"])
        || has_seq(w, &["got", "home"])
        || has_seq(w, &["get", "home"])
        || has_seq(w, &["drive", "home"])
        || has_seq(w, &["way", "home"])
        || has_seq(w, &["night", "before"])
        || has_seq(w, &["last", "night"])
        || has_seq(w, &["end", "of", "the", "night"])
        || has_seq(w, &["rest", "of", "the", "night"])
        || has_seq(w, &["end", "of", "it"])
        || has_seq(w, &["most", "of", "the", "night"])
        || has_seq(w, &["the", "party"])
        || w.iter().any(|x| {
            matches!(
                *x,
                "pub"
                    | "bar"
                    | "club"
                    | "nightclub"
                    | "party"
                    | "drinks"
                    | "drinking"
                    | "drank"
                    | "beers"
                    | "wine"
                    | "vodka"
                    | "pints"
                    | "couple"
                    | "shots"
                    | "drunk"
            )
        })
}

/// AUDIT item 8 however worded: a lost memory ("couldn't remember", "no memory of", "no
/// recollection of") of a night's drinking. The span starts at the negator so that the
/// negation is the mention's own, not a denial of it.
pub(super) fn blackout(w: &[&str]) -> Option<(usize, usize)> {
    for k in 0..w.len() {
        let lost = match w[k] {
            "can't" | "couldn't" | "cannot" | "doesn't" | "didn't" | "don't" | "won't" => {
                matches!(w.get(k + 1), Some(&("remember" | "recall" | "recollect")))
                    .then_some(k + 2)
            }
            "not" | "never" if matches!(w.get(k + 1), Some(&("remember" | "recall"))) => {
                (k > 0 && matches!(w[k - 1], "could" | "does" | "did" | "can")).then_some(k + 2)
            }
            "no" | "zero" | "little" | "patchy" => matches!(
                w.get(k + 1),
                Some(&("memory" | "recollection" | "recall" | "memories"))
            )
            .then_some(k + 2),
            _ => None,
        };
        let Some(e) = lost else { continue };
        // "doesn't remember" with a denial before it is something else ("denies that she
        // can't remember").
        if w[..k].iter().any(|x| matches!(*x, "denies" | "denied")) {
            continue;
        }
        let tail = &w[e..(e + 10).min(w.len())];
        if night_out(tail) || night_out(&w[..k]) {
            let end = tail
                .iter()
                .position(|x| matches!(*x, "," | "." | ";"))
                .map_or(e + tail.len(), |p| e + p);
            return Some((k, end.max(e)));
        }
    }
    None
}

/// Drinks counted in containers the lexicon does not name: "eight or nine pints", "a couple
/// of stubbies", "three cans of cider".
pub(super) fn counted_drinks(w: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (k, x) in w.iter().enumerate() {
        if !matches!(
            *x,
            "pint"
                | "pints"
                | "stubby"
                | "stubbies"
                | "schooner"
                | "schooners"
                | "tinnies"
                | "tinny"
                | "shots"
                | "cans"
                | "bottle"
                | "bottles"
        ) {
            continue;
        }
        // A bottle is a drink with wine or spirits named after it ("a bottle of red").
        if matches!(*x, "bottle" | "bottles")
            && !(w.get(k + 1) == Some(&"of")
                && w.get(k + 2)
                    .is_some_and(|y| (ALCOHOL.contains(y) && *y != "drink") || WINE.contains(y)))
        {
            continue;
        }
        // "shots" and "cans" are drinks only with a drink named after them, or, for cans,
        // with a verb of drinking before the count ("she's had a few cans", "necked four
        // cans"): a can that is had or sunk is beer or cider.
        let drunk_before = *x == "cans"
            && w[k.saturating_sub(5)..k].iter().any(|y| {
                matches!(
                    *y,
                    "had"
                        | "has"
                        | "having"
                        | "drinks"
                        | "drank"
                        | "drinking"
                        | "downed"
                        | "downs"
                        | "downing"
                        | "sank"
                        | "sinks"
                        | "sinking"
                        | "necked"
                        | "necks"
                        | "necking"
                )
            });
        if matches!(*x, "shots" | "cans")
            && !drunk_before
            && !(w.get(k + 1) == Some(&"of")
                && w.get(k + 2)
                    .is_some_and(|y| ALCOHOL.contains(y) && *y != "drink"))
        {
            continue;
        }
        // "two pints of milk": a container of something else.
        if w.get(k + 1) == Some(&"of")
            && w.get(k + 2)
                .is_some_and(|y| !ALCOHOL.contains(y) && !WINE.contains(y))
        {
            continue;
        }
        // Counted: a number or amount word within the three words before, in the same
        // phrase ("AUDIT was six, a few pints at the weekend": the six is a score).
        let lo = (k.saturating_sub(4)..k)
            .rev()
            .find(|&j| matches!(w[j], "," | ";" | ":" | "." | "!" | "?"))
            .map_or(k.saturating_sub(4), |p| p + 1);
        if let Some(s) = (lo..k).find(|&j| number(w[j]).is_some() || w[j] == "couple") {
            out.push((s, k + 1));
        }
    }
    out
}
