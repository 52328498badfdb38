//! Grounded drafting (DESIGN §2, "Grounded drafting").
//!
//! The model decides structure, never facts. The flow inside this crate is:
//!
//! 1. [`private`] splits off a psychotherapy (process) note after a spoken marker.
//! 2. [`clauses`] cuts the memo into the clinician's own clauses, numbered.
//! 3. [`plan`] builds the prompt and GBNF grammar that ask the model which clause belongs to
//!    which section, and parses the answer into an [`Assignment`] (with a deterministic
//!    fallback when the model's answer is unusable).
//! 4. [`risk`] finds risk statements by rules, with negation and transcription near-misses.
//! 5. [`compose`] builds the sections from the clauses, tidying wording only where
//!    [`grounding`] proves the new sentence says nothing the memo did not.
//! 6. [`render`] writes the Markdown draft with YAML front matter and provenance comments.
//!
//! This crate links no engine: the Llama worker is driven by the `hushnote` binary, which hands
//! the model's raw text to [`plan::parse`].

pub mod clauses;
pub mod compose;
pub mod formats;
pub mod grounding;
pub mod plan;
pub mod private;
pub mod render;
pub mod risk;
mod text;

pub use clauses::Clause;
pub use formats::{Format, Section};

/// Which section each clause goes to: `sections[i]` holds the clause ids (1-based, as numbered
/// in the prompt) assigned to section `i` of the format, in memo order.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Assignment {
    pub sections: Vec<Vec<usize>>,
    /// True when the model's answer was unusable and the deterministic planner decided.
    pub fallback: bool,
}
