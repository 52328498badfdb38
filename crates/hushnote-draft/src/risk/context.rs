//! ConText attributes of a mention, each decided by trigger terms with a scope (Chapman et al.
//! 2001, NegEx; Harkema et al. 2009, ConText): negated, historical, hypothetical, uncertain,
//! asked-and-answered. Scope runs from the trigger over the words that follow it up to a
//! terminator (but, however, although, though, except, aside from, a semicolon, "then", a new
//! subject after "and"), so "denies SI but burned herself" negates SI only, and "no plan and
//! no intent" negates plan and intent, not the ideation said before them.

use super::tokens::Tok;

/// Words that end every scope.
const TERMINATORS: &[&str] = &[
    "but",
    "however",
    "although",
    "though",
    "yet",
    "except",
    "whereas",
    "while",
    ";",
    ".",
    "apart",
    "aside",
    "besides",
    "still",
    "then",
    "otherwise",
];

/// Subject words that, after "and" or a comma, start a new clause with its own scope.
const NEW_SUBJECT: &[&str] = &[
    "she", "he", "they", "i", "client", "pt", "patient", "she's", "he's", "they're", "i'm",
    "she'd", "he'd", "we", "none", "nothing",
];

/// Whether a negation ("not", "no", "never", "-n't"; with `denials`, also "denies"/"denied")
/// stands before token `k` in its sentence.
fn negated_before(toks: &[Tok], k: usize, denials: bool) -> bool {
    toks[..k]
        .iter()
        .rev()
        .take_while(|x| !matches!(x.norm.as_str(), "." | ";" | "?" | "!"))
        .any(|x| {
            let n = x.norm.as_str();
            n.ends_with("n't")
                || matches!(n, "not" | "no" | "never")
                || denials && matches!(n, "denies" | "denied")
        })
}

/// Segment number of each token: scopes never cross a segment boundary.
pub(crate) fn segments(toks: &[Tok]) -> Vec<usize> {
    let mut seg = 0;
    let mut out = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        let n = t.norm.as_str();
        // "you can't get to work, and last Friday he put his hand round your throat": a
        // fronted time ("last Friday", "on Sunday", "yesterday") may stand before the new
        // subject that ends a negation's reach (only after a negation, so "and on Sunday she
        // did the same" still takes up its act).
        let dated_subject = || {
            if !negated_before(toks, k, false) {
                return false;
            }
            let w = |j: usize| toks.get(j).map_or("", |x| x.norm.as_str());
            let j = match w(k + 1) {
                "yesterday" | "today" | "tonight" | "then" | "later" => k + 2,
                "last" | "this" | "on" | "that"
                    if is_weekday(w(k + 2)) || unit_days(w(k + 2)).is_some() =>
                {
                    k + 3
                }
                _ => return false,
            };
            NEW_SUBJECT.contains(&w(j))
        };
        // "you can't stop thinking about the man, and that you have had thoughts of ...": a
        // second reported clause ("and that" with its own subject, "you" in a summary
        // written to the client) is a clause of its own.
        let reported_subject = n == "and"
            && toks.get(k + 1).is_some_and(|x| x.is("that"))
            && toks.get(k + 2).is_some_and(|x| {
                NEW_SUBJECT.contains(&x.norm.as_str())
                    || matches!(x.norm.as_str(), "you" | "you've" | "you're" | "you'd")
            });
        // "denies thoughts of suicide, also no fighting, plus he is taking waragi": a list
        // word after a comma or "and" opens a clause of its own when a subject follows it.
        // Only a person's subject, and only after a negation: the clause is out of its reach.
        let listed_subject = matches!(n, "plus" | "also")
            && k > 0
            && matches!(toks[k - 1].norm.as_str(), "," | "and")
            && toks.get(k + 1).is_some_and(|x| {
                NEW_SUBJECT.contains(&x.norm.as_str())
                    && !matches!(x.norm.as_str(), "none" | "nothing")
            })
            && negated_before(toks, k, true);
        let new_clause = listed_subject
            || (n == "and" || n == ",")
                && (toks
                    .get(k + 1)
                    .is_some_and(|x| NEW_SUBJECT.contains(&x.norm.as_str()))
                    || dated_subject()
                    || reported_subject);
        // "Denies drug use other than cannabis daily" (NegEx's "other than").
        // "not using her pills other than as prescribed" keeps its negation.
        let other_than = n == "other"
            && toks.get(k + 1).is_some_and(|x| x.is("than"))
            && !toks.get(k + 2).is_some_and(|x| x.is("as"));
        // "her then partner", "his then girlfriend": "then" as an adjective (former).
        // "took an overdose back then", "clean since then": "then" as the object of a
        // preposition dates what goes before it; it opens no new clause.
        let then_adjective = n == "then"
            && k > 0
            && matches!(
                toks[k - 1].norm.as_str(),
                "her"
                    | "his"
                    | "their"
                    | "my"
                    | "the"
                    | "back"
                    | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "before"
                    | "from"
            );
        // "self-harmed for a while when he was fourteen", "a while ago": "while" as a noun
        // (a span of time) opens no clause.
        let while_noun = n == "while"
            && k > 0
            && matches!(
                toks[k - 1].norm.as_str(),
                "a" | "little" | "short" | "long" | "good" | "whole"
            );
        // "the dream doesn't bother her so much as the fact that she wakes up sorry": "not A
        // so much as B" affirms B ("never so much as touched them" is one emphatic denial).
        let so_much_as = n == "as"
            && k >= 3
            && toks[k - 1].is("much")
            && toks[k - 2].is("so")
            && !(matches!(
                toks[k - 3].norm.as_str(),
                "not" | "never" | "no" | "nor" | "without"
            ) || toks[k - 3].norm.ends_with("n't"))
            // "ain't had so much as a sip": the negation may stand a verb before "so" when a
            // single thing follows ("not the dream so much as the fact" contrasts).
            && !(toks[k.saturating_sub(5)..k - 2].iter().any(|t| {
                matches!(t.norm.as_str(), "not" | "never" | "no" | "nor" | "without")
                    || t.norm.ends_with("n't")
            }) && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "one" | "a single")));
        let starts = other_than
            || so_much_as
            || TERMINATORS.contains(&n)
                && !(n == "still" && k > 0 && toks[k - 1].is("and"))
                // "his rifles are still at his brother's place": "still" inside a clause, a
                // copula before and a place after it.
                && !(n == "still"
                    && k > 0
                    && matches!(toks[k - 1].norm.as_str(), "are" | "is" | "was" | "were")
                    && toks.get(k + 1).is_some_and(|x| {
                        matches!(
                            x.norm.as_str(),
                            "at" | "with" | "locked" | "stored" | "kept" | "over" | "round"
                        )
                    }))
                && !(then_adjective || while_noun)
            || (n == ","
                && toks.get(k + 1).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "then" | "currently" | "now" | "today" | "presently"
                    )
                }))
            // "says cannot be useful anymore, better to die": a verbless judgement after a
            // comma is a clause of its own, out of the negation before it.
            || (n == ","
                && toks
                    .get(k + 1)
                    .is_some_and(|x| matches!(x.norm.as_str(), "better" | "best" | "easier"))
                && toks.get(k + 2).is_some_and(|x| {
                    matches!(x.norm.as_str(), "to" | "if" | "for" | "that" | "dead" | "off")
                }))
            // "Denies alcohol, smokes cannabis daily", "denies SI, endorses cutting", "denies
            // ETOH, positive for cannabis": an item with a predicate of its own after a comma
            // ends the denial's list (FORMATS §4 rules 3-4); a bare list item ("denies SI,
            // drinking or drug use") stays in it.
            || (n == ","
                && toks.get(k + 1).is_some_and(|x| {
                    let w = x.norm.as_str();
                    AFFIRMATION_VERBS.contains(&w)
                        || AFFIRMING_PREDICATES.contains(&w)
                        // "life has no sense since son went to Boston, wants to sleep and
                        // not wake": a wish with no subject of its own after a comma is a
                        // predicate of its own too.
                        || matches!(w, "wants" | "wished" | "wishes" | "hopes" | "prays" | "longs")
                }))
            // "denies current use, last used heroin four days ago": a last use told after a
            // comma is a report of its own, not an item of the denial.
            || (n == ","
                && toks.get(k + 1).is_some_and(|x| x.is("last"))
                && toks.get(k + 2).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "used" | "use" | "drank" | "drink" | "smoked" | "injected" | "took"
                            | "drinking" | "using"
                    )
                }))
            // "his nephew hadn't been by since Sunday, so that's neglect": a result clause
            // with its own subject is a clause of its own.
            || (matches!(n, "," | "and")
                && toks.get(k + 1).is_some_and(|x| x.is("so"))
                && toks.get(k + 2).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "that's" | "this" | "it's" | "he" | "she" | "they" | "i" | "we" | "he's"
                            | "she's" | "i'm" | "they're" | "we're"
                    )
                }))
            // "not suicidal, just tired of existing": a contrast after a comma asserts what
            // follows (a correction of the negated label, FORMATS §4 rule 1).
            || (n == ","
                && toks.get(k + 1).is_some_and(|x| {
                    matches!(
                        x.norm.as_str(),
                        "just" | "only" | "simply" | "merely" | "rather" | "instead"
                    )
                }))
            || new_clause;
        if starts && k > 0 {
            seg += 1;
        }
        out.push(seg);
    }
    out
}

/// Negation triggers that reach forward (NegEx pre-negation).
const PRE_NEGATION: &[&str] = &[
    "denies",
    "denied",
    "deny",
    "denying",
    "no",
    "not",
    "never",
    // Scots "nae voices", "nae bother"; Northern English "had nowt to drink"; the
    // telegraphic "nil HI".
    "nae",
    "nowt",
    "nil",
    // "Nar thought of doing away with himself, he says, nar one": dialect "nar" for none.
    "nar",
    // "he ain't drinking".
    "ain't",
    // Spanish in a bilingual memo: "niega ideas suicidas".
    "niega",
    "niegan",
    "nego",
    // Its English calque ("he negates taking aguardiente since the carnaval").
    "negates",
    "negated",
    "without",
    "nor",
    "neither",
    "nothing",
    "nobody",
    "none",
    "zero",
    // "zeros across the board for suicidal ideation" (a diary card or a scale's items).
    "zeros",
    "zeroes",
    "negative",
    "free",
    "ruled",
    "rules",
    "absence",
    "absent",
    "isn't",
    "wasn't",
    "doesn't",
    "didn't",
    "don't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "couldn't",
    "aren't",
    "weren't",
    "shouldn't",
    "refutes",
    "refuted",
    "declines",
    "rejects",
    "n't",
    "neg",
    "rather",
    "instead",
    // "four months off the drink and the street valium", "urine clear for benzos and opiates":
    // abstinence and a clean test negate every substance they coordinate.
    "off",
    "clear",
    // "early recovery from opioid use": the use is what the recovery left behind.
    "recovery",
    "recovering",
    "remission",
    "abstinence",
    "abstinent",
    "abstaining",
];

/// Words that end a negation's reach backwards: a new affirmation verb ("denies SI, reports
/// cutting").
const AFFIRMATION_VERBS: &[&str] = &[
    "reports",
    "reported",
    "reporting",
    "endorses",
    "endorsed",
    "endorsing",
    "admits",
    "admitted",
    "admitting",
    "acknowledges",
    "acknowledged",
    "discloses",
    "disclosed",
    "describes",
    "described",
    "confirms",
    "confirmed",
    "says",
    "said",
    "states",
    "stated",
    "told",
    "notes",
    "noted",
    "shares",
    "shared",
    "mentions",
    "mentioned",
];

/// Finite predicates that open a list item of their own: a use verb, a positive result, a
/// screen with its own result ("UDS positive for fentanyl").
const AFFIRMING_PREDICATES: &[&str] = &[
    "positive",
    "smokes",
    "smoked",
    "drinks",
    "drank",
    "uses",
    "used",
    "takes",
    "took",
    "vapes",
    "vaped",
    "injects",
    "injected",
    "snorts",
    "snorted",
    "cuts",
    "burns",
    "burned",
    "scratches",
    "hits",
    "punched",
    "endorsing",
    "continues",
    "continuing",
    "uds",
    "urine",
    "utox",
    "tox",
    "toxicology",
    "breathalyzer",
    "breathalyser",
];

/// Verbs of knowing and believing: a negated one ("no one knows", "doesn't think") does not
/// negate the clause it governs.
const KNOWING_VERBS: &[&str] = &[
    "knows",
    "know",
    "knew",
    "thinks",
    "think",
    "thought",
    "believes",
    "believe",
    "believed",
    "realizes",
    "realize",
    "realized",
    "noticed",
    "notice",
    "suspects",
    "suspect",
    "suspected",
    "guess",
    "guessed",
    "imagine",
    "imagined",
    "expect",
    "expected",
    "remember",
    "remembers",
];

/// Negation triggers that reach backwards (NegEx post-negation): "SI denied".
const POST_NEGATION: &[&str] = &[
    "denied", "negative", "neg", "none", "absent", "zero", "0", "nil", "clean", "clear",
    // British and Irish "nought".
    "nought", "naught",
];

/// "No" in other languages, said inside English dictation ("he say sonde, sonde", "SI
/// tidak"): the Malay of eastern Indonesia, Indonesian, Hindi and Urdu, Swahili. It negates
/// before and after a mention and answers a question no.
const OTHER_TONGUE_NO: &[&str] = &["sonde", "tidak", "nahi", "nahin", "hapana"];

/// Caribbean "nah", "nuh" and "neva", which negate the verb after them ("he nah drink").
fn caribbean_negator(w: &str) -> bool {
    matches!(w, "nah" | "nuh" | "neva")
}

/// Predicates after a mention that say it has ended ("the images have stopped this week").
const STOPPED: &[&str] = &[
    "stopped",
    "ceased",
    "subsided",
    "resolved",
    "gone",
    "vanished",
    "disappeared",
    "faded",
];

/// Words a post-negation may reach back over: "SI/HI: denied", "screen negative".
const POST_SKIP: &[&str] = &[
    ":",
    ",",
    "is",
    "was",
    "were",
    "are",
    "screen",
    "screening",
    "screens",
    "check",
    "checks",
    "questionnaire",
    "again",
    "also",
    "still",
    "all",
    "four",
    "three",
    "two",
    "questions",
    "answered",
    "per",
    "both",
    "item",
    "nine",
    "9",
    "or",
    "and",
    "any",
    "currently",
    "today",
    "at",
    "this",
    "time",
    "result",
    "results",
    // "the thoughts of dying have been gone for a month".
    "been",
    "intake",
    "admission",
    "triage",
    "come",
    "comes",
    // "his breath test at clinic read zero".
    "read",
    "reads",
    "showed",
    "shows",
    "clinic",
    "came",
    "back",
    "scored",
    "score",
    "rated",
    "urges",
    "behavior",
    "behaviour",
    "ideation",
    "thoughts",
    "so",
    "far",
    "have",
    "has",
    "had",
    "completely",
    "fully",
    "entirely",
    "since",
    "now",
    "of",
    "her",
    "his",
    "their",
    "him",
    "them",
    "daughter",
    "son",
    "baby",
    "wife",
    "husband",
    "partner",
    // "his drug screens here have all come back negative".
    "here",
    "test",
    "tests",
];

fn is_pre_negation(toks: &[Tok], k: usize) -> bool {
    let n = toks[k].norm.as_str();
    // "nobody's hurting her", "nothing's changed": the contraction keeps the negation.
    if let Some(base) = n.strip_suffix("'s") {
        return matches!(base, "nobody" | "noone" | "nothing" | "none");
    }
    // "Say he nah tek a drink since Christmas", "mi nuh use": Caribbean "nah", "nuh" and
    // "neva" right after a subject pronoun negate the verb after them (an answer "Nah, ..."
    // opening a sentence is read as an answer, not here).
    if caribbean_negator(n) {
        return k > 0
            && matches!(
                toks[k - 1].norm.as_str(),
                "he" | "she" | "they" | "mi" | "me" | "i" | "him" | "her" | "dem" | "we"
            )
            && toks.get(k + 1).is_some_and(|t| !t.punct);
    }
    if !PRE_NEGATION.contains(&n) && !OTHER_TONGUE_NO.contains(&n) {
        return false;
    }
    let next = toks.get(k + 1).map(|t| t.norm.as_str());
    // "Not a day goes by without him thinking about dying", "never a week passes without a
    // drink": the whole phrase says "every day".
    if matches!(n, "not" | "never" | "nary")
        && matches!(next, Some("a" | "one" | "single"))
        && toks[(k + 2).min(toks.len())..(k + 6).min(toks.len())]
            .iter()
            .any(|t| {
                matches!(
                    t.norm.as_str(),
                    "goes" | "go" | "went" | "passes" | "passed" | "pass"
                )
            })
        && toks[(k + 2).min(toks.len())..(k + 8).min(toks.len())]
            .iter()
            .any(|t| t.norm == "without")
    {
        return false;
    }
    // "nobody would even notice he was gone": who would not miss the client is the wish's
    // reason, not its denial.
    if matches!(n, "nobody" | "noone")
        && toks[(k + 1).min(toks.len())..(k + 4).min(toks.len())]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "notice" | "miss" | "care" | "mourn"))
    {
        return false;
    }
    match n {
        // "and I'm not one to gossip, leaves him sitting in a wet brief": a speaker's aside
        // about her own manner ("not one to gossip", "not the type to complain") denies
        // nothing after it ("not one to drink" still denies the drinking).
        "not" | "isn't" | "wasn't"
            if matches!(next, Some("one" | "the"))
                && toks[(k + 2).min(toks.len())..(k + 6).min(toks.len())]
                    .iter()
                    .any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "gossip"
                                | "complain"
                                | "judge"
                                | "pry"
                                | "exaggerate"
                                | "moan"
                                | "brag"
                                | "fuss"
                                | "interfere"
                                | "meddle"
                                | "criticise"
                                | "criticize"
                                | "whine"
                                | "grumble"
                        )
                    })
                && k > 0
                && matches!(
                    toks[k - 1].norm.as_str(),
                    "i'm" | "am" | "she's" | "he's" | "is" | "was" | "they're" | "we're"
                ) =>
        {
            false
        }
        // Pseudo-negations: "not sure", "no change", "not only".
        "not" | "isn't" | "wasn't" => !matches!(
            next,
            Some(
                "sure"
                    | "certain"
                    | "clear"
                    | "known"
                    | "really"
                    | "only"
                    | "just"
                    | "necessarily"
                    | "yet"
                    | "to"
            )
        ),
        // "he sat in the truck at the fish house, no, in the garage": a speaker's
        // self-correction set off by commas before a place or a rephrasing, no negation.
        "no" if k > 0
            && toks[k - 1].punct
            && next == Some(",")
            && toks.get(k + 2).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "in" | "at"
                        | "on"
                        | "by"
                        | "near"
                        | "under"
                        | "inside"
                        | "into"
                        | "the"
                        | "a"
                        | "his"
                        | "her"
                        | "their"
                        | "my"
                        | "sorry"
                        | "wait"
                        | "actually"
                )
            }) =>
        {
            false
        }
        "no" => !matches!(
            next,
            Some("change" | "changes" | "increase" | "doubt" | "question" | "matter")
        ),
        // "She told me, without my asking, that ...": a disclosure volunteered, no negation.
        "without" => {
            // "Not a day goes by without him thinking about dying": "not a day passes
            // without" says every day; the two negations make an affirmation.
            let every_day = (k.saturating_sub(3)..k).any(|j| {
                matches!(
                    toks[j].norm.as_str(),
                    "goes" | "go" | "went" | "gone" | "passes" | "passed" | "pass"
                )
            }) && (k.saturating_sub(7)..k)
                .any(|j| matches!(toks[j].norm.as_str(), "not" | "never" | "no" | "nary"));
            if every_day {
                return false;
            }
            let after = toks.get(k + 2).map(|t| t.norm.as_str());
            !(matches!(
                next,
                Some("my" | "me" | "anyone" | "anybody" | "us" | "our" | "being" | "prompting")
            ) && (next == Some("prompting")
                || matches!(after, Some("asking" | "prompting" | "asked" | "prompted"))))
        }
        "free" => matches!(next, Some("of" | "from")),
        // "sustained abstinence from self-harm", "abstinent from alcohol": what is abstained
        // from is not done.
        "abstinence" | "abstinent" | "abstaining" => matches!(next, Some("from")),
        "ruled" | "rules" => matches!(next, Some("out")),
        // "negative on the Columbia screener today": a screen named after "on".
        // "Neg SI/HI, neg self-harm": the shorthand "neg" right before a risk category denies
        // it ("negative self-talk" is spelt out and names a thinking style).
        "neg"
            if matches!(
                next,
                Some(
                    "self-harm"
                        | "self"
                        | "sh"
                        | "nssi"
                        | "si"
                        | "hi"
                        | "suicidal"
                        | "homicidal"
                        | "etoh"
                        | "drugs"
                        | "alcohol"
                        | "substances"
                        | "substance"
                        | "uds"
                        | "violence"
                        | "abuse"
                        | "dv"
                        | "ipv"
                        // The shorthand as the tokens spell it out ("SI" → "suicidal
                        // ideation").
                        | "suicidal ideation"
                        | "homicidal ideation"
                        | "self harm"
                        | "self injurious behavior"
                        | "nonsuicidal self injury"
                        | "intimate partner violence"
                )
            ) =>
        {
            true
        }
        "negative" | "neg" => {
            matches!(next, Some("for"))
                || next == Some("on")
                    && toks[k + 2..(k + 6).min(toks.len())].iter().any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "screen" | "screener" | "screening" | "questionnaire" | "scale"
                        )
                    })
        }
        "zeros" | "zeroes" => matches!(next, Some("for" | "across" | "on" | "in")),
        "clear" => matches!(next, Some("for")),
        // Only a recovery from a use or an addiction: "recovering from the overdose on
        // Friday" is a recent event, and a relapse recovered from still happened.
        "recovery" | "recovering" | "remission" => {
            let what = toks.get(k + 2).map_or("", |t| t.norm.as_str());
            next == Some("from")
                && matches!(
                    what,
                    "alcohol"
                        | "alcoholism"
                        | "opioid"
                        | "opioids"
                        | "opiate"
                        | "opiates"
                        | "drug"
                        | "drugs"
                        | "heroin"
                        | "cocaine"
                        | "crack"
                        | "meth"
                        | "methamphetamine"
                        | "addiction"
                        | "addictions"
                        | "substance"
                        | "substances"
                        | "cannabis"
                        | "benzodiazepine"
                        | "benzodiazepines"
                        | "benzo"
                        | "benzos"
                        | "drinking"
                        | "gambling"
                        | "polysubstance"
                )
        }
        "off" => {
            let prev = k.checked_sub(1).map_or("", |p| toks[p].norm.as_str());
            let stays = matches!(
                prev,
                "been"
                    | "is"
                    | "was"
                    | "stayed"
                    | "staying"
                    | "stays"
                    | "kept"
                    | "keeps"
                    | "remained"
                    | "remains"
                    | "she's"
                    | "he's"
                    | "they're"
                    | "i'm"
                    | "completely"
                    | "totally"
                    | "entirely"
            ) || prev.starts_with("day")
                || prev.starts_with("week")
                || prev.starts_with("month")
                || prev.starts_with("year");
            stays
                && matches!(
                    next,
                    Some("the" | "drugs" | "alcohol" | "booze" | "everything" | "all")
                )
        }
        "absence" => matches!(next, Some("of")),
        // "Nothing stops the urge to cut", "nothing else helps with the thoughts of dying":
        // "nothing" as the subject of a verb of its own negates that verb, not the mention
        // after it; only a verb of judging ("nothing suggests self-harm") passes it on.
        "nothing" => {
            let verb_at = if next == Some("else") { k + 2 } else { k + 1 };
            let v = toks.get(verb_at).map_or("", |t| t.norm.as_str());
            let judging = judging_verb(v);
            let own_verb = judging
                || matches!(
                    v,
                    "helps"
                        | "helped"
                        | "stops"
                        | "stopped"
                        | "works"
                        | "worked"
                        | "takes"
                        | "took"
                        | "seems"
                        | "seemed"
                        | "makes"
                        | "made"
                        | "keeps"
                        | "kept"
                        | "calms"
                        | "calmed"
                        | "eases"
                        | "eased"
                        | "touches"
                        | "touched"
                        | "shifts"
                        | "shifted"
                        | "lifts"
                        | "settles"
                        | "settled"
                        | "dulls"
                        | "numbs"
                        | "quiets"
                        | "quietens"
                        | "beats"
                        | "gets"
                        | "got"
                        | "will"
                        | "can"
                        | "could"
                        | "would"
                        | "feels"
                        | "felt"
                );
            judging || !own_verb
        }
        // "a reaction to success rather than a relapse", "a slip instead of a relapse": the
        // alternative set aside is negated (NegEx's extended trigger list).
        "rather" => matches!(next, Some("than")),
        "instead" => matches!(next, Some("of")),
        // "zero point nine per mille": a decimal reading, no zero of anything.
        "zero" => !matches!(
            next,
            Some("to" | "out" | "of" | "percent" | "and" | "or" | "," | "-" | "point") | None
        ),
        // "if that clerk denies him one more time", "denied them entry": refusing someone
        // something, not a clinical denial (a denial names what is denied, never a person).
        "denies" | "denied" | "deny" | "denying" => {
            let after = toks.get(k + 2).map(|t| t.norm.as_str());
            !(matches!(next, Some("him" | "them" | "me" | "us" | "you"))
                || (next == Some("her")
                    && matches!(
                        after,
                        Some("one" | "the" | "a" | "an" | "access" | "entry" | "again" | "any")
                    )))
        }
        _ => true,
    }
}

/// The pre-negation covering span `[s, e)`, if any: (trigger index, double negation?).
fn pre_negation(toks: &[Tok], seg: &[usize], in_span: &[bool], s: usize) -> Option<(usize, bool)> {
    let mut content = 0;
    let mut new_subject_seen = false;
    // Only a list's joints seen so far: "off the drink and the street valium".
    let mut coordinated = true;
    let mut k = s;
    while k > 0 {
        k -= 1;
        if seg[k] != seg[s] {
            return None;
        }
        // "She can't sleep and has thought about ending her life", "won't eat and cuts her
        // arms": "and" before a verb of its own opens a new predicate the negation does not
        // reach ("denies SI and HI" joins nouns and keeps it).
        if toks[k].is("and") && k < s && new_predicate(toks, k + 1) {
            return None;
        }
        // "was high because of the cleanup, not because she wants to die": a cause denied.
        if toks[k].is("because") && k >= 1 && toks[k - 1].is("not") {
            return Some((k - 1, false));
        }
        // "not wanting to die exactly, more not wanting to keep existing": "not A, more B"
        // sets A aside for B, which the negation does not reach.
        if toks[k].is(",")
            && k + 1 < s
            && matches!(toks[k + 1].norm.as_str(), "more" | "rather" | "instead")
        {
            return None;
        }
        // "not tired like sleepy, tired like she'd rather not be here": a negated word said
        // again after the comma corrects it; the negation stays with the first saying.
        if toks[k].is(",") && k + 1 < s {
            let again = &toks[k + 1];
            if !again.punct
                && (k.saturating_sub(6)..k).any(|j| {
                    matches!(toks[j].norm.as_str(), "not" | "no" | "never")
                        && toks.get(j + 1).is_some_and(|h| h.norm == again.norm)
                })
            {
                return None;
            }
        }
        // "after she told me, not the CSB worker, that she's going to drive into the river": a
        // negated noun phrase set off by commas corrects who was told; it negates nothing in
        // the clause told after it.
        if toks[k].is(",")
            && k + 1 < s
            && matches!(
                toks[k + 1].norm.as_str(),
                "that" | "who" | "what" | "how" | "if" | "whether"
            )
        {
            let aside = (k.saturating_sub(6)..k).rev().find(|&p| {
                toks[p].is(",")
                    && toks.get(p + 1).is_some_and(|t| t.is("not"))
                    && toks.get(p + 2).is_some_and(|t| {
                        matches!(
                            t.norm.as_str(),
                            "the" | "a" | "an" | "his" | "her" | "my" | "their" | "your" | "that"
                        )
                    })
            });
            if aside.is_some_and(|p| toks[p + 2..k].iter().all(|t| !t.punct)) {
                return None;
            }
        }
        // "She couldn't say why she burned herself": a wh-clause is asked about, not denied.
        if matches!(toks[k].norm.as_str(), "why" | "how") && k + 1 < s && !toks[k + 1].is("to") {
            return None;
        }
        if in_span[k] {
            // An abstinence mention reaches the substances listed right after it.
            if coordinated && toks[k].is("off") && is_pre_negation(toks, k) {
                return Some((k, false));
            }
            // "sustained abstinence from self-harm": the abstinence reaches what it is from.
            if matches!(
                toks[k].norm.as_str(),
                "abstinence" | "abstinent" | "abstaining"
            ) && is_pre_negation(toks, k)
                && toks.get(k + 2..s).is_some_and(|x| {
                    x.iter().all(|t| {
                        matches!(t.norm.as_str(), "and" | "or" | "," | "the" | "any" | "all")
                    })
                })
            {
                return Some((k, false));
            }
            // "his urine was clean for opiates, cocaine and benzos": a clean screen reaches
            // each drug it lists.
            if matches!(toks[k].norm.as_str(), "clean" | "negative" | "neg")
                && toks.get(k + 1).is_some_and(|t| t.is("for"))
                && (k + 2..s).all(|j| {
                    in_span[j] || matches!(toks[j].norm.as_str(), "and" | "or" | "," | "for")
                })
            {
                return Some((k, false));
            }
            continue;
        }
        coordinated &= matches!(
            toks[k].norm.as_str(),
            "and" | "or" | "nor" | "," | "the" | "her" | "his" | "their" | "any"
        );
        // "no helmet at night, 'if I die, I die'": a quotation opened after a comma is the
        // client's own utterance, which a negation before it does not reach.
        // Not a quotation closed at the comma ("not that crook,' and his rifles"), nor one
        // after a bare answer ("he said no, 'I've thought about selling, not dying'").
        if toks[k].is(",")
            && k + 2 <= s
            && toks[k + 1].punct
            && matches!(toks[k + 1].norm.as_str(), "'" | "\"" | "‘" | "“")
            && toks[k + 1].start > toks[k].end
            && !toks[k + 2].punct
            && !(k > 0 && matches!(toks[k - 1].norm.as_str(), "no" | "nah" | "nope" | "not"))
        {
            return None;
        }
        // "she isn't going through it all again, she'll take every tablet": a comma that
        // opens a clause with a subject of its own ends the negation's reach.
        if toks[k].is(",")
            && k + 1 < s
            && matches!(
                toks[k + 1].norm.split('\'').next().unwrap_or(""),
                "she" | "he" | "they" | "i" | "we" | "you"
            )
            && toks[k + 1].norm.contains('\'')
        {
            return None;
        }
        // "She's not safe at home, her husband hits her", "No, her husband hits her": a comma
        // that opens a clause whose subject (a pronoun, or a relative named by a possessive)
        // has a verb of its own, not negated, ends the negation's reach.
        if toks[k].is(",") && k + 1 < s {
            let a = toks[k + 1].norm.as_str();
            let verb_at = if matches!(a, "her" | "his" | "their" | "my" | "our" | "the")
                && toks
                    .get(k + 2)
                    .is_some_and(|t| super::actors::is_relation(&t.norm))
            {
                Some(k + 3)
            } else if matches!(a, "she" | "he" | "they" | "i" | "we") {
                Some(k + 2)
            } else {
                None
            };
            let finite = verb_at
                .filter(|&v| v <= s)
                .and_then(|v| toks.get(v))
                .is_some_and(|t| {
                    !t.punct
                        && !t.norm.ends_with("n't")
                        && !matches!(
                            t.norm.as_str(),
                            "not"
                                | "never"
                                | "no"
                                | "who"
                                | "that"
                                | "and"
                                | "or"
                                | "denies"
                                | "denied"
                                | "says"
                                | "said"
                                | "reports"
                                | "states"
                                | "told"
                                | "confirms"
                                | "agrees"
                                | "too"
                                | "also"
                                | "either"
                                | "nor"
                        )
                        && t.norm.ends_with('s')
                });
            if finite {
                return None;
            }
        }
        // "if it doesn't get better he'll kill himself": a negation inside a condition ends
        // where the consequent's subject and modal begin.
        if is_pre_negation(toks, k) && in_condition(toks, k, s) {
            return None;
        }
        // "goes without food, and she thinks about the sea", "without her meds she hears
        // voices": "without" negates its object only, never a clause after it.
        if toks[k].is("without")
            && is_pre_negation(toks, k)
            && (k + 1..s).any(|j| {
                is_subject_pronoun(&toks[j].norm)
                    || new_predicate(toks, j)
                    // "rides without a helmet, 'if I die, I die'": a quotation or a condition
                    // after the comma is a clause of its own.
                    || (toks[j].is(",")
                        && toks
                            .get(j + 1)
                            .is_some_and(|t| (t.punct && t.norm != ",") || t.is("if")))
            })
        {
            return None;
        }
        if is_pre_negation(toks, k) && subordinate_closed(toks, k, s) {
            return None;
        }
        // "no sleep, paranoid, grabbed a security guard": the determiner "no" negates nouns;
        // a past-tense verb with its object after a comma is a telegraphic clause of its own.
        if toks[k].is("no")
            && is_pre_negation(toks, k)
            && (k + 1..s).any(|c| toks[c].is(",") && past_verb_with_object(toks, c + 1))
        {
            return None;
        }
        if is_pre_negation(toks, k) {
            // "No appetite, and cutting most nights": a determiner or verb negation whose
            // first conjunct names no risk ends at "and" before a verb or a gerund.
            if matches!(toks[k].norm.as_str(), "no" | "not" | "never")
                || toks[k].norm.ends_with("n't")
            {
                // "He is not coping, drinking most nights": a comma before a gerund too.
                // Not a gerund that is a preposition ("no to every question, including
                // whether ...") nor one that a pro-verb takes as its object ("I am not doing,
                // hurting myself").
                let sep = (k + 1..s).find(|&j| {
                    toks[j].is("and")
                        || (toks[j].is(",")
                            && !matches!(
                                toks[j - 1].norm.as_str(),
                                "doing" | "do" | "done" | "that" | "this" | "it" | "thing"
                            )
                            && toks.get(j + 1).is_some_and(|t| {
                                is_gerund(t)
                                    && !matches!(
                                        t.norm.as_str(),
                                        "including"
                                            | "regarding"
                                            | "concerning"
                                            | "excluding"
                                            | "following"
                                            | "according"
                                            | "considering"
                                            | "involving"
                                            | "during"
                                    )
                            }))
                });
                if let Some(j) = sep {
                    if (is_gerund(&toks[j + 1]) || new_clause(toks, j + 1, s))
                        && !in_span[k + 1..j].iter().any(|x| *x)
                    {
                        return None;
                    }
                }
            }
            // "rather than" / "instead of" set aside one phrase: a comma ends their reach
            // ("hides his tablets instead of taking them, ready for the end").
            if matches!(toks[k].norm.as_str(), "rather" | "instead")
                && toks[k..s].iter().any(|t| t.is(","))
            {
                return None;
            }
            return Some((k, double_negation(toks, seg, in_span, k)));
        }
        // "denies intent to act on the thoughts of killing himself": the thoughts are there.
        if matches!(
            toks[k].norm.as_str(),
            "thoughts" | "urges" | "ideas" | "feelings"
        ) && k >= 2
            && toks[k - 2].is("on")
            && matches!(
                toks[k - 1].norm.as_str(),
                "the" | "these" | "those" | "his" | "her" | "their" | "my"
            )
        {
            return None;
        }
        if AFFIRMATION_VERBS.contains(&toks[k].norm.as_str()) && content > 0 {
            return None;
        }
        // "No one knows that she has been cutting": a new subject under a verb of knowing
        // starts a clause the negation does not reach ("she denies that she ..." still does).
        // "no to drinking until she blacks out": the measure of the denied drinking.
        let to_blackout = matches!(toks[k].norm.as_str(), "until" | "till")
            && toks.get(k + 2).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "blacks" | "black" | "blacked" | "passes" | "pass" | "passed"
                )
            });
        if new_subject_seen
            && !to_blackout
            && (KNOWING_VERBS.contains(&toks[k].norm.as_str())
                || matches!(
                    toks[k].norm.as_str(),
                    "when"
                        | "because"
                        | "since"
                        | "after"
                        | "before"
                        | "until"
                        | "while"
                        | "once"
                        | "whenever"
                ))
        {
            return None;
        }
        let base = toks[k].norm.split('\'').next().unwrap_or("");
        // "Nobody knows that her son hits her": "that" after a verb of knowing opens a clause
        // with a subject of its own, whatever the subject is.
        if matches!(base, "she" | "he" | "they" | "i" | "you")
            || (base == "that" && k > 0 && KNOWING_VERBS.contains(&toks[k - 1].norm.as_str()))
        {
            new_subject_seen = true;
        }
        if !matches!(
            toks[k].norm.as_str(),
            "," | "or" | "and" | "any" | "/" | "of" | "other"
        ) {
            content += 1;
        }
        if content > 12 {
            return None;
        }
    }
    None
}

