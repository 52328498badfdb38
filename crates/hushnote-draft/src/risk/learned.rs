//! The learned recall net: a logistic regression per head over hashed, negation-marked word
//! uni/bigrams and character 3–5-grams, trained by `scripts/train_risk_net.py` on every
//! labelled risk sentence we have and, as negatives, the ordinary (non-risk) memo clauses. Hand rules miss new wordings; this net catches many of
//! them at the cost of false alarms, so it runs UNDER the rules: it is only asked about a
//! sentence where the rules found nothing present, and it only ever adds a present, uncertain
//! finding for review (a false alarm costs a glance, a false reassurance is the worst error).
//!
//! The features ([`crate::hashed`], shared with the role net) mirror the trainer bit for bit;
//! `data/risk_net_vectors.json` pins them.

use super::RiskKind;
use crate::hashed::{parse_weights, sigmoid, vectorise, WeightsError};
use std::sync::OnceLock;

/// The weights, as written by `scripts/train_risk_net.py`.
const WEIGHTS: &[u8] = include_bytes!("../../data/risk_net.bin");

const MAGIC: &[u8; 4] = b"HNRN";
/// 2: the threshold applies to [`Scores::flag`], not to `present` alone.
const VERSION: u32 = 2;
/// Heads in file order: "present", then one per category.
const CATEGORIES: [RiskKind; 7] = [
    RiskKind::SuicidalIdeation,
    RiskKind::SelfHarm,
    RiskKind::HomicidalIdeation,
    RiskKind::HarmToOthers,
    RiskKind::Abuse,
    RiskKind::Violence,
    RiskKind::SubstanceUse,
];
const N_HEADS: usize = 1 + CATEGORIES.len();

/// Why the weights could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NetError {
    #[error("risk net weights are truncated ({0} bytes): rebuild with scripts/train_risk_net.py")]
    Truncated(usize),
    #[error("risk net weights have a bad magic number: data/risk_net.bin is not a risk net file; rebuild with scripts/train_risk_net.py")]
    Magic,
    #[error("risk net weights are version {0}, this build reads version {VERSION}: rebuild with scripts/train_risk_net.py")]
    Version(u32),
    #[error("risk net weights have {0} heads, {N_HEADS} expected: rebuild with scripts/train_risk_net.py")]
    Heads(u32),
    #[error("risk net weights have {0} buckets, a power of two is expected: rebuild with scripts/train_risk_net.py")]
    Buckets(u32),
    #[error("risk net weights are {got} bytes, {want} expected for their header: rebuild with scripts/train_risk_net.py")]
    Size { got: usize, want: usize },
    #[error("risk net weights hold a non-finite number: rebuild with scripts/train_risk_net.py")]
    NotFinite,
}

impl From<WeightsError> for NetError {
    fn from(e: WeightsError) -> Self {
        match e {
            WeightsError::Truncated(n) => NetError::Truncated(n),
            WeightsError::Magic => NetError::Magic,
            WeightsError::Version(v) => NetError::Version(v),
            WeightsError::Rows(n) => NetError::Heads(n),
            WeightsError::Buckets(n) => NetError::Buckets(n),
            WeightsError::Size { got, want } => NetError::Size { got, want },
            WeightsError::NotFinite => NetError::NotFinite,
        }
    }
}

/// The parsed net.
#[derive(Debug)]
pub(crate) struct Net {
    n_buckets: usize,
    /// The `present` probability at or above which a sentence is flagged.
    pub threshold: f32,
    /// Per head: bias, weights.
    heads: Vec<(f32, Vec<f32>)>,
}

/// The net's reading of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scores {
    /// Probability that the sentence discloses current risk for the client.
    pub present: f32,
    /// Score per category (access to means never comes from the net): each head's
    /// probability, or its logit z-scored by its cross-validated mean and spread (folded into
    /// the weights), whichever the trainer found names the right category more often; a
    /// ranking across heads.
    pub per_category: Vec<(RiskKind, f32)>,
}

impl Scores {
    /// What the threshold applies to: the geometric mean of `present` and the top category's
    /// score. A sentence must both read as a disclosure and name a category; out of fold this
    /// let more present sentences through at the same ordinary-clause false-alarm rate than
    /// `present` alone (the trainer's `flag_score`).
    pub fn flag(&self) -> f32 {
        let top = self
            .per_category
            .iter()
            .map(|&(_, p)| p)
            .fold(0.0_f32, f32::max);
        (self.present * top).sqrt()
    }

    /// The category with the highest calibrated score.
    pub fn category(&self) -> RiskKind {
        self.per_category
            .iter()
            .fold(None::<(RiskKind, f32)>, |best, &(k, p)| match best {
                Some((_, bp)) if bp >= p => best,
                _ => Some((k, p)),
            })
            .map_or(RiskKind::SuicidalIdeation, |(k, _)| k)
    }
}

