//! Who does what to whom: the experiencer of a mention (ConText's "other" experiencer) and the
//! category of a harm verb, decided by its agent and its object.
//!
//! "Her teenage son told her he wants to die" is the son's risk; "her boyfriend choked her" is
//! abuse of the client; "she slapped her partner" is abuse by the client; "he punched a
//! classmate" is violence; "urges to hit his girlfriend" are thoughts of harming others;
//! "thoughts of killing his stepfather" are homicidal; "the commute is killing her" is nothing.
//! The rules are shallow on purpose (no parser): a third party is a noun phrase naming a
//! relation in subject position; a pronoun refers to the nearest compatible third party unless
//! it matches the possessive that introduced that party ("her son ... she" is the client), and
//! when in doubt the client is the experiencer, so doubt never hides risk.

use super::lexicon::Concept;
use super::lexicon::Owner;
use super::tokens::Tok;
use super::RiskKind;

/// How a third party relates to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Intimate,
    Parent,
    Caregiver,
    Child,
    Sibling,
    Other,
    /// "anyone", "no one", "nobody": used in screening questions and denials.
    Anyone,
    /// A pronoun that cannot be the client ("she says he pushed her").
    Unknown,
}

/// People in a position of trust or authority over the client outside the family: abuse by
/// them is abuse (safeguarding's "position of trust"), not an assault by a stranger.
pub(crate) fn trusted_role(n: &str) -> bool {
    matches!(
        n,
        "coach"
            | "coaches"
            | "teacher"
            | "tutor"
            | "priest"
            | "pastor"
            | "minister"
            | "vicar"
            | "imam"
            | "rabbi"
            | "scoutmaster"
            | "instructor"
            | "trainer"
            | "lodger"
            | "boarder"
            | "principal"
            | "headteacher"
            | "headmaster"
            | "choirmaster"
            | "youth"
            | "guardian"
            | "foster"
    )
}

impl Rel {
    /// Relations in which maltreatment of the client is abuse (FORMATS §3).
    pub fn abuse_eligible(self) -> bool {
        matches!(
            self,
            Rel::Intimate | Rel::Parent | Rel::Caregiver | Rel::Child | Rel::Anyone | Rel::Unknown
        )
    }

    /// Relations in which taking the client's money or shutting them in is abuse (family
    /// exploitation of an elder, FORMATS §3): any relative, not only the household.
    pub fn family(self) -> bool {
        self.abuse_eligible() || self == Rel::Sibling
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Female,
    Male,
    Neutral,
}

fn compatible(a: Gender, b: Gender) -> bool {
    a == b || a == Gender::Neutral || b == Gender::Neutral
}

/// Who is speaking or acting at a point of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    Client,
    Third(Rel),
    /// Not a person: "the commute is killing her".
    Thing,
}

/// Whether a word names a person by relation ("mother", "roommate", "stranger").
pub(crate) fn is_relation(w: &str) -> bool {
    relation(w).is_some()
}

/// Whether a coercive-control mention at `[s, e)` is explained away: a mother's or father's
/// limits on their child's going out ("her mother won't let her go to the mall with
/// friends") are parenting (FORMATS §3; in-laws and partners keep it, and a parent's insults,
/// threats or taking of money stay), and control done by a thing ("the noise follows him
/// home") is no one's.
pub(crate) fn control_explained(toks: &[Tok], s: usize, e: usize) -> bool {
    toks[s..e].iter().any(|t| t.is("let") || t.is("allow")) && parent_limits(toks, s)
        || verb_like(&toks[s]) && subject_at(toks, s) == Subject::Thing
}

/// Whether the subject of the words at `k` is the child's own mother or father ("her mother
/// won't let her go out"), named by a parent word before it in the sentence: not an in-law,
/// a grandparent or a step-parent, whose limits on an adult are another matter.
fn parent_limits(toks: &[Tok], k: usize) -> bool {
    if !matches!(subject_at(toks, k), Subject::Third(Rel::Parent)) {
        return false;
    }
    toks[..k]
        .iter()
        .rev()
        .find(|t| relation(&t.norm).is_some())
        .is_some_and(|t| {
            matches!(
                t.norm.trim_end_matches("'s"),
                "mother"
                    | "mom"
                    | "mum"
                    | "mam"
                    | "mama"
                    | "mammy"
                    | "mommy"
                    | "father"
                    | "dad"
                    | "daddy"
                    | "da"
                    | "papa"
                    | "parents"
                    | "parent"
            )
        })
}

/// The kind of relation a noun names, if it names one.
pub(crate) fn relation_kind(w: &str) -> Option<Rel> {
    relation(w).map(|(r, _)| r)
}

/// Relation nouns and their gender.
fn relation(noun: &str) -> Option<(Rel, Gender)> {
    use Gender::*;
    use Rel::*;
    let n = noun.trim_end_matches("'s");
    Some(match n {
        "husband" | "boyfriend" | "fiance" | "hubby" | "bf" => (Intimate, Male),
        "wife" | "girlfriend" | "fiancee" | "missus" | "missis" | "gf" => {
            (Intimate, Female)
        }
        "partner" | "spouse" | "ex" | "exes" | "partners" => (Intimate, Neutral),
        "mom" | "mother" | "mum" | "mommy" | "stepmom" | "stepmother" | "grandmother"
        | "grandma" | "aunt" | "mama" | "mam" | "mammy" | "stepmum" | "nan" | "nana" | "nanna"
        | "gran" | "granny" | "gramma" | "grandmom" | "grandmum" | "auntie" | "aunty" | "aunts"
        | "aunties" | "maw" | "ma" | "mamaw" | "memaw" | "meemaw" | "mawmaw" => (Parent, Female),
        "dad" | "father" | "daddy" | "stepdad" | "stepfather" | "grandfather" | "grandpa"
        | "uncle" | "papa" | "grandad" | "granddad" | "grandpop" | "gramps" | "grampa"
        | "granda" | "uncles" | "da" | "paw" | "pa" | "papaw" | "pawpaw" => (Parent, Male),
        "parent" | "parents" | "grandparent" | "grandparents" | "guardian" | "stepparent" => {
            (Parent, Neutral)
        }
        // In-laws are family: in a joint household their control or touching is abuse.
        "mother-in-law" | "mil" => (Parent, Female),
        "father-in-law" | "fil" => (Parent, Male),
        "in-laws" | "inlaws" | "in-law" | "parents-in-law" => (Parent, Neutral),
        "son-in-law" | "sons-in-law" => (Child, Male),
        "daughter-in-law" | "daughters-in-law" => (Child, Female),
        // Kazakh and Kyrgyz "kelin", Hindi "bahu", Spanish "nuera" (a daughter-in-law) and
        // "yerno" (a son-in-law).
        "kelin" | "kelinka" | "bahu" | "nuera" => (Child, Female),
        "yerno" => (Child, Male),
        "brother-in-law" | "brothers-in-law" => (Sibling, Male),
        "sister-in-law" | "sisters-in-law" => (Sibling, Female),
        "aide" | "caregiver" | "caretaker" | "babysitter" | "nanny" | "carer" => {
            (Caregiver, Neutral)
        }
        "son" | "sons" | "stepson" | "grandson" | "boy" | "boys" => (Child, Male),
        "daughter" | "daughters" | "stepdaughter" | "granddaughter" | "girl" | "girls" => {
            (Child, Female)
        }
        "child" | "children" | "kid" | "kids" | "baby" | "newborn" | "infant" | "toddler"
        | "bairn" | "bairns" | "wean" | "weans" | "grandkid" | "grandkids" | "grandchild"
        | "grandchildren" | "grandbaby" | "grandbabies" | "grandbairn" | "grandbairns"
        | "grandwean" | "grandweans" | "mokopuna" | "twins"
        // Kid words of other Englishes: Mexican "chamaco", Caribbean "pickney", Nigerian
        // "pikin", Southern US "young'uns", Swahili "mtoto"/"watoto".
        | "chamaco" | "chamaca" | "chamacos" | "chamaquito" | "pickney" | "pickneys" | "pikin"
        | "pikins" | "young'uns" | "younguns" | "youngins" | "mtoto" | "watoto"
        // "her eldest got into a fight": the adjective standing for the child.
        | "eldest" | "youngest" => (Child, Neutral),
        "brother" | "stepbrother" | "brothers" | "bro" => (Sibling, Male),
        "sister" | "stepsister" | "sisters" | "sis" => (Sibling, Female),
        "sibling" | "siblings" | "cousin" | "cousins" | "relative" | "relatives" => {
            (Sibling, Neutral)
        }
        "nephew" => (Sibling, Male),
        "niece" => (Sibling, Female),
        // Kin words clients use in their own languages ("her kuya drinks too much").
        // Bislama and Caribbean "brata", "brada"; Chicano "carnal"; Hindi "jija" and "jiju"
        // (a sister's husband); Fon and Beninese French "fofo" (an older brother).
        "kuya" | "tito" | "tio" | "bhai" | "bhaiya" | "cunado" | "brata"
        | "brada" | "carnal" | "carnalito" | "jija" | "jiju" | "fofo" | "daju" => (Sibling, Male),
        "tita" | "tia" | "didi" | "behen" | "cunada" | "sista" => {
            (Sibling, Female)
        }
        // Welsh "bampi"/"mamgu", Haitian Creole "manman" (a mother).
        // Afrikaans "ouma"/"oupa" ("hit his ouma"), Maori "koro"/"kuia"; not Dutch and German
        // "Oma", which old-age care uses as a name for the resident herself ("Oma Lina says").
        "lolo" | "abuelo" | "nonno" | "bampi" | "oupa" | "koro" => (Parent, Male),
        "lola" | "abuela" | "abuelita" | "nonna" | "nani" | "dadi" | "mamgu" | "manman"
        | "ouma" | "kuia" => {
            (Parent, Female)
        }
        "man" | "guy" | "gentleman" | "fella" | "feller" | "bloke" | "geezer" | "chap" => {
            (Other, Male)
        }
        "woman" | "lady" => (Other, Female),
        // An old person, in Tok Pisin ("the lapun").
        "lapun" => (Other, Neutral),
        // "A lad from his football team": anyone's lad ("the lad" is the client, "her lad" her
        // son; both are read before this).
        // Doric "loon" and "quine" as "lad" and "lass".
        "lad" | "laddie" | "loon" | "loons" => (Other, Male),
        "lass" | "lassie" | "quine" | "quines" => (Other, Female),
        "friend" | "friends" | "roommate" | "roommates" | "coworker" | "coworkers"
        // "co-workers": the tokens keep the hyphen of this one prefixed noun.
        | "co-worker" | "co-workers"
        | "colleague" | "colleagues" | "boss" | "supervisor" | "manager" | "neighbor"
        | "neighbors" | "neighbour" | "neighbours" | "classmate" | "classmates" | "teacher"
        | "teachers" | "coach" | "nurse" | "nurses" | "patient" | "stranger" | "strangers"
        | "person" | "people" | "student" | "students" | "peer" | "peers" | "teammate"
        | "teammates" | "officer" | "driver" | "doctor" | "therapist" | "pastor" | "landlord"
        | "sponsor" | "bully" | "bullies" | "staff" | "cop" | "police" | "stepkid" | "inmate"
        | "cellmate" | "cellmates" | "cellie" | "cellies" | "celly" | "bunkie" | "bunky"
        | "customer" | "customers" | "whoever" | "whomever" | "member" | "members"
        | "mate" | "mates" | "pal" | "pals" | "buddy" | "buddies" | "lads" | "housemate"
        | "housemates" | "flatmate" | "flatmates" | "men" | "women" | "guys" | "workmate"
        | "workmates" | "bandmate" | "bandmates" | "shipmate" | "shipmates" | "crewmate"
        | "crewmates" | "butty" | "butties" | "mucker" | "bestie" | "cuz" | "crew" | "squad"
        | "gang" | "marra" | "marras" | "homie" | "homies" | "oppo" | "compadre" | "comadre"
        | "compadres" | "compa" | "blokes" | "chaps" | "fellas" | "punters" | "youths" | "crowd"
        | "mob" | "regulars" | "floormate" | "floormates" | "dormmate" | "dormmates"
        | "suitemate" | "suitemates" | "hallmate" | "hallmates" | "bunkmate" | "bunkmates"
        | "roomie" | "roomies" | "schoolmate" | "schoolmates" | "playmate" | "playmates"
        // Friends in other Englishes: Filipino barkada and tropa, Krio padi, Tok Pisin
        // wantok, South African chommie, Caribbean bredren, Australian cobber, South Asian
        // yaar and dost, Swahili rafiki; and the South Asian "-wala" of a trade ("the camel
        // cart wala", "the chai wallah").
        | "barkada" | "barkadas" | "kabarkada" | "tropa" | "padi" | "padis" | "wantok"
        | "wantoks" | "chommie" | "chommies" | "bredren" | "cobber" | "cobbers" | "yaar"
        | "yaars" | "dost" | "dosts" | "rafiki" | "marafiki" | "amigos" | "amigas" | "wala"
        | "walla" | "wallah" | "walas" | "wallahs" => (Other, Neutral),
        "anyone" | "anybody" | "someone" | "somebody" | "nobody" | "everyone" | "everybody"
        | "others" => (Anyone, Neutral),
        _ => return None,
    })
}

/// Words naming the client without a determiner ("Client denies", "Teen reports").
const CLIENT_WORDS: &[&str] = &[
    "client",
    // The clinician's shorthand "Cl." and "Clt." for the client.
    "cl",
    "clt",
    "pt",
    "patient",
    "teen",
    "adolescent",
    "child",
    "veteran",
    "resident",
    "student",
    "soldier",
    "inmate",
    // A crisis line's follow-up notes name the client so ("caller herself denies SI").
    "caller",
];

/// Nouns after "our" that name the client a team shares ("our guy", "our girl"); Northern
/// English "our kid" is a sibling and is left out.
const OUR_CLIENT: &[&str] = &[
    "guy",
    "gal",
    "lad",
    "lass",
    "girl",
    "boy",
    "fella",
    "fellow",
    "client",
    "patient",
    "pt",
    "man",
    "woman",
    "gentleman",
    "lady",
];

/// Role nouns that, after "the", name the client the memo is about ("the patient reports
/// cutting", "the student denies SI": a note's definite description of its own subject), while
/// "a patient", "another student", "the other inmates" stay third parties. "The child" is left
/// out: a parent's session speaks of the child.
const THE_CLIENT: &[&str] = &[
    "client",
    "patient",
    "pt",
    "student",
    "soldier",
    "veteran",
    "inmate",
    "resident",
    "teen",
    "adolescent",
];

fn pronoun(norm: &str) -> Option<Gender> {
    let base = norm.split('\'').next().unwrap_or(norm);
    match base {
        "she" | "her" | "herself" => Some(Gender::Female),
        "he" | "him" | "himself" => Some(Gender::Male),
        "they" | "them" | "themself" | "themselves" | "i" | "me" | "myself" => {
            Some(Gender::Neutral)
        }
        _ => None,
    }
}

pub(crate) fn is_subject_pronoun(norm: &str) -> bool {
    let base = norm.split('\'').next().unwrap_or(norm);
    matches!(base, "she" | "he" | "they" | "i")
}

fn det_gender(norm: &str) -> Option<Gender> {
    match norm {
        "her" => Some(Gender::Female),
        "his" => Some(Gender::Male),
        "their" | "my" | "client's" | "pt's" | "patient's" => Some(Gender::Neutral),
        _ => None,
    }
}

const DETERMINERS: &[&str] = &[
    "her",
    "his",
    "their",
    "my",
    "the",
    "a",
    "an",
    "this",
    "that",
    "client's",
    "pt's",
    "patient's",
    "one",
    "another",
    "some",
    "your",
    "our",
];

/// Words that may stand between a subject and its verb: auxiliaries, adverbs.
const AUX: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "been",
    "be",
    "will",
    "would",
    "could",
    "can",
    "might",
    "may",
    "must",
    "should",
    "did",
    "does",
    "do",
    "just",
    "also",
    "never",
    "always",
    "sometimes",
    "often",
    "still",
    "recently",
    "then",
    "nearly",
    "almost",
    "really",
    "literally",
    "gonna",
    "going",
    "to",
    "totally",
    "slowly",
    "kind",
    "of",
    "keeps",
    "kept",
    "allegedly",
    "reportedly",
    "apparently",
    // "her nephew has maybe been cashing her checks": a hedge between subject and verb
    // leaves the subject the doer.
    "maybe",
    "perhaps",
    "possibly",
    "probably",
    "once",
    "again",
    "actually",
    "even",
    "ever",
    "reportedly",
    "repeatedly",
    "regularly",
    "usually",
    "not",
    "didn't",
    "doesn't",
    "don't",
    "hasn't",
    "won't",
    "wouldn't",
    "can't",
];

/// Auxiliaries and adverbs between a subject and its verb ("is going to", "nearly").
const IMMEDIATE_SKIP: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "'s",
    "has",
    "had",
    "have",
    "been",
    "will",
    "would",
    "could",
    "can",
    "might",
    "may",
    "just",
    "nearly",
    "almost",
    "really",
    "literally",
    "gonna",
    "going",
    "to",
    "totally",
    "slowly",
    "basically",
    "practically",
    "kinda",
    "always",
    // Regional intensifiers: Southern US "flat killing her", "plumb wore out", Scots "pure
    // killing him".
    "flat",
    "plumb",
    "pure",
    "absolutely",
    // "the maths is also killing him".
    "also",
    "still",
    "maybe",
    "perhaps",
    "possibly",
    "probably",
];

/// Words after which a noun phrase is the subject of what follows.
const SUBJECT_INTRO: &[&str] = &[
    ",",
    ";",
    ":",
    "\"",
    "and",
    "but",
    "that",
    "said",
    "says",
    "say",
    "reports",
    "reported",
    "told",
    "tells",
    "states",
    "stated",
    "disclosed",
    "discloses",
    "worries",
    "worried",
    "thinks",
    "believes",
    "learned",
    "mentioned",
    "shared",
    "when",
    "after",
    "because",
    "since",
    "while",
    "if",
    "whether",
    "then",
    "also",
    "so",
    "feels",
    "felt",
    "fears",
    "admits",
    "admitted",
    "explained",
    "noted",
    "adds",
    "added",
    "says",
    "how",
    "where",
    "who",
];

/// A third party named at token `k`: (first token, last token, relation, gender, possessive
/// gender). "her mom's boyfriend" names the boyfriend.
fn noun_phrase(toks: &[Tok], k: usize) -> Option<(usize, usize, Rel, Gender, Option<Gender>)> {
    let t = &toks[k];
    if t.punct {
        return None;
    }
    // Anyone-words stand alone; "no one" is two words.
    if t.is("no") && toks.get(k + 1).is_some_and(|n| n.is("one")) {
        return Some((k, k + 1, Rel::Anyone, Gender::Neutral, None));
    }
    if let Some((Rel::Anyone, g)) = relation(&t.norm) {
        return Some((k, k, Rel::Anyone, g, None));
    }
    // "half her friends vape", "most of his mates drink": a share of a group is the group's.
    if matches!(
        t.norm.as_str(),
        "half" | "most" | "all" | "many" | "several" | "both" | "none" | "some" | "few"
    ) {
        let j = if toks.get(k + 1).is_some_and(|n| n.is("of")) {
            k + 2
        } else {
            k + 1
        };
        if toks.get(j).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "his" | "her" | "their" | "my" | "our" | "your" | "the"
            )
        }) {
            if let Some((_, end, rel, g, dg)) = noun_phrase(toks, j) {
                return Some((k, end, rel, g, dg));
            }
        }
    }
    // "One of his soldiers killed himself", "one of her students": one of a group of people
    // is a person of that group.
    if matches!(
        t.norm.as_str(),
        "one" | "two" | "three" | "each" | "any" | "either"
    ) && toks.get(k + 1).is_some_and(|n| n.is("of"))
        && toks.get(k + 2).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "his" | "her" | "their" | "my" | "our" | "your" | "the"
            )
        })
    {
        let head = (k + 3..(k + 6).min(toks.len()))
            .take_while(|&j| !toks[j].punct)
            .find(|&j| is_person_noun(&toks[j].norm) || verb_like(&toks[j]))
            .filter(|&j| is_person_noun(&toks[j].norm));
        if let Some(j) = head {
            let (rel, g) = relation(&toks[j].norm).unwrap_or((Rel::Other, Gender::Neutral));
            return Some((k, j, rel, g, det_gender(&toks[k + 2].norm)));
        }
    }
    // "Dad's cousin", "Mum's boyfriend": a relation's possessive before another relation
    // opens the phrase as a determiner does.
    let relation_possessive = t.norm.ends_with("'s")
        && relation(&t.norm).is_some()
        && (k + 1..(k + 4).min(toks.len()))
            .take_while(|&j| !toks[j].punct && !verb_like(&toks[j]))
            .any(|j| relation(&toks[j].norm).is_some());
    let det = DETERMINERS.contains(&t.norm.as_str())
        || relation_possessive
        || (t.norm.ends_with("'s") && relation(&t.norm).is_none() && !is_subject_pronoun(&t.norm));
    if t.is("the")
        && toks
            .get(k + 1)
            .is_some_and(|n| THE_CLIENT.contains(&n.norm.as_str()))
    {
        return None;
    }
    // "our guy admits he's been cashing his mother's checks", "our girl": a team's word for
    // the client it shares (Northern English "our kid" is a sibling and stays a relation).
    if t.is("our")
        && toks
            .get(k + 1)
            .is_some_and(|n| OUR_CLIENT.contains(&n.norm.as_str()))
    {
        return None;
    }
    // "The patient's husband, who is the attendant, beats her": the client's possessive after
    // "the" opens the phrase as "her" does.
    if t.is("the")
        && toks.get(k + 1).is_some_and(|n| {
            n.norm
                .strip_suffix("'s")
                .is_some_and(|b| THE_CLIENT.contains(&b))
        })
    {
        if let Some((_, end, rel, g, _)) = noun_phrase(toks, k + 1) {
            return Some((k, end, rel, g, Some(Gender::Neutral)));
        }
    }
    // Irish and Scottish "your man", "yer woman": the person being talked about, in a note
    // the client, never a third party.
    if matches!(t.norm.as_str(), "your" | "yer")
        && toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "man" | "woman" | "one" | "fella"))
    {
        return None;
    }
    if det {
        let dg = det_gender(&t.norm);
        // Up to two adjectives, then a relation noun; a possessive noun chains ("mom's").
        let mut j = k + 1;
        let mut adjectives = 0;
        while j < toks.len() && !toks[j].punct {
            let n = &toks[j].norm;
            // "her fifteen-year-old": a child ("a twenty-two-year-old married female" after
            // "The patient," describes the client herself).
            let described = matches!(t.norm.as_str(), "a" | "an")
                && toks.get(j + 3).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "married"
                            | "single"
                            | "divorced"
                            | "widowed"
                            | "separated"
                            | "female"
                            | "male"
                            | "woman"
                            | "man"
                            | "lady"
                            | "gentleman"
                            | "patient"
                            | "client"
                            | "veteran"
                            | "mother"
                            | "father"
                            | "student"
                    )
                });
            if !described
                && toks
                    .get(j + 1)
                    .is_some_and(|x| x.is("year") || x.is("years"))
                && toks
                    .get(j + 2)
                    .is_some_and(|x| matches!(x.norm.as_str(), "old" | "olds" | "old's" | "olds'"))
            {
                return Some((k, j + 2, Rel::Child, Gender::Neutral, dg));
            }
            // Scots "the wee man", "her wee lass": a small boy or girl ("as a wee lad" is
            // the speaker's own childhood).
            if toks[j - 1].is("wee")
                && matches!(
                    t.norm.as_str(),
                    "the" | "her" | "his" | "their" | "my" | "our" | "your"
                )
                && matches!(
                    n.as_str(),
                    "man" | "fella" | "lad" | "lass" | "boy" | "girl"
                )
            {
                return Some((k, j, Rel::Child, Gender::Neutral, dg));
            }
            // "the wee one", "her little one", "the youngest one": a child, said with a size or
            // birth-order word before "one".
            if n == "one"
                && matches!(
                    toks[j - 1].norm.as_str(),
                    "wee"
                        | "little"
                        | "littlest"
                        | "baby"
                        | "youngest"
                        | "eldest"
                        | "oldest"
                        | "middle"
                        | "young"
                )
            {
                return Some((k, j, Rel::Child, Gender::Neutral, dg));
            }
            // "his old man", "her old lady": a parent in slang, after a possessive.
            if matches!(n.as_str(), "man" | "lady" | "woman")
                && toks[j - 1].is("old")
                && matches!(t.norm.as_str(), "his" | "her" | "my" | "their" | "your")
            {
                let g = if n == "man" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                return Some((k, j, Rel::Parent, g, dg));
            }
            // "her man's never raised a hand to her", "his woman", "her fella": a partner in
            // Scots, Irish, Northern English and AAVE, said right after the possessive.
            if j == k + 1 && matches!(t.norm.as_str(), "his" | "her" | "my" | "their") {
                let partner = match n.trim_end_matches("'s") {
                    "man" | "fella" | "feller" | "bloke" | "fellow" => Some(Gender::Male),
                    "woman" | "missus" | "lass" => Some(Gender::Female),
                    _ => None,
                };
                if let Some(g) = partner {
                    return Some((k, j, Rel::Intimate, g, dg));
                }
                // "Her lad got stabbed": a son in Northern English and Scots.
                match n.trim_end_matches("'s") {
                    "lad" | "laddie" | "loon" => return Some((k, j, Rel::Child, Gender::Male, dg)),
                    "quine" => return Some((k, j, Rel::Child, Gender::Female, dg)),
                    "wean" | "bairn" => return Some((k, j, Rel::Child, Gender::Neutral, dg)),
                    _ => {}
                }
            }
            if n == "ex" && toks.get(j + 1).is_some_and(|x| relation(&x.norm).is_some()) {
                j += 1;
                continue;
            }
            if let Some((rel, g)) = relation(n) {
                // Up to two adjectives may stand between ("her husband's best friend").
                if n.ends_with("'s")
                    && (j + 1..(j + 4).min(toks.len()))
                        .take_while(|&i| !toks[i].punct && !verb_like(&toks[i]))
                        .any(|i| relation(&toks[i].norm).is_some())
                {
                    // "her mom's boyfriend": the boyfriend is the party.
                    j += 1;
                    continue;
                }
                // "a kid at school", "some boy in his class": a child named with an
                // indefinite article is anyone's child, a peer, not the client's own.
                if rel == Rel::Child
                    && matches!(t.norm.as_str(), "a" | "an" | "some" | "another")
                    && matches!(
                        n.as_str(),
                        "kid" | "kids" | "boy" | "boys" | "girl" | "girls" | "child" | "children"
                    )
                {
                    return Some((k, j, Rel::Other, g, dg));
                }
                return Some((k, j, rel, g, dg));
            }
            // "his old platoon sergeant", "her former squad leader": a role named with a
            // possessive is another person.
            if matches!(
                t.norm.as_str(),
                "his" | "her" | "their" | "my" | "our" | "your"
            ) && (k == 0
                || matches!(
                    toks[k - 1].norm.as_str(),
                    "," | "and" | "that" | "said" | "says" | "but" | "when" | "because"
                ))
                && role_noun(n)
                && !CLIENT_WORDS.contains(&n.as_str())
                && !matches!(n.as_str(), "client" | "patient" | "clients" | "patients")
                && toks.get(j + 1).is_none_or(|x| {
                    // "his old sergeant from the regiment killed himself": a short phrase
                    // after the role.
                    x.punct
                        || verb_like(x)
                        || matches!(
                            x.norm.as_str(),
                            "from" | "at" | "in" | "on" | "down" | "up" | "across"
                        )
                })
                && !matches!(
                    n.as_str(),
                    "former" | "other" | "older" | "younger" | "elder"
                )
                && n.len() > 3
            {
                return Some((k, j, Rel::Other, Gender::Neutral, dg));
            }
            // "He brought up that a farmer two counties over killed himself": a role named
            // with an indefinite article at a clause's start brings in someone new; never
            // after a copula ("she is a nurse who ...": the client described).
            if matches!(t.norm.as_str(), "a" | "an")
                && (k == 0
                    || matches!(
                        toks[k - 1].norm.as_str(),
                        "," | "and" | "that" | "said" | "says" | "but" | "when" | "because"
                    ))
                && j == k + 1
                && role_noun(n)
                && !CLIENT_WORDS.contains(&n.as_str())
                && !matches!(n.as_str(), "client" | "patient" | "clients" | "patients")
                && n.len() > 3
            {
                return Some((k, j, Rel::Other, Gender::Neutral, dg));
            }
            // "said that if the boss fires her": a subordinator or a second determiner is no
            // adjective; "that" there was a conjunction, and no noun phrase starts at it.
            if SUBORDINATORS.contains(&n.as_str()) || DETERMINERS.contains(&n.as_str()) {
                return None;
            }
            adjectives += 1;
            if adjectives > 2 {
                return None;
            }
            j += 1;
        }
        return None;
    }
    // A bare capitalised relation ("Dad admitted", "Mom denies").
    if t.capital {
        if let Some((rel, g)) = relation(&t.norm) {
            if rel != Rel::Other {
                return Some((k, k, rel, g, None));
            }
        }
    }
    None
}

