//! Hashed text features shared by the learned nets ([`crate::risk::learned`],
//! [`crate::roles_net`]): negation-marked word uni/bigrams and character 3–5-grams, hashed with
//! FNV-1a into a power-of-two number of buckets and L2-normalised.
//!
//! One vectoriser for both nets, because each net's trainer (`scripts/train_risk_net.py`,
//! `scripts/train_role_net.py`, which imports the risk trainer's `feature_strings`) computes
//! exactly these features: a second copy could drift from the trainer unnoticed. Each net's
//! parity vectors pin them. Both nets' weights files share one layout, read by
//! [`parse_weights`].

/// Words that open a negation scope (NegEx-lite).
const TRIGGERS: &[&str] = &[
    "no", "not", "never", "denies", "denied", "deny", "denying", "without", "nothing", "none",
    "nobody", "n't",
];
/// How many word tokens after a trigger are marked negated.
const NEG_SCOPE: usize = 5;

fn is_punct(t: &str) -> bool {
    matches!(t, "." | "," | ";" | ":" | "!" | "?")
}

/// Tokens as the trainers make them: curly apostrophes straightened, lower case, runs of
/// `[a-z0-9']` or one punctuation mark `.,;:!?`; "n't" split off a longer word.
pub(crate) fn tokens(text: &str) -> Vec<String> {
    let text = text.replace(['\u{2018}', '\u{2019}'], "'").to_lowercase();
    let word = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '\'';
    let mut out = Vec::new();
    let mut cur = String::new();
    let push = |w: &mut String, out: &mut Vec<String>| {
        if w.len() > 3 && w.ends_with("n't") {
            out.push(w[..w.len() - 3].to_string());
            out.push("n't".to_string());
        } else if !w.is_empty() {
            out.push(w.clone());
        }
        w.clear();
    };
    for c in text.chars() {
        if word(c) {
            cur.push(c);
        } else {
            push(&mut cur, &mut out);
            if matches!(c, '.' | ',' | ';' | ':' | '!' | '?') {
                out.push(c.to_string());
            }
        }
    }
    push(&mut cur, &mut out);
    out
}

/// The feature strings of a sentence, in the trainers' order.
pub(crate) fn features(text: &str) -> Vec<String> {
    let toks = tokens(text);
    let mut marked = Vec::with_capacity(toks.len());
    let mut scope = 0;
    for t in &toks {
        if is_punct(t) {
            scope = 0;
            marked.push(t.clone());
            continue;
        }
        if scope > 0 {
            marked.push(format!("NEG_{t}"));
            scope -= 1;
        } else {
            marked.push(t.clone());
        }
        if TRIGGERS.contains(&t.as_str()) {
            scope = NEG_SCOPE;
        }
    }
    let mut feats: Vec<String> = marked.iter().map(|t| format!("w:{t}")).collect();
    feats.extend(marked.windows(2).map(|p| format!("b:{} {}", p[0], p[1])));
    for t in toks.iter().filter(|t| !is_punct(t)) {
        // Tokens are ASCII, so byte windows are character windows.
        let p = format!(" {t} ");
        for n in 3..=5 {
            if p.len() >= n {
                feats.extend((0..=p.len() - n).map(|i| format!("c:{}", &p[i..i + n])));
            }
        }
    }
    feats
}

pub(crate) fn fnv1a64(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The bucket of one feature string; `n_buckets` is a power of two, so the mask is the
/// trainers' modulo.
pub(crate) fn bucket(feature: &str, n_buckets: usize) -> usize {
    (fnv1a64(feature) as usize) & (n_buckets - 1)
}

/// Sparse, L2-normalised hashed counts of `features`: `(bucket, value)` in bucket order.
pub(crate) fn vectorise_features(
    features: impl IntoIterator<Item = String>,
    n_buckets: usize,
) -> Vec<(usize, f64)> {
    let mut counts: std::collections::BTreeMap<usize, f64> = std::collections::BTreeMap::new();
    for f in features {
        *counts.entry(bucket(&f, n_buckets)).or_insert(0.0) += 1.0;
    }
    let norm = counts.values().map(|v| v * v).sum::<f64>().sqrt();
    if norm == 0.0 {
        return Vec::new();
    }
    counts.into_iter().map(|(k, v)| (k, v / norm)).collect()
}

/// Sparse, L2-normalised hashed counts of a sentence's [`features`].
pub(crate) fn vectorise(text: &str, n_buckets: usize) -> Vec<(usize, f64)> {
    vectorise_features(features(text), n_buckets)
}

/// The logistic function, stable for large |z|.
pub(crate) fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// Why a net's weights file could not be read; each net maps it to its own error, whose
/// message names the trainer that rebuilds the file.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum WeightsError {
    Truncated(usize),
    Magic,
    Version(u32),
    /// The file's row count (heads, roles) when it is not the one the net reads.
    Rows(u32),
    Buckets(u32),
    Size {
        got: usize,
        want: usize,
    },
    NotFinite,
}

/// A weights file as both trainers write it (little-endian): magic, u32 version, u32 buckets,
/// u32 rows, one 4-byte field of the net's own, then per row an f32 bias and one f32 weight
/// per bucket.
#[derive(Debug)]
pub(crate) struct Weights {
    pub n_buckets: usize,
    /// The header's last field (the role net's previous-role flag, the risk net's threshold).
    pub field: [u8; 4],
    /// Per row: bias, weights.
    pub rows: Vec<(f32, Vec<f32>)>,
}

