//! Low-risk drinking (NIAAA, "Rethinking Drinking": no more than 4 drinks a day and 14 a
//! week for men, 3 and 7 for women) stated as a quantity and frequency with no AUDIT marker
//! of risky use is no present item; it is a denial when the memo frames it as no problem.
//! In a recovery context (sober, clean, abstinent, in recovery, a use disorder, a lapse, a
//! sponsor, rehab) any use is a lapse and stays present (Marlatt's relapse model).

use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;
use crate::risk::{Finding, FindingStatus, RiskKind};

use super::lists::{
    ALCOHOL, BELOW_RISK_LEVEL, COMPANY, DRINK_UNITS, NO_PROBLEM, NO_PROBLEM_SAID, RECOVERY,
    RISK_MARKERS, RISK_PHRASES, SOCIAL, WINE,
};
use super::{has_seq, number, words};

/// Days named as a habit ("on Fridays").
const PLURAL_DAYS: &[&str] = &[
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];

/// Whether the word at `k` names an occasion in company; a wake only as a noun ("at the
/// wake", "his uncle's wake"), not "couldn't wake him".
fn gathering_at(w: &[&str], k: usize) -> bool {
    if !SOCIAL.contains(&w[k]) {
        return false;
    }
    // "drinking like that since the anniversary": an occasion that dates a stretch of
    // drinking is when it began, not the company it is drunk in.
    if w[k.saturating_sub(3)..k]
        .iter()
        .any(|x| matches!(*x, "since" | "until" | "till"))
    {
        return false;
    }
    w[k] != "wake"
        || k > 0
            && (matches!(
                w[k - 1],
                "a" | "the" | "at" | "his" | "her" | "their" | "my"
            ) || w[k - 1].ends_with("'s"))
}

