//! **Genitive experiencer** (ConText, Harkema et al. 2009): "Eileen's wish to die at home",
//! "the neighbour's threats to kill himself" are someone else's ideation or behaviour; means
//! in the home and abuse done to the client are not ("her husband's morphine", "her
//! partner's threats"), and the client's own genitive ("the client's", "pt's") stays theirs.

use super::{singular, w};
use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;
use crate::risk::{Finding, FindingStatus, RiskKind};

/// Nouns of ideation or behaviour a genitive may own before the mention ("the neighbour's
/// threats to kill himself", "her son's history of cutting").
const POSSESSED: &[&str] = &[
    "wish",
    "wishes",
    "thoughts",
    "thought",
    "threats",
    "threat",
    "history",
    "attempt",
    "attempts",
    "urges",
    "urge",
    "episode",
    "episodes",
    "habit",
    "problem",
    "problems",
    "struggles",
    "struggle",
    "recent",
    "ongoing",
    "own",
    "desire",
    "plan",
    "plans",
    "of",
    "to",
    "with",
    "repeated",
    "previous",
    "last",
    "first",
    "heavy",
    "daily",
    "secret",
    "fantasies",
];

/// Genitives that name the client ("the client's", "pt's").
const CLIENT_GENITIVES: &[&str] = &[
    "client's",
    "clients'",
    "pt's",
    "patient's",
    "patients'",
    "member's",
    "consumer's",
    "service user's",
    "teen's",
    "adolescent's",
    "veteran's",
    "resident's",
];

/// A named or kinship genitive before the mention makes ideation and behaviour someone else's:
/// "Eileen's wish to die", "his father's drinking", "her son's history of cutting". Not means
/// (a household's means are the client's access), not abuse, violence or threats against
/// others (who does what to whom is [`crate::risk::actors`]'s), and not the client's own genitive
/// or the client's name.
pub(super) fn genitive_other(
    toks: &[Tok],
    s: usize,
    concept: Concept,
    kind: Option<RiskKind>,
    client: &[String],
) -> bool {
    if !matches!(
        kind,
        Some(RiskKind::SuicidalIdeation | RiskKind::SelfHarm | RiskKind::SubstanceUse)
    ) || matches!(
        concept,
        Concept::Means | Concept::Abuse | Concept::CoerciveControl | Concept::Screen
    ) {
        return false;
    }
    // Back over the possessed noun phrase to the genitive.
    let mut k = s;
    while k > 0 && s - k < 5 && POSSESSED.contains(&w(toks, k - 1)) {
        k -= 1;
    }
    // "her husband's grief and drinking": a genitive reaches each noun it coordinates.
    if k == s {
        let glue = |i: usize| matches!(w(toks, i), "and" | "or" | ",");
        let mut j = s;
        while j >= 2 && s - j < 6 && glue(j - 1) && !toks[j - 2].punct {
            j -= 2;
            if j > 0 && toks[j - 1].norm.ends_with("'s") {
                k = j;
                break;
            }
        }
    }
    if k == 0 {
        return false;
    }
    let g = &toks[k - 1];
    let n = g.norm.as_str();
    let Some(owner) = n.strip_suffix("'s").or_else(|| n.strip_suffix('\'')) else {
        return false;
    };
    if CLIENT_GENITIVES.contains(&n) || toks[k..s].iter().any(|t| t.is("own")) {
        return false;
    }
    // "has been smoking his dad's weed", "sharing her brother's vape": a drug of someone
    // else's that the client uses is the client's use.
    if kind == Some(RiskKind::SubstanceUse)
        && crate::risk::lexicon::used_before_genitive(toks, k - 1)
    {
        return false;
    }
    // "goes over to his friend's to drink": a genitive after a preposition of place names
    // the friend's home, where the client does what follows.
    if k >= 3
        && matches!(w(toks, k - 2), "his" | "her" | "their" | "my" | "a" | "the")
        && matches!(w(toks, k - 3), "to" | "at" | "round" | "over" | "from")
    {
        return false;
    }
    // "Mia's been sleeping": a contraction of "has" or "is", not a genitive.
    if k == s && crate::risk::actors::contraction_after(w(toks, s)) {
        return false;
    }
    if KIN.contains(&owner) || KIN.contains(&singular(owner)) {
        return true;
    }
    // A name: someone else's unless it may be the client's.
    g.capital
        && !time_genitive(owner)
        && !NOT_NAMES.contains(&owner)
        && !client.iter().any(|c| c.eq_ignore_ascii_case(owner))
}

/// Relations and people a kinship or role genitive names.
const KIN: &[&str] = &[
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "parent",
    "brother",
    "sister",
    "son",
    "daughter",
    "husband",
    "wife",
    "partner",
    "boyfriend",
    "girlfriend",
    "friend",
    "cousin",
    "uncle",
    "aunt",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "nan",
    "nana",
    "neighbour",
    "neighbor",
    "roommate",
    "flatmate",
    "housemate",
    "colleague",
    "coworker",
    "boss",
    "ex",
    "child",
    "kid",
    "baby",
    "teen",
    "stepfather",
    "stepmother",
    "stepdad",
    "stepmom",
    "sibling",
    "fiance",
    "fiancee",
    "spouse",
    "classmate",
    "teammate",
    "nephew",
    "niece",
    "mate",
    "carer",
    "caregiver",
    "peer",
];

