//! One sentence read into findings: concept triggers matched ([`super::lexicon`]), harm
//! verbs read by who does what to whom ([`super::actors`]), then each mention's ConText
//! attributes ([`super::context`]) turned into a status (present, denied, history, someone
//! else's, hypothetical, unanswered).

use super::lexicon::Concept;
use super::tokens::{self, Tok};
use super::{
    actors, acts, context, frames, lexicon, net, recall, sense, usage, Attributes, Finding,
    FindingStatus, RiskKind,
};

/// A mention before its attributes are read.
struct Raw {
    start: usize,
    end: usize,
    concept: Concept,
    kind: Option<RiskKind>,
    /// The harm verb reading says it is someone else's.
    other: bool,
    near_miss: bool,
    /// Found by an act frame ([`super::frames`]).
    framed: bool,
}

impl Raw {
    /// A mention found by a reader other than the lexicon (never through a near-miss).
    fn found(
        start: usize,
        end: usize,
        concept: Concept,
        kind: Option<RiskKind>,
        other: bool,
        framed: bool,
    ) -> Raw {
        Raw {
            start,
            end,
            concept,
            kind,
            other,
            near_miss: false,
            framed,
        }
    }
}

/// Thought/plan cues that make a method a suicidal one ("thought about jumping from").
const METHOD_CUES: &[&str] = &[
    "thought",
    "thoughts",
    "thinking",
    "thinks",
    "think",
    "considered",
    "considering",
    "plan",
    "plans",
    "planning",
    "planned",
    "urge",
    "urges",
    "intent",
    "intends",
    "researching",
    "researched",
    "wants",
    "want",
    "wanted",
    "going",
    "imagined",
    "imagines",
    "pictures",
    "picturing",
    "fantasizes",
    "contemplating",
    "contemplated",
    "ideation",
    "suicidal",
    "tempted",
    "wished",
    "wishes",
    // An act set out on: "went down the front meaning to walk into the sea".
    "meaning",
    "meant",
    "intending",
    "intended",
    "intention",
    // Irish and Newfoundland "with the notion to put the truck through the ice".
    "notion",
    "notions",
    // A future told as intent: "he'll walk off the pier one night"; a wish: "she'd just
    // like to walk off the end of the pier".
    "he'll",
    "she'll",
    "i'll",
    "like",
    "gonna",
];

/// Verbs whose object is the one given naloxone ("gave him Narcan", "his girlfriend had to
/// hit him with Narcan", "revived her with naloxone"): that person overdosed, not the giver.
fn rescue_verb(n: &str) -> bool {
    matches!(
        n,
        "gave"
            | "give"
            | "gives"
            | "hit"
            | "hits"
            | "dosed"
            | "doses"
            | "jabbed"
            | "jabs"
            | "sprayed"
            | "sprays"
            | "revived"
            | "revives"
            | "brought"
            | "brings"
    )
}

/// The words between a place phrase's "in" and the verb: an article or a capitalised name,
/// at most one noun more, then only auxiliaries ("the village", "Zuarungu has been").
fn place_before_verb(between: &[Tok]) -> bool {
    let mut n = between.len();
    while n > 0
        && matches!(
            between[n - 1].norm.as_str(),
            "has" | "have" | "had" | "been" | "is" | "was" | "keeps" | "kept" | "would" | "will"
        )
    {
        n -= 1;
    }
    let phrase = &between[..n];
    (1..=2).contains(&phrase.len())
        && (matches!(phrase[0].norm.as_str(), "the" | "a" | "an") && phrase.len() == 2
            || phrase[0].capital && !phrase[0].punct)
        && phrase.iter().all(|t| !t.punct && !t.is("of"))
}

/// "Cousin cut him down before anything": a person cut down from a rope, the interrupted
/// hanging of the one cut down.
fn cut_down(toks: &[Tok], r: &Raw) -> bool {
    r.concept == Concept::Preparatory
        && matches!(toks[r.start].norm.as_str(), "cut" | "cuts" | "cutting")
        && toks
            .get(r.start + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "him" | "her" | "you" | "me" | "them"))
}

/// Whether the client is the one who cut the person down (the rescuer, not the one rescued).
/// "he keeps replaying cutting him down", "she cut him down and called the ambulance": the
/// act remembered as a gerund, or told with the client's own pronoun as its subject.
fn cut_down_by_client(toks: &[Tok], r: &Raw) -> bool {
    toks[r.start].is("cutting")
        || r.start > 0
            && matches!(toks[r.start - 1].norm.as_str(), "he" | "she" | "i" | "they")
            && matches!(actors::subject_at(toks, r.start), actors::Subject::Client)
}

fn match_lexicon(toks: &[Tok], prev: Option<&[Tok]>, client: &[String]) -> Vec<Raw> {
    read_mentions(toks, prev, client).0
}

/// Whether the rules read a risk word in the sentence and judged it no current risk of the
/// client's: an idiom or non-risk use ("booster shot"), a topic or a low risk formulation, a
/// word in another sense, someone else's risk. The learned net, which reads words and not who
/// or which sense, must not overrule such a reading.
pub(super) fn explained_away(toks: &[Tok], prev: Option<&[Tok]>, client: &[String]) -> bool {
    read_mentions(toks, prev, client).1
}

/// A drink with no alcohol as the verb's object, right after it ("drinking Mountain Dew",
/// "only drinking buna", "a cup of tea"): not "the poppy husk tea", whose first word is
/// what is drunk.
fn soft_drink_object(after: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"^(only |just |a |the |some |more |like |about |around |maybe |lots of |a lot of |plenty of |(one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several) |(a )?(cups?|glass|glasses|bottles?|cans?|mugs?|pots?) of )*(waters?|coffees?|teas?|juices?|milks?|sodas?|pop|cokes?|diet cokes?|colas?|pepsis?|sprites?|mountain dew|dew|big reds?|dr\.? peppers?|route (forty|sixty|twenty)\S*|monsters?|rockstars?|slurpees?|icees?|sweet tea|sun ?drop|cheerwine|faygo|irn bru|vimto|fantas?|mirinda|inca kola|kool-aid|koolaid|capri suns?|yoo-hoo|shasta|red bulls?|energy drinks?|fizzy drinks?|lemonade|chai|shai|buna|bunna|kopi|teh|cha|kahawa|atay|mate|rooibos|milo|cocoa|hot chocolate|coconut water|sugarcane juice|nescafe|nescafé|instant coffee|espresso|lattes?|cappuccinos?|matcha|bubble tea|boba|gatorade|lucozade|ribena|powerade|kombucha|seltzer|lemonade|iced teas?|iced coffees?|shahi|karak|chay|cay|kali|kvass|kvas|kompot|qahwa|kahwa|attaya|ataya|cà phê|ca phe|cafe|café|cafezinho|cafecito|tinto|trà|tra|teh tarik|kopi susu|sikhye|chicha morada|horchata|ayran|lassi|doogh|tan|limonada|agua fresca|aguas frescas)\b").ok()
    })
    .as_ref()
    .is_some_and(|r| r.is_match(after))
}

/// A soft drink named first in a drinking phrase, with one word of kind before it ("chamomile
/// tea", "diet coke") or a measure ("two litres of water").
fn soft_drink_phrase(after: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"^(\S+ (cups?|glass|glasses|bottles?|cans?|mugs?|pots?|litres?|liters?|pints?) of )?(\S+ )?(waters?|coffees?|teas?|juices?|milks?|sodas?|pop|fluids|ensure|shakes?|smoothies?|broth|soup|formula|electrolytes?)\b").ok()
    })
    .as_ref()
    .is_some_and(|r| r.is_match(after) || soft_drink_object(after))
        && !CANE_SPIRIT.iter().any(|c| after.starts_with(c))
}

/// "Cane juice" is cane spirit in West African English ("drinking cane juice every night,
/// small small until I can sleep"); sugarcane juice is the soft drink.
const CANE_SPIRIT: &[&str] = &["cane juice", "the cane juice", "some cane juice"];

/// "You said you have thought about ending your life" speaks to the client; "he yelled kill
/// yourself at a kid" quotes an insult: a mention in the second person is the client's only
/// when "you" stands before it as a subject.
fn second_person_unaddressed(toks: &[Tok], s: usize, e: usize) -> bool {
    let second = toks[s..e]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "your" | "yourself" | "yourselves"));
    second && !actors::you_before(toks, s)
}

/// "at Ganja State University", "down on Brandy Creek Road": a capitalised mention inside a
/// sentence that a capitalised place or institution word follows is part of the place's name.
pub(super) fn place_name(toks: &[Tok], s: usize, e: usize) -> bool {
    const PLACES: &[&str] = &[
        "state",
        "university",
        "college",
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "boulevard",
        "city",
        "river",
        "lake",
        "park",
        "hotel",
        "restaurant",
        "cafe",
        "mall",
        "market",
        "bridge",
        "school",
        "academy",
        "hospital",
        "clinic",
        "center",
        "centre",
        "airport",
        "station",
        "square",
        "district",
        "province",
        "county",
        "mountain",
        "valley",
        "beach",
        "bay",
        "island",
        "church",
        "mosque",
        "temple",
        "creek",
        "hill",
        "hills",
        "heights",
        "springs",
        "falls",
        "highway",
        "lane",
        "drive",
    ];
    let t = &toks[s];
    let cap = |k: usize| {
        toks.get(k)
            .is_some_and(|x| x.capital && !x.caps && !x.punct)
    };
    t.capital
        && !t.caps
        && s > 0
        && !toks[s - 1].punct
        && (s..e).all(cap)
        && cap(e)
        && PLACES.contains(&toks[e].norm.as_str())
}

/// "Session twenty with Brandy", "Crystal said she's fine": a capitalised one-word mention
/// after a word that brings in a person, before a verb of saying, or spelt as the memo's
/// client name is a person, not a drink ("had a brandy with Molly" is lower case).
fn named_person(toks: &[Tok], s: usize, e: usize, client: &[String]) -> bool {
    let t = &toks[s];
    if e != s + 1 || !t.capital || t.caps || t.punct {
        return false;
    }
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let says = matches!(
        w(e),
        "says"
            | "said"
            | "reports"
            | "reported"
            | "told"
            | "tells"
            | "denies"
            | "denied"
            | "admits"
            | "admitted"
            | "came"
            | "comes"
            | "arrived"
            | "attended"
            // "Sherry handles the bills now", "Brandy rang on Tuesday": what only a person
            // does.
            | "handles"
            | "handled"
            | "rang"
            | "rings"
            | "phoned"
            | "sat"
            | "lives"
            | "lived"
            | "helps"
            | "helped"
            | "pays"
            | "manages"
            | "managed"
            | "visits"
            | "visited"
            | "drove"
            | "brought"
            | "works"
            | "worked"
            | "stayed"
            | "moved"
            | "knows"
            | "thinks"
            | "feels"
            | "wants"
            | "worries"
            | "cried"
            | "laughed"
    );
    let introduced = s > 0
        && matches!(
            w(s - 1),
            "with"
                | "saw"
                | "seen"
                | "see"
                | "client"
                | "pt"
                | "patient"
                | "named"
                | "called"
                | "and"
                // "daughter Sherry sat in": a kin word before a name.
                | "daughter"
                | "son"
                | "sister"
                | "brother"
                | "wife"
                | "husband"
                | "partner"
                | "niece"
                | "nephew"
                | "cousin"
                | "aunt"
                | "auntie"
                | "friend"
        );
    // "Sherry's been a godsend": a name with "'s" before what is said of a person.
    let is_said_of = s > 0
        && t.norm.ends_with("'s")
        && matches!(
            w(e),
            "been" | "a" | "an" | "always" | "never" | "got" | "not" | "just" | "really" | "so"
        );
    says || is_said_of || (s > 0 && (introduced || client.contains(&t.norm)))
}

