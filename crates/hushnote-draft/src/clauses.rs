//! Cutting a memo into the clinician's own clauses.
//!
//! Rules, kept simple so that a reader can predict the cut:
//! - a clause ends at `.`, `!` or `?` (a run of them, plus closing quotes or brackets) followed by
//!   whitespace or the end of the text, and at `;` followed by whitespace;
//! - a dot does not end a clause after a title ("Dr.", "Mrs."), after "e.g."/"i.e."/"vs.", or after
//!   a single letter (an initial); after "a.m."/"p.m."/"etc." it does only when a capital follows;
//! - a dot inside a number ("2.5") is never followed by whitespace, so it never cuts.
//!
//!
//! Then a sentence is cut again where its parts do different jobs in the note (FORMATS.md §0:
//! "Denies SI, but cut on Tuesday"; "Tearful, said she misses him"): at a comma, or at "but" /
//! "and then", when the part after it has a clear role of its own ([`crate::roles`]) that
//! differs from the part before, and both parts are more than a word or two. Parts with the same
//! role, or a part with no cue of its own ("..., and appetite fine"), stay one clause. The
//! joining word ("and", "but", "then") belongs to neither part, like the punctuation between
//! sentences; the transcript keeps it.

/// One clause of the memo, verbatim, with where it sits in the transcript.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Clause {
    /// 1-based, as numbered in the planning prompt and in provenance comments.
    pub id: usize,
    /// The clause exactly as transcribed (trimmed).
    pub text: String,
    /// Byte range in the (public part of the) transcript.
    pub start: usize,
    pub end: usize,
    /// The risk reading found something about the client here (a disclosure, a denial, a
    /// history, means; not the statistical net alone): its placement follows the risk
    /// statement's row of the role table ([`crate::roles::read_all_with_risk`]). Set by
    /// [`crate::prepare`].
    #[serde(default)]
    pub risk: bool,
    /// The risk reading found nothing at all (no one's risk, no denial, no history) in this
    /// clause or the clauses beside it: a risk-sounding word here is in another sense ("dead
    /// on her feet", "shots of espresso"), so the role cues' keyword reading of risk gives
    /// way ([`crate::roles::read_all_with_risk`]). Set by [`crate::prepare`].
    #[serde(default)]
    pub risk_free: bool,
    /// The risk reading found something here, and all of it someone else's, in the past or
    /// supposed ("her hallmate died by suicide last week"): the client's account of it, not
    /// a risk statement ([`crate::roles::read_all_with_risk`]). Set by [`crate::prepare`].
    #[serde(default)]
    pub risk_elsewhere: bool,
}

use crate::roles::{self, Reading, Role};
use regex::Regex;
use std::sync::OnceLock;

/// Words after which a dot never ends a sentence (lower case, without the final dot).
const NEVER_END: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr", "e.g", "i.e", "vs", "cf", "approx",
    "no", "fig", "incl", "excl", "esp",
];
/// Words after which a dot ends a sentence only if a capital letter follows.
/// Clinical shorthand ("hit a care asst. at the home", "pt. w/ dementia") ends a sentence only
/// before a capital too.
const END_IF_CAPITAL: &[&str] = &[
    "a.m", "p.m", "etc", "am", "pm", "asst", "pt", "appt", "wk", "wks", "yr", "yrs", "hx", "dx",
];

/// Cuts `text` into numbered clauses: sentences, each cut again where its parts have different
/// roles. Empty pieces (stray punctuation) are skipped.
pub fn split_clauses(text: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut prev: Option<Reading> = None;
    for sentence in split_sentences(text) {
        for (start, end) in split_by_role(text, sentence.start, sentence.end, &mut prev) {
            push_clause(text, start, end, &mut out);
        }
    }
    for (i, c) in out.iter_mut().enumerate() {
        c.id = i + 1;
    }
    out
}

/// Cuts `text` into numbered sentences only (no cut inside a sentence).
pub fn split_sentences(text: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut piece_start = 0;
    for cut in cut_points(text) {
        push_clause(text, piece_start, cut, &mut out);
        piece_start = cut;
    }
    push_clause(text, piece_start, text.len(), &mut out);
    out
}

/// Where a sentence may be cut: a comma followed by a joining word, "but" / "and then" on their
/// own, or "and" before the client as the subject of a telling or reacting verb ("... and she
/// said it helped"). Groups 1 to 3 are the joining word; `subject` starts the next part.
fn joints() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i),\s+(and then|and|but|so|then|though|although|while|plus)\s+|\s+(but|and then)\s+|\s+(and)\s+(?P<subject>(?:she|he|they|the client|client|pt)\s+(?:said|says|reported|reports|was|were|felt|feels|found|noticed|rated|agreed|denied|denies|described|identified|tried|liked|thought)\b)",
        )
        .ok()
    })
    .as_ref()
}

