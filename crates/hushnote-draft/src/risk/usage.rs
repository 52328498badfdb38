//! Substance use read by its published definitions, and intrusive harm thoughts named as such.
//!
//! FORMATS §3 makes `substance_use` *current risky use*, not any mention of a drink. The rules
//! here read a sentence the way the screening instruments do:
//! - **Low-risk drinking** (NIAAA, "Rethinking Drinking": no more than 4 drinks a day and 14 a
//!   week for men, 3 and 7 for women) stated as a quantity and frequency with no AUDIT marker
//!   of risky use is no present item; it is a denial when the memo frames it as no problem.
//!   AUDIT/AUDIT-C markers keep it present: binge amounts (item 3: six or more), daily or
//!   almost daily drinking (item 1), blackouts (item 8), morning drinking (item 6), failed
//!   duties (item 5), injury (item 9), others concerned (item 10), drink-driving.
//! - **Recovery context** (sober, clean, abstinent, in recovery, a use disorder, a lapse, a
//!   sponsor, rehab): there any use is a lapse and stays present (Marlatt's relapse model); a
//!   use "after fourteen months clean" ends the abstinence it names.
//! - **DSM-5 remission specifiers** ("alcohol use disorder, in early remission", "on
//!   maintenance therapy") make a diagnosis history, not current use.
//! - **A bare substance noun** with no use verb, amount, frequency or problem word around it
//!   ("asked about alcohol and other drugs", "psychoeducation on alcohol and sleep") is a topic,
//!   not use; an abstinence frame covers the nouns in its scope ("abstinent from alcohol",
//!   "alcohol-free").
//! - **Blackouts** (AUDIT item 8, "unable to remember what happened the night before because
//!   you had been drinking") however worded: "couldn't remember getting home", "no memory of
//!   the drive home", "doesn't remember the end of it" after drinking.
//! - **Intrusive harm thoughts** named by their clinical label ("ego-dystonic intrusive harm
//!   thoughts", "unwanted thoughts of hurting the baby"): harm to others, present with review,
//!   never homicidal (FORMATS §3, perinatal and harm OCD).

use super::lexicon::Concept;
use super::tokens::Tok;
use super::{Finding, FindingStatus, RiskKind};

/// A mention found here, before its ConText attributes are read.
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub concept: Concept,
    pub kind: RiskKind,
}

/// Alcohol named as a drink (a low-risk reading only ever applies to these).
const ALCOHOL: &[&str] = &[
    "alcohol",
    "beer",
    "beers",
    "wine",
    "wines",
    "vodka",
    "whisky",
    "whiskey",
    "liquor",
    "tequila",
    "rum",
    "booze",
    "bourbon",
    "gin",
    "cider",
    "ciders",
    "lager",
    "lagers",
    "ale",
    "ales",
    "pint",
    "pints",
    "stubby",
    "stubbies",
    "schooner",
    "schooners",
    "tinnies",
    "prosecco",
    "champagne",
    "cocktail",
    "cocktails",
    "spirits",
    "drink",
    "drinks",
    "drank",
    "drinking",
    "drinker",
    "glass",
    "glasses",
    "shot",
    "shots",
    "can",
    "cans",
    "bottle",
    "bottles",
];

/// Containers that are a drink only with a quantity ("two pints", "a couple of stubbies").
const DRINK_UNITS: &[&str] = &[
    "units",
    "pint",
    "pints",
    "stubby",
    "stubbies",
    "schooner",
    "schooners",
    "tinnies",
    "tinny",
    "shots",
    "drinks",
    "beers",
    "glasses",
    "cans",
    "bottles",
    "ciders",
    "lagers",
    "cocktails",
    "wines",
];

/// Wine by its colour or slang ("a bottle of red").
const WINE: &[&str] = &[
    "red", "white", "rose", "rosé", "plonk", "bubbly", "fizz", "vino",
];

/// Substance nouns (the lexicon's named drugs and drinks): a bare one is a topic.
const NOUNS: &[&str] = &[
    "alcohol",
    "beer",
    "beers",
    "wine",
    "vodka",
    "whisky",
    "whiskey",
    "liquor",
    "tequila",
    "rum",
    "booze",
    "bourbon",
    "cannabis",
    "marijuana",
    "weed",
    "cocaine",
    "crack",
    "meth",
    "methamphetamine",
    "heroin",
    "fentanyl",
    "opioid",
    "opioids",
    "opiate",
    "opiates",
    "ketamine",
    "mdma",
    "ecstasy",
    "lsd",
    "shrooms",
    "psilocybin",
    "kratom",
    "inhalant",
    "inhalants",
    "edibles",
    "benzos",
    "drug",
    "drugs",
    "substance",
    "substances",
    "illicit",
    "street",
    "other",
    "and",
    "or",
    ",",
];