/// The sentence's raw mentions, and whether any risk word was explained away (see
/// [`explained_away`]).
fn read_mentions(toks: &[Tok], prev: Option<&[Tok]>, client: &[String]) -> (Vec<Raw>, bool) {
    let mut explained = false;
    let (norm, offs) = tokens::norm_string_unquoted(toks);
    let mut covered = vec![false; toks.len()];
    let mut raws = Vec::new();
    // Idiom blocks first, then act frames, then the named concepts.
    let lex = lexicon::entries();
    let ordered = lex
        .iter()
        .filter(|e| e.block)
        .chain(frames::entries())
        .chain(lex.iter().filter(|e| !e.block));
    let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    for entry in ordered {
        if !entry.need_any.is_empty() && !words.iter().any(|w| entry.need_any.contains(w)) {
            continue;
        }
        let near = |list: &[&str]| {
            list.is_empty()
                || toks
                    .iter()
                    .chain(prev.unwrap_or(&[]))
                    .any(|t| list.contains(&t.norm.as_str()))
        };
        if !near(entry.need_near) || !near(entry.need_near_also) {
            continue;
        }
        for m in entry.re.find_iter(&norm) {
            // A quote mark left out of `norm` has a zero-width offset: a mention starts and
            // ends on words.
            let Some(s) = offs.iter().position(|o| o.0 == m.start() && o.1 > o.0) else {
                continue;
            };
            let Some(e) = offs
                .iter()
                .position(|o| o.1 >= m.end() && o.1 > o.0)
                .map(|e| e + 1)
            else {
                continue;
            };
            if e <= s || covered[s..e].iter().any(|c| *c) {
                continue;
            }
            let after = norm[m.end()..].trim_start();
            let before = norm[..m.start()].trim_end();
            let not_after = entry.not_after.as_ref().is_some_and(|r| r.is_match(after));
            // "he's drinking Mountain Dew all afternoon to get through", "only drinking buna
            // with the neighbours": a drink named as no alcohol explains the verb, and no net
            // reads the sentence again.
            if not_after
                && entry.kind == Some(RiskKind::SubstanceUse)
                && entry.concept == Concept::SubstanceUse
                && e == s + 1
                && matches!(
                    toks[s].norm.as_str(),
                    "drink" | "drinks" | "drinking" | "drank"
                )
                && soft_drink_object(after)
            {
                explained = true;
            }
            // "drinks chamomile tea every night", "drinking two litres of water daily": a soft
            // drink right after the verb of a longer drinking phrase is no alcohol.
            let soft_object = entry.kind == Some(RiskKind::SubstanceUse)
                && entry.concept == Concept::SubstanceUse
                && e > s + 1
                && matches!(
                    toks[s].norm.as_str(),
                    "drink" | "drinks" | "drinking" | "drank"
                )
                && soft_drink_phrase(norm[offs[s].1..].trim_start());
            if not_after
                || soft_object
                || entry
                    .not_before
                    .as_ref()
                    .is_some_and(|r| r.is_match(before))
                || entry
                    .need_before
                    .as_ref()
                    .is_some_and(|r| !r.is_match(before))
                || (!entry.block && sense::cut_other_sense(toks, s, e))
                || (!entry.block && second_person_unaddressed(toks, s, e))
                || (!entry.block && named_person(toks, s, e, client))
                || (!entry.block && place_name(toks, s, e))
                || (entry.kind == Some(RiskKind::SubstanceUse)
                    && matches!(entry.concept, Concept::Relapse | Concept::Abstinence)
                    && usage::behavioural_only(toks))
            {
                continue;
            }
            if entry.need_cue
                && !toks[s.saturating_sub(8)..s]
                    .iter()
                    .any(|t| METHOD_CUES.contains(&t.norm.as_str()))
            {
                continue;
            }
            let owner_fits = actors::owner_matches(toks, s, e, entry.owner)
                || entry.owner == lexicon::Owner::Other
                    && actors::subject_carried_over(toks, s, prev);
            if !owner_fits {
                continue;
            }
            // "was going to 'jump' Ty after the game": "jump" with a name after it is an
            // attack on that person, not a leap.
            if entry.concept == Concept::Method && actors::name_jumped(toks, e) {
                continue;
            }
            covered[s..e].iter_mut().for_each(|c| *c = true);
            // Idioms and other senses, and coercive control a parent's limits or a thing
            // explain (`actors::control_explained`): no net overrules those readings.
            if entry.block
                || entry.concept == Concept::CoerciveControl
                    && actors::control_explained(toks, s, e)
            {
                explained = true;
                continue;
            }
            raws.push(Raw {
                start: s,
                end: e,
                concept: entry.concept,
                kind: entry.kind,
                other: false,
                near_miss: toks[s..e].iter().any(|t| t.near_miss),
                framed: entry.framed,
            });
        }
    }
    // "keeps a noose in the closet": a noose kept is a preparatory act and the means at once
    // (one made, tied or found on the client is the act alone).
    let nooses: Vec<usize> = raws
        .iter()
        .filter(|r| {
            r.concept == Concept::Preparatory
                && toks[r.start..r.end].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "keeps"
                            | "kept"
                            | "keeping"
                            | "has"
                            | "had"
                            | "have"
                            | "hid"
                            | "hidden"
                            | "hides"
                    )
                })
        })
        .flat_map(|r| (r.start..r.end).filter(|&k| toks[k].is("noose")))
        .collect();
    for k in nooses {
        raws.push(Raw::found(
            k,
            k + 1,
            Concept::Means,
            Some(RiskKind::AccessToMeans),
            false,
            false,
        ));
    }
    // Risk told by purpose, imagery or an act on one's own body (recall by mechanism).
    for m in recall::mentions(toks, &covered) {
        covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        raws.push(Raw::found(m.start, m.end, m.concept, m.kind, false, true));
    }
    // Harm verbs aimed at someone: whom they hit decides the category.
    let seg = context::segments(toks);
    for k in 0..toks.len() {
        if covered[k] {
            continue;
        }
        let seg_start = (0..k).find(|&j| seg[j] == seg[k]).unwrap_or(k);
        if let Some(h) = actors::harm_verb(toks, k, seg_start) {
            let e = (h.end + 1).max(k + 1).min(toks.len());
            // A weapon named inside a harm act ("pointed his gun at her") is the act's
            // instrument, not access to means: the act takes its tokens.
            let means_only = raws
                .iter()
                .filter(|r| r.start < e && r.end > k)
                .all(|r| r.concept == Concept::Means);
            if means_only {
                raws.retain(|r| !(r.start < e && r.end > k));
                for x in &mut covered[k..e] {
                    *x = false;
                }
            }
            if covered[k..e].iter().any(|c| *c) {
                continue;
            }
            covered[k..e].iter_mut().for_each(|c| *c = true);
            raws.push(Raw::found(k, e, h.concept, Some(h.kind), h.other, false));
        }
    }
    // Acts the harm-verb reading does not parse: harm named as a noun with its party,
    // coercion suffered, an object used on a person, going after someone, means kept.
    for m in acts::mentions(toks, &covered) {
        covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        raws.push(Raw::found(
            m.start,
            m.end,
            m.concept,
            Some(m.kind),
            false,
            false,
        ));
    }
    // A risk screen named by its topic ("the suicide questionnaire"), even where an idiom
    // block took its words (a screen's result is decided below).
    for m in acts::screens(toks) {
        // A topic word inside the screen's name ("the alcohol screening questions") is the
        // screen's, not a use.
        raws.retain(|r| !(r.start >= m.start && r.end <= m.end && r.concept != Concept::Screen));
        if !raws.iter().any(|r| r.start < m.end && m.start < r.end) {
            covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
            raws.push(Raw::found(
                m.start,
                m.end,
                m.concept,
                Some(m.kind),
                false,
                false,
            ));
        }
    }
    // "her husband has never laid a hand on her": who lays a hand on whom decides abuse.
    for r in raws.iter_mut().filter(|r| r.concept == Concept::Violence) {
        if let Some(m) = acts::hand_on(toks, r.start) {
            r.concept = m.concept;
            r.kind = Some(m.kind);
        }
    }
    // Someone's medication kept, not taken, is means, not misuse ("keeps his late wife's
    // pills in the cabinet").
    for r in raws.iter_mut().filter(|r| r.concept == Concept::Misuse) {
        if acts::kept_not_taken(toks, r.start, r.end) {
            r.concept = Concept::Means;
            r.kind = Some(RiskKind::AccessToMeans);
        }
    }
    // Use by definition: blackouts, counted drinks, named intrusive harm thoughts; a
    // substance noun an abstinence frame covers is the frame's (usage).
    for m in usage::mentions(toks, &covered) {
        covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        let (start, end, concept, kind) = (m.start, m.end, m.concept, Some(m.kind));
        raws.push(Raw {
            start,
            end,
            concept,
            kind,
            other: false,
            near_miss: false,
            framed: false,
        });
    }
    raws.retain_mut(
        |r| match (r.concept, usage::not_use(toks, r.start, r.end)) {
            (Concept::SubstanceUse, Some(usage::NotUse::Covered)) => {
                explained = true;
                false
            }
            (Concept::SubstanceUse, Some(usage::NotUse::Free)) => {
                r.concept = Concept::Abstinence;
                true
            }
            _ => true,
        },
    );
    // Word sense and experiencer (sense): topic compounds, risk-level formulations and nouns
    // read as acts are no mention (their words stay taken); a genitive makes one someone else's.
    raws.retain_mut(
        |r| match sense::read(toks, r.start, r.end, r.concept, r.kind, client) {
            sense::Reading::Keep => true,
            sense::Reading::Drop => {
                explained = true;
                false
            }
            sense::Reading::Other => {
                explained = true;
                r.other = true;
                true
            }
        },
    );
    // The safety net: risk-domain objects and injuries no rule explained, and risk in words
    // no rule lists (semantic fields) on words no rule took.
    let found: Vec<RiskKind> = raws
        .iter()
        .filter(|r| r.concept != Concept::Means)
        .map(|r| r.kind.unwrap_or(RiskKind::SuicidalIdeation))
        .collect();
    // Which category's mention took each token, for a field hit's "same category" test.
    let mut owner: Vec<Option<RiskKind>> = vec![None; toks.len()];
    for r in raws.iter().filter(|r| r.concept != Concept::Means) {
        for o in owner.iter_mut().take(r.end.min(toks.len())).skip(r.start) {
            *o = Some(r.kind.unwrap_or(RiskKind::SuicidalIdeation));
        }
    }
    for (start, end, concept, kind) in net::nets(toks, prev, &covered, &found, &owner) {
        raws.push(Raw {
            start,
            end,
            concept,
            kind: Some(kind),
            other: false,
            near_miss: false,
            framed: true,
        });
    }
    // "eight weeks off the booze", "stayed off heroin": a substance one is off is abstinence.
    for r in raws
        .iter_mut()
        .filter(|r| r.concept == Concept::SubstanceUse && r.start > 0)
    {
        let off = if toks[r.start - 1].is("off") {
            Some(r.start - 1)
        } else if r.start > 1
            && toks[r.start - 2].is("off")
            && matches!(toks[r.start - 1].norm.as_str(), "the" | "all")
        {
            Some(r.start - 2)
        } else {
            None
        };
        // Not "took off", "came off" a road: the verb before must not be a motion one.
        if let Some(o) = off {
            let verb = o.checked_sub(1).map_or("", |p| toks[p].norm.as_str());
            if !matches!(
                verb,
                "took" | "take" | "came" | "come" | "fell" | "ran" | "went"
            ) {
                r.concept = Concept::Abstinence;
                r.start = o;
            }
        }
    }
    // "got hammered at darts, lost eight nil": a drunkenness word for a defeat is no use.
    if acts::contest(toks) {
        raws.retain(|r| {
            !(r.kind == Some(RiskKind::SubstanceUse)
                && toks[r.start..r.end]
                    .iter()
                    .any(|t| acts::is_defeat_slang(&t.norm)))
        });
    }
    // "his girlfriend hits him when she's angry, he's got scratches on his neck": injuries
    // had (a noun after "got", "has", "with") in a sentence that tells someone's abuse are
    // that abuse's, not self-injury.
    if raws.iter().any(|r| r.kind == Some(RiskKind::Abuse)) {
        raws.retain(|r| {
            !(r.concept == Concept::SelfInjury
                && matches!(
                    toks[r.start].norm.as_str(),
                    "scratches" | "cuts" | "burns" | "bruises" | "marks" | "welts"
                )
                && r.start > 0
                && matches!(
                    toks[r.start - 1].norm.as_str(),
                    "got" | "has" | "have" | "had" | "with" | "some" | "the"
                ))
        });
    }
    raws.sort_by_key(|r| r.start);
    (raws, explained)
}