/// The names that may be the client's: the person the memo's opening names ("Session two
/// with Graham", "note for Leo", "Saw Maria today"); without one, every name that reports,
/// says or denies something in the memo ("Jo says", "Marco denied"), so that doubt leaves a
/// mention the client's. `units` are the memo's sentences as tokens.
pub(crate) fn client_names(units: &[Vec<Tok>]) -> Vec<String> {
    let name = |t: &Tok| {
        t.capital
            && !t.punct
            && !KIN.contains(&t.norm.as_str())
            && !NOT_NAMES.contains(&t.norm.as_str())
    };
    if let Some(n) = opening_name(units) {
        return vec![n];
    }
    let mut out: Vec<String> = Vec::new();
    for u in units {
        for k in 0..u.len().saturating_sub(1) {
            if name(&u[k]) && !u[k].norm.contains('\'') && REPORT_VERBS.contains(&w(u, k + 1)) {
                out.push(u[k].norm.clone());
            }
        }
    }
    out
}

/// The client's name as the memo's opening sentence gives it ("Session twelve with Dex").
fn opening_name(units: &[Vec<Tok>]) -> Option<String> {
    let name = |t: &Tok| {
        t.capital
            && !t.punct
            && !KIN.contains(&t.norm.as_str())
            && !NOT_NAMES.contains(&t.norm.as_str())
    };
    let first = units.first()?;
    let after_word = (0..first.len().saturating_sub(1)).find_map(|k| {
        (matches!(
            w(first, k),
            "with" | "for" | "saw" | "seen" | "met" | "client" | "pt"
        ) && name(&first[k + 1]))
        .then(|| first[k + 1].norm.clone())
    });
    // "Session three, Kaya, twenty-two, student ...": a name set off by commas right after
    // the session's heading.
    let set_off = || {
        let heading = matches!(
            w(first, 0),
            "session" | "visit" | "intake" | "appointment" | "review" | "follow-up" | "telehealth"
        );
        (1..first.len().min(6).saturating_sub(1)).find_map(|k| {
            (heading && w(first, k - 1) == "," && name(&first[k]) && w(first, k + 1) == ",")
                .then(|| first[k].norm.clone())
        })
    };
    // "Sian, forty-eight, first session, self-referred": the memo opening on a name set off
    // by a comma before an age or the session.
    let opening = || {
        let n = first.first()?;
        let age_or_session = crate::risk::usage::is_number(w(first, 2))
            || matches!(
                w(first, 2),
                "aged" | "age" | "first" | "new" | "session" | "seen" | "intake"
            );
        (name(n) && w(first, 1) == "," && age_or_session).then(|| n.norm.clone())
    };
    after_word.or_else(set_off).or_else(opening)
}

/// Once the opening names the client ("Session twelve with Dex"), another first name in
/// subject position ("Lionel was his piano player, overdosed in the spring") is someone else:
/// such a token is read as "friend" (its quote keeps the memo's words), so a name is the
/// client only when it is the client's.
pub(crate) fn others_by_name(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    let Some(client) = opening_name(&units) else {
        return units;
    };
    // "Couples session with Daniela and Luis": both named in the opening are clients.
    let joint = units.first().and_then(|first| {
        (0..first.len().saturating_sub(2))
            .find(|&k| first[k].norm == client && first[k + 1].is("and") && first[k + 2].capital)
            .map(|k| first[k + 2].norm.clone())
    });
    // A word capitalised inside a sentence somewhere in the memo is a name; at a sentence's
    // start any word is ("Sleep was poor").
    let names: Vec<String> = units
        .iter()
        .flat_map(|u| {
            u.iter()
                .enumerate()
                .skip(1)
                .filter(|(k, t)| t.capital && !t.punct && !u[k - 1].is("."))
                .map(|(_, t)| t.norm.clone())
        })
        .collect();
    for u in units.iter_mut().skip(1) {
        for k in 0..u.len().saturating_sub(1) {
            if !names.contains(&u[k].norm) {
                continue;
            }
            let t = &u[k];
            let n = t.norm.as_str();
            let name_like = t.capital
                && !t.caps
                && !t.punct
                && n.chars().all(|c| c.is_ascii_alphabetic())
                && n != client
                && joint.as_deref() != Some(n)
                && !KIN.contains(&n)
                && !NOT_NAMES.contains(&n)
                && !crate::risk::context::is_weekday(n)
                && !(k > 0 && matches!(u[k - 1].norm.as_str(), "mr" | "mrs" | "ms" | "dr" | "."))
                && !(k > 0 && u[k - 1].capital && !u[k - 1].punct);
            // "Rhys once said he'd be better off dead": an adverb before the verb.
            let mut v = k + 1;
            if matches!(
                u[v].norm.as_str(),
                "once"
                    | "never"
                    | "always"
                    | "also"
                    | "then"
                    | "later"
                    | "still"
                    | "just"
                    | "apparently"
                    | "recently"
                    | "often"
            ) && v + 1 < u.len()
            {
                v += 1;
            }
            let next = u[v].norm.as_str();
            let verb = matches!(
                next,
                "said"
                    | "says"
                    | "told"
                    | "tells"
                    | "was"
                    | "is"
                    | "had"
                    | "has"
                    | "did"
                    | "does"
                    | "went"
                    | "got"
                    | "kept"
                    | "took"
                    | "made"
            ) || (next.len() > 3 && next.ends_with("ed"));
            if name_like && verb {
                u[k].norm = "friend".to_string();
            }
            // "Kyle's been using down again": a name with a contracted "has" or "is".
            let t = &u[k];
            let contracted = t.capital
                && !t.caps
                && k > 0
                && !u[k - 1].capital
                && t.norm.strip_suffix("'s").is_some_and(|stem| {
                    stem != client
                        && joint.as_deref() != Some(stem)
                        && stem.len() > 1
                        && stem.chars().all(|c| c.is_ascii_alphabetic())
                        && !KIN.contains(&stem)
                        && !NOT_NAMES.contains(&stem)
                })
                && crate::risk::actors::contraction_after(&u[k + 1].norm);
            // Read as "friend" before the verb (the contraction's "has" or "is" adds nothing
            // to who the subject is).
            if contracted {
                u[k].norm = "friend".to_string();
            }
        }
    }
    units
}

