//! Psychotherapy (process) notes are kept apart from the progress note (DESIGN §6).
//!
//! The clinician says a marker such as "private note" and everything after it is the private
//! part. The marker is matched as whole words, case-insensitively, anywhere in the memo and
//! whatever punctuation Whisper puts around or between its words ("Private note:", "private,
//! note."). Matching anywhere (not only at a sentence start) is deliberate: a false match only
//! moves text into the private file, while a missed one would leak process notes into the
//! progress note.

use crate::text::{fold, words};

/// Markers used when the configuration names none.
pub const DEFAULT_MARKERS: &[&str] = &["private note", "process note"];

/// The default markers as owned strings, for [`crate::DraftOptions`].
pub fn default_markers() -> Vec<String> {
    DEFAULT_MARKERS.iter().map(|m| m.to_string()).collect()
}

/// Splits `transcript` at the earliest marker: `(public, private)`.
///
/// The marker itself belongs to neither part. `private` is `None` when no marker was said or
/// nothing followed it.
pub fn split_private(transcript: &str, markers: &[String]) -> (String, Option<String>) {
    let toks = words(transcript);
    let folded: Vec<String> = toks.iter().map(|w| fold(w.text)).collect();
    let mut best: Option<(usize, usize)> = None; // (byte start, byte end) of the marker
    for marker in markers {
        let mwords: Vec<String> = words(marker).iter().map(|w| fold(w.text)).collect();
        if mwords.is_empty() || mwords.len() > toks.len() {
            continue;
        }
        let found = (0..=toks.len() - mwords.len())
            .find(|&i| folded[i..i + mwords.len()] == mwords[..])
            .map(|i| (toks[i].start, toks[i + mwords.len() - 1].end));
        if let Some(hit) = found {
            if best.is_none_or(|b| hit.0 < b.0) {
                best = Some(hit);
            }
        }
    }
    let Some((start, end)) = best else {
        return (transcript.trim().to_string(), None);
    };
    let public = transcript[..start].trim().to_string();
    let private = transcript[end..]
        .trim_start_matches(|c: char| c.is_whitespace() || ":.,;-–—".contains(c))
        .trim_end()
        .to_string();
    (public, (!private.is_empty()).then_some(private))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> (String, Option<String>) {
        split_private(s, &default_markers())
    }

    #[test]
    fn no_marker_keeps_everything_public() {
        let (p, q) = split("Client discussed work stress. Homework is journaling.");
        assert_eq!(p, "Client discussed work stress. Homework is journaling.");
        assert_eq!(q, None);
    }

    #[test]
    fn whisper_punctuation_around_marker() {
        for memo in [
            "Client discussed grief. Private note: I felt protective of her today.",
            "Client discussed grief. Private note. I felt protective of her today.",
            "Client discussed grief. PRIVATE NOTE, I felt protective of her today.",
            "Client discussed grief. private, note - I felt protective of her today.",
            "Client discussed grief. Private-note: I felt protective of her today.",
        ] {
            let (p, q) = split(memo);
            assert_eq!(p, "Client discussed grief.", "{memo}");
            assert_eq!(
                q.as_deref(),
                Some("I felt protective of her today."),
                "{memo}"
            );
        }
    }

    #[test]
    fn earliest_marker_wins_and_rest_is_private() {
        let (p, q) =
            split("Worked on sleep. Process note: countertransference. Private note: more.");
        assert_eq!(p, "Worked on sleep.");
        assert_eq!(
            q.as_deref(),
            Some("countertransference. Private note: more.")
        );
    }

    #[test]
    fn marker_needs_whole_words() {
        let (p, q) = split("She keeps a private notebook of dreams.");
        assert_eq!(p, "She keeps a private notebook of dreams.");
        assert_eq!(q, None);
    }

    #[test]
    fn configurable_markers() {
        let markers = vec!["for my eyes only".to_string()];
        let (p, q) = split_private("Session on anger. For my eyes only: I was bored.", &markers);
        assert_eq!(p, "Session on anger.");
        assert_eq!(q.as_deref(), Some("I was bored."));
        let (_, q) = split_private("Session on anger. Private note: x.", &markers);
        assert_eq!(q, None);
    }

    #[test]
    fn marker_at_end_leaves_no_private_part() {
        let (p, q) = split("Worked on sleep. Private note.");
        assert_eq!(p, "Worked on sleep.");
        assert_eq!(q, None);
    }
}
