//! Spoken self-corrections: the draft keeps only the corrected version (FORMATS.md §0).
//!
//! A dictated correction is a marker set off by commas (", sorry,", ", I mean,", ", no wait,",
//! ", scratch that,", ", correction,"), optionally after a filler ("uh, sorry,"). What it takes
//! back is decided by the word before it: when that word and the first word after the marker
//! are of one kind (a number, a weekday, a month), only that word is taken back ("two, sorry,
//! three deadlines" → "three deadlines"); otherwise the whole comma-delimited phrase before the
//! marker is ("denies blackouts, uh, sorry, had one" → "had one"). Words are only ever removed,
//! never added, so the grounding check still holds; the transcript keeps every word.

use regex::Regex;
use std::sync::OnceLock;

fn marker() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i),\s*(?:(?:uh+|um+|er+|erm),\s*)*(?:sorry|i mean|no wait|wait no|scratch that|correction|let me correct that)\s*,\s*",
        )
        .ok()
    })
    .as_ref()
}

/// The kind of a word, for deciding how much a correction takes back.
#[derive(PartialEq, Eq)]
enum Kind {
    Number,
    Weekday,
    Month,
    Other,
}

fn kind(word: &str) -> Kind {
    use crate::text::{NUMBER_TENS, NUMBER_UNITS};
    let is_number = |p: &str| {
        NUMBER_UNITS.contains(&p)
            || NUMBER_TENS[2..].contains(&p)
            || ["hundred", "half", "once", "twice"].contains(&p)
    };
    use crate::text::{MONTHS, WEEKDAYS};
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    if !w.is_empty()
        && (w.chars().all(|c| c.is_ascii_digit() || c == '.') || w.split('-').all(is_number))
    {
        Kind::Number
    } else if WEEKDAYS.contains(&w.as_str())
        || matches!(w.as_str(), "today" | "yesterday" | "tomorrow")
    {
        Kind::Weekday
    } else if MONTHS.contains(&w.as_str()) {
        Kind::Month
    } else {
        Kind::Other
    }
}

/// `text` with every self-correction applied; unchanged when it has none.
pub fn apply(text: &str) -> String {
    let Some(re) = marker() else {
        return text.to_string();
    };
    let mut s = text.to_string();
    // Each pass removes one marker; a clause has at most a few.
    for _ in 0..4 {
        let Some(m) = re.find(&s) else { break };
        let before = &s[..m.start()];
        let after = &s[m.end()..];
        let last = before.split_whitespace().last().unwrap_or_default();
        let first = after.split_whitespace().next().unwrap_or_default();
        if after.trim().is_empty() || before.trim().is_empty() {
            break;
        }
        let keep = if kind(last) != Kind::Other && kind(last) == kind(first) {
            before[..before.len() - last.len()].trim_end()
        } else {
            before.rfind([',', ';']).map_or("", |i| &before[..=i])
        };
        s = format!("{keep} {after}").trim().to_string();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_replaces_a_number() {
        assert_eq!(
            apply("She has two, sorry, three deadlines this week"),
            "She has three deadlines this week"
        );
        assert_eq!(
            apply("Sleeping five, uh, sorry, six hours"),
            "Sleeping six hours"
        );
        assert_eq!(
            apply("Next session on Monday, I mean, Tuesday"),
            "Next session on Tuesday"
        );
    }

    #[test]
    fn a_phrase_replaces_the_phrase_before_it() {
        assert_eq!(
            apply("He denies blackouts, uh, sorry, had one on Saturday"),
            "had one on Saturday"
        );
        assert_eq!(
            apply("Mood better, appetite poor, scratch that, appetite fine"),
            "Mood better, appetite fine"
        );
    }

    #[test]
    fn drafts_keep_the_corrected_version_and_the_transcript_keeps_all() {
        let memo = "Client reports two, sorry, three panic attacks. Homework is a log.";
        let doc = crate::draft(
            memo,
            &crate::Format::builtin("SOAP").unwrap(),
            None,
            &crate::DraftOptions::default(),
        );
        let said: Vec<&str> = doc.note.sections[0]
            .sentences
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(said, ["Client reports three panic attacks."]);
        assert_eq!(doc.public, memo);
    }

    #[test]
    fn no_marker_no_change() {
        for t in [
            "She said she is sorry for yelling",
            "He feels sorry for his brother, and angry",
            "Sorry, the session ran late",
            "I mean to follow up",
        ] {
            assert_eq!(apply(t), t);
        }
    }
}
