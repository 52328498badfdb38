//! Risk told as acts that the harm-verb reading ([`super::actors::harm_verb`]) does not parse:
//! a harm act named as a noun with its setting or party ("any hitting at home", "threats from
//! her sons"), being on the receiving end of coercion ("being followed by her ex", "being
//! pressured for money"), an object used on a person ("used the belt on the kids"), going
//! after someone ("has no intention of going after the men"), medication kept or stockpiled
//! as means, and a risk screen with its result ("the suicide questionnaire was negative").
//! Each is composed from word classes and a party; negation, time and the experiencer are
//! read afterwards like any other mention.

use super::actors::{self, Rel};
use super::lexicon::Concept;
use super::tokens::Tok;
use super::RiskKind;

/// A mention found here: tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Act {
    pub start: usize,
    pub end: usize,
    pub concept: Concept,
    pub kind: RiskKind,
}

impl Act {
    /// An act of or against the client.
    fn client(start: usize, end: usize, concept: Concept, kind: RiskKind) -> Act {
        Act {
            start,
            end,
            concept,
            kind,
        }
    }
}

/// Physical harm named as an act noun or gerund ("hitting", "shoving", "violence").
const HARM_NOUNS: &[&str] = &[
    "hitting",
    "slapping",
    "shoving",
    "pushing",
    "punching",
    "kicking",
    "beating",
    "beatings",
    "choking",
    "strangling",
    "grabbing",
    "violence",
    "violent",
    "threats",
    "threat",
    "threatening",
    "intimidation",
    "spanking",
    "whipping",
    "smacking",
];

/// Coercion or harm suffered, after "being"/"been"/"getting" ("being followed by her ex").
const SUFFERED: &[&str] = &[
    "followed",
    "watched",
    "tracked",
    "stalked",
    "monitored",
    "pressured",
    "pressed",
    "forced",
    "coerced",
    "threatened",
    "controlled",
    "intimidated",
    "harassed",
    "hit",
    "hurt",
    "pushed",
    "shoved",
    "slapped",
    "beaten",
    "kicked",
    "punched",
    "choked",
    "grabbed",
    "locked",
    "blackmailed",
    "made",
];

/// Suffered acts that are abuse on their own: physical harm. Coercion words ("controlled",
/// "watched", "pressured") need a party, a denial or money ("his fear of being controlled"
/// is a theme, not abuse).
const PHYSICAL: &[&str] = &[
    "hit", "hurt", "pushed", "shoved", "slapped", "beaten", "kicked", "punched", "choked",
    "grabbed",
];

/// Medication and other stockpiled means.
const MEDS: &[&str] = &[
    "pills",
    "tablets",
    "meds",
    "medication",
    "medications",
    "medicine",
    "medicines",
    "painkillers",
    "opioids",
    "oxycodone",
    "prescriptions",
    "insulin",
    "paracetamol",
    "tylenol",
    "acetaminophen",
    "sleepers",
    "benzos",
];

/// Verbs of keeping or collecting something.
const KEEP: &[&str] = &[
    "keeps",
    "kept",
    "keep",
    "keeping",
    "stores",
    "stored",
    "storing",
    "saved",
    "saving",
    "saves",
    "hoarding",
    "hoarded",
    "hoards",
    "stockpiled",
    "stockpiling",
    "stockpile",
    "stash",
    "stashed",
    "collected",
    "collecting",
    "hid",
    "hidden",
    "hides",
    "hiding",
];

/// Verbs of taking a substance: medication under them is use, not means.
const CONSUME: &[&str] = &[
    "took",
    "take",
    "takes",
    "taking",
    "swallowed",
    "using",
    "used",
    "crushing",
    "snorting",
    "snorted",
    "popping",
    "popped",
    "overdosed",
    "misusing",
];

/// Words after "at"/"in" that place an act in the household.
const HOME: &[&str] = &["home", "house", "household", "flat", "apartment"];

