//! **Verb sense by frame** (selectional preference, as in word-sense disambiguation by
//! syntactic frame): bare "cut" is self-injury only intransitive or with a body, self, time,
//! manner or purpose after it ("cut again last night", "cut to cope", "cut on her thigh");
//! an object or a reduction ("cut screen time", "cut to two cups") is another sense.

use super::{singular, w};
use crate::risk::tokens::Tok;

/// Bare "cut"/"cuts"/"cutting" at `[s, e)`: the self-injury sense is intransitive or takes a
/// body or self, a time, a manner, a purpose or an instrument; a following object noun, a
/// particle or a reduction ("to two cups", "to under an hour") is another sense.
pub(crate) fn cut_other_sense(toks: &[Tok], s: usize, e: usize) -> bool {
    if e != s + 1 || !matches!(w(toks, s), "cut" | "cuts" | "cutting") {
        return false;
    }
    // "the long way to avoid the Ridge Cut": a capitalised "Cut" after a capitalised word
    // is part of a place's name.
    if toks[s].capital
        && s > 0
        && toks[s - 1].capital
        && !toks[s - 1].punct
        && w(toks, s - 1) != "i"
    {
        return true;
    }
    // "identified two expenses to cut", "corners to cut": an infinitive after a plural noun
    // that is no urge takes that noun as its object ("urges to cut" stays the act).
    if s >= 2 && w(toks, s) == "cut" && w(toks, s - 1) == "to" {
        let head = w(toks, s - 2);
        let urge = matches!(
            head,
            "urges"
                | "impulses"
                | "needs"
                | "thoughts"
                | "cravings"
                | "temptations"
                | "desires"
                | "compulsions"
                | "times"
                | "ways"
                | "places"
                | "tools"
                | "things"
                | "blades"
                | "razors"
        );
        // Only a counted or determined noun ("two expenses", "the costs"), never a verb
        // ("wants to cut").
        let determined = s >= 3
            && (matches!(
                w(toks, s - 3),
                "the"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "some"
                    | "few"
                    | "more"
                    | "any"
                    | "those"
                    | "these"
                    | "which"
                    | "what"
                    | "several"
                    | "many"
                    | "other"
            ) || {
                let n = w(toks, s - 3);
                !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
            });
        if determined
            && head.len() > 3
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !urge
            && !toks[s - 2].punct
        {
            return true;
        }
    }
    // "Mum's fears about cutting came up", "her cuts healed": a noun, read as the act
    // unless an object or particle follows ("talked about cutting back").
    let noun = s > 0
        && matches!(
            w(toks, s - 1),
            "about"
                | "of"
                | "regarding"
                | "re"
                | "around"
                | "her"
                | "his"
                | "their"
                | "my"
                | "your"
                | "new"
                | "fresh"
                | "recent"
                | "more"
        );
    // "fresh cuts of lamb", "new cuts to the budget", "cuts in funding": a cut of something
    // or to something that is no body ("cuts to her forearm" stays an injury).
    let next = w(toks, e);
    let after = w(toks, e + 1);
    let owned = matches!(after, "her" | "his" | "their" | "my" | "your" | "both");
    if matches!(w(toks, s), "cuts")
        && (next == "of" || matches!(next, "to" | "in" | "across") && !owned)
    {
        return true;
    }
    // "came after a fall from the pousse-pousse, and a cut on the forehead": a wound named as
    // a noun in a sentence that tells an accident is the accident's.
    let accident_wound = s > 0
        && matches!(w(toks, s - 1), "a" | "the")
        && toks.iter().enumerate().any(|(k, t)| {
            // Not "the fall-out with her mum".
            !toks.get(k + 1).is_some_and(|n| n.is("out"))
                && matches!(
                    t.norm.as_str(),
                    "fall"
                        | "fell"
                        | "falling"
                        | "tripped"
                        | "slipped"
                        | "crash"
                        | "crashed"
                        | "accident"
                        | "collision"
                        | "stitched"
                        | "stitches"
                )
        })
        && !told_self_made(toks, false);
    if accident_wound {
        return true;
    }
    // "small cut on forehead, sutured": a cut on the head or face (a fall's or a fight's
    // wound; self-cutting is on the arms and legs) is an injury, unless told as self-made.
    let part = if matches!(after, "the" | "her" | "his" | "their" | "my" | "your") {
        w(toks, e + 2)
    } else {
        after
    };
    let on_head = matches!(next, "on" | "to" | "above" | "over" | "under")
        && matches!(
            part.trim_end_matches('s'),
            "forehead"
                | "scalp"
                | "chin"
                | "eyebrow"
                | "lip"
                | "head"
                | "nose"
                | "cheek"
                | "brow"
                | "temple"
                | "ear"
        )
        && !told_self_made(toks, true);
    if on_head {
        return true;
    }
    // "she'll not see it cut", "had it cut short", "wants them cut down": a thing made or
    // seen cut by someone else (a participle after the object of a verb of seeing or causing).
    let thing_cut = s >= 2
        && w(toks, s) == "cut"
        && matches!(w(toks, s - 1), "it" | "them" | "this" | "that")
        && matches!(
            w(toks, s - 2),
            "see"
                | "saw"
                | "seen"
                | "watch"
                | "watched"
                | "have"
                | "had"
                | "has"
                | "get"
                | "got"
                | "let"
                | "want"
                | "wants"
                | "wanted"
                | "need"
                | "needs"
                | "needed"
        );
    // "He still gets hot in the chow line when somebody cuts": anyone's cutting, told with no
    // object, is cutting in line; self-injury has a person of one's own as its subject.
    let queue_jump = s > 0
        && matches!(
            w(toks, s - 1),
            "somebody" | "someone" | "anybody" | "anyone" | "people" | "nobody" | "everybody"
        )
        && !matches!(
            w(toks, e),
            "herself" | "himself" | "themselves" | "themself" | "myself" | "yourself"
        );
    if queue_jump {
        return true;
    }
    // "since the quota cut", "a pay cut", "the job cuts": a reduction named by what was
    // reduced.
    let reduction = s > 0
        && matches!(
            w(toks, s - 1),
            "pay"
                | "budget"
                | "funding"
                | "quota"
                | "quotas"
                | "job"
                | "jobs"
                | "wage"
                | "wages"
                | "hours"
                | "price"
                | "tax"
                | "benefit"
                | "benefits"
                | "staff"
                | "staffing"
                | "rate"
                | "service"
                | "services"
                | "power"
                | "salary"
                | "pension"
                | "rota"
                | "shift"
                | "shifts"
                | "spending"
                | "welfare"
                | "council"
                | "government"
                | "federal"
                | "grant"
                | "program"
                | "programme"
        );
    // "after he's done cutting" (the hay, the day's work): a task finished, told with no
    // object; "she's got forty king salmon to cut", "wood to cut": a thing one has to cut.
    let task_done = s > 0
        && matches!(w(toks, s), "cutting")
        && matches!(w(toks, s - 1), "done" | "finished" | "finishes" | "finish");
    // "added peat cutting for May", "the silage cutting", "cost cutting": a work named by
    // what is cut (a crop, a material, a cost) is that work.
    let work = s > 0
        && matches!(w(toks, s), "cutting" | "cut")
        && matches!(
            w(toks, s - 1),
            "peat"
                | "turf"
                | "grass"
                | "hay"
                | "silage"
                | "wood"
                | "hedge"
                | "tree"
                | "timber"
                | "stone"
                | "tile"
                | "metal"
                | "steel"
                | "glass"
                | "paper"
                | "ribbon"
                | "cake"
                | "cost"
                | "corner"
                | "coupon"
                | "hair"
                | "meat"
                | "fish"
                | "film"
                | "sheep"
                | "key"
        );
    // "one minute madam, auto is cutting", "the line keeps cutting out": a vehicle, a line or
    // a supply that cuts in or out.
    let machine = s >= 2
        && matches!(w(toks, s), "cutting" | "cuts")
        && matches!(
            w(toks, s - 1),
            "is" | "was" | "keeps" | "kept" | "keep" | "'s"
        )
        && matches!(
            w(toks, s - 2),
            "auto"
                | "rickshaw"
                | "tuk-tuk"
                | "car"
                | "bus"
                | "truck"
                | "lorry"
                | "van"
                | "taxi"
                | "driver"
                | "line"
                | "signal"
                | "call"
                | "connection"
                | "power"
                | "current"
                | "phone"
                | "engine"
                | "motor"
                | "video"
                | "audio"
                | "internet"
                | "wifi"
                | "screen"
                | "sound"
                | "mic"
        );
    if thing_cut || reduction || task_done || work || machine || thing_to_cut(toks, s) {
        return true;
    }
    if noun && !object_follows(toks, e) {
        return false;
    }
    !cut_risk_frame(toks, e)
}