/// "Her husband hardly talks to her. He drinks beer on the weekends": in a memo whose client
/// is plainly one gender (its subject pronoun at least three times, three times as often as
/// the other's), a sentence opening on the other gender's pronoun, right after a sentence that
/// named a relative of that gender with the client's possessive, is about that relative: the
/// pronoun is read as the relative's noun (its quote keeps the memo's words).
pub(crate) fn others_by_pronoun(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    let count = |p: &str| {
        units
            .iter()
            .flatten()
            .filter(|t| t.norm.split('\'').next() == Some(p))
            .count()
    };
    let (she, he) = (count("she"), count("he"));
    let (client_poss, other) = if she >= 3 && she >= 2 * he {
        ("her", "he")
    } else if he >= 3 && he >= 2 * she {
        ("his", "she")
    } else {
        return units;
    };
    for i in 1..units.len() {
        // "He's drinking again": the contracted "is"/"has" stays with the noun.
        let contracted = units[i]
            .first()
            .is_some_and(|t| t.norm == format!("{other}'s"));
        if !units[i].first().is_some_and(|t| t.is(other)) && !contracted {
            inside_pronouns(&mut units, i, (client_poss, other));
            continue;
        }
        // The one relative of that gender the sentence before names with the client's
        // possessive ("her husband"); two candidates leave the pronoun as it is.
        let named = relatives_named(&units[i - 1..i], client_poss, other);
        if let [noun] = named.as_slice() {
            units[i][0].norm = if contracted {
                format!("{noun}'s")
            } else {
                noun.to_string()
            };
        }
    }
    units
}

