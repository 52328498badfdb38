//! Word tokens with byte offsets, shared by the rule-based modules so that they agree on what a
//! "word" is.

/// One word of a text: a run of letters/digits, keeping apostrophes between letters ("don't"),
/// dots between digits ("2.5") and dots inside abbreviations ("p.m", "e.g").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `s` into words. Hyphens, slashes and all other punctuation separate words.
pub(crate) fn words(s: &str) -> Vec<Word<'_>> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            let prev = chars[j - 1].1;
            let next = chars.get(j + 1).map(|&(_, c)| c);
            let joins = match next {
                Some(n) if is_apostrophe(c) => prev.is_alphabetic() && n.is_alphabetic(),
                Some(n) if c == '.' => {
                    (prev.is_ascii_digit() && n.is_ascii_digit())
                        || (prev.is_alphabetic()
                            && n.is_alphabetic()
                            && !chars
                                .get(j + 2)
                                .is_some_and(|&(_, c2)| c2.is_alphanumeric()))
                }
                _ => false,
            };
            if joins {
                j += 2;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(s.len(), |&(b, _)| b);
        out.push(Word {
            text: &s[start..end],
            start,
            end,
        });
        i = j;
    }
    out
}

/// Lower-cases and folds the typographic apostrophe, so rules match one spelling.
pub(crate) fn fold(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

/// Standard Levenshtein distance over chars.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Number words below twenty, at their value's index: one list for grounding, session facts
/// and self-corrections, so all three read "fourteen" the same way.
pub(crate) const NUMBER_UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Ordinals at their value's index ("third" is 3), up to "twentieth".
pub(crate) const NUMBER_ORDINALS: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Day names, lower case: dates in dictation ("on Tuesday") for corrections and risk timing.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names, lower case: dates in dictation ("in March") for corrections and risk timing.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Tens at their value's index ("twenty" is 2); the first two are unused.
pub(crate) const NUMBER_TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        words(s).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_contractions_decimals_and_abbreviations() {
        assert_eq!(
            texts("She doesn't—at 3 p.m. rated 2.5/10, self-harm; Dr. O’Neil."),
            [
                "She", "doesn't", "at", "3", "p.m", "rated", "2.5", "10", "self", "harm", "Dr",
                "O’Neil"
            ]
        );
    }

    #[test]
    fn word_offsets_point_into_the_text() {
        let s = "  Hi, you.";
        for w in words(s) {
            assert_eq!(&s[w.start..w.end], w.text);
        }
    }

    #[test]
    fn levenshtein_basics() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("same", "same"), 0);
    }
}