/// Concepts whose screening window is a month (ideation), not three months (behaviour).
fn is_ideation(c: Concept) -> bool {
    matches!(
        c,
        Concept::Ideation
            | Concept::PassiveIdeation
            | Concept::Plan
            | Concept::Intent
            | Concept::Method
            | Concept::HomicidalIdeation
            | Concept::HarmThoughts
            | Concept::IntrusiveHarm
            | Concept::CommandHallucination
    )
}

/// Means the clause right after their segment (`seg_no + 1`) places out of reach, with "it"
/// or "they" as its subject ("he says it's at his brother's"): not means kept at home under
/// a lock or a key someone holds ("they're in a locked cabinet and his son holds the key").
fn means_placed_after(toks: &[Tok], seg: &[usize], seg_no: usize) -> bool {
    let next: Vec<Tok> = toks
        .iter()
        .zip(seg)
        .filter(|(_, &g)| g == seg_no + 1)
        .map(|(t, _)| t.clone())
        .collect();
    let it_subject = next
        .iter()
        .take(5)
        .any(|t| matches!(t.norm.as_str(), "it's" | "it" | "they're" | "they"));
    let kept_locked = next.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "hold" | "holds" | "holding" | "key" | "keys" | "locked" | "safe"
        )
    });
    it_subject && !kept_locked && context::means_removed(&next)
}