/// "when they wouldn't sell him smokes, threw a bin", "they wouldn't serve him, so he shoved
/// the barman": a negation inside a clause of time or cause, or before "so"/"then" and a
/// subject, ends with that clause; the act after it is said, not denied. A list of denials
/// ("since she hasn't cut, burned or hit herself") runs on with "or" and keeps it.
fn subordinate_closed(toks: &[Tok], k: usize, s: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    if (k + 1..s).any(|j| matches!(w(j), "or" | "nor")) {
        return false;
    }
    let consequence = (k + 1..s).any(|j| {
        matches!(w(j), "so" | "then")
            && matches!(w(j.saturating_sub(1)), "," | "and")
            && is_subject_pronoun(w(j + 1))
    });
    let opened = (k.saturating_sub(4)..k).any(|j| {
        matches!(
            w(j),
            "when" | "because" | "cause" | "'cause" | "since" | "after" | "once" | "whenever"
        ) && !(j + 1..k).any(|i| toks[i].punct)
    });
    let closed = (k + 1..s).any(|c| {
        toks[c].is(",") && (new_clause(toks, c + 1, s) || past_verb_with_object(toks, c + 1))
            // "when his boy's mom wouldn't let him see the kid he put his fist through her
            // windshield": unpunctuated, the main clause opens on its own subject and verb.
            || c > k + 1
                && is_subject_pronoun(w(c))
                && !toks[c - 1].punct
                && !matches!(
                    w(c - 1),
                    "that" | "said" | "says" | "say" | "think" | "thinks" | "thought" | "if"
                        | "and" | "or" | "because" | "when" | "whether" | "know" | "knows"
                        | "believe" | "believes" | "feel" | "feels" | "felt"
                )
                && past_verb_with_object(toks, c + 1)
    });
    consequence || (opened && closed)
}

/// "threw a bin", "smashed the window", "shoved him": a past-tense verb before its object
/// opens a predicate of its own.
fn past_verb_with_object(toks: &[Tok], j: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    let n = w(j);
    let past = (n.len() > 4 && n.ends_with("ed"))
        || matches!(
            n,
            "threw"
                | "hit"
                | "broke"
                | "took"
                | "got"
                | "went"
                | "beat"
                | "stole"
                | "drove"
                | "put"
        );
    past && matches!(
        w(j + 1),
        "a" | "an" | "the" | "his" | "her" | "him" | "them" | "it" | "their" | "my" | "some"
    )
}

/// Whether the negation at `k` sits in an "if"/"unless" clause whose consequent (a subject
/// with a modal: "he'll", "she would", "he's gonna") opens between it and the mention at `s`.
fn in_condition(toks: &[Tok], k: usize, s: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    let opened = (k.saturating_sub(6)..k).any(|j| matches!(w(j), "if" | "unless"))
        && !(k.saturating_sub(6)..k).any(|j| matches!(w(j), "." | ";" | "?"));
    opened
        && (k + 1..s).any(|j| {
            matches!(
                w(j),
                "he'll"
                    | "she'll"
                    | "i'll"
                    | "they'll"
                    | "we'll"
                    | "he'd"
                    | "she'd"
                    | "i'd"
                    | "they'd"
            ) || (matches!(w(j), "he" | "she" | "i" | "they" | "we")
                && matches!(w(j + 1), "will" | "would" | "gonna" | "might" | "could"))
                || (matches!(w(j), "he's" | "she's" | "i'm" | "they're")
                    && matches!(w(j + 1), "gonna" | "going"))
        })
}

/// "She'd step in front of a bus if it wasn't for her cat": "if it weren't for", "if not
/// for", "if it hadn't been for" name what holds the client back (a protective factor); the
/// wish they qualify is said, not supposed.
fn only_for(toks: &[Tok], p: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let not_for = w(p + 1) == "not" && w(p + 2) == "for";
    let it_was_not = w(p + 1) == "it"
        && (matches!(w(p + 2), "wasn't" | "weren't" | "hadn't")
            && matches!(w(p + 3), "for" | "been")
            || (matches!(w(p + 2), "was" | "were" | "had") && w(p + 3) == "not"));
    not_for || it_was_not
}

/// A word in "-ing" long enough to be a gerund or participle ("cutting", not "king").
fn is_gerund(t: &Tok) -> bool {
    t.norm.ends_with("ing") && t.norm.len() > 4
}

/// Whether the word at `j` opens a predicate of its own: a finite verb or auxiliary ("has",
/// "thinks", "kept"), or a present-tense verb in "-s" before its object ("cuts her arms",
/// "drinks a bottle"), not a plural noun ("cuts and bruises", "urges to").
fn new_predicate(toks: &[Tok], j: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    let n = w(j);
    let finite = matches!(
        n,
        "has"
            | "have"
            | "had"
            | "is"
            | "was"
            | "are"
            | "were"
            | "thinks"
            | "thought"
            | "says"
            | "said"
            | "reports"
            | "reported"
            | "feels"
            | "felt"
            | "keeps"
            | "kept"
            | "wants"
            | "wanted"
            | "admits"
            | "admitted"
            | "describes"
            | "described"
            | "talks"
            | "talked"
            | "spends"
            | "spent"
            | "started"
            | "starts"
            | "continues"
            | "continued"
            | "often"
            | "sometimes"
            | "still"
            | "now"
            // "doesn't work and won't let her go out": a modal of its own.
            | "won't"
            | "will"
            | "wouldn't"
            | "would"
            | "can't"
            | "couldn't"
            | "does"
            | "did"
    );
    let ideation_noun = matches!(
        n,
        "urges"
            | "thoughts"
            | "plans"
            | "feelings"
            | "ideas"
            | "intentions"
            | "images"
            | "cuts"
            | "bruises"
            | "burns"
            | "scratches"
            | "drinks"
            | "drugs"
    );
    let verb_s = n.len() > 3
        && n.ends_with('s')
        && !n.ends_with("ss")
        && !ideation_noun
        && matches!(
            w(j + 1),
            "her"
                | "his"
                | "their"
                | "my"
                | "a"
                | "an"
                | "the"
                | "some"
                | "it"
                | "them"
                | "herself"
                | "himself"
                | "themselves"
                | "up"
                | "out"
                | "off"
                | "every"
                | "most"
                | "daily"
                | "heavily"
                | "regularly"
                | "again"
                | "weed"
                | "cannabis"
                | "vodka"
                | "wine"
                | "beer"
                | "cider"
                | "spirits"
                | "pills"
                | "at"
        );
    // A plural noun that is also a verb ("cuts", "drinks", "burns") is one only before a
    // possessive or an article: "cuts her arms", "drinks a bottle".
    let noun_verb = matches!(n, "cuts" | "burns" | "scratches" | "drinks")
        && matches!(
            w(j + 1),
            "her" | "his" | "their" | "my" | "a" | "an" | "the" | "herself" | "himself"
        );
    finite || verb_s || noun_verb
}

/// Whether the words at `j` (before the mention at `s`) open a clause of their own: a new
/// predicate, or a subject of its own then one ("blames her for not having a son, and her
/// husband has hit her twice": "her husband has" starts a clause the negation does not reach).
fn new_clause(toks: &[Tok], j: usize, s: usize) -> bool {
    if new_predicate(toks, j) {
        return true;
    }
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    // "not sleeping, and that he's been drinking": a complementizer before a clause.
    if w(j) == "that" && j + 1 < s && w(j + 1) != "that" {
        return new_clause(toks, j + 1, s);
    }
    // "and you think about the sea", "and he's been drinking": a subject pronoun, contracted
    // or not, with a word after it.
    if j + 1 < s && is_subject_pronoun(w(j)) && !toks[j + 1].punct {
        return true;
    }
    let subject_end = match w(j) {
        "her" | "his" | "their" | "my" | "the" => {
            // A noun or two: "her husband", "the new boyfriend"; never a mention word.
            (j + 2..=j + 3).find(|&p| {
                p < s
                    && toks[j + 1..p]
                        .iter()
                        .all(|t| !t.punct && !t.norm.ends_with("'s") && t.norm.len() > 2)
                    && matches!(
                        w(p),
                        "has" | "have" | "had" | "is" | "was" | "are" | "were" | "keeps" | "kept"
                    )
            })
        }
        _ => None,
    };
    subject_end.is_some_and(|p| p < s && new_predicate(toks, p))
}

/// A personal pronoun that can open a clause, contracted or not ("she", "he's", "you've"):
/// "you" counts, since a summary addresses the client.
fn is_subject_pronoun(w: &str) -> bool {
    super::actors::is_subject_pronoun(w)
        || matches!(w.split('\'').next().unwrap_or(""), "we" | "you")
}

/// "did not deny", "it isn't true that she never", "not that he hasn't": a second negation
/// shortly before the first, with no list comma or other mention between them.
fn double_negation(toks: &[Tok], seg: &[usize], in_span: &[bool], k: usize) -> bool {
    if super::recall::litotes(toks, seg, k) {
        return true;
    }
    // "has not consumed šņabis nor any other alcohol": "nor" carries the negation before it
    // on to the next item; it never turns it round.
    if toks[k].is("nor") {
        return false;
    }
    // "no shine, no pills, no, uh, no flakka": a "no" said again (a filler between) repeats
    // the denial.
    if toks[k].is("no")
        && toks[..k]
            .iter()
            .rev()
            .find(|t| !t.punct)
            .is_some_and(|t| matches!(t.norm.as_str(), "no" | "nope" | "nah"))
    {
        return false;
    }
    // "He wasn't able to promise he wouldn't use again", "can't guarantee she won't": a
    // safety promise refused leaves the act possible (the promise's negation outranges the
    // usual four words).
    let promise = (k.saturating_sub(5)..k).find(|&p| {
        matches!(
            toks[p].norm.as_str(),
            "promise" | "guarantee" | "swear" | "commit" | "agree" | "assure" | "contract"
        ) && seg[p] == seg[k]
    });
    if let Some(p) = promise {
        let refused = (p.saturating_sub(4)..p).any(|j| {
            seg[j] == seg[k]
                && (toks[j].norm.ends_with("n't")
                    || matches!(
                        toks[j].norm.as_str(),
                        "not" | "unable" | "refused" | "refuses" | "refusing" | "never"
                    ))
        });
        if refused && (p + 1..k).all(|j| !in_span[j]) {
            return true;
        }
    }
    let mut j = k;
    let mut steps = 0;
    while j > 0 && steps < 4 {
        j -= 1;
        steps += 1;
        // "denies purging and denies self-harm" is a list of denials, not a double one.
        if seg[j] != seg[k]
            || in_span[j]
            || matches!(toks[j].norm.as_str(), "," | "and" | "or" | "nor")
        {
            return false;
        }
        if is_pre_negation(toks, j) || toks[j].is("not") || toks[j].norm.ends_with("n't") {
            // "takes neither yamba nor palm wine": "neither ... nor" is one negation in two
            // parts, not two.
            if negative_concord(toks, j, k) || toks[j].is("neither") && toks[k].is("nor") {
                return false;
            }
            // "she said no she's never thought about it": an answer "no" before a statement of
            // its own (a subject follows it) agrees with that statement's negation.
            if matches!(toks[j].norm.as_str(), "no" | "nope" | "nah")
                && toks[j + 1..k].iter().any(|t| is_subject_pronoun(&t.norm))
            {
                return false;
            }
            // "If she doesn't hear back she won't hurt herself": the condition's negation
            // and the consequent's are two clauses, not a double negation.
            let conditional = (j.saturating_sub(6)..j)
                .any(|i| matches!(toks[i].norm.as_str(), "if" | "unless"))
                && toks[j + 1..k]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "she" | "he" | "they" | "i" | "we"));
            return !conditional;
        }
    }
    false
}

/// "he ain't had no thoughts of killing that boy", "him nuh have no thoughts fi kill
/// himself", "she don't want nothing to do with it": negative concord (African American,
/// Southern, Caribbean and many other Englishes) repeats one negation on the verb and on its
/// object; it denies, it does not affirm. Only a verb (and adverbs) may stand between the two
/// (`j` the verb's negation, `k` the object's): "not that she has no thoughts" and "did not
/// deny" are true double negations.
fn negative_concord(toks: &[Tok], j: usize, k: usize) -> bool {
    // "she nah have no thoughts of ending it", "him nah go kill nor hurt nobody": Caribbean
    // English, whose "nah" and "nuh" negate the verb, agrees every negative after them.
    if caribbean_negator(&toks[j].norm)
        && matches!(
            toks[k].norm.as_str(),
            "no" | "nothing"
                | "none"
                | "nobody"
                | "nowhere"
                | "nothin"
                | "noone"
                | "never"
                | "nor"
                | "neither"
                | "nuttin"
                | "nutten"
        )
    {
        return true;
    }
    let verb_neg =
        toks[j].is("not") || toks[j].norm.ends_with("n't") || caribbean_negator(&toks[j].norm);
    // "I ain't never whipped that boy", "he don't never drink": "never" right after the
    // negated auxiliary repeats it.
    let object_neg = matches!(
        toks[k].norm.as_str(),
        "no" | "nothing" | "none" | "nobody" | "nowhere" | "nothin" | "noone"
    ) || (toks[k].is("never") && k == j + 1 && toks[j].norm.ends_with("n't"));
    verb_neg
        && object_neg
        // "there ain't no gun on the place".
        && (k > j + 1 || toks[j].is("ain't") || toks[k].is("never"))
        && toks[j + 1..k].iter().all(|t| {
            matches!(
                t.norm.as_str(),
                "have"
                    | "has"
                    | "had"
                    | "having"
                    | "got"
                    | "get"
                    | "gets"
                    | "getting"
                    | "do"
                    | "does"
                    | "did"
                    | "doing"
                    | "feel"
                    | "feeling"
                    | "felt"
                    | "want"
                    | "wants"
                    | "wanted"
                    | "been"
                    | "be"
                    | "take"
                    | "took"
                    | "use"
                    | "used"
                    | "drink"
                    | "drank"
                    | "touch"
                    | "touched"
                    | "see"
                    | "saw"
                    | "hear"
                    | "heard"
                    | "even"
                    | "ever"
                    | "really"
                    | "never"
            )
        })
}

/// Words after a bare answer that take it back or tell something new ("no, actually she
/// drank on Friday", "no, asked again she said yes"): with them, what follows is no tail.
const ANSWER_TAKEN_BACK: &[&str] = &[
    "yes", "yeah", "said", "says", "admitted", "admits", "but", "actually", "except", "only",
    "used", "drank",
];

/// "Killing herself, no.", "Thoughts of suicide, of hurting herself, no and no.", "The
/// husband hitting her or threatening her, no, never, just checked out.": a screening topic
/// dictated as a phrase, the client's bare answer after a comma closing the sentence (NegEx's
/// post-triggers). Not a tag question ("cut again, no?") nor a "no" that goes on to correct
/// ("cut again, no, twice").
fn trailing_bare_answer(toks: &[Tok], e: usize) -> bool {
    let answer = |n: &str| {
        matches!(
            n,
            "no" | "none"
                | "nope"
                | "nah"
                | "never"
                | "denies"
                | "denied"
                | "negative"
                | "and"
                | "to"
                | "both"
                | "all"
                | "either"
                | "not"
                | "at"
                | "really"
                | "ma'am"
                | "sir"
                | "\""
                | "'"
                | ","
                // Spanish "nada" as the whole answer.
                | "nada"
        )
    };
    let mut end = toks.len();
    while end > 0 && matches!(toks[end - 1].norm.as_str(), "." | "!" | "\"") {
        end -= 1;
    }
    if end == 0 || toks[end - 1].is("?") || toks.iter().any(|t| t.is("?")) {
        return false;
    }
    // ", just checked out", ", asked with Javi out of the room too": a closing remark after
    // the answer, on the client or on how it was asked, which says nothing new.
    if let Some(c) = (e..end).rev().find(|&k| toks[k].is(",")) {
        let opener = toks.get(c + 1).map_or("", |t| t.norm.as_str());
        // The remark tells no news of its own: no verb of being, having or doing past the
        // opener ("no, per her mum she was drunk Saturday" is a report, not a remark).
        let told = toks.get(c + 2..end).unwrap_or_default().iter().any(|t| {
            let n = t.norm.as_str();
            matches!(
                n,
                "was" | "were" | "is" | "are" | "has" | "had" | "been" | "did" | "does" | "do"
            ) || (n.len() > 4 && n.ends_with("ed"))
                || n.ends_with("'s")
        });
        let how_asked = !told
            && matches!(opener, "asked" | "per" | "according" | "corroborated")
            // "Cutting, no, asked again she said yes", "no, checked her arms and found fresh
            // cuts": a remark that tells a new answer or a finding is no closing remark.
            && !toks[c + 1..end].iter().any(|t| {
                let n = t.norm.as_str();
                ANSWER_TAKEN_BACK.contains(&n)
                    || matches!(
                        n,
                        "then" | "later" | "disclosed" | "changed" | "found" | "fresh" | "marks"
                            | "cuts" | "positive" | "smelled" | "smell" | "saw" | "noticed"
                    )
                    || number(n).is_some_and(|n| n > 1)
            });
        if (opener == "just" || how_asked) && c > e {
            end = c;
        }
    }
    // "'nada, ni una cervecita,' Javi agrees": another's agreement closes the sentence.
    if let Some(c) = (e..end).rev().find(|&k| toks[k].is(",")) {
        let mut rest = &toks[c + 1..end];
        // "'nada, ni una cervecita,' Javi agrees": the closing quote mark goes with the answer.
        if rest
            .first()
            .is_some_and(|t| matches!(t.norm.as_str(), "'" | "\""))
        {
            rest = &rest[1..];
        }
        let agrees = rest.len() <= 3
            && rest.last().is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "agrees" | "agreed" | "confirms" | "concurs" | "concurred" | "nods" | "nodded"
                )
            })
            && rest.first().is_some_and(|t| {
                t.capital
                    || matches!(
                        t.norm.as_str(),
                        "his" | "her" | "mum" | "mom" | "dad" | "wife" | "husband" | "partner"
                    )
            });
        if agrees && c > e {
            end = c;
        }
    }
    // "nada, ni una cervecita", "no, not even one": an emphatic tail after the answer
    // ("ni ...", "not even ...") adds nothing to it.
    // (Spanish "ni" is read as "no".)
    if let Some(t) = (e..end).find(|&k| {
        (toks[k].is("no") || toks[k].is("not") && toks.get(k + 1).is_some_and(|x| x.is("even")))
            && k > e
            // Only an emphatic "not a single one": "no more than two beers" tells an amount.
            && toks[k + 1..end]
                .iter()
                .find(|x| !x.is("even") && !x.punct)
                .is_none_or(|x| {
                    matches!(
                        x.norm.as_str(),
                        "a" | "an" | "one" | "una" | "un" | "uno" | "once" | "single" | "drop"
                            | "sip" | "bit" | "puff" | "any" | "nothing" | "no" | "never"
                    )
                })
            && end - k <= 6
            && toks[k.saturating_sub(3)..k].iter().any(|x| {
                matches!(x.norm.as_str(), "nada" | "no" | "nothing" | "never" | "none")
            })
            // "nada, no, actually she drank on Friday": a tail that takes the answer back.
            && !toks[k..end].iter().any(|x| {
                let n = x.norm.as_str();
                ANSWER_TAKEN_BACK.contains(&n) || matches!(n, "smoked" | "took" | "apart")
            })
    }) {
        end = t;
        while end > e && matches!(toks[end - 1].norm.as_str(), "," | "'") {
            end -= 1;
        }
    }
    let mut r = end;
    while r > e && answer(&toks[r - 1].norm) {
        r -= 1;
    }
    // The run opens right after the separator that follows the topic.
    while r < end && toks[r].punct {
        r += 1;
    }
    // "she swallowed pills back in high school, and she says no thoughts of it this year,
    // none": an answer that closes a later clause with its own telling or negation is that
    // clause's.
    let own_clause = toks[e.min(r)..r].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "says"
                | "said"
                | "say"
                | "denies"
                | "denied"
                | "reports"
                | "told"
                | "no"
                | "not"
                | "never"
        ) || t.norm.ends_with("n't")
    });
    !own_clause
        && r > e
        && r < end
        && (matches!(toks[r - 1].norm.as_str(), "," | ":" | "-")
            // "anything, 'nada'": the answer quoted after the comma.
            || r >= 2 && matches!(toks[r - 1].norm.as_str(), "'" | "\"") && toks[r - 2].is(","))
        && matches!(
            toks[r].norm.as_str(),
            "no" | "none" | "nope" | "nah" | "never" | "denies" | "denied" | "negative" | "nada"
        )
        && toks[r..end].iter().all(|t| answer(&t.norm))
}

/// "About hurting himself, I think he was quite clear, no, never, he is a believer": a topic
/// fronted with "about" (or "regarding", "re", "as for"), then a comma, then an answer of no
/// before any yes or qualifier.
fn fronted_about_answered(toks: &[Tok], e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let opener = match w(0) {
        "about" | "regarding" | "re" | "concerning" => 1,
        "as" if w(1) == "for" => 2,
        _ => return false,
    };
    // The mention ends the topic: a comma right after it (one word of its phrase may follow),
    // or, unpunctuated, the teller's "she said" ("About thoughts of death she said no").
    let said_after = matches!(w(e), "she" | "he" | "they" | "client" | "pt")
        && matches!(
            w(e + 1),
            "said" | "says" | "answered" | "answers" | "replied" | "replies" | "told" | "tells"
        );
    let comma = (e..(e + 3).min(toks.len()))
        .find(|&k| w(k) == ",")
        .or_else(|| said_after.then_some(e));
    let Some(c) = comma else {
        return false;
    };
    if e <= opener || toks[opener..e].iter().any(|t| t.punct) {
        return false;
    }
    for k in c + 1..(c + 12).min(toks.len()) {
        match w(k) {
            "no" | "never" | "nope" | "none" | "denies" | "denied" | "nah" => return true,
            "yes" | "yeah" | "but" | "sometimes" | "some" | "still" | "once" | "twice"
            | "again" | "admits" | "admitted" | "maybe" | "." | ";" => return false,
            _ => {}
        }
    }
    false
}

fn post_negation(toks: &[Tok], seg: &[usize], in_span: &[bool], e: usize) -> bool {
    // "I went through the suicide screen, better off dead, killing himself, plans,
    // rehearsals, and he said no to each one": screen items listed, then one "no" for all.
    let sentence_rest: Vec<&str> = toks[e.min(toks.len())..]
        .iter()
        .take_while(|t| !matches!(t.norm.as_str(), "." | ";" | "?" | "!"))
        .map(|t| t.norm.as_str())
        .collect();
    let no_to_each = sentence_rest.windows(4).any(|x| {
        matches!(x[0], "said" | "says" | "answered" | "answers" | "replied")
            && x[1] == "no"
            && x[2] == "to"
            && matches!(
                x[3],
                "each" | "all" | "every" | "both" | "them" | "everything"
            )
    });
    let screened = toks[..e.min(toks.len())].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "screen" | "screening" | "asked" | "questions" | "checklist" | "through" | "c-ssrs"
        )
    });
    let grants = sentence_rest.iter().any(|x| {
        matches!(
            *x,
            "yes" | "yeah" | "but" | "except" | "sometimes" | "once" | "apart" | "besides"
        )
    });
    if no_to_each && screened && !grants {
        return true;
    }
    // "Thoughts to harm other people he does not have": the object fronted and its verb
    // negated after it (German or Dutch word order in English).
    let tail: Vec<&str> = toks[e.min(toks.len())..]
        .iter()
        // "is 'not for me'": a quote mark does not end the clause.
        .filter(|t| !matches!(t.norm.as_str(), "'" | "\""))
        .take_while(|t| !t.punct)
        .map(|t| t.norm.as_str())
        .collect();
    if (2..=5).contains(&tail.len())
        && matches!(tail[0], "he" | "she" | "i" | "they" | "we")
        && tail[1..]
            .iter()
            .any(|x| matches!(*x, "not" | "never") || x.ends_with("n't"))
        && matches!(tail[tail.len() - 1], "have" | "has" | "had" | "not")
    {
        return true;
    }
    // "thoughts of being better off dead just haven't been there", "those thoughts haven't
    // come back": the mention as the subject of a negated presence or return.
    let rest: Vec<&str> = tail
        .iter()
        .copied()
        .skip_while(|x| matches!(*x, "just" | "really" | "simply" | "honestly" | "since"))
        .collect();
    let absent = matches!(
        rest.first(),
        Some(&("haven't" | "hasn't" | "weren't" | "wasn't"))
    ) && (matches!(
        rest.get(1..3),
        Some(["been", "there" | "around" | "present" | "back"])
    ) || matches!(
        rest.get(1..3),
        Some(["come", "back" | "up"]) | Some(["returned" | "recurred", ..])
    ));
    if absent {
        return true;
    }
    // "the white lightning back home was never his thing", "weed's not really her scene":
    // the mention said never to have been to the client's taste.
    let taste = tail.iter().take(8).enumerate().any(|(i, x)| {
        let neg = matches!(*x, "never" | "not" | "wasn't" | "isn't");
        let mut j = i + 1;
        if tail.get(j) == Some(&"really") {
            j += 1;
        }
        neg && (matches!(
            tail.get(j).copied(),
            Some("his" | "her" | "their" | "my" | "your")
        ) && matches!(tail.get(j + 1).copied(), Some("thing" | "scene" | "style"))
            // "the arak in Ankawa is 'not for me'".
            || tail.get(j).copied() == Some("for")
                && matches!(tail.get(j + 1).copied(), Some("me" | "him" | "her" | "them")))
    });
    if taste {
        return true;
    }
    // "Self-harm, she says no, not since the youngster was born", "Drinking: he says none":
    // a note's topic fronted at the sentence's start, then the client's answer to it.
    // Every word before it in the sentence is the topic's own (a mention's).
    let topic_first = match toks[..e.min(toks.len())].iter().rposition(|t| t.punct) {
        None => in_span[..e.min(toks.len())].iter().all(|x| *x),
        Some(p) => {
            matches!(toks[p].norm.as_str(), "." | ";") && in_span[p + 1..e].iter().all(|x| *x)
        }
    };
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "Guaro, he say, no more since the Easter": the answer may stand after its own comma.
    let a = if w(e + 3) == "," { e + 4 } else { e + 3 };
    if topic_first
        && matches!(w(e), "," | ":" | "-")
        && matches!(w(e + 1), "she" | "he" | "they")
        && matches!(
            w(e + 2),
            "says"
                | "said"
                | "say"
                | "reports"
                | "reported"
                | "answers"
                | "answered"
                | "replies"
                | "replied"
        )
        && matches!(w(a), "no" | "none" | "never" | "nope" | "nah")
    {
        return true;
    }
    if trailing_bare_answer(toks, e) {
        return true;
    }
    // "He did try arak once in first year but not anymore": an act taken back for now in the
    // same clause ends it (ConText's "no longer").
    let clause_end = (e..toks.len())
        .find(|&k| matches!(w(k), "." | ";" | "?" | "!"))
        .unwrap_or(toks.len());
    let taken_back_now = (e..clause_end.min(e + 12)).any(|k| {
        w(k) == "but"
            && w(k + 1) == "not"
            && (matches!(w(k + 2), "anymore" | "now" | "lately")
                || w(k + 2) == "any" && w(k + 3) == "more")
            || w(k) == "but" && w(k + 1) == "no" && w(k + 2) == "more" && w(k + 3) != "than"
    });
    // Only of an act dated back ("once", "in college", "years ago"; "used to" is history
    // already): "drank last weekend but not now" keeps last weekend's drinking.
    let dated_back = || {
        (0..clause_end).any(|k| {
            matches!(
                w(k),
                "once"
                    | "ago"
                    | "college"
                    | "school"
                    | "university"
                    | "teen"
                    | "teens"
                    | "teenager"
                    | "younger"
                    | "past"
                    | "years"
            )
        })
    };
    if taken_back_now && dated_back() {
        return true;
    }
    // "Shisha, weed, anything like that, I asked, and he said no, wallah, never": a topic
    // list put first, the asking after it, then the client's plain no.
    let mut start = e.min(toks.len());
    while start > 0 && in_span[start - 1] {
        start -= 1;
    }
    let list_first = topic_first
        || start <= 8
            && toks[..start].iter().all(|t| {
                t.is(",")
                    || !t.punct
                        && !is_subject_pronoun(&t.norm)
                        && !matches!(t.norm.as_str(), "said" | "says" | "told" | "asked" | "i")
            });
    if list_first {
        let asked = (e..clause_end).find(|&k| w(k) == "asked" && k > 0 && w(k - 1) == "i");
        if let Some(a) = asked {
            let said_no = (a + 1..clause_end.min(a + 8)).any(|k| {
                matches!(w(k), "said" | "says" | "answered" | "replied")
                    && matches!(w(k + 1), "no" | "never" | "nope" | "nothing" | "none")
            });
            let grants = (a + 1..clause_end).any(|k| {
                matches!(
                    w(k),
                    "yes" | "yeah" | "but" | "except" | "only" | "once" | "sometimes"
                )
            });
            if said_no && !grants {
                return true;
            }
        }
    }
    // "About hurting others: 'No, no, I am not angry at anyone'": the topic's quoted answer
    // after its colon opens on a no.
    if w(e) == ":"
        && matches!(w(e + 1), "'" | "\"")
        && matches!(w(e + 2), "no" | "nope" | "nah" | "never" | "none")
        && !matches!(w(e + 3), "more" | "longer" | "matter")
        // "About drinking: 'Nope, just weekends'": a part granted after the no is some.
        && !toks[e + 3..].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "but"
                    | "except"
                    | "yes"
                    | "yeah"
                    | "weekends"
                    | "sometimes"
                    | "once"
                    | "twice"
                    | "few"
                    | "couple"
                    | "still"
                    | "occasionally"
            )
        })
    {
        return true;
    }
    if fronted_about_answered(toks, e) {
        return true;
    }
    let mut k = e;
    let mut steps = 0;
    while k < toks.len() && steps < 6 && seg[k] == seg[e.saturating_sub(1)] {
        let n = toks[k].norm.as_str();
        let prev = toks[k - 1].norm.as_str();
        // "has stopped riding the trolley": stopping another activity (an avoidance) is no
        // end of the mention; "cutting, which she has stopped" is.
        let stopped_other = STOPPED.contains(&n)
            && toks.get(k + 1).is_some_and(|t| {
                (t.norm.ends_with("ing") && t.norm.len() > 4)
                    || matches!(
                        t.norm.as_str(),
                        "the" | "her" | "his" | "their" | "my" | "going"
                    )
            });
        if stopped_other {
            return false;
        }
        // "passive SI, nil plan, nil intent": "nil" before a plan, intent or means is that
        // item's determiner, a denial of it, not of the mention before it ("SI nil" is).
        if matches!(n, "nil" | "zero")
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "plan"
                        | "plans"
                        | "intent"
                        | "intention"
                        | "intentions"
                        | "means"
                        | "method"
                        | "methods"
                        | "access"
                        | "urges"
                        | "attempts"
                        | "preparation"
                        | "rehearsal"
                )
            })
        {
            return false;
        }
        // "Suicidal thoughts no, self-harm no, death wish no": the answer put after the topic
        // (Indian and telegraphic English), ended by a stop or a comma; after a comma
        // ("hammered, no, swamped") "no" corrects the word before it instead.
        let trailing_no = n == "no"
            && !toks[k - 1].punct
            && toks
                .get(k + 1)
                .is_none_or(|t| matches!(t.norm.as_str(), "," | "." | ";" | ":" | "!"));
        if POST_NEGATION.contains(&n)
            || OTHER_TONGUE_NO.contains(&n)
            || trailing_no
            || ((n == "no" || n == "denies" || n == "denied") && matches!(prev, ":" | "answered"))
            || STOPPED.contains(&n)
            || (n == "went" && toks.get(k + 1).is_some_and(|t| t.is("away")))
        {
            return true;
        }
        // "He uses meth and has been clean from heroin": "and" before a verb opens a new
        // predicate of the subject, whose "clean" says nothing of the mention before it
        // ("SI and HI: denied" joins mentions, and keeps the reach).
        if matches!(n, "and" | "or")
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "been"
                        | "says"
                        | "said"
                        | "stays"
                        | "stayed"
                        | "remains"
                        | "remained"
                )
            })
        {
            return false;
        }
        // "the pictures of dropping him off the deck have stopped": a place the mention's
        // act goes to or from completes the mention, before its predicate.
        if matches!(
            n,
            "off" | "from" | "down" | "into" | "onto" | "over" | "under" | "through"
        ) && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "the" | "a" | "his" | "her" | "their" | "my"
            )
        }) && toks.get(k + 2).is_some_and(|t| !t.punct)
        {
            k += 3;
            steps += 1;
            continue;
        }
        // "item nine was a zero": the article before a scored zero.
        let a_zero = n == "a"
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is("zero") || t.is("nought") || t.is("naught"));
        if !(in_span[k] || POST_SKIP.contains(&n) || a_zero) {
            return false;
        }
        k += 1;
        steps += 1;
    }
    false
}