/// The relatives of the gender `pronoun` ("he" or "she") names that `units` name with the
/// client's possessive ("her husband"), in order, repeats kept. "who'll mind their father":
/// the client's and a sibling's relative is hers too.
fn relatives_named(units: &[Vec<Tok>], client_poss: &str, pronoun: &str) -> Vec<String> {
    let of_gender = |n: &str| {
        if pronoun == "he" {
            matches!(
                n,
                "husband"
                    | "son"
                    | "father"
                    | "dad"
                    | "brother"
                    | "boyfriend"
                    | "grandson"
                    | "stepson"
                    | "stepfather"
                    | "stepdad"
                    | "nephew"
                    | "uncle"
                    | "grandfather"
            )
        } else {
            matches!(
                n,
                "wife"
                    | "daughter"
                    | "mother"
                    | "mom"
                    | "mum"
                    | "sister"
                    | "girlfriend"
                    | "granddaughter"
                    | "stepdaughter"
                    | "stepmother"
                    | "stepmom"
                    | "stepmum"
                    | "niece"
                    | "aunt"
                    | "grandmother"
            )
        }
    };
    units
        .iter()
        .flat_map(|p| {
            (1..p.len())
                .filter(|&k| p[k - 1].is(client_poss) || p[k - 1].is("their"))
                // "her husband's been drinking", "her husband's retirement": the noun under
                // a contracted "has" or a possessive.
                .map(|k| p[k].norm.trim_end_matches("'s").to_string())
                .filter(|n| of_gender(n))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// "We practiced a boundary script for when he's been drinking": inside a sentence where the
/// client's own subject pronoun never stands, the other gender's pronoun is the one relative of that
/// gender the last three sentences named with the client's possessive ("her husband"), or, if
/// they name none, the one the memo named before; two such relatives, or none, leave it as it
/// is.
fn inside_pronouns(units: &mut [Vec<Tok>], i: usize, (client_poss, other): (&str, &str)) {
    // The client's subject or reflexive ("she", "herself"); a possessive or an object ("her
    // evenings", "hits her") leaves the other pronoun someone else's.
    let clients_own: &[&str] = if other == "he" {
        &["she", "herself"]
    } else {
        &["he", "himself"]
    };
    let u = &units[i];
    let own = u
        .iter()
        .any(|t| clients_own.contains(&t.norm.split('\'').next().unwrap_or("")) || t.is("client"));
    let contracted = format!("{other}'s");
    let at: Vec<usize> = (1..u.len())
        .filter(|&k| u[k].is(other) || u[k].norm == contracted)
        .collect();
    // "with strain from his drinking" in a memo about a woman: the possessive "his" is the
    // relative's too ("her" is as often an object, so only "his").
    // Not where the sentence names a person of its own for "his" to go back to ("Her husband
    // moved his rifles to his brother's").
    let names_someone = u
        .iter()
        .any(|t| crate::risk::actors::is_relation(t.norm.trim_end_matches("'s")));
    let possessed: Vec<usize> = if other == "he" && !names_someone {
        (0..u.len()).filter(|&k| u[k].is("his")).collect()
    } else {
        Vec::new()
    };
    if own || at.is_empty() && possessed.is_empty() {
        return;
    }
    let mut named = relatives_named(&units[i.saturating_sub(3)..i], client_poss, other);
    // None in the last three sentences: the one such relative the memo named before.
    if named.is_empty() {
        named = relatives_named(&units[..i], client_poss, other);
    }
    named.sort();
    named.dedup();
    if let [noun] = named.as_slice() {
        // The noun alone, even for "he's": a contracted "has" or "is" adds nothing to who the
        // subject is, and "husband's" mid-sentence would read as a possessive.
        for k in at {
            units[i][k].norm = noun.clone();
        }
        // "his drinking" is read as "the husband's drinking" (a bare genitive would open the
        // sentence's own subject).
        for &k in possessed.iter().rev() {
            let mut the = units[i][k].clone();
            the.norm = "the".to_string();
            the.capital = false;
            units[i][k].norm = format!("{noun}'s");
            units[i][k].capital = false;
            units[i].insert(k, the);
        }
    }
}

/// "The son's the one on the drink", "Dad's the one with the drinking problem", "his little
/// brother is the one been getting in fights": a cleft on a relative makes the relative the
/// subject of what follows "the one"; "one" is read as that relative's noun (its quote keeps
/// the memo's words). "The client is the one who ..." names the client and is left as it is.
pub(crate) fn others_by_cleft(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for u in &mut units {
        for k in 2..u.len() {
            if !(u[k].is("one") && u[k - 1].is("the")) {
                continue;
            }
            // The relative before the copula: "son's the one", "brother is the one".
            let noun = if let Some(stem) = u[k - 2].norm.strip_suffix("'s") {
                Some(stem.to_string())
            } else if k >= 3 && matches!(u[k - 2].norm.as_str(), "is" | "was" | "'s") {
                Some(u[k - 3].norm.clone())
            } else {
                None
            };
            if let Some(n) = noun.filter(|n| crate::risk::actors::is_relation(n)) {
                u[k].norm = n;
            }
        }
    }
    units
}

/// Kin words that name the client: a parent seen in the session ([`parent_as_client`]),
/// whoever shows the clinician their own injuries ([`shows_own_injuries`]), a noun set
/// beside "client" or declared the client in any sentence ([`apposed_to_client`]), a kin word
/// the dictation opens on with "this" ([`introduced_by_this`]) or opens a short line on
/// ([`opening_kin_of_a_line`]), and the parent of "their" child ([`parent_of_their_child`]).
/// Such a token is read as "client" (its quote keeps the memo's words). First, kin in a home
/// language is put in English ([`foreign_kin`]) and a teller's aside after a subject is
/// dropped ([`asides_dropped`]), so the readings after meet the words they look for.
pub(crate) fn client_by_kin(units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    let units = asides_dropped(foreign_kin(units));
    parent_of_their_child(opening_kin_of_a_line(introduced_by_this(
        apposed_to_client(shows_own_injuries(parent_as_client(units))),
    )))
}

/// Parents and grandparents named in the languages clients speak at home (Tamil, Kannada and
/// Korean "appa", Urdu "abbu", Polish "babcia" and "dziadek", Greek "yiayia", Tamil "paati")
/// are kin when possessed ("your appa's drinking", "His babcia keeps saying") or written in
/// lower case mid-sentence ("only appa scolds"); capitalised on their own they are often how
/// a care note names the client herself ("Amma is saying no thoughts of dying"), as "Oma" is.
fn foreign_kin(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for u in &mut units {
        for k in 0..u.len() {
            let english = match u[k].norm.trim_end_matches("'s") {
                "appa" | "abba" | "abbu" | "tatay" | "itay" => "father",
                "amma" | "ammi" | "ammu" | "nanay" | "inay" => "mother",
                "babcia" | "babushka" | "bunica" | "yiayia" | "halmeoni" | "paati" | "aachi" => {
                    "grandmother"
                }
                "dziadek" | "dedushka" | "pappou" | "thatha" | "harabeoji" => "grandfather",
                _ => continue,
            };
            let possessed = k > 0
                && (matches!(
                    u[k - 1].norm.as_str(),
                    "his" | "her" | "my" | "their" | "your" | "our"
                ) || u[k - 1].norm.ends_with("'s"));
            if possessed || !u[k].capital {
                let genitive = u[k].norm.ends_with("'s");
                u[k].norm = if genitive {
                    format!("{english}'s")
                } else {
                    english.to_string()
                };
            }
        }
    }
    units
}

/// "His son, he says, is maybe drinking too much", "His cousin, he says, 'took too many
/// pills'": a teller's aside set off by commas right after the sentence's subject is no
/// subject of its own; it is dropped so the predicate meets its subject.
fn asides_dropped(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for u in &mut units {
        let Some(k) = (1..u.len().min(7)).find(|&k| {
            u[k].is(",")
                && u.get(k + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "he" | "she" | "they"))
                && u.get(k + 2).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "says" | "said" | "thinks" | "reports" | "reported" | "believes"
                    )
                })
                && u.get(k + 3).is_some_and(|t| t.is(","))
        }) else {
            continue;
        };
        // Only after a noun phrase naming someone ("His son", "Her cousin in Limassol") and
        // before its predicate ("is", "'took"), not after a clause ("Her dad's a heavy
        // drinker, she says, half a handle a night").
        let predicate = u.get(k + 4).is_some_and(|t| {
            t.punct && matches!(t.norm.as_str(), "\"" | "'")
                || matches!(
                    t.norm.as_str(),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "had"
                        | "have"
                        | "does"
                        | "did"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "keeps"
                        | "kept"
                        | "took"
                        | "takes"
                        | "got"
                        | "gets"
                        | "used"
                        | "uses"
                        | "drinks"
                        | "drank"
                        | "still"
                        | "never"
                        | "always"
                        | "maybe"
                )
                || t.norm.ends_with("ed")
        });
        if predicate
            && u[..k]
                .iter()
                .any(|t| crate::risk::actors::is_relation(&t.norm))
        {
            u.drain(k..k + 4);
        }
    }
    units
}

