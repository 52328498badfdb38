//! Recall by mechanism: risk told by what an act is *for*, by what the client *sees*, by a
//! double denial, or by an object nobody lists as a weapon. Each reader here is a composition
//! of open classes (a means, a purpose of ending; an act on one's own body, a purpose of pain;
//! an imagery word, a person, a harm), so wordings nobody wrote yet are caught too:
//!
//! - a means kept *for when* it all gets too much is preparatory behaviour and access to means
//!   ("saving the tablets for the day she can't cope");
//! - an ordinary act on one's own body done *to* feel pain, to punish oneself or to make the
//!   feelings stop is self-harm, whatever the act ("pulls out her lashes to feel the sting");
//! - imagery (flashes, pictures, scenes, keeps seeing) whose content is harm to a person is
//!   the finding itself, unwanted or not ("flashes of the baby slipping under the water");
//! - a first-person litotes ("I'd be lying if I said I haven't", "can't say it hasn't")
//!   affirms ([`litotes`]);
//! - any object swung, jabbed or brandished at a person, or a person gone for with one, is a
//!   weapon act ([`improvised_target`]);
//! - harm to a dependent (an elder with dementia, a disabled sibling, the man one cares for)
//!   is abuse, not plain violence ([`dependent_victim`]).
//!
//! Who experiences each mention, and whether it is negated, is read afterwards like any other
//! mention's.

use regex::Regex;
use std::sync::OnceLock;

use super::actors;
use super::lexicon::Concept;
use super::tokens::{self, Tok};
use super::RiskKind;

/// A mention found here, on token indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub concept: Concept,
    /// `None`: the category of the nearest other mention, or of the last sentence's.
    pub kind: Option<RiskKind>,
}

/// Means that can end a life when kept back (the medicines most often taken in overdose
/// named as well as the classes).
const MEANS: &str = r"(pills|tablets|meds|medications?|medicines?|capsules|pain ?killers|sleepers|sleeping (pills|tablets)|insulin( pens)?|pens|patches|morphine|opioids|oxys?|benzos|antidepressants|paracetamol|tylenol|ibuprofen|codeine|tramadol|amitriptyline|nortriptyline|quetiapine|olanzapine|clozapine|lithium|diazepam|lorazepam|clonazepam|alprazolam|temazepam|zopiclone|zolpidem|sertraline|fluoxetine|citalopram|escitalopram|venlafaxine|mirtazapine|trazodone|propranolol|gabapentin|pregabalin|oxycodone|hydrocodone|methadone|aspirin|acetaminophen|warfarin|insulin|xanax|valium|ambien|seroquel|klonopin|ativan|percocet|vicodin|oxycontin|rope|cord|noose|guns?|pistol|rifle|shotgun|firearm|revolver|handgun|weapon|knife|knives|bullets|ammunition|ammo|razor ?blades|blades|charcoal|bleach|antifreeze|syringes|stash|stockpile|hose|hosepipe)";

/// The words of [`MEANS`], as tokens: a sentence without one skips the ending reader.
const MEANS_WORDS: &[&str] = &[
    "pills",
    "tablets",
    "meds",
    "medication",
    "medications",
    "medicine",
    "medicines",
    "capsules",
    "painkillers",
    "killers",
    "sleepers",
    "sleeping",
    "insulin",
    "pens",
    "patches",
    "morphine",
    "opioids",
    "oxy",
    "oxys",
    "benzos",
    "antidepressants",
    "paracetamol",
    "tylenol",
    "ibuprofen",
    "codeine",
    "tramadol",
    "amitriptyline",
    "nortriptyline",
    "quetiapine",
    "olanzapine",
    "clozapine",
    "lithium",
    "diazepam",
    "lorazepam",
    "clonazepam",
    "alprazolam",
    "temazepam",
    "zopiclone",
    "zolpidem",
    "sertraline",
    "fluoxetine",
    "citalopram",
    "escitalopram",
    "venlafaxine",
    "mirtazapine",
    "trazodone",
    "propranolol",
    "gabapentin",
    "pregabalin",
    "oxycodone",
    "hydrocodone",
    "methadone",
    "aspirin",
    "acetaminophen",
    "warfarin",
    "xanax",
    "valium",
    "ambien",
    "seroquel",
    "klonopin",
    "ativan",
    "percocet",
    "vicodin",
    "oxycontin",
    "rope",
    "cord",
    "noose",
    "gun",
    "guns",
    "pistol",
    "rifle",
    "shotgun",
    "firearm",
    "revolver",
    "handgun",
    "weapon",
    "knife",
    "knives",
    "bullets",
    "ammunition",
    "ammo",
    "blades",
    "razorblades",
    "charcoal",
    "bleach",
    "antifreeze",
    "syringes",
    "stash",
    "stockpile",
    "hose",
    "hosepipe",
];

/// Purpose markers: "for when", "for the day", "in case", "so that".
const PURPOSE: &str = r"((ready )?for (when|the day|the time|the moment|if|once|whenever)|(ready )?for|(just )?in case|so (that )?|ready for (when|the day)|to use (when|if|once)|(because|as|since) (one day|someday|some day|at some point|eventually|maybe)|as|to have)";

/// A medicine held back in quantity "just in case", with the case left unsaid: "keeping about
/// a month of her amitriptyline in a drawer 'just in case'" (a stockpile, the classic
/// preparatory act; a case said, "in case she forgets", is no such ellipsis).
const HOARD: &str = r"(keeping|kept|keeps|keep|saving|saved|saves|hoarding|hoarded|stockpiling|stockpiled|holding onto|holding on to|hanging onto|hanging on to|putting aside|put aside|setting aside|set aside)( \S+){0,2}? (a (week|month|fortnight|year)('s)?( worth)? of|weeks of|months of|a stash of|a supply of|a pile of|a stockpile of|a bag of|a box of|extra|all (of )?(her|his|their|my)|the rest of (her|his|their|my)|(her|his|their|my) (old|leftover|spare|unused))( \S+){0,2} (?P<med>pills|tablets|meds|medications?|medicines?|capsules|painkillers|sleeping (pills|tablets)|amitriptyline|nortriptyline|quetiapine|olanzapine|lithium|diazepam|lorazepam|clonazepam|alprazolam|temazepam|zopiclone|zolpidem|sertraline|fluoxetine|citalopram|venlafaxine|mirtazapine|trazodone|propranolol|gabapentin|pregabalin|oxycodone|codeine|tramadol|paracetamol|insulin|morphine|benzos|xanax|valium|seroquel)( \S+){0,5}? (?P<why>'?(just )?in case'?)( [,.;:!?]| (though|but|and|although)\b|$)";