/// Drinks per occasion stated in the sentence: the largest amount attached to a drink
/// ("a couple of stubbies", "eight or nine pints", "a bottle of wine" = 5 standard drinks).
fn quantity(w: &[&str]) -> Option<f32> {
    let mut best: Option<f32> = None;
    for (k, x) in w.iter().enumerate() {
        let Some(mut n) = number(x) else {
            // "the odd bottle of rum": a bottle with no number is one bottle.
            if matches!(*x, "bottle")
                && k > 0
                && matches!(w[k - 1], "the" | "odd" | "whole" | "full" | "entire")
                && !w[k..(k + 4).min(w.len())]
                    .iter()
                    .any(|y| matches!(*y, "beer" | "cider" | "lager" | "water"))
            {
                best = Some(best.map_or(5.0, |b| b.max(5.0)));
            }
            continue;
        };
        // "a wee drink or five": the number after "or" is the upper bound, said alone.
        if k > 0 && w[k - 1] == "or" {
            best = Some(best.map_or(n, |b| b.max(n)));
        }
        // "a box of wine", "a slab of beer", "a flagon of cider": a container of many drinks
        // (a three-litre cask is about thirty standard drinks).
        if matches!(*x, "a" | "an" | "one")
            && matches!(
                w.get(k + 1),
                Some(&("box" | "cask" | "carton" | "case" | "slab" | "crate" | "keg" | "flagon"))
            )
            && w.get(k + 2) == Some(&"of")
            && w.get(k + 3).is_some_and(|y| {
                ALCOHOL.contains(y) || WINE.contains(y) || matches!(*y, "goon" | "beers" | "cans")
            })
            // Drunk, not bought or brought ("bought a box of wine for the party").
            && w.iter().any(|y| {
                matches!(
                    *y,
                    "drink" | "drinks" | "drinking" | "drank" | "finishes" | "finished" | "through"
                )
            })
        {
            best = Some(best.map_or(20.0, |b| b.max(20.0)));
            continue;
        }
        // "after a fifth of Firefly", "half a handle": a spirits bottle by its size (a fifth
        // is about seventeen standard drinks, a mickey about nine).
        if matches!(*x, "a" | "an" | "one" | "half")
            && matches!(
                w.get(k + 1),
                Some(
                    &("fifth"
                        | "fifths"
                        | "handle"
                        | "mickey"
                        | "twenty-sixer"
                        | "forty-pounder"
                        | "forty-ouncer"
                        | "texas")
                )
            )
        {
            best = Some(best.map_or(9.0, |b| b.max(9.0)));
            continue;
        }
        // "a couple", "a few": the amount word, not the article.
        if matches!(*x, "a" | "an") && matches!(w.get(k + 1), Some(&("couple" | "few"))) {
            continue;
        }
        // "drinks a lot", "a great deal", "a fair bit", "a whole lot of vodka": an amount
        // said to be large is no single drink; it is over any limit.
        if matches!(*x, "a" | "an")
            && matches!(
                w.get(k + 1),
                Some(
                    &("lot"
                        | "great"
                        | "fair"
                        | "good"
                        | "whole"
                        | "ton"
                        | "load"
                        | "heap"
                        | "hell"
                        | "shedload"
                        | "bucketload"
                        | "skinful")
                )
            )
            && !matches!(
                w.get(k + 2),
                Some(
                    &("bottle"
                        | "glass"
                        | "can"
                        | "pint"
                        | "beer"
                        | "drink"
                        | "night"
                        | "day"
                        | "time"
                        | "while"
                        | "week"
                        | "year")
                )
            )
        {
            // "a lot of tunes": only an amount of drink, or one left unnamed.
            let of = w[k + 1..(k + 4).min(w.len())]
                .iter()
                .position(|y| *y == "of");
            let drink = of.is_none_or(|o| {
                w.get(k + 2 + o).is_some_and(|y| {
                    ALCOHOL.contains(y) || DRINK_UNITS.contains(y) || WINE.contains(y)
                })
            });
            if drink {
                best = Some(best.map_or(10.0, |b| b.max(10.0)));
            }
            continue;
        }
        // "eight or nine pints", "two or three beers": the upper bound.
        if w.get(k + 1) == Some(&"or") {
            if let Some(m) = w.get(k + 2).and_then(|y| number(y)) {
                n = n.max(m);
            }
        }
        // "a glass with lunch and five more after it": "more" adds to the amount told.
        if w.get(k + 1) == Some(&"more") && !(k > 0 && matches!(w[k - 1], "no" | "not" | "any")) {
            best = Some(best.unwrap_or(1.0) + n);
            continue;
        }
        let near = &w[k + 1..(k + 5).min(w.len())];
        let Some(u) = near
            .iter()
            .position(|y| DRINK_UNITS.contains(y) || ALCOHOL.contains(y))
        else {
            // "only had a couple", "last Saturday he had twelve": an amount after a drinking
            // verb, its unit left out.
            if k > 0
                && w[..k].iter().rev().take(3).any(|y| {
                    matches!(
                        *y,
                        "had"
                            | "has"
                            | "have"
                            | "drinks"
                            | "drank"
                            | "drinking"
                            | "downed"
                            | "sank"
                            | "necked"
                    )
                })
            {
                best = Some(best.map_or(n, |b| b.max(n)));
            }
            // "asked about drinking, he says a couple of Grain Belts on a Friday": an amount
            // "of" a drink the lists do not name, in a sentence about drinking.
            else if w.get(k + 1) == Some(&"of")
                && !matches!(w.get(k + 2), Some(&("times" | "days" | "nights" | "weeks")))
                && w[..k]
                    .iter()
                    .any(|y| matches!(*y, "drinking" | "alcohol" | "drink" | "booze"))
            {
                best = Some(best.map_or(n, |b| b.max(n)));
            }
            // "Drinking, he says two Abitas on a Saturday": an amount of a drink the lists do
            // not name (a brand), told after a say verb in a sentence about drinking.
            else if k > 0
                && matches!(
                    w[k - 1],
                    "says" | "said" | "reports" | "reported" | "states"
                )
                && w.get(k + 1).is_some_and(|y| {
                    y.len() > 3
                        && y.ends_with('s')
                        && !matches!(
                            *y,
                            "times"
                                | "days"
                                | "nights"
                                | "weeks"
                                | "months"
                                | "years"
                                | "hours"
                                | "weekends"
                                | "evenings"
                                | "mornings"
                        )
                })
                && w[..k]
                    .iter()
                    .any(|y| matches!(*y, "drinking" | "alcohol" | "drink" | "booze" | "etoh"))
            {
                best = Some(best.map_or(n, |b| b.max(n)));
            }
            continue;
        };
        let unit = near[u];
        // "a fifth of vodka", "a litre of cider": a large container of drink is many
        // standard drinks (a fifth of spirits is about seventeen).
        if near[..u].iter().any(|y| {
            matches!(
                *y,
                "fifth"
                    | "fifths"
                    // A naggin (Irish, 200 ml) or a mickey (Canadian, 375 ml) of spirits is
                    // five to ten standard drinks, not one.
                    | "naggin"
                    | "naggins"
                    | "mickey"
                    | "mickeys"
                    | "handle"
                    | "handles"
                    | "litre"
                    | "litres"
                    | "liter"
                    | "liters"
                    | "magnum"
            )
        }) {
            n *= 10.0;
        }
        // "a pint of vodka": a pint of spirits is over a dozen standard drinks; so is "a pint
        // or better" of the moonshine the sentence names, with no "of" of its own.
        let spirit = |y: &&str| {
            matches!(
                *y,
                "vodka"
                    | "whisky"
                    | "whiskey"
                    | "gin"
                    | "rum"
                    | "tequila"
                    | "bourbon"
                    | "brandy"
                    | "spirits"
                    | "liquor"
                    | "scotch"
                    | "rye"
                    | "moonshine"
                    | "shine"
                    | "hooch"
            )
        };
        let pint_at = k + 1 + u;
        if matches!(unit, "pint" | "pints")
            && (w[pint_at + 1..(pint_at + 4).min(w.len())]
                .iter()
                .any(spirit)
                || w.get(pint_at + 1) != Some(&"of")
                    && w.iter()
                        .any(|y| matches!(*y, "moonshine" | "shine" | "hooch" | "liquor")))
        {
            n *= 10.0;
        }
        // A bottle is wine or spirits (five standard drinks or more) unless beer, cider or
        // lager is named beside it.
        if matches!(unit, "bottle" | "bottles")
            && !w[k..(k + 8).min(w.len())].iter().any(|y| {
                matches!(
                    *y,
                    "beer" | "beers" | "cider" | "ciders" | "lager" | "lagers" | "ale"
                )
            })
        {
            n *= 5.0;
        }
        // "she and her husband split a bottle of wine": shared, each drinks a part of it.
        if w[k.saturating_sub(2)..k].iter().any(|y| {
            matches!(
                *y,
                "split" | "splits" | "splitting" | "shared" | "shares" | "sharing"
            )
        }) {
            n /= 2.0;
        }
        best = Some(best.map_or(n, |b| b.max(n)));
    }
    best
}