/// "has forty king salmon to cut", "got the hedges to cut": "to cut" after the object of a
/// verb of having, unless that object is a pull towards the act ("has the urge to cut").
fn thing_to_cut(toks: &[Tok], s: usize) -> bool {
    if s < 3 || w(toks, s) != "cut" || w(toks, s - 1) != "to" {
        return false;
    }
    let lo = s.saturating_sub(6);
    let Some(h) = (lo..s - 2)
        .rev()
        .find(|&j| matches!(w(toks, j), "got" | "has" | "have" | "had" | "having"))
    else {
        return false;
    };
    !toks[h + 1..s - 1].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "urge"
                | "urges"
                | "need"
                | "impulse"
                | "impulses"
                | "desire"
                | "temptation"
                | "compulsion"
                | "thoughts"
                | "thought"
                | "wish"
                | "plan"
                | "plans"
                | "nothing"
                | "something"
                | "tools"
                | "razor"
                | "blade"
                | "blades"
                | "knife"
                | "way"
                | "reason"
                | "right"
                | "time"
                | "chance"
                | "opportunity"
                | "place"
                | "privacy"
        ) || t.punct
            || crate::risk::actors::is_weapon(&t.norm)
    })
}

/// An object or particle after a verb: a determiner, a pronoun, a particle, a number or an
/// idiomatic object ("cutting back", "cutting the grass", "cutting class").
fn object_follows(toks: &[Tok], e: usize) -> bool {
    let n = w(toks, e);
    matches!(
        n,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "my"
            | "their"
            | "your"
            | "its"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "any"
            | "it"
            | "them"
            | "him"
            | "me"
            | "us"
            | "back"
            | "down"
            | "out"
            | "off"
            | "up"
            | "short"
            | "loose"
            | "ahead"
            | "through"
            | "across"
            | "class"
            | "classes"
            | "school"
            | "ties"
            | "corners"
            | "costs"
            | "remarks"
            | "comments"
            | "board"
            | "edge"
            | "words"
            | "hair"
            | "in"
    ) || (is_number(n) && !matches!(n, "once" | "twice"))
        || (n.ends_with("ing") && n.len() > 5)
}