pub(super) fn unit_findings(
    text: &str,
    offset: usize,
    toks: &[Tok],
    (prev, next): (Option<&[Tok]>, Option<&[Tok]>),
    last_kind: Option<RiskKind>,
    clause_of: &dyn Fn(usize) -> usize,
    client: &[String],
) -> Vec<Finding> {
    let raws = match_lexicon(toks, prev, client);
    if raws.is_empty() {
        // "She has never done that": a sentence of its own may deny the last one's act.
        return match last_kind {
            Some(k) => pro_act_denials(
                text,
                toks,
                &context::segments(toks),
                &[],
                (k, concept_of(k)),
                clause_of,
                offset,
            ),
            None => Vec::new(),
        };
    }
    let seg = context::segments(toks);
    let mut in_span = vec![false; toks.len()];
    for r in &raws {
        in_span[r.start..r.end].iter_mut().for_each(|x| *x = true);
    }
    // An act of self-injury (or a body-focused habit) in the sentence: a negated purpose
    // after it ("not to die", "no intent to hurt herself") denies the purpose, not a category
    // (FORMATS §4 rule 2).
    let act_in_unit = toks.iter().any(|t| BFRB_WORDS.contains(&t.norm.as_str()))
        || raws.iter().any(|r| {
            matches!(r.concept, Concept::SelfInjury | Concept::SelfPoisoning)
                && !context::negation(toks, &seg, &in_span, r.start, r.end).negated
        });
    // "Nicked her finger with the bread knife, nothing deliberate": an injury the sentence
    // itself calls an accident, with no doubt cast after it.
    let called_accident = {
        let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        let at = w.iter().enumerate().position(|(k, x)| {
            matches!(*x, "accidentally" | "accidental")
                || (*x == "accident" && k > 0 && w[k - 1] == "by")
                // "the hand cut was from the cutlass when he was brushing the farm, not on
                // purpose".
                || (*x == "purpose"
                    && k >= 2
                    && w[k - 1] == "on"
                    && matches!(w[k - 2], "not" | "wasn't" | "never" | "nothing" | "isn't"))
                || (matches!(
                    *x,
                    "deliberate" | "intentional" | "deliberately" | "intentionally"
                ) && w[k.saturating_sub(2)..k]
                    .iter()
                    .any(|n| matches!(*n, "nothing" | "not" | "wasn't" | "never" | "isn't")))
        });
        at.is_some_and(|a| {
            !w[a..]
                .iter()
                .any(|x| matches!(*x, "but" | "though" | "although" | "however"))
        })
    };
    let mut out: Vec<Finding> = Vec::new();
    // Mentions dated to the past so far, as (category, end): what a definite noun takes up.
    let mut dated: Vec<(RiskKind, usize)> = Vec::new();
    for (i, r) in raws.iter().enumerate() {
        // "not on purpose, she has never tried to hurt herself": the accident explains the
        // injury, and the denial beside it still stands.
        if called_accident
            && r.concept == Concept::SelfInjury
            && !context::negation(toks, &seg, &in_span, r.start, r.end).negated
        {
            continue;
        }

        let seg_words: Vec<&str> = toks
            .iter()
            .zip(&seg)
            .filter(|(_, &g)| g == seg[r.start])
            .map(|(t, _)| t.norm.as_str())
            .collect();
        // Accidents are not self-harm: "cut her finger chopping onions". A body part held or
        // pressed to the heat is no accident, whatever the stove.
        let held_to_heat = toks[r.start..r.end].iter().any(|t| {
            t.norm.starts_with("hold") || t.norm.starts_with("held") || t.norm.starts_with("press")
        });
        // "burnt his hand on the hob on purpose": an injury the sentence calls deliberate is
        // no accident, whatever the kitchen (NICE: intent decides, not the setting).
        let deliberate = seg_words.iter().enumerate().any(|(k, w)| {
            let at = (*w == "on" && seg_words.get(k + 1) == Some(&"purpose"))
                || matches!(*w, "deliberately" | "intentionally");
            at && !(k > 0
                && matches!(
                    seg_words[k - 1],
                    "not" | "nothing" | "never" | "wasn't" | "isn't" | "didn't"
                ))
        });
        let held_to_heat = held_to_heat || deliberate;
        if matches!(r.concept, Concept::SelfInjury | Concept::Unexplained)
            && !held_to_heat
            && seg_words.iter().enumerate().any(|(i, w)| {
                // "a kitchen knife" is an instrument, not a place of accidents.
                ACCIDENT_CUES.contains(w)
                    && !(*w == "kitchen"
                        && matches!(
                            seg_words.get(i + 1),
                            Some(&("knife" | "knives" | "scissors"))
                        ))
            })
        {
            continue;
        }
        // Plan, intent and abstinence take the category of the mention they qualify.
        let neighbour = raws[..i]
            .iter()
            .rev()
            .chain(raws[i + 1..].iter())
            .find(|o| {
                o.kind.is_some()
                    && !o.concept.is_qualifier()
                    && (o.concept != Concept::Abstinence || r.concept == Concept::Urge)
            })
            .and_then(|o| o.kind);
        let kind = match (r.kind, r.concept) {
            (Some(k), Concept::Abstinence) => neighbour
                .filter(|n| matches!(n, RiskKind::SelfHarm | RiskKind::SubstanceUse))
                .unwrap_or(k),
            (Some(k), _) => k,
            // "the thoughts came back" with no act or wish named before them points at
            // nothing the note has said ("thoughts of doing the same" after another's act
            // still reads as the act's category).
            (None, Concept::Ideation)
                if toks[r.start..r.end]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "back" | "returned" | "resurfaced")) =>
            {
                match neighbour.or(last_kind) {
                    Some(k) => k,
                    None => continue,
                }
            }
            (None, _) => match neighbour.or(last_kind) {
                Some(k) => k,
                None => RiskKind::SuicidalIdeation,
            },
        };
        // "her husband is violent towards her", "her partner has never been violent with
        // her", "her son has been violent towards her": a partner's, parent's, carer's or
        // grown child's violence whose object is the client is abuse of the client (FORMATS
        // §3: family-dependency, elder abuse), affirmed or denied.
        let abuse_of_client = kind == RiskKind::Violence
            && matches!(
                toks.get(r.end).map(|t| t.norm.as_str()),
                Some("towards" | "toward" | "with" | "to" | "against")
            )
            && toks
                .get(r.end + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "her" | "him" | "me"))
            && toks
                .get(r.end + 2)
                .is_none_or(|t| t.punct || !actors::is_relation(&t.norm))
            && matches!(
                actors::subject_at(toks, r.start),
                actors::Subject::Third(
                    actors::Rel::Intimate
                        | actors::Rel::Parent
                        | actors::Rel::Caregiver
                        | actors::Rel::Child
                )
            );
        let kind = if abuse_of_client {
            RiskKind::Abuse
        } else {
            kind
        };
        let seg_toks: Vec<Tok> = toks
            .iter()
            .zip(&seg)
            .filter(|(_, &g)| g == seg[r.start])
            .map(|(t, _)| t.clone())
            .collect();
        let neg = context::negation(toks, &seg, &in_span, r.start, r.end);
        let (mut negated, double) = (neg.negated, neg.double);
        // "he's thought about how hard it's been but never about ending it": a frame whose
        // matched words run past a terminator into a negation says the risk part is denied.
        // A means told by someone else is no report the client answers ("Dad says he keeps
        // his rifle in a safe").
        let answerable = if kind == RiskKind::AccessToMeans {
            None
        } else {
            next
        };
        if !negated && context::suspicion_denied(toks, r.start, r.end, answerable) {
            negated = true;
        }
        if !negated && context::topic_answered_no(toks, answerable) {
            negated = true;
        }
        // "Suicide question asked. Answer: no. Same for self-harm.": "same for" carries the
        // answer just given on to the category it names.
        let same_for = r.start >= 2
            && matches!(
                toks[r.start - 2].norm.as_str(),
                "same" | "ditto" | "likewise"
            )
            && matches!(
                toks[r.start - 1].norm.as_str(),
                "for" | "with" | "re" | "regarding"
            );
        let prior_no = || {
            prev.is_some_and(|p| {
                p.iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "no" | "negative" | "denies" | "denied" | "none"
                    )
                }) && !p
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "yes" | "yeah" | "positive" | "endorsed"))
            })
        };
        if !negated && same_for && prior_no() {
            negated = true;
        }
        // "Burn marks on her hand, she says they are from the tawa in the kitchen", "scratches,
        // but she says they are from the cat": marks the sentence says came from something
        // else are explained, not self-injury told.
        let marks = kind == RiskKind::SelfHarm
            && toks[r.start..r.end].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "marks" | "scratches" | "burns" | "bruises" | "cuts" | "scars" | "mark"
                )
            });
        // Not a tool of self-injury named as the source ("they are from a razor").
        let tool = |from: usize| {
            toks[from..(from + 5).min(toks.len())].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "razor"
                        | "razors"
                        | "blade"
                        | "blades"
                        | "knife"
                        | "lighter"
                        | "cigarette"
                        | "cigarettes"
                        | "sharpener"
                        | "glass"
                        | "scissors"
                        | "compass"
                        | "cutting"
                        | "burning"
                        | "herself"
                        | "himself"
                        | "myself"
                        | "purpose"
                )
            })
        };
        let explained_from = || {
            (r.end..toks.len().saturating_sub(2)).any(|k| {
                let (a, b, c) = (&toks[k], &toks[k + 1], &toks[k + 2]);
                let from = if matches!(a.norm.as_str(), "they" | "it" | "these" | "those" | "which")
                    && matches!(b.norm.as_str(), "are" | "were" | "is" | "was")
                    && matches!(c.norm.as_str(), "from" | "off")
                {
                    Some(k + 3)
                } else if a.is("they're") && b.is("from") {
                    Some(k + 2)
                } else {
                    None
                };
                from.is_some_and(|f| !tool(f))
            })
        };
        // Read only for marks not already denied: the scan runs to the sentence's end.
        if !negated && marks && explained_from() {
            negated = true;
        }
        // "those thoughts haven't come back": the return the words tell is negated; "wishes he
        // could disappear and never come back" wishes the not returning.
        // "go into the river and never come back": a going told with "and never come back"
        // is the going wished, whatever verb goes.
        let vanishing = toks[r.start..r.end].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "disappear" | "vanish" | "disappearing" | "vanishing" | "walk" | "swim" | "drive"
            )
        }) || toks[r.start..r.end].windows(4).any(|p| {
            p[0].is("and")
                && matches!(p[1].norm.as_str(), "never" | "not")
                && matches!(p[2].norm.as_str(), "come" | "coming" | "comes" | "came")
                && p[3].is("back")
        });
        if !vanishing
            && toks[r.start..r.end].windows(2).any(|p| {
                matches!(p[0].norm.as_str(), "but" | "though" | "although")
                    && matches!(p[1].norm.as_str(), "never" | "not")
                    || matches!(
                        p[0].norm.as_str(),
                        "haven't" | "hasn't" | "hadn't" | "never" | "didn't" | "don't" | "doesn't"
                    ) && matches!(
                        p[1].norm.as_str(),
                        "come" | "came" | "returned" | "return" | "recurred"
                    )
            })
        {
            negated = true;
        }
        // "hasn't cut again since last night's call": "not again since" a recent time tells
        // that the act happened then (a presupposition); a recent act is current.
        if negated
            && (context::again_since_recent(toks, r.start, r.end)
                || neg.trigger.is_some_and(|k| {
                    k < r.end && (toks[k].norm.ends_with("n't") || toks[k].is("not"))
                }) && context::not_since_recent_point(toks, r.end))
        {
            negated = false;
        }
        // "When the scale hasn't moved he doesn't want to wake up": a mention that carries
        // its own negation is not negated again by another clause's negation (a subject of
        // its own stands between them).
        let own_negation = toks[r.start].norm.ends_with("n't")
            || matches!(toks[r.start].norm.as_str(), "not" | "never" | "no");
        if own_negation
            && neg.trigger.is_some_and(|k| {
                k < r.start
                    // Another verb's negation ("hasn't moved"), not a denial ("denies that").
                    && (toks[k].norm.ends_with("n't") || matches!(toks[k].norm.as_str(), "not" | "never"))
                    && toks[k + 1..r.start].iter().any(|t| {
                        matches!(
                            t.norm.split('\'').next().unwrap_or(""),
                            "he" | "she" | "they" | "i" | "we"
                        )
                    })
            })
        {
            negated = false;
        }
        // The quote carries a nearby trigger: "no plan", "did not deny hitting".
        let quote_start = match neg.trigger {
            Some(k) if k + 4 >= r.start => k,
            _ => r.start,
        };
        let window = if is_ideation(r.concept) { 31 } else { 92 };
        let pos = seg[..r.start]
            .iter()
            .filter(|&&g| g == seg[r.start])
            .count();
        let seg_end = (r.start..toks.len())
            .find(|&k| seg[k] != seg[r.start])
            .unwrap_or(toks.len());
        let historical = (context::time(&seg_toks, pos, window) == context::Time::Historical
            || context::fronted_history(toks, &seg, r.start, window)
            || context::ended_before_admission(toks, r.start))
            && !context::resumed_after(toks, seg_end);
        // "He drank heavily until the year before last, and he says the drink took his job":
        // a definite noun ("the drink", "the cutting") takes up the mention of its category
        // dated before it, unless a word between them brings the time back to now.
        // "He drank heavily for ten years, with blackouts, but ...": what the dated mention
        // came with, set right after it, is dated with it.
        let historical = historical
            || (r.start >= 2
                && toks[r.start - 1].is("with")
                && toks[r.start - 2].is(",")
                && dated
                    .iter()
                    .any(|&(k, end)| k == kind && end + 8 >= r.start && end < r.start));
        let historical = historical
            || (r.start > 0
                && toks[r.start - 1].is("the")
                && dated.iter().any(|&(k, end)| {
                    k == kind
                        && end <= r.start
                        && !toks[end..r.start]
                            .iter()
                            .chain(toks[r.end..].iter().take_while(|t| !t.punct))
                            .any(|t| context::brings_time_to_now(&t.norm))
                }));
        // "he wanted to kill the guy, but that was years ago": the time said of it after.
        let historical = historical
            || context::not_done_since_after(toks, r.start, r.end)
            || context::dated_after(toks, r.end)
            || context::describes_dated_event(toks, r.start)
            || context::last_episode(toks, r.start, r.end);
        if historical {
            dated.push((kind, r.end));
        }
        let mut hypothetical = context::hypothetical(
            toks,
            &seg,
            r.start,
            !(kind == RiskKind::AccessToMeans && r.concept == Concept::Means),
        );
        // "the boy is drinking codeine syrup, and when I asked him he laughed and said it
        // helps": a laugh beside a use told takes nothing back; only a joke said as one
        // ("joked he'd need a bottle after this") makes the use a figure.
        // Only a laugh that goes on to answer ("laughed and said it helps"): one "about" the
        // thing or shared ("they both laughed about the bottle") may well take it back.
        // So is a laugh that is the manner of the telling ("he told me, sort of laughing,
        // that he takes tramadol before every exam").
        let say = |w: &str| {
            matches!(
                w,
                "said" | "says" | "admitted" | "admits" | "told" | "tells" | "went"
                    // Dialect and learner English "he say" ("he say, laughing like is
                    // nothing").
                    | "say"
            )
        };
        let laughed_answering = toks.windows(3).any(|p| {
            matches!(p[0].norm.as_str(), "laughed" | "laughs" | "laughing")
                && p[1].is("and")
                && say(&p[2].norm)
        }) || toks.iter().enumerate().any(|(k, t)| {
            t.is("laughing") && toks[k.saturating_sub(5)..k].iter().any(|p| say(&p.norm))
        }) || toks.windows(3).any(|p| {
            // "laughing like is nothing": the use made light of (minimised), not a jest.
            matches!(p[0].norm.as_str(), "laughed" | "laughs" | "laughing")
                && p[1].is("like")
                && matches!(p[2].norm.as_str(), "is" | "it" | "it's" | "nothing")
        });
        if hypothetical
            && kind == RiskKind::SubstanceUse
            && laughed_answering
            && !context::hypothetical(toks, &seg, r.start, false)
        {
            let laughed_that = toks.windows(2).any(|p| {
                matches!(p[0].norm.as_str(), "laughed" | "laughs" | "laughing") && p[1].is("that")
            });
            hypothetical = laughed_that
                || toks
                    .iter()
                    .zip(&seg)
                    .any(|(t, &g)| g == seg[r.start] && context::joke_word(&t.norm));
        }
        if r.concept == Concept::Abstinence
            && context::goal(&toks[r.start.saturating_sub(8)..r.start], true)
        {
            hypothetical = true;
        }
        if matches!(
            kind,
            RiskKind::HomicidalIdeation
                | RiskKind::Violence
                | RiskKind::Abuse
                | RiskKind::HarmToOthers
        ) && context::counterfactual_exasperation(toks, r.start, r.end)
        {
            hypothetical = true;
        }
        // "pictures of him falling down the stairs or being hurt with a kitchen knife": a
        // harm coordinated into an intrusive image is part of the image, not an act.
        if matches!(kind, RiskKind::Abuse | RiskKind::Violence)
            && raws.iter().any(|o| {
                o.concept == Concept::IntrusiveHarm
                    && o.end <= r.start
                    && r.start - o.end <= 8
                    && toks[o.end..r.start]
                        .iter()
                        .any(|t| t.is("or") || t.is("and"))
                    && !toks[o.end..r.start].iter().any(|t| t.is(".") || t.is(";"))
            })
        {
            hypothetical = true;
        }
        if context::problem_heading(toks, r.start) {
            hypothetical = true;
        }
        if kind == RiskKind::SubstanceUse && context::reduction_goal(toks, r.start) {
            hypothetical = true;
        }
        if context::named_as_trigger(toks, r.start, r.end) {
            hypothetical = true;
        }
        if context::rehearsal(toks, &seg, r.start) {
            negated = false;
            hypothetical = true;
        }
        if act_in_unit
            && matches!(kind, RiskKind::SuicidalIdeation | RiskKind::SelfHarm)
            && (!matches!(r.concept, Concept::SelfInjury | Concept::SelfPoisoning)
                || (r.concept == Concept::SelfInjury && !r.framed))
            && purpose_before(toks, r.start)
        {
            negated = false;
            hypothetical = true;
        }
        // "I'd rather be dead than ...": a death wish said as a comparison; present, reviewed.
        // Only the preferred side: what follows "rather than" is set aside (a negation).
        let rather = seg_toks.iter().any(|t| t.is("rather"))
            && seg_toks.iter().any(|t| t.is("than"))
            && !(r.start > 0 && toks[..r.start].iter().rev().take(6).any(|t| t.is("than")));
        let seg_pos = |k: usize| seg[..k].iter().filter(|&&g| g == seg[r.start]).count();
        let anchors: Vec<usize> = std::iter::once(r.start)
            .chain(neg.trigger.filter(|&k| seg.get(k) == Some(&seg[r.start])))
            .map(seg_pos)
            .collect();
        let mut uncertain = context::uncertain(&seg_toks, &anchors) || rather;
        // "She sort of denies any thoughts of killing herself, no, she flat denied it": a
        // hedged denial the speaker restates firmly is a denial.
        let denial_word = |n: &str| matches!(n, "denied" | "denies" | "deny");
        let restated = toks[r.end..].windows(2).any(|p| {
            denial_word(&p[0].norm) && matches!(p[1].norm.as_str(), "it" | "that" | "outright")
                || matches!(p[0].norm.as_str(), "flat" | "flatly" | "firmly" | "clearly")
                    && denial_word(&p[1].norm)
        });
        // "he's kind of not drinking anything, ... and his wife kind of confirmed it": a hedged
        // denial that someone else confirms is a denial (collateral corroboration).
        let confirm = |n: &str| {
            matches!(
                n,
                "confirmed" | "confirms" | "agreed" | "agrees" | "corroborated" | "corroborates"
            )
        };
        let corroborated = (r.end..toks.len()).any(|k| {
            actors::is_relation(&toks[k].norm)
                && toks[k + 1..toks.len().min(k + 4)]
                    .iter()
                    .any(|t| confirm(&t.norm))
        });
        if negated && uncertain && (restated || corroborated) {
            uncertain = false;
        }
        let mut unanswered = false;
        let question = context::question_before(toks, r.start);
        // A question the client puts about their own thoughts, named as theirs, tells them.
        let question = question.filter(|&q| !context::client_asks_about_own(toks, q, r.start));
        // A told denial keeps the question, whose later answer may take it back ("..., then at
        // the door she said, well, once").
        let question = question.filter(|&q| negated || !context::told_between(toks, q, r.start));
        // A possibility the client asks about is neither a screen nor a disclosure.
        let owned = question.is_some_and(|q| context::owned_after(toks, q, r.start, r.end));
        let question = question.filter(|_| !owned);
        // "She asked me how much insulin it would take to kill someone": method research the
        // client does by asking is the act itself (C-SSRS preparatory behaviour).
        let question = question.filter(|&q| {
            !(r.concept == Concept::Preparatory && context::client_is_asker(toks, q, r.start))
        });
        let client_asks = question.is_some_and(|q| context::asked_by_client(toks, q, r.start));
        let question = question.filter(|_| !client_asks);
        if client_asks {
            hypothetical = true;
        }
        let asked = question.is_some();
        // "Asked about the rifle, he said he has no thoughts of using it on himself": an
        // answer about another category leaves the means as named (FORMATS §3: present).
        // An answer about thoughts ("he has never thought of taking them") is no answer
        // about whether the means are there.
        let answered_elsewhere = r.concept == Concept::Means
            && (raws
                .iter()
                .any(|o| o.start >= r.end && o.kind.is_some() && o.kind != r.kind)
                || toks[r.end..].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "thought" | "thoughts" | "considered" | "intention" | "urge" | "urges"
                    )
                }));
        // "Asked about ending his life he said no, none, but he's been drinking most days":
        // past a scope terminator that opens another category's mention, the words answer
        // nothing this question asked (FORMATS §4.3).
        // "she denied any, and said she has a beer maybe twice a month": past an answer
        // already given, "and" before another category's mention ends it too.
        let answer_end = (r.end..toks.len())
            .find(|&k| {
                (matches!(
                    toks[k].norm.as_str(),
                    "but" | "though" | "although" | "however" | ";"
                ) || (toks[k].is("and")
                    // "you say you have no thoughts about dying or hurting yourself, and
                    // you don't drink more than before, only one beer sometimes": a mention
                    // negated in its own words is answered before the "and".
                    && (negated && neg.trigger.is_some_and(|t| t < r.start)
                        || context::answer_past_own_negation(&toks[r.end..k])
                            != context::Answer::Unanswered)))
                    && raws.iter().any(|o| {
                        o.start > k
                            && o.kind.is_some()
                            && o.kind != Some(kind)
                            && !o.concept.is_qualifier()
                    })
            })
            .unwrap_or(toks.len());
        // "When I asked, you told me you have no thoughts of hurting anyone. You said ...":
        // a mention negated in its own words is answered there; the next clause is read
        // only for a bare mention ("Asked about self-harm; she said no").
        if let Some(q) = question.filter(|_| !answered_elsewhere) {
            let answered_here = negated && neg.trigger.is_some_and(|k| k > q);
            let next_answer = if answered_here { None } else { next };
            let respective = context::respective_answer(toks, q, r.start, r.end, answer_end);
            let reply = if let Some(a) = respective {
                a
            } else if answered_here {
                context::answer_past_own_negation(&toks[r.end..answer_end])
            } else {
                context::answer(&toks[..q], &toks[r.end..answer_end], next_answer)
            };
            match reply {
                context::Answer::Yes => negated = false,
                context::Answer::Hedged => {
                    negated = false;
                    uncertain = true;
                }
                context::Answer::No => negated = true,
                // "Screened for SI: negative": the mention's own negation is the answer.
                context::Answer::Unanswered if negated => {}
                context::Answer::Unanswered => unanswered = true,
            }
            hypothetical = false;
        }
        // Exasperation taken back: after the question block, since "asks me the same
        // question" is no screen.
        if matches!(
            kind,
            RiskKind::HomicidalIdeation | RiskKind::HarmToOthers | RiskKind::Violence
        ) && (context::laughed_off(toks, r.start, r.end)
            || context::laughed_next(toks, next)
            || context::could_exasperation(toks, r.start, r.end))
        {
            hypothetical = true;
        }
        // "said at first he'd thought about ending it all, then said he meant ending the
        // marriage": the speaker's own correction takes the words back.
        if context::corrected_meaning(toks, r.start, r.end)
            || matches!(
                kind,
                RiskKind::SuicidalIdeation | RiskKind::HomicidalIdeation
            ) && context::meant_otherwise(toks, r.start, r.end, next)
        {
            hypothetical = true;
        }
        // "He said he'd rather die than tell his father, then laughed and said it's just an
        // expression": the comparison of aversion taken back as a way of talking.
        if rather && kind == RiskKind::SuicidalIdeation && context::taken_back_as_manner(toks) {
            hypothetical = true;
        }
        // The experiencer: the harm-verb reading, or the subject of the mention.
        // Maltreatment by someone outside family, partner and care ("verbal abuse from her
        // boss", "assaulted by a stranger") is not the abuse category (FORMATS §3).
        // Someone in a position of trust is no outsider ("abused by her coach").
        let outsider = matches!(r.concept, Concept::Abuse | Concept::CoerciveControl)
            && actors::party_after(toks, r.end) == Some(actors::Rel::Other)
            && !toks[r.end..toks.len().min(r.end + 5)]
                .iter()
                .any(|t| actors::trusted_role(&t.norm));
        // Unwanted harm images are read as the client's whoever the sentence names first
        // ("Mom describes unwanted images of ..."): doubt never hides risk.
        // "She gave her brother naloxone": the one given it is the one who overdosed.
        // "she's the one who Narcanned her": the one revived overdosed.
        let narcanned = r.concept == Concept::Overdose
            && toks[r.start].norm.starts_with("narcan")
            && toks[r.start].norm.ends_with("ed")
            && toks.get(r.end).is_some_and(|t| {
                matches!(t.norm.as_str(), "her" | "him" | "them")
                    || actors::person_at(toks, r.end).is_some()
            });
        // "he keeps replaying cutting him down": the client who cut someone down was the
        // rescuer.
        let rescued_other = narcanned
            || cut_down(toks, r) && cut_down_by_client(toks, r)
            || r.concept == Concept::Overdose
                && rescue_verb(&toks[r.start].norm)
                && actors::person_at(toks, r.start + 1)
                    .is_some_and(|(rel, _)| rel != actors::Rel::Anyone);
        // "She's reversed more overdoses than she can count", "responded to two overdoses on
        // shift": overdoses the client reverses, attends or witnesses are other people's.
        let rescued_other = rescued_other
            || (r.concept == Concept::Overdose && {
                // The verb takes the overdoses as its object: only quantifiers between.
                let v = (r.start.saturating_sub(4)..r.start).rev().find(|&k| {
                    matches!(
                        toks[k].norm.as_str(),
                        "reversed"
                            | "reverse"
                            | "reverses"
                            | "reversing"
                            | "attended"
                            | "attends"
                            | "attending"
                            | "witnessed"
                            | "witnesses"
                            | "witnessing"
                            | "responded"
                            | "responding"
                    )
                });
                v.is_some_and(|v| {
                    toks[v + 1..r.start].iter().all(|t| {
                        crate::text::NUMBER_UNITS.contains(&t.norm.as_str())
                            || matches!(
                                t.norm.as_str(),
                                "a" | "an"
                                    | "the"
                                    | "to"
                                    | "more"
                                    | "many"
                                    | "several"
                                    | "countless"
                                    | "dozens"
                                    | "hundreds"
                                    | "of"
                                    | "multiple"
                                    | "another"
                            )
                    })
                })
            });
        // "She keeps circling back to his drinking": someone else's own behaviour.
        let their_own = matches!(
            kind,
            RiskKind::SubstanceUse | RiskKind::SelfHarm | RiskKind::SuicidalIdeation
        ) && (actors::other_gender_possessive(toks, r.start)
            || kind == RiskKind::SelfHarm && actors::other_gender_body(toks, r.start, r.end));
        // "Tom, who died of an overdose last winter": the one who died of it is not the
        // client ("nearly died of an overdose" is).
        let died_of = r.concept == Concept::Overdose && {
            let before: Vec<&str> = toks[r.start.saturating_sub(4)..r.start]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            let died = before
                .iter()
                .position(|x| matches!(*x, "died" | "dead" | "passed" | "killed"));
            died.is_some_and(|d| {
                let lead = &toks[r.start.saturating_sub(4) + d..r.start];
                let hedge = toks[..r.start.saturating_sub(4) + d]
                    .iter()
                    .rev()
                    .take(2)
                    .any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "nearly" | "almost" | "have" | "could've" | "would've" | "practically"
                        )
                    });
                // "After he died she took an overdose": a clause of its own between them.
                let own_clause = lead[1..].iter().any(|t| {
                    actors::is_subject_pronoun(&t.norm)
                        || matches!(
                            t.norm.split('\'').next().unwrap_or(""),
                            "we" | "you" | "client" | "pt" | "patient"
                        )
                        || matches!(t.norm.as_str(), "took" | "taken" | "had" | "takes" | "take")
                });
                !hedge && !own_clause && lead.len() <= 4
            })
        };
        // "his father's drinking and the bottles hidden in the piano bench": a mention joined
        // to a relative's own mention of the same kind is theirs too.
        let joined_to_relatives = raws.iter().any(|o| {
            o.kind == r.kind
                && o.end <= r.start
                && r.start - o.end <= 3
                && o.end > o.start
                && toks[o.end..r.start].iter().all(|t| {
                    matches!(
                        t.norm.as_str(),
                        "and" | "or" | "," | "the" | "his" | "her" | "their" | "all"
                    )
                })
                && toks[o.end..r.start]
                    .iter()
                    .any(|t| t.is("and") || t.is("or"))
                && actors::relation_possessive_before(toks, o.start)
        });
        // "her brother's drinking": a relative's possessive before the mention makes it theirs;
        // "smoking his dad's weed": another's drug the client uses is the client's use.
        let relatives_own = !matches!(
            r.concept,
            Concept::Abuse | Concept::CoerciveControl | Concept::Means
        ) && actors::relation_possessive_before(toks, r.start)
            && !abuse_of_client
            && (r.kind != Some(RiskKind::SubstanceUse)
                || !lexicon::used_before_genitive(toks, r.start - 1));
        let other = (r.other && !abuse_of_client)
            || outsider
            || joined_to_relatives
            || (!matches!(
                r.concept,
                Concept::Abuse | Concept::CoerciveControl | Concept::Means
            ) && actors::perceived_other(toks, r.start))
            || (matches!(kind, RiskKind::HomicidalIdeation | RiskKind::HarmToOthers)
                && actors::teller_wish(toks, r.start, r.end))
            || (kind == RiskKind::Violence && actors::witnessed_event(toks, r.start))
            || actors::doer_named_after(toks, r.end)
            || (kind == RiskKind::SubstanceUse && actors::around_client(toks, r.end))
            || (matches!(
                kind,
                RiskKind::Violence | RiskKind::Abuse | RiskKind::HomicidalIdeation
            ) && actors::stranger_act_on_client(toks, r.start, r.end))
            || rescued_other
            || died_of
            || their_own
            || relatives_own
            || r.concept != Concept::IntrusiveHarm && {
                // "His mom found a rope tied in his closet": what a collateral finds or catches
                // is the client's act.
                let found = r.framed
                    && r.kind == Some(RiskKind::SuicidalIdeation)
                    && toks[r.start.saturating_sub(5)..r.start].iter().any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "found"
                                | "finds"
                                | "discovered"
                                | "caught"
                                | "saw"
                                | "noticed"
                                | "walked"
                        )
                    });
                // A death wish framed as "better if he not here" is about whoever "he" is: the
                // sentence's first subject (the frame checked they agree), not "his kids"; in a
                // summary addressed to the client, "you think your kids would be better off
                // without you" is the client's, but not when someone is named before "you"
                // ("your husband told you the kids would be better off without you").
                let at = if r.framed && r.concept == Concept::PassiveIdeation {
                    toks[..r.start]
                        .iter()
                        .enumerate()
                        .position(|(k, t)| match t.norm.split('\'').next().unwrap_or("") {
                            "she" | "he" | "i" | "they" => true,
                            "you" => !toks[..k].iter().any(|p| actors::is_person_noun(&p.norm)),
                            _ => false,
                        })
                        // Past the pronoun, so that it is itself the subject read.
                        .map_or(r.start, |k| (k + 1).min(r.start))
                } else {
                    r.start
                };
                // A mention that opens with its own subject pronoun ("she wished she'd died")
                // is about whom that pronoun names, not the person before it ("her partner
                // told me").
                let at = if at == r.start
                    && r.end > r.start + 1
                    && matches!(
                        toks[r.start].norm.split('\'').next().unwrap_or(""),
                        "she" | "he" | "they" | "i"
                    ) {
                    r.start + 1
                } else {
                    at
                };
                // "Her husband has a few beers on Sundays": a drink counted after its verb is
                // the verb's subject's, read at that verb.
                let at = if at == r.start && r.kind == Some(RiskKind::SubstanceUse) {
                    let mut q = r.start;
                    while q > 0
                        && (matches!(
                            toks[q - 1].norm.as_str(),
                            "a" | "an"
                                | "few"
                                | "couple"
                                | "of"
                                | "some"
                                | "several"
                                | "more"
                                | "cans"
                                | "pints"
                                | "glasses"
                                | "bottles"
                                | "shots"
                        ) || usage::is_number(&toks[q - 1].norm))
                    {
                        q -= 1;
                    }
                    let verb = q < r.start
                        && q > 0
                        && matches!(
                            toks[q - 1].norm.as_str(),
                            "has"
                                | "had"
                                | "have"
                                | "having"
                                | "drinks"
                                | "drank"
                                | "downs"
                                | "downed"
                                | "sinks"
                                | "sank"
                        );
                    if verb {
                        q - 1
                    } else {
                        at
                    }
                } else {
                    at
                };
                // "Her dad had too much to drink": an infinitive's subject is its governing
                // verb's ("had"), read at that verb; "his son, who's been sneaking out to
                // drink": at "been", where the relative "who" names the son.
                let at = if at == r.start && r.start >= 2 && toks[r.start - 1].is("to") {
                    (r.start.saturating_sub(6)..r.start - 1)
                        .rev()
                        .find(|&k| {
                            matches!(
                                toks[k].norm.as_str(),
                                "had" | "has" | "have" | "was" | "is" | "were" | "are" | "been"
                            )
                        })
                        .unwrap_or(at)
                } else {
                    at
                };
                // "A friend gave him naloxone": the one given it overdosed, not the giver.
                let rescued = r.concept == Concept::Overdose
                    && rescue_verb(&toks[r.start].norm)
                    && toks.get(r.start + 1).is_some_and(|t| {
                        matches!(t.norm.as_str(), "him" | "her" | "you" | "me" | "them")
                    })
                    && toks[r.start + 2..toks.len().min(r.start + 5)]
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "naloxone" | "narcan"));
                // "Cousin cut him down before anything": the one cut down from the rope made
                // the attempt, not the rescuer.
                let rescued = rescued || cut_down(toks, r) && !cut_down_by_client(toks, r);
                // "Her cousin overdosed ... and she was the one who gave him the Narcan": the
                // overdose the sentence already told of someone else's is the one reversed.
                // "Kaya found her and gave her Narcan": the client, named as the sentence's
                // subject, gave it; the one given it is someone else.
                // "He's the one who hit her with the Narcan": the sentence opens on the
                // giver's pronoun, of the other gender than the one given it.
                let opener = toks[..r.start].iter().find(|t| !t.punct);
                let gender = |w: &str| match w.split('\'').next().unwrap_or("") {
                    "he" | "him" => 1,
                    "she" | "her" => 2,
                    _ => 0,
                };
                let other_gender = opener.is_some_and(|o| {
                    let given = toks.get(r.start + 1).map_or(0, |t| gender(&t.norm));
                    let giver = gender(&o.norm);
                    giver != 0 && given != 0 && giver != given
                });
                let given_by_client = opener.is_some_and(|t| t.capital && client.contains(&t.norm))
                    || (rescued && other_gender);
                let rescued_theirs = rescued
                    && (given_by_client
                        || out.iter().any(|f: &Finding| {
                            f.concept == Concept::Overdose && f.status == FindingStatus::NotClient
                        }));
                let subject = if rescued_theirs {
                    actors::Subject::Third(actors::Rel::Other)
                } else if found || rescued || usage::asked_client(toks, question, r.start) {
                    actors::Subject::Client
                } else {
                    actors::subject_at(toks, at)
                };
                match subject {
                    actors::Subject::Third(rel) => {
                        // "Her brother threatened to kill her": a relative's act whose object
                        // is the client is abuse of the client.
                        // "taking money from your pension account": the owner of the money
                        // taken is the one it is done to.
                        let owner_of_money = toks[r.start..r.end].windows(2).any(|p| {
                            matches!(p[0].norm.as_str(), "your" | "her" | "his" | "my")
                                && matches!(
                                    p[1].norm.as_str(),
                                    "pension"
                                        | "account"
                                        | "savings"
                                        | "card"
                                        | "purse"
                                        | "wallet"
                                        | "benefits"
                                        | "money"
                                        | "bank"
                                )
                        });
                        // "touches her private parts": the pronoun right after the act is
                        // the one it is done to, whatever body part follows.
                        let victim = owner_of_money
                            || r.end > 0
                                && matches!(toks[r.end - 1].norm.as_str(), "her" | "him" | "me")
                            || r.concept == Concept::Abuse
                                && r.end > r.start + 2
                                && matches!(toks[r.start + 1].norm.as_str(), "her" | "him" | "me");
                        // "her brother-in-law, who lives with them, is touching her daughter":
                        // a relative's act on the client's own child is abuse of a dependent
                        // in the client's care (FORMATS §4.5: mandated report).
                        // ("his daughter" after a man's act is most often his own child.)
                        let child_victim = toks[r.start..r.end].windows(2).any(|p| {
                            matches!(p[0].norm.as_str(), "her" | "my" | "their")
                                && matches!(
                                    p[1].norm.as_str(),
                                    "son"
                                        | "daughter"
                                        | "kids"
                                        | "children"
                                        | "child"
                                        | "baby"
                                        | "grandson"
                                        | "granddaughter"
                                        | "stepson"
                                        | "stepdaughter"
                                )
                        });
                        // "The nephew is neglecting him": neglect presumes a duty of care, so
                        // any relative who neglects the client abuses them.
                        let neglect = toks[r.start..r.end]
                            .iter()
                            .any(|t| t.norm.starts_with("neglect"));
                        // "her ski coach ... forced himself on her", "raped by her youth
                        // pastor": sexual abuse by someone in a position of trust over the
                        // client (coach, teacher, clergy, a lodger in the home) is abuse.
                        let passive_by = r.start > 0
                            && matches!(
                                toks[r.start - 1].norm.as_str(),
                                "was" | "were" | "been" | "got"
                            );
                        let done_to = victim
                            || toks
                                .get(r.end)
                                .is_some_and(|t| matches!(t.norm.as_str(), "her" | "him" | "me"));
                        // The one in trust is the agent: before the act, or after its "by".
                        let role_in = |a: usize, b: usize| {
                            toks[a..b.min(toks.len())]
                                .iter()
                                .any(|t| actors::trusted_role(&t.norm))
                        };
                        let trusted = r.concept == Concept::Abuse
                            && (done_to && role_in(r.start.saturating_sub(14), r.end)
                                || passive_by
                                    && toks.get(r.end).is_some_and(|t| t.is("by"))
                                    && role_in(r.end + 1, r.end + 4));
                        let abuse = abuse_of_client
                            || trusted
                            || matches!(r.concept, Concept::Abuse | Concept::CoerciveControl)
                                && (rel.abuse_eligible()
                                    || ((r.framed || victim || neglect || child_victim)
                                        && rel.family()));
                        // "Her aunt is in an abusive marriage": the subject is the victim.
                        // Only an "in" of the mention's own phrase: a conjunction, a stop or a
                        // new clause's subject ends it ("threw her binder in the box and shoved
                        // her", "said in session that he spanks ...").
                        let abuse = abuse
                            && !toks[..r.start]
                                .iter()
                                .rev()
                                .take(4)
                                .take_while(|t| {
                                    !t.punct
                                        && !matches!(
                                            t.norm.as_str(),
                                            "and"
                                                | "or"
                                                | "but"
                                                | "then"
                                                | "that"
                                                | "who"
                                                | "he"
                                                | "she"
                                                | "they"
                                                | "i"
                                                | "we"
                                        )
                                })
                                .enumerate()
                                // "Her uncle in the village hits her", "her uncle in
                                // Zuarungu has been forcing himself on her": "in" opening a
                                // place phrase (an article or a name and its noun) right
                                // before the verb is no frame around the victim.
                                .any(|(back, t)| {
                                    t.is("in") && !place_before_verb(&toks[r.start - back..r.start])
                                });
                        // "Her mother was neglected at her facility": a passive verb makes the
                        // subject the victim; only a child in the client's care stays the
                        // client's concern (mandated report).
                        let passive = r.start > 0
                            && !toks[r.start].norm.ends_with("ing")
                            && matches!(
                                toks[r.start - 1].norm.as_str(),
                                "was" | "were" | "been" | "being" | "is" | "are" | "got" | "gets"
                            );
                        let abuse = abuse
                            && (abuse_of_client
                                || trusted
                                || !(passive && rel != actors::Rel::Child));
                        // Means in the household are the client's access.
                        let household_means =
                            r.concept == Concept::Means && rel != actors::Rel::Other;
                        !abuse && !household_means && rel != actors::Rel::Anyone
                    }
                    _ => false,
                }
            };
        // A relative the note names as speaking in the session is a participant in it.
        let participant = actors::session_participant(toks, r.start)
            && !matches!(r.concept, Concept::Abuse | Concept::CoerciveControl);
        let other = other && !participant;
        // "She hears her late husband calling her to join him": the one called to the dead is
        // the one at risk, whoever calls.
        let called_to_join = r.concept == Concept::PassiveIdeation
            && r.end > r.start + 2
            && matches!(toks[r.start + 1].norm.as_str(), "her" | "him" | "me")
            && toks[r.start + 2].is("to")
            && matches!(
                toks.get(r.start + 3).map(|t| t.norm.as_str()),
                Some("join" | "come" | "be" | "follow")
            );
        // "her daughters would be better off with the insurance money": the family named is
        // who would gain; the death costed is the teller's own.
        let death_costed = r.concept == Concept::PassiveIdeation
            && toks[r.start..r.end].iter().any(|t| t.is("insurance"));
        // "The police arrested him on Saturday for fighting": the one sanctioned for a fight
        // is the object of the sanction, not whoever imposed it.
        let sanctioned = r.concept == Concept::Violence
            && r.end > r.start + 1
            && matches!(toks[r.start + 1].norm.as_str(), "him" | "her" | "me")
            && toks[r.start..r.end].iter().any(|t| t.is("for"));
        // "her husband moved his deer rifles to his brother's": means someone in the household
        // moved away are the client's access, denied. The means are already read as negated;
        // the verb before them tells a removal from a denial that merely reaches them
        // ("denies plan, rifle in the safe").
        let moved_away = r.concept == Concept::Means
            && negated
            && toks[r.start.saturating_sub(4)..r.start]
                .iter()
                .any(|t| context::moved_verb(&t.norm));
        let other = other && !called_to_join && !death_costed && !sanctioned && !moved_away;
        if context::not_assessed(toks, r.start, r.end) {
            unanswered = true;
            negated = false;
        }
        let mut status = if hypothetical && !negated {
            FindingStatus::Hypothetical
        } else if other {
            FindingStatus::NotClient
        } else if unanswered {
            FindingStatus::Unanswered
        } else if double {
            FindingStatus::Present
        } else if negated && !uncertain {
            FindingStatus::Denied
        } else if historical && !uncertain {
            FindingStatus::History
        } else {
            FindingStatus::Present
        };
        match r.concept {
            // "hasn't stopped cutting", "can't stop drinking", "never stopped using", "has been
            // unable to stop drinking": a stop negated or failed is the behaviour going on
            // (NegEx: negating a cessation term affirms what it would have ended).
            // Only a stop verb with its own negator: "denies drug use, and his urine was
            // clean" is a denial reaching an abstinence word, not a stop negated.
            Concept::Abstinence
                if context::cessation_goes_on(
                    toks,
                    r.start,
                    r.end,
                    status == FindingStatus::Denied && negated && !double,
                ) =>
            {
                status = FindingStatus::Present;
            }
            Concept::Abstinence
                if status == FindingStatus::Present || status == FindingStatus::History =>
            {
                // "Sober for two years": a denial of current use; "stopped three weeks ago":
                // the behaviour was recent.
                // "went to the funeral and stayed sober": abstinence kept through a time is
                // no sign of use, however recent the time.
                let kept = r.start > 0
                    && matches!(
                        toks[r.start - 1].norm.as_str(),
                        "stayed" | "stay" | "stays" | "staying" | "remained" | "remains" | "kept"
                    );
                let recent = !kept
                    && seg_toks.iter().any(|t| t.is("ago"))
                    && context::time(&seg_toks, seg_toks.len(), 92) == context::Time::Current;
                status = if recent || negated {
                    FindingStatus::Present
                } else {
                    FindingStatus::Denied
                };
            }
            Concept::Screen if status == FindingStatus::Present && !asked => {
                // A screen named without a result is a question with no documented answer;
                // a result in words ("several days", "not at all") is its answer.
                let words: Vec<&str> = seg_toks.iter().map(|t| t.norm.as_str()).collect();
                let has = |p: &[&str]| words.windows(p.len()).any(|w| w == p);
                // "answered never to each one": "one" after "each" counts no score; nor does
                // another measure's ("PCL five was fifty-two, and on the C-SSRS ...").
                // "AUDIT was two and his urine screen Tuesday was negative": a drug screen's
                // result is never the drinking measure's score beside it.
                let own_measure = context::is_other_measure(&toks[r.start].norm);
                let other = if kind == RiskKind::SuicidalIdeation
                    || kind == RiskKind::SubstanceUse && !own_measure
                {
                    context::other_measure_scores(&words)
                } else {
                    vec![false; words.len()]
                };
                let result = words.iter().enumerate().any(|(i, w)| {
                    let each_one = *w == "one"
                        && i > 0
                        && matches!(words[i - 1], "each" | "every" | "any" | "no");
                    // "drug screen monthly, next session in two weeks": a count of time or
                    // of visits is no score.
                    // ("several days" is item nine's own answer, so only numbers count).
                    let counted = matches!(*w, "one" | "two" | "three" | "1" | "2" | "3")
                        && words.get(i + 1).is_some_and(|n| {
                            matches!(
                                *n,
                                "week"
                                    | "weeks"
                                    | "day"
                                    | "days"
                                    | "month"
                                    | "months"
                                    | "hour"
                                    | "hours"
                                    | "minutes"
                                    | "times"
                                    | "sessions"
                                    | "visits"
                                    | "year"
                                    | "years"
                                    | "wks"
                                    | "mths"
                            )
                        });
                    !each_one
                        && !counted
                        && !other[i]
                        && matches!(
                            *w,
                            "positive"
                                | "yes"
                                | "endorsed"
                                | "one"
                                | "two"
                                | "three"
                                | "1"
                                | "2"
                                | "3"
                                | "several"
                                | "half"
                                | "nearly"
                                | "most"
                        )
                }) || has(&["every", "day"]);
                // "answered no to every question", "said no to each item": a negative
                // screen told as its answers, anywhere in the sentence.
                let all: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
                let all_no = all.windows(4).any(|w| {
                    w[0] == "no" && w[1] == "to" && matches!(w[2], "every" | "each" | "all" | "any")
                }) || all.windows(3).any(|w| {
                    matches!(w[0], "answered" | "said" | "replied")
                        && w[1] == "no"
                        && matches!(w[2], "throughout" | "across" | "to" | "on")
                }) || all
                    .windows(2)
                    .any(|w| w[0] == "all" && matches!(w[1], "no" | "no's" | "nos" | "noes"))
                    // "all four answers were no", "negative on every item".
                    || all.windows(3).any(|w| {
                        matches!(w[0], "answers" | "responses" | "items")
                            && matches!(w[1], "were" | "are")
                            && matches!(w[2], "no" | "negative")
                    })
                    || all.windows(4).any(|w| {
                        w[0] == "negative"
                            && w[1] == "on"
                            && matches!(w[2], "every" | "each" | "all")
                            && matches!(w[3], "item" | "items" | "question" | "questions")
                    });
                // "it was negative across the board", "came back negative", "EPDS item ten
                // answered never", "On the HITS questions she said her husband never hurts,
                // insults, threatens, or screams at her": a negative result or the scale's
                // lowest answer after the screen, with no higher answer beside it.
                let after: Vec<&str> = all[r.end.min(all.len())..].to_vec();
                let lowest_after = after.iter().any(|w| matches!(*w, "negative" | "never"))
                    && !after.iter().any(|w| {
                        matches!(
                            *w,
                            "sometimes"
                                | "rarely"
                                | "often"
                                | "fairly"
                                | "frequently"
                                | "positive"
                                | "but"
                                | "except"
                                | "though"
                        )
                    });
                // "item ten, the one about harming herself, she scored zero".
                if has(&["not", "at", "all"])
                    || context::scored_zero(&all)
                    || ((all_no || lowest_after) && !result)
                {
                    status = FindingStatus::Denied;
                    negated = true;
                } else if !result {
                    status = FindingStatus::Unanswered;
                }
            }
            // "Asked about the deer rifle, he says it's at his brother's": a clause right
            // after the means may tell where they are.
            Concept::Means
                if status == FindingStatus::Present
                    && (context::means_removed(&seg_toks)
                        || means_placed_after(toks, &seg, seg[r.start])) =>
            {
                status = FindingStatus::Denied;
                negated = true;
            }
            _ => {}
        }
        if kind == RiskKind::SelfHarm
            && status == FindingStatus::Present
            && context::scars_left(toks, r.start, r.end)
        {
            status = FindingStatus::History;
        }
        if r.concept == Concept::Screen
            && status == FindingStatus::Present
            && actors::screen_of_another(toks, r.end)
        {
            status = FindingStatus::NotClient;
        }
        let (concept, status) = usage::reread(toks, (r.start, r.end), r.concept, status, asked);
        out.push(Finding {
            kind,
            concept,
            clause_id: clause_of(offset + toks[r.start].start),
            quote: text[toks[quote_start].start..toks[r.end - 1].end].to_string(),
            status,
            attributes: Attributes {
                negated,
                double_negation: double,
                historical,
                hypothetical,
                other_experiencer: other,
                uncertain,
                asked,
                near_miss: r.near_miss,
                problem_label: status == FindingStatus::Present
                    && context::problem_label(toks, r.start),
            },
        });
    }
    let spans: Vec<(usize, usize)> = raws.iter().map(|r| (r.start, r.end)).collect();
    // The antecedent of a pronoun for an act: the last act or mention read directly.
    let direct = |f: &&Finding| {
        !f.concept.is_qualifier()
            && !matches!(
                f.concept,
                Concept::Means | Concept::Misuse | Concept::Screen | Concept::Abstinence
            )
    };
    let antecedent = out
        .iter()
        .rev()
        .find(direct)
        .or_else(|| out.iter().rev().find(|f| !f.concept.is_qualifier()))
        .map(|f| (f.kind, f.concept))
        .or(last_kind.map(|k| (k, concept_of(k))));
    let more = anaphoric_denials(text, toks, &seg, &out, clause_of, offset, &spans);
    out.extend(more);
    let more = excepted(text, toks, &out, clause_of, offset, &spans);
    out.extend(more);
    let more = anaphoric_affirmation(text, toks, &out, clause_of, offset, &spans);
    out.extend(more);
    if let Some(ante) = antecedent {
        let more = pro_act_denials(text, toks, &seg, &spans, ante, clause_of, offset);
        out.extend(more);
    }
    out
}