fn is_client_word(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let prev_det =
        k > 0 && DETERMINERS.contains(&toks[k - 1].norm.as_str()) && !toks[k - 1].is("the");
    // "Pt's been throwing crockery": "'s" for "has" or "is" before a participle.
    let contracted = t.norm.strip_suffix("'s").filter(|_| {
        toks.get(k + 1)
            .is_some_and(|x| contraction_after(&x.norm) || x.norm.ends_with("ing"))
    });
    let word = contracted.unwrap_or(t.norm.as_str());
    CLIENT_WORDS.contains(&word) && !prev_det || opening_client_noun(toks, k)
}

/// Words after "'s" that make it "has" or "is", not a genitive ("Mia's been sleeping",
/// "Pt's not drinking").
pub(crate) fn contraction_after(next: &str) -> bool {
    matches!(
        next,
        "been"
            | "got"
            | "gotten"
            | "going"
            | "not"
            | "had"
            | "never"
            | "always"
            | "still"
            | "now"
            | "locked"
            | "jailed"
            | "inside"
    )
}

/// Shorthand that opens a note's sentence with a bare noun for the client ("Girl tearful,
/// says ...", "Lad reports ...", "Young man denies ..."); anywhere else, or with a
/// determiner ("the man who hit her"), these nouns name someone else.
fn opening_client_noun(toks: &[Tok], k: usize) -> bool {
    let opens = |i: usize| i == 0 || toks[i - 1].punct && !toks[i - 1].is(",");
    matches!(
        toks[k].norm.as_str(),
        "girl"
            | "boy"
            | "lad"
            | "lass"
            | "man"
            | "woman"
            | "gent"
            | "gentleman"
            | "lady"
            | "bloke"
            | "chap"
            | "fella"
            | "guy"
            | "youth"
            | "youngster"
            // Peer support calls the person served a "peer"; programmes say "participant"
            // or "consumer": bare at a sentence's opening, that is the note's subject.
            | "peer"
            | "participant"
            | "consumer"
    ) && (opens(k) || k >= 1 && opens(k - 1) && age_word(&toks[k - 1]) || opened_by_this(toks, k))
        || the_old_client(toks, k)
}

/// "The old man hit the nurse with his stick", "his grandson is saying the old man hit the
/// driver": in an old-age note "the old man" opening a sentence, or told of by a speaker,
/// is the client; not one placed elsewhere ("the old man next door", "the old man who").
/// "This one, the young man from ..." points at the client, then names him.
fn the_old_client(toks: &[Tok], k: usize) -> bool {
    if k < 2
        || !matches!(
            toks[k].norm.as_str(),
            "man" | "woman" | "lady" | "gentleman" | "gent" | "fella" | "chap"
        )
        || !matches!(toks[k - 1].norm.as_str(), "old" | "elderly" | "young")
        || !toks[k - 2].is("the")
    {
        return false;
    }
    let d = k - 2;
    // "This one, the young man from Tessaoua, he is taking ...": the one the dictation
    // points at first, then names, is the client wherever he is from.
    let pointed = d >= 3
        && toks[d - 1].is(",")
        && toks[d - 2].is("one")
        && toks[d - 3].is("this")
        && (d == 3 || toks[d - 4].punct);
    if pointed {
        return true;
    }
    if toks[k - 1].is("young") {
        return false;
    }
    let opens = d == 0
        || toks[d - 1].punct && !toks[d - 1].is(",")
        || matches!(
            toks[d - 1].norm.as_str(),
            "saying" | "says" | "said" | "reports" | "reported" | "states" | "stated" | "that"
        );
    let placed = toks.get(k + 1).is_some_and(|n| {
        matches!(
            n.norm.as_str(),
            "next"
                | "who"
                | "that"
                | "from"
                | "at"
                | "in"
                | "on"
                | "across"
                | "upstairs"
                | "downstairs"
                | "down"
                | "up"
                | "over"
                | "with"
                | "whose"
                | "'s"
                | "opposite"
                | "by"
                | "behind"
                | "along"
                | "near"
        )
    });
    opens && !placed
}

/// "young", "old" and the like before a noun that names a person by age.
fn age_word(t: &Tok) -> bool {
    matches!(
        t.norm.as_str(),
        "young" | "older" | "elderly" | "old" | "new" | "little" | "small"
    )
}

/// "This young man, hm, he is taking codeine syrup", "This uncle at the longhouse, he say
/// ...": the dictation's "this" at an opening, before the noun at `k` (an age word may stand
/// between), points at the one being seen ("the man", "her uncle" may be anyone).
pub(crate) fn opened_by_this(toks: &[Tok], k: usize) -> bool {
    let opens = |i: usize| i == 0 || toks[i - 1].punct && !toks[i - 1].is(",");
    let this = |i: usize| toks[i].is("this") && opens(i);
    k >= 1 && this(k - 1) || k >= 2 && age_word(&toks[k - 1]) && this(k - 2)
}

/// The sex a third-person pronoun or possessive names ("he's", "his", "hers"), for readings
/// that weigh who a sentence or memo is about.
pub(crate) fn third_person_sex(norm: &str) -> Option<Gender> {
    match norm {
        "he" | "he's" | "he'd" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "she's" | "she'd" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// A quotation mark that may open a quote (the tokenizer gives straight quotes as `"`).
fn opening_quote(t: &Tok) -> bool {
    t.punct && matches!(t.norm.as_str(), "'" | "\"" | "‘" | "“")
}

fn verb_like(t: &Tok) -> bool {
    let n = t.norm.as_str();
    if NOT_VERBS.contains(&n) || DETERMINERS.contains(&n) || pronoun(n).is_some() {
        return false;
    }
    AUX.contains(&n)
        || n == "who"
        || (n.len() > 3 && (n.ends_with("ed") || n.ends_with('s') || n.ends_with("ing")))
        || matches!(
            n,
            "told"
                | "said"
                | "hit"
                | "cut"
                | "took"
                | "got"
                | "keeps"
                | "threw"
                | "broke"
                | "hurt"
                | "wants"
                | "came"
                // Irregular pasts the suffix test misses: "He told me his brother drank".
                | "drank"
                | "drove"
                | "ran"
                | "went"
                | "ate"
                | "stole"
                | "sold"
                | "bought"
                | "fought"
                | "shot"
                | "beat"
                | "kept"
                | "gave"
                | "made"
                | "did"
                | "fell"
                | "struck"
                | "swore"
                | "overdid"
                | "lost"
                | "sent"
                | "spent"
                | "slept"
                | "bit"
                | "held"
                | "knew"
                | "threatened"
        )
}

/// Words the crude verb test would take for verbs ("this" ends in s).
const NOT_VERBS: &[&str] = &[
    "this",
    "his",
    "hers",
    "its",
    "yes",
    "less",
    "unless",
    "perhaps",
    "always",
    "thus",
    "news",
    "plus",
    "across",
    "towards",
    "afterwards",
    "sometimes",
    "times",
    "days",
    "weeks",
    "nights",
    "months",
    "years",
    "kids",
    "parents",
    "friends",
    "others",
    "during",
    "morning",
    "evening",
    "nothing",
    "something",
    "anything",
    "everything",
    "thing",
    "things",
    "bus",
    "class",
];

/// Adjectives of a person's state or temper, said after "is" ("he's short with the kids",
/// "her dad's drunk again"): after a noun's "'s" they mark the contraction, not a possessive.
const PERSON_STATES: &[&str] = &[
    "short",
    "angry",
    "cross",
    "mad",
    "furious",
    "fuming",
    "raging",
    "moody",
    "grumpy",
    "irritable",
    "snappy",
    "distant",
    "cold",
    "nasty",
    "violent",
    "aggressive",
    "hostile",
    "abusive",
    "volatile",
    "erratic",
    "unpredictable",
    "drunk",
    "sober",
    "clean",
    "sick",
    "ill",
    "unwell",
    "worse",
    "better",
    "fine",
    "okay",
    "different",
    "quiet",
    "withdrawn",
    "paranoid",
    "jealous",
    "controlling",
    "possessive",
    "lazy",
    "useless",
    "stressed",
    "depressed",
    "low",
    "scared",
    "afraid",
    "worried",
    "upset",
    "home",
    "away",
    "gone",
    "unemployed",
    "off",
];

/// One subject candidate in a clause.
#[derive(Debug, Clone, Copy)]
struct Cand {
    end: usize,
    kind: CandKind,
    /// A third party named inside a subordinate clause ("if the landlord clears the flat"):
    /// it does not take a pronoun from the main clause's own subject.
    sub: bool,
    /// A plural noun ("the men"): never the antecedent of "he" or "she".
    plural: bool,
    /// A party who has just left, in a clause of its own ("when the nurse stepped out he
    /// said ..."): the one left behind speaks next, not the one who went.
    gone: bool,
    /// A party who acts on "him" or "her" ("if the landlord throws him out, he will kill him",
    /// "a passer-by grabbed her; she says she was going over"): that pronoun is someone else,
    /// and a later pronoun of its gender picks up that one, not the party.
    acted_on: Option<Gender>,
}

/// Words that open a subordinate clause whose subject is no main-clause topic.
const SUBORDINATORS: &[&str] = &[
    "if", "when", "unless", "because", "after", "before", "once", "until", "whether", "since",
    "while", "whenever",
];

/// Whether the party ending at `end` leaves right after it is named ("the nurse stepped out",
/// "mum left the room", "her dad went to get the car").
fn departed(toks: &[Tok], end: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    let mut v = end + 1;
    if matches!(w(v), "had" | "has" | "was" | "just") {
        v += 1;
    }
    if w(v) == "just" {
        v += 1;
    }
    match w(v) {
        // Not "when her brother left the knife out": a thing left is no leaving.
        "left" | "leaves" => match w(v + 1) {
            "the" => matches!(
                w(v + 2),
                "room" | "house" | "office" | "session" | "building" | "clinic" | "ward" | "cell"
            ),
            "" | "early" | "briefly" | "for" | "to" | "and" | "him" | "her" | "them" => true,
            _ => toks.get(v + 1).is_some_and(|t| t.punct),
        },
        "stepped" | "steps" | "went" | "goes" | "walked" | "walks" | "popped" | "pops"
        | "nipped" | "nips" | "ran" | "slipped" => {
            matches!(w(v + 1), "out" | "outside" | "away" | "off" | "to" | "for")
        }
        "out" => matches!(w(v + 1), "of"),
        _ => false,
    }
}

/// Whether the noun phrase starting at `k` and ending at `end` is a plural third party, and
/// whether it stands right after a subordinator.
fn phrase_shape(toks: &[Tok], k: usize, end: usize) -> (bool, bool) {
    let head = toks[end].norm.as_str();
    let plural = matches!(
        head,
        "men" | "women" | "people" | "children" | "police" | "staff" | "folk" | "folks"
    ) || (head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("'s")
        && !matches!(head, "boss" | "his" | "this" | "mrs" | "ms"));
    // Past a determiner: "if the landlord clears the flat".
    let mut j = k;
    while j > 0 && DETERMINERS.contains(&toks[j - 1].norm.as_str()) {
        j -= 1;
    }
    // Or anywhere earlier in its own clause: "if he ever saw the man who shot his brother".
    let clause_start = (0..j)
        .rev()
        .find(|&i| toks[i].punct || matches!(toks[i].norm.as_str(), "and" | "but"))
        .map_or(0, |i| i + 1);
    let sub = (j > 0 && SUBORDINATORS.contains(&toks[j - 1].norm.as_str()))
        || toks[clause_start..j]
            .iter()
            .any(|t| SUBORDINATORS.contains(&t.norm.as_str()));
    (sub, plural)
}

/// "She's angry with her brother for turning up drunk", "furious at his dad for drinking
/// the rent": the one blamed is the subject of the "-ing" after "for".
fn blamed_for(toks: &[Tok], k: usize, end: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    let mut j = k;
    while j > 0 && DETERMINERS.contains(&w(j - 1)) {
        j -= 1;
    }
    j >= 2
        && matches!(w(j - 1), "with" | "at")
        && matches!(
            w(j - 2),
            "angry"
                | "furious"
                | "cross"
                | "mad"
                | "upset"
                | "annoyed"
                | "fuming"
                | "livid"
                | "raging"
                | "disgusted"
                | "ashamed"
                | "embarrassed"
                | "disappointed"
        )
        && w(end + 1) == "for"
        && w(end + 2).ends_with("ing")
}

/// "Since the baby, she'd not mind if ...", "after the funeral, he ...": a noun right after
/// a subordinator with no verb before the clause's mark names a time or an event, no one
/// who could be a later pronoun's antecedent.
fn event_noun(toks: &[Tok], k: usize, end: usize, verb_at: usize, follows_verb: bool) -> bool {
    let mut j = k;
    while j > 0 && DETERMINERS.contains(&toks[j - 1].norm.as_str()) {
        j -= 1;
    }
    !follows_verb
        && j > 0
        && matches!(
            toks[j - 1].norm.as_str(),
            "since" | "after" | "before" | "until" | "till"
        )
        && verb_at == end + 1
        && toks
            .get(end + 1)
            .is_some_and(|x| x.punct && !opening_quote(x))
}

#[derive(Debug, Clone, Copy)]
enum CandKind {
    ClientWord,
    Pronoun(Gender),
    Third(Rel, Gender, Option<Gender>),
}

fn candidates(toks: &[Tok], upto: usize) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < upto {
        let t = &toks[k];
        if let Some((end, kind)) = subject_by_setting(toks, k).filter(|&(end, _)| end < upto) {
            out.push(Cand {
                end,
                kind,
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
            k = end + 1;
            continue;
        }
        // "Says if the man comes back he'll kill him": a line that opens on a bare reporting
        // verb has the client as its unspoken subject, the main subject a party inside the
        // if-clause does not take the pronoun from.
        if k == 0
            && upto > 1
            && matches!(
                t.norm.as_str(),
                "says"
                    | "said"
                    | "states"
                    | "stated"
                    | "reports"
                    | "reported"
                    | "admits"
                    | "admitted"
                    | "tells"
                    | "told"
                    | "say"
            )
            // Only before a subordinate clause ("Says if ...", "Said when ..."): elsewhere the
            // first pronoun may be the client or the one told of ("Reports he put his hands on
            // her throat"), as the rest of the line decides.
            && toks.get(1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "if" | "when" | "whenever" | "unless" | "once" | "next"
                )
            })
        {
            out.push(Cand {
                end: 0,
                kind: CandKind::ClientWord,
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
            k = 1;
            continue;
        }
        // "Girl tearful, says ...", "Young man reports ...": the note's own subject.
        let opening = [k, k + 1, k + 2]
            .into_iter()
            .find(|&j| j < upto && opening_client_noun(toks, j));
        if let Some(end) = opening {
            out.push(Cand {
                end,
                kind: CandKind::ClientWord,
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
            k = end + 1;
            continue;
        }
        // "Her sister came to tell me Dale is back on the crank": a relative's reported clause
        // with no "that" opens on its own subject (not "She told me Brett took her keys",
        // where the client tells of someone else).
        let told_me = k >= 3
            && matches!(toks[k - 1].norm.as_str(), "me" | "us")
            && matches!(
                toks[k - 2].norm.as_str(),
                "tell" | "told" | "tells" | "telling" | "warn" | "warned" | "warns" | "assured"
            )
            && pronoun(&toks[k - 3].norm).is_none()
            && !CLIENT_WORDS.contains(&toks[k - 3].norm.as_str())
            && toks[..k - 2].iter().any(|t| is_relation(&t.norm));
        let intro = k == 0 || SUBJECT_INTRO.contains(&toks[k - 1].norm.as_str()) || told_me;
        if let Some((_, end, rel, g, dg)) = noun_phrase(toks, k) {
            if end < upto {
                // "her son, Tony, had an overdose": a name in apposition stands between the
                // noun and its verb.
                // "the son of her, Tony, had": the possessor said after the noun, as in
                // Spanish and other Romance languages.
                let mut after = end + 1;
                if toks.get(after).is_some_and(|x| x.is("of"))
                    && toks
                        .get(after + 1)
                        .is_some_and(|x| matches!(x.norm.as_str(), "her" | "him" | "them"))
                {
                    after += 2;
                }
                let named = toks.get(after).is_some_and(|x| x.is(","))
                    && toks.get(after + 1).is_some_and(|x| x.capital && !x.punct)
                    && toks.get(after + 2).is_some_and(|x| x.is(","));
                // "his mate Gaz relapsed": a name in apposition with no commas.
                let bare_name = !named
                    && toks.get(after).is_some_and(|x| {
                        x.capital
                            && !x.punct
                            && relation(&x.norm).is_none()
                            && pronoun(&x.norm).is_none()
                            && !(x.norm == "i" || x.norm.starts_with("i'"))
                    })
                    && toks.get(after + 1).is_some_and(verb_like);
                let named = named || bare_name;
                let verb_at = if bare_name {
                    after + 1
                } else if named {
                    after + 3
                } else {
                    after
                };
                // "daughter 'drinks too much wine'": a quote may open before the verb.
                let follows_verb = toks.get(verb_at).is_some_and(verb_like)
                    || toks.get(verb_at).is_some_and(opening_quote)
                        && toks.get(verb_at + 1).is_some_and(verb_like);
                // "her husband's 'drinking more than he ought to'": a quotation may open
                // after the "'s" before the "-ing" form.
                let nx = if toks.get(end + 1).is_some_and(opening_quote) {
                    end + 2
                } else {
                    end + 1
                };
                // "his best mate's been self-harming": "'s" before a participle or an adverb
                // is "has" or "is", and the noun is the subject.
                let contraction = toks.get(end + 1).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "been"
                            | "got"
                            | "gone"
                            | "had"
                            | "started"
                            | "taken"
                            | "tried"
                            | "done"
                            | "not"
                            | "never"
                            | "always"
                            | "still"
                            | "going"
                            | "getting"
                            | "just"
                            // "his brother's a week out of jail and back on the heroin",
                            // "her mate's back on it": a possessive never stands before these.
                            | "a"
                            | "an"
                            | "back"
                            | "out"
                            | "off"
                            // "his brother's on the cocaine", "her mum's in rehab".
                            | "on"
                            | "in"
                            // "his big brother's locked up in Amarillo for stabbing a guy":
                            // held somewhere, never a thing possessed.
                            | "locked"
                            | "jailed"
                            | "inside"
                            | "banged"
                    )
                }) || (toks.get(nx).is_some_and(|x| x.norm.ends_with("ing"))
                    // "Her brother's drinking again and rang her drunk": "'s" before an
                    // "-ing" form and an adverb of how often or how much is "is" ("her
                    // brother's drinking worries her" keeps the possessive).
                    && toks.get(nx + 1).is_some_and(|x| {
                        matches!(
                            x.norm.as_str(),
                            "again" | "heavily" | "daily" | "more" | "every" | "most" | "hard"
                        )
                    }))
                    // "Her husband's short with the kids and drinks": "'s" before a
                    // person's state that a preposition, a conjunction or a comma follows is
                    // "is" ("her husband's angry outbursts" keeps the possessive).
                    || (toks
                        .get(end + 1)
                        .is_some_and(|x| PERSON_STATES.contains(&x.norm.as_str()))
                        && toks.get(end + 2).is_some_and(|x| {
                        matches!(
                            x.norm.as_str(),
                            "with" | "about" | "at" | "towards" | "toward" | "and" | "but"
                                | "," | "." | "lately" | "again" | "now" | "since" | "these"
                        )
                    }));
                let possessive = toks[end].norm.ends_with("'s") && !contraction;
                // "anyone at home hitting her": a household in subject position.
                let at_home = rel == Rel::Anyone
                    && toks.get(end + 1).is_some_and(|x| x.is("at") || x.is("in"))
                    && toks
                        .get(end + 2)
                        .is_some_and(|x| x.is("home") || x.is("the") || x.is("her") || x.is("his"));
                // "her pal at school has been cutting", "his mate from work is": a short
                // prepositional phrase between the noun and its verb.
                let pp_verb = toks.get(end + 1).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "at" | "in" | "from" | "of" | "on" | "down" | "across" | "up"
                    )
                }) && toks
                    .iter()
                    .enumerate()
                    .skip(end + 2)
                    .take(3)
                    .take_while(|(_, x)| !x.punct)
                    .any(|(j, x)| {
                        j > end + 2
                                && verb_like(x)
                                // "a tenant on her floor overdosed", "a neighbour down the
                                // road hanged himself": a past verb after the phrase.
                                && (x.norm.ends_with("ed")
                                    || matches!(
                                    x.norm.as_str(),
                                    "has"
                                        | "is"
                                        | "was"
                                        | "had"
                                        | "have"
                                        | "are"
                                        | "were"
                                        | "keeps"
                                        | "kept"
                                        | "'s"
                                        // Irregular pasts: "his mate from the army took
                                        // his own life", "her cousin in Fresno shot
                                        // himself".
                                        | "took"
                                        | "shot"
                                        | "hung"
                                        | "got"
                                        | "went"
                                        | "ran"
                                        | "fell"
                                        | "drank"
                                        | "threw"
                                        | "hit"
                                        | "beat"
                                        | "broke"
                                        | "drove"
                                        | "overdid"
                                ))
                    });
                let follows_verb = follows_verb || at_home || pp_verb;
                // "Mom found searches on his laptop": a witness, not the one who did it.
                let witness = toks.get(end + 1).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "found"
                            | "saw"
                            | "sees"
                            | "noticed"
                            | "notices"
                            | "discovered"
                            | "caught"
                            | "overheard"
                            | "heard"
                            | "read"
                            | "seen"
                    )
                }) || (toks.get(end + 1).is_some_and(|x| {
                    // "Her roommate walked in on her cutting": a witness.
                    matches!(x.norm.as_str(), "walked" | "walks" | "came" | "comes")
                }) && toks.get(end + 2).is_some_and(|x| x.is("in"))
                    && toks.get(end + 3).is_some_and(|x| x.is("on")))
                    || (toks.get(end + 1).is_some_and(|x| {
                        // "the crew haven't seen him in drink": a witness, denied or not.
                        matches!(
                            x.norm.as_str(),
                            "had" | "has" | "hadn't" | "hasn't" | "haven't" | "never"
                        )
                    }) && toks.get(end + 2).is_some_and(|x| {
                        matches!(x.norm.as_str(), "seen" | "found" | "noticed" | "heard")
                    }));
                // "He and his brother got into a fight": the client is in the subject too.
                let with_client = k >= 2
                    && toks[k - 1].is("and")
                    && (is_subject_pronoun(&toks[k - 2].norm) || is_client_word(toks, k - 2));
                // "Lily told a school friend she wants to be dead": the one told is the
                // recipient; the pronoun after it is the teller's (reported speech).
                let recipient = k > 0
                    && matches!(
                        toks[k - 1].norm.as_str(),
                        "told"
                            | "tells"
                            | "telling"
                            | "tell"
                            | "texted"
                            | "messaged"
                            | "warned"
                            | "promised"
                            | "reassured"
                            | "assured"
                    )
                    && toks.get(end + 1).is_some_and(|x| {
                        is_subject_pronoun(&x.norm)
                            || x.is("that")
                            // "Client told her daughter 'you won't have to worry about me'":
                            // a quotation addressed to the one told.
                            || matches!(x.norm.as_str(), "\"" | "“" | "'" | "‘" | ":")
                            || x.norm.split('\'').next() == Some("you")
                    });
                // "Dad insists he's a calm guy", "Mum admitted she ...": a parent the note
                // opens on by a bare title, telling the session something, is the one the note
                // is about (parent work, child protection); the corpus voices write so.
                // Not where someone else is named as the teller ("..., the boy told me").
                let other_teller = || {
                    toks.iter().enumerate().skip(2).any(|(i, x)| {
                        matches!(
                            x.norm.as_str(),
                            "told" | "tells" | "said" | "says" | "reported" | "reports"
                        ) && (relation(&toks[i - 1].norm).is_some() || role_noun(&toks[i - 1].norm))
                    })
                };
                let titled_teller = k == 0
                    && end == 0
                    && t.capital
                    && rel == Rel::Parent
                    && toks.get(1).is_some_and(|x| {
                        matches!(
                            x.norm.as_str(),
                            "says"
                                | "said"
                                | "insists"
                                | "insisted"
                                | "admits"
                                | "admitted"
                                | "acknowledges"
                                | "acknowledged"
                                | "reports"
                                | "reported"
                                | "disclosed"
                                | "discloses"
                                | "denies"
                                | "denied"
                                | "told"
                                | "tells"
                                | "mentioned"
                                | "states"
                                | "stated"
                        )
                    })
                    && !other_teller();
                if titled_teller {
                    out.push(Cand {
                        end,
                        kind: CandKind::ClientWord,
                        sub: false,
                        plural: false,
                        gone: false,
                        acted_on: None,
                    });
                } else if (intro || follows_verb || blamed_for(toks, k, end))
                    && !possessive
                    && !event_noun(toks, k, end, verb_at, follows_verb)
                    && !witness
                    && !with_client
                    && !recipient
                    && !appositive(toks, k, end)
                    && !predicate_nominal(toks, k)
                {
                    let (sub, plural) = phrase_shape(toks, k, end);
                    out.push(Cand {
                        end,
                        kind: CandKind::Third(rel, g, dg),
                        sub,
                        plural,
                        gone: departed(toks, end),
                        acted_on: None,
                    });
                }
                // The apposed name is the same person, no candidate of its own.
                k = if named { verb_at } else { end + 1 };
                continue;
            }
        }
        // Irish "Himself is drinking a bottle of vodka most nights", "she says himself took
        // the keys": "himself" or "herself" standing as a subject is the spouse.
        // "Herself says she doesn't want to die" with no one of the other sex in the
        // sentence is the client, spoken of the same way.
        let other_sex = |g: &[&str]| toks.iter().any(|x| g.contains(&x.norm.as_str()));
        if matches!(t.norm.as_str(), "himself" | "herself")
            && intro
            && toks.get(k + 1).is_some_and(verb_like)
            && if t.is("himself") {
                other_sex(&["she", "she's", "she'd", "her"])
            } else {
                other_sex(&["he", "he's", "he'd", "him", "his"])
            }
        {
            let g = if t.is("himself") {
                Gender::Male
            } else {
                Gender::Female
            };
            out.push(Cand {
                end: k,
                kind: CandKind::Third(Rel::Intimate, g, None),
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
            k += 1;
            continue;
        }
        if is_subject_pronoun(&t.norm) {
            // "Her best friend told her she's been cutting": after "told her" the pronoun is
            // the teller's, a third party named as the subject of "told".
            let told_at = if k >= 2 && toks[k - 1].is("that") {
                k - 1
            } else {
                k
            };
            let teller = (told_at >= 2
                && matches!(toks[told_at - 1].norm.as_str(), "her" | "him" | "me")
                && matches!(
                    toks[told_at - 2].norm.as_str(),
                    "told" | "tells" | "texted" | "messaged" | "confided"
                ))
            .then(|| out.last().copied())
            .flatten()
            .filter(|c| match (c.kind, pronoun(&t.norm)) {
                // "His wife told me he's been ...": a teller of the other gender, or one named
                // by the pronoun's own possessive, is not the pronoun; but where the one told
                // is that possessor ("Her friend told her she's been cutting"), the pronoun
                // after is the teller's. Only a friend or peer confides so; a parent or partner
                // who "told her she's been drinking too much" more often says it of her.
                (CandKind::Third(rel, tg, dg), Some(g)) => {
                    // What a friend confides of herself is self-directed ("she's been
                    // cutting", "she wants to die"); what a friend tells of the one told ("his
                    // pal told him he punched a guy" after a blackout) is the client's.
                    let self_directed = toks[k + 1..toks.len().min(k + 9)].iter().any(|x| {
                        let n = x.norm.as_str();
                        n.starts_with("cut")
                            || n.starts_with("self")
                            || n.ends_with("self")
                            || matches!(
                                n,
                                "harming"
                                    | "suicidal"
                                    | "die"
                                    | "dying"
                                    | "overdose"
                                    | "overdosed"
                                    | "starving"
                                    | "purging"
                                    | "burning"
                            )
                    });
                    let told_the_possessor = rel == Rel::Other
                        && self_directed
                        && pronoun(&toks[told_at - 1].norm) == Some(g)
                        && toks[told_at - 1].norm != "me";
                    compatible(tg, g)
                        && (dg != Some(g) || told_the_possessor)
                        && c.end + 2 <= told_at
                }
                _ => false,
            });
            if let Some(c) = teller {
                out.push(Cand { end: k, ..c });
            } else if let Some(g) = pronoun(&t.norm) {
                out.push(Cand {
                    end: k,
                    kind: CandKind::Pronoun(g),
                    sub: false,
                    plural: false,
                    gone: false,
                    acted_on: None,
                });
            }
        } else if let Some(g) = possessed_subject(toks, k, intro) {
            // "His PO says his last two drug screens were positive": the thing's possessor
            // is the reported clause's person.
            out.push(Cand {
                end: k,
                kind: CandKind::Pronoun(g),
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
        } else if is_client_word(toks, k) || addressed_client(toks, k) {
            out.push(Cand {
                end: k,
                kind: CandKind::ClientWord,
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
        } else if relation(&t.norm).is_some_and(|(r, _)| r != Rel::Anyone)
            && !t.norm.ends_with("'s")
            && !(k > 0 && matches!(toks[k - 1].norm.as_str(), "your" | "yer"))
            && (toks.get(k + 1).is_some_and(verb_like)
                // "daughter 'drinks too much wine'": a quote opened before the verb.
                || toks.get(k + 1).is_some_and(opening_quote)
                    && toks.get(k + 2).is_some_and(verb_like))
            && k < upto
        {
            // A bare relation noun before a verb: "husband slapped her".
            if let Some((rel, g)) = relation(&t.norm) {
                let (sub, plural) = phrase_shape(toks, k, k);
                out.push(Cand {
                    end: k,
                    kind: CandKind::Third(rel, g, None),
                    sub,
                    plural,
                    gone: departed(toks, k),
                    acted_on: None,
                });
            }
        } else if t.capital
            && k > 0
            && !t.punct
            && relation(&t.norm).is_none()
            && intro
            // "taken to A and E": a single letter is no name.
            && t.norm.chars().count() > 1
            // "admitted Friday after an overdose": a day, a month or a feast is no name.
            && !calendar_word(&t.norm)
        {
            // A name in subject position: the client, unless shown otherwise.
            out.push(Cand {
                end: k,
                kind: CandKind::ClientWord,
                sub: false,
                plural: false,
                gone: false,
                acted_on: None,
            });
        }
        k += 1;
    }
    for c in out
        .iter_mut()
        .filter(|c| matches!(c.kind, CandKind::Third(..)))
    {
        c.acted_on = object_pronoun_after(toks, c.end);
    }
    out
}

/// The object pronoun of the clause right after a party ("the landlord throws him out"): the
/// gender of "him" or of an object "her" ("puts her out"), up to the clause's end.
fn object_pronoun_after(toks: &[Tok], end: usize) -> Option<Gender> {
    for k in end + 1..toks.len().min(end + 6) {
        let t = &toks[k];
        // The clause ends at a stop or at the next subject ("if the man comes back he'll
        // kill him": "him" is the main clause's).
        if t.punct || is_subject_pronoun(&t.norm) {
            return None;
        }
        if t.is("him") {
            return Some(Gender::Male);
        }
        let object_her = t.is("her")
            && toks.get(k + 1).is_none_or(|n| {
                n.punct
                    || matches!(
                        n.norm.as_str(),
                        "out"
                            | "off"
                            | "away"
                            | "up"
                            | "down"
                            | "in"
                            | "back"
                            | "again"
                            | "he"
                            | "she"
                    )
            });
        if object_her {
            return Some(Gender::Female);
        }
    }
    None
}

/// "Her father, an ex-matelot in Tavistock, took his own life", "Mr. Jelani, an Iban
/// gentleman of seventy-two, acknowledges that he ...": a noun phrase set between commas
/// right after a relative's noun or a name is that person again, no new person.
fn appositive(toks: &[Tok], k: usize, end: usize) -> bool {
    let named = |t: &Tok| {
        t.capital
            && !t.caps
            && !calendar_word(&t.norm)
            && !t.norm.ends_with("ly")
            && relation(&t.norm).is_none_or(|(r, _)| r != Rel::Other)
    };
    k >= 2
        && toks[k - 1].is(",")
        && (relation(&toks[k - 2].norm).is_some() || named(&toks[k - 2]))
        && matches!(toks[k].norm.as_str(), "a" | "an" | "the")
        && (end + 1..(end + 5).min(toks.len()))
            .take_while(|&i| !verb_like(&toks[i]))
            .any(|i| toks[i].is(","))
}

/// After a reporting verb, a possessive before a thing and a copula ("says his last two drug
/// screens were positive", "reports her breath test was clean"): the possessor's gender.
fn possessed_subject(toks: &[Tok], k: usize, intro: bool) -> Option<Gender> {
    if !intro
        || k == 0
        || !matches!(
            toks[k - 1].norm.as_str(),
            "says" | "said" | "reports" | "reported" | "states" | "stated" | "that"
        )
    {
        return None;
    }
    let g = det_gender(&toks[k].norm)?;
    let verb = (k + 2..(k + 6).min(toks.len())).find(|&j| {
        matches!(
            toks[j].norm.as_str(),
            "was" | "were" | "is" | "are" | "came" | "come" | "have" | "has" | "had"
        )
    })?;
    toks[k + 1..verb]
        .iter()
        .all(|t| {
            !t.punct && relation(&t.norm).is_none() && pronoun(&t.norm).is_none() && !t.capital
        })
        .then_some(g)
}

/// Whether "you" (or "you've", "you're" …) stands before token `k`: a second-person mention
/// is the client's only in a note that speaks to them ("you said you have thought about
/// ending your life"), not in a quoted insult ("he yelled kill yourself at a kid").
pub(crate) fn you_before(toks: &[Tok], k: usize) -> bool {
    toks[..k.min(toks.len())]
        .iter()
        .any(|t| t.norm.split('\'').next() == Some("you"))
}

/// "You" as a subject outside quoted speech: the reader of a note written to the client (a
/// client summary, "you told me a roommate took your charger and you punched him"). Inside
/// quotes it is whoever was spoken to, and no candidate.
fn addressed_client(toks: &[Tok], k: usize) -> bool {
    let base = toks[k].norm.split('\'').next().unwrap_or("");
    base == "you"
        && toks.get(k + 1).is_some_and(|t| !t.punct)
        && toks[..k]
            .iter()
            .filter(|t| t.punct && matches!(t.norm.as_str(), "\"" | "'" | "“" | "”" | "‘" | "’"))
            .count()
            % 2
            == 0
}

/// Whether the words before `k` are the clinician's own: no quotation mark open and no say
/// verb of someone other than "I" ("she says my man hits her" quotes the client).
fn clinician_words(toks: &[Tok], k: usize) -> bool {
    let quotes = toks[..k]
        .iter()
        .filter(|t| t.punct && matches!(t.norm.as_str(), "\"" | "'"))
        .count();
    let reported = (0..k).any(|j| {
        matches!(
            toks[j].norm.as_str(),
            "says"
                | "said"
                | "say"
                | "saying"
                | "tells"
                | "told"
                | "tell"
                | "telling"
                | "states"
                | "stated"
                | "reports"
                | "reported"
        ) && !(j > 0 && toks[j - 1].is("i"))
    });
    quotes % 2 == 0 && !reported
}

/// "The man vex with the town chief ... he tell me plain he want kill the chief", "the old
/// man at Lovoni he told me he wants to drink the paraquat": a sentence that opens on "the
/// man" (or woman, old man, lady) and has that person talk to the clinician ("told me", "when
/// I asked him") is about the one seen, the client, as "the client" is.
fn the_one_seen(toks: &[Tok], k: usize) -> Option<usize> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    if !toks.get(k).is_some_and(|t| t.is("the")) {
        return None;
    }
    let mut j = k + 1;
    if matches!(w(j), "old" | "young" | "elderly" | "older") {
        j += 1;
    }
    let he = match w(j) {
        "man" | "gentleman" | "fella" => "he",
        "woman" | "lady" => "she",
        _ => return None,
    };
    // "the woman next door", "the man at the shop", "the man who ...": words that pick out
    // someone else (a place name, "the old man at Lovoni", picks out where the client lives).
    let picked_out = matches!(
        w(j + 1),
        "next"
            | "from"
            | "who"
            | "whose"
            | "that"
            | "across"
            | "upstairs"
            | "downstairs"
            | "down"
            | "up"
    ) || matches!(w(j + 1), "at" | "in" | "on" | "by")
        && matches!(w(j + 2), "the" | "a" | "his" | "her" | "their" | "my");
    if picked_out {
        return None;
    }
    // Only the sentence's opening phrase, after spoken openers and a greeting or
    // interjection of one word and a comma ("Bula, okay, the old man").
    let skip = if k >= 2 && toks[1].is(",") { 2 } else { 0 };
    let opening = toks[skip.min(k)..k].iter().all(|t| {
        t.punct
            || matches!(
                t.norm.as_str(),
                "okay" | "ok" | "so" | "um" | "uh" | "well" | "now" | "right" | "alright" | "and"
            )
    });
    if !opening {
        return None;
    }
    // The person talks to the clinician: "told me", "tell me", "said to me", "asked him".
    let him = if he == "he" { "him" } else { "her" };
    let talks = (j + 1..toks.len()).any(|i| {
        (matches!(
            w(i),
            "told" | "tell" | "tells" | "telling" | "said" | "say" | "says"
        ) && (i == j + 1 || w(i - 1) == he)
            && (w(i + 1) == "me" || w(i + 1) == "to" && w(i + 2) == "me"))
            || (w(i) == "i" && matches!(w(i + 1), "asked" | "ask") && w(i + 2) == him)
    });
    talks.then_some(j)
}

/// Verbs of telling the session something, right after the person who tells it.
const TELLS: &[&str] = &[
    "says",
    "said",
    "reports",
    "reported",
    "denies",
    "denied",
    "tells",
    "told",
    "admits",
    "admitted",
    "describes",
    "described",
    "disclosed",
    "explained",
    "stated",
    "states",
    "declares",
    "declared",
    "confirms",
    "confirmed",
    "endorses",
    "endorsed",
];

/// Words after "the young lad" or "the woman" that pick out someone else: a relative clause,
/// a place or a group ("the young lad next door", "the man at the shop").
const PICKS_OUT: &[&str] = &[
    "who", "whose", "that", "from", "next", "on", "in", "at", "across", "down", "up", "over",
    "with", "of",
];

/// A subject at `k` that the kind of work decides, with its last token:
/// - "the boy", "the lad", "the young person" named with "the" alone: in child and youth work
///   the client ("Gran says the boy's had no fights"; a relative's child is "her boy");
/// - "both partners", "both parents": the clients of a couple or family session;
/// - a counted group ("two patients have hit him", "several lads jumped him"): others.
fn subject_by_setting(toks: &[Tok], k: usize) -> Option<(usize, CandKind)> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    match w(k) {
        "the"
            if matches!(
                w(k + 1),
                "boy"
                    | "boy's"
                    | "girl"
                    | "girl's"
                    | "lad"
                    | "lad's"
                    | "lass"
                    | "lass's"
                    | "loon"
                    | "loon's"
                    | "quine"
                    | "quine's"
                    | "youngster"
                    | "teenager"
            )
                // "the lad who stabbed his brother", "the lad from the next estate": a
                // clause or a place that picks one out is someone the client is not.
                && !matches!(w(k + 2), "who" | "whose" | "that" | "from") =>
        {
            Some((k + 1, CandKind::ClientWord))
        }
        "the" if w(k + 1) == "young" && matches!(w(k + 2), "person" | "person's") => {
            Some((k + 2, CandKind::ClientWord))
        }
        // "Kid says he's gonna ...", "Kid from the bantam team, he keeps ...": a bare
        // capitalised "Kid" opening a sentence is shorthand for the young person seen, as
        // "Pt" is for a patient; someone's child is "her kid", "the kid", "his boy".
        "kid" | "kiddo"
            if toks[k].capital && (k == 0 || toks[k - 1].punct && !toks[k - 1].is(",")) =>
        {
            Some((k, CandKind::ClientWord))
        }
        // "The young lad got a clatter off the father", "The wee girl said": a size or age
        // word before the child noun, opening the sentence, names the same child (later in
        // a sentence, "the young lad" is as often the client's son).
        "the"
            if (k == 0 || toks[k - 1].punct && !toks[k - 1].is(","))
                && matches!(w(k + 1), "young" | "wee" | "little")
                && matches!(
                    w(k + 2),
                    "boy" | "boy's" | "girl" | "girl's" | "lad" | "lad's" | "lass" | "lass's"
                )
                // "the young lad next door", "the young lad on the hurling team": a place or
                // a group that picks one out is someone else.
                && !PICKS_OUT.contains(&w(k + 3)) =>
        {
            Some((k + 2, CandKind::ClientWord))
        }
        // "Sister Abena said ...", "Brother Kwame": a church title before a name is no
        // sibling; named in subject position, the person is read as a name is (the client).
        "sister" | "brother" | "auntie" | "aunty"
            if toks[k].capital
                && toks.get(k + 1).is_some_and(|x| x.capital && !x.punct)
                && (k == 0 || !DETERMINERS.contains(&w(k - 1))) =>
        {
            Some((k + 1, CandKind::ClientWord))
        }
        // "The wife I'm supporting says ...", "the man I see on Tuesdays": the person the
        // clinician supports is the client.
        // "The twelve-year-old we're seeing punched ...": up to four words may name the
        // person ("twelve year old").
        // "the son I've been seeing for bereavement support": "have been" may come between.
        "the"
            if (k + 2..k + 6).any(|j| {
                let verb = if matches!(w(j), "i've" | "we've") && w(j + 1) == "been" {
                    w(j + 2)
                } else {
                    w(j + 1)
                };
                toks.get(j).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "i'm" | "i" | "we're" | "we" | "i've" | "we've"
                    )
                }) && matches!(
                    verb,
                    "supporting"
                        | "seeing"
                        | "see"
                        | "support"
                        | "working"
                        | "counselling"
                        | "counseling"
                        | "treating"
                ) && toks[k + 1..j].iter().all(|t| !t.punct)
            }) =>
        {
            let j = (k + 2..k + 6)
                .find(|&j| {
                    toks.get(j).is_some_and(|t| {
                        matches!(
                            t.norm.as_str(),
                            "i'm" | "i" | "we're" | "we" | "i've" | "we've"
                        )
                    }) && toks[k + 1..j].iter().all(|t| !t.punct)
                })
                .unwrap_or(k + 2);
            let j = if w(j + 1) == "been" { j + 1 } else { j };
            let end = if w(j + 2) == "with" { j + 2 } else { j + 1 };
            Some((end, CandKind::ClientWord))
        }
        // "The fifteen-year-old denied cutting": an age named as the person, telling the
        // session something, is the young client of child and youth work.
        "the"
            if k == 0
                && (2..5)
                    .any(|j| w(j) == "old" && w(j - 1) == "year" && TELLS.contains(&w(j + 1))) =>
        {
            (2..5)
                .find(|&j| w(j) == "old" && w(j - 1) == "year")
                .map(|j| (j, CandKind::ClientWord))
        }
        // "I tell you, my man went back to the ghetto": "my man" in the clinician's own
        // words (not quoted, not after another's say verb) is the clinician's client.
        "my" if matches!(w(k + 1), "man" | "guy" | "fella" | "woman" | "lady")
            && clinician_words(toks, k) =>
        {
            Some((k + 1, CandKind::ClientWord))
        }
        // "our guy admits he's been cashing his mother's checks": a team's word for the
        // client it shares ([`OUR_CLIENT`]).
        "our" if OUR_CLIENT.contains(&w(k + 1)) => Some((k + 1, CandKind::ClientWord)),
        "the" if the_one_seen(toks, k).is_some() => {
            the_one_seen(toks, k).map(|j| (j, CandKind::ClientWord))
        }
        // "The young man says the spirits are telling him ...": a sentence that opens on
        // "the (young) man/woman" reporting speaks of the note's own client. So does one that
        // opens on a bare "the" and a son or daughter telling the session something ("The
        // teenage son said he sometimes thinks about ...", "The son denied any fights"): a
        // family session's member speaking for themselves, with no possessive tying them to
        // someone else.
        "the" if k == 0 => {
            let j = if matches!(
                w(1),
                "young"
                    | "older"
                    | "elderly"
                    | "teenage"
                    | "teen"
                    | "younger"
                    | "eldest"
                    | "youngest"
                    | "oldest"
            ) {
                2
            } else {
                1
            };
            let person = matches!(
                w(j),
                "man"
                    | "woman"
                    | "lady"
                    | "gentleman"
                    | "son"
                    | "daughter"
                    | "stepson"
                    | "stepdaughter"
                    | "father"
                    | "mother"
                    | "brother"
                    | "sister"
                    | "dad"
                    | "mum"
                    | "mom"
                    | "mam"
                    | "da"
                    // "The husband admitted he is smoking ice": in couple work each partner
                    // speaking for themselves is a client.
                    | "husband"
                    | "wife"
            );
            // "The young woman drank the rat poison", "The man overdosed last night": a note
            // that opens on "the (young) man/woman" acting, with nothing after the noun to pick
            // out someone else (a relative clause, a place, "next door", "she's seeing"), is
            // introducing its own client the way a case narrative does.
            let adult = matches!(w(j), "man" | "woman" | "lady" | "gentleman")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| !t.punct && (verb_like(t) || t.norm.ends_with("ed")))
                && !PICKS_OUT.contains(&w(j + 1))
                && !matches!(
                    w(j + 1),
                    "she"
                        | "he"
                        | "they"
                        | "i"
                        | "we"
                        | "you"
                        | "she's"
                        | "he's"
                        | "they're"
                        | "i'm"
                        | "we're"
                        | "you're"
                );
            (person && (TELLS.contains(&w(j + 1)) || adult)).then_some((j, CandKind::ClientWord))
        }
        // "His elder brother reported, and the young man confirmed, that he takes tramadol":
        // "the (young) man" telling the session something mid-sentence is the note's client
        // too, as at the sentence's start.
        "the" if k > 0 && the_adult_telling(toks, k).is_some() => {
            the_adult_telling(toks, k).map(|j| (j, CandKind::ClientWord))
        }
        "both" | "each"
            if matches!(
                w(k + 1),
                "partners" | "parents" | "spouses" | "partner" | "parent" | "spouse"
            ) =>
        {
            Some((k + 1, CandKind::ClientWord))
        }
        "two" | "three" | "four" | "five" | "several" | "some" | "few" | "couple" => {
            let group = toks.get(k + 1).is_some_and(|x| {
                !x.punct && x.norm.len() > 3 && x.norm.ends_with('s') && !x.norm.ends_with("ss")
            });
            let acted = toks.get(k + 2).is_some_and(|x| {
                matches!(
                    x.norm.as_str(),
                    "have" | "had" | "were" | "are" | "keep" | "kept" | "jumped" | "attacked"
                ) || (x.norm.ends_with("ed") && verb_like(x))
            });
            (group && acted).then_some((k + 1, CandKind::Third(Rel::Other, Gender::Neutral, None)))
        }
        _ => None,
    }
}