/// Predicates of escape or ending: "she can't cope any more", "it all gets too much", "he
/// has had enough", "everything can stop", "the time comes".
const ENDING: &str = r"((can't|cannot|can not|couldn't|won't|doesn't|don't|no longer|not) (be able to )?(take|cope|bear|stand|handle|manage|go on|face|carry on|keep going|do this|do it)( (it|this|that|things|life|anymore|any|more|longer|no|again|all|at all))*|had enough|(gets?|got|getting|becomes?|became|is|are|feels?|seems?|grows?)( all)? (too much|unbearable|too hard|too heavy|too dark|too painful|hopeless|pointless|impossible|unlivable|intolerable)|(it|everything|things|it all|all of it|the suffering|life|all this|this) (can|could|will|would|to|might)( all)? (stop|end|be over|finish|be done)|decides?|decided|decides? to (go|do it|leave)|(things|it|life) (don't|doesn't|do not|does not|never|won't) (get|gets) better|(an|the) (out|escape)|(a|an|the|my|his|her|their) (last resort|backup|backup plan|plan b|final option|option|way out|exit|escape route)|(is|'s|are|am|'m) ready|gives? up|gave up|wants? out|the time comes|it comes to (that|it)|(a|the) way out|an exit|end it( all)?|end things|the end)";

/// What may follow an ending predicate: the end of its clause.
const CLAUSE_END: &str = r"( [,.;:!?]| (and|but|because|so|then|he|she|they|i|when|once|if)\b|$)";

/// Strong purposes of self-injury: pain, punishment.
const PAIN_PURPOSE: &str = r"((on purpose|deliberately|intentionally) )?((to|so (that )?(she|he|i|they) (could|can|would|might)) (feel|cause|get) (the |some |a )?(pain|sting|hurt|burn|ache)|to hurt (him|her|my|them)sel(f|ves)|to punish (him|her|my|them)sel(f|ves)|as (a )?punishment|until (it|they) (hurt|hurts|stung|stings|burned|burns|ached)|so (that )?it (would |will )?(hurt|hurts|stings?))";

/// Purposes of emotion regulation: harm when the act is a harmful one.
const RELIEF_PURPOSE: &str = r"((on purpose|deliberately|intentionally) )?((to|so (that )?(she|he|i|they) (could|can|would|might)) (feel) (something|anything|real|alive)|to (make|get|help) (the |her |his |my |their |those |these |all )?(bad )?(feelings?|emotions?|thoughts|voices|noise|numbness|memories|urges|it|it all|everything|the rage|the anger|the sadness|the guilt|the shame|rage|anger|sadness|guilt|shame)( all)? (to )?(stop|go away|go quiet|quiet down|calm down|disappear|shut up|end|ease|fade|die down|numb)|to (numb|quiet|silence|drown out|release|escape) (the |her |his |my |their )?(feelings?|emotions?|thoughts|voices|tension|numbness|guilt|shame|anger|rage|sadness)|to (feel|get) (some )?(relief|release)|to calm (down|(him|her|my|them)sel(f|ves))|to feel (calm|calmer|in control|better)|to get (it|the anger|the pain|the rage|the feelings?) out|to let (it|the anger|the pain) out|to cope|to distract (him|her|my|them)sel(f|ves))";

/// The thoughts or urges named before, said to persist: "the thoughts are still there", "the
/// urges have not gone away", "they came back", "those thoughts keep coming".
const STILL_THERE: &str = r"((the|those|these|his|her|my|their|such|same|dark|bad|old) )?(thoughts|urges|ideas|images)( \S+){0,2}? ((are|is|were|was|'re|remain|remained|stay|stayed) )?((still|back|again) (there|around|here|present|with (him|her|me|them)|coming|happening|the same|as strong|strong|loud)|(have|has|had) not (gone|gone away|stopped|left|faded|eased|passed)|(haven't|hasn't|hadn't) (gone|gone away|stopped|left|faded|eased|passed)|(come|came|comes|coming) back|(are|is|were|was) back|return(ed|s|ing)?|keep (coming|popping up|coming back)|kept (coming|popping up|coming back)|persist\w*|linger\w*|(got|get|gets|getting) (worse|stronger|louder)|(are|is|were) (worse|stronger|louder))";

/// Words that make "the thoughts" risk thoughts when no earlier rule named them.
const RISK_CONTEXT: &[&str] = &[
    "plan",
    "plans",
    "intent",
    "intention",
    "safe",
    "safety",
    "suicidal",
    "suicide",
    "die",
    "dying",
    "dead",
    "kill",
    "killing",
    "hurt",
    "hurting",
    "harm",
    "harming",
    "cut",
    "cutting",
    "overdose",
    "tonight",
    "means",
    "crisis",
];

/// Body parts and hair an ordinary act can harm.
const HAIR: &[&str] = &[
    "hair",
    "eyelashes",
    "lashes",
    "eyebrows",
    "brows",
    "nails",
    "cuticles",
    "scabs",
    "lips",
    "lip",
    "tongue",
    "gums",
    "beard",
    "moustache",
    "mustache",
    "eyelash",
    "eyebrow",
    "hairs",
];

/// Harmful verbs: an act that can hurt when done to one's own body.
const HARMFUL: &[&str] = &[
    "pinch", "pull", "pick", "bite", "scratch", "dig", "press", "rub", "hit", "punch", "bang",
    "slap", "burn", "cut", "scrape", "scrub", "claw", "tear", "rip", "yank", "smash", "slam",
    "stab", "jab", "poke", "prick", "squeeze", "twist", "bend", "starve", "snap", "knock", "pound",
    "beat", "whip", "drag", "hold",
];

/// Tools of a coping skill, never self-harm ("holds ice", "squeezes a stress ball").
const COPING: &[&str] = &[
    "ice", "cubes", "stress", "fidget", "band", "elastic", "pillow", "cushion", "ball", "putty",
];

/// Ingesting a quantity: "a fistful of", "half a bottle of", "too many".
const QUANTITY: &[&str] = &[
    "handful", "fistful", "bottle", "bottles", "packet", "packets", "box", "strip", "strips",
    "many", "lot", "dozen", "all", "whole",
];

/// Verbs of swallowing.
const SWALLOW: &[&str] = &[
    "swallow",
    "swallowed",
    "swallows",
    "swallowing",
    "took",
    "take",
    "takes",
    "taking",
    "downed",
    "ate",
    "eats",
    "gulped",
    "necked",
];

/// Imagery: flashes, pictures, scenes, what one keeps seeing or imagining.
const IMAGERY: &[&str] = &[
    "flash",
    "flashes",
    "picture",
    "pictures",
    "image",
    "images",
    "scene",
    "scenes",
    "vision",
    "visions",
    "snapshot",
    "snapshots",
    "movie",
    "movies",
    "clip",
    "clips",
    "imagine",
    "imagines",
    "imagined",
    "imagining",
    "picturing",
    "pictured",
    "pictures",
    "seeing",
];

