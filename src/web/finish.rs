//! Sign, export, amend and discard exactly as the CLI does them (`crate::sign`,
//! `crate::export`, `crate::amend`): the page has no copy of that logic, only this adapter
//! from their results to what the page shows.

use super::store;
use crate::config::Config;
use axum::http::StatusCode;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum FinishError {
    #[error(transparent)]
    Sign(#[from] crate::sign::SignError),
    #[error(transparent)]
    Export(#[from] crate::export::ExportError),
    #[error(transparent)]
    Amend(#[from] crate::amend::AmendError),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
}

impl FinishError {
    /// Refusals the clinician can fix are 422; a tampered note is 409; the rest 500.
    pub fn status(&self) -> StatusCode {
        use crate::sign::{SignError as S, VerifyError as V};
        match self {
            FinishError::Sign(S::UnreviewedRisk { .. } | S::NoClinician { .. })
            | FinishError::Sign(S::AlreadySigned { .. } | S::NotADraft { .. })
            | FinishError::Amend(_) => StatusCode::UNPROCESSABLE_ENTITY,
            FinishError::Export(crate::export::ExportError::Verify(V::Tampered { .. })) => {
                StatusCode::CONFLICT
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Signs a draft; returns the signed note's id for `/note/{id}`.
pub fn sign(cfg: &Config, draft: &Path, ack_risk: bool) -> Result<String, FinishError> {
    let signed = crate::sign::sign_draft(cfg, draft, &crate::sign::SignOptions { ack_risk })?;
    Ok(store::note_id(&cfg.paths()?.notes, &signed.note))
}

/// Deletes a draft and every copy of its transcript.
pub fn discard(cfg: &Config, draft: &Path) -> Result<(), FinishError> {
    crate::sign::discard_draft(cfg, draft)?;
    Ok(())
}

/// A draft (cleaned as signing would) or a verified signed note, as PDF.
pub fn pdf(_cfg: &Config, file: &Path) -> Result<Vec<u8>, FinishError> {
    Ok(crate::export::pdf::to_pdf(file)?)
}

/// The same as plain text, for pasting into an EHR.
pub fn txt(_cfg: &Config, file: &Path) -> Result<Vec<u8>, FinishError> {
    Ok(crate::export::txt::to_txt(file)?.into_bytes())
}

/// Adds a dated, signed addendum to a signed note; returns the addendum's id.
pub fn amend(cfg: &Config, note: &Path, text: &str) -> Result<String, FinishError> {
    let a = crate::amend::amend_note(cfg, note, text)?;
    Ok(store::note_id(&cfg.paths()?.notes, &a.addendum))
}