/// The part opens with a third-person pronoun as its subject.
fn opens_with_pronoun(part: &str) -> bool {
    let first = part
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase()
        .replace('’', "'");
    let word = first.split('\'').next().unwrap_or_default();
    matches!(word, "he" | "she" | "they" | "it" | "him" | "them")
}

/// The part names a person other than the client (a relative, partner, friend, colleague, a
/// named professional), whom a following pronoun may mean.
fn mentions_other_person(part: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "partner",
        "husband",
        "wife",
        "boyfriend",
        "girlfriend",
        "fiance",
        "fiancee",
        "spouse",
        "ex",
        "mom",
        "mother",
        "dad",
        "father",
        "stepdad",
        "stepmom",
        "stepfather",
        "stepmother",
        "parent",
        "parents",
        "brother",
        "sister",
        "son",
        "daughter",
        "child",
        "kid",
        "kids",
        "uncle",
        "aunt",
        "cousin",
        "grandmother",
        "grandfather",
        "grandma",
        "grandpa",
        "friend",
        "roommate",
        "boss",
        "supervisor",
        "coworker",
        "colleague",
        "neighbor",
        "neighbour",
        "teacher",
        "coach",
        "classmate",
        "landlord",
        "doctor",
        "nurse",
    ];
    part.split(|c: char| !c.is_alphanumeric())
        .any(|w| PEOPLE.contains(&w.to_lowercase().as_str()))
}

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The sentence `text[start..end]` as byte ranges of its parts (see the module docs). `prev`
/// is the reading of the clause before, updated to the last part's reading.
fn split_by_role(
    text: &str,
    start: usize,
    end: usize,
    prev: &mut Option<Reading>,
) -> Vec<(usize, usize)> {
    let sentence = &text[start..end];
    let Some(re) = joints() else {
        *prev = Some(roles::read(sentence, *prev));
        return vec![(start, end)];
    };
    // Segments of the sentence, and for each segment after the first whether the joint before
    // it has a joining word.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut conj_before: Vec<bool> = Vec::new();
    let mut seg_start = 0;
    for m in re.captures_iter(sentence) {
        let Some(whole) = m.get(0) else { continue };
        segments.push((seg_start, whole.start()));
        conj_before.push(m.get(1).or_else(|| m.get(2)).or_else(|| m.get(3)).is_some());
        // "... and she said ...": the next part starts at its subject.
        seg_start = m.name("subject").map_or(whole.end(), |s| s.start());
    }
    segments.push((seg_start, sentence.len()));

    let mut parts: Vec<(usize, usize)> = Vec::new();
    let (mut cur_start, mut cur_end) = (segments[0].0, segments[0].1);
    let mut cur_reading = roles::read(&sentence[cur_start..cur_end], *prev);
    let mut before_cur = *prev;
    for (k, &(s, e)) in segments.iter().enumerate().skip(1) {
        let piece = &sentence[s..e];
        let next = roles::read(piece, Some(cur_reading));
        let conj = conj_before.get(k - 1).copied().unwrap_or(false);
        let min_words = if conj { 2 } else { 3 };
        // One disclosure is never split across sections (FORMATS.md §2): what follows a risk
        // statement without risk words of its own ("..., and they're locked in a safe") is its
        // detail, not the client's report.
        let detail_of_risk =
            cur_reading.role == Role::RiskStatement && next.role == Role::ClientReport;
        // A safety action beside another act of the same role is cut off too: iCARE files it
        // under Risk and crisis, the other act elsewhere.
        let differs = next.role != cur_reading.role || next.safety != cur_reading.safety;
        // A pronoun stays with the person it points back to ("her partner argues ..., and he
        // pushed her"): cut apart, the second part would lose who "he" is.
        let keeps_antecedent =
            opens_with_pronoun(piece) && mentions_other_person(&sentence[cur_start..cur_end]);
        let cut = next.cued
            && !detail_of_risk
            && !keeps_antecedent
            && differs
            && word_count(piece) >= min_words
            && word_count(&sentence[cur_start..cur_end]) >= min_words;
        if cut {
            parts.push((cur_start, cur_end));
            before_cur = Some(cur_reading);
            cur_start = s;
            cur_end = e;
            cur_reading = next;
        } else {
            cur_end = e;
            cur_reading = roles::read(&sentence[cur_start..cur_end], before_cur);
        }
    }
    parts.push((cur_start, cur_end));
    *prev = Some(cur_reading);
    parts
        .into_iter()
        .map(|(s, e)| (start + s, start + e))
        .collect()
}

fn push_clause(text: &str, from: usize, to: usize, out: &mut Vec<Clause>) {
    let piece = &text[from..to];
    let trimmed = piece.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let start = from + (piece.len() - piece.trim_start().len());
    out.push(Clause {
        id: out.len() + 1,
        text: trimmed.to_string(),
        start,
        end: start + trimmed.len(),
        risk: false,
        risk_free: false,
        risk_elsewhere: false,
    });
}