/// The mentions this module finds in a sentence; `covered` marks tokens other rules took.
pub(crate) fn mentions(toks: &[Tok], covered: &[bool]) -> Vec<Act> {
    let mut out: Vec<Act> = Vec::new();
    let free = |a: usize, b: usize, out: &[Act]| {
        b <= toks.len()
            && !covered[a..b].iter().any(|c| *c)
            && !out.iter().any(|m| m.start < b && a < m.end)
    };
    for k in 0..toks.len() {
        let n = toks[k].norm.as_str();
        if let Some(m) = harm_noun(toks, k).or_else(|| suffered(toks, k)) {
            if free(m.start, m.end, &out) {
                out.push(m);
            }
            continue;
        }
        if let Some(m) = used_on(toks, k)
            .or_else(|| death_threat(toks, k))
            .or_else(|| going_after(toks, k))
            .or_else(|| hand_on(toks, k))
            .or_else(|| single_blow(toks, k))
        {
            if free(m.start, m.end, &out) {
                out.push(m);
            }
            // "on himself or on anybody else": the second target is its own mention (even
            // where another rule read the first).
            if let Some(h) = second_target(toks, m) {
                if free(h.start, h.end, &out) {
                    out.push(h);
                }
            }
            continue;
        }
        if MEDS.contains(&n) {
            if let Some(m) = kept_means(toks, k) {
                if free(m.start, m.end, &out) {
                    out.push(m);
                }
            }
        }
    }
    out
}

/// Verbs that report what was said or sent to someone.
const SAID: &[&str] = &[
    "told",
    "tells",
    "telling",
    "texted",
    "texts",
    "texting",
    "sent",
    "sends",
    "sending",
    "said",
    "says",
    "saying",
    "messaged",
    "messages",
    "screamed",
    "shouted",
    "yelled",
    "warned",
    "warns",
    "wrote",
    "writes",
    "posted",
    "left",
    "leaves",
    "whispered",
    "snapped",
    "hissed",
];

/// "her ex texted her 'you're dead'", "told her she's dead if she leaves", "left a voicemail
/// saying you're a dead man": the formula of a threat to kill, said to someone. Who says it
/// decides: someone close to the client threatening them is abuse (a threat to kill is a
/// Danger Assessment item); the client saying it threatens to kill. "You're dead to me" is
/// estrangement, and "she's dead" with no condition is news of a death.
fn death_threat(toks: &[Tok], k: usize) -> Option<Act> {
    if !toks[k].is("dead") || k == 0 {
        return None;
    }
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let next = w(k + 1);
    let (addressed, start) = match w(k - 1) {
        "you're" | "youre" => (true, k - 1),
        "she's" | "he's" => (false, k - 1),
        "are" if k >= 2 && w(k - 2) == "you" => (true, k - 2),
        "is" if k >= 2 && matches!(w(k - 2), "she" | "he") => (false, k - 2),
        "a" if k >= 2
            && matches!(w(k - 2), "you're" | "youre")
            && matches!(next, "man" | "woman") =>
        {
            (true, k - 2)
        }
        _ => return None,
    };
    let condition = matches!(next, "if" | "unless" | "when" | "once" | "the");
    let ends = toks.get(k + 1).is_none_or(|t| t.punct)
        || matches!(next, "meat" | "man" | "woman" | "mate" | "pal");
    if !(condition || addressed && ends) {
        return None;
    }
    let said = (start.saturating_sub(8)..start)
        .rev()
        .find(|&j| SAID.contains(&w(j)))?;
    let end = k + 1;
    match actors::subject_at(toks, said) {
        actors::Subject::Third(rel) if rel.abuse_eligible() && rel != Rel::Anyone => {
            Some(Act::client(start, end, Concept::Abuse, RiskKind::Abuse))
        }
        actors::Subject::Client => Some(Act::client(
            start,
            end,
            Concept::HomicidalIdeation,
            RiskKind::HomicidalIdeation,
        )),
        _ => None,
    }
}

/// A party after `e` ("by her husband", "from her sons", "toward his wife"): its relation.
fn party(toks: &[Tok], e: usize) -> Option<Rel> {
    let k = (e..toks.len().min(e + 5)).find(|&k| {
        matches!(
            toks[k].norm.as_str(),
            "by" | "from" | "toward" | "towards" | "against" | "between"
        )
    })?;
    // "by him or by his partner": the first party named that is a relation.
    (k + 1..toks.len().min(k + 8))
        .filter_map(|j| actors::person_at(toks, j).map(|(r, _)| r))
        .find(|r| *r != Rel::Unknown)
}

/// Whether an act right before `e` happens in the household ("at home", "in the house").
fn at_home(toks: &[Tok], e: usize) -> bool {
    let w: Vec<&str> = toks[e..toks.len().min(e + 6)]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    w.windows(2)
        .any(|x| matches!(x[0], "at" | "in") && HOME.contains(&x[1]))
        || w.windows(3).any(|x| {
            matches!(x[0], "at" | "in")
                && matches!(x[1], "the" | "her" | "his" | "their")
                && HOME.contains(&x[2])
        })
}