/// Negation of the mention `[s, e)`: (negated, double negation).
pub(crate) fn negation(
    toks: &[Tok],
    seg: &[usize],
    in_span: &[bool],
    s: usize,
    e: usize,
) -> Negation {
    match pre_negation(toks, seg, in_span, s) {
        // "hasn't been able to stop thinking about ending her life", "couldn't stop himself
        // from hitting his son", "can't help thinking about dying": a stop negated affirms
        // what it would have ended.
        Some((k, _)) if cessation_between(toks, k, s) => Negation {
            negated: false,
            double: true,
            trigger: Some(k),
        },
        // "he don't have no reason to live": a mention that opens on its own negation ("no
        // reason to live", "nothing to live for") repeated on the verb by negative concord.
        Some((k, _)) if in_span[s] && negative_concord(toks, k, s) => Negation {
            negated: false,
            double: false,
            trigger: None,
        },
        Some((k, double)) => Negation {
            negated: !double,
            double,
            trigger: Some(k),
        },
        None => match subject_negator(toks, s).or_else(|| nothing_amounts_to(toks, s)) {
            Some(k) => Negation {
                negated: true,
                double: false,
                trigger: Some(k),
            },
            None => Negation {
                negated: post_negation(toks, seg, in_span, e)
                    || never_crossed(toks, e)
                    || ruled_out_predicate(toks, s, e),
                double: false,
                trigger: None,
            },
        },
    }
}

/// A verb of stopping: "stop", "stopped", "quit".
fn stop_verb(w: &str) -> bool {
    matches!(w, "stop" | "stopped" | "stopping" | "quit" | "quitting")
}

/// Whether an abstinence mention `[s, e)` tells the behaviour going on: a stop verb with its
/// own negator (`denied_here`: the mention read as denied by a negation), "failed to stay
/// clean", or "unable to stop drinking". A denial that merely reaches an abstinence word
/// ("denies drug use, and his urine was clean") is no stop negated.
pub(crate) fn cessation_goes_on(toks: &[Tok], s: usize, e: usize, denied_here: bool) -> bool {
    let stop_named = toks[s..e].iter().any(|t| stop_verb(&t.norm));
    let own_negator = toks[s.saturating_sub(2)..e]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "not" | "never" | "no") || t.norm.ends_with("n't"));
    let failed = toks[s.saturating_sub(4)..s].iter().any(|t| {
        matches!(t.norm.as_str(), "failed" | "fails")
            || matches!(
                t.norm.as_str(),
                "unable" | "struggling" | "struggles" | "struggled"
            ) && toks[s..e]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "stop" | "quit" | "cut"))
    });
    (denied_here && stop_named && own_negator) || failed
}

/// Whether a verb of stopping or holding back stands between a negation at `k` and the
/// mention at `s`, with nothing but its own complements ("himself from", "thinking about").
fn cessation_between(toks: &[Tok], k: usize, s: usize) -> bool {
    let gap = &toks[k + 1..s];
    gap.len() <= 7
        && gap.iter().any(|t| {
            (stop_verb(&t.norm) && !t.norm.starts_with("quit"))
                || matches!(t.norm.as_str(), "help" | "resist" | "resisted")
        })
        && gap.iter().all(|t| {
            !t.punct
                && !matches!(
                    t.norm.as_str(),
                    "and" | "but" | "or" | "she" | "he" | "they" | "i" | "when" | "if"
                )
        })
}

/// "she scored zero", "scored a zero", "scored nil": a screen item's negative answer.
pub(crate) fn scored_zero(w: &[&str]) -> bool {
    w.windows(2)
        .any(|x| x[0] == "scored" && matches!(x[1], "zero" | "0" | "nil" | "none" | "nought"))
        || (w.contains(&"scored")
            && w.windows(2)
                .any(|x| x[0] == "a" && matches!(x[1], "zero" | "nought" | "naught")))
}

/// "Old self-harm scars on her upper arms": the mention `[s, e)` names the kind of scars,
/// what a past act left (history), unless they are fresh.
pub(crate) fn scars_left(toks: &[Tok], s: usize, e: usize) -> bool {
    toks.get(e)
        .is_some_and(|t| matches!(t.norm.as_str(), "scars" | "scar" | "scarring"))
        && !toks[s.saturating_sub(3)..s].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "fresh" | "new" | "recent" | "raw" | "healing"
            )
        })
}

/// A measure other than a risk screen, whose score is no risk answer ("PCL", "GAD", "AUDIT").
pub(crate) fn is_other_measure(w: &str) -> bool {
    matches!(
        w,
        "pcl"
            | "pcl-5"
            | "gad"
            | "gad-7"
            | "audit"
            | "audit-c"
            | "dast"
            | "k10"
            | "core"
            | "ors"
            | "srs"
            | "isi"
            | "oci"
            | "ybocs"
    )
}

/// Which words tell another measure's name or score ("PCL five was fifty-two", "GAD seven
/// was twelve"): from the measure's name to the next comma, "and" or semicolon.
pub(crate) fn other_measure_scores(w: &[&str]) -> Vec<bool> {
    let mut out = vec![false; w.len()];
    let mut inside = false;
    for (k, x) in w.iter().enumerate() {
        if is_other_measure(x) {
            inside = true;
        } else if matches!(*x, "," | "and" | ";" | "." | "but") {
            inside = false;
        }
        out[k] = inside;
    }
    out
}

/// A verb of judging ("suggests", "amounts to", "points to", "sounds like"): what it names is
/// weighed, so "nothing" as its subject negates it.
fn judging_verb(w: &str) -> bool {
    matches!(
        w,
        "amounts"
            | "amounted"
            | "suggests"
            | "suggested"
            | "indicates"
            | "indicated"
            | "points"
            | "pointed"
            | "constitutes"
            | "constituted"
            | "meets"
            | "met"
            | "sounds"
            | "sounded"
            | "rises"
            | "rose"
            | "counts"
            | "counted"
            | "raises"
            | "raised"
    )
}

/// "Nothing she describes amounts to abuse", "nothing in what he reports suggests self-harm":
/// "nothing", however its relative clause runs, as the subject of a verb of judging negates
/// what that verb names (the clause's "describes" or "reports" affirms nothing).
fn nothing_amounts_to(toks: &[Tok], s: usize) -> Option<usize> {
    let from = s.saturating_sub(12);
    let k = (from..s).rev().find(|&k| toks[k].is("nothing"))?;
    let between = &toks[k + 1..s];
    let broken = between.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "but" | "though" | "although" | "however" | "except" | ";" | "." | "and"
        )
    });
    // The verb of judging stands right before the mention ("amounts to", "suggests",
    // "points to", "sounds like").
    let verb = between
        .iter()
        .rev()
        .take(3)
        .any(|t| judging_verb(t.norm.as_str()));
    (!broken && verb).then_some(k)
}

/// "The thought of killing himself has never crossed his mind", "the thought of hurting her
/// mother, who she looks after, has never entered her head": the mention as the subject of a
/// negated "cross one's mind", "enter one's head" or "occur to one".
fn never_crossed(toks: &[Tok], e: usize) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let Some(c) = (e..(e + 14).min(w.len())).find(|&k| {
        matches!(
            w[k],
            "crossed" | "cross" | "entered" | "enter" | "occurred" | "occur"
        )
    }) else {
        return false;
    };
    let object = match w[c] {
        "crossed" | "cross" => w.get(c + 2) == Some(&"mind"),
        "entered" | "enter" => matches!(w.get(c + 2), Some(&("head" | "mind"))),
        _ => w.get(c + 1) == Some(&"to"),
    };
    // A relative clause set off by commas ("her mother, who she looks after,") is skipped.
    let mut between: Vec<&str> = Vec::new();
    let mut k = e;
    while k < c {
        if w[k] == "," && matches!(w.get(k + 1), Some(&("who" | "which" | "whom"))) {
            match (k + 1..c).find(|&j| w[j] == ",") {
                Some(j) => k = j + 1,
                None => return false,
            }
            continue;
        }
        between.push(w[k]);
        k += 1;
    }
    object
        && between.iter().any(|x| {
            matches!(
                *x,
                "never" | "not" | "hasn't" | "hadn't" | "didn't" | "doesn't" | "n't"
            )
        })
        && !between.iter().any(|x| matches!(*x, "," | "but"))
}

/// "He said killing himself is 'not in me'", "suicide is not an option for her", "hurting
/// anyone was never something he'd do", "drinking again is out of the question": the mention
/// as the subject of a copula whose predicate rules it out. Only predicates that say the act
/// is no part of the person (not "the answer", which a client may say while still thinking it).
fn ruled_out_predicate(toks: &[Tok], s: usize, e: usize) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    // The mention opens its clause: nothing, a mark, a saying verb or "that" before it.
    let opens = s == 0
        || matches!(
            w[s - 1],
            "," | ";"
                | ":"
                | "."
                | "\""
                | "that"
                | "said"
                | "says"
                | "stated"
                | "states"
                | "insists"
                | "insisted"
                | "feels"
                | "felt"
                | "thinks"
                | "added"
                | "and"
                | "but"
        );
    if !opens {
        return false;
    }
    // The words after the mention, quotation marks left out ("is 'not in me'").
    let w: Vec<&str> = w[e.min(w.len())..]
        .iter()
        .copied()
        .filter(|x| *x != "\"")
        .take(8)
        .collect();
    let mut k = 0;
    while w.get(k).is_some_and(|x| {
        matches!(
            *x,
            "just" | "really" | "simply" | "honestly" | "definitely" | "absolutely"
        )
    }) {
        k += 1;
    }
    let negated = match (w.get(k), w.get(k + 1), w.get(k + 2)) {
        (Some(&("isn't" | "wasn't" | "aren't" | "weren't")), ..) => Some(k + 1),
        (Some(&("is" | "was" | "are" | "were" | "'s")), Some(&("not" | "never")), _) => Some(k + 2),
        (Some(&("would" | "will")), Some(&("never" | "not")), Some(&"be")) => Some(k + 3),
        (Some(&("wouldn't" | "won't")), Some(&"be"), _) => Some(k + 2),
        _ => None,
    };
    let outright = match (w.get(k), w.get(k + 1), w.get(k + 2)) {
        (Some(&("is" | "was" | "'s")), Some(&("out" | "off")), Some(&("of" | "the"))) => {
            matches!(w.get(k + 3), Some(&("question" | "table" | "cards")))
                || (w[k + 1] == "out" && w.get(k + 3) == Some(&"the"))
        }
        _ => false,
    };
    if outright {
        return true;
    }
    let Some(mut p) = negated else {
        return false;
    };
    while w
        .get(p)
        .is_some_and(|x| matches!(*x, "ever" | "really" | "even"))
    {
        p += 1;
    }
    match (w.get(p), w.get(p + 1)) {
        (Some(&"an"), Some(&("option" | "choice"))) => true,
        (Some(&("on" | "in")), Some(&("the" | "his" | "her" | "their" | "my"))) => matches!(
            w.get(p + 2),
            Some(&("table" | "cards" | "radar" | "agenda" | "mind" | "head" | "nature" | "plans"))
        ),
        (Some(&("in" | "for")), Some(&("me" | "him" | "her" | "them" | "us"))) => true,
        (
            Some(&"something"),
            Some(
                &("he" | "she" | "i" | "they" | "he'd" | "she'd" | "i'd" | "they'd" | "he's"
                | "she's" | "i've"),
            ),
        ) => true,
        (Some(&"who"), Some(&("he" | "she" | "i" | "they"))) => true,
        (Some(&"part"), Some(&"of")) => true,
        _ => false,
    }
}

/// "Nobody shouts at her, hits her, takes her money or leaves her without food": a negated
/// subject covers the list of predicates that share it, across the commas, until a new
/// subject or a terminator (FORMATS §4.3).
fn subject_negator(toks: &[Tok], s: usize) -> Option<usize> {
    // "denies that anyone at home hits her, takes her money, or keeps her from her
    // medications": a denied "anyone" is a "nobody".
    let denied_anyone = |k: usize| {
        matches!(toks[k].norm.as_str(), "anyone" | "anybody")
            && (k >= 1 && matches!(toks[k - 1].norm.as_str(), "denies" | "denied" | "deny")
                || k >= 2
                    && toks[k - 1].is("that")
                    && matches!(toks[k - 2].norm.as_str(), "denies" | "denied" | "deny"))
    };
    let k = (0..s).rev().find(|&k| {
        matches!(toks[k].norm.as_str(), "nobody" | "noone")
            || (toks[k].is("no") && toks.get(k + 1).is_some_and(|t| t.is("one")))
            || denied_anyone(k)
    })?;
    // "She has nobody, and wants it all to end": "nobody" as an object negates no predicate.
    let prev = k.checked_sub(1).map_or("", |p| toks[p].norm.as_str());
    if matches!(
        prev,
        "has"
            | "have"
            | "had"
            | "having"
            | "with"
            | "for"
            | "to"
            | "see"
            | "sees"
            | "saw"
            | "trust"
            | "trusts"
            | "know"
            | "knows"
            | "tell"
            | "tells"
            | "told"
            | "by"
            | "from"
            | "about"
            | "of"
            | "there's"
            | "is"
            | "was"
            | "meets"
            | "met"
            | "loves"
            | "needs"
            | "wants"
            | "blames"
            | "blamed"
    ) {
        return None;
    }
    let between = &toks[k + 1..s];
    // "Nobody knows that her son hits her", "no one saw him hit her": a verb of knowing or
    // seeing opens a clause the negation does not reach.
    let broken = between.iter().any(|t| {
        let base = t.norm.split('\'').next().unwrap_or("");
        KNOWING_VERBS.contains(&t.norm.as_str())
            || matches!(
                base,
                "but"
                    | "though"
                    | "although"
                    | "however"
                    | "except"
                    | ";"
                    | "."
                    | "she"
                    | "he"
                    | "they"
                    | "i"
                    | "we"
                    | "that"
                    | "who"
                    | "when"
                    | "if"
                    | "because"
                    | "saw"
                    | "sees"
                    | "seen"
                    | "noticed"
                    | "notices"
                    | "heard"
                    | "hears"
                    | "told"
                    | "believes"
                    | "believed"
                    | "realised"
                    | "realized"
            )
    });
    (!broken && between.len() <= 16).then_some(k)
}

/// The negation reading of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Negation {
    pub negated: bool,
    /// "did not deny": affirmed, needs review.
    pub double: bool,
    /// The pre-negation trigger's token, so the quote can carry it ("no plan").
    pub trigger: Option<usize>,
}

/// When a mention happened, as the words of its segment say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Time {
    Current,
    Historical,
}

/// A count before a time unit: the quantifiers ("a", "couple", "few", "several", "last"),
/// then the cardinal number words the transcript folding reads ([`crate::text`]), then digits.
fn number(w: &str) -> Option<u32> {
    use crate::text::{NUMBER_TENS, NUMBER_UNITS};
    let quantifier = match w {
        "a" | "an" | "last" => Some(1),
        "couple" => Some(2),
        "few" => Some(3),
        "several" => Some(4),
        _ => None,
    };
    let position = |list: &[&str]| list.iter().position(|x| !x.is_empty() && *x == w);
    quantifier
        .or_else(|| {
            position(NUMBER_UNITS)
                .filter(|&n| n > 0)
                .and_then(|n| u32::try_from(n).ok())
        })
        .or_else(|| position(NUMBER_TENS).and_then(|n| u32::try_from(n * 10).ok()))
        .or_else(|| w.parse().ok())
}

fn unit_days(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('s') {
        "day" | "night" => 1,
        // Clinical shorthand: "this wk", "two mths", "hx of OD five yrs ago".
        "week" | "wk" => 7,
        "fortnight" => 14,
        "month" | "mth" => 30,
        "year" | "yr" => 365,
        "decade" => 3650,
        _ => return None,
    })
}

/// Times that come once a year, for "the Christmas before last".
const ANNUAL_TIMES: &[&str] = &[
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "christmas",
    "easter",
    "thanksgiving",
    "halloween",
    "season",
    "harvest",
    "shearing",
    "calving",
    "lambing",
];

/// Words that date a mention now, besides the day names ([`is_weekday`]).
const NOW_WORDS: &[&str] = &[
    "tonight",
    "today",
    "yesterday",
    "currently",
    "current",
    "now",
    "recently",
    "recent",
    "lately",
    "again",
    "ongoing",
    "daily",
    "nightly",
    "weekly",
];

/// "She hasn't cut again since last night's call", "not used again since Saturday": the act
/// is denied only after a recent time at which it happened. `s..e` is the mention.
pub(crate) fn again_since_recent(toks: &[Tok], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let again = (s.saturating_sub(2)..(e + 4).min(toks.len())).any(|k| w(k) == "again");
    let Some(since) = (e..(e + 6).min(toks.len())).find(|&k| w(k) == "since") else {
        return false;
    };
    let after: Vec<&str> = toks[since + 1..]
        .iter()
        .take_while(|t| !t.punct)
        .take(5)
        .map(|t| t.norm.as_str())
        .collect();
    let first = after.first().copied().unwrap_or("");
    let second = after.get(1).copied().unwrap_or("");
    let recent = recent_day(first, second)
        || (first == "last"
            && matches!(
                second.split('\'').next().unwrap_or(""),
                "session" | "time" | "call" | "visit" | "appointment" | "month"
            ))
        || (first == "the" && matches!(second, "call" | "session" | "visit"));
    again && recent
}

/// A recent day named by the two words after "since": a weekday, "yesterday", "last" and a
/// weekday, night, week or weekend, "the weekend".
fn recent_day(first: &str, second: &str) -> bool {
    is_weekday(first)
        || first == "yesterday"
        || (first == "last"
            && (is_weekday(second)
                || matches!(
                    second.split('\'').next().unwrap_or(""),
                    "night" | "week" | "weekend"
                )))
        || (first == "the" && second == "weekend")
}

/// "She hasn't cut since Friday", "hasn't used since, well, since Easter, and Easter was three
/// weeks ago": without "again" too, "not since" a recent point in time tells that the act
/// happened then (the same presupposition as [`again_since_recent`]). A time that only counts
/// from the last contact ("since last session", "since the last visit") is a denial of the
/// interval and stays negated, as does a time that is not recent ("since last summer").
pub(crate) fn not_since_recent_point(toks: &[Tok], e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let Some(since) = (e..(e + 6).min(toks.len())).find(|&k| w(k) == "since") else {
        return false;
    };
    // The words after the last "since" of a restart ("since, well, since Easter").
    let rest: Vec<&str> = toks[since + 1..]
        .iter()
        .map(|t| t.norm.as_str())
        .take_while(|x| !matches!(*x, "." | ";" | "?" | "!"))
        .collect();
    let from = rest
        .iter()
        .rposition(|x| *x == "since")
        .filter(|&i| i < 4)
        .map_or(0, |i| i + 1);
    let after: Vec<&str> = rest[from..]
        .iter()
        .copied()
        .filter(|x| !matches!(*x, "," | "well" | "um" | "uh" | "like"))
        .collect();
    let first = after.first().copied().unwrap_or("");
    let second = after.get(1).copied().unwrap_or("");
    let point = recent_day(first, second);
    // "since Easter, and Easter was three weeks ago": a time glossed later as days or weeks
    // back.
    let glossed_recent = after.windows(3).any(|x| {
        number(x[0]).is_some_and(|n| n <= 6)
            && matches!(x[1], "day" | "days" | "week" | "weeks")
            && x[2] == "ago"
    });
    point || glossed_recent
}

/// "She cut her arms at university, and says she's not done that since, not once": an act
/// told in the simple past and then denied "since" in the same sentence is over; it is the
/// past the denial counts from.
pub(crate) fn not_done_since_after(toks: &[Tok], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if !simple_past(w(s)) {
        return false;
    }
    let end = (e..toks.len())
        .find(|&k| matches!(w(k), "." | ";" | "?" | "!"))
        .unwrap_or(toks.len());
    (e..end).any(|k| {
        let neg = w(k).ends_with("n't") || matches!(w(k), "not" | "never" | "nothing" | "none");
        // The denial takes up the act itself ("done that", "did it", the same verb), not
        // another deed ("hasn't been near her since").
        let same_act = matches!(w(k), "nothing" | "none")
            || (k + 1..(k + 4).min(end)).any(|j| {
                matches!(w(j), "done" | "did" | "do")
                    && matches!(w(j + 1), "that" | "it" | "this" | "so" | "any")
                    || w(j) == w(s)
            });
        // "She cut her arm last Tuesday and hasn't done it since": an act dated recently is
        // current, whatever followed it.
        // A self-correction's later time wins ("last month, no, hold on, last year").
        let recent_at = (s..k).rev().find(|&j| {
            is_weekday(w(j))
                || matches!(
                    w(j),
                    "yesterday" | "today" | "tonight" | "recently" | "lately"
                )
                || w(j) == "last" && matches!(w(j + 1), "night" | "week" | "weekend" | "month")
                || w(j) == "ago" && j > 0 && unit_days(w(j - 1)).is_some_and(|d| d <= 30)
        });
        let old_at = (s..k).rev().find(|&j| {
            matches!(
                w(j),
                "year" | "years" | "grade" | "decade" | "childhood" | "teens" | "age" | "aged"
            )
        });
        // Only an act dated long ago is over: a year, a school grade, an age, school or
        // university days, childhood (a month or a season may be recent).
        let old = old_at.is_some_and(|o| recent_at.is_none_or(|r| o > r))
            || (s..k).any(|j| {
                matches!(
                    w(j),
                    "university" | "college" | "uni" | "school" | "kid" | "child"
                ) && matches!(w(j.saturating_sub(1)), "at" | "in" | "a" | "high")
            }) && recent_at.is_none();
        neg && same_act && old && (k + 1..(k + 6).min(end)).any(|j| w(j) == "since")
            && !(k..end).any(|j| matches!(w(j), "again" | "still" | "until" | "till"))
            // "hasn't stopped since": the act goes on.
            && !(k..(k + 4).min(end)).any(|j| {
                matches!(w(j), "stopped" | "stop" | "quit" | "ended" | "eased" | "slowed")
            })
    })
}

/// A word that brings a told time back to now ("still", "again", "these days", a weekday).
pub(crate) fn brings_time_to_now(w: &str) -> bool {
    names_now(w) || matches!(w, "still" | "these" | "this" | "since" | "anymore")
}

/// History words that open a scope forward ("history of cutting", "prior attempt").
const HISTORY_WORDS: &[&str] = &[
    "history",
    "hx",
    "prior",
    "previous",
    "previously",
    "past",
    "lifetime",
    "remote",
    "formerly",
    "former",
];

/// What a person was as a child ("as a kid", Doric "as a loon", "as a wee lass"): "as a ..."
/// before one of them dates a mention to childhood.
const CHILD_WORDS: &[&str] = &[
    "child",
    "kid",
    "teen",
    "teenager",
    "boy",
    "girl",
    "lad",
    "lass",
    "loon",
    "quine",
    "bairn",
    "wean",
    "nipper",
    "youngster",
    "schoolboy",
    "schoolgirl",
];

/// Periods of life that date a mention wherever they stand ("cutting in college").
const LIFE_PERIODS: &[&str] = &[
    "childhood",
    "teenager",
    "teens",
    "twenties",
    "thirties",
    "forties",
    "youth",
    "adolescence",
    "college",
    "decade",
    "decades",
];

/// "first" to "twelfth": a school grade's ordinal.
pub(crate) fn ordinal_word(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
    )
}

/// Whether the sentence names a period of life long past ("when he was little", "back in his
/// twenties", "as a child", "growing up", "in the seventies", "decades ago"): a time no
/// C-SSRS window reaches.
/// A date a year or more back said outright: "over a year ago", "two years back", "last
/// year", "the July before last". With a dated reading beside it, the net (which does not
/// weigh time) must not make the act current.
pub(crate) fn year_or_more_back(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    (0..w.len()).any(|i| {
        let at = |k: usize| w.get(i + k).copied().unwrap_or("");
        matches!(w[i], "year" | "years") && matches!(at(1), "ago" | "back" | "earlier" | "before")
            || w[i] == "last" && at(1) == "year"
            || w[i] == "before"
                && at(1) == "last"
                && i > 0
                && (matches!(
                    w[i - 1],
                    "year" | "summer" | "winter" | "christmas" | "easter"
                ) || crate::text::MONTHS.contains(&w[i - 1]))
    })
}

pub(crate) fn life_period(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    (0..w.len()).any(|i| {
        let at = |k: usize| w.get(i + k).copied().unwrap_or("");
        LIFE_PERIODS.contains(&w[i]) && w[i] != "college"
            || matches!(
                w[i],
                "seventies" | "eighties" | "nineties" | "sixties" | "fifties"
            )
            || w[i] == "growing" && at(1) == "up"
            || w[i] == "as"
                && matches!(at(1), "a" | "an")
                && (CHILD_WORDS.contains(&at(2))
                    || matches!(at(2), "wee" | "little" | "small") && CHILD_WORDS.contains(&at(3)))
            || w[i] == "when"
                && matches!(at(1), "she" | "he" | "they" | "i")
                && matches!(at(2), "was" | "were")
                && (matches!(at(3), "little" | "young" | "small" | "younger" | "wee")
                    || age_word(at(3))
                    || matches!(at(3), "a" | "at")
                        && matches!(
                            at(4),
                            "child" | "kid" | "teenager" | "teen" | "boy" | "girl" | "school"
                        ))
            // "through most of ninth grade", "in year nine", "back in middle school": a
            // school year told in the past (the net's gate asks only of dated readings).
            || w[i] == "grade" && i > 0 && ordinal_word(w[i - 1])
            || w[i] == "year"
                && i > 0
                && (matches!(w[i - 1], "through" | "during")
                    || w[i - 1] == "in"
                        && w.iter().any(|x| matches!(*x, "used" | "back" | "was" | "were")))
                && number(at(1)).is_some_and(|n| (1..=13).contains(&n))
            || matches!(
                w[i],
                "middle" | "high" | "primary" | "secondary" | "elementary" | "junior"
            ) && at(1) == "school"
                && i > 0
                && matches!(w[i - 1], "in" | "through" | "during" | "since" | "at")
            || matches!(w[i], "decades" | "years")
                && at(1) == "ago"
                && (w[i] == "decades" || i > 0 && !matches!(w[i - 1], "two" | "a" | "couple"))
    })
}

/// A verb in the simple past: "self-harmed", "drank", "cut" (said of a past act).
fn simple_past(v: &str) -> bool {
    let last = v.rsplit(' ').next().unwrap_or(v);
    (last.ends_with("ed") && last.len() > 4)
        || matches!(
            last,
            "drank" | "took" | "cut" | "hit" | "beat" | "fought" | "shot" | "threw" | "burnt"
        )
}

/// "was drinking żubrówka before admission but now nothing since March": use told as before
/// an admission, detox or arrest, with the present told after it in the sentence (past the
/// mention's own clause), ended then.
pub(crate) fn ended_before_admission(toks: &[Tok], pos: usize) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    (pos + 1..(pos + 7).min(w.len())).any(|b| {
        matches!(w[b], "before" | "prior")
            && w[b + 1..(b + 4).min(w.len())].iter().any(|x| {
                matches!(
                    *x,
                    "admission"
                        | "detox"
                        | "rehab"
                        | "treatment"
                        | "hospitalization"
                        | "hospitalisation"
                        | "arrest"
                        | "prison"
                        | "jail"
                        | "intake"
                )
            })
            && w[b + 1..]
                .iter()
                .any(|x| matches!(*x, "now" | "since" | "nowadays" | "currently"))
    })
}

