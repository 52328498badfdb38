//! Findings summed up per category (present beats denied beats history), the memo's `risk`
//! (FORMATS.md §4 rule 8: access to means never counts), why a person must review, and the
//! evidence and safety-context clauses the Risk section quotes.

use super::lexicon::Concept;
use super::tokens;
use super::{Finding, FindingStatus, ItemStatus, Polarity, RiskAssessment, RiskKind};
use crate::Clause;
use std::collections::BTreeMap;

/// "No safety concerns", "no risk issues", "safety not a concern": a denial of nothing named.
fn vague_global_denial(text: &str) -> bool {
    let w: Vec<String> = tokens::tokenize(text).into_iter().map(|t| t.norm).collect();
    w.windows(3).any(|x| {
        matches!(x[0].as_str(), "no" | "denies" | "without")
            && matches!(x[1].as_str(), "safety" | "risk" | "current")
            && matches!(
                x[2].as_str(),
                "concerns" | "concern" | "issues" | "issue" | "risk" | "risks" | "factors"
            )
    })
}

/// Words of a clause that make it safety context beside risk findings.
const CONTEXT_WORDS: &[&[&str]] = &[
    &["safety", "plan"],
    &["safety", "planning"],
    &["crisis", "line"],
    &["crisis", "team"],
    &["hotline"],
    &["988"],
    &["lethal", "means"],
    &["means", "restriction"],
    &["protective", "factors"],
    &["protective", "factor"],
    &["reasons", "for", "living"],
    &["reason", "for", "living"],
    &["future", "oriented"],
    &["feels", "safe"],
    &["feel", "safe"],
    &["safe", "at", "home"],
    &["risk", "level"],
    &["acute", "risk"],
    &["no", "plan"],
    &["no", "intent"],
];