/// Whether the sentence places what happened in a public place (a street, a pub, a club).
fn public_place(toks: &[Tok]) -> bool {
    // The place where it happened ("outside a nightclub", "at the match"), not one the
    // sentence only passes through ("when he came home from the pub").
    let placed = |k: usize| {
        toks[k.saturating_sub(3)..k]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "outside" | "at" | "in" | "near" | "behind"))
            && !toks[k.saturating_sub(3)..k].iter().any(|t| t.is("from"))
    };
    toks.iter().enumerate().any(|(k, t)| {
        placed(k)
            && matches!(
                t.norm.as_str(),
                "nightclub"
                    | "club"
                    | "pub"
                    | "bar"
                    | "street"
                    | "alley"
                    | "stadium"
                    | "match"
                    | "festival"
                    | "gig"
                    | "concert"
                    | "station"
                    | "bus"
                    | "train"
                    | "tram"
                    | "shop"
                    | "supermarket"
                    | "carpark"
                    | "park"
                    | "downtown"
            )
    })
}

/// Money words: pressure or threats over money are financial exploitation.
fn money_near(toks: &[Tok], k: usize) -> bool {
    toks[k.saturating_sub(4)..toks.len().min(k + 8)]
        .iter()
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "money"
                    | "cash"
                    | "pension"
                    | "savings"
                    | "benefits"
                    | "account"
                    | "bank"
                    | "card"
                    | "rent"
                    | "wages"
                    | "inheritance"
            )
        })
}

/// "any hitting at home", "threats from her sons", "shoving between them": a harm act named
/// as a noun is abuse when it is placed in the household or a close relation does it;
/// violence when a stranger is its target ("violence toward strangers").
fn harm_noun(toks: &[Tok], k: usize) -> Option<Act> {
    let n = toks[k].norm.as_str();
    if !HARM_NOUNS.contains(&n) {
        return None;
    }
    // "pushing herself", "pushing for a raise", "threatening weather": a verb with an
    // object is the harm-verb reading's job; a noun needs no object.
    if let Some(next) = toks.get(k + 1) {
        if matches!(
            next.norm.as_str(),
            "herself" | "himself" | "myself" | "themselves" | "for" | "through" | "ahead" | "back"
        ) || actors::person_at(toks, k + 1).is_some()
            && !matches!(next.norm.as_str(), "by" | "from")
        {
            return None;
        }
    }
    let rel = party(toks, k + 1);
    let home = at_home(toks, k + 1);
    let threat = matches!(n, "threats" | "threat" | "threatening" | "intimidation");
    // "since the threat against his son": a definite threat against someone, with no agent
    // named, is a thing that happened to them (a gang's, a stranger's), not the household's.
    if threat
        && k > 0
        && toks[k - 1].is("the")
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "against" | "toward" | "towards" | "to"))
    {
        return None;
    }
    let abuse =
        home || rel.is_some_and(|r| {
            matches!(
                r,
                Rel::Intimate | Rel::Parent | Rel::Caregiver | Rel::Child | Rel::Sibling
            )
        }) || (threat && money_near(toks, k) && rel != Some(Rel::Other));
    if abuse {
        return Some(Act::client(k, k + 1, Concept::Abuse, RiskKind::Abuse));
    }
    None
}

/// "being followed by her ex", "been pressured for money", "getting hit at home".
fn suffered(toks: &[Tok], k: usize) -> Option<Act> {
    let n = toks[k].norm.as_str();
    if !matches!(n, "being" | "been" | "getting" | "get" | "got") {
        return None;
    }
    // One adverb may stand between ("being constantly watched").
    let v = (k + 1..toks.len().min(k + 3)).find(|&j| SUFFERED.contains(&toks[j].norm.as_str()))?;
    if v > k + 1 && !toks[k + 1].norm.ends_with("ly") {
        return None;
    }
    let verb = toks[v].norm.as_str();
    // "got kicked out of the pub", "been kicked out by her mum": turned out, not kicked.
    if verb == "kicked" && toks.get(v + 1).is_some_and(|t| t.is("out")) {
        return None;
    }
    // "made fun of", "made to feel welcome", "got pushed into a pool": not maltreatment.
    if verb == "made" && !money_near(toks, v) {
        return None;
    }
    // "been made redundant", "made homeless", "made a partner": a status given, not a
    // coercion, whatever money is near.
    if verb == "made"
        && toks.get(v + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "redundant" | "homeless" | "bankrupt" | "unemployed" | "a" | "an" | "the"
            )
        })
    {
        return None;
    }
    let rel = party(toks, v + 1);
    if rel == Some(Rel::Other) {
        return None;
    }
    // "an assault outside a nightclub where he was the one who got hit": harm from no one
    // named, in a public place, is an assault by a stranger, not abuse (FORMATS §3: abuse is
    // by family, partner or carers).
    if rel.is_none() && public_place(toks) && !at_home(toks, 0) {
        return None;
    }
    let denied = toks[k.saturating_sub(4)..k].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "denies" | "denied" | "deny" | "no" | "never" | "not"
        ) || t.norm.ends_with("n't")
    });
    if !PHYSICAL.contains(&verb) && rel.is_none() && !denied && !money_near(toks, v) {
        return None;
    }
    // The client must be the one suffering it: "being" right after the client's verb or a
    // denial, not "her sister being hit".
    // Nor a thing: "his convoy getting hit", "the house got hit by lightning" (a person
    // named as the one who did it still makes it done to the client).
    let subject = actors::subject_at(toks, k);
    let thing = rel.is_none()
        && (subject == actors::Subject::Thing || actors::possessed_thing_before(toks, k));
    if (matches!(subject, actors::Subject::Third(_)) || thing) && !denied {
        return None;
    }
    let concept = if matches!(
        verb,
        "followed"
            | "watched"
            | "tracked"
            | "stalked"
            | "monitored"
            | "controlled"
            | "pressured"
            | "pressed"
            | "forced"
            | "coerced"
            | "blackmailed"
            | "made"
            | "locked"
    ) {
        Concept::CoerciveControl
    } else {
        Concept::Abuse
    };
    Some(Act::client(k, v + 1, concept, RiskKind::Abuse))
}