/// The time of a mention in segment `seg_toks`; `window_days` is the C-SSRS screening window
/// for its concept (a month for ideation, three months for behaviour).
/// `pos` is the mention's index in the segment: history words that open a scope ("history
/// of", "prior", "previous") only reach forward.
pub(crate) fn time(seg_toks: &[Tok], pos: usize, window_days: u32) -> Time {
    let w: Vec<&str> = seg_toks.iter().map(|t| t.norm.as_str()).collect();
    // "Cl states 'be better if I just wasn't here no more,' OD'd on purpose years back": a
    // quoted saying ends at its closing mark; the times told after it are of other things.
    let quote = |x: &str| matches!(x, "'" | "\"" | "“" | "”" | "‘" | "’");
    let mut end = own_clause_end(&w, pos);
    if w[..pos.min(w.len())].iter().filter(|x| quote(x)).count() % 2 == 1 {
        // Only a saying closed as an utterance ("...no more,' OD'd"), not a quote used as a
        // noun's modifier ("the 'go to sleep and not wake up' stuff she told her GP back in
        // the winter").
        let closed = |c: usize| {
            let stop =
                |x: Option<&&str>| x.is_some_and(|x| matches!(*x, "," | "." | "!" | "?" | ";"));
            stop(c.checked_sub(1).and_then(|b| w.get(b))) || stop(w.get(c + 1))
        };
        if let Some(c) = (pos..w.len()).find(|&k| quote(w[k])).filter(|&c| closed(c)) {
            end = end.min(c);
        }
    }
    let w = &w[..end];
    let from = own_clause_start(w, pos);
    // "risk low now, history of violence noted": "history of" right before the mention dates
    // it, whatever time another phrase of the sentence tells, unless the words after it bring
    // it to now ("history of cutting, most recently Tuesday").
    if pos >= 2
        && w[pos - 1] == "of"
        && matches!(w[pos - 2], "history" | "hx")
        && !w[pos + 1..].iter().any(|x| {
            matches!(
                *x,
                "current"
                    | "currently"
                    | "ongoing"
                    | "recent"
                    | "recently"
                    | "now"
                    | "still"
                    | "active"
                    | "today"
                    | "yesterday"
                    | "again"
                    | "last"
                    | "this"
            )
        })
        && !(pos >= 3 && matches!(w[pos - 3], "recent" | "current" | "ongoing"))
    {
        return Time::Historical;
    }
    let mut historical = false;
    let mut current = false;
    // "thoughts of killing his stepfather, who abused him as a boy, and ...", "her uncle, the
    // one who hurt her when she was little, since ...": a relative clause set off by commas
    // after the mention tells of the person it names; its times are not the mention's.
    // So is one that closes before it: "her husband, who got back from overseas last year,
    // grabbed her by the throat".
    let mut aside = vec![false; w.len()];
    let mut i = from;
    while i + 1 < w.len() {
        let opens = w[i] == ","
            && (matches!(w[i + 1], "who" | "whom" | "whose" | "which")
                || w[i + 1] == "the"
                    && w.get(i + 2) == Some(&"one")
                    && matches!(w.get(i + 3), Some(&("who" | "that"))));
        if opens {
            let close = (i + 1..w.len()).find(|&k| w[k] == ",").unwrap_or(w.len());
            // A clause that holds the mention tells its time.
            if !(i < pos && close > pos) {
                for x in aside.iter_mut().take(close).skip(i + 1) {
                    *x = true;
                }
            }
            i = close;
        }
        i += 1;
    }
    for (i, t) in w.iter().enumerate().skip(from) {
        if aside[i] {
            continue;
        }
        let next = w.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| w[p]);
        // "She cut her arms in year ten": a school year group (England and Wales, seven to
        // thirteen), a stage of school below, not a span of time.
        let year_group = *t == "year"
            && prev == Some("in")
            && next.is_some_and(|n| {
                matches!(
                    n,
                    "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve" | "thirteen"
                )
            });
        // "the July before last", "the Christmas before last": a month, season or feast
        // named twice back is more than a year ago.
        if next == Some("before")
            && w.get(i + 2) == Some(&"last")
            && prev == Some("the")
            && (crate::text::MONTHS.contains(t) || ANNUAL_TIMES.contains(t))
        {
            historical = true;
            continue;
        }
        // "two winters ago", "three summers back": seasons counted back are years back.
        if matches!(
            *t,
            "winters" | "summers" | "springs" | "autumns" | "falls" | "christmases" | "seasons"
        ) && matches!(next, Some("ago" | "back"))
            && prev.and_then(number).is_some_and(|n| n >= 2)
        {
            historical = true;
            continue;
        }
        // "N units ago", "last week", "this month", "in the past week".
        if let Some(days) = unit_days(t).filter(|_| !year_group) {
            // "the eight year old": an age that names a person, not a time (the apposition
            // "Our client, the sixteen-year-old," reads its last word as "client").
            if matches!(next, Some("old" | "olds" | "old's" | "client")) {
                continue;
            }
            // "a couple of months ago": the number stands before "of".
            let n = prev
                .and_then(number)
                .or_else(|| {
                    (prev == Some("of") && i >= 2)
                        .then(|| number(w[i - 2]))
                        .flatten()
                })
                .unwrap_or(1);
            let amount = n * days;
            // "the year before last", "the week before last": two units back.
            let before_last = next == Some("before") && w.get(i + 2) == Some(&"last");
            // "She took an overdose the year after he died": a year counted from an event
            // told in the past is a year or more back.
            if *t == "year"
                && prev == Some("the")
                && matches!(next, Some("after" | "before"))
                && w.get(i + 2..(i + 5).min(w.len())).is_some_and(|x| {
                    x.iter().any(|y| {
                        simple_past(y)
                            || matches!(
                                *y,
                                "died" | "left" | "went" | "was" | "were" | "lost" | "split"
                            )
                    })
                })
            {
                historical = true;
                continue;
            }
            if before_last {
                if 2 * days > window_days {
                    historical = true;
                } else {
                    current = true;
                }
                continue;
            }
            // "injecting heroin daily for the past year", "drinking over the last two years":
            // a span that runs up to now dates the behaviour now, however long it is.
            let span_to_now = {
                let back = if prev.and_then(number).is_some() && !matches!(prev, Some("last")) {
                    2
                } else {
                    1
                };
                i > back + 1
                    && matches!(w[i - back], "past" | "last")
                    && w[i - back - 1] == "the"
                    && matches!(w[i - back - 2], "for" | "over" | "throughout")
                    && *t != "decade"
            };
            if span_to_now {
                current = true;
                continue;
            }
            // "first drink in two years", "the first time in months": the span is how long
            // it had not happened; the first one is now.
            let in_at = if prev == Some("in") {
                Some(i - 1)
            } else if i >= 2 && prev.and_then(number).is_some() && w[i - 2] == "in" {
                Some(i - 2)
            } else {
                None
            };
            if in_at.is_some_and(|a| w[a.saturating_sub(5)..a].contains(&"first")) {
                current = true;
                continue;
            }
            // "She self-harmed for a couple of years after her dad left", "drank heavily for
            // ten years": a span of years that a simple past closes is over ("has been
            // drinking for ten years" runs up to now).
            let for_at = (i.saturating_sub(5)..i).rev().find(|&k| w[k] == "for");
            let span_closed = amount >= 365
                && for_at.is_some_and(|f| {
                    f > pos
                        && w[f + 1..i].iter().all(|x| {
                            matches!(*x, "a" | "couple" | "of" | "few" | "several" | "many")
                                || number(x).is_some()
                        })
                        // The mention's own verb, within a word or two of it.
                        && w[pos..f.min(pos + 3)].iter().any(|x| simple_past(x))
                })
                && !w.iter().any(|x| {
                    matches!(
                        *x,
                        "has"
                            | "have"
                            | "been"
                            | "now"
                            | "still"
                            | "currently"
                            | "until"
                            | "till"
                            | "since"
                            | "recently"
                            | "lately"
                    )
                });
            if span_closed {
                historical = true;
                continue;
            }
            let ago = matches!(next, Some("ago" | "back"));
            let this = matches!(prev, Some("this" | "past" | "last"))
                || (prev.and_then(number).is_some()
                    && i >= 2
                    && matches!(w[i - 2], "past" | "last" | "the"));
            if ago || this || prev == Some("last") {
                let amount = if prev == Some("last") { days } else { amount };
                if amount <= window_days {
                    current = true;
                } else if *t == "year" || *t == "years" || ago {
                    historical = true;
                }
            }
            if matches!(next, Some("ago")) && amount > window_days {
                historical = true;
            }
            continue;
        }
        // "most weekends", "daily": a frequency says nothing about when (current is the
        // default anyway), so it must not outweigh "in the nineties".
        if matches!(*t, "weekends" | "daily" | "nightly" | "weekly") {
            continue;
        }
        // "Overdose aged nineteen, nil since, denies current SI": "current" qualifies the noun
        // it stands before, not a mention past a comma.
        if matches!(*t, "current" | "currently")
            && w.get(i.min(pos)..i.max(pos))
                .is_some_and(|x| x.contains(&","))
        {
            continue;
        }
        // "history of self-harm noted with no current urges": a "current" that a negation
        // governs dates the absent thing, not the mention.
        if matches!(*t, "current" | "currently" | "recent" | "recently")
            && i > pos
            && w[i.saturating_sub(2)..i].iter().any(|x| {
                matches!(
                    *x,
                    "no" | "not" | "nil" | "without" | "denies" | "denied" | "nothing"
                )
            })
        {
            continue;
        }
        // "a couple of times in past summers", "in previous years": earlier periods.
        if matches!(*t, "past" | "previous" | "earlier" | "prior" | "former")
            && prev == Some("in")
            && matches!(
                next,
                Some(
                    "summers"
                        | "winters"
                        | "seasons"
                        | "years"
                        | "decades"
                        | "lives"
                        | "jobs"
                        | "relationships"
                        | "marriages"
                        | "tours"
                        | "deployments"
                )
            )
        {
            historical = true;
            continue;
        }
        // "never told anyone until today": the time of the telling, not of the act; so is
        // "today was the first time he talked about it".
        if matches!(*t, "today" | "now" | "tonight" | "recently")
            && (matches!(prev, Some("until" | "till" | "til" | "before")) || telling_day(w, i))
        {
            continue;
        }
        // Terse notes' abbreviated days ("kicked her in the stomach Sat, steamin at the
        // time"): a capitalised "Sat" or "Fri" inside a sentence, ending its phrase.
        let day_abbrev = matches!(
            *t,
            "mon" | "tues" | "tue" | "weds" | "wed" | "thurs" | "thu" | "fri" | "sat" | "sun"
        ) && i > 0
            && seg_toks[i].capital
            && next.is_none_or(|x| matches!(x, "," | "." | ";" | "night" | "morning" | "arvo"));
        if day_abbrev {
            current = true;
            continue;
        }
        if names_now(t) {
            // "since Tuesday", "last Tuesday", "on Friday": this week.
            // "had an overdose two years ago and carries Narcan now": a "now" past a joint
            // that follows the mention's own dated time belongs to the later predicate.
            let joint_after_dated = historical
                && i > pos
                && matches!(*t, "now" | "today" | "tonight" | "nowadays" | "these")
                && w[pos..i]
                    .iter()
                    .any(|x| matches!(*x, "and" | "," | ";" | "but"))
                // Not a return told with it ("relapsed in 2019 and is using again now").
                && !w[pos + 1..i].windows(2).any(|x| {
                    x[0] == "back" && matches!(x[1], "on" | "to" | "into" | "using" | "drinking")
                })
                && !w[pos + 1..i].iter().any(|x| {
                    matches!(
                        *x,
                        "again"
                            | "still"
                            | "started"
                            | "restarted"
                            | "resumed"
                            | "relapsed"
                            | "using"
                            | "drinking"
                            | "cutting"
                            | "continues"
                            | "continued"
                            | "ongoing"
                    )
                });
            if !joint_after_dated {
                current = true;
            }
            continue;
        }
        // "She self-harmed in sixth form", "cut in high school": a school stage told in the
        // past of an adult; a teen's "is cutting at high school" stays current.
        let stage = year_group
            || (*t == "form" && prev == Some("sixth"))
            || (*t == "school"
                && matches!(
                    prev,
                    Some(
                        "high"
                            | "secondary"
                            | "middle"
                            | "primary"
                            | "grammar"
                            | "boarding"
                            | "grade"
                            | "elementary"
                            | "junior"
                    )
                ))
            || (*t == "grade" && prev.is_some_and(ordinal_word));
        // "cut her arms at secondary school and never told anyone till today": the day of
        // the telling is no time of the act.
        let telling = |k: usize| k > 0 && matches!(w[k - 1], "until" | "till" | "til" | "before");
        if stage
            && !w.iter().enumerate().any(|(k, x)| {
                !(matches!(*x, "today" | "now") && telling(k))
                    && matches!(
                        *x,
                        "is" | "are"
                        | "am"
                        | "has"
                        | "have"
                        | "been"
                        | "now"
                        | "still"
                        | "currently"
                        | "she's"
                        | "he's"
                        | "they're"
                        | "i'm"
                        | "again"
                        // "The twelve-year-old we're seeing punched a classmate at the middle
                        // school": a pupil's school now, told with its people or a recent day.
                        | "we're"
                        | "classmate"
                        | "classmates"
                        | "yesterday"
                        | "today"
                        | "week"
                        | "recess"
                        | "principal"
                        | "suspended"
                        | "detention"
                    )
            })
        {
            historical = true;
        }
        if LIFE_PERIODS.contains(t)
            && matches!(
                prev,
                Some(
                    "in" | "as"
                        | "a"
                        | "during"
                        | "since"
                        | "her"
                        | "his"
                        | "their"
                        | "my"
                        | "early"
                        | "late"
                )
            )
        {
            historical = true;
        }
        // "Way back, like the nineties, he put a thirty-thirty under his chin": a decade
        // named with "the" is long past.
        if matches!(
            *t,
            "nineties" | "eighties" | "seventies" | "sixties" | "fifties" | "90s" | "80s" | "70s"
        ) && prev == Some("the")
            && i < pos
        {
            historical = true;
        }
        // "abuse from long ago", "a long time ago", "ages ago": a time long past, whatever
        // the window.
        if *t == "ago"
            && (matches!(prev, Some("long" | "ages"))
                || prev == Some("time") && i >= 2 && w[i - 2] == "long")
        {
            historical = true;
        }
        if HISTORY_WORDS.contains(t)
            && i < pos.max(1)
            // "the past week", "the past fortnight", "the past three days": a recent span.
            && !(*t == "past"
                && next.is_some_and(|n| {
                    matches!(n, "few" | "couple" | "several")
                        || number(n).is_some()
                        || unit_days(n).is_some_and(|d| d <= window_days)
                }))
            // "wait for his former partner and kill her", "his previous boss": a word that
            // describes a person dates the tie, not the mention.
            // "past partner abuse": the person noun inside the mention names the kind of
            // abuse, and the history word dates it.
            && !(matches!(*t, "former" | "previous" | "prior" | "past")
                && i + 1 < pos
                && next.is_some_and(|n| {
                    super::actors::is_relation(n) || super::actors::is_person_noun(n)
                }))
            // "Phone history: how many pills it'd take", "her search history": a device's
            // record of what was looked up, no past of the client's.
            && !(*t == "history"
                && i > 0
                && matches!(
                    w[i - 1],
                    "phone" | "browser" | "browsing" | "search" | "internet" | "web" | "google"
                        | "call" | "chat" | "message" | "text" | "youtube" | "tiktok"
                ))
            // "a grow past Willow Creek", "lives past the bridge": a place gone by.
            // ("Past IPV": an abbreviation in capitals is no place's name.)
            && !(*t == "past"
                && (matches!(next, Some("the" | "a" | "an" | "his" | "her" | "their"))
                    || seg_toks
                        .get(i + 1)
                        .is_some_and(|x| x.capital && !x.caps && !x.punct)))
        {
            historical = true;
        }
        // "self-harm history with no recent episodes", "overdose hx": the history noun the
        // mention modifies.
        if matches!(*t, "history" | "hx") && i > pos && i <= pos + 2 && next != Some("of") {
            historical = true;
        }
        // "The old overdose needs a proper screen", "an old fryer burn": an old event or its
        // mark, one modifier at most between ("his old rifle" is a gun he has now, "his old
        // man" his father).
        // "Anxiety improving, old self-harm with nothing current": no determiner needed
        // before an event noun, but not an age ("a fifteen year old overdose patient").
        if *t == "old"
            && (i + 1 == pos || i + 2 == pos)
            && !prev.is_some_and(|p| {
                matches!(p, "year" | "years") || !matches!(p, "a" | "an") && number(p).is_some()
            })
            && w.get(pos).is_some_and(|n| {
                (*n == "self"
                    && w.get(pos + 1)
                        .is_some_and(|h| matches!(*h, "harm" | "injury")))
                    || matches!(
                        *n,
                        "overdose"
                            | "od"
                            | "attempt"
                            | "attempts"
                            | "self-harm"
                            | "relapse"
                            | "assault"
                            | "fight"
                            | "conviction"
                            | "charge"
                            | "episode"
                            | "burn"
                            | "burns"
                            | "scar"
                            | "scars"
                    )
            })
        {
            historical = true;
        }
        // "six-week follow-up after crisis call about suicidal thoughts": what a past call,
        // admission or presentation was about is dated by it (a time said now overrides).
        if matches!(*t, "about" | "regarding" | "re" | "for" | "with")
            && i < pos
            && pos - i <= 2
            && i >= 2
            && matches!(
                w[i - 1],
                "call"
                    | "calls"
                    | "admission"
                    | "attendance"
                    | "presentation"
                    | "referral"
                    | "episode"
                    | "visit"
                    | "contact"
            )
            && w[i.saturating_sub(5)..i - 1]
                .iter()
                .any(|x| matches!(*x, "after" | "following"))
            // The follow-up's own span dates it past the window ("six-week follow-up");
            // "seen after a crisis call about suicidal thoughts" may be today's.
            && w[..i].windows(2).any(|x| {
                number(x[0])
                    .zip(unit_days(x[1]))
                    .is_some_and(|(n, d)| n * d > window_days)
            })
        {
            historical = true;
        }
        // "self-harm in remission", "cutting, in full remission": a behaviour the writer says
        // has remitted is not current (the DSM-5 specifier's sense).
        if *t == "remission"
            && i > pos
            && i <= pos + 5
            && w[pos..i].contains(&"in")
            && w[pos + 1..i].iter().enumerate().all(|(k, x)| {
                matches!(
                    *x,
                    "in" | "," | "now" | "is" | "early" | "sustained" | "full" | "stable"
                )
                    // "self-harm" is two tokens.
                    || k == 0 && w[pos] == "self" && matches!(*x, "harm" | "injury")
            })
        {
            historical = true;
        }
        match (*t, next) {
            // "Low current risk against a background of overdose": the history a formulation
            // weighs the present against.
            ("background", Some("of")) if i < pos.max(1) => historical = true,
            ("as", Some("a" | "an"))
                if w.get(i + 2).is_some_and(|x| {
                    CHILD_WORDS.contains(x)
                        || matches!(*x, "young" | "kids" | "student")
                        || matches!(*x, "wee" | "little" | "small")
                            && w.get(i + 3).is_some_and(|y| CHILD_WORDS.contains(y))
                }) =>
            {
                historical = true;
            }
            ("as", Some("kids" | "children" | "teens")) => historical = true,
            // "at ten in the morning", "at seven tonight", "at eleven o'clock": a clock time.
            ("at", Some(x))
                if (x == "age" || age_word(x))
                    && !w.get(i + 2).is_some_and(|y| {
                        // "At fourteen hundred he struck his roommate": the hour, in 24-hour
                        // speech.
                        matches!(
                            *y,
                            "o'clock"
                                | "tonight"
                                | "am"
                                | "pm"
                                | "sharp"
                                | "ish"
                                | "hundred"
                                | "hours"
                                | "thirty"
                                | "fifteen"
                                | "forty-five"
                        ) || (matches!(*y, "in" | "this" | "last")
                            && w.get(i + 3..i + 5).is_some_and(|z| {
                                z.iter().any(|d| {
                                    matches!(*d, "morning" | "afternoon" | "evening" | "night")
                                })
                            }))
                    }) =>
            {
                historical = true
            }
            // "from the age of seven to twelve", "aged nine": a childhood span.
            ("age", Some("of")) if w.get(i + 2).is_some_and(|x| age_word(x)) => historical = true,
            // "The client, aged sixteen, says": an apposition gives the age now.
            ("aged", Some(x))
                if age_word(x)
                    && !(prev == Some(",") && w.get(i + 2) == Some(&","))
                    // "The client, aged sixteen, says" (the fronted segment drops commas).
                    && !matches!(
                        prev,
                        Some(
                            "client" | "patient" | "pt" | "son" | "daughter" | "boy" | "girl"
                                | "child" | "teen" | "teenager" | "man" | "woman" | "lad"
                                | "lass" | "student" | "pupil"
                        )
                    ) =>
            {
                historical = true
            }
            // "OD age nineteen, no attempts since".
            ("age", Some(x)) if age_word(x) => historical = true,
            // "drinks more than he used to": a comparison with then tells of now.
            ("used", Some("to"))
                if !(i >= 2
                    && matches!(w[i - 2], "than" | "as")
                    && matches!(w[i - 1], "he" | "she" | "they" | "i" | "we" | "you" | "it")) =>
            {
                historical = true
            }
            // "he blamed his drinking at the time": a past time named ("at the time of
            // assessment" dates the present).
            ("at", Some("the" | "that"))
                if w.get(i + 2) == Some(&"time") && w.get(i + 3) != Some(&"of") =>
            {
                historical = true;
            }
            ("growing", Some("up")) => historical = true,
            // "when she was twelve", "when he was in the army": a period of life; "when they
            // were loading calves" is the event's own moment, not a period.
            ("when", Some("she" | "he" | "they" | "i"))
                if w.get(i + 2).is_some_and(|x| *x == "was" || *x == "were")
                    && !w.get(i + 3).is_some_and(|x| x.ends_with("ing")) =>
            {
                historical = true;
            }
            // "never thought about it, not even when he was drinking": "even when" sets a
            // past period against the present.
            ("when", Some("she" | "he" | "they" | "i"))
                if prev == Some("even")
                    && w.get(i + 2).is_some_and(|x| *x == "was" || *x == "were") =>
            {
                historical = true;
            }
            // "a stepfather who beat him until he was about eleven": an age the act ended at.
            ("until" | "till" | "til", Some("she" | "he" | "they" | "i"))
                if w.get(i + 2).is_some_and(|x| *x == "was" || *x == "were")
                    && w[(i + 3).min(w.len())..(i + 5).min(w.len())]
                        .iter()
                        .any(|x| age_word(x) || *x == "in") =>
            {
                historical = true;
            }
            // "thoughts of killing herself freshman year": a school year behind her; so is
            // "in sixth form" (UK ages sixteen to eighteen) told in the past.
            ("freshman" | "sophomore", Some("year")) | ("sixth", Some("form"))
                if !matches!(prev, Some("this" | "current"))
                    && !matches!(w.get(i + 2), Some(&"now")) =>
            {
                historical = true;
            }
            // "in fights at the boat landing in summers past", "years past".
            (
                "summers" | "winters" | "years" | "seasons" | "times" | "days" | "harvests",
                Some("past"),
            ) if prev.is_some_and(|p| matches!(p, "in" | "of" | "from")) => {
                historical = true;
            }
            // "themes of early neglect and abuse": harm of the early years.
            (
                "early",
                Some(
                    "neglect" | "abuse" | "trauma" | "maltreatment" | "deprivation" | "adversity"
                    | "abandonment" | "violence",
                ),
            ) => {
                historical = true;
            }
            ("since", Some("last" | "we")) => current = true,
            // "drinking heavily in his twenties and still is": the ellipsis carries it to now.
            // "used to cut and still does sometimes", "and still does most weekends".
            ("still", Some("is" | "does" | "are" | "do" | "has" | "have" | "am" | "can"))
                if w.get(i + 2).is_none_or(|x| {
                    matches!(
                        *x,
                        "." | ","
                            | ";"
                            | "!"
                            | "today"
                            | "now"
                            | "sometimes"
                            | "occasionally"
                            | "often"
                            | "most"
                            | "every"
                            | "daily"
                            | "weekly"
                            | "nightly"
                            | "at"
                            | "on"
                            | "when"
                            | "if"
                            | "a"
                            | "some"
                    )
                }) =>
            {
                current = true
            }
            // "back in 2015", "back when he drank", "back then": a time before now.
            // Not the phrasal "moved back in", "let him back in" (a return, not a time).
            // Nor "text back in ten minutes", "be back in an hour": a return within a span.
            ("back", Some("in" | "when" | "then" | "during"))
                if !(w.get(i + 1) == Some(&"in")
                    && (i > 0 && let_back_in(w, i) || within_span(&w[i + 2..]))) =>
            {
                historical = true
            }
            // "served eight years for an assault", "did three years for": a sentence served
            // for an act is the act's history.
            ("served" | "did" | "spent", Some(x))
                if number(x).is_some()
                    && x != "last"
                    && w.get(i + 2)
                        .is_some_and(|u| matches!(*u, "years" | "year" | "months")) =>
            {
                historical = true;
            }
            // "in the army", "during his service", "in the nineties": a past period of life.
            ("in" | "during" | "while" | "after", Some(_))
                if past_period(&w[i + 1..])
                    && !w.iter().any(|x| {
                        matches!(
                            *x,
                            "is" | "are" | "am" | "has" | "have" | "currently" | "now"
                        )
                    })
                    && !prev.is_some_and(|p| {
                        matches!(p, "is" | "are" | "am" | "still" | "currently" | "now")
                            || p.ends_with("'s")
                            || p.ends_with("'re")
                            || p.ends_with("'m")
                    }) =>
            {
                historical = true;
            }
            // "in two thousand nine", "since nineteen ninety"; "in two weeks" and "in twenty
            // minutes" are spans, not years.
            ("in" | "since" | "during", Some(y))
                if year_word(y)
                    && !w.get(i + 2).is_some_and(|u| {
                        unit_days(u).is_some() || matches!(*u, "hours" | "minutes" | "times")
                    }) =>
            {
                historical = true
            }
            ("this", Some("week" | "month" | "morning" | "evening")) => current = true,
            _ => {}
        }
    }
    if current {
        Time::Current
    } else if historical {
        Time::Historical
    } else {
        Time::Current
    }
}

/// Whether a later clause of the sentence (tokens `from..`) says the behaviour came back
/// ("he self-harmed as a teenager, and he started again last week", "she relapsed"): a
/// recurrence told by its own verb and no risk word dates the history's behaviour now, so a
/// history never hides it. Only a resumption verb with "again" right after it (or "it",
/// "that" between) counts ("started college again" does not), and never a negated one.
pub(crate) fn resumed_after(toks: &[Tok], from: usize) -> bool {
    const RESUME: &[&str] = &[
        "started",
        "starting",
        "start",
        "starts",
        "began",
        "begun",
        "begin",
        "restarted",
        "doing",
        "did",
        "done",
        "does",
    ];
    let w: Vec<&str> = toks[from.min(toks.len())..]
        .iter()
        .map(|t| t.norm.as_str())
        .take_while(|x| !matches!(*x, "." | "!" | "?"))
        .collect();
    w.split(|x| matches!(*x, "," | ";" | "but")).any(|clause| {
        let again = clause.iter().enumerate().any(|(i, x)| {
            RESUME.contains(x)
                && (clause.get(i + 1) == Some(&"again")
                    || (matches!(clause.get(i + 1), Some(&("it" | "that" | "this")))
                        && clause.get(i + 2) == Some(&"again")))
        }) || clause
            .iter()
            .any(|x| matches!(*x, "relapsed" | "restarted" | "resumed"));
        let negated = clause.iter().any(|x| {
            matches!(*x, "no" | "not" | "never" | "denies" | "denied" | "without")
                || x.ends_with("n't")
        });
        again && !negated
    })
}

/// "and today was the first time he talked about it": the day word at `i` dates the telling,
/// not the act told.
fn telling_day(w: &[&str], i: usize) -> bool {
    w.get(i + 1) == Some(&"was") && w.get(i + 2) == Some(&"the") && w.get(i + 3) == Some(&"first")
}

/// Where the mention's time scope ends: at a later clause with a subject of its own ("He
/// self-harmed as a teenager, and today he has no urges"; "she made an attempt in 2009, and
/// today we worked on her housing appeal"): its "today" dates that clause, not the history
/// (ConText: a temporal trigger's scope ends at a clause boundary). A clause that carries the
/// behaviour on ("and he started again last week", "she did the same", "it") stays in scope,
/// so a history never hides a recurrence.
/// "Years ago, before the kids, he shoved her once": a time adverbial fronted in short comma
/// segments of its own scopes over the clause that follows, when that clause names no time
/// of its own.
pub(crate) fn fronted_history(toks: &[Tok], seg: &[usize], s: usize, window_days: u32) -> bool {
    let g = seg[s];
    if g == 0 {
        return false;
    }
    let mut front: Vec<Tok> = toks
        .iter()
        .zip(seg)
        .filter(|(t, &x)| x < g && !t.punct)
        .map(|(t, _)| t.clone())
        .collect();
    // "She mentioned that at nineteen, after her dad left, she took ...": the report's own
    // frame ("she mentioned that", "he told me") is no part of the fronted time.
    let report = front.len() > 2
        && matches!(
            front[0].norm.as_str(),
            "she" | "he" | "they" | "client" | "pt" | "patient"
        )
        && matches!(
            front[1].norm.as_str(),
            "mentioned"
                | "said"
                | "says"
                | "told"
                | "tells"
                | "reported"
                | "reports"
                | "disclosed"
                | "admitted"
                | "shared"
                | "explained"
                | "revealed"
                | "recalled"
                | "recalls"
        );
    if report {
        let skip = 2 + front[2..]
            .iter()
            .take(2)
            .take_while(|t| matches!(t.norm.as_str(), "me" | "us" | "that"))
            .count();
        front.drain(..skip);
    }
    // Short leading segments only ("Years ago," "Back in 2015, before the kids,"), or the
    // first half of the same clause when the mention's segment carries on its subject in a
    // verb of the past ("He had a bad patch at nineteen after his father died, took an
    // overdose").
    let carried_on = front
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "he" | "she" | "they" | "i"))
        && toks
            .iter()
            .zip(seg)
            .find(|(t, &x)| x == g && !t.punct)
            .is_some_and(|(t, _)| simple_past(&t.norm));
    if front.is_empty() || front.len() > 8 && !(carried_on && front.len() <= 16) {
        return false;
    }
    let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let own_time = toks.iter().zip(seg).enumerate().any(|(k, (t, &x))| {
        x == g
            && !telling_day(&words, k)
            && (matches!(
                t.norm.as_str(),
                "now"
                    | "currently"
                    | "still"
                    | "again"
                    | "recently"
                    | "lately"
                    | "today"
                    | "tonight"
                    | "yesterday"
                    | "this"
                    | "last"
                    | "ago"
            ) || names_now(t.norm.as_str()))
    });
    !own_time && time(&front, front.len(), window_days) == Time::Historical
}

/// Where the mention's time scope starts: after an earlier clause with a subject of its own
/// ("He was admitted five weeks ago with low mood, and there's an overdose at thirteen in his
/// history": "five weeks ago" dates the admission). A fronted adverbial with no subject
/// ("Last week, she cut her arm") stays in scope.
fn own_clause_start(w: &[&str], pos: usize) -> usize {
    const SUBJECTS: &[&str] = &["he", "she", "they", "i", "we", "client", "patient"];
    const OPENERS: &[&str] = &[
        "there's", "there", "he's", "she's", "they're", "he'd", "she'd",
    ];
    let pos = pos.min(w.len());
    for i in (1..pos).rev() {
        if !matches!(w[i], "," | ";") {
            continue;
        }
        let clause = &w[i + 1..pos];
        let opens = clause
            .iter()
            .take(3)
            .any(|x| SUBJECTS.contains(x) || OPENERS.contains(x));
        let before = &w[..i];
        let start = before
            .iter()
            .rposition(|x| matches!(*x, "," | ";"))
            .map_or(0, |k| k + 1);
        let chunk = &before[start..];
        // "When she was fifteen, she cut": a fronted subordinate clause dates the main one.
        let fronted = chunk.first().is_some_and(|x| {
            matches!(
                *x,
                "when"
                    | "while"
                    | "after"
                    | "before"
                    | "since"
                    | "as"
                    | "if"
                    | "because"
                    | "although"
                    | "though"
                    | "once"
                    | "until"
                    | "back"
                    | "whenever"
            )
        });
        let had_subject = !fronted
            && chunk
                .iter()
                .any(|x| SUBJECTS.contains(x) || OPENERS.contains(x));
        if opens && had_subject {
            return i + 1;
        }
    }
    0
}

fn own_clause_end(w: &[&str], pos: usize) -> usize {
    const SUBJECTS: &[&str] = &["he", "she", "they", "i", "we", "client", "patient"];
    const ON: &[&str] = &[
        "again",
        "still",
        "started",
        "restarted",
        "resumed",
        "relapsed",
        "back",
        "but",
        "though",
        "although",
        "however",
        "same",
        "worse",
        "another",
        "too",
        "also",
        "it",
        "them",
    ];
    for i in pos + 1..w.len() {
        // "She last cut when she was sixteen and said she's not done it since, even after the
        // row at the weekend": "and" before a verb of report or a new subject opens a clause
        // of its own as a comma does.
        let and_opens = w[i] == "and"
            && w.get(i + 1).is_some_and(|x| {
                SUBJECTS.contains(x)
                    || matches!(
                        *x,
                        "says" | "said" | "reports" | "reported" | "tells" | "told" | "denies"
                    )
            });
        if !matches!(w[i], "," | ";") && !and_opens {
            continue;
        }
        let rest = &w[i + 1..];
        let clause_end = rest
            .iter()
            .position(|x| matches!(*x, "," | ";" | "." | "!" | "?"))
            .unwrap_or(rest.len());
        let clause = &rest[..clause_end];
        // "..., and says there's been nothing like that since": a reported clause of its own.
        // "Attempted by overdose in 2019, denies any thoughts now": a telegraphic note's
        // verb of report or denial opens a clause with the client as its unsaid subject.
        let telegraphic = matches!(
            clause.first(),
            Some(
                &("denies"
                    | "denied"
                    | "reports"
                    | "reported"
                    | "endorses"
                    | "endorsed"
                    | "admits")
            )
        );
        // ", and Daddy's been in the ground since two thousand nineteen": a relative as
        // the subject of a clause of its own, its times its own.
        let kin = &clause[clause
            .iter()
            .take_while(|x| matches!(**x, "\"" | "'"))
            .count()..];
        let kin_subject = kin.first() == Some(&"and")
            && kin
                .get(1)
                .is_some_and(|x| super::actors::relation_kind(x).is_some())
            && kin.get(2).is_some_and(|v| {
                (kin[1].ends_with("'s")
                    && matches!(
                        *v,
                        "been" | "gone" | "got" | "not" | "never" | "dead" | "still"
                    ))
                    || matches!(
                        *v,
                        "is" | "was" | "has" | "had" | "died" | "passed" | "left" | "said" | "says"
                    )
            });
        let opens = and_opens
            || kin_subject
            || clause.iter().take(4).any(|x| SUBJECTS.contains(x))
            || telegraphic
            || (clause.first() == Some(&"and")
                && clause.get(1).is_some_and(|x| {
                    matches!(
                        *x,
                        "says" | "said" | "reports" | "tells" | "told" | "denies"
                    )
                }));
        // A pronoun carries the behaviour on only when the clause affirms it ("and she did
        // it again last week"), not in a denial ("no urge to do it in years").
        let negated = clause.iter().any(|x| {
            matches!(
                *x,
                "no" | "not" | "never" | "nothing" | "none" | "denies" | "denied"
            ) || x.ends_with("n't")
        });
        let carries_on = clause
            .iter()
            .any(|x| ON.contains(x) && !(negated && matches!(*x, "it" | "them")));
        if opens && !carries_on {
            return i;
        }
    }
    w.len()
}

/// "ten minutes", "an hour", "a bit": a short span from now (what "back in" measures when
/// it is a return, not a time before now).
fn within_span(w: &[&str]) -> bool {
    let unit = |u: Option<&&str>| {
        u.is_some_and(|u| {
            matches!(
                *u,
                "minutes"
                    | "minute"
                    | "mins"
                    | "min"
                    | "hours"
                    | "hour"
                    | "seconds"
                    | "second"
                    | "secs"
                    | "sec"
                    | "bit"
                    | "tick"
                    | "jiffy"
                    | "moment"
            )
        })
    };
    match w.first() {
        Some(&("a" | "an" | "half")) => unit(w.get(1)),
        Some(x) => number(x).is_some() && unit(w.get(1)),
        None => false,
    }
}

/// Periods that lie behind the client wherever they are named: military service ("in the
/// army", "during his deployment"), a decade ("in the nineties", "the 80s"), a former life
/// ("his old job", "her first marriage"). `w` starts after "in"/"during"/"while".
/// "moved back in", "let him back in", "took her back in": a return, not a time; "beat her
/// back in Nairobi" is a time and a place before now (the word `i` is "back").
fn let_back_in(w: &[&str], i: usize) -> bool {
    let returning = |p: &str| {
        matches!(
            p,
            "moved"
                | "moves"
                | "moving"
                | "move"
                | "came"
                | "comes"
                | "coming"
                | "come"
                | "let"
                | "lets"
                | "letting"
                | "went"
                | "goes"
                | "go"
                | "going"
                | "got"
                | "gets"
                | "getting"
                | "checked"
                | "brought"
                | "bring"
                | "took"
                | "taken"
                | "taking"
                | "take"
                | "takes"
                | "settled"
                | "settling"
                | "clocked"
                | "stepped"
                | "walked"
                | "have"
                | "has"
                | "had"
                | "want"
                | "wants"
                | "wanted"
                | "welcome"
                | "welcomed"
                | "invite"
                | "invited"
                | "allow"
                | "allowed"
                | "accept"
                | "accepted"
                | "put"
                | "get"
        )
    };
    returning(w[i - 1])
        || (i > 1 && matches!(w[i - 1], "him" | "her" | "them") && returning(w[i - 2]))
}

