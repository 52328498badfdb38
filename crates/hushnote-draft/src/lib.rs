//! Grounded drafting (DESIGN §2, "Grounded drafting").
//!
//! The model never writes facts; structure is decided by rules where they can. The flow inside
//! this crate is:
//!
//! 1. [`private`] splits off a psychotherapy (process) note after a spoken marker.
//! 2. [`clauses`] cuts the memo into the clinician's own clauses, numbered, cutting a sentence
//!    where its parts have different [`roles`].
//! 3. [`plan`] places each clause in the section of its format that declares its role
//!    ([`formats`]); only clauses no rule places (user formats) are asked of the model, under a
//!    GBNF grammar, and its answer is parsed into an [`Assignment`].
//! 4. [`risk`] finds risk statements by rules, with negation and transcription near-misses.
//! 5. [`compose`] builds the sections from the clauses, tidying wording only where
//!    [`grounding`] proves the new sentence says nothing the memo did not.
//! 6. [`render`] writes the Markdown draft with YAML front matter and provenance comments, and
//!    [`checklist`] the "before you sign" advice at its top.
//!
//! This crate links no engine: the Llama worker is driven by the `hushnote` binary, which hands
//! the model's raw text to [`plan::parse`]. The binary's two steps are:
//!
//! ```
//! use hushnote_draft::{prepare, plan, DraftOptions, Format};
//! let format = Format::builtin("soap").unwrap();
//! let prepared = prepare("Client discussed work stress. Homework is journaling.", &DraftOptions::default());
//! let _messages = plan::prompt(&format, &prepared.clauses); // ask the model, then:
//! let assignment = plan::resolve(None, &format, &prepared.clauses); // None: no answer
//! let doc = prepared.compose(&format, Some(assignment));
//! assert_eq!(doc.note.sections.len(), 4);
//! ```

pub mod checklist;
pub mod clauses;
pub mod compose;
mod corrections;
pub mod eval;
pub mod facts;
pub mod formats;
pub mod goals;
pub mod grounding;
mod hashed;
pub mod plan;
pub mod private;
pub mod render;
pub mod risk;
pub mod roles;
pub mod roles_net;
mod text;

pub use clauses::Clause;
pub use compose::ComposedNote;
pub use formats::{Format, FormatError, Section};
pub use render::{AudioDisposal, ModelRef, RenderMeta};
pub use risk::{Polarity, RiskAssessment};

/// Which section each clause goes to: `sections[i]` holds the clause ids (1-based, as numbered
/// in the prompt) assigned to section `i` of the format, in memo order.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Assignment {
    pub sections: Vec<Vec<usize>>,
    /// True when the model's answer was unusable and the deterministic planner decided.
    pub fallback: bool,
}

/// Settings for drafting that come from the user's configuration.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DraftOptions {
    /// Spoken markers that start the private (process) note, e.g. "private note".
    pub private_markers: Vec<String>,
}

impl Default for DraftOptions {
    fn default() -> Self {
        DraftOptions {
            private_markers: private::default_markers(),
        }
    }
}

/// A memo split and read, ready to be planned and composed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Prepared {
    /// The part of the transcript that may go into the progress note.
    pub public: String,
    /// The psychotherapy (process) note, if the clinician dictated one.
    pub private: Option<String>,
    /// The public part's clauses: what the planner numbers and the composer uses.
    pub clauses: Vec<Clause>,
    /// Risk read from the public part.
    pub risk: RiskAssessment,
    /// Risk read from the private part: the progress note says *that* it has risk wording, never
    /// what, so that a risk statement dictated after the marker is not missed.
    pub private_risk: Option<RiskAssessment>,
}

/// A composed draft: everything [`render::render`] needs besides the run's [`RenderMeta`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DraftDocument {
    pub format: Format,
    pub public: String,
    pub private: Option<String>,
    pub clauses: Vec<Clause>,
    pub risk: RiskAssessment,
    pub private_risk: Option<RiskAssessment>,
    pub note: ComposedNote,
}

/// Step 1: splits off the private note, cuts the public part into clauses and reads its risk.
pub fn prepare(transcript: &str, opts: &DraftOptions) -> Prepared {
    let (public, private) = private::split_private(transcript, &opts.private_markers);
    let mut clauses = clauses::split_clauses(&public);
    let risk = risk::assess_memo(&public, &clauses);
    for c in &mut clauses {
        c.risk = risk.about_client(c.id);
        c.risk_free = (c.id.saturating_sub(1)..=c.id + 1).all(|id| !risk.read_any(id));
        c.risk_elsewhere = risk.read_only_elsewhere(c.id);
    }
    let private_risk = private
        .as_deref()
        .map(|p| risk::assess_memo(p, &clauses::split_clauses(p)));
    Prepared {
        public,
        private,
        clauses,
        risk,
        private_risk,
    }
}

impl Prepared {
    /// Step 2: composes the note from the model's assignment (`None`: the keyword planner
    /// decides). A format without sections gets one "Notes" section so no clause is lost.
    pub fn compose(&self, format: &Format, assignment: Option<Assignment>) -> DraftDocument {
        let format = if format.sections.is_empty() {
            Format {
                name: format.name.clone(),
                sections: vec![Section {
                    name: "Notes".to_string(),
                    description: "Everything the memo said.".to_string(),
                    roles: Vec::new(),
                }],
            }
        } else {
            format.clone()
        };
        let note = compose::compose(&format, &self.clauses, &self.public, &self.risk, assignment);
        DraftDocument {
            format,
            public: self.public.clone(),
            private: self.private.clone(),
            clauses: self.clauses.clone(),
            risk: self.risk.clone(),
            private_risk: self.private_risk.clone(),
            note,
        }
    }
}

/// Both steps at once, for callers that already have the assignment (or none).
pub fn draft(
    transcript: &str,
    format: &Format,
    assignment: Option<Assignment>,
    opts: &DraftOptions,
) -> DraftDocument {
    prepare(transcript, opts).compose(format, assignment)
}

impl DraftDocument {
    /// The progress-note draft as Markdown (see [`render::render`]).
    pub fn render(&self, meta: &RenderMeta) -> String {
        render::render(self, meta)
    }

    /// The private note as its own Markdown file, if one was dictated.
    pub fn render_private(&self, meta: &RenderMeta) -> Option<String> {
        self.private
            .as_deref()
            .map(|p| render::render_private(p, meta))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_steps_equal_one() {
        let memo = "Client discussed sleep. We practiced breathing. Homework is a diary.";
        let f = Format::builtin("girp").unwrap();
        let p = prepare(memo, &DraftOptions::default());
        assert_eq!(p.clauses.len(), 3);
        let a = plan::fallback(&f, &p.clauses);
        assert_eq!(
            p.compose(&f, Some(a.clone())),
            draft(memo, &f, Some(a), &DraftOptions::default())
        );
    }

    #[test]
    fn private_part_is_not_in_clauses_but_its_risk_is_noticed() {
        let p = prepare(
            "Client discussed grief. Private note: I worry she is suicidal.",
            &DraftOptions::default(),
        );
        assert_eq!(p.clauses.len(), 1);
        assert_eq!(p.risk.polarity, Polarity::None);
        assert_eq!(p.private_risk.as_ref().unwrap().polarity, Polarity::Present);
    }

    #[test]
    fn format_without_sections_keeps_every_clause() {
        let f = Format {
            name: "Empty".into(),
            sections: vec![],
        };
        let doc = draft("One. Two.", &f, None, &DraftOptions::default());
        assert_eq!(doc.note.sections.len(), 1);
        assert_eq!(doc.note.sections[0].sentences.len(), 2);
    }
}
