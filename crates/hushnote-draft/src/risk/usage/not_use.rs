//! **A bare substance noun** with no use verb, amount, frequency or problem word around it
//! ("asked about alcohol and other drugs", "psychoeducation on alcohol and sleep") is a topic,
//! not use; an abstinence frame covers the nouns in its scope ("abstinent from alcohol",
//! "alcohol-free"), and "off everything" is abstinence from all substances.

use crate::risk::tokens::Tok;

use super::lists::{ALCOHOL, NOUNS, RECOVERY, USE_EVIDENCE};
use super::{has_seq, number, words};

/// A substance noun that is not a use: inside an abstinence frame ("abstinent from alcohol",
/// "stay off drugs") the frame carries it; with no use verb, amount, frequency, time or problem
/// word anywhere in the sentence it is a topic ("asked about alcohol and other drugs").
pub(crate) fn not_use(toks: &[Tok], s: usize, e: usize) -> Option<NotUse> {
    let w = words(toks);
    // "the powwow was hard, lots of drinking in the parking lot", "the village has been hard
    // since, lots of drinking": a scene described, with no one doing it, is the setting's
    // drinking, not the client's ("he did a lot of drinking" names its drinker).
    if e == s + 1
        && matches!(w[s], "drinking" | "drugs" | "using" | "boozing" | "drug")
        && s >= 2
        && w[s - 1] == "of"
        && matches!(w[s - 2], "lots" | "lot" | "loads" | "heaps" | "plenty")
    {
        let q = if w[s - 2] == "lot" {
            s.saturating_sub(3)
        } else {
            s - 2
        };
        let opener = q.checked_sub(1).map_or(",", |p| w[p]);
        if matches!(opener, "," | ";" | ":" | "-") || q == 0 {
            return Some(NotUse::Topic);
        }
    }
    // "we were looking at the drinking and the sleep", "today we focus on his drinking",
    // "keeping the drinking where it is", "anger and drinking both well managed", "when the
    // drinking used to start": the drinking as what the work is on, or as it used to be, is
    // a treatment topic, not a use told (with no amount, lapse or binge in the sentence).
    if e == s + 1 && matches!(w[s], "drinking" | "using" | "boozing") {
        let k = if s >= 1 && matches!(w[s - 1], "the" | "his" | "her" | "their" | "my" | "your") {
            s - 1
        } else {
            s
        };
        let target = (k >= 2
            && w[k - 1] == "at"
            && matches!(w[k - 2], "look" | "looks" | "looked" | "looking"))
            || (k >= 2
                && w[k - 1] == "on"
                && matches!(
                    w[k - 2],
                    "focus"
                        | "focused"
                        | "focusing"
                        | "focuses"
                        | "work"
                        | "works"
                        | "worked"
                        | "working"
                ))
            // "keep drinking" is to go on drinking; "keeping the drinking where it is" is
            // the work on it: these verbs take the drinking with its determiner.
            || (k >= 1
                && k < s
                && matches!(
                    w[k - 1],
                    "address"
                        | "addressed"
                        | "addressing"
                        | "tackle"
                        | "tackled"
                        | "tackling"
                        | "target"
                        | "targeted"
                        | "targeting"
                        | "keeping"
                        | "keep"
                        | "managing"
                        | "manage"
                ));
        let after = &w[e..(e + 4).min(w.len())];
        let managed = after.windows(2).any(|x| {
            matches!(x[0], "well" | "both" | "now" | "all")
                && matches!(x[1], "managed" | "controlled")
        });
        let used_to = after.len() >= 2 && after[0] == "used" && after[1] == "to";
        let lapse = w.iter().any(|x| {
            matches!(
                *x,
                "again"
                    | "relapse"
                    | "relapsed"
                    | "binge"
                    | "binged"
                    | "drunk"
                    | "blackout"
                    | "blacked"
                    | "lapse"
                    | "lapsed"
                    | "slipped"
                    | "heavier"
                    | "more"
                    | "worse"
            ) || number(x).is_some()
        });
        if (target || managed || used_to) && !lapse {
            return Some(NotUse::Topic);
        }
    }
    // "she misses the wine at night", "missing his beers": longing for what is not had.
    if w[s..e]
        .iter()
        .all(|x| NOUNS.contains(x) || ALCOHOL.contains(x))
    {
        let k = if s >= 1 && matches!(w[s - 1], "her" | "his" | "their" | "my" | "the") {
            s - 1
        } else {
            s
        };
        if k >= 1 && matches!(w[k - 1], "misses" | "missing") {
            return Some(NotUse::Free);
        }
        // "he'll track his drinks on his phone", "logging her drinks in the app": the drinks
        // a client counts are the self-monitoring the plan sets, not a use told.
        if k >= 1
            && matches!(
                w[k - 1],
                "track"
                    | "tracks"
                    | "tracking"
                    | "tracked"
                    | "log"
                    | "logs"
                    | "logging"
                    | "logged"
                    | "count"
                    | "counts"
                    | "counting"
                    | "counted"
                    | "monitor"
                    | "monitors"
                    | "monitoring"
                    | "monitored"
                    | "record"
                    | "records"
                    | "recording"
                    | "tally"
            )
        {
            return Some(NotUse::Topic);
        }
    }
    // "gave up the sherry": a drink named is a substance noun too.
    let noun = |x: &str| NOUNS.contains(&x) || ALCOHOL.contains(&x);
    // "clean from the yayo": a one-word slang name right after "from the" too.
    let after_from_the =
        e == s + 1 && s >= 2 && w[s - 1] == "the" && matches!(w[s - 2], "from" | "off" | "of");
    // "quit the beer and the white liquor": a drink's own modifier before its noun.
    let modified = e > s + 1
        && noun(w[e - 1])
        && w[s..e - 1].iter().all(|x| {
            noun(x)
                || matches!(
                    *x,
                    "white" | "red" | "corn" | "cheap" | "hard" | "homemade" | "local" | "strong"
                )
        });
    if !w[s..e].iter().all(|x| noun(x)) && !after_from_the && !modified {
        return None;
    }
    // "abstinent from alcohol and cannabis", "sober off booze": the frame before the noun,
    // through a coordinated list (NOUNS holds its joints), its modifiers and its use gerunds
    // ("quit drinking and smoking weed").
    let mut j = s;
    while j > 0
        && (noun(w[j - 1])
            // "clean from the charlie and the drink": the list's first item, whatever its
            // slang, right after "from the".
            || (j >= 3 && w[j - 2] == "the" && matches!(w[j - 3], "from" | "off" | "of")
                && w.get(j).is_some_and(|x| matches!(*x, "and" | "or" | ",")))
            || matches!(
                w[j - 1],
                "the"
                    | "all"
                    | "any"
                    | "nor"
                    | "prescription"
                    | "illegal"
                    | "hard"
                    | "recreational"
                    // "clean off the pills and the fentanyl": pills no rule reads alone.
                    | "pills"
                    | "tablets"
                    | "gear"
            )
            || (matches!(
                w[j - 1],
                "smoking" | "using" | "taking" | "drinking" | "doing" | "injecting" | "snorting"
            ) && j >= 2
                && matches!(w[j - 2], "and" | "or" | "," | "quit" | "stopped" | "off")))
    {
        j -= 1;
    }
    let from = j >= 2 && matches!(w[j - 1], "from" | "of" | "off");
    // The lexicon's abstinence words carry the noun as their own mention.
    if from
        && matches!(
            w[j - 2],
            "abstinent" | "abstinence" | "abstaining" | "sober" | "sobriety" | "clean"
        )
    {
        return Some(NotUse::Covered);
    }
    // "staying off cannabis", "free of drugs", "avoids alcohol", "alcohol-free": the noun
    // is itself the abstinence.
    let kept_away =
        from && matches!(
            w[j - 2],
            "free"
                | "stay"
                | "stays"
                | "staying"
                | "stayed"
                | "away"
                | "keep"
                | "keeping"
                | "kept"
                | "remain"
                | "remains"
                | "remained"
                | "refrain"
                | "refraining"
                | "abstain"
        ) || j >= 1 && matches!(w[j - 1], "avoid" | "avoiding" | "avoids" | "without");
    // "gave up the sherry after her fall", "packed in the weed", "quit the vape": stopped.
    let given_up = (j >= 2
        && w[j - 1] == "up"
        && matches!(w[j - 2], "gave" | "given" | "giving" | "give" | "gives"))
        || (j >= 2
            && w[j - 1] == "in"
            && matches!(w[j - 2], "packed" | "packing" | "pack" | "jacked"))
        || (j >= 1
            && matches!(
                w[j - 1],
                "quit" | "quitting" | "quits" | "kicked" | "ditched"
            ));
    // "says he's done with the weed": finished with it.
    let done_with =
        j >= 2 && w[j - 1] == "with" && matches!(w[j - 2], "done" | "finished" | "through");
    if kept_away || done_with || given_up || w.get(e) == Some(&"free") {
        return Some(NotUse::Free);
    }
    let evidence = w.iter().enumerate().any(|(k, x)| {
        (k < s || k >= e)
            && (USE_EVIDENCE.contains(x)
                || x.ends_with("ing") && !matches!(*x, "during" | "regarding" | "including")
                || number(x).is_some()
                // "is on heroin", "back on the booze", not "a leaflet on alcohol".
                || (*x == "on"
                    && (k + 1 == s || k + 1 == j)
                    && k > 0
                    && (w[k - 1].ends_with("'s")
                        || matches!(
                            w[k - 1],
                            "is" | "was" | "are" | "were" | "been" | "back" | "still" | "went"
                                | "got" | "gets" | "currently" | "be"
                        )))
                || crate::risk::context::is_weekday(x))
    });
    // And a topic must be named as one: the object of "about", "regarding", "of", "on"
    // ("the leaflet on alcohol"), the "alcohol and other drugs" domain, or a sentence of
    // discussion, screening or teaching. "Drugs are involved" stays a use.
    let object = j >= 1
        && matches!(
            w[j - 1],
            "about" | "regarding" | "re" | "around" | "of" | "on"
        );
    let domain = has_seq(&w, &["other", "drugs"]) || has_seq(&w, &["other", "substances"]);
    let discussion = w.iter().any(|x| {
        matches!(
            *x,
            "discussed"
                | "discuss"
                | "discussing"
                | "discussion"
                | "reviewed"
                | "review"
                | "talked"
                | "talk"
                | "explained"
                | "psychoeducation"
                | "education"
                | "leaflet"
                | "handout"
                | "information"
                | "info"
                | "asked"
                | "screened"
                | "explored"
                | "covered"
                | "went"
                | "topic"
                | "topics"
                | "effects"
                | "risks"
        )
    });
    (!evidence && (object || domain || discussion)).then_some(NotUse::Topic)
}