/// Words that make a substance noun a use: verbs of use and getting, amounts, frequencies,
/// times, and problem, intoxication or test words.
const USE_EVIDENCE: &[&str] = &[
    "drink",
    "drinks",
    "drank",
    "drinking",
    "drunk",
    "use",
    "uses",
    "used",
    "using",
    "user",
    "smoke",
    "smokes",
    "smoked",
    "smoking",
    "took",
    "take",
    "takes",
    "taking",
    "had",
    "has",
    "have",
    "having",
    "snort",
    "snorts",
    "snorted",
    "snorting",
    "inject",
    "injects",
    "injected",
    "injecting",
    "vape",
    "vapes",
    "vaped",
    "vaping",
    "tried",
    "try",
    "trying",
    "did",
    "does",
    "doing",
    "bought",
    "buying",
    "buys",
    "scored",
    "picked",
    "mixing",
    "mixed",
    "mixes",
    "got",
    "gets",
    "getting",
    "high",
    "stoned",
    "back",
    "again",
    "relapse",
    "relapsed",
    "binge",
    "binges",
    "binged",
    "sharing",
    "shared",
    "sipping",
    "downed",
    "necked",
    "finished",
    "hit",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "couple",
    "few",
    "several",
    "some",
    "lots",
    "bit",
    "little",
    "bottle",
    "bottles",
    "glass",
    "glasses",
    "pint",
    "pints",
    "can",
    "cans",
    "gram",
    "grams",
    "line",
    "lines",
    "joint",
    "joints",
    "daily",
    "nightly",
    "weekly",
    "every",
    "most",
    "each",
    "times",
    "weekend",
    "weekends",
    "week",
    "month",
    "night",
    "nights",
    "day",
    "days",
    "morning",
    "evening",
    "tonight",
    "yesterday",
    "last",
    "occasionally",
    "socially",
    "sometimes",
    "often",
    "regularly",
    "problem",
    "problems",
    "issue",
    "issues",
    "concern",
    "concerns",
    "struggle",
    "struggles",
    "struggling",
    "addicted",
    "addiction",
    "hooked",
    "dependent",
    "dependence",
    "withdrawal",
    "withdrawals",
    "tolerance",
    "induced",
    "related",
    "poisoning",
    "level",
    "levels",
    "breath",
    "smell",
    "smells",
    "smelled",
    "smelt",
    "positive",
    "choice",
    "habit",
    "spree",
    "bender",
    "heavy",
    "heavily",
    "excessive",
    "excess",
    "increased",
    "increasing",
    "escalating",
    "escalated",
    "much",
    "lot",
    "amount",
    "amounts",
    "system",
    "intoxicated",
    "still",
    "involved",
    "involving",
    "fuelled",
    "fueled",
    "factor",
    "reeks",
    "reeked",
    "party",
    "parties",
    "helps",
    "copes",
    "calms",
    "currently",
    "since",
    "started",
    "starting",
    "resumed",
    "mostly",
    "usually",
];

/// AUDIT markers of risky drinking (items 3-10) and NIAAA heavy-drinking words.
const RISK_MARKERS: &[&str] = &[
    "binge",
    "binges",
    "binged",
    "bingeing",
    "binging",
    "drunk",
    "wasted",
    "hammered",
    "smashed",
    "plastered",
    "blackout",
    "blackouts",
    "blacked",
    "hungover",
    "hangover",
    "hangovers",
    "morning",
    "mornings",
    "eye",
    "drove",
    "driving",
    "drive",
    "drives",
    "fell",
    "fall",
    "injured",
    "injury",
    "fight",
    "fights",
    "worried",
    "worries",
    "concerned",
    "complained",
    "complains",
    "complaining",
    "nagging",
    "increased",
    "increasing",
    "heavy",
    "heavily",
    "daily",
    "nightly",
    "remember",
    "memory",
    "recall",
    "withdrawal",
    "shakes",
    "sweats",
    "cope",
    "coping",
    "numb",
    "forget",
    "relapse",
    "relapsed",
    "lapse",
    "lapsed",
    "slip",
    "slipped",
    "missed",
    "late",
    "sick",
    "alone",
    "secretly",
    "hiding",
    "hides",
    "hid",
    "stop",
    "bender",
    "dui",
    "dwi",
    "arrested",
    "crash",
    "crashed",
    // Drinking to cope (DMQ-R coping motive) and others noticing it.
    "sleep",
    "anxiety",
    "nerves",
    "stress",
    "escape",
    "smelled",
    "smelt",
    "smell",
    "breath",
    "commented",
    "noticed",
    "excessive",
    "escalating",
];

