//! A clause as normalised tokens: lower-cased words and punctuation marks, with dictated
//! abbreviations spelled out ("S I" → "suicidal ideation"), slang mapped ("kms" → "kill
//! myself") and speech-recogniser near-misses repaired ("sewer side" → "suicide"). Each token
//! keeps the byte range of the words it came from, so a finding quotes the memo verbatim.

use super::nearmiss;

/// One normalised token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Lower-case canonical text; may hold several words ("suicidal ideation").
    pub norm: String,
    /// Byte range in the clause of the original words.
    pub start: usize,
    pub end: usize,
    /// Punctuation mark (`,` `;` `:` `.` `?` `!` `"`), not a word.
    pub punct: bool,
    /// The original started with a capital letter (a name, "Dad").
    pub capital: bool,
    /// Every letter of the original is a capital ("HI", "OD"), so it is an abbreviation.
    pub caps: bool,
    /// Rewritten from a transcription near-miss: the clinician should check it.
    pub near_miss: bool,
}

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        self.norm == w
    }
}

/// Raw words and marks of a clause, before normalisation.
/// Whether a word before an apostrophe is an "-ing" word with its g dropped ("hurtin'",
/// "drinkin'", "goin'"), not a noun that ends in "in" before a closing quote ("heroin'").
fn g_dropped(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "heroin", "cousin", "cabin", "basin", "raisin", "violin", "toxin", "robin", "margin",
        "origin", "napkin", "pumpkin", "muffin", "satin", "insulin", "aspirin", "vitamin", "begin",
        "within", "akin", "skin", "twin", "penguin", "dolphin", "goblin", "coffin", "cumin",
        "protein", "again", "brain", "chain", "drain", "grain", "plain", "rain", "train", "stain",
        "strain", "pain", "twain", "sin", "tin", "bin", "pin", "fin", "kin", "gin", "chin", "shin",
        "thin", "spin", "grin", "djinn", "jinn", "poplin", "bobbin", "muslin", "kaolin", "resin",
        "rosin", "latin", "tannin", "chagrin",
    ];
    let Some(stem) = w.strip_suffix("in") else {
        return false;
    };
    stem.len() >= 2
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !NOUNS.contains(&w)
        && !w.ends_with("ain")
        && !w.ends_with("ein")
        && !w.ends_with("oin")
        || matches!(
            w,
            "goin" | "doin" | "bein" | "seein" | "sayin" | "playin" | "stayin"
        )
}