/// The imagery is a memory, a photo or a dream: not a harm thought.
const NOT_IMAGERY: &[&str] = &[
    "flashback",
    "flashbacks",
    "nightmare",
    "nightmares",
    "dream",
    "dreams",
    "dreamt",
    "dreamed",
    "memory",
    "memories",
    "remember",
    "remembers",
    "remembered",
    "photo",
    "photos",
    "phone",
    "album",
    "camera",
    "film",
    "news",
    "tv",
    "television",
    "witnessed",
    "lovely",
    "cute",
];

/// Words that say a thought intrudes ("pops into her head", "horrifies her").
const INTRUDES: &[&str] = &[
    "pop",
    "pops",
    "popped",
    "popping",
    "horrified",
    "horrifies",
    "horrify",
    "terrified",
    "terrifies",
    "frightens",
    "frightened",
    "scares",
    "disgusted",
    "disgusts",
    "sickens",
    "intrusive",
    "unwanted",
    "sudden",
    "suddenly",
    "random",
    "flash",
    "flashes",
    "ego",
    "dystonic",
    "distressing",
    "disturbing",
    "repulsed",
    "unbidden",
];

/// Words of distress about a thought ("it sickens him", "she avoids bathing him").
const DISTRESS: &[&str] = &[
    "sick",
    "sickened",
    "hates",
    "hate",
    "unbearable",
    "awful",
    "avoids",
    "avoid",
    "avoiding",
    "ashamed",
    "shame",
    "guilty",
    "terrible",
    "upset",
    "upsets",
    "panics",
    "panic",
    "horrible",
    "dreadful",
    "monster",
    "crying",
    "cries",
];

/// People a harm image can be about.
const IMAGE_PEOPLE: &[&str] = &[
    "baby",
    "babies",
    "son",
    "daughter",
    "child",
    "children",
    "kid",
    "kids",
    "infant",
    "newborn",
    "toddler",
    "him",
    "her",
    "them",
    "wife",
    "husband",
    "partner",
    "boyfriend",
    "girlfriend",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "brother",
    "sister",
    "someone",
    "people",
    "stranger",
    "twins",
    "grandson",
    "granddaughter",
    "boy",
    "girl",
    "pram",
    "stroller",
    "buggy",
    "cot",
    "crib",
];

/// What happens to a person in a harm image.
const IMAGE_HARM: &[&str] = &[
    "falling",
    "fall",
    "falls",
    "fell",
    "tumbling",
    "tumble",
    "tumbles",
    "tumbled",
    "dropping",
    "drop",
    "dropped",
    "slipping",
    "slip",
    "slips",
    "slipped",
    "drowning",
    "drown",
    "drowned",
    "underwater",
    "under",
    "hitting",
    "hit",
    "crushed",
    "crushing",
    "smashing",
    "smashed",
    "bleeding",
    "blood",
    "dead",
    "dying",
    "die",
    "knife",
    "knives",
    "cutlass",
    "machete",
    "blade",
    "axe",
    "cleaver",
    "panga",
    "stabbing",
    "stabbed",
    "burning",
    "burned",
    "suffocating",
    "smothering",
    "smothered",
    "strangling",
    "choking",
    "throwing",
    "threw",
    "thrown",
    "shaking",
    "hurting",
    "hurt",
    "harming",
    "injured",
    "traffic",
    "pushing",
    "pushed",
    "killing",
    "killed",
    "scalding",
    "scalded",
    "crashing",
    "crash",
    "crashes",
    "crashed",
    "limp",
    "lifeless",
    "breathing",
];

/// The compiled readers, built once.
struct Readers {
    ending: Regex,
    hoard: Regex,
    pain: Regex,
    relief: Regex,
    still: Regex,
}

fn readers() -> Option<&'static Readers> {
    static R: OnceLock<Option<Readers>> = OnceLock::new();
    R.get_or_init(|| {
        let c = |s: String| Regex::new(&s.replace(r"\b", r"(?-u:\b)")).ok();
        Some(Readers {
            ending: c(format!(
                r"\b(?P<means>{MEANS})\b( \S+){{0,14}}? (?P<why>{PURPOSE}( \S+){{0,3}}? ?{ENDING}){CLAUSE_END}"
            ))?,
            hoard: c(format!(r"\b{HOARD}"))?,
            pain: c(format!(r"\b{PAIN_PURPOSE}\b"))?,
            relief: c(format!(r"\b{RELIEF_PURPOSE}\b"))?,
            still: c(format!(r"\b{STILL_THERE}\b"))?,
        })
    })
    .as_ref()
}

/// Token span of a byte range of the normalised string.
fn span(offs: &[(usize, usize)], a: usize, b: usize) -> Option<(usize, usize)> {
    let s = offs.iter().position(|o| o.0 == a)?;
    let e = offs.iter().position(|o| o.1 >= b)? + 1;
    (e > s).then_some((s, e))
}

