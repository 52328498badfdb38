//! The learned clause-role net: a multinomial logistic regression over the risk net's hashed
//! features ([`crate::hashed`]) plus the previous clause's role, trained by
//! `scripts/train_role_net.py` on every labelled memo clause we have.
//!
//! Why: the cue rules of [`crate::roles`] fit the memos they were written against and miss
//! wordings they do not know; on memos written by people who never saw them, a clause no cue
//! decides falls to the client's report. The net reads such wordings from the labelled data.
//! It runs UNDER the cue rules ([`combine`]): it decides only the clauses no cue decided, and
//! it never touches risk — a clause the rules read as risk stays risk (safety), and the net
//! alone never files a clause as a risk statement (the risk rules decide what is risk).
//!
//! `HUSHNOTE_ROLE_NET=0` switches it off (the cue rules alone). The features mirror the trainer
//! bit for bit; `data/role_net_vectors.json` pins them.

use crate::hashed::{self, WeightsError};
use crate::roles::{Reading, Role};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

/// The weights, as written by `scripts/train_role_net.py`.
const WEIGHTS: &[u8] = include_bytes!("../data/role_net.bin");

const MAGIC: &[u8; 4] = b"HNRL";
const VERSION: u32 = 1;
const N_ROLES: usize = Role::ALL.len();

/// The net overrides a cue-decided role when its top probability is at least this (`None`:
/// never; it only decides uncued clauses). Measured by memo-folded cross-validation
/// (`scripts/train_role_net.py --readings`, `examples/role_oof.rs`), overriding at 0.7 raised
/// out-of-fold clause-role accuracy from 85.6 % (uncued only) to 87.7 % but not key facts in an
/// allowed section (948 -> 947 of 985), and it overrode sure cues in the rule tests (a dictated
/// "Response:" heading read as an observation), so it is off.
const OVERRIDE_AT: Option<f32> = None;

/// The net decides an uncued clause only when its top probability is at least this: below
/// it, its guess is hardly better than the default (the client's report). Out of fold it costs
/// 1 of the 88 uncued corpus clauses the net gets right (of 142), and it keeps low guesses
/// such as "Her landlord raised the rent again." -> plan (0.35) out.
const MIN_P: f32 = 0.4;

/// Why the role net's weights could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RoleNetError {
    #[error("role net weights are truncated ({0} bytes): rebuild with scripts/train_role_net.py")]
    Truncated(usize),
    #[error("role net weights have a bad magic number: data/role_net.bin is not a role net file; rebuild with scripts/train_role_net.py")]
    Magic,
    #[error("role net weights are version {0}, this build reads version {VERSION}: rebuild with scripts/train_role_net.py")]
    Version(u32),
    #[error("role net weights have {0} roles, {N_ROLES} expected (Role::ALL): retrain with scripts/train_role_net.py after changing the roles")]
    Roles(u32),
    #[error("role net weights have {0} buckets, a power of two is expected: rebuild with scripts/train_role_net.py")]
    Buckets(u32),
    #[error("role net weights are {got} bytes, {want} expected for their header: rebuild with scripts/train_role_net.py")]
    Size { got: usize, want: usize },
    #[error("role net weights hold a non-finite number: rebuild with scripts/train_role_net.py")]
    NotFinite,
}

impl From<WeightsError> for RoleNetError {
    fn from(e: WeightsError) -> Self {
        match e {
            WeightsError::Truncated(n) => RoleNetError::Truncated(n),
            WeightsError::Magic => RoleNetError::Magic,
            WeightsError::Version(v) => RoleNetError::Version(v),
            WeightsError::Rows(n) => RoleNetError::Roles(n),
            WeightsError::Buckets(n) => RoleNetError::Buckets(n),
            WeightsError::Size { got, want } => RoleNetError::Size { got, want },
            WeightsError::NotFinite => RoleNetError::NotFinite,
        }
    }
}

/// A parsed role net.
#[derive(Debug)]
pub struct RoleNet {
    n_buckets: usize,
    /// Whether the previous clause's role is a feature.
    prev_feature: bool,
    /// Per role, in [`Role::ALL`] order: bias, weights.
    roles: Vec<(f32, Vec<f32>)>,
}

impl RoleNet {
    /// Parses a weights file; every size is checked so a bad file is an error, not a panic.
    pub fn parse(bytes: &[u8]) -> Result<RoleNet, RoleNetError> {
        let w = hashed::parse_weights(bytes, MAGIC, VERSION, N_ROLES)?;
        Ok(RoleNet {
            n_buckets: w.n_buckets,
            prev_feature: u32::from_le_bytes(w.field) != 0,
            roles: w.rows,
        })
    }