/// A word without its accents ("perník" → "pernik", "šnops" → "snops"): a drink or drug
/// named in its own language is spelled with or without them, and the lists hold one form.
/// The token keeps the original's byte range, so a quote still shows the accents.
fn fold_marks(w: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    if w.is_ascii() {
        return w.to_string();
    }
    w.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

fn raw_tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let joins_apostrophe = (d == '\'' || d == '\u{2019}')
                    && chars[j - 1].1.is_alphabetic()
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphabetic());
                if d.is_alphanumeric() {
                    j += 1;
                } else if joins_apostrophe {
                    j += 2;
                } else {
                    break;
                }
            }
            let mut end = chars.get(j).map_or(text.len(), |&(e, _)| e);
            // "father-in-law", "in-laws": one kinship noun, not "law" as the actor.
            if let Some(rest) = text.get(end..) {
                let lower = rest.get(..7).map(str::to_ascii_lowercase);
                let bare = text[b..end].eq_ignore_ascii_case("in")
                    && rest.get(..4).map(str::to_ascii_lowercase).as_deref() == Some("-law");
                let suffix = if lower.as_deref() == Some("-in-law") {
                    7
                } else if bare {
                    4
                } else {
                    0
                };
                if suffix > 0 {
                    let plural = rest[suffix..].starts_with(['s', 'S']);
                    let mut extra = suffix + usize::from(plural);
                    // "at his brother-in-law's": the possessive stays on the noun, as on
                    // any other ("brother's").
                    for mark in ["'s", "\u{2019}s"] {
                        if rest[extra..].starts_with(mark)
                            && !rest[extra + mark.len()..].starts_with(char::is_alphanumeric)
                        {
                            extra += mark.len();
                        }
                    }
                    end += extra;
                    while j < chars.len() && chars[j].0 < end {
                        j += 1;
                    }
                }
            }
            // "co-workers": the prefix and its noun are one word, the coworkers (not
            // "co-wife", whose "wife" names the relation, nor "co-op").
            if text[b..end].eq_ignore_ascii_case("co")
                && text
                    .get(end..end + 7)
                    .is_some_and(|r| r.eq_ignore_ascii_case("-worker"))
            {
                end += 1 + text[end + 1..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(text.len() - end - 1);
                while j < chars.len() && chars[j].0 < end {
                    j += 1;
                }
            }
            // "Denies alcohol incl. kachasu": the dot of a list abbreviation belongs to the
            // word, so a denial's scope reads on through it.
            if ["incl", "excl", "esp", "approx"]
                .iter()
                .any(|a| text[b..end].eq_ignore_ascii_case(a))
                && text[end..].starts_with('.')
            {
                end += 1;
                while j < chars.len() && chars[j].0 < end {
                    j += 1;
                }
            }
            let word = &text[b..end];
            let mut norm = fold_marks(
                &word
                    .trim_end_matches('.')
                    .to_lowercase()
                    .replace('\u{2019}', "'"),
            );
            // "thoughts of hurtin' herself", "no drinkin'": a dropped g marked by the
            // apostrophe after it is the "-ing" word, the mark part of the word (so phrases
            // read through it; a quote closing on such a word loses its mark).
            let marked = text[end..].starts_with(['\'', '\u{2019}'])
                && !text[end..]
                    .chars()
                    .nth(1)
                    .is_some_and(char::is_alphanumeric);
            // Lower case only: "Dunkin'" is a name, and a capitalised "Cuttin'?" opens a
            // dictated question the answer readings do not take yet.
            if marked && !c.is_uppercase() && g_dropped(&norm) {
                norm.push('g');
                end += text[end..].chars().next().map_or(0, char::len_utf8);
                j += 1;
            }
            out.push(Tok {
                norm,
                start: b,
                end,
                punct: false,
                capital: c.is_uppercase(),
                caps: word.chars().all(|c| !c.is_lowercase()),
                near_miss: false,
            });
            i = j;
            continue;
        }
        // Clinician shorthand "w/" and "w/o" ("got into it w/ a guy", "SI w/o plan"): the
        // word with the slash, not a "w" and a break.
        if c == '/' {
            if let Some(w) = out
                .last_mut()
                .filter(|t: &&mut Tok| t.norm == "w" && t.end == b)
            {
                let o = chars.get(i + 1).is_some_and(|&(_, n)| n == 'o' || n == 'O')
                    && chars.get(i + 2).is_none_or(|&(_, n)| !n.is_alphanumeric());
                w.norm = if o { "without" } else { "with" }.to_string();
                w.end = if o { b + 2 } else { b + 1 };
                i += if o { 2 } else { 1 };
                continue;
            }
            // "alcohol use d/o, early remission": "d/o" is "disorder"; "his nine y/o son":
            // "y/o" is "year old".
            if let Some(d) = out
                .last_mut()
                .filter(|t: &&mut Tok| matches!(t.norm.as_str(), "d" | "y") && t.end == b)
            {
                let o = chars.get(i + 1).is_some_and(|&(_, n)| n == 'o' || n == 'O')
                    && chars.get(i + 2).is_none_or(|&(_, n)| !n.is_alphanumeric());
                if o {
                    d.norm = if d.norm == "d" {
                        "disorder"
                    } else {
                        "year old"
                    }
                    .to_string();
                    d.end = b + 2;
                    i += 2;
                    continue;
                }
            }
        }
        // "waving 'um at one guy": the clipped "them" of Hawaiian Pidgin, not a quote ("'em"
        // is left to the quote readings, which read "ever whip 'em. Said no." as asked).
        if matches!(c, '\'' | '\u{2019}')
            && (i == 0 || chars[i - 1].1.is_whitespace())
            && matches!(
                (chars.get(i + 1).map(|x| x.1), chars.get(i + 2).map(|x| x.1)),
                (Some('u'), Some('m'))
            )
            && chars.get(i + 3).is_none_or(|&(_, n)| !n.is_alphanumeric())
            // "'um, I don't know'": a quoted filler.
            && chars.get(i + 3).is_none_or(|&(_, n)| n != ',')
        {
            let end = chars.get(i + 3).map_or(text.len(), |&(e, _)| e);
            out.push(Tok {
                norm: "them".to_string(),
                start: b,
                end,
                punct: false,
                capital: false,
                caps: false,
                near_miss: false,
            });
            i += 3;
            continue;
        }
        let mark = match c {
            ',' | '/' | '—' | '–' | '(' | ')' => Some(","),
            ';' => Some(";"),
            ':' => Some(":"),
            '.' => Some("."),
            '?' => Some("?"),
            '!' => Some("!"),
            '"' | '“' | '”' | '\'' | '‘' | '’' => Some("\""),
            '+' => Some("plus"),
            _ => None,
        };
        if let Some(m) = mark {
            out.push(Tok {
                norm: m.to_string(),
                start: b,
                end: b + c.len_utf8(),
                punct: m != "plus",
                capital: false,
                caps: false,
                near_miss: false,
            });
        }
        i += 1;
    }
    out
}