/// The mentions these readers find among the tokens no earlier rule took.
pub(crate) fn mentions(toks: &[Tok], covered: &[bool]) -> Vec<Mention> {
    let Some(r) = readers() else {
        return Vec::new();
    };
    let (norm, offs) = tokens::norm_string(toks);
    let free = |s: usize, e: usize| !covered[s..e].iter().any(|c| *c);
    let mut out: Vec<Mention> = Vec::new();
    let push = |m: Mention, out: &mut Vec<Mention>| {
        if free(m.start, m.end) && !out.iter().any(|o| o.start < m.end && m.start < o.end) {
            out.push(m);
        }
    };
    // A means kept for a purpose of ending (the costly pattern runs only near a means).
    let means_named = toks.iter().any(|t| {
        let n = t.norm.as_str();
        MEANS_WORDS.contains(&n) || n.ends_with("pills") || n.ends_with("killers")
    });
    for c in r
        .ending
        .captures_iter(if means_named { norm.as_str() } else { "" })
    {
        let (Some(means), Some(why)) = (c.name("means"), c.name("why")) else {
            continue;
        };
        if let Some((s, e)) = span(&offs, why.start(), why.end()) {
            push(
                Mention {
                    start: s,
                    end: e,
                    concept: Concept::Preparatory,
                    kind: Some(RiskKind::SuicidalIdeation),
                },
                &mut out,
            );
        }
        if let Some((s, e)) = span(&offs, means.start(), means.end()) {
            push(
                Mention {
                    start: s,
                    end: e,
                    concept: Concept::Means,
                    kind: Some(RiskKind::AccessToMeans),
                },
                &mut out,
            );
        }
    }
    for c in r
        .hoard
        .captures_iter(if means_named { norm.as_str() } else { "" })
    {
        let (Some(med), Some(why)) = (c.name("med"), c.name("why")) else {
            continue;
        };
        for (m, concept, kind) in [
            (why, Concept::Preparatory, RiskKind::SuicidalIdeation),
            (med, Concept::Means, RiskKind::AccessToMeans),
        ] {
            if let Some((s, e)) = span(&offs, m.start(), m.end()) {
                push(
                    Mention {
                        start: s,
                        end: e,
                        concept,
                        kind: Some(kind),
                    },
                    &mut out,
                );
            }
        }
    }
    // An act on one's own body for a purpose of pain or relief.
    for (re, strong) in [(&r.pain, true), (&r.relief, false)] {
        for m in re.find_iter(&norm) {
            let Some((s, e)) = span(&offs, m.start(), m.end()) else {
                continue;
            };
            if let Some(concept) = act_on_own_body(toks, s, strong) {
                push(
                    Mention {
                        start: s,
                        end: e,
                        concept,
                        kind: Some(RiskKind::SelfHarm),
                    },
                    &mut out,
                );
            }
        }
    }
    // The thoughts named before still there: the category of the mention they refer to.
    if toks.iter().any(|t| RISK_CONTEXT.contains(&t.norm.as_str())) {
        for m in r.still.find_iter(&norm) {
            if let Some((s, e)) = span(&offs, m.start(), m.end()) {
                push(
                    Mention {
                        start: s,
                        end: e,
                        concept: Concept::Urge,
                        kind: None,
                    },
                    &mut out,
                );
            }
        }
    }
    if let Some((s, e)) = harm_image(toks) {
        // "this picture pops in of holding her under": words another rule took inside the
        // image ("pops") leave the rest of it, from the word after them, to be read.
        // "pictures in her mind of the boti cutting the baby": the blade's "cutting" another
        // rule took (as self-injury, then set aside) leaves the person it was done to.
        let s = match (s..e).rev().find(|&k| covered[k]) {
            Some(k) if k + 2 < e => k + 1,
            _ => s,
        };
        push(
            Mention {
                start: s,
                end: e,
                concept: Concept::IntrusiveHarm,
                kind: Some(RiskKind::HarmToOthers),
            },
            &mut out,
        );
    }
    out
}

/// Whether a word is a harmful verb in any inflection ("pinches", "pulled", "digging").
fn harmful(w: &str) -> bool {
    HARMFUL.iter().any(|h| {
        w == *h
            || w.strip_prefix(h).is_some_and(|rest| {
                matches!(
                    rest,
                    "s" | "es"
                        | "ed"
                        | "d"
                        | "ing"
                        | "ped"
                        | "ping"
                        | "bed"
                        | "bing"
                        | "ged"
                        | "ging"
                        | "ted"
                        | "ting"
                )
            })
            || matches!(
                (w, *h),
                ("bit" | "bitten", "bite")
                    | ("tore" | "torn", "tear")
                    | ("held", "hold")
                    | ("beaten", "beat")
                    | ("dug", "dig")
            )
    })
}

/// The act before a purpose at `p`, in its clause: an act on one's own body (a harmful verb
/// for a purpose of relief; any act for a purpose of pain), or a quantity swallowed.
fn act_on_own_body(toks: &[Tok], p: usize, strong: bool) -> Option<Concept> {
    let from = (0..p)
        .rev()
        .take(12)
        .take_while(|&k| !matches!(toks[k].norm.as_str(), "." | ";" | "but" | "because"))
        .last()?;
    let w: Vec<&str> = toks[from..p].iter().map(|t| t.norm.as_str()).collect();
    if w.iter().any(|x| COPING.contains(x)) {
        return None;
    }
    let own_body = w.windows(2).any(|x| {
        matches!(x[0], "his" | "her" | "my" | "their" | "your" | "the")
            && (super::frames::is_body(x[1]) || HAIR.contains(&x[1]))
    }) || w.iter().any(|x| {
        matches!(
            *x,
            "himself" | "herself" | "myself" | "themselves" | "yourself"
        )
    }) || w.windows(3).any(|x| {
        matches!(x[0], "his" | "her" | "my" | "their")
            && (super::frames::is_body(x[2]) || HAIR.contains(&x[2]))
    });
    // Someone else's body: "his wife's back", "her son's hair".
    let others = w
        .iter()
        .any(|x| x.ends_with("'s") && actors::is_relation(x));
    let swallowed = w.iter().any(|x| SWALLOW.contains(x)) && w.iter().any(|x| QUANTITY.contains(x));
    if swallowed {
        return Some(Concept::SelfPoisoning);
    }
    let acted = strong || w.iter().any(|x| harmful(x));
    (own_body && !others && acted).then_some(Concept::SelfInjury)
}