/// Things used to beat a child or partner ("rotan" and "rattan": the cane, Malaysia and
/// Singapore; "sjambok", "koboko", "kiboko": whips in Southern, West and East Africa).
fn implement(w: &str) -> bool {
    matches!(
        w,
        "belt"
            | "spoon"
            | "hairbrush"
            | "ruler"
            | "whip"
            | "rod"
            | "hand"
            | "stick"
            | "strap"
            | "switch"
            | "cane"
            | "fist"
            | "fists"
            | "paddle"
            | "slipper"
            | "rotan"
            | "rattan"
            | "broom"
            | "sjambok"
            | "koboko"
            | "kiboko"
            | "chappal"
            | "chancla"
            | "hose"
            | "cord"
            | "hanger"
    )
}

/// "used the belt on the kids", "uses a wooden spoon on him": an object used on a person is a
/// weapon act; on a child or partner it is abuse, on anyone else violence.
fn used_on(toks: &[Tok], k: usize) -> Option<Act> {
    // "took a belt to the boys", "taking a hand to him": the same act with "to".
    let prep = match toks[k].norm.as_str() {
        "used" | "using" | "uses" | "use" => "on",
        "took" | "taking" | "takes" | "take" => "to",
        _ => return None,
    };
    let on = (k + 2..toks.len().min(k + 6)).find(|&j| toks[j].is(prep))?;
    if prep == "to"
        && !toks[k + 1..on]
            .iter()
            .any(|t| implement(&t.norm) || actors::is_weapon(&t.norm))
    {
        return None;
    }
    // The object between: a determiner and a noun, never a substance or a skill.
    let obj: Vec<&str> = toks[k + 1..on].iter().map(|t| t.norm.as_str()).collect();
    // "using it on himself" after a weapon or pills is a method; "on anyone else" a killing.
    let lethal = toks[..on]
        .iter()
        .any(|t| actors::is_weapon(&t.norm) || MEDS.contains(&t.norm.as_str()));
    if lethal && matches!(obj.as_slice(), ["it"] | ["them"] | ["one"]) {
        let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
        let (concept, kind) = match w(on + 1) {
            "himself" | "herself" | "myself" | "themselves" => {
                (Concept::Method, RiskKind::SuicidalIdeation)
            }
            "anyone" | "anybody" | "someone" | "somebody" | "others" | "other" | "people" => {
                (Concept::HomicidalIdeation, RiskKind::HomicidalIdeation)
            }
            _ => match actors::person_at(toks, on + 1) {
                Some(_) => (Concept::HomicidalIdeation, RiskKind::HomicidalIdeation),
                None => return None,
            },
        };
        let end = if matches!(w(on + 2), "else") {
            on + 3
        } else {
            on + 2
        };
        return Some(Act::client(k, end.min(toks.len()), concept, kind));
    }
    if obj.iter().any(|w| {
        matches!(
            *w,
            "skills" | "skill" | "strategies" | "strategy" | "tools" | "money" | "time" | "drugs"
        ) || MEDS.contains(w)
    }) || !matches!(
        obj.first().copied(),
        Some("the" | "a" | "an" | "his" | "her" | "their" | "my")
    )
        // "Father use rotan on him": a bare implement (non-native grammar drops the article).
        && !matches!(obj.as_slice(), [w] if implement(w))
    {
        return None;
    }
    // "'took a switch to' the boy's legs": a quote closed after the verb's words leaves the
    // person they were done to outside it.
    let on = if toks.get(on + 1).is_some_and(|t| t.punct && t.norm != ",") {
        on + 1
    } else {
        on
    };
    // "using the built-up handles on her own": "on her own" is alone, not a target.
    if toks.get(on + 2).is_some_and(|t| t.is("own")) {
        return None;
    }
    let (rel, end) = match actors::person_at(toks, on + 1) {
        Some(x) => x,
        None if toks
            .get(on + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "her" | "him" | "them" | "me")) =>
        {
            (Rel::Unknown, on + 2)
        }
        None => return None,
    };
    let (concept, kind) = match rel {
        _ if thought_of(toks, k) => (Concept::HarmThoughts, RiskKind::HarmToOthers),
        Rel::Child | Rel::Intimate | Rel::Unknown | Rel::Parent | Rel::Sibling => {
            (Concept::Abuse, RiskKind::Abuse)
        }
        Rel::Other => (Concept::Violence, RiskKind::Violence),
        _ => return None,
    };
    Some(Act::client(k, end, concept, kind))
}