/// One-word rewrites: (word, canonical, near-miss?). Dictated abbreviations and slang.
const WORD_REWRITES: &[(&str, &str, bool)] = &[
    // Caribbean creole negatives: "him nuh drink the white rum now", "she neva touch it",
    // "him cyaan sleep", Trinidadian "doh" (don't).
    ("nuh", "not", false),
    ("neva", "never", false),
    ("nuttin", "nothing", false),
    ("nutten", "nothing", false),
    ("nobaddy", "nobody", false),
    ("cyaan", "can't", false),
    ("cyah", "can't", false),
    ("doh", "don't", false),
    // Scots negatives: "he wouldnae mind if he didnae wake up".
    ("wouldnae", "wouldn't", false),
    ("didnae", "didn't", false),
    ("cannae", "can't", false),
    ("canna", "can't", false),
    ("dinnae", "don't", false),
    ("doesnae", "doesn't", false),
    ("isnae", "isn't", false),
    ("wasnae", "wasn't", false),
    ("havenae", "haven't", false),
    ("hasnae", "hasn't", false),
    ("couldnae", "couldn't", false),
    ("shouldnae", "shouldn't", false),
    ("willnae", "won't", false),
    // Scots "-na" and Potteries (Staffordshire) negatives: "I wunna touch him", "he dunna
    // drink", "she didna say".
    ("dinna", "don't", false),
    ("didna", "didn't", false),
    ("wouldna", "wouldn't", false),
    ("couldna", "couldn't", false),
    ("isna", "isn't", false),
    ("wasna", "wasn't", false),
    ("willna", "won't", false),
    ("wunna", "wouldn't", false),
    ("wonna", "won't", false),
    ("dunna", "don't", false),
    ("conna", "can't", false),
    // "cannae be arsed wi life": Scots "wi" (with) and the British "arsed" (bothered).
    ("wi", "with", false),
    ("arsed", "bothered", false),
    ("naebody", "nobody", false),
    ("naebody's", "nobody's", false),
    ("naething", "nothing", false),
    ("naething's", "nothing's", false),
    ("naeb'dy", "nobody", false),
    ("si", "suicidal ideation", false),
    ("sib", "self injurious behavior", false),
    ("nssi", "nonsuicidal self injury", false),
    ("ipv", "intimate partner violence", false),
    ("etoh", "alcohol", false),
    ("kms", "kill myself", false),
    ("kys", "kill yourself", false),
    ("unalive", "kill", false),
    ("unalives", "kills", false),
    ("unalived", "killed", false),
    ("unaliving", "killing", false),
    ("sewerslide", "suicide", false),
    ("self-delete", "kill myself", false),
    // West African street names of tramadol.
    ("tramol", "tramadol", false),
    ("tramo", "tramadol", false),
    ("od'd", "overdosed", false),
    ("oded", "overdosed", false),
    // Reflexives of Yorkshire, Lancashire and the Midlands ("wants to do messen in", "he'll
    // hurt hissen") and of Scots ("she'll kill hersel").
    ("messen", "myself", false),
    ("missen", "myself", false),
    ("mysen", "myself", false),
    ("hissen", "himself", false),
    ("hersen", "herself", false),
    ("thissen", "yourself", false),
    ("theirsens", "themselves", false),
    ("masel", "myself", false),
    ("hissel", "himself", false),
    ("hersel", "herself", false),
    ("theirsel", "themselves", false),
    ("theirsels", "themselves", false),
    // Scots: "no wanting him deid", "lost the heid".
    ("deid", "dead", false),
    // Scots function words: "aff the drink since August", "clean fae the coke", "it wis
    // clear", "oot at his work", "stay at hame".
    ("aff", "off", false),
    ("fae", "from", false),
    ("frae", "from", false),
    ("wis", "was", false),
    ("oot", "out", false),
    ("ootside", "outside", false),
    ("hame", "home", false),
    ("hoose", "house", false),
    ("tae", "to", false),
    ("polis", "police", false),
    ("heid", "head", false),
    ("fentanel", "fentanyl", true),
    ("fentanil", "fentanyl", true),
    ("fentinal", "fentanyl", true),
    ("fentynal", "fentanyl", true),
    // Spanish "ni" (nor, not even): "'ni la mota', she says".
    ("ni", "no", false),
    // AAVE "finna" and "fitna" ("fixing to"): about to, as "gonna".
    ("finna", "gonna", false),
    ("fitna", "gonna", false),
];

/// Abbreviations that are risk words only when capitalised ("HI", not the greeting "hi").
const CAPITAL_REWRITES: &[(&str, &str)] = &[
    ("hits", "hits screen"),
    ("hi", "homicidal ideation"),
    ("sh", "self harm"),
    ("dv", "domestic violence"),
    ("od", "overdose"),
];