/// Why a substance noun is not a use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotUse {
    /// Inside an abstinence frame ("abstinent from alcohol"): the frame's mention carries it.
    Covered,
    /// "alcohol-free", "staying off cannabis", "avoids alcohol": the noun is itself the
    /// abstinence.
    Free,
    /// Named as a topic, with nothing of use in the sentence.
    Topic,
}

/// "Been off everything since rehab", "staying off the lot": abstinence from all substances,
/// in a sentence about use or recovery.
pub(super) fn off_everything(w: &[&str]) -> Option<(usize, usize)> {
    let about_use = w.iter().any(|x| {
        RECOVERY.contains(x)
            || NOUNS[..NOUNS.len() - 4].contains(x)
            || matches!(
                *x,
                "od'd" | "overdose" | "overdosed" | "od" | "using" | "clean" | "drinking"
            )
    });
    if !about_use {
        return None;
    }
    (1..w.len()).find_map(|k| {
        (w[k] == "off"
            && matches!(
                w[k - 1],
                "been"
                    | "stayed"
                    | "staying"
                    | "stays"
                    | "is"
                    | "was"
                    | "remained"
                    | "kept"
                    | "keeps"
            )
            && matches!(w.get(k + 1), Some(&("everything" | "it" | "all")))
            && (w[k + 1] == "everything" || matches!(w.get(k + 2), Some(&("all" | "completely")))))
        .then_some((k - 1, k + 2))
    })
}

