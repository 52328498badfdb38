//! Helpers every integration test shares: the binary under test and the fixtures.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The binary under test: `$HUSHNOTE_BIN` (scripts/test.sh sets it), else the one cargo built
/// for this test run.
pub fn bin() -> PathBuf {
    let p = std::env::var_os("HUSHNOTE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_hushnote")));
    assert!(p.exists(), "{} missing: run scripts/test.sh", p.display());
    p
}

/// `tests/fixtures/rel` of the checkout being tested. Read from the environment cargo gives
/// the test process, not baked in at compile time: a test binary reused from a shared target
/// dir may have been built in another (since deleted) clone.
pub fn fixture(rel: &str) -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf())
        .join("tests/fixtures")
        .join(rel)
}

/// The reference text of fixture memo `id` (tests/fixtures/memos.json).
pub fn memo_text(id: &str) -> String {
    let text = std::fs::read_to_string(fixture("memos.json")).expect("memos.json");
    let all: Vec<serde_json::Value> = serde_json::from_str(&text).expect("memos.json is JSON");
    all.iter()
        .find(|m| m["id"] == id)
        .and_then(|m| m["memo"].as_str())
        .unwrap_or_else(|| panic!("no memo {id} in memos.json"))
        .to_string()
}