/// The noun of "the (young) man/woman" at `k` when a verb of telling follows it right away.
fn the_adult_telling(toks: &[Tok], k: usize) -> Option<usize> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let j = if matches!(w(k + 1), "young" | "elderly" | "older") {
        k + 2
    } else {
        k + 1
    };
    // "the man admitted Friday after an overdose": admitted to a ward, not telling.
    let admitted_to_ward = matches!(w(j + 1), "admitted" | "admits")
        && (matches!(
            w(j + 2),
            "on" | "after"
                | "for"
                | "with"
                | "via"
                | "through"
                | "from"
                | "at"
                | "in"
                | "last"
                | "yesterday"
                | "overnight"
                | "today"
                | "tonight"
                | "here"
        ) || super::context::is_weekday(w(j + 2))
            || w(j + 2) == "to" && !w(j + 3).ends_with("ing"));
    (matches!(w(j), "man" | "woman" | "lady" | "gentleman")
        && TELLS.contains(&w(j + 1))
        && !admitted_to_ward)
        .then_some(j)
}

/// "and this is a guy who drove two hours for a cheeseburger", "he's a man who never
/// complains": an indefinite noun after a copula describes someone already named; it is no
/// new person a later "he" could mean ("there is a man who follows her" introduces one).
fn predicate_nominal(toks: &[Tok], k: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    k >= 2
        && matches!(w(k), "a" | "an")
        && matches!(
            w(k - 1),
            "is" | "was" | "that's" | "he's" | "she's" | "it's" | "'s"
        )
        && w(k - 2) != "there"
        // Only a description: "a guy who ...", not "it's a man hitting a woman".
        && (k + 2..k + 5).any(|j| matches!(w(j), "who" | "whose" | "that"))
}

/// Resolves the candidate at index `i` of `cands` to a subject.
fn resolve(cands: &[Cand], i: usize) -> Subject {
    resolve_unless(cands, i, &|_| false)
}

/// [`resolve`], passing over the antecedents `skip` rules out.
fn resolve_unless(cands: &[Cand], i: usize, skip: &dyn Fn(&Cand) -> bool) -> Subject {
    match cands[i].kind {
        CandKind::ClientWord => Subject::Client,
        CandKind::Third(rel, _, _) => Subject::Third(rel),
        CandKind::Pronoun(g) => {
            let singular = g != Gender::Neutral;
            for (j, c) in cands[..i].iter().enumerate().rev() {
                // "She says the men who shot her da ... she pictures killing them": a plural
                // noun is no "she"; "He said that if the landlord clears the flat he'll ...":
                // a party inside an if-clause does not take the main subject's pronoun.
                if let CandKind::Third(..) = c.kind {
                    let main_subject_before = cands[..j].iter().any(|p| match p.kind {
                        CandKind::ClientWord => true,
                        CandKind::Pronoun(pg) => pg == g,
                        CandKind::Third(..) => false,
                    });
                    if (singular && c.plural)
                        || (c.sub && (main_subject_before || c.gone))
                        || c.acted_on == Some(g)
                        || skip(c)
                    {
                        continue;
                    }
                }
                match c.kind {
                    CandKind::ClientWord => return Subject::Client,
                    CandKind::Pronoun(pg) if pg == g => return resolve(cands, index_of(cands, c)),
                    CandKind::Pronoun(_) => {}
                    CandKind::Third(rel, tg, dg) => {
                        if dg.is_some_and(|d| d == g && g != Gender::Neutral) {
                            return Subject::Client; // "her son ... she": the possessor
                        }
                        if rel != Rel::Anyone && compatible(tg, g) {
                            return Subject::Third(rel);
                        }
                    }
                }
            }
            // The first pronoun is the client, unless the client's gender is known otherwise
            // (from a possessive, "her son", or from an earlier pronoun: "she says he ...").
            // A pronoun that itself named a third party ("the wife came with him and she was
            // saying he ...": "she" is the wife) tells nothing of the client's gender.
            let client_gender = cands[..i]
                .iter()
                .enumerate()
                .find_map(|(j, c)| match c.kind {
                    CandKind::Third(_, _, Some(d)) if d != Gender::Neutral => Some(d),
                    CandKind::Pronoun(pg)
                        if pg != Gender::Neutral && resolve(cands, j) == Subject::Client =>
                    {
                        Some(pg)
                    }
                    _ => None,
                });
            match client_gender {
                Some(cg) if !compatible(cg, g) => Subject::Third(Rel::Unknown),
                _ => Subject::Client,
            }
        }
    }
}

fn index_of(cands: &[Cand], c: &Cand) -> usize {
    cands.iter().position(|x| x.end == c.end).unwrap_or(0)
}

/// The subject of the words at `k`: an immediate subject ("the commute is killing"), else the
/// nearest subject candidate before `k` in the clause, else the client.
/// The subject of the verb at `j` when the clause opens with "the/this/that" and a noun that
/// names no person, followed by prepositional phrases only ("the heat in the kitchen at
/// work is killing her").
fn thing_before_phrases(toks: &[Tok], j: usize) -> Option<Subject> {
    const PREPS: &[&str] = &[
        "of", "in", "at", "from", "on", "to", "near", "by", "over", "across", "around", "outside",
        "behind",
    ];
    let open = (j.saturating_sub(10)..j).find(|&i| {
        matches!(toks[i].norm.as_str(), "the" | "this" | "that")
            && (i == 0
                || toks[i - 1].punct
                || matches!(toks[i - 1].norm.as_str(), "said" | "says" | "say" | "that"))
    })?;
    let head = toks.get(open + 1)?;
    let n = head.norm.as_str();
    // "The family's in sorry business after ...": a head that takes a verb ("'s") opens a
    // clause, not a phrase.
    let person = pronoun(n).is_some()
        || relation(n).is_some()
        || CLIENT_WORDS.contains(&n)
        || role_noun(n)
        || matches!(
            n,
            "family" | "families" | "household" | "village" | "community"
        )
        || n.ends_with("'s")
        || head.capital
        || head.punct;
    // Only prepositions, determiners and words that are no verbs ("the thoughts of wanting
    // to kill his brother", "the video shows the boy swinging" hold a verb of their own).
    let chain = open + 3 < j
        && toks
            .get(open + 2)
            .is_some_and(|t| PREPS.contains(&t.norm.as_str()))
        && toks[open + 2..j].iter().all(|t| {
            let w = t.norm.as_str();
            !t.punct
                && !matches!(
                    w,
                    "and" | "who" | "that" | "which" | "he" | "she" | "they" | "i" | "we" | "you"
                )
                && (PREPS.contains(&w) || DETERMINERS.contains(&w) || !verb_like(t))
        });
    (!person && chain).then_some(Subject::Thing)
}