/// Words of a behavioural addiction or an eating disorder, whose lapses and abstinence are
/// no substance use (FORMATS §3: `substance_use` is a substance's use).
const BEHAVIOURAL: &[&str] = &[
    "gambling",
    "gamble",
    "gambled",
    "gambles",
    "gambler",
    "bet",
    "bets",
    "betting",
    "punt",
    "punting",
    "pokies",
    "slots",
    "casino",
    "bookies",
    "bookmaker",
    "bookmakers",
    "greyhounds",
    "scratchies",
    "wager",
    "wagers",
    "sportsbook",
    "porn",
    "pornography",
    "gaming",
    "purge",
    "purged",
    "purging",
    "restricting",
    // A relapse of a mood or psychotic illness ("early hypomanic relapse").
    "hypomanic",
    "hypomania",
    "manic",
    "mania",
    "psychotic",
    "psychosis",
    "depressive",
    "bipolar",
    "schizophrenia",
    "anorexia",
    "bulimia",
];

/// "He had a slip on Saturday and put three hundred dollars on the greyhounds", "sustained
/// abstinence from gambling": a lapse or abstinence told in a sentence about a behavioural
/// addiction, with no substance or drinking word, is not substance use.
pub(crate) fn behavioural_only(toks: &[Tok]) -> bool {
    let w = words(toks);
    (w.iter().any(|x| BEHAVIOURAL.contains(x)) || staked(&w)) && !names_substance(&w)
}