/// The plain concept of a category, for a mention known only by its category.
fn concept_of(kind: RiskKind) -> Concept {
    match kind {
        RiskKind::SuicidalIdeation => Concept::Ideation,
        RiskKind::SelfHarm => Concept::SelfInjury,
        RiskKind::HomicidalIdeation => Concept::HomicidalIdeation,
        RiskKind::HarmToOthers => Concept::HarmThoughts,
        RiskKind::Abuse => Concept::Abuse,
        RiskKind::Violence => Concept::Violence,
        RiskKind::SubstanceUse => Concept::SubstanceUse,
        RiskKind::AccessToMeans => Concept::Means,
    }
}

/// Verbs that stand in for an act already named ("has never done that", "it hasn't happened
/// again", "doesn't want to try it").
const PRO_VERBS: &[&str] = &[
    "do",
    "does",
    "did",
    "done",
    "doing",
    "happen",
    "happens",
    "happened",
    "happening",
    "try",
    "tried",
    "trying",
    "repeat",
    "repeated",
    "again",
];

/// Nouns of thought whose object may be a pronoun for an act ("no thoughts of it").
const THOUGHT_NOUNS: &[&str] = &[
    "thoughts",
    "thought",
    "urges",
    "urge",
    "plans",
    "plan",
    "wish",
    "wishes",
    "desire",
    "intention",
    "intent",
    "impulse",
    "impulses",
    "ideas",
];

