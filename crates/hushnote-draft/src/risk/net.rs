//! The risk-domain safety net: a sentence that no rule explained, yet holds a lethal object
//! brought to the body (a rifle barrel in the mouth, bleach swallowed, a cord at the neck) or
//! an injury on one's own body (stitches in her forearm), yields a mention of its own. Its
//! status is read like any other (negation, hypothetical, someone else's), and when it is
//! present the memo is `present` with review, never `none`: a person reads the sentence.
//! Only objects and injuries are netted, not verbs with idioms ("killing it", "hit the gym"),
//! which the lexicon and the harm-verb rules already read.

use super::lexicon::Concept;
use super::tokens::Tok;
use super::{Attributes, Finding, FindingStatus, RiskKind};

/// Things that kill when turned on oneself: weapons and ligatures.
const LETHAL: &[&str] = &[
    "gun", "guns", "rifle", "pistol", "handgun", "shotgun", "revolver", "firearm", "barrel",
    "muzzle", "trigger", "bullet", "bullets", "knife", "blade", "razor", "rope", "cord", "noose",
    "ligature", "belt", "cable", "leash",
];

/// Poisons.
const POISON: &[&str] = &[
    "bleach",
    "antifreeze",
    "poison",
    "pesticide",
    "insecticide",
    "weedkiller",
    "lye",
    "cleaner",
    "detergent",
    "ammonia",
    "solvent",
];

/// Where a lethal object is put: the vital parts.
const VITAL: &[&str] = &[
    "mouth", "head", "temple", "temples", "throat", "neck", "chest", "wrist", "wrists", "veins",
    "heart", "forehead",
];

/// Verbs of swallowing.
const INGEST: &[&str] = &[
    "swallowed",
    "swallow",
    "swallows",
    "swallowing",
    "drank",
    "drink",
    "drinks",
    "drinking",
    "ingested",
    "ingest",
    "ingesting",
    "downed",
    "gulped",
    "chugged",
    "sipped",
    "ate",
];

/// Injuries seen on a body.
const INJURY: &[&str] = &[
    "stitches",
    "gash",
    "gashes",
    "wound",
    "wounds",
    "bleeding",
    "welts",
    "lacerations",
    "laceration",
    "sutures",
    "blisters",
];

/// Words that make an injury an accident or a procedure.
const BENIGN: &[&str] = &[
    "accident",
    "accidental",
    "accidentally",
    "surgery",
    "fell",
    "fall",
    "crash",
    "slipped",
    "tripped",
    "bike",
    "kitchen",
    "cooking",
    "dog",
    "cat",
    "game",
    "sports",
    "procedure",
    "operation",
    "biopsy",
    "dentist",
    "dental",
    "tooth",
    "wisdom",
    "cleaning",
    "cleans",
    "cleaned",
    "hunting",
    "range",
];

/// Every netted mention among the uncovered tokens: the object net's when no rule found
/// anything but means (`found` holds the categories the rules found in the sentence), and
/// the semantic fields' hits ([`super::fields`]: risk said in words no rule lists) on words
/// no rule took, so a category a rule misread ("hasn't been giving her her medication" read
/// as a denial) still gets the field's reading. `prev` is the sentence before, whose words may
/// give a field the context it needs ([`super::fields::field_hits_after`]).
pub(crate) fn nets(
    toks: &[Tok],
    prev: Option<&[Tok]>,
    covered: &[bool],
    found: &[RiskKind],
    owner: &[Option<RiskKind>],
) -> Vec<(usize, usize, Concept, RiskKind)> {
    if found.is_empty() {
        if let Some(m) = net(toks, covered) {
            return vec![m];
        }
    }
    super::fields::field_hits_after(toks, prev)
        .into_iter()
        // A hit may share words with another category's mention ("drinks hand sanitiser",
        // "feel to just drink the Gramoxone ... but he has no plan"), but its last word must
        // be its own, and none of a same-category mention's.
        .filter(|h| {
            let own_last = !covered[h.end - 1];
            let shares_same = (h.start..h.end).any(|i| owner.get(i) == Some(&Some(h.kind)));
            own_last && !shares_same
        })
        .map(|h| (h.start, h.end, h.concept, h.kind))
        .collect()
}

/// The first netted mention among the uncovered tokens: `(start, end, concept, kind)`.
pub(crate) fn net(toks: &[Tok], covered: &[bool]) -> Option<(usize, usize, Concept, RiskKind)> {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    if w.iter().any(|x| BENIGN.contains(x)) {
        return None;
    }
    let near = |k: usize, set: &[&str]| {
        let lo = k.saturating_sub(8);
        let hi = (k + 9).min(w.len());
        (lo..hi).find(|&j| j != k && set.contains(&w[j]))
    };
    for k in 0..w.len() {
        if covered[k] {
            continue;
        }
        if LETHAL.contains(&w[k]) {
            if let Some(j) = near(k, VITAL) {
                // The vital part is one's own ("his mouth"), not a person's named before it.
                let poss = j.checked_sub(1).map(|p| w[p]);
                if matches!(poss, Some("his" | "her" | "my" | "their" | "the" | "your")) {
                    return Some((
                        k.min(j),
                        k.max(j) + 1,
                        Concept::Unexplained,
                        RiskKind::SuicidalIdeation,
                    ));
                }
            }
        }
        if POISON.contains(&w[k]) {
            if let Some(j) = near(k, INGEST) {
                return Some((
                    k.min(j),
                    k.max(j) + 1,
                    Concept::Unexplained,
                    RiskKind::SelfHarm,
                ));
            }
        }
        if INJURY.contains(&w[k]) {
            let body = (k + 1..(k + 6).min(w.len())).find(|&j| {
                super::frames::is_body(w[j])
                    && j > 0
                    && matches!(w[j - 1], "his" | "her" | "my" | "their" | "your")
            });
            if let Some(j) = body {
                return Some((k, j + 1, Concept::Unexplained, RiskKind::SelfHarm));
            }
        }
    }
    None
}

/// The learned net under the rules ([`super::learned`]): for a sentence whose rule findings
/// (`unit`) hold nothing present, a `present`, uncertain finding of the net's most probable
/// category when its `present` probability reaches the trained threshold. It never changes a
/// rule's finding, never denies, and never names access to means.
///
/// Nor does it overrule a reading the rules made of a risk word it cannot make itself: someone
/// else's risk, a hypothetical, a past event, an idiom, a topic, a low risk formulation or a
/// word in another sense (`explained`, asked only of a sentence the net would flag). A denial
/// is no such reading: a negation's scope is where the rules most often misread.
/// Whether the sentence dates itself back: a period of life long past with no present
/// state beside it ("'I want that man dead' - about the uncle who abused her as a child" keeps
/// its wish), or a date a year or more back told outright ("over a year ago"), weighed only
/// against present wishes and times (a copula that describes the client, "Pt is a feedlot
/// hand", dates nothing).
fn dated_back(toks: &[Tok]) -> bool {
    let any = |words: &[&str]| toks.iter().any(|t| words.contains(&t.norm.as_str()));
    const NOW: &[&str] = &[
        "want",
        "wants",
        "wanting",
        "still",
        "currently",
        "lately",
        "recently",
        "daily",
    ];
    // "he has thoughts most days of killing the man who abused him as a child": a state had
    // now, beside the period of someone else's act.
    const STATES: &[&str] = &["am", "i'm", "is", "are", "has"];
    let life = super::context::life_period(toks) && !any(NOW) && !any(STATES);
    let dated = super::context::year_or_more_back(toks) && !any(NOW) && !any(&["now", "again"]);
    life || dated
}

/// An offer ("offered", "was offered") followed in the sentence by the client turning it
/// down or leaving ("drove off", "walked away", "said no", "declined", "turned it down"),
/// with no word of taking it ("took", "accepted", "gave in").
fn declined_offer(toks: &[Tok]) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let Some(o) = toks
        .iter()
        .position(|t| matches!(t.norm.as_str(), "offered" | "offers" | "offering"))
    else {
        return false;
    };
    let took = toks[o..].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "took" | "accepted" | "accept" | "caved" | "relapsed" | "used" | "smoked" | "drank"
        )
    }) || (o..toks.len()).any(|k| w(k) == "gave" && w(k + 1) == "in");
    let declined = (o + 1..toks.len()).any(|k| {
        matches!(w(k), "declined" | "refused" | "declines" | "refuses")
            || matches!(w(k), "drove" | "walked" | "ran")
                && matches!(w(k + 1), "off" | "away" | "out")
            || w(k) == "left" && (w(k + 1) == "." || w(k + 1) == "," || w(k + 1).is_empty())
            || matches!(w(k), "turned" | "turns") && matches!(w(k + 1), "down" | "it" | "them")
            || matches!(w(k), "said" | "says") && w(k + 1) == "no"
    });
    declined && !took
}

