//! A finding re-read by its definition: **DSM-5 remission specifiers** ("alcohol use
//! disorder, in early remission", "on maintenance therapy") make a diagnosis history, not
//! current use; a use "after fourteen months clean" ends the abstinence it names; a bare topic
//! noun is no use; an AUDIT score is read by the WHO cut-off.

use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;
use crate::risk::{Finding, FindingStatus, RiskKind};

use super::audit::audit_reading;
use super::lists::{ALCOHOL, NOUNS};
use super::not_use::{not_use, NotUse};
use super::{has_seq, number, words};

/// A finding re-read by definition: a DSM-5 remission specifier makes a use disorder history;
/// abstinence that a use ended ("picked up after fourteen months clean") is a lapse.
/// A bare topic noun not asked about is no use (asked, its answer decides).
pub(crate) fn reread(
    toks: &[Tok],
    (s, e): (usize, usize),
    concept: Concept,
    status: FindingStatus,
    asked: bool,
) -> (Concept, FindingStatus) {
    let w = words(toks);
    if concept == Concept::Screen && toks[s].norm == "audit" {
        return match audit_reading(&w, s, e) {
            Some(true) => (concept, FindingStatus::Present),
            Some(false) => (concept, FindingStatus::Denied),
            None => (concept, status),
        };
    }
    match concept {
        Concept::SubstanceUse if status == FindingStatus::Present => {
            if !asked && not_use(toks, s, e) == Some(NotUse::Topic) {
                return (concept, FindingStatus::Hypothetical);
            }
            let diagnosis = w[s..e]
                .iter()
                .any(|x| matches!(*x, "disorder" | "dependence" | "abuse" | "misuse"));
            let tail = &w[e..(e + 6).min(w.len())];
            // "opiate dependence, stable on a methadone script": the maintenance therapy
            // named by its medicine (DSM-5 "on maintenance therapy").
            let maintained = tail.iter().any(|x| {
                matches!(
                    *x,
                    "methadone"
                        | "buprenorphine"
                        | "suboxone"
                        | "subutex"
                        | "naltrexone"
                        | "disulfiram"
                        | "antabuse"
                        | "acamprosate"
                        | "espranor"
                        | "sublocade"
                        | "buvidal"
                )
            });
            // "alcohol dependence, in recovery", "opioid use disorder, abstinent": the
            // diagnosis named with its current abstinence is a remission in plain words.
            let recovered = has_seq(tail, &["in", "recovery"])
                || has_seq(tail, &["in", "early", "recovery"])
                || has_seq(tail, &["in", "sustained", "recovery"])
                || has_seq(tail, &["in", "stable", "recovery"])
                // "alcohol use disorder, early recovery": the note's shorthand drops "in".
                || has_seq(tail, &["early", "recovery"])
                || has_seq(tail, &["sustained", "recovery"])
                || tail
                    .iter()
                    .any(|x| matches!(*x, "recovering" | "abstinent" | "sober"));
            let remission = tail.contains(&"remission")
                || recovered
                || maintained
                || has_seq(tail, &["maintenance", "therapy"])
                || has_seq(tail, &["controlled", "environment"]);
            if diagnosis && remission {
                return (concept, FindingStatus::History);
            }
            (concept, status)
        }
        Concept::Abstinence => {
            // "after fourteen months clean", "after 90 days of sobriety": "after" and only a
            // duration between it and the abstinence.
            let before = &w[s.saturating_sub(5)..s];
            let ended = before.iter().rposition(|x| *x == "after").is_some_and(|a| {
                before[a + 1..].iter().all(|x| {
                    // number() reads the number words up to "fifty".
                    number(x).is_some()
                        || matches!(
                            *x,
                            "days"
                                | "day"
                                | "weeks"
                                | "week"
                                | "months"
                                | "month"
                                | "years"
                                | "year"
                                | "of"
                                | "being"
                                | "staying"
                                | "his"
                                | "her"
                                | "their"
                                | "almost"
                                | "nearly"
                                | "over"
                                | "about"
                                | "sixty"
                                | "ninety"
                        )
                })
            }) || before
                .iter()
                .any(|x| matches!(*x, "broke" | "broken" | "ended" | "lost"));
            let used = w.iter().enumerate().any(|(k, x)| {
                (k < s.saturating_sub(5) || k >= e)
                    && (matches!(
                        *x,
                        "drank"
                            | "used"
                            | "picked"
                            | "scored"
                            | "smoked"
                            | "snorted"
                            | "injected"
                            | "relapsed"
                            | "slipped"
                            | "lapsed"
                            | "bought"
                    ) || (*x == "had"
                        && w.get(k + 1).is_some_and(|y| {
                            number(y).is_some() || ALCOHOL.contains(y) || NOUNS.contains(y)
                        })))
            });
            if ended && used && status != FindingStatus::Hypothetical {
                return (Concept::Relapse, FindingStatus::Present);
            }
            (concept, status)
        }
        _ => (concept, status),
    }
}

