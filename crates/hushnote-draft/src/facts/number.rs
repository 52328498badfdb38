//! Numbers as clinicians dictate them and Whisper writes them: digits ("50"), words ("fifty",
//! "twenty-eight", "one hundred and two") and ordinals ("third"), read from tokens.

use super::tokens::Tok;

use crate::text::{NUMBER_ORDINALS as ORDINALS, NUMBER_TENS as TENS, NUMBER_UNITS as UNITS};
fn unit(w: &str) -> Option<u32> {
    UNITS.iter().position(|u| *u == w).map(|p| p as u32)
}

fn tens(w: &str) -> Option<u32> {
    TENS.iter()
        .position(|t| !t.is_empty() && *t == w)
        .map(|p| p as u32 * 10)
}

/// A cardinal number starting at token `i`: its value and the index just after it.
/// "fifty one" (from "fifty-one") is 51, "one hundred and two" is 102; "fifteen two" is 15.
pub(crate) fn cardinal(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let w = toks.get(i)?.word()?;
    if w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok().map(|v| (v, i + 1));
    }
    let (mut v, mut j) = below_hundred(toks, i)?;
    if v < 10 && toks.get(j).and_then(Tok::word) == Some("hundred") {
        v *= 100;
        j += 1;
        let k = if toks.get(j).and_then(Tok::word) == Some("and") {
            j + 1
        } else {
            j
        };
        if let Some((rest, end)) = below_hundred(toks, k) {
            if rest > 0 {
                v += rest;
                j = end;
            }
        }
    }
    Some((v, j))
}

fn below_hundred(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let w = toks.get(i)?.word()?;
    if let Some(u) = unit(w) {
        return Some((u, i + 1));
    }
    let t = tens(w)?;
    match toks.get(i + 1).and_then(Tok::word).and_then(unit) {
        Some(u) if (1..10).contains(&u) => Some((t + u, i + 2)),
        _ => Some((t, i + 1)),
    }
}

/// An ordinal word or "3rd"-style token ("third" -> 3), one token long.
pub(crate) fn ordinal(w: &str) -> Option<u32> {
    if let Some(p) = ORDINALS.iter().skip(1).position(|o| *o == w).map(|p| p + 1) {
        return Some(p as u32);
    }
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &w[digits.len()..];
    if !digits.is_empty() && ["st", "nd", "rd", "th"].contains(&suffix) {
        return digits.parse().ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn read(s: &str) -> Option<(u32, usize)> {
        cardinal(&tokenize(s), 0)
    }

    #[test]
    fn words_digits_and_compounds() {
        assert_eq!(read("fifty minutes"), Some((50, 1)));
        assert_eq!(read("50 minutes"), Some((50, 1)));
        assert_eq!(read("twenty-eight at intake"), Some((28, 2)));
        assert_eq!(read("forty five"), Some((45, 2)));
        assert_eq!(read("one hundred and two pounds"), Some((102, 4)));
        assert_eq!(read("fifteen two"), Some((15, 1)));
        assert_eq!(read("nine"), Some((9, 1)));
        assert_eq!(read("minutes"), None);
        assert_eq!(read("twenty"), Some((20, 1)));
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("third"), Some(3));
        assert_eq!(ordinal("12th"), Some(12));
        assert_eq!(ordinal("twentieth"), Some(20));
        assert_eq!(ordinal("three"), None);
    }
}