pub(crate) fn learned(
    text: &str,
    toks: &[Tok],
    offset: usize,
    unit: &[Finding],
    clause_of: &dyn Fn(usize) -> usize,
    explained: &dyn Fn() -> bool,
    sentences: usize,
) -> Option<Finding> {
    // A memo, not a lone dictated sentence: the net needs more confidence there. A memo of its
    // full length (six sentences or more, as a session's memo runs), not a short dictation of
    // three, must also name the net's category (below).
    let in_memo = sentences >= 3;
    let long_memo = sentences >= 6;
    let rules_present = unit.iter().any(|f| {
        f.status == FindingStatus::Present && f.kind.counts_for_risk() && !f.concept.is_qualifier()
    });
    if rules_present {
        return None;
    }
    let net = super::learned::net()?;
    let scores = net.score(text);
    // The net learned that "admitted" and "disclosed" open disclosures; said of a sulk ("he
    // admits he sulked all weekend") they disclose nothing. In a memo, what it reads must
    // hold without the disclosure frame: the lower of the two scores counts. A lone
    // dictated sentence keeps the frame's weight: there the frame is often all the net has
    // to go on ("admits to headbutting the wardrobe"), and a miss is a false reassurance.
    let flag = match unframed(text).filter(|_| in_memo) {
        Some(bare) => scores.flag().min(net.score(&bare).flag()),
        None => scores.flag(),
    };
    // The net is the backstop for what the rules did not read: a risk of a category the
    // rules plainly denied must still be there once those denials are taken out (`residual`).
    // "She denies that her boyfriend hits her or controls her money, and says he has been
    // gentle" holds no abuse past its two denials. Only plain denials: masking what the rules
    // read as someone else's or past took away the very words the net rescues a misread
    // scope with (74 development false reassurances).
    if flag < net.threshold {
        return None;
    }
    let category = scores.category();
    let flag = match residual(text, unit, category) {
        Some(rest) => flag.min(net.score(&rest).flag()),
        None => flag,
    };
    if flag < net.threshold {
        return None;
    }
    // To overrule a reading the rules made (someone else's, hypothetical, past) the net must
    // clear `overrule_bar`; "Kid told me she's been saving up her nan's tablets for when she
    // can't take it" is read as someone else's by the rules and rightly flagged by the net.
    // So must it to overrule a dream told (not client risk, FORMATS §4.6), or a denial of the
    // very category it would name whose scope nothing in the sentence ends (FORMATS §4.3): a
    // documented answer ("she's stopped drinking completely, not a drop").
    let read_otherwise = unit.iter().any(|f| {
        matches!(
            f.status,
            FindingStatus::NotClient | FindingStatus::Hypothetical | FindingStatus::History
        )
    });
    // "his dad hit him with a belt when he was little", "Back in his twenties he took a
    // bottle of pills": a mention the rules dated to a period of life long past, with
    // nothing current beside it, stays history; the net does not weigh time.
    // The dated reading must be of the net's category or its near kin (an overdose is read
    // as self-poisoning, use or an attempt; a blow as abuse or violence); "I want that man
    // dead - about the uncle who abused her as a child" dates the abuse, not the wish.
    let near = |a: RiskKind, b: RiskKind| {
        let group = |k: RiskKind| match k {
            RiskKind::SelfHarm | RiskKind::SubstanceUse | RiskKind::SuicidalIdeation => 0,
            RiskKind::Abuse | RiskKind::Violence => 1,
            RiskKind::HomicidalIdeation | RiskKind::HarmToOthers => 2,
            _ => 3,
        };
        a == b || group(a) == group(b)
    };
    // "Her stepdad used to hit her mum when she was little": someone else's act dated to the
    // client's childhood is history twice over.
    let dated = |f: &Finding| {
        f.status == FindingStatus::History
            || f.status == FindingStatus::NotClient && f.attributes.historical
    };
    if unit.iter().any(|f| dated(f) && near(f.kind, category))
        && unit
            .iter()
            .all(|f| dated(f) || f.status == FindingStatus::Denied)
        && dated_back(toks)
    {
        return None;
    }
    // "Buddy offered blues at the boat ramp, pt drove off, called sponsor": a substance
    // offered and turned down is no use, whatever the drug's street name.
    if category == RiskKind::SubstanceUse && declined_offer(toks) {
        return None;
    }
    let dream = toks.iter().any(|t| super::context::is_dream_word(&t.norm));
    let denied_here = unit
        .iter()
        .any(|f| f.status == FindingStatus::Denied && f.kind == category)
        && !ends_scope(toks);
    // "When I asked if her husband is hitting her, she said no, he is a good man": a denial
    // of the net's very category that answers a question put to the client (FORMATS §4.2's
    // documented denial) is not overruled by words the net weighs. On the sets nobody trained
    // it on (blind241-296, shared, own) the net overruled such an answer rightly once in 40.
    let category_denials = || {
        unit.iter()
            .filter(|f| f.status == FindingStatus::Denied && f.kind == category)
    };
    if category_denials().next().is_some()
        && category_denials().all(|f| f.attributes.asked)
        && plainly_answered_no(toks)
    {
        return None;
    }
    // In a memo (three sentences or more) the net must clear the same bar: there the rules
    // read every other sentence, most sentences are ordinary, and a disclosure is usually
    // also said in words the rules know; on the development memos nobody trained it on
    // (blind8-15) every sentence it alone rightly flagged scored above the bar, and most of
    // its false alarms below it.
    if in_memo && flag < MEMO_BAR {
        return None;
    }
    // In a full-length memo the net's category must also be named: a word of its field in the
    // sentence (`names_category`). "I drove to Danville by myself, first time since" or "take
    // Sunday off and go with my son" hold none, and every memo the net alone rightly flagged
    // did (death, a means, a blow, a child harmed). A short dictation keeps the net as it is:
    // there a lone flag is often the only reading of words no list holds ("wishes the truck
    // would slide off into the Yampa").
    if long_memo && !names_category(toks, category) {
        return None;
    }
    if (read_otherwise || dream || denied_here || in_memo) && flag < overrule_bar(net.threshold) {
        return None;
    }
    // "he could strangle her, then caught himself and said that's just how his family talks":
    // violent words the speaker takes back (a joke, a way of talking) are read by the words
    // after them, which the net does not weigh.
    let taken_back = unit.iter().any(|f| {
        f.status == FindingStatus::Hypothetical
            && matches!(
                f.kind,
                RiskKind::HomicidalIdeation | RiskKind::HarmToOthers | RiskKind::Violence
            )
    }) && super::context::taken_back_as_manner(toks);
    if taken_back {
        return None;
    }
    // "she laughs that she could kill him for leaving her to sort out the bank accounts": a
    // violent word the rules read as laughed off is no harm of any kind the net might name
    // for it (abuse, violence, harm to others); a threat's marks keep it (`laughed_off`).
    // Only exasperation said as what one "could" do, laughed at by the teller ("laughed at
    // him" names someone laughed at, which no one laughs off).
    let laughed = toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "laughs" | "laughed" | "laughing" | "joked" | "jokes" | "joking" | "kidding"
        )
    }) && toks.windows(2).any(|p| {
        matches!(
            p[0].norm.as_str(),
            "laughs" | "laughed" | "laughing" | "joked" | "jokes" | "joking"
        ) && p[1].is("that")
    }) && toks
        .iter()
        .any(|t| matches!(t.norm.as_str(), "could" | "she'd" | "he'd" | "they'd"));
    let violent_words_laughed_off = laughed
        && unit.iter().any(|f| {
            f.status == FindingStatus::Hypothetical
                && matches!(
                    f.kind,
                    RiskKind::HomicidalIdeation | RiskKind::HarmToOthers | RiskKind::Violence
                )
        })
        && !unit.iter().any(|f| f.status == FindingStatus::Present);
    if violent_words_laughed_off
        && matches!(
            category,
            RiskKind::HomicidalIdeation
                | RiskKind::HarmToOthers
                | RiskKind::Violence
                | RiskKind::Abuse
        )
    {
        return None;
    }
    // "says she could kill him for it, though she was laughing": what the client "could" do
    // to someone, read by the rules as exasperation (`context::could_exasperation`), is no
    // harm of any kind the net might name for it.
    let could_said = unit.iter().any(|f| {
        f.status == FindingStatus::Hypothetical
            && matches!(
                f.kind,
                RiskKind::HomicidalIdeation | RiskKind::HarmToOthers | RiskKind::Violence
            )
    }) && (1..toks.len()).any(|k| {
        (toks[k - 1].is("could") || k >= 2 && toks[k - 2].is("could"))
            && super::context::could_exasperation(toks, k, k + 1)
    }) && !unit.iter().any(|f| f.status == FindingStatus::Present);
    if could_said
        && matches!(
            category,
            RiskKind::HomicidalIdeation
                | RiskKind::HarmToOthers
                | RiskKind::Violence
                | RiskKind::Abuse
        )
    {
        return None;
    }
    // "She said her ex texted saying he'd kill himself": a mention the rules read as someone
    // else's whose own reflexive is of the other gender than the teller is theirs, however
    // the net scores the sentence's words.
    if other_gender_reflexive(toks, unit) {
        return None;
    }
    // In a memo, "Her dad has been drinking heavily since": a sentence that opens on a
    // relative of the client's (a possessive kin word) as the subject the rules read as
    // someone else's tells that relative's own behaviour. Only abuse, which is done to the
    // client, stays the net's to find where the relative's act was read ("Her ex is parked
    // outside her work most evenings"), not where their own ideation was ("Her husband ...
    // told her he didn't want to be here anymore"). Where the rules read no risk word at all
    // ("His brother's been on the pop again and kicking off at their mam's"), the sentence
    // tells of the relative all the same, and only abuse stays the net's.
    if in_memo
        && (opens_on_kin(toks) || kin_relative_clause(toks) || opens_on_pronoun_of_kin(text, toks))
        && (relatives_own(unit, category)
            || (category != RiskKind::Abuse && unit.is_empty() && !tells_of_another(toks)))
    {
        return None;
    }
    // In a memo, "Priya said her flatmates have been drinking till four most nights": a use,
    // an ideation or a self-harm the rules read as someone else's own (never what was done
    // to the client) is not the client's for the net to find under another reading.
    if in_memo
        && matches!(
            category,
            RiskKind::SubstanceUse | RiskKind::SelfHarm | RiskKind::SuicidalIdeation
        )
        && unit
            .iter()
            .any(|f| f.status == FindingStatus::NotClient && f.kind == category)
    {
        return None;
    }
    // In a memo, "Says he's on the cider from dinner time most days, drove the tractor into
    // the gatepost": a sentence whose every rule reading is someone else's own use, ideation
    // or self-harm tells of that person; the net's other reading of it is theirs too.
    let own_behaviour = |k: RiskKind| {
        matches!(
            k,
            RiskKind::SubstanceUse | RiskKind::SelfHarm | RiskKind::SuicidalIdeation
        )
    };
    if in_memo
        && own_behaviour(category)
        && unit
            .iter()
            .any(|f| f.status == FindingStatus::NotClient && own_behaviour(f.kind))
        && unit.iter().all(|f| f.status == FindingStatus::NotClient)
    {
        return None;
    }
    if explained() {
        return None;
    }
    // "I went over the limits of confidentiality again, that I'd have to act if he told me he
    // meant to hurt someone": the consent talk names risk as what would be reported, a
    // hypothetical by its nature, no disclosure (the rules read any disclosure said with it).
    if confidentiality_talk(toks) {
        return None;
    }
    // In a memo, "His uncle passed away a fortnight ago and the family has been in sorry
    // business": a sentence that tells someone's death or its rites, in which no rule found
    // anything, is grief; the net, which learned death words from risk, does not flag it.
    // "He wants the family to know his wishes about no feeding tube if the dementia gets to
    // that point": advance care planning (a treatment declined ahead of time, FORMATS §4.6)
    // is no wish to die, whatever the net learned of "wishes" and "no".
    if category == RiskKind::SuicidalIdeation && unit.is_empty() && advance_care(toks) {
        return None;
    }
    // "panic came three times, 'heart beating like crazy, I think I will die'": a fear of
    // dying in a panic attack is a symptom of panic, not a wish to die (FORMATS §4.6).
    if category == RiskKind::SuicidalIdeation && unit.is_empty() && panic_told(toks) {
        return None;
    }
    if in_memo && unit.is_empty() && tells_a_death(toks) {
        return None;
    }
    // "I asked if she'd had any thoughts of harming herself or of not wanting to live, and
    // she said no": in a memo, a screening question answered no in this very sentence is
    // the documented negative (FORMATS §4.2); the net does not overrule it.
    if in_memo
        && unit
            .iter()
            .any(|f| f.status == FindingStatus::Denied && f.attributes.asked)
    {
        return None;
    }
    // In a memo, "Pt denies SI, HI, and urges to self-harm this shift, and says he would tell
    // staff if the thoughts came back": a denial of the category's near kin (homicidal
    // ideation for harm to others, suicidal ideation for self-harm, and back) whose scope
    // nothing in the sentence ends is the documented answer for both.
    let kin = |k: RiskKind| match k {
        RiskKind::HarmToOthers => Some(RiskKind::HomicidalIdeation),
        RiskKind::HomicidalIdeation => Some(RiskKind::HarmToOthers),
        RiskKind::SelfHarm => Some(RiskKind::SuicidalIdeation),
        RiskKind::SuicidalIdeation => Some(RiskKind::SelfHarm),
        _ => None,
    };
    if in_memo
        && kin(category).is_some_and(|k| {
            unit.iter()
                .any(|f| f.status == FindingStatus::Denied && f.kind == k)
        })
        && !ends_scope(toks)
    {
        return None;
    }
    // In a memo, "his foreman talks down to him and it makes his blood boil, but he's been
    // taking a break and walking it off": anger told with the way the client handled it, in
    // which no rule found a harm, is the anger-management work itself. "There was a punch-up
    // between two lads outside the next caravan; she kept her door locked and wasn't
    // involved": a fight the sentence says the client took no part in is someone else's.
    if in_memo
        && matches!(
            category,
            RiskKind::HarmToOthers | RiskKind::Violence | RiskKind::HomicidalIdeation
        )
        && (anger_coped(toks) || not_involved(toks))
    {
        return None;
    }
    // In a memo, "He lives with his boyfriend in Hove and works at a café": the net learned
    // partners and family words from abuse disclosures; a sentence with no word of harm,
    // fear, control, money, sex or neglect in it tells no abuse, whoever it names.
    if in_memo && category == RiskKind::Abuse && !abuse_cue(toks) {
        return None;
    }
    // In a memo, "She says she's been getting out of bed by nine most days and walked along
    // the Quayside with her sister": suicidal ideation is told with a word of death, life,
    // sleep and waking, ending, leaving, a burden, a means or a wish (C-SSRS 1-5, the
    // warning signs); a sentence with none tells none, whatever its shape.
    if in_memo && category == RiskKind::SuicidalIdeation && !death_cue(toks) {
        return None;
    }
    // In a memo, "Good engagement for a man who told me on day one he didn't believe in
    // talking": a wish or thought to harm someone is told with a word of harm, death, force,
    // a weapon or revenge; a sentence with none tells none.
    if in_memo
        && matches!(
            category,
            RiskKind::HomicidalIdeation | RiskKind::HarmToOthers
        )
        && !harm_cue(toks)
    {
        return None;
    }
    // "He drinks three litres of water a day": a drink named as water, tea or coffee, with no
    // alcohol or drug word, is no substance use.
    if category == RiskKind::SubstanceUse && soft_drink_only(toks) {
        return None;
    }
    // In a memo, "got into a shouting match with his foreman and was sent home": violence is
    // physical (FORMATS §3: the client's physical aggression or threats with a weapon); a
    // sentence with no word of force, a weapon, a fight, a threat or an injury tells none.
    if in_memo && category == RiskKind::Violence && !violence_cue(toks) {
        return None;
    }
    // "His cousin got glassed outside a bar", "Her lad got stabbed outside the chippy":
    // someone else hurt by no one named is that person's misfortune, neither the client's
    // aggression nor abuse (FORMATS §3: abuse is by family, partner or carers, named "by").
    if matches!(
        category,
        RiskKind::Violence | RiskKind::HarmToOthers | RiskKind::HomicidalIdeation | RiskKind::Abuse
    ) && someone_else_hurt(toks)
    {
        return None;
    }
    // In a memo, "a staging plank gave way and a coworker fell two decks and broke his back":
    // an injury told as an accident, with no blow, push or weapon, is no one's aggression.
    // So is a lone sentence's ("He crashed his car on the ice last winter").
    if matches!(category, RiskKind::Violence | RiskKind::HarmToOthers) && accident(toks) {
        return None;
    }
    // In a memo, "Pt reports poor sleep, up at three most nights, eating one meal a day":
    // substance use is told with a word for a substance, drinking or recovery; a sentence
    // with none tells none, however much it has the shape of a relapse story.
    if in_memo && category == RiskKind::SubstanceUse && !super::usage::substance_cue(toks) {
        return None;
    }
    // "taking her meds, missed one dose Sunday": prescribed medicine taken or missed is
    // adherence, whatever the net learned of "pills" and "dose".
    if category == RiskKind::SubstanceUse && super::usage::medication_adherence(toks) {
        return None;
    }
    // A lapse on the pokies is no substance use by definition (FORMATS §3), whatever the
    // net learned of the word "lapse"; nor is "a slip" on the greyhounds a blow.
    if matches!(category, RiskKind::SubstanceUse | RiskKind::Violence)
        && super::usage::behavioural_only(toks)
    {
        return None;
    }
    let lead = text.len() - text.trim_start().len();
    Some(Finding {
        kind: category,
        concept: Concept::Learned,
        clause_id: clause_of(offset + lead),
        quote: text.trim().to_string(),
        status: FindingStatus::Present,
        attributes: Attributes {
            uncertain: true,
            ..Attributes::default()
        },
    })
}