pub(super) fn summarise(clauses: &[Clause], findings: Vec<Finding>) -> RiskAssessment {
    let mut items: BTreeMap<RiskKind, ItemStatus> = BTreeMap::new();
    let mut reasons: Vec<String> = Vec::new();
    let mut reason = |s: &str| {
        if !reasons.iter().any(|r| r == s) {
            reasons.push(s.to_string());
        }
    };
    for f in &findings {
        let mut kinds = vec![f.kind];
        if f.concept == Concept::Attempt
            && matches!(f.status, FindingStatus::Present | FindingStatus::History)
        {
            kinds.push(RiskKind::SelfHarm);
        }
        // Plan and intent named alone qualify another mention; "suicidal intent" names its
        // category and counts when affirmed.
        let named =
            f.quote.to_lowercase().contains("suicid") || f.quote.to_lowercase().contains("homicid");
        // Urges to drink or use are cravings, not use: no substance item either way.
        if f.concept == Concept::Urge && f.kind == RiskKind::SubstanceUse {
            continue;
        }
        // The safety net only ever affirms: its negated or past mentions say nothing.
        if f.concept == Concept::Unexplained && f.status != FindingStatus::Present {
            continue;
        }
        // "Problem: alcohol use ... he said no Ginebra, nothing, forty days now": the plan's
        // problem is no current use where the memo itself denies it.
        // "They argue about his drinking. He denies any drug use.": a denial of drugs says
        // nothing of the drinking named as the problem, nor one of drinking of the drugs.
        let label_denied = f.attributes.problem_label
            && findings.iter().any(|g| {
                g.kind == f.kind
                    && g.status == FindingStatus::Denied
                    && !g.concept.is_qualifier()
                    && (f.kind != RiskKind::SubstanceUse || same_substance(&f.quote, &g.quote))
            });
        let status = match f.status {
            FindingStatus::Present if label_denied => continue,
            FindingStatus::Present if f.concept.is_qualifier() && !named => continue,
            FindingStatus::Present => ItemStatus::Present,
            FindingStatus::Denied if !f.concept.is_qualifier() => ItemStatus::Denied,
            FindingStatus::History if !f.concept.is_qualifier() => ItemStatus::History,
            _ => continue,
        };
        for k in kinds {
            let e = items.entry(k).or_insert(status);
            *e = match (*e, status) {
                (ItemStatus::Present, _) | (_, ItemStatus::Present) => ItemStatus::Present,
                (ItemStatus::Denied, _) | (_, ItemStatus::Denied) => ItemStatus::Denied,
                _ => ItemStatus::History,
            };
        }
    }
    for f in &findings {
        let a = &f.attributes;
        if a.near_miss {
            reason("risk words may be mis-transcribed: check them against the transcript");
        }
        if a.double_negation {
            reason("a double negation was read as an affirmation");
        }
        if a.uncertain && f.status == FindingStatus::Present && f.concept != Concept::Learned {
            reason("a hedged answer was read as present");
        }
        if f.concept == Concept::Unexplained && f.status == FindingStatus::Present {
            reason("risk words that no rule explains were read as present: read the sentence");
        }
        if f.concept == Concept::Learned {
            reason("a sentence the rules read as no risk was flagged by the statistical net: please check it");
        }
        if f.status == FindingStatus::Unanswered {
            reason("a risk question has no documented answer");
        }
        if f.status == FindingStatus::NotClient
            && matches!(f.kind, RiskKind::SuicidalIdeation | RiskKind::SelfHarm)
        {
            reason("risk reported for someone else: consider follow-up");
        }
        if matches!(
            f.concept,
            Concept::IntrusiveHarm | Concept::CommandHallucination
        ) && f.status == FindingStatus::Present
        {
            reason("intrusive harm thoughts or command hallucinations: unwanted, no intent stated; review");
        }
    }
    let denied_somewhere = |k: RiskKind| {
        findings
            .iter()
            .any(|f| f.kind == k && f.status == FindingStatus::Denied && !f.concept.is_qualifier())
    };
    for (&k, &s) in &items {
        match s {
            ItemStatus::Present if k.counts_for_risk() => {
                reason("risk is present: review before signing");
                if denied_somewhere(k) {
                    reason("a category is both affirmed and denied in this memo");
                }
            }
            ItemStatus::History => reason("risk history without a current status"),
            _ => {}
        }
    }
    if items.get(&RiskKind::AccessToMeans) == Some(&ItemStatus::Present)
        && !items.contains_key(&RiskKind::SuicidalIdeation)
    {
        reason("access to means without a documented suicide screen");
    }
    // "No safety concerns": a global line that names no category is no denial (FORMATS §5).
    let risk_items_named = items.keys().any(|k| k.counts_for_risk());
    if !risk_items_named && clauses.iter().any(|c| vague_global_denial(&c.text)) {
        reason("a global line ('no safety concerns') names no risk category: screen and document");
    }
    let risk_items: Vec<(RiskKind, ItemStatus)> = items
        .iter()
        .filter(|(k, _)| k.counts_for_risk())
        .map(|(k, s)| (*k, *s))
        .collect();
    let polarity = if risk_items.iter().any(|(_, s)| *s == ItemStatus::Present) {
        Polarity::Present
    } else if risk_items.iter().any(|(_, s)| *s == ItemStatus::Denied) {
        Polarity::Denied
    } else {
        Polarity::None
    };
    let deciding = match polarity {
        Polarity::Present => Some(ItemStatus::Present),
        Polarity::Denied => Some(ItemStatus::Denied),
        Polarity::None => None,
    };
    let flags = risk_items
        .iter()
        .filter(|(_, s)| Some(*s) == deciding)
        .map(|(k, _)| k.flag().to_string())
        .collect();
    let mut evidence_ids: Vec<usize> = findings
        .iter()
        .filter(|f| {
            !matches!(
                f.status,
                FindingStatus::NotClient | FindingStatus::Hypothetical
            )
        })
        .map(|f| f.clause_id)
        .collect();
    evidence_ids.sort_unstable();
    evidence_ids.dedup();
    let text_of = |id: usize| {
        clauses
            .iter()
            .find(|c| c.id == id)
            .map(|c| (id, c.text.clone()))
    };
    let context = if findings.is_empty() {
        Vec::new()
    } else {
        clauses
            .iter()
            .filter(|c| !evidence_ids.contains(&c.id))
            .filter(|c| {
                let t = tokens::tokenize(&c.text);
                let w: Vec<&str> = t.iter().map(|x| x.norm.as_str()).collect();
                CONTEXT_WORDS
                    .iter()
                    .any(|p| w.windows(p.len()).any(|x| x == *p))
            })
            .map(|c| (c.id, c.text.clone()))
            .collect()
    };
    RiskAssessment {
        polarity,
        flags,
        items: items
            .into_iter()
            .map(|(k, s)| (k.flag().to_string(), s))
            .collect(),
        evidence: evidence_ids.into_iter().filter_map(text_of).collect(),
        context,
        needs_review: !reasons.is_empty(),
        review_reasons: reasons,
        findings,
    }
}

/// Whether a denial's words (`denial`) can answer for the substance a problem names
/// (`named`): alcohol for alcohol, drugs for drugs; a word for either ("substances",
/// "anything", "clean", "sober") answers for both.
fn same_substance(named: &str, denial: &str) -> bool {
    let class = |q: &str| {
        let q = q.to_lowercase();
        let has = |ws: &[&str]| {
            q.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|w| ws.contains(&w))
        };
        let alcohol = has(&[
            "drink", "drinks", "drinking", "drank", "drunk", "alcohol", "etoh", "beer", "beers",
            "wine", "liquor", "spirits", "booze", "vodka", "whisky", "whiskey", "rum", "gin",
            "cider", "lager", "sober", "sobriety", "pint", "pints",
        ]);
        let drugs = has(&[
            "drug",
            "drugs",
            "cannabis",
            "weed",
            "marijuana",
            "cocaine",
            "coke",
            "heroin",
            "meth",
            "ice",
            "pills",
            "opioids",
            "opioid",
            "crack",
            "ecstasy",
            "mdma",
            "ketamine",
            "fentanyl",
            "benzos",
            "methamphetamine",
            "amphetamines",
        ]);
        (alcohol, drugs)
    };
    let (na, nd) = class(named);
    let (da, dd) = class(denial);
    // Neither named: a generic word on one side answers for both.
    (!da && !dd) || (!na && !nd) || (na && da) || (nd && dd)
}