/// Multi-word rewrites: (words, canonical, near-miss?).
const PHRASE_REWRITES: &[(&[&str], &str, bool)] = &[
    (&["sewer", "side"], "suicide", true),
    (&["sewer", "slide"], "suicide", true),
    // "Ask about sue aside thought": "suicide" heard in a speaker's accent.
    (&["sue", "aside"], "suicide", true),
    (&["sue", "a", "side"], "suicide", true),
    (&["sui", "side"], "suicide", true),
    (&["self", "arm"], "self harm", true),
    (&["self", "farm"], "self harm", true),
    (&["self", "arms"], "self harm", true),
    (&["deaf", "wish"], "death wish", true),
    (&["idea", "nation"], "ideation", true),
    (&["idea", "asian"], "ideation", true),
    (&["idea", "nations"], "ideation", true),
    (&["self", "in", "jury"], "self injury", true),
    (&["non", "suicidal"], "nonsuicidal", false),
    // Hawaiian Pidgin "no like" is "don't want to" ("she no like wake up anymore").
    (&["no", "like", "wake"], "don't want to wake", false),
    (&["no", "like", "live"], "don't want to live", false),
    (&["no", "like", "stay"], "don't want to stay", false),
    (&["no", "like", "be"], "don't want to be", false),
    (&["no", "like", "die"], "don't want to die", false),
    (&["no", "like", "hurt"], "don't want to hurt", false),
    (&["no", "like", "kill"], "don't want to kill", false),
    // Guns dictated by their calibre: "loaded the thirty-thirty", "his thirty-aught-six".
    (&["thirty", "thirty"], "rifle", false),
    (&["thirty", "aught", "six"], "rifle", false),
    (&["thirty", "ought", "six"], "rifle", false),
    (&["twelve", "gauge"], "shotgun", false),
    (&["twenty", "gauge"], "shotgun", false),
    // Scots "bidie-in": a partner who lives in.
    (&["bidie", "in"], "partner", false),
    (&["bidey", "in"], "partner", false),
    (&["self", "delete"], "kill myself", false),
    (&["self", "deleting"], "killing myself", false),
    // The coupe-coupe (a machete in Francophone West and Central Africa).
    (&["coupe", "coupe"], "machete", false),
    // Haitian Creole "machèt", Nigerian and Caribbean "matchet", and "machette".
    (&["machet"], "machete", false),
    (&["matchet"], "machete", false),
    (&["machette"], "machete", false),
    // "head-butted" is written with or without the hyphen or space.
    (&["head", "butt"], "headbutt", false),
    (&["head", "butted"], "headbutted", false),
    (&["head", "butting"], "headbutting", false),
    (&["head", "butts"], "headbutts", false),
];

/// Words before "violins" that make it the misheard "violence".
const VIOLINS_CONTEXT: &[&str] = &[
    "partner", "domestic", "intimate", "physical", "family", "dating", "of", "any", "no", "denies",
    "denied", "deny", "sexual", "gun",
];

/// Tokenises and normalises a clause.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let raw = drop_fillers(raw_tokens(text));
    let joined = join_letter_runs(&raw);
    let repaired = repair_near_misses(joined);
    scare_quotes_dropped(foreign_no(creole_subject_him(verbal_no(rewrite(repaired)))))
}

/// Jamaican and other Caribbean "him" as the subject ("if the man come back him will kill
/// him", "him a go buss him head", "him know where the man stay") is "he". Standard English
/// has "him" before a bare verb only after "let", "make", "help", "see", "hear" and the like
/// ("let him go"), so those keep it.
fn creole_subject_him(mut toks: Vec<Tok>) -> Vec<Tok> {
    for k in 0..toks.len() {
        if toks[k].norm != "him" {
            continue;
        }
        let next = toks.get(k + 1).map_or("", |t| t.norm.as_str());
        let after = toks.get(k + 2).map_or("", |t| t.norm.as_str());
        let verb_next = matches!(
            next,
            "will"
                | "would"
                | "ago"
                | "gwine"
                | "nah"
                | "nuh"
                | "seh"
                | "waan"
                | "cyaan"
                | "haffi"
                | "did"
                | "know"
                | "say"
                | "want"
                | "can"
        ) || next == "a"
            && matches!(
                after,
                "go" | "gwine" | "come" | "kill" | "buss" | "beat" | "lick" | "chop" | "shoot"
            );
        let before = k.checked_sub(1).map_or("", |j| toks[j].norm.as_str());
        let caused = matches!(
            before,
            "let"
                | "lets"
                | "letting"
                | "make"
                | "makes"
                | "made"
                | "making"
                | "help"
                | "helps"
                | "helped"
                | "helping"
                | "see"
                | "saw"
                | "seen"
                | "watch"
                | "watched"
                | "hear"
                | "heard"
                | "have"
                | "has"
                | "had"
                | "bid"
                | "to"
                | "for"
                | "with"
                | "tell"
                | "told"
                | "ask"
                | "asked"
                | "give"
                | "gave"
                | "got"
                | "get"
        );
        if verb_next && !caused {
            toks[k].norm = "he".to_string();
        }
    }
    toks
}

