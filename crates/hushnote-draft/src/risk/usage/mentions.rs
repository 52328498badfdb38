//! New mentions the lexicon cannot find: blackouts told as memory loss, drinks counted in
//! containers, an AUDIT score, abstinence from everything, and intrusive harm thoughts named
//! by their label, each kept only where no other rule took a word of it.

use crate::risk::lexicon::Concept;
use crate::risk::tokens::Tok;
use crate::risk::RiskKind;

use super::audit::audit;
use super::drinks::{blackout, counted_drinks};
use super::intrusive::intrusive_harm;
use super::not_use::off_everything;
use super::words;

/// A mention found here, before its ConText attributes are read.
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub concept: Concept,
    pub kind: RiskKind,
}

/// New mentions: blackouts told as memory loss (AUDIT item 8), drinks counted in containers
/// ("eight or nine pints"), and intrusive harm thoughts named by their clinical label.
pub(crate) fn mentions(toks: &[Tok], covered: &[bool]) -> Vec<Mention> {
    let w = words(toks);
    let mut out = Vec::new();
    let free = |s: usize, e: usize| e <= covered.len() && !covered[s..e].iter().any(|c| *c);
    if let Some((s, e)) = blackout(&w) {
        // The lost memory and its object up to the first word another rule took.
        let e = (s..e).find(|&k| covered.get(k) == Some(&true)).unwrap_or(e);
        if e > s && free(s, e) {
            out.push(mention(
                (s, e),
                Concept::SubstanceUse,
                RiskKind::SubstanceUse,
            ));
        }
    }
    for (s, e) in counted_drinks(&w) {
        if free(s, e) && !out.iter().any(|m| m.start < e && s < m.end) {
            out.push(mention(
                (s, e),
                Concept::SubstanceUse,
                RiskKind::SubstanceUse,
            ));
        }
    }
    // One span at most each, kept where no other rule took a word of it.
    let single = [
        (audit(toks), Concept::Screen, RiskKind::SubstanceUse),
        (
            off_everything(&w),
            Concept::Abstinence,
            RiskKind::SubstanceUse,
        ),
        (
            intrusive_harm(&w),
            Concept::IntrusiveHarm,
            RiskKind::HarmToOthers,
        ),
    ];
    for (span, concept, kind) in single {
        if let Some((s, e)) = span.filter(|&(s, e)| free(s, e)) {
            out.push(mention((s, e), concept, kind));
        }
    }
    out
}

fn mention((start, end): (usize, usize), concept: Concept, kind: RiskKind) -> Mention {
    Mention {
        start,
        end,
        concept,
        kind,
    }
}