pub(crate) fn subject_at(toks: &[Tok], k: usize) -> Subject {
    // "the colic is, your words, killing you": a parenthesis that names whose words they are
    // stands between the verb and its subject.
    if k >= 4
        && toks[k - 1].is(",")
        && toks[k - 2].is("words")
        && matches!(
            toks[k - 3].norm.as_str(),
            "your" | "her" | "his" | "their" | "my" | "own"
        )
    {
        let open = if toks[k - 4].is("in") { k - 5 } else { k - 4 };
        if toks.get(open).is_some_and(|t| t.is(",")) {
            return subject_at(toks, open);
        }
    }
    // "think about finding the man who shot Dre when he gets out and killing him": a gerund
    // after "and" shares the subject of an earlier gerund after "about" or "of", whatever
    // clauses stand between.
    if k > 1 && toks[k - 1].is("and") && toks[k].norm.ends_with("ing") && toks[k].norm.len() > 5 {
        let earlier = (1..k - 1).rev().find(|&i| {
            toks[i].norm.ends_with("ing")
                && toks[i].norm.len() > 5
                && matches!(toks[i - 1].norm.as_str(), "about" | "of")
        });
        if let Some(g) = earlier {
            if !toks[g..k]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "." | ";" | "but"))
            {
                return subject_at(toks, g);
            }
        }
    }
    // Immediate subject, skipping auxiliaries: "the commute is killing her", "work is killing
    // me", "the wings nearly killed him" have a thing as subject.
    let mut j = k;
    // "her son is a year sober", "he's six months clean": a span of time stands between the
    // state and its subject.
    if j >= 2
        && matches!(
            toks[j - 1].norm.as_str(),
            "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
        )
        && (matches!(toks[j - 2].norm.as_str(), "a" | "an" | "few" | "couple")
            || crate::risk::usage::is_number(&toks[j - 2].norm))
        // "who farmed next to them for thirty years took his own life": a span a preposition
        // opens ends a clause of its own.
        && !(j >= 3
            && matches!(
                toks[j - 3].norm.as_str(),
                "for" | "in" | "over" | "after" | "within" | "past" | "last" | "the"
            ))
    {
        j -= 2;
    }
    let j = skip_auxiliaries(toks, j);
    // "the heat of Tanga is killing him", "the traffic in Lagos is murdering her": a place
    // named inside a phrase that a thing opens is not the subject; the thing is.
    if j >= 4
        && toks[j - 1].capital
        && matches!(toks[j - 2].norm.as_str(), "of" | "in" | "at" | "from")
        && matches!(toks[j - 4].norm.as_str(), "the" | "this" | "that")
    {
        let n = toks[j - 3].norm.as_str();
        let person = pronoun(n).is_some()
            || relation(n).is_some()
            || CLIENT_WORDS.contains(&n)
            || role_noun(n)
            || toks[j - 3].capital;
        if !person && !toks[j - 3].punct {
            return Subject::Thing;
        }
    }
    // "the traffic on the bridge to the High Dam is killing me", "the zigni of her
    // daughter-in-law is killing her": a thing that opens the sentence, then a chain of
    // prepositional phrases, is the subject, whoever those phrases name.
    if let Some(head) = thing_before_phrases(toks, j) {
        return head;
    }
    // "He said him and some boys are gonna jump the kid", "me and the lads went for him":
    // the vernacular coordinated subject with an object pronoun first includes the teller.
    let opener = (j.saturating_sub(10)..j).rev().find(|&i| {
        toks[i].punct
            || matches!(
                toks[i].norm.as_str(),
                "said" | "says" | "told" | "tells" | "reckons" | "reckoned" | "states" | "stated"
            )
    });
    let from = opener.map_or(0, |i| i + 1);
    // "Tyler told me him and his buddies were huffing": the one told stands between.
    let from = if from + 3 < j
        && matches!(toks[from].norm.as_str(), "me" | "us")
        && matches!(toks[from + 1].norm.as_str(), "him" | "her")
        && toks[from + 2].is("and")
    {
        from + 1
    } else {
        from
    };
    if from + 2 < j
        && matches!(toks[from].norm.as_str(), "him" | "her" | "me")
        && toks[from + 1].is("and")
        && toks[from + 2..j].iter().all(|t| !t.punct)
    {
        return Subject::Client;
    }
    let cands = candidates(toks, k);
    // "Her brother died in a rollover last month, drunk, and ...": a state set off by commas
    // with no verb of its own describes the subject the sentence opened on.
    if k >= 2
        && toks[k - 1].is(",")
        && matches!(
            toks[k].norm.as_str(),
            "drunk" | "high" | "stoned" | "intoxicated" | "wasted" | "hammered" | "plastered"
        )
        && toks.get(k + 1).is_none_or(|t| t.punct || t.is("and"))
        && cands.first().is_some_and(|c| c.end <= 2)
    {
        return resolve(&cands, 0);
    }
    // "Cl. says life has no sense since son went to Boston, wants to sleep and not wake": a
    // verb after a comma with no subject of its own carries on the sentence's subject, not
    // that of a clause a subordinator ("since", "because", "when") set between them.
    // Not a list of verbs or of verb phrases ("hurts, threatens, or controls her", "hit her,
    // push her, or keep her from her money"), whose subject is the list's.
    let listed = (k >= 2 && verb_like(&toks[k - 2]))
        || toks[k + 1..(k + 5).min(toks.len())]
            .windows(2)
            .any(|w| w[0].is(",") && matches!(w[1].norm.as_str(), "or" | "and"));
    if k >= 3 && toks[k - 1].is(",") && !toks[k].punct && !listed {
        let seg = (0..k - 1)
            .rev()
            .find(|&i| toks[i].punct)
            .map_or(0, |i| i + 1);
        let sub = (seg..k - 1).find(|&i| {
            matches!(
                toks[i].norm.as_str(),
                "since"
                    | "because"
                    | "cause"
                    | "cos"
                    | "after"
                    | "when"
                    | "although"
                    | "though"
                    | "until"
                    | "till"
                    | "before"
                    | "whereas"
            )
        });
        if let Some(q) = sub {
            // The subject of the clause the subordinator is part of: the last one named
            // before it ("She says he gets rough when he's home, shoved her": he).
            if let Some(c) = cands.iter().rposition(|c| c.end < q) {
                return resolve(&cands, c);
            }
            // A dictated fragment ("says life has no sense since son left, wants to ...")
            // names no subject before the subordinate clause: it is the client's.
            if !cands.is_empty() && toks[..seg].iter().all(|t| !t.punct) {
                return Subject::Client;
            }
        }
    }
    // "some guys called him a terrorist and one spat at him": "one" of a group named before
    // is one of them, never the client.
    if j == k
        && j >= 2
        && toks[j - 1].is("one")
        && matches!(toks[j - 2].norm.as_str(), "and" | "," | "but" | "then")
    {
        return Subject::Third(Rel::Other);
    }
    // "the death of his bandmate, Tyler, who overdosed": the subject of a relative "who" is
    // the noun it follows, wherever that noun stands (inside "of ..." too). A noun a
    // possessive opens ("his bandmate") is someone else, whatever the noun.
    // "her sister's husband, who's using again": the contraction too.
    // "his son, who he says is drinking himself daft": a teller set inside the relative
    // clause leaves "who" its subject.
    let j = if j >= 4
        && matches!(
            toks[j - 1].norm.as_str(),
            "says" | "said" | "thinks" | "thought" | "reckons" | "believes" | "feels"
        )
        && pronoun(&toks[j - 2].norm).is_some()
        && matches!(toks[j - 3].norm.as_str(), "who")
    {
        j - 2
    } else {
        j
    };
    if let Some(s) = who_subject(toks, &cands, j) {
        return s;
    }
    // "his father, who chewed qat every afternoon", "his father, who died drunk in a ditch",
    // "her son, who's twenty-four, back living with her and drinking every night": a
    // relative clause that runs on to the verb.
    if let Some(w) = relative_clause_who(toks, j).filter(|&w| w + 1 < j) {
        if let Some(s) = who_subject(toks, &cands, w + 1) {
            return s;
        }
    }
    // "the crew boss shoves the workers, and last week he punched the boss back": a person
    // named again as the act's object is not the pronoun's antecedent.
    let object_heads: Vec<&str> = toks[(k + 1).min(toks.len())..(k + 4).min(toks.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    // The noun's last word, or the one after it ("the crew boss": "crew" is read as the noun).
    let is_object = |c: &Cand| {
        object_heads.contains(&toks[c.end].norm.as_str())
            || toks.get(c.end + 1).is_some_and(|n| {
                !n.punct && role_noun(&n.norm) && object_heads.contains(&n.norm.as_str())
            })
    };
    // A person named right before the verb is its subject ("her fifteen-year-old has been").
    // "Pt says daughter 'drinks too much wine'": a quote opened between them changes nothing.
    // "his wife back home is drinking again": a place word or two between them changes
    // nothing either.
    let jq = (0..j)
        .rev()
        .find(|&i| {
            !(opening_quote(&toks[i])
                || i + 3 >= j
                    && matches!(
                        toks[i].norm.as_str(),
                        "back" | "home" | "there" | "over" | "still" | "now" | "too" | "also"
                    ))
        })
        .map_or(j, |i| i + 1);
    if let Some(last) = cands.last() {
        if j > 0 && (last.end == j - 1 || jq < j && last.end + 1 == jq) {
            let s = resolve_unless(&cands, cands.len() - 1, &is_object);
            return pronoun_checked(toks, &cands, cands.len() - 1, s);
        }
    }
    // "Her mother, who she cares for, has been lashing out": the noun before an object
    // relative clause (its own subject a pronoun) closed by a comma right before the verb is
    // the verb's subject. ("Her manager, who is also her boyfriend," says who he is.)
    if j >= 4 && toks[j - 1].is(",") {
        let open = (j.saturating_sub(12)..j - 2).rev().find(|&i| {
            toks[i].is(",")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.norm.as_str(), "who" | "whom" | "which"))
                && toks.get(i + 2).is_some_and(|n| is_subject_pronoun(&n.norm))
        });
        if let Some(i) = open {
            if let Some(c) = cands.iter().position(|c| c.end + 1 == i) {
                return resolve(&cands, c);
            }
        }
    }
    let after_preposition = j >= 2
        && [
            "at", "in", "on", "from", "of", "with", "for", "near", "down", "up", "across", "along",
            "past", "behind", "beside", "outside",
        ]
        .contains(&toks[j - 2].norm.as_str());
    // "it hit him hard" with no auxiliary between: a thing as subject.
    if j == k && j > 0 && matches!(toks[j - 1].norm.as_str(), "it" | "it's") && !after_preposition {
        return Subject::Thing;
    }
    // "the maths exam murdered her": a noun after a determiner right before the verb, that
    // names no person or role, is a thing.
    // Not a noun inside a prepositional phrase ("his cousin in the hostel tried to ...").
    let in_phrase = toks[j.saturating_sub(4)..j].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "in" | "at"
                | "on"
                | "from"
                | "of"
                | "with"
                | "for"
                | "near"
                | "by"
                | "after"
                | "before"
                | "about"
                | "to"
                | "into"
                | "down"
                | "up"
                | "across"
                | "along"
                | "past"
                | "behind"
                | "beside"
                | "outside"
        )
    });
    if j == k && j >= 2 && !after_preposition && !in_phrase {
        let t = &toks[j - 1];
        let n = t.norm.as_str();
        let det = ["the", "a", "an", "this", "that"].contains(&toks[j - 2].norm.as_str())
            || (j >= 3 && ["the", "a", "an", "this", "that"].contains(&toks[j - 3].norm.as_str()));
        let person = pronoun(n).is_some()
            || relation(n).is_some()
            || CLIENT_WORDS.contains(&n)
            || role_noun(n)
            || t.capital;
        let function_word = matches!(
            n,
            "and"
                | "or"
                | "but"
                | "then"
                | "so"
                | "who"
                | "which"
                | "that"
                | "also"
                | "not"
                | "never"
                | "just"
                | "even"
                | "still"
                | "his"
                | "her"
                | "their"
                | "my"
                | "its"
                | "our"
                | "your"
        ) || n.ends_with("ly");
        // The determiner must be the noun's own: "the maths exam", "a new job" ("that" is
        // too often the conjunction: "telling him that his hitting her has to stop").
        let own_det = ["the", "a", "an", "this"].contains(&toks[j - 2].norm.as_str())
            || (j >= 3
                && ["the", "a", "an", "this"].contains(&toks[j - 3].norm.as_str())
                && !toks[j - 2].punct
                && !matches!(toks[j - 2].norm.as_str(), "and" | "or" | "but"));
        // "her sister's husband is a nasty drunk": a noun after a copula names its subject,
        // no thing.
        let det_at = if ["the", "a", "an", "this"].contains(&toks[j - 2].norm.as_str()) {
            j - 2
        } else {
            j.saturating_sub(3)
        };
        let predicate = det_at > 0
            && matches!(
                toks[det_at - 1].norm.as_str(),
                "is" | "was" | "are" | "were" | "been" | "be" | "'s"
            );
        if det && own_det && !person && !function_word && !t.punct && !verb_like(t) && !predicate {
            return Subject::Thing;
        }
        // Telegraphic "He said midterms killing him", "says work killing her": a bare noun
        // that names no person, opening what was said, before a verb in "-ing" with no
        // auxiliary.
        let opens_report = matches!(
            toks[j - 2].norm.as_str(),
            "said" | "says" | "states" | "stated" | "reports" | "reported" | "," | ":" | "."
        );
        if opens_report
            && toks[k].norm.ends_with("ing")
            && !person
            && !function_word
            && !t.punct
            && !IDEATION_CUES.contains(&n)
            && n.len() > 3
        {
            return Subject::Thing;
        }
    }
    if j > 0 && j < k && !after_preposition {
        let t = &toks[j - 1];
        let n = t.norm.as_str();
        let person = pronoun(n).is_some()
            || relation(n).is_some()
            || CLIENT_WORDS.contains(&n)
            || (t.capital && j > 1)
            || IDEATION_CUES.contains(&n)
            || (n == "one" && j > 1 && toks[j - 2].is("no"));
        if n == "it" || n == "it's" || n == "this" || n == "that" {
            return Subject::Thing;
        }
        // A noun after a determiner ("the spicy wings") or a bare noun that is no verb.
        let after_det = (2..=3).any(|d| {
            j >= d
                && ["the", "a", "an", "this", "that", "these", "those"]
                    .contains(&toks[j - d].norm.as_str())
        });
        let function_word = matches!(
            n,
            "and"
                | "or"
                | "but"
                | "then"
                | "so"
                | "who"
                | "which"
                | "also"
                | "because"
                | "when"
                | "if"
                | "where"
                | "while"
                | "once"
                | "after"
                | "before"
                | "since"
        );
        // "Her best friend on the course has been self-harming": a noun inside a
        // prepositional phrase that follows a person is not the verb's subject.
        let in_pp_after_person = (2..=3).any(|d| {
            j > d + 1
                && ["the", "a", "an", "this", "that", "these", "those"]
                    .contains(&toks[j - d].norm.as_str())
                && [
                    "at", "in", "on", "from", "of", "with", "near", "across", "down",
                ]
                .contains(&toks[j - d - 1].norm.as_str())
                && cands
                    .last()
                    .is_some_and(|c| c.end == j - d - 2 && matches!(c.kind, CandKind::Third(..)))
        });
        if !t.punct
            && !person
            && !function_word
            && !in_pp_after_person
            && (after_det || !verb_like(t))
        {
            return Subject::Thing;
        }
    }
    // "the sodade is heavy since her grandmother died back in Praia, but no thoughts of
    // hurting herself": someone whose death a finished clause told has no thoughts later.
    let cands: Vec<Cand> = cands
        .into_iter()
        .filter(|c| {
            let dead = toks.get(c.end + 1).is_some_and(|t| {
                matches!(t.norm.as_str(), "died" | "passed" | "drowned" | "perished")
            });
            !(dead
                && matches!(c.kind, CandKind::Third(..))
                && toks[c.end + 1..k]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "," | ";" | "but")))
        })
        .collect();
    match cands.len() {
        0 => Subject::Client,
        n => pronoun_checked(
            toks,
            &cands,
            n - 1,
            resolve_unless(&cands, n - 1, &is_object),
        ),
    }
}

/// Whether the words before `k` address the client as "you" the way a summary written to the
/// client does ("you told me", "you've been", "look after yourself"), outside quotes; the
/// filler "you know", "you see" and a generic "you" ("you'd think") do not.
fn second_person_client(toks: &[Tok], k: usize) -> bool {
    let quotes = toks[..k]
        .iter()
        .filter(|t| t.punct && matches!(t.norm.as_str(), "\"" | "'" | "“" | "”" | "‘" | "’"))
        .count();
    if quotes % 2 == 1 {
        return false;
    }
    // A question put ("have you had thoughts of killing yourself", "whether you felt") and
    // an idiom ("catch yourself on") address no one as the client.
    (0..k).any(|j| {
        let w = toks[j].norm.as_str();
        let next = toks.get(j + 1).map_or("", |t| t.norm.as_str());
        let before = j.checked_sub(1).map_or("", |b| toks[b].norm.as_str());
        let asked = matches!(
            before,
            "have"
                | "has"
                | "had"
                | "are"
                | "were"
                | "do"
                | "did"
                | "would"
                | "could"
                | "will"
                | "can"
                | "if"
                | "whether"
                | "asked"
                | "ask"
                | "asking"
                | "when"
        );
        w == "yourself" && matches!(before, "after" | "for")
            || w == "you"
                && !asked
                && matches!(
                    next,
                    "told"
                        | "said"
                        | "mentioned"
                        | "shared"
                        | "described"
                        | "explained"
                        | "felt"
                        | "talked"
                        | "spoke"
                        | "brought"
                        | "let"
                )
    })
}

/// A gendered pronoun's resolution `s`, checked against who the sentence says the client is:
/// - in a summary written to the client as "you", "he" and "she" are someone else;
/// - "I had his mom on speaker and she said he hit his grandpa": a possessive before a relation
///   noun that opens the sentence's people, even as an object, is the client's, so it gives
///   the client's gender before any later pronoun does; a pronoun of that gender then is the
///   client.
fn pronoun_checked(toks: &[Tok], cands: &[Cand], i: usize, s: Subject) -> Subject {
    let CandKind::Pronoun(g) = cands[i].kind else {
        return s;
    };
    // "You told me Kyle's been using down again ... while he's using": where the client is
    // "you" (a summary written to the client), "he" and "she" are someone else.
    if s == Subject::Client && g != Gender::Neutral && second_person_client(toks, cands[i].end) {
        return Subject::Third(Rel::Unknown);
    }
    if s != Subject::Third(Rel::Unknown) || g == Gender::Neutral {
        return s;
    }
    // "I" (the clinician) and "they" give no gender: the first gendered party bounds the scan.
    let first_cand = cands
        .iter()
        .find(|c| !matches!(c.kind, CandKind::Pronoun(Gender::Neutral)))
        .map_or(0, |c| c.end);
    let possessor = toks[..first_cand].iter().enumerate().find_map(|(k, t)| {
        if pronoun(&t.norm).is_some_and(|p| p != Gender::Neutral) && !t.is("her") {
            return Some(None);
        }
        let dg = det_gender(&t.norm).filter(|d| *d != Gender::Neutral)?;
        let noun = toks[k + 1..(k + 3).min(toks.len())]
            .iter()
            .any(|n| relation(&n.norm).is_some());
        if noun {
            Some(Some(dg))
        } else if t.is("his") {
            Some(None)
        } else {
            None
        }
    });
    match possessor {
        Some(Some(d)) if d == g => Subject::Client,
        _ => s,
    }
}

/// The subject a relative "who" right before `j` gives: the noun it follows.
fn who_subject(toks: &[Tok], cands: &[Cand], j: usize) -> Option<Subject> {
    // "the man that shot his cousin": "that" right after a person noun is the same relative.
    let that_relative = j >= 2 && toks[j - 1].is("that") && is_person_noun(&toks[j - 2].norm);
    if j < 2 || !(matches!(toks[j - 1].norm.as_str(), "who" | "who's" | "who'd") || that_relative) {
        return None;
    }
    let mut ante = if toks[j - 2].is(",") {
        j.saturating_sub(3)
    } else {
        j - 2
    };
    // "her son Abdi, fourteen, who was suspended": an age set beside the noun stands
    // between it and "who".
    let age = |w: &str| {
        w.split('-')
            .all(|p| crate::risk::usage::is_number(p) && !matches!(p, "a" | "an"))
    };
    while ante >= 2 && age(&toks[ante].norm) && toks[ante - 1].is(",") {
        ante -= 2;
    }
    // "his cousin out at Fort Hall who overdosed": a named place set after a relation noun
    // stands between it and "who".
    if let Some(p) = (ante.saturating_sub(4)..ante)
        .rev()
        .find(|&p| matches!(toks[p].norm.as_str(), "in" | "at" | "from" | "near"))
    {
        if toks[p + 1..=ante].iter().all(|t| t.capital && !t.punct) {
            let mut q = p;
            while q > 0
                && matches!(
                    toks[q - 1].norm.as_str(),
                    "out" | "up" | "down" | "back" | "over"
                )
            {
                q -= 1;
            }
            if q > 0 && relation(&toks[q - 1].norm).is_some() {
                ante = q - 1;
            }
        }
    }
    if ante < j - 1 && !toks[ante].punct {
        // "his bandmate, Tyler, who ...": a name set beside another's noun is that person.
        let beside_other = ante >= 2
            && toks[ante].capital
            && toks[ante - 1].is(",")
            && toks[ante.saturating_sub(5)..ante - 1]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "his" | "her" | "their"));
        if beside_other {
            return Some(Subject::Third(Rel::Other));
        }
        // "She is a nurse who has been cutting her arms", "he's a farmer who drinks": a
        // noun after a copula describes the copula's subject, and the relative clause
        // is theirs.
        // "he's one of those people who drink to forget": one of a kind, said of the
        // copula's subject, as "a ... who" is.
        let one_of = (ante.saturating_sub(4)..ante.saturating_sub(1))
            .find(|&o| toks[o].is("one") && toks[o + 1].is("of"))
            .filter(|&o| toks[o..=ante].iter().all(|t| !t.punct));
        let det = (ante.saturating_sub(3)..=ante)
            .rev()
            .find(|&d| matches!(toks[d].norm.as_str(), "a" | "an"))
            .filter(|&d| toks[d..=ante].iter().all(|t| !t.punct))
            .or(one_of);
        if let Some(d) = det.filter(|&d| d > 0) {
            let c = toks[d - 1].norm.as_str();
            let copula = matches!(
                c,
                "is" | "was" | "are" | "were" | "am" | "been" | "became" | "becomes"
            ) || ["'s", "'m", "'re"].iter().any(|x| c.ends_with(x))
                && is_subject_pronoun(c);
            if copula {
                if let Some(i) = cands.iter().rposition(|c| c.end < d) {
                    return Some(resolve(cands, i));
                }
            }
        }
        if let Some(i) = cands.iter().rposition(|c| c.end == ante) {
            return Some(resolve(cands, i));
        }
        // "She lives with her aunt, who keeps ...": a relation keeps its kind.
        if let Some((rel, _)) = relation(&toks[ante].norm) {
            return Some(Subject::Third(rel));
        }
        // "being around family who still drink": the household as a whole.
        if matches!(
            toks[ante].norm.as_str(),
            "family" | "families" | "folks" | "whanau"
        ) {
            return Some(Subject::Third(Rel::Parent));
        }
        let opened = toks[ante.saturating_sub(2)..ante]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "his" | "her" | "their"));
        // A name is often the client's ("Session with Tyler, who overdosed"); the one whose
        // death or funeral is told is not ("the death of Tyler, who overdosed").
        let mourned = ante >= 2
            && toks[ante - 1].is("of")
            && matches!(
                toks[ante - 2].norm.as_str(),
                "death" | "loss" | "funeral" | "grave" | "memory" | "passing" | "suicide"
            );
        if opened || (toks[ante].capital && mourned) {
            return Some(Subject::Third(Rel::Other));
        }
    }
    None
}

/// The relative "who" whose clause runs on to the word at `j` with no subject of its own
/// between: "his father, who chewed qat every afternoon", "her son, who's twenty-four, back
/// living with her and drinking every night". The clause ends at a subject pronoun, at a
/// clause mark, at a conjunction or relative that opens a clause of its own ("but", "when",
/// "which"), or at "and" before a new noun phrase ("and her mum drinks").
fn relative_clause_who(toks: &[Tok], j: usize) -> Option<usize> {
    let lo = j.saturating_sub(14);
    let mut k = j;
    while k > lo {
        k -= 1;
        let t = &toks[k];
        let n = t.norm.as_str();
        if matches!(n, "who" | "who's" | "who'd") {
            return Some(k);
        }
        let opens_phrase = |x: &Tok| {
            x.capital || DETERMINERS.contains(&x.norm.as_str()) || det_gender(&x.norm).is_some()
        };
        // "who's been on the lash since the divorce and got done for drink driving": "since",
        // "after", "before" or "until" before a noun phrase is a preposition, no clause.
        let preposition = matches!(n, "since" | "after" | "before" | "until" | "till")
            && toks.get(k + 1).is_some_and(|x| {
                DETERMINERS.contains(&x.norm.as_str())
                    || x.capital
                    || matches!(
                        x.norm.as_str(),
                        "last" | "school" | "work" | "lunch" | "dinner"
                    )
            });
        let stop = (t.punct && !matches!(n, "," | "-"))
            || opening_quote(t)
            || is_subject_pronoun(n)
            || matches!(
                n.split('\'').next().unwrap_or(n),
                "we" | "you" | "it" | "there"
            )
            || (SUBORDINATORS.contains(&n) && !preposition)
            || matches!(
                n,
                "but"
                    | "so"
                    | "though"
                    | "although"
                    | "whereas"
                    | "which"
                    | "that"
                    | "where"
                    | "whom"
                    | "whose"
                    | "what"
                    | "said"
                    | "says"
                    | "told"
                    | "tells"
            )
            || (matches!(n, "and" | "or" | "then") && toks.get(k + 1).is_some_and(opens_phrase));
        // "Her manager, who is also her boyfriend, tracks her phone", "she visited her mum,
        // who lives alone, and drank a bottle": a verb or a conjunction right after the comma
        // that closes the relative clause goes on with the main clause.
        let closed = n == ","
            && (k + 1 == j
                || toks.get(k + 1).is_some_and(|x| {
                    matches!(x.norm.as_str(), "and" | "but" | "then" | "so" | "or")
                }));
        if stop || closed {
            return None;
        }
    }
    None
}

/// The position before the auxiliaries and hedges right before `k` ("is going to", "has
/// been", "nearly"): where a verb's immediate subject ends.
fn skip_auxiliaries(toks: &[Tok], mut k: usize) -> usize {
    // "the harvest 'about killed me'": Southern "about" (nearly) right before a past verb;
    // never "thoughts about killing".
    if k >= 1
        && k < toks.len()
        && toks[k - 1].is("about")
        && toks[k].norm.ends_with("ed")
        && toks[k].norm.len() > 4
    {
        k -= 1;
    }
    // "the paperwork is 'killing him by inches'": a quote opened after an auxiliary keeps the
    // clause's subject.
    if k >= 2 && opening_quote(&toks[k - 1]) && IMMEDIATE_SKIP.contains(&toks[k - 2].norm.as_str())
    {
        k -= 1;
    }
    // "the altitude's sort of killing him": "sort of" and "kind of" as one hedge.
    // Only before a verb's participle ("sort of killing"), never a noun ("kind of overdose").
    let hedge_of = |k: usize| {
        k >= 2
            && k < toks.len()
            && toks[k - 1].is("of")
            && matches!(toks[k - 2].norm.as_str(), "sort" | "kind")
            && (toks[k].norm.ends_with("ing") || toks[k].norm.ends_with("ed"))
    };
    while k > 0 && (IMMEDIATE_SKIP.contains(&toks[k - 1].norm.as_str()) || hedge_of(k)) {
        if hedge_of(k) {
            k -= 1;
        }
        k -= 1;
        // "this semester is 'flat killing her'": the quote may open before an adverb.
        if k >= 2
            && opening_quote(&toks[k - 1])
            && IMMEDIATE_SKIP.contains(&toks[k - 2].norm.as_str())
        {
            k -= 1;
        }
    }
    // "Wheat harvest 'about killed me,' per pt": a quote opened between a noun and its verb.
    if k >= 2
        && k < toks.len()
        && opening_quote(&toks[k - 1])
        // A quote opened after a space, not an elision ("thought o' killing", "no' killing").
        && toks[k - 1].start > toks[k - 2].end
        && !toks[k - 2].punct
        && !verb_like(&toks[k - 2])
        && pronoun(&toks[k - 2].norm).is_none()
    {
        k -= 1;
    }
    k
}

/// Whether a word can head a noun phrase that names a thing: not a person, a pronoun, a
/// name, a function word or (unless a determiner stands right before it: "the all-hands")
/// a verb.
fn thing_noun(t: &Tok) -> bool {
    thing_word(t) && !verb_like(t)
}

fn thing_word(t: &Tok) -> bool {
    let n = t.norm.as_str();
    !t.punct
        && !t.capital
        && pronoun(n).is_none()
        && relation(n).is_none()
        && !CLIENT_WORDS.contains(&n)
        && !role_noun(n)
        && !DETERMINERS.contains(&n)
        && !IDEATION_CUES.contains(&n)
        && !matches!(
            n,
            "and"
                | "or"
                | "but"
                | "who"
                | "which"
                | "that"
                | "one"
                | "man"
                | "dude"
                | "bro"
                | "someone"
                | "somebody"
                | "everyone"
                | "anyone"
                | "nobody"
                | "people"
                | "men"
                | "women"
                | "guys"
        )
}

/// Whether the harm verb at `v` has a thing for its subject in a shape `subject_at` leaves
/// to the people it names: a thing with a phrase after it ("the all-hands on Friday is going
/// to kill her"), or a thing that did something else first ("a scaffold gave way and killed
/// a fitter"). A thing kills no one by intent: an ordeal or an accident.
fn thing_subject_of(toks: &[Tok], v: usize) -> bool {
    // Auxiliaries and degree adverbs ("is proper killing him", "absolutely murdered her").
    let adverb = |n: &str| {
        (n.ends_with("ly") && n.len() > 4)
            || matches!(
                n,
                "proper" | "properly" | "well" | "right" | "so" | "totally" | "just" | "about"
            )
    };
    let mut j = skip_auxiliaries(toks, v);
    while j > 0 && adverb(&toks[j - 1].norm) {
        j = skip_auxiliaries(toks, j - 1);
    }
    thing_before_phrase(toks, j)
        || (j == v && thing_of_joined_verb(toks, j))
        || thing_right_before(toks, j)
        || (matches!(
            toks[v].norm.as_str(),
            "killing" | "kill" | "murdering" | "murder"
        ) && named_thing_right_before(toks, j))
}

/// "the Leaving Cert is killing her", "the Monday Club will murder him": one or two
/// capitalised words after "the", right before "kill" or "murder", name an exam, an event or
/// a place, not a person (a person's name takes no article).
fn named_thing_right_before(toks: &[Tok], j: usize) -> bool {
    (1..=2).any(|d| {
        j > d
            && toks[j - d - 1].is("the")
            && toks[j - d..j].iter().all(|t| {
                t.capital
                    && !t.punct
                    && relation(&t.norm).is_none()
                    && !role_noun(&t.norm)
                    && pronoun(&t.norm).is_none()
            })
            && (j < d + 2 || !toks[j - d - 2].is("by"))
    })
}

