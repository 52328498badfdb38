//! Standard measures and their scores: a score is taken only when bound to its instrument
//! ("PHQ nine fourteen", "GAD-7 twelve out of twenty-one", "scored 14 on the PHQ-9", "went from
//! eighteen to eleven", "nineteen at intake, now eleven"), inside the instrument's range.

use super::bind::{another_number_follows, dated_elsewhere};
use super::tokens::Tok;
use super::{correction, number, Ctx, Measure, MeasureKind, Score, OTHER_UNITS};

/// A measure's name at `i`: its kind and the index after the name.
pub(super) fn measure_name(c: &Ctx, i: usize) -> Option<(MeasureKind, usize)> {
    let w = c.word(i)?;
    let numbered =
        |k: MeasureKind, digit: &str, word: &str, at: usize| -> Option<(MeasureKind, usize)> {
            if c.is_any(at, &[digit, word]) {
                Some((k, at + 1))
            } else {
                None
            }
        };
    match w {
        "phq9" => Some((MeasureKind::Phq9, i + 1)),
        "gad7" => Some((MeasureKind::Gad7, i + 1)),
        "pcl5" => Some((MeasureKind::Pcl5, i + 1)),
        "ybocs" => Some((MeasureKind::Ybocs, i + 1)),
        "cssrs" | "columbia" => Some((MeasureKind::Cssrs, i + 1)),
        // The instrument is written AUDIT; a lower-case "audit" is one only when it says score.
        "audit"
            if !c.is(i + 1, "c")
                && (c.clause.text.get(c.toks[i].start..c.toks[i].end) == Some("AUDIT")
                    || c.is_any(i + 1, &["score", "scores", "scored", "total", "screen"])) =>
        {
            Some((MeasureKind::Audit, i + 1))
        }
        "phq" => numbered(MeasureKind::Phq9, "9", "nine", i + 1),
        "gad" => numbered(MeasureKind::Gad7, "7", "seven", i + 1),
        "pcl" => numbered(MeasureKind::Pcl5, "5", "five", i + 1),
        "y" if c.is(i + 1, "bocs") => Some((MeasureKind::Ybocs, i + 2)),
        "c" if c.is(i + 1, "ssrs") => Some((MeasureKind::Cssrs, i + 2)),
        "p" if c.seq(i + 1, &["h", "q"]) => numbered(MeasureKind::Phq9, "9", "nine", i + 3),
        _ => None,
    }
}

pub(super) const SCORE_FILLERS: &[&str] = &[
    "score", "scored", "scores", "is", "was", "of", "total", "today", "came", "back", "now",
    "this", "week", "at", "were", "result", "in", "a",
];

pub(super) fn measures(c: &Ctx, out: &mut Vec<Measure>) {
    let n = c.toks.len();
    let mut i = 0;
    // Where the last name without a score of its own ended: "PHQ-9 and GAD-7 were 14" does
    // not say which of the two scored 14.
    let mut unscored_end: Option<usize> = None;
    while i < n {
        let Some((kind, name_end)) = measure_name(c, i) else {
            i += 1;
            continue;
        };
        let joined = unscored_end.is_some_and(|e| {
            e + 1 == i
                && (c.is_any(e, &["and", "or", "&"]) || c.toks.get(e).is_some_and(Tok::is_comma))
        });
        // "her mother's PHQ-9 was 20": someone else's score.
        let others = i >= 1
            && c.word(i - 1).is_some_and(|w| {
                w.ends_with("'s") && !["client's", "patient's", "pt's", "today's"].contains(&w)
            });
        let found = if joined || others {
            None
        } else if kind == MeasureKind::Cssrs {
            screen_result(c, i, name_end)
        } else {
            total_score(c, kind, i, name_end)
        };
        unscored_end = found.is_none().then_some(name_end);
        if let Some(m) = found {
            out.push(m);
        }
        i = name_end;
    }
}

/// "PHQ nine fourteen, down from seventeen", "Y-BOCS today twenty-two", "PDSS went from
/// eighteen to four", "scored 14 on the PHQ-9".
pub(super) fn total_score(
    c: &Ctx,
    kind: MeasureKind,
    start: usize,
    name_end: usize,
) -> Option<Measure> {
    let in_range = |v: u32| v <= kind.max();
    let mut j = name_end;
    let mut skipped = 0;
    while skipped < 3
        && (c.is_any(j, SCORE_FILLERS) || c.toks.get(j).is_some_and(|t| t.punct && t.text != ";"))
    {
        j += 1;
        skipped += 1;
    }
    if c.seq(j, &["down", "to"]) || c.seq(j, &["up", "to"]) {
        j += 2;
    }
    let (mut score, mut previous, mut end);
    let moved;
    if c.is_any(
        j,
        &[
            "went",
            "dropped",
            "fell",
            "rose",
            "moved",
            "improved",
            "decreased",
            "increased",
        ],
    ) && c.is(j + 1, "from")
    {
        let (from, k) = number::cardinal(&c.toks, j + 2)?;
        if !c.is(k, "to") {
            return None;
        }
        let (to, k2) = number::cardinal(&c.toks, k + 1)?;
        score = to;
        previous = Some(from);
        end = k2;
        moved = true;
    } else if let Some((v, k)) = number::cardinal(&c.toks, j) {
        score = v;
        previous = None;
        end = k;
        moved = false;
    } else {
        return reverse_score(c, kind, start, name_end);
    }
    if c.is_any(end, OTHER_UNITS) {
        return None;
    }
    if !moved {
        // "twelve out of twenty-one", "14 of 27": only the instrument's own maximum.
        let of = if c.seq(end, &["out", "of"]) {
            Some(end + 2)
        } else if c.is(end, "of") {
            Some(end + 1)
        } else {
            None
        };
        if let Some(k) = of {
            let (total, k2) = number::cardinal(&c.toks, k)?;
            if total != kind.max() {
                return None;
            }
            end = k2;
        } else if let Some((total, k2)) = number::cardinal(&c.toks, end) {
            // "12/21" as written: the second number must be the maximum, else it is a date.
            if total != kind.max() {
                return None;
            }
            end = k2;
        }
        if let Some((fixed, k)) = correction(c, end) {
            score = fixed;
            end = k;
        }
    }
    if dated_elsewhere(c, end) {
        return if moved {
            None
        } else {
            current_after(c, kind, start, score, end)
        };
    }
    if another_number_follows(c, end, true) {
        return None;
    }
    // ", down from seventeen" / "up from sixteen" / "from twenty-nine"
    let mut k = end;
    if c.toks.get(k).is_some_and(Tok::is_comma) {
        k += 1;
    }
    if c.is_any(k, &["down", "up"]) {
        k += 1;
    }
    if previous.is_none() && c.is(k, "from") {
        if let Some((v, k2)) = number::cardinal(&c.toks, k + 1) {
            if !c.is_any(k2, OTHER_UNITS) {
                previous = Some(v);
                end = k2;
            }
        }
    }
    if !in_range(score) || previous.is_some_and(|p| !in_range(p)) {
        return None;
    }
    Some(Measure {
        kind,
        score: Score::Points(score),
        previous,
        clause: c.clause.id,
        quote: c.quote(start, end),
    })
}

