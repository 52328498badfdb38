//! The risk-domain safety net: a sentence that no rule explained, yet holds a lethal object
//! brought to the body (a rifle barrel in the mouth, bleach swallowed, a cord at the neck) or
//! an injury on one's own body (stitches in her forearm), yields a mention of its own. Its
//! status is read like any other (negation, hypothetical, someone else's), and when it is
//! present the memo is `present` with review, never `none`: a person reads the sentence.
//! Only objects and injuries are netted, not verbs with idioms ("killing it", "hit the gym"),
//! which the lexicon and the harm-verb rules already read.

use super::lexicon::Concept;
use super::tokens::Tok;
use super::RiskKind;

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
/// as a denial) still gets the field's reading.
pub(crate) fn nets(
    toks: &[Tok],
    covered: &[bool],
    found: &[RiskKind],
) -> Vec<(usize, usize, Concept, RiskKind)> {
    if found.is_empty() {
        if let Some(m) = net(toks, covered) {
            return vec![m];
        }
    }
    super::fields::field_hits(toks)
        .into_iter()
        // A hit may share words with another category's mention ("drinks hand sanitiser"),
        // but its last word must be its own, and none of a same-category mention's.
        .filter(|h| {
            let own_last = !covered[h.end - 1];
            let shares_same = found.contains(&h.kind) && covered[h.start..h.end].iter().any(|c| *c);
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
