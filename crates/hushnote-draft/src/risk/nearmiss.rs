//! Whisper near-misses of "suicidal" and "homicidal" ("who a sidal", "sue aside all",
//! "how-me-side-al", "side-old ideation"), found by a crude phonetic key over windows of up to
//! four words. A match is rewritten to the real word by [`super::tokens`] and marked, so the
//! finding it yields asks for review.

use crate::text::levenshtein;

/// A near-miss window: words `start..end` sound like `word`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NearMiss {
    pub start: usize,
    pub end: usize,
    pub word: &'static str,
}

/// Near-miss targets: the risk word and the allowed first sounds of a mishearing's key
/// ("who a sidal" starts with h, "a sidal" with a vowel).
const TARGETS: &[(&str, &[char])] = &[("suicidal", &['s', 'h', 'a']), ("homicidal", &['h'])];

/// Ordinary words that sound close enough to fool the key; a window holding one is skipped.
const NOT_NEAR_MISSES: &[&str] = &[
    "aside",
    "beside",
    "besides",
    "inside",
    "outside",
    "seaside",
    "sideline",
    "sidewalk",
    "residual",
    "resident",
    "residents",
    "residential",
    "president",
    "decide",
    "decided",
    "decides",
    "decidedly",
    "subside",
    "subsided",
    "coincide",
    "coincided",
];

/// Windows of up to four lower-cased words whose sound is close to "suicidal" or "homicidal".
/// A one-word exact "suicid*"/"homicid*" may be extended ("suicide-all"), never matched alone.
pub(crate) fn find(words: &[&str]) -> Vec<NearMiss> {
    let n = words.len();
    let exact = |w: &str| w.starts_with("suicid") || w.starts_with("homicid");
    // "home aside all": "aside" is a plain word, but after "home"/"sue" it is the garble.
    let garble_aside = |k: usize| {
        words[k] == "aside"
            && k > 0
            && ["home", "sue", "sewer", "who", "sui"].contains(&words[k - 1])
    };
    let mut candidates: Vec<(usize, usize, NearMiss)> = Vec::new();
    for start in 0..n {
        for len in 1..=4 {
            let end = start + len;
            if end > n {
                break;
            }
            let window = &words[start..end];
            let extends_exact = window.iter().any(|w| exact(w));
            if extends_exact && len == 1 {
                continue;
            }
            // "the one who's suicidal": a whole target word is itself, however the words
            // before it sound together.
            if window.iter().any(|w| *w == "suicidal" || *w == "homicidal") {
                continue;
            }
            // "sidle" is heard for "-cidal" ("home a sidle"); "idle" is not.
            let raw: String = window
                .iter()
                .map(|w| if *w == "sidle" { "sidal" } else { w })
                .collect::<String>()
                .chars()
                .filter(char::is_ascii_alphabetic)
                .collect();
            if !(raw.contains("sid") || raw.contains("cid") || raw.contains("syd"))
                || (start..end).any(|k| NOT_NEAR_MISSES.contains(&words[k]) && !garble_aside(k))
            {
                continue;
            }
            let ideation_follows = words[end..n.min(end + 8)].iter().any(|w| {
                w.starts_with("ideation")
                    || matches!(*w, "thoughts" | "thought" | "thinking" | "ideas" | "urges")
            });
            let limit = match (ideation_follows, extends_exact) {
                (_, true) => 1,
                (true, false) => 3,
                (false, false) => 1,
            };
            let key = phonetic_key(&raw);
            // Both words end in "-dal"; a mishearing keeps that ending ("side-old", "sidal").
            if !["dal", "dald", "dl", "dld"]
                .iter()
                .any(|e| key.ends_with(e))
            {
                continue;
            }
            for &(word, firsts) in TARGETS {
                if raw == word {
                    continue;
                }
                let d = levenshtein(&key, &phonetic_key(word));
                let first_ok = key.chars().next().is_some_and(|c| firsts.contains(&c));
                if d <= limit && first_ok {
                    candidates.push((d, len, NearMiss { start, end, word }));
                }
            }
        }
    }
    candidates.sort_by_key(|&(d, len, s)| (d, len, s.start));
    let mut used = vec![false; n];
    let mut out = Vec::new();
    for (_, _, m) in candidates {
        if used[m.start..m.end].iter().any(|u| *u) {
            continue;
        }
        used[m.start..m.end].iter_mut().for_each(|u| *u = true);
        out.push(m);
    }
    out.sort_by_key(|m| m.start);
    out
}

/// A crude sound key: soft c = s, "who" = "hu", vowels (and w/y/h after a vowel) as one "a",
/// doubled letters once. "suicidal", "suicide-all" and "sue a sidal" share a key.
pub(crate) fn phonetic_key(raw: &str) -> String {
    let s = raw
        .replace("who", "hu")
        .replace("ph", "f")
        .replace("ck", "k")
        .replace("qu", "kw")
        .replace('x', "ks")
        .replace('z', "s");
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let after_vowel = out.ends_with('a');
        let mapped = match c {
            'a' | 'e' | 'i' | 'o' | 'u' => 'a',
            'y' if i > 0 => 'a',
            'w' | 'h' if after_vowel => 'a',
            'c' if matches!(next, Some('e' | 'i' | 'y')) => 's',
            'c' => 'k',
            other => other,
        };
        if !out.ends_with(mapped) {
            out.push(mapped);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<&'static str> {
        let ws: Vec<String> = s.split_whitespace().map(str::to_string).collect();
        let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
        find(&refs).into_iter().map(|m| m.word).collect()
    }

    #[test]
    fn keys_and_windows() {
        assert_eq!(phonetic_key("suicidal"), phonetic_key("suicideall"));
        assert_eq!(phonetic_key("homicidal"), phonetic_key("howmesideal"));
        assert_eq!(found("she felt who a sidal"), ["suicidal"]);
        assert_eq!(found("he was how me side al"), ["homicidal"]);
        assert_eq!(found("reports sue aside all ideation"), ["suicidal"]);
        assert_eq!(found("denies home aside all ideation"), ["homicidal"]);
        assert!(found("she went outside all day").is_empty());
        assert!(found("she decided to stay").is_empty());
    }
}