/// "Their son says his dad is back on the ale ... and his dad said that's true": a sentence
/// opening on "their" child speaks of the couple or family being seen, so the child's own
/// parent ("his dad", "her mum") is one of the clients.
fn parent_of_their_child(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for u in &mut units {
        let opens = u.first().is_some_and(|t| t.is("their"))
            && u.get(1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "son" | "daughter" | "kid" | "boy" | "girl" | "child" | "teen" | "teenager"
                )
            });
        if !opens {
            continue;
        }
        for k in 1..u.len() {
            let parent = matches!(
                u[k].norm.as_str(),
                "dad"
                    | "father"
                    | "mom"
                    | "mum"
                    | "mother"
                    | "papa"
                    | "mama"
                    | "stepdad"
                    | "stepmom"
                    | "stepmum"
            );
            if parent && matches!(u[k - 1].norm.as_str(), "his" | "her") {
                u[k - 1].norm = "the".to_string();
                u[k].norm = "client".to_string();
            }
        }
    }
    units
}

/// "Wife saying 'better I die'", "Son drinking arrack daily after Gulf job loss. Fell from
/// scooter.", "Husband: tramol every day": a dictated line of a few fragments that opens on
/// a bare kin word acting names the person seen by their place in the family, as clinicians
/// note whom they saw. Not in a memo (five sentences or more), where "Husband drinks" is told
/// by the client, not when the line names the client otherwise or a pronoun tells it, and
/// not when someone else is acted on in it.
fn opening_kin_of_a_line(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    // "Father came back from front and drinks samohon every evening, the boy says": a teller
    // named by pronoun, or by a kin word other than the one the line opens on ("Son says he
    // don't drink no more" is the son telling of himself).
    let teller = |u: &Vec<Tok>| {
        u.windows(2).any(|w| {
            (matches!(w[0].norm.as_str(), "she" | "he" | "i" | "they")
                || crate::risk::actors::is_relation(&w[0].norm)
                    && units
                        .first()
                        .and_then(|f| f.first())
                        .is_some_and(|o| o.norm != w[0].norm))
                && matches!(
                    w[1].norm.as_str(),
                    "says" | "said" | "reports" | "reported" | "told" | "tells" | "states"
                )
        })
    };
    if units.len() > 4
        || units.iter().any(teller)
        || units.iter().flatten().any(|t| {
            matches!(t.norm.as_str(), "client" | "pt" | "patient" | "cl")
        })
        // "Stepfather coming in her room at night", "Husband hit her": a line with someone
        // else acted on tells what the kin did to the person seen.
        || units.iter().flatten().skip(1).any(|t| {
            matches!(
                t.norm.as_str(),
                "her" | "him" | "them" | "me" | "kids" | "children" | "child" | "baby" | "girl"
                    | "boy" | "daughter" | "son"
            )
        })
    {
        return units;
    }
    let Some(u) = units.first() else {
        return units;
    };
    // "Husband back on snops after three dry months", "Husband on Yaba tablets": being on a
    // substance acts too.
    let back_on = u.get(1).is_some_and(|t| t.is("back")) && u.get(2).is_some_and(|t| t.is("on"))
        || u.get(1).is_some_and(|t| t.is("on"));
    let acting = back_on
        || u.get(1).is_some_and(|t| {
            let n = t.norm.as_str();
            n == ":"
                || !t.punct
                    && (n.len() > 3
                        && (n.ends_with("ing") || n.ends_with('s') || n.ends_with("ed"))
                        || matches!(
                            n,
                            "drink" | "take" | "smoke" | "beat" | "hit" | "say" | "use"
                        ))
        });
    // Kin by place in the family, with the sex the word gives: a pronoun of the other sex in
    // the line ("Brother-in-law threatened to shoot himself ..., she doesn't know what to do")
    // is the person seen, and a question ("Husband hitting?") asks about the kin.
    let female = match u.first().map(|t| t.norm.as_str()) {
        Some(
            "wife" | "mother" | "mama" | "mum" | "mom" | "daughter" | "sister" | "aunt" | "auntie"
            | "aunty" | "granny" | "grandma" | "grandmother" | "nana" | "nan",
        ) => true,
        Some(
            "husband" | "father" | "papa" | "dad" | "son" | "brother" | "uncle" | "grandpa"
            | "grandfather" | "grandad" | "brother-in-law" | "father-in-law",
        ) => false,
        _ => return units,
    };
    let other_sex = |t: &Tok| {
        if female {
            matches!(t.norm.as_str(), "he" | "him" | "his" | "himself" | "he's")
        } else {
            matches!(
                t.norm.as_str(),
                "she" | "her" | "hers" | "herself" | "she's"
            )
        }
    };
    let asked = units.iter().flatten().any(|t| t.is("?"));
    let capital = u.first().is_some_and(|t| t.capital);
    if capital && acting && !asked && !units.iter().flatten().any(other_sex) {
        if let Some(t) = units.first_mut().and_then(|u| u.first_mut()) {
            t.norm = "client".to_string();
        }
    }
    units
}

