//! Cutting a memo into the clinician's own clauses.
//!
//! Rules, kept simple so that a reader can predict the cut:
//! - a clause ends at `.`, `!` or `?` (a run of them, plus closing quotes or brackets) followed by
//!   whitespace or the end of the text, and at `;` followed by whitespace;
//! - a dot does not end a clause after a title ("Dr.", "Mrs."), after "e.g."/"i.e."/"vs.", or after
//!   a single letter (an initial); after "a.m."/"p.m."/"etc." it does only when a capital follows;
//! - a dot inside a number ("2.5") is never followed by whitespace, so it never cuts.
//!
//! Commas never cut: a clause is what the clinician said as one sentence.

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
}

/// Words after which a dot never ends a sentence (lower case, without the final dot).
const NEVER_END: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr", "e.g", "i.e", "vs", "cf", "approx",
    "no", "fig",
];
/// Words after which a dot ends a sentence only if a capital letter follows.
const END_IF_CAPITAL: &[&str] = &["a.m", "p.m", "etc", "am", "pm"];

/// Cuts `text` into numbered clauses; empty pieces (stray punctuation) are skipped.
pub fn split_clauses(text: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut piece_start = 0;
    for cut in cut_points(text) {
        push_clause(text, piece_start, cut, &mut out);
        piece_start = cut;
    }
    push_clause(text, piece_start, text.len(), &mut out);
    out
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
    fn empty_and_punctuation_only() {
        assert!(split_clauses("").is_empty());
        assert!(split_clauses(" ... ").is_empty());
    }
}