/// Whether a sentence has any word substance use is told with: a substance, drinking, a
/// recovery word, or a sign of use ("partying", "hungover", "a bender", "the pub"). The
/// learned net, in a memo, flags substance use only in such a sentence: it learned the
/// shape of relapse stories, and "poor sleep, up at three most nights" has that shape.
pub(crate) fn substance_cue(toks: &[Tok]) -> bool {
    let w = words(toks);
    names_substance(&w)
        || w.iter().any(|x| {
            RECOVERY.contains(x)
                || matches!(
                    *x,
                    "party"
                        | "parties"
                        | "partied"
                        | "partying"
                        | "binge"
                        | "binged"
                        | "binges"
                        | "bingeing"
                        | "binging"
                        | "bender"
                        | "blackout"
                        | "blackouts"
                        | "blacked"
                        | "hangover"
                        | "hungover"
                        | "wasted"
                        | "hammered"
                        | "buzzed"
                        | "stoned"
                        | "tipsy"
                        | "intoxicated"
                        | "overdose"
                        | "overdosed"
                        | "od"
                        | "od'd"
                        | "narcan"
                        | "naloxone"
                        | "dui"
                        | "dwi"
                        | "bar"
                        | "bars"
                        | "pub"
                        | "pubs"
                        | "dose"
                        | "doses"
                        | "dealer"
                        | "scored"
                        | "shots"
                        | "pint"
                        | "pints"
                        | "bottle"
                        | "bottles"
                        | "use"
                        | "used"
                        | "uses"
                )
                || ["inject", "snort", "smok", "vap", "toke"]
                    .iter()
                    .any(|s| x.starts_with(s))
        })
}

/// Whether the words name a substance or its use ("drinking", "pills", "the grog").
pub(crate) fn names_substance(w: &[&str]) -> bool {
    w.iter().any(|x| {
        // The lists' connectors and containers ("and", "other", "can", "glass") name no
        // substance.
        let container_or_connector = matches!(
            *x,
            "and"
                | "or"
                | ","
                | "other"
                | "street"
                | "illicit"
                | "glass"
                | "glasses"
                | "shot"
                | "shots"
                | "can"
                | "cans"
                | "bottle"
                | "bottles"
        );
        (!container_or_connector && (ALCOHOL.contains(x) || NOUNS.contains(x)))
            || matches!(
                *x,
                "drink"
                    | "drinks"
                    | "drinking"
                    | "drank"
                    | "drunk"
                    | "using"
                    | "drugs"
                    | "drug"
                    | "high"
                    | "pills"
                    | "substance"
                    | "substances"
                    | "piss"
                    | "grog"
                    | "sauce"
                    | "bevvy"
                    | "bevvies"
                    | "turps"
            )
    }) || w.windows(3).any(|x| {
        // "back on the ice, also he's been at the casino": a drug named by its street word
        // after "on the" (ice, crank, glass), which alone would be ambiguous.
        x[0] == "on"
            && x[1] == "the"
            && matches!(
                x[2],
                "ice" | "crank" | "glass" | "shard" | "pipe" | "gear" | "tina"
            )
    })
}

/// Money staked on something: "put eleven hundred dollars on the college games", "lost two
/// grand on the horses" (a sum of money, then "on" within a few words).
fn staked(w: &[&str]) -> bool {
    (0..w.len()).any(|k| {
        matches!(
            w[k],
            "put" | "puts" | "putting" | "staked" | "lost" | "losing" | "blew" | "dropped"
        ) && w[k + 1..(k + 6).min(w.len())]
            .iter()
            .position(|x| {
                matches!(
                    *x,
                    "dollars"
                        | "bucks"
                        | "pounds"
                        | "quid"
                        | "grand"
                        | "euros"
                        | "paycheck"
                        | "wages"
                        | "savings"
                )
            })
            .is_some_and(|p| w.get(k + 1 + p + 1) == Some(&"on"))
    })
}