/// An image of harm to a person: an imagery word, then within a short reach a person and
/// what happens to them. Returns the token span from the imagery word to the last of them.
fn harm_image(toks: &[Tok]) -> Option<(usize, usize)> {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    if w.iter().any(|x| NOT_IMAGERY.contains(x)) {
        return None;
    }
    for k in 0..w.len() {
        // "sudden thoughts of the baby going limp": unwanted thoughts are images too.
        let unwanted_thoughts = matches!(w[k], "thoughts" | "thought")
            && w[k.saturating_sub(2)..k].iter().any(|x| {
                matches!(
                    *x,
                    "sudden"
                        | "intrusive"
                        | "unwanted"
                        | "horrible"
                        | "awful"
                        | "scary"
                        | "disturbing"
                        | "horrific"
                        | "violent"
                )
            });
        let intrudes = matches!(w[k], "thoughts" | "thought" | "idea")
            && matches!(w.get(k + 1), Some(&("of" | "about")))
            && w.iter().any(|x| INTRUDES.contains(x));
        // "I does see the cutlass and the baby in my head": what one sees in one's head or
        // mind is an image, whatever the verb's tense.
        let in_head = matches!(w[k], "see" | "sees" | "saw" | "seen" | "seeing")
            && w[k + 1..(k + 12).min(w.len())].windows(3).any(|p| {
                p[0] == "in"
                    && matches!(p[1], "my" | "her" | "his" | "their" | "the")
                    && matches!(p[2], "head" | "mind" | "mind's")
            });
        let imagery = unwanted_thoughts
            || intrudes
            || in_head
            || IMAGERY.contains(&w[k])
            && (w[k] != "seeing"
                || (k > 0 && matches!(w[k - 1], "keeps" | "keep" | "kept" | "keeps on")))
            // "pictures of" a harm, not "pictures her son" at a party; "imagine" as a
            // verb takes its object directly.
            && !(matches!(w[k], "picture" | "image" | "scene" | "vision")
                && k > 0
                && matches!(w[k - 1], "big" | "whole" | "clinical" | "clear" | "full"));
        if !imagery {
            continue;
        }
        let hi = (k + 16).min(w.len());
        let mut person = None;
        let mut harm = None;
        for j in k + 1..hi {
            if matches!(w[j], "." | ";" | "but") {
                break;
            }
            // "the baby's head hitting the table": a possessive names the person too.
            // "pictures in her mind of ...": "her" owning the mind is the client, not a person
            // in the image.
            let owner_of_mind = w[j] == "her"
                && matches!(
                    w.get(j + 1),
                    Some(&("mind" | "head" | "thoughts" | "eyes" | "dreams" | "imagination"))
                );
            if person.is_none()
                && !owner_of_mind
                && IMAGE_PEOPLE.contains(&w[j].trim_end_matches("'s"))
            {
                person = Some(j);
            }
            // "bathing the baby and then this picture pops in of holding her under": the
            // pronoun after the image's own act takes up the child named before it.
            if person.is_none()
                && matches!(w[j], "her" | "him")
                && matches!(
                    w[j - 1],
                    "holding" | "pushing" | "dropping" | "drowning" | "smothering" | "shaking"
                )
                && w[..k].iter().any(|x| {
                    matches!(
                        *x,
                        "baby" | "infant" | "newborn" | "toddler" | "son" | "daughter"
                    )
                })
            {
                person = Some(j);
            }
            // "pictures of the boti cutting the baby": a blade's cutting is a harm when a
            // person is its object (not "cutting the baby's cake").
            if harm.is_none()
                && matches!(w[j], "cutting" | "cut" | "slashing" | "slicing")
                && w[j + 1..(j + 3).min(w.len())]
                    .iter()
                    .position(|x| IMAGE_PEOPLE.contains(x) || matches!(*x, "him" | "her"))
                    .is_some_and(|o| {
                        o == 0 || matches!(w[j + 1], "the" | "my" | "her" | "his" | "their")
                    })
            {
                harm = Some(j);
            }
            if harm.is_none() && IMAGE_HARM.contains(&w[j]) {
                // "under" a harm only when water follows ("under the bath water").
                // "holding her under": a body held under is under water.
                let water = w[j] != "under"
                    || w[j + 1..(j + 4).min(w.len())]
                        .iter()
                        .any(|x| matches!(*x, "water" | "bathwater" | "surface"))
                    || w[j.saturating_sub(3)..j].iter().any(|x| {
                        matches!(
                            *x,
                            "holding" | "held" | "hold" | "holds" | "pushing" | "pushed"
                        )
                    });
                if water {
                    harm = Some(j);
                }
            }
            if let (Some(p), Some(h)) = (person, harm) {
                // A worry about an accident is not a harm thought: the image must intrude,
                // distress, show the client's own act, or be of a baby in a noun of imagery.
                let distress = w
                    .iter()
                    .any(|x| INTRUDES.contains(x) || DISTRESS.contains(x));
                let own_act = (k + 1..h).chain(h..=h).any(|j| {
                    matches!(
                        w[j],
                        "holding"
                            | "letting"
                            | "dropping"
                            | "pushing"
                            | "throwing"
                            | "putting"
                            | "shaking"
                            | "smothering"
                            | "drowning"
                            | "stabbing"
                            | "hitting"
                    ) && w
                        .get(j + 1)
                        .is_some_and(|x| IMAGE_PEOPLE.contains(x) || *x == "the")
                });
                let baby_image = !w[k].starts_with("imagin")
                    && !matches!(w[k], "picturing" | "pictured" | "seeing")
                    && w[k + 1..=p.max(h)].iter().any(|x| {
                        matches!(
                            *x,
                            "baby"
                                | "infant"
                                | "newborn"
                                | "toddler"
                                | "pram"
                                | "cot"
                                | "crib"
                                | "buggy"
                                | "stroller"
                        )
                    });
                if !(distress || own_act || baby_image) {
                    break;
                }
                // "pictures strangling him": a harm verb with its person is read by the
                // harm-verb rules (homicidal, or intrusive when unwanted).
                let verb_then_person = p > h
                    && p <= h + 2
                    && matches!(w[p], "him" | "her" | "them")
                    && w[h].ends_with("ing")
                    // Dropping, shaking, burning or throwing "him" is harm only to a child
                    // there, so the image reads it.
                    && !matches!(w[h], "dropping" | "shaking" | "burning" | "scalding" | "throwing");
                // "pictures in her head of smothering him": the noun of imagery, not the verb,
                // keeps the image's reading.
                let noun_image = matches!(
                    w[k],
                    "picture"
                        | "pictures"
                        | "image"
                        | "images"
                        | "flash"
                        | "flashes"
                        | "scene"
                        | "scenes"
                        | "vision"
                        | "visions"
                ) && matches!(w.get(k + 1), Some(&("of" | "in")));
                if verb_then_person && !noun_image {
                    break;
                }
                // "I asked about the scary thoughts and she told me the picture of dropping
                // the baby ... keeps popping in": the image nearest the harm is the one told.
                let s = (k + 1..p.min(h))
                    .rev()
                    .find(|&j| IMAGERY.contains(&w[j]))
                    .unwrap_or(k);
                return Some((s, p.max(h) + 1));
            }
        }
    }
    None
}

/// Words a counterfactual or refused assertion is made of.
fn say_verb(w: &str) -> bool {
    matches!(
        w,
        "say" | "tell" | "pretend" | "claim" | "promise" | "swear" | "honestly" | "truthfully"
    )
}