fn past_period(w: &[&str]) -> bool {
    let det = matches!(
        w.first(),
        Some(&("the" | "his" | "her" | "their" | "my" | "a"))
    );
    let at = usize::from(det);
    // "the early two thousands", "the late eighties": a part of a decade.
    let decade_part = matches!(w.get(at), Some(&("early" | "late" | "mid")));
    let noun = w.get(at + usize::from(decade_part));
    let Some(noun) = noun else {
        return false;
    };
    let two_thousands =
        *noun == "two" && w.get(at + usize::from(decade_part) + 1) == Some(&"thousands");
    let military = matches!(
        *noun,
        "army"
            | "navy"
            | "military"
            | "marines"
            | "forces"
            | "service"
            | "deployment"
            | "deployments"
            | "tour"
            | "tours"
            | "war"
            | "raf"
            | "reserves"
    ) && det;
    let decade = matches!(
        *noun,
        "sixties"
            | "seventies"
            | "eighties"
            | "nineties"
            | "noughties"
            | "2000s"
            | "1990s"
            | "1980s"
            | "1970s"
            | "90s"
            | "80s"
            | "70s"
            | "'90s"
            | "'80s"
    ) || two_thousands;
    let former = det
        && matches!(*noun, "old" | "first" | "previous" | "former")
        && w.get(2).is_some_and(|x| {
            matches!(
                *x,
                "job" | "marriage" | "relationship" | "life" | "career" | "unit"
            )
        });
    // "after Vietnam", "during the Troubles": a past war named.
    let war = matches!(
        *noun,
        "vietnam"
            | "korea"
            | "falklands"
            | "troubles"
            | "iraq"
            | "afghanistan"
            | "bosnia"
            | "kosovo"
            | "gulf"
    )
        // "after Gulf job loss": a place naming a job or a trip there, not the war.
        && !w.get(at + 1).is_some_and(|x| {
            matches!(
                *x,
                "job" | "jobs" | "work" | "contract" | "trip" | "visit" | "money" | "company"
                    | "posting" | "stint" | "season" | "deal" | "remittance" | "remittances"
            )
        });
    // "in his using days", "in her drinking days", "in my student days": a period of life
    // named by what filled it, and said as over by the plural "days".
    let days_of = det
        && w.first() != Some(&"a")
        && w.get(at + 1) == Some(&"days")
        && matches!(
            *noun,
            "using"
                | "drinking"
                | "partying"
                | "party"
                | "dealing"
                | "student"
                | "college"
                | "uni"
                | "school"
                | "army"
                | "navy"
                | "rugby"
                | "football"
                | "younger"
                | "wild"
                | "wilder"
                | "early"
                | "old"
                | "gang"
                | "squat"
                | "club"
                | "clubbing"
                | "raving"
        );
    military || decade || former || war || days_of
}

/// A day name ("Tuesday", "weekend"): this week.
pub(crate) fn is_weekday(w: &str) -> bool {
    crate::text::WEEKDAYS.contains(&w) || matches!(w, "weekend" | "weekends")
}

/// A day name or a word that dates a mention now ("tonight", "recently", "daily").
fn names_now(w: &str) -> bool {
    is_weekday(w) || NOW_WORDS.contains(&w)
}

fn age_word(w: &str) -> bool {
    matches!(
        w,
        "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "five"
    ) || w.parse::<u32>().is_ok_and(|n| (3..=25).contains(&n))
}

fn year_word(w: &str) -> bool {
    matches!(w, "nineteen" | "twenty" | "two")
        || (w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1950..=2030).contains(&y)))
}

/// A relative's or carer's fear of a future act right before a mention: "her husband is
/// afraid she'll", "his mum worries that he might", "the family fear she will".
fn collateral_fear(before: &[Tok]) -> bool {
    let n = before.len();
    let w = |k: usize| before.get(k).map_or("", |t| t.norm.as_str());
    // The pronoun with its modal: "she'll", "he might", "she will".
    let Some(p) = (n.saturating_sub(3)..n).find(|&k| {
        let base = w(k).split('\'').next().unwrap_or("");
        matches!(base, "she" | "he" | "they")
            && (w(k).ends_with("'ll")
                || w(k).ends_with("'d")
                || matches!(w(k + 1), "will" | "might" | "may" | "could" | "would"))
    }) else {
        return false;
    };
    let p = if p > 0 && w(p - 1) == "that" {
        p - 1
    } else {
        p
    };
    let Some(f) = (p.saturating_sub(3)..p).find(|&k| {
        matches!(
            w(k),
            "afraid"
                | "worried"
                | "worries"
                | "scared"
                | "fears"
                | "fear"
                | "frightened"
                | "terrified"
                | "concerned"
                | "panics"
                | "convinced"
        )
    }) else {
        return false;
    };
    // The one who fears is a relative or a carer named as the subject right before it ("he's
    // frightened he might hit her", after "his wife's dementia", is the client's own fear).
    (f.saturating_sub(4)..f).any(|k| {
        super::actors::is_relation(w(k))
            && !w(k).ends_with("'s")
            && w(k) != "anyone"
            && before[k + 1..f].iter().all(|t| {
                matches!(
                    t.norm.as_str(),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "gets"
                        | "got"
                        | "seems"
                        | "really"
                        | "very"
                        | "so"
                        | "always"
                        | "still"
                        | "now"
                )
            })
    })
}

/// A word that says the words around it were a joke or play ("joked", "kidding",
/// "sarcastic", "horseplay"); a laugh is not one of them (a laugh may go on to answer).
pub(crate) fn joke_word(n: &str) -> bool {
    matches!(
        n,
        "joke"
            | "jokes"
            | "joked"
            | "joking"
            | "jokingly"
            | "kidding"
            | "sarcastic"
            | "sarcastically"
            | "hyperbole"
            | "exaggerating"
            | "teasing"
            | "joshing"
            | "roughhousing"
            | "horseplay"
            | "playfighting"
            | "play-fighting"
    )
}

/// Hypothetical, conditional or not real: if-clauses, questions about the future,
/// psychoeducation, dreams, fiction, news, jokes. `jokes`: whether a laugh or a joke in the
/// segment counts; it does not for a fact such as a gun in the house ("laughed it off, and
/// the shotgun's still in the cabinet").
pub(crate) fn hypothetical(toks: &[Tok], seg: &[usize], s: usize, jokes: bool) -> bool {
    let lo = (0..s).find(|&k| seg[k] == seg[s]).unwrap_or(s);
    let before = &toks[lo..s];
    // "if ..." up to a comma, "then" or a new subject with a modal ("she will kill him").
    // "nobody would even notice if I was gone": the "if" of a stance no one would take
    // (notice, miss, care) is the complement of an asserted belief about one's absence
    // (thwarted belongingness, Joiner), not a supposition.
    let stance_if = |i: usize| {
        let at = |d: usize| i.checked_sub(d).map_or("", |x| before[x].norm.as_str());
        let verb = if at(1) == "it" { 2 } else { 1 };
        matches!(at(verb), "notice" | "miss" | "care" | "know" | "cry")
            && (verb + 1..verb + 5).any(|d| {
                matches!(
                    at(d),
                    "nobody" | "noone" | "nobody'd" | "no-one" | "one" | "anybody" | "anyone"
                ) && (at(d) != "one" || at(d + 1) == "no")
            })
    };
    // "it's better if he just walks into the sea and never comes back": the "if" after a
    // comparison of worth is the wish's complement (a death or a going weighed as better),
    // not a supposition.
    let going = || {
        toks[s..(s + 4).min(toks.len())].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "walks"
                    | "walked"
                    | "walk"
                    | "goes"
                    | "went"
                    | "go"
                    | "gone"
                    | "dead"
                    | "died"
                    | "die"
                    | "disappeared"
                    | "disappears"
                    | "jumped"
                    | "jumps"
                    | "drowned"
                    | "drowns"
                    | "ended"
                    | "ends"
            )
        })
    };
    // "he gets these thoughts popping in, like what if he shoved ...": "what if" spelling out
    // a thought already said to come is the thought's content (the form intrusive thoughts
    // take), not a question put to the client ("what if the thoughts came back").
    let thought_if = |i: usize| {
        before[i].is("if")
            && i >= 1
            && before[i - 1].is("what")
            && before[i.saturating_sub(7)..i - 1].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "thoughts" | "thought" | "images" | "pictures" | "intrusive" | "popping"
                )
            })
    };
    // The comparison is looked for first: the going words only when one stands before "if".
    let wish_if = |i: usize| {
        (1..=4).any(|d| {
            i.checked_sub(d).is_some_and(|x| {
                matches!(
                    before[x].norm.as_str(),
                    "better" | "best" | "easier" | "happier" | "simpler" | "kinder"
                ) && !before[x + 1..i].iter().any(|t| t.punct)
            })
        }) && going()
    };
    if let Some(p) = before.iter().enumerate().rposition(|(i, t)| {
        matches!(
            t.norm.as_str(),
            "if" | "unless" | "hypothetically" | "hypothetical"
        ) && !(t.is("if") && (stance_if(i) || wish_if(i) || thought_if(i)))
    }) {
        let inside = &before[p + 1..];
        // "if he said he was suicidal": what a report in the antecedent says (its subject
        // right after the report's verb) is still the antecedent, not its consequent.
        let report_verb = |x: &Tok| {
            matches!(
                x.norm.as_str(),
                "says"
                    | "said"
                    | "tells"
                    | "told"
                    | "asks"
                    | "asked"
                    | "mentions"
                    | "texts"
                    | "messages"
                    | "posts"
                    | "thinks"
                    | "feels"
                    | "admitted"
                    | "admits"
            )
        };
        // The antecedent's own verb is a report ("if he said", "if she told the GP"), and
        // the pronoun at `i` is the first subject after it.
        let reported = |i: usize| {
            let Some(r) = (1..=2).find(|&r| inside.get(r).is_some_and(report_verb)) else {
                return false;
            };
            r < i
                && !inside[r + 1..i].iter().any(|x| {
                    matches!(
                        x.norm.split('\'').next().unwrap_or(""),
                        "she" | "he" | "they" | "i" | "we" | "you"
                    )
                })
        };
        let closed = inside.iter().enumerate().any(|(i, t)| {
            t.is(",")
                || t.is("then")
                // "if he catches them he'll kill them": the consequent is said, a conditional
                // threat or intent (threat assessment reads it as a threat; C-SSRS as intent).
                || ((NEW_SUBJECT.contains(&t.norm.as_str())
                    || matches!(
                        t.norm.split('\'').next().unwrap_or(""),
                        "she" | "he" | "they" | "i" | "we" | "you"
                    ))
                    && (t.norm.ends_with("'ll")
                        || t.norm.ends_with("'d")
                        // The word after may open the mention itself ("he's | going to end him").
                        || !reported(i) && inside.get(i + 1).or(toks.get(s)).is_some_and(|n| {
                            matches!(
                                n.norm.as_str(),
                                "will"
                                    | "would"
                                    | "is"
                                    | "was"
                                    | "'ll"
                                    | "might"
                                    | "could"
                                    | "may"
                                    | "gonna"
                                    | "going"
                                    | "should"
                                    | "can"
                            )
                        }))
                // "if this last round fails she doesn't see the point in living": a subject
                // after the antecedent's own words opens the consequent, which is said.
                || (i >= 2
                    && matches!(t.norm.as_str(), "she" | "he" | "they" | "i" | "we")
                    // "if her cousin says she has ...": the report's content, not a consequent.
                    && !inside[..i].iter().any(|x| {
                        matches!(
                            x.norm.as_str(),
                            "says" | "said" | "tells" | "told" | "asks" | "asked" | "mentions"
                                | "texts" | "messages" | "posts" | "thinks" | "feels"
                        )
                    })
                    && inside.get(i + 1).or(toks.get(s)).is_some_and(|n| {
                        matches!(
                            n.norm.as_str(),
                            "doesn't"
                                | "does"
                                | "don't"
                                | "won't"
                                | "wouldn't"
                                | "can't"
                                | "cannot"
                                | "couldn't"
                                | "feels"
                                | "says"
                                | "thinks"
                                // "if his wife leaves he has nothing to live for".
                                | "has"
                                | "sees"
                                // "if the baby is taken she wants to die".
                                | "wants"
                                | "plans"
                        )
                    })))
        });
        // "if she leaves him he'll end it": the mention opens on the consequent's own
        // subject and modal.
        let opens_consequent = {
            let n = toks[s].norm.as_str();
            matches!(
                n.split('\'').next().unwrap_or(""),
                "she" | "he" | "they" | "i" | "we"
            ) && (n.ends_with("'ll")
                || n.ends_with("'d")
                // "if the other family comes again he will finish them".
                || toks.get(s + 1).is_some_and(|m| {
                    matches!(m.norm.as_str(), "will" | "would" | "gonna" | "shall")
                }))
                && p + 2 < before.len()
        };
        if !closed
            && !opens_consequent
            && !super::recall::lying_if(before, p)
            && !only_for(toks, lo + p)
        {
            return true;
        }
    }
    // "Her husband is afraid she'll throw herself off the bridge, but ... she said she has no
    // thoughts of suicide": another's fear of what the client might do, which the client
    // denies in the same sentence, is unconfirmed collateral (FORMATS §4.1); alone, a
    // collateral's fear stays present for review. Told with "again", it keeps a past act.
    let contradicted = toks[s..]
        .iter()
        .position(|t| matches!(t.norm.as_str(), "but" | "though" | "however"))
        .is_some_and(|b| {
            toks[s + b..].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "denies" | "denied" | "no" | "never" | "nothing"
                )
            })
        });
    if contradicted && collateral_fear(before) && !toks[s..].iter().take(8).any(|t| t.is("again")) {
        return true;
    }
    // "not to hurt herself, just a habit": a purpose denied, not a denial of the category.
    if before.len() >= 2 && before[before.len() - 2].is("not") && before[before.len() - 1].is("to")
    {
        return true;
    }
    let near = &before[before.len().saturating_sub(10)..];
    let seq = |a: &str, b: &str| near.windows(2).any(|w| w[0].is(a) && w[1].is(b));
    let whole = &toks[lo..];
    let anywhere = |a: &str, b: &str| whole.windows(2).any(|w| w[0].is(a) && w[1].is(b));
    // Psychoeducation about risk in general: "discussed how mixing ... raises overdose risk".
    let general = anywhere("in", "general")
        || whole.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "generally" | "psychoeducation" | "psychoeducated" | "education"
            )
        })
        || [
            "discussed",
            "explained",
            "reviewed",
            "taught",
            "educated",
            "talked",
        ]
        .iter()
        .any(|v| anywhere(v, "how") || anywhere(v, "that") || anywhere(v, "the"))
            && whole.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "risk" | "risks" | "danger" | "dangers" | "dangerous"
                )
            });
    let thought_content = (0..before.len()).any(thought_if)
        && near.windows(2).any(|w| w[0].is("what") && w[1].is("if"));
    if general
        || rehearsed(near)
        || goal(near, false)
        || seq("in", "case")
        || seq("what", "if") && !thought_content
        || seq("warning", "signs")
        || seq("risk", "factors")
    {
        return true;
    }
    // "since the trial news", "after she got the news": news as a time or a thing learned,
    // not a story told on the news.
    let news_as_event = |i: usize| {
        near[i].is("news")
            && near[i.saturating_sub(3)..i].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "since"
                        | "after"
                        | "before"
                        | "following"
                        | "until"
                        | "got"
                        | "get"
                        | "gets"
                        | "heard"
                        | "received"
                        | "broke"
                        | "bad"
                        | "good"
                        | "sad"
                        | "devastating"
                        | "trial"
                        | "court"
                        | "verdict"
                )
            })
    };
    if near.iter().enumerate().any(|(i, t)| {
        !news_as_event(i)
            && matches!(
                t.norm.as_str(),
                "psychoeducation"
                    | "psychoeducated"
                    | "educated"
                    | "education"
                    | "difference"
                    | "differences"
                    | "definition"
                    | "definitions"
                    | "novel"
                    | "novels"
                    | "essay"
                    | "essays"
                    | "books"
                    | "films"
                    | "movies"
                    | "stories"
                    | "songs"
                    | "poems"
                    | "articles"
                    | "book"
                    | "movie"
                    | "film"
                    | "show"
                    | "series"
                    | "episode"
                    | "song"
                    | "story"
                    | "character"
                    | "news"
                    | "article"
                    | "podcast"
                    | "documentary"
                    | "tv"
                    | "poem"
                    | "lyrics"
                    | "meme"
                    | "documentaries"
                    | "headline"
                    | "headlines"
            )
    }) {
        return true;
    }
    // Dreams: "dreamed about killing", "a nightmare where"; not one carried into waking
    // ("in a dream he strangled his foreman, 'and honestly I'd do it awake'").
    // "when the dreams come he thinks to use it on himself": a dream that is the occasion of
    // a waking thought (a time clause, then a subject of its own) does not hold the thought.
    let dream_told = (near.len().saturating_sub(6)..near.len()).any(|d| {
        is_dream_word(&near[d].norm)
            && !(near[d.saturating_sub(3)..d].iter().any(|x| {
                matches!(
                    x.norm.as_str(),
                    "when" | "whenever" | "after" | "once" | "every"
                )
            }) && near[d + 1..]
                .iter()
                .any(|x| matches!(x.norm.as_str(), "he" | "she" | "i" | "they")))
    });
    if dream_told && !dream_carried_awake(toks) {
        return true;
    }
    // Jokes and hyperbole anywhere in the segment, unless denied ("she was not joking").
    if !jokes {
        return false;
    }
    // "he'll kill her if she goes to the police, and laughed": coercion is never a joke.
    let all: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    if coercive_condition_after(&all, s + 1) {
        return false;
    }
    let seg_toks: Vec<&Tok> = toks
        .iter()
        .zip(seg)
        .filter(|(_, &g)| g == seg[s])
        .map(|(t, _)| t)
        .collect();
    let mention = seg[..s].iter().filter(|&&g| g == seg[s]).count();
    seg_toks.iter().enumerate().any(|(i, t)| {
        let joke = joke_word(&t.norm) || matches!(t.norm.as_str(), "laughed" | "laughing") || {
            // "the whole group cracked up", "play fighting with pool noodles".
            let next = seg_toks.get(i + 1).map_or("", |n| n.norm.as_str());
            (t.norm == "cracked" && next == "up")
                || (t.norm == "play" && matches!(next, "fighting" | "fight" | "fights"))
        };
        let denied = i > 0
            && seg_toks[i.saturating_sub(2)..i].iter().any(|p| {
                matches!(p.norm.as_str(), "not" | "no" | "wasn't" | "isn't" | "never")
                    || p.norm.ends_with("n't")
            });
        // "at a fella who'd laughed at him": someone else's laugh in a relative clause.
        let relative = seg_toks[i.saturating_sub(2)..i]
            .iter()
            .any(|p| matches!(p.norm.as_str(), "who" | "who'd" | "who's" | "whom"));
        // "a man made a joke about Dean's ship and you punched him": a joke someone made,
        // answered by the act after "and" and its own subject, is the provocation, not a jest.
        let provoked = i > 0
            && matches!(
                seg_toks[i - 1].norm.as_str(),
                "a" | "the" | "that" | "his" | "her" | "their" | "some"
            )
            && (i + 1..mention.saturating_sub(1)).any(|k| {
                seg_toks[k].is("and")
                    && seg_toks.get(k + 1).is_some_and(|n| {
                        matches!(n.norm.as_str(), "you" | "he" | "she" | "they" | "i" | "we")
                    })
            });
        let about_deed = i > mention
            && laugh_about_deed(
                toks,
                s,
                &t.norm,
                seg_toks.get(i + 1).map_or("", |n| n.norm.as_str()),
                seg_toks.get(i + 2).map_or("", |n| n.norm.as_str()),
            );
        joke && !denied && !relative && !provoked && !about_deed
    }) && !threat_marks(&toks.iter().map(|t| t.norm.as_str()).collect::<Vec<_>>())
}

/// The marks of a real threat beside a laugh: a weapon, where the target lives or stays,
/// relish or an insistence, "not joking".
fn threat_marks(all: &[&str]) -> bool {
    all.iter().any(|x| {
        matches!(
            *x,
            "relish" | "insisted" | "disown" | "rifles" | "stays" | "lives" | "serious"
        )
        // A named weapon, not a household thing that can be one ("laughed about the gin
        // bottle").
        || super::actors::is_weapon(x)
            && !matches!(
                *x,
                "bottle" | "pipe" | "bat" | "hammer" | "screwdriver" | "cutter" | "razor"
            )
    })
        || all
            .windows(2)
            .any(|w| matches!(w, ["knows", "where"] | ["not", "joking"] | ["no", "joke"]))
        // "laughed, but didn't take it back": the laugh did not withdraw it.
        || all.windows(4).any(|w| {
            matches!(w[0], "didn't" | "not" | "never" | "wouldn't" | "won't")
                && matches!(w[1], "take" | "took" | "taken")
                && matches!(w[2], "it" | "that" | "them")
                && w[3] == "back"
        })
}

/// "She's fed up and could murder him when he leaves the cans on the stairs", "says she
/// could kill her brother for it": what one "could" do to someone is the everyday hyperbole
/// of exasperation (across the development sets, 43 of 44 such sentences carried no homicidal
/// ideation), unless the sentence carries a real threat's marks or insists ("I mean actually
/// kill her", "meant it"). Only the client's own words: a threat made to the client ("told
/// her he could kill her") and "could have killed" (a past near-miss) are not this.
pub(crate) fn could_exasperation(toks: &[Tok], s: usize, e: usize) -> bool {
    let all: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let verb = all[s..e.min(all.len())].iter().any(|x| {
        x.starts_with("kill")
            || x.starts_with("murder")
            || x.starts_with("strangl")
            || x.starts_with("throttl")
            || x.starts_with("wring")
    });
    if !verb || threat_marks(&all) {
        return false;
    }
    // "could" right before the verb, or one softening word between.
    let could_at = (s.saturating_sub(2)..s).rev().find(|&k| all[k] == "could");
    let Some(c) = could_at else {
        return false;
    };
    if c + 1 < s
        && !matches!(
            all[c + 1],
            "happily" | "just" | "honestly" | "cheerfully" | "literally" | "easily" | "gladly"
        )
    {
        return false;
    }
    // Whose words: the client's ("she", "he", "I", "and could"), not a threat told to them
    // ("told her he could kill her") or a fear ("worried he could kill her").
    let subject_ok = c > 0 && matches!(all[c - 1], "she" | "he" | "i" | "they" | "and" | ",");
    let told_or_feared = all[..c].iter().any(|x| {
        x.starts_with("threat")
            || matches!(
                *x,
                "told"
                    | "tells"
                    | "telling"
                    | "texted"
                    | "warned"
                    | "worried"
                    | "afraid"
                    | "scared"
                    | "fears"
                    | "feared"
                    | "frightened"
                    | "terrified"
                    | "if"
                    | "whether"
                    | "asked"
            )
    });
    // The object is a person, never oneself ("could kill herself" is ideation).
    let reflexive = all
        .get(e.saturating_sub(1)..(e + 1).min(all.len()))
        .is_some_and(|w| {
            w.iter()
                .any(|x| x.ends_with("self") || x.ends_with("selves"))
        });
    let insists = all.windows(2).any(|w| {
        matches!(
            w,
            ["meant", "it"]
                | ["mean", "it"]
                | ["means", "it"]
                | ["really", "would"]
                // "she'd actually do it", not "he's actually great with the baby".
                | [
                    "actually",
                    "would"
                        | "do"
                        | "does"
                        | "did"
                        | "will"
                        | "wants"
                        | "want"
                        | "going"
                        | "gonna"
                        | "plans"
                        | "planning"
                        | "intends"
                        | "means"
                        | "meant"
                        | "kill"
                        | "hurt"
                        | "could"
                        | "might"
                ]
        )
    }) || all.contains(&"seriously")
        // "and then that he's thought how he'd do it, with the quad bike": the way planned.
        || all.windows(3).any(|w| {
            w[0] == "how"
                && matches!(w[1], "he'd" | "she'd" | "i'd" | "they'd" | "to")
                && matches!(w[2], "do" | "kill" | "get" | "make")
        })
        // "when I asked if that was just talk he said no": asked whether it was only talk,
        // and said it was not.
        || all[e.min(all.len())..].iter().enumerate().any(|(i, x)| {
            matches!(*x, "talk" | "joking" | "kidding" | "joke" | "exaggerating")
                && all[e.min(all.len()) + i..]
                    .iter()
                    .any(|y| matches!(*y, "no" | "not" | "wasn't" | "isn't"))
        })
        // "could kill her with one punch": a means named is no figure of speech ("he's great
        // with Owen" later in the sentence names none).
        || all[e.min(all.len())..(e + 2).min(all.len())].contains(&"with");
    subject_ok && !told_or_feared && !reflexive && !insists
}

/// "She says she could strangle him some days. She laughed at that": the next sentence opens
/// by laughing the words off. Only exasperation the sentence says with "could" or "'d", and
/// never beside the marks of a real threat.
pub(crate) fn laughed_next(toks: &[Tok], next: Option<&[Tok]>) -> bool {
    let Some(n) = next else {
        return false;
    };
    let all: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let said_as_could = all
        .iter()
        .any(|x| matches!(*x, "could" | "he'd" | "she'd" | "i'd" | "they'd"));
    let opens_laughing = n.len() >= 2
        && matches!(n[0].norm.as_str(), "she" | "he" | "they")
        && matches!(
            n[1].norm.as_str(),
            "laughed" | "laughs" | "joked" | "jokes" | "grinned" | "smiled"
        );
    said_as_could && opens_laughing && !threat_marks(&all)
}

/// "says he'll kill her if she leaves, and they both laughed": a threat tied to leaving,
/// telling or seeking help is coercion (Danger Assessment), never taken back by a laugh.
fn coercive_condition_after(all: &[&str], e: usize) -> bool {
    let Some(c) = (e..(e + 3).min(all.len())).find(|&k| matches!(all[k], "if" | "when")) else {
        return false;
    };
    let mut v = c + 1;
    if !matches!(
        all.get(v).copied(),
        Some("she" | "he" | "they" | "i" | "you" | "we")
    ) {
        return false;
    }
    v += 1;
    if matches!(
        all.get(v).copied(),
        Some("ever" | "even" | "really" | "tries" | "tried")
    ) {
        v += 1;
    }
    if matches!(all.get(v).copied(), Some("to")) {
        v += 1;
    }
    let w = |k: usize| all.get(k).copied().unwrap_or("");
    let authority = |k: usize| {
        (k..k + 3).any(|j| {
            matches!(
                w(j),
                "police"
                    | "cops"
                    | "court"
                    | "shelter"
                    | "lawyer"
                    | "judge"
                    | "authorities"
                    | "anyone"
                    | "anybody"
                    | "someone"
                    | "somebody"
                    | "911"
                    | "999"
            )
        })
    };
    match w(v) {
        // "if she leaves", "if she leaves him", not "if he leaves his boots on the porch".
        "leave" | "leaves" | "left" | "leaving" => matches!(
            w(v + 1),
            "" | "."
                | ","
                | ";"
                | "!"
                | "?"
                | "him"
                | "her"
                | "me"
                | "them"
                | "us"
                | "home"
                | "town"
                | "for"
                | "and"
                | "again"
                | "with"
        ),
        "tell" | "tells" | "told" | "report" | "reports" | "reported" | "divorce" | "divorces" => {
            true
        }
        "call" | "calls" | "called" | "go" | "goes" | "went" | "talk" | "talks" => authority(v + 1),
        "move" | "moves" => w(v + 1) == "out",
        "take" | "takes" => matches!(w(v + 2), "kids" | "children" | "baby" | "bairns"),
        _ => false,
    }
}

/// Exasperation taken back in the same sentence: "'I'm going to kill someone,' and then
/// laughed at herself", "'I could kill somebody,' then said that's just talk", "said he'd
/// happily strangle his flatmate for leaving the dishes, then laughed", "she's fixing to kill
/// her brother for wrecking her car, but she was grinning". A retraction that is itself
/// denied ("he wasn't joking", "no, he meant it") takes nothing back, and neither does a
/// laugh beside the marks of a real threat (a weapon, where the target lives, relish, an
/// insistence).
pub(crate) fn laughed_off(toks: &[Tok], s: usize, e: usize) -> bool {
    let all: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    if threat_marks(&all) || coercive_condition_after(&all, e) {
        return false;
    }
    // "She joked that she'd kill her sister if she spoils the party", "Laughing, she said
    // she could have killed the caseworker": the report's own frame is a joke.
    let framed_as_joke = all[..s].iter().any(|x| {
        matches!(
            *x,
            "joked" | "jokes" | "joking" | "laughed" | "laughs" | "laughing" | "kidding"
        )
    }) && !all[..s]
        .iter()
        .any(|x| matches!(*x, "asked" | "whether" | "not" | "wasn't"));
    if framed_as_joke {
        return true;
    }
    let rest: Vec<&str> = toks[e.min(toks.len())..]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let denied_before = |k: usize| {
        rest[k.saturating_sub(3)..k]
            .iter()
            .any(|p| matches!(*p, "not" | "no" | "never") || p.ends_with("n't"))
    };
    if rest.windows(2).any(|w| w == ["meant", "it"]) && !rest.contains(&"didn't") {
        return false;
    }
    // "and then he laughed, but it wasn't a joking laugh": the laugh itself said not to be
    // a joke.
    let not_word = |x: &str| matches!(x, "wasn't" | "isn't" | "not" | "weren't" | "no");
    let joke_noun = |x: &str| matches!(x, "joking" | "joke" | "kidding" | "funny");
    if rest.windows(2).any(|w| not_word(w[0]) && joke_noun(w[1]))
        || rest
            .windows(3)
            .any(|w| not_word(w[0]) && w[1] == "a" && joke_noun(w[2]))
    {
        return false;
    }
    // "wanted to throttle her ex, then said she'd never really do anything": the act itself
    // disavowed right after the wish.
    // Only for the verbs of exasperation, never a killing, stabbing or shooting.
    let exasperation = toks[s..e.min(toks.len())].iter().any(|t| {
        let n = t.norm.as_str();
        n.starts_with("throttl")
            || n.starts_with("strangl")
            || n.starts_with("wring")
            || n.starts_with("thump")
            || n.starts_with("smack")
            || n.starts_with("slap")
            || n.starts_with("punch")
            || n.starts_with("clobber")
            || n.starts_with("shake")
            || n.starts_with("shaking")
    });
    let disavowed = exasperation
        && (1..rest.len()).any(|k| {
            // "said he'd never actually hurt the guy": the harm itself disavowed.
            (rest[k] == "do" && matches!(rest.get(k + 1), Some(&("anything" | "it")))
                || matches!(rest[k], "hurt" | "harm" | "touch"))
                && rest[k.saturating_sub(3)..k].iter().any(|p| {
                    matches!(*p, "wouldn't" | "couldn't")
                        || (*p == "never"
                            && rest[k.saturating_sub(4)..k]
                                .iter()
                                .any(|q| q.ends_with("'d") || matches!(*q, "would" | "will")))
                })
        });
    if disavowed {
        return true;
    }
    // "threatened to kill the staff member, later said she didn't mean it": a threat was
    // made; saying afterwards it was not meant takes back the intent, not the threat.
    let threat_made = toks[s.saturating_sub(3)..s]
        .iter()
        .any(|t| t.norm.starts_with("threat"));
    (0..rest.len()).any(|k| {
        let cue = matches!(
            rest[k],
            "laughed"
                | "laughing"
                | "laughs"
                | "joked"
                | "joking"
                | "kidding"
                | "grinning"
                | "grinned"
                | "grin"
                | "wink"
                | "winked"
                | "smiling"
                | "smiled"
                | "laugh"
                | "smirked"
                | "smirking"
        ) || (matches!(rest[k], "rolling" | "rolled" | "rolls" | "roll")
            && matches!(rest.get(k + 1), Some(&("his" | "her" | "their" | "my")))
            && rest.get(k + 2) == Some(&"eyes"))
            || (rest[k] == "talk" && k > 0 && matches!(rest[k - 1], "just" | "only" | "all"))
            || (rest[k] == "speech" && k > 1 && rest[k - 1] == "of" && rest[k - 2] == "figure")
            || said_as_manner(&rest, k)
            || (rest[k] == "adores" || rest[k] == "pals" || rest[k] == "friends")
            || (rest[k] == "mean"
                && k > 0
                && matches!(rest[k - 1], "didn't" | "doesn't" | "don't")
                && rest.get(k + 1) == Some(&"it")
                && !threat_made);
        // "When I asked if that was just talk, she said no": a question, not a retraction.
        let asked = rest[k.saturating_sub(6)..k]
            .iter()
            .any(|p| matches!(*p, "asked" | "checked" | "whether" | "if"));
        // "a fella who'd laughed at him": the target's laugh in a relative clause, not the
        // speaker's.
        let relative = rest[k.saturating_sub(2)..k]
            .iter()
            .any(|p| matches!(*p, "who" | "who'd" | "who's" | "whom" | "that'd"));
        let about_deed = laugh_about_deed(
            toks,
            s,
            rest[k],
            rest.get(k + 1).copied().unwrap_or(""),
            rest.get(k + 2).copied().unwrap_or(""),
        );
        cue && !asked && !relative && !about_deed && (rest[k] == "mean" || !denied_before(k))
    })
}

/// "hit another prisoner with the angady, plus he is laughing about it": a laugh about a deed
/// already done, told after it (`word`, then `next` and `after`), is how the doer took it (no
/// remorse), not a jest. A threat, a wish, a near miss ("nearly killed them all with his
/// driving, everyone was laughing about it") or a dream laughed about stays a way of talking.
fn laugh_about_deed(toks: &[Tok], s: usize, word: &str, next: &str, after: &str) -> bool {
    matches!(word, "laughed" | "laughing" | "laughs")
        && matches!(next, "about" | "at")
        && matches!(after, "it" | "that" | "this")
        // "had a dream ... and he woke up laughing about it": a dream's deed is no deed.
        && !toks.iter().any(|t| is_dream_word(&t.norm))
        && !toks[s.saturating_sub(6)..s].iter().any(|p| {
            matches!(
                p.norm.as_str(),
                "would"
                    | "could"
                    | "will"
                    | "gonna"
                    | "going"
                    | "want"
                    | "wants"
                    | "wanted"
                    | "threatened"
                    | "threatens"
                    | "might"
                    | "to"
                    | "if"
                    | "nearly"
                    | "almost"
                    | "practically"
                    | "near"
            ) || p.norm.ends_with("'d")
                || p.norm.ends_with("'ll")
                || p.norm.ends_with("'ve")
        })
}

/// "then caught himself and said that's just how his family talks", "just an expression":
/// the speaker takes violent words back as a way of talking (word `k` of `rest`).
fn said_as_manner(rest: &[&str], k: usize) -> bool {
    (rest[k] == "caught"
        && matches!(
            rest.get(k + 1),
            Some(&("himself" | "herself" | "themselves" | "myself"))
        ))
        || (matches!(rest[k], "talks" | "talk" | "speaks" | "speak" | "talked")
            && rest[k.saturating_sub(4)..k].contains(&"how")
            && rest[k.saturating_sub(4)..k]
                .iter()
                .any(|p| matches!(*p, "just" | "only" | "always")))
        || (matches!(rest[k], "expression" | "saying")
            && k > 1
            && (rest[k - 1] == "an" || (rest[k - 1] == "a" && rest[k] == "saying"))
            && matches!(rest[k - 2], "just" | "only" | "merely"))
        // "then she laughed and said 'you know what I mean'": the words offered as a turn of
        // phrase the listener shares.
        || (rest[k] == "know"
            && k > 0
            && rest[k - 1] == "you"
            && rest.get(k + 1) == Some(&"what")
            && matches!(rest.get(k + 2), Some(&("i" | "she" | "he" | "they")))
            && matches!(rest.get(k + 3), Some(&("mean" | "means"))))
}