/// Whether the sentence tells someone other than the client hurt in the passive ("his
/// cousin got shot", "her husband's cousin was stabbed") with no one named by "by".
fn someone_else_hurt(toks: &[Tok]) -> bool {
    // "Her grandson was beaten up by older boys outside the school": a doer named by "by"
    // who is no kin, partner or carer of anyone's ("by his dad" may be the household's abuse).
    let kin_doer = toks.iter().enumerate().any(|(k, t)| {
        let doer: Vec<&str> = toks[k + 1..(k + 5).min(toks.len())]
            .iter()
            .take_while(|x| !x.punct)
            .map(|x| x.norm.as_str())
            .collect();
        let possessed = doer
            .iter()
            .any(|x| matches!(*x, "his" | "her" | "their" | "my" | "our" | "your"));
        t.is("by")
            && (possessed
                || toks[k + 1..k + 1 + doer.len()].iter().any(|x| x.capital)
                || doer.iter().any(|x| {
                    // "older boys", "some kids": children not said to be anyone's.
                    !matches!(
                        *x,
                        "boy" | "boys" | "girl" | "girls" | "kid" | "kids" | "child" | "children"
                    ) && super::actors::relation_kind(x.trim_end_matches("'s"))
                        .is_some_and(|r| r.family())
                        || matches!(*x, "him" | "them" | "me" | "you")
                }))
    });
    if kin_doer {
        return false;
    }
    (0..toks.len()).any(|k| {
        matches!(
            toks[k].norm.as_str(),
            "got" | "gets" | "get" | "getting" | "was" | "were" | "been"
        ) && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "stabbed"
                    | "shot"
                    | "glassed"
                    | "jumped"
                    | "mugged"
                    | "beaten"
                    | "assaulted"
                    | "attacked"
                    | "knifed"
                    | "robbed"
                    | "bottled"
                    | "killed"
                    | "murdered"
                    | "battered"
                    | "carjacked"
            )
        }) && matches!(
            super::actors::subject_at(toks, k),
            super::actors::Subject::Third(_)
        )
    })
}

/// Whether a sentence has any word abuse is told with: harm, fear, control, money, sex,
/// neglect, shouting or a weapon (HITS, WAST, the Danger Assessment and EASI cover these).
fn abuse_cue(toks: &[Tok]) -> bool {
    const STEMS: &[&str] = &[
        "hit",
        "slap",
        "punch",
        "kick",
        "push",
        "shov",
        "grab",
        "chok",
        "strangl",
        "throttl",
        "hurt",
        "harm",
        "beat",
        "bruis",
        "mark",
        "threat",
        "scare",
        "afraid",
        "frighten",
        "fear",
        "terrif",
        "control",
        "money",
        "pension",
        "account",
        "bank",
        "card",
        "benefit",
        "wage",
        "cash",
        "check",
        "cheque",
        "lock",
        "yell",
        "scream",
        "shout",
        "swear",
        "insult",
        "names",
        "belittl",
        "humiliat",
        "stalk",
        "follow",
        "track",
        "phone",
        "sex",
        "touch",
        "forc",
        "rape",
        "molest",
        "grop",
        "neglect",
        "alone",
        "food",
        "belt",
        "spoon",
        "smack",
        "spank",
        "whip",
        "throw",
        "threw",
        "rough",
        "abus",
        "violen",
        "weapon",
        "knife",
        "gun",
        "safe",
        "police",
        "injur",
        "burn",
        "cut",
        "bite",
        "pinch",
        "drag",
        "pull",
        "isolat",
        "jealous",
        "won't let",
        "let her",
        "let him",
        "allow",
        "take",
        "took",
        "steal",
        "stole",
        "sign",
        "cps",
        "protect",
        "order",
        "court",
        "shelter",
        "refuge",
        "flee",
        "fled",
        "leave",
        "left",
        "hid",
        "hide",
        "kill",
        "dead",
        "die",
        "grip",
        "restrain",
        "tied",
        "wet",
        "soil",
        "dirty",
        "starv",
        "hungry",
        "punish",
        "disciplin",
        "wallop",
        "thump",
        "whack",
        "clip",
        "batter",
        "tortur",
        "torment",
        "harass",
        "spit",
        "spat",
        "blame",
        "rage",
        "temper",
        "angry",
        "anger",
        "explod",
        "smash",
        "broke",
        "break",
        "wall",
        "door",
        "floor",
        "stairs",
        "hospital",
    ];
    // Short words that open many others ("eyes", "bitter", "tapas", "willing", "error"):
    // whole words only.
    const WORDS: &[&str] = &[
        "eye", "lip", "lips", "bit", "tap", "tapped", "will", "tie", "ties", "er", "a&e", "bully",
        "bullied", "bullies", "bullying",
    ];
    let cue = has_stem(toks, STEMS) || toks.iter().any(|t| WORDS.contains(&t.norm.as_str()));
    // Abuse is maltreatment within a relationship (FORMATS §3): the sentence names the
    // relation, or two people by pronouns of both sexes ("he makes her account for every
    // penny"). "A player screamed at her" names neither.
    let relation = toks.iter().any(|t| {
        super::actors::relation_kind(&t.norm)
            .is_some_and(|r| r.family() && r != super::actors::Rel::Anyone)
            || matches!(
                t.norm.as_str(),
                "ex" | "ex's" | "carer" | "carers" | "caregiver"
            )
    });
    let sex = |g| {
        toks.iter()
            .any(|t| super::actors::third_person_sex(&t.norm) == Some(g))
    };
    let (male, female) = (
        sex(super::actors::Gender::Male),
        sex(super::actors::Gender::Female),
    );
    cue && (relation || male && female)
}

/// Whether a sentence has any word suicidal ideation is told with: death and dying, life and
/// living, sleep and waking, an end or a way out, being gone or a burden, a means or a
/// method, a wish, a prayer or a plan.
fn death_cue(toks: &[Tok]) -> bool {
    const STEMS: &[&str] = &[
        "die",
        "dying",
        "dead",
        "death",
        "deceas",
        "kill",
        "suicid",
        "life",
        "live",
        "living",
        "alive",
        "exist",
        "sleep",
        "asleep",
        "wake",
        "waking",
        "woke",
        "end",
        "over",
        "gone",
        "here",
        "around",
        "burden",
        "better",
        "worth",
        "point",
        "hope",
        "pill",
        "tablet",
        "overdos",
        "jump",
        "bridge",
        "rope",
        "hang",
        "noose",
        "gun",
        "shoot",
        "drown",
        "crash",
        "take",
        "took",
        "taking",
        "lord",
        "god",
        "heaven",
        "join",
        "goodbye",
        "note",
        "letter",
        "plan",
        "way",
        "escape",
        "tired",
        "give",
        "gave",
        "quit",
        "disappear",
        "vanish",
        "wish",
        "insurance",
        "purpose",
        "want",
        "leave",
        "harm",
        "hurt",
        "cut",
        "pray",
        "anymore",
        "forever",
        "grave",
        "funeral",
        "bury",
        "buried",
        "miss",
        "sorry",
        "done",
        "enough",
        "survive",
        "lethal",
        "drive",
        "car",
        "train",
        "water",
        "river",
        "sea",
        "cliff",
        "roof",
    ];
    has_stem(toks, STEMS)
}