/// Drinking occasions per week, if the sentence says ("a month" 0.25, "on Saturdays" 1,
/// "twice a week" 2, "most nights" 5, "every day" 7).
fn frequency(w: &[&str]) -> Option<f32> {
    let weekday = |x: &str| crate::risk::context::is_weekday(x) || PLURAL_DAYS.contains(&x);
    if w.iter().any(|x| matches!(*x, "daily" | "nightly"))
        || has_seq(w, &["every", "day"])
        || has_seq(w, &["every", "night"])
        || has_seq(w, &["every", "evening"])
        || has_seq(w, &["each", "night"])
        || has_seq(w, &["a", "day"])
        || has_seq(w, &["a", "night"])
        || has_seq(w, &["per", "night"])
        || has_seq(w, &["each", "day"])
        || has_seq(w, &["each", "evening"])
        || w.iter().any(|x| matches!(*x, "weeknights" | "weekdays"))
        || has_seq(w, &["per", "day"])
    {
        return Some(7.0);
    }
    // "after every shift": a working week's nights.
    if has_seq(w, &["every", "shift"]) || has_seq(w, &["each", "shift"]) {
        return Some(5.0);
    }
    if has_seq(w, &["most", "days"])
        || has_seq(w, &["most", "nights"])
        || has_seq(w, &["most", "evenings"])
    {
        return Some(5.0);
    }
    for (k, x) in w.iter().enumerate() {
        // "three times a week", "four nights a week".
        if matches!(w.get(k + 2), Some(&"a" | &"per"))
            && matches!(w.get(k + 3), Some(&"week"))
            && matches!(
                w.get(k + 1),
                Some(&("times" | "nights" | "days" | "evenings"))
            )
        {
            if let Some(n) = number(x) {
                return Some(n);
            }
        }
    }
    if has_seq(w, &["twice", "a", "week"]) {
        return Some(2.0);
    }
    if w.iter().any(|x| {
        matches!(
            *x,
            "month" | "monthly" | "year" | "yearly" | "months" | "fortnight" | "fortnightly"
        )
    }) {
        return Some(0.5);
    }
    if w.iter()
        .any(|x| matches!(*x, "week" | "weekly" | "weekend" | "weekends"))
        || w.iter().any(|x| weekday(x))
    {
        return Some(if w.contains(&"weekends") { 2.0 } else { 1.0 });
    }
    None
}

/// The clauses that tell the drinking: a frequency in a clause of its own ("a glass of wine
/// at the weekend and walks the dog most mornings") dates the walks, not the wine. Clauses end
/// at ";", "but", or an "and"/"," that opens another subject or verb; those that name no drink
/// are left out.
fn drink_clauses<'a>(w: &[&'a str], quoted: &[String]) -> Vec<&'a str> {
    let time_or_drink = |x: &str| {
        ALCOHOL.contains(&x)
            || DRINK_UNITS.contains(&x)
            || PLURAL_DAYS.contains(&x)
            || matches!(
                x,
                "weekends"
                    | "nights"
                    | "evenings"
                    | "mornings"
                    | "afternoons"
                    | "days"
                    | "times"
                    | "weeks"
                    | "units"
                    | "glasses"
                    | "sometimes"
                    | "is"
                    | "was"
                    | "has"
                    | "does"
                    | "less"
                    | "always"
            )
    };
    let opens_clause = |k: usize| {
        matches!(w[k], ";" | "but")
            || (matches!(w[k], "and" | ",")
                && w.get(k + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "he" | "she" | "they" | "i" | "we" | "he's" | "she's" | "they're" | "i'm"
                    ) || (n.len() > 3
                        && n.ends_with('s')
                        && !n.ends_with("ss")
                        && !time_or_drink(n))
                        // "no alcohol on weekdays and kept to two beers on Saturday".
                        || matches!(*n, "kept" | "stuck" | "had" | "went" | "stayed" | "limited")
                }))
    };
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..=w.len() {
        if k == w.len() || opens_clause(k) {
            let clause = &w[start..k];
            // The clauses of the client's own drinking: those holding a word the findings
            // quote ("his housemates are drinking most nights, but he's only had a pint").
            if clause.iter().any(|x| {
                (ALCOHOL.contains(x) || DRINK_UNITS.contains(x))
                    && (quoted.is_empty() || quoted.iter().any(|q| q == x))
            }) {
                out.extend_from_slice(clause);
            }
            start = k + 1;
        }
    }
    if out.is_empty() {
        w.to_vec()
    } else {
        out
    }
}