/// "thinking about taking a bat to his brother-in-law", "wants to take the belt to him": the
/// act only thought of, wished or planned is a thought of harming someone, not a blow.
fn thought_of(toks: &[Tok], k: usize) -> bool {
    let n = toks[k].norm.as_str();
    if !matches!(n, "taking" | "take" | "using" | "use") {
        return false;
    }
    toks[k.saturating_sub(6)..k]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.norm.as_str(), "." | ";" | "but"))
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "thoughts"
                    | "thought"
                    | "thinking"
                    | "thinks"
                    | "think"
                    | "urge"
                    | "urges"
                    | "want"
                    | "wants"
                    | "wanted"
                    | "wanting"
                    | "wish"
                    | "wishes"
                    | "fantasies"
                    | "fantasizing"
                    | "fantasising"
                    | "imagining"
                    | "picturing"
                    | "tempted"
                    | "considering"
                    | "planning"
                    | "plans"
                    | "gonna"
                    | "would"
            ) || t.norm.ends_with("'ll")
                || t.norm.ends_with("'d")
        })
}

/// "going after the men who jumped him", "get back at his brother", "get even with her boss":
/// pursuing someone to hurt them. Said as an intention, a wish or a plan it is a thought of
/// harming others; said as something done it is violence.
fn going_after(toks: &[Tok], k: usize) -> Option<Act> {
    let n = toks[k].norm.as_str();
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let target_at = match n {
        "go" | "goes" | "going" | "went" | "gone" | "come" | "came" | "coming"
            if w(k + 1) == "after" =>
        {
            k + 2
        }
        "get" | "gets" | "getting" | "got" if w(k + 1) == "back" && w(k + 2) == "at" => k + 3,
        "get" | "gets" | "getting" | "got" if w(k + 1) == "even" && w(k + 2) == "with" => k + 3,
        "revenge" | "retaliate" | "retaliating" | "retaliation"
            if matches!(w(k + 1), "on" | "against") =>
        {
            k + 2
        }
        _ => return None,
    };
    // "she come after her shift at the shop": "her" before a noun is a possessive, the
    // coming is a time ("after her shift"), no pursuit.
    let her_possessive = w(target_at) == "her"
        && toks.get(target_at + 1).is_some_and(|t| {
            !t.punct
                && !matches!(
                    t.norm.as_str(),
                    "and"
                        | "but"
                        | "with"
                        | "for"
                        | "if"
                        | "again"
                        | "because"
                        | "when"
                        | "to"
                        | "at"
                        | "in"
                        | "now"
                        | "too"
                        | "tonight"
                        | "one"
                        | "over"
                        | "someday"
                        | "soon"
                        | "next"
                        | "or"
                        | "so"
                        | "like"
                        | "once"
                        | "then"
                        | "after"
                        | "before"
                        | "until"
                        | "unless"
                        | "while"
                        | "about"
                        | "himself"
                        | "herself"
                        | "themselves"
                        | "yet"
                        | "either"
                        | "as"
                        | "on"
                        | "from"
                )
        });
    let (rel, end) = actors::person_at(toks, target_at).or_else(|| {
        (matches!(w(target_at), "him" | "her" | "them") && !her_possessive)
            .then_some((Rel::Unknown, target_at + 1))
            .or_else(|| {
                // "the men who jumped him", "the guys": a plural of people.
                (matches!(w(target_at), "the" | "those" | "these")
                    && matches!(
                        w(target_at + 1),
                        "men" | "guys" | "people" | "boys" | "kids" | "lads" | "ones" | "gang"
                    ))
                .then_some((Rel::Other, target_at + 2))
            })
    })?;
    let _ = rel;
    // "she's worried the other family will come after him", "they'll come after her": a
    // group or a plural "they" going after someone is those people's act, not the client's.
    let mut s = k;
    while s > 0
        && matches!(
            w(s - 1),
            "will"
                | "would"
                | "might"
                | "may"
                | "could"
                | "are"
                | "were"
                | "going"
                | "to"
                | "gonna"
                | "already"
                | "still"
                | "all"
        )
    {
        s -= 1;
    }
    if s > 0
        && matches!(
            w(s - 1),
            "they" | "they'll" | "they're" | "they'd" | "family" | "families" | "clan" | "gang"
        )
    {
        return None;
    }
    let cue = toks[k.saturating_sub(8)..k].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "intention"
                | "intentions"
                | "intent"
                | "intends"
                | "plan"
                | "plans"
                | "planning"
                | "wants"
                | "want"
                | "wanted"
                | "thoughts"
                | "thinking"
                | "urge"
                | "urges"
                | "wish"
                | "desire"
                | "tempted"
                | "fantasizes"
                | "talks"
                | "talked"
        ) || t.norm.ends_with("'ll")
    }) || n == "going" && w(k.wrapping_sub(1)) != "was";
    let (concept, kind) = if cue {
        (Concept::HarmThoughts, RiskKind::HarmToOthers)
    } else {
        (Concept::Violence, RiskKind::Violence)
    };
    Some(Act::client(k, end, concept, kind))
}