/// Time words after a verb ("cut again last night", "cutting most days").
fn is_time(n: &str) -> bool {
    crate::risk::context::is_weekday(n)
        || matches!(
            n,
            "again"
                | "last"
                | "yesterday"
                | "today"
                | "tonight"
                | "recently"
                | "lately"
                | "since"
                | "every"
                | "each"
                | "daily"
                | "nightly"
                | "weekly"
                | "most"
                | "twice"
                | "once"
                | "several"
                | "many"
                | "often"
                | "sometimes"
                | "occasionally"
                | "regularly"
                | "repeatedly"
                | "more"
                | "less"
                | "anymore"
                | "before"
                | "after"
                | "during"
                | "while"
                | "when"
                | "whenever"
                | "until"
                | "till"
                | "over"
                | "night"
                | "nights"
                | "morning"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "years"
                | "months"
                | "weeks"
                | "days"
                | "ago"
                | "now"
                | "still"
                | "then"
                | "at"
                | "in"
                | "deep"
                | "deeper"
                | "hard"
                | "badly"
                | "bad"
                | "superficially"
                | "lightly"
                | "secretly"
                | "alone"
        )
}

/// Number words: "cut to two cups" is a reduction, "cut three times" is not.
fn is_number(n: &str) -> bool {
    n.chars().all(|c| c.is_ascii_digit())
        || matches!(
            n,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "half"
                | "zero"
                | "a"
                | "an"
                | "under"
                | "below"
                | "less"
                | "fewer"
                | "no"
                | "none"
                | "nothing"
                | "just"
                | "only"
                | "about"
                | "around"
                | "once"
                | "twice"
        )
}