/// Whether a memo's sentences set a recovery context, in which any use is a lapse.
pub(crate) fn recovery_context(units: &[Vec<Tok>]) -> bool {
    // "Rehab clinic at the Heath ... six weeks since his heart attack": cardiac, stroke or
    // physical rehabilitation is no recovery from a substance.
    let medical_rehab = units.iter().any(|t| {
        let w = words(t);
        w.windows(2)
            .any(|x| x[0] == "heart" && matches!(x[1], "attack" | "failure" | "surgery" | "bypass"))
            || w.iter().any(|x| {
                matches!(
                    *x,
                    "cardiac"
                        | "stroke"
                        | "pulmonary"
                        | "physio"
                        | "physiotherapy"
                        | "orthopaedic"
                        | "orthopedic"
                        | "amputation"
                        | "spinal"
                )
            })
    });
    // "wrote your relapse plan together" in a memo about panic or low mood: the plan is the
    // illness's, no recovery from a substance.
    let mood_or_anxiety = units.iter().any(|t| {
        words(t).iter().any(|x| {
            matches!(
                *x,
                "panic"
                    | "anxiety"
                    | "anxious"
                    | "gad"
                    | "depression"
                    | "depressive"
                    | "phq"
                    | "ocd"
                    | "ptsd"
                    | "mood"
                    | "bipolar"
                    | "psychosis"
            )
        })
    });
    let illness_plan = |w: &[&str], k: usize| {
        mood_or_anxiety
            && matches!(w[k], "relapse" | "lapse")
            && matches!(
                w.get(k + 1).copied(),
                Some("plan" | "plans" | "prevention" | "signature" | "signs" | "blueprint")
            )
    };
    units.iter().any(|t| {
        let w = words(t);
        let w: Vec<&str> = if medical_rehab {
            w.into_iter().filter(|x| *x != "rehab").collect()
        } else {
            w
        };
        // "Good early recovery from gambling harm": a behavioural addiction's recovery is no
        // substance's, and leaves a glass of wine at a wedding within limits.
        if super::not_use::behavioural_only(t) {
            return false;
        }
        // "half his crew got pink slips", "slipped on the ice": a notice or a fall.
        // "she'll call if sleep slips", "his grades slipped", "a slip of the tongue": a
        // thing that slips, not a person's lapse.
        let fall_or_notice = |k: usize| {
            matches!(w[k], "slip" | "slips" | "slipped")
                && (k > 0
                    && matches!(
                        w[k - 1],
                        "pink"
                            | "pay"
                            | "payslip"
                            | "permission"
                            | "sleep"
                            | "mood"
                            | "grades"
                            | "marks"
                            | "routine"
                            | "routines"
                            | "appetite"
                            | "hygiene"
                            | "standards"
                            | "attendance"
                            | "schedule"
                            | "memory"
                            | "concentration"
                            | "focus"
                            | "performance"
                            | "diet"
                            | "things"
                            | "habits"
                            | "self-care"
                    )
                    || matches!(
                        w.get(k + 1).copied(),
                        Some(
                            "on" | "over"
                                | "down"
                                | "off"
                                | "a"
                                | "through"
                                | "of"
                                | "my"
                                | "his"
                                | "her"
                                | "their"
                                | "your"
                        )
                    )
                    || w.get(k + 1) == Some(&"and")
                        && matches!(
                            w.get(k + 2).copied(),
                            Some("fell" | "hurt" | "broke" | "twisted" | "landed" | "banged")
                        ))
        };
        (0..w.len()).any(|k| RECOVERY.contains(&w[k]) && !fall_or_notice(k) && !illness_plan(&w, k))
            || has_seq(&w, &["use", "disorder"])
            || has_seq(&w, &["in", "recovery"])
            || w.windows(2).any(|x| {
                x[1] == "clean"
                    && matches!(
                        x[0],
                        "been"
                            | "stayed"
                            | "staying"
                            | "stays"
                            | "days"
                            | "weeks"
                            | "months"
                            | "years"
                    )
            })
            // "AUD in early remission", not "MDD in partial remission".
            || (w.contains(&"remission")
                && w.iter().any(|x| {
                    ALCOHOL.contains(x)
                        || matches!(
                            *x,
                            "aud" | "oud" | "opioid" | "opioids" | "cannabis" | "substance"
                                | "substances" | "cocaine" | "heroin" | "stimulant" | "stimulants"
                        )
                }))
            || has_seq(&w, &["without", "a", "drink"])
            || has_seq(&w, &["last", "drink"])
    })
}

/// The NIAAA limits (drinks a day, drinks a week) for the sentence's subject: women's when
/// the sentence is about "she" or the sex is not said (the stricter reading).
fn limits(w: &[&str], memo_male: Option<bool>) -> (f32, f32) {
    // The sentence's own pronoun first; a sentence with none ("Drinks four cans at the
    // weekend") is about the memo's client, whose pronoun the memo gave first.
    match male(w.iter().copied()).or(memo_male) {
        Some(true) => (4.0, 14.0),
        _ => (3.0, 7.0),
    }
}

/// Whether the first third-person pronoun among the words is male (`None`: no pronoun).
fn male<'a>(mut w: impl Iterator<Item = &'a str>) -> Option<bool> {
    w.find_map(|x| {
        crate::risk::actors::third_person_sex(x).map(|g| g == crate::risk::actors::Gender::Male)
    })
}

/// The memo client's sex as its first third-person pronoun tells it, for sentences that
/// name no one ("Lives with his partner ... Drinks four cans at the weekend").
pub(crate) fn memo_client_male(units: &[Vec<Tok>]) -> Option<bool> {
    male(units.iter().flatten().map(|t| t.norm.as_str()))
}

/// The words with clock times taken out ("was home by ten", "until two", "at nine pm"): an
/// hour is no number of drinks.
fn clock_times_masked(w: Vec<&str>) -> Vec<&str> {
    (0..w.len())
        .map(|k| {
            let hour = number(w[k]).is_some()
                && (k > 0 && matches!(w[k - 1], "by" | "until" | "till" | "til" | "past")
                    || matches!(
                        w.get(k + 1),
                        Some(&("o'clock" | "pm" | "am" | "thirty" | "a.m." | "p.m."))
                    ));
            if hour {
                "hour"
            } else {
                w[k]
            }
        })
        .collect()
}