/// "States wants to 'beat up' boy who posted photo": quotation marks round a short phrase
/// inside a clause (a word on each side, two or three words within, no mark between) set off
/// the client's own words without breaking the clause; they are dropped. A quotation that
/// opens or closes a clause ("said 'I want to die'") keeps its marks, and so does one quoted
/// word ("the test 'killed' her"), a scare quote that marks the word as a figure of speech,
/// and a longer quotation ("he is 'going to kill him' if ..."), the client's words verbatim.
fn scare_quotes_dropped(toks: Vec<Tok>) -> Vec<Tok> {
    let quote = |t: &Tok| t.punct && t.norm == "\"";
    let mut drop = vec![false; toks.len()];
    let mut k = 1;
    while k < toks.len() {
        if quote(&toks[k]) && !toks[k - 1].punct {
            let close = (k + 1..toks.len().min(k + 5)).find(|&j| toks[j].punct);
            if let Some(j) = close.filter(|&j| {
                j > k + 2 && quote(&toks[j]) && toks.get(j + 1).is_some_and(|t| !t.punct)
            }) {
                drop[k] = true;
                drop[j] = true;
                k = j + 1;
                continue;
            }
        }
        k += 1;
    }
    toks.into_iter()
        .zip(drop)
        .filter_map(|(t, d)| (!d).then_some(t))
        .collect()
}

/// A "no" answered in the client's own language ("non, non", "nie, nie", "nein"): a lone
/// word a mark ends, so "non-suicidal" and "Nie" as a name in a sentence stay as they are.
/// Tagalog "wala" and "hindi", Hindi and Urdu "nahi", Swahili "hapana", Malay "tidak":
/// the same, and may take the language's own "really" or politeness word after them ("wala
/// talaga", "hindi po", "nahi ji").
fn foreign_no(mut toks: Vec<Tok>) -> Vec<Tok> {
    for k in 0..toks.len() {
        let word = matches!(
            toks[k].norm.as_str(),
            "non"
                | "nie"
                | "nein"
                | "nee"
                | "nyet"
                | "wala"
                | "hindi"
                | "nahi"
                | "nahin"
                | "hapana"
                | "tidak"
                // Spanish "nada" as the whole answer ("he said nada, ni una caguama").
                | "nada"
        );
        // Louisiana and Quebec French "mais non" ("she said, mais non, cher"), Spanish "pero
        // no": the word before is the answer's own.
        let opened = k == 0
            || toks[k - 1].punct
            || matches!(toks[k - 1].norm.as_str(), "mais" | "pero")
                && (k == 1 || toks[k - 2].punct);
        let particle = |t: &Tok| {
            matches!(
                t.norm.as_str(),
                "talaga" | "po" | "naman" | "ji" | "kabisa" | "sama" | "sekali"
            )
        };
        let closed = toks.get(k + 1).is_none_or(|t| t.punct)
            || toks.get(k + 1).is_some_and(particle) && toks.get(k + 2).is_none_or(|t| t.punct);
        if word && opened && closed {
            toks[k].norm = "no".to_string();
        }
    }
    // "he said God forbid, never": an oath said as the whole answer is a "no". Only right
    // after a verb of saying ("if, God forbid, she tries again" fears, it does not answer).
    for k in 1..toks.len().saturating_sub(1) {
        let said = matches!(
            toks[k - 1].norm.as_str(),
            "said" | "says" | "say" | "replied" | "answered" | "told" | "went"
        ) || toks[k - 1].is(",")
            && k >= 2
            && matches!(
                toks[k - 2].norm.as_str(),
                "said" | "says" | "replied" | "answered"
            );
        let oath = matches!(toks[k].norm.as_str(), "god" | "heaven" | "allah" | "lord")
            && toks[k + 1].norm == "forbid"
            && toks.get(k + 2).is_none_or(|t| t.punct);
        if said && oath {
            toks[k].norm = "no".to_string();
            toks[k + 1].norm = "no".to_string();
        }
    }
    toks
}

