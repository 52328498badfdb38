//! The check that lets a reworded sentence into a draft: it may say nothing the memo did not.
//!
//! Every word of the sentence that carries content must occur in the memo after both are
//! normalised the same way. "Content" is everything except a short list of function words, so
//! numbers, durations, names, medications, negations ("not", "no", "never") and pronouns are all
//! checked without needing a list of each. Normalisation: case, punctuation, possessives,
//! contractions ("doesn't" = "does not"), simple suffixes (-s, -es, -ed, -ing, final -e),
//! number words as digits ("four" = "4", "twenty-five" = "25", "fourth" = "4th" = "4") and "X out
//! of Y" as "X/Y".
//!
//! The words the composer itself adds when it rewords (see [`GLUE_WORDS`]) are allowed too.

use crate::text::{fold, words};

/// Words the composer may add that the memo need not contain: it turns "We practiced" into
/// "Clinician and client practiced" and "I" into "the clinician". Keep this list short: each
/// entry is a word the checker can no longer catch being invented.
pub const GLUE_WORDS: &[&str] = &["client", "clinician", "reported", "session"];

/// Function words that carry no clinical fact. Negations, quantifiers, directions and third-person
/// pronouns are deliberately absent: changing them changes meaning.
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "then",
    "than",
    "so",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "about",
    "as",
    "into",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "how",
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "also",
    "too",
    "very",
    "just",
];

/// A sentence that mentions something the memo does not.
///
/// The message names only how many words: errors may be logged, and logs never hold memo text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "sentence not grounded in the memo: {} word(s) the memo does not contain; use the \
     clinician's own clause instead",
    .words.len()
)]
pub struct Ungrounded {
    /// The sentence's words (as written) that the memo lacks. Memo-derived: do not log.
    pub words: Vec<String>,
}

/// Accepts `sentence` only if every content word of it occurs in `memo` (see the module docs).
pub fn is_grounded(sentence: &str, memo: &str) -> Result<(), Ungrounded> {
    let memo_terms: std::collections::HashSet<String> =
        normalise(memo).into_iter().map(|(t, _)| t).collect();
    let mut missing: Vec<String> = Vec::new();
    for (term, surface) in normalise(sentence) {
        if STOPWORDS.contains(&term.as_str())
            || GLUE_WORDS.iter().any(|g| normal_form(g) == term)
            || memo_terms.contains(&term)
        {
            continue;
        }
        if !missing.contains(&surface) {
            missing.push(surface);
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Ungrounded { words: missing })
    }
}

/// The text's terms in normal form, each with the word it came from.
fn normalise(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for w in words(text) {
        let surface = w.text.to_string();
        for part in expand_contraction(&fold(w.text)) {
            let term = normal_form(&part);
            // "twenty five" -> "25"
            if let (Some(tens), Ok(unit)) = (
                out.last().and_then(|(t, _)| t.parse::<u32>().ok()),
                term.parse::<u32>(),
            ) {
                let prev_is_tens_word = out
                    .last()
                    .is_some_and(|(_, s)| number_word(&fold(s)).is_some());
                if prev_is_tens_word && tens >= 20 && tens % 10 == 0 && (1..10).contains(&unit) {
                    if let Some(last) = out.last_mut() {
                        last.0 = (tens + unit).to_string();
                        last.1.push(' ');
                        last.1.push_str(&surface);
                    }
                    continue;
                }
            }
            out.push((term, surface.clone()));
        }
    }
    // "6 out of 10" -> "6", "10" (as "6/10" tokenises)
    let is_num = |t: &str| t.chars().all(|c| c.is_ascii_digit() || c == '.');
    let mut i = 0;
    while i + 3 < out.len() {
        if is_num(&out[i].0)
            && out[i + 1].0 == "out"
            && out[i + 2].0 == "of"
            && is_num(&out[i + 3].0)
        {
            out.drain(i + 1..i + 3);
        }
        i += 1;
    }
    out
}

/// "doesn't" -> ["does", "not"], "I'm" -> ["i", "am"], "client's" -> ["client"].
fn expand_contraction(word: &str) -> Vec<String> {
    let special = match word {
        "won't" => Some(["will", "not"]),
        "can't" => Some(["can", "not"]),
        "shan't" => Some(["shall", "not"]),
        _ => None,
    };
    if let Some(parts) = special {
        return parts.iter().map(|p| p.to_string()).collect();
    }
    if let Some(stem) = word.strip_suffix("n't") {
        return vec![stem.to_string(), "not".to_string()];
    }
    for (suffix, full) in [
        ("'m", Some("am")),
        ("'ve", Some("have")),
        ("'ll", Some("will")),
        ("'re", Some("are")),
        // "'d" is "would" or "had": the memo's "I'd" grounds either expansion.
        ("'d", Some("would had")),
        ("'s", None),
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            let mut v = vec![stem.to_string()];
            v.extend(
                full.into_iter()
                    .flat_map(str::split_whitespace)
                    .map(str::to_string),
            );
            return v;
        }
    }
    vec![word.trim_matches('\'').to_string()]
}