/// The words with a screen's score taken out ("his AUDIT today was four", "scored six on the
/// AUDIT-C"): a score is no larger number of drinks.
fn screen_scores_masked(w: Vec<&str>) -> Vec<&str> {
    let screen = |x: &str| {
        matches!(
            x,
            "audit" | "audit-c" | "score" | "scored" | "scores" | "scoring" | "cage" | "dast"
        )
    };
    // "AUDIT question three: ... six or more drinks": an item number is no score either,
    // and what follows it is read as said.
    let item = |k: usize| matches!(w.get(k + 1), Some(&("question" | "item" | "q")));
    (0..w.len())
        .map(|k| {
            // Within the score's own phrase: "AUDIT score two; one glass" keeps the glass.
            let from = (k.saturating_sub(4)..k)
                .rev()
                .find(|&j| matches!(w[j], "," | ";" | ":" | "." | "!" | "?"))
                .map_or(k.saturating_sub(4), |p| p + 1);
            let screen_before = w[from..k].iter().any(|x| screen(x))
                && !w[k.saturating_sub(4)..k]
                    .iter()
                    .enumerate()
                    .any(|(i, _)| item(k.saturating_sub(4) + i));
            if number(w[k]).is_some() && screen_before {
                "score"
            } else {
                w[k]
            }
        })
        .collect()
}

/// "asked about drinking, she said, a Coors on Sunday", "a Bud at the game": a capitalised
/// name right after an amount, in a sentence about drinking, is the drink's brand, counted
/// as one drink of it (a day, month or holiday name is a time, not a drink).
fn brands_as_drinks<'a>(toks: &[Tok], mut w: Vec<&'a str>) -> Vec<&'a str> {
    let about_drinking = w.iter().any(|x| {
        matches!(
            *x,
            "drinking" | "alcohol" | "drink" | "drinks" | "booze" | "etoh"
        )
    });
    if !about_drinking || toks.len() != w.len() {
        return w;
    }
    for k in 1..w.len() {
        let t = &toks[k];
        let time = crate::risk::context::is_weekday(w[k])
            || PLURAL_DAYS.contains(&w[k])
            || crate::text::MONTHS.contains(&w[k])
            || matches!(
                w[k],
                "christmas" | "easter" | "thanksgiving" | "eid" | "diwali" | "sabbath" | "mass"
            );
        // "not even a Sands": a drink named only to be denied stays a name.
        let denied = matches!(w[k - 1], "no")
            || k >= 2 && matches!(w[k - 2], "even" | "not" | "no" | "never");
        if t.capital
            && !t.caps
            && !t.punct
            && !time
            && !denied
            && number(w[k - 1]).is_some()
            && !ALCOHOL.contains(&w[k])
            && !DRINK_UNITS.contains(&w[k])
        {
            w[k] = "drink";
        }
    }
    w
}