/// A statement that frames the drinking as no problem or as a ceiling (a documented negative).
const NO_PROBLEM: &[&[&str]] = &[
    &["never", "been", "a", "problem"],
    &["never", "been", "an", "issue"],
    &["not", "a", "problem"],
    &["not", "an", "issue"],
    &["no", "problem"],
    &["no", "problems"],
    &["no", "issue"],
    &["no", "issues"],
    &["no", "concern"],
    &["no", "concerns"],
    &["not", "concerned"],
    &["that's", "it"],
    &["that's", "all"],
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["never", "more", "than"],
    &["at", "most"],
    &["under", "control"],
    &["within", "limits"],
    &["within", "the", "limits"],
    &["low", "risk"],
    &["only"],
    &["just"],
    &["responsibly"],
    &["sensibly"],
    &["denies"],
    &["denied"],
];

/// Occasions that say the drinking is social or infrequent (NIAAA low-risk pattern).
const SOCIAL: &[&str] = &[
    "socially",
    "social",
    "occasionally",
    "occasional",
    "rarely",
    "sometimes",
    "odd",
    "dinner",
    "meals",
    "meal",
    "celebrations",
    "occasions",
    "parties",
    "christmas",
    "birthdays",
    "holidays",
];

/// Words and phrases of recovery: in their memo any use is a lapse.
const RECOVERY: &[&str] = &[
    "sober",
    "sobriety",
    "abstinent",
    "abstinence",
    "abstaining",
    "recovery",
    "relapse",
    "relapsed",
    "relapses",
    "lapse",
    "lapsed",
    "slip",
    "slips",
    "slipped",
    "sponsor",
    "rehab",
    "detox",
    "remission",
    "alcoholic",
    "alcoholics",
    "addict",
    "addiction",
    "methadone",
    "suboxone",
    "buprenorphine",
    "antabuse",
    "disulfiram",
    "naltrexone",
    "acamprosate",
    "aa",
];

fn number(w: &str) -> Option<f32> {
    Some(match w {
        "a" | "an" | "one" | "single" | "1" => 1.0,
        "two" | "couple" | "2" | "pair" => 2.0,
        "three" | "few" | "3" => 3.0,
        "four" | "4" => 4.0,
        "five" | "5" => 5.0,
        "six" | "several" | "6" => 6.0,
        "seven" | "7" => 7.0,
        "eight" | "8" => 8.0,
        "nine" | "9" => 9.0,
        "ten" | "10" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen" | "nineteen" => {
            15.0
        }
        "twenty" | "thirty" | "forty" | "fifty" => 20.0,
        _ => {
            let n: f32 = w.parse().ok()?;
            n
        }
    })
}

fn words(toks: &[Tok]) -> Vec<&str> {
    toks.iter().map(|t| t.norm.as_str()).collect()
}

fn has_seq(w: &[&str], p: &[&str]) -> bool {
    w.windows(p.len()).any(|x| x == p)
}

/// Drinks per occasion stated in the sentence: the largest amount attached to a drink
/// ("a couple of stubbies", "eight or nine pints", "a bottle of wine" = 5 standard drinks).
fn quantity(w: &[&str]) -> Option<f32> {
    let mut best: Option<f32> = None;
    for (k, x) in w.iter().enumerate() {
        let Some(mut n) = number(x) else { continue };
        // "a couple", "a few": the amount word, not the article.
        if matches!(*x, "a" | "an") && matches!(w.get(k + 1), Some(&("couple" | "few"))) {
            continue;
        }
        // "eight or nine pints", "two or three beers": the upper bound.
        if w.get(k + 1) == Some(&"or") {
            if let Some(m) = w.get(k + 2).and_then(|y| number(y)) {
                n = n.max(m);
            }
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
            continue;
        };
        let unit = near[u];
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
        best = Some(best.map_or(n, |b| b.max(n)));
    }
    best
}

