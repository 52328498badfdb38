//! The wire protocol between `hushnote` and its engine workers.
//!
//! Whisper (whisper-rs) and Llama (llama-cpp-2) each vendor their own ggml, so they must never
//! share a process (DESIGN §2). Each engine lives in a worker binary that reads requests on stdin
//! and writes responses on stdout. One frame is:
//!
//! ```text
//! u32 LE  header length | header (JSON) | u32 LE payload length | payload (raw bytes)
//! ```
//!
//! The JSON header keeps messages readable and versionable; the raw payload carries audio
//! (f32 little-endian PCM, 16 kHz mono) without the cost of encoding half a million floats as text.
//! This crate is deliberately tiny and engine-free so that the daemon can link it without ggml.

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::io::{self, Read, Write};

/// Bumped whenever a message changes shape; workers refuse a mismatched `Hello`.
pub const PROTOCOL_VERSION: u32 = 1;

/// Largest JSON header accepted (prompts and grammars are small).
pub const MAX_HEADER_BYTES: u32 = 16 * 1024 * 1024;
/// Largest payload accepted: 30 minutes of 16 kHz f32 audio is 115 MB; refuse more.
pub const MAX_PAYLOAD_BYTES: u32 = 128 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("i/o error on the worker pipe: {0}")]
    Io(#[from] io::Error),
    #[error("malformed message on the worker pipe: {0}")]
    Json(#[from] serde_json::Error),
    #[error("frame too large ({0} bytes); the peer is not speaking hushnote-protocol")]
    TooLarge(u32),
}

/// Writes one frame and flushes it.
pub fn write_frame<W: Write, T: Serialize>(
    w: &mut W,
    header: &T,
    payload: &[u8],
) -> Result<(), FrameError> {
    let json = serde_json::to_vec(header)?;
    let hlen = u32::try_from(json.len()).map_err(|_| FrameError::TooLarge(u32::MAX))?;
    let plen = u32::try_from(payload.len()).map_err(|_| FrameError::TooLarge(u32::MAX))?;
    if hlen > MAX_HEADER_BYTES {
        return Err(FrameError::TooLarge(hlen));
    }
    if plen > MAX_PAYLOAD_BYTES {
        return Err(FrameError::TooLarge(plen));
    }
    w.write_all(&hlen.to_le_bytes())?;
    w.write_all(&json)?;
    w.write_all(&plen.to_le_bytes())?;
    w.write_all(payload)?;
    w.flush()?;
    Ok(())
}

/// Reads one frame. `Ok(None)` means the peer closed the pipe cleanly between frames.
pub fn read_frame<R: Read, T: DeserializeOwned>(
    r: &mut R,
) -> Result<Option<(T, Vec<u8>)>, FrameError> {
    let mut len = [0u8; 4];
    match r.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e.into()),
    }
    let hlen = u32::from_le_bytes(len);
    if hlen > MAX_HEADER_BYTES {
        return Err(FrameError::TooLarge(hlen));
    }
    let json = read_exactly(r, hlen)?;
    r.read_exact(&mut len)?;
    let plen = u32::from_le_bytes(len);
    if plen > MAX_PAYLOAD_BYTES {
        return Err(FrameError::TooLarge(plen));
    }
    let payload = read_exactly(r, plen)?;
    Ok(Some((serde_json::from_slice(&json)?, payload)))
}

/// Reads exactly `n` bytes, growing the buffer as they arrive: a corrupt length field costs
/// the bytes actually sent, not `n` bytes reserved up front (before, 12 bytes on the pipe
/// reserved 144 MB; the `protocol_frame` fuzz target caps allocations to catch this).
fn read_exactly<R: Read>(r: &mut R, n: u32) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity((n as usize).min(64 * 1024));
    r.take(u64::from(n)).read_to_end(&mut buf)?;
    if buf.len() != n as usize {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("frame ends after {} of {n} bytes", buf.len()),
        ));
    }
    Ok(buf)
}