/// Purpose verbs after "cut to" ("cut to cope", "cutting to feel something").
fn is_purpose(n: &str) -> bool {
    matches!(
        n,
        "cope"
            | "feel"
            | "calm"
            | "relieve"
            | "release"
            | "numb"
            | "punish"
            | "manage"
            | "deal"
            | "get"
            | "stop"
            | "make"
            | "distract"
            | "escape"
            | "quiet"
            | "focus"
            | "control"
            | "regulate"
            | "die"
            | "hurt"
            | "see"
            | "ground"
            | "soothe"
            | "forget"
            | "avoid"
            | "try"
            | "handle"
            | "express"
            | "show"
            | "vent"
    )
}

fn cut_risk_frame(toks: &[Tok], e: usize) -> bool {
    // Self or a body within a few words ("cut deep into her left thigh", "cut three lines on
    // her arm", "cutting on herself").
    let near = &toks[e..(e + 6).min(toks.len())];
    let stop = near.iter().position(|t| t.punct).unwrap_or(near.len());
    // "cut hand washing to under an hour": a body word that names a routine with the noun
    // after it is no body cut.
    let routine = |i: usize| {
        near.get(i + 1).is_some_and(|x| {
            matches!(
                x.norm.as_str(),
                "washing"
                    | "wash"
                    | "washes"
                    | "sanitiser"
                    | "sanitizer"
                    | "sanitising"
                    | "sanitizing"
                    | "cream"
                    | "lotion"
                    | "gel"
                    | "checking"
                    | "rituals"
                    | "ritual"
            )
        })
    };
    if near[..stop].iter().enumerate().any(|(i, t)| {
        t.norm.ends_with("self")
            || t.norm.ends_with("selves")
            || (crate::risk::frames::is_body(&t.norm)
                || crate::risk::frames::is_body(singular(&t.norm)))
                && !routine(i)
    }) {
        return true;
    }
    let Some(t) = toks.get(e) else {
        return true;
    };
    let n = t.norm.as_str();
    if t.punct {
        return true;
    }
    match n {
        // "cut to cope" (purpose); "cut to two cups", "cut to under an hour" (reduction).
        "to" => {
            let m = w(toks, e + 1);
            !is_number(m)
                && (is_purpose(m) || !matches!(m, "the" | "a" | "his" | "her"))
                && !toks
                    .get(e + 2)
                    .is_some_and(|x| is_number(&x.norm) && is_number(m))
        }
        // "cut in line", "cut in half", "cut in front".
        "in" => !matches!(
            w(toks, e + 1),
            "line" | "half" | "front" | "two" | "pieces" | "thirds" | "quarters"
        ),
        "and" => !matches!(w(toks, e + 1), "paste" | "pasted" | "dried" | "run"),
        "with" | "on" | "for" | "because" | "but" | "or" | "as" | "though" | "although"
        | "since" | "if" | "which" | "where" | "whenever" | "when" => true,
        // "cut that night", "cutting the night before": a determiner before a time noun.
        // "the mine cut the night shift": a time word naming a shift or a service is an
        // object.
        "that" | "this" | "the" | "one" | "some"
            if matches!(
                w(toks, e + 2),
                "shift"
                    | "shifts"
                    | "bus"
                    | "buses"
                    | "train"
                    | "trains"
                    | "class"
                    | "classes"
                    | "service"
                    | "services"
                    | "crew"
                    | "staff"
                    | "show"
                    | "shows"
                    | "ferry"
                    // "cutting the afternoon coffee", "cut the evening snack": a time word
                    // naming what is had then is an object, cut down.
                    | "coffee"
                    | "coffees"
                    | "tea"
                    | "teas"
                    | "snack"
                    | "snacks"
                    | "nap"
                    | "naps"
                    | "caffeine"
                    | "soda"
                    | "sodas"
                    | "coke"
                    | "drink"
                    | "drinks"
                    | "meal"
                    | "dessert"
                    | "cigarette"
                    | "cigarettes"
                    | "smoke"
                    | "screen"
                    | "news"
                    | "walk"
                    | "session"
                    | "call"
                    | "commute"
            ) =>
        {
            false
        }
        "that" | "this" | "the" | "one" | "some" => matches!(
            w(toks, e + 1),
            "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "day"
                | "week"
                | "weekend"
                | "time"
                | "same"
                | "next"
                | "following"
                | "previous"
                | "other"
        ),
        // A gerund or plural subject ("cutting was how she coped", "the cuts look infected").
        _ if GERUND_VERBS.contains(&n) => true,
        // "cutting a lot", "cut a few times", "cut pretty deep".
        // "cut a week ago", "cut a fortnight back": a span before "ago" is a time.
        "a" | "an" => {
            matches!(w(toks, e + 1), "lot" | "bit" | "few" | "little" | "couple")
                || matches!(w(toks, e + 2), "ago" | "back")
        }
        "pretty" | "really" | "very" | "so" | "quite" | "too" | "even" | "properly" | "just"
        | "only" | "barely" | "almost" | "nearly" => true,
        // A risk-content head: "cutting behaviour", "cutting episodes", "cutting scars".
        _ if RISK_HEADS.contains(&n) => true,
        _ => {
            is_time(n) || (n.ends_with("ly") && n.len() > 4) || {
                // "cut 3 times", "cut three nights in a row".
                is_number(n)
                    && !matches!(n, "a" | "an" | "no" | "just" | "only" | "about" | "around")
                    && matches!(
                        w(toks, e + 1),
                        "times"
                            | "nights"
                            | "days"
                            | "weeks"
                            | "more"
                            | "occasions"
                            | "episodes"
                            | "lines"
                            | "cuts"
                    )
            }
        }
    }
}