/// "This uncle at the longhouse, he say he drink tuak every day", "This old aunty told me":
/// a kin word the dictation opens on with "this" introduces the person seen (an elder called
/// uncle or aunty in South and Southeast Asian and African English), not a relative of theirs;
/// "this uncle of hers" stays a relative.
fn introduced_by_this(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for u in &mut units {
        // The kin word right after the opening "this" (or after an age word after it).
        let Some(k) = (1..u.len().min(3)).find(|&k| {
            crate::risk::actors::is_relation(&u[k].norm)
                && !u[k].norm.ends_with("'s")
                && crate::risk::actors::opened_by_this(u, k)
        }) else {
            continue;
        };
        // "this uncle of hers" stays a relative.
        if !u.get(k + 1).is_some_and(|t| t.is("of")) {
            u[k].norm = "client".to_string();
        }
    }
    units
}

/// "Our identified client, the sixteen-year-old, told us ...", "The client, his grandmother,
/// says ...": the noun set beside "client" between commas is the client.
fn apposed_to_client(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    declared_elsewhere(&mut units);
    // "The daughter, sixteen, is my client": the kin word the sentence says is the client.
    for u in &mut units {
        // "The father, he's the one referred, drinks until blur": the family member the
        // sentence says is the one referred or seen is the client.
        let Some(is) = (1..u.len().saturating_sub(2)).find(|&k| {
            matches!(u[k].norm.as_str(), "is" | "was")
                && matches!(u[k + 1].norm.as_str(), "my" | "our" | "the")
                && matches!(u[k + 2].norm.as_str(), "client" | "patient" | "identified")
                || matches!(u[k].norm.as_str(), "is" | "was" | "he's" | "she's")
                    && u[k + 1].is("the")
                    && u[k + 2].is("one")
                    && u.get(k + 3).is_some_and(|t| {
                        matches!(
                            t.norm.as_str(),
                            "referred" | "we're" | "i'm" | "being" | "seen" | "we" | "i"
                        )
                    })
        }) else {
            continue;
        };
        if let Some(kin) = (0..is)
            .rev()
            .take(6)
            .find(|&k| crate::risk::actors::is_relation(&u[k].norm))
        {
            u[kin].norm = "client".to_string();
        }
    }
    for u in &mut units {
        let Some(c) = u
            .iter()
            .take(4)
            .position(|t| matches!(t.norm.as_str(), "client" | "patient" | "pt"))
        else {
            continue;
        };
        if !u.get(c + 1).is_some_and(|t| t.is(",")) {
            continue;
        }
        let Some(close) = (c + 2..u.len().min(c + 8)).find(|&k| u[k].is(",")) else {
            continue;
        };
        if close > c + 2 && matches!(u[c + 2].norm.as_str(), "the" | "our" | "a" | "an") {
            u[close - 1].norm = "client".to_string();
        }
    }
    units
}