/// Whether the sentence takes its violent words back as a way of talking ([`said_as_manner`]),
/// with no threat marked: a reading the learned net cannot make, so it does not overrule it.
pub(crate) fn taken_back_as_manner(toks: &[Tok]) -> bool {
    let all: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    !threat_marks(&all) && (0..all.len()).any(|k| said_as_manner(&all, k))
}

/// "She said at first she'd hurt herself at the weekend, then explained she meant she'd
/// twisted her ankle": words said "at first" and then said to have meant something else are
/// taken back in the speaker's own correction (the mention at `s..e` stands between the two).
pub(crate) fn corrected_meaning(toks: &[Tok], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let at_first = (s.saturating_sub(8)..s).any(|k| w(k) == "at" && w(k + 1) == "first");
    let meant = (e..toks.len()).any(|k| {
        matches!(w(k), "meant" | "means")
            && (k.saturating_sub(4)..k).any(|j| {
                matches!(
                    w(j),
                    "explained" | "clarified" | "corrected" | "said" | "says" | "added"
                )
            })
            && matches!(
                w(k - 1),
                "she" | "he" | "they" | "i" | "she'd" | "he'd" | "just" | "only" | "really"
            )
            // "then said she meant it": the words confirmed, not taken back.
            && !matches!(w(k + 1), "it" | "that" | "every" | "what" | "." | "")
    });
    at_first && meant
}

/// "'ready to jump off Coombe Hill' when the garage rang, then laughed and said she meant
/// she'd had it with the car", "said he wanted to disappear. Tyler says he meant move back to
/// Jacksonville, not die": the speaker's own gloss takes the words back when it says they
/// were not about dying, or when quoted words were laughed off and glossed as something
/// else ("meant it" confirms them).
pub(crate) fn meant_otherwise(toks: &[Tok], s: usize, e: usize, next: Option<&[Tok]>) -> bool {
    fn w(t: &[Tok], k: usize) -> &str {
        t.get(k).map_or("", |x| x.norm.as_str())
    }
    // "(he|she|they) meant/means" with a verb of saying just before.
    let glossed = |t: &[Tok], from: usize| -> Option<usize> {
        (from..t.len()).find(|&k| {
            matches!(w(t, k), "meant" | "means")
                && k >= 1
                && matches!(w(t, k - 1), "she" | "he" | "they" | "just" | "only")
                && (k.saturating_sub(4)..k).any(|j| {
                    matches!(
                        w(t, j),
                        "said" | "says" | "explained" | "clarified" | "added" | "told"
                    )
                })
                && !matches!(w(t, k + 1), "it" | "that" | "every" | "what" | "." | "")
        })
    };
    let not_death = |t: &[Tok], k: usize| {
        (k + 1..(k + 14).min(t.len())).any(|j| {
            w(t, j) == "not"
                && matches!(
                    w(t, j + 1),
                    "die" | "dying" | "dead" | "death" | "suicide" | "kill" | "killing" | "to"
                )
                && (w(t, j + 1) != "to" || matches!(w(t, j + 2), "die" | "kill" | "end"))
        })
    };
    if let Some(k) = glossed(toks, e) {
        if not_death(toks, k) {
            return true;
        }
        let quoted = toks[s.saturating_sub(3)..s]
            .iter()
            .any(|t| t.punct && matches!(t.norm.as_str(), "'" | "\"" | "‘" | "“"));
        let laughed = toks[e..k].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "laughed" | "laughing" | "joked" | "joking" | "grinned" | "smiled"
            )
        });
        // The gloss must name no death or way to it ("she meant off the bridge" is no
        // taking back).
        let deathly = toks[k + 1..(k + 12).min(toks.len())].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "die"
                    | "dying"
                    | "dead"
                    | "death"
                    | "kill"
                    | "killing"
                    | "suicide"
                    | "end"
                    | "ending"
                    | "bridge"
                    | "roof"
                    | "cliff"
                    | "ledge"
                    | "tracks"
                    | "train"
                    | "gun"
                    | "pills"
                    | "rope"
                    | "hang"
                    | "jump"
                    | "jumping"
                    | "overdose"
                    | "forever"
                    | "wake"
                    | "gone"
                    | "drown"
                    | "river"
                    | "sea"
                    | "lake"
            )
        });
        if quoted && laughed && !deathly {
            return true;
        }
    }
    // "he'll 'finish' the brother. I asked him straight ... and he said no, he meant finish
    // with him, stop talking to him": the next sentence's gloss that takes up the mention's
    // own word with "with" (ending a tie, not a life).
    let own_word_with = |n: &[Tok], k: usize| {
        toks[s..e]
            .iter()
            .any(|t| !t.punct && t.norm.len() > 3 && w(n, k + 1) == t.norm && w(n, k + 2) == "with")
    };
    next.and_then(|n| glossed(n, 0).map(|k| (k <= 6 && not_death(n, k)) || own_word_with(n, k)))
        .unwrap_or(false)
}

/// Whether the mention at `s` is the content of a rehearsal ([`rehearsed`]): not an event, and
/// a refusal inside it ("saying no to a drink") is no denial either.
pub(crate) fn rehearsal(toks: &[Tok], seg: &[usize], s: usize) -> bool {
    let lo = (0..s).find(|&k| seg[k] == seg[s]).unwrap_or(s);
    // The mention's first word is part of the frame ("of being pushed").
    rehearsed(&toks[lo.max(s.saturating_sub(10))..(s + 1).min(toks.len())])
}

/// An intervention whose content is the mention, not an event: "we rehearsed saying no to a
/// drink", "a role-play of being shoved", "practised turning down a joint". The rehearsal word
/// must govern the mention through a speech or refusal act ("saying", "refusing", "of
/// being"), so "role-played telling him his hitting must stop" keeps the hitting.
fn rehearsed(near: &[Tok]) -> bool {
    // "talked what to say at the grog session when the boys push him": a reply planned for a
    // moment to come is rehearsal too (not "what to do when he hits her", which tells what
    // happens).
    let planned_reply = near.windows(3).enumerate().any(|(i, x)| {
        matches!(x[0].norm.as_str(), "what" | "how")
            && x[1].is("to")
            && matches!(x[2].norm.as_str(), "say" | "answer" | "respond" | "reply")
            && near[i + 3..]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "when" | "if" | "whenever"))
    });
    if planned_reply {
        return true;
    }
    let Some(p) = near.iter().rposition(|t| {
        let n = t.norm.as_str();
        n.starts_with("rehears")
            || n.starts_with("roleplay")
            || n.starts_with("role-play")
            || n.starts_with("practis")
            || n.starts_with("practic")
            || n == "role"
            || n == "drill"
            || n == "drilled"
            || n == "scripted"
            || n == "modelled"
            || n == "modeled"
    }) else {
        return false;
    };
    let inside: Vec<&str> = near[p + 1..].iter().map(|t| t.norm.as_str()).collect();
    inside.len() <= 8
        && inside.windows(2).any(|x| {
            matches!(
                x[0],
                "saying" | "say" | "refusing" | "refuse" | "declining" | "decline" | "turning"
            ) || (x[0] == "of" && matches!(x[1], "being" | "getting"))
                || (x[0] == "how" && x[1] == "to")
                // "rehearsed how he'd turn down a pint".
                || (matches!(x[0], "turn" | "turns") && x[1] == "down")
        })
}

/// A goal or plan stated as an infinitive: "her goal is to stay sober", "wants to remain
/// clean", "committed to staying abstinent": aims, not reports. `abstinence`: the mention is
/// itself an abstinence phrase ("to stay clean"), so a bare "to" before it is the infinitive.
pub(crate) fn goal(near: &[Tok], abstinence: bool) -> bool {
    let w: Vec<&str> = near.iter().map(|t| t.norm.as_str()).collect();
    let n = w.len();
    if n < 2 {
        return false;
    }
    // Never "to be" or "to get": "wants to be dead" is a wish, not a goal. A keeping verb
    // only frames abstinence ("to stay sober") or a mention kept away from ("to stay away
    // from", "to keep off"): "wants to keep cutting" is a wish to go on.
    let keep_verb = |x: &str| {
        matches!(
            x,
            "stay" | "remain" | "keep" | "staying" | "remaining" | "keeping"
        )
    };
    let away = matches!(w[n - 1], "from" | "off" | "of")
        && w[n.saturating_sub(4)..n - 1].iter().any(|x| keep_verb(x));
    let keep = (keep_verb(w[n - 1]) && abstinence) || away || (w[n - 1] == "to" && abstinence);
    let to = w[n.saturating_sub(5)..].contains(&"to");
    let aim = w[..n - 1].iter().any(|x| {
        matches!(
            *x,
            "goal"
                | "goals"
                | "aim"
                | "aims"
                | "plan"
                | "plans"
                | "hope"
                | "hopes"
                | "hoping"
                | "wants"
                | "want"
                | "wish"
                | "wishes"
                | "committed"
                | "commits"
                | "commitment"
                | "intends"
                | "target"
                | "pledged"
                | "promised"
                | "vowed"
                | "trying"
                | "tries"
                | "working"
                | "determined"
        )
    });
    keep && to && aim
}

/// "SI was not asked today", "HI not assessed", "we didn't get to ask about drinking": the
/// mention names a topic nobody asked about, so it says nothing either way.
pub(crate) fn not_assessed(toks: &[Tok], s: usize, e: usize) -> bool {
    let asked = |n: &str| {
        matches!(
            n,
            "asked"
                | "ask"
                | "assessed"
                | "assess"
                | "screened"
                | "screen"
                | "explored"
                | "explore"
                | "addressed"
                | "address"
                | "discussed"
                | "discuss"
                | "covered"
                | "cover"
                | "evaluated"
                | "evaluate"
                | "reviewed"
                | "review"
                | "raised"
                | "raise"
        )
    };
    let neg = |n: &str| matches!(n, "not" | "never" | "n't") || n.ends_with("n't");
    let after: Vec<&str> = toks[e..(e + 5).min(toks.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .take_while(|n| !matches!(*n, "," | ";" | "." | "but"))
        .collect();
    // The mention must be what was not asked: only a copula or auxiliary between it and
    // the negation ("HI was not asked"), never a clause of its own ("she cut herself and has
    // not discussed it" is a disclosure).
    let aux = |n: &str| {
        matches!(
            n,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "been"
                | "being"
                | "today"
                | "ideation"
                | "thoughts"
                | "urges"
                | "risk"
                | "history"
        )
    };
    let post = after.iter().position(|n| neg(n)).is_some_and(|i| {
        after[..i].iter().all(|n| aux(n))
            && (after.get(i + 1).is_some_and(|n| asked(n))
                || (after.get(i + 1) == Some(&"yet") && after.get(i + 2).is_some_and(|n| asked(n))))
    });
    let mut before: Vec<&str> = toks[s.saturating_sub(7)..s]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    if let Some(p) = before
        .iter()
        .rposition(|n| matches!(*n, "," | ";" | "." | ":"))
    {
        before.drain(..=p);
    }
    // "did not ask about SI", "didn't get to screen for self-harm": the verb governs the
    // mention right after it (with "about"/"for" and a determiner at most).
    let governs = |i: usize| {
        before[i + 1..].iter().all(|x| {
            matches!(
                *x,
                "about" | "for" | "the" | "any" | "his" | "her" | "their" | "to"
            )
        })
    };
    // "did not get to the suicide screen": getting to a topic is asking about it.
    // The clinician is the one who did not ask ("I didn't screen for", "we did not get to",
    // "did not ask about"); "she hasn't discussed her drinking" is the client's silence
    // about a disclosed act.
    let clinician = |upto: usize| {
        before[..upto].iter().all(|x| {
            matches!(
                *x,
                "i" | "we"
                    | "i've"
                    | "we've"
                    | "did"
                    | "do"
                    | "does"
                    | "have"
                    | "has"
                    | "had"
                    | "clinician"
                    | "writer"
                    | "therapist"
                    | "still"
                    | "yet"
                    | "also"
            )
        })
    };
    let pre = before.iter().enumerate().any(|(i, n)| {
        (asked(n) || (matches!(*n, "get" | "got") && before.get(i + 1) == Some(&"to")))
            && governs(i)
            && before[..i]
                .iter()
                .enumerate()
                .rev()
                .take(3)
                .any(|(j, x)| neg(x) && clinician(j))
    });
    post || pre
}

/// "she says, maybe a little surprised, no, nothing like that": a hedge at `at` set off by
/// commas, with words of its own and no answer in them, is an aside on the manner; it hedges
/// neither the mention nor the answer (read by [`uncertain`] and [`answer`]).
fn manner_aside(w: &[&str], at: usize) -> bool {
    at > 0
        && w[at - 1] == ","
        && w.get(at + 1)
            .is_some_and(|x| !matches!(*x, "," | ";" | ":" | "." | "?" | "!" | "\""))
        && (at + 2..(at + 6).min(w.len())).any(|j| w[j] == ",")
        && w[at + 1..].iter().take_while(|x| **x != ",").all(|x| {
            !matches!(
                *x,
                "no" | "not" | "never" | "yes" | "yeah" | "sometimes" | "once" | "denies"
            ) && !x.ends_with("n't")
        })
}

/// Determiners that make "kind of", "sort of" a noun phrase ("that kind of low", "them kind
/// of thoughts", "no sort of plan") rather than a hedge.
const KIND_DETERMINERS: &[&str] = &[
    "that", "this", "the", "what", "any", "some", "a", "no", "every", "which", "same", "other",
    "them", "those", "these", "all", "whatever", "her", "his", "my", "their",
];

/// Hedged or uncertain: present, but a person must check. `anchors` are the segment-local
/// positions of the mention and of its negation's trigger.
pub(crate) fn uncertain(seg_toks: &[Tok], anchors: &[usize]) -> bool {
    let w: Vec<&str> = seg_toks.iter().map(|t| t.norm.as_str()).collect();
    w.iter().enumerate().any(|(i, t)| {
        let next = w.get(i + 1).copied();
        if estimate_at(&w, i) || degree_elsewhere(&w, i, anchors) || in_the_asking(&w, i, anchors) {
            return false;
        }
        // "I ain't never had them kind of thoughts": "kind of" after a determiner is a noun
        // phrase (a kind of thing), not a hedge.
        if matches!(*t, "kind" | "sort") && i > 0 && KIND_DETERMINERS.contains(&w[i - 1]) {
            return false;
        }
        // "Calm, eh, flat maybe, no smell of alcohol": a hedge that closes its own phrase
        // (a word before it, a comma after) qualifies that phrase, not a mention after it.
        if matches!(*t, "maybe" | "perhaps" | "possibly")
            && next == Some(",")
            && i > 0
            && !seg_toks[i - 1].punct
            && !anchors.is_empty()
            && anchors.iter().all(|&a| a > i)
        {
            return false;
        }
        // "he says no, not at all; maybe he seems tired", "she said no, ..., and maybe hasn't for
        // a long while", "the mother sort of nods": a hedge after the mention and its denial,
        // past a clause's joint, that opens a predicate of its own (a subject, an auxiliary, a
        // gesture) hedges that predicate, not the denial ("no, maybe" stays hedged).
        let hedge_here = matches!(*t, "maybe" | "perhaps" | "possibly" | "probably")
            || matches!(*t, "sort" | "kind") && next == Some("of");
        if hedge_here && !anchors.is_empty() && anchors.iter().all(|&a| a < i) {
            let last = anchors.iter().copied().max().unwrap_or(0);
            let joint = (last + 1..i).any(|j| matches!(w[j], "," | ";" | ":" | "but" | "and"));
            let after = if matches!(*t, "sort" | "kind") {
                w.get(i + 2).copied()
            } else {
                next
            };
            // "she said no, quite clear, she seems sort of more okay", "she says no, the
            // husband is sort of boring": a clause of its own, opened after the joint by a
            // subject and its verb, before the hedge, owns the hedge.
            let new_clause = (last + 2..i).any(|j| {
                matches!(w[j - 1], "," | ";" | "and" | "but")
                    && matches!(w[j], "she" | "he" | "they" | "it" | "the" | "her" | "his")
                    && (j + 1..i).any(|k| {
                        matches!(
                            w[k],
                            "is" | "was"
                                | "seems"
                                | "seemed"
                                | "looks"
                                | "looked"
                                | "'s"
                                | "are"
                                | "were"
                                | "appears"
                                | "appeared"
                                | "sounds"
                                | "sounded"
                        )
                    })
            });
            let own_predicate =
                after.is_some_and(opens_own_predicate) || hedges_a_mood(&w, i + 1) || new_clause;
            // "denies SI, but maybe she is hiding it": a doubt about the denial itself keeps the
            // hedge on it.
            let from = i + if matches!(*t, "sort" | "kind") { 3 } else { 2 };
            let doubted = doubts_denial(&w, from);
            if joint && own_predicate && !doubted {
                return false;
            }
        }
        if matches!(*t, "maybe" | "perhaps" | "possibly") && manner_aside(&w, i) {
            return false;
        }
        // "She kind of rolled her eyes but said no": a hedge on a gesture is no hedge of the
        // answer.
        if matches!(*t, "kind" | "sort")
            && next == Some("of")
            && w.get(i + 2).is_some_and(|x| {
                matches!(
                    *x,
                    "rolled"
                        | "shrugged"
                        | "nodded"
                        | "smiled"
                        | "laughed"
                        | "sighed"
                        | "grinned"
                        | "snorted"
                        | "scoffed"
                        | "chuckled"
                )
            })
        {
            return false;
        }
        // "Calm, maybe little bit guarded, good eye contact, no signs of intoxication": a hedge
        // that opens an item of a comma list qualifies that item; a mention in a later item
        // is not hedged by it.
        if matches!(*t, "maybe" | "perhaps" | "possibly")
            && i > 0
            && w[i - 1] == ","
            && !anchors.is_empty()
            && anchors
                .iter()
                .all(|&a| a > i && (i + 1..a).any(|j| w[j] == ","))
        {
            return false;
        }
        matches!(
            *t,
            "maybe"
                | "possibly"
                | "perhaps"
                | "unsure"
                | "unclear"
                | "ambivalent"
                | "equivocal"
                | "vaguely"
                | "hinted"
                | "hints"
                | "implied"
                | "questionable"
                | "kinda"
                | "ambiguous"
                | "hedged"
        ) || matches!(
            (*t, next),
            ("not", Some("really" | "sure" | "clear" | "certain"))
                | ("i", Some("guess"))
                | ("kind" | "sort", Some("of"))
                | ("hard", Some("to"))
                | ("might", Some("have"))
        )
    })
}

/// "I asked her, because of what her sister hinted at last time, whether he's ever hurt her",
/// "I asked whether she ever sort of wishes she wouldn't wake up": a hedge after the asking
/// and before the risk asked about qualifies the question, not the answer (which, a clause of
/// its own, carries its own hedges).
fn in_the_asking(w: &[&str], i: usize, anchors: &[usize]) -> bool {
    // The scan back stops at an answer ("I asked and she said she maybe hasn't").
    anchors.iter().any(|&a| a > i)
        && w[..i]
            .iter()
            .rev()
            .take_while(|x| {
                !matches!(
                    **x,
                    "." | ";" | "?" | "!" | "said" | "says" | "replied" | "answered" | "told"
                )
            })
            .take(10)
            .any(|x| {
                matches!(
                    *x,
                    "asked" | "ask" | "asking" | "enquired" | "inquired" | "whether"
                )
            })
}

/// "no thoughts of ending your life, you just feel kind of low", "I asked, kind of carefully,
/// about pushing": a degree hedge ("kind of", "sort of", "kinda") softens the word after it.
/// Behind a comma from both the mention and its negation it hedges something else, unless it
/// stands alone as a tag ("he said no, kind of.") or softens an answer ("sort of denied it").
fn degree_elsewhere(w: &[&str], i: usize, anchors: &[usize]) -> bool {
    let width = match (w[i], w.get(i + 1).copied()) {
        ("kinda", _) => 1,
        ("kind" | "sort", Some("of")) => 2,
        _ => return false,
    };
    let softened = w.get(i + width).copied();
    // "I asked her straight, sort of, about thoughts of killing herself": a hedge set off by
    // commas right after the asking hedges the asking, not the risk or its answer.
    let asked_aside = i >= 2
        && w[i - 1] == ","
        && softened == Some(",")
        && w[..i - 1]
            .iter()
            .rev()
            .take_while(|x| !matches!(**x, "." | ";" | "?" | "!"))
            .take(6)
            .any(|x| {
                matches!(
                    *x,
                    "asked" | "ask" | "asking" | "enquired" | "inquired" | "checked" | "screened"
                )
            });
    if asked_aside {
        return true;
    }
    if softened.is_some_and(softens_asking_or_manner) {
        return true;
    }
    let tag = softened.is_none_or(|x| matches!(x, "," | "." | ";" | ":" | "!" | "?"));
    let answer = softened.is_some_and(|x| {
        matches!(
            x,
            "no" | "yes"
                | "denied"
                | "denies"
                | "admitted"
                | "admits"
                | "agreed"
                | "agrees"
                | "nodded"
                | "nods"
                | "shrugged"
                | "shrugs"
        )
    });
    if tag || answer {
        return false;
    }
    let clause_break = |a: usize, b: usize| {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        w[lo..hi]
            .iter()
            .any(|x| matches!(*x, "," | "." | ";" | ":" | "!" | "?"))
    };
    !anchors.is_empty() && anchors.iter().all(|&a| clause_break(i, a))
}

/// "a glass of wine at dinner maybe once a week", "perhaps two drinks": a hedge word before an
/// amount or a frequency estimates it; it leaves what was said about the risk as said.
fn estimate_at(w: &[&str], i: usize) -> bool {
    if !matches!(w[i], "maybe" | "perhaps" | "possibly" | "about" | "roughly") {
        return false;
    }
    let next = w.get(i + 1).copied().unwrap_or("");
    let after = w.get(i + 2).copied().unwrap_or("");
    matches!(next, "once" | "twice" | "thrice" | "few" | "couple")
        || (number(next).is_some() && !matches!(next, "a" | "an" | "last"))
        || (matches!(next, "a" | "an" | "every" | "one")
            && matches!(
                after,
                "glass"
                    | "drink"
                    | "beer"
                    | "pint"
                    | "couple"
                    | "few"
                    | "day"
                    | "week"
                    | "month"
                    | "night"
                    | "time"
                    | "weekend"
                    | "fortnight"
                    | "year"
                    | "other"
            ))
}

/// The answer to a screening question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    Yes,
    Hedged,
    No,
    Unanswered,
}

const QUESTION_TRIGGERS: &[&str] = &[
    "asked",
    // "Le pregunté if she ever thinks about ...": Spanish in an English note.
    "pregunte",
    "asking",
    "ask",
    "asks",
    "screened",
    "screening",
    "inquired",
    "enquired",
    "enquiring",
    "inquiring",
    "probed",
    "queried",
    "questioned",
    "explored",
];

/// Index of a question trigger before `s` in the clause, if the mention is asked about.
pub(crate) fn question_before(toks: &[Tok], s: usize) -> Option<usize> {
    // The last question trigger before the mention, with no answer between them.
    // "I checked individually about being pushed", "we checked whether": the clinician's
    // check put as a question (not "checked her arms", not the client checking the door).
    let checked = |k: usize| {
        matches!(toks[k].norm.as_str(), "checked" | "check" | "checking")
            && toks[k.saturating_sub(2)..k]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "i" | "we"))
            && {
                // "I checked in like I do every month about cutting".
                let reach = if toks.get(k + 1).is_some_and(|t| t.is("in")) {
                    9
                } else {
                    3
                };
                toks[(k + 1).min(s)..(k + reach).min(s)]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "about" | "whether" | "if"))
            }
    };
    // "item ten, the one about harming herself, she scored zero": a screen item named by what
    // it asks is a question, answered by its score.
    let item_about = |k: usize| {
        (toks[k].is("about")
            && k >= 2
            && matches!(toks[k - 1].norm.as_str(), "one" | "item" | "question")
            && toks[k - 2].is("the"))
            // "item nine, thoughts of being better off dead, he scored zero".
            || (toks[k].is(",")
                && k >= 2
                && number(&toks[k - 1].norm).is_some()
                && matches!(toks[k - 2].norm.as_str(), "item" | "question"))
    };
    // "His case manager wondered whether he might have thoughts of harming himself": another
    // person's question, put to no one yet (a client wondering if she'd be better off dead
    // is no question).
    let wondered = |k: usize| {
        matches!(
            toks[k].norm.as_str(),
            "wondered" | "wonders" | "wondering" | "questioned"
        ) && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "whether" | "if"))
            && toks[k.saturating_sub(3)..k]
                .iter()
                .any(|t| super::actors::is_person_noun(&t.norm) && !t.norm.ends_with("'s"))
    };
    // "She told me, without my asking, that ...": a question not put.
    let unasked = |k: usize| {
        k >= 1
            && (toks[k - 1].is("without")
                || k >= 2
                    && toks[k - 2].is("without")
                    && matches!(
                        toks[k - 1].norm.as_str(),
                        "my" | "me" | "being" | "us" | "anyone"
                    ))
    };
    // "makes her ask for every loonie", "asked him for a lift": a request, not a question.
    let request = |k: usize| {
        let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
        // "has asked the nurse several times to 'give me the injection that ends it'": the
        // client's own words quoted as an imperative after "asked ... to" are a request.
        let asked_to_give = (k + 1..(k + 7).min(s)).any(|j| {
            w(j) == "to"
                && w(j + 1) == "\""
                && matches!(w(j + 2), "give" | "get" | "bring" | "let" | "help" | "hand")
                && !(k + 1..j).any(|i| matches!(w(i), "if" | "whether" | "about"))
        });
        // "the husband's family is asking more dowry": a sum asked without "for" is a demand.
        let demand = |i: usize| {
            matches!(
                w(i),
                "dowry" | "money" | "cash" | "rent" | "gold" | "payment" | "bride" | "lobola"
            )
        };
        matches!(w(k), "ask" | "asks" | "asked" | "asking")
            && (w(k + 1) == "for"
                || matches!(w(k + 1), "him" | "her" | "them" | "me" | "us") && w(k + 2) == "for"
                || asked_to_give
                || demand(k + 1)
                || matches!(w(k + 1), "more" | "extra" | "for") && demand(k + 2))
    };
    // "I opened the subject of suicide directly", "raised the topic of drinking": the
    // clinician putting a topic on the table is the question.
    let topic_opened = |k: usize| {
        matches!(
            toks[k].norm.as_str(),
            "subject" | "topic" | "question" | "issue" | "matter"
        ) && toks.get(k + 1).is_some_and(|t| t.is("of"))
            && k + 2 <= s
            && toks[k.saturating_sub(3)..k].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "opened"
                        | "open"
                        | "raised"
                        | "raise"
                        | "brought"
                        | "broached"
                        | "broach"
                        | "introduced"
                        | "approached"
                        | "tackled"
                )
            })
    };
    let Some(q) = (0..s).rev().find(|&k| {
        QUESTION_TRIGGERS.contains(&toks[k].norm.as_str()) && !unasked(k) && !request(k)
            || checked(k)
            || item_about(k)
            || wondered(k)
            || topic_opened(k)
    }) else {
        return fronted_question(toks, s)
            .or_else(|| dictated_question(toks, s))
            .or_else(|| named_enquiry(toks, s));
    };
    let answered_between = toks[q + 1..s].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "said"
                | "says"
                | "responded"
                | "replied"
                | "answered"
                | "denied"
                | "denies"
                | "deny"
                | "endorsed"
                | "endorses"
                | "admitted"
                | "admits"
                | "didn't"
                | "confirmed"
        )
    }) || toks[q + 1..s].windows(3).enumerate().any(|(i, p)| {
        // "I asked him about last weekend and he told me he smoked blues": a telling verb
        // with the client as its subject, in a clause joined after the question, opens the
        // answer, and the mention is what it told (a few words on, not a clause later).
        let told_at = q + 1 + i + 2;
        // "and she told me she wants to shove that girl": a few words on, with no clause
        // boundary between the telling and the mention.
        (told_at + 4 >= s
            || told_at + 7 >= s
                && !toks[told_at + 1..s]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "," | "and" | "but" | "." | ";" | "then")))
            && matches!(p[0].norm.as_str(), "and" | "," | "then" | "so")
            && matches!(p[1].norm.as_str(), "he" | "she" | "they" | "client" | "pt")
            && matches!(
                p[2].norm.as_str(),
                "told"
                    | "tells"
                    | "reported"
                    | "reports"
                    | "disclosed"
                    | "discloses"
                    | "mentioned"
                    | "explained"
                    | "acknowledged"
                    | "volunteered"
                    | "described"
            )
    });
    (!answered_between).then_some(q)
}

/// Whether the question at `q` is put by the client (or a relative), not the clinician: the
/// asking verb has them as its own subject ("she asked", "he keeps asking", "Mum asked me"),
/// and the clinician did not put it afterwards.
pub(crate) fn client_is_asker(toks: &[Tok], q: usize, s: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // The asking verb with the client (or a relative) as its own subject: "she asked",
    // "he keeps asking", "Mum asked me", "he wanted to know"; not "when asked".
    let asking = |n: &str| {
        matches!(
            n,
            "asked" | "asks" | "asking" | "wondered" | "wonders" | "wondering" | "know"
        )
    };
    let Some(v) = (q.saturating_sub(3)..=q).rev().find(|&k| asking(w(k))) else {
        return false;
    };
    let mut a = v;
    while a > 0
        && matches!(
            w(a - 1),
            "keeps" | "kept" | "also" | "then" | "wanted" | "to" | "'d"
        )
    {
        a -= 1;
    }
    let asker = a > 0 && {
        let t = &toks[a - 1];
        matches!(
            t.norm.as_str(),
            "she" | "he" | "they" | "mum" | "dad" | "mom" | "client" | "pt" | "patient"
        ) || (t.capital && !t.punct && a - 1 > 0 && !matches!(t.norm.as_str(), "i" | "we"))
            // "She kept the seeds in her bag and asked me how many ...": the asking verb
            // joined to a clause whose subject is the client.
            || matches!(t.norm.as_str(), "and" | "plus")
                && toks[..a - 1]
                    .iter()
                    .rev()
                    .find(|x| {
                        matches!(
                            x.norm.as_str(),
                            "she" | "he" | "they" | "i" | "we" | "client" | "pt" | "patient"
                        )
                    })
                    .is_some_and(|x| !matches!(x.norm.as_str(), "i" | "we"))
    };
    // "Mom asked if she should worry about him hurting himself, I asked Noah, he said no":
    // the clinician then put the question, and its answer counts.
    let clinician_asked = toks[s..].windows(2).any(|p| {
        matches!(p[0].norm.as_str(), "i" | "we")
            && matches!(p[1].norm.as_str(), "asked" | "checked" | "screened")
    });
    asker && !clinician_asked
}

/// "When I asked, she told me she took pills to end it all", "I asked and she tell me she
/// drink the Gramoxone": the client's telling stands between the question and the mention,
/// so the mention is what she told (her answer's content), not the topic still awaiting an
/// answer. A bare yes or no after the telling ("she told me no") is left to the answer rules.
pub(crate) fn told_between(toks: &[Tok], q: usize, s: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "asked if they were telling him to hurt anybody", "asked, given the scars she tells me
    // date from her teens, whether she has cut": a telling inside the question, or a question
    // still to come, leaves the mention asked about. The trigger found may follow its topic
    // ("Asked both parents about discipline, they say ..."), so topic words are sought from
    // the sentence's start.
    let asked_around = (0..s)
        .any(|j| matches!(w(j), "if" | "whether" | "about" | "re" | "regarding"))
        || (q + 1..s).any(|j| matches!(w(j), "how" | "what" | "when" | "why"));
    (q + 1..s).any(|k| {
        let telling = matches!(
            w(k),
            "told"
                | "tell"
                | "tells"
                | "telling"
                | "said"
                | "says"
                | "say"
                | "admitted"
                | "admits"
                | "admit"
                | "disclosed"
                | "discloses"
                | "confessed"
                | "confesses"
                | "replied"
                | "answered"
                | "explained"
        );
        let teller = (k.saturating_sub(2)..k)
            .any(|j| matches!(w(j), "she" | "he" | "they" | "client" | "pt" | "patient"));
        let mut c = k + 1;
        while matches!(w(c), "me" | "us" | "that" | "to" | ",") && c < s {
            c += 1;
        }
        let bare_answer = matches!(
            w(c),
            "no" | "yes" | "nope" | "yeah" | "yep" | "nah" | "never"
        );
        telling && teller && !bare_answer && c < s && !asked_around
    })
}

/// "He asked me whether the thoughts of drowning himself mean he's going mad": a question the
/// client puts about their own thoughts, named as theirs ("the thoughts of", "these urges"),
/// takes them as real, so it discloses them (a presupposition, not a possibility).
pub(crate) fn client_asks_about_own(toks: &[Tok], q: usize, s: usize) -> bool {
    if q >= s || s > toks.len() || !client_is_asker(toks, q, s) {
        return false;
    }
    toks[q + 1..s].windows(2).any(|p| {
        matches!(
            p[0].norm.as_str(),
            "the" | "these" | "those" | "his" | "her" | "their" | "my"
        ) && matches!(
            p[1].norm.as_str(),
            "thoughts" | "urges" | "images" | "impulses" | "voices" | "feelings"
        )
    })
}