/// Whether a sentence has any word a wish or thought to harm someone is told with: the words
/// of physical aggression ([`violence_cue`]), of death and killing, of revenge, or of the
/// harms intrusive thoughts picture (dropping, drowning, smothering a baby).
fn harm_cue(toks: &[Tok]) -> bool {
    const STEMS: &[&str] = &[
        "murder",
        "die",
        "dying",
        "death",
        "dead",
        "kill",
        "revenge",
        "payback",
        "pay",
        "suffer",
        "smother",
        "suffocat",
        "drown",
        "poison",
        "burn",
        "bury",
        "drop",
        "shak",
        "dangl",
        "run",
        "drive",
        "crash",
        "snap",
        "wipe",
        "finish",
        "lesson",
        "deserv",
        "regret",
        "sorry",
        "image",
        "intrusive",
        "pictur",
        "flash",
        "urge",
        "impulse",
        "fantas",
        "dream",
        "danger",
        "safe",
        "unsafe",
        "homicid",
        "harm",
        "hurt",
        "rage",
        "ang",
        "furious",
    ];
    // "he'll 'do' the officer who nicked him": a word set in scare quotes is the teller
    // marking a euphemism, which the net may read.
    let scare_quoted = toks
        .windows(3)
        .any(|w| w[0].norm == "\"" && !w[1].punct && w[2].norm == "\"");
    violence_cue(toks) || has_stem(toks, STEMS) || scare_quoted
}

/// Whether the only drinks a sentence names are water, tea, coffee or the like.
fn soft_drink_only(toks: &[Tok]) -> bool {
    const SOFT: &[&str] = &[
        "water",
        "tea",
        "teas",
        "coffee",
        "coffees",
        "juice",
        "milk",
        "squash",
        "soda",
        "pop",
        "smoothie",
        "smoothies",
        "cola",
        "coke",
        "lemonade",
        "kombucha",
        "decaf",
    ];
    // The soft drink is what is drunk: within four words after the verb, not a place ("in
    // the milk house").
    let soft = toks.iter().enumerate().any(|(v, t)| {
        matches!(t.norm.as_str(), "drink" | "drinks" | "drinking" | "drank")
            && (v + 1..(v + 5).min(toks.len())).any(|k| {
                SOFT.contains(&toks[k].norm.as_str())
                    && !toks[v + 1..k].iter().any(|x| {
                        matches!(
                            x.norm.as_str(),
                            "in" | "at" | "by" | "behind" | "near" | "the"
                        )
                    })
            })
    });
    // "coke" is cocaine as often as cola: a line, a bag or a gram of it is the drug.
    let drug_coke = toks.windows(2).any(|p| {
        p[1].is("coke")
            && matches!(
                p[0].norm.as_str(),
                "of" | "some" | "doing" | "did" | "snorting"
            )
    });
    // A substance named beside it, other than the verb of drinking and the soft drinks.
    let others: Vec<&str> = toks
        .iter()
        .map(|t| t.norm.as_str())
        .filter(|x| {
            !SOFT.contains(x) && !matches!(*x, "drink" | "drinks" | "drinking" | "drank" | "drunk")
        })
        .collect();
    soft && !drug_coke && !super::usage::names_substance(&others)
}

/// Whether any word of the sentence starts with one of `stems` (the cue lists below).
fn has_stem(toks: &[Tok], stems: &[&str]) -> bool {
    toks.iter()
        .any(|t| stems.iter().any(|s| t.norm.starts_with(s)))
}

/// Whether a sentence has any word physical aggression is told with: force, a blow, a
/// weapon, a fight, a threat, an injury, or the police and courts that follow them.
fn violence_cue(toks: &[Tok]) -> bool {
    const STEMS: &[&str] = &[
        "hit", "slap", "punch", "kick", "push", "shov", "grab", "chok", "strangl", "throttl",
        "hurt", "harm", "beat", "bruis", "threat", "attack", "assault", "fight", "fought", "brawl",
        "scuffl", "scrap", "swing", "swung", "jump", "deck", "floor", "knock", "head", "bit",
        "bite", "scratch", "spit", "spat", "stab", "shot", "shoot", "knife", "knive", "gun",
        "weapon", "bat", "blade", "throw", "threw", "thrown", "smash", "broke", "break", "injur",
        "blood", "stitch", "nose", "jaw", "eye", "police", "cop", "arrest", "charge", "court",
        "custody", "bail", "violen", "aggress", "physical", "rough", "blow", "whack", "thump",
        "clock", "lamp", "batter", "wallop", "headbutt", "glass", "bottle", "chair", "wall",
        "kill", "dead", "lash", "restrain", "seclu", "security", "touch", "laid", "lay", "hands",
        "fist", "rage", "road",
    ];
    // "a blowup with his team leader": a row, not a blow.
    let rows: Vec<Tok> = toks
        .iter()
        .filter(|t| {
            !matches!(
                t.norm.as_str(),
                "blowup" | "blow-up" | "blowups" | "blow-ups"
            )
        })
        .cloned()
        .collect();
    has_stem(&rows, STEMS)
}

/// An injury told as an accident ("fell", "gave way", "slipped", "the crash") with no word of
/// a blow, a push, a weapon, a fight or a threat in the sentence.
fn accident(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let accident = w.iter().any(|x| {
        matches!(
            *x,
            "accident"
                | "accidents"
                | "accidental"
                | "accidentally"
                | "fell"
                | "slipped"
                | "tripped"
                | "collapsed"
                | "crash"
                | "crashed"
                | "derailed"
                | "capsized"
        )
    }) || w.windows(2).any(|p| p == ["gave", "way"]);
    const FORCE: &[&str] = &[
        "hit", "punch", "slap", "kick", "push", "shov", "stab", "shoot", "shot", "attack",
        "assault", "fight", "fought", "threw", "throw", "threat", "knife", "gun", "weapon", "beat",
        "strangl", "chok", "grab", "trip",
    ];
    accident
        && !w.iter().any(|x| {
            FORCE.iter().any(|s| x.starts_with(s)) && *x != "tripped" || *x == "deliberately"
        })
}

/// Advance care planning named: a feeding tube, resuscitation, life support, a living will,
/// an advance directive or decision (not hospice or palliative care, which are where the
/// dying live, with their means at hand).
/// Whether the sentence tells a panic attack: "panic", palpitations, a racing heart or
/// breath that would not come.
fn panic_told(toks: &[Tok]) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    (0..toks.len()).any(|k| {
        // Not "then panicked and rang her sister": panic after an act is no attack.
        (w(k).starts_with("panic") && w(k) != "panicked")
            || w(k).starts_with("palpitat")
            || w(k).starts_with("hyperventilat")
            || (w(k) == "heart"
                && matches!(
                    w(k + 1),
                    "racing"
                        | "pounding"
                        | "going"
                        | "beating"
                        | "thumping"
                        | "hammering"
                        | "raced"
                        | "pounded"
                        | "thumped"
                ))
            || (matches!(w(k), "couldn't" | "can't" | "could") && w(k + 1).starts_with("breath"))
    })
}

fn advance_care(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let pair = |a: &str, b: &[&str]| w.windows(2).any(|x| x[0] == a && b.contains(&x[1]));
    pair("feeding", &["tube", "tubes"])
        || pair("life", &["support"])
        || pair("living", &["will"])
        || pair(
            "advance",
            &["directive", "directives", "decision", "decisions", "care"],
        )
        || w.iter().any(|x| {
            matches!(
                *x,
                "dnr" | "dnar" | "resuscitate" | "resuscitation" | "polst" | "molst" | "ventilator"
            )
        })
}

/// Whether the sentence says the client took no part: "wasn't involved", "stayed out of
/// it", "didn't get involved", "kept out of it".
fn not_involved(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    (0..w.len()).any(|k| {
        let next = |d: usize| w.get(k + d).copied().unwrap_or("");
        // "wasn't involved", "didn't get involved", "did not get involved".
        (matches!(
            w[k],
            "wasn't" | "weren't" | "isn't" | "not" | "never" | "didn't"
        ) && (next(1) == "involved" || next(1) == "get" && next(2) == "involved"))
            || (matches!(w[k], "stayed" | "kept" | "keeps" | "stays" | "staying")
                && next(1) == "out"
                && next(2) == "of"
                && matches!(next(3), "it" | "the" | "that"))
    })
}

/// Anger ("makes his blood boil", "furious", "saw red") and, after it, a way it was handled
/// ("walking it off", "took a break", "walked away", "used his breathing").
fn anger_coped(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let anger = (0..w.len()).find(|&k| {
        matches!(
            w[k],
            "angry"
                | "anger"
                | "furious"
                | "fuming"
                | "livid"
                | "irritated"
                | "enraged"
                | "rage"
                | "pissed"
                | "mad"
                | "frustrated"
                | "resentful"
                | "resentment"
        ) || (w[k] == "blood" && matches!(w.get(k + 1), Some(&("boil" | "boiling" | "boils"))))
            || (w[k] == "saw" || w[k] == "sees" || w[k] == "see") && w.get(k + 1) == Some(&"red")
    });
    let Some(a) = anger else {
        return false;
    };
    let pair = |x: &str, y: &[&str]| {
        (a..w.len().saturating_sub(1)).any(|k| w[k] == x && y.contains(&w[k + 1]))
    };
    pair("walking", &["it", "away", "off"])
        || pair("walked", &["it", "away", "off"])
        || pair("walk", &["it", "away", "off"])
        || pair("taking", &["a", "breaks", "space", "time"])
        || pair("took", &["a", "space", "time"])
        || pair("take", &["a", "space", "time"])
        || pair("stepped", &["away", "outside", "back", "out"])
        || pair("stepping", &["away", "outside", "back", "out"])
        || pair("cooled", &["off", "down"])
        || pair("cool", &["off", "down"])
        || pair("counted", &["to"])
        || pair(
            "used",
            &["his", "her", "their", "the", "box", "breathing", "a"],
        ) && w[a..]
            .iter()
            .any(|x| matches!(*x, "breathing" | "skills" | "skill" | "plan"))
}

/// Whether the sentence tells a death or its rites ("passed away", "the funeral",
/// "stillborn", "since her dad died").
fn tells_a_death(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let prev = k.checked_sub(1).map_or("", |p| toks[p].norm.as_str());
        // "she nearly died", "wishes she'd died": no one else's death.
        (t.norm == "died"
            && !matches!(
                prev,
                "nearly" | "almost" | "have" | "she'd" | "he'd" | "i'd" | "had"
            ))
            || matches!(
                t.norm.as_str(),
                "funeral"
                    | "funerals"
                    | "stillborn"
                    | "stillbirth"
                    | "burial"
                    | "cremation"
                    | "cremated"
                    | "memorial"
                    | "bereaved"
                    | "bereavement"
                    | "widowed"
                    | "headstone"
                    | "hospice"
            )
            // "passed away", "passed in January" (not "passed on the message").
            || (t.norm == "passed"
                && (toks.get(k + 1).is_some_and(|n| n.is("away"))
                    || (toks.get(k + 1).is_some_and(|n| n.is("in"))
                        && toks.get(k + 2).is_some_and(|n| {
                            n.is("the") || crate::text::MONTHS.contains(&n.norm.as_str())
                        }))))
    })
}

/// Whether the sentence opens on a possessive kin word ("Her dad", "His older brother"), or
/// on one right after a reporting frame ("He told me his mate Gaz", "She said that her dad").
fn opens_on_kin(toks: &[Tok]) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut at = 0;
    if matches!(w(0), "he" | "she" | "they" | "client" | "pt" | "patient")
        && matches!(
            w(1),
            "said" | "says" | "told" | "tells" | "mentioned" | "reported" | "reports" | "explained"
        )
    {
        at = 2;
        if matches!(w(at), "me" | "us") {
            at += 1;
        }
    } else if matches!(
        w(0),
        "says" | "said" | "reports" | "reported" | "mentions" | "mentioned" | "explains"
    ) {
        // A note's subjectless "Says her husband's been at the drink every night".
        at = 1;
    }
    if at > 0 && w(at) == "that" {
        at += 1;
    }
    // "The neighbour's young lad has been drinking heavy": another person's person.
    let persons_person = matches!(w(at), "the" | "a" | "her" | "his" | "their")
        && w(at + 1)
            .strip_suffix("'s")
            .is_some_and(super::actors::is_person_noun)
        && (2..=3).any(|d| super::actors::is_relation(w(at + d)));
    persons_person
        || matches!(w(at), "her" | "his" | "their")
            && (super::actors::is_relation(w(at + 1)) || super::actors::is_relation(w(at + 2)))
}