/// Anaphoric denials by a pronoun for an act: "took pills at nineteen, and denies any thoughts
/// of it now", "her sister was hit by her boyfriend; she says that has never happened to
/// her", "cut as a teen, hasn't done that in years". A negated segment without a mention of
/// its own whose pro-form ("it", "that", "this", "anything like that") is the object of a
/// stand-in verb or a thought noun takes the category of the antecedent: the last mention in
/// the sentence, else the sentence before. Thoughts "of it" after an act of self-poisoning or
/// an attempt are suicidal thoughts.
fn pro_act_denials(
    text: &str,
    toks: &[Tok],
    seg: &[usize],
    spans: &[(usize, usize)],
    (kind, concept): (RiskKind, Concept),
    clause_of: &dyn Fn(usize) -> usize,
    offset: usize,
) -> Vec<Finding> {
    let last_seg = seg.last().copied().unwrap_or(0);
    let first_span_seg = spans.first().map(|&(a, _)| seg[a]);
    for g in 0..=last_seg {
        // Only the words after the segment's last mention ("cut as a teen and says he
        // hasn't done that since"); a segment before the first mention has no antecedent.
        let after_span = spans
            .iter()
            .filter(|&&(a, _)| seg[a] == g)
            .map(|&(_, b)| b)
            .max()
            .unwrap_or(0);
        let idx: Vec<usize> = (0..toks.len())
            .filter(|&k| seg[k] == g && k >= after_span)
            .collect();
        if idx.is_empty() || first_span_seg.is_some_and(|f| f > g) {
            continue;
        }
        let w: Vec<&str> = idx.iter().map(|&k| toks[k].norm.as_str()).collect();
        let pro = |x: &str| matches!(x, "it" | "that" | "this" | "so" | "one");
        let neg = |x: &str| {
            matches!(
                x,
                "no" | "not" | "never" | "denies" | "denied" | "deny" | "nothing"
            ) || x.ends_with("n't")
        };
        let Some(n) = w.iter().position(|x| neg(x)) else {
            continue;
        };
        // "her own risk not asked today, do it next time": a question not put is no answer.
        if w.get(n + 1).is_some_and(|x| {
            matches!(
                *x,
                "asked"
                    | "assessed"
                    | "screened"
                    | "explored"
                    | "covered"
                    | "discussed"
                    | "reviewed"
            )
        }) {
            continue;
        }
        // The pro-form: object of a stand-in verb ("done that", "tried it again"), subject
        // of "happened" ("that has never happened"), or object of a thought noun ("thoughts
        // of it", "urge to do it"); "anything like that" too.
        let mut thought = false;
        let mut hit = None;
        for i in 0..w.len() {
            if !pro(w[i]) {
                continue;
            }
            let before = &w[i.saturating_sub(3)..i];
            let after = &w[i + 1..(i + 4).min(w.len())];
            let verb_before = before.iter().any(|x| PRO_VERBS.contains(x));
            let happened_after = after
                .iter()
                .any(|x| x.starts_with("happen") || *x == "again");
            let thought_before = before.iter().any(|x| THOUGHT_NOUNS.contains(x));
            let like = i >= 2
                && w[i - 1] == "like"
                && (w[i - 2].starts_with("any") || w[i - 2].starts_with("no"));
            if verb_before || happened_after || thought_before || like {
                thought = thought_before;
                hit = Some(i);
                break;
            }
        }
        let Some(i) = hit else { continue };
        // The negation must govern the pro-form, not follow it ("it happened, nothing more").
        if n > i
            && !w[i + 1..n]
                .iter()
                .all(|x| matches!(*x, "has" | "have" | "had" | "is" | "was" | "'s"))
        {
            continue;
        }
        let kind = if thought
            && matches!(
                concept,
                Concept::Attempt
                    | Concept::Overdose
                    | Concept::SelfPoisoning
                    | Concept::Method
                    | Concept::Preparatory
            ) {
            RiskKind::SuicidalIdeation
        } else {
            kind
        };
        let (a, b) = (idx[n.min(i)], idx[w.len() - 1]);
        return vec![Finding {
            kind,
            concept: if thought { Concept::Ideation } else { concept },
            clause_id: clause_of(offset + toks[a].start),
            quote: text[toks[a].start..toks[b].end].to_string(),
            status: FindingStatus::Denied,
            attributes: Attributes {
                negated: true,
                ..Attributes::default()
            },
        }];
    }
    Vec::new()
}

