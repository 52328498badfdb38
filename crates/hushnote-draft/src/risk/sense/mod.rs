//! Word sense and experiencer of a raw mention, read before its attributes: the same risk
//! word names an event only in its risk sense and role.
//!
//! One file per concern:
//!
//! - [`topic`]: topic-modifier compounds;
//! - [`formulation`](mod@formulation): risk-level formulations;
//! - [`strike`]: striking noun-verbs and figurative fights;
//! - [`experiencer`]: genitive experiencers and the client's names;
//! - [`cut`]: the sense of bare "cut", asked by the findings as well;
//! - [`agent`]: a killing verb whose agent is a cause of death, not a person;
//! - [`dying`]: a dying client's funeral plans, which are no warning sign.

mod agent;
mod cut;
mod dying;
mod experiencer;
mod formulation;
mod strike;
mod topic;

use super::lexicon::Concept;
use super::tokens::Tok;
use super::RiskKind;

/// What a mention is, once its sense and experiencer are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A risk mention, as matched.
    Keep,
    /// Not a risk event: a topic compound, a formulation or another word sense.
    Drop,
    /// Someone else's ideation or behaviour (a genitive experiencer).
    Other,
}

use agent::cause_of_death;
pub(crate) use cut::cut_other_sense;
pub(crate) use dying::{client_is_dying, rites_of_the_dying};
use experiencer::genitive_other;
pub(crate) use experiencer::{
    client_by_kin, client_names, others_by_cleft, others_by_name, others_by_pronoun,
    others_taken_up,
};
use formulation::formulation;
use strike::{figurative_fight, noun_not_act};
use topic::topic_compound;

/// Reads one raw mention `[s, e)` of `toks`. `client` are the names that may be the client's
/// ([`client_names`]).
pub(crate) fn read(
    toks: &[Tok],
    s: usize,
    e: usize,
    concept: Concept,
    kind: Option<RiskKind>,
    client: &[String],
) -> Reading {
    if concept == Concept::Screen || concept == Concept::Learned {
        return Reading::Keep;
    }
    if topic_compound(toks, e)
        || formulation(toks, s, e)
        || noun_not_act(toks, s, concept)
        || figurative_fight(toks, s, e, concept)
        || cause_of_death(toks, s, concept)
    {
        return Reading::Drop;
    }
    if genitive_other(toks, s, concept, kind, client) {
        return Reading::Other;
    }
    Reading::Keep
}

fn w(toks: &[Tok], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.norm.as_str())
}

fn singular(n: &str) -> &str {
    n.strip_suffix('s').filter(|b| b.len() > 2).unwrap_or(n)
}