/// Scots and Irish "no" as the verb's negator ("he's no wanting to be here", "I'm no
/// coping"): after a form of "be" and before an -ing word it reads as "not".
fn verbal_no(toks: Vec<Tok>) -> Vec<Tok> {
    let mut toks = elided_not(toks);
    // Australian and New Zealand "yeah nah" ("yeah, nah, nothing like that") is a no: the
    // "yeah" acknowledges the question and the "nah" answers it, so the "yeah" is a filler.
    for k in 0..toks.len() {
        let nah_at = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.norm.as_str(), "nah" | "naa"))
        };
        if matches!(toks[k].norm.as_str(), "yeah" | "yea" | "yeh")
            && (nah_at(k + 1) || toks.get(k + 1).is_some_and(|t| t.is(",")) && nah_at(k + 2))
        {
            toks[k].norm = "um".to_string();
        }
    }
    for k in 1..toks.len().saturating_sub(1) {
        let be = matches!(
            toks[k - 1].norm.as_str(),
            "is" | "'s" | "he's" | "she's" | "am" | "i'm" | "are" | "they're" | "was" | "were"
        );
        if be && toks[k].norm == "no" && toks[k + 1].norm.ends_with("ing") {
            toks[k].norm = "not".to_string();
        }
        // East Anglian and Essex "in't" after a subject ("he in't been in any fights", "she
        // in't drinking") is "hasn't" or "isn't"; the Yorkshire "in't" after a verb or a
        // preposition ("he's in't pub") is "in the" and stays.
        let subject = matches!(
            toks[k - 1].norm.as_str(),
            "he" | "she" | "i" | "it" | "they" | "we" | "you" | "there" | "that"
        );
        if subject && toks[k].norm == "in't" && !toks[k + 1].punct {
            toks[k].norm = "hasn't".to_string();
        }
    }
    toks
}

/// Scots "no'" ("wants to no' wake up", "he's no' coping", "I'll no' be here"): "no" with
/// an apostrophe written onto it, after "to", a form of "be", a modal or a subject, and
/// before a word, is "not". A quoted answer ("she said 'no' and left") follows a quotation
/// mark instead and stays as it is.
fn elided_not(mut toks: Vec<Tok>) -> Vec<Tok> {
    let mut k = 1;
    while k + 2 < toks.len() {
        let mark = &toks[k + 1];
        let elided = toks[k].norm == "no"
            && mark.punct
            && matches!(mark.norm.as_str(), "'" | "\"" | "’")
            && mark.start == toks[k].end
            && !toks[k + 2].punct;
        let prev = toks[k - 1].norm.as_str();
        let governed = matches!(
            prev,
            "to" | "is"
                | "am"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "do"
                | "does"
                | "did"
                | "i"
                | "he"
                | "she"
                | "they"
                | "we"
                | "you"
        ) || prev.ends_with("'s")
            || prev.ends_with("'ll")
            || prev.ends_with("'d")
            || prev.ends_with("'m")
            || prev.ends_with("'re");
        if elided && governed {
            let end = toks[k + 1].end;
            toks[k].norm = "not".to_string();
            toks[k].end = end;
            toks.remove(k + 1);
        }
        k += 1;
    }
    toks
}

/// Spoken fillers ("uh", "um") and the commas around them carry nothing and break patterns
/// ("took, uh, like fifteen pills").
fn drop_fillers(raw: Vec<Tok>) -> Vec<Tok> {
    const FILLERS: &[&str] = &["uh", "um", "uhm", "umm", "erm", "er", "hmm", "mm", "ah"];
    let mut out: Vec<Tok> = Vec::with_capacity(raw.len());
    let mut skip_comma = false;
    for t in raw {
        if FILLERS.contains(&t.norm.as_str()) {
            if out.last().is_some_and(|p| p.norm == ",") {
                out.pop();
            }
            skip_comma = true;
            continue;
        }
        if skip_comma && t.norm == "," {
            skip_comma = false;
            continue;
        }
        skip_comma = false;
        out.push(t);
    }
    out
}

/// "S I", "E T O H": runs of two or more capital single letters become one word.
fn join_letter_runs(raw: &[Tok]) -> Vec<Tok> {
    let single_cap = |t: &Tok| !t.punct && t.norm.chars().count() == 1 && t.capital;
    let mut out: Vec<Tok> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let mut j = i;
        while j < raw.len() && single_cap(&raw[j]) {
            j += 1;
        }
        // "I" alone is the pronoun; so is a run that is just "I" plus "A".
        if j - i >= 2 {
            let norm: String = raw[i..j].iter().map(|t| t.norm.as_str()).collect();
            out.push(Tok {
                norm,
                start: raw[i].start,
                end: raw[j - 1].end,
                punct: false,
                capital: true,
                caps: true,
                near_miss: false,
            });
            i = j;
        } else {
            out.push(raw[i].clone());
            i += 1;
        }
    }
    out
}