/// "Son hits head on wall when parents fight. ... Son is the client.": a sentence that is only
/// the declaration ("Son is the client", "The daughter is the identified patient") names the
/// person seen for the whole memo, so the same kin word, bare or with "the", is the client in
/// every sentence; "her son" with a possessive stays a relative.
fn declared_elsewhere(units: &mut [Vec<Tok>]) {
    // (possessive, kin): "Her son is the client" declares "her son", "Son is the client" a
    // bare "son".
    let declared: Vec<(Option<String>, String)> = units
        .iter()
        .filter_map(|u| {
            let poss = u
                .first()
                .filter(|t| matches!(t.norm.as_str(), "her" | "his" | "their"));
            let k = usize::from(poss.is_some() || u.first().is_some_and(|t| t.is("the")));
            let kin = u.get(k)?;
            let says = u
                .get(k + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "is" | "was"))
                && u.get(k + 2)
                    .is_some_and(|t| matches!(t.norm.as_str(), "the" | "my" | "our"))
                && u.get(k + 3).is_some_and(|t| {
                    matches!(t.norm.as_str(), "client" | "patient" | "identified")
                });
            (says && crate::risk::actors::is_relation(&kin.norm))
                .then(|| (poss.map(|t| t.norm.clone()), kin.norm.clone()))
        })
        .collect();
    if declared.is_empty() {
        return;
    }
    for u in units.iter_mut() {
        for k in 0..u.len() {
            let before = k.checked_sub(1).map(|j| u[j].norm.as_str());
            let owned = before.is_some_and(|b| {
                matches!(
                    b,
                    "her" | "his" | "their" | "my" | "our" | "your" | "a" | "another"
                ) || b.ends_with("'s")
            });
            let hit = declared.iter().any(|(poss, kin)| {
                *kin == u[k].norm
                    && match poss {
                        Some(p) => before == Some(p.as_str()),
                        None => !owned,
                    }
            });
            if hit {
                u[k].norm = "client".to_string();
            }
        }
    }
}

/// "The daughter showed me the cuts on her thighs": whoever opens a sentence showing the
/// clinician injuries on their own body is the one being seen, whatever kin word names them
/// ("her daughter", with a possessive, stays someone else's).
fn shows_own_injuries(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for u in &mut units {
        let Some(v) = u
            .iter()
            .position(|t| matches!(t.norm.as_str(), "showed" | "shows" | "show"))
        else {
            continue;
        };
        let to_clinician = u
            .get(v + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "me" | "us"));
        let injury = u[v + 1..(v + 6).min(u.len())].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "cuts" | "marks" | "burns" | "scars" | "scratches" | "wounds" | "bruises" | "cut"
            )
        });
        // The subject: "The daughter" or a bare kin word opening the sentence.
        let subject = match (u.first(), v) {
            (Some(t), 2) if t.is("the") => Some(1),
            (Some(_), 1) => Some(0),
            _ => None,
        };
        if let Some(k) = subject.filter(|_| to_clinician && injury) {
            if crate::risk::actors::is_relation(&u[k].norm) {
                u[k].norm = "client".to_string();
            }
        }
    }
    units
}