/// Whether the sentence has a verb of telling or finding ("her mum found her on the bridge
/// railing", "her sister says she ..."): a relative's report may be of the client's own risk,
/// which only the net may have read.
fn tells_of_another(toks: &[Tok]) -> bool {
    toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "says"
                | "said"
                | "say"
                | "told"
                | "tells"
                | "found"
                | "finds"
                | "saw"
                | "sees"
                | "noticed"
                | "notices"
                | "reports"
                | "reported"
                | "worries"
                | "worried"
                | "thinks"
                | "thought"
                | "caught"
                | "heard"
                | "hears"
                | "called"
                | "rang"
                | "texted"
                | "messaged"
                | "walked"
                | "fears"
                | "feared"
        )
    })
}

/// "Her husband got back in August. He's short with the kids and drinks more": a sentence
/// opening on a pronoun the memo read as the client's relative (`others_by_pronoun` gave the
/// token that relative's noun) opens on that relative as surely as "Her husband ..." does.
fn opens_on_pronoun_of_kin(text: &str, toks: &[Tok]) -> bool {
    toks.first().is_some_and(|t| {
        super::actors::is_relation(t.norm.trim_end_matches("'s"))
            && text.get(t.start..t.end).is_some_and(|o| {
                let o = o.to_lowercase();
                let base = o.split(['\'', '\u{2019}']).next().unwrap_or("");
                matches!(base, "he" | "she")
            })
    })
}

/// "She's been giving out about her brother, who got into a fight outside the mart": a
/// relative of the client's (a possessive kin word) with a relative clause of their own, or
/// the client named as someone's relative ("is the sister of the man admitted ..."), tells
/// that relative's behaviour as surely as a sentence that opens on them.
fn kin_relative_clause(toks: &[Tok]) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    (0..toks.len()).any(|k| {
        let possessed = matches!(w(k), "her" | "his" | "their")
            && (1..=2).any(|d| {
                super::actors::is_relation(w(k + d))
                    && w(k + d + 1) == ","
                    && matches!(w(k + d + 2), "who" | "who's" | "who'd")
            });
        // "Pt is the sister of the man admitted Friday after an overdose": the client named
        // as the relative of the person the sentence goes on to tell of.
        let client_is_kin = matches!(w(k), "is" | "was")
            && w(k + 1) == "the"
            && super::actors::is_relation(w(k + 2))
            && w(k + 3) == "of";
        possessed || client_is_kin
    })
}

/// Whether the sentence explains the limits of confidentiality (the clinician's duty to act
/// on risk), which names risk only as what would be reported.
fn confidentiality_talk(toks: &[Tok]) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    (0..toks.len()).any(|k| {
        // Not "confidential": "asked if this was confidential" opens a disclosure.
        w(k) == "confidentiality"
            || (w(k) == "duty" && w(k + 1) == "to" && matches!(w(k + 2), "warn" | "protect"))
    })
}

/// Whether the rules read a mention of the sentence as someone else's own behaviour, one the
/// net's category `category` would not reinterpret as done to the client: any such reading
/// when the net names no abuse; when it names abuse, a reading of the relative's own
/// ideation, self-harm or substance use (an act read as theirs may be one done to the client).
fn relatives_own(unit: &[Finding], category: RiskKind) -> bool {
    unit.iter().any(|f| {
        f.status == FindingStatus::NotClient
            && (category != RiskKind::Abuse
                || matches!(
                    f.kind,
                    RiskKind::SuicidalIdeation | RiskKind::SelfHarm | RiskKind::SubstanceUse
                ))
    })
}

/// Whether a mention read as someone else's carries a reflexive ("himself", "herself") of the
/// other gender than the sentence's first pronoun, the teller ("She said ...", "Her ex ..."), and
/// the teller says no wish of their own after it ("... and he said he'd do it too").
fn other_gender_reflexive(toks: &[Tok], unit: &[Finding]) -> bool {
    // The first pronoun of a person names the teller: "She said ...", "Her ex ...".
    let teller = toks.iter().find_map(|t| match t.norm.as_str() {
        "she" | "she's" | "she'd" | "her" => Some(("she", "she'd", "himself")),
        "he" | "he's" | "he'd" | "his" => Some(("he", "he'd", "herself")),
        _ => None,
    });
    let Some((pronoun, contracted, other_reflexive)) = teller else {
        return false;
    };
    let Some(at) = toks.iter().position(|t| t.norm == other_reflexive) else {
        return false;
    };
    let read_other = unit.iter().any(|f| {
        f.status == FindingStatus::NotClient
            && f.quote
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(other_reflexive))
    });
    // "he'd", "he would", "he wants": the teller's own will, told after the mention.
    let own_will = toks[at..].windows(2).any(|w| {
        let p = w[0].norm.as_str();
        p == contracted
            || (p == pronoun
                && matches!(
                    w[1].norm.as_str(),
                    "would" | "will" | "wants" | "wanted" | "might" | "could" | "thinks" | "feels"
                ))
    });
    read_other && !own_will
}

/// Words that frame a disclosure without saying what it is.
const DISCLOSURE_FRAME: &[&str] = &[
    "admit",
    "admits",
    "admitted",
    "admitting",
    "disclosed",
    "discloses",
    "disclosing",
    "confessed",
    "confesses",
    "confided",
    "confides",
    "acknowledged",
    "acknowledges",
    "reluctantly",
];

/// The sentence without the quotes of the rules' denials of `category` that open on their
/// negation word ("denies that her boyfriend hits her", "never thought of killing the man"),
/// if it has any. A denial whose quote opens on the risk itself ("wishes she wouldn't wake
/// up") or on a bare "not" ("not wanting to be here") is one whose scope the rules may have
/// misread, and stays.
fn residual(text: &str, unit: &[Finding], category: RiskKind) -> Option<String> {
    let mut rest = text.to_string();
    let mut cut = false;
    for f in unit
        .iter()
        .filter(|f| f.status == FindingStatus::Denied && f.kind == category)
    {
        let first = f
            .quote
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let opens_on_negation = matches!(
            first.as_str(),
            "no" | "never" | "denies" | "denied" | "denying" | "deny"
        );
        // A scope the rules carried past a comma ("no more wish to live, that life is
        // finished") is one they may have misread too.
        let one_phrase = !f
            .quote
            .trim_end_matches([',', ';', '.'])
            .contains([',', ';']);
        if !opens_on_negation || !one_phrase {
            continue;
        }
        if let Some(k) = rest.find(f.quote.as_str()) {
            rest.replace_range(k..k + f.quote.len(), " ");
            cut = true;
        }
    }
    cut.then_some(rest)
}

/// The sentence without its disclosure-frame words, if it has any.
fn unframed(text: &str) -> Option<String> {
    let is_frame = |w: &str| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        DISCLOSURE_FRAME.contains(&bare.as_str())
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    if !words.iter().any(|w| is_frame(w)) {
        return None;
    }
    Some(
        words
            .into_iter()
            .filter(|w| !is_frame(w))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Whether the sentence holds a NegEx scope terminator (FORMATS §4.3: "but", "though",
/// "although", "however", "except", "aside/apart/other than", "until", "whereas", "yet" after a
/// comma, a semicolon), a turn ("then", "later"), a self-correction ("sorry", "actually") or
/// a restriction ("just", "only"): past it, an affirmation may follow a denial ("not using,
/// just the pressed blues"). A concessive "however bleak" ends nothing.
/// Whether the sentence answers with a plain "no" that nothing qualifies: "not yet", "they
/// are still there", "I widna say never, some nights aye" answer otherwise, and so does a
/// telling after the "no" ("Said no when I first asked, then near the end she told me ...").
/// "And then she said no" keeps its answer: only the words below end its scope here.
fn plainly_answered_no(toks: &[Tok]) -> bool {
    let Some(no) = toks
        .iter()
        .position(|t| matches!(t.norm.as_str(), "no" | "nope" | "nah"))
    else {
        return false;
    };
    let qualified = toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "yet"
                | "still"
                | "some"
                | "sometimes"
                | "aye"
                | "yes"
                | "yeah"
                | "maybe"
                | "but"
                | "except"
                | "although"
                | "though"
                | "joking"
                | "just"
                | "wait"
                | "sorry"
                | "correction"
                | "actually"
                | "later"
                | "whereas"
                | "until"
                | "however"
                | ";"
        )
    });
    let told_after = toks[no + 1..].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "said"
                | "says"
                | "told"
                | "tells"
                | "admitted"
                | "admits"
                | "mentioned"
                | "added"
                | "disclosed"
                | "thinks"
                | "wants"
                | "wishes"
        )
    });
    !qualified && !told_after
}

fn ends_scope(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    (0..w.len()).any(|k| {
        let next = w.get(k + 1).copied().unwrap_or("");
        let prev = k.checked_sub(1).map_or("", |p| w[p]);
        match w[k] {
            "but" | "though" | "although" | "except" | "until" | "whereas" | ";" | "then"
            | "later" | "sorry" | "correction" | "actually" | "wait" | "just" | "only" => true,
            "however" => {
                next == ","
                    || next.is_empty()
                    || matches!(
                        next,
                        "i" | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "you"
                            | "it"
                            | "there"
                            | "the"
                            | "his"
                            | "her"
                            | "their"
                            | "this"
                            | "that"
                    )
                    || prev == ";"
                    || k == 0
            }
            "yet" => prev == ",",
            "aside" | "apart" => next == "from",
            "other" => next == "than",
            _ => false,
        }
    })
}

/// The flag score at which the net overrules a reading the rules made (someone else's,
/// hypothetical, past): it must leave at most half the doubt its threshold leaves. Measured
/// on the development sets, refusing every overrule of someone else's reading cost more
/// false reassurances than it saved false alarms (blind3 4 -> 7, blind5 2 -> 4).
/// The score a lone net flag must reach inside a memo (three sentences or more). A memo is
/// drafted as present on one flag, and on the development memos (blind2-224, 4,848 memos,
/// twenty-eighth session) the flags between the overrule bar (0.776) and this bar were
/// false alarms: raising it put 26 more memos right and let no memo with risk through as
/// denied or none (0.9 let four through); one four-sentence dictation among the sentence
/// sets lost its flag. Tied to the weights in `risk_net.bin`: choose it again when the net
/// is retrained. Chosen again for the net retrained on blind8-240 (thirty-first session): on
/// every development set's memos (5,373) 0.86 got 5,238 right, 0.90 got 5,258 (as the net
/// before it at 0.86), both with no false reassurance; 0.94 got 5,265 but let three memos with
/// risk through as denied or none.
const MEMO_BAR: f32 = 0.90;