/// "the man of her mother" (a stepfather), "the wife of his father" (a stepmother).
fn step_parent(toks: &[Tok]) -> Option<&'static str> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if w(0) != "the"
        || w(2) != "of"
        || !matches!(w(3), "her" | "his" | "my" | "their" | "your" | "the")
    {
        return None;
    }
    let male = matches!(w(1), "man" | "husband" | "boyfriend" | "partner");
    let female = matches!(w(1), "woman" | "wife" | "girlfriend" | "partner");
    match w(4) {
        "mother" | "mom" | "mum" | "mama" | "maman" | "mamá" | "mommy" | "mam" if male => {
            Some("stepfather")
        }
        "father" | "dad" | "papa" | "papá" | "daddy" | "da" if female => Some("stepmother"),
        _ => None,
    }
}

fn merge(toks: &[Tok], norm: &str, near_miss: bool) -> Tok {
    Tok {
        norm: norm.to_string(),
        start: toks[0].start,
        end: toks[toks.len() - 1].end,
        punct: false,
        capital: toks[0].capital,
        caps: toks[0].caps,
        near_miss: near_miss || toks.iter().any(|t| t.near_miss),
    }
}

/// Phonetic near-misses of "suicidal"/"homicidal" over the words (marks kept in place).
fn repair_near_misses(toks: Vec<Tok>) -> Vec<Tok> {
    let word_idx: Vec<usize> = (0..toks.len()).filter(|&k| !toks[k].punct).collect();
    let words: Vec<&str> = word_idx.iter().map(|&k| toks[k].norm.as_str()).collect();
    let found = nearmiss::find(&words);
    if found.is_empty() {
        return toks;
    }
    let mut out = Vec::new();
    let mut k = 0;
    let mut f = found.iter().peekable();
    while k < toks.len() {
        if let Some(m) = f.peek() {
            let (a, b) = (word_idx[m.start], word_idx[m.end - 1]);
            if k == a {
                out.push(merge(&toks[a..=b], m.word, true));
                k = b + 1;
                f.next();
                continue;
            }
        }
        out.push(toks[k].clone());
        k += 1;
    }
    out
}

fn rewrite(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut k = 0;
    'outer: while k < toks.len() {
        for (words, canon, nm) in PHRASE_REWRITES {
            let n = words.len();
            if k + n <= toks.len() && (0..n).all(|i| toks[k + i].norm == words[i]) {
                out.push(merge(&toks[k..k + n], canon, *nm));
                k += n;
                continue 'outer;
            }
        }
        // "the man of her mother touch her at night": the Romance and West African genitive
        // of a parent's partner is a step-parent, one person, not the parent.
        if let Some(canon) = step_parent(&toks[k..]) {
            out.push(merge(&toks[k..k + 5], canon, false));
            k += 5;
            continue;
        }
        if let Some(canon) = toks
            .get(k + 1)
            .and_then(|n| garbled_pair(&toks[k].norm, &n.norm))
        {
            out.push(merge(&toks[k..k + 2], &canon, true));
            k += 2;
            continue;
        }
        let t = &toks[k];
        // "the Thung Si Mueang fair": a short title-case word inside a run of capitalised
        // words is part of a name, not the abbreviation it is spelt like (a sentence's first
        // word is capitalised anyway, so it makes no run: "Denies Si").
        let capital_word = |j: usize| toks.get(j).is_some_and(|n| n.capital && !n.punct);
        let in_name = t.capital
            && !t.caps
            && t.norm.len() <= 3
            && ((k > 1 && capital_word(k - 1)) || capital_word(k + 1));
        if !t.punct && !in_name {
            if let Some((_, canon, nm)) = WORD_REWRITES.iter().find(|(w, _, _)| *w == t.norm) {
                out.push(merge(&toks[k..=k], canon, *nm));
                k += 1;
                continue;
            }
            if t.caps && t.norm.len() >= 2 {
                if let Some((_, canon)) = CAPITAL_REWRITES.iter().find(|(w, _)| *w == t.norm) {
                    out.push(merge(&toks[k..=k], canon, false));
                    k += 1;
                    continue;
                }
            }
            // Dialect "me" for "my" before a body part ("put his hands round me neck", "cut
            // me arm"): the possessive, so the body is read as the speaker's.
            if t.norm == "me"
                && toks
                    .get(k + 1)
                    .is_some_and(|n| !n.punct && super::frames::is_body(&n.norm))
            {
                out.push(merge(&toks[k..=k], "my", false));
                k += 1;
                continue;
            }
            if t.norm == "violins"
                && out
                    .last()
                    .is_some_and(|p| VIOLINS_CONTEXT.contains(&p.norm.as_str()))
            {
                out.push(merge(&toks[k..=k], "violence", true));
                k += 1;
                continue;
            }
        }
        out.push(toks[k].clone());
        k += 1;
    }
    out
}