/// Drinking occasions per week, if the sentence says ("a month" 0.25, "on Saturdays" 1,
/// "twice a week" 2, "most nights" 5, "every day" 7).
fn frequency(w: &[&str]) -> Option<f32> {
    let weekday = |x: &str| {
        super::context::is_weekday(x)
            || matches!(
                x,
                "mondays"
                    | "tuesdays"
                    | "wednesdays"
                    | "thursdays"
                    | "fridays"
                    | "saturdays"
                    | "sundays"
            )
    };
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

/// Whether a memo's sentences set a recovery context, in which any use is a lapse.
pub(crate) fn recovery_context(units: &[Vec<Tok>]) -> bool {
    units.iter().any(|t| {
        let w = words(t);
        w.iter().any(|x| RECOVERY.contains(x))
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
            || has_seq(&w, &["without", "a", "drink"])
            || has_seq(&w, &["last", "drink"])
    })
}

/// The NIAAA limits (drinks a day, drinks a week) for the sentence's subject: women's when
/// the sentence is about "she" or the sex is not said (the stricter reading).
fn limits(w: &[&str]) -> (f32, f32) {
    let first = w.iter().find(|x| {
        matches!(
            **x,
            "she" | "she's" | "her" | "he" | "he's" | "his" | "him" | "she'd" | "he'd"
        )
    });
    match first {
        Some(p) if p.starts_with('h') => (4.0, 14.0),
        _ => (3.0, 7.0),
    }
}

/// Present substance-use findings about alcohol that state a low-risk quantity and frequency
/// with no AUDIT marker (outside a recovery context) become a denial when the sentence
/// frames them as no problem, was asked, or denies other use; else they are no item.
pub(crate) fn within_limits(toks: &[Tok], unit: Vec<Finding>, recovery: bool) -> Vec<Finding> {
    let candidate = |f: &Finding| {
        f.kind == RiskKind::SubstanceUse
            && f.concept == Concept::SubstanceUse
            && f.status == FindingStatus::Present
            && !f.attributes.double_negation
            && {
                let q = super::tokens::tokenize(&f.quote);
                q.iter().any(|t| ALCOHOL.contains(&t.norm.as_str()))
            }
    };
    if recovery || !unit.iter().any(candidate) {
        return unit;
    }
    let w = words(toks);
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
    let lapse = w.iter().enumerate().any(|(k, x)| {
        matches!(*x, "since" | "first")
            || *x == "after"
                && w[k + 1..(k + 4).min(w.len())].iter().any(|y| {
                    matches!(
                        *y,
                        "days" | "weeks" | "months" | "years" | "week" | "month" | "year"
                    )
                })
    });
    // A marker inside a denial ("denies binge drinking") marks nothing.
    let denied: Vec<String> = unit
        .iter()
        .filter(|f| f.status == FindingStatus::Denied)
        .flat_map(|f| {
            super::tokens::tokenize(&f.quote)
                .into_iter()
                .map(|t| t.norm)
        })
        .collect();
    if lapse
        || w.iter()
            .any(|x| RISK_MARKERS.contains(x) && !denied.iter().any(|d| d == x))
        || has_seq(&w, &["too", "much"])
        || has_seq(&w, &["more", "than", "usual"])
        || has_seq(&w, &["more", "than", "she", "meant"])
        || has_seq(&w, &["more", "than", "he", "meant"])
        || has_seq(&w, &["cut", "down"])
        || has_seq(&w, &["at", "work"])
        || has_seq(&w, &["before", "work"])
        || has_seq(&w, &["cutting", "down"])
    {
        return unit;
    }
    let (per_day, per_week) = limits(&w);
    let q = quantity(&w);
    let f = frequency(&w);
    let social = w.iter().any(|x| SOCIAL.contains(x));
    let low = match (q, f) {
        // AUDIT-C item 1: four or more times a week is a marker whatever the amount.
        (_, Some(f)) if f >= 4.0 => false,
        (Some(q), _) if q > per_day => false,
        (Some(q), Some(f)) => q * f <= per_week,
        (Some(_), None) => social,
        (None, Some(_)) => social,
        (None, None) => {
            social
                && w.iter()
                    .any(|x| matches!(*x, "socially" | "occasionally" | "rarely"))
        }
    };
    if !low {
        return unit;
    }
    let framed = NO_PROBLEM.iter().any(|p| has_seq(&w, p))
        || unit.iter().any(|f| {
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

/// New mentions: blackouts told as memory loss (AUDIT item 8), drinks counted in containers
/// ("eight or nine pints"), and intrusive harm thoughts named by their clinical label.
pub(crate) fn mentions(toks: &[Tok], covered: &[bool]) -> Vec<Mention> {
    let w = words(toks);
    let mut out = Vec::new();
    let free = |s: usize, e: usize| e <= covered.len() && !covered[s..e].iter().any(|c| *c);
    if let Some((s, e)) = blackout(&w) {
        // The lost memory and its object up to the first word another rule took.
        let e = (s..e).find(|&k| covered.get(k) == Some(&true)).unwrap_or(e);
        if e > s && free(s, e) {
            out.push(mention(
                (s, e),
                Concept::SubstanceUse,
                RiskKind::SubstanceUse,
            ));
        }
    }
    for (s, e) in counted_drinks(&w) {
        if free(s, e) && !out.iter().any(|m| m.start < e && s < m.end) {
            out.push(mention(
                (s, e),
                Concept::SubstanceUse,
                RiskKind::SubstanceUse,
            ));
        }
    }
    // One span at most each, kept where no other rule took a word of it.
    let single = [
        (audit(toks), Concept::Screen, RiskKind::SubstanceUse),
        (
            off_everything(&w),
            Concept::Abstinence,
            RiskKind::SubstanceUse,
        ),
        (
            intrusive_harm(&w),
            Concept::IntrusiveHarm,
            RiskKind::HarmToOthers,
        ),
    ];
    for (span, concept, kind) in single {
        if let Some((s, e)) = span.filter(|&(s, e)| free(s, e)) {
            out.push(mention((s, e), concept, kind));
        }
    }
    out
}

fn mention((start, end): (usize, usize), concept: Concept, kind: RiskKind) -> Mention {
    Mention {
        start,
        end,
        concept,
        kind,
    }
}

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
fn blackout(w: &[&str]) -> Option<(usize, usize)> {
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
fn counted_drinks(w: &[&str]) -> Vec<(usize, usize)> {
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
        // "shots" and "cans" are drinks only with a drink named after them.
        if matches!(*x, "shots" | "cans")
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
        // Counted: a number or amount word within the three words before.
        let lo = k.saturating_sub(4);
        if let Some(s) = (lo..k).find(|&j| number(w[j]).is_some() || w[j] == "couple") {
            out.push((s, k + 1));
        }
    }
    out
}

/// "Intrusive harm thoughts", "ego-dystonic thoughts of hurting the baby", "unwanted images
/// of stabbing her partner": a label of unwanted thought with a harm word in it or after it,
/// about someone else (not "intrusive thoughts of harming herself").
fn intrusive_harm(w: &[&str]) -> Option<(usize, usize)> {
    for k in 0..w.len() {
        let label = match w[k] {
            "intrusive" | "unwanted" | "unwelcome" | "obsessional" | "egodystonic" => k,
            "dystonic" if k > 0 && w[k - 1] == "ego" => k - 1,
            _ => continue,
        };
        let mut j = k + 1;
        let mut harm_in_label = false;
        while j < w.len()
            && matches!(
                w[j],
                "harm"
                    | "harming"
                    | "violent"
                    | "aggressive"
                    | "and"
                    | "intrusive"
                    | "unwanted"
                    | "obsessional"
                    | "distressing"
                    | "ego"
                    | "dystonic"
            )
        {
            harm_in_label |= matches!(w[j], "harm" | "harming" | "violent" | "aggressive");
            j += 1;
        }
        if !matches!(
            w.get(j),
            Some(
                &("thoughts"
                    | "thought"
                    | "images"
                    | "urges"
                    | "impulses"
                    | "obsessions"
                    | "pictures"
                    | "fantasies")
            )
        ) {
            continue;
        }
        let after = &w[j + 1..(j + 9).min(w.len())];
        let stop = after
            .iter()
            .position(|x| matches!(*x, "." | ";" | "but"))
            .unwrap_or(after.len());
        let after = &after[..stop];
        if after.iter().any(|x| {
            matches!(
                *x,
                "himself" | "herself" | "myself" | "themselves" | "yourself" | "self"
            )
        }) {
            continue;
        }
        let harm_after = matches!(after.first(), Some(&("of" | "about")))
            && after.iter().any(|x| {
                matches!(
                    *x,
                    "harming"
                        | "hurting"
                        | "hitting"
                        | "stabbing"
                        | "drowning"
                        | "dropping"
                        | "smothering"
                        | "strangling"
                        | "pushing"
                        | "shaking"
                        | "killing"
                        | "throwing"
                        | "suffocating"
                        | "attacking"
                        | "harm"
                        | "hurt"
                )
            });
        if harm_in_label || harm_after {
            return Some((label, j + 1));
        }
    }
    None
}

/// A substance noun that is not a use: inside an abstinence frame ("abstinent from alcohol",
/// "stay off drugs") the frame carries it; with no use verb, amount, frequency, time or problem
/// word anywhere in the sentence it is a topic ("asked about alcohol and other drugs").
pub(crate) fn not_use(toks: &[Tok], s: usize, e: usize) -> Option<NotUse> {
    let w = words(toks);
    if !w[s..e].iter().all(|x| NOUNS.contains(x)) {
        return None;
    }
    // "abstinent from alcohol and cannabis", "sober off booze": the frame before the noun,
    // through a list of nouns.
    let mut j = s;
    while j > 0 && (NOUNS.contains(&w[j - 1]) || matches!(w[j - 1], "the" | "all" | "any")) {
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
    if kept_away || w.get(e) == Some(&"free") {
        return Some(NotUse::Free);
    }
    let evidence = w.iter().enumerate().any(|(k, x)| {
        (k < s || k >= e)
            && (USE_EVIDENCE.contains(x)
                || x.ends_with("ing") && !matches!(*x, "during" | "regarding" | "including")
                || number(x).is_some()
                // "is on heroin", "back on the booze", not "a leaflet on alcohol".
                || (*x == "on"
                    && k + 1 == s
                    && k > 0
                    && (w[k - 1].ends_with("'s")
                        || matches!(
                            w[k - 1],
                            "is" | "was" | "are" | "were" | "been" | "back" | "still" | "went"
                                | "got" | "gets" | "currently" | "be"
                        )))
                || super::context::is_weekday(x))
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
            let remission = tail.contains(&"remission")
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

/// "I asked him straight whether he'd had any thoughts of ending his life ... and he said no":
/// a mention inside a question put to the client is about the client (ConText experiencer:
/// the person asked), however many people the run-on sentence named before the question,
/// unless the question itself names someone else ("asked whether her brother ...").
pub(crate) fn asked_client(toks: &[Tok], question: Option<usize>, s: usize) -> bool {
    let Some(q) = question else { return false };
    let w = words(toks);
    let mut k = q + 1;
    // The person asked: "asked him", "asked her straight", "asked the client".
    if matches!(
        w.get(k),
        Some(&("him" | "her" | "them" | "client" | "patient" | "pt"))
    ) {
        k += 1;
    } else if w.get(k) == Some(&"the") && matches!(w.get(k + 1), Some(&("client" | "patient"))) {
        k += 2;
    }
    k <= s
        && !w[k..s].iter().any(|x| {
            super::actors::is_relation(x)
                || x.ends_with("'s")
                    && !matches!(*x, "he's" | "she's" | "it's" | "that's" | "what's")
        })
}

/// The AUDIT or AUDIT-C named with a score ("AUDIT four, negative", "AUDIT-C 2", "AUDIT
/// was twenty-four at intake, today it's five"): the span from the name to the last score.
fn audit(toks: &[Tok]) -> Option<(usize, usize)> {
    let a = toks.iter().position(|t| t.norm == "audit" && t.caps)?;
    let w = words(toks);
    let hi = (a + 14).min(w.len());
    let scores: Vec<usize> = (a + 1..hi)
        .filter(|&k| number(w[k]).is_some() && !matches!(w[k], "a" | "an" | "couple" | "few"))
        .take_while(|&k| !w[a + 1..k].contains(&"."))
        .collect();
    // An earlier score ("was 19 at intake", "down from twenty") is not today's.
    let past = |k: usize| {
        w[k.saturating_sub(3)..k]
            .iter()
            .any(|x| matches!(*x, "was" | "were" | "from" | "previously" | "initially"))
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
fn audit_reading(w: &[&str], s: usize, e: usize) -> Option<bool> {
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

/// "Been off everything since rehab", "staying off the lot": abstinence from all substances,
/// in a sentence about use or recovery.
fn off_everything(w: &[&str]) -> Option<(usize, usize)> {
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