/// "her prelims are going to kill her", "the organic chem final absolutely murdered her":
/// one to three thing words after a determiner or a possessive, right before the verb.
fn thing_right_before(toks: &[Tok], j: usize) -> bool {
    (1..=3).any(|d| {
        j > d
            && matches!(
                toks[j - d - 1].norm.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "his"
                    | "her"
                    | "their"
                    | "my"
                    | "your"
                    | "our"
            )
            && toks[j - d..j].iter().all(thing_word)
            && toks[j - d..j - 1].iter().all(|t| !verb_like(t))
            // Not the object of a preposition ("anyone at the care home had hurt him").
            && !(j > d + 1
                && matches!(
                    toks[j - d - 2].norm.as_str(),
                    "at" | "in" | "on" | "from" | "of" | "with" | "near" | "by" | "for" | "to"
                        | "into" | "around" | "about" | "down" | "up" | "across" | "along"
                        | "behind" | "beside" | "outside" | "inside"
                ))
    })
}

/// "the all-hands on Friday is going to kill her": a thing after its own determiner, with a
/// short prepositional phrase after it, right before the verb at `j` (auxiliaries skipped).
fn thing_before_phrase(toks: &[Tok], j: usize) -> bool {
    (j.saturating_sub(4)..j.saturating_sub(1)).any(|p| {
        matches!(
            toks[p].norm.as_str(),
            "on" | "at" | "in" | "of" | "from" | "for" | "with" | "about"
        ) && p >= 2
            && toks[p + 1..j].iter().all(|t| {
                !t.punct
                    && !matches!(
                        t.norm.as_str(),
                        "and" | "or" | "but" | "then" | "who" | "which" | "that" | "so"
                    )
                    && !verb_like(t)
                    && pronoun(&t.norm).is_none()
                    && relation(&t.norm).is_none()
                    && !role_noun(&t.norm)
                    && (!t.capital || calendar_word(&t.norm))
            })
            && thing_word(&toks[p - 1])
            && (2..=3).any(|d| {
                p >= d
                    && ["the", "a", "an", "this"].contains(&toks[p - d].norm.as_str())
                    && (d == 2 || !toks[p - 2].punct && thing_noun(&toks[p - 2]))
            })
    })
}

/// "a scaffold gave way on the east hull and killed a fitter": a verb joined by "and" to an
/// earlier verb (at `j`, "and" right before) shares that verb's subject, a thing after its
/// own determiner at the head of the clause.
fn thing_of_joined_verb(toks: &[Tok], j: usize) -> bool {
    if j < 4 || !toks[j - 1].is("and") {
        return false;
    }
    let from = toks[..j - 1]
        .iter()
        .rposition(|t| t.punct || matches!(t.norm.as_str(), "but" | "when" | "because" | "that"))
        .map_or(0, |p| p + 1);
    let clause = &toks[from..j - 1];
    (0..clause.len().saturating_sub(2)).find_map(|d| {
        let det = ["the", "a", "an"].contains(&clause[d].norm.as_str());
        // The clause's first noun phrase: determiner, at most one modifier, noun, verb.
        let noun = if det && clause.get(d + 2).is_some_and(verb_like) {
            Some(d + 1)
        } else if det && clause.get(d + 3).is_some_and(verb_like) {
            Some(d + 2)
        } else {
            None
        };
        if det {
            Some(noun.is_some_and(|i| thing_noun(&clause[i]) && thing_noun(&clause[d + 1])))
        } else if pronoun(&clause[d].norm).is_some()
            || relation(&clause[d].norm).is_some()
            || role_noun(&clause[d].norm)
        {
            Some(false)
        } else {
            None
        }
    }) == Some(true)
}

/// "In our family session the sixteen-year-old daughter admitted ...", "In session the father
/// denied ...": a relative the note names as speaking in the session is a participant in the
/// treatment, whose own disclosures and denials are the session's (family therapy treats
/// the family); the mention at `s` must come after that relative.
pub(crate) fn session_participant(toks: &[Tok], s: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if w(0) != "in" {
        return false;
    }
    let Some(j) = (1..6.min(toks.len())).find(|&k| matches!(w(k), "session" | "sessions")) else {
        return false;
    };
    let mut k = j + 1;
    if w(k) == "," {
        k += 1;
    }
    if w(k) != "the" {
        return false;
    }
    let Some(p) = (k + 1..(k + 7).min(s))
        .find(|&i| relation(w(i)).is_some_and(|(rel, _)| rel != Rel::Anyone))
    else {
        return false;
    };
    // No other person named between them ("the daughter said her friend cut herself").
    !(p + 1..s).any(|i| relation(w(i)).is_some() || role_noun(w(i)))
}

/// "said cutting is something her friend does, not her", "drinking is what his mates do": an
/// act named as a topic whose doer is told right after it is that doer's.
pub(crate) fn doer_named_after(toks: &[Tok], e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if !matches!(w(e), "is" | "was" | "'s") {
        return false;
    }
    let k = e + 1;
    let k = match w(k) {
        "something" | "what" => k + 1,
        "a" if w(k + 1) == "thing" => k + 2,
        _ => return false,
    };
    let k = if w(k) == "that" { k + 1 } else { k };
    let Some(p) = (k..(k + 4).min(toks.len()))
        .find(|&i| relation(w(i)).is_some_and(|(rel, _)| rel != Rel::Anyone) || role_noun(w(i)))
    else {
        return false;
    };
    matches!(w(p + 1), "does" | "do" | "did" | "used" | "has" | "had")
}

/// "he saw men chew khat all day", "she watched her dad drink": what the client saw or heard
/// someone else do (a perception verb, its object, a bare verb) is that person's act.
pub(crate) fn perceived_other(toks: &[Tok], s: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let Some(p) = (s.saturating_sub(5)..s).rev().find(|&k| {
        matches!(
            w(k),
            "saw"
                | "see"
                | "sees"
                | "seeing"
                | "seen"
                | "watched"
                | "watch"
                | "watches"
                | "watching"
                | "heard"
                | "hear"
                | "hears"
                | "witnessed"
                | "witness"
        )
    }) else {
        return false;
    };
    let object = &toks[p + 1..s];
    !object.is_empty()
        && object.len() <= 4
        && !object.iter().any(|t| {
            t.punct
                || matches!(
                    t.norm.as_str(),
                    "that" | "and" | "then" | "so" | "red" | "himself" | "herself" | "themselves"
                        | "myself" | "it" | "how" | "what" | "if" | "whether" | "he" | "she"
                        | "i" | "they" | "we"
                )
        })
        // The object names a person: a relative, a plural or a role ("men", "his dad").
        && object.iter().any(|t| {
            relation(&t.norm).is_some()
                || role_noun(&t.norm)
                || matches!(
                    t.norm.as_str(),
                    "men" | "women" | "people" | "guys" | "lads" | "kids" | "folks" | "others"
                )
        })
}

/// "A passenger pulled a knife on him", "A guest threatened to kill him": an act a stranger,
/// named with an indefinite article, did to the client (a pronoun object at the mention's end)
/// is that person's; the client's violence is the client's own aggression (FORMATS §3), and
/// abuse is done by family, partners or carers.
pub(crate) fn stranger_act_on_client(toks: &[Tok], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if e == 0 || !matches!(w(e - 1), "him" | "her" | "them") {
        return false;
    }
    let j = skip_auxiliaries(toks, s);
    // "a bicho from another section pushed him": the stranger may be placed by a phrase of
    // where they are from (up to six words then).
    let placed = |d: usize| {
        toks[j - d..j]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "from" | "in" | "on" | "at" | "off"))
    };
    (1..=6).any(|d| {
        j > d
            && (d <= 3 || placed(d))
            && matches!(w(j - d - 1), "a" | "an" | "another" | "some")
            && (j - d - 1 == 0
                || toks[j - d - 2].punct
                || matches!(
                    w(j - d - 2),
                    "and" | "but" | "when" | "after" | "then" | "says" | "said" | "that"
                ))
            && toks[j - d..j]
                .iter()
                .all(|t| !t.punct && relation(&t.norm).is_none() && pronoun(&t.norm).is_none())
            && !verb_like(&toks[j - 1])
    })
}

/// "despite heavy drinking around him", "people using in front of her": use that goes on
/// around the client is others' (the exposure is a trigger, not a use). `e` ends the mention.
pub(crate) fn around_client(toks: &[Tok], e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let pronoun_at = |k: usize| matches!(w(k), "him" | "her" | "them");
    (matches!(w(e), "around" | "near" | "beside") && pronoun_at(e + 1))
        || (w(e) == "all" && w(e + 1) == "around" && pronoun_at(e + 2))
        || (w(e) == "in" && w(e + 1) == "front" && w(e + 2) == "of" && pronoun_at(e + 3))
}

/// "new exposure to community violence", "witnessing gang violence on his block": violence
/// the client was exposed to, or that belongs to a place or a group, is others' (FORMATS
/// §3: violence is the client's own aggression). `s` is the harm noun.
pub(crate) fn witnessed_event(toks: &[Tok], s: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let collective = |x: &str| {
        matches!(
            x,
            "community"
                | "neighborhood"
                | "neighbourhood"
                | "gang"
                | "gun"
                | "street"
                | "political"
                | "sectarian"
                | "war"
                | "police"
                | "cartel"
                | "mob"
        )
    };
    // The nearest cue in the four words before the noun ("exposure to", "witnessed"), with
    // only adjectives and articles between it and the noun ("to the community").
    let cue_at = (s.saturating_sub(4)..s)
        .rev()
        .find(|&k| matches!(w(k), "to" | "witnessed" | "witnessing" | "witnesses"));
    let exposed = (s.saturating_sub(4)..s).any(|k| {
        matches!(w(k), "witnessed" | "witnessing" | "witnesses")
            || (w(k) == "to"
                && k > s.saturating_sub(4)
                && matches!(w(k - 1), "exposure" | "exposed" | "witness"))
    });
    let plain_between = |from: usize| {
        toks[from..s].iter().all(|t| {
            !t.punct
                && !matches!(
                    t.norm.as_str(),
                    "and" | "but" | "he" | "she" | "his" | "her"
                )
        })
    };
    (exposed && cue_at.is_some_and(|k| plain_between(k + 1)))
        || s.checked_sub(1).is_some_and(|k| collective(w(k)))
}

/// "His dad told him he'd rather see him dead": a wish a relative tells the client (the
/// object of "told") about the client is the teller's, not the client's. The mention at
/// `s..e` must name the told person again as its object ("see him dead"), since a pronoun
/// object never shares its clause's subject.
pub(crate) fn teller_wish(toks: &[Tok], s: usize, e: usize) -> bool {
    let Some(t) = (s.saturating_sub(8)..s).rev().find(|&k| {
        matches!(
            toks[k].norm.as_str(),
            "told" | "tells" | "telling" | "tell" | "yelled" | "screamed" | "shouted"
        )
    }) else {
        return false;
    };
    let told = (t + 1..(t + 3).min(s)).find(|&k| matches!(toks[k].norm.as_str(), "him" | "her"));
    let Some(o) = told else {
        return false;
    };
    let teller = (t.saturating_sub(4)..t)
        .any(|k| person_at(toks, k).is_some_and(|(rel, _)| rel != Rel::Anyone));
    let again = toks[s..e].iter().any(|x| x.norm == toks[o].norm);
    teller && again && !toks[t..s].iter().any(|x| x.is(".") || x.is(";"))
}

/// "his convoy getting hit", "their house got hit": a possessive and a noun that names no
/// person or role right before `k` (a thing as the subject of what follows).
pub(crate) fn possessed_thing_before(toks: &[Tok], k: usize) -> bool {
    if k < 2 {
        return false;
    }
    // "his patrol vehicle": a noun modifier may stand between.
    let d = if k >= 3
        && matches!(
            toks[k - 3].norm.as_str(),
            "his" | "her" | "their" | "my" | "our" | "your"
        )
        && !toks[k - 2].punct
        && relation(&toks[k - 2].norm).is_none()
    {
        &toks[k - 3]
    } else {
        &toks[k - 2]
    };
    let t = &toks[k - 1];
    let n = t.norm.as_str();
    matches!(
        d.norm.as_str(),
        "his" | "her" | "their" | "my" | "our" | "your"
    ) && !t.punct
        && !t.capital
        && relation(n).is_none()
        && !role_noun(n)
        && pronoun(n).is_none()
        && !CLIENT_WORDS.contains(&n)
        && !BODY.contains(&n)
        && !n.ends_with("'s")
        && n.len() > 2
}

/// "was going to 'jump' Ty after the game": "jump" ending the mention at `e` with a name after
/// it (a capital that is no day, month or "I") is an attack on that person. Regexes read the
/// lower-cased text, so the capital is checked here.
pub(crate) fn name_jumped(toks: &[Tok], e: usize) -> bool {
    toks[e - 1].is("jump")
        && toks
            .get(e..)
            .and_then(|rest| rest.iter().find(|t| !matches!(t.norm.as_str(), "'" | "\"")))
            .is_some_and(|t| {
                t.capital
                    && !t.punct
                    && !super::context::is_weekday(&t.norm)
                    && !crate::text::MONTHS.contains(&t.norm.as_str())
                    && !matches!(t.norm.as_str(), "i" | "tonight" | "today" | "tomorrow")
            })
}

/// "her grandmother's suicide", "his friend's overdose": a relation's possessive right before
/// a mention makes it that person's.
pub(crate) fn relation_possessive_before(toks: &[Tok], s: usize) -> bool {
    let kin = |t: &Tok| {
        t.norm.ends_with("'s") && relation(&t.norm).is_some_and(|(r, _)| r != Rel::Anyone)
    };
    // "brother's fentanyl OD": one word naming what kind stands between.
    s > 0 && kin(&toks[s - 1])
        || s > 1
            && kin(&toks[s - 2])
            && !toks[s - 1].punct
            && !verb_like(&toks[s - 1])
            && pronoun(&toks[s - 1].norm).is_none()
            // "spending his nan's pension on gear": a mention that opens on a preposition
            // is not the noun the genitive owns.
            && !matches!(toks[s].norm.as_str(), "on" | "for" | "with" | "to")
}

/// "She keeps circling back to his drinking": a possessive right before the mention whose
/// gender is not the sentence subject's names someone else.
pub(crate) fn other_gender_possessive(toks: &[Tok], s: usize) -> bool {
    if s == 0 {
        return false;
    }
    let owner = match toks[s - 1].norm.as_str() {
        "his" => Gender::Male,
        "her" => Gender::Female,
        _ => return false,
    };
    // "her" after a verb may be an object ("hit her drinking buddy"); only a possessive that
    // follows a preposition or a verb of thinking and talking is read here.
    if owner == Gender::Female
        && s >= 2
        && !matches!(
            toks[s - 2].norm.as_str(),
            "about" | "of" | "to" | "over" | "with" | "on" | "by" | "from"
        )
    {
        return false;
    }
    let subject = toks[..s - 1]
        .iter()
        .find(|t| matches!(t.norm.as_str(), "she" | "he" | "she's" | "he's"))
        .and_then(|t| pronoun(&t.norm))
        // "Problem: carer strain, supporting her son through his heroin use": with no subject
        // pronoun, the possessive that introduces a relative speaks for the client.
        .or_else(|| {
            toks[..s - 1].windows(2).find_map(|p| {
                let g = match p[0].norm.as_str() {
                    "his" => Gender::Male,
                    "her" => Gender::Female,
                    _ => return None,
                };
                relation(&p[1].norm).map(|_| g)
            })
        });
    subject.is_some_and(|g| g != owner && g != Gender::Neutral)
}

/// "He's worried about his flatmate, who he found with cuts on her arms": a body part inside
/// the mention owned by a possessive of the other gender than the sentence's first subject
/// pronoun is someone else's body.
pub(crate) fn other_gender_body(toks: &[Tok], s: usize, e: usize) -> bool {
    let Some(owner) = (s..e.min(toks.len()).saturating_sub(1)).find_map(|k| {
        let g = match toks[k].norm.as_str() {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => return None,
        };
        super::frames::is_body(&toks[k + 1].norm).then_some(g)
    }) else {
        return false;
    };
    // The sentence opens on the client's pronoun ("Dad says he found cuts on her arms" opens
    // on the teller), and a person is named between it and the mention.
    let Some(g) = toks.first().and_then(|t| {
        matches!(t.norm.as_str(), "she" | "he" | "she's" | "he's")
            .then(|| pronoun(&t.norm))
            .flatten()
    }) else {
        return false;
    };
    let person_between = toks[1..s]
        .iter()
        .any(|t| is_person_noun(&t.norm) || relation(&t.norm).is_some());
    g != owner && g != Gender::Neutral && person_between
}

/// "Son-in-law runs the home place now. Cashes her checks.": a line that opens on its verb
/// keeps the subject of the line before, here a relative, who is someone other than the
/// client whose checks they are.
pub(crate) fn subject_carried_over(toks: &[Tok], s: usize, prev: Option<&[Tok]>) -> bool {
    let Some(prev) = prev else {
        return false;
    };
    // Only a line opening on the mention itself (adverbs aside: "Also cashes her checks").
    let opens = toks[..s]
        .iter()
        .all(|t| t.punct || matches!(t.norm.as_str(), "also" | "now" | "still" | "then" | "and"));
    if !opens || toks.get(s).is_none_or(|t| pronoun(&t.norm).is_some()) {
        return false;
    }
    // The line before opens on a relative ("Son-in-law", "Her son", "The grandson").
    prev.iter()
        .filter(|t| !t.punct)
        .take(3)
        .find(|t| {
            !matches!(
                t.norm.as_str(),
                "her" | "his" | "their" | "the" | "a" | "an" | "my" | "your"
            )
        })
        .is_some_and(|t| {
            relation(&t.norm).is_some_and(|(r, _)| r != Rel::Anyone) && !t.norm.ends_with("'s")
        })
}

/// Whether an act frame's possessive names whom the frame needs (see [`Owner`]): the
/// agent is the nearest subject pronoun, relation noun or client word before the match.
pub(crate) fn owner_matches(toks: &[Tok], s: usize, e: usize, owner: Owner) -> bool {
    if owner == Owner::Any {
        return true;
    }
    if owner == Owner::Subject {
        // The person who would not be here is the sentence's first subject, or "I".
        let Some(p) = toks[s..e]
            .iter()
            .position(|t| {
                matches!(
                    t.norm.as_str(),
                    "if" | "when" | "that" | "once" | "without" | "with"
                )
            })
            .and_then(|i| {
                toks[s + i + 1..e]
                    .iter()
                    .find(|t| pronoun(&t.norm).is_some())
            })
        else {
            return true;
        };
        // The same person as subject or object: "he" and "him", "she" and "her", "I" and "me".
        let person = |w: &str| match w.split('\'').next().unwrap_or("") {
            "he" | "him" => "he",
            "she" | "her" => "she",
            "i" | "me" => "i",
            "they" | "them" => "they",
            "you" => "you",
            _ => "",
        };
        // "You" opens a summary addressed to the client.
        let first = toks[..s]
            .iter()
            .find(|t| is_subject_pronoun(&t.norm) || person(&t.norm) == "you")
            .map(|t| person(&t.norm));
        let base = person(&p.norm);
        return base == "i" || first.is_none_or(|f| f == base);
    }
    let Some(pi) = toks[s..e].iter().rposition(|t| {
        matches!(
            t.norm.as_str(),
            "his" | "her" | "my" | "their" | "your" | "the"
        )
    }) else {
        return true;
    };
    let poss = &toks[s + pi];
    // "punched a classmate in the face": a person named before the body part owns it.
    // For one's own body, a person named just before the match owns it too ("hit the man
    // in the face with a bottle").
    let from = if owner == Owner::Agent {
        s.saturating_sub(3)
    } else {
        s + 1
    };
    let person_between = (from..s + pi).any(|k| {
        let t = &toks[k];
        (relation(&t.norm).is_some() && !t.norm.ends_with("'s"))
            || matches!(t.norm.as_str(), "him" | "them" | "me" | "us" | "you")
            // "hit her in the face", "slapped her across the face": "her" before a
            // preposition is the object, whose body it is.
            || (t.is("her")
                && toks.get(k + 1).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "in" | "on" | "across" | "about" | "around" | "over" | "into" | "against"
                    )
                }))
            // A name: capitalised, not the first word, not a pronoun or the client.
            || (t.capital
                && !t.punct
                && k > 0
                && pronoun(&t.norm).is_none()
                && !CLIENT_WORDS.contains(&t.norm.as_str()))
    });
    // "run his landlord over": the possessive introduces a person, who is someone else.
    if toks
        .get(s + pi + 1)
        .is_some_and(|t| relation(&t.norm).is_some())
    {
        return owner == Owner::Other;
    }
    // "his brother's arm": the body part is a relative's.
    let relative_after = toks[s + pi + 1..e]
        .iter()
        .any(|t| t.norm.ends_with("'s") && relation(&t.norm).is_some());
    if person_between || relative_after {
        return owner == Owner::Other;
    }
    let pg = match poss.norm.as_str() {
        "her" => Gender::Female,
        "his" => Gender::Male,
        "the" => return owner == Owner::Agent,
        _ => Gender::Neutral,
    };
    let first_person = poss.is("my");
    // "Dean put his hand round your throat": in a summary addressed to the client, "your" is
    // the agent's own only when the nearest person named before the match is "you".
    if poss.is("your") {
        let nearest = toks[..s].iter().enumerate().rev().find(|&(k, t)| {
            is_subject_pronoun(&t.norm)
                || t.norm.starts_with("you")
                || relation(&t.norm).is_some()
                || (t.capital && !t.punct && k > 0 && pronoun(&t.norm).is_none())
        });
        let own = nearest.is_some_and(|(_, t)| t.norm.starts_with("you"));
        return own == (owner == Owner::Agent);
    }
    // The agent: the nearest subject pronoun, relation noun or client word before the match.
    let agent = toks[..s].iter().rev().find_map(|t| {
        let n = t.norm.as_str();
        if is_subject_pronoun(n) {
            let base = n.split('\'').next().unwrap_or(n);
            return Some((true, base == "i", pronoun(n).unwrap_or(Gender::Neutral)));
        }
        if CLIENT_WORDS.contains(&n) {
            return Some((true, false, Gender::Neutral));
        }
        relation(n).map(|(_, g)| (false, false, g))
    });
    let own = match agent {
        None => true,
        Some((_, true, _)) => first_person,
        Some((true, false, g)) => !first_person && compatible(g, pg),
        // "her son emptied his account" is his own; "her daughter took loans in her name"
        // is the client's (a woman relative's "her" is the client's more often than not).
        Some((false, _, g)) if owner == Owner::Other => {
            !first_person && g == Gender::Male && pg == Gender::Male
        }
        Some((false, _, g)) => !first_person && g != Gender::Neutral && g == pg,
    };
    own == (owner == Owner::Agent)
}

/// The party after "from" or "by" right behind a mention ("verbal abuse from her boss",
/// "abused by a neighbor"), if one is named.
pub(crate) fn party_after(toks: &[Tok], e: usize) -> Option<Rel> {
    let k = (e..toks.len().min(e + 2)).find(|&k| toks[k].is("from") || toks[k].is("by"))?;
    noun_phrase(toks, k + 1)
        .map(|(_, _, rel, _, _)| rel)
        .or_else(|| {
            toks.get(k + 1)
                .and_then(|t| relation(&t.norm))
                .map(|(r, _)| r)
        })
}

/// "Tox screen on her brother came back positive": a screen ending at `e` taken of a named
/// person, not the client.
pub(crate) fn screen_of_another(toks: &[Tok], e: usize) -> bool {
    toks.get(e)
        .is_some_and(|t| matches!(t.norm.as_str(), "on" | "for" | "of"))
        && person_at(toks, e + 1).is_some_and(|(rel, _)| rel != Rel::Anyone)
}

/// The person named at token `k` ("her husband", "the kids", "Dad", "anyone"), if any, with
/// the token after it.
pub(crate) fn person_at(toks: &[Tok], k: usize) -> Option<(Rel, usize)> {
    if k >= toks.len() {
        return None;
    }
    noun_phrase(toks, k)
        .map(|(_, e, rel, _, _)| (rel, e + 1))
        .or_else(|| relation(&toks[k].norm).map(|(r, _)| (r, k + 1)))
}

/// The object of a harm verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Object {
    Reflexive,
    /// A body part, with its possessive's gender ("his hand": male).
    BodyOf(Gender),
    Person(Rel),
    /// "her", "him", "me": a person, the client if the agent is a third party.
    Pronoun,
    Thing,
    None,
}

/// Body parts as a blow's or a killing's object; not fingers, lips or feet, which nail-biting
/// and "dragging his feet" use.
const BODY: &[&str] =
    body_parts!["fist", "waist", "eye", "eyes", "ear", "ears", "nose", "jaw", "spine"];

/// Parses the object after token `v` (a verb); returns it and the last token it covers.
/// "threw a chair at a coworker": what is thrown at a person hits the person.
fn object_after(toks: &[Tok], v: usize) -> (Object, usize) {
    // "pulled a knife on a stranger", "pointed his gun at her": a weapon act's target.
    if is_weapon_act(&toks[v].norm) {
        let Some(w) = (v + 1..toks.len().min(v + 5)).find(|&k| is_weapon(&toks[k].norm)) else {
            // Any object turned on a person is a weapon ("jabbed a fork at her").
            return match super::recall::improvised_target(toks, v) {
                Some((t, noun)) => match object_at(toks, t, v) {
                    o @ (Object::Person(_) | Object::Pronoun, _) => o,
                    _ => (Object::Person(Rel::Other), noun),
                },
                None => (Object::None, v),
            };
        };
        let prep = (w + 1..toks.len().min(w + 3)).find(|&k| {
            matches!(
                toks[k].norm.as_str(),
                "on" | "at" | "toward" | "towards" | "against" | "to"
            )
        });
        return match prep {
            // "held a knife to her throat": a weapon put to a body or a person.
            Some(p) if toks[p].is("to") => match object_at(toks, p + 1, v) {
                o @ (Object::BodyOf(_) | Object::Pronoun | Object::Person(_), _) => o,
                _ => (Object::None, v),
            },
            Some(p) => match object_at(toks, p + 1, v) {
                // Whatever a weapon is turned on, other than oneself, is someone.
                (Object::Thing | Object::None, _) => (Object::Person(Rel::Other), p + 1),
                o => o,
            },
            None => (Object::None, v),
        };
    }
    if thrown_verb(&toks[v].norm) {
        if let Some(at) = (v + 1..toks.len().min(v + 5)).find(|&k| toks[k].is("at")) {
            // "threw a coffee mug at his head": thrown at a person's body.
            if let (Some(p), Some(b)) = (toks.get(at + 1), toks.get(at + 2)) {
                if matches!(p.norm.as_str(), "his" | "her" | "their")
                    && BODY.contains(&b.norm.as_str())
                {
                    let g = match p.norm.as_str() {
                        "his" => Gender::Male,
                        "her" => Gender::Female,
                        _ => Gender::Neutral,
                    };
                    return (Object::BodyOf(g), at + 2);
                }
            }
            let (o, e) = object_at(toks, at + 1, v);
            if matches!(o, Object::Person(_) | Object::Pronoun) {
                return (o, e);
            }
        }
        // "throwing the baby down the stairs": a child thrown is a child hurt.
        let (o, e) = object_at(toks, v + 1, v);
        if o == Object::Person(Rel::Child) {
            return (o, e);
        }
        return (Object::None, v);
    }
    object_at(toks, v + 1, v)
}