/// Present substance-use findings about alcohol that state a low-risk quantity and frequency
/// with no AUDIT marker (outside a recovery context) become a denial when the sentence
/// frames them as no problem, was asked, or denies other use; else they are no item.
pub(crate) fn within_limits(
    toks: &[Tok],
    unit: Vec<Finding>,
    recovery: bool,
    memo_male: Option<bool>,
) -> Vec<Finding> {
    let candidate = |f: &Finding| {
        f.kind == RiskKind::SubstanceUse
            && f.concept == Concept::SubstanceUse
            && f.status == FindingStatus::Present
            && !f.attributes.double_negation
            && {
                let q = crate::risk::tokens::tokenize(&f.quote);
                // "the drink's nae an issue": the contraction's noun.
                q.iter()
                    .any(|t| ALCOHOL.contains(&t.norm.trim_end_matches("'s")))
            }
    };
    if recovery || !unit.iter().any(candidate) {
        return unit;
    }
    // Scots "nae" is "not" ("the drink's nae an issue").
    let w: Vec<&str> = words(toks)
        .into_iter()
        .map(|x| if x == "nae" { "not" } else { x })
        // "Drinking's a couple of Keith's on a Friday": the contraction's drink word.
        .map(|x| match x.strip_suffix("'s") {
            Some(stem) if ALCOHOL.contains(&stem) => stem,
            _ => x,
        })
        .collect();
    let w = brands_as_drinks(toks, w);
    // "Alcohol within limits, about six units a week": the clinician's own judgement that
    // the drinking is within the guidelines is the documented negative.
    // "a few beers with the crew but hasn't been drinking more than usual": drinking denied
    // to have risen above the client's usual is the same negative.
    let no_more_than_usual = (0..w.len().saturating_sub(2)).any(|k| {
        w[k] == "more"
            && w[k + 1] == "than"
            && matches!(
                w[k + 2],
                "usual" | "normal" | "normally" | "before" | "his" | "her"
            )
            && (w[k + 2] != "his" && w[k + 2] != "her" || w.get(k + 3) == Some(&"usual"))
            && w[k.saturating_sub(5)..k]
                .iter()
                .any(|x| matches!(*x, "not" | "no" | "never") || x.ends_with("n't"))
    });
    let no_more_than_usual = no_more_than_usual
        && quantity(&w).is_none_or(|q| q <= 4.0)
        && !w.iter().any(|x| RISK_MARKERS.contains(x));
    // "AUDIT was four, and she mostly drinks at her book club": drinking told beside a
    // negative AUDIT is the drinking that score measured as low risk.
    let screened_low = unit.iter().any(|f| {
        f.kind == RiskKind::SubstanceUse
            && f.concept == Concept::Screen
            && f.status == FindingStatus::Denied
    }) && !w.iter().any(|x| RISK_MARKERS.contains(x))
        && quantity(&w).is_none_or(|q| q <= 4.0);
    let within = no_more_than_usual
        || screened_low
        || ["limits", "guidelines"].iter().any(|x| {
            w.windows(2).any(|p| p[0] == "within" && p[1] == *x)
                || w.windows(3).any(|p| p[0] == "within" && p[2] == *x)
                // "within low-risk limits": a two-word qualifier.
                || w.windows(4).any(|p| p[0] == "within" && p[3] == *x)
        });
    if within {
        return unit
            .into_iter()
            .map(|mut f| {
                if f.kind == RiskKind::SubstanceUse
                    && f.concept == Concept::SubstanceUse
                    && f.status == FindingStatus::Present
                {
                    f.status = FindingStatus::Denied;
                    f.attributes.uncertain = false;
                }
                f
            })
            .collect();
    }
    // "maybe two glasses", "about three pints": a hedge before an amount approximates the
    // amount; it does not hedge a denial elsewhere in the sentence ("denies any drug use").
    let hedges: Vec<usize> = (0..w.len())
        .filter(|&k| matches!(w[k], "maybe" | "perhaps" | "probably"))
        .collect();
    let unit: Vec<Finding> = if !hedges.is_empty()
        && hedges
            .iter()
            .all(|&k| w.get(k + 1).is_some_and(|y| number(y).is_some()))
    {
        unit.into_iter()
            .map(|mut f| {
                if f.kind == RiskKind::SubstanceUse && f.attributes.uncertain {
                    f.attributes.uncertain = false;
                    if f.attributes.negated && f.status == FindingStatus::Present {
                        f.status = FindingStatus::Denied;
                    }
                }
                f
            })
            .collect()
    } else {
        unit
    };

    // Another present substance finding (a drug, a binge word, a blackout) keeps it all.
    if unit.iter().any(|f| {
        f.kind == RiskKind::SubstanceUse && f.status == FindingStatus::Present && !candidate(f)
    }) {
        return unit;
    }
    // "first since treatment", "since March", "after six months": a use told against a
    // stretch without it is a lapse.
    // "her first night out since the baby": a first outing, not a first drink.
    let outing = has_seq(&w, &["night", "out"]) || has_seq(&w, &["day", "out"]);
    // "her first in years": rarity, not a stretch of abstinence broken.
    let rare = w
        .windows(2)
        .any(|x| x[0] == "in" && matches!(x[1], "years" | "ages" | "decades" | "forever"))
        || has_seq(&w, &["in", "a", "long", "time"]);
    let lapse = !outing
        && !rare
        && w.iter().enumerate().any(|(k, x)| {
            // "since" told against a stretch without ("back on it since", "again since
            // rehab"), not a question's window ("asked about drinking since the storm") nor
            // a cause ("since it hits harder after the sleeve").
            (*x == "since"
                && (w[k.saturating_sub(4)..k]
                    .iter()
                    .any(|y| matches!(*y, "first" | "again" | "back"))
                    || w.get(k + 1).is_some_and(|y| {
                        matches!(
                            *y,
                            "rehab"
                                | "detox"
                                | "treatment"
                                | "quitting"
                                | "stopping"
                                | "getting"
                                | "going"
                                | "leaving"
                                | "discharge"
                        )
                    })))
                || *x == "first"
                    && w[k + 1..(k + 4).min(w.len())].iter().any(|y| {
                        ALCOHOL.contains(y) || matches!(*y, "since" | "one" | "drink" | "drinks")
                    })
                || *x == "after"
                    && w[k + 1..(k + 4).min(w.len())].iter().any(|y| {
                        matches!(
                            *y,
                            "days" | "weeks" | "months" | "years" | "week" | "month" | "year"
                        )
                    })
        });
    // "Drinks a lot less since starting testosterone, hasn't been drunk since the summer",
    // "cut the drinking right down, denies any binges": a reduction told with a denial of
    // risky use is that denial (FORMATS §4.2).
    // "cut down", "cut back", "cut it down", "cut the drinking right down".
    let reduced = w.iter().any(|x| matches!(*x, "less" | "fewer" | "reduced"))
        || (0..w.len()).any(|k| {
            w[k] == "cut"
                && (matches!(w.get(k + 1), Some(&("down" | "back")))
                    || w[k + 2..(k + 4).min(w.len())].contains(&"down"))
        });
    if reduced
        && unit
            .iter()
            .any(|f| f.kind == RiskKind::SubstanceUse && f.status == FindingStatus::Denied)
    {
        return unit
            .into_iter()
            .map(|mut f| {
                if candidate(&f) {
                    f.status = FindingStatus::Denied;
                    f.attributes.uncertain = false;
                }
                f
            })
            .collect();
    }
    // A marker inside a denial ("denies binge drinking") marks nothing.
    let denied: Vec<String> = unit
        .iter()
        .filter(|f| f.status == FindingStatus::Denied)
        .flat_map(|f| {
            crate::risk::tokens::tokenize(&f.quote)
                .into_iter()
                .map(|t| t.norm)
        })
        .collect();
    // A time of day marks the drinking only in its own clause ("wine at the weekend and
    // walks the dog most mornings" is no morning drinking).
    let quoted: Vec<String> = unit
        .iter()
        .filter(|f| candidate(f))
        .flat_map(|f| {
            crate::risk::tokens::tokenize(&f.quote)
                .into_iter()
                .map(|t| t.norm)
        })
        .collect();
    let clause = drink_clauses(&w, &quoted);
    // "and never drives after", "denied any binges when I asked", "nil binges" (a note's
    // "nil"): a marker the sentence negates marks nothing.
    // "breath no smell", "breath test negative", "levels clear": a marker its own next word
    // rules out marks nothing either.
    let negated_at = |k: usize| {
        w[k.saturating_sub(3)..k].iter().any(|y| {
            matches!(
                *y,
                "never" | "no" | "not" | "nil" | "denied" | "denies" | "deny" | "without"
            ) || y.ends_with("n't")
        }) || w.get(k + 1).is_some_and(|y| {
            matches!(
                *y,
                "no" | "nil" | "negative" | "clear" | "clean" | "normal" | "zero" | "nothing"
            )
        })
    };
    if lapse
        || w.iter().enumerate().any(|(k, x)| {
            RISK_MARKERS.contains(x)
                && !denied.iter().any(|d| d == x)
                && !negated_at(k)
                && (!matches!(*x, "morning" | "mornings") || clause.contains(x))
                // "had done a double shift and just crashed": sleep, not a collision; a
                // crash marks drinking with a vehicle or an "into" beside it.
                && (!matches!(*x, "crash" | "crashed")
                    || w[k.saturating_sub(4)..(k + 4).min(w.len())].iter().any(|y| {
                        matches!(
                            *y,
                            "car" | "van" | "truck" | "bike" | "motorbike" | "vehicle" | "into"
                                | "wheel" | "lorry" | "ute" | "pickup" | "quad" | "tractor"
                        )
                    }))
                // "danced till late": an hour, not lateness for work (AUDIT item 5).
                && (*x != "late"
                    || matches!(w.get(k + 1), Some(&("for" | "to")))
                    || k > 0 && matches!(w[k - 1], "in" | "running" | "arrived" | "was" | "were"))
        })
        // "been on the cider since the lay-off", "on the vodka again": "on the" before a
        // drink is the idiom of habitual drinking (the listed "on the booze" for any drink).
        // "his wife keeps finding bottles in the shed": drink hidden and found (concealment,
        // a marker of dependence).
        || (2..w.len()).any(|k| {
            let on_the = w[k - 2] == "on" && w[k - 1] == "the" && ALCOHOL.contains(&w[k]);
            let found = matches!(w[k], "bottles" | "empties" | "cans")
                && w[k.saturating_sub(3)..k]
                    .iter()
                    .any(|y| matches!(*y, "finding" | "finds" | "found" | "find" | "stashed"));
            // A marker someone else reports and the client denies is weighed by the denial.
            (on_the || found)
                && !w.iter().any(|x| matches!(*x, "denies" | "denied" | "deny"))
                && !w[k.saturating_sub(5)..k].iter().any(|x| {
                    matches!(*x, "denies" | "denied" | "deny" | "no" | "not" | "never" | "off")
                        || x.ends_with("n't")
                })
        })
        || RISK_PHRASES.iter().any(|p| {
            // "Denies drinking on the job": a marker inside a denial marks nothing.
            (0..w.len().saturating_sub(p.len() - 1)).any(|k| {
                w[k..k + p.len()] == **p
                    // "he's cut down to a couple of pints at the weekend": a reduction to a
                    // stated amount is no felt need to cut down; the amount is weighed.
                    && !(matches!(p[0], "cut" | "cutting") && w.get(k + p.len()) == Some(&"to"))
                    && !w[k.saturating_sub(5)..k].iter().any(|x| {
                        matches!(*x, "denies" | "denied" | "deny" | "no" | "not" | "never")
                            || x.ends_with("n't")
                    })
            })
        })
    {
        return unit;
    }
    let (per_day, per_week) = limits(&w, memo_male);
    // "AUDIT was six, a few pints": a screen score is no amount.
    let q = quantity(&screen_scores_masked(w.clone()));
    let f = frequency(&clause);
    // "went for drinks with the laid-off folks to say goodbye": an outing named by its
    // company or its going ("for drinks", "drinks with", "a drink with") is one occasion.
    let social = (0..w.len()).any(|k| gathering_at(&w, k)) || has_seq(&w, &["for", "drinks"])
        // "met his old teammates for beers on Friday".
        || has_seq(&w, &["for", "beers"])
        || has_seq(&w, &["for", "a", "beer"])
        || has_seq(&w, &["for", "a", "pint"])
        || has_seq(&w, &["for", "pints"])
        || has_seq(&w, &["for", "a", "glass"])
        || has_seq(&w, &["for", "a", "drink"])
        || has_seq(&w, &["drinks", "with"])
        || has_seq(&w, &["a", "drink", "with"]);
    // "drinks weekends only, small amounts", "drinks in moderation": an amount said to be
    // small, with no number; fewer than four days a week (AUDIT-C item 1) is checked above.
    let small_said = has_seq(&w, &["small", "amounts"])
        || has_seq(&w, &["small", "amount"])
        || has_seq(&w, &["in", "moderation"])
        || w.iter()
            .any(|x| matches!(*x, "moderately" | "lightly" | "sensibly"));
    let low = match (q, f) {
        // AUDIT-C item 1: four or more times a week is a marker whatever the amount.
        // A single drink most evenings within the weekly limit ("a glass of wine most
        // evenings to unwind") is within limits, as NIAAA counts it.
        (None, Some(f)) if f >= 4.0 => false,
        (Some(q), Some(f)) if f >= 4.0 => {
            let single_serve = w.iter().any(|x| {
                matches!(
                    *x,
                    "glass"
                        | "pint"
                        | "can"
                        | "nip"
                        | "dram"
                        | "stubby"
                        | "tinny"
                        | "half"
                        // "one small whisky every evening", "a wee nightcap".
                        | "small"
                        | "wee"
                        | "single"
                        | "tot"
                        | "nightcap"
                        | "snifter"
                )
            }) && !w.iter().any(|x| {
                matches!(
                    *x,
                    "fifth"
                        | "naggin"
                        | "mickey"
                        | "box"
                        | "carton"
                        | "litre"
                        | "liter"
                        | "bottle"
                        | "handle"
                        | "slab"
                        | "case"
                        | "crate"
                        | "goon"
                        | "cask"
                        | "flagon"
                        | "jug"
                        | "pitcher"
                        | "bucket"
                        | "large"
                        | "big"
                        | "double"
                        | "doubles"
                )
            });
            single_serve && q <= 1.0 && q * f <= per_week
        }
        (Some(q), _) if q > per_day => false,
        (Some(q), Some(f)) => q * f <= per_week,
        // "Only had a pint or two": one occasion, a small amount said as a ceiling.
        // "had a couple of beers afterward": one occasion of two drinks or fewer, no larger
        // number anywhere ("ten or more, is that bad?").
        (Some(q), None) => {
            (q <= 2.0
                && !clock_times_masked(screen_scores_masked(w.clone()))
                    .iter()
                    .any(|x| number(x).is_some_and(|n| n > 2.0)))
                // "a few beers on home weeks, no more than that": a ceiling said.
                || has_seq(&w, &["no", "more", "than"])
                || has_seq(&w, &["at", "most"])
                || social
                || (q <= 3.0 && w.iter().any(|x| COMPANY.contains(x)))
                || w.iter()
                    .any(|x| matches!(*x, "only" | "just" | "nothing" | "max" | "maximum"))
        }
        (None, Some(_)) => social || small_said,
        // An occasion in company with no amount and no marker ("went out for drinks with
        // her lab group", "a couple at the funeral") is no risky use (FORMATS §3).
        (None, None) => social || small_said,
    };
    // "he's barely drinking because the painkillers and beer don't mix": use said to be
    // next to none.
    // Not "barely drinking water, just vodka": the drink that is barely had must be the
    // alcohol itself.
    let minimal = w.windows(3).any(|x| {
        matches!(x[0], "barely" | "hardly" | "scarcely")
            && matches!(
                x[1],
                "drinking" | "drinks" | "drank" | "drink" | "touches" | "touched" | "touching"
            )
            && !matches!(
                x[2],
                "water" | "fluids" | "anything" | "enough" | "tea" | "coffee" | "juice" | "milk"
            )
    }) && !w.iter().any(|x| matches!(*x, "just" | "only" | "instead"));
    // "He was clear the drink's not an issue": the drinking said in plain words to be no
    // problem, with no amount, is the documented negative (an amount or a marker said with
    // it is weighed above).
    let no_problem_said = q.is_none()
        // "... not a problem, she said, though her husband found her passed out": a claim
        // the sentence turns against is no documented negative.
        && !w
            .iter()
            .any(|x| matches!(*x, "but" | "though" | "although" | "however" | "except" | "yet"))
        && NO_PROBLEM_SAID
            .iter()
            .chain(BELOW_RISK_LEVEL)
            .any(|p| has_seq(&w, p));
    if !(low || minimal || no_problem_said) {
        return unit;
    }
    // "only"/"just" frame the drinking as a ceiling when they bear on the amount ("only a
    // couple", "just the odd pint"), not as an adjective elsewhere ("which she said is the
    // only time she laughs").
    // Said after the occasion ("at weddings only", "on Saturdays only") it bears on it too.
    let after_occasion = |k: usize| {
        w[k.saturating_sub(3)..k].iter().any(|y| {
            SOCIAL.contains(y)
                || PLURAL_DAYS.contains(y)
                || ALCOHOL.contains(y)
                || DRINK_UNITS.contains(y)
                || matches!(*y, "weekends" | "weekend" | "drink" | "drinks")
        })
    };
    let ceiling = |k: usize| {
        after_occasion(k)
            || !(k > 0
                && matches!(
                    w[k - 1],
                    "the" | "her" | "his" | "their" | "my" | "an" | "a"
                ))
                && w[k + 1..(k + 5).min(w.len())].iter().any(|y| {
                    number(y).is_some()
                        || ALCOHOL.contains(y)
                        || DRINK_UNITS.contains(y)
                        || SOCIAL.contains(y)
                        || matches!(
                            *y,
                            "couple"
                                | "few"
                                | "odd"
                                | "had"
                                | "has"
                                | "have"
                                | "drinks"
                                | "drink"
                                | "drinking"
                                | "drank"
                                | "one"
                                | "once"
                                | "twice"
                                | "at"
                        )
                })
    };
    let framed = NO_PROBLEM.iter().chain(BELOW_RISK_LEVEL).any(|p| {
        if matches!(p, [x] if matches!(*x, "only" | "just")) {
            (0..w.len()).any(|k| w[k] == p[0] && ceiling(k))
        } else {
            has_seq(&w, p)
        }
    }) || unit.iter().any(|f| {
        f.kind == RiskKind::SubstanceUse
            && (f.attributes.asked || f.status == FindingStatus::Denied)
    });
    unit.into_iter()
        .filter_map(|mut f| {
            if !candidate(&f) {
                return Some(f);
            }
            framed.then(|| {
                f.status = FindingStatus::Denied;
                f.attributes.uncertain = false;
                f
            })
        })
        .collect()
}