    /// The probability of each role (in [`Role::ALL`] order) for a clause whose previous
    /// clause had role `prev` (`None`: the memo's first clause).
    pub fn probabilities(&self, text: &str, prev: Option<Role>) -> [f32; N_ROLES] {
        let mut feats = hashed::features(text);
        if self.prev_feature {
            feats.push(format!("prev:{}", prev.map_or("none", Role::as_str)));
        }
        let x = hashed::vectorise_features(feats, self.n_buckets);
        let z: Vec<f64> = self
            .roles
            .iter()
            .map(|(b, w)| f64::from(*b) + x.iter().map(|&(k, v)| f64::from(w[k]) * v).sum::<f64>())
            .collect();
        let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let e: Vec<f64> = z.iter().map(|v| (v - max).exp()).collect();
        let sum: f64 = e.iter().sum();
        let mut out = [0.0; N_ROLES];
        for (o, v) in out.iter_mut().zip(&e) {
            *o = (v / sum) as f32;
        }
        out
    }

    /// The most probable role and its probability.
    pub fn best(&self, text: &str, prev: Option<Role>) -> (Role, f32) {
        let p = self.probabilities(text, prev);
        let (i, best) = p
            .iter()
            .enumerate()
            .fold((0, f32::MIN), |a, (i, &v)| if v > a.1 { (i, v) } else { a });
        (Role::ALL[i], best)
    }
}

/// The cue rules' reading of a clause, with the net's say added: the net decides a clause no
/// cue decided (and, if [`OVERRIDE_AT`] is set, one whose cue it contradicts with at least
/// that confidence). A risk reading is never taken away and the net alone never gives one.
/// `cued` and `safety` stay the rules' (a clause the net decided is still uncued: the clause
/// cutter does not cut at it, and a user format whose sections do not declare the net's role
/// still asks the model about it; a section that declares it takes the clause).
pub(crate) fn combine(text: &str, prev: Option<Reading>, rules: Reading) -> Reading {
    if is_risk(rules.role) {
        return rules;
    }
    with_net(|net, override_at| {
        let Some(net) = net else { return rules };
        if rules.cued && override_at.is_none() {
            return rules;
        }
        let (role, p) = net.best(text, prev.map(|r| r.role));
        let decides = (!rules.cued && p >= MIN_P) || override_at.is_some_and(|t| p >= t);
        if decides && !is_risk(role) {
            Reading { role, ..rules }
        } else {
            rules
        }
    })
}

fn is_risk(role: Role) -> bool {
    matches!(role, Role::RiskStatement | Role::RiskFormulation)
}

/// What [`combine`] consults on this thread instead of the built-in net (measurement only).
enum Override {
    Off,
    Net(Rc<RoleNet>, Option<f32>),
}

thread_local! {
    static OVERRIDE: RefCell<Option<Override>> = const { RefCell::new(None) };
}

/// Runs `f` with `net` and its override threshold (see [`OVERRIDE_AT`]) in place of the
/// built-in net on this thread; with `None`, no net (the cue rules alone). For measurement:
/// the out-of-fold check drafts each memo with a net that never saw it
/// (`examples/role_oof.rs`), which the built-in weights cannot do.
#[doc(hidden)]
pub fn with_override<R>(net: Option<(Rc<RoleNet>, Option<f32>)>, f: impl FnOnce() -> R) -> R {
    let o = match net {
        Some((n, t)) => Override::Net(n, t),
        None => Override::Off,
    };
    let before = OVERRIDE.with(|c| c.borrow_mut().replace(o));
    let out = f();
    OVERRIDE.with(|c| *c.borrow_mut() = before);
    out
}

/// The shipped override threshold, for measurement beside other settings.
#[doc(hidden)]
pub const SHIPPED_OVERRIDE_AT: Option<f32> = OVERRIDE_AT;

fn with_net<R>(f: impl FnOnce(Option<&RoleNet>, Option<f32>) -> R) -> R {
    let local = OVERRIDE.with(|c| match &*c.borrow() {
        None => None,
        Some(Override::Off) => Some((None, None)),
        Some(Override::Net(n, t)) => Some((Some(Rc::clone(n)), *t)),
    });
    match local {
        Some((n, t)) => f(n.as_deref(), t),
        None => f(enabled().then(net).flatten(), OVERRIDE_AT),
    }
}

/// Whether the drafting pipeline consults the net: on unless `HUSHNOTE_ROLE_NET=0`.
fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("HUSHNOTE_ROLE_NET").as_deref() != Ok("0"))
}

