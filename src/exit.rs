//! Documented exit codes (README "Exit codes"): scripts and the daemon's `failed/` reports
//! rely on them, so they never change meaning.

use crate::config::ConfigError;
use crate::decode::DecodeError;
use crate::models::ModelError;
use crate::resample::ResampleError;
use crate::transcribe::TranscribeError;

pub const OK: u8 = 0;
/// Something unexpected (a bug, or an I/O failure outside the cases below).
pub const FAILURE: u8 = 1;
/// Bad command line (clap's own code).
pub const USAGE: u8 = 2;
/// The config file is unreadable or invalid.
pub const CONFIG: u8 = 3;
/// A model is missing, unknown or fails its checksum.
pub const MODEL: u8 = 4;
/// The memo itself is unusable: empty, corrupt, truncated, unsupported, too long.
pub const INPUT: u8 = 5;
/// An engine failed (and its retry too); the memo is kept.
pub const ENGINE: u8 = 6;
/// The memo holds no speech (silence only); nothing was drafted.
pub const NO_SPEECH: u8 = 7;
/// The daemon is not running (for `record`, `stop`, `status`, ...).
pub const NO_DAEMON: u8 = 8;
/// No microphone: no input device, the configured one is missing, or it cannot be opened.
pub const NO_MIC: u8 = 9;
/// Refused on purpose: signing a draft whose risk findings are not marked reviewed, a note that
/// fails its hash (`verify`, `export`, `amend`), or signing what is not a draft.
pub const REFUSED: u8 = 10;

/// Marker error for "no speech found", so it maps to [`NO_SPEECH`].
#[derive(Debug, thiserror::Error)]
#[error(
    "{0}: no speech found (silence only); nothing to transcribe — check the microphone or the file"
)]
pub struct NoSpeech(pub String);

/// Marker error for input problems found outside decoding (e.g. an empty text memo).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

/// Maps an error chain to its exit code.
pub fn code_for(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.is::<ConfigError>() {
            return CONFIG;
        }
        if cause.is::<ModelError>() {
            return MODEL;
        }
        if cause.is::<DecodeError>() || cause.is::<ResampleError>() || cause.is::<BadInput>() {
            return INPUT;
        }
        if cause.is::<NoSpeech>() {
            return NO_SPEECH;
        }
        if let Some(c) = cause.downcast_ref::<crate::capture::CaptureError>() {
            use crate::capture::CaptureError as C;
            if matches!(
                c,
                C::NoDevice(_)
                    | C::UnknownDevice { .. }
                    | C::Devices(_)
                    | C::Open { .. }
                    | C::Stalled(_)
            ) {
                return NO_MIC;
            }
        }
        if let Some(t) = cause.downcast_ref::<TranscribeError>() {
            return match t {
                TranscribeError::ModelLoad { .. } => MODEL,
                _ => ENGINE,
            };
        }
        if let Some(d) = cause.downcast_ref::<crate::draft::DraftError>() {
            return match d {
                crate::draft::DraftError::ModelLoad(_) => MODEL,
                _ => ENGINE,
            };
        }
        if cause.is::<crate::worker::WorkerError>() {
            return ENGINE;
        }
        if cause.is::<hushnote_draft::formats::FormatError>() {
            return CONFIG;
        }
    }
    FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::CaptureError;

    #[test]
    fn microphone_problems_have_their_own_code_and_internal_ones_do_not() {
        let no_mic = anyhow::Error::new(CaptureError::UnknownDevice { name: "x".into() })
            .context("cannot record");
        assert_eq!(code_for(&no_mic), NO_MIC);
        let internal = anyhow::Error::new(CaptureError::Thread("spawn failed".into()));
        assert_eq!(code_for(&internal), FAILURE);
    }
}