/// "Mum asked me what she should do if she ever felt like hurting herself", "he keeps asking
/// what he would do if ...", "she asked whether it's normal to feel like you want to die": a
/// question the client (or someone else, not the clinician) asks about a possibility is no
/// screen and no disclosure.
pub(crate) fn asked_by_client(toks: &[Tok], q: usize, s: usize) -> bool {
    // A question fronted after the mention ("Whether ..., I asked") is the clinician's.
    if q >= s || s > toks.len() {
        return false;
    }
    if !client_is_asker(toks, q, s) {
        return false;
    }
    let possibility = toks[q..s].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "if" | "would" | "should" | "normal" | "could" | "ever" | "whether"
        )
    }) && toks[q..s].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "if" | "would" | "should" | "normal" | "could"
        )
    });
    // "She asked me whether other kids on the ward ever think about dying": a question about
    // other people's experience tells nothing of the asker's own.
    let about_others = toks[q + 1..s.min(q + 5)].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "other" | "others" | "people" | "anyone" | "anybody" | "everyone" | "everybody"
        )
    });
    // "He asked whether it's normal that he thinks about dying every day": a question whose
    // frame takes its content as true ("normal that he ...") discloses that content.
    // A bare infinitive ("normal to feel like you want to die") asks about anyone.
    let presupposed = toks[q..s].windows(3).any(|p| {
        matches!(
            p[0].norm.as_str(),
            "normal" | "okay" | "ok" | "weird" | "bad" | "wrong" | "strange" | "crazy"
        ) && p[1].norm == "that"
            && matches!(p[2].norm.as_str(), "he" | "she" | "they" | "i")
    });
    (possibility || about_others) && !presupposed
}

/// The words from `from` to the end of its sentence.
fn sentence_rest(toks: &[Tok], from: usize) -> Vec<&str> {
    toks[from.min(toks.len())..]
        .iter()
        .take_while(|t| !matches!(t.norm.as_str(), "." | ";" | "?" | "!"))
        .map(|t| t.norm.as_str())
        .collect()
}

/// "..., but that was years ago", "and that was back in college": a later clause that dates
/// what was just told ("that was" and a time long past).
pub(crate) fn dated_after(toks: &[Tok], e: usize) -> bool {
    let rest = sentence_rest(toks, e);
    // "but that was almost twenty years ago": a span of years, hedged or counted.
    let years_ago = (0..rest.len().saturating_sub(2)).any(|k| {
        matches!(rest[k], "that" | "this" | "it") && matches!(rest[k + 1], "was" | "were") && {
            let tail: Vec<&str> = rest[k + 2..]
                .iter()
                .copied()
                .skip_while(|x| {
                    matches!(
                        *x,
                        "almost"
                            | "nearly"
                            | "about"
                            | "around"
                            | "over"
                            | "some"
                            | "well"
                            | "more"
                            | "than"
                            | "like"
                            | "a"
                            | "good"
                    ) || number(x).is_some()
                })
                .take(2)
                .collect();
            matches!(tail.as_slice(), ["years" | "decades", "ago"])
        }
    });
    years_ago
        || rest.windows(4).any(|x| {
            matches!(x[0], "that" | "this" | "it")
                && matches!(x[1], "was" | "were")
                && (matches!(x[2], "ages" | "long") && x[3] == "ago"
                    || x[2] == "back" && matches!(x[3], "in" | "when" | "then")
                    || x[2] == "a" && x[3] == "long"
                    || x[2] == "in" && matches!(x[3], "school" | "college" | "childhood"))
        })
}

/// "Last self-harm was the cutting in January", "her last drink was at Easter": the last
/// episode, told as such, is history unless the sentence brings it to now ("last drink was
/// yesterday").
pub(crate) fn last_episode(toks: &[Tok], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let last = (s.saturating_sub(3)..s).any(|k| {
        matches!(w(k), "last" | "latest") || (w(k) == "recent" && k > 0 && w(k - 1) == "most")
    });
    let was = (e..toks.len().min(e + 4)).any(|k| matches!(w(k), "was" | "were"));
    let now = toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "today"
                | "yesterday"
                | "tonight"
                | "morning"
                | "weekend"
                | "week"
                | "days"
                | "day"
                | "hours"
                | "night"
                | "month"
                | "fortnight"
                | "weeks"
        )
    });
    last && was && !now
}

/// "Asked about the overdose two winters back, she says that was using, not trying to die":
/// "that was" before the mention takes up an event the sentence dated in the past, and the
/// mention describes that event.
pub(crate) fn describes_dated_event(toks: &[Tok], s: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if s < 2 || !matches!(w(s - 2), "that" | "it" | "this") || !matches!(w(s - 1), "was" | "were") {
        return false;
    }
    (1..s - 2).any(|k| {
        let unit = matches!(
            w(k),
            "years"
                | "months"
                | "weeks"
                | "winters"
                | "summers"
                | "springs"
                | "autumns"
                | "year"
                | "month"
                | "winter"
                | "summer"
        );
        (unit && matches!(w(k + 1), "ago" | "back" | "before"))
            || (w(k) == "last"
                && matches!(
                    w(k + 1),
                    "year" | "summer" | "winter" | "spring" | "autumn" | "fall" | "christmas"
                ))
    })
}

/// "His wife worried he was back to drinking, but he says he hasn't touched a drop", "his
/// manager suspected he was huffing, but he denied it", "her mam rang to say she's drinking
/// again, but she denies it": someone else's suspicion or report that the
/// client answers with a denial after "but" is an unconfirmed report (FORMATS §4.1 counts
/// collateral only when confirmed); the mention it names is denied.
///
/// The answer may also come as "and he said no, he's never ..." in the same sentence, or open
/// the next sentence ("Her sister says he's hitting her again. Client said no, he hasn't
/// touched her since ..."): an answer given, not one still owed.
pub(crate) fn suspicion_denied(toks: &[Tok], s: usize, e: usize, next: Option<&[Tok]>) -> bool {
    suspicion_answered(toks, s, e, false)
        || next.is_some_and(|n| suspicion_answered(toks, s, e, true) && denial_answer(n, 0, true))
}

/// "Asked about dying thoughts. No. Hurting self. No.": a screening topic said as a bare
/// fragment (no subject, a few words) and answered by a sentence that is only "no", "none" or
/// "denies" is a denial of that topic.
pub(crate) fn topic_answered_no(toks: &[Tok], next: Option<&[Tok]>) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| !t.punct)
        .map(|t| t.norm.as_str())
        .collect();
    let subject = words.iter().any(|w| {
        matches!(
            *w,
            "he" | "she" | "they" | "i" | "we" | "you" | "he's" | "she's" | "they're" | "i'm"
        )
    });
    // "Asked straight out about hurting herself. No. About wishing she was dead. No, oh my
    // heck, no.": a fragment opening on "about" carries the asking on, subject and all.
    let carried = matches!(words.first(), Some(&"about"))
        || words.len() > 1 && matches!(words[0], "and" | "what" | "how") && words[1] == "about";
    // "Yaba, kratom? 'No, never, na.'", "Think to die, hurt himself? 'No, no ...'": a topic
    // dictated as a question, answered by the next sentence.
    let asked = toks
        .iter()
        .rev()
        .find(|t| !matches!(t.norm.as_str(), "'" | "\""))
        .is_some_and(|t| t.is("?"));
    if words.is_empty()
        || (!carried && !asked && (words.len() > 4 || subject))
        || (asked && subject)
        // "Anyone hurting her at home or at his place? No.": a dictated question may run
        // longer than a topic.
        || words.len() > if asked { 16 } else { 8 }
    {
        return false;
    }
    let Some(n) = next else {
        return false;
    };
    let answer: Vec<&str> = n
        .iter()
        .filter(|t| !t.punct)
        .map(|t| t.norm.as_str())
        .collect();
    if matches!(
        answer.as_slice(),
        ["no"] | ["none"] | ["nil"] | ["denies"] | ["denied"] | ["never"] | ["no", "no"]
    ) {
        return true;
    }
    // "Vape, drinking, weed? No to all, 'Coach would bench me.'": one "no" for the whole list,
    // with at most a reason after it that grants nothing.
    let to_all = matches!(
        answer.as_slice(),
        [
            "no",
            "to",
            "all" | "both" | "any" | "either" | "everything" | "each",
            ..
        ] | [
            "none",
            "of",
            "it" | "them" | "those" | "that" | "the" | "these",
            ..
        ] | ["all", "no", ..]
            | ["negative", "to" | "for", "all" | "both" | "each", ..]
    );
    if to_all
        && !answer.iter().any(|w| {
            matches!(
                *w,
                "yes" | "yeah" | "but" | "except" | "sometimes" | "once" | "apart" | "besides"
            )
        })
    {
        return true;
    }
    // A "no" said with feeling ("No, oh my heck, no", "Nope, never"): a no that opens and
    // closes the answer, with nothing in it that grants a part.
    let grants = answer.iter().any(|w| {
        matches!(
            *w,
            "yes"
                | "yeah"
                | "sometimes"
                | "maybe"
                | "once"
                | "but"
                | "except"
                | "little"
                | "bit"
                | "used"
                | "though"
                | "kind"
                | "sort"
                | "not"
                | "anymore"
                | "lately"
                | "now"
        )
    });
    let opens_no = matches!(answer.first(), Some(&("no" | "nope" | "nah" | "never")));
    // A question's answer may give its reason after the no ("No, no, I have my daughter").
    (carried
        && answer.len() <= 6
        && !grants
        && opens_no
        && matches!(answer.last(), Some(&("no" | "nope" | "nah" | "never"))))
        || (asked
            && answer.len() <= 8
            && !grants
            && opens_no
            // "No, only on weekends", "No, just a beer": an amount or a time after the no
            // grants a part.
            && !answer.iter().any(|w| {
                matches!(
                    *w,
                    "only"
                        | "just"
                        | "occasionally"
                        | "socially"
                        | "weekend"
                        | "weekends"
                        | "twice"
                        | "few"
                        | "couple"
                        | "one"
                        | "two"
                        | "three"
                        | "still"
                        | "less"
                        | "more"
                        | "often"
                        | "daily"
                        | "night"
                        | "nights"
                        | "then"
                        | "apart"
                        | "besides"
                )
            }))
}

/// Whether the answer after `b` (a "but", or a verb of saying with its "no") denies the act
/// itself, not the wish to talk of it; `opening`: `b` opens a sentence of its own, which must
/// say "no" or deny with a verb of saying and admit nothing.
fn denial_answer(toks: &[Tok], b: usize, opening: bool) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let stop = |k: usize| matches!(w(k), "." | ";" | "?" | "!");
    if opening {
        let admits = toks.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "admitted" | "admits" | "confirmed" | "confirms" | "yes" | "agreed" | "agrees"
            )
        });
        // A question of its own ("I asked him whether he's had thoughts of ...") gets an
        // answer of its own.
        let asked = toks
            .iter()
            .any(|t| matches!(t.norm.as_str(), "asked" | "asking" | "asks" | "screened"));
        if asked {
            return false;
        }
        let said_no = (0..toks.len().saturating_sub(1)).any(|k| {
            matches!(w(k), "said" | "says" | "replied" | "answered" | "insisted")
                && matches!(w(k + 1), "no" | "never" | "nothing" | "none")
                || matches!(w(k), "denied" | "denies")
        });
        return said_no && !admits;
    }
    (b + 1..toks.len()).take_while(|&k| !stop(k)).any(|k| {
        let n = w(k);
        let negator = matches!(n, "never" | "not") || n.ends_with("n't");
        matches!(n, "denied" | "denies" | "denying")
            || negator
                && !matches!(
                    w(k + 1),
                    "want"
                        | "wants"
                        | "talk"
                        | "say"
                        | "know"
                        | "remember"
                        | "sure"
                        | "like"
                        | "think"
                        | "answer"
                        | "discuss"
                )
                && (k + 1..(k + 4).min(toks.len())).any(|j| {
                    matches!(
                        w(j),
                        "touched"
                            | "used"
                            | "had"
                            | "drunk"
                            | "drank"
                            | "drinking"
                            | "using"
                            | "done"
                            | "taken"
                            | "took"
                            | "cut"
                            | "cutting"
                            | "hurt"
                            | "smoked"
                            | "smoking"
                            | "any"
                            | "anything"
                            | "a"
                            | "drink"
                            | "use"
                            | "been"
                            | "hit"
                            | "hitting"
                            | "put"
                            | "laid"
                    )
                })
    })
}

/// [`suspicion_denied`]'s report and, unless `elsewhere` (the answer is in the next
/// sentence), its answer in this sentence.
fn suspicion_answered(toks: &[Tok], s: usize, e: usize, elsewhere: bool) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let stop = |k: usize| matches!(w(k), "." | ";" | "?" | "!");
    let Some(v) = (s.saturating_sub(8)..s).rev().find(|&k| {
        matches!(
            w(k),
            "worried"
                | "worries"
                | "suspected"
                | "suspects"
                | "feared"
                | "fears"
                | "accused"
                | "accuses"
                | "rumours"
                | "rumors"
                | "rumoured"
                | "rumored"
                | "wondered"
                | "wonders"
                | "convinced"
                | "thought"
                | "thinks"
                // "Mum reckons he's been on the cones again, but he was adamant he hasn't
                // touched it": a relative's belief.
                | "reckons"
                | "reckoned"
                | "believes"
                | "believed"
                | "insists"
                | "insisted"
                | "swears"
                | "swore"
                // "Her mam rang to say she's been drinking again, but she denies it": a
                // report brought by someone else is collateral too.
                | "rang"
                | "called"
                | "phoned"
                | "texted"
                | "emailed"
                | "told"
                | "tells"
                | "reported"
                | "reports"
                | "claims"
                | "claimed"
                | "alleged"
                | "alleges"
                | "says"
                | "said"
                | "saying"
        )
    }) else {
        return false;
    };
    if (v..s).any(stop) {
        return false;
    }
    // The suspicion is someone else's: a person named as its subject.
    // "Mum reckons ...": a bare relation word opening the sentence is a person too.
    let suspecter = (v.saturating_sub(4)..v).any(|k| {
        super::actors::person_at(toks, k).is_some_and(|(rel, _)| rel != super::actors::Rel::Anyone)
            || super::actors::is_relation(&toks[k].norm)
    });
    if !suspecter {
        return false;
    }
    if elsewhere {
        // Nothing after the report in this sentence may confirm or answer it.
        return (e..toks.len()).take_while(|&k| !stop(k)).all(|k| {
            !matches!(
                w(k),
                "but" | "confirmed" | "confirms" | "admitted" | "admits" | "saw" | "seen"
            )
        });
    }
    // "..., and he said no, he's never put a belt to that boy": the answer told with "and".
    let Some(b) = (e..toks.len()).take_while(|&k| !stop(k)).find(|&k| {
        w(k) == "but"
            || w(k) == "and"
                && (k + 1..(k + 4).min(toks.len())).any(|j| {
                    matches!(w(j), "said" | "says" | "replied" | "answered")
                        && matches!(w(j + 1), "no" | "never")
                })
    }) else {
        return false;
    };
    // A denial of the act itself, not an evasion ("but he doesn't want to talk about it").
    denial_answer(toks, b, false)
}

/// "She asked whether it's normal to get thoughts of hurting the baby, and said they come
/// most days": a question the client goes on to answer for herself ("they come", "she has
/// them") tells of her own thoughts.
pub(crate) fn owned_after(toks: &[Tok], q: usize, s: usize, end: usize) -> bool {
    if q >= s || s > toks.len() || !client_is_asker(toks, q, s) {
        return false;
    }
    sentence_rest(toks, end).windows(4).any(|w| {
        matches!(
            w[0],
            "said" | "says" | "admitted" | "admits" | "added" | "adds"
        ) && (matches!(w[1], "they" | "these" | "it")
            && matches!(
                w[2],
                "come"
                    | "comes"
                    | "happen"
                    | "happens"
                    | "keep"
                    | "keeps"
                    | "started"
                    | "pop"
                    | "pops"
                    | "arrive"
                    | "arrives"
                    | "show"
                    | "shows"
                    | "hit"
                    | "hits"
            )
            || matches!(w[1], "she" | "he")
                && matches!(w[2], "has" | "gets" | "had" | "got" | "have")
                && matches!(w[3], "them" | "these" | "those" | "it"))
    })
}

/// "Whether he has had thoughts of suicide, I asked, and he said no": a question fronted
/// before its trigger, which the clinician puts ("I asked"); the trigger's index.
fn fronted_question(toks: &[Tok], s: usize) -> Option<usize> {
    if !toks.first().is_some_and(|t| t.is("whether")) {
        return None;
    }
    (s + 1..toks.len()).find(|&k| {
        QUESTION_TRIGGERS.contains(&toks[k].norm.as_str())
            && matches!(toks[k - 1].norm.as_str(), "i" | "we")
    })
}

/// "DV routine enquiry done with Mum alone, says no": the routine enquiry named by its topic
/// (NICE PH50) is a question put, answered by what follows; the enquiry word's index.
fn named_enquiry(toks: &[Tok], s: usize) -> Option<usize> {
    (s + 1..(s + 4).min(toks.len())).find(|&k| {
        matches!(toks[k].norm.as_str(), "enquiry" | "inquiry")
            && toks[s + 1..k].iter().all(|t| !t.punct)
    })
}

/// "Any urges to hurt herself or thoughts of dying? Also no.": a screening question dictated
/// as a question, whose answer is the next sentence; the question's first word.
fn dictated_question(toks: &[Tok], s: usize) -> Option<usize> {
    let last = toks.iter().rposition(|t| !t.is("\""))?;
    let opens = toks.first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "any"
                | "did"
                | "does"
                | "do"
                | "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "thoughts"
                | "urges"
                | "plans"
                | "intent"
                | "ever"
        )
    });
    // "Thoughts of ending it? No, none.": the mention may open the question itself when the
    // question is a bare noun phrase.
    let bare_topic = s == 0
        && toks.first().is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "thoughts" | "urges" | "plans" | "intent" | "any"
            )
        });
    // "Hurting himself? 'No ma'am.'", "Cutting? Nope": a question of four words or fewer
    // that is the mention itself.
    let bare_short = s == 0 && toks.iter().filter(|t| !t.punct).count() <= 4;
    (toks[last].is("?") && (opens && (s > 0 || bare_topic) || bare_short)).then_some(0)
}

/// "Problem: risk of violence linked to paranoid ideas, per care plan": a risk named as the
/// plan's problem heading, with no level and no event, is the topic being managed.
pub(crate) fn problem_heading(toks: &[Tok], s: usize) -> bool {
    let heading = matches!(
        toks.first().map(|t| t.norm.as_str()),
        Some("problem" | "goal" | "target" | "focus" | "issue" | "presenting")
    ) && toks.iter().take(4).any(|t| t.is(":"));
    let risk_of = s >= 2
        && matches!(toks[s - 1].norm.as_str(), "of" | "to")
        && toks[s - 2].is("risk")
        && toks[..s - 2].iter().all(|t| {
            t.is(":")
                || t.is("problem")
                || t.is("presenting")
                || t.is("goal")
                || t.is("target")
                || t.is("focus")
                || t.is("issue")
        });
    heading && risk_of
}

/// "Goal two is to cut back the drinking": a treatment goal names its target, not an event;
/// the memo's other sentences say how the drinking stands.
pub(crate) fn reduction_goal(toks: &[Tok], s: usize) -> bool {
    let before: Vec<&str> = toks[s.saturating_sub(8)..s]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let aim = before.iter().any(|x| {
        matches!(
            *x,
            "goal" | "goals" | "aim" | "aims" | "target" | "objective"
        )
    });
    let n = before.len();
    let reduce = before[n.saturating_sub(4)..]
        .windows(2)
        .any(|p| matches!(p[0], "cut" | "cutting") && matches!(p[1], "back" | "down" | "out"))
        || before[n.saturating_sub(3)..].iter().any(|x| {
            matches!(
                *x,
                "reduce" | "reducing" | "stop" | "stopping" | "quit" | "quitting"
            )
        });
    aim && reduce
}

/// "He named isolation and drinking as his high-risk states", "identified using as a
/// trigger": a relapse-prevention list names what could set off use; it tells no use.
pub(crate) fn named_as_trigger(toks: &[Tok], s: usize, e: usize) -> bool {
    let named = toks[s.saturating_sub(5)..s].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "named"
                | "names"
                | "naming"
                | "identified"
                | "identifies"
                | "listed"
                | "lists"
                | "picked"
        )
    });
    let after: Vec<&str> = toks[e.min(toks.len())..toks.len().min(e + 7)]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let as_trigger = after.iter().position(|x| *x == "as").is_some_and(|a| {
        after[a + 1..(a + 5).min(after.len())].iter().any(|x| {
            matches!(
                *x,
                "trigger" | "triggers" | "high-risk" | "warning" | "risky" | "danger"
            )
        }) || after[a + 1..]
            .windows(2)
            .any(|w| w[0] == "high" && w[1] == "risk")
            || after[a + 1..]
                .windows(3)
                .any(|w| w[0] == "high" && w[2] == "risk")
    });
    named && as_trigger
}

/// "She said she could have strangled him, then laughed": "could have" before a killing verb
/// is exasperation told as a counterfactual, with no act and no intent. "Could have killed
/// him if ...", "... with a knife" and "still wants to" keep the reading.
pub(crate) fn counterfactual_exasperation(toks: &[Tok], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let killing = matches!(
        w(s),
        "killed"
            | "strangled"
            | "murdered"
            | "throttled"
            | "kill"
            | "strangle"
            | "murder"
            | "throttle"
    );
    let could =
        (s >= 1 && w(s - 1) == "could've") || (s >= 2 && w(s - 2) == "could" && w(s - 1) == "have");
    let kept = toks[e.min(toks.len())..]
        .iter()
        .take_while(|t| !t.is("."))
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "if" | "with" | "still" | "intends" | "meant"
            )
        });
    killing && could && !kept
}

/// Reads the answer after a question: the rest of the clause, and the next clause when the
/// answer is not in this one ("Asked if she has hurt herself; she said no.").
/// `before` is the sentence before the question ("you said no when I asked about ...").
/// "kind of", "sort of" as a hedge ("she said kind of, sometimes"), not as a noun phrase
/// after a determiner ("not that kind of low", "no sort of plan").
fn kind_of_hedge(s: &[&str], own_clause: &dyn Fn(usize) -> bool) -> bool {
    let gesture = |k: usize| s.get(k + 2).is_some_and(|x| softens_asking_or_manner(x));
    (0..s.len().saturating_sub(1)).any(|k| {
        matches!(s[k], "kind" | "sort")
            && s[k + 1] == "of"
            && !gesture(k)
            && !own_clause(k)
            && !(k > 0 && KIND_DETERMINERS.contains(&s[k - 1]))
    })
}

/// The word a degree hedge softens names the asking, a manner of saying, a gesture or the
/// clinician's belief ("I kind of asked him", "'no, doctor,' kind of firm", "kinda laughed",
/// "she said no to both, kind of rolled her eyes", "I sort of believe her"): the hedge is the
/// clinician's manner, not doubt about the risk or its answer ("kind of admitted it" stays a
/// hedged answer).
fn softens_asking_or_manner(x: &str) -> bool {
    let gesture = x.ends_with("ed")
        && !matches!(
            x,
            "admitted"
                | "agreed"
                | "denied"
                | "confirmed"
                | "nodded"
                | "shrugged"
                | "conceded"
                | "acknowledged"
                | "endorsed"
                | "answered"
                | "replied"
                | "hesitated"
        );
    gesture
        || matches!(
            x,
            "asked"
                | "ask"
                | "asking"
                | "checked"
                | "screened"
                | "enquired"
                | "inquired"
                | "believe"
                | "believed"
                | "trust"
                | "trusted"
                | "firm"
                | "firmly"
                | "quick"
                | "quickly"
                | "quiet"
                | "quietly"
                | "flat"
                | "flatly"
                | "sharp"
                | "sharply"
                | "loud"
                | "loudly"
                | "shy"
                | "shyly"
                | "casual"
                | "casually"
                | "laughing"
                | "smiling"
                | "giggling"
                | "grinning"
                | "shaking"
                | "shook"
                | "gently"
                | "directly"
                | "straight"
                | "carefully"
                | "softly"
                | "predictably"
                | "calm"
                | "calmly"
                | "honestly"
                | "sincerely"
                | "clearly"
                | "bluntly"
                | "openly"
                | "plainly"
        )
}

pub(crate) fn answer(before: &[Tok], rest: &[Tok], next_clause: Option<&[Tok]>) -> Answer {
    // "She answered no when I asked about ..., and said that's been true for weeks": an
    // answer given before the question stands unless what follows answers otherwise in
    // words of its own (a bare "she said" after it is no second answer).
    // 'He said, "Nah, no more thoughts about eating my gun," when I asked about suicide':
    // the quoted reply's first word, past its comma and quote marks.
    let answered_first = before.iter().enumerate().any(|(i, p)| {
        matches!(p.norm.as_str(), "said" | "answered" | "replied")
            && before[i + 1..]
                .iter()
                .find(|t| !t.punct)
                .is_some_and(|t| matches!(t.norm.as_str(), "no" | "nah" | "nope" | "never"))
    });
    if answered_first
        && classify(before) == Answer::No
        && classify_with(rest, false) == Answer::Unanswered
    {
        return Answer::No;
    }
    let rest = &rest[..hedge_of_own_clause(rest).unwrap_or(rest.len())];
    let a = classify(rest);
    if a != Answer::Unanswered || has_unanswered_cue(rest) {
        return a;
    }
    let b = classify(before);
    if b != Answer::Unanswered {
        return b;
    }
    match next_clause {
        Some(n) => classify(n),
        None => Answer::Unanswered,
    }
}

/// Whether the word after a hedge opens a predicate of its own: a subject, an auxiliary or a
/// gesture ("maybe he seems tired", "and maybe hasn't for a while", "sort of nods").
fn opens_own_predicate(a: &str) -> bool {
    matches!(
        a,
        "he" | "she"
            | "he's"
            | "she's"
            | "they're"
            | "they"
            | "i"
            | "it"
            | "his"
            | "her"
            | "their"
            | "the"
            | "a"
            | "hasn't"
            | "has"
            | "is"
            | "was"
            | "seems"
            | "seemed"
            | "looks"
            | "looked"
            | "nods"
            | "nodded"
            | "nodding"
            | "shrugged"
            | "shrugs"
            | "smiled"
            | "smiles"
            | "agreed"
            | "agrees"
            | "laughed"
    )
}

/// "she said no, none, maybe just tired", "no thoughts of killing himself, maybe some
/// boredom": a hedge whose phrase (past "just", "some", "a bit") names a plain mood or
/// weariness offers another reading of the client's state, not a doubt about the answer.
fn hedges_a_mood(w: &[&str], from: usize) -> bool {
    let first = w.iter().skip(from).copied().find(|x| {
        !matches!(
            *x,
            "just"
                | "only"
                | "some"
                | "a"
                | "bit"
                | "little"
                | "of"
                | "more"
                | "rather"
                | "quite"
                | "mostly"
                | "kind"
                | "sort"
        )
    });
    first.is_some_and(|x| {
        matches!(
            x,
            "tired"
                | "exhausted"
                | "bored"
                | "boredom"
                | "sad"
                | "sadness"
                | "stressed"
                | "stress"
                | "lonely"
                | "loneliness"
                | "anxious"
                | "anxiety"
                | "worried"
                | "worry"
                | "frustrated"
                | "frustration"
                | "upset"
                | "grumpy"
                | "irritable"
                | "irritability"
                | "sleepy"
                | "fatigue"
                | "fatigued"
                | "weary"
                | "homesick"
                | "overwhelmed"
                | "restless"
                | "cranky"
                | "drained"
                | "nervous"
                | "nerves"
                | "grief"
                | "grieving"
                | "jetlagged"
                | "hungover"
        )
    }) && !doubts_denial(w, from)
}

/// Whether the hedged predicate from `from` to its clause's end doubts the denial itself
/// ("maybe she is hiding it", "maybe not telling the truth").
fn doubts_denial(w: &[&str], from: usize) -> bool {
    w.iter()
        .skip(from)
        .take_while(|x| !matches!(**x, "," | ";" | ":" | "." | "but"))
        .any(|x| {
            matches!(
                *x,
                "honest"
                    | "hiding"
                    | "hides"
                    | "hid"
                    | "lying"
                    | "lie"
                    | "lies"
                    | "holding"
                    | "holds"
                    | "truth"
                    | "true"
                    | "sure"
                    | "unsure"
                    | "not"
                    | "never"
                    | "concealing"
                    | "telling"
                    | "admit"
                    | "admitting"
                    | "denying"
                    | "minimising"
                    | "minimizing"
                    | "downplaying"
            ) || x.ends_with("n't")
        })
}

/// "he says no, not at all; maybe he seems tired", "he said no, never, and the mother sort
/// of nods": where an answer goes on past a joint into a hedged predicate of its own (a
/// subject, an auxiliary or a gesture after the hedge), the position of that joint; the
/// hedge there qualifies the new predicate, not the answer. A doubt about the answer itself
/// ("but maybe she is hiding it") keeps it.
fn hedge_of_own_clause(rest: &[Tok]) -> Option<usize> {
    let w: Vec<&str> = rest.iter().map(|t| t.norm.as_str()).collect();
    let answered = w
        .iter()
        .position(|x| matches!(*x, "no" | "nope" | "nah" | "never" | "denies" | "denied"))?;
    (answered + 1..w.len()).find_map(|i| {
        let sort = matches!(w[i], "sort" | "kind") && w.get(i + 1) == Some(&"of");
        if !(sort || matches!(w[i], "maybe" | "perhaps" | "possibly" | "probably")) {
            return None;
        }
        let joint = (answered + 1..i)
            .rev()
            .find(|&j| matches!(w[j], "," | ";" | ":" | "but" | "and"))?;
        let after = w.get(i + if sort { 2 } else { 1 }).copied()?;
        let own = opens_own_predicate(after) || hedges_a_mood(&w, i + 1);
        // Between the joint and the hedge, at most the hedged predicate's subject.
        let subject_only = i - joint <= 3;
        let doubt = doubts_denial(&w, i + if sort { 3 } else { 2 });
        (own && subject_only && !doubt).then_some(joint)
    })
}

/// "I asked about suicidal thoughts, self-harm, and whether she feels safe with her
/// boyfriend; she said no, no, and yes": answers given in the order of the questions. The
/// mention at `s..e` (asked from `q`) takes the answer of its place in the list, when the
/// answers number the questions. `end` bounds the reply.
pub(crate) fn respective_answer(
    toks: &[Tok],
    q: usize,
    s: usize,
    e: usize,
    end: usize,
) -> Option<Answer> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // Item boundaries: a comma, or "and"/"or" not right after one.
    let boundaries = |from: usize, to: usize| {
        (from..to)
            .filter(|&k| w(k) == "," || (matches!(w(k), "and" | "or") && k > 0 && w(k - 1) != ","))
            .count()
    };
    let opener = (q..s)
        .rev()
        .find(|&k| matches!(w(k), "about" | "whether" | "asked" | "if" | "screened"))?;
    let idx = boundaries(opener + 1, s);
    let verb = (e..end).find(|&k| matches!(w(k), "said" | "answered" | "replied"))?;
    let reply_start = (e..verb).find(|&k| matches!(w(k), ";" | "she" | "he" | "they"))?;
    let total = idx + 1 + boundaries(e, reply_start);
    let mut answers = Vec::new();
    for k in verb + 1..end {
        match w(k) {
            "no" | "nope" | "never" => answers.push(Answer::No),
            "yes" | "yeah" | "yep" => answers.push(Answer::Yes),
            "," | "and" | "to" | "both" => {}
            _ => break,
        }
    }
    (answers.len() >= 2 && answers.len() == total).then(|| answers[idx])
}

fn has_unanswered_cue(w: &[Tok]) -> bool {
    let s: Vec<&str> = w.iter().map(|t| t.norm.as_str()).collect();
    let joined = s.join(" ");
    [
        "ran out of time",
        "didn't answer",
        "did not answer",
        "declined to answer",
        "refused to answer",
        "wouldn't answer",
        "would not answer",
        "no answer",
        "changed the subject",
        "wouldn't say .",
        "wouldn't say yes",
        "wouldn't say either",
        "wouldn't say ,",
        "wouldn't say what",
        "wouldn't say if",
        "wouldn't say whether",
        "did not respond",
        "didn't respond",
        "before she answered",
        "before he answered",
        "before they answered",
        "could answer",
        // "said she'd rather not talk about it today": a question declined is unanswered.
        "rather not talk",
        "rather not say",
        "rather not discuss",
        "rather not go into",
        "want to talk about it",
        "ready to talk about it",
        "declined to",
        "wouldn't discuss",
        "would not discuss",
        "didn't want to discuss",
    ]
    .iter()
    .any(|p| joined.contains(p))
        || joined.trim_end().ends_with("wouldn't say")
}

fn classify(w: &[Tok]) -> Answer {
    classify_with(w, true)
}

/// The answer words after a mention negated in its own words, asked about ("When I asked, you
/// told me you haven't had any thoughts of ending your life, and you said your girls keep you
/// strong"): the mention is the answer, and only an answer word ("yes", "sometimes", "but
/// admitted ...") turns it; a clause that merely reports speech does not.
pub(crate) fn answer_past_own_negation(rest: &[Tok]) -> Answer {
    classify_with(rest, false)
}

