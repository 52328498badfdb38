//! The cue rules' reading of every labelled clause, the role net switched off, as JSON lines
//! for `scripts/train_role_net.py --readings` (which compares rules, net and combinations out
//! of fold):
//!
//! ```text
//! cargo run --release -p hushnote-draft --example role_readings -- \
//!     tests/fixtures/corpus/*/memos*.jsonl > /tmp/readings.jsonl
//! ```
//!
//! The labelled clauses are read in memo order, as the drafter reads its own clauses.

use hushnote_draft::eval::{load_jsonl, LabelledMemo};
use hushnote_draft::{roles, roles_net};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: role_readings MEMOS.jsonl...");
        return ExitCode::from(2);
    }
    for p in &paths {
        let path = Path::new(p);
        let memos = match load_jsonl::<LabelledMemo>(path) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for m in &memos {
            let readings = roles_net::with_override(None, || {
                roles::read_all(m.clauses.iter().map(|c| c.text.as_str()))
            });
            for (i, r) in readings.iter().enumerate() {
                let line = serde_json::json!({
                    "file": file, "memo": m.id, "index": i,
                    "role": r.role.as_str(), "cued": r.cued,
                });
                println!("{line}");
            }
        }
    }
    ExitCode::SUCCESS
}