/// Whether the sentence holds a word of the category's field, as clinical lexicons list them
/// (C-SSRS and Joiner for suicide: death, a means, a place, burden; CTS2 and child protection
/// for violence and abuse: blows, marks, confinement, money taken; perinatal intrusive
/// thoughts for harm to others). Substance use is not gated: its words are everywhere a memo
/// talks of it.
fn names_category(toks: &[Tok], category: RiskKind) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let stem = |x: &str, stems: &[&str]| stems.iter().any(|s| x.starts_with(s));
    match category {
        RiskKind::SuicidalIdeation | RiskKind::SelfHarm => {
            w.iter().enumerate().any(|(i, x)| {
                SI_FIELD.contains(x)
                    || stem(x, SI_STEMS)
                    // "not wake up", "didn't wake", "never to wake": a sleep with no waking.
                    || matches!(*x, "wake" | "waking" | "woke")
                        && w[i.saturating_sub(3)..i]
                            .iter()
                            .any(|p| matches!(*p, "not" | "never" | "didn't" | "don't" | "wouldn't" | "won't" | "n't"))
                    // "take me", "be with Harold", "not there", "weren't around".
                    || matches!(*x, "take" | "takes") && w.get(i + 1) == Some(&"me")
                    // "better off", "no point".
                    || *x == "better" && w.get(i + 1) == Some(&"off")
                    || *x == "point" && i > 0 && matches!(w[i - 1], "no" | "any" | "the")
                    || *x == "be" && w.get(i + 1) == Some(&"with")
                    || matches!(*x, "there" | "around" | "here")
                        && i > 0
                        && matches!(w[i - 1], "not" | "weren't" | "wasn't" | "isn't")
            })
        }
        RiskKind::Violence
        | RiskKind::Abuse
        | RiskKind::HarmToOthers
        | RiskKind::HomicidalIdeation => w
            .iter()
            .any(|x| HARM_FIELD.contains(x) || stem(x, HARM_STEMS) || SI_FIELD.contains(x)),
        _ => true,
    }
}

/// Words of the field of death and self-harm.
const SI_FIELD: &[&str] = &[
    "die",
    "died",
    "dies",
    "dead",
    "death",
    "alive",
    "life",
    "live",
    "living",
    "exist",
    "existing",
    "gone",
    "grave",
    "funeral",
    "heaven",
    "god",
    "rope",
    "noose",
    "ligature",
    "pills",
    "tablets",
    "overdose",
    "od",
    "gun",
    "guns",
    "rifle",
    "pistol",
    "shotgun",
    "knife",
    "blade",
    "razor",
    "bridge",
    "cliff",
    "ledge",
    "roof",
    "train",
    "tracks",
    "river",
    "sea",
    "lake",
    "overboard",
    "poison",
    "bleach",
    "insurance",
    "accident",
    "burden",
    "pointless",
    "goodbye",
    "note",
    "letters",
    "storm",
    "sheet",
    "bedsheet",
    "strips",
    "cord",
    "belt",
    "jump",
    "jumped",
    "jumping",
    "cut",
    "cuts",
    "cutting",
    "burn",
    "burns",
    "burned",
    "burnt",
    "scratch",
    "scratched",
    "scratching",
    "blood",
    "bleed",
    "bleeding",
    "wrist",
    "wrists",
    "arms",
    "thighs",
    "end",
    "ending",
    "ended",
];
const SI_STEMS: &[&str] = &[
    "kill",
    "suicid",
    "hang",
    "drown",
    "self-harm",
    "selfharm",
    "harm",
    "hurt",
    "injur",
    "stab",
    "shoot",
    "shot",
    "slit",
    "swallow",
];

/// Words of the field of blows, threats, marks, confinement and money taken.
const HARM_FIELD: &[&str] = &[
    "hit", "hits", "beat", "beats", "bit", "bite", "bites", "fight", "fights", "fought", "marks",
    "bruise", "bruises", "bruised", "welts", "belt", "cord", "cable", "stick", "bath", "pillow",
    "stairs", "banister", "balcony", "drop", "dropped", "dropping", "under", "fist", "weapon",
    "cutlass", "machete", "knife", "gun", "rifle", "shotgun", "bottle", "locked", "lock", "cellar",
    "closet", "pension", "money", "cashing", "cashed", "arm", "neck", "throat", "hair", "face",
    "touched", "touching", "threw", "thrown", "throw", "police",
];
const HARM_STEMS: &[&str] = &[
    "kill", "murder", "punch", "kick", "shov", "push", "slap", "smack", "whup", "whoop", "whip",
    "choke", "chok", "strangl", "stab", "shoot", "attack", "assault", "threat", "grab", "hurt",
    "harm", "injur", "abus", "rape", "molest", "headbutt", "glass", "smash", "batter", "drown",
    "smother", "suffocat", "burn", "scald", "starv", "lock", "steal", "stole", "thump", "wallop",
    "belt", "hiding", "thrash",
];

fn overrule_bar(threshold: f32) -> f32 {
    (1.0 + threshold) / 2.0
}

#[cfg(test)]
mod tests {
    use super::super::learned;
    use super::super::lexicon::Concept;
    use super::super::tokens::tokenize;
    use super::super::{FindingStatus, Polarity};
    use super::*;
    use crate::clauses::split_clauses;

    fn read(memo: &str) -> super::super::RiskAssessment {
        let clauses = split_clauses(memo);
        super::super::assess_memo_with(memo, &clauses, true)
    }

    #[test]
    fn exasperation_the_rules_read_in_a_could_keeps_the_net_off() {
        let cases = [
            "She's livid with her cousin for skipping the funeral and says she could kill him \
             for it, though she was laughing when she said it.",
            "He's raging with the landlord over the damp and says he could murder him, grinning \
             as he said it.",
            "She could strangle her sister for telling the whole family, she says, laughing.",
            "She's raging with her brother, who didn't come back from Leeds for the wake, and \
             says she could kill him for it, though she was laughing when she said it.",
            "He's furious with his son, who crashed the car again, and says he could kill him, \
             though he was smiling.",
        ];
        for text in cases {
            // Read with the net on: neither the rules nor the net may call these present (the
            // net retrained on 2026-12-05 no longer scores them high by itself).
            let r = read(text);
            for k in [
                RiskKind::HomicidalIdeation,
                RiskKind::HarmToOthers,
                RiskKind::Violence,
            ] {
                assert_ne!(r.item(k), Some(super::super::ItemStatus::Present), "{text}");
            }
        }
    }

    #[test]
    fn a_substance_offered_and_turned_down_is_no_use() {
        let declined = |t: &str| declined_offer(&tokenize(t));
        assert!(declined(
            "A cousin offered him pressies at the bus stop, he walked away and rang his sponsor."
        ));
        assert!(declined("Her flatmate offered her a line and she said no."));
        assert!(declined("Was offered bars at the party, turned them down."));
        assert!(!declined(
            "A cousin offered him pressies at the bus stop and he took two."
        ));
        assert!(!declined("Her flatmate offered her a line, she gave in."));
        assert!(!declined("He walked away from the fight and went home."));
    }

    #[test]
    fn someone_elses_act_dated_to_the_clients_childhood_stays_history() {
        let net = learned::net().expect("built-in net");
        let text = "Her stepdad used to beat her mum black and blue when she was little.";
        // The net would overrule: the test can fail only if the gate is gone.
        assert!(
            net.score(text).flag() >= overrule_bar(net.threshold),
            "{}",
            net.score(text).flag()
        );
        assert_eq!(read(text).polarity, Polarity::None);
        // Contrast: a wish had now, beside the period of someone else's act.
        let now = "He says he has thoughts most days of killing the man who abused him as a \
                   child.";
        assert_eq!(read(now).polarity, Polarity::Present);
    }

