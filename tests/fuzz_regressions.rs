//! Inputs the fuzz targets (`fuzz/`, `scripts/fuzz.sh`) found crashing, kept byte for byte in
//! `tests/fixtures/fuzz-regressions/<target>/` and fed to the same entry points: each must now
//! give a clean, actionable error, never a panic or an abort.

mod common;

use hushnote::decode::{decode_file, DecodeError};
use std::path::{Path, PathBuf};

/// The kept inputs of one fuzz target, sorted by name.
fn cases(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = common::fixture("fuzz-regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no regression inputs in {}", dir.display());
    out
}

/// The file extensions of the `decode_compressed` target, picked by the input's first byte.
const EXT: &[&str] = &[
    "m4a", "mp3", "flac", "ogg", "aac", "opus", "mp4", "oga", "wav",
];

/// Decodes `bytes` saved as `memo.<ext>` and insists on a clean refusal naming the file.
fn refused(dir: &Path, ext: &str, bytes: &[u8], name: &str) -> DecodeError {
    let path: PathBuf = dir.join(format!("memo.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let e = match decode_file(&path, 600) {
        Ok(d) => panic!(
            "{name}: damaged input decoded to {} samples at {} Hz",
            d.mono.len(),
            d.sample_rate
        ),
        Err(e) => e,
    };
    let msg = e.to_string();
    assert!(
        msg.contains("memo."),
        "{name}: error does not name the file: {msg}"
    );
    // In a release build symphonia's wrapped arithmetic can make the ADTS input "too long"
    // instead of corrupt; any refusal that names the file is clean, only a panic is not.
    assert!(!matches!(e, DecodeError::Open { .. }), "{name}: {msg}");
    e
}

#[test]
fn wav_decoder_crash_inputs_are_refused_cleanly() {
    let d = tempfile::tempdir().unwrap();
    for (name, bytes) in cases("decode_wav") {
        refused(d.path(), "wav", &bytes, &name);
    }
}

#[test]
fn compressed_decoder_crash_inputs_are_refused_cleanly() {
    let d = tempfile::tempdir().unwrap();
    for (name, bytes) in cases("decode_compressed") {
        let (&pick, data) = bytes.split_first().expect("non-empty input");
        refused(d.path(), EXT[pick as usize % EXT.len()], data, &name);
    }
}