fn object_at(toks: &[Tok], from: usize, v: usize) -> (Object, usize) {
    let mut k = from;
    while k < toks.len()
        && ["up", "on", "at", "against", "into", "toward", "towards"]
            .contains(&toks[k].norm.as_str())
    {
        k += 1;
    }
    let Some(t) = toks.get(k) else {
        return (Object::None, v);
    };
    let n = t.norm.as_str();
    // "kill yourself" shouted at someone is an insult, not the speaker's own risk; in a
    // summary addressed to the client ("you had thoughts of hurting yourself") it is theirs.
    if (n == "yourself" || n == "yourselves") && !you_before(toks, v) {
        return (Object::None, v);
    }
    if n.ends_with("self") || n.ends_with("selves") {
        return (Object::Reflexive, k);
    }
    // "partner hit pt with a bottle": the note's word for the client, with no determiner,
    // names the client as "her" would.
    if matches!(n, "pt" | "client" | "pt's" | "client's") {
        return (Object::Pronoun, k);
    }
    if matches!(n, "her" | "him" | "them" | "me" | "us" | "you") {
        // "her" may be a determiner: "hit her sister".
        if n == "her" || n == "my" {
            if let Some((_, end, rel, _, _)) = noun_phrase(toks, k) {
                return (Object::Person(rel), end);
            }
            if toks
                .get(k + 1)
                .is_some_and(|x| BODY.contains(&x.norm.as_str()))
            {
                return (Object::BodyOf(pronoun(n).unwrap_or(Gender::Neutral)), k + 1);
            }
            // "hit her target", "beat her record": "her" as a determiner before a thing. Only
            // for nouns that name a goal or a count, so that no blow is ever read away.
            let goal_at = |j: usize| {
                toks.get(j).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "target"
                            | "targets"
                            | "goal"
                            | "goals"
                            | "record"
                            | "stride"
                            | "deadline"
                            | "limit"
                            | "quota"
                            | "mark"
                            | "best"
                            | "peak"
                            | "milestone"
                            | "pb"
                            | "marks"
                            | "grades"
                            | "numbers"
                            | "steps"
                            // Work judged: "her advisor murdered her draft in comments".
                            | "draft"
                            | "drafts"
                            | "essay"
                            | "chapter"
                            | "thesis"
                            | "dissertation"
                            | "manuscript"
                            | "presentation"
                            | "speech"
                            | "proposal"
                            | "application"
                            | "assignment"
                            | "homework"
                            | "cv"
                            | "resume"
                            | "song"
                            | "performance"
                            // A vehicle's side: "a ute ran a red light and hit her
                            // passenger side".
                            | "passenger"
                            | "car"
                            | "van"
                            | "ute"
                            | "truck"
                            | "bumper"
                            // Things of one's own moved by hand: "pushed her sleeves up".
                            | "sleeves"
                            | "sleeve"
                            | "fringe"
                            | "glasses"
                            | "specs"
                            | "hood"
                            | "chair"
                            | "trolley"
                            | "pram"
                            | "buggy"
                            | "plate"
                            | "tray"
                            | "luck"
                            | "buttons"
                            | "button"
                            | "pedals"
                            | "bike"
                            // "Noor slammed her door so hard the frame cracked": her own
                            // room's fittings, slammed or kicked in a temper.
                            | "door"
                            | "doors"
                            | "bedroom"
                            | "locker"
                            | "desk"
                            | "drawer"
                            | "drawers"
                            | "cupboard"
                            | "wardrobe"
                    )
                })
            };
            // One modifier may stand between ("her step goal", "her weekly target").
            if goal_at(k + 1) || (toks.get(k + 1).is_some_and(|x| !x.punct) && goal_at(k + 2)) {
                return (Object::Thing, k + 1);
            }
        }
        return (Object::Pronoun, k);
    }
    // "Fight with boys after cricket. Hit one with bat": "one" of the people just named,
    // struck with something, is one of them.
    if n == "one"
        && toks.get(k + 1).is_some_and(|x| x.is("with"))
        && k == v + 1
        && (verb_class(&toks[v].norm).is_some() || super::recall::strike_verb(&toks[v].norm))
        && toks[k + 2..toks.len().min(k + 5)]
            .iter()
            .take_while(|t| !t.punct)
            .any(|t| is_weapon(&t.norm))
    {
        return (Object::Person(Rel::Other), k);
    }
    // "beating one of them badly", "glass one of the lads": a person picked out of people.
    if matches!(n, "one" | "some" | "any" | "each" | "both" | "two" | "all")
        && toks.get(k + 1).is_some_and(|x| x.is("of"))
        && k + 2 < toks.len()
    {
        let (o, e) = object_at(toks, k + 2, v);
        if matches!(o, Object::Person(_)) {
            return (o, e);
        }
        if o == Object::Pronoun && !matches!(toks[k + 2].norm.as_str(), "me" | "us" | "her") {
            return (Object::Person(Rel::Other), e);
        }
    }
    if let Some((_, end, rel, _, _)) = noun_phrase(toks, k) {
        // "beat up his cousin's boyfriend": a relative's partner is not the client's partner;
        // a blow to them is violence, not partner abuse.
        let relatives_partner = rel == Rel::Intimate
            && toks[k..end.min(toks.len())].iter().any(|t| {
                t.norm.ends_with("'s") && relation(&t.norm).is_some_and(|(r, _)| r != Rel::Intimate)
            });
        // "went for the owner's son", "slapped the neighbour's kid": kin of someone named by
        // a role are no kin of the client's.
        let roles_kin = toks[k..end.min(toks.len())].iter().any(|t| {
            t.norm
                .strip_suffix("'s")
                .is_some_and(|b| relation(b).is_none() && role_noun(b))
        });
        if relatives_partner || roles_kin {
            return (Object::Person(Rel::Other), end);
        }
        return (Object::Person(rel), end);
    }
    if let Some((rel, _)) = relation(n) {
        return (Object::Person(rel), k);
    }
    // "hurting other people", "other kids": "other" before a person noun.
    if matches!(n, "other" | "another") {
        if let Some((rel, _)) = toks.get(k + 1).and_then(|t| relation(&t.norm)) {
            return (Object::Person(rel), k + 1);
        }
    }
    if DETERMINERS.contains(&n) {
        // "the sergeant who filed the complaint": a noun a relative "who" follows is a
        // person, whatever the noun (ranks, trades and titles no list holds).
        for j in k + 1..(k + 4).min(toks.len()) {
            if toks[j].punct {
                break;
            }
            if toks.get(j + 1).is_some_and(|x| x.is("who") || x.is("whom")) {
                return (Object::Person(Rel::Other), j);
            }
        }
        // "his foreman", "the new tenant": a noun shaped like a person's role (trades,
        // ranks, titles no list holds) right after the determiner.
        if let Some(x) = toks.get(k + 1) {
            if !x.punct && role_noun(&x.norm) {
                return (Object::Person(Rel::Other), k + 1);
            }
            // "a fellow resident", "an elderly resident": one person adjective between.
            // Jamaican "a next yute": another one.
            let person_adj = matches!(
                x.norm.as_str(),
                "fellow"
                    | "next"
                    | "elderly"
                    | "older"
                    | "old"
                    | "young"
                    | "younger"
                    | "new"
                    | "other"
                    | "female"
                    | "male"
                    | "frail"
                    | "vulnerable"
                    | "disabled"
                    | "pregnant"
                    | "teenage"
                    | "sick"
                    | "opposing"
                    | "rival"
                    // "kicked the suspected thief", "the alleged attacker".
                    | "suspected"
                    | "alleged"
                    | "accused"
                    | "so-called"
                    // "the second engineer", "the head chef", "the night porter": a rank
                    // or a shift before a role.
                    | "chief"
                    | "head"
                    | "senior"
                    | "junior"
                    | "deputy"
                    | "night"
                    | "duty"
            ) || super::context::ordinal_word(&x.norm);
            let person_head = |y: &Tok| {
                !y.punct
                    && (role_noun(&y.norm)
                        || matches!(
                            y.norm.as_str(),
                            "player" | "players" | "fan" | "fans" | "supporter" | "member"
                        ))
            };
            // "a care assistant", "an opposition player": a noun before a person's role
            // names the kind of role (a compound).
            let modifier = !x.punct
                && x.norm.chars().all(|c| c.is_ascii_alphabetic())
                && !DETERMINERS.contains(&x.norm.as_str())
                && pronoun(&x.norm).is_none()
                && !BODY.contains(&x.norm.as_str());
            // Only a head that is surely a person ("hit the gym harder" is no compound).
            let role_head = |y: &Tok| {
                matches!(
                    y.norm.trim_end_matches('s'),
                    "assistant"
                        | "asst"
                        | "worker"
                        | "player"
                        | "officer"
                        | "nurse"
                        | "guard"
                        | "driver"
                        | "attendant"
                        | "aide"
                        | "manager"
                        | "teacher"
                        | "coach"
                        | "doctor"
                        | "warden"
                        | "carer"
                        | "member"
                        | "supporter"
                        | "fan"
                        | "resident"
                        | "patient"
                        | "student"
                        | "colleague"
                        | "neighbour"
                        | "neighbor"
                        | "supervisor"
                        | "leader"
                        | "lead"
                        | "tenant"
                        | "inmate"
                        | "prisoner"
                )
            };
            if (person_adj && toks.get(k + 2).is_some_and(person_head))
                || (modifier && toks.get(k + 2).is_some_and(role_head))
            {
                return (Object::Person(Rel::Other), k + 2);
            }
        }
        // "his hand": a body part; "the wall": a thing.
        for (j, x) in toks.iter().enumerate().take(k + 4).skip(k + 1) {
            if BODY.contains(&x.norm.as_str()) {
                let g = det_gender(n).unwrap_or(Gender::Neutral);
                return (Object::BodyOf(g), j);
            }
            if x.punct {
                break;
            }
        }
        return (Object::Thing, k + 1);
    }
    if t.capital && !t.punct && k > 0 && !calendar_word(n.split('\'').next().unwrap_or(n)) {
        return (Object::Person(Rel::Other), k); // a name
    }
    // "Threatened paramedic with a kitchen knife": telegraphic notes drop the article before
    // a person's role.
    if k == v + 1
        && matches!(
            n,
            "paramedic"
                | "paramedics"
                | "nurse"
                | "nurses"
                | "officer"
                | "officers"
                | "cop"
                | "guard"
                | "guards"
                | "warden"
                | "carer"
                | "staff"
                | "resident"
                | "peer"
                | "inmate"
                | "neighbour"
                | "neighbor"
                | "teacher"
                | "doctor"
                | "bouncer"
                | "driver"
                | "customer"
                | "coworker"
                | "colleague"
                | "stranger"
                | "security"
                | "evacuee"
        )
    {
        return (Object::Person(Rel::Other), k);
    }
    (Object::None, v)
}

/// Whether a noun has the shape of a person's role: "-man", "-woman", "-ist", "-ian",
/// "-mate", "-er"/"-or" agents (less the objects and times that share the ending), and
/// "-ent"/"-ant" people. Used only right after a determiner that follows a harm verb.
fn role_noun(n: &str) -> bool {
    // A plural's "s", not the last letter of "witness" or "boss".
    let n = n
        .strip_suffix('s')
        .filter(|b| b.len() > 3 && !b.ends_with('s'))
        .unwrap_or(n);
    if BODY.contains(&n) {
        return false;
    }
    const PEOPLE_NT: &[&str] = &[
        "student",
        "resident",
        "president",
        "tenant",
        "lieutenant",
        "sergeant",
        "corporal",
        "lieutenant",
        "captain",
        "attendant",
        "servant",
        "assistant",
        "asst",
        "applicant",
        "participant",
        "occupant",
        "agent",
        "client",
        "patient",
        "opponent",
        "adolescent",
        "superintendent",
        "correspondent",
        "informant",
        "defendant",
        "co-defendant",
        "codefendant",
        "accountant",
        "consultant",
        "merchant",
        "peasant",
        "migrant",
        "immigrant",
    ];
    const THINGS_ER: &[&str] = &[
        // Blades and tools that end like agent nouns ("kill him with the saber").
        "saber",
        "sabre",
        "cleaver",
        "cutter",
        "boxcutter",
        "scissor",
        "razor",
        "door",
        "floor",
        "mirror",
        "motor",
        "monitor",
        "tractor",
        "computer",
        "printer",
        "trailer",
        "locker",
        "poster",
        "paper",
        "water",
        "dinner",
        "supper",
        "letter",
        "number",
        "order",
        "power",
        "career",
        "chapter",
        "border",
        "corner",
        "cover",
        "folder",
        "charger",
        "controller",
        "speaker",
        "heater",
        "cooler",
        "freezer",
        "timer",
        "tower",
        "flower",
        "hammer",
        "ladder",
        "matter",
        "meter",
        "quarter",
        "river",
        "summer",
        "winter",
        "weather",
        "colour",
        "color",
        "error",
        "humour",
        "humor",
        "tumour",
        "tumor",
        "sensor",
        "elevator",
        "radiator",
        "calculator",
        "generator",
        "ventilator",
        "anchor",
        "answer",
        "temper",
        "anger",
        "hunger",
        "fever",
        "cancer",
        "shower",
        "counter",
        "register",
        "trigger",
        "burger",
        "butter",
        "sweater",
        "blender",
        "container",
        "helicopter",
        "scooter",
        "tiller",
        "roller",
        "poker",
        "lawnmower",
        "mower",
        "player",
        "binder",
        "thriller",
        "sticker",
        "marker",
        "filter",
        "finger",
        "shoulder",
        "liver",
        "bladder",
        "ear",
        "deer",
        // Animals: "a steer pinned Manny against the gate" is no one's aggression.
        "steer",
        "heifer",
        "tiger",
        "panther",
        "spider",
        "viper",
        "adder",
        "rooster",
        "hamster",
        "lobster",
        "beer",
        "cider",
        "lager",
        "liquor",
        "pier",
        "tier",
        "year",
        "gear",
        "spear",
        "chair",
        "hair",
        "stair",
        "car",
        "bar",
        "jar",
        "star",
        "guitar",
        "radar",
        "favour",
        "favor",
        "labour",
        "labor",
        "neighbour",
        "behaviour",
        "behavior",
        "factor",
        "mentor",
        "sector",
        "vector",
        "doctor",
        "actor",
        "major",
        "minor",
        "interior",
        "exterior",
        "odor",
        "odour",
        "rumour",
        "rumor",
        "vapor",
        "vapour",
        "armor",
        "armour",
        "parlor",
        "parlour",
        "harbor",
        "harbour",
        "manor",
        "mayor",
        "tutor",
        "donor",
        "spider",
        "tiger",
        "panther",
        "otter",
        "lobster",
        "hamster",
        "oyster",
        "rooster",
        "beaver",
        "badger",
        "alligator",
        "predator",
        "cracker",
        "wrapper",
        "slipper",
        "rubber",
        "timber",
        "leather",
        "feather",
        "silver",
        "copper",
        "pepper",
        "lighter",
        "blister",
        "plaster",
        "bumper",
        "fender",
        "boulder",
        "center",
        "centre",
        "theater",
        "theatre",
        "metre",
        "liter",
        "litre",
        "banner",
        "saucer",
        "platter",
        "pitcher",
        "shutter",
        "gutter",
        "reactor",
        "escalator",
        "corridor",
        "terror",
        "horror",
        "pallor",
        "rigor",
        "vigor",
        "vigour",
        "honor",
        "honour",
        "splendor",
        "candor",
        "valor",
        "clamor",
    ];
    let person_or = matches!(
        n,
        "fan"
            | "cop"
            | "guard"
            | "nurse"
            | "pupil"
            | "lad"
            | "bloke"
            | "guy"
            | "chap"
            | "rival"
            | "referee"
            | "ref"
            | "umpire"
            | "coach"
            | "medic"
            | "paramedic"
            | "warden"
            | "priest"
            | "vicar"
            | "chef"
            | "clerk"
            | "boss"
            | "colleague"
            | "cashier"
            | "soldier"
            | "courier"
            | "staff"
            | "youth"
            | "thug"
            | "official"
            | "inmate"
            | "neighbour"
            | "neighbor"
            | "doctor"
            | "actor"
            | "mentor"
            | "tutor"
            | "donor"
            | "mayor"
            | "major"
            | "minor"
            | "evacuee"
            | "refugee"
            | "detainee"
            | "trainee"
            | "employee"
            | "attendee"
            | "escapee"
            // "he'd kill the witness", "wants to hurt the landlord": people a threat names.
            | "witness"
            | "victim"
            | "judge"
            | "landlord"
            | "landlady"
            | "bully"
            | "sheriff"
            | "deputy"
            | "captain"
            | "chief"
            | "thief"
            | "snitch"
            | "creep"
            | "jerk"
            // Pittsburgh "jagoff", and the other insults that name a man one fights.
            | "jagoff"
            | "asshole"
            | "arsehole"
            | "dickhead"
            | "tosser"
            | "wanker"
            | "knobhead"
            | "punk"
            | "loser"
            | "prick"
            | "bastard"
            | "bitch"
            | "idiot"
            | "pervert"
            | "perv"
            | "kid"
            | "girl"
            | "boy"
            | "person"
            | "ex"
            // Jamaican "a next yute" (another young man), "di bwoy".
            | "yute"
            | "bwoy"
    );
    person_or
        || n.len() >= 4
            && (PEOPLE_NT.contains(&n)
                || n.ends_with("man")
                || n.ends_with("woman")
                || n.ends_with("ist")
                || n.ends_with("ian")
                || n.ends_with("mate")
                || ((n.ends_with("er") || n.ends_with("or")) && !THINGS_ER.contains(&n)))
}

/// Whether a word names a person by relation or role ("manager", "sister", "pastor").
pub(crate) fn is_person_noun(n: &str) -> bool {
    relation(n).is_some() || role_noun(n)
}

/// Capitalised words that are not names: days, months, holidays and "I".
fn calendar_word(w: &str) -> bool {
    crate::text::WEEKDAYS.contains(&w)
        || crate::text::MONTHS.contains(&w)
        || matches!(w, "christmas" | "thanksgiving" | "easter" | "i")
        // "two hours on the floor Wed", "f/u Thurs": a note's short day and month names.
        || matches!(
            w,
            "mon"
                | "tue"
                | "tues"
                | "wed"
                | "weds"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        )
}

/// Verbs that turn a weapon on someone ("pulled a knife on", "aimed a rifle at").
fn is_weapon_act(n: &str) -> bool {
    matches!(
        n,
        "pull"
            | "pulls"
            | "pulled"
            | "pulling"
            | "draw"
            | "draws"
            | "drew"
            | "drawing"
            | "point"
            | "points"
            | "pointed"
            | "pointing"
            | "wave"
            | "waves"
            | "waved"
            | "waving"
            | "brandish"
            | "brandishes"
            | "brandished"
            | "brandishing"
            | "aim"
            | "aims"
            | "aimed"
            | "aiming"
            | "held"
            | "holds"
            | "holding"
            | "raised"
            | "raising"
            | "flashed"
            | "flashing"
            | "came"
            | "went"
    ) || super::recall::turns_on(n)
}

/// Weapons a person can be threatened with.
pub(crate) fn is_weapon(n: &str) -> bool {
    matches!(
        n,
        "knife"
            | "knives"
            | "gun"
            | "guns"
            | "handgun"
            | "pistol"
            | "rifle"
            | "shotgun"
            | "firearm"
            | "weapon"
            | "blade"
            | "machete"
            | "bat"
            | "crowbar"
            | "hammer"
            | "axe"
            | "hatchet"
            | "cutter"
            | "razor"
            | "taser"
            | "screwdriver"
            | "bottle"
            | "pipe"
            | "sword"
            | "pocketknife"
            | "switchblade"
            | "revolver"
            | "glock"
            // Blades and clubs named in other regions' English: a threat with one is as real.
            | "cutlass"
            | "cutlasses"
            // The Finnish sheath knife.
            | "puukko"
            | "coupe-coupe"
            | "panga"
            | "pangas"
            | "spear"
            | "dagger"
            | "cleaver"
            | "sickle"
            | "scythe"
            | "pickaxe"
            | "cudgel"
            | "truncheon"
            | "knobkerrie"
            | "sjambok"
            | "parang"
            | "kukri"
            | "khukuri"
            | "kirpan"
            | "lathi"
            | "shank"
            | "shiv"
            | "okapi"
            | "sledgehammer"
            | "chainsaw"
            | "boxcutter"
            | "tomahawk"
            | "crossbow"
            // South and Southeast Asian blades ("dao" in Bengal and Assam, "talwar" the sword
            // of north India, "bolo" and "itak" in the Philippines, "golok" in Indonesia),
            // the Yemeni "jambiya", the Zulu "assegai", the East African "rungu" club, and
            // "cuete", a gun in northern Mexican Spanish.
            | "dao"
            | "daos"
            | "talwar"
            | "tulwar"
            | "bolo"
            | "itak"
            | "golok"
            | "kris"
            | "keris"
            | "jambiya"
            | "assegai"
            | "rungu"
            | "katana"
            | "bayonet"
            | "billhook"
            | "gandasa"
            | "cuete"
            // The sabre (saber), a curved sword in French Guiana and Brazil as much as a
            // fencing blade.
            | "sabre"
            | "saber"
            | "sabres"
            | "sabers"
            | "scimitar"
            // Guns in other regions' English: the Ethiopian and Somali "klash" (a
            // Kalashnikov), the Swahili "bunduki", the north Indian "katta" and "tamancha"
            // (country-made pistols).
            | "klash"
            | "kalash"
            | "kalashnikov"
            | "ak-47"
            | "ak47"
            | "bunduki"
            | "katta"
            | "tamancha"
    )
}

/// Verbs that kill, and verbs that hurt.
fn verb_class(n: &str) -> Option<bool> {
    if is_weapon_act(n) {
        return Some(false);
    }
    let kill = matches!(
        n,
        "kill"
            | "kills"
            | "killed"
            | "killing"
            | "murder"
            | "murders"
            | "murdered"
            | "murdering"
            | "shoot"
            | "shoots"
            | "shooting"
            | "shot"
            | "stab"
            | "stabs"
            | "stabbed"
            | "stabbing"
            | "strangle"
            | "strangled"
            | "strangling"
            | "strangles"
            | "smother"
            | "smothered"
            | "smothering"
            | "smothers"
            | "poison"
            | "poisoned"
            | "poisoning"
            | "drown"
            | "drowning"
            | "drowned"
    );
    if kill {
        return Some(true);
    }
    let hurt = matches!(
        n,
        "hurt"
            | "hurts"
            | "hurting"
            | "harm"
            | "harms"
            | "harmed"
            | "harming"
            | "hit"
            | "hits"
            | "hitting"
            | "punch"
            | "punched"
            | "punches"
            | "punching"
            | "headbutt"
            | "head-butt"
            | "head-butts"
            | "head-butted"
            | "head-butting"
            | "headbutted"
            | "headbutts"
            | "headbutting"
            | "slap"
            | "slapped"
            | "slaps"
            | "slapping"
            | "kick"
            | "kicked"
            | "kicks"
            | "kicking"
            | "push"
            | "pushed"
            | "pushes"
            | "pushing"
            | "shove"
            | "shoved"
            | "shoves"
            | "shoving"
            | "choke"
            | "choked"
            | "chokes"
            | "choking"
            | "flog"
            | "flogs"
            | "flogged"
            | "flogging"
            | "beat"
            | "beats"
            | "beating"
            | "beaten"
            | "roughing"
            | "roughed"
            | "attack"
            | "attacked"
            | "attacks"
            | "attacking"
            // "fought a moto-taxi driver": fighting a person (not a cause, an illness or
            // the urge) is a fight with blows; see `fight_not_blows`.
            | "fight"
            | "fights"
            | "fought"
            | "grab"
            | "grabbed"
            | "grabs"
            | "grabbing"
            | "strike"
            | "struck"
            | "strikes"
            | "threaten"
            | "threatened"
            | "threatens"
            | "threatening"
            | "throttle"
            | "throttled"
            | "shake"
            | "shaking"
            | "shook"
            | "shakes"
            | "drop"
            | "dropping"
            | "dropped"
            | "bite"
            | "bit"
            | "biting"
            | "injure"
            | "injured"
            | "injuring"
            | "assault"
            | "assaulted"
            | "assaulting"
            | "scare"
            | "scares"
            | "scared"
            | "scaring"
            | "torture"
            | "tortured"
            | "abuse"
            | "strangle"
            | "suffocate"
            | "suffocating"
            | "burn"
            | "burned"
            | "burning"
            | "scald"
            | "scalded"
            | "swung"
            | "slam"
            | "slams"
            | "slammed"
            | "slamming"
            | "drag"
            | "drags"
            | "dragged"
            | "dragging"
            | "pinned"
            | "pinning"
            | "controlling"
            | "controls"
            | "controlled"
            | "intimidating"
            | "intimidates"
            | "intimidated"
            | "stalking"
            | "stalks"
            | "stalked"
    );
    (hurt || thrown_verb(n) || super::recall::strike_verb(n)).then_some(false)
}

/// "he had her up against the range by the throat", "held him by the neck": a hold on a
/// person's throat is a strangling, read as "choked" on that person so that whom it was done
/// to decides partner abuse or violence. "Had her sister by the throat" is not read here:
/// "her" before a noun is a possessive, and the relative is the one held.
fn held_by_throat(toks: &[Tok], v: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    if !matches!(
        w(v),
        "had"
            | "has"
            | "got"
            | "gets"
            | "grabbed"
            | "grabs"
            | "held"
            | "holds"
            | "holding"
            | "pinned"
            | "pinning"
            | "caught"
            | "lifted"
            | "lifting"
    ) {
        return false;
    }
    // The person held: a pronoun, or a person named ("had the wee lad up against the wall").
    let mut k = if matches!(w(v + 1), "her" | "him" | "them" | "me") {
        v + 2
    } else {
        match person_at(toks, v + 1) {
            Some((_, end)) if w(v + 1) != "her" => end,
            _ => return false,
        }
    };
    // Only place words between: "up against the range", "pinned to the fridge".
    if matches!(
        w(k),
        "up" | "down"
            | "back"
            | "against"
            | "on"
            | "onto"
            | "into"
            | "over"
            | "in"
            | "to"
            | "pinned"
            | "pushed"
            | "shoved"
            | "backed"
            | "pressed"
            | "jammed"
    ) {
        while k < (v + 9).min(toks.len()) && !toks[k].punct && w(k) != "by" {
            k += 1;
        }
    }
    w(k) == "by" && w(k + 1) == "the" && matches!(w(k + 2), "throat" | "neck")
}