const WEIGHTS_HEADER: usize = 20;

/// Parses a weights file of `n_rows` rows; every size is checked so a bad file is an error,
/// not a panic. The checks run in one order for both nets: length, magic, version, buckets,
/// rows, size, finite weights.
pub(crate) fn parse_weights(
    bytes: &[u8],
    magic: &[u8; 4],
    version: u32,
    n_rows: usize,
) -> Result<Weights, WeightsError> {
    let field_at = |at: usize| -> Result<[u8; 4], WeightsError> {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .ok_or(WeightsError::Truncated(bytes.len()))
    };
    let u32_at = |at: usize| field_at(at).map(u32::from_le_bytes);
    if bytes.len() < WEIGHTS_HEADER {
        return Err(WeightsError::Truncated(bytes.len()));
    }
    if &bytes[..4] != magic {
        return Err(WeightsError::Magic);
    }
    let got_version = u32_at(4)?;
    if got_version != version {
        return Err(WeightsError::Version(got_version));
    }
    let n_buckets = u32_at(8)?;
    if !n_buckets.is_power_of_two() {
        return Err(WeightsError::Buckets(n_buckets));
    }
    let got_rows = u32_at(12)?;
    if got_rows as usize != n_rows {
        return Err(WeightsError::Rows(got_rows));
    }
    let field = field_at(16)?;
    let nb = n_buckets as usize;
    let want = WEIGHTS_HEADER + n_rows * (1 + nb) * 4;
    if bytes.len() != want {
        return Err(WeightsError::Size {
            got: bytes.len(),
            want,
        });
    }
    let floats: Vec<f32> = bytes[WEIGHTS_HEADER..]
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    if floats.iter().any(|f| !f.is_finite()) {
        return Err(WeightsError::NotFinite);
    }
    let rows = floats
        .chunks_exact(1 + nb)
        .map(|r| (r[0], r[1..].to_vec()))
        .collect();
    Ok(Weights {
        n_buckets: nb,
        field,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_mark_negation_and_split_nt() {
        assert_eq!(
            tokens("She DOESN’T want to; can't."),
            ["she", "does", "n't", "want", "to", ";", "ca", "n't", "."]
        );
        let f = features("Denies SI, no plan or intent to act on it today.");
        let words: Vec<&str> = f.iter().filter_map(|x| x.strip_prefix("w:")).collect();
        assert_eq!(
            words,
            [
                "denies",
                "NEG_si",
                ",",
                "no",
                "NEG_plan",
                "NEG_or",
                "NEG_intent",
                "NEG_to",
                "NEG_act",
                "on",
                "it",
                "today",
                "."
            ]
        );
        assert!(f.contains(&"b:no NEG_plan".to_string()));
        // Character grams come from the unmarked word, padded with spaces.
        assert!(f.contains(&"c: si ".to_string()));
        assert!(f.contains(&"c: plan".to_string()));
        assert!(!f.iter().any(|x| x.starts_with("c:") && x.contains("NEG")));
        assert!(!f.iter().any(|x| x.starts_with("c:") && x.contains(',')));
        assert_eq!(features(""), Vec::<String>::new());
        // A one-letter word gives one 3-gram only.
        let g: Vec<String> = features("a")
            .into_iter()
            .filter(|x| x.starts_with("c:"))
            .collect();
        assert_eq!(g, ["c: a "]);
    }

    #[test]
    fn weights_files_parse_and_bad_ones_are_errors() {
        let mut file = b"TEST".to_vec();
        for v in [1u32, 2, 2, 7] {
            file.extend(v.to_le_bytes());
        }
        for x in [0.5f32, 1.0, -1.0, 2.0, 3.0, -4.0] {
            file.extend(x.to_le_bytes());
        }
        let w = parse_weights(&file, b"TEST", 1, 2).unwrap();
        assert_eq!(w.n_buckets, 2);
        assert_eq!(u32::from_le_bytes(w.field), 7);
        assert_eq!(w.rows, [(0.5, vec![1.0, -1.0]), (2.0, vec![3.0, -4.0])]);
        let err = |bytes: &[u8], rows| parse_weights(bytes, b"TEST", 1, rows).unwrap_err();
        assert_eq!(err(&file[..19], 2), WeightsError::Truncated(19));
        assert_eq!(err(&file, 3), WeightsError::Rows(2));
        assert_eq!(
            err(&file[..file.len() - 4], 2),
            WeightsError::Size { got: 40, want: 44 }
        );
        assert_eq!(
            parse_weights(&file, b"NOPE", 1, 2).unwrap_err(),
            WeightsError::Magic
        );
        let mut bad = file.clone();
        bad[40..].copy_from_slice(&f32::INFINITY.to_le_bytes());
        assert_eq!(err(&bad, 2), WeightsError::NotFinite);
    }

    #[test]
    fn fnv_matches_the_reference() {
        // FNV-1a 64 test vectors (Fowler, Noll, Vo).
        assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn vectors_are_unit_length_and_sorted() {
        let v = vectorise("She slept badly, she said.", 1 << 10);
        let norm: f64 = v.iter().map(|(_, x)| x * x).sum();
        assert!((norm - 1.0).abs() < 1e-12);
        assert!(v.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(vectorise("", 1 << 10).is_empty());
        assert!((sigmoid(0.0) - 0.5).abs() < 1e-12);
        assert!(sigmoid(-800.0) >= 0.0 && sigmoid(800.0) <= 1.0);
    }
}
