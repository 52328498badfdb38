//! **Risk-level formulations**: "low current risk of violence", "risk to others assessed as
//! minimal", "no acute risk of self-harm" are the clinician's formulation (a structured
//! professional judgement, as in HCR-20 or a suicide risk formulation), neither a disclosure
//! nor a denial. A high, elevated or imminent level is kept as the rules read it.

use super::w;
use crate::risk::tokens::Tok;

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
    // "risk to self and others appears low": the other party joined to the risk is its own.
    let joined = matches!(w(toks, e), "and" | "or" | "/")
        && matches!(
            w(toks, e + 1),
            "others" | "other" | "self" | "selves" | "themselves"
        );
    let e = if joined { e + 2 } else { e };
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
        // Telegraphic "suicide risk low, means present", "risk of violence low right now":
        // the level straight after "risk", ending its phrase or dated, needs no verb.
        let telegraphic = k == e
            && matches!(
                toks.get(k + 1).map(|t| t.norm.as_str()),
                None | Some(
                    "," | "." | ";" | "and" | "now" | "right" | "today" | "currently" | "at"
                )
            );
        if (verb || telegraphic) && LOW_LEVELS.contains(&n) && n != "no" {
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
pub(super) fn formulation(toks: &[Tok], s: usize, e: usize) -> bool {
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
        // "Risk to others was screened and he denied any intent": the risk as the topic
        // of a screen, its answer told after.
        let screened = matches!(w(toks, e), "was" | "were" | "is")
            && matches!(
                w(toks, e + 1),
                "screened" | "assessed" | "explored" | "reviewed" | "discussed" | "checked"
            );
        return !no && (screened || judged(level_before(toks, s), level_after(toks, e)));
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
    // "violence and use risk low": the mention shares "risk" with the term joined after it.
    let e = if matches!(w(toks, e), "and" | "or" | "&" | "/") {
        (e + 2..(e + 4).min(toks.len()))
            .find(|&k| w(toks, k) == "risk" && toks[e + 1..k].iter().all(|t| !t.punct))
            .unwrap_or(e)
    } else {
        e
    };
    // "violence risk is low", "low overdose risk". With no level said, "lapse risk is around
    // the brother", "we talked about her relapse risk" name the risk as a topic, no event;
    // a level that says it is high is the judgement it always was.
    if w(toks, e) == "risk" {
        let (before, after) = (level_before(toks, s), level_after(toks, e + 1));
        // "Screened for suicide risk, screen negative": a result told after makes it the
        // answer's topic, which the rules read as the answer.
        let answered = toks[(e + 1).min(toks.len())..].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "negative" | "positive" | "denied" | "denies" | "endorsed" | "endorses" | "yes"
            )
        });
        return judged(before, after) || (before.is_none() && after.is_none() && !answered);
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