/// Encodes mono f32 samples as the little-endian payload of a `Transcribe` request.
pub fn samples_to_bytes(samples: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(samples.len() * 4);
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

/// Decodes a `Transcribe` payload back into samples; a trailing partial sample is an error.
pub fn bytes_to_samples(bytes: &[u8]) -> Option<Vec<f32>> {
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    Some(
        bytes
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

/// Why a worker could not do what was asked. The daemon decides whether to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerErrorKind {
    /// The model file could not be loaded (corrupt, wrong format, missing).
    ModelLoad,
    /// A request arrived before `Load`.
    NotLoaded,
    /// The request itself was malformed (bad payload, bad grammar).
    BadRequest,
    /// The engine failed while working on a valid request.
    Engine,
    /// The input does not fit the model's context window.
    ContextOverflow,
}

/// Requests to the Whisper worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WhisperRequest {
    /// Load (or replace) the model; kept loaded until `Shutdown` or process exit.
    Load {
        protocol: u32,
        model_path: String,
        #[serde(default)]
        flash_attn: bool,
        #[serde(default)]
        use_gpu: bool,
    },
    /// Transcribe the payload: f32 LE PCM, 16 kHz, mono.
    Transcribe(TranscribeOptions),
    Shutdown,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TranscribeOptions {
    pub threads: u32,
    /// ISO 639-1 code, or `None` to auto-detect (multilingual models only).
    pub language: Option<String>,
    /// Initial prompt (vocabulary hint); data for the decoder, never shown to users.
    pub initial_prompt: Option<String>,
    /// Encoder context in frames (50/s); `0` = the model's full 30 s window.
    #[serde(default)]
    pub audio_ctx: u32,
    /// Decoding knobs; the defaults are whisper.cpp's own, so older messages mean the same.
    #[serde(default)]
    pub decode: DecodeOptions,
}

/// Greedy-decoding settings of whisper.cpp (`whisper_full_params`) the worker exposes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecodeOptions {
    /// Temperature step when a decode fails the compression-ratio / log-probability checks;
    /// `0.0` turns the fallback off (one greedy pass, never a retry).
    pub temperature_inc: f32,
    /// Decode text only, no timestamp tokens (segments then span the whole piece).
    pub no_timestamps: bool,
    /// Force one segment per piece.
    pub single_segment: bool,
    /// Beam search with this many beams; `0` or `1` is greedy decoding.
    pub beam_size: u32,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        Self {
            temperature_inc: 0.2,
            no_timestamps: false,
            single_segment: false,
            beam_size: 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
}

/// Responses from the Whisper worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WhisperResponse {
    Loaded {
        load_ms: u64,
        system_info: String,
    },
    Transcript {
        segments: Vec<Segment>,
        elapsed_ms: u64,
    },
    Error {
        kind: WorkerErrorKind,
        message: String,
    },
}

/// One chat message for the Llama worker; the worker applies the model's own chat template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub role: String,
    pub content: String,
}

/// Requests to the Llama worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LlamaRequest {
    Load {
        protocol: u32,
        model_path: String,
        n_ctx: u32,
        threads: u32,
        #[serde(default)]
        gpu_layers: u32,
    },
    Generate(GenerateOptions),
    Shutdown,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GenerateOptions {
    pub messages: Vec<ChatMessage>,
    /// GBNF grammar (root rule `root`); `None` = free generation.
    pub grammar: Option<String>,
    pub max_tokens: u32,
    /// 0.0 = greedy (deterministic drafts).
    #[serde(default)]
    pub temperature: f32,
    #[serde(default)]
    pub seed: u32,
}

/// Responses from the Llama worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LlamaResponse {
    Loaded {
        load_ms: u64,
        n_ctx_train: u32,
    },
    Generated {
        text: String,
        prompt_tokens: u32,
        generated_tokens: u32,
        /// True when generation stopped at `max_tokens` rather than end-of-generation.
        truncated: bool,
        elapsed_ms: u64,
    },
    Error {
        kind: WorkerErrorKind,
        message: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_round_trip_keeps_header_and_payload() {
        let samples = vec![0.0f32, 0.5, -1.0, 1.25e-7];
        let req = WhisperRequest::Transcribe(TranscribeOptions {
            threads: 2,
            language: Some("en".into()),
            initial_prompt: Some("mood, affect".into()),
            audio_ctx: 0,
            decode: DecodeOptions::default(),
        });
        let mut buf = Vec::new();
        write_frame(&mut buf, &req, &samples_to_bytes(&samples)).unwrap();
        let mut r = &buf[..];
        let (back, payload): (WhisperRequest, Vec<u8>) = read_frame(&mut r).unwrap().unwrap();
        match back {
            WhisperRequest::Transcribe(o) => {
                assert_eq!(o.initial_prompt.as_deref(), Some("mood, affect"))
            }
            other => panic!("wrong variant {other:?}"),
        }
        assert_eq!(bytes_to_samples(&payload).unwrap(), samples);
        // Clean EOF after the frame.
        assert!(read_frame::<_, WhisperRequest>(&mut r).unwrap().is_none());
    }

    #[test]
    fn older_transcribe_messages_get_whisper_cpp_decoding_defaults() {
        let old = r#"{"type":"transcribe","threads":2,"language":"en","initial_prompt":null}"#;
        let WhisperRequest::Transcribe(o) = serde_json::from_str(old).unwrap() else {
            panic!("not a transcribe request");
        };
        assert_eq!((o.audio_ctx, o.decode), (0, DecodeOptions::default()));
        assert_eq!(o.decode.temperature_inc, 0.2);
        let partial = r#"{"type":"transcribe","threads":2,"language":null,"initial_prompt":null,
            "decode":{"no_timestamps":true}}"#;
        let WhisperRequest::Transcribe(o) = serde_json::from_str(partial).unwrap() else {
            panic!("not a transcribe request");
        };
        assert!(o.decode.no_timestamps && !o.decode.single_segment);
        assert_eq!(o.decode.temperature_inc, 0.2);
    }

    #[test]
    fn truncated_frame_is_an_error_not_eof() {
        let mut buf = Vec::new();
        write_frame(&mut buf, &WhisperRequest::Shutdown, b"abcd").unwrap();
        buf.truncate(buf.len() - 2);
        let mut r = &buf[..];
        assert!(read_frame::<_, WhisperRequest>(&mut r).is_err());
    }

    #[test]
    fn oversized_length_is_refused_before_allocating() {
        let buf = u32::MAX.to_le_bytes();
        let mut r = &buf[..];
        assert!(matches!(
            read_frame::<_, WhisperRequest>(&mut r),
            Err(FrameError::TooLarge(_))
        ));
    }

    #[test]
    fn a_lying_length_reserves_only_what_arrived() {
        // Header length 2, payload length just under the limit, 4 payload bytes present.
        let mut buf = 2u32.to_le_bytes().to_vec();
        buf.extend_from_slice(b"{}");
        buf.extend_from_slice(&(MAX_PAYLOAD_BYTES - 1).to_le_bytes());
        buf.extend_from_slice(b"abcd");
        let mut r = &buf[..];
        let e = read_frame::<_, WhisperRequest>(&mut r).unwrap_err();
        assert!(e.to_string().contains("after 4 of"), "{e}");
    }

    #[test]
    fn odd_payload_is_not_samples() {
        assert!(bytes_to_samples(&[1, 2, 3]).is_none());
    }
}

