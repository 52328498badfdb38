//! Cutting a memo into the clinician's own clauses.

/// One clause of the memo, verbatim, with where it sits in the transcript.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Clause {
    /// 1-based, as numbered in the planning prompt and in provenance comments.
    pub id: usize,
    /// The clause exactly as transcribed (trimmed).
    pub text: String,
    /// Byte range in the (public part of the) transcript.
    pub start: usize,
    pub end: usize,
}
