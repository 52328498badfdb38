//! The role net measured out of fold on whole drafts: each memo is drafted with the fold net
//! that never saw it (written by `scripts/train_role_net.py --fold-dir DIR`) and scored like
//! `scripts/eval.sh --corpus` (clauses and key facts in an allowed section), beside the cue
//! rules alone and the net deciding uncued clauses only. `ROLE_OOF_AT` sets the override
//! threshold tried (default: the shipped one, else 0.7). The built-in net saw every corpus memo, so in-sample figures say little; this
//! is the honest one.
//!
//! ```text
//! python3 scripts/train_role_net.py --out-dir /tmp/rn --fold-dir /tmp/rn/folds
//! ROLE_OOF_AT=0.7 cargo run --release -p hushnote-draft --example role_oof -- /tmp/rn/folds \
//!     tests/fixtures/corpus/shared/memos.jsonl tests/fixtures/corpus/blind2/memos_blind2.jsonl
//! ```

use hushnote_draft::eval::{load_jsonl, sections, LabelledMemo};
use hushnote_draft::roles_net::{self, RoleNet};
use hushnote_draft::Format;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;

fn run(dir: &Path, override_at: f32, files: &[String]) -> Result<(), String> {
    let folds: BTreeMap<String, usize> = serde_json::from_str(
        &std::fs::read_to_string(dir.join("folds.json")).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let mut nets: BTreeMap<usize, Rc<RoleNet>> = BTreeMap::new();
    for f in folds.values() {
        if !nets.contains_key(f) {
            let bytes =
                std::fs::read(dir.join(format!("fold{f}.bin"))).map_err(|e| e.to_string())?;
            nets.insert(
                *f,
                Rc::new(RoleNet::parse(&bytes).map_err(|e| e.to_string())?),
            );
        }
    }
    for p in files {
        let path = Path::new(p);
        let memos = load_jsonl::<LabelledMemo>(path).map_err(|e| e.to_string())?;
        let set = path
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!("## {p} ({} memos)\n", memos.len());
        let settings = [
            ("cue rules alone".to_string(), None),
            (
                "rules + out-of-fold net, uncued clauses only".to_string(),
                Some(None),
            ),
            (
                format!("rules + out-of-fold net, overriding at p >= {override_at}"),
                Some(Some(override_at)),
            ),
        ];
        for (name, setting) in &settings {
            let report = sections::evaluate(&memos, |m| {
                let format = Format::builtin(&m.format).ok()?;
                let net = match setting {
                    Some(t) => {
                        let fold = folds.get(&format!("{set}/{file}/{}", m.id))?;
                        Some((Rc::clone(nets.get(fold)?), *t))
                    }
                    None => None,
                };
                Some(roles_net::with_override(net, || {
                    sections::place_with_library(m, &format)
                }))
            });
            println!("### {name}\n\n{}", report.table());
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((dir, files)) = args.split_first() else {
        eprintln!("usage: role_oof FOLD_DIR MEMOS.jsonl... (ROLE_OOF_AT=0.7: the override threshold to try)");
        return ExitCode::from(2);
    };
    let override_at = std::env::var("ROLE_OOF_AT")
        .ok()
        .and_then(|v| v.parse().ok())
        .or(roles_net::SHIPPED_OVERRIDE_AT)
        .unwrap_or(0.7);
    match run(Path::new(dir), override_at, files) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