/// Verbs after "cutting"/"cuts" as a subject: the act is what the sentence is about.
const GERUND_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "have",
    "are",
    "were",
    "'s",
    "helps",
    "helped",
    "help",
    "started",
    "starts",
    "began",
    "begins",
    "increased",
    "increases",
    "decreased",
    "stopped",
    "became",
    "becomes",
    "continues",
    "continued",
    "happened",
    "happens",
    "got",
    "gets",
    "seems",
    "seemed",
    "feels",
    "felt",
    "makes",
    "made",
    "would",
    "will",
    "can",
    "could",
    "might",
    "may",
    "look",
    "looks",
    "looked",
    "heal",
    "healed",
    "healing",
    "bled",
    "bleed",
    "bleeding",
    "scarred",
    "need",
    "needed",
    "needs",
    "gives",
    "gave",
    "calms",
    "calmed",
    "works",
    "worked",
    "resumed",
    "returned",
    "escalated",
    "worsened",
    "stays",
    "stayed",
    "remains",
    "remained",
    "did",
    "does",
    "do",
];

/// Heads that keep "cutting"/"cuts" risk content ("her cutting behaviour", "cutting urges").
const RISK_HEADS: &[&str] = &[
    "behaviour",
    "behavior",
    "behaviours",
    "behaviors",
    "episode",
    "episodes",
    "urge",
    "urges",
    "scars",
    "scar",
    "marks",
    "wounds",
    "history",
    "habit",
    "incident",
    "incidents",
    "thoughts",
    "injuries",
    "lines",
    "tools",
    "kit",
    "stash",
];

/// Whether the sentence tells a wound as self-made ("herself", "on purpose"); `tools` adds
/// the words of self-cutting's tools and names ("razor", "self-inflicted", "NSSI").
fn told_self_made(toks: &[Tok], tools: bool) -> bool {
    toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "herself"
                | "himself"
                | "themselves"
                | "myself"
                | "purpose"
                | "deliberately"
                | "deliberate"
                | "intentional"
                | "intentionally"
        ) || tools
            && matches!(
                t.norm.as_str(),
                "self-harm" | "razor" | "blade" | "self-inflicted" | "inflicted" | "nssi"
            )
    })
}