/// In a perinatal memo (a baby, a pregnancy, feeds) "Mum", bare and capitalised, is how the
/// clinician names the client, not a relative: "Mum says some mornings she half hopes a
/// lorry will take her out, so the baby can have a better mother". Elsewhere in a memo "Mum"
/// stays the client's mother.
fn parent_as_client(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    // "She's twenty weeks pregnant" is a perinatal memo; "Mom got pregnant at sixteen
    // herself" tells a mother's past in a teen's family session.
    let pregnant_now = units.iter().any(|u| {
        u.windows(2).any(|p| {
            p[1].norm == "pregnant"
                && matches!(
                    p[0].norm.as_str(),
                    "is" | "she's" | "weeks" | "months" | "currently" | "now" | "i'm" | "am"
                )
        })
    });
    let perinatal = pregnant_now
        || units.iter().flatten().any(|t| {
            matches!(
                t.norm.as_str(),
                "baby"
                    | "baby's"
                    | "newborn"
                    | "infant"
                    | "postnatal"
                    | "postpartum"
                    | "perinatal"
                    | "antenatal"
                    | "breastfeeding"
                    | "feeds"
                    | "nappies"
                    | "nappy"
                    | "diapers"
                    | "pram"
            )
        });
    if !perinatal {
        // A lone dictated sentence that opens on a bare parent's title ("Dad admits he's had
        // thoughts of punching the consultant", "Mum denies any current suicidal thoughts")
        // is said of a parent seen in the session: what that parent tells of themself is a
        // client's disclosure or denial. Writers of eleven sets label it so.
        // Only when the parent names none of their own people: "Mum is worried because her
        // nine-year-old has been saying he'd be better off dead" tells the child's words.
        // Nor when the parent acts as a parent ("says she doesn't smack them": the children
        // are named, and what a parent does to a child is abuse), nor in a quoted first
        // person ("Father smacks my face, teen client says").
        let others = units.first().is_some_and(|u| {
            (1..u.len()).any(|k| {
                (matches!(u[k].norm.as_str(), "his" | "her" | "their")
                    && (crate::risk::actors::person_at(u, k).is_some()
                        || crate::risk::actors::person_at(u, k + 1).is_some()))
                    || matches!(
                        u[k].norm.as_str(),
                        "kids" | "children" | "child" | "my" | "me" | "i"
                    )
                    // "them" struck ("doesn't smack them"), not "gave them the news".
                    || (u[k].norm == "them"
                        && ["smack", "hit", "slap", "spank", "belt", "beat", "hurt", "kick", "push", "shov", "punch", "whack", "thump", "shak", "hurt"]
                            .iter()
                            .any(|v| u[k - 1].norm.starts_with(v)))
            })
        });
        if units.len() == 1 && !others {
            if let Some(t) = units[0].first_mut() {
                if t.capital
                    && matches!(
                        t.norm.as_str(),
                        "mum" | "mom" | "mam" | "dad" | "da" | "father" | "mother"
                    )
                {
                    t.norm = "client".to_string();
                }
            }
        }
        return units;
    }
    for u in &mut units {
        for k in 0..u.len() {
            let bare = k == 0
                || !matches!(
                    u[k - 1].norm.as_str(),
                    "his" | "her" | "their" | "my" | "your" | "the" | "a" | "our" | "baby's"
                ) && !u[k - 1].norm.ends_with("'s");
            if u[k].capital
                && bare
                && matches!(
                    u[k].norm.as_str(),
                    "mum" | "mom" | "mummy" | "mommy" | "mama"
                )
            {
                u[k].norm = "client".to_string();
            }
        }
    }
    units
}

/// Capitalised words that are no names.
const NOT_NAMES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "the", "a", "an", "his", "her", "their", "he", "she", "they", "i",
    "we", "client", "pt", "patient", "today", "session", "plan", "she's", "he's", "it",
];

/// Verbs whose subject is someone telling the session something.
const REPORT_VERBS: &[&str] = &[
    "reports",
    "reported",
    "said",
    "says",
    "told",
    "tells",
    "denies",
    "denied",
    "describes",
    "described",
    "endorses",
    "endorsed",
    "shared",
    "presented",
    "presents",
    "arrived",
    "came",
    "stated",
    "states",
    "agreed",
    "agrees",
    "identified",
    "named",
    "admits",
    "admitted",
    "acknowledged",
    "acknowledges",
    "noted",
    "notes",
    "disclosed",
    "discloses",
    "explained",
    "mentioned",
    "talked",
    "spoke",
    "feels",
    "felt",
    "is",
    "was",
    "has",
    "had",
    "attended",
];

/// Possessive words that name a time, not a person ("Friday's session").
fn time_genitive(owner: &str) -> bool {
    crate::risk::context::is_weekday(owner)
        || matches!(
            owner,
            "today"
                | "tonight"
                | "yesterday"
                | "tomorrow"
                | "week"
                | "month"
                | "year"
                | "last"
                | "this"
                | "next"
                | "night"
                | "weekend"
                | "morning"
                | "evening"
        )
}

/// **Definite anaphora of someone else's mention**: "His wife is struggling and drinking more
/// in the evenings ... We practised how he might raise the drinking with his wife": a
/// definite noun ("the drinking", "the drugs") takes up the memo's earlier mention of its
/// category read as someone else's, when no rule read that category as the client's own
/// before it (a denial of the client's own is no antecedent: it is not what is talked of).
/// `earlier` are the memo's findings before this sentence, `text` the sentence.
pub(crate) fn others_taken_up(
    earlier: &[Finding],
    text: &str,
    mut unit: Vec<Finding>,
) -> Vec<Finding> {
    let lower = text.to_lowercase();
    for f in unit.iter_mut() {
        if f.status != FindingStatus::Present || f.concept == Concept::Learned {
            continue;
        }
        let theirs = earlier
            .iter()
            .any(|e| e.kind == f.kind && e.status == FindingStatus::NotClient);
        let own = earlier.iter().any(|e| {
            e.kind == f.kind
                && e.concept != Concept::Learned
                && matches!(e.status, FindingStatus::Present | FindingStatus::History)
        });
        let quote = f.quote.to_lowercase();
        let definite = !quote.contains(' ')
            && lower.match_indices(&quote).any(|(at, _)| {
                let before = lower[..at].trim_end();
                before == "the" || before.ends_with(" the")
            });
        if theirs && !own && definite {
            f.status = FindingStatus::NotClient;
            f.attributes.other_experiencer = true;
        }
    }
    unit
}