/// "keeps his late wife's pills in the cabinet", "has been saving her tablets", "forty pills
/// in a drawer": medication kept, hidden or collected is access to means (FORMATS §3), unless
/// a verb of taking governs it (that is use).
fn kept_means(toks: &[Tok], m: usize) -> Option<Act> {
    let lo = m.saturating_sub(6);
    let before = &toks[lo..m];
    // "disposed of", "took to the pharmacy for disposal": the means were there and are gone.
    let disposed = toks[m..toks.len().min(m + 10)].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "disposal" | "disposed" | "flushed" | "pharmacy" | "chemist" | "returned"
        )
    });
    if !disposed && before.iter().any(|t| CONSUME.contains(&t.norm.as_str())) {
        return None;
    }
    // "keep off the pills", "stay away from": not possession; "keeps her from her
    // medications": withheld from someone, not kept.
    let keep_before = before.iter().enumerate().any(|(i, t)| {
        KEEP.contains(&t.norm.as_str())
            && !before[i + 1..(i + 3).min(before.len())]
                .iter()
                .any(|n| matches!(n.norm.as_str(), "off" | "away" | "from" | "clear"))
    });
    let after = &toks[m + 1..toks.len().min(m + 6)];
    // "the pills are kept in a locked box", "her tablets in the drawer".
    let stored_after = after.iter().any(|t| KEEP.contains(&t.norm.as_str()))
        || after.windows(2).any(|w| {
            matches!(w[0].norm.as_str(), "in" | "under" | "inside")
                && matches!(
                    w[1].norm.as_str(),
                    "the" | "a" | "his" | "her" | "their" | "locked"
                )
                && after.iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "cabinet"
                            | "drawer"
                            | "cupboard"
                            | "box"
                            | "safe"
                            | "nightstand"
                            | "bathroom"
                            | "closet"
                    )
                })
        });
    // "about forty", "a stash of": a count makes it a stockpile.
    let count = toks[lo..toks.len().min(m + 6)].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "stash" | "stockpile" | "supply" | "hoard" | "dozens" | "hundreds" | "bottles"
        ) || t.norm.parse::<u32>().is_ok_and(|x| x >= 10)
            || matches!(
                t.norm.as_str(),
                "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "hundred"
            )
    });
    // "her prescribed thyroid medication": what she takes as prescribed is no stockpile.
    let prescribed = toks.iter().any(|t| t.norm == "prescribed");
    if !(keep_before || (stored_after && !prescribed) || count || disposed) {
        return None;
    }
    let start = before
        .iter()
        .rposition(|t| KEEP.contains(&t.norm.as_str()))
        .map_or(m, |p| lo + p);
    Some(Act::client(
        start,
        m + 1,
        Concept::Means,
        RiskKind::AccessToMeans,
    ))
}