/// A first-person litotes around the negation at `k`: "I'd be lying if I said I haven't",
/// "it would be a lie to say she hasn't", "can't honestly tell you I've never" (a refused or
/// counterfactual assertion before a second negation), or "couldn't say that X hasn't" (the
/// refused assertion is `k` itself and a second negation follows). Read as affirmed.
pub(crate) fn litotes(toks: &[Tok], seg: &[usize], k: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let is_neg = |j: usize| {
        let n = w(j);
        matches!(n, "not" | "never" | "no") || n.ends_with("n't") || n == "cannot"
    };
    // "There's never been a time since first year when he didn't have a plan", "not a day
    // goes by that she doesn't think of it": a universal negated over a negated clause.
    let universal = (k.saturating_sub(16)..k).any(|j| {
        let span = matches!(
            w(j + 1),
            "time" | "day" | "night" | "week" | "moment" | "morning" | "minute" | "hour"
        );
        let opener = (matches!(w(j), "a" | "one" | "single") && span && {
            let before = (j.saturating_sub(3)..j).map(w).collect::<Vec<_>>();
            before
                .iter()
                .any(|x| matches!(*x, "never" | "not" | "no") || x.ends_with("n't"))
        }) || (w(j) == "no" && span);
        opener
            && (j + 2..k).any(|m| {
                matches!(w(m), "when" | "that" | "where") || (w(m) == "goes" && w(m + 1) == "by")
            })
    });
    if universal && is_neg(k) {
        return true;
    }
    // A counterfactual or refused assertion shortly before `k`.
    let lo = k.saturating_sub(10);
    for j in (lo..k).rev() {
        if seg[j] != seg[k] {
            break;
        }
        let n = w(j);
        let counterfactual = (matches!(n, "lying" | "lie") && matches!(w(j + 1), "if" | "to"))
            || (n == "lie" && w(j + 1) == "that")
            || ((n == "true" || n == "untrue" || n == "false")
                && matches!(w(j + 1), "to" | "that")
                && (n != "true" || is_neg(j.saturating_sub(1))))
            // "It is not correct to say he has never considered it", "wrong to say".
            || (matches!(n, "correct" | "right" | "accurate" | "fair" | "wrong" | "incorrect")
                && matches!(w(j + 1), "to" | "that")
                && (matches!(n, "wrong" | "incorrect") || is_neg(j.saturating_sub(1))));
        let refused = is_neg(j)
            && (say_verb(w(j + 1))
                || (matches!(w(j + 1), "really" | "honestly" | "truthfully")
                    && say_verb(w(j + 2)))
                || (w(j + 1) == "going" && w(j + 2) == "to" && say_verb(w(j + 3))));
        if counterfactual || (refused && j + 1 < k) {
            return true;
        }
    }
    // "I won't lie, ...", "not gonna lie": the negation vouches for what follows.
    let lie_at = if w(k + 1) == "lie" {
        Some(k + 1)
    } else if matches!(w(k + 1), "gonna" | "going") {
        (k + 2..k + 4).find(|&j| w(j) == "lie")
    } else {
        None
    };
    if lie_at.is_some_and(|j| matches!(w(j + 1), "," | ":" | "to" | "though" | "-")) {
        return true;
    }
    // "couldn't say that wanting to die hasn't crossed his mind": the refusal is `k`.
    let refusal_here = say_verb(w(k + 1))
        || (matches!(w(k + 1), "really" | "honestly" | "truthfully") && say_verb(w(k + 2)));
    refusal_here
        && (k + 2..toks.len())
            .take_while(|&j| seg[j] == seg[k])
            .any(|j| is_neg(j) && !(w(j) == "no" && w(j + 1) == "one"))
}

/// "I'd be lying if I said ...": the "if" at `p` opens a litotes, not a hypothetical.
pub(crate) fn lying_if(toks: &[Tok], p: usize) -> bool {
    p > 0 && matches!(toks[p - 1].norm.as_str(), "lying" | "lie")
}

/// Striking verbs the harm-verb list lacks ("smacked a stranger with her handbag"): whom
/// they strike decides the category there.
pub(crate) fn strike_verb(n: &str) -> bool {
    const STRIKE: &[&str] = &[
        "smack",
        "whack",
        "thump",
        "wallop",
        "clobber",
        "clout",
        "batter",
        "bludgeon",
        "pummel",
        "headbutt",
        "elbow",
        "stamp",
        "stomp",
        "club",
        "bash",
        "knee",
        "tackle",
        "jump",
        "deck",
        "floor",
        "twist",
        "wrench",
        "bend",
        "rap",
        "spank",
        // Northern English and British slang: "his lass brays him", "lamped him", "chinned a
        // lad", "nutted the bouncer".
        "bray",
        "lamp",
        "twat",
        "chin",
        "nut",
        "leather",
        // Regional words for a slap or a blow: Scots "skelped the bairn", South African "klapped
        // her", Australian and New Zealand "biffed him", American "whupped".
        "skelp",
        "klap",
        "biff",
        "whup",
        // Colloquial blows: "cracked a guy over the head", "brained him with a bottle",
        // "conked", "bopped", "slugged", "banjoed", "larruped",
        // "cold-cocked" (a person must be the object: "cracked a beer" is none).
        "crack",
        "brain",
        "conk",
        "bop",
        "slug",
        "banjo",
        "larrup",
        "cold-cock",
        // Hawaiian Pidgin and Caribbean "buss up" (beat up), "buss his head"; Jamaican "juk"
        // (stab: "juk a next yute with a ratchet knife").
        "buss",
        "juk",
        "jook",
        // Corporal punishment: "flogs her with a koboko", "caned the boy" ("flogging his car"
        // sells a thing: a person must be the object).
        "flog",
        "cane",
        "horsewhip",
        // "I swatted her, she had it coming": a slap with the flat of the hand (a person must
        // be the object: "swatted a fly" is none).
        "swat",
    ];
    // "out on Cane River", "his walking canes": the bare noun is no blow ("caned him" is).
    if matches!(n, "cane" | "canes") {
        return false;
    }
    let n = n.strip_suffix("ing").map_or(n, |b| b);
    let base = [
        n.strip_suffix("ed"),
        n.strip_suffix("d"),
        n.strip_suffix("s"),
        n.strip_suffix("es"),
        Some(n),
    ];
    base.iter().flatten().any(|b| {
        // "clubbed", "decked": a doubled last consonant ("clubb") is the stem's; "rapid"
        // and "jumpy" end on no double and are other words.
        let doubled = b.len() > 3 && {
            let c = b.as_bytes();
            c[c.len() - 1] == c[c.len() - 2]
        };
        STRIKE.contains(b) || doubled && STRIKE.contains(&&b[..b.len() - 1])
    })
}

/// Verbs that turn an object on someone: an object nobody lists as a weapon counts when it
/// is swung, jabbed or brandished at a person, or a person is gone for with it.
const THRUST_VERBS: &[&str] = &[
    "brandish",
    "brandishes",
    "brandished",
    "brandishing",
    "jab",
    "jabs",
    "jabbed",
    "jabbing",
    "thrust",
    "thrusts",
    "thrusting",
    "swipe",
    "swipes",
    "swiped",
    "swiping",
    "wave",
    "waves",
    "waved",
    "waving",
    "point",
    "points",
    "pointed",
    "pointing",
    "pull",
    "pulls",
    "pulled",
    "pulling",
    "fling",
    "flings",
    "flinging",
];

/// Verbs of going for someone ("came at him with a spade", "went for a stranger with").
const GO_VERBS: &[&str] = &[
    "came", "come", "comes", "coming", "went", "go", "goes", "going", "lunged", "lunges",
    "lunging", "charged", "charges", "charging", "ran", "rushed", "rushes", "rushing", "flew",
    "chased", "chases", "chasing", "chase",
];