pub mod worker {
    //! Helpers shared by the worker binaries.

    use std::fs::File;
    use std::io;
    use std::os::fd::FromRawFd;

    /// Takes the process's stdout for the protocol and points fd 1 at stderr.
    ///
    /// ggml and the engines print diagnostics with `printf`; one stray byte on the protocol
    /// pipe would desynchronise the frames. After this call anything C code prints to stdout
    /// goes to stderr, and only the returned `File` writes to the daemon.
    pub fn take_protocol_stdout() -> io::Result<File> {
        // SAFETY: dup/dup2 on the process's own standard descriptors; the duplicate is owned by
        // the returned File and nothing else closes it.
        unsafe {
            let fd = libc::dup(libc::STDOUT_FILENO);
            if fd < 0 {
                return Err(io::Error::last_os_error());
            }
            if libc::dup2(libc::STDERR_FILENO, libc::STDOUT_FILENO) < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(File::from_raw_fd(fd))
        }
    }

    /// Makes OpenMP threads sleep, rather than spin, while they wait at ggml's barriers.
    ///
    /// Both engines are built with OpenMP. Measured on 2 shared cores: with spinning waits, two
    /// threads that do not both get a core turn 27 generated tokens from 0.5 s into 30–45 s;
    /// with passive waits they never did worse than one thread, and on an idle machine they are
    /// as fast as spinning. libgomp reads `OMP_WAIT_POLICY` when it is loaded, before `main`,
    /// so the worker re-executes itself once with the variable set (same pid, same pipes).
    /// A policy set by the user wins. Call it first thing in `main`.
    pub fn passive_openmp(worker_name: &str) {
        use std::os::unix::process::CommandExt;
        if std::env::var_os("OMP_WAIT_POLICY").is_some() {
            return;
        }
        let Ok(exe) = std::env::current_exe() else {
            return;
        };
        let err = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env("OMP_WAIT_POLICY", "passive")
            .exec();
        // `exec` returns only when it failed: carry on with libgomp's default policy.
        eprintln!("{worker_name}: could not set OMP_WAIT_POLICY=passive ({err}); continuing");
    }

    /// Asks the kernel to kill this worker when its parent dies, so a `kill -9` of the daemon
    /// never leaves an engine holding gigabytes of RAM (Linux only; a no-op elsewhere).
    pub fn die_with_parent() {
        #[cfg(target_os = "linux")]
        // SAFETY: prctl(PR_SET_PDEATHSIG) only sets a flag on the calling process.
        unsafe {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            // The parent may have died before prctl took effect.
            if libc::getppid() == 1 {
                libc::_exit(1);
            }
        }
    }

    /// Test hook: when `HUSHNOTE_TEST_ABORT` names this request (`transcribe`, `generate`),
    /// the worker aborts like a failed `GGML_ASSERT`, so tests can prove that a crash costs a
    /// retry and never a memo. With a file path after `@`, it aborts only while that file exists
    /// (and removes it), i.e. exactly once.
    pub fn maybe_abort_for_test(request: &str) {
        let Ok(spec) = std::env::var("HUSHNOTE_TEST_ABORT") else {
            return;
        };
        let (what, once_file) = match spec.split_once('@') {
            Some((w, f)) => (w.to_string(), Some(f.to_string())),
            None => (spec, None),
        };
        if what != request {
            return;
        }
        if let Some(f) = once_file {
            if std::fs::remove_file(&f).is_err() {
                return;
            }
        }
        eprintln!("hushnote test hook: aborting on {request}");
        std::process::abort();
    }
}