    #[test]
    fn a_fear_of_dying_in_a_panic_attack_is_no_ideation() {
        let net = learned::net().expect("built-in net");
        let text = "She says when the panic comes she thinks 'I am going to die.'";
        let scores = net.score(text);
        // The net would flag it as ideation: the test can fail only if the gate is gone.
        assert!(scores.flag() >= net.threshold, "{}", scores.flag());
        assert_eq!(scores.category(), RiskKind::SuicidalIdeation);
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).is_none());
        // Contrast: panic after an act is no attack.
        let toks = tokenize("She took the tablets, then panicked and rang her sister.");
        assert!(!panic_told(&toks));
    }

    #[test]
    fn a_lapse_into_gambling_is_neither_substance_use_nor_a_blow() {
        let net = learned::net().expect("built-in net");
        let text = "He had a slip on Saturday and put the rent money on the greyhounds after the \
                    match.";
        let scores = net.score(text);
        // The net would flag it, as a blow: the test can fail only if the gate is gone.
        assert!(scores.flag() >= net.threshold, "{}", scores.flag());
        assert_eq!(scores.category(), RiskKind::Violence);
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).is_none());
    }

    #[test]
    fn in_a_memo_a_relatives_own_behaviour_told_with_them_as_subject_stays_theirs() {
        let net = learned::net().expect("built-in net");
        let text = "His brother has been drinking a bottle of vodka a day since the layoff.";
        let scores = net.score(text);
        // The net would overrule: the test can fail only if the gate is gone.
        assert!(
            scores.flag() >= overrule_bar(net.threshold),
            "{}",
            scores.flag()
        );
        assert_eq!(scores.category(), RiskKind::SubstanceUse);
        let theirs_template =
            learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).expect("net finding");
        let mut theirs = theirs_template.clone();
        theirs.concept = Concept::SubstanceUse;
        theirs.status = FindingStatus::NotClient;
        theirs.quote = "drinking".to_string();
        let memo =
            |rules: &[Finding]| learned(text, &tokenize(text), 0, rules, &|_| 0, &|| false, 3);
        assert!(memo(&[theirs.clone()]).is_none());
        // A lone sentence keeps the net's reading, and so does a memo sentence the rules
        // did not read as someone else's.
        assert!(learned(text, &tokenize(text), 0, &[theirs], &|_| 0, &|| false, 1).is_some());
        let mut denial = theirs_template.clone();
        denial.status = FindingStatus::Denied;
        denial.kind = RiskKind::SuicidalIdeation;
        assert!(memo(&[denial]).is_some());
        // With no risk word read at all, a memo sentence on the relative is theirs too.
        assert!(memo(&[]).is_none());
        // The net names abuse where the rules read the relative's own ideation: theirs too;
        // where the rules read the relative's act, the net may find it done to the client.
        // (A sentence the net flags above the memo bar, so that the bar is not what decides.)
        let text = "Her partner told her he doesn't want to be here anymore and grabbed her arm, \
                    which scared her.";
        let scores = net.score(text);
        assert!(
            scores.flag() >= overrule_bar(net.threshold),
            "{}",
            scores.flag()
        );
        assert_eq!(scores.category(), RiskKind::Abuse);
        let mut read =
            learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).expect("net finding");
        read.status = FindingStatus::NotClient;
        read.kind = RiskKind::SuicidalIdeation;
        read.quote = "doesn't want to be here anymore".to_string();
        let in_memo =
            |rules: &[Finding]| learned(text, &tokenize(text), 0, rules, &|_| 0, &|| false, 3);
        assert!(in_memo(&[read.clone()]).is_none());
        read.kind = RiskKind::Violence;
        assert!(in_memo(&[read]).is_some());
    }

    #[test]
    fn in_a_memo_a_relative_with_a_relative_clause_or_the_client_named_their_kin_stays_theirs() {
        let net = learned::net().expect("built-in net");
        for (text, quote) in [
            (
                "She's been giving out about her brother, who got into a fight outside the mart \
                 and was lifted by the guards on Saturday.",
                "got into a fight",
            ),
            (
                "Pt is the sister of the man admitted Friday after an overdose; pt called the \
                 line Saturday night 'just needing to talk.'",
                "overdose",
            ),
        ] {
            let scores = net.score(text);
            // The net would overrule: the test can fail only if the gate is gone.
            assert!(
                scores.flag() >= overrule_bar(net.threshold),
                "{text}: {}",
                scores.flag()
            );
            let mut theirs =
                learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).expect("net finding");
            theirs.status = FindingStatus::NotClient;
            theirs.quote = quote.to_string();
            let memo =
                |rules: &[Finding]| learned(text, &tokenize(text), 0, rules, &|_| 0, &|| false, 3);
            assert!(memo(&[theirs]).is_none(), "{text}");
        }
        assert!(kin_relative_clause(&tokenize(
            "I saw her brother, who was drunk."
        )));
        assert!(!kin_relative_clause(&tokenize(
            "I saw her brother, and he was drunk."
        )));
        assert!(!kin_relative_clause(&tokenize(
            "She is the owner of the shop."
        )));
    }

    #[test]
    fn confidentiality_talk_and_a_notes_subjectless_says_keep_the_net_off() {
        let net = learned::net().expect("built-in net");
        let text = "I went over the limits of confidentiality again, that I'd have to act if he \
                    told me he meant to hurt someone, and he said that was fair enough.";
        let scores = net.score(text);
        // The net would flag it: the test can fail only if the gate is gone.
        assert!(scores.flag() >= net.threshold, "{}", scores.flag());
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).is_none());
        assert!(opens_on_kin(&tokenize(
            "Says her husband's been at the drink every night since the inquest."
        )));
        assert!(!opens_on_kin(&tokenize(
            "Says she's been at the drink every night."
        )));
    }

    #[test]
    fn in_a_memo_a_sentence_on_a_relative_with_no_risk_word_is_theirs() {
        let net = learned::net().expect("built-in net");
        let text = "His brother has been drinking every night and getting into fights, which \
                    stresses him out, but he's keeping his distance.";
        let toks = tokenize(text);
        assert!(opens_on_kin(&toks));
        // The net flags it in a memo: the test can fail only if the gate is gone.
        assert!(net.score(text).flag() >= overrule_bar(net.threshold));
        assert!(learned(text, &toks, 0, &[], &|_| 0, &|| false, 3).is_none());
        // A lone sentence keeps the net's reading.
        assert!(learned(text, &toks, 0, &[], &|_| 0, &|| false, 1).is_some());
        // A relative who tells or finds something may be telling of the client's own risk.
        let found = "Her mum found her standing on the bridge railing last night.";
        let toks = tokenize(found);
        assert!(opens_on_kin(&toks) && tells_of_another(&toks));
        if net.score(found).flag() >= overrule_bar(net.threshold) {
            assert!(learned(found, &toks, 0, &[], &|_| 0, &|| false, 3).is_some());
        }
    }

    #[test]
    fn another_persons_person_and_a_stranger_hurting_a_relative_are_not_the_clients() {
        let net = learned::net().expect("built-in net");
        // "The neighbour's young lad": another person's relative opens the sentence.
        let text =
            "The neighbour's young lad has been drinking heavy every night and Tommy's been \
                    bringing him to the mart to keep him out of the pub.";
        let toks = tokenize(text);
        assert!(opens_on_kin(&toks));
        assert!(!opens_on_kin(&tokenize("The lad has been drinking heavy.")));
        // The net flags it in a memo: the test can fail only if the gate is gone.
        assert!(net.score(text).flag() >= overrule_bar(net.threshold));
        let mut theirs = learned(text, &toks, 0, &[], &|_| 0, &|| false, 1).expect("net finding");
        theirs.kind = RiskKind::SubstanceUse;
        theirs.status = FindingStatus::NotClient;
        theirs.quote = "drinking".to_string();
        assert!(learned(text, &toks, 0, &[theirs], &|_| 0, &|| false, 3).is_none());
        // A relative hurt by strangers is their misfortune; by a relative it may be abuse.
        assert!(someone_else_hurt(&tokenize(
            "Her grandson was beaten up by older boys outside the school last month."
        )));
        assert!(!someone_else_hurt(&tokenize(
            "Her grandson was beaten up by his father last month."
        )));
        assert!(!someone_else_hurt(&tokenize(
            "Her grandson was beaten up by Darren last month."
        )));
    }

    #[test]
    fn in_a_memo_an_own_behaviour_read_as_someone_elses_is_not_the_nets() {
        let net = learned::net().expect("built-in net");
        let text = "Priya, a first-year law student, said her flatmates have been drinking till \
                    four most nights and she's been revising in the library until it shuts.";
        let toks = tokenize(text);
        // No opening on kin: only the new gate can stop the net here.
        assert!(!opens_on_kin(&toks));
        assert!(net.score(text).flag() >= overrule_bar(net.threshold));
        let mut theirs = learned(text, &toks, 0, &[], &|_| 0, &|| false, 1).expect("net finding");
        let category = theirs.kind;
        theirs.status = FindingStatus::NotClient;
        theirs.quote = "drinking".to_string();
        assert!(learned(text, &toks, 0, &[theirs.clone()], &|_| 0, &|| false, 3).is_none());
        // Another category read as someone else's leaves the net's reading alone.
        theirs.kind = if category == RiskKind::Violence {
            RiskKind::Abuse
        } else {
            RiskKind::Violence
        };
        assert!(learned(text, &toks, 0, &[theirs], &|_| 0, &|| false, 3).is_some());
    }

    #[test]
    fn in_a_memo_a_lone_flag_must_name_its_category() {
        let net = learned::net().expect("built-in net");
        // A drive made alone after an accident, in a full-length memo: no word of death,
        // means or harm.
        let text = "She said, 'I drove to the town by myself Tuesday, first time since,' and, \
                    'my hands sweated the whole way but I done it.'";
        let toks = tokenize(text);
        assert!(net.score(text).flag() >= MEMO_BAR);
        assert!(!names_category(&toks, RiskKind::SuicidalIdeation));
        assert!(learned(text, &toks, 0, &[], &|_| 0, &|| false, 6).is_none());
        let named = |t: &str, k| names_category(&tokenize(t), k);
        assert!(named(
            "Some nights she wishes she could lie down on the ice and not wake up.",
            RiskKind::SuicidalIdeation
        ));
        assert!(named(
            "He thinks everyone would be better off if he weren't around.",
            RiskKind::SuicidalIdeation
        ));
        assert!(!named(
            "He wakes up two, three times a night and sleeps in the recliner.",
            RiskKind::SuicidalIdeation
        ));
        assert!(named(
            "A man pushed in at the bus stop and he shoved him into the shelter.",
            RiskKind::Violence
        ));
        assert!(!named(
            "His dad keeps saying he's going to crush him at the match.",
            RiskKind::HarmToOthers
        ));
        // Substance use is never gated.
        assert!(named("A few drams on a Friday.", RiskKind::SubstanceUse));
    }

    #[test]
    fn a_pronoun_read_as_the_clients_relative_opens_on_that_relative() {
        let text = "He's short with the kids and drinks more than he used to, she says.";
        let mut toks = tokenize(text);
        // As `others_by_pronoun` leaves it after "Her husband got back in August."
        assert!(!opens_on_pronoun_of_kin(text, &toks));
        toks[0].norm = "husband's".to_string();
        assert!(opens_on_pronoun_of_kin(text, &toks));
        // A kin word the memo itself says is no pronoun of kin.
        let said = "Husband's short with the kids.";
        assert!(!opens_on_pronoun_of_kin(said, &tokenize(said)));
    }

    #[test]
    fn in_a_memo_a_death_told_with_no_rule_finding_is_grief() {
        let net = learned::net().expect("built-in net");
        let text = "Her grandfather, who raised her, passed in May after a long time with his \
                    heart, and she hasn't been back to his house since.";
        let scores = net.score(text);
        // A lone sentence would be flagged. The net retrained on 2026-12-03 (more grief in its
        // memo negatives) already scores this one below the memo bar, so in a memo the gate is
        // a second guard here; `tells_a_death` itself is checked below.
        assert!(scores.flag() >= net.threshold, "{}", scores.flag());
        assert!(tells_a_death(&tokenize(text)));
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 3).is_none());
        // A lone dictated sentence keeps the net's reading: there a miss is a false reassurance.
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).is_some());
        // Waking is no wake, a nearly-died no death: the gate leaves those to the net.
        for told in [
            "Some mornings you're disappointed to wake.",
            "She nearly died in March.",
        ] {
            assert!(!tells_a_death(&tokenize(told)), "{told}");
        }
        assert!(tells_a_death(&tokenize(
            "Her gran passed away in the spring."
        )));
    }

    #[test]
    fn in_a_memo_substance_use_needs_a_word_it_is_told_with_and_a_fight_stayed_out_of_is_theirs() {
        for plain in [
            "Pt reports poor sleep, waking at four, eating one meal a day.",
            "The nightmares came back after the crash on the bypass.",
        ] {
            assert!(
                !super::super::usage::substance_cue(&tokenize(plain)),
                "{plain}"
            );
        }
        for told in [
            "Her flatmates party every night.",
            "He was hungover at work twice this week.",
            "She's been back at the pub most nights.",
            "He admits he's been using again.",
        ] {
            assert!(
                super::super::usage::substance_cue(&tokenize(told)),
                "{told}"
            );
        }
        assert!(not_involved(&tokenize(
            "Two men fought outside the shop and she stayed out of it."
        )));
        assert!(not_involved(&tokenize(
            "There was a brawl but he wasn't involved."
        )));
        assert!(!not_involved(&tokenize(
            "There was a brawl and he joined in."
        )));
        // "did not get" is no part of "not involved" unless "involved" follows.
        assert!(!not_involved(&tokenize("He did not get hit in the brawl.")));
        assert!(not_involved(&tokenize(
            "He did not get involved in the brawl."
        )));
    }

    #[test]
    fn in_a_memo_violence_needs_a_physical_word_and_an_accident_is_no_ones_aggression() {
        for verbal in [
            "He had a heated row with the site manager and stormed out of the portacabin.",
            "She got into a slanging match with her landlord over the deposit.",
        ] {
            assert!(!violence_cue(&tokenize(verbal)), "{verbal}");
        }
        for physical in [
            "He had a row with the site manager and swung at him.",
            "She shoved the landlord against the door.",
            "Police were called to the flat on Sunday.",
        ] {
            assert!(violence_cue(&tokenize(physical)), "{physical}");
        }
        for accident_told in [
            "A scaffold board gave way and his mate fell and broke both legs.",
            "Her cousin slipped on the ice outside the mill and cracked his skull.",
        ] {
            assert!(accident(&tokenize(accident_told)), "{accident_told}");
        }
        for blow in [
            "He pushed the lad and he fell down the stairs.",
            "She tripped the girl deliberately and she fell.",
        ] {
            assert!(!accident(&tokenize(blow)), "{blow}");
        }
    }

    #[test]
    fn in_a_memo_a_wish_to_harm_someone_needs_a_word_it_is_told_with() {
        for plain in [
            "Good engagement for a man who said on day one he didn't believe in counselling.",
            "She talked about her nephew's christening and the cake she baked for it.",
        ] {
            assert!(!harm_cue(&tokenize(plain)), "{plain}");
        }
        for told in [
            "He keeps picturing pushing his foreman off the gantry.",
            "She says she'll make him pay for what he did to her sister.",
            "He said he'll 'do' the lad who grassed on him.",
            "Scary images of dropping the baby down the stairs.",
            "He wants the man who ran over his dog dead.",
        ] {
            assert!(harm_cue(&tokenize(told)), "{told}");
        }
    }

    #[test]
    fn in_a_memo_abuse_needs_a_word_it_is_told_with_and_anger_handled_keeps_the_net_off() {
        // A partner or a relative named with no word of harm, fear, control, money, sex or
        // neglect: no abuse, whatever the net scores.
        for plain in [
            "He lives with his girlfriend in Leith and drives a bus on the night routes.",
            "Her husband fusses over her, she says, and she snapped at him for carrying her bag.",
            // No relation and one person: a stranger's act, a memory, a habit.
            "She called because a player screamed at her and threw chips at her face.",
            "She says she keeps seeing his face when she shuts her eyes.",
            "He says he can't sit with his back to a door and jumps when car doors slam.",
        ] {
            assert!(!abuse_cue(&tokenize(plain)), "{plain}");
        }
        for told in [
            "Her husband takes her bank card every Friday.",
            "She said her partner pushed her into the wardrobe.",
            "He is scared of his stepdad when he drinks.",
            "She says he makes her account for every penny and checks her bank app.",
            "Her boyfriend gave her a black eye.",
        ] {
            assert!(abuse_cue(&tokenize(told)), "{told}");
        }
        // Anger told with how the client handled it; anger alone is left to the net.
        assert!(anger_coped(&tokenize(
            "His boss makes him furious but he walked away and cooled off in the van."
        )));
        assert!(!anger_coped(&tokenize("His boss makes him furious.")));
        assert!(!anger_coped(&tokenize(
            "He walked away from the job and is furious about it."
        )));
    }

    #[test]
    fn the_learned_net_adds_a_present_uncertain_finding_only_where_rules_found_none() {
        let net = learned::net().expect("built-in net");
        // A disclosure in words the net learned; the hook itself is asked with no rule finding.
        let text = "She has been saving her nan's sleeping tablets in a sock drawer, for when she can't take it anymore.";
        let scores = net.score(text);
        assert!(scores.flag() >= net.threshold, "{}", scores.flag());
        let f = learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 1).expect("net finding");
        assert_eq!(f.status, FindingStatus::Present);
        assert_eq!(f.concept, Concept::Learned);
        assert_eq!(f.kind, scores.category());
        assert!(f.kind.counts_for_risk());
        assert!(f.attributes.uncertain && !f.attributes.negated);
        assert_eq!(f.quote, text);
        // The net under the rules of one sentence, outside a memo.
        let alone =
            |t: &str, rules: &[Finding]| learned(t, &tokenize(t), 0, rules, &|_| 0, &|| false, 1);
        // A rule's present finding in the sentence: the net says nothing.
        let mut rule = f.clone();
        rule.concept = Concept::PassiveIdeation;
        assert!(alone(text, &[rule.clone()]).is_none());
        // A rule's denial does not stop it, and stays a denial.
        rule.status = FindingStatus::Denied;
        assert!(alone(text, &[rule.clone()]).is_some());
        // A reading the rules made that the net cannot (someone else's): overruled only when
        // the net is far surer than its threshold; an idiom or a word in another sense: never.
        rule.status = FindingStatus::NotClient;
        let sure = scores.flag() >= overrule_bar(net.threshold);
        assert!(sure, "{}", scores.flag());
        assert!(alone(text, &[rule]).is_some());
        let unsure = "Her ex texted her saying he'd kill himself if she didn't take him back.";
        let mut other = f.clone();
        other.status = FindingStatus::NotClient;
        other.quote = "kill himself".to_string();
        // Below the bar, or (above it) a reflexive of the other gender than the teller.
        let p = net.score(unsure).flag();
        if p >= net.threshold {
            assert!(
                learned(unsure, &tokenize(unsure), 0, &[other], &|_| 0, &|| false, 1).is_none()
            );
        }
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| true, 1).is_none());
        // Below the threshold: nothing.
        let plain = "Denies SI, HI; no plan, no intent.";
        assert!(net.score(plain).flag() < net.threshold);
        assert!(learned(plain, &tokenize(plain), 0, &[], &|_| 0, &|| false, 1).is_none());
    }

    #[test]
    fn in_a_memo_the_net_needs_the_bar_and_a_reading_without_the_disclosure_frame() {
        let net = learned::net().expect("built-in net");
        let bar = overrule_bar(net.threshold);
        // "admits" carries this sentence past the threshold; without it there is nothing.
        let sulk =
            "He and his partner argued about the holiday, and he admits he sulked all weekend.";
        let framed = net.score(sulk).flag();
        let bare = net.score(&unframed(sulk).expect("a frame word")).flag();
        assert!(bare < net.threshold, "{bare}");
        if framed >= net.threshold {
            // A lone sentence keeps the frame's weight; a memo does not.
            assert!(learned(sulk, &tokenize(sulk), 0, &[], &|_| 0, &|| false, 1).is_some());
        }
        assert!(learned(sulk, &tokenize(sulk), 0, &[], &|_| 0, &|| false, 3).is_none());
        // A stockpile the net is sure of stays flagged in a memo.
        let text = "She has been saving her nan's sleeping tablets in a sock drawer, for when she can't take it anymore.";
        assert!(net.score(text).flag() >= bar);
        assert!(learned(text, &tokenize(text), 0, &[], &|_| 0, &|| false, 3).is_some());
        assert_eq!(unframed("No frame here."), None);
    }

    #[test]
    fn in_a_memo_the_net_leaves_a_sentence_read_only_as_someone_elses_own_behaviour() {
        // The stockpile sentence the net is sure of (see the test above) stays flagged in a
        // memo on its own, and is left when every rule reading of it is someone else's own
        // use, ideation or self-harm, even of another category than the net's.
        let text = "She has been saving her nan's sleeping tablets in a sock drawer, for when she can't take it anymore.";
        let toks = tokenize(text);
        let flagged = learned(text, &toks, 0, &[], &|_| 0, &|| false, 3).expect("flagged");
        let other_kind = if flagged.kind == RiskKind::SubstanceUse {
            RiskKind::SelfHarm
        } else {
            RiskKind::SubstanceUse
        };
        assert!(matches!(
            flagged.kind,
            RiskKind::SubstanceUse | RiskKind::SelfHarm | RiskKind::SuicidalIdeation
        ));
        let others = |kind: RiskKind| Finding {
            kind,
            concept: Concept::SubstanceUse,
            clause_id: 0,
            quote: "tablets".to_string(),
            status: FindingStatus::NotClient,
            attributes: Default::default(),
        };
        assert!(learned(text, &toks, 0, &[others(other_kind)], &|_| 0, &|| false, 3).is_none());
        // Someone else's violence is no reading of their own behaviour: the net keeps its say.
        assert!(learned(
            text,
            &toks,
            0,
            &[others(RiskKind::Violence)],
            &|_| 0,
            &|| false,
            3
        )
        .is_some());
    }

    #[test]
    fn a_net_finding_is_present_with_review_and_never_a_denial() {
        // The rules read the first sentence as a denial (she shook her head) and miss the
        // second, a stockpile told without a risk word (a blind-set sentence the net was
        // trained on); the net flags the second. The rules' denial stays, the memo is present
        // with review, and the flagged sentence is quoted.
        let memo = "Asked directly about not wanting to be alive, she shook her head and said \
                    she wants to see her kids grow up. The kid told me she's been saving up her \
                    nan's sleeping tablets in a sock drawer, twenty-two so far, for when she \
                    can't take it anymore.";
        let r = read(memo);
        let net: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.concept == Concept::Learned)
            .collect();
        assert_eq!(net.len(), 1, "{:?}", r.findings);
        assert_eq!(net[0].status, FindingStatus::Present);
        assert!(r
            .findings
            .iter()
            .any(|f| f.concept != Concept::Learned && f.status == FindingStatus::Denied));
        assert_eq!(r.polarity, Polarity::Present);
        assert!(r.needs_review);
        assert!(r
            .review_reasons
            .iter()
            .any(|s| s.contains("statistical net")));
        assert!(
            r.evidence.iter().any(|(_, q)| q.contains("sock drawer")),
            "{:?}",
            r.evidence
        );
        // A plain denial the net does not flag stays denied, and a rule's present stays.
        assert_eq!(
            read("Denies SI, HI; no plan, no intent.").polarity,
            Polarity::Denied
        );
        let r = read("He told me he wants to kill himself.");
        assert!(r.findings.iter().all(|f| f.concept != Concept::Learned));
        assert_eq!(r.polarity, Polarity::Present);
    }

    /// Water, tea or coffee drunk is no substance use; a place named after a drink ("the milk
    /// house") is no soft drink, nor is a line of coke.
    #[test]
    fn soft_drinks_are_not_substances() {
        assert!(soft_drink_only(&tokenize(
            "He drinks three litres of water a day for his kidneys."
        )));
        assert!(soft_drink_only(&tokenize(
            "She's been drinking herbal tea at night."
        )));
        assert!(!soft_drink_only(&tokenize(
            "He has been drinking in the milk house before chores."
        )));
        assert!(!soft_drink_only(&tokenize(
            "She drinks coffee all day and a bottle of vodka at night."
        )));
        assert!(!soft_drink_only(&tokenize(
            "He's been drinking and doing coke."
        )));
    }

    #[test]
    fn the_net_must_find_its_risk_outside_the_rules_plain_denials() {
        let net = learned::net().expect("built-in net");
        let text = "She denies that her boyfriend hits her or controls her money, and says he \
                    has been gentle since he stopped gambling.";
        let scores = net.score(text);
        // The net would flag it: the test can fail only if the gate is gone.
        assert!(scores.flag() >= net.threshold, "{}", scores.flag());
        assert_eq!(scores.category(), RiskKind::Abuse);
        let denial = |quote: &str| Finding {
            kind: RiskKind::Abuse,
            concept: Concept::Abuse,
            clause_id: 0,
            quote: quote.to_string(),
            status: FindingStatus::Denied,
            attributes: Default::default(),
        };
        let lone =
            |rules: &[Finding]| learned(text, &tokenize(text), 0, rules, &|_| 0, &|| false, 1);
        assert!(lone(&[
            denial("denies that her boyfriend hits her"),
            denial("controls her money")
        ])
        .is_none());
        // A denial that opens on the risk words, or runs past a comma, may be a misread
        // scope: the sentence is scored whole.
        assert!(residual(
            text,
            &[denial("hits her or controls her money")],
            RiskKind::Abuse
        )
        .is_none());
        assert!(residual(
            text,
            &[denial(
                "denies that her boyfriend hits her or controls her money, and says"
            )],
            RiskKind::Abuse
        )
        .is_none());
        assert!(residual(
            text,
            &[denial("denies that her boyfriend hits her")],
            RiskKind::SelfHarm
        )
        .is_none());
        assert_eq!(
            residual(text, &[denial("denies that her boyfriend hits her")], RiskKind::Abuse).as_deref(),
            Some("She   or controls her money, and says he has been gentle since he stopped gambling.")
        );
    }

    #[test]
    fn a_period_of_life_long_past_is_named() {
        use crate::risk::context::life_period;
        for past in [
            "His dad hit him with a belt when he was little.",
            "Back in his twenties he took a bottle of pills.",
            "She cut her arms as a teenager.",
            "He used to drink his wages away back in the seventies.",
            "He cut his arm when he was thirteen.",
            "She cut her thighs through most of ninth grade.",
            "She used to cut her arms in year nine.",
            "He drank a lot back in high school.",
        ] {
            assert!(life_period(&tokenize(past)), "{past}");
        }
        for recent in [
            "He hit her last week.",
            "She cut two years ago and again in March.",
            "When he was drinking on Friday he fell.",
            "She is in year nine and cut her arm last week.",
            "He has been drinking for a year and nine months.",
        ] {
            assert!(!life_period(&tokenize(recent)), "{recent}");
        }
    }

    #[test]
    fn a_blowup_is_a_row_not_a_blow() {
        assert!(!violence_cue(&tokenize(
            "He got written up after a blowup with his team leader."
        )));
        assert!(violence_cue(&tokenize("He took a blow to the head.")));
    }
}