impl Net {
    /// Parses the weights file; every size is checked so a bad file is an error, not a panic.
    pub fn parse(bytes: &[u8]) -> Result<Net, NetError> {
        let w = parse_weights(bytes, MAGIC, VERSION, N_HEADS)?;
        let threshold = f32::from_le_bytes(w.field);
        if !threshold.is_finite() {
            return Err(NetError::NotFinite);
        }
        Ok(Net {
            n_buckets: w.n_buckets,
            threshold,
            heads: w.rows,
        })
    }

    /// The net's probabilities for one sentence.
    pub fn score(&self, sentence: &str) -> Scores {
        let x = vectorise(sentence, self.n_buckets);
        let probs: Vec<f32> = self
            .heads
            .iter()
            .map(|(b, w)| {
                let z = f64::from(*b) + x.iter().map(|&(k, v)| f64::from(w[k]) * v).sum::<f64>();
                sigmoid(z) as f32
            })
            .collect();
        Scores {
            present: probs[0],
            per_category: CATEGORIES
                .iter()
                .copied()
                .zip(probs[1..].iter().copied())
                .collect(),
        }
    }
}

/// Whether the drafting pipeline consults the net when `HUSHNOTE_RISK_NET` is unset.
pub(crate) const DEFAULT_ON: bool = true;

/// Whether the drafting pipeline consults the net: `HUSHNOTE_RISK_NET=1` on, `=0` off,
/// otherwise [`DEFAULT_ON`]. Its threshold is tuned for memos (at most 1 % of ordinary memo
/// clauses flagged out of fold). On sentences and memos nobody trained or wrote rules on
/// (blind3) it cut false reassurances from 21 to 9 of 55 present sentences and added no memo
/// false alarm, so it is on by default (ARCHITECTURE.md).
pub(crate) fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| match std::env::var("HUSHNOTE_RISK_NET").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => DEFAULT_ON,
    })
}

/// The built-in net, parsed once; `None` (and the rules alone) if its weights are unreadable,
/// which the parity test rules out for a released build.
pub(crate) fn net() -> Option<&'static Net> {
    static NET: OnceLock<Option<Net>> = OnceLock::new();
    NET.get_or_init(|| Net::parse(WEIGHTS).ok()).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parity_with_the_trainer_vectors() {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../../data/risk_net_vectors.json"))
                .expect("vectors parse");
        let net = Net::parse(WEIGHTS).expect("weights parse");
        let t = json["threshold"].as_f64().expect("threshold");
        assert!((f64::from(net.threshold) - t).abs() < 1e-7);
        let vectors = json["vectors"].as_array().expect("vectors");
        assert!(vectors.len() >= 20);
        for v in vectors {
            let text = v["text"].as_str().expect("text");
            let s = net.score(text);
            let want = |name: &str| v["probs"][name].as_f64().expect("prob");
            assert!(
                (f64::from(s.present) - want("present")).abs() < 1e-4,
                "present for {text:?}: {} vs {}",
                s.present,
                want("present")
            );
            for (k, p) in &s.per_category {
                assert!(
                    (f64::from(*p) - want(k.flag())).abs() < 1e-4,
                    "{} for {text:?}: {p} vs {}",
                    k.flag(),
                    want(k.flag())
                );
            }
        }
    }

    #[test]
    fn malformed_weights_are_rejected_with_an_error() {
        assert_eq!(Net::parse(b"HN").unwrap_err(), NetError::Truncated(2));
        let mut bad = WEIGHTS.to_vec();
        bad[0] = b'X';
        assert_eq!(Net::parse(&bad).unwrap_err(), NetError::Magic);
        let mut bad = WEIGHTS.to_vec();
        bad[4] = 9;
        assert_eq!(Net::parse(&bad).unwrap_err(), NetError::Version(9));
        let mut bad = WEIGHTS.to_vec();
        bad[12] = 3;
        assert_eq!(Net::parse(&bad).unwrap_err(), NetError::Heads(3));
        let mut bad = WEIGHTS.to_vec();
        bad[8] = 3;
        assert!(matches!(Net::parse(&bad), Err(NetError::Buckets(_))));
        let short = &WEIGHTS[..WEIGHTS.len() - 4];
        assert!(matches!(Net::parse(short), Err(NetError::Size { .. })));
        let mut bad = WEIGHTS.to_vec();
        let at = bad.len() - 4;
        bad[at..].copy_from_slice(&f32::NAN.to_le_bytes());
        assert_eq!(Net::parse(&bad).unwrap_err(), NetError::NotFinite);
        let e = Net::parse(b"HN").unwrap_err().to_string();
        assert!(e.contains("train_risk_net.py"), "{e}");
    }

    #[test]
    fn the_built_in_net_loads_and_ranks_a_disclosure_above_a_plain_sentence() {
        let net = net().expect("built-in net");
        assert!(net.threshold > 0.0 && net.threshold < 1.0);
        let risky = net.score("She said she just doesn't want to be here anymore.");
        let plain = net.score("We reviewed her sleep diary and planned the next session.");
        assert!(risky.present > plain.present);
        assert!(risky.per_category.iter().all(|(k, _)| k.counts_for_risk()));
    }
}