/// Whether medication named at `[s, e)` is kept rather than taken: a keeping verb or a
/// storage place governs it and no verb of taking does.
pub(crate) fn kept_not_taken(toks: &[Tok], s: usize, e: usize) -> bool {
    let last = (s..e)
        .rev()
        .find(|&k| MEDS.contains(&toks[k].norm.as_str()));
    last.is_some_and(|m| kept_means(toks, m).is_some())
}

/// "using it on himself or on anybody else": a second target after "or on"/"and on" of a
/// method used on oneself is a thought of killing others.
fn second_target(toks: &[Tok], m: Act) -> Option<Act> {
    if m.concept != Concept::Method {
        return None;
    }
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let j = m.end;
    if !(matches!(w(j), "or" | "and") && w(j + 1) == "on") {
        return None;
    }
    let t = j + 2;
    let person = matches!(
        w(t),
        "anyone" | "anybody" | "someone" | "somebody" | "others" | "other" | "people"
    ) || actors::person_at(toks, t).is_some();
    if !person {
        return None;
    }
    let end = if w(t + 1) == "else" { t + 2 } else { t + 1 };
    Some(Act::client(
        j + 1,
        end.min(toks.len()),
        Concept::HomicidalIdeation,
        RiskKind::HomicidalIdeation,
    ))
}

/// Nouns of a screening instrument.
const SCREEN_NOUNS: &[&str] = &[
    "screen",
    "screener",
    "screening",
    "questionnaire",
    "checklist",
    "scale",
    "inventory",
    "measure",
    "assessment",
    "questions",
    "items",
];

/// "the suicide questionnaire", "a self-harm screener", "the abuse screening questions": a
/// screen named by its topic. Its result (negative, "no to every question") decides it.
pub(crate) fn screens(toks: &[Tok]) -> Vec<Act> {
    let mut out = Vec::new();
    for k0 in 0..toks.len() {
        let n = toks[k0].norm.as_str();
        let next = toks.get(k0 + 1).map_or("", |t| t.norm.as_str());
        // "self-harm" may be one token ("self harm") or two ("self", "harm").
        let self_harm = n.starts_with("self") && (n.contains("harm") || n.contains("injur"));
        let (kind, k) = match n {
            "suicide" | "suicidal" | "suicidality" => (RiskKind::SuicidalIdeation, k0),
            "nssi" | "sib" => (RiskKind::SelfHarm, k0),
            "self" if matches!(next, "harm" | "injury") => (RiskKind::SelfHarm, k0 + 1),
            _ if self_harm => (RiskKind::SelfHarm, k0),
            "abuse" | "ipv" | "dv" => (RiskKind::Abuse, k0),
            "substance" | "drug" | "alcohol" | "drinking" => (RiskKind::SubstanceUse, k0),
            "violence" => (RiskKind::Violence, k0),
            _ => continue,
        };
        // "the family violence questions", "a domestic violence screen": the screen of abuse
        // at home, its modifier part of its name.
        let (kind, k0) = match k0.checked_sub(1).map(|p| toks[p].norm.as_str()) {
            Some("family" | "domestic" | "partner" | "dating") if kind == RiskKind::Violence => {
                (RiskKind::Abuse, k0 - 1)
            }
            _ => (kind, k0),
        };
        // "I didn't get to a suicide screen today", "ran out of time for the drug screen": a
        // screen not done has no result, and no denial.
        let before: Vec<&str> = toks[k0.saturating_sub(6)..k0]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let not_done = before.windows(2).any(|p| {
            (matches!(
                p[0],
                "didn't" | "haven't" | "hasn't" | "couldn't" | "wasn't" | "weren't" | "not"
            ) && matches!(
                p[1],
                "get"
                    | "got"
                    | "do"
                    | "done"
                    | "complete"
                    | "completed"
                    | "finish"
                    | "finished"
                    | "administer"
                    | "administered"
                    | "able"
            )) || p == ["of", "time"]
                || p == ["no", "time"]
        });
        if not_done {
            continue;
        }
        // One modifier may stand between ("suicide risk screen", "drug use questionnaire").
        let noun =
            (k + 1..toks.len().min(k + 3)).find(|&j| SCREEN_NOUNS.contains(&toks[j].norm.as_str()));
        if let Some(j) = noun {
            if j == k + 1
                || matches!(
                    toks[k + 1].norm.as_str(),
                    "risk" | "use" | "ideation" | "safety" | "severity"
                )
            {
                out.push(Act::client(k0, j + 1, Concept::Screen, kind));
            }
        }
    }
    out
}