/// "He shot dope for twenty years before he came to the program, and his urines have been
/// clean for three years running", "did rehab for cocaine, and he's been sober twelve years":
/// a use told before a stretch of abstinence the same sentence measures is the history that
/// abstinence ended (C-SSRS and DSM-5 windows: use years ago is no current use). Nothing
/// between them or after may tell the stretch broken ("but", "again", "relapsed", "slipped").
pub(crate) fn use_before_abstinence(text: &str, mut unit: Vec<Finding>) -> Vec<Finding> {
    let lower = text.to_lowercase();
    let at = |f: &Finding| lower.find(&f.quote.to_lowercase());
    let Some(abstinence) = unit
        .iter()
        .filter(|f| {
            f.kind == RiskKind::SubstanceUse
                && f.concept == Concept::Abstinence
                && f.status == FindingStatus::Denied
        })
        .filter_map(at)
        .min()
    else {
        return unit;
    };
    let stretch = lower[abstinence..].split_whitespace().take(8).any(|x| {
        matches!(
            x.trim_matches(|c: char| !c.is_alphanumeric()),
            "years" | "year" | "months" | "month" | "weeks" | "decade" | "decades"
        )
    });
    const BROKEN: &[&str] = &[
        "but",
        "though",
        "although",
        "however",
        "except",
        "until",
        "again",
        "relapsed",
        "relapse",
        "slipped",
        "slip",
        "lapsed",
        "lapse",
        "drank",
        "used",
        "yesterday",
        "weekend",
        "last",
    ];
    let broken_in = |s: &str| {
        s.split_whitespace()
            .any(|x| BROKEN.contains(&x.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    // The use must be told as past ("for twenty years before", "did rehab for", "years
    // ago"), never as a present habit ("drinks every night and has been sober on weekends").
    let told_before = &lower[..abstinence];
    let past = [
        " before ",
        " ago",
        "used to",
        "rehab",
        "treatment",
        " years",
        "twenties",
        "thirties",
        "back then",
        "back in",
        "detox",
    ]
    .iter()
    .any(|p| told_before.contains(p));
    let habit = [
        "every ",
        "daily",
        "nightly",
        "still",
        "currently",
        " now",
        "most nights",
        "most days",
        "these days",
    ]
    .iter()
    .any(|p| told_before.contains(p));
    if !stretch || !past || habit || broken_in(&lower[abstinence..]) {
        return unit;
    }
    for f in unit.iter_mut() {
        let earlier = at(f).filter(|&p| p < abstinence);
        if f.kind == RiskKind::SubstanceUse
            && f.concept == Concept::SubstanceUse
            && f.status == FindingStatus::Present
            && !f.attributes.uncertain
            && earlier.is_some_and(|p| !broken_in(&lower[p + f.quote.len()..abstinence]))
        {
            f.status = FindingStatus::History;
            f.attributes.historical = true;
        }
    }
    unit
}

/// A substance use read as present (not a problem label, a relapse or a misuse).
fn present_use(f: &Finding) -> bool {
    f.kind == RiskKind::SubstanceUse
        && f.concept == Concept::SubstanceUse
        && f.status == FindingStatus::Present
}

/// "He's here for the drinking, you'll recall, and he says he hasn't had a drop since Labor
/// Day": the use a client is seen for, named as the reason for care, is the topic of the
/// work; the sentence's own denial tells the current state. Without a denial in the
/// sentence the reason for care stays a present use ("referred for his drinking").
pub(crate) fn reason_for_care_denied(text: &str, mut unit: Vec<Finding>) -> Vec<Finding> {
    // Most sentences hold no present use: nothing to lower-case or search.
    if !unit.iter().any(present_use) {
        return unit;
    }
    let lower = text.to_lowercase();
    let at = |f: &Finding| lower.find(&f.quote.to_lowercase());
    let Some(denial) = unit
        .iter()
        .filter(|f| f.kind == RiskKind::SubstanceUse && f.status == FindingStatus::Denied)
        .filter_map(at)
        .min()
    else {
        return unit;
    };
    const REASONS: &[&str] = &[
        "here for",
        "referred for",
        "referred here for",
        "referred to us for",
        "in treatment for",
        "sees me for",
        "seeing me for",
        "seeing us for",
        "comes in for",
        "in here for",
    ];
    for f in unit.iter_mut().filter(|f| present_use(f)) {
        let Some(p) = at(f).filter(|&p| p < denial) else {
            continue;
        };
        let Some(before) = lower.get(..p).map(str::trim_end) else {
            continue;
        };
        let before = before
            .strip_suffix(" the")
            .or_else(|| before.strip_suffix(" his"))
            .or_else(|| before.strip_suffix(" her"))
            .or_else(|| before.strip_suffix(" their"))
            .unwrap_or(before);
        let reason = REASONS.iter().any(|r| before.ends_with(r));
        // Nothing between the reason and the denial may tell a use now ("but he drank").
        // (The mention must end before the denial starts; `get` keeps a slice that does not
        // fall on character boundaries from panicking.)
        let Some(between) = lower.get(p + f.quote.to_lowercase().len()..denial) else {
            continue;
        };
        let broken = between.split_whitespace().any(|x| {
            matches!(
                x.trim_matches(|c: char| !c.is_alphanumeric()),
                "but" | "though" | "although" | "however" | "again" | "relapsed" | "drank" | "used"
            )
        });
        if reason && !broken {
            f.status = FindingStatus::History;
            f.attributes.historical = true;
        }
    }
    unit
}

/// "the whisky bottle in the press has been there since the funeral and you haven't touched
/// it", "a bottle of vodka in the cupboard, still sealed": a drink kept but said to be left
/// alone is the documented negative, not a use; the drink named in it is no drinking. A
/// verb of use or a turn in the sentence ("but", "until", "finished") keeps the use, and a
/// drug is never re-read ("used fentanyl ... the Narcan kit still sealed").
pub(crate) fn kept_untouched(text: &str, mut unit: Vec<Finding>) -> Vec<Finding> {
    if !unit.iter().any(present_use) {
        return unit;
    }
    let lower = text.to_lowercase();
    let w: Vec<&str> = lower
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let left_alone = w.windows(3).any(|p| {
        matches!(
            p[0],
            "haven't" | "hasn't" | "hadn't" | "never" | "not" | "havent" | "hasnt" | "hadnt"
        ) && matches!(p[1], "touched" | "opened" | "cracked" | "touches" | "opens")
            && matches!(p[2], "it" | "them" | "that" | "the" | "a")
            || p[0] == "never"
                && matches!(p[1], "touched" | "opened" | "touches" | "opens")
                && matches!(p[2], "it" | "them")
    }) || w.iter().any(|x| matches!(*x, "unopened" | "untouched"))
        || has_seq(&w, &["still", "sealed"]);
    let used = w.iter().any(|x| {
        matches!(
            *x,
            "drinks"
                | "drinking"
                | "drank"
                | "drunk"
                | "drink"
                | "used"
                | "uses"
                | "using"
                | "took"
                | "takes"
                | "smoked"
                | "injected"
                | "snorted"
                | "popped"
                | "finished"
                | "emptied"
                | "sipped"
                | "swigged"
                | "but"
                | "until"
                | "till"
                | "though"
                | "except"
                | "again"
        )
    });
    if !left_alone || used {
        return unit;
    }
    for f in unit.iter_mut().filter(|f| present_use(f)) {
        let q = f.quote.to_lowercase();
        let drink_named = q
            .split_whitespace()
            .any(|x| ALCOHOL.contains(&x) || x == "bottle");
        if drink_named {
            f.status = FindingStatus::Denied;
            f.concept = Concept::Abstinence;
        }
    }
    unit
}