/// `spoke_answers`: whether a bare report of speech ("she said ...") counts as an answer.
fn classify_with(w: &[Tok], spoke_answers: bool) -> Answer {
    if has_unanswered_cue(w) {
        return Answer::Unanswered;
    }
    let s: Vec<&str> = w.iter().map(|t| t.norm.as_str()).collect();
    // "did not say no", "wouldn't deny it", "didn't rule it out": a negated refusal is not a
    // denial; read as a yes that a person must check.
    let negator = |x: &str| matches!(x, "not" | "never" | "n't") || x.ends_with("n't");
    let refused_refusal = s.windows(3).any(|x| {
        negator(x[0]) && matches!(x[1], "say" | "said" | "answer" | "answered") && x[2] == "no"
    }) || s.windows(2).any(|x| {
        // "he didn't fuss, said yeah", "she didn't argue": no resistance to what was put.
        negator(x[0])
            && matches!(
                x[1],
                "deny"
                    | "denied"
                    | "refuse"
                    | "rule"
                    | "fuss"
                    | "argue"
                    | "dispute"
                    | "disagree"
                    | "object"
                    | "protest"
            )
    });
    // "He said he'd be lying if he said never", "not never, but not often": the litotes
    // answers yes.
    let lying_if = s
        .windows(2)
        .any(|x| matches!(x[0], "lying" | "lie") && x[1] == "if")
        && s.iter().any(|x| matches!(*x, "never" | "no" | "not"));
    // "she's not not thinking about it", "can't not think about it": two negations in a
    // row cancel (FORMATS §4.3, double negation is an affirmation).
    // "I wouldn't never", "he don't never": negative concord (Southern US, AAVE and many
    // British dialects) is one emphatic no after a verb's own negation; "it's not never"
    // is litotes.
    let concord = |a: &str| {
        matches!(
            a,
            "wouldn't" | "won't" | "don't" | "didn't" | "doesn't" | "ain't" | "couldn't"
        )
    };
    let not_never = s
        .windows(2)
        .any(|x| negator(x[0]) && matches!(x[1], "never" | "not") && !concord(x[0]))
        // "she couldn't tell me they never come", "can't promise it won't happen".
        || (0..s.len()).any(|k| {
            negator(s[k])
                && {
                    // One adverb may stand between: "couldn't honestly say she hasn't".
                    let v = if matches!(
                        s.get(k + 1),
                        Some(&("honestly" | "really" | "truthfully" | "exactly"))
                    ) {
                        k + 2
                    } else {
                        k + 1
                    };
                    matches!(
                        s.get(v),
                        Some(&("say" | "tell" | "promise" | "swear" | "claim" | "guarantee"))
                    ) && s[(v + 1).min(s.len())..(v + 6).min(s.len())].iter().any(|x| {
                        matches!(
                            *x,
                            "never"
                                | "won't"
                                | "wouldn't"
                                | "not"
                                | "hasn't"
                                | "haven't"
                                | "hadn't"
                                | "doesn't"
                                | "didn't"
                                | "isn't"
                        )
                    })
                }
        });
    if refused_refusal || lying_if || not_never {
        return Answer::Hedged;
    }
    // "he said back in high school he burned his arm a few times, nothing since": a past act
    // told with nothing since answers no for now.
    // Only for an act told as long past ("back in high school", "years ago"): "yes, last
    // week, nothing since Friday" is a yes.
    let long_past = s.iter().any(|x| {
        matches!(
            *x,
            "school"
                | "college"
                | "teens"
                | "teenager"
                | "younger"
                | "kid"
                | "child"
                | "years"
                | "decades"
                | "ages"
                | "university"
                | "uni"
                | "twenties"
                | "army"
        )
    });
    let recent = s.iter().any(|x| {
        matches!(
            *x,
            "yes"
                | "yeah"
                | "yep"
                | "aye"
                | "last"
                | "week"
                | "weeks"
                | "month"
                | "yesterday"
                | "recently"
                | "days"
        )
    });
    if long_past
        && !recent
        && s.windows(2).any(|x| {
            matches!(x[0], "nothing" | "none" | "not") && matches!(x[1], "since" | "recently")
        })
    {
        return Answer::No;
    }
    let pair = |a: &str, b: &[&str]| s.windows(2).any(|x| x[0] == a && b.contains(&x[1]));
    // "she said she quit twelve years ago, and her sister confirmed it": a third party's
    // confirming is corroboration of the answer, not an answer of yes.
    // "a couple of beers on a Friday and that's it, which she confirmed": "which" takes up
    // the answer just given, whoever confirms it.
    // "she said no, and her mother nodded": a relative's nod or agreement too, whatever the
    // word for them ("and the grand frère confirmed it").
    let corroborated = |k: usize| {
        matches!(
            s[k],
            "confirmed" | "confirms" | "confirm" | "nodded" | "nods" | "agreed" | "agrees"
        ) && s[k.saturating_sub(3)..k].iter().any(|x| {
            matches!(
                *x,
                "which"
                    | "sister"
                    | "brother"
                    | "wife"
                    | "husband"
                    | "partner"
                    | "mother"
                    | "mum"
                    | "mom"
                    | "father"
                    | "dad"
                    | "daughter"
                    | "son"
                    | "supervisor"
                    | "boss"
                    | "teacher"
                    | "letter"
                    | "records"
                    | "record"
                    | "pharmacy"
                    | "test"
                    | "screen"
                    | "gp"
                    | "doctor"
                    | "officer"
                    | "coach"
                    | "nurse"
                    | "carer"
                    | "worker"
                    | "staff"
                    | "school"
                    | "friend"
                    | "aunt"
                    | "aunty"
                    | "auntie"
                    | "uncle"
                    | "gran"
                    | "grandma"
                    | "nan"
            ) || super::actors::is_relation(x)
        }) || (s[k.saturating_sub(4)..k].contains(&"and")
            && s[k.saturating_sub(3)..k]
                .iter()
                .any(|x| matches!(*x, "the" | "his" | "her" | "their")))
    };
    let yes = s.iter().enumerate().any(|(k, t)| {
        !corroborated(k)
            && matches!(
            *t,
            "yes"
                | "yeah"
                | "yep"
                | "endorsed"
                | "endorses"
                | "admitted"
                | "admits"
                | "acknowledged"
                | "nodded"
                | "sometimes"
                | "often"
                | "daily"
                | "confirmed"
                | "twice"
                | "once"
        )
    }) || pair("crosses", &["her", "his", "their", "my"])
        // "she scored two on it": a screen item's score above zero.
        || s.windows(2).any(|x| {
            x[0] == "scored" && number(x[1]).is_some_and(|n| n > 0) && x[1] != "last"
        })
        || pair("at", &["times"])
        || pair("few", &["times"])
        // "she went quiet and then showed me the fresh marks on her hip": shown, not said.
        // Old or healed ones ("showed me old scars") show history, not an answer of yes.
        || (1..s.len()).any(|v| {
            matches!(s[v - 1], "showed" | "shows" | "show")
                && matches!(s[v], "me" | "us")
                && (v + 1..(v + 5).min(s.len())).any(|k| {
                matches!(
                    s[k],
                    "marks" | "cuts" | "scars" | "burns" | "bruises" | "wounds" | "scratches"
                        | "cut" | "burn"
                ) && !s[k.saturating_sub(2)..k].iter().any(|p| {
                    matches!(*p, "old" | "healed" | "faded" | "white" | "silvery" | "former")
                })
            })
        })
        // "she said not as much as before", "less often now": less of it is still some.
        || s.windows(3).any(|x| {
            x[0] == "not"
                && x[1] == "as"
                && matches!(
                    x[2],
                    "much" | "often" | "many" | "bad" | "frequently" | "heavily" | "heavy"
                )
        })
        || s.windows(2).any(|x| {
            matches!(x[0], "less" | "fewer") && matches!(x[1], "often" | "than" | "frequently")
        })
        // "she said no, only on weekends", "no, just at parties": a time of use granted after
        // the no is some (an amount of alcohol is left to the low-risk reading).
        || s.windows(3).any(|x| {
            matches!(x[0], "only" | "just" | "except")
                && matches!(x[1], "on" | "at")
                && matches!(
                    x[2],
                    "weekends"
                        | "weekend"
                        | "parties"
                        | "friday"
                        | "fridays"
                        | "saturday"
                        | "saturdays"
                        | "holidays"
                        | "raves"
                        | "festivals"
                )
        })
        // Not the clinician's own routine: "as I do every week, and she said no"; nor a routine
        // told in a clause joined after the answer ("he said no, plus agogo cooks every day").
        || (0..s.len().saturating_sub(1)).any(|k| {
            ((s[k] == "every" && matches!(s[k + 1], "day" | "night" | "week"))
                || (s[k] == "most" && matches!(s[k + 1], "days" | "nights")))
                && !s[k.saturating_sub(4)..k]
                    .iter()
                    .any(|x| matches!(*x, "i" | "we"))
                && !s[..k].iter().rposition(|x| matches!(*x, "no" | "nope" | "nah")).is_some_and(
                    |n| {
                        s[n + 1..k]
                            .iter()
                            .any(|x| matches!(*x, "and" | "plus" | "also" | "because" | "since"))
                    },
                )
        });
    // "he said no, not once": "once" after a negation counts nothing; nor does "she signed
    // no, clearly, twice" (the no said twice).
    let no_twice = (0..s.len())
        .any(|k| matches!(s[k], "twice" | "again") && s[k.saturating_sub(4)..k].contains(&"no"));
    let not_once = pair("not", &["once", "twice", "ever"])
        || pair("nae", &["once", "twice", "ever"])
        || pair("never", &["once"])
        || no_twice;
    let yes = yes && (!not_once || s.iter().any(|t| matches!(*t, "yes" | "yeah" | "yep")));
    // "a little, she said, not seriously": a minimised yes, standing as the answer on its
    // own ("seemed a bit offended" is no answer).
    let minimised = (0..s.len().saturating_sub(1)).any(|k| {
        s[k] == "a"
            && matches!(s[k + 1], "little" | "bit")
            && (k == 0 || matches!(s[k - 1], ":" | "," | ";"))
            && matches!(s.get(k + 2), None | Some(&("," | "." | ";")))
    });
    // "she said no, and she is not drinking either, maybe one glass of wine": a hedge past
    // a further report joined on ("and she ...") qualifies that report, not the answer.
    let further_report = |at: usize| {
        let no = s.iter().position(|t| matches!(*t, "no" | "nope" | "nah"));
        no.is_some_and(|n| {
            n < at
                && (n..at).any(|k| {
                    s[k] == "and" && matches!(s.get(k + 1), Some(&("she" | "he" | "they")))
                })
                && !s[n..at]
                    .iter()
                    .any(|t| matches!(*t, "but" | "though" | "although" | "however" | "except"))
        })
    };
    // "she said no, quite clear, she seems sort of more okay", "she says no, the husband is
    // sort of boring", "and maybe she's just tired of being asked": past the no, a clause
    // opened by its own subject owns the hedge in it.
    // "maybe she's just tired of being asked": a hedge on her state, not on the answer.
    let state_after = |from: usize| {
        s[from..(from + 6).min(s.len())].iter().any(|x| {
            matches!(
                *x,
                "tired"
                    | "bored"
                    | "annoyed"
                    | "fed"
                    | "frustrated"
                    | "okay"
                    | "fine"
                    | "honest"
                    | "truth"
                    | "truthful"
                    | "sincere"
                    | "embarrassed"
                    | "surprised"
                    | "shy"
                    | "guarded"
                    | "defensive"
                    | "irritated"
                    | "impatient"
                    | "relieved"
                    | "better"
            )
        })
    };
    let own_clause_after_no = |at: usize| {
        let no = s.iter().position(|t| matches!(*t, "no" | "nope" | "nah"));
        let subject = |x: &str| {
            matches!(
                x,
                "she" | "he" | "they" | "it" | "the" | "she's" | "he's" | "they're" | "it's"
            )
        };
        no.is_some_and(|n| {
            n < at
                && ((n + 1..at).any(|k| {
                    matches!(s[k], "," | ";" | "and") && s.get(k + 1).is_some_and(|x| subject(x))
                }) || s.get(at + 1).is_some_and(|x| subject(x)) && state_after(at + 1))
                && !s[n..at]
                    .iter()
                    .any(|t| matches!(*t, "but" | "though" | "although" | "however" | "except"))
        })
    };
    let hedge = pair("not", &["really", "sure", "seriously"])
        || minimised
        || s.iter().enumerate().any(|(k, t)| {
            matches!(*t, "maybe" | "perhaps" | "kinda")
                && !further_report(k)
                && !own_clause_after_no(k)
                && !manner_aside(&s, k)
                && !estimate_at(&s, k)
                && (*t != "kinda" || !s.get(k + 1).is_some_and(|x| softens_asking_or_manner(x)))
        })
        || pair("i", &["guess"])
        || kind_of_hedge(&s, &own_clause_after_no);
    let no = not_once || s.iter().any(|t| {
        matches!(
            *t,
            "no" | "nope"
                | "nah"
                | "naw"
                | "never"
                | "nothing"
                | "denied"
                | "denies"
                | "nobody"
                | "none"
                // Northern English and Scots "nowt like that", "nae", "nae chance".
                | "nowt"
                | "nae"
                // "you said neither of you drinks".
                | "neither"
                | "negative"
                | "neg"
                // "he said he's been sober (clean, dry) for two years": abstinence answers no.
                | "sober"
                | "abstinent"
                | "teetotal"
                | "clean"
                | "dry"
                // "asked about drinking, she said she quit when she started GA".
                | "quit"
        )
    }) || s.iter().any(|t| OTHER_TONGUE_NO.contains(t))
        || pair("shook", &["her", "his", "their", "my"])
        // "Shakes head, not me, hun": a head shaken and "not me" are a no.
        || pair("shakes", &["head", "her", "his", "their"])
        || pair("shaking", &["head", "her", "his", "their"])
        || pair("shook", &["head"])
        || s.windows(3).any(|x| x[0] == "not" && x[1] == "me" && matches!(x[2], "," | "." | ";" | "!"))
        // "he takes them exactly as prescribed": a medicine taken as directed answers no.
        || s.windows(2).any(|x| x[0] == "as" && matches!(x[1], "prescribed" | "directed"))
        // Spanish said in an English note: "she said nunca".
        || s.iter().any(|x| matches!(*x, "nunca" | "jamas"))
        // "he said he packed it in years ago", "she gave it up": quitting answers no.
        || s.windows(3).any(|x| {
            matches!(
                x,
                ["packed", "it", "in"] | ["gave", "it", "up"] | ["given", "it", "up"] | ["jacked", "it", "in"]
            )
        })
        || s.windows(2).any(|x| matches!(x, ["gave", "up"] | ["packed", "in"] | ["given", "up"]))
        // "he said he stopped the Red Horse since Lent": stopping answers no, unless it was
        // for a while or has started again ("stopped for a week but ...").
        || s.iter().enumerate().any(|(k, t)| {
            matches!(*t, "stopped" | "stopping")
                // The client stopped, not the session ("we stopped").
                && k > 0
                && matches!(s[k - 1], "he" | "she" | "they" | "he's" | "she's" | "has" | "had")
                && s.get(k + 1) != Some(&"for")
                && !s[k..].iter().any(|x| {
                    matches!(
                        *x,
                        "again" | "but" | "until" | "till" | "restarted" | "relapsed" | "slipped"
                    )
                })
        })
        // "she said her son and daughter-in-law treat her well": kindness answers no.
        || s.windows(3).any(|x| {
            matches!(x[0], "treat" | "treats" | "treated")
                && matches!(x[1], "her" | "him" | "them" | "me")
                && matches!(x[2], "well" | "kindly" | "fine" | "right" | "gently")
        })
        // "she laughed, said her kane is a big softy", "wouldn't hurt a fly": the partner
        // described as gentle answers no.
        || s.iter().any(|x| matches!(*x, "softy" | "softie" | "pussycat" | "sook" | "pushover"))
        || s.windows(3).any(|x| matches!(x, ["hurt", "a", "fly"] | ["gentle", "giant", ","]))
        || pair("teddy", &["bear"])
        // "he's a pain, not a brute": the person said to be no abuser.
        || s.windows(3).any(|x| {
            x[0] == "not" && x[1] == "a" && matches!(x[2], "brute" | "bully" | "monster" | "thug")
        })
        // "he'd trust her with his life": trust in the one asked about answers no.
        || s.windows(5).any(|x| {
            matches!(x[0], "trust" | "trusts" | "trusted")
                && matches!(x[1], "her" | "him" | "them")
                && x[2] == "with"
                && matches!(x[3], "his" | "her" | "my" | "their")
                && x[4] == "life"
        })
        || pair("gentle", &["giant"])
        // "he's off it eleven months now", "been off everything since he started the job":
        // off the drink or drugs answers no.
        || pair(
            "off",
            &["it", "everything", "drink", "drugs", "alcohol", "booze", "the", "gear"],
        ) && !s.windows(2).any(|x| matches!(x[0], "pissed" | "fed" | "kicked" | "went" | "go"))
        // "she scored zero", "scored a zero on it": a screen item's negative answer.
        || scored_zero(&s)
        // "he said absolutely not", "she answered, definitely not".
        || s.windows(3).any(|x| {
            matches!(x[0], "said" | "answered" | "replied" | "responded")
                && matches!(
                    x[1],
                    "absolutely" | "definitely" | "certainly" | "categorically" | "flatly" | "firmly"
                )
                && x[2] == "not"
        })
        // "she sticks to water now": a drink named as the alternative is the answer.
        || s.windows(3).any(|x| {
            matches!(x[0], "sticks" | "sticking" | "stuck" | "stick")
                && x[1] == "to"
                && matches!(x[2], "water" | "tea" | "coffee" | "juice" | "lemonade" | "soda" | "soft")
        })
        // "she said only çay, many glasses": a soft drink as the whole answer.
        || pair("just", SOFT_ANSWERS)
        || pair("only", SOFT_ANSWERS);
    let spoke = s.iter().any(|t| {
        matches!(
            *t,
            "said" | "says" | "responded" | "replied" | "answered" | "told" | "reported" | "stated"
        )
    });
    // "he said no, his dad just yells sometimes": the first answer word decides when a later
    // clause only qualifies it.
    let first = |f: &dyn Fn(&str) -> bool| s.iter().position(|t| f(t));
    let no_at = first(&|t| matches!(t, "no" | "nope" | "nah" | "never" | "none" | "nothing"));
    let yes_at = s.iter().enumerate().position(|(k, t)| {
        let next = s.get(k + 1).copied().unwrap_or("");
        matches!(
            *t,
            "yes" | "yeah" | "yep" | "sometimes" | "often" | "daily" | "twice" | "once"
        ) || (matches!(*t, "most" | "every" | "few" | "at")
            && matches!(next, "days" | "nights" | "day" | "night" | "week" | "times"))
    });
    // Only when the later clause is about someone else or a clause of its own, and nothing
    // turns the answer round ("said no, but later admitted it happens sometimes" stays a yes).
    if let (Some(n), Some(y)) = (no_at, yes_at) {
        let comma = (n..y).find(|&k| s[k] == ",");
        // A terminator turns the answer only when what follows comes back to the question
        // ("said no, but later admitted it happens sometimes", "but she does sometimes"),
        // not when it tells something else ("said no to all of it, though she cries most
        // nights").
        let terminator = |t: &str| {
            matches!(
                t,
                "but"
                    | "then"
                    | "later"
                    | "though"
                    | "although"
                    | "however"
                    | "actually"
                    | "except"
                    | "until"
            )
        };
        let turned = s[n..].iter().any(|t| matches!(*t, "admitted" | "admits"))
            || s[n..].iter().position(|t| terminator(t)).is_some_and(|p| {
                let after = &s[n + p..];
                matches!(s[n + p], "then" | "later" | "actually" | "except" | "until")
                    || after.iter().any(|t| {
                        matches!(
                            *t,
                            "admitted"
                                | "admits"
                                | "acknowledged"
                                | "conceded"
                                | "later"
                                | "then"
                                | "actually"
                                | "it"
                                | "that"
                                | "them"
                                | "those"
                                | "does"
                                | "did"
                                | "do"
                                | "has"
                                | "have"
                                | "had"
                                | "thoughts"
                                | "urges"
                                | "thought"
                        )
                    })
            });
        let someone_else = comma.is_some_and(|c| {
            (c + 1..y).any(|k| {
                super::actors::person_at(w, k).is_some_and(|(r, _)| r != super::actors::Rel::Anyone)
            })
        });
        // "she said no, love, I want every day I'm given": a clause of its own after the
        // answer (a subject pronoun of its own) qualifies nothing the question asked.
        let own_clause = comma.is_some_and(|c| {
            (c + 1..y).any(|k| matches!(s[k], "i" | "he" | "she" | "they" | "we"))
        });
        if n < y && (someone_else || own_clause) && !turned && !hedge {
            return Answer::No;
        }
    }
    if yes {
        if hedge {
            Answer::Hedged
        } else {
            Answer::Yes
        }
    } else if hedge {
        Answer::Hedged
    } else if no {
        Answer::No
    } else if !spoke_answers {
        Answer::Unanswered
    } else if spoke && s.iter().any(|x| negator(x)) {
        // "Asked about alcohol, he says he hasn't been drinking": a negated report answers no.
        Answer::No
    } else if spoke {
        Answer::Yes
    } else {
        Answer::Unanswered
    }
}

/// A word that tells a dream ("dreamed about killing", "a nightmare where"): what it tells is
/// not client risk (FORMATS §4.6).
pub(crate) fn is_dream_word(w: &str) -> bool {
    matches!(
        w,
        "dream" | "dreams" | "dreamed" | "dreamt" | "nightmare" | "nightmares" | "dreaming"
    )
}

/// "I'd do it awake", "would do it for real", "it wasn't just a dream": what a dream showed,
/// said to be wanted awake, is no longer only a dream.
fn dream_carried_awake(toks: &[Tok]) -> bool {
    let w: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let at = |k: usize| w.get(k).copied().unwrap_or("");
    (0..w.len()).any(|k| {
        let would_do = matches!(
            at(k),
            "i'd" | "he'd" | "she'd" | "they'd" | "would" | "i'll" | "he'll" | "she'll" | "will"
        ) && at(k + 1) == "do"
            && matches!(at(k + 2), "it" | "that" | "them")
            && (at(k + 3) == "awake" || matches!(at(k + 3), "for" | "in") && at(k + 4) == "real");
        let not_just = matches!(at(k), "not" | "wasn't" | "isn't")
            && at(k + 1) == "just"
            && at(k + 2) == "a"
            && matches!(at(k + 3), "dream" | "nightmare");
        would_do || not_just
    })
}

/// Verbs that take means out of the client's reach ("moved his rifles to his brother's",
/// "took his pistol to her place"), shared by [`means_removed`] and the findings' reading of
/// means a household member moved away.
pub(crate) fn moved_verb(w: &str) -> bool {
    matches!(
        w,
        "moved"
            | "removed"
            | "took"
            | "taken"
            | "handed"
            | "gave"
            | "given"
            | "sold"
            | "surrendered"
            | "carried"
            | "drove"
            | "brought"
    )
}

/// Means kept away from the client: removed, held by someone else, stored off-site (CALM).
pub(crate) fn means_removed(seg_toks: &[Tok]) -> bool {
    let w: Vec<&str> = seg_toks.iter().map(|t| t.norm.as_str()).collect();
    let joined = w.join(" ");
    // "can't bring himself to hand it back to the chemist", "won't give them to the police":
    // a removal not done removes nothing.
    let not_done = [
        "can't bring",
        "cannot bring",
        "couldn't bring",
        "won't",
        "refuses",
        "refused",
        "hasn't",
        "haven't",
        "not yet",
        "doesn't want to",
        "does not want to",
        "unwilling",
        "declined",
    ]
    .iter()
    .any(|p| joined.contains(p));
    !not_done
        && w.iter().any(|t| {
            matches!(
                *t,
                "removed"
                    | "remove"
                    | "disposal"
                    | "disposed"
                    | "flushed"
                    | "pharmacy"
                    | "chemist"
                    | "sold"
                    | "surrendered"
                    | "relinquished"
                    | "hold"
                    | "holds"
                    | "holding"
            )
        })
        || [
            "got rid of",
            "gave away",
            "handed over",
            "off site",
            "offsite",
            "out of the home",
            "out of the house",
            "no access",
            "to the police",
            "with the police",
            "at the police",
            "handed in",
            "turned in",
            "taken away",
            "confiscated",
            "seized",
        ]
        .iter()
        .any(|p| joined.contains(p))
        // "kept at his brother's", "went to a friend's": another's place; "access to his
        // father's guns" names the guns' owner, not where they went.
        || (0..w.len().saturating_sub(2)).any(|k| {
            matches!(w[k], "at" | "with" | "to")
                && matches!(w[k + 1], "his" | "her" | "their" | "a")
                && w[k + 2].ends_with("'s")
                && !w.get(k + 3).is_some_and(|n| {
                    matches!(
                        *n,
                        "gun"
                            | "guns"
                            | "rifle"
                            | "rifles"
                            | "shotgun"
                            | "shotguns"
                            | "pistol"
                            | "pistols"
                            | "firearm"
                            | "firearms"
                            | "handgun"
                            | "weapons"
                            | "pills"
                            | "tablets"
                            | "meds"
                            | "medication"
                            | "old"
                            | "hunting"
                            | "service"
                    )
                })
        })
        // "his daughter took his pistol and his shotguns to her place": carried to another
        // home.
        || w.iter().any(|t| moved_verb(t)) && w.windows(3).any(|x| {
            x[0] == "to"
                && matches!(x[1], "her" | "his" | "their")
                && matches!(x[2], "place" | "house" | "home" | "flat" | "farm" | "apartment")
        })
}

/// "Problem: alcohol use, early recovery", "Problem on his plan is alcohol dependence and
/// fighting when drunk", "Dx: opioid use disorder": a mention between a sentence-opening
/// problem or diagnosis header and the first punctuation after it names the condition treated
/// (a problem-list entry), not a current event.
///
/// "Goal for Mr. T is to stop the drinking", "Okay, goal: cut down the weed": a goal to stop
/// or reduce names the target behaviour the same way.
pub(crate) fn problem_label(toks: &[Tok], start: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if conflict_topic(toks, start) {
        return true;
    }
    // A spoken opener before the header ("Okay, goal ...", "So, problem ...").
    let mut o = 0;
    if matches!(
        w(0),
        "okay" | "ok" | "so" | "alright" | "right" | "um" | "now"
    ) {
        o = if w(1) == "," { 2 } else { 1 };
    }
    if matches!(w(o), "goal" | "goals" | "aim" | "aims") {
        return stop_goal(toks, o + 1, start);
    }
    // "Drink: says he's off the whisky entirely", "Substances: off the weed since June": a
    // note's topic header names what the line is about, not a use.
    if start == o
        && w(o + 1) == ":"
        && matches!(
            w(o),
            "drink"
                | "drinking"
                | "alcohol"
                | "etoh"
                | "substances"
                | "substance"
                | "drugs"
                | "drug"
                | "booze"
                | "grog"
        )
    {
        return true;
    }
    // "The problem we work on is his drinking": a determiner before the header.
    if matches!(w(o), "the" | "our" | "his" | "her" | "their")
        && matches!(
            w(o + 1),
            "problem" | "problems" | "diagnosis" | "main" | "presenting"
        )
    {
        o += 1;
    }
    let mut k = match w(o) {
        "problem" | "problems" | "dx" | "diagnosis" | "diagnoses" => o + 1,
        "presenting" | "main" | "primary" | "target" if w(o + 1) == "problem" => o + 2,
        _ => return false,
    };
    // "Problem we're on is the self-harm", "problem we are working on is".
    if matches!(w(k), "we're" | "we") {
        let mut j = k + 1;
        if w(j) == "are" {
            j += 1;
        }
        if matches!(w(j), "working" | "work" | "worked") {
            j += 1;
        }
        if matches!(w(j), "on" | "addressing" | "treating" | "targeting") {
            k = j + 1;
        }
    }
    // "Problem one on the plan", "problem number two": the entry's number.
    k = after_entry_number(toks, k, &["a", "b"]);
    // "on his plan", "on her list", "on the treatment plan", "from the plan".
    if matches!(w(k), "on" | "from" | "in" | "of")
        && (k + 1..(k + 5).min(start)).any(|j| matches!(w(j), "plan" | "list"))
    {
        k += 1;
        while k < toks.len() && k < start && !matches!(w(k), "plan" | "list") {
            k += 1;
        }
        k += 1;
    }
    if !matches!(w(k), ":" | "is" | "are" | "remains" | "-") {
        return false;
    }
    // A list after the header runs on through its commas ("Problem: insomnia, drinking,
    // conflict at home"; "Problem: Mateus, twenty years, drinking and fighting").
    k < start
        && !toks[k + 1..start]
            .iter()
            .any(|t| t.punct && !t.is(",") && !t.is("-"))
}

/// Past an entry's number at `k` ("number two", "one", "3", or one of `also`, the letters or
/// "#1" a list may use).
fn after_entry_number(toks: &[Tok], mut k: usize, also: &[&str]) -> usize {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if w(k) == "number" {
        k += 1;
    }
    if matches!(
        w(k),
        "one" | "two" | "three" | "four" | "1" | "2" | "3" | "4"
    ) || also.contains(&w(k))
    {
        k += 1;
    }
    k
}

/// After a goal header at `k`: up to four words naming whose goal ("for Mr. T"), then "is
/// to", ":" or "-", then a verb of stopping or cutting down, and the mention at `start` right
/// after it with no punctuation between.
fn stop_goal(toks: &[Tok], mut k: usize, start: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "Goal one on his plan: ...", "Goal #2: ...": the goal's number and the plan it is on.
    k = after_entry_number(toks, k, &["#1", "#2"]);
    if w(k) == "on"
        && matches!(w(k + 1), "his" | "her" | "their" | "the")
        && matches!(w(k + 2), "plan" | "list")
    {
        k += 3;
    }
    if w(k) == "for" {
        let end = (k + 5).min(start);
        match (k + 1..end).find(|&j| matches!(w(j), "is" | ":" | "-")) {
            Some(j) if !toks[k + 1..j].iter().any(|t| t.punct && !t.is(".")) => k = j,
            _ => return false,
        }
    }
    if !matches!(w(k), "is" | ":" | "-") {
        return false;
    }
    k += 1;
    // "Goal: Jaylen wants to 'stop getting in fights'": the client named as the one who wants
    // it, and the goal quoted in the client's words.
    let wanter = toks.get(k).is_some_and(|t| t.capital && !t.punct)
        || matches!(w(k), "he" | "she" | "they" | "client" | "pt" | "patient");
    if wanter
        && matches!(w(k + 1), "wants" | "hopes" | "aims" | "intends" | "plans")
        && w(k + 2) == "to"
    {
        k += 2;
    }
    if w(k) == "to" {
        k += 1;
    }
    if matches!(w(k), "'" | "\"") {
        k += 1;
    }
    let stop = matches!(
        w(k),
        "stop"
            | "quit"
            | "reduce"
            | "cut"
            | "give"
            | "leave"
            | "end"
            | "limit"
            | "lower"
            | "decrease"
            | "control"
            | "manage"
            | "lessen"
            | "stopping"
            | "quitting"
            | "reducing"
            | "cutting"
    );
    stop && k < start && start <= k + 4 && !toks[k + 1..start].iter().any(|t| t.punct)
}

/// "They argue every night about money and his drinking", "came in because his wife told
/// him he was drinking too much": a couple's quarrel topic or the reason a client was sent
/// names the problem worked on, as a problem list does; the memo's own account of current use
/// (or its denial) decides.
fn conflict_topic(toks: &[Tok], start: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let from = toks[..start]
        .iter()
        .rposition(|t| matches!(t.norm.as_str(), "." | ";" | "?" | "!"))
        .map_or(0, |p| p + 1);
    let quarrel = (from..start).any(|k| {
        matches!(
            w(k),
            "argue"
                | "argues"
                | "arguing"
                | "argued"
                | "arguments"
                | "argument"
                | "fight"
                | "fights"
                | "fighting"
                | "fought"
                | "rows"
                | "row"
                | "quarrel"
                | "quarrels"
                | "quarrelling"
                | "bicker"
                | "bickering"
        ) && matches!(w(k + 1), "about" | "over")
            || (w(k) == "about" || w(k) == "over")
                && (from..k).any(|j| {
                    matches!(
                        w(j),
                        "argue" | "argues" | "arguing" | "argued" | "fight" | "fights"
                    )
                })
    });
    let sent = (from..start).any(|k| {
        w(k) == "came" && matches!(w(k + 1), "in") && w(k + 2) == "because"
            || matches!(w(k), "referred" | "referral" | "sent")
                && matches!(w(k + 1), "for" | "because" | "after" | "over")
    });
    // Only a possessive or bare topic ("his drinking", "the drinking"), not an act told
    // ("they argue because he drank on Friday" has a verb of its own).
    let topic = start > 0
        && matches!(
            w(start - 1),
            "his" | "her" | "their" | "the" | "and" | "about" | "over" | "was" | "is" | "been"
        )
        // Only use of a substance: a quarrel over her cutting is no problem list.
        && matches!(
            w(start),
            "drinking" | "drugs" | "drug" | "using" | "alcohol" | "boozing" | "weed" | "smoking"
        );
    (quarrel || sent) && topic
}

/// Soft drinks that make the whole of an answer about drinking ("only tea", "just çay").
const SOFT_ANSWERS: &[&str] = &[
    "coffee", "tea", "caffeine", "water", "soda", "juice", "milk", "lemonade", "cola", "coke",
    "cay", "chai", "chay", "shai", "kompot", "kvass", "kvas", "ayran", "mate", "matcha", "kahwa",
    "qahwa",
];

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn time_of(s: &str, window: u32) -> Time {
        let t = tokenize(s);
        time(&t, t.len(), window)
    }

    #[test]
    fn time_windows() {
        assert_eq!(time_of("cut herself two weeks ago", 90), Time::Current);
        assert_eq!(time_of("cut herself five months ago", 90), Time::Historical);
        assert_eq!(
            time_of("thoughts of death two months ago", 30),
            Time::Historical
        );
        assert_eq!(time_of("in high school she cut", 90), Time::Historical);
        assert_eq!(time_of("attempt at seventeen", 90), Time::Historical);
        assert_eq!(time_of("relapsed on Saturday", 90), Time::Current);
        assert_eq!(
            time_of("prior attempt, and again this week", 90),
            Time::Current
        );
        assert_eq!(time_of("drinking heavily", 90), Time::Current);
        assert_eq!(
            time_of("an arrest in twenty nineteen", 90),
            Time::Historical
        );
        // A span that runs up to now is current however long; "in the past year" is not a span.
        assert_eq!(
            time_of("injecting heroin daily for the past year", 90),
            Time::Current
        );
        assert_eq!(
            time_of("drinking over the last two years", 90),
            Time::Current
        );
        assert_eq!(time_of("an attempt in the past year", 90), Time::Historical);
        // "when he was twelve" is a period of life; "when they were loading" a moment.
        assert_eq!(time_of("when he was twelve he cut", 90), Time::Historical);
        assert_eq!(
            time_of("he shoved him when they were loading calves", 90),
            Time::Current
        );
    }

    #[test]
    fn answers() {
        let a = |s: &str| classify(&tokenize(s));
        assert_eq!(a("and he said nope"), Answer::No);
        assert_eq!(a("she said yes, twice"), Answer::Yes);
        assert_eq!(
            a("she said 'not really', then that it comes at times"),
            Answer::Hedged
        );
        assert_eq!(
            a("but the session ended before she answered"),
            Answer::Unanswered
        );
        assert_eq!(a("he said it happens on weekends"), Answer::Yes);
    }
}