/// Whether a verb can turn an object on someone (read by [`improvised_target`]).
pub(crate) fn turns_on(n: &str) -> bool {
    THRUST_VERBS.contains(&n) || GO_VERBS.contains(&n)
}

/// Things held up or pointed at people without menace.
const HARMLESS: &[&str] = &[
    "phone",
    "mobile",
    "camera",
    "hand",
    "hands",
    "finger",
    "fingers",
    "thumb",
    "fist",
    "fists",
    "arm",
    "arms",
    "flag",
    "flags",
    "sign",
    "banner",
    "ticket",
    "tickets",
    "badge",
    "card",
    "id",
    "paper",
    "papers",
    "letter",
    "menu",
    "torch",
    "flashlight",
    "remote",
    "hat",
    "cap",
    "pen",
    "microphone",
    "mic",
    "note",
    "receipt",
    "keys",
    "book",
    "list",
    "photo",
    "picture",
    "map",
    "drink",
    "glass",
    "scarf",
    "handkerchief",
    "tissue",
    "sandwich",
    "muscle",
    "muscles",
    "question",
    "questions",
    "accusations",
    "complaints",
    "demands",
    "criticism",
    "insults",
    "words",
    "comments",
    "jokes",
    "request",
    "requests",
    "news",
    "story",
    "idea",
    "ideas",
    "plan",
    "offer",
    "proposal",
    "flowers",
    "gift",
    "present",
    "newspaper",
    "paper",
    "magazine",
    "leaflet",
    "brochure",
    "bill",
    "napkin",
    "towel",
    "cloth",
    "shirt",
    "jacket",
    "coat",
    "form",
    "document",
    "envelope",
    "ipad",
    "tablet",
    "laptop",
    "toy",
    "teddy",
    "doll",
    "balloon",
    "wand",
    "hairdryer",
    "bag",
    "handbag",
    "purse",
    "wallet",
];

/// People a weapon act can be turned on, beyond the relation nouns.
const PEOPLE: &[&str] = &[
    "doorman",
    "bouncer",
    "waiter",
    "waitress",
    "cashier",
    "clerk",
    "guard",
    "passenger",
    "passengers",
    "cyclist",
    "referee",
    "shopkeeper",
    "assistant",
    "worker",
    "workers",
    "postman",
    "attendant",
    "bartender",
    "barman",
    "tenant",
    "flatmate",
    "housemate",
    "mate",
    "lad",
    "lads",
    "bloke",
    "youth",
    "youths",
    "teenager",
    "teenagers",
    "teen",
    "teens",
    "men",
    "women",
    "guys",
    "fan",
    "fans",
    "player",
    "opponent",
    "security",
    "paramedic",
    "motorist",
    "pedestrian",
    "delivery",
    "courier",
    "victim",
    "protester",
    "protesters",
    "partygoer",
    "kids",
    // Jamaican "a next yute" (another young man), "di bwoy".
    "yute",
    "yutes",
    "bwoy",
    // Anyone at all, in the words people use for a stranger or a fellow inmate.
    "fellow",
    "fella",
    "feller",
    "chap",
    "stranger",
    "cellmate",
    "inmate",
    "detainee",
    "prisoner",
    "warden",
    "classmate",
    "coworker",
    "colleague",
    "roommate",
    "driver",
];

/// The person named at `k` (after up to two determiners or adjectives), if any.
fn person_at(toks: &[Tok], k: usize) -> Option<usize> {
    for j in k..k + 3 {
        let t = toks.get(j)?;
        let n = t.norm.as_str();
        if t.punct {
            return None;
        }
        // "threw a coffee mug at his head": a person's body part is the person.
        if matches!(n, "his" | "her" | "their" | "my")
            && toks
                .get(j + 1)
                .is_some_and(|x| super::frames::is_body(&x.norm))
        {
            return Some(j);
        }
        if matches!(
            n,
            "him" | "her" | "them" | "me" | "us" | "someone" | "somebody" | "anyone" | "people"
        ) {
            // "at her" ends there; "at her car" is a thing.
            let next = toks.get(j + 1).map_or("", |x| x.norm.as_str());
            let alone = n != "her"
                || toks.get(j + 1).is_none_or(|x| x.punct)
                || matches!(
                    next,
                    "and"
                        | "with"
                        | "during"
                        | "in"
                        | "on"
                        | "when"
                        | "after"
                        | "over"
                        | "because"
                        | "as"
                        | "while"
                );
            if alone {
                return Some(j);
            }
            if actors::is_relation(next) || PEOPLE.contains(&next) {
                return Some(j + 1);
            }
            return None;
        }
        if actors::is_relation(n) || PEOPLE.contains(&n) || (t.capital && j > 0) {
            return Some(j);
        }
    }
    None
}

/// For a verb at `v` that turns an object on someone, the first token of the person it is
/// turned on and the person's noun, when the object is any thing (not a listed weapon, not a harmless one):
/// "brandished a broken chair leg at the doorman", "jabbed a fork toward her roommate",
/// "came at his neighbour with a spade", "went for a stranger with her umbrella".
pub(crate) fn improvised_target(toks: &[Tok], v: usize) -> Option<(usize, usize)> {
    let n = toks[v].norm.as_str();
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    if THRUST_VERBS.contains(&n) {
        // "had a machete in the truck and was waving it at one fellow", "his hunting knife...
        // pulled it on a guy": a pronoun object stands for the weapon named before it.
        if matches!(w(v + 1), "it" | "'em" | "em")
            && (matches!(w(v + 2), "at" | "toward" | "towards")
                || w(v + 2) == "on" && n.starts_with("pull"))
            && toks[..v].iter().any(|t| actors::is_weapon(&t.norm))
        {
            return person_at(toks, v + 3).map(|p| (v + 3, p));
        }
        // The object: a determiner, up to three words, then the preposition.
        if !matches!(
            w(v + 1),
            "a" | "an" | "the" | "his" | "her" | "their" | "my" | "some" | "this" | "that"
        ) {
            return None;
        }
        let prep = (v + 2..(v + 6).min(toks.len())).find(|&j| {
            matches!(w(j), "at" | "toward" | "towards" | "on")
                || toks[j].punct
                || matches!(w(j), "and" | "to" | "in" | "out" | "from")
        })?;
        if !matches!(w(prep), "at" | "toward" | "towards" | "on") || prep < v + 3 {
            return None;
        }
        // "on" only for drawing and pulling ("pulled a chisel on him").
        if w(prep) == "on" && !n.starts_with("pull") {
            return None;
        }
        let head = w(prep - 1);
        // "waved his arm" is a gesture; "a chair leg" is a thing.
        let body = super::frames::is_body(head)
            && matches!(
                w(prep - 2),
                "a" | "an" | "the" | "his" | "her" | "their" | "my" | "both"
            );
        if HARMLESS.contains(&head) || body {
            return None;
        }
        return person_at(toks, prep + 1).map(|p| (prep + 1, p));
    }
    if GO_VERBS.contains(&n) {
        // "chased a teenager down the road with a pipe": the person is the object.
        let chase = n.starts_with("chas");
        let prep = if chase { "at" } else { w(v + 1) };
        let going = matches!(
            n,
            "went"
                | "go"
                | "goes"
                | "going"
                | "lunged"
                | "lunges"
                | "lunging"
                | "charged"
                | "ran"
                | "rushed"
                | "flew"
        );
        if !(prep == "at" || prep == "after" || (prep == "for" && going)) {
            return None;
        }
        let at = if chase { v + 1 } else { v + 2 };
        let person = person_at(toks, at)?;
        // "picked a cutlass and chased them out": the thing taken up just before.
        if armed_before(toks, v) {
            return Some((at, person));
        }
        // "... with a spade": an instrument named within a few words.
        let with = (at + 1..(at + 7).min(toks.len())).find(|&j| w(j) == "with")?;
        if toks[at..with].iter().any(|t| t.punct) {
            return None;
        }
        let head = (with + 1..(with + 5).min(toks.len()))
            .take_while(|&j| !toks[j].punct)
            .last()?;
        if HARMLESS.contains(&w(head)) || actors::is_relation(w(head)) {
            return None;
        }
        return Some((at, person));
    }
    None
}