/// Body-focused repetitive habits (not self-harm unless done to hurt).
const BFRB_WORDS: &[&str] = &[
    "chews",
    "chewing",
    "chewed",
    "biting",
    "bites",
    "picking",
    "picks",
    "picked",
    "pulling",
    "pulls",
    "trichotillomania",
    "dermatillomania",
    "bfrb",
    "bfrbs",
];

/// A negated purpose right before a mention: "not to", "not because", "no intent to",
/// "without wanting to", "wasn't trying to".
fn purpose_before(toks: &[Tok], s: usize) -> bool {
    let w = &toks[s.saturating_sub(6)..(s + 1).min(toks.len())];
    w.windows(2).any(|x| {
        let neg = matches!(
            x[0].norm.as_str(),
            "not" | "no" | "without" | "never" | "denies" | "denied" | "deny"
        ) || x[0].norm.ends_with("n't");
        neg && matches!(
            x[1].norm.as_str(),
            "to" | "for"
                | "because"
                | "intent"
                | "intention"
                | "intending"
                | "wish"
                | "desire"
                | "trying"
                | "meaning"
                | "purpose"
                | "aim"
                | "goal"
                | "wanting"
                | "in"
        )
    })
}

/// Words that make an injury an accident.
const ACCIDENT_CUES: &[&str] = &[
    // "hurt her ankle at netball", "escaping the fire".
    "escape",
    "escaping",
    "netball",
    "rugby",
    "hockey",
    "basketball",
    "training",
    "sprained",
    "landed",
    "landing",
    "trampoline",
    "skiing",
    "stove",
    "oven",
    "dinner",
    "baking",
    "grill",
    "kitchen",
    "bike",
    "skateboard",
    "accident",
    "accidental",
    "accidentally",
    "chopping",
    "cooking",
    "slipped",
    "shaving",
    "shaved",
    "shave",
    "shaves",
    "tripped",
    "fell",
    "mistake",
    "unintentionally",
    "sports",
    "soccer",
    "football",
    "hiking",
    "gym",
    "boxing",
    "workout",
    "sparring",
    "dentist",
    "surgery",
];