/// The built-in net, parsed once; `None` (and the cue rules alone) if its weights are
/// unreadable, which the parity test rules out for a released build.
fn net() -> Option<&'static RoleNet> {
    static NET: OnceLock<Option<RoleNet>> = OnceLock::new();
    NET.get_or_init(|| RoleNet::parse(WEIGHTS).ok()).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parity_with_the_trainer_vectors() {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../data/role_net_vectors.json"))
                .expect("vectors parse");
        let net = RoleNet::parse(WEIGHTS).expect("weights parse");
        let vectors = json["vectors"].as_array().expect("vectors");
        assert!(vectors.len() >= 20);
        for v in vectors {
            let text = v["text"].as_str().expect("text");
            let prev = v["prev"].as_str().map(|p| Role::parse(p).expect("role"));
            let got = net.probabilities(text, prev);
            for (role, p) in Role::ALL.iter().zip(got) {
                let want = v["probs"][role.as_str()].as_f64().expect("prob");
                assert!(
                    (f64::from(p) - want).abs() < 1e-5,
                    "{} for {text:?}: {p} vs {want}",
                    role.as_str()
                );
            }
        }
    }

    #[test]
    fn malformed_weights_are_rejected_with_an_error() {
        assert_eq!(
            RoleNet::parse(b"HN").unwrap_err(),
            RoleNetError::Truncated(2)
        );
        let mut bad = WEIGHTS.to_vec();
        bad[0] = b'X';
        assert_eq!(RoleNet::parse(&bad).unwrap_err(), RoleNetError::Magic);
        let mut bad = WEIGHTS.to_vec();
        bad[4] = 9;
        assert_eq!(RoleNet::parse(&bad).unwrap_err(), RoleNetError::Version(9));
        let mut bad = WEIGHTS.to_vec();
        bad[12] = 3;
        assert_eq!(RoleNet::parse(&bad).unwrap_err(), RoleNetError::Roles(3));
        let mut bad = WEIGHTS.to_vec();
        bad[8] = 3;
        assert!(matches!(
            RoleNet::parse(&bad),
            Err(RoleNetError::Buckets(_))
        ));
        let short = &WEIGHTS[..WEIGHTS.len() - 4];
        assert!(matches!(
            RoleNet::parse(short),
            Err(RoleNetError::Size { .. })
        ));
        let mut bad = WEIGHTS.to_vec();
        let at = bad.len() - 4;
        bad[at..].copy_from_slice(&f32::NAN.to_le_bytes());
        assert_eq!(RoleNet::parse(&bad).unwrap_err(), RoleNetError::NotFinite);
        let e = RoleNet::parse(b"HN").unwrap_err().to_string();
        assert!(e.contains("train_role_net.py"), "{e}");
    }

    fn uncued(role: Role) -> Reading {
        Reading {
            role,
            safety: false,
            cued: false,
            agreement: false,
        }
    }

    #[test]
    fn the_net_decides_only_uncued_clauses_and_never_risk() {
        let net = Rc::new(RoleNet::parse(WEIGHTS).expect("weights parse"));
        let text = "Taught paced breathing and grounding with the five senses.";
        let (role, _) = net.best(text, None);
        assert_eq!(role, Role::Intervention);
        with_override(Some((Rc::clone(&net), None)), || {
            // Uncued: the net's role, the rules' flags.
            let r = combine(text, None, uncued(Role::ClientReport));
            assert_eq!(r.role, Role::Intervention);
            assert!(!r.cued);
            // A cue decided: the rules stand.
            let cued = Reading {
                cued: true,
                ..uncued(Role::Plan)
            };
            assert_eq!(combine(text, None, cued), cued);
            // A risk reading is never taken away, cued or not.
            let risk = uncued(Role::RiskStatement);
            assert_eq!(combine(text, None, risk), risk);
            // The net alone never files a clause as risk.
            let risky = "She admitted to thoughts of killing herself, no plan.";
            assert_eq!(net.best(risky, None).0, Role::RiskStatement);
            let r = combine(risky, None, uncued(Role::ClientReport));
            assert_eq!(r.role, Role::ClientReport);
        });
        // Without a net: the rules alone.
        with_override(None, || {
            let r = combine(text, None, uncued(Role::ClientReport));
            assert_eq!(r.role, Role::ClientReport);
        });
    }

    #[test]
    fn roles_read_asks_the_net_about_clauses_no_cue_decides() {
        // New wordings (in no corpus): no cue decides them, so the rules default to the
        // client's report; the net reads a bare referral letter and a bare homework.
        let net = Rc::new(RoleNet::parse(WEIGHTS).expect("weights parse"));
        for (text, want) in [
            ("letter to her school counsellor.", Role::Coordination),
            ("thought records twice a week", Role::Plan),
            // A guess below MIN_P leaves the default (the net says plan, at 0.17).
            ("Her car broke down on the motorway.", Role::ClientReport),
        ] {
            let cues = crate::roles::read_by_cues(text, None);
            assert_eq!(
                (cues.role, cues.cued),
                (Role::ClientReport, false),
                "{text}"
            );
            let read = with_override(Some((Rc::clone(&net), OVERRIDE_AT)), || {
                crate::roles::read(text, None)
            });
            assert_eq!(read.role, want, "{text}");
            assert!(!read.cued);
        }
    }

    #[test]
    fn the_built_in_net_loads() {
        assert!(net().is_some());
    }
}
