//! A client who is dying: planning one's own funeral is an affairs-in-order warning sign of
//! suicide (AFSP) only in someone who is not already dying; in palliative care it is the
//! ordinary work of the end of life ("She's picked the hymns for her funeral", in a memo
//! that says she knows she's dying).

use super::super::actors::is_relation;
use super::super::lexicon::Concept;
use super::super::tokens::Tok;
use super::super::{Finding, FindingStatus};

/// Whether some sentence of the memo says the client is dying or in end-of-life care:
/// "knows she's dying", "terminal", "palliative", "hospice", "end of life", "weeks to live".
/// A relative's dying ("her mum is dying") does not count.
pub(crate) fn client_is_dying(units: &[Vec<Tok>]) -> bool {
    units.iter().any(|t| {
        let w: Vec<&str> = t.iter().map(|x| x.norm.as_str()).collect();
        // "her mum is dying", "her husband's terminal cancer": someone else's dying.
        let kin_before = |k: usize| {
            w[k.saturating_sub(4)..k]
                .iter()
                .any(|x| is_relation(x.trim_end_matches("'s")))
        };
        (0..w.len()).any(|k| {
            let said = match w[k] {
                "terminal" | "terminally" | "palliative" | "hospice" => true,
                "dying" => k > 0 && matches!(w[k - 1], "she's" | "he's" | "i'm" | "they're" | "is"),
                "end" => w.get(k + 1) == Some(&"of") && w.get(k + 2) == Some(&"life"),
                "live" => {
                    k >= 2 && w[k - 1] == "to" && matches!(w[k - 2], "weeks" | "months" | "days")
                }
                _ => false,
            };
            said && !kin_before(k)
        })
    })
}

/// Drops the funeral-planning warning signs of a client who is dying ([`client_is_dying`]).
pub(crate) fn rites_of_the_dying(findings: Vec<Finding>, dying: bool) -> Vec<Finding> {
    if !dying {
        return findings;
    }
    findings
        .into_iter()
        .filter(|f| {
            let rites = matches!(f.concept, Concept::PassiveIdeation | Concept::Preparatory)
                && f.status == FindingStatus::Present
                && f.quote.split_whitespace().any(|x| {
                    let x = x
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    matches!(
                        x.as_str(),
                        "funeral" | "eulogy" | "burial" | "cremation" | "hymns" | "affairs"
                    )
                });
            !rites
        })
        .collect()
}