/// Byte offsets just after each clause-ending punctuation run.
fn cut_points(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | ';') {
            i += 1;
            continue;
        }
        let run_start = i;
        let mut j = i + 1;
        if c != ';' {
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?') {
                j += 1;
            }
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | ')' | ']' | '”' | '’') {
                j += 1;
            }
        }
        let at_end = j >= chars.len();
        let space_follows = !at_end && chars[j].1.is_whitespace();
        if (at_end || space_follows) && (c == ';' || ends_sentence(&chars, run_start, j)) {
            cuts.push(chars.get(j).map_or(text.len(), |&(b, _)| b));
        }
        i = j;
    }
    cuts
}

/// Decides whether the dot run at `chars[dot]` (ending before `after`) ends a sentence.
fn ends_sentence(chars: &[(usize, char)], dot: usize, after: usize) -> bool {
    if chars[dot].1 != '.' || after > dot + 1 {
        return true; // "!", "?", "..." always end
    }
    // The word before the dot, as far back as the previous whitespace.
    let word_start = chars[..dot]
        .iter()
        .rposition(|&(_, c)| c.is_whitespace())
        .map_or(0, |k| k + 1);
    let word: String = chars[word_start..dot]
        .iter()
        .map(|&(_, c)| c)
        .collect::<String>()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false; // an initial: "J. Smith"
    }
    if NEVER_END.contains(&word.as_str()) {
        // "No." only abbreviates "number" before a digit: "No. 5".
        return word == "no" && !next_char(chars, after).is_some_and(|c| c.is_ascii_digit());
    }
    if END_IF_CAPITAL.contains(&word.as_str()) {
        return next_char(chars, after).is_none_or(char::is_uppercase);
    }
    true
}

/// First non-whitespace char at or after `chars[from]`.
fn next_char(chars: &[(usize, char)], from: usize) -> Option<char> {
    chars[from.min(chars.len())..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        split_clauses(s).into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn sentences_are_clauses_with_ids_and_offsets() {
        let memo = "Client discussed work stress.  We practiced grounding!  Homework is journaling";
        let cs = split_clauses(memo);
        assert_eq!(cs.len(), 3);
        for (i, c) in cs.iter().enumerate() {
            assert_eq!(c.id, i + 1);
            assert_eq!(&memo[c.start..c.end], c.text);
        }
        assert_eq!(cs[2].text, "Homework is journaling");
    }

    #[test]
    fn abbreviations_numbers_and_times_do_not_cut() {
        assert_eq!(
            texts("She saw Dr. Smith on Monday. Dose went to 2.5 mg, e.g. at night. Next."),
            [
                "She saw Dr. Smith on Monday.",
                "Dose went to 2.5 mg, e.g. at night.",
                "Next."
            ]
        );
        assert_eq!(
            texts("We meet at 3 p.m. tomorrow. Then J. R. Jones joins."),
            ["We meet at 3 p.m. tomorrow.", "Then J. R. Jones joins."]
        );
        assert_eq!(
            texts("We meet at 3 p.m. She agreed."),
            ["We meet at 3 p.m.", "She agreed."]
        );
        assert_eq!(
            texts("Rated anxiety 6. Down from 8."),
            ["Rated anxiety 6.", "Down from 8."]
        );
    }

    #[test]
    fn semicolons_cut_commas_do_not() {
        assert_eq!(
            texts("Mood low; sleep poor, and appetite fine."),
            ["Mood low;", "sleep poor, and appetite fine."]
        );
    }

    #[test]
    fn quotes_questions_and_ellipses() {
        assert_eq!(
            texts("She said \"I feel trapped.\" Is it safe? Well... maybe."),
            [
                "She said \"I feel trapped.\"",
                "Is it safe?",
                "Well...",
                "maybe."
            ]
        );
    }

    #[test]
    fn parts_with_different_roles_are_cut_and_the_joining_word_kept_out() {
        assert_eq!(
            texts("We rehearsed the script and he said it felt doable."),
            ["We rehearsed the script", "he said it felt doable."]
        );
        assert_eq!(
            texts("Denies SI, but she has been drinking every night, and we agreed to weekly sessions."),
            [
                "Denies SI, but she has been drinking every night",
                "we agreed to weekly sessions."
            ]
        );
        // A safety action beside another intervention is its own clause.
        assert_eq!(
            texts("We went over her safety plan, then practised box breathing."),
            ["We went over her safety plan", "practised box breathing."]
        );
        // A pronoun stays with the person it means.
        assert_eq!(
            texts("Her boyfriend drinks most nights, and he shoved her on Friday."),
            ["Her boyfriend drinks most nights, and he shoved her on Friday."]
        );
        // Same role, or no cue of its own: one clause.
        assert_eq!(
            texts("Tearful and tired, but warm."),
            ["Tearful and tired, but warm."]
        );
        assert_eq!(
            texts("She lost her job, and her lease ends in May."),
            ["She lost her job, and her lease ends in May."]
        );
    }

    #[test]
    fn empty_and_punctuation_only() {
        assert!(split_clauses("").is_empty());
        assert!(split_clauses(" ... ").is_empty());
    }
}