/// "gave her a slap", "gives him a good hiding", "gave her a puck in the face": a give verb, a
/// person and a blow (the bare nouns of a blow, or a word that is one only with where it
/// landed: "a dig in the ribs", "a box in the face"); or the verb "clip" with where it landed
/// ("clips him round the head").
fn blow_given(toks: &[Tok], v: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    // Where a blow lands: the injury frames' body words and the head's parts a cuff or a
    // slap finds ("a skelp across the lug", "a clip round the ear").
    let struck = |x: &str| {
        super::frames::is_body(x)
            || matches!(
                x,
                "ear"
                    | "ears"
                    | "lug"
                    | "lugs"
                    | "jaw"
                    | "nose"
                    | "mouth"
                    | "gob"
                    | "chops"
                    | "back"
                    | "backside"
                    | "bum"
                    | "arse"
                    | "ass"
                    | "lughole"
            )
    };
    // "Dad clips him round the head", "she clipped her across the ear": a cuff, the blow a
    // parent gives a child in British and Irish speech, where a body part follows.
    let pron = matches!(w(v + 1), "her" | "him" | "them" | "me" | "you");
    if matches!(w(v), "clip" | "clips" | "clipped" | "clipping")
        && pron
        && matches!(
            w(v + 2),
            "round" | "around" | "across" | "on" | "over" | "behind"
        )
        && matches!(w(v + 3), "the" | "his" | "her" | "their" | "my" | "your")
        && struck(w(v + 4))
    {
        return true;
    }
    // "popped my cousin in the mouth", "clocked him on the jaw": a slang verb of hitting is
    // a blow when a person and the place it landed follow (not "popped him a text").
    if matches!(
        w(v),
        "popped"
            | "pops"
            | "popping"
            | "pop"
            | "clocked"
            | "clocks"
            | "clocking"
            | "clock"
            | "socked"
            | "socks"
            | "bopped"
            | "bops"
            | "lamped"
            | "lamps"
            | "tagged"
            | "tags"
            | "cracked"
            | "cracks"
            | "cracking"
            | "belted"
            | "belts"
            | "thumped"
            | "thumps"
            | "smacked"
            | "smacks"
            | "whacked"
            | "whacks"
            | "slugged"
            | "slugs"
            | "sucker-punched"
    ) {
        let obj_end = if pron {
            Some(v + 2)
        } else if matches!(
            w(v + 1),
            "my" | "his" | "her" | "their" | "your" | "a" | "the" | "this" | "some"
        ) {
            (v + 3..v + 5).find(|&k| matches!(w(k), "in" | "on" | "upside" | "across"))
        } else {
            None
        };
        if let Some(k) = obj_end {
            if matches!(w(k), "in" | "on" | "upside" | "across")
                && matches!(w(k + 1), "the" | "his" | "her" | "their" | "my" | "your")
                && struck(w(k + 2))
            {
                return true;
            }
        }
    }
    // "Baby father box her Saturday", "boxed his ears": to box someone is to punch them in
    // Caribbean, Irish and older British speech; "box her in", "boxed them up", "box him a
    // present" are other senses.
    if matches!(w(v), "box" | "boxes" | "boxed") {
        let time_or_end = |x: &str| {
            x.is_empty()
                || toks.get(v + 2).is_some_and(|t| t.punct)
                || matches!(
                    x,
                    "on" | "at"
                        | "last"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "this"
                        | "again"
                        | "twice"
                        | "once"
                        | "when"
                        | "after"
                        | "before"
                        | "because"
                        | "and"
                        | "for"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "every"
                        | "hard"
                        | "so"
                )
        };
        if matches!(w(v + 1), "her" | "him" | "them" | "me") && time_or_end(w(v + 2)) {
            return true;
        }
        if matches!(w(v + 1), "his" | "her" | "their" | "my" | "your")
            && matches!(w(v + 2), "ears" | "ear" | "head" | "face" | "jaw")
        {
            return true;
        }
        if pron
            && matches!(w(v + 2), "in" | "on" | "across")
            && matches!(w(v + 3), "the" | "his" | "her" | "their" | "my" | "your")
            && struck(w(v + 4))
        {
            return true;
        }
    }
    // "gies her a skelp": Scots "gie", "gies", "gied" for give, gives, gave.
    if !matches!(
        w(v),
        "gave" | "gives" | "giving" | "give" | "given" | "gies" | "gied" | "gie" | "gien"
    ) || !pron
    {
        return false;
    }
    // "I'll give her a slap", "an urge to give him a hiding", "thinking about giving him a
    // kicking": a blow wished or threatened is a thought of harm, which other readers take.
    let before = v.checked_sub(1).map_or("", w);
    if before.ends_with("'d")
        || before.ends_with("'ll")
        || matches!(
            before,
            "to" | "would"
                | "will"
                | "gonna"
                | "might"
                | "could"
                | "should"
                | "want"
                | "wants"
                | "about"
                | "of"
                | "like"
        )
        || (w(v) == "giving" && !matches!(before, "was" | "were" | "been" | "is" | "are"))
    {
        return false;
    }
    let mut k = v + 2;
    while matches!(
        w(k),
        "a" | "an" | "good" | "proper" | "right" | "quick" | "hard" | "few" | "couple" | "of"
    ) {
        k += 1;
    }
    let blow = matches!(
        w(k),
        "slap"
            | "slaps"
            | "clatter"
            | "thump"
            | "thumps"
            | "smack"
            | "smacks"
            | "punch"
            | "punches"
            | "kick"
            | "kicks"
            | "kicking"
            | "headbutt"
            | "wallop"
            | "whack"
            | "skelp"
            | "hiding"
            | "beating"
            | "battering"
            | "belting"
            | "leathering"
            | "pasting"
            | "backhander"
            | "hammering"
            | "thrashing"
            // Caribbean and Southern US "gave him licks", "a whooping", "a flogging".
            | "licks"
            | "lick"
            | "lickings"
            | "licking"
            | "whooping"
            | "whupping"
            | "whipping"
            | "flogging"
            | "caning"
    ) || (w(k) == "doing" && w(k - 1) == "a"); // Scots and Northern "gave him a doing"
    let landed = matches!(
        w(k),
        "box" | "dig" | "belt" | "clip" | "boot" | "puck" | "clout" | "elbow" | "knee"
    ) && matches!(w(k + 1), "in" | "on" | "across" | "round" | "to")
        && matches!(w(k + 2), "the" | "his" | "her" | "their" | "my")
        && struck(w(k + 3));
    let black_eye = w(k) == "black" && w(k + 1) == "eye";
    blow || landed || black_eye
}

/// Verbs of throwing or swinging something at someone, with the regional ones ("hoyed a
/// mug at her" in the North East, "fecked", "lobbed", "pelted").
fn thrown_verb(n: &str) -> bool {
    matches!(
        n,
        "threw"
            | "throw"
            | "throws"
            | "throwing"
            | "hurled"
            | "swung"
            | "swinging"
            // Norfolk "hull": "been hulling crockery at her mum" (not the bare "hull", a
            // ship's).
            | "hulled"
            | "hulling"
            // "whipped a full can at her head", "pegged a rock at him", "launched a plate at her".
            | "whipped"
            | "whipping"
            | "pegged"
            | "pegging"
            | "launched"
            | "hoy"
            | "hoys"
            | "hoyed"
            | "hoying"
            | "lobbed"
            | "pelted"
            | "fecked"
            | "flung"
            | "chuck"
            | "chucks"
            | "chucked"
            | "chucking"
            | "hurl"
            | "hurls"
            | "hurling"
            | "lobs"
            | "lobbing"
    )
}

/// A blow at property: a punch, kick or smash whose object (within five words: "a hole in
/// the wall") is a wall, a door, a window or furniture. `Some(true)`: meant to hurt oneself
/// ("to feel the pain", "until his knuckles split": self-injury); `Some(false)`: aggression
/// (violence); `None` when no such blow, or when a person is hit too ("punched the wall and
/// then her": the person decides).
fn property_blow(toks: &[Tok], v: usize) -> Option<bool> {
    let blow = matches!(
        toks[v].norm.as_str(),
        "punch"
            | "punched"
            | "punches"
            | "punching"
            | "kick"
            | "kicked"
            | "kicks"
            | "kicking"
            | "smash"
            | "smashed"
            | "smashes"
            | "smashing"
    );
    let property = toks[v + 1..toks.len().min(v + 6)]
        .iter()
        .take_while(|t| !t.punct)
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "wall"
                    | "walls"
                    | "door"
                    | "doors"
                    | "window"
                    | "windows"
                    | "mirror"
                    | "tv"
                    | "telly"
                    | "television"
                    | "cupboard"
                    | "wardrobe"
                    | "furniture"
                    | "windscreen"
                    | "windshield"
                    // "punches the rink boards", "the brick wall", "the lockers": any hard
                    // surface that is not a person.
                    | "boards"
                    | "board"
                    | "fence"
                    | "tree"
                    | "bricks"
                    | "brick"
                    | "concrete"
                    | "lockers"
                    | "locker"
                    | "headboard"
                    | "pillar"
                    | "dashboard"
                    | "fridge"
            )
        });
    if !(blow && property) {
        return None;
    }
    let own_pain = toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "purpose"
                | "hurt"
                | "pain"
                | "feel"
                | "knuckles"
                | "deserved"
                | "deserve"
                | "bleed"
                | "bled"
                | "bleeding"
                | "split"
                | "broke"
                | "punish"
                | "punishing"
        )
    });
    if own_pain {
        return Some(true);
    }
    let then_person = toks[v + 1..]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "her" | "him" | "them") || relation(&t.norm).is_some());
    (!then_person).then_some(false)
}

/// Verbs that need a dependent object to be harm ("shaking the baby", not "shook hands").
fn needs_dependent(n: &str) -> bool {
    matches!(
        n,
        "shake"
            | "shaking"
            | "shook"
            | "shakes"
            | "drop"
            | "dropping"
            | "dropped"
            | "scare"
            | "scaring"
            | "scared"
            | "scares"
            | "burn"
            | "burned"
            | "burning"
            | "scald"
            | "scalded"
    )
}

/// Words that make a harm verb a thought, urge, wish or threat rather than an act.
const IDEATION_CUES: &[&str] = &[
    "thoughts",
    "thought",
    "thinking",
    "thinks",
    "think",
    "urge",
    "urges",
    "urged",
    "impulse",
    "impulses",
    "fantasies",
    "fantasy",
    "fantasize",
    "fantasizes",
    "fantasized",
    "fantasizing",
    "want",
    "wants",
    "wanted",
    "wanting",
    "wish",
    "wishes",
    "wished",
    "like",
    "felt",
    "feel",
    "feels",
    "going",
    "gonna",
    "will",
    "plan",
    "plans",
    "planning",
    "planned",
    "intend",
    "intention",
    "intentions",
    "intending",
    "desire",
    "intends",
    "intent",
    "imagine",
    "imagines",
    "imagined",
    "imagining",
    "pictures",
    "picturing",
    "images",
    "image",
    "voices",
    "telling",
    "tell",
    "tells",
    "considering",
    "considered",
    "tempted",
    "ideation",
    "would",
    "could",
    "might",
    "about",
    "threatened",
    "threatens",
    "threatening",
    "threats",
    "visions",
    "obsessions",
    "fears",
    "afraid",
    "hallucinations",
    "commands",
    "command",
    "voice",
    "flashes",
    "flash",
];

/// Words that mark a harm thought as unwanted and intrusive (harm OCD, perinatal).
const INTRUSIVE_CUES: &[&str] = &[
    "intrusive",
    "sudden",
    "suddenly",
    "unbidden",
    "ego",
    "unwanted",
    "horrify",
    "horrifies",
    "horrified",
    "horrifying",
    "obsessive",
    "obsessional",
    "obsessions",
    "images",
    "distressing",
    "disturbing",
    "dystonic",
    "scary",
    "flashes",
    "awful",
    "hates",
    "hate",
    "horrible",
    "terrifying",
    "terrified",
    "upsetting",
    "repulsed",
    "disgusted",
];

/// Whom an object pronoun names when the client is the agent: the last relation of that
/// gender named before it ("his wife says he threatened her": the wife), or a partner in a
/// couples session; otherwise someone outside the family.
fn pronoun_relation(toks: &[Tok], v: usize, obj: usize) -> Rel {
    // "threw a mug at his head": the body's possessor names the person.
    let thrown = thrown_verb(toks.get(v).map_or("", |t| t.norm.as_str()));
    let at = if thrown
        && obj > 0
        && toks
            .get(obj)
            .is_some_and(|t| BODY.contains(&t.norm.as_str()))
    {
        obj - 1
    } else {
        obj
    };
    let g = toks
        .get(at)
        .and_then(|t| match t.norm.as_str() {
            "his" => Some(Gender::Male),
            n => pronoun(n),
        })
        .unwrap_or(Gender::Neutral);
    for k in (0..v).rev() {
        if let Some((rel, rg)) = relation(&toks[k].norm) {
            if rel != Rel::Anyone && rg != Gender::Neutral && rg == g {
                return rel;
            }
        }
    }
    let couple = toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "couple" | "couples" | "couple's" | "marital" | "conjoint"
        )
    });
    if couple {
        Rel::Intimate
    } else {
        Rel::Other
    }
}

/// The position before `v` once the words `skip` accepts (auxiliaries, adverbs) are passed:
/// where a verb's subject ends.
fn skip_back(toks: &[Tok], v: usize, skip: impl Fn(&str) -> bool) -> usize {
    let mut k = v;
    while k > 0 && skip(toks[k - 1].norm.as_str()) {
        k -= 1;
    }
    k
}

/// Whether the verb at `v` has "it" (or a sentence-initial "this"/"that") for its subject,
/// past auxiliaries, negations and adverbs: "it doesn't actually kill", "that'll kill".
fn it_subject(toks: &[Tok], v: usize) -> bool {
    let k = skip_back(toks, v, |p| {
        matches!(
            p,
            "does"
                | "did"
                | "do"
                | "will"
                | "would"
                | "could"
                | "can"
                | "might"
                | "may"
                | "is"
                | "was"
                | "has"
                | "had"
                | "going"
                | "to"
                | "gonna"
                | "not"
                | "never"
                | "actually"
                | "really"
                | "even"
                | "just"
                | "nearly"
                | "almost"
                | "probably"
                | "literally"
                | "won't"
                | "wouldn't"
                | "couldn't"
                | "can't"
                | "doesn't"
                | "didn't"
                | "isn't"
                | "wasn't"
        )
    });
    let Some(subj) = k.checked_sub(1).map(|j| toks[j].norm.as_str()) else {
        return false;
    };
    let lead = k < 2
        || toks[k - 2].punct
        || matches!(
            toks[k - 2].norm.as_str(),
            "so" | "and" | "but" | "said" | "says"
        );
    matches!(subj, "it" | "it's" | "it'll" | "it'd")
        || (matches!(subj, "that" | "this" | "that's" | "that'll" | "this'll") && lead)
}

/// Whether the verb at `v` has an experience for its subject ("the memory", "grief", "it"),
/// past adverbs and auxiliaries: "the memory suddenly hit her", "it really hit him".
fn abstract_subject(toks: &[Tok], v: usize) -> bool {
    let k = skip_back(toks, v, |p| {
        matches!(
            p,
            "really"
                | "suddenly"
                | "finally"
                | "just"
                | "all"
                | "then"
                | "has"
                | "had"
                | "have"
                | "kind"
                | "of"
                | "sort"
                | "properly"
                | "fully"
                | "only"
                | "absolutely"
                | "totally"
                | "completely"
                // "the IED that killed his gunner".
                | "that"
        )
    });
    // "the Wales match on Saturday absolutely murdered him": a time phrase after the subject.
    let k = if k >= 3
        && matches!(toks[k - 2].norm.as_str(), "on" | "last" | "this" | "at")
        && (crate::risk::context::is_weekday(&toks[k - 1].norm)
            || matches!(
                toks[k - 1].norm.as_str(),
                "weekend" | "night" | "friday's" | "saturday's" | "sunday's" | "tuesday"
            )) {
        k - 2
    } else {
        k
    };
    k.checked_sub(1).is_some_and(|j| {
        matches!(
            toks[j].norm.as_str(),
            // Events of a day's work or play: "Saturday brunch absolutely murdered them",
            // "the match murdered him".
            "brunch"
                | "lunch"
                | "dinner"
                | "service"
                | "rush"
                | "match"
                | "game"
                | "season"
                | "gig"
                | "race"
                | "marathon"
                | "hike"
                | "climb"
                | "deadline"
                | "deadlines"
                | "traffic"
                | "defeat"
                | "inspection"
                | "audit"
                | "memory"
                | "memories"
                | "news"
                | "grief"
                | "reality"
                | "realisation"
                | "realization"
                | "it"
                | "panic"
                | "wave"
                | "exhaustion"
                | "tiredness"
                | "loss"
                | "thought"
                | "flashback"
                | "flashbacks"
                | "anxiety"
                | "fear"
                | "sadness"
                | "guilt"
                | "shame"
                | "diagnosis"
                | "anniversary"
                | "fatigue"
                | "heat"
                | "jetlag"
                | "depression"
                // Events and losses: "his dad's death hit him hard", "the cuts hit her";
                // "which" names a thing or an event ("her dog died, which hit her hard").
                | "which"
                | "death"
                | "deaths"
                | "passing"
                | "redundancy"
                | "divorce"
                | "breakup"
                | "separation"
                | "cuts"
                | "funeral"
                | "illness"
                | "decision"
                | "results"
                | "result"
                | "rejection"
                | "miscarriage"
                | "layoffs"
                | "layoff"
                | "retirement"
                | "verdict"
                | "pandemic"
                | "lockdown"
                // Things and disasters: "the IED that killed his gunner", "the exam murdered
                // her", "the bushfires killed people".
                | "ied"
                | "bomb"
                | "mine"
                | "blast"
                | "explosion"
                | "fire"
                | "fires"
                | "bushfire"
                | "bushfires"
                | "flood"
                | "floods"
                | "storm"
                | "virus"
                | "cancer"
                | "tumour"
                | "tumor"
                | "stroke"
                | "exam"
                | "exams"
                | "test"
                | "workout"
                | "shift"
                | "commute"
                | "heatwave"
                | "recession"
                | "bill"
                | "bills"
                | "letter"
                | "email"
                | "sacking"
                | "eviction"
                | "stillbirth"
                | "suicide"
                | "accident"
                | "crash"
                // Accidents at work and in nature: "the fall of ground that killed his
                // crew mate", "the collapse of the roof", "the rollover that killed her son".
                | "fall"
                | "collapse"
                | "rockfall"
                | "cave-in"
                | "rollover"
                | "derailment"
                | "avalanche"
                | "landslide"
                | "mudslide"
                | "wreck"
                | "pileup"
                | "earthquake"
                | "quake"
                | "tornado"
                | "hurricane"
                | "cyclone"
                | "tsunami"
                | "lightning"
                | "overdose"
                | "roof"
                | "scaffold"
                | "scaffolding"
                | "crane"
        )
    })
}

/// Verbs that injure a named body part ("broke her wrist", "fractured his cheekbone"): they
/// hurt only through such an object, so they are read by [`injury_given`] alone.
fn is_break_verb(n: &str) -> bool {
    matches!(
        n,
        "broke"
            | "breaks"
            | "breaking"
            | "fractured"
            | "fractures"
            | "fracturing"
            | "dislocated"
            | "dislocates"
            | "cracked"
            | "busted"
            | "burst"
            | "bloodied"
            | "blacked"
    )
}

/// Body parts a blow breaks, cracks or dislocates.
const INJURED_PARTS: &[&str] = &[
    "nose",
    "jaw",
    "wrist",
    "wrists",
    "arm",
    "arms",
    "rib",
    "ribs",
    "collarbone",
    "cheekbone",
    "cheekbones",
    "finger",
    "fingers",
    "hand",
    "leg",
    "ankle",
    "skull",
    "tooth",
    "teeth",
    "lip",
    "eye",
    "shoulder",
    "elbow",
    "thumb",
    "orbital",
    "eardrum",
    "knee",
    "kneecap",
    "back",
    "neck",
];

/// "Husband broke her wrist", "he cracked her ribs", "her dad fractured his jaw": an injury
/// given to a body part that is not the agent's own is a blow to that person, read like
/// "hit her" (the agent's relation decides abuse or violence). One's own ("she broke her
/// wrist skiing", "Dad broke his arm", "broke her ankle" with no agent named) is an injury,
/// not an act of harm.
fn injury_given(toks: &[Tok], v: usize) -> Option<Harm> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let owner = pronoun(w(v + 1)).filter(|_| matches!(w(v + 1), "her" | "his"))?;
    let mut p = v + 2;
    if matches!(
        w(p),
        "left" | "right" | "front" | "two" | "three" | "both" | "upper" | "lower"
    ) {
        p += 1;
    }
    if !INJURED_PARTS.contains(&w(p)) {
        return None;
    }
    // "blacked her eye" but not "blacked out"; "busted his lip".
    if thing_subject_of(toks, v) {
        return None;
    }
    // The agent: the nearest subject word before the verb (a pronoun or a relation noun).
    let agent = (v.saturating_sub(6)..v).rev().find_map(|j| {
        let t = &toks[j];
        if t.punct {
            return Some(None);
        }
        if is_subject_pronoun(&t.norm) {
            return Some(pronoun(&t.norm));
        }
        relation(&t.norm)
            .filter(|_| !t.norm.ends_with("'s"))
            .map(|(_, g)| Some(g))
            .or_else(|| CLIENT_WORDS.contains(&t.norm.as_str()).then_some(None))
    });
    let Some(Some(a)) = agent else {
        return None;
    };
    // "partner broke her nose", "I broke his jaw": an agent of no gender, or of the other
    // one, breaks someone else's bone.
    if a == owner {
        return None;
    }
    // "partner broke her wrist when she fell on the ice": told as an accident.
    if toks[p + 1..].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "fell"
                | "fall"
                | "falling"
                | "slipped"
                | "tripped"
                | "skiing"
                | "playing"
                | "accident"
                | "accidentally"
                | "crash"
                | "ice"
                | "match"
                | "game"
                | "training"
        )
    }) {
        return None;
    }
    let end = p;
    let harm = |concept, kind, other| Harm::some(concept, kind, end, other);
    match subject_at(toks, v) {
        Subject::Thing => None,
        // Someone close breaks the client's bones: abuse; anyone else's blow is violence
        // against the client, someone else's act.
        Subject::Third(rel) if rel.abuse_eligible() && rel != Rel::Anyone => {
            harm(Concept::Abuse, RiskKind::Abuse, false)
        }
        Subject::Third(_) => harm(Concept::Violence, RiskKind::Violence, true),
        // The client's blow to someone else: a partner or a child is abuse, anyone else
        // violence.
        Subject::Client => {
            if matches!(pronoun_relation(toks, v, p), Rel::Intimate | Rel::Child) {
                harm(Concept::Abuse, RiskKind::Abuse, false)
            } else {
                harm(Concept::Violence, RiskKind::Violence, false)
            }
        }
    }
}

/// A harm verb's reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Harm {
    pub concept: Concept,
    pub kind: RiskKind,
    /// Last token of the quote (the verb's object).
    pub end: usize,
    /// The risk is someone else's: no item for the client.
    pub other: bool,
}

impl Harm {
    /// A reading, as the harm readers return it.
    fn some(concept: Concept, kind: RiskKind, end: usize, other: bool) -> Option<Harm> {
        Some(Harm {
            concept,
            kind,
            end,
            other,
        })
    }
}

/// "the school counselor at Great Bend Middle", "down at Kill Devil Hills": a capitalised word
/// inside a run of capitalised words, not at the sentence's start, is part of a name.
fn in_proper_name(toks: &[Tok], v: usize) -> bool {
    let cap = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.capital && !t.punct && t.norm != "i")
    };
    let sentence_start = v == 0
        || toks[v - 1].punct
            && matches!(
                toks[v - 1].norm.as_str(),
                "." | "!" | "?" | ":" | ";" | "'" | "\""
            );
    cap(v) && !sentence_start && ((v > 0 && cap(v - 1)) || cap(v + 1))
}

/// The verb "fight" in any form.
fn is_fight(n: &str) -> bool {
    matches!(n, "fight" | "fights" | "fought" | "fighting")
}

/// A fight with a person that is a dispute or a resistance, not blows: "fought her ex for
/// custody", "fights me on every rule", "fought the landlord in court", "fighting his mum
/// about curfew". "Fought a guy over a parking space" keeps its blows.
fn fight_not_blows(toks: &[Tok], v: usize, n: &str, end: usize) -> bool {
    if !is_fight(n) {
        return false;
    }
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "the fight his mum mentioned", "any fight at the harbour": the noun, not the verb; and
    // a fight "at" or "in" a place names no one fought.
    if v > 0
        && (DETERMINERS.contains(&w(v - 1))
            || matches!(
                w(v - 1),
                "any"
                    | "no"
                    | "big"
                    | "one"
                    | "another"
                    | "first"
                    | "last"
                    | "bar"
                    | "street"
                    | "fist"
            ))
        || matches!(
            w(v + 1),
            "at" | "in"
                | "on"
                | "over"
                | "about"
                | "with"
                | "for"
                | "back"
                | "off"
                | "through"
                | "against"
                | "outside"
                | "near"
                | "after"
                | "and"
                | "or"
        )
    {
        return true;
    }
    // "fought him with a knife", "fought him back" keep their blows.
    match w(end + 1) {
        "about" | "through" | "off" | "for" => true,
        // "fights me on every rule" resists; "fought him on the way home" names where.
        "on" => {
            !(matches!(w(end + 2), "the" | "a")
                && matches!(
                    w(end + 3),
                    "way" | "street" | "bus" | "train" | "road" | "corner" | "beach" | "pitch"
                ))
        }
        "in" => {
            matches!(w(end + 2), "court" | "courts" | "the") && {
                let k = if w(end + 2) == "the" {
                    end + 3
                } else {
                    end + 2
                };
                matches!(
                    w(k),
                    "court" | "courts" | "tribunal" | "hearing" | "election" | "debate"
                )
            }
        }
        _ => false,
    }
}

/// The "by" that brings in a passive's agent: right after the participle or after a short
/// manner phrase ("beaten with sticks by the brothers-in-law", "hit hard by"), not
/// past punctuation or a new clause.
fn agent_by(toks: &[Tok], v: usize) -> Option<usize> {
    for (k, t) in toks.iter().enumerate().take(v + 7).skip(v + 1) {
        if t.is("by") {
            return Some(k);
        }
        if t.punct
            || matches!(
                t.norm.as_str(),
                "and" | "but" | "when" | "because" | "after" | "while" | "if" | "since" | "so"
                    | "into" | "to" | "that" | "who" | "which"
            )
            // "pushed into handing over her savings by anyone": another verb between
            // them makes the "by" that verb's.
            || k > v + 1 && t.norm.ends_with("ing")
        {
            return None;
        }
    }
    None
}