/// Number words as digits ("six" -> 6, "fourth" -> 4); `None` for any other word. Public so
/// that the transcription tests compute WER with the same reading of numbers.
pub fn number_word(word: &str) -> Option<u32> {
    use crate::text::NUMBER_UNITS as UNITS;
    use crate::text::{NUMBER_ORDINALS, NUMBER_TENS};
    let ordinals = &NUMBER_ORDINALS[..20];
    let tens = &NUMBER_TENS[2..];
    let pos = |list: &[&str]| list.iter().position(|w| *w == word);
    if let Some(n) = pos(UNITS).or_else(|| pos(ordinals)) {
        return u32::try_from(n).ok();
    }
    if let Some(n) = pos(tens) {
        return u32::try_from(n * 10 + 20).ok();
    }
    if word == "hundred" {
        return Some(100);
    }
    None
}

/// One folded word in normal form: digits for numbers, suffixes stripped.
fn normal_form(word: &str) -> String {
    if let Some(n) = number_word(word) {
        return n.to_string();
    }
    // "4th", "21st" -> "4", "21"
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && ["st", "nd", "rd", "th"].contains(&&word[digits.len()..]) {
        return digits;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let w = word.replace('.', "");
    stem(&w)
}

/// A deliberately crude English stemmer: both sides go through it, so it only has to be
/// consistent, not linguistically right.
fn stem(w: &str) -> String {
    let n = w.chars().count();
    let mut s = w.to_string();
    let mut verb_suffix = false;
    let strip = |s: &str, k: usize| s.chars().take(s.chars().count() - k).collect::<String>();
    if n > 4 && s.ends_with("ies") {
        s = format!("{}y", strip(&s, 3));
    } else if n >= 6 && s.ends_with("ing") {
        s = undouble(strip(&s, 3));
        verb_suffix = true;
    } else if n >= 5 && s.ends_with("ed") {
        s = undouble(strip(&s, 2));
        verb_suffix = true;
    } else if n >= 5
        && s.ends_with("es")
        && ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|e| strip(&s, 2).ends_with(e))
    {
        s = strip(&s, 2);
    } else if n >= 4
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
    {
        s = strip(&s, 1);
    }
    // "agree"/"agreed" -> "agre", "practice"/"practiced" -> "practic"
    if !verb_suffix && s.chars().count() >= 4 && s.ends_with('e') {
        s = strip(&s, 1);
    }
    s
}

/// "stopp" -> "stop", but "discuss", "call" stay.
fn undouble(s: String) -> String {
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [.., a, b] if a == b && !"slzfaeiou".contains(*a) => cs[..cs.len() - 1].iter().collect(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEMO: &str = "Client discussed work stress and a conflict with her supervisor. We \
        practiced grounding techniques and she rated her anxiety at six out of ten, down from \
        eight. She denies suicidal ideation. Fourth session. Dr. Patel increased sertraline to \
        50 mg. She doesn't sleep well.";

    fn ok(s: &str) {
        assert_eq!(is_grounded(s, MEMO), Ok(()), "{s}");
    }

    fn missing(s: &str) -> Vec<String> {
        is_grounded(s, MEMO).unwrap_err().words
    }

    #[test]
    fn verbatim_and_tidied_sentences_pass() {
        ok("Client discussed work stress and a conflict with her supervisor.");
        ok("Clinician and client practiced grounding techniques.");
        ok("The clinician's client practices grounding.");
        ok("She rated her anxiety at 6/10, down from 8.");
        ok("Anxiety rated six out of ten.");
        ok("4th session.");
        ok("Dr Patel increased sertraline to 50 mg.");
        ok("She does not sleep well.");
        ok("Session reported.");
    }

    #[test]
    fn invented_content_is_caught() {
        assert_eq!(missing("She rated her anxiety at 7/10."), ["7"]);
        assert_eq!(missing("Sertraline 100 mg."), ["100"]);
        assert_eq!(missing("Client was hospitalized."), ["hospitalized"]);
        assert_eq!(
            missing("Dr. Jones prescribed medication."),
            ["Jones", "prescribed", "medication"]
        );
        assert_eq!(
            missing("She does sleep well, no problems."),
            ["no", "problems"]
        );
        assert_eq!(missing("He denies suicidal ideation."), ["He"]);
        assert_eq!(missing("Anxiety went up."), ["went", "up"]);
        assert_eq!(missing("Session lasted 50 minutes."), ["lasted", "minutes"]);
        let invented_negation = is_grounded("She isn't stressed.", "She is stressed.");
        assert_eq!(invented_negation.unwrap_err().words, ["isn't"]);
    }

    #[test]
    fn number_words_and_compounds() {
        let memo = "Session of twenty-five minutes, first visit, rated three out of ten.";
        assert_eq!(
            is_grounded("25 minutes, 1st visit, rated 3/10.", memo),
            Ok(())
        );
        assert!(is_grounded("26 minutes.", memo).is_err());
        assert!(is_grounded("Rated 3/9.", memo).is_err());
    }

    #[test]
    fn stemming_is_consistent() {
        for (a, b) in [
            ("practiced", "practice"),
            ("practicing", "practices"),
            ("discussed", "discusses"),
            ("walks", "walk"),
            ("stopped", "stop"),
            ("worries", "worry"),
            ("agreed", "agree"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} vs {b}");
        }
        assert_ne!(stem("stress"), stem("stres"));
    }
}