/// After a baseline ("nineteen at intake"), this session's score said with "now" or "today"
/// ("now eleven", "24 today") before any other measure is named; else nothing.
pub(super) fn current_after(
    c: &Ctx,
    kind: MeasureKind,
    start: usize,
    baseline: u32,
    from: usize,
) -> Option<Measure> {
    let stop = (from + 8).min(c.toks.len());
    for j in from..stop {
        if measure_name(c, j).is_some() {
            return None;
        }
        let Some((v, k)) = number::cardinal(&c.toks, j) else {
            continue;
        };
        let now = |i: usize| c.is_any(i, &["now", "today"]) || c.seq(i, &["this", "week"]);
        let bound = (j > 0 && now(j - 1)) || now(k);
        if !bound
            || c.is_any(k, OTHER_UNITS)
            || v > kind.max()
            || baseline > kind.max()
            || another_number_follows(c, k, true)
        {
            return None;
        }
        let end = if now(k) { k + 1 } else { k };
        return Some(Measure {
            kind,
            score: Score::Points(v),
            previous: Some(baseline),
            clause: c.clause.id,
            quote: c.quote(start, end),
        });
    }
    None
}

/// "scored 14 on the PHQ-9": the number comes before the name.
pub(super) fn reverse_score(
    c: &Ctx,
    kind: MeasureKind,
    start: usize,
    name_end: usize,
) -> Option<Measure> {
    let mut k = start;
    if k > 0 && c.is(k - 1, "the") {
        k -= 1;
    }
    if k == 0 || !c.is(k - 1, "on") {
        return None;
    }
    let on = k - 1;
    for from in on.saturating_sub(3)..on {
        if let Some((v, end)) = number::cardinal(&c.toks, from) {
            let led = from > 0 && c.is_any(from - 1, &["scored", "score", "a", "at"]);
            let item = from >= 2 && c.is(from - 2, "item");
            if end == on && led && !item && v <= kind.max() && !dated_elsewhere(c, name_end) {
                return Some(Measure {
                    kind,
                    score: Score::Points(v),
                    previous: None,
                    clause: c.clause.id,
                    quote: c.quote(from - 1, name_end),
                });
            }
        }
    }
    None
}

/// "Columbia screen today positive for ideation", "C-SSRS negative", "positive on the C-SSRS".
pub(super) fn screen_result(c: &Ctx, start: usize, name_end: usize) -> Option<Measure> {
    let result = |w: &str| match w {
        "positive" => Some(Score::Positive),
        "negative" => Some(Score::Negative),
        _ => None,
    };
    let mut j = name_end;
    let mut skipped = 0;
    while skipped < 4
        && (c.is_any(
            j,
            &[
                "screen",
                "screening",
                "scale",
                "today",
                "was",
                "is",
                "came",
                "back",
                "result",
                "protocol",
            ],
        ) || c.toks.get(j).is_some_and(|t| t.text == ":" || t.is_comma()))
    {
        j += 1;
        skipped += 1;
    }
    // The screen's result quoted from token `from` to `to`.
    let cssrs = |score, from, to| Measure {
        kind: MeasureKind::Cssrs,
        score,
        previous: None,
        clause: c.clause.id,
        quote: c.quote(from, to),
    };
    if let Some(score) = c.word(j).and_then(result) {
        // "negative for ideation but positive for behavior": the screen's outcome is not one
        // word of the two, so neither is taken.
        let both = c.toks[j + 1..]
            .iter()
            .any(|t| t.word().and_then(result).is_some_and(|s| s != score));
        if dated_elsewhere(c, j + 1) || both {
            return None;
        }
        return Some(cssrs(score, start, j + 1));
    }
    let mut k = start;
    if k > 0 && c.is(k - 1, "the") {
        k -= 1;
    }
    if k >= 2 && c.is(k - 1, "on") {
        if let Some(score) = c.word(k - 2).and_then(result) {
            if dated_elsewhere(c, name_end) {
                return None;
            }
            return Some(cssrs(score, k - 2, name_end));
        }
    }
    None
}