/// Drunkenness slang that also means a heavy defeat ("we got hammered", "smashed 5-0").
pub(crate) fn is_defeat_slang(w: &str) -> bool {
    matches!(
        w,
        "hammered"
            | "smashed"
            | "wasted"
            | "trashed"
            | "destroyed"
            | "battered"
            | "plastered"
            | "thrashed"
            | "annihilated"
            | "slaughtered"
            | "wrecked"
    )
}

/// A defeat told in the sentence (lost, beaten, "four nil", "5-0"): the frame in which
/// "hammered" is a score, not a drink. A game alone is not enough: people get drunk at
/// matches.
pub(crate) fn contest(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    w.iter().any(|x| {
        matches!(
            *x,
            "lost" | "lose" | "losing" | "beaten" | "nil" | "nothing-nil" | "defeat" | "defeated"
        )
    }) || w
        .windows(3)
        .any(|x| x[0].parse::<u32>().is_ok() && x[1] == "-" && x[2].parse::<u32>().is_ok())
}

/// "has never laid a hand on her", "put his hands on the kids", "raised a hand to him": a hand
/// laid on a person is a blow. Whom it lands on and who lays it decide abuse or violence.
pub(crate) fn hand_on(toks: &[Tok], k: usize) -> Option<Act> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let (prep, hand_at) = match w(k) {
        "lay" | "laid" | "laying" | "lays" | "put" | "putting" | "puts" => ("on", k + 1),
        "raise" | "raised" | "raising" | "raises" | "lift" | "lifted" | "lifting" => ("to", k + 1),
        _ => return None,
    };
    let mut h = hand_at;
    if matches!(w(h), "a" | "his" | "her" | "their" | "my" | "one") {
        h += 1;
    }
    // "has never raised his hand on her", "lifted a hand against him": a raised hand lands
    // "on" or "against" someone as well as "to" them.
    let prep_ok = w(h + 1) == prep || prep == "to" && matches!(w(h + 1), "on" | "against");
    if !matches!(w(h), "hand" | "hands" | "finger" | "fist") || !prep_ok {
        return None;
    }
    let t = h + 2;
    let (rel, end) = match actors::person_at(toks, t) {
        Some(x) => x,
        None if matches!(w(t), "her" | "him" | "them" | "me") => (Rel::Unknown, t + 1),
        None => return None,
    };
    let agent = actors::subject_at(toks, k);
    let (concept, kind) = match (agent, rel) {
        // Someone close lays hands on the client, or anyone on a child or partner.
        (actors::Subject::Third(a), Rel::Unknown) if a.abuse_eligible() => {
            (Concept::Abuse, RiskKind::Abuse)
        }
        (_, Rel::Child | Rel::Intimate) => (Concept::Abuse, RiskKind::Abuse),
        (actors::Subject::Client, Rel::Parent | Rel::Sibling | Rel::Caregiver) => {
            (Concept::Abuse, RiskKind::Abuse)
        }
        (actors::Subject::Client, _) => (Concept::Violence, RiskKind::Violence),
        _ => return None,
    };
    Some(Act::client(k, end, concept, kind))
}

/// "not even a shove", "threw a punch at a stranger", "not a single slap": one blow named as
/// a noun. Denied or thrown by the client it is violence, in the household abuse.
fn single_blow(toks: &[Tok], k: usize) -> Option<Act> {
    let n = toks[k].norm.as_str();
    if !matches!(
        n,
        "shove" | "punch" | "slap" | "kick" | "headbutt" | "push" | "swing" | "smack"
    ) {
        return None;
    }
    let w = |j: usize| {
        j.checked_sub(0)
            .and_then(|j| toks.get(j))
            .map_or("", |t| t.norm.as_str())
    };
    let prev = if k >= 1 { w(k - 1) } else { "" };
    // "Cl threw first punch", "threw the first punch": the blow that began a fight.
    let first = prev == "first" && k >= 2 && matches!(w(k - 2), "threw" | "throws" | "the");
    let det = matches!(prev, "a" | "single" | "one") || first;
    let lead = (k.saturating_sub(4)..k).any(|j| {
        matches!(
            w(j),
            "even" | "single" | "threw" | "throws" | "throwing" | "landed" | "took" | "no"
        )
    });
    if !(det || prev == "no") || !lead {
        return None;
    }
    let home = at_home(toks, k + 1);
    let rel = party(toks, k + 1);
    let abuse = home
        || rel.is_some_and(|r| {
            matches!(
                r,
                Rel::Intimate | Rel::Parent | Rel::Caregiver | Rel::Child | Rel::Sibling
            )
        });
    let (concept, kind) = if abuse {
        (Concept::Abuse, RiskKind::Abuse)
    } else {
        (Concept::Violence, RiskKind::Violence)
    };
    Some(Act::client(k, k + 1, concept, kind))
}
