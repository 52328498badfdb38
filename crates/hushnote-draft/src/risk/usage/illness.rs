//! A relapse of a mental illness or a behavioural addiction is no substance relapse: in a memo
//! about bipolar disorder or psychosis ("reviewed her relapse signature", "lithium level
//! sorted"), with no recovery from a substance anywhere, "no signs of relapse" speaks of the
//! illness; in a memo about betting ("stop online sports betting"), "reviewed the relapse as a
//! chain" speaks of the betting.

use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;
use crate::risk::{Finding, RiskKind};

use super::lists::RECOVERY;
use super::not_use::names_substance;
use super::{has_seq, words};

/// Words of recovery from a substance only (not a sponsor, an addiction or abstinence, which
/// Gamblers Anonymous shares, nor the relapse words).
fn substance_only_recovery(x: &str) -> bool {
    matches!(
        x,
        "sober"
            | "sobriety"
            | "rehab"
            | "detox"
            | "alcoholic"
            | "alcoholics"
            | "methadone"
            | "suboxone"
            | "buprenorphine"
            | "antabuse"
            | "disulfiram"
            | "naltrexone"
            | "acamprosate"
            | "aa"
    )
}

/// Whether the memo's relapses are of something other than a substance: a relapsing mental
/// illness (its medicines, names or the relapse plan of its care, "relapse signature", "early
/// warning signs") with no recovery from a substance named (sober, a sponsor, rehab,
/// methadone), or a behavioural addiction ("sports betting") with no recovery word that only
/// a substance has.
pub(crate) fn illness_context(units: &[Vec<Tok>]) -> bool {
    let any_recovery = units.iter().any(|t| {
        words(t).iter().any(|x| {
            RECOVERY.contains(x)
                && !matches!(
                    *x,
                    "recovery"
                        | "relapse"
                        | "relapsed"
                        | "relapses"
                        | "lapse"
                        | "lapsed"
                        | "slip"
                        | "slips"
                        | "slipped"
                )
        })
    });
    let substance_recovery = units
        .iter()
        .any(|t| words(t).iter().any(|x| substance_only_recovery(x)));
    let behavioural = units.iter().any(|t| super::behavioural_only(t));
    let illness = units.iter().any(|t| {
        let w = words(t);
        w.iter().any(|x| {
            matches!(
                *x,
                "lithium"
                    | "clozapine"
                    | "antipsychotic"
                    | "antipsychotics"
                    | "depot"
                    | "bipolar"
                    | "schizophrenia"
                    | "schizoaffective"
                    | "psychosis"
                    | "psychotic"
                    | "hypomania"
                    | "hypomanic"
                    | "mania"
                    | "manic"
            )
        }) || has_seq(&w, &["relapse", "signature"])
            || has_seq(&w, &["relapse", "signatures"])
            || has_seq(&w, &["early", "warning", "signs"])
    });
    (illness && !any_recovery) || (behavioural && !substance_recovery)
}

/// Drops the relapse findings of a sentence that names no substance, in a memo about a
/// relapsing illness ([`illness_context`]).
pub(crate) fn relapse_of_illness(toks: &[Tok], unit: Vec<Finding>, illness: bool) -> Vec<Finding> {
    if !illness || names_substance(&words(toks)) {
        return unit;
    }
    unit.into_iter()
        .filter(|f| !(f.kind == RiskKind::SubstanceUse && f.concept == Concept::Relapse))
        .collect()
}