/// "No self-harm since March apart from a burn on Friday", "stopped cutting except for once
/// last Tuesday", "denied thoughts of harming the baby at first, then said the images come
/// most nights": what a denial excepts, or what a turn after it affirms of "the thoughts",
/// is that category present (NegEx: the terminator ends the denial's scope, FORMATS §4.3).
fn excepted(
    text: &str,
    toks: &[Tok],
    found: &[Finding],
    clause_of: &dyn Fn(usize) -> usize,
    offset: usize,
    spans: &[(usize, usize)],
) -> Vec<Finding> {
    let Some(denied) = open_denial(found, |_| true) else {
        return Vec::new();
    };
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let first_end = spans.first().map_or(0, |&(_, b)| b);
    let marker = (first_end..w.len()).find(|&k| {
        matches!(w[k], "except" | "besides")
            || (matches!(w[k], "apart" | "aside") && w.get(k + 1) == Some(&"from"))
            || (w[k] == "other" && w.get(k + 1) == Some(&"than"))
            || (w[k] == "then"
                && w.get(k + 1).is_some_and(|x| {
                    matches!(
                        *x,
                        "said" | "admitted" | "added" | "told" | "disclosed" | "says"
                    )
                }))
    });
    let Some(m) = marker else { return Vec::new() };
    if spans.iter().any(|&(a, _)| a > m) {
        return Vec::new();
    }
    let end = (m..w.len())
        .find(|&k| matches!(w[k], "." | ";" | "but") && k > m)
        .unwrap_or(w.len());
    let rest = &w[m..end];
    let turn = w[m] == "then";
    let event = if turn {
        rest.windows(2).any(|x| {
            matches!(x[0], "the" | "those" | "these" | "such")
                && matches!(
                    x[1],
                    "images" | "thoughts" | "urges" | "pictures" | "feelings" | "ideas"
                )
        })
    } else {
        rest.iter().any(|x| {
            matches!(
                *x,
                "once"
                    | "twice"
                    | "one"
                    | "a"
                    | "an"
                    | "last"
                    | "yesterday"
                    | "recently"
                    | "week"
                    | "weekend"
                    | "night"
            ) || context::is_weekday(x)
        })
    };
    let excluded = rest.iter().any(|x| {
        matches!(
            *x,
            "prescribed"
                | "medication"
                | "meds"
                | "coffee"
                | "tea"
                | "water"
                | "past"
                | "childhood"
                | "years"
                | "teens"
                | "teenager"
                | "school"
        )
    });
    if !event || excluded {
        return Vec::new();
    }
    let last = end.saturating_sub(1).max(m);
    let quote = (text, &toks[m..=last]);
    vec![taken_back(denied, quote, clause_of, offset, turn)]
}

/// The sentence's last denial (not a plan or intent) of a category `kind_ok` accepts, if no
/// finding affirms that category: the denial a later exception or turn may take back.
fn open_denial(found: &[Finding], kind_ok: impl Fn(RiskKind) -> bool) -> Option<&Finding> {
    let denied = found.iter().rev().find(|f| {
        f.status == FindingStatus::Denied && !f.concept.is_qualifier() && kind_ok(f.kind)
    })?;
    (!found
        .iter()
        .any(|f| f.kind == denied.kind && f.status == FindingStatus::Present))
    .then_some(denied)
}

/// "Denies any plan to end her life, although she admits thinking about it daily": past a
/// scope terminator (FORMATS §4.3), a thought affirmed of "it" takes the denied mention for
/// its antecedent, and is present.
fn anaphoric_affirmation(
    text: &str,
    toks: &[Tok],
    found: &[Finding],
    clause_of: &dyn Fn(usize) -> usize,
    offset: usize,
    spans: &[(usize, usize)],
) -> Vec<Finding> {
    // Ideation is the thought itself; a thought of drinking is a craving, not use.
    let Some(denied) = open_denial(found, |k| {
        matches!(
            k,
            RiskKind::SuicidalIdeation
                | RiskKind::HomicidalIdeation
                | RiskKind::HarmToOthers
                | RiskKind::SelfHarm
        )
    }) else {
        return Vec::new();
    };
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let first_end = spans.first().map_or(0, |&(_, b)| b);
    let Some(t) = (first_end..w.len()).find(|&k| {
        matches!(
            w[k],
            "but" | "though" | "although" | "however" | "yet" | ";"
        )
    }) else {
        return Vec::new();
    };
    if spans.iter().any(|&(a, _)| a > t) {
        return Vec::new();
    }
    let thought = |x: &str| {
        x.starts_with("think")
            || matches!(
                x,
                "thought"
                    | "thoughts"
                    | "dreams"
                    | "dreaming"
                    | "fantasises"
                    | "fantasizes"
                    | "fantasising"
                    | "fantasizing"
                    | "pictures"
                    | "picturing"
                    | "imagines"
                    | "imagining"
                    | "considers"
                    | "considering"
                    | "considered"
                    | "ruminates"
                    | "ruminating"
                    | "dwells"
                    | "dwelling"
            )
    };
    let negator = |x: &str| matches!(x, "not" | "no" | "never" | "nor") || x.ends_with("n't");
    let hit = (t + 1..w.len()).find(|&k| {
        thought(w[k])
            && matches!(w.get(k + 1), Some(&("about" | "of")))
            && matches!(w.get(k + 2), Some(&("it" | "that" | "doing")))
            && !w[t + 1..k].iter().any(|x| negator(x))
    });
    // "hasn't cut since her twenties, though she's had the urge again most nights": the urge
    // named past the terminator is the denied behaviour's.
    let urge = || {
        (t + 1..w.len()).find(|&k| {
            matches!(w[k], "urge" | "urges")
                && k > 0
                && matches!(
                    w[k - 1],
                    "the" | "her" | "his" | "their" | "those" | "these"
                )
                && !w[t + 1..k].iter().any(|x| negator(x))
        })
    };
    let (k, last) = match hit {
        Some(k) => (k, (k + 2).min(w.len() - 1)),
        None => match urge() {
            Some(k) => (k, k),
            None => return Vec::new(),
        },
    };
    vec![taken_back(
        denied,
        (text, &toks[k..=last]),
        clause_of,
        offset,
        false,
    )]
}

/// The denied category present after all, quoting the words (`quote`: the unit's text and
/// the tokens) that take the denial back; `uncertain` when a turn, not an exception, does.
fn taken_back(
    denied: &Finding,
    (text, words): (&str, &[Tok]),
    clause_of: &dyn Fn(usize) -> usize,
    offset: usize,
    uncertain: bool,
) -> Finding {
    let (a, b) = match (words.first(), words.last()) {
        (Some(f), Some(l)) => (f.start, l.end),
        _ => (0, 0),
    };
    Finding {
        kind: denied.kind,
        concept: denied.concept,
        clause_id: clause_of(offset + a),
        quote: text[a..b].to_string(),
        status: FindingStatus::Present,
        attributes: Attributes {
            uncertain,
            ..Attributes::default()
        },
    }
}

/// "He was in fights as a teenager but has had none in ten years": a later segment whose only
/// content is "none"/"no more"/"not since" denies the mention before it (anaphoric negation).
fn anaphoric_denials(
    text: &str,
    toks: &[Tok],
    seg: &[usize],
    found: &[Finding],
    clause_of: &dyn Fn(usize) -> usize,
    offset: usize,
    spans: &[(usize, usize)],
) -> Vec<Finding> {
    let Some(last) = found.iter().rev().find(|f| !f.concept.is_qualifier()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let last_seg = seg.last().copied().unwrap_or(0);
    for g in 1..=last_seg {
        let idx: Vec<usize> = (0..toks.len()).filter(|&k| seg[k] == g).collect();
        if idx
            .iter()
            .any(|&k| spans.iter().any(|&(a, b)| (a..b).contains(&k)))
        {
            continue;
        }
        let first_span_seg = spans.first().map_or(usize::MAX, |&(a, _)| seg[a]);
        if first_span_seg >= g {
            continue;
        }
        let words: Vec<&str> = idx.iter().map(|&k| toks[k].norm.as_str()).collect();
        // "not currently suicidal but was last week": an elliptical affirmation of the
        // negated mention, with a time inside the screening window.
        let elliptic = words.first() == Some(&"but")
            && words
                .iter()
                .any(|w| matches!(*w, "was" | "were" | "did" | "had" | "has" | "does" | "is"))
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "last" | "ago" | "yesterday" | "lately" | "recently" | "week" | "weekend"
                ) || context::is_weekday(w)
            });
        // "but that was forty years ago": a time long past dates, it does not affirm.
        let long_past = words
            .windows(2)
            .any(|x| matches!(x[0], "years" | "decades") && x[1] == "ago");
        if elliptic && !long_past && last.status == FindingStatus::Denied {
            let k = idx[0];
            out.push(Finding {
                kind: last.kind,
                concept: last.concept,
                clause_id: clause_of(offset + toks[k].start),
                quote: text[toks[k].start..toks[idx[idx.len() - 1]].end].to_string(),
                status: FindingStatus::Present,
                attributes: Attributes {
                    uncertain: true,
                    ..Attributes::default()
                },
            });
            continue;
        }
        let hit = idx.iter().enumerate().find(|&(i, _)| {
            words[i] == "none"
                || (words[i] == "nothing"
                    && words[..i].iter().all(|w| matches!(*w, "," | "and" | "but")))
                || (words[i] == "no" && words.get(i + 1) == Some(&"more"))
                || (words[i] == "not" && words.get(i + 1) == Some(&"since"))
                || (words[i] == "never" && words.get(i + 1) == Some(&"again"))
        });
        if let Some((_, &k)) = hit {
            out.push(Finding {
                kind: last.kind,
                concept: last.concept,
                clause_id: clause_of(offset + toks[k].start),
                quote: text[toks[k].start..toks[idx[idx.len() - 1]].end].to_string(),
                status: FindingStatus::Denied,
                attributes: Attributes {
                    negated: true,
                    ..Attributes::default()
                },
            });
        }
    }
    out
}