/// Reads the harm verb at token `v`, or `None` when it is not harm to anyone (an idiom, a
/// thing, no object).
pub(crate) fn harm_verb(toks: &[Tok], v: usize, seg_start: usize) -> Option<Harm> {
    if in_proper_name(toks, v) {
        return None;
    }
    // "gave her a puck in the face", "gave him a dig in the ribs": a blow given is read as
    // the blow's verb on its receiver.
    let n = if blow_given(toks, v) {
        "hit"
    } else if held_by_throat(toks, v) {
        "choked"
    } else {
        toks[v].norm.as_str()
    };
    // "cracked his ribs" is an injury; "cracked a guy over the head" a blow (a strike verb);
    // "cracked his knuckles" neither.
    if is_break_verb(n) {
        let injury = injury_given(toks, v);
        let possessed = toks.get(v + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "his" | "her" | "their" | "my" | "your" | "its"
            )
        });
        if injury.is_some() || possessed || !super::recall::strike_verb(n) {
            return injury;
        }
    }
    let kill = verb_class(n)?;
    // "grip was up a fair bit", "quite a bit on the scale": "bit" after "a" or a word of
    // amount is a noun, an amount, not a bite.
    if n == "bit"
        && v > 0
        && matches!(
            toks[v - 1].norm.as_str(),
            "a" | "fair" | "little" | "tiny" | "wee" | "good" | "quite" | "lil" | "big" | "each"
        )
    {
        return None;
    }
    // "the shooting coach", "a boxing coach": an -ing form after an article modifies the
    // noun that follows (a compound), it does not act on it.
    if n.ends_with("ing")
        && v > 0
        && matches!(toks[v - 1].norm.as_str(), "the" | "a" | "an")
        && toks.get(v + 1).is_some_and(|t| {
            !t.punct && !DETERMINERS.contains(&t.norm.as_str()) && pronoun(&t.norm).is_none()
        })
    {
        return None;
    }
    // "rubbed an old fryer burn on his wrist": an injury named as a noun, old or got at
    // work or by accident, is a mark, not an act on the body.
    if matches!(
        n,
        "burn" | "burns" | "cut" | "cuts" | "scald" | "scalds" | "scratch"
    ) && toks[v.saturating_sub(3)..v].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "old"
                | "healed"
                | "fryer"
                | "oven"
                | "kitchen"
                | "grill"
                | "stove"
                | "cooking"
                | "rope"
                | "carpet"
                | "friction"
                | "sun"
                | "steam"
                | "grease"
                | "welding"
                | "paper"
                | "work"
                | "battery"
                | "chemical"
        )
    }) {
        return None;
    }
    // "Lost a fair whack at the TAB, 'the Chiefs killed me'": a defeat or a lost bet said as
    // the speaker's death is a loss, not a threat ("nearly killed me" stays an act).
    if matches!(n, "killed" | "kills" | "kill")
        && toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "me" | "us"))
        && !toks[v.saturating_sub(3)..v].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "nearly" | "almost" | "could" | "would" | "tried" | "try" | "will" | "gonna"
            ) || t.norm.ends_with("'ll")
        })
        && (super::acts::contest(toks)
            || toks.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "bet"
                        | "bets"
                        | "tab"
                        | "bookie"
                        | "bookies"
                        | "odds"
                        | "punt"
                        | "pokies"
                        | "multi"
                        | "accumulator"
                        | "acca"
                        | "parlay"
                        | "wager"
                )
            }))
    {
        return None;
    }
    // "after his dad kicked him out": turned out of a home or a place, not a kick ("kicked
    // out at him" is a lashing out; the passive "got kicked out" is `acts::suffered`'s).
    if n.starts_with("kick") {
        let mut k = v + 1;
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "him" | "her" | "them" | "me" | "us"))
        {
            k += 1;
        }
        // "she'd kick him out in a heartbeat": "in a ..." after "out" is how soon, not where.
        let lashing = toks.get(k + 1).is_some_and(|t| {
            matches!(t.norm.as_str(), "at" | "on")
                || t.is("in") && !toks.get(k + 2).is_some_and(|x| x.is("a"))
        });
        if toks.get(k).is_some_and(|t| t.is("out")) && !lashing {
            return None;
        }
    }
    // "the guys on the dock cracking Rainiers", "cracked a cold one": cans and bottles opened
    // are drinks (read by the substance rules), not people struck.
    if n.starts_with("crack")
        && toks.get(v + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "beers"
                    | "beer"
                    | "cans"
                    | "tinnies"
                    | "tins"
                    | "brews"
                    | "bottles"
                    | "stubbies"
                    | "tallboys"
                    | "coldies"
                    | "longnecks"
                    | "rainiers"
                    | "coronas"
                    | "buds"
                    | "ciders"
                    | "lagers"
                    | "pints"
                    | "frothies"
                    | "open"
            ) || matches!(t.norm.as_str(), "a" | "another" | "some")
                && toks.get(v + 2).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "beer"
                            | "can"
                            | "cold"
                            | "brew"
                            | "bottle"
                            | "tinnie"
                            | "stubby"
                            | "tallboy"
                    )
                })
        })
    {
        return None;
    }
    // "her nephew cracked him up", "cracked him a beer": a particle
    // or a thing given after the person is no blow ("cracked him a good one" is).
    if n.starts_with("crack")
        && toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "him" | "her" | "them" | "me" | "us"))
        && toks.get(v + 2).is_some_and(|t| {
            matches!(t.norm.as_str(), "up" | "out" | "open")
                || matches!(t.norm.as_str(), "a" | "an")
                    && !toks.get(v + 3).is_some_and(|x| {
                        matches!(
                            x.norm.as_str(),
                            "good" | "right" | "proper" | "beauty" | "one" | "belter" | "clip"
                        )
                    })
        })
    {
        return None;
    }
    // "twisted her dupatta when she spoke", "bent his glasses": a verb that hurts only a
    // body names a thing, not a person, when a possessive puts a thing after it.
    if ["twist", "wrench", "bend", "bent"]
        .iter()
        .any(|b| n.starts_with(b))
        && toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "her" | "his" | "their" | "my" | "your"))
        && toks.get(v + 2).is_some_and(|t| {
            !t.punct && !super::frames::is_body(&t.norm) && relation(&t.norm).is_none()
        })
    {
        return None;
    }
    let (mut object, mut end) = object_after(toks, v);
    // "you're killing me", "the kids are killing us": a progressive aimed at the speaker is
    // hyperbole (FORMATS §4.6 idioms); so is one whose subject is a thing ("the wedding
    // planning is killing them").
    if matches!(n, "killing" | "murdering") && matches!(object, Object::Pronoun) && v > 0 {
        // "this semester is 'flat killing her'": an adverb or an opening quote may stand
        // between the copula and the verb.
        let v = (1..=v)
            .rev()
            .find(|&i| {
                !(opening_quote(&toks[i - 1])
                    || matches!(
                        toks[i - 1].norm.as_str(),
                        "flat"
                            | "just"
                            | "absolutely"
                            | "proper"
                            | "slowly"
                            | "literally"
                            | "really"
                            | "honestly"
                            | "actually"
                    ))
            })
            .unwrap_or(v);
        let p = toks[v - 1].norm.as_str();
        let speaker = toks
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "me" | "us"))
            && (matches!(p, "is" | "are" | "am" | "was" | "were" | "been")
                || p.ends_with("'re")
                || p.ends_with("'s"));
        let thing_subject = matches!(p, "is" | "are" | "was" | "were")
            && v > 1
            && !toks[v - 2].punct
            && !toks[v - 2].capital
            && pronoun(&toks[v - 2].norm).is_none()
            && person_at(toks, v - 2).is_none()
            && !role_noun(&toks[v - 2].norm)
            || matches!(p, "it's" | "that's")
            // "work's been killing her", "the weather's been killing him".
            || p == "been" && v > 1 && {
                let t = &toks[v - 2].norm;
                t.strip_suffix("'s").is_some_and(|b| {
                    matches!(
                        b,
                        "work" | "weather" | "job" | "commute" | "heat" | "cold" | "back"
                            | "knee" | "shift" | "shifts" | "it" | "that" | "this" | "stress"
                            | "pain" | "hip" | "rota" | "boss"
                    )
                })
            };
        if speaker || thing_subject {
            return None;
        }
    }
    // "calving season about killed her", "the North Sea nearly killed him three times": a
    // killing "nearly" done to a pronoun by a subject that is no person (no pronoun, kin
    // word, role or bare name before it) is said of an ordeal. "His dad nearly killed him"
    // and "he nearly killed her" keep the act.
    if matches!(n, "killed" | "kills" | "kill") && matches!(object, Object::Pronoun) && v >= 2 {
        let hedge = matches!(
            toks[v - 1].norm.as_str(),
            "nearly" | "almost" | "about" | "near" | "practically" | "absolutely" | "proper"
        );
        let mut s = v - 2;
        while s > 0 && matches!(toks[s].norm.as_str(), "has" | "had" | "have" | "'s" | "'d") {
            s -= 1;
        }
        let t = &toks[s];
        let person = pronoun(&t.norm).is_some()
            || is_subject_pronoun(&t.norm)
            || relation(&t.norm).is_some()
            || role_noun(&t.norm)
            || CLIENT_WORDS.contains(&t.norm.as_str())
            || (t.capital && {
                // A run of capitals after "the" names a place or a thing ("the North Sea").
                let mut c = s;
                while c > 0 && toks[c - 1].capital && !toks[c - 1].punct {
                    c -= 1;
                }
                !(c > 0 && toks[c - 1].is("the"))
            })
            || t.norm.ends_with("'s");
        if hedge && !t.punct && !person {
            return None;
        }
    }
    // "The memory hit her like a ton of bricks", "then the grief hit him": a blow whose
    // subject is a feeling, a memory or the news is said of an experience, not an act.
    if matches!(
        n,
        "hit"
            | "hits"
            | "hitting"
            | "struck"
            | "strikes"
            | "floored"
            | "floors"
            | "flattened"
            | "flattens"
    ) && abstract_subject(toks, v)
    {
        return None;
    }
    // "the IED that killed his gunner", "the maths exam absolutely murdered her": a death or
    // a strain whose subject is a thing, a disaster or an illness, not a person.
    if matches!(n, "killed" | "kills" | "murdered" | "murders" | "destroyed")
        && abstract_subject(toks, v)
    {
        return None;
    }
    // "Her mocks are killing her", "these shifts are killing me": a progressive "killing"
    // whose subject is a thing, not a person, is said of a strain.
    if n == "killing" && v >= 2 {
        let aux = toks[v - 1].norm.as_str();
        let subj = &toks[v - 2];
        if matches!(aux, "is" | "are" | "was" | "were")
            && !subj.punct
            && !subj.capital
            && pronoun(&subj.norm).is_none()
            && !is_subject_pronoun(&subj.norm)
            && relation(&subj.norm).is_none()
            && !matches!(
                subj.norm.as_str(),
                "who" | "that" | "which" | "someone" | "somebody"
            )
        {
            return None;
        }
    }
    // "So it doesn't actually kill me", "that'll kill you": a killing verb whose subject is
    // "it" or "this/that" (a thing, a feeling, a task) and whose object is the speaker is
    // said of a sensation or an effort, never of a person's act.
    if matches!(object, Object::Pronoun)
        && toks
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "me" | "us" | "you"))
        && it_subject(toks, v)
    {
        return None;
    }
    // "pushed him to move the appointment up", "pushing her into applying": urging, not a
    // shove; "pushed him to the ground" still is one.
    if matches!(n, "push" | "pushed" | "pushes" | "pushing")
        && matches!(object, Object::Pronoun | Object::Person(_))
    {
        let next = toks.get(end + 1).map_or("", |t| t.norm.as_str());
        let after = toks.get(end + 2).map_or("", |t| t.norm.as_str());
        let urged = matches!(next, "harder" | "more" | "for")
            || (next == "to"
                && !after.is_empty()
                && !DETERMINERS.contains(&after)
                && !matches!(after, "ground" | "floor" | "wall" | "bed" | "edge"))
            || (next == "into" && after.ends_with("ing"))
            || matches!(next, "towards" | "toward") && after.ends_with("ing");
        if urged {
            return None;
        }
    }
    // "pushed, hit, or choked her": verbs in a list share the last one's object.
    if object == Object::None {
        let mut k = v + 1;
        while k < toks.len() && k < v + 8 {
            let w = toks[k].norm.as_str();
            if [",", "or", "and", "even"].contains(&w) {
                k += 1;
                continue;
            }
            if verb_class(w).is_some() {
                let (o, _) = object_after(toks, k);
                if o != Object::None {
                    // The quote stays on this verb; the later one is its own finding.
                    object = o;
                    end = v;
                    break;
                }
                k += 1;
                continue;
            }
            break;
        }
    }
    // Idioms: "beat himself up", "beat her brother at chess", "hit it off", "shot" knees.
    let after = toks.get(end + 1).map(|t| t.norm.as_str());
    if object == Object::Reflexive && after == Some("up") {
        return None;
    }
    // "pushing herself too hard", "dragging himself out of bed", "kicking himself": idioms;
    // only verbs that injure take a reflexive object as self-harm.
    let injures = matches!(
        n,
        "hurt"
            | "hurts"
            | "hurting"
            | "harm"
            | "harms"
            | "harmed"
            | "harming"
            | "hit"
            | "hits"
            | "hitting"
            | "punch"
            | "punched"
            | "punches"
            | "punching"
            | "slap"
            | "slapped"
            | "slaps"
            | "slapping"
            | "injure"
            | "injured"
            | "injuring"
            | "bite"
            | "bit"
            | "biting"
            | "burn"
            | "burned"
            | "burning"
            | "scald"
            | "scalded"
            | "choke"
            | "choked"
            | "choking"
            | "strangle"
            | "strangled"
            | "strangling"
            | "stab"
            | "stabs"
            | "stabbed"
            | "stabbing"
            | "shoot"
            | "shoots"
            | "shooting"
            | "shot"
            | "kill"
            | "kills"
            | "killed"
            | "killing"
            | "poison"
            | "poisoned"
            | "poisoning"
            | "drown"
            | "drowning"
            | "drowned"
            | "smother"
            | "smothered"
            | "suffocate"
            | "suffocating"
            | "beat"
            | "beats"
            | "beating"
            | "strike"
            | "struck"
            | "torture"
            | "tortured"
    );
    if object == Object::Reflexive && !injures {
        return None;
    }
    if fight_not_blows(toks, v, n, end) {
        return None;
    }
    // "beat her brother at chess" is a defeat; "beating her at the level of the head",
    // "beat him in the face" name where the blows fell.
    if n.starts_with("beat")
        && matches!(after, Some("at" | "in"))
        && !(end + 2..end + 6)
            .filter_map(|k| toks.get(k))
            .any(|t| t.is("level") || super::frames::is_body(&t.norm))
    {
        return None;
    }
    // "shook his son's hand": a greeting, whoever's hand it is.
    if matches!(n, "shake" | "shaking" | "shook" | "shakes")
        && toks[end.min(toks.len())..(end + 3).min(toks.len())]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "hand" | "hands"))
    {
        return None;
    }
    // "biting her nails", "bit his lip": "her" is the owner of a part one bites by habit or
    // restraint (a BFRB, FORMATS §3), not the one bitten.
    if matches!(n, "bite" | "bit" | "biting" | "bites")
        && toks.get(end + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "nails" | "nail" | "fingernails" | "lip" | "lips" | "tongue" | "cheek" | "cuticles"
            )
        })
    {
        return None;
    }
    if needs_dependent(n) && !matches!(object, Object::Person(Rel::Child)) {
        return None;
    }
    let start = toks[seg_start..v]
        .iter()
        .rposition(|t| t.is(";"))
        .map_or(seg_start, |p| seg_start + p + 1);
    let before = &toks[start..v];
    let window = &before[before.len().saturating_sub(8)..];
    let ideation = window.iter().any(|t| {
        IDEATION_CUES.contains(&t.norm.as_str())
            || t.norm.ends_with("'ll")
            || t.norm.ends_with("'d")
    }) || (v >= 2
        // Jamaican "mi a go buss him head": "a go" right before the verb is "going to" (not
        // "had a go at a cyclist").
        && toks[v - 2].is("a")
        && toks[v - 1].is("go"));
    let intrusive = toks[start..toks.len()]
        .iter()
        .any(|t| INTRUSIVE_CUES.contains(&t.norm.as_str()));
    // "thoughts of hurting the registrar", "urges to stab the night porter": what one thinks
    // of hurting with a verb aimed only at people is someone, whatever the noun ("murder the
    // karaoke song", "kill this exam" and "attack the problem" are idioms, so not those).
    if object == Object::Thing
        && ideation
        && matches!(
            n,
            "hurt"
                | "hurting"
                | "harm"
                | "harming"
                | "stab"
                | "stabbing"
                | "strangle"
                | "strangling"
                | "injure"
                | "injuring"
        )
        && toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "that" | "this"))
    {
        object = Object::Person(Rel::Other);
    }
    if thing_subject_of(toks, v) {
        return None;
    }
    let subject = subject_at(toks, v);
    // Passive: "her toddler was hit by her boyfriend": the subject is the victim and the
    // agent follows "by".
    // A note's subjectless participle ("Assaulted by partner tonight", "Pt, hit by her
    // stepdad") is the same passive with the client as its subject.
    // Telegraphic notes drop the article and the auxiliary too: "Girl beaten by stepmother",
    // "Pt hit by partner last night" (a bare person word, then the participle).
    let bare_person = v >= 1
        && (v - 1 == seg_start || v == 1 || toks[v - 2].punct)
        && !toks[v - 1].punct
        && (CLIENT_WORDS.contains(&toks[v - 1].norm.as_str()) || is_person_noun(&toks[v - 1].norm));
    let by_at = agent_by(toks, v);
    // Only a participle can be a passive: "go by her sister" is a visit, not an agent.
    let participle = n.ends_with("ed")
        || n.ends_with("en")
        || matches!(
            n,
            "hit"
                | "cut"
                | "struck"
                | "shot"
                | "bit"
                | "burnt"
                | "hurt"
                | "held"
                | "thrown"
                | "beat"
                | "slung"
                | "stung"
                | "stuck"
                | "swung"
                | "shook"
                | "knocked"
        );
    let bare_participle = (v == seg_start || v == 0 || toks[v - 1].punct || bare_person)
        && participle
        && by_at.is_some();
    // "was badly beaten by": an adverb may stand between the auxiliary and the participle.
    let aux_at = if v > 1 && toks[v - 1].norm.ends_with("ly") && !toks[v - 1].punct {
        v - 2
    } else {
        v.saturating_sub(1)
    };
    let passive = bare_participle
        || v > 0
            && participle
            && matches!(
                toks[aux_at].norm.as_str(),
                "was" | "were" | "been" | "being" | "got" | "gets" | "is" | "are"
            );
    if passive {
        // "their girl ... is beaten when the sales are poor", "the kids get hit if they talk
        // back": a child's habitual beating with no one named is the household's (FORMATS §4
        // rule 5, a dependent in the client's care); not one at school or in the street.
        let Some(by) = by_at else {
            let habitual = matches!(toks[aux_at].norm.as_str(), "is" | "are" | "gets" | "get");
            let elsewhere = (v + 1..toks.len().min(v + 5)).any(|k| {
                matches!(
                    toks[k].norm.as_str(),
                    "school" | "playground" | "bullies" | "classmates" | "street" | "park"
                )
            });
            let child = matches!(subject, Subject::Third(Rel::Child));
            return (habitual && child && !elsewhere && n != "hurt").then_some(Harm {
                concept: Concept::Abuse,
                kind: RiskKind::Abuse,
                end: v,
                other: false,
            });
        };
        let agent = noun_phrase(toks, by + 1)
            .map(|(_, _, rel, _, _)| rel)
            .or_else(|| {
                toks.get(by + 1)
                    .and_then(|t| relation(&t.norm))
                    .map(|(r, _)| r)
            })?;
        let household = matches!(agent, Rel::Intimate | Rel::Parent | Rel::Caregiver);
        // "Beaten with sticks by the brothers-in-law": a relative's blows to the client are
        // maltreatment in the family (FORMATS §3), siblings and in-laws included.
        let abuse = match subject {
            Subject::Client => agent.family() && agent != Rel::Anyone,
            Subject::Third(Rel::Child) => household,
            _ => false,
        };
        // Someone else hurt by someone else is not the client's, but it is a mention: a
        // later "that has never happened to her" refers back to it.
        let family_agent = matches!(
            agent,
            Rel::Intimate | Rel::Parent | Rel::Caregiver | Rel::Sibling | Rel::Child
        );
        return Some(Harm {
            concept: if abuse || family_agent {
                Concept::Abuse
            } else {
                Concept::Violence
            },
            kind: if abuse || family_agent {
                RiskKind::Abuse
            } else {
                RiskKind::Violence
            },
            end: by + 1,
            other: !abuse,
        });
    }
    let harm = |concept, kind, other| Harm::some(concept, kind, end, other);
    // "the tablets are killing his stomach", "that workout murdered her legs": a killing
    // whose object is a body part is pain said as an idiom, whoever the subject.
    if matches!(object, Object::BodyOf(_)) && (n.starts_with("kill") || n.starts_with("murder")) {
        return None;
    }
    // "mud season's been killing her commute", "it's killing his chances": "her" or "his"
    // as the determiner of a thing, which no one kills ("kill her any time" has none).
    let thing_after = |t: &Tok| {
        thing_noun(t)
            && t.norm.chars().all(|c| c.is_ascii_alphabetic())
            && t.norm.len() > 2
            && !is_person_noun(&t.norm)
            && !matches!(
                t.norm.as_str(),
                "own"
                    | "self"
                    | "baby"
                    | "babies"
                    | "kids"
                    | "kid"
                    | "dog"
                    | "cat"
                    | "pet"
                    | "and"
                    | "or"
                    | "if"
                    | "when"
                    | "because"
                    | "too"
                    | "off"
                    | "in"
                    | "with"
                    | "for"
                    | "at"
                    | "on"
                    | "now"
                    | "again"
                    | "first"
                    | "then"
                    | "tonight"
                    | "today"
                    | "someday"
                    | "slowly"
                    | "quickly"
                    | "dead"
                    | "any"
                    | "anytime"
                    | "every"
                    | "some"
                    | "all"
                    | "both"
                    | "each"
                    | "soon"
                    | "later"
                    | "next"
                    | "this"
                    | "that"
                    | "there"
                    | "here"
                    | "right"
                    | "just"
                    | "once"
                    | "twice"
            )
    };
    if (n.starts_with("kill") || n.starts_with("murder"))
        && matches!(object, Object::Pronoun)
        && toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "her" | "his" | "their" | "my"))
        && toks.get(v + 2).is_some_and(thing_after)
    {
        return None;
    }
    // "Rob grabbed her wrist": a body that is not the agent's is another person.
    if let Object::BodyOf(g) = object {
        let nearest = (0..v)
            .rev()
            .find(|&k| is_subject_pronoun(&toks[k].norm) && pronoun(&toks[k].norm).is_some());
        // "She called because a player screamed at her and threw chips at her face": a
        // person named after that pronoun, as a subject with its verb, is the agent.
        let named_rel = nearest.and_then(|p| {
            (p + 1..v).find_map(|k| {
                person_at(toks, k)
                    .map(|(rel, _)| rel)
                    .filter(|rel| *rel != Rel::Anyone)
                    .or_else(|| {
                        (matches!(toks[k].norm.as_str(), "a" | "an" | "another" | "some")
                            && toks.get(k + 2).is_some_and(|t| {
                                t.norm.len() > 4 && t.norm.ends_with("ed") && !t.punct
                            }))
                        .then_some(Rel::Other)
                    })
            })
        });
        let named_agent = named_rel.is_some();
        // The subject read as the client's is that named person's act on the client's body:
        // abuse from family, partner or carer, and otherwise someone else's violence.
        if let (Some(rel), Subject::Client) = (named_rel, subject) {
            return if rel.abuse_eligible() {
                harm(Concept::Abuse, RiskKind::Abuse, false)
            } else {
                harm(Concept::Violence, RiskKind::Violence, true)
            };
        }
        let agent_gender = nearest.and_then(|k| pronoun(&toks[k].norm));
        let own = !named_agent
            && match agent_gender {
                Some(a) => compatible(a, g),
                None => {
                    !toks[..v].iter().any(|t| {
                        t.capital
                            && !t.punct
                            && relation(&t.norm).is_none()
                            && !CLIENT_WORDS.contains(&t.norm.as_str())
                            && !t.is("i")
                    }) || g == Gender::Neutral
                }
            };
        if !own {
            object = Object::Pronoun;
        }
    }
    let coercive = matches!(
        n,
        "controlling"
            | "controls"
            | "controlled"
            | "intimidating"
            | "intimidates"
            | "intimidated"
            | "stalking"
            | "stalks"
            | "stalked"
    );
    if coercive && !matches!(subject, Subject::Third(_)) {
        return None;
    }
    match (subject, object) {
        (Subject::Thing, _) => None,
        // "that workout murdered my legs", "these shoes are killing my feet": idioms.
        (Subject::Client, Object::BodyOf(_))
            if n.starts_with("kill") || n.starts_with("murder") =>
        {
            None
        }
        (Subject::Client, Object::BodyOf(_)) if kill => {
            harm(Concept::SelfInjury, RiskKind::SelfHarm, false)
        }
        (Subject::Client, Object::Reflexive | Object::BodyOf(_)) => {
            if kill {
                harm(Concept::Ideation, RiskKind::SuicidalIdeation, false)
            } else {
                harm(Concept::SelfInjury, RiskKind::SelfHarm, false)
            }
        }
        (Subject::Third(_), Object::Reflexive) => {
            let kind = if kill {
                RiskKind::SuicidalIdeation
            } else {
                RiskKind::SelfHarm
            };
            harm(Concept::SelfInjury, kind, true)
        }
        (Subject::Client, Object::Person(_) | Object::Pronoun) => {
            let rel = match object {
                Object::Person(r) => r,
                _ => pronoun_relation(toks, v, end),
            };
            if intrusive && (ideation || kill) {
                return harm(Concept::IntrusiveHarm, RiskKind::HarmToOthers, false);
            }
            if window.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "voices" | "voice" | "hallucinations" | "commands" | "command"
                )
            }) {
                let kind = if kill {
                    RiskKind::HomicidalIdeation
                } else {
                    RiskKind::HarmToOthers
                };
                return harm(Concept::CommandHallucination, kind, false);
            }
            match (kill, ideation) {
                (true, true) => harm(
                    Concept::HomicidalIdeation,
                    RiskKind::HomicidalIdeation,
                    false,
                ),
                // "denies any wish to fight the other patient": a fight wanted or refused is
                // told of as fighting, the violence category (FORMATS §3 "fights").
                (false, true) if is_fight(n) => harm(Concept::Violence, RiskKind::Violence, false),
                (false, true) => harm(Concept::HarmThoughts, RiskKind::HarmToOthers, false),
                (_, false)
                    if matches!(rel, Rel::Intimate | Rel::Child)
                        || super::recall::dependent_victim(toks, v, end) =>
                {
                    harm(Concept::Abuse, RiskKind::Abuse, false)
                }
                (true, false) if n.ends_with("ing") || n == "kill" || n == "murder" => {
                    // "killing his stepfather" after a cue that is farther away: a thought.
                    harm(
                        Concept::HomicidalIdeation,
                        RiskKind::HomicidalIdeation,
                        false,
                    )
                }
                (_, false) => harm(Concept::Violence, RiskKind::Violence, false),
            }
        }
        // "Mom describes unwanted images of drowning her son": unwanted harm images are
        // read as the client's (a collateral's own would be flagged for review anyway).
        (Subject::Third(_), Object::Pronoun | Object::Person(_))
            if intrusive && (ideation || kill) =>
        {
            harm(Concept::IntrusiveHarm, RiskKind::HarmToOthers, false)
        }
        // "she smiled when the baby grabbed her finger": an infant's grip or kick is no
        // maltreatment and no assault ("baby father", the child's father, is a partner).
        (Subject::Third(Rel::Child), Object::Pronoun | Object::Person(_))
            if (v.saturating_sub(2)..v).any(|j| {
                matches!(
                    toks[j].norm.as_str(),
                    "baby" | "infant" | "newborn" | "bub" | "bubba"
                ) && !toks.get(j + 1).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "father" | "mother" | "daddy" | "mama" | "father's" | "mother's"
                    )
                })
            }) =>
        {
            None
        }
        (Subject::Third(agent), Object::Pronoun | Object::Person(_)) => {
            // "the neighbour's husband was arrested for hitting her": the pronoun is the
            // possessor named with the agent, not the client.
            // Only a possessor of no one's ("the neighbour's husband"); "her mom's boyfriend
            // hit her" names the client's mother, and the client stays the victim.
            let possessor_named = toks[..v].windows(3).any(|w| {
                matches!(w[0].norm.as_str(), "the" | "a" | "an" | "their" | "our")
                    && w[1].norm.ends_with("'s")
                    && relation(&w[1].norm).is_some()
                    && relation(&w[2].norm).is_some()
            });
            // "her sister, whose husband shoved her into the fridge": the pronoun after a
            // "whose" clause is the one "whose" stands for.
            let whose = (v.saturating_sub(5)..v)
                .rev()
                .find(|&k| toks[k].punct || toks[k].is("whose"))
                .is_some_and(|k| toks[k].is("whose"));
            let victim_is_client = object == Object::Pronoun && !possessor_named && !whose;
            let victim_described = super::recall::dependent_victim(toks, v, end);
            let victim_dependent = matches!(object, Object::Person(Rel::Child)) || victim_described;
            // "anyone in the household hitting her or the kids", "no one hits the children in
            // that house": the household screen (HITS, WAST) asks of anyone at home.
            let household = matches!(agent, Rel::Intimate | Rel::Parent | Rel::Caregiver)
                || (agent == Rel::Anyone
                    && toks.iter().any(|t| {
                        matches!(t.norm.as_str(), "home" | "household" | "house" | "houses")
                    }));
            // An elder or a dependent described as such, harmed by a grown child, grandchild
            // or sibling, is abused too (elder abuse is most often by a grown child).
            // A sibling's or an in-law's blows on the client are maltreatment in the family
            // too (FORMATS §3), as the passive "beaten by the brothers-in-law" reads.
            // (Not a sibling's "murdered him at Mario Kart": a killing said by kin is most
            // often the figure of speech the idiom readings take.)
            if (victim_is_client && (agent.abuse_eligible() || !kill && agent.family()))
                || (victim_dependent && household)
                || (victim_described && matches!(agent, Rel::Child | Rel::Sibling))
            {
                harm(Concept::Abuse, RiskKind::Abuse, false)
            } else {
                let kind = if kill {
                    RiskKind::HomicidalIdeation
                } else {
                    RiskKind::Violence
                };
                harm(Concept::Violence, kind, true)
            }
        }
        // "He punched the wall after rounds", "kicked the door in": property aggression by
        // the client is violence (FORMATS §3: "a thrown chair"); a wish to ("want to punch
        // a wall") is no act.
        (Subject::Client, Object::Thing) if !ideation => match property_blow(toks, v) {
            Some(true) => harm(Concept::SelfInjury, RiskKind::SelfHarm, false),
            Some(false) => harm(Concept::Violence, RiskKind::Violence, false),
            None => None,
        },
        (_, Object::Thing | Object::None) => None,
        (Subject::Third(_), Object::BodyOf(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn harm_of(s: &str, verb: &str) -> Option<Harm> {
        let t = tokenize(s);
        let v = t.iter().position(|x| x.is(verb)).unwrap();
        harm_verb(&t, v, 0)
    }

    fn kind_of(s: &str, verb: &str) -> Option<(RiskKind, bool)> {
        harm_of(s, verb).map(|h| (h.kind, h.other))
    }

    #[test]
    fn agent_and_object_decide_the_category() {
        use RiskKind::*;
        assert_eq!(
            kind_of("Her partner shoved her into the door.", "shoved"),
            Some((Abuse, false))
        );
        assert_eq!(
            kind_of("He admits he shoved his wife.", "shoved"),
            Some((Abuse, false))
        );
        assert_eq!(
            kind_of("He shoved a man at the game.", "shoved"),
            Some((Violence, false))
        );
        assert_eq!(
            kind_of("He has urges to shove his wife.", "shove"),
            Some((HarmToOthers, false))
        );
        assert_eq!(
            kind_of("She thinks about stabbing her landlord.", "stabbing"),
            Some((HomicidalIdeation, false))
        );
        assert_eq!(
            kind_of(
                "Unwanted images of stabbing her infant scare her.",
                "stabbing"
            ),
            Some((HarmToOthers, false))
        );
        assert_eq!(
            kind_of("Her uncle said he wants to kill his boss.", "kill"),
            Some((HomicidalIdeation, true))
        );
        assert_eq!(kind_of("This job is killing me.", "killing"), None);
        assert_eq!(kind_of("He beat his uncle at cards.", "beat"), None);
        assert_eq!(kind_of("She keeps beating herself up.", "beating"), None);
        // Property aggression is violence (FORMATS §3: "a thrown chair").
        assert_eq!(
            kind_of("He kicked the door.", "kicked"),
            Some((Violence, false))
        );
        assert_eq!(
            kind_of("She said he kicked her.", "kicked"),
            Some((Abuse, false))
        );
    }
}