/// "picked (up) a cutlass and chased them", "grabbed the spade and went after him": the verb at
/// `v` follows "and", and the clause before it takes up a thing that is not harmless.
fn armed_before(toks: &[Tok], v: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    if v < 3 || w(v - 1) != "and" {
        return false;
    }
    let from = v.saturating_sub(8);
    let Some(take) = (from..v - 1).rev().find(|&j| {
        matches!(
            w(j),
            "picked"
                | "grabbed"
                | "seized"
                | "snatched"
                | "fetched"
                | "took"
                | "lifted"
                | "pulled"
                | "drew"
                | "got"
                | "broke"
                | "broken"
                | "smashed"
        )
    }) else {
        return false;
    };
    let span = &toks[take + 1..v - 1];
    if span.iter().any(|t| t.punct) {
        return false;
    }
    // Past "up"/"out", a determiner, then the thing (its last word before "and").
    let mut k = take + 1;
    if matches!(w(k), "up" | "out") {
        k += 1;
    }
    if !matches!(
        w(k),
        "a" | "an" | "the" | "his" | "her" | "their" | "my" | "some"
    ) {
        return false;
    }
    let head = w(v - 2);
    v - 2 > k
        && (actors::is_weapon(head) || !(HARMLESS.contains(&head) || actors::is_relation(head)))
}

/// Adjectives that make a person a dependent.
const DEPENDENT_ADJ: &[&str] = &[
    "elderly",
    "frail",
    "disabled",
    "bedbound",
    "bedridden",
    "infirm",
    "demented",
    "paralysed",
    "paralyzed",
    "handicapped",
    "vulnerable",
    "dependent",
    "nonverbal",
    "housebound",
    "blind",
    "immobile",
    "aged",
];

/// Conditions and care that make a person a dependent ("who has dementia", "he cares for").
fn dependent_word(w: &str) -> bool {
    DEPENDENT_ADJ.contains(&w)
        || w.starts_with("dementia")
        || w.starts_with("alzheimer")
        || w.starts_with("parkinson")
        || matches!(
            w,
            "disability"
                | "disabilities"
                | "stroke"
                | "wheelchair"
                | "cares"
                | "care"
                | "caring"
                | "looks"
                | "look"
                | "bed"
                | "hospice"
                | "palliative"
        )
}

/// Whether the person harmed by the verb at `v` (its object ending at `end`) is a dependent:
/// a dependency adjective in the object ("his bedbound grandmother", "the elderly man"), or a
/// condition or care right after it ("his father, who has Alzheimer's", "the man he cares
/// for"); for a pronoun object, the same said of the last person named before the verb.
pub(crate) fn dependent_victim(toks: &[Tok], v: usize, end: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let described = |noun: usize, from: usize| {
        (from..noun).any(|j| DEPENDENT_ADJ.contains(&w(j))) || {
            // A postmodifier: ", who has dementia", "with Parkinson's", "he cares for".
            let mut j = noun + 1;
            if w(j) == "," {
                j += 1;
            }
            let opens = matches!(
                w(j),
                "who" | "that" | "with" | "whom" | "he" | "she" | "they" | "i" | "in"
            );
            opens
                && (j..(j + 5).min(toks.len()))
                    .take_while(|&x| !matches!(w(x), "." | ";"))
                    .any(|x| dependent_word(w(x)))
        }
    };
    // "Son-in-law hit the lapun with a broom handle", "her grandson shoves the old man": an
    // elder named as such is the dependent the household cares for.
    let elder = matches!(
        w(end),
        "grandmother"
            | "grandfather"
            | "granny"
            | "grandma"
            | "grandpa"
            | "gran"
            | "nana"
            | "mamaw"
            | "memaw"
            | "meemaw"
            | "papaw"
            | "lapun"
            | "elder"
    ) || matches!(w(end), "man" | "woman" | "lady" | "gentleman")
        && end > 0
        && matches!(w(end - 1), "old" | "elderly" | "aged")
        && end > 1
        && w(end - 2) == "the";
    if elder {
        return true;
    }
    let pronoun = matches!(w(end), "him" | "her" | "them");
    if !pronoun {
        return described(end, v + 1);
    }
    // The antecedent: the last relation noun before the verb.
    (0..v)
        .rev()
        .find(|&j| actors::is_relation(w(j)) && !w(j).ends_with("'s"))
        .is_some_and(|noun| described(noun, noun.saturating_sub(3)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_compile() {
        assert!(readers().is_some());
    }

    fn target(s: &str, verb: &str) -> Option<String> {
        let t = tokens::tokenize(s);
        let v = t.iter().position(|x| x.norm == verb)?;
        improvised_target(&t, v).map(|(_, k)| t[k].norm.clone())
    }

    #[test]
    fn improvised_weapons_need_a_person_and_a_thing() {
        assert_eq!(
            target("he waved a crowbar at the cyclist", "waved").as_deref(),
            Some("cyclist")
        );
        assert_eq!(
            target("she came at him with a shovel", "came").as_deref(),
            Some("him")
        );
        assert_eq!(target("he waved his phone at the driver", "waved"), None);
        assert_eq!(target("he waved at the driver", "waved"), None);
        assert_eq!(
            target("she came for her brother with the car", "came"),
            None
        );
        assert_eq!(target("he went for a walk with his dog", "went"), None);
    }
}