/// Two-word garbles found by shape rather than listed: "self" + a word one letter from
/// "harm" ("self farming", "self charm"), "idea" + an "-ation" sound ("idea shun").
fn garbled_pair(first: &str, second: &str) -> Option<String> {
    match first {
        "self" => {
            let (stem, suffix) = ["ing", "ed", "s"]
                .iter()
                .find_map(|suf| second.strip_suffix(suf).map(|st| (st, *suf)))
                .unwrap_or((second, ""));
            (stem != "harm" && stem.len() >= 3 && crate::text::levenshtein(stem, "harm") <= 1)
                .then(|| format!("self harm{suffix}"))
        }
        "idea" => [
            "ation", "ashun", "shun", "shin", "asian", "ation's", "nation",
        ]
        .iter()
        .any(|e| second.ends_with(e))
        .then(|| "ideation".to_string()),
        _ => None,
    }
}

/// The tokens' norms joined by single spaces, with each token's byte range in that string.
pub(crate) fn norm_string(toks: &[Tok]) -> (String, Vec<(usize, usize)>) {
    joined(toks, &vec![false; toks.len()])
}

/// The tokens' normal forms joined by spaces, leaving out those `drop` marks (each keeps a
/// zero-width offset where the next word starts).
fn joined(toks: &[Tok], drop: &[bool]) -> (String, Vec<(usize, usize)>) {
    let mut s = String::new();
    let mut offs = Vec::with_capacity(toks.len());
    for (t, d) in toks.iter().zip(drop) {
        if *d {
            let at = s.len() + usize::from(!s.is_empty());
            offs.push((at, at));
            continue;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        let a = s.len();
        s.push_str(&t.norm);
        offs.push((a, s.len()));
    }
    (s, offs)
}

/// [`norm_string`] with the quote marks of a one- or two-word quotation inside a sentence
/// left out ("wants to 'finish' cousin" reads "wants to finish cousin"): scare quotes around
/// the client's own word do not break the phrase it sits in. A dropped mark keeps a
/// zero-width offset, so positions still map to tokens.
pub(crate) fn norm_string_unquoted(toks: &[Tok]) -> (String, Vec<(usize, usize)>) {
    let quote = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "'" | "\"" | "\u{2018}" | "\u{2019}" | "\u{201c}" | "\u{201d}"
            )
        })
    };
    let word = |k: usize| toks.get(k).is_some_and(|t| !t.punct);
    let mut drop = vec![false; toks.len()];
    for k in 1..toks.len() {
        if !quote(k) || !word(k - 1) {
            continue;
        }
        for n in [1, 2] {
            let close = k + n + 1;
            if quote(close) && (k + 1..close).all(word) && word(close + 1) {
                drop[k] = true;
                drop[close] = true;
                break;
            }
        }
    }
    joined(toks, &drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> String {
        norm_string(&tokenize(s)).0
    }

    #[test]
    fn scare_quotes_leave_the_phrase_whole() {
        let toks = tokenize("He wants to 'finish' his cousin, he said 'no' to that.");
        let (s, offs) = norm_string_unquoted(&toks);
        assert_eq!(s, "he wants to finish his cousin , he said no to that .");
        // A quotation of three words or more keeps its marks.
        let long = tokenize("He said 'no more of that' to her.");
        assert_eq!(norm_string_unquoted(&long).0, norm_string(&long).0);
        assert_eq!(offs.len(), toks.len());
        // A dropped mark is zero-width at the next word's start.
        let q = offs.iter().position(|o| o.0 == o.1);
        assert_eq!(q, Some(3));
        assert_eq!(offs[3].0, offs[4].0);
    }

    #[test]
    fn abbreviations_slang_and_garbles() {
        assert_eq!(
            norms("Denies S I, H I."),
            "denies suicidal ideation , homicidal ideation ."
        );
        assert_eq!(
            norms("SI/HI denied"),
            "suicidal ideation , homicidal ideation denied"
        );
        assert_eq!(norms("Hi, she said"), "hi , she said");
        assert_eq!(norms("Denies E T O H."), "denies alcohol .");
        assert_eq!(norms("typing kms"), "typing kill myself");
        assert_eq!(norms("Denies self-farm"), "denies self harm");
        assert_eq!(norms("partner violins"), "partner violence");
        assert_eq!(norms("she plays violins"), "she plays violins");
        assert_eq!(
            norms("Reports sue aside all ideation"),
            "reports suicidal ideation"
        );
        assert_eq!(norms("She doesn't want it"), "she doesn't want it");
        let t = tokenize("Pt denies sewer side thoughts.");
        assert!(t.iter().any(|t| t.norm == "suicide" && t.near_miss));
        let text = "He said I want to unalive myself";
        let t = tokenize(text);
        let k = t.iter().find(|t| t.norm == "kill").unwrap();
        assert_eq!(&text[k.start..k.end], "unalive");
    }
}
